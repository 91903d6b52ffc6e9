<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>QueryFilter</name>
        <message numerus="yes">
            <source>Showing the %n meaning unit(s) of the query {0}</source>
            <translation>
                <numerusform>Showing the %n meaning unit of the query {0}</numerusform>
                <numerusform>Showing the %n meaning units of the query {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AutocodeDialog</name>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n code</numerusform>
                <numerusform>%n codes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Delete %n category: its codes, holding {units}, go back to Unsorted.</numerusform>
                <numerusform>Delete %n categories: its codes, holding {units}, go back to Unsorted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n code(s): {units} will lose the code(s) (the units themselves stay).</source>
            <translation>
                <numerusform>Delete %n code: {units} will lose the code (the units themselves stay).</numerusform>
                <numerusform>Delete %n codes: {units} will lose the codes (the units themselves stay).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n theme(s): its categories, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Delete %n theme: its categories, holding {units}, go back to Unsorted.</numerusform>
                <numerusform>Delete %n themes: its categories, holding {units}, go back to Unsorted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message numerus="yes">
            <source>%n doc(s)</source>
            <translation>
                <numerusform>%n doc</numerusform>
                <numerusform>%n docs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodebookVersionsDialog</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HygienePanel</name>
        <message numerus="yes">
            <source>%n thing(s) to look at:</source>
            <translation>
                <numerusform>%n thing to look at:</numerusform>
                <numerusform>%n things to look at:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message numerus="yes">
            <source>%n participant(s). Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</source>
            <translation>
                <numerusform>%n participant. Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</numerusform>
                <numerusform>%n participants. Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PileItem</name>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n code</numerusform>
                <numerusform>%n codes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaceDialog</name>
        <message numerus="yes">
            <source>{label} — %n unit(s) to review</source>
            <translation>
                <numerusform>{label} — %n unit to review</numerusform>
                <numerusform>{label} — %n units to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableScene</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Move %n card</numerusform>
                <numerusform>Move %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>Move %n item</numerusform>
                <numerusform>Move %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pile(s)</source>
            <translation>
                <numerusform>Move %n pile</numerusform>
                <numerusform>Move %n piles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n theme area(s)</source>
            <translation>
                <numerusform>Move %n theme area</numerusform>
                <numerusform>Move %n theme areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n card(s) out of their pile</source>
            <translation>
                <numerusform>Take %n card out of their pile</numerusform>
                <numerusform>Take %n cards out of their pile</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextEditMode</name>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>consensus.methods</name>
        <message numerus="yes">
            <source>%n disagreement(s)</source>
            <translation>
                <numerusform>%n disagreement</numerusform>
                <numerusform>%n disagreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation>
                <numerusform>%n pair</numerusform>
                <numerusform>%n pairs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>documents.removal</name>
        <message numerus="yes">
            <source>%n coding(s)</source>
            <translation>
                <numerusform>%n coding</numerusform>
                <numerusform>%n codings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exporters.agreement</name>
        <message numerus="yes">
            <source>Character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>Character level over the %n document both coded, pooled over all codes: {figures}.</numerusform>
                <numerusform>Character level over the %n documents both coded, pooled over all codes: {figures}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{reviewers}, character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>{reviewers}, character level over the %n document both coded, pooled over all codes: {figures}.</numerusform>
                <numerusform>{reviewers}, character level over the %n documents both coded, pooled over all codes: {figures}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_table</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exporters.codebook</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n category</numerusform>
                <numerusform>%n categories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n code</numerusform>
                <numerusform>%n codes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) not yet sorted into a category: listed in the appendix.</source>
            <translation>
                <numerusform>%n code not yet sorted into a category: listed in the appendix.</numerusform>
                <numerusform>%n codes not yet sorted into a category: listed in the appendix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n meaning unit</numerusform>
                <numerusform>%n meaning units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s)</source>
            <translation>
                <numerusform>%n reviewer</numerusform>
                <numerusform>%n reviewers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n theme</numerusform>
                <numerusform>%n themes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n category</numerusform>
                <numerusform>%n categories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded step(s) of the analysis, oldest first (reading time is not listed).</source>
            <translation>
                <numerusform>%n recorded step of the analysis, oldest first (reading time is not listed).</numerusform>
                <numerusform>%n recorded steps of the analysis, oldest first (reading time is not listed).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n researcher(s) coded the data ({names}).</source>
            <translation>
                <numerusform>%n researcher coded the data ({names}).</numerusform>
                <numerusform>%n researchers coded the data ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n theme</numerusform>
                <numerusform>%n themes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The codebook was kept in %n recorded version(s), and each change between them is listed with its reason (Appendix: codebook versions).</source>
            <translation>
                <numerusform>The codebook was kept in %n recorded version, and each change between them is listed with its reason (Appendix: codebook versions).</numerusform>
                <numerusform>The codebook was kept in %n recorded versions, and each change between them is listed with its reason (Appendix: codebook versions).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier.answers</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) appear in more than one document: {names}.</source>
            <translation>
                <numerusform>%n participant appear in more than one document: {names}.</numerusform>
                <numerusform>%n participants appear in more than one document: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time-stamped transcript(s) imported into {software}; every change to the analysis is logged in the study's audit trail.</source>
            <translation>
                <numerusform>%n time-stamped transcript imported into {software}; every change to the analysis is logged in the study's audit trail.</numerusform>
                <numerusform>%n time-stamped transcripts imported into {software}; every change to the analysis is logged in the study's audit trail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded version(s).</source>
            <translation>
                <numerusform>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded version.</numerusform>
                <numerusform>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded versions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_flow</name>
        <message numerus="yes">
            <source>%n was already in the study and was skipped.</source>
            <translation>
                <numerusform>%n was already in the study and was skipped.</numerusform>
                <numerusform>%n was already in the study and was skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {count} of %n file(s).</source>
            <translation>
                <numerusform>Imported {count} of %n file.</numerusform>
                <numerusform>Imported {count} of %n files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>Importing %n file</numerusform>
                <numerusform>Importing %n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sync_flow</name>
        <message numerus="yes">
            <source>%n item(s) changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</source>
            <translation>
                <numerusform>%n item changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</numerusform>
                <numerusform>%n items changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</numerusform>
            </translation>
        </message>
    </context>
</TS>
