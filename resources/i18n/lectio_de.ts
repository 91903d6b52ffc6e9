<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AgreementPanel</name>
        <message>
            <source>Only documents both reviewers coded</source>
            <translation>Nur Dokumente, die beide Kodierer kodiert haben</translation>
        </message>
        <message>
            <source>Compute agreement</source>
            <translation>Übereinstimmung berechnen</translation>
        </message>
        <message>
            <source>Agreement figures appear here.</source>
            <translation>Hier erscheinen die Übereinstimmungswerte.</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Übereinstimmungswerte</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>Cannot compute agreement: {plain_reason}</source>
            <translation>Übereinstimmung kann nicht berechnet werden: {plain_reason}</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({value} units) and &lt;b&gt;{name2}&lt;/b&gt; ({value2} units) over {documents} document(s). Pooled over all codes: agreement {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Units matched at overlap ≥ {threshold}: {matched} matched, {only_a} only {name}, {only_b} only {name2}; κ of codes on matched units {fmt4}.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({value} Einheiten) und &lt;b&gt;{name2}&lt;/b&gt; ({value2} Einheiten) in {documents} Dokument(en). Über alle Codes gepoolt: Übereinstimmung {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Einheiten mit Überlappung ≥ {threshold} zugeordnet: {matched} zugeordnet, {only_a} nur {name}, {only_b} nur {name2}; κ der Codes auf zugeordneten Einheiten {fmt4}.</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Gepoolt (alle Codes)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisTable</name>
        <message>
            <source>Filter the analysis table</source>
            <translation>Analysetabelle filtern</translation>
        </message>
        <message>
            <source>Filter the analysis table (any column)…</source>
            <translation>Analysetabelle filtern (beliebige Spalte)…</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Analysetabelle</translation>
        </message>
        <message>
            <source>Meaning units with their condensed meaning, code, category and theme. Press Enter to show a unit in the reader.</source>
            <translation>Sinneinheiten mit ihrer kondensierten Sinneinheit, ihrem Code, ihrer Kategorie und ihrem Thema. Drücken Sie Enter, um eine Einheit im Leser anzuzeigen.</translation>
        </message>
        <message>
            <source>{total} meaning units</source>
            <translation>{total} Sinneinheiten</translation>
        </message>
        <message>
            <source>{shown} of {total} meaning units</source>
            <translation>{shown} von {total} Sinneinheiten</translation>
        </message>
    </context>
    <context>
        <name>AnalysisView</name>
        <message>
            <source>Count only the meaning units a saved coding query selects</source>
            <translation>Nur die Sinneinheiten zählen, die eine gespeicherte Kodierabfrage auswählt</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Ebene:</translation>
        </message>
        <message>
            <source>Restrict to query:</source>
            <translation>Auf Abfrage beschränken:</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation>Kookkurrenz</translation>
        </message>
        <message>
            <source>Saturation</source>
            <translation>Sättigung</translation>
        </message>
        <message>
            <source>Coding queries</source>
            <translation>Kodierabfragen</translation>
        </message>
        <message>
            <source>Participant attribute of the columns</source>
            <translation>Teilnehmerattribut der Spalten</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Columns: values of</source>
            <translation>Spalten: Werte von</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Zeilen:</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Zählen:</translation>
        </message>
        <message>
            <source>Press Enter on a cell to list its meaning units.</source>
            <translation>Drücken Sie Enter auf einer Zelle, um ihre Sinneinheiten aufzulisten.</translation>
        </message>
        <message>
            <source>Code A</source>
            <translation>Code A</translation>
        </message>
        <message>
            <source>Code B</source>
            <translation>Code B</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Überlappungen</translation>
        </message>
        <message>
            <source>Co-occurring codes</source>
            <translation>Gemeinsam auftretende Codes</translation>
        </message>
        <message>
            <source>Click a row or an edge of the network to see its meaning units.</source>
            <translation>Klicken Sie auf eine Zeile oder eine Kante des Netzwerks, um ihre Sinneinheiten zu sehen.</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>How many interviews form the base of the saturation count.</source>
            <translation>Wie viele Interviews die Basis der Sättigungszählung bilden.</translation>
        </message>
        <message>
            <source>How many interviews each run adds.</source>
            <translation>Wie viele Interviews jeder Lauf hinzufügt.</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwelle</translation>
        </message>
        <message>
            <source>The share of new codes at or below which a run counts as saturated.</source>
            <translation>Der Anteil neuer Codes, bei dem oder unter dem ein Lauf als gesättigt gilt.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <source>Sentence for the methods section</source>
            <translation>Satz für den Methodenteil</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Query expression</source>
            <translation>Abfrageausdruck</translation>
        </message>
        <message>
            <source>Codes, categories, themes and attributes combined with AND, OR, NOT, OVERLAPPING and WITHIN; Enter runs it.</source>
            <translation>Codes, Kategorien, Themen und Attribute, verknüpft mit AND, OR, NOT, OVERLAPPING und WITHIN; Enter führt die Abfrage aus.</translation>
        </message>
        <message>
            <source>(code:Pain OR category:Coping) AND Role = nurse</source>
            <translation>(code:Pain OR category:Coping) AND Role = nurse</translation>
        </message>
        <message>
            <source>{count} meaning units, {count2} documents</source>
            <translation>{count} Sinneinheiten, {count2} Dokumente</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Saved queries (double-click to run):</source>
            <translation>Gespeicherte Abfragen (Doppelklick zum Ausführen):</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsens</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Studie wird gelesen…</translation>
        </message>
        <message>
            <source>Reading the study for analysis</source>
            <translation>Studie wird für die Analyse gelesen</translation>
        </message>
        <message>
            <source>Cannot read the study: {plain_reason}</source>
            <translation>Die Studie kann nicht gelesen werden: {plain_reason}</translation>
        </message>
        <message>
            <source>{name} × {value}: click to see the meaning units</source>
            <translation>{name} × {value}: klicken, um die Sinneinheiten zu sehen</translation>
        </message>
        <message>
            <source>Query {expression}</source>
            <translation>Abfrage {expression}</translation>
        </message>
        <message>
            <source>Save the query</source>
            <translation>Abfrage speichern</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Export the matrix</source>
            <translation>Matrix exportieren</translation>
        </message>
        <message>
            <source>Export the co-occurrence table</source>
            <translation>Kookkurrenztabelle exportieren</translation>
        </message>
        <message>
            <source>Export the saturation table</source>
            <translation>Sättigungstabelle exportieren</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;Word (*.docx);;Chart as PNG, 300 dpi (*.png);;Chart as SVG (*.svg)</source>
            <translation>Excel (*.xlsx);;Word (*.docx);;Diagramm als PNG, 300 dpi (*.png);;Diagramm als SVG (*.svg)</translation>
        </message>
        <message>
            <source>Wrote {written}</source>
            <translation>{written} geschrieben</translation>
        </message>
    </context>
    <context>
        <name>AutocodeDialog</name>
        <message>
            <source>Autocode</source>
            <translation>Autokodieren</translation>
        </message>
        <message>
            <source>words, or a regular expression such as night\s+shifts?</source>
            <translation>Wörter oder ein regulärer Ausdruck wie night\s+shifts?</translation>
        </message>
        <message>
            <source>a code for every unit (new or existing); empty: units only</source>
            <translation>ein Code für jede Einheit (neu oder vorhanden); leer: nur Einheiten</translation>
        </message>
        <message>
            <source>Preview of the units to code</source>
            <translation>Vorschau der zu kodierenden Einheiten</translation>
        </message>
        <message>
            <source>Preview shows the units before anything is changed.</source>
            <translation>Die Vorschau zeigt die Einheiten, bevor etwas geändert wird.</translation>
        </message>
        <message>
            <source>Autocode by</source>
            <translation>Autokodieren nach</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <source>Keyword or pattern</source>
            <translation>Stichwort oder Muster</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>{units}, {reused} already marked</source>
            <translation>{units}, {reused} bereits markiert</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>Move with a reason</source>
            <translation>Verschieben mit Begründung</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Neues Thema</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Neue Kategorie</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Neuer Code</translation>
        </message>
        <message>
            <source>Merge {codes} into “{survivor}”?

{units} will carry “{survivor}” instead; {others} will be removed.</source>
            <translation>{codes} in „{survivor}“ zusammenführen?

{units} tragen dann stattdessen „{survivor}“; {others} werden entfernt.</translation>
        </message>
        <message>
            <source>Merge codes</source>
            <translation>Codes zusammenführen</translation>
        </message>
        <message>
            <source>Keep this code (the others merge into it):</source>
            <translation>Diesen Code behalten (die anderen werden in ihn zusammengeführt):</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Sie können dies rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete {count} items</source>
            <translation>{count} Elemente löschen</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n Code</numerusform>
                <numerusform>%n Codes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>%n Kategorie löschen: ihre Codes mit {units} kommen zurück zu „Nicht zugeordnet“.</numerusform>
                <numerusform>%n Kategorien löschen: ihre Codes mit {units} kommen zurück zu „Nicht zugeordnet“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n code(s): {units} will lose the code(s) (the units themselves stay).</source>
            <translation>
                <numerusform>%n Code löschen: {units} verlieren den Code (die Einheiten selbst bleiben).</numerusform>
                <numerusform>%n Codes löschen: {units} verlieren die Codes (die Einheiten selbst bleiben).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n theme(s): its categories, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>%n Thema löschen: seine Kategorien mit {units} kommen zurück zu „Nicht zugeordnet“.</numerusform>
                <numerusform>%n Themen löschen: ihre Kategorien mit {units} kommen zurück zu „Nicht zugeordnet“.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Details of the chosen item</source>
            <translation>Details des ausgewählten Elements</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Sinneinheiten</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Analysetabelle</translation>
        </message>
        <message>
            <source>Hygiene</source>
            <translation>Pflege</translation>
        </message>
        <message>
            <source>+ Theme</source>
            <translation>+ Thema</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Neues Thema</translation>
        </message>
        <message>
            <source>+ Category</source>
            <translation>+ Kategorie</translation>
        </message>
        <message>
            <source>New category (in the selected theme)</source>
            <translation>Neue Kategorie (im ausgewählten Thema)</translation>
        </message>
        <message>
            <source>+ Code</source>
            <translation>+ Code</translation>
        </message>
        <message>
            <source>New code (in the selected category)</source>
            <translation>Neuer Code (in der ausgewählten Kategorie)</translation>
        </message>
        <message>
            <source>Drag a card onto a card to make a pile, onto a pile to join it; drag piles into themes. Keys: arrows, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</source>
            <translation>Ziehen Sie eine Karte auf eine Karte, um einen Stapel zu bilden, auf einen Stapel, um sie hinzuzufügen; ziehen Sie Stapel in Themen. Tasten: Pfeile, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</translation>
        </message>
        <message>
            <source>Hygiene ({n})</source>
            <translation>Pflege ({n})</translation>
        </message>
        <message>
            <source>Fit the sorting table</source>
            <translation>Sortiertisch einpassen</translation>
        </message>
        <message>
            <source>Codebook hygiene</source>
            <translation>Codebuch-Pflege</translation>
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message>
            <source>{name}
{units} in {documents}</source>
            <translation>{name}
{units} · {documents}</translation>
        </message>
        <message>
            <source>{units} · {documents}</source>
            <translation>{units} · {documents}</translation>
        </message>
        <message numerus="yes">
            <source>%n doc(s)</source>
            <translation>
                <numerusform>%n Dok.</numerusform>
                <numerusform>%n Dok.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <source>Select a code, category or theme to edit it.</source>
            <translation>Wählen Sie einen Code, eine Kategorie oder ein Thema aus, um es zu bearbeiten.</translation>
        </message>
        <message>
            <source>What the code means: a sentence another reviewer could apply</source>
            <translation>Was der Code bedeutet: ein Satz, den eine andere kodierende Person anwenden könnte</translation>
        </message>
        <message>
            <source>Use the code when…</source>
            <translation>Den Code verwenden, wenn…</translation>
        </message>
        <message>
            <source>Do not use it when…</source>
            <translation>Nicht verwenden, wenn…</translation>
        </message>
        <message>
            <source>Memo: doubts, decisions, how the code changed</source>
            <translation>Memo: Zweifel, Entscheidungen, wie sich der Code verändert hat</translation>
        </message>
        <message>
            <source>Exemplar quote (from the code's own units)</source>
            <translation>Ankerbeispiel (aus den eigenen Einheiten des Codes)</translation>
        </message>
        <message>
            <source>What holds this together</source>
            <translation>Was dies zusammenhält</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Einschlusskriterien</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Ausschlusskriterien</translation>
        </message>
        <message>
            <source>Memo of the code</source>
            <translation>Memo des Codes</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Why? An optional reason for the change you just made, kept in the codebook's version history</source>
            <translation>Warum? Eine optionale Begründung für die eben vorgenommene Änderung, die in der Versionsgeschichte des Codebuchs festgehalten wird</translation>
        </message>
        <message>
            <source>Reason for the last change</source>
            <translation>Begründung der letzten Änderung</translation>
        </message>
        <message>
            <source>“{quote}” — {document}, p. {page}</source>
            <translation>„{quote}“ — {document}, S. {page}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>&lt;b&gt;Select a card, a pile or a theme&lt;/b&gt; (on the table or in the tree) to edit it.</source>
            <translation>&lt;b&gt;Wählen Sie eine Karte, einen Stapel oder ein Thema aus&lt;/b&gt; (auf dem Tisch oder im Baum), um es zu bearbeiten.</translation>
        </message>
        <message>
            <source>(none chosen)</source>
            <translation>(keine Auswahl)</translation>
        </message>
        <message>
            <source>(the code has no meaning units yet)</source>
            <translation>(der Code hat noch keine Sinneinheiten)</translation>
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Code this unit</source>
            <translation>Diese Einheit kodieren</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Codename</translation>
        </message>
        <message>
            <source>Type to filter the codes or to name a new one; Enter assigns it.</source>
            <translation>Tippen Sie, um die Codes zu filtern oder einen neuen zu benennen; Enter weist ihn zu.</translation>
        </message>
        <message>
            <source>Type a code name…</source>
            <translation>Codenamen eingeben…</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>&lt;b&gt;{unit_label}&lt;/b&gt;&lt;br&gt;</source>
            <translation>&lt;b&gt;{unit_label}&lt;/b&gt;&lt;br&gt;</translation>
        </message>
        <message>
            <source>Enter assigns · a new name creates the code · a ✓ code is removed · Esc closes</source>
            <translation>Enter weist zu · ein neuer Name erstellt den Code · ein ✓-Code wird entfernt · Esc schließt</translation>
        </message>
        <message>
            <source>From the note: “{from_note}”</source>
            <translation>Aus der Notiz: „{from_note}“</translation>
        </message>
        <message>
            <source>Take the code's name from your note (Alt+N); edit it before pressing Enter</source>
            <translation>Den Codenamen aus Ihrer Notiz übernehmen (Alt+N); vor dem Drücken von Enter bearbeiten</translation>
        </message>
        <message>
            <source>Remove this code from the unit</source>
            <translation>Diesen Code von der Einheit entfernen</translation>
        </message>
        <message>
            <source>Assign this code</source>
            <translation>Diesen Code zuweisen</translation>
        </message>
        <message>
            <source>＋ Create code “{name}”</source>
            <translation>＋ Code „{name}“ erstellen</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeModel</name>
        <message>
            <source>Drop here to take items out of their theme or category</source>
            <translation>Hier ablegen, um Elemente aus ihrem Thema oder ihrer Kategorie herauszunehmen</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeView</name>
        <message>
            <source>Codebook tree</source>
            <translation>Codebuch-Baum</translation>
        </message>
        <message>
            <source>Themes, categories and codes. F2 renames, Ctrl+M moves the chosen item, Delete deletes it.</source>
            <translation>Themen, Kategorien und Codes. F2 benennt um, Ctrl+M verschiebt das ausgewählte Element, Delete löscht es.</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Neues Thema</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Neue Kategorie</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Neuer Code</translation>
        </message>
        <message>
            <source>New category in this theme</source>
            <translation>Neue Kategorie in diesem Thema</translation>
        </message>
        <message>
            <source>New code in this category</source>
            <translation>Neuer Code in dieser Kategorie</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Umbenennen	F2</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>Move to…	Ctrl+M</source>
            <translation>Verschieben nach…	Ctrl+M</translation>
        </message>
        <message>
            <source>Merge selected codes…</source>
            <translation>Ausgewählte Codes zusammenführen…</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Löschen…	Del</translation>
        </message>
    </context>
    <context>
        <name>CodebookVersionsDialog</name>
        <message>
            <source>Codebook versions</source>
            <translation>Codebuch-Versionen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>&amp;Keep this version…</source>
            <translation>Diese Version &amp;behalten…</translation>
        </message>
        <message>
            <source>Keep the codebook as it is now as a named version</source>
            <translation>Den aktuellen Stand des Codebuchs als benannte Version festhalten</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Vergleichen ab Version</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Vergleichen mit Version</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Changes between the two versions</source>
            <translation>Änderungen zwischen den beiden Versionen</translation>
        </message>
        <message>
            <source>Versions kept at milestones (Lectio also keeps one before each merge)</source>
            <translation>An Meilensteinen festgehaltene Versionen (Lectio hält außerdem vor jeder Zusammenführung eine fest)</translation>
        </message>
        <message>
            <source>Compare from</source>
            <translation>Vergleichen von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>you</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>aktuelles Codebuch</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Diese Version behalten</translation>
        </message>
        <message>
            <source>Name of the milestone (e.g. “after pilot coding”):</source>
            <translation>Name des Meilensteins (z. B. „nach der Pilotkodierung“):</translation>
        </message>
        <message>
            <source>Keep a version to compare it with later ones.</source>
            <translation>Halten Sie eine Version fest, um sie mit späteren zu vergleichen.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n Änderung</numerusform>
                <numerusform>%n Änderungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge conflicts — decide each one</source>
            <translation>Zusammenführungskonflikte — entscheiden Sie jeden einzeln</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>&amp;Unsere Version behalten</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>&amp;Deren Version übernehmen</translation>
        </message>
        <message>
            <source>The same item was changed in both files, or deleted in one and edited in the other. Nothing was overwritten: choose which version stays.</source>
            <translation>Dasselbe Element wurde in beiden Dateien geändert oder in einer gelöscht und in der anderen bearbeitet. Nichts wurde überschrieben: Wählen Sie, welche Version bleibt.</translation>
        </message>
    </context>
    <context>
        <name>ConsensusView</name>
        <message>
            <source>Show resolved</source>
            <translation>Gelöste anzeigen</translation>
        </message>
        <message>
            <source>Only documents both coded</source>
            <translation>Nur von beiden kodierte Dokumente</translation>
        </message>
        <message>
            <source>Leave out documents one of the two reviewers has not coded at all</source>
            <translation>Dokumente auslassen, die einer der beiden Kodierer gar nicht kodiert hat</translation>
        </message>
        <message>
            <source>Adopt identical units</source>
            <translation>Identische Einheiten übernehmen</translation>
        </message>
        <message>
            <source>Copy every unit both reviewers made identically into the consensus layer</source>
            <translation>Jede Einheit, die beide Kodierer identisch angelegt haben, in die Konsensebene kopieren</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rationale: why the two of you settled it this way (kept in the log)</source>
            <translation>Begründung: warum Sie beide es so entschieden haben (wird im Protokoll festgehalten)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <source>Next unresolved (F8)</source>
            <translation>Nächste ungelöste (F8)</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Abweichungen</translation>
        </message>
        <message>
            <source>Each disagreement between the two reviewers and whether it is settled.</source>
            <translation>Jede Abweichung zwischen den beiden Kodierern und ob sie geklärt ist.</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Why the two of you settled it this way; kept in the log.</source>
            <translation>Warum Sie beide es so entschieden haben; wird im Protokoll festgehalten.</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsens</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Übereinstimmungswerte</translation>
        </message>
        <message>
            <source>{text} (consensus)</source>
            <translation>{text} (Konsens)</translation>
        </message>
        <message>
            <source>Next unresolved disagreement</source>
            <translation>Nächste ungelöste Abweichung</translation>
        </message>
        <message>
            <source>Previous disagreement</source>
            <translation>Vorherige Abweichung</translation>
        </message>
        <message>
            <source>Shift+F8</source>
            <translation>Shift+F8</translation>
        </message>
        <message>
            <source>Choose two different reviewers to compare.</source>
            <translation>Wählen Sie zwei verschiedene Kodierer zum Vergleichen.</translation>
        </message>
        <message>
            <source>✓ resolved</source>
            <translation>✓ gelöst</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>{value}
{a_name} vs {b_name}
{words}</source>
            <translation>{value}
{a_name} vs. {b_name}
{words}</translation>
        </message>
        <message>
            <source>&lt;i&gt;No disagreement selected.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Keine Abweichung ausgewählt.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;Nothing to settle: the two reviewers agree everywhere they coded.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Nichts zu klären: Die beiden Kodierer stimmen überall überein, wo sie kodiert haben.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</source>
            <translation>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</translation>
        </message>
        <message>
            <source> · overlap {share}</source>
            <translation> · Überlappung {share}</translation>
        </message>
        <message>
            <source>Accept {name}</source>
            <translation>{name} übernehmen</translation>
        </message>
        <message>
            <source> (no unit)</source>
            <translation> (keine Einheit)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Settled:&lt;/b&gt; {get} by {decided_by} on {replace}</source>
            <translation>&lt;b&gt;Geklärt:&lt;/b&gt; {get}, von {decided_by} am {replace}</translation>
        </message>
        <message>
            <source>Adopted {value} identical unit(s) into the consensus layer</source>
            <translation>{value} identische Einheit(en) in die Konsensebene übernommen</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Show documents by reading status</source>
            <translation>Dokumente nach Lesestatus anzeigen</translation>
        </message>
        <message>
            <source>Each document with a marker per reading pass. Enter opens the chosen document, F2 renames it, Delete removes it, Shift+Delete deletes it permanently.</source>
            <translation>Jedes Dokument mit einer Markierung pro Lesedurchgang. Enter öffnet das ausgewählte Dokument, F2 benennt es um, Delete entfernt es, Shift+Delete löscht es endgültig.</translation>
        </message>
        <message>
            <source>○ not started   ◐ in progress   ● done</source>
            <translation>○ nicht begonnen   ◐ in Arbeit   ● erledigt</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Umbenennen	F2</translation>
        </message>
        <message>
            <source>Remove…	Del</source>
            <translation>Entfernen…	Del</translation>
        </message>
        <message>
            <source>Delete permanently (withdrawn consent)…	Shift+Del</source>
            <translation>Endgültig löschen (Einwilligung widerrufen)…	Shift+Del</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Pass {col} – {value}: {status_word}</source>
            <translation>Durchgang {col} – {value}: {status_word}</translation>
        </message>
        <message>
            <source>{name}
{chars} characters, {pages}
F2 renames it, Delete removes it</source>
            <translation>{name}
{chars} Zeichen, {pages}
F2 benennt es um, Delete entfernt es</translation>
        </message>
        <message>
            <source>pass {number} {status}</source>
            <translation>Durchgang {number} {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DossierDialog</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Vertrauenswürdigkeits-Dossier exportieren</translation>
        </message>
        <message>
            <source>Only part of the audit trail</source>
            <translation>Nur einen Teil des Audit-Trails</translation>
        </message>
        <message>
            <source>Limit the audit trail to a date range</source>
            <translation>Den Audit-Trail auf einen Zeitraum beschränken</translation>
        </message>
        <message>
            <source>Audit trail from</source>
            <translation>Audit-Trail von</translation>
        </message>
        <message>
            <source>Audit trail until</source>
            <translation>Audit-Trail bis</translation>
        </message>
        <message>
            <source>Bootstrap resamples for alpha's confidence interval</source>
            <translation>Bootstrap-Stichproben für das Konfidenzintervall von Alpha</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-Dokumente (*.docx)</translation>
        </message>
        <message>
            <source>COREQ and SRQR filled from the study, the audit trail, the codebook's versions, the intercoder reliability plan and results, and a methods paragraph.</source>
            <translation>COREQ und SRQR, ausgefüllt aus der Studie, dem Audit-Trail, den Codebuch-Versionen, dem Plan und den Ergebnissen der Intercoder-Reliabilität sowie ein Methodenabsatz.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Audit trail days</source>
            <translation>Tage des Audit-Trails</translation>
        </message>
        <message>
            <source>Bootstrap &amp;resamples</source>
            <translation>Bootstrap-&amp;Stichproben</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Speichern unter</translation>
        </message>
    </context>
    <context>
        <name>EditConflictPanel</name>
        <message>
            <source>Edit conflict</source>
            <translation>Bearbeitungskonflikt</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meine Version behalten</translation>
        </message>
        <message>
            <source>Save your text over theirs</source>
            <translation>Ihren Text über die andere Version speichern</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Deren Version übernehmen</translation>
        </message>
        <message>
            <source>Show their version in the fields and drop your text</source>
            <translation>Die andere Version in den Feldern anzeigen und Ihren Text verwerfen</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Die andere Version</translation>
        </message>
        <message>
            <source>{who} saved this code at {when}, while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} hat diesen Code am {when} gespeichert, während Sie ihn bearbeitet haben. Nichts wurde überschrieben: Ihr Text steht noch im Feld.</translation>
        </message>
        <message>
            <source>{who} saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} hat diesen Code gespeichert, während Sie ihn bearbeitet haben. Nichts wurde überschrieben: Ihr Text steht noch im Feld.</translation>
        </message>
        <message>
            <source>Someone else saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>Jemand anderes hat diesen Code gespeichert, während Sie ihn bearbeitet haben. Nichts wurde überschrieben: Ihr Text steht noch im Feld.</translation>
        </message>
        <message>
            <source>Their version ({who})</source>
            <translation>Die andere Version ({who})</translation>
        </message>
        <message>
            <source>Theirs: {field}</source>
            <translation>Andere Version: {field}</translation>
        </message>
    </context>
    <context>
        <name>EditConsensusDialog</name>
        <message>
            <source>Edit the consensus unit</source>
            <translation>Konsenseinheit bearbeiten</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Passage</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit.</source>
            <translation>Markieren Sie die Wörter der Konsenseinheit.</translation>
        </message>
        <message>
            <source>Codes of the consensus unit</source>
            <translation>Codes der Konsenseinheit</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit, then tick its codes.</source>
            <translation>Markieren Sie die Wörter der Konsenseinheit und haken Sie dann ihre Codes an.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{title}: cancelled; the study is unchanged</source>
            <translation>{title}: abgebrochen; die Studie ist unverändert</translation>
        </message>
        <message>
            <source>The reviewer copy was cancelled; no file was written</source>
            <translation>Die Kodiererkopie wurde abgebrochen; es wurde keine Datei geschrieben</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{title} cancelled; nothing was written</source>
            <translation>{title} abgebrochen; nichts wurde geschrieben</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All reviewers</source>
            <translation>Alle Kodierer</translation>
        </message>
        <message>
            <source>Consensus layer</source>
            <translation>Konsensebene</translation>
        </message>
        <message>
            <source>{name} only</source>
            <translation>Nur {name}</translation>
        </message>
        <message>
            <source>Include numbers of meaning units and documents</source>
            <translation>Anzahl der Sinneinheiten und Dokumente angeben</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Jede Sinneinheit</translation>
        </message>
        <message>
            <source>Only units of query {0}</source>
            <translation>Nur Einheiten der Abfrage {0}</translation>
        </message>
        <message>
            <source>Reviewer &amp;layer</source>
            <translation>Kodierer-&amp;Ebene</translation>
        </message>
        <message>
            <source>&amp;Meaning units</source>
            <translation>&amp;Sinneinheiten</translation>
        </message>
        <message>
            <source>Exemplar &amp;quotes per code</source>
            <translation>&amp;Ankerbeispiele pro Code</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Speichern unter</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this document</source>
            <translation>In diesem Dokument suchen</translation>
        </message>
        <message>
            <source>Enter goes to the next match, Escape closes the find bar.</source>
            <translation>Enter geht zum nächsten Treffer, Escape schließt die Suchleiste.</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Vorheriger Treffer (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Nächster Treffer (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Suchen:</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>{count} gefunden</translation>
        </message>
        <message>
            <source>{value} of {count}</source>
            <translation>{value} von {count}</translation>
        </message>
    </context>
    <context>
        <name>HygienePanel</name>
        <message>
            <source>Codebook checks</source>
            <translation>Codebuch-Prüfungen</translation>
        </message>
        <message>
            <source>Press Enter to show the code, category or theme a check names.</source>
            <translation>Drücken Sie Enter, um den Code, die Kategorie oder das Thema anzuzeigen, das eine Prüfung nennt.</translation>
        </message>
        <message>
            <source>{finding} — {hint}</source>
            <translation>{finding} — {hint}</translation>
        </message>
        <message>
            <source>The codebook is tidy: nothing to report.</source>
            <translation>Das Codebuch ist aufgeräumt: nichts zu melden.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to look at:</source>
            <translation>
                <numerusform>%n Punkt zu prüfen:</numerusform>
                <numerusform>%n Punkte zu prüfen:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import cancelled; the study is unchanged</source>
            <translation>Import abgebrochen; die Studie ist unverändert</translation>
        </message>
    </context>
    <context>
        <name>ImportProgressDialog</name>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>Diese Datei</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{title} — cancelling…</source>
            <translation>{title} — wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Neues Projekt…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;team study…</source>
            <translation>&amp;Team-Studie öffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>&amp;Demostudie öffnen</translation>
        </message>
        <message>
            <source>&amp;Import documents…</source>
            <translation>Dokumente &amp;importieren…</translation>
        </message>
        <message>
            <source>Import from another &amp;QDA program</source>
            <translation>Aus einem anderen &amp;QDA-Programm importieren</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>REFI-QDA-&amp;Projekt (.qdpx)…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;codebook (.qdc)…</source>
            <translation>REFI-QDA-&amp;Codebuch (.qdc)…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Study &amp;properties…</source>
            <translation>S&amp;tudieneigenschaften…</translation>
        </message>
        <message>
            <source>Create &amp;reviewer copy…</source>
            <translation>&amp;Kodiererkopie erstellen…</translation>
        </message>
        <message>
            <source>&amp;Merge reviewer's file…</source>
            <translation>Datei eines Kodierers zusa&amp;mmenführen…</translation>
        </message>
        <message>
            <source>Te&amp;am…</source>
            <translation>Te&amp;am…</translation>
        </message>
        <message>
            <source>S&amp;ync with the team server</source>
            <translation>Mit dem Teamserver s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation>Projekt &amp;schließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Re&amp;viewers…</source>
            <translation>Ko&amp;dierer…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Anleitung</translation>
        </message>
        <message>
            <source>&amp;About Lectio</source>
            <translation>&amp;Über Lectio</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Kodierer</translation>
        </message>
        <message>
            <source> Reviewer: </source>
            <translation> Kodierer: </translation>
        </message>
        <message>
            <source>Whose layer you are reading and coding (Ctrl+R)</source>
            <translation>Wessen Ebene Sie lesen und kodieren (Ctrl+R)</translation>
        </message>
        <message>
            <source>Choose reviewer</source>
            <translation>Kodierer wählen</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>&amp;Undo {undoText}</source>
            <translation>&amp;Rückgängig: {undoText}</translation>
        </message>
        <message>
            <source>&amp;Redo {redoText}</source>
            <translation>&amp;Wiederherstellen: {redoText}</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Das Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Updated from file format {migrated_from}; the old file is kept as {backup_path}</source>
            <translation>Aus dem Dateiformat {migrated_from} aktualisiert; die alte Datei wird als {backup_path} aufbewahrt</translation>
        </message>
        <message>
            <source>Lectio</source>
            <translation>Lectio</translation>
        </message>
        <message>
            <source>Working as {currentText} — choose your own name in the Reviewer box (Ctrl+R)</source>
            <translation>Sie arbeiten als {currentText} — wählen Sie Ihren eigenen Namen im Feld Kodierer (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reviewer: {currentText}  </source>
            <translation>Kodierer: {currentText}  </translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Kein Projekt geöffnet</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>schreibgeschützt</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>gespeichert</translation>
        </message>
        <message>
            <source>{path}
Every change is saved as you make it.</source>
            <translation>{path}
Jede Änderung wird sofort gespeichert.</translation>
        </message>
        <message>
            <source>Open a Lectio project</source>
            <translation>Ein Lectio-Projekt öffnen</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio);;All files (*)</source>
            <translation>Lectio-Projekte (*.lectio);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot create the project</source>
            <translation>Das Projekt kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>Cannot write the demo study</source>
            <translation>Die Demostudie kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>    Opening {name}…</source>
            <translation>    {name} wird geöffnet…</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>{name} wird geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move {what} to…</source>
            <translation>{what} verschieben nach…</translation>
        </message>
        <message>
            <source>Filter the places</source>
            <translation>Ziele filtern</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Tippen zum Filtern</translation>
        </message>
        <message>
            <source>Places to move to</source>
            <translation>Mögliche Ziele</translation>
        </message>
        <message>
            <source>Why? An optional reason, kept in the codebook's version history</source>
            <translation>Warum? Eine optionale Begründung, die in der Versionsgeschichte des Codebuchs festgehalten wird</translation>
        </message>
        <message>
            <source>Reason for the move</source>
            <translation>Begründung für das Verschieben</translation>
        </message>
    </context>
    <context>
        <name>NetworkChart</name>
        <message>
            <source>No two codes share a unit.</source>
            <translation>Keine zwei Codes teilen sich eine Einheit.</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <source>e.g. Care partnerships at home</source>
            <translation>z. B. Pflegepartnerschaften zu Hause</translation>
        </message>
        <message>
            <source>The research question this analysis answers</source>
            <translation>Die Forschungsfrage, die diese Analyse beantwortet</translation>
        </message>
        <message>
            <source>New study.lectio</source>
            <translation>Neue Studie.lectio</translation>
        </message>
        <message>
            <source>Save the new project as</source>
            <translation>Das neue Projekt speichern unter</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Lectio-Projekte (*.lectio)</translation>
        </message>
        <message>
            <source>.lectio</source>
            <translation>.lectio</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>Research &amp;question</source>
            <translation>&amp;Forschungsfrage</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Ihr &amp;Name</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Speichern unter</translation>
        </message>
        <message>
            <source>New study</source>
            <translation>Neue Studie</translation>
        </message>
    </context>
    <context>
        <name>NotesMargin</name>
        <message>
            <source>Unit {value}</source>
            <translation>Einheit {value}</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (schreibgeschützt)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N: add a note · Ctrl+K: code</source>
            <translation>Ctrl+Shift+N: Notiz hinzufügen · Ctrl+K: kodieren</translation>
        </message>
        <message>
            <source>Double-click to edit this note; right-click for more</source>
            <translation>Doppelklick, um diese Notiz zu bearbeiten; Rechtsklick für weitere Optionen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Each speaker with their role and attributes; F2 edits a cell.</source>
            <translation>Jeder Sprecher mit seiner Rolle und seinen Attributen; F2 bearbeitet eine Zelle.</translation>
        </message>
        <message>
            <source>Leave interviewer turns out of meaning units</source>
            <translation>Redebeiträge der Interviewenden aus Sinneinheiten heraushalten</translation>
        </message>
        <message>
            <source>Interviewer turns are shown dimmed in the reader and skipped when you make a unit or autocode by keyword or pattern</source>
            <translation>Redebeiträge der Interviewenden werden im Leser abgeblendet angezeigt und übersprungen, wenn Sie eine Einheit bilden oder nach Stichwort oder Muster autokodieren</translation>
        </message>
        <message>
            <source>add</source>
            <translation>add</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Teilnehmende Person hinzufügen…</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>Merge selected</source>
            <translation>Ausgewählte zusammenführen</translation>
        </message>
        <message>
            <source>attribute</source>
            <translation>attribute</translation>
        </message>
        <message>
            <source>Add attribute…</source>
            <translation>Attribut hinzufügen…</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>Import attributes…</source>
            <translation>Attribute importieren…</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>Export attributes…</source>
            <translation>Attribute exportieren…</translation>
        </message>
        <message>
            <source>assign</source>
            <translation>assign</translation>
        </message>
        <message>
            <source>Assign document…</source>
            <translation>Dokument zuordnen…</translation>
        </message>
        <message>
            <source>No participants yet. Import a transcript (.vtt, .srt, a Teams/Otter .docx or .txt) and its speakers appear here, or add participants and import their attributes from a CSV or Excel table.</source>
            <translation>Noch keine Teilnehmenden. Importieren Sie ein Transkript (.vtt, .srt, eine Teams-/Otter-.docx oder .txt), dann erscheinen seine Sprecher hier, oder fügen Sie Teilnehmende hinzu und importieren Sie ihre Attribute aus einer CSV- oder Excel-Tabelle.</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Teilnehmende Person hinzufügen</translation>
        </message>
        <message>
            <source>Name or code:</source>
            <translation>Name oder Kürzel:</translation>
        </message>
        <message>
            <source>Select the two rows that are the same person (the first is kept)</source>
            <translation>Wählen Sie die beiden Zeilen aus, die dieselbe Person sind (die erste bleibt erhalten)</translation>
        </message>
        <message>
            <source>Merge participants</source>
            <translation>Teilnehmende zusammenführen</translation>
        </message>
        <message>
            <source>{name} is the same person as {name2}?

Every turn and document of {name} goes to {name2}, and {name} is removed.</source>
            <translation>Ist {name} dieselbe Person wie {name2}?

Jeder Redebeitrag und jedes Dokument von {name} geht an {name2}, und {name} wird entfernt.</translation>
        </message>
        <message>
            <source>Add attribute</source>
            <translation>Attribut hinzufügen</translation>
        </message>
        <message>
            <source>Attribute name (for example Age, Site, Role):</source>
            <translation>Name des Attributs (zum Beispiel Alter, Standort, Rolle):</translation>
        </message>
        <message>
            <source>Type of {name}:</source>
            <translation>Typ von {name}:</translation>
        </message>
        <message>
            <source>The values, separated by commas:</source>
            <translation>Die Werte, durch Kommas getrennt:</translation>
        </message>
        <message>
            <source>Import attributes</source>
            <translation>Attribute importieren</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx)</source>
            <translation>Tabellen (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Export attributes</source>
            <translation>Attribute exportieren</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} geschrieben</translation>
        </message>
        <message>
            <source>Select the participant the document belongs to</source>
            <translation>Wählen Sie die teilnehmende Person aus, zu der das Dokument gehört</translation>
        </message>
        <message>
            <source>Assign document</source>
            <translation>Dokument zuordnen</translation>
        </message>
        <message>
            <source>Document that belongs to {name}:</source>
            <translation>Dokument, das zu {name} gehört:</translation>
        </message>
        <message>
            <source>Autocode…</source>
            <translation>Autokodieren…</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s). Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</source>
            <translation>
                <numerusform>%n teilnehmende Person. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; wählen Sie zwei Zeilen aus und klicken Sie auf Zusammenführen, wenn eine Person unter zwei Bezeichnungen erscheint (die erste Zeile bleibt erhalten).</numerusform>
                <numerusform>%n Teilnehmende. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; wählen Sie zwei Zeilen aus und klicken Sie auf Zusammenführen, wenn eine Person unter zwei Bezeichnungen erscheint (die erste Zeile bleibt erhalten).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PileItem</name>
        <message>
            <source>Category: {name}</source>
            <translation>Kategorie: {name}</translation>
        </message>
        <message>
            <source>{codes} · {units}</source>
            <translation>{codes} · {units}</translation>
        </message>
        <message>
            <source>drop cards here</source>
            <translation>Karten hier ablegen</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n Code</numerusform>
                <numerusform>%n Codes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>The colours of the window. High contrast has white text on black and meets WCAG AA contrast.</source>
            <translation>Die Farben des Fensters. Hoher Kontrast hat weiße Schrift auf Schwarz und erfüllt den Kontrast nach WCAG AA.</translation>
        </message>
        <message>
            <source>Dark and light follow the system unless you choose one here.</source>
            <translation>Dunkel und Hell folgen dem System, sofern Sie hier keines wählen.</translation>
        </message>
        <message>
            <source>Language of the window</source>
            <translation>Sprache des Fensters</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Die Sprache des Systems</translation>
        </message>
        <message>
            <source>Lectio shows the new language when it starts again. The language of a study's exported documents is set in File › Study properties…</source>
            <translation>Lectio zeigt die neue Sprache beim nächsten Start. Die Sprache der exportierten Dokumente einer Studie wird unter Datei › Studieneigenschaften… festgelegt.</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
    </context>
    <context>
        <name>PseudonymiseDialog</name>
        <message>
            <source>Pseudonymise the study</source>
            <translation>Studie pseudonymisieren</translation>
        </message>
        <message>
            <source>Every participant's name becomes a code (P01, P02 …; interviewers I01 …), and every name or place listed below becomes [name] — or the code you give after '=' (St Mary's = [hospital]). Meaning units stay on their words. The key (code → real name) goes to a file you choose; it is never stored in the study.</source>
            <translation>Der Name jeder teilnehmenden Person wird zu einem Kürzel (P01, P02 …; Interviewende I01 …), und jeder unten aufgeführte Name oder Ort wird zu [name] — oder zu dem Kürzel, das Sie nach '=' angeben (St Mary's = [hospital]). Sinneinheiten bleiben auf ihren Wörtern. Der Schlüssel (Kürzel → echter Name) wird in eine Datei Ihrer Wahl geschrieben; er wird nie in der Studie gespeichert.</translation>
        </message>
        <message>
            <source>Names to replace</source>
            <translation>Zu ersetzende Namen</translation>
        </message>
        <message>
            <source>One name a line; name = [replacement] chooses the replacement.</source>
            <translation>Ein Name pro Zeile; Name = [Ersatz] legt den Ersatz fest.</translation>
        </message>
        <message>
            <source>Anna
St Mary's Hospital = [hospital]
Riverside = [town]</source>
            <translation>Anna
St.-Marien-Krankenhaus = [Krankenhaus]
Riverside = [Stadt]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Replace the names in the undo history too, so earlier steps stay undoable where they can (unticked: the undo history is emptied)</source>
            <translation>Die Namen auch im Rückgängig-Verlauf ersetzen, damit frühere Schritte, wo möglich, rückgängig gemacht werden können (nicht angehakt: Der Rückgängig-Verlauf wird geleert)</translation>
        </message>
        <message>
            <source>Replace the names in the automatic backups made before as well ({n}); unticked, they still hold the real names</source>
            <translation>Die Namen auch in den zuvor angelegten automatischen Sicherungen ersetzen ({n}); nicht angehakt, enthalten sie weiterhin die echten Namen</translation>
        </message>
        <message>
            <source>Pseudonymise…</source>
            <translation>Pseudonymisieren…</translation>
        </message>
        <message>
            <source>Other names and places, one a line:</source>
            <translation>Weitere Namen und Orte, einer pro Zeile:</translation>
        </message>
        <message>
            <source>Write the key to:</source>
            <translation>Schlüssel schreiben nach:</translation>
        </message>
        <message>
            <source>Earlier undo steps are kept with the names replaced where they still fit the text; the others can no longer be undone.</source>
            <translation>Frühere Rückgängig-Schritte bleiben mit ersetzten Namen erhalten, wo sie noch zum Text passen; die übrigen können nicht mehr rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>The undo history is emptied.</source>
            <translation>Der Rückgängig-Verlauf wird geleert.</translation>
        </message>
        <message>
            <source>The names are replaced in the automatic backups made before as well.</source>
            <translation>Die Namen werden auch in den zuvor angelegten automatischen Sicherungen ersetzt.</translation>
        </message>
        <message>
            <source>The automatic backups beside the study still hold the real names.</source>
            <translation>Die automatischen Sicherungen neben der Studie enthalten weiterhin die echten Namen.</translation>
        </message>
        <message>
            <source>The real names will be replaced throughout the study and removed from the whole file: the text, the stored original files (replaced by the pseudonymised text), the audit trail and the undo history. This cannot be undone.

{history} {backups}

Pseudonymise now?</source>
            <translation>Die echten Namen werden in der gesamten Studie ersetzt und aus der ganzen Datei entfernt: aus dem Text, den gespeicherten Originaldateien (ersetzt durch den pseudonymisierten Text), dem Audit-Trail und dem Rückgängig-Verlauf. Dies kann nicht rückgängig gemacht werden.

{history} {backups}

Jetzt pseudonymisieren?</translation>
        </message>
        <message>
            <source>Pseudonymising was cancelled; the study is unchanged</source>
            <translation>Das Pseudonymisieren wurde abgebrochen; die Studie ist unverändert</translation>
        </message>
        <message>
            <source>Pseudonymising the study</source>
            <translation>Studie wird pseudonymisiert</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements in {documents} documents.</source>
            <translation>Pseudonymisiert: {names} Namen, {replacements} Ersetzungen in {documents} Dokumenten.</translation>
        </message>
        <message>
            <source>Undo history: {kept} steps kept with the names replaced; {lost} steps can no longer be undone.</source>
            <translation>Rückgängig-Verlauf: {kept} Schritte mit ersetzten Namen erhalten; {lost} Schritte können nicht mehr rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Undo history: {lost} steps can no longer be undone.</source>
            <translation>Rückgängig-Verlauf: {lost} Schritte können nicht mehr rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Backup {file}: the names are replaced.</source>
            <translation>Sicherung {file}: Die Namen sind ersetzt.</translation>
        </message>
        <message>
            <source>Backup {file}: NOT changed ({reason}); delete it before sharing.</source>
            <translation>Sicherung {file}: NICHT geändert ({reason}); löschen Sie sie vor jeder Weitergabe.</translation>
        </message>
        <message>
            <source>Backup {file} still holds the real names.</source>
            <translation>Die Sicherung {file} enthält weiterhin die echten Namen.</translation>
        </message>
        <message>
            <source>Pseudonymised</source>
            <translation>Pseudonymisiert</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Schlüsseldatei</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Pseudonymise — this is final</source>
            <translation>Pseudonymisieren — dies ist endgültig</translation>
        </message>
        <message>
            <source>Choose the file the key is written to</source>
            <translation>Wählen Sie die Datei, in die der Schlüssel geschrieben wird</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements</source>
            <translation>Pseudonymisiert: {names} Namen, {replacements} Ersetzungen</translation>
        </message>
    </context>
    <context>
        <name>QueryFilter</name>
        <message>
            <source>Show only the meaning units a saved coding query selects (save queries in Analysis › Coding queries)</source>
            <translation>Nur die Sinneinheiten anzeigen, die eine gespeicherte Kodierabfrage auswählt (Abfragen speichern unter Analyse › Kodierabfragen)</translation>
        </message>
        <message>
            <source>Show every meaning unit again (Esc)</source>
            <translation>Wieder alle Sinneinheiten anzeigen (Esc)</translation>
        </message>
        <message>
            <source>Clear the query filter</source>
            <translation>Abfragefilter aufheben</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Jede Sinneinheit</translation>
        </message>
        <message>
            <source>Query: {0}</source>
            <translation>Abfrage: {0}</translation>
        </message>
        <message>
            <source>Cannot run the query {0}: {1}</source>
            <translation>Die Abfrage {0} kann nicht ausgeführt werden: {1}</translation>
        </message>
        <message numerus="yes">
            <source>Showing the %n meaning unit(s) of the query {0}</source>
            <translation>
                <numerusform>Angezeigt wird %n Sinneinheit der Abfrage {0}</numerusform>
                <numerusform>Angezeigt werden die %n Sinneinheiten der Abfrage {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Document text</source>
            <translation>Dokumenttext</translation>
        </message>
        <message>
            <source>{text} — {unit} (of {count})</source>
            <translation>{text} — {unit} (von {count})</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditing</name>
        <message>
            <source>Select the words of the unit first, then press M</source>
            <translation>Markieren Sie zuerst die Wörter der Einheit und drücken Sie dann M</translation>
        </message>
        <message>
            <source>Interviewer turns are left out of meaning units (Participants › setting)</source>
            <translation>Redebeiträge der Interviewenden werden aus Sinneinheiten herausgehalten (Einstellung unter Teilnehmende)</translation>
        </message>
        <message>
            <source>That unit belongs to another reviewer and is read-only here</source>
            <translation>Diese Einheit gehört einem anderen Kodierer und ist hier schreibgeschützt</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then add a note</source>
            <translation>Gehen Sie zuerst zu einer Ihrer Einheiten (N / P) und fügen Sie dann eine Notiz hinzu</translation>
        </message>
        <message>
            <source>This unit has no notes of yours</source>
            <translation>Diese Einheit hat keine Notizen von Ihnen</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then code it</source>
            <translation>Gehen Sie zuerst zu einer Ihrer Einheiten (N / P) und kodieren Sie sie dann</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Notiz bearbeiten…</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Create code from this note…</source>
            <translation>Code aus dieser Notiz erstellen…</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditor</name>
        <message>
            <source>Create meaning unit</source>
            <translation>Sinneinheit bilden</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>A thought, an impression, a first analysis…</source>
            <translation>Ein Gedanke, ein Eindruck, eine erste Analyse…</translation>
        </message>
        <message>
            <source>Which note?</source>
            <translation>Welche Notiz?</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Notiz hinzufügen…</translation>
        </message>
        <message>
            <source>Code unit…</source>
            <translation>Einheit kodieren…</translation>
        </message>
        <message>
            <source>Remove code “{name}”</source>
            <translation>Code „{name}“ entfernen</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Erste Eindrücke</translation>
        </message>
        <message>
            <source>Your first impressions of &lt;b&gt;{value}&lt;/b&gt;</source>
            <translation>Ihre ersten Eindrücke von &lt;b&gt;{value}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What strikes you on a first reading?</source>
            <translation>Was fällt Ihnen beim ersten Lesen auf?</translation>
        </message>
    </context>
    <context>
        <name>ReaderText</name>
        <message>
            <source>Document text</source>
            <translation>Dokumenttext</translation>
        </message>
        <message>
            <source>Select words with Shift and the arrow keys; Enter makes a meaning unit of the selection in passes 2 and 3.</source>
            <translation>Wörter mit Shift und den Pfeiltasten markieren; Enter bildet in den Durchgängen 2 und 3 aus der Markierung eine Sinneinheit.</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Mark done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Erste Eindrücke</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>No documents yet — File › Import documents (Ctrl+I)</source>
            <translation>Noch keine Dokumente — Datei › Dokumente importieren (Ctrl+I)</translation>
        </message>
        <message>
            <source>Pass {pass_no}: {value} {status_word}</source>
            <translation>Durchgang {pass_no}: {value} {status_word}</translation>
        </message>
        <message>
            <source>{format_duration} read</source>
            <translation>{format_duration} gelesen</translation>
        </message>
        <message>
            <source>not timed yet</source>
            <translation>noch keine Zeit erfasst</translation>
        </message>
        <message>
            <source>Pass {pass_no} – {value}
</source>
            <translation>Durchgang {pass_no} – {value}
</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Erledigt ✓</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefiImportDialog</name>
        <message>
            <source>Import {name}</source>
            <translation>{name} importieren</translation>
        </message>
        <message>
            <source>Import &lt;b&gt;{name}&lt;/b&gt; into this study. Codings sit on the words the other program marked; if they look shifted by a character or two, import again and choose how that program counted positions.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; in diese Studie importieren. Kodierungen liegen auf den Wörtern, die das andere Programm markiert hat; wenn sie um ein oder zwei Zeichen verschoben wirken, importieren Sie erneut und wählen Sie, wie dieses Programm Positionen gezählt hat.</translation>
        </message>
        <message>
            <source>Selection positions:</source>
            <translation>Positionen der Markierungen:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
    </context>
    <context>
        <name>ReplaceDialog</name>
        <message>
            <source>Find and replace</source>
            <translation>Suchen und ersetzen</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Ersetzen durch</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation>Regulärer Aus&amp;druck</translation>
        </message>
        <message>
            <source>Where to replace</source>
            <translation>Wo ersetzen</translation>
        </message>
        <message>
            <source>In this document</source>
            <translation>In diesem Dokument</translation>
        </message>
        <message>
            <source>In every document of the study</source>
            <translation>In jedem Dokument der Studie</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Every place that would change</source>
            <translation>Jede Stelle, die sich ändern würde</translation>
        </message>
        <message>
            <source>Preview shows every place before anything changes.</source>
            <translation>Die Vorschau zeigt jede Stelle, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>&amp;Replace the ticked places</source>
            <translation>Angehakte Stellen &amp;ersetzen</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Replace &amp;with</source>
            <translation>Ersetzen &amp;durch</translation>
        </message>
        <message>
            <source>{count} place(s) in {count2} document(s); {sum} unit(s) would move and {waiting} would need review.</source>
            <translation>{count} Stelle(n) in {count2} Dokument(en); {sum} Einheit(en) würden sich verschieben und {waiting} müssten geprüft werden.</translation>
        </message>
        <message>
            <source>“{text}” was not found.</source>
            <translation>„{text}“ wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>Replacing was cancelled; nothing was changed</source>
            <translation>Das Ersetzen wurde abgebrochen; nichts wurde geändert</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Wird ersetzt</translation>
        </message>
        <message numerus="yes">
            <source>{label} — %n unit(s) to review</source>
            <translation>
                <numerusform>{label} — %n Einheit zu prüfen</numerusform>
                <numerusform>{label} — %n Einheiten zu prüfen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message>
            <source>Select a code, category or theme to see its meaning units.</source>
            <translation>Wählen Sie einen Code, eine Kategorie oder ein Thema aus, um die zugehörigen Sinneinheiten zu sehen.</translation>
        </message>
        <message>
            <source>Meaning units of the chosen item</source>
            <translation>Sinneinheiten des ausgewählten Elements</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Drücken Sie Enter, um eine Einheit im Leser anzuzeigen.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} in {documents} (click one to read it in context)</source>
            <translation>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} in {documents} (klicken Sie auf eine, um sie im Kontext zu lesen)</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumenten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review corrected units</source>
            <translation>Korrigierte Einheiten prüfen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Before the correction</source>
            <translation>Vor der Korrektur</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Units a correction changed</source>
            <translation>Durch eine Korrektur veränderte Einheiten</translation>
        </message>
        <message>
            <source>Mark &amp;selected reviewed</source>
            <translation>Ausgewählte als &amp;geprüft markieren</translation>
        </message>
        <message>
            <source>Mark &amp;all reviewed</source>
            <translation>&amp;Alle als geprüft markieren</translation>
        </message>
        <message>
            <source>&amp;Delete selected units</source>
            <translation>Ausgewählte Einheiten &amp;löschen</translation>
        </message>
        <message>
            <source>Each unit keeps its span over the corrected words. Double-click one to see it in the text; an emptied unit lost all its words and can be deleted or re-drawn.</source>
            <translation>Jede Einheit behält ihre Spanne über den korrigierten Wörtern. Doppelklicken Sie auf eine, um sie im Text zu sehen; eine geleerte Einheit hat alle ihre Wörter verloren und kann gelöscht oder neu gezogen werden.</translation>
        </message>
        <message>
            <source>(words deleted: the unit is empty)</source>
            <translation>(Wörter gelöscht: die Einheit ist leer)</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>{count} unit(s) wait for review</source>
            <translation>{count} Einheit(en) warten auf Prüfung</translation>
        </message>
        <message>
            <source>No corrected units wait for review.</source>
            <translation>Keine korrigierten Einheiten warten auf Prüfung.</translation>
        </message>
        <message>
            <source>Delete units</source>
            <translation>Einheiten löschen</translation>
        </message>
        <message>
            <source>Delete {count} meaning unit(s) with their codes and notes? (Ctrl+Z undoes it.)</source>
            <translation>{count} Sinneinheit(en) mit ihren Codes und Notizen löschen? (Ctrl+Z macht es rückgängig.)</translation>
        </message>
    </context>
    <context>
        <name>ReviewerCopyDialog</name>
        <message>
            <source>Create a reviewer copy</source>
            <translation>Kodiererkopie erstellen</translation>
        </message>
        <message>
            <source>The second reviewer's name</source>
            <translation>Der Name des zweiten Kodierers</translation>
        </message>
        <message>
            <source>Blind: leave out every other reviewer's meaning units, notes and codes</source>
            <translation>Blind: Sinneinheiten, Notizen und Codes aller anderen Kodierer auslassen</translation>
        </message>
        <message>
            <source>Only the {count} documents drawn for double coding</source>
            <translation>Nur die {count} für die Doppelkodierung gezogenen Dokumente</translation>
        </message>
        <message>
            <source>Only the documents drawn for double coding (none drawn yet)</source>
            <translation>Nur die für die Doppelkodierung gezogenen Dokumente (noch keine gezogen)</translation>
        </message>
        <message>
            <source>Save the copy as</source>
            <translation>Die Kopie speichern unter</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Lectio-Projekte (*.lectio)</translation>
        </message>
        <message>
            <source>.lectio</source>
            <translation>.lectio</translation>
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation>&amp;Kodierer</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Speichern unter</translation>
        </message>
    </context>
    <context>
        <name>ReviewersDialog</name>
        <message>
            <source>Reviewers</source>
            <translation>Kodierer</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Name of a new reviewer</source>
            <translation>Name eines neuen Kodierers</translation>
        </message>
        <message>
            <source>Add reviewer</source>
            <translation>Kodierer hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Initials</source>
            <translation>&amp;Initialen</translation>
        </message>
        <message>
            <source>{reviewer}  — consensus layer</source>
            <translation>{reviewer}  — Konsensebene</translation>
        </message>
        <message>
            <source>Reviewer colour</source>
            <translation>Farbe des Kodierers</translation>
        </message>
    </context>
    <context>
        <name>SaturationChart</name>
        <message>
            <source>saturation at {saturation_at}</source>
            <translation>Sättigung bei {saturation_at}</translation>
        </message>
        <message>
            <source>Documents, in {order_by} order</source>
            <translation>Dokumente, Reihenfolge: {order_by}</translation>
        </message>
        <message>
            <source>Distinct codes (cumulative)</source>
            <translation>Verschiedene Codes (kumulativ)</translation>
        </message>
        <message>
            <source>New codes in the run (ratio)</source>
            <translation>Neue Codes im Lauf (Anteil)</translation>
        </message>
        <message>
            <source>distinct codes so far</source>
            <translation>bisher verschiedene Codes</translation>
        </message>
        <message>
            <source>ratio of new codes (run at k)</source>
            <translation>Anteil neuer Codes (Lauf bei k)</translation>
        </message>
        <message>
            <source>threshold {value}</source>
            <translation>Schwelle {value}</translation>
        </message>
        <message>
            <source>base ({base})</source>
            <translation>Basis ({base})</translation>
        </message>
    </context>
    <context>
        <name>SavePathField</name>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>{document} · Text</source>
            <translation>{document} · Text</translation>
        </message>
        <message>
            <source>Search the project</source>
            <translation>Projekt durchsuchen</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Suchbegriffe</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a quoted phrase.</source>
            <translation>Wörter (rehab findet Rehabilitation) oder eine Phrase in Anführungszeichen.</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a "quoted phrase"</source>
            <translation>Wörter (rehab findet Rehabilitation) oder eine "Phrase in Anführungszeichen"</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Press Enter to open a hit where it is: the reader, the codebook board or the study notes.</source>
            <translation>Drücken Sie Enter, um einen Treffer dort zu öffnen, wo er steht: im Leser, auf der Codebuch-Tafel oder in den Studiennotizen.</translation>
        </message>
        <message>
            <source>Searches text, condensed meanings, notes, memos, codes, categories and themes · ↓ to the results · Enter or click to open the place · Esc closes</source>
            <translation>Durchsucht Text, kondensierte Sinneinheiten, Notizen, Memos, Codes, Kategorien und Themen · ↓ zu den Ergebnissen · Enter oder Klick öffnet die Stelle · Esc schließt</translation>
        </message>
        <message>
            <source>{places} in {documents} and the codebook</source>
            <translation>{places} in {documents} und im Codebuch</translation>
        </message>
        <message>
            <source>{places} in {documents}</source>
            <translation>{places} in {documents}</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumenten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n Stelle</numerusform>
                <numerusform>%n Stellen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Lectio</source>
            <translation>Lectio</translation>
        </message>
        <message>
            <source>Read, mark meaning units, annotate, code, sort into categories and themes — and reach consensus with a second reviewer.</source>
            <translation>Lesen, Sinneinheiten markieren, annotieren, kodieren, in Kategorien und Themen ordnen — und mit einem zweiten Kodierer Konsens erzielen.</translation>
        </message>
        <message>
            <source>Open the demo study</source>
            <translation>Demostudie öffnen</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>Neues Projekt…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Projekt öffnen…</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Zuletzt geöffnete Projekte</translation>
        </message>
        <message>
            <source>Press Enter to open the chosen project.</source>
            <translation>Drücken Sie Enter, um das ausgewählte Projekt zu öffnen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter to open)</source>
            <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt; (Doppelklick oder Enter zum Öffnen)</translation>
        </message>
        <message>
            <source>&lt;small&gt;Version {__version__}. Everything stays on this computer: one .lectio file per study, saved as you work.&lt;/small&gt;</source>
            <translation>&lt;small&gt;Version {__version__}. Alles bleibt auf diesem Computer: eine .lectio-Datei pro Studie, gespeichert während Sie arbeiten.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>{entry}   (missing)</source>
            <translation>{entry}   (fehlt)</translation>
        </message>
        <message>
            <source>No recent projects yet — try the demo study.</source>
            <translation>Noch keine zuletzt geöffneten Projekte — probieren Sie die Demostudie aus.</translation>
        </message>
    </context>
    <context>
        <name>StudyDialog</name>
        <message>
            <source>Study properties</source>
            <translation>Studieneigenschaften</translation>
        </message>
        <message>
            <source>The question the analysis answers</source>
            <translation>Die Frage, die die Analyse beantwortet</translation>
        </message>
        <message>
            <source>The language of the exported Word and Excel documents (headings, methods paragraphs, numbers and dates); it may differ from the window's</source>
            <translation>Die Sprache der exportierten Word- und Excel-Dokumente (Überschriften, Methodenabsätze, Zahlen und Datumsangaben); sie kann von der des Fensters abweichen</translation>
        </message>
        <message>
            <source>As the window</source>
            <translation>Wie das Fenster</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Research question:</source>
            <translation>&amp;Forschungsfrage:</translation>
        </message>
        <message>
            <source>&amp;Documents in:</source>
            <translation>&amp;Dokumente in:</translation>
        </message>
    </context>
    <context>
        <name>StudyGuard</name>
        <message>
            <source>No backup was written: {last_backup_error}</source>
            <translation>Es wurde keine Sicherung geschrieben: {last_backup_error}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Schreibgeschützt</translation>
        </message>
        <message>
            <source>  Read-only: {read_only_reason}. You can read, search and export; changes cannot be saved. To work in it, copy the file to a folder you can write to.</source>
            <translation>  Schreibgeschützt: {read_only_reason}. Sie können lesen, suchen und exportieren; Änderungen können nicht gespeichert werden. Um darin zu arbeiten, kopieren Sie die Datei in einen Ordner, in den Sie schreiben können.</translation>
        </message>
    </context>
    <context>
        <name>StudyNotesDialog</name>
        <message>
            <source>Study notes</source>
            <translation>Studiennotizen</translation>
        </message>
        <message>
            <source>Memos on the study and its documents, first impressions and titled notes; choose one to edit it below.</source>
            <translation>Memos zur Studie und zu ihren Dokumenten, erste Eindrücke und Notizen mit Titel; wählen Sie einen Eintrag aus, um ihn unten zu bearbeiten.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Bezug</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>The study has no notes yet. Notes imported from another QDA program, memos on the study and first impressions appear here; New note adds one.</source>
            <translation>Die Studie hat noch keine Notizen. Aus einem anderen QDA-Programm importierte Notizen, Memos zur Studie und erste Eindrücke erscheinen hier; „Neue Notiz“ fügt eine hinzu.</translation>
        </message>
        <message>
            <source>Title of the note</source>
            <translation>Titel der Notiz</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>Der Text der Notiz</translation>
        </message>
        <message>
            <source>Text of the note</source>
            <translation>Text der Notiz</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Neue Notiz</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the chosen note (Edit › Undo brings it back)</source>
            <translation>Die ausgewählte Notiz löschen (Bearbeiten › Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <source>The study</source>
            <translation>Die Studie</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Dokument {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Code {name}</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Kategorie {name}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Thema {name}</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Erste Eindrücke</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>{author}, {date}</source>
            <translation>{author}, {date}</translation>
        </message>
        <message>
            <source>unknown author</source>
            <translation>unbekannter Autor</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Neue Notiz</translation>
        </message>
    </context>
    <context>
        <name>StudyPreview</name>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Document text</source>
            <translation>Dokumenttext</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsDialog</name>
        <message>
            <source>Sync conflicts — decide</source>
            <translation>Synchronisierungskonflikte — entscheiden Sie</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meine Version behalten</translation>
        </message>
        <message>
            <source>Send this copy's version of the selected item to the server</source>
            <translation>Die Version dieser Kopie für das ausgewählte Element an den Server senden</translation>
        </message>
        <message>
            <source>T&amp;ake the server's</source>
            <translation>&amp;Version des Servers übernehmen</translation>
        </message>
        <message>
            <source>Replace this copy's version of the selected item with the server's</source>
            <translation>Die Version dieser Kopie für das ausgewählte Element durch die des Servers ersetzen</translation>
        </message>
        <message>
            <source>Send &amp;this copy's versions</source>
            <translation>Versionen &amp;dieser Kopie senden</translation>
        </message>
        <message>
            <source>Take the &amp;server's versions</source>
            <translation>Versionen des &amp;Servers übernehmen</translation>
        </message>
        <message>
            <source>The selected item:</source>
            <translation>Das ausgewählte Element:</translation>
        </message>
        <message>
            <source>All at once:</source>
            <translation>Alle auf einmal:</translation>
        </message>
        <message>
            <source>That item was changed on the server meanwhile, or settled already; nothing was changed. The list now shows the conflicts as they are.</source>
            <translation>Dieses Element wurde inzwischen auf dem Server geändert oder war bereits geklärt; es wurde nichts geändert. Die Liste zeigt jetzt die Konflikte im aktuellen Stand.</translation>
        </message>
    </context>
    <context>
        <name>TableScene</name>
        <message>
            <source>{piles} into theme {theme}</source>
            <translation>{piles} (in das Thema {theme})</translation>
        </message>
        <message>
            <source>{piles} out of their theme</source>
            <translation>{piles} (aus ihrem Thema)</translation>
        </message>
        <message>
            <source>New pile</source>
            <translation>Neuer Stapel</translation>
        </message>
        <message>
            <source>New pile {n}</source>
            <translation>Neuer Stapel {n}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>%n Karte verschieben</numerusform>
                <numerusform>%n Karten verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>%n Element verschieben</numerusform>
                <numerusform>%n Elemente verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pile(s)</source>
            <translation>
                <numerusform>%n Stapel verschieben</numerusform>
                <numerusform>%n Stapel verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n theme area(s)</source>
            <translation>
                <numerusform>%n Themenbereich verschieben</numerusform>
                <numerusform>%n Themenbereiche verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n card(s) out of their pile</source>
            <translation>
                <numerusform>%n Karte aus ihrem Stapel nehmen</numerusform>
                <numerusform>%n Karten aus ihrem Stapel nehmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableView</name>
        <message>
            <source>Code cards in piles and theme areas. Tab and Shift+Tab go from card to card, Enter opens the card's meaning units, M moves it to another pile or theme, the arrow keys nudge it.</source>
            <translation>Codekarten in Stapeln und Themenbereichen. Tab und Shift+Tab gehen von Karte zu Karte, Enter öffnet die Sinneinheiten der Karte, M verschiebt sie in einen anderen Stapel oder ein anderes Thema, die Pfeiltasten rücken sie ein Stück weiter.</translation>
        </message>
        <message>
            <source>New card here	Ins</source>
            <translation>Neue Karte hier	Ins</translation>
        </message>
        <message>
            <source>New pile here</source>
            <translation>Neuer Stapel hier</translation>
        </message>
        <message>
            <source>New theme area here</source>
            <translation>Neuer Themenbereich hier</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Umbenennen	F2</translation>
        </message>
        <message>
            <source>Move to…	M</source>
            <translation>Verschieben nach…	M</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>Merge the selected cards…</source>
            <translation>Ausgewählte Karten zusammenführen…</translation>
        </message>
        <message>
            <source>Make a pile of the selected cards	Ctrl+G</source>
            <translation>Aus den ausgewählten Karten einen Stapel bilden	Ctrl+G</translation>
        </message>
        <message>
            <source>Take out of the pile	Ctrl+Shift+G</source>
            <translation>Aus dem Stapel nehmen	Ctrl+Shift+G</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Löschen…	Del</translation>
        </message>
        <message>
            <source>Zoom to fit	Ctrl+0</source>
            <translation>Einpassen	Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Reading the team from the server…</source>
            <translation>Team wird vom Server gelesen…</translation>
        </message>
        <message>
            <source>Reviewers of the study</source>
            <translation>Kodierer der Studie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Blind</source>
            <translation>Blind</translation>
        </message>
        <message>
            <source>New reviewer's name</source>
            <translation>Name des neuen Kodierers</translation>
        </message>
        <message>
            <source>New reviewer's database login</source>
            <translation>Datenbank-Anmeldename des neuen Kodierers</translation>
        </message>
        <message>
            <source>from the name</source>
            <translation>aus dem Namen</translation>
        </message>
        <message>
            <source>New reviewer's password</source>
            <translation>Passwort des neuen Kodierers</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>Das Passwort noch einmal</translation>
        </message>
        <message>
            <source>Blind: sees only their own work until consensus opens</source>
            <translation>Blind: sieht nur die eigene Arbeit, bis die Konsensphase eröffnet wird</translation>
        </message>
        <message>
            <source>Lead: curates the codebook and opens consensus</source>
            <translation>Leitung: pflegt das Codebuch und eröffnet die Konsensphase</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>Kodierer &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add a reviewer</source>
            <translation>Kodierer hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Anmeldename:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Password a&amp;gain:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Open consensus…</source>
            <translation>Konsensphase &amp;eröffnen…</translation>
        </message>
        <message>
            <source>Who may change the codebook</source>
            <translation>Wer das Codebuch ändern darf</translation>
        </message>
        <message>
            <source>Everyone may change codes, categories and themes</source>
            <translation>Alle dürfen Codes, Kategorien und Themen ändern</translation>
        </message>
        <message>
            <source>Only leads change codes, categories and themes</source>
            <translation>Nur die Leitung ändert Codes, Kategorien und Themen</translation>
        </message>
        <message>
            <source>Reading the team</source>
            <translation>Team wird gelesen</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Kodierer</translation>
        </message>
        <message>
            <source>(no login)</source>
            <translation>(kein Anmeldename)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Consensus is open: every reviewer sees every reviewer's work.</source>
            <translation>Die Konsensphase ist eröffnet: Jeder Kodierer sieht die Arbeit aller Kodierer.</translation>
        </message>
        <message>
            <source>Blind phase: blind reviewers see only their own work until a lead opens consensus.</source>
            <translation>Blinde Phase: Blinde Kodierer sehen nur ihre eigene Arbeit, bis die Leitung die Konsensphase eröffnet.</translation>
        </message>
        <message>
            <source>Only a lead changes the team; you can see who is on it.</source>
            <translation>Nur die Leitung ändert das Team; Sie sehen, wer dazugehört.</translation>
        </message>
        <message>
            <source>Consensus is open</source>
            <translation>Konsensphase eröffnet</translation>
        </message>
        <message>
            <source>Only the study's owner (a login that may create database logins) adds reviewers.</source>
            <translation>Nur der Eigentümer der Studie (ein Anmeldename, der Datenbank-Anmeldenamen anlegen darf) fügt Kodierer hinzu.</translation>
        </message>
        <message>
            <source>Give the new reviewer a name.</source>
            <translation>Geben Sie dem neuen Kodierer einen Namen.</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe Passwort ein.</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
        </message>
        <message>
            <source>Added {name} (login {login}). Give them the address and their password in person.</source>
            <translation>{name} hinzugefügt (Anmeldename {login}). Geben Sie der Person die Adresse und ihr Passwort persönlich.</translation>
        </message>
        <message>
            <source>Adding a reviewer</source>
            <translation>Kodierer wird hinzugefügt</translation>
        </message>
        <message>
            <source>Open consensus</source>
            <translation>Konsensphase eröffnen</translation>
        </message>
        <message>
            <source>End the blind phase? From now on every reviewer sees every reviewer's work. This cannot be undone.</source>
            <translation>Die blinde Phase beenden? Von nun an sieht jeder Kodierer die Arbeit aller Kodierer. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Opening consensus</source>
            <translation>Konsensphase wird eröffnet</translation>
        </message>
        <message>
            <source>Consensus is open.</source>
            <translation>Die Konsensphase ist eröffnet.</translation>
        </message>
        <message>
            <source>Only leads change the codebook now.</source>
            <translation>Jetzt ändert nur noch die Leitung das Codebuch.</translation>
        </message>
        <message>
            <source>Every reviewer may change the codebook now.</source>
            <translation>Jetzt darf jeder Kodierer das Codebuch ändern.</translation>
        </message>
        <message>
            <source>Setting who may change the codebook</source>
            <translation>Wird festgelegt, wer das Codebuch ändern darf</translation>
        </message>
        <message>
            <source>The team could not be read.</source>
            <translation>Das Team konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>TeamStudyDialog</name>
        <message>
            <source>Open team study</source>
            <translation>Team-Studie öffnen</translation>
        </message>
        <message>
            <source>postgresql://server.example.org/study?sslmode=require</source>
            <translation>postgresql://server.example.org/study?sslmode=require</translation>
        </message>
        <message>
            <source>Remember the password in this computer's keyring</source>
            <translation>Das Passwort im Schlüsselbund dieses Computers speichern</translation>
        </message>
        <message>
            <source>Ask the study's lead for the address and your login. The password is never written to Lectio's settings.</source>
            <translation>Fragen Sie die Studienleitung nach der Adresse und Ihren Zugangsdaten. Das Passwort wird nie in die Einstellungen von Lectio geschrieben.</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Server&amp;adresse:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>Anmelde&amp;name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Speichern (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>TextEditMode</name>
        <message>
            <source>Editing the text: meaning units follow their words. Save (Ctrl+S) applies every change as one correction; Cancel (Esc) drops them.</source>
            <translation>Text wird bearbeitet: Sinneinheiten folgen ihren Wörtern. Speichern (Ctrl+S) übernimmt alle Änderungen als eine Korrektur; Abbrechen (Esc) verwirft sie.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the corrected text</source>
            <translation>Den korrigierten Text speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>This document holds characters the editor would change (line or page separators); correct it with File › … or `lectio replace-text` instead</source>
            <translation>Dieses Dokument enthält Zeichen, die der Editor verändern würde (Zeilen- oder Seitentrenner); korrigieren Sie es stattdessen über Datei › … oder `lectio replace-text`</translation>
        </message>
        <message>
            <source>Corrected {places}: {moved} moved, {changed} changed, {emptied} emptied</source>
            <translation>{places} korrigiert: {moved} verschoben, {changed} geändert, {emptied} geleert</translation>
        </message>
        <message>
            <source>{message} — review them (Ctrl+Shift+U)</source>
            <translation>{message} — bitte prüfen (Ctrl+Shift+U)</translation>
        </message>
        <message>
            <source>Text editing cancelled; nothing was changed</source>
            <translation>Textbearbeitung abgebrochen; nichts wurde geändert</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n Stelle</numerusform>
                <numerusform>%n Stellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Same as the system (light or dark)</source>
            <translation>Wie das System (hell oder dunkel)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
    </context>
    <context>
        <name>ThemeArea</name>
        <message>
            <source>Theme: {name}</source>
            <translation>Thema: {name}</translation>
        </message>
    </context>
    <context>
        <name>UnitDelegate</name>
        <message>
            <source>Condensed meaning — Enter keeps it, Shift+Enter for a new line</source>
            <translation>Kondensierte Sinneinheit — Enter übernimmt sie, Shift+Enter für eine neue Zeile</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <source>Choose a cell, an edge or run a query to see its meaning units.</source>
            <translation>Wählen Sie eine Zelle oder eine Kante oder führen Sie eine Abfrage aus, um die zugehörigen Sinneinheiten zu sehen.</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Sinneinheiten</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Drücken Sie Enter, um eine Einheit im Leser anzuzeigen.</translation>
        </message>
        <message>
            <source>{heading}: {units} (the first {shown} shown)</source>
            <translation>{heading}: {units} (die ersten {shown} angezeigt)</translation>
        </message>
        <message>
            <source>{heading}: {units}</source>
            <translation>{heading}: {units}</translation>
        </message>
        <message>
            <source>Double-click to read it in its document</source>
            <translation>Doppelklick, um sie in ihrem Dokument zu lesen</translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitListModel</name>
        <message>
            <source>Unit {value}: {value2}</source>
            <translation>Einheit {value}: {value2}</translation>
        </message>
        <message>
            <source>; codes: {codes}</source>
            <translation>; Codes: {codes}</translation>
        </message>
    </context>
    <context>
        <name>UnitPanel</name>
        <message>
            <source>Meaning units</source>
            <translation>Sinneinheiten</translation>
        </message>
        <message>
            <source>Select text and press M to make a unit.
N / P: next / previous · F2: condense</source>
            <translation>Text markieren und M drücken, um eine Einheit zu bilden.
N / P: nächste / vorherige · F2: kondensieren</translation>
        </message>
        <message>
            <source>The meaning units of this document in reading order; choosing one shows it in the text.</source>
            <translation>Die Sinneinheiten dieses Dokuments in Lesereihenfolge; eine Auswahl zeigt sie im Text.</translation>
        </message>
        <message>
            <source>Meaning units — {reviewer_name} ({count})</source>
            <translation>Sinneinheiten — {reviewer_name} ({count})</translation>
        </message>
    </context>
    <context>
        <name>VersionPanel</name>
        <message>
            <source>Passage of version {side}</source>
            <translation>Passage der Version {side}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</source>
            <translation>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;No meaning unit here.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Hier keine Sinneinheit.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;{escape} did not mark this passage.&lt;/i&gt;</source>
            <translation>&lt;i&gt;{escape} hat diese Passage nicht markiert.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;no code&lt;/i&gt;</source>
            <translation>&lt;i&gt;kein Code&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt; {codes}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Kondensierte Sinneinheit:&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt; {codes}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Kondensierte Sinneinheit:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;keine&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;no code&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;kein Code&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Notizen:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>&amp;Reader</source>
            <translation>&amp;Leser</translation>
        </message>
        <message>
            <source>Codebook &amp;board</source>
            <translation>Codebuch-&amp;Tafel</translation>
        </message>
        <message>
            <source>&amp;Consensus session</source>
            <translation>&amp;Konsenssitzung</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Teilnehmende</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <source>Views of the study</source>
            <translation>Ansichten der Studie</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5 switch between the reader, the codebook board, the consensus session, the participants and the analysis.</source>
            <translation>Ctrl+1 bis Ctrl+5 wechseln zwischen dem Leser, der Codebuch-Tafel, der Konsenssitzung, den Teilnehmenden und der Analyse.</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Leser</translation>
        </message>
        <message>
            <source>Codebook board</source>
            <translation>Codebuch-Tafel</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsens</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>That memo is no longer in the study.</source>
            <translation>Dieses Memo ist nicht mehr in der Studie.</translation>
        </message>
        <message>
            <source>Study &amp;notes…</source>
            <translation>Studien&amp;notizen…</translation>
        </message>
    </context>
    <context>
        <name>analysis.analysis_view</name>
        <message>
            <source>All reviewers</source>
            <translation>Alle Kodierer</translation>
        </message>
        <message>
            <source>(every unit)</source>
            <translation>(jede Einheit)</translation>
        </message>
    </context>
    <context>
        <name>analysis.charts</name>
        <message>
            <source>Meaning units</source>
            <translation>Sinneinheiten</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>{singular} by {by}</source>
            <translation>{singular} nach {by}</translation>
        </message>
        <message>
            <source>the {count} strongest pairs; </source>
            <translation>die {count} stärksten Paare; </translation>
        </message>
        <message>
            <source>Co-occurrence network ({shown}edge width = meaning units carrying both codes, node size = units carrying the code). {definition}</source>
            <translation>Kookkurrenz-Netzwerk ({shown}Kantenbreite = Sinneinheiten, die beide Codes tragen, Knotengröße = Einheiten, die den Code tragen). {definition}</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Kookkurrenz der Codes</translation>
        </message>
        <message>
            <source>Code saturation</source>
            <translation>Code-Sättigung</translation>
        </message>
    </context>
    <context>
        <name>board.analysis_table</name>
        <message>
            <source>Meaning unit</source>
            <translation>Sinneinheit</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Kondensierte Sinneinheit</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
    </context>
    <context>
        <name>board.code_editor</name>
        <message>
            <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;On the table&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag a card onto another card to start a pile (name it, then Enter); drop cards on a pile to add them; drag a card to bare table to take it out; drag a pile into a theme area. Right-click for new cards, piles and theme areas.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab choose · arrows move (Shift: further) · Ctrl+G make a pile · Ctrl+Shift+G take out of the pile · M move to… · F2 rename · Del delete · Ins new card · Ctrl+wheel, Ctrl+= / Ctrl+− zoom · Ctrl+0 fit · middle-drag or Space+drag pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;In the tree&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag rows onto a category or theme (or an Unsorted bin); F2 rename · Ctrl+M move to… · Del delete · right-click to create, colour or merge.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Auf dem Tisch&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ziehen Sie eine Karte auf eine andere Karte, um einen Stapel zu beginnen (benennen, dann Enter); legen Sie Karten auf einem Stapel ab, um sie hinzuzufügen; ziehen Sie eine Karte auf die freie Tischfläche, um sie herauszunehmen; ziehen Sie einen Stapel in einen Themenbereich. Rechtsklick für neue Karten, Stapel und Themenbereiche.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab auswählen · Pfeile verschieben (Shift: weiter) · Ctrl+G Stapel bilden · Ctrl+Shift+G aus dem Stapel nehmen · M verschieben nach… · F2 umbenennen · Del löschen · Ins neue Karte · Ctrl+Mausrad, Ctrl+= / Ctrl+− zoomen · Ctrl+0 einpassen · mit mittlerer Maustaste oder Leertaste+Ziehen verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Im Baum&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeilen auf eine Kategorie oder ein Thema ziehen (oder in einen Bereich „Nicht zugeordnet“); F2 umbenennen · Ctrl+M verschieben nach… · Del löschen · Rechtsklick zum Erstellen, Einfärben oder Zusammenführen.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>board.edit_conflict</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Einschlusskriterien</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Ausschlusskriterien</translation>
        </message>
    </context>
    <context>
        <name>board.hygiene_panel</name>
        <message>
            <source>no meaning unit carries it yet — merge it, or delete it</source>
            <translation>noch keine Sinneinheit trägt ihn — zusammenführen oder löschen</translation>
        </message>
        <message>
            <source>drag it onto a pile or a category</source>
            <translation>auf einen Stapel oder eine Kategorie ziehen</translation>
        </message>
        <message>
            <source>drop codes into it, or delete it</source>
            <translation>Codes hineinlegen oder löschen</translation>
        </message>
        <message>
            <source>drop piles into it, or delete it</source>
            <translation>Stapel hineinlegen oder löschen</translation>
        </message>
        <message>
            <source>a category usually gathers several codes</source>
            <translation>eine Kategorie fasst in der Regel mehrere Codes zusammen</translation>
        </message>
    </context>
    <context>
        <name>board.move_dialog</name>
        <message>
            <source>Unsorted (no category)</source>
            <translation>Nicht zugeordnet (keine Kategorie)</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>Kategorie: {name}</translation>
        </message>
        <message>
            <source>Unsorted (no theme)</source>
            <translation>Nicht zugeordnet (kein Thema)</translation>
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation>Thema: {name}</translation>
        </message>
        <message>
            <source>Inside category: {name}</source>
            <translation>Innerhalb der Kategorie: {name}</translation>
        </message>
    </context>
    <context>
        <name>board.retrieval_panel</name>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Kodierer</translation>
        </message>
        <message>
            <source>Meaning unit</source>
            <translation>Sinneinheit</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Kondensierte Sinneinheit</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>board.tree_model</name>
        <message>
            <source>Codebook</source>
            <translation>Codebuch</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Docs</source>
            <translation>Dok.</translation>
        </message>
        <message>
            <source>Unsorted categories (no theme)</source>
            <translation>Nicht zugeordnete Kategorien (kein Thema)</translation>
        </message>
        <message>
            <source>Unsorted codes (no category)</source>
            <translation>Nicht zugeordnete Codes (keine Kategorie)</translation>
        </message>
    </context>
    <context>
        <name>consensus.agreement_panel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Cohen's κ</source>
            <translation>Cohens κ</translation>
        </message>
        <message>
            <source>Krippendorff's α</source>
            <translation>Krippendorffs α</translation>
        </message>
        <message>
            <source>Characters coded by both / A only / B only</source>
            <translation>Von beiden kodierte Zeichen / nur A / nur B</translation>
        </message>
    </context>
    <context>
        <name>consensus.consensus_view</name>
        <message>
            <source>Accept A</source>
            <translation>A übernehmen</translation>
        </message>
        <message>
            <source>Accept B</source>
            <translation>B übernehmen</translation>
        </message>
        <message>
            <source>Merge boundaries</source>
            <translation>Grenzen zusammenführen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>one reviewer, {escape}</source>
            <translation>ein Kodierer, {escape}</translation>
        </message>
        <message>
            <source>no reviewer yet</source>
            <translation>noch kein Kodierer</translation>
        </message>
        <message>
            <source>&lt;h2&gt;A second reviewer is needed&lt;/h2&gt;&lt;p&gt;Consensus compares two reviewers' meaning units and codes, disagreement by disagreement. This study has {who}.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;Edit › Reviewers…&lt;/b&gt; (Ctrl+Shift+R) when the second reviewer codes on this computer, or &lt;b&gt;File › Create reviewer copy…&lt;/b&gt; to give them a file of their own and, when it comes back, &lt;b&gt;File › Merge reviewer's file…&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Ein zweiter Kodierer wird benötigt&lt;/h2&gt;&lt;p&gt;Der Konsens vergleicht die Sinneinheiten und Codes zweier Kodierer, Abweichung für Abweichung. Diese Studie hat {who}.&lt;/p&gt;&lt;p&gt;Um einen hinzuzufügen: &lt;b&gt;Bearbeiten › Kodierer…&lt;/b&gt; (Ctrl+Shift+R), wenn der zweite Kodierer an diesem Computer kodiert, oder &lt;b&gt;Datei › Kodiererkopie erstellen…&lt;/b&gt;, um ihm eine eigene Datei zu geben, und, wenn sie zurückkommt, &lt;b&gt;Datei › Datei eines Kodierers zusammenführen…&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Cannot open the team study</source>
            <translation>Die Team-Studie kann nicht geöffnet werden</translation>
        </message>
    </context>
    <context>
        <name>dossier_flow</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Vertrauenswürdigkeits-Dossier exportieren</translation>
        </message>
    </context>
    <context>
        <name>excepthook</name>
        <message>
            <source>“{action}” was not saved</source>
            <translation>„{action}“ wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>your last change may not have been saved</source>
            <translation>Ihre letzte Änderung wurde möglicherweise nicht gespeichert</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>exchange_flow</name>
        <message>
            <source>{count} thing(s) need your attention — see the details.</source>
            <translation>{count} Punkt(e) erfordern Ihre Aufmerksamkeit — siehe Details.</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nichts Neues</translation>
        </message>
        <message>
            <source>Automatic — the REFI-QDA standard, unless the file proves otherwise</source>
            <translation>Automatisch — der REFI-QDA-Standard, sofern die Datei nichts anderes zeigt</translation>
        </message>
        <message>
            <source>Unicode code points — the REFI-QDA standard</source>
            <translation>Unicode-Codepunkte — der REFI-QDA-Standard</translation>
        </message>
        <message>
            <source>UTF-16 code units — as NVivo for Windows counts</source>
            <translation>UTF-16-Codeeinheiten — wie NVivo für Windows zählt</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>REFI-QDA-Codebuch (*.qdc)</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>REFI-QDA-Projekt (*.qdpx)</translation>
        </message>
        <message>
            <source>Import from another QDA program</source>
            <translation>Aus einem anderen QDA-Programm importieren</translation>
        </message>
        <message>
            <source>{kind};;All files (*)</source>
            <translation>{kind};;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Imported {name}: {counts}</source>
            <translation>{name} importiert: {counts}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>{name} importieren</translation>
        </message>
        <message>
            <source>Merge a reviewer's file</source>
            <translation>Datei eines Kodierers zusammenführen</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Lectio-Projekte (*.lectio)</translation>
        </message>
        <message>
            <source>Merge {name}</source>
            <translation>{name} zusammenführen</translation>
        </message>
        <message>
            <source>Wrote {out}</source>
            <translation>{out} geschrieben</translation>
        </message>
        <message>
            <source>Reviewer copy</source>
            <translation>Kodiererkopie</translation>
        </message>
        <message>
            <source>Wrote {name} for {name2}{value}.</source>
            <translation>{name} für {name2}{value} geschrieben.</translation>
        </message>
        <message>
            <source>Send it to {name}; merge it back with File › Merge reviewer's file… when the coding is done.</source>
            <translation>Senden Sie sie an {name}; führen Sie sie nach Abschluss der Kodierung mit Datei › Datei eines Kodierers zusammenführen… wieder zusammen.</translation>
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>Wrote {out}</source>
            <translation>{out} geschrieben</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>{name} geschrieben</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Export the codebook</source>
            <translation>Codebuch exportieren</translation>
        </message>
        <message>
            <source>codebook</source>
            <translation>Codebuch</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-Dokumente (*.docx)</translation>
        </message>
        <message>
            <source>Export the analysis table</source>
            <translation>Analysetabelle exportieren</translation>
        </message>
        <message>
            <source>analysis table</source>
            <translation>Analysetabelle</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;CSV for Excel (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>Word-Dokumente (*.docx);;CSV für Excel (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Codebook (Word)…</source>
            <translation>&amp;Codebuch (Word)…</translation>
        </message>
        <message>
            <source>&amp;Analysis table (Word or CSV)…</source>
            <translation>&amp;Analysetabelle (Word oder CSV)…</translation>
        </message>
        <message>
            <source>Consensus &amp;report (Word)…</source>
            <translation>Konsens&amp;bericht (Word)…</translation>
        </message>
        <message>
            <source>Export the consensus report</source>
            <translation>Konsensbericht exportieren</translation>
        </message>
        <message>
            <source>consensus report</source>
            <translation>Konsensbericht</translation>
        </message>
        <message>
            <source>Trustworthiness &amp;dossier (Word)…</source>
            <translation>&amp;Vertrauenswürdigkeits-Dossier (Word)…</translation>
        </message>
        <message>
            <source>Codebook &amp;versions…</source>
            <translation>Codebuch-&amp;Versionen…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>REFI-QDA-&amp;Projekt (.qdpx)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA project</source>
            <translation>Ein REFI-QDA-Projekt exportieren</translation>
        </message>
        <message>
            <source>REFI-QDA</source>
            <translation>REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>REFI-QDA-Projekte (*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA code&amp;book (.qdc)…</source>
            <translation>REFI-QDA-Code&amp;buch (.qdc)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA codebook</source>
            <translation>Ein REFI-QDA-Codebuch exportieren</translation>
        </message>
        <message>
            <source>REFI-QDA codebooks (*.qdc)</source>
            <translation>REFI-QDA-Codebücher (*.qdc)</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Lectio guide</source>
            <translation>Lectio-Anleitung</translation>
        </message>
    </context>
    <context>
        <name>import_flow</name>
        <message>
            <source>Import documents</source>
            <translation>Dokumente importieren</translation>
        </message>
        <message>
            <source>Documents ({patterns});;All files (*)</source>
            <translation>Dokumente ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>File {value} of {total}: {message}</source>
            <translation>Datei {value} von {total}: {message}</translation>
        </message>
        <message>
            <source>Import stopped: {plain_reason}</source>
            <translation>Import abgebrochen: {plain_reason}</translation>
        </message>
        <message>
            <source>✗ {line} — you will be asked for its password</source>
            <translation>✗ {line} — Sie werden nach dem Passwort gefragt</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Password needed</source>
            <translation>Passwort erforderlich</translation>
        </message>
        <message>
            <source>{name} is encrypted. Password:</source>
            <translation>{name} ist verschlüsselt. Passwort:</translation>
        </message>
        <message numerus="yes">
            <source>%n was already in the study and was skipped.</source>
            <translation>
                <numerusform>%n war bereits in der Studie und wurde übersprungen.</numerusform>
                <numerusform>%n waren bereits in der Studie und wurden übersprungen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {count} of %n file(s).</source>
            <translation>
                <numerusform>{count} von %n Datei importiert.</numerusform>
                <numerusform>{count} von %n Dateien importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>%n Datei wird importiert</numerusform>
                <numerusform>%n Dateien werden importiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>the demo study</source>
            <translation>die Demostudie</translation>
        </message>
    </context>
    <context>
        <name>participants_dialogs</name>
        <message>
            <source>Speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <source>Every interviewer turn</source>
            <translation>Jeder Redebeitrag der Interviewenden</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Stichwort</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>Regulärer Ausdruck</translation>
        </message>
    </context>
    <context>
        <name>passes</name>
        <message>
            <source>Immersion</source>
            <translation>Immersion</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Sinneinheiten</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Reading meaning units</source>
            <translation>Sinneinheiten werden gelesen</translation>
        </message>
        <message>
            <source>Comparing characters</source>
            <translation>Zeichen werden verglichen</translation>
        </message>
        <message>
            <source>Matching meaning units</source>
            <translation>Sinneinheiten werden zugeordnet</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Copying the study</source>
            <translation>Studie wird kopiert</translation>
        </message>
        <message>
            <source>Preparing the copy</source>
            <translation>Kopie wird vorbereitet</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>{name} wird gelesen</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Zusammengeführt</translation>
        </message>
        <message>
            <source>Computing agreement</source>
            <translation>Übereinstimmung wird berechnet</translation>
        </message>
        <message>
            <source>Reading decisions</source>
            <translation>Entscheidungen werden gelesen</translation>
        </message>
        <message>
            <source>Writing the decision log</source>
            <translation>Entscheidungsprotokoll wird geschrieben</translation>
        </message>
        <message>
            <source>Queued {name}</source>
            <translation>{name} in der Warteschlange</translation>
        </message>
        <message>
            <source>Replacing names in {name}</source>
            <translation>Namen in {name} werden ersetzt</translation>
        </message>
        <message>
            <source>Rewriting the file</source>
            <translation>Datei wird neu geschrieben</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Reading the project…</source>
            <translation>Studie wird gelesen…</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>{name} geschrieben</translation>
        </message>
        <message>
            <source>Writing meaning unit {i} of {total}…</source>
            <translation>Sinneinheit {i} von {total} wird geschrieben…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Saving {name}…</source>
            <translation>{name} wird gespeichert…</translation>
        </message>
        <message>
            <source>Writing code {done} of {total}…</source>
            <translation>Code {done} von {total} wird geschrieben…</translation>
        </message>
        <message>
            <source>Writing the dossier…</source>
            <translation>Dossier wird geschrieben…</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Studie wird gelesen…</translation>
        </message>
        <message>
            <source>Reading text</source>
            <translation>Text wird gelesen</translation>
        </message>
        <message>
            <source>Opening Word document</source>
            <translation>Word-Dokument wird geöffnet</translation>
        </message>
        <message>
            <source>Reading notes and comments</source>
            <translation>Notizen und Kommentare werden gelesen</translation>
        </message>
        <message>
            <source>Opening OpenDocument text</source>
            <translation>OpenDocument-Text wird geöffnet</translation>
        </message>
        <message>
            <source>Reading RTF</source>
            <translation>RTF wird gelesen</translation>
        </message>
        <message>
            <source>Reading transcript</source>
            <translation>Transkript wird gelesen</translation>
        </message>
        <message>
            <source>Reading subtitles</source>
            <translation>Untertitel werden gelesen</translation>
        </message>
        <message>
            <source>Reading captions</source>
            <translation>Untertitel werden gelesen</translation>
        </message>
        <message>
            <source>Reading the project</source>
            <translation>Studie wird gelesen</translation>
        </message>
        <message>
            <source>Writing {name}</source>
            <translation>{name} wird geschrieben</translation>
        </message>
        <message>
            <source>Reading the codebook</source>
            <translation>Codebuch wird gelesen</translation>
        </message>
        <message>
            <source>Matching codes, documents and reviewers</source>
            <translation>Codes, Dokumente und Kodierer werden zugeordnet</translation>
        </message>
        <message>
            <source>Writing {name} into the project</source>
            <translation>{name} wird in die Studie geschrieben</translation>
        </message>
        <message>
            <source>Imported {name}</source>
            <translation>{name} importiert</translation>
        </message>
        <message>
            <source>Reading source {number} of {count}</source>
            <translation>Quelle {number} von {count} wird gelesen</translation>
        </message>
        <message>
            <source>Unpacking {name}</source>
            <translation>{name} wird entpackt</translation>
        </message>
        <message>
            <source>Rewriting the backup {name}</source>
            <translation>Sicherung {name} wird neu geschrieben</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Dokument wird endgültig gelöscht</translation>
        </message>
    </context>
    <context>
        <name>reader.actions</name>
        <message>
            <source>Pass &amp;1 – Immersion</source>
            <translation>Durchgang &amp;1 – Immersion</translation>
        </message>
        <message>
            <source>Read calmly, without coding controls</source>
            <translation>In Ruhe lesen, ohne Kodierwerkzeuge</translation>
        </message>
        <message>
            <source>Pass &amp;2 – Meaning units</source>
            <translation>Durchgang &amp;2 – Sinneinheiten</translation>
        </message>
        <message>
            <source>Mark meaning units and condense them</source>
            <translation>Sinneinheiten markieren und kondensieren</translation>
        </message>
        <message>
            <source>Pass &amp;3 – Annotation</source>
            <translation>Durchgang &amp;3 – Annotation</translation>
        </message>
        <message>
            <source>Write notes beside units; form codes</source>
            <translation>Notizen neben Einheiten schreiben; Codes bilden</translation>
        </message>
        <message>
            <source>&amp;Mark this pass done</source>
            <translation>Diesen Durchgang als erledigt &amp;markieren</translation>
        </message>
        <message>
            <source>Mark the document read in this pass (again: back to in progress)</source>
            <translation>Das Dokument in diesem Durchgang als gelesen markieren (erneut: zurück zu „in Arbeit“)</translation>
        </message>
        <message>
            <source>&amp;First impressions…</source>
            <translation>&amp;Erste Eindrücke…</translation>
        </message>
        <message>
            <source>Your first-impressions memo</source>
            <translation>Ihr Memo zu den ersten Eindrücken</translation>
        </message>
        <message>
            <source>Make &amp;meaning unit</source>
            <translation>&amp;Sinneinheit bilden</translation>
        </message>
        <message>
            <source>Make a meaning unit from the selection</source>
            <translation>Aus der Markierung eine Sinneinheit bilden</translation>
        </message>
        <message>
            <source>&amp;Delete meaning unit</source>
            <translation>Sinneinheit &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Next unit</source>
            <translation>&amp;Nächste Einheit</translation>
        </message>
        <message>
            <source>&amp;Previous unit</source>
            <translation>&amp;Vorherige Einheit</translation>
        </message>
        <message>
            <source>Unit start one word earlier</source>
            <translation>Einheitsanfang ein Wort früher</translation>
        </message>
        <message>
            <source>Unit start one word later</source>
            <translation>Einheitsanfang ein Wort später</translation>
        </message>
        <message>
            <source>Unit end one word earlier</source>
            <translation>Einheitsende ein Wort früher</translation>
        </message>
        <message>
            <source>Unit end one word later</source>
            <translation>Einheitsende ein Wort später</translation>
        </message>
        <message>
            <source>Edit &amp;condensed meaning</source>
            <translation>&amp;Kondensierte Sinneinheit bearbeiten</translation>
        </message>
        <message>
            <source>Add &amp;note to unit…</source>
            <translation>&amp;Notiz zur Einheit hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>Notiz &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Delete note…</source>
            <translation>Notiz löschen…</translation>
        </message>
        <message>
            <source>&amp;Code unit…</source>
            <translation>Einheit &amp;kodieren…</translation>
        </message>
        <message>
            <source>Assign, create or remove a code (type-ahead)</source>
            <translation>Einen Code zuweisen, erstellen oder entfernen (Eingabevervollständigung)</translation>
        </message>
        <message>
            <source>Show &amp;other reviewers' units</source>
            <translation>Einheiten &amp;anderer Kodierer anzeigen</translation>
        </message>
        <message>
            <source>The other reviewers' units in their colour, dashed and read-only</source>
            <translation>Die Einheiten der anderen Kodierer in ihrer Farbe, gestrichelt und schreibgeschützt</translation>
        </message>
        <message>
            <source>Next &amp;pane (documents, text, units)</source>
            <translation>Nächster &amp;Bereich (Dokumente, Text, Einheiten)</translation>
        </message>
        <message>
            <source>Move the focus to the next pane</source>
            <translation>Den Fokus in den nächsten Bereich verschieben</translation>
        </message>
        <message>
            <source>&amp;Find in document…</source>
            <translation>Im Dokument &amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Search the project…</source>
            <translation>Projekt d&amp;urchsuchen…</translation>
        </message>
        <message>
            <source>Edit &amp;text (correct the transcript)</source>
            <translation>&amp;Text bearbeiten (Transkript korrigieren)</translation>
        </message>
        <message>
            <source>Correct the document's words in place; meaning units follow their words</source>
            <translation>Die Wörter des Dokuments direkt korrigieren; Sinneinheiten folgen ihren Wörtern</translation>
        </message>
        <message>
            <source>Find and &amp;replace…</source>
            <translation>Suchen und &amp;ersetzen…</translation>
        </message>
        <message>
            <source>Replace words in this document or the whole study</source>
            <translation>Wörter in diesem Dokument oder in der ganzen Studie ersetzen</translation>
        </message>
        <message>
            <source>Re&amp;view corrected units…</source>
            <translation>Korrigierte Einheiten &amp;prüfen…</translation>
        </message>
        <message>
            <source>The units a correction changed, old and new side by side</source>
            <translation>Die durch eine Korrektur veränderten Einheiten, alt und neu nebeneinander</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Text &amp;größer</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Text &amp;kleiner</translation>
        </message>
    </context>
    <context>
        <name>reader.document_actions</name>
        <message>
            <source>Remove “{name}” from the study?

Its {sentence} go with it (every reviewer's). Edit › Undo brings them all back.</source>
            <translation>„{name}“ aus der Studie entfernen?

Seine {sentence} werden mit entfernt (die aller Kodierer). Bearbeiten › Rückgängig holt alles zurück.</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Dokument entfernen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Delete “{name}” permanently?

Its {sentence} (every reviewer's) are deleted with it, and so is every copy of its text in the undo history and the search index. This cannot be undone: Edit › Undo will not bring it back. Use this when a participant withdraws consent.</source>
            <translation>„{name}“ endgültig löschen?

Seine {sentence} (die aller Kodierer) werden mit gelöscht, ebenso jede Kopie seines Textes im Rückgängig-Verlauf und im Suchindex. Dies kann nicht rückgängig gemacht werden: Bearbeiten › Rückgängig holt es nicht zurück. Verwenden Sie dies, wenn eine teilnehmende Person ihre Einwilligung widerruft.</translation>
        </message>
        <message>
            <source>Who speaks only in this document is deleted too, with their attributes: {names}.</source>
            <translation>Wer nur in diesem Dokument spricht, wird mit seinen Attributen ebenfalls gelöscht: {names}.</translation>
        </message>
        <message>
            <source>Delete document permanently</source>
            <translation>Dokument endgültig löschen</translation>
        </message>
        <message>
            <source>Also delete it from the automatic backups made before ({n})</source>
            <translation>Es auch aus den zuvor angelegten automatischen Sicherungen löschen ({n})</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>The document is deleted, but {n} backup(s) still hold it; delete them yourself: {files}</source>
            <translation>Das Dokument ist gelöscht, ist aber noch in {n} Sicherung(en) enthalten; löschen Sie diese selbst: {files}</translation>
        </message>
        <message>
            <source>“{name}” is deleted permanently</source>
            <translation>„{name}“ ist endgültig gelöscht</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Dokument wird endgültig gelöscht</translation>
        </message>
    </context>
    <context>
        <name>reader.document_list</name>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Your meaning units</source>
            <translation>Ihre Sinneinheiten</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Ihre Notizen</translation>
        </message>
        <message>
            <source>Time you have spent reading (all passes)</source>
            <translation>Zeit, die Sie mit Lesen verbracht haben (alle Durchgänge)</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>Alle Dokumente</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Finished (all passes done)</source>
            <translation>Abgeschlossen (alle Durchgänge erledigt)</translation>
        </message>
        <message>
            <source>Pass 1 to do</source>
            <translation>Durchgang 1 offen</translation>
        </message>
        <message>
            <source>Pass 2 to do</source>
            <translation>Durchgang 2 offen</translation>
        </message>
        <message>
            <source>Pass 3 to do</source>
            <translation>Durchgang 3 offen</translation>
        </message>
        <message>
            <source>Pass {number} – {name}</source>
            <translation>Durchgang {number} – {name}</translation>
        </message>
    </context>
    <context>
        <name>reader.unit_panel</name>
        <message>
            <source>Condensed meaning — F2 to write</source>
            <translation>Kondensierte Sinneinheit — F2 zum Schreiben</translation>
        </message>
    </context>
    <context>
        <name>sync_flow</name>
        <message>
            <source>Sync with the team server</source>
            <translation>Mit dem Teamserver synchronisieren</translation>
        </message>
        <message>
            <source>Password for {address}:</source>
            <translation>Passwort für {address}:</translation>
        </message>
        <message>
            <source>Synced with {origin}: sent {sent}, received {received}.</source>
            <translation>Mit {origin} synchronisiert: {sent} gesendet, {received} empfangen.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</source>
            <translation>
                <numerusform>%n Element wurde sowohl in dieser Kopie als auch auf dem Server geändert. Nichts wurde überschrieben: Jede Seite behält ihre Version, bis Sie entscheiden.</numerusform>
                <numerusform>%n Elemente wurden sowohl in dieser Kopie als auch auf dem Server geändert. Nichts wurde überschrieben: Jede Seite behält ihre Version, bis Sie entscheiden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>analysis.figures</name>
        <message>
            <source>(no participant)</source>
            <translation>(keine teilnehmende Person)</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(kein Wert)</translation>
        </message>
        <message>
            <source>; overlaps: the number of pairs of two different meaning units, one with each code, whose spans overlap in the same document</source>
            <translation>; Überlappungen: die Anzahl der Paare zweier verschiedener Sinneinheiten, je eine mit jedem Code, deren Textstellen sich im selben Dokument überlappen</translation>
        </message>
        <message>
            <source>; with participants counted, the distinct participants with at least one such unit (a unit without participant counts its document as one participant)</source>
            <translation>; beim Zählen von Teilnehmenden die verschiedenen Teilnehmenden mit mindestens einer solchen Einheit (eine Einheit ohne teilnehmende Person zählt ihr Dokument als eine teilnehmende Person)</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Co-occurrence: for two codes, the number of meaning units carrying both{overlap}. Layer: {layer}.</source>
            <translation>Kookkurrenz: für zwei Codes die Anzahl der Sinneinheiten, die beide tragen{overlap}. Ebene: {layer}.</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Matrix: rows are {rows}, columns are the values of {by}; a cell counts the meaning units carrying the {row} whose participant has that value (a unit's participant is the speaker of the turn where it starts, else the participant its document is assigned to){people}. Layer: {layer}.</source>
            <translation>Matrix: Zeilen sind {rows}, Spalten sind die Werte von {by}; eine Zelle zählt die Sinneinheiten, die den Zeileneintrag ({row}) tragen und deren teilnehmende Person diesen Wert hat (die teilnehmende Person einer Einheit ist die sprechende Person des Redebeitrags, in dem sie beginnt, sonst die Person, der ihr Dokument zugeordnet ist){people}. Ebene: {layer}.</translation>
        </message>
        <message>
            <source>Saturation (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): documents in {order} order; base = the first {base} documents; run length {run}; threshold {threshold}. For k = base+1, base+2, … while k+run−1 ≤ the number of documents: new(k) = the codes first occurring in documents k … k+run−1; ratio(k) = |new(k)| / |distinct codes in the base|. Saturation is reached at k−1 documents for the first k with ratio(k) ≤ threshold. A code occurs in a document when a meaning unit of the layer ({layer}) in it carries the code.</source>
            <translation>Sättigung (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): Dokumente in der Reihenfolge {order}; Basis = die ersten {base} Dokumente; Lauflänge {run}; Schwelle {threshold}. Für k = Basis+1, Basis+2, … solange k+Lauflänge−1 ≤ Anzahl der Dokumente: neu(k) = die Codes, die zuerst in den Dokumenten k … k+Lauflänge−1 vorkommen; Anteil(k) = |neu(k)| / |verschiedene Codes in der Basis|. Sättigung ist bei k−1 Dokumenten erreicht, für das erste k mit Anteil(k) ≤ Schwelle. Ein Code kommt in einem Dokument vor, wenn eine Sinneinheit der Ebene ({layer}) darin den Code trägt.</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>Die Sättigung wurde innerhalb von {count} Dokumenten nicht erreicht (Basis {base}, Lauflänge {run}, ≤ {threshold} neue Codes).</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>Die Sättigung wurde innerhalb von {count} Interviews nicht erreicht (Basis {base}, Lauflänge {run}, ≤ {threshold} neue Codes).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>Die Sättigung wurde bei {count} Dokumenten erreicht (Basis {base}, Lauflänge {run}, ≤ {threshold} neue Codes).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>Die Sättigung wurde bei {count} Interviews erreicht (Basis {base}, Lauflänge {run}, ≤ {threshold} neue Codes).</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>alle Kodierer</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>category (any of its codes)</source>
            <translation>Kategorie (einen ihrer Codes)</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>Konsens</translation>
        </message>
        <message>
            <source>import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>theme (any of its codes)</source>
            <translation>Thema (einen seiner Codes)</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>units</source>
            <translation>Einheiten</translation>
        </message>
    </context>
    <context>
        <name>consensus.disagreements</name>
        <message>
            <source>Agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Different boundaries</source>
            <translation>Unterschiedliche Grenzen</translation>
        </message>
        <message>
            <source>Different codes</source>
            <translation>Unterschiedliche Codes</translation>
        </message>
        <message>
            <source>Only {a} made this unit</source>
            <translation>Nur {a} hat diese Einheit angelegt</translation>
        </message>
        <message>
            <source>Only {b} made this unit</source>
            <translation>Nur {b} hat diese Einheit angelegt</translation>
        </message>
        <message>
            <source>{resolved} of {total} resolved</source>
            <translation>{resolved} von {total} gelöst</translation>
        </message>
    </context>
    <context>
        <name>consensus.merge</name>
        <message>
            <source>Attribute value {name}</source>
            <translation>Attributwert {name}</translation>
        </message>
        <message>
            <source>Attribute {name}</source>
            <translation>Attribut {name}</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Kategorie {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Code {name}</translation>
        </message>
        <message>
            <source>Coding {name}</source>
            <translation>Kodierung {name}</translation>
        </message>
        <message>
            <source>Conflict: {description}</source>
            <translation>Konflikt: {description}</translation>
        </message>
        <message>
            <source>Decision {name}</source>
            <translation>Entscheidung {name}</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Dokument {name}</translation>
        </message>
        <message>
            <source>Meaning unit {name}</source>
            <translation>Sinneinheit {name}</translation>
        </message>
        <message>
            <source>Memo {name}</source>
            <translation>Memo {name}</translation>
        </message>
        <message>
            <source>Merged {file}: nothing new</source>
            <translation>{file} zusammengeführt: nichts Neues</translation>
        </message>
        <message>
            <source>Merged {file}: {added}</source>
            <translation>{file} zusammengeführt: {added}</translation>
        </message>
        <message>
            <source>Note {name}</source>
            <translation>Notiz {name}</translation>
        </message>
        <message>
            <source>Participant {name}</source>
            <translation>Teilnehmende Person {name}</translation>
        </message>
        <message>
            <source>Reading progress {name}</source>
            <translation>Lesefortschritt {name}</translation>
        </message>
        <message>
            <source>Reviewer {name}</source>
            <translation>Kodierer {name}</translation>
        </message>
        <message>
            <source>Speaker turns of {name}</source>
            <translation>Redebeiträge in {name}</translation>
        </message>
        <message>
            <source>Taken from the other file: {updated}</source>
            <translation>Aus der anderen Datei übernommen: {updated}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Thema {name}</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Warnung: {warning}</translation>
        </message>
        <message>
            <source>category_id</source>
            <translation>Kategorie-ID</translation>
        </message>
        <message>
            <source>changed in both files</source>
            <translation>in beiden Dateien geändert</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>condensed</source>
            <translation>kondensierte Sinneinheit</translation>
        </message>
        <message>
            <source>consensus_unit_id</source>
            <translation>Konsenseinheit-ID</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>deleted here, edited there</source>
            <translation>hier gelöscht, dort bearbeitet</translation>
        </message>
        <message>
            <source>deleted there, still here</source>
            <translation>dort gelöscht, hier noch vorhanden</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>exclusion</source>
            <translation>Ausschlusskriterien</translation>
        </message>
        <message>
            <source>exemplar_unit_id</source>
            <translation>Ankerbeispiel-ID</translation>
        </message>
        <message>
            <source>inclusion</source>
            <translation>Einschlusskriterien</translation>
        </message>
        <message>
            <source>into {name}</source>
            <translation>in {name}</translation>
        </message>
        <message>
            <source>merged into another participant there</source>
            <translation>dort in eine andere teilnehmende Person zusammengeführt</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>no participant</source>
            <translation>keine teilnehmende Person</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>parent_id</source>
            <translation>Oberkategorie-ID</translation>
        </message>
        <message>
            <source>participant {here} here, {there} there</source>
            <translation>teilnehmende Person: {here} hier, {there} dort</translation>
        </message>
        <message>
            <source>participant_id</source>
            <translation>Teilnehmenden-ID</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>speaker turns differ between the two files</source>
            <translation>Redebeiträge unterscheiden sich zwischen den beiden Dateien</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Anfang</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>text corrected in one file and not in the other</source>
            <translation>Text in einer Datei korrigiert, in der anderen nicht</translation>
        </message>
        <message>
            <source>theme_id</source>
            <translation>Themen-ID</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>{column} {here} here, {there} there</source>
            <translation>{column}: {here} hier, {there} dort</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>{here} turn(s) here, {there} there</source>
            <translation>Redebeiträge: {here} hier, {there} dort</translation>
        </message>
        <message>
            <source>{item}: {problem}</source>
            <translation>{item}: {problem}</translation>
        </message>
        <message>
            <source>{item}: {problem} ({detail})</source>
            <translation>{item}: {problem} ({detail})</translation>
        </message>
    </context>
    <context>
        <name>consensus.methods</name>
        <message numerus="yes">
            <source>%n disagreement(s)</source>
            <translation>
                <numerusform>%n Abweichung</numerusform>
                <numerusform>%n Abweichungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation>
                <numerusform>%n Paar</numerusform>
                <numerusform>%n Paare</numerusform>
            </translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement, so it is not a figure to report on its own.</source>
            <translation>. {share} dieser Zeichen wurden von mindestens einem Kodierer kodiert; die einfache prozentuale Übereinstimmung ({agreement}) zählt den unkodierten Rest als Übereinstimmung und ist daher kein Wert, der für sich allein berichtet werden sollte.</translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement.</source>
            <translation>. {share} dieser Zeichen wurden von mindestens einem Kodierer kodiert; die einfache prozentuale Übereinstimmung ({agreement}) zählt den unkodierten Rest als Übereinstimmung.</translation>
        </message>
        <message>
            <source>; per-code kappa ranged from {low} to {high}</source>
            <translation>; das Kappa pro Code lag zwischen {low} und {high}</translation>
        </message>
        <message>
            <source>Accepted A</source>
            <translation>A übernommen</translation>
        </message>
        <message>
            <source>Accepted B</source>
            <translation>B übernommen</translation>
        </message>
        <message>
            <source>Agreed (identical)</source>
            <translation>Übereinstimmend (identisch)</translation>
        </message>
        <message>
            <source>Agreement was computed at the character level for each of the {codes} codes over the {documents} both reviewers coded ({characters} characters; a character counts as coded with a code when a meaning unit carrying the code covers it). Pooled over all codes, Cohen's kappa was {kappa} and Krippendorff's alpha (nominal) {alpha}</source>
            <translation>Die Übereinstimmung wurde auf Zeichenebene für jeden der {codes} Codes über {documents} berechnet, die beide Kodierer kodiert haben ({characters} Zeichen; ein Zeichen gilt als mit einem Code kodiert, wenn eine Sinneinheit, die den Code trägt, es abdeckt). Über alle Codes gepoolt betrug Cohens Kappa {kappa} und Krippendorffs Alpha (nominal) {alpha}</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {threshold:g}): {pairs} matched, {only_a} units were made only by {a} and {only_b} only by {b}; on matched units, kappa for the codes was {kappa}. </source>
            <translation>Die Sinneinheiten wurden zwischen den Kodierern nach Überlappung zugeordnet (Jaccard-Index ≥ {threshold:g}): {pairs} zugeordnet, {only_a} Einheiten wurden nur von {a} und {only_b} nur von {b} gebildet; für die zugeordneten Einheiten betrug Kappa für die Codes {kappa}. </translation>
        </message>
        <message>
            <source>Merged boundaries</source>
            <translation>Grenzen zusammengeführt</translation>
        </message>
        <message>
            <source>No document has been coded by both reviewers yet, so there are no agreement figures to report. </source>
            <translation>Noch wurde kein Dokument von beiden Kodierern kodiert, daher gibt es keine Übereinstimmungswerte zu berichten. </translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>The comparison found no disagreements to settle.</source>
            <translation>Der Vergleich ergab keine zu klärenden Abweichungen.</translation>
        </message>
        <message>
            <source>The comparison found {found}; all {total} were discussed in consensus sessions and settled ({how}); each decision was recorded with its rationale, who decided and when, and the agreed units form the consensus layer used in the analysis.</source>
            <translation>Der Vergleich ergab {found}; alle {total} wurden in Konsenssitzungen besprochen und geklärt ({how}); jede Entscheidung wurde mit ihrer Begründung, der entscheidenden Person und dem Zeitpunkt festgehalten, und die vereinbarten Einheiten bilden die in der Analyse verwendete Konsensebene.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session has not started yet, so none has been settled.</source>
            <translation>Der Vergleich ergab {found}; die Konsenssitzung hat noch nicht begonnen, daher ist noch keine geklärt.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session is under way: {resolved} of them have been settled so far ({how}) and {open} remain open. Each decision is recorded with its rationale, who decided and when.</source>
            <translation>Der Vergleich ergab {found}; die Konsenssitzung läuft: {resolved} davon wurden bisher geklärt ({how}) und {open} sind noch offen. Jede Entscheidung wird mit ihrer Begründung, der entscheidenden Person und dem Zeitpunkt festgehalten.</translation>
        </message>
        <message>
            <source>by adopting identical units</source>
            <translation>durch Übernahme identischer Einheiten</translation>
        </message>
        <message>
            <source>by agreement</source>
            <translation>durch Übereinstimmung</translation>
        </message>
        <message>
            <source>{both} of {documents} were coded by both ({units_a} by {a} and {units_b} by {b} in them). </source>
            <translation>Die Studie umfasst {documents}; {both} davon wurden von beiden kodiert ({units_a} von {a} und {units_b} von {b} darin). </translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently, each in a blind copy of the project.</source>
            <translation>{count} Kodierer nahmen teil; {a} und {b} gliederten die Texte jeweils in Sinneinheiten und kodierten sie unabhängig voneinander, jeweils in einer blinden Kopie des Projekts.</translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently.</source>
            <translation>{count} Kodierer nahmen teil; {a} und {b} gliederten die Texte jeweils in Sinneinheiten und kodierten sie unabhängig voneinander.</translation>
        </message>
    </context>
    <context>
        <name>consensus.report</name>
        <message>
            <source>Agreement on meaning units</source>
            <translation>Übereinstimmung bei den Sinneinheiten</translation>
        </message>
        <message>
            <source>Agreement per code (character level)</source>
            <translation>Übereinstimmung pro Code (Zeichenebene)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Cohens Kappa</translation>
        </message>
        <message>
            <source>Consensus report — {title}</source>
            <translation>Konsensbericht — {title}</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Entscheidungsprotokoll</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Krippendorffs Alpha</translation>
        </message>
        <message>
            <source>Matched at Jaccard ≥ {threshold:g}: {matched}; only {a}: {only_a}; only {b}: {only_b}; identical codes on {identical} of {matched} matched units; kappa for codes on matched units {kappa}.</source>
            <translation>Zugeordnet bei Jaccard ≥ {threshold:g}: {matched}; nur {a}: {only_a}; nur {b}: {only_b}; identische Codes bei {identical} von {matched} zugeordneten Einheiten; Kappa für die Codes auf zugeordneten Einheiten {kappa}.</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Methoden (Entwurf zum Anpassen)</translation>
        </message>
        <message>
            <source>No decisions yet: the consensus session has not started.</source>
            <translation>Noch keine Entscheidungen: Die Konsenssitzung hat noch nicht begonnen.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Over the {count} document(s) both reviewers coded.</source>
            <translation>Über die {count} Dokument(e), die beide Kodierer kodiert haben.</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Prozentuale Übereinstimmung</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Gepoolt (alle Codes)</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Reviewers compared: {a} and {b}. Disagreements {progress}.</source>
            <translation>Verglichene Kodierer: {a} und {b}. Abweichungen: {progress}.</translation>
        </message>
        <message>
            <source>Undefined: the code was used by neither reviewer (or by both everywhere), so there is no variation to agree on. Pooled: all codes' character vectors taken together.</source>
            <translation>Nicht definiert: Der Code wurde von keinem der Kodierer verwendet (oder von beiden überall), daher gibt es keine Variation, über die Übereinstimmung bestehen könnte. Gepoolt: die Zeichenvektoren aller Codes zusammengenommen.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>{title} — Consensus report</source>
            <translation>{title} — Konsensbericht</translation>
        </message>
    </context>
    <context>
        <name>core.hygiene</name>
        <message>
            <source>Category “{name}” holds a single code</source>
            <translation>Die Kategorie „{name}“ enthält nur einen Code</translation>
        </message>
        <message>
            <source>Category “{name}” holds no codes</source>
            <translation>Die Kategorie „{name}“ enthält keine Codes</translation>
        </message>
        <message>
            <source>Code “{name}” has no meaning units</source>
            <translation>Der Code „{name}“ hat keine Sinneinheiten</translation>
        </message>
        <message>
            <source>Code “{name}” is in no category</source>
            <translation>Der Code „{name}“ ist in keiner Kategorie</translation>
        </message>
        <message>
            <source>Theme “{name}” holds no categories</source>
            <translation>Das Thema „{name}“ enthält keine Kategorien</translation>
        </message>
    </context>
    <context>
        <name>core.search</name>
        <message>
            <source>Category {name}</source>
            <translation>Kategorie {name}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Code {name}</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Kondensierte Sinneinheit</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Erste Eindrücke</translation>
        </message>
        <message>
            <source>First impressions on category {name}</source>
            <translation>Erste Eindrücke zur Kategorie {name}</translation>
        </message>
        <message>
            <source>First impressions on code {name}</source>
            <translation>Erste Eindrücke zum Code {name}</translation>
        </message>
        <message>
            <source>First impressions on document {name}</source>
            <translation>Erste Eindrücke zum Dokument {name}</translation>
        </message>
        <message>
            <source>First impressions on the study</source>
            <translation>Erste Eindrücke zur Studie</translation>
        </message>
        <message>
            <source>First impressions on theme {name}</source>
            <translation>Erste Eindrücke zum Thema {name}</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>Memo on category {name}</source>
            <translation>Memo zur Kategorie {name}</translation>
        </message>
        <message>
            <source>Memo on code {name}</source>
            <translation>Memo zum Code {name}</translation>
        </message>
        <message>
            <source>Memo on document {name}</source>
            <translation>Memo zum Dokument {name}</translation>
        </message>
        <message>
            <source>Memo on the study</source>
            <translation>Memo zur Studie</translation>
        </message>
        <message>
            <source>Memo on theme {name}</source>
            <translation>Memo zum Thema {name}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Note on category {name}</source>
            <translation>Notiz zur Kategorie {name}</translation>
        </message>
        <message>
            <source>Note on code {name}</source>
            <translation>Notiz zum Code {name}</translation>
        </message>
        <message>
            <source>Note on document {name}</source>
            <translation>Notiz zum Dokument {name}</translation>
        </message>
        <message>
            <source>Note on the study</source>
            <translation>Notiz zur Studie</translation>
        </message>
        <message>
            <source>Note on theme {name}</source>
            <translation>Notiz zum Thema {name}</translation>
        </message>
        <message>
            <source>Note “{title}”</source>
            <translation>Notiz „{title}“</translation>
        </message>
        <message>
            <source>Note “{title}” on category {name}</source>
            <translation>Notiz „{title}“ zur Kategorie {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on code {name}</source>
            <translation>Notiz „{title}“ zum Code {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on document {name}</source>
            <translation>Notiz „{title}“ zum Dokument {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on the study</source>
            <translation>Notiz „{title}“ zur Studie</translation>
        </message>
        <message>
            <source>Note “{title}” on theme {name}</source>
            <translation>Notiz „{title}“ zum Thema {name}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Thema {name}</translation>
        </message>
    </context>
    <context>
        <name>documents.removal</name>
        <message numerus="yes">
            <source>%n coding(s)</source>
            <translation>
                <numerusform>%n Kodierung</numerusform>
                <numerusform>%n Kodierungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message>
            <source>{units}, {notes} and {codings}</source>
            <translation>{units}, {notes} und {codings}</translation>
        </message>
    </context>
    <context>
        <name>exporters</name>
        <message>
            <source>p. {page}</source>
            <translation>S. {page}</translation>
        </message>
    </context>
    <context>
        <name>exporters.agreement</name>
        <message numerus="yes">
            <source>Character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>Zeichenebene über das %n Dokument, das beide kodiert haben, gepoolt über alle Codes: {figures}.</numerusform>
                <numerusform>Zeichenebene über die %n Dokumente, die beide kodiert haben, gepoolt über alle Codes: {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Character level, pooled over all codes: {figures}.</source>
            <translation>Zeichenebene, gepoolt über alle Codes: {figures}.</translation>
        </message>
        <message>
            <source>Codes of matched units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Codes der zugeordneten Einheiten (Überlappung ≥ {overlap}): Cohens κ = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of matched units: Cohen's κ = {kappa}.</source>
            <translation>Codes der zugeordneten Einheiten: Cohens κ = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Codes der {matched} Paare zugeordneter Sinneinheiten (Überlappung ≥ {overlap}): Cohens κ = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units: Cohen's κ = {kappa}.</source>
            <translation>Codes der {matched} Paare zugeordneter Sinneinheiten: Cohens κ = {kappa}.</translation>
        </message>
        <message>
            <source>Cohen's κ = {value}</source>
            <translation>Cohens κ = {value}</translation>
        </message>
        <message>
            <source>Krippendorff's α = {value}</source>
            <translation>Krippendorffs α = {value}</translation>
        </message>
        <message>
            <source>not defined</source>
            <translation>nicht definiert</translation>
        </message>
        <message>
            <source>{agreement} agreement with {share} of the characters coded by either reviewer</source>
            <translation>{agreement} Übereinstimmung bei {share} der Zeichen, die einer der Kodierer kodiert hat</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message numerus="yes">
            <source>{reviewers}, character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>{reviewers}, Zeichenebene über das %n Dokument, das beide kodiert haben, gepoolt über alle Codes: {figures}.</numerusform>
                <numerusform>{reviewers}, Zeichenebene über die %n Dokumente, die beide kodiert haben, gepoolt über alle Codes: {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reviewers}, character level, pooled over all codes: {figures}.</source>
            <translation>{reviewers}, Zeichenebene, gepoolt über alle Codes: {figures}.</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_figures</name>
        <message>
            <source> — in brackets: distinct codes so far.</source>
            <translation> — in Klammern: bisher verschiedene Codes.</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Kookkurrenz der Codes</translation>
        </message>
        <message>
            <source>Code A</source>
            <translation>Code A</translation>
        </message>
        <message>
            <source>Code B</source>
            <translation>Code B</translation>
        </message>
        <message>
            <source>Code saturation</source>
            <translation>Code-Sättigung</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Datum: </translation>
        </message>
        <message>
            <source>Definition.</source>
            <translation>Definition.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Figure 1. </source>
            <translation>Abbildung 1. </translation>
        </message>
        <message>
            <source>Matrix: {rows} × {by} ({count})</source>
            <translation>Matrix: {rows} × {by} ({count})</translation>
        </message>
        <message>
            <source>New codes</source>
            <translation>Neue Codes</translation>
        </message>
        <message>
            <source>New codes (names)</source>
            <translation>Neue Codes (Namen)</translation>
        </message>
        <message>
            <source>No rows yet.</source>
            <translation>Noch keine Zeilen.</translation>
        </message>
        <message>
            <source>No two codes share a meaning unit.</source>
            <translation>Keine zwei Codes teilen sich eine Sinneinheit.</translation>
        </message>
        <message>
            <source>Order.</source>
            <translation>Reihenfolge.</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Überlappungen</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Result.</source>
            <translation>Ergebnis.</translation>
        </message>
        <message>
            <source>Too few documents for a run: {count} documents, base {base}, run {run}.</source>
            <translation>Zu wenige Dokumente für einen Lauf: {count} Dokumente, Basis {base}, Lauf {run}.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>co-occurrence table</source>
            <translation>Kookkurrenztabelle</translation>
        </message>
        <message>
            <source>matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <source>saturation table</source>
            <translation>Sättigungstabelle</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_table</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Analysetabelle</translation>
        </message>
        <message>
            <source>Analysis table: meaning units, condensed meanings, codes, categories and themes</source>
            <translation>Analysetabelle: Sinneinheiten, kondensierte Sinneinheiten, Codes, Kategorien und Themen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Kondensierte Sinneinheit</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Datum: </translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Meaning units: </source>
            <translation>Sinneinheiten: </translation>
        </message>
        <message>
            <source>No meaning units yet.</source>
            <translation>Noch keine Sinneinheiten.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Quoted meaning unit</source>
            <translation>Zitierte Sinneinheit</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Forschungsfrage:</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Kodierer</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>alle Kodierer</translation>
        </message>
        <message>
            <source>the consensus layer</source>
            <translation>Konsensebene</translation>
        </message>
        <message>
            <source>{count} from {layer} that the coding query “{query}” selects, in document order</source>
            <translation>{count} ({layer}), die die Kodierabfrage „{query}“ auswählt, in Dokumentreihenfolge</translation>
        </message>
        <message>
            <source>{count} from {layer}, in document order</source>
            <translation>{count} ({layer}), in Dokumentreihenfolge</translation>
        </message>
        <message>
            <source>{title} — Analysis table</source>
            <translation>{title} — Analysetabelle</translation>
        </message>
        <message>
            <source>{title} — {units} from {layer}, in document order; exported {date}. One row per meaning unit: its document and page, the reviewer who marked it, the quoted text, its condensed meaning, codes, categories, themes and notes.</source>
            <translation>{title} — {units} ({layer}), in Dokumentreihenfolge; exportiert am {date}. Eine Zeile pro Sinneinheit: ihr Dokument und ihre Seite, der Kodierer, der sie markiert hat, der zitierte Text, ihre kondensierte Sinneinheit, Codes, Kategorien, Themen und Notizen.</translation>
        </message>
    </context>
    <context>
        <name>exporters.checklists</name>
        <message>
            <source>Abstract</source>
            <translation>Abstract</translation>
        </message>
        <message>
            <source>Audio/visual recording</source>
            <translation>Audio-/Videoaufzeichnung</translation>
        </message>
        <message>
            <source>Clarity of major themes</source>
            <translation>Klarheit der Hauptthemen</translation>
        </message>
        <message>
            <source>Clarity of minor themes</source>
            <translation>Klarheit der Nebenthemen</translation>
        </message>
        <message>
            <source>Concise description of the nature and topic of the study; identifying the study as qualitative or indicating the approach (e.g., ethnography, grounded theory) or data collection methods (e.g., interview, focus group) is recommended</source>
            <translation>Knappe Beschreibung von Art und Thema der Studie; empfohlen wird, die Studie als qualitativ zu kennzeichnen oder den Ansatz (z. B. Ethnografie, Grounded Theory) oder die Methoden der Datenerhebung (z. B. Interview, Fokusgruppe) anzugeben</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Interessenkonflikte</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Qualifikationen</translation>
        </message>
        <message>
            <source>Data analysis</source>
            <translation>Datenanalyse</translation>
        </message>
        <message>
            <source>Data and findings consistent</source>
            <translation>Übereinstimmung von Daten und Ergebnissen</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Datenerhebung</translation>
        </message>
        <message>
            <source>Data collection instruments and technologies</source>
            <translation>Instrumente und Technik der Datenerhebung</translation>
        </message>
        <message>
            <source>Data collection methods</source>
            <translation>Methoden der Datenerhebung</translation>
        </message>
        <message>
            <source>Data processing</source>
            <translation>Datenaufbereitung</translation>
        </message>
        <message>
            <source>Data saturation</source>
            <translation>Datensättigung</translation>
        </message>
        <message>
            <source>Derivation of themes</source>
            <translation>Herleitung der Themen</translation>
        </message>
        <message>
            <source>Description and significance of the problem/phenomenon studied; review of relevant theory and empirical work; problem statement</source>
            <translation>Beschreibung und Bedeutung des untersuchten Problems/Phänomens; Überblick über relevante Theorie und empirische Arbeiten; Problemstellung</translation>
        </message>
        <message>
            <source>Description of instruments (e.g., interview guides, questionnaires) and devices (e.g., audio recorders) used for data collection; if/how the instrument(s) changed over the course of the study</source>
            <translation>Beschreibung der Instrumente (z. B. Interviewleitfäden, Fragebögen) und Geräte (z. B. Audiorekorder) der Datenerhebung; ob/wie sich die Instrumente im Verlauf der Studie verändert haben</translation>
        </message>
        <message>
            <source>Description of sample</source>
            <translation>Beschreibung der Stichprobe</translation>
        </message>
        <message>
            <source>Description of the coding tree</source>
            <translation>Beschreibung des Kodierbaums</translation>
        </message>
        <message>
            <source>Did authors provide a description of the coding tree?</source>
            <translation>Haben die Autor:innen den Kodierbaum beschrieben?</translation>
        </message>
        <message>
            <source>Did participants provide feedback on the findings?</source>
            <translation>Haben die Teilnehmenden Rückmeldung zu den Ergebnissen gegeben?</translation>
        </message>
        <message>
            <source>Did the research use audio or visual recording to collect the data?</source>
            <translation>Wurden die Daten mit Audio- oder Videoaufzeichnung erhoben?</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Diskussion</translation>
        </message>
        <message>
            <source>Documentation of approval by an appropriate ethics review board and participant consent, or explanation for lack thereof; other confidentiality and data security issues</source>
            <translation>Nachweis der Zustimmung einer zuständigen Ethikkommission und der Einwilligung der Teilnehmenden oder Begründung, warum sie fehlen; weitere Fragen der Vertraulichkeit und Datensicherheit</translation>
        </message>
        <message>
            <source>Domain 1: Research team and reflexivity</source>
            <translation>Bereich 1: Forschungsteam und Reflexivität</translation>
        </message>
        <message>
            <source>Domain 2: Study design</source>
            <translation>Bereich 2: Studiendesign</translation>
        </message>
        <message>
            <source>Domain 3: Analysis and findings</source>
            <translation>Bereich 3: Analyse und Ergebnisse</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Ethical issues pertaining to human subjects</source>
            <translation>Ethische Fragen zu den beteiligten Menschen</translation>
        </message>
        <message>
            <source>Evidence (e.g., quotes, field notes, text excerpts, photographs) to substantiate analytic findings</source>
            <translation>Belege (z. B. Zitate, Feldnotizen, Textauszüge, Fotografien) zur Untermauerung der analytischen Ergebnisse</translation>
        </message>
        <message>
            <source>Experience and training</source>
            <translation>Erfahrung und Ausbildung</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Feldnotizen</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Finanzierung</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>How and why research participants, documents, or events were selected; criteria for deciding when no further sampling was necessary (e.g., sampling saturation); rationale</source>
            <translation>Wie und warum Teilnehmende, Dokumente oder Ereignisse ausgewählt wurden; Kriterien für die Entscheidung, dass keine weitere Stichprobenziehung nötig war (z. B. Sättigung); Begründung</translation>
        </message>
        <message>
            <source>How many data coders coded the data?</source>
            <translation>Wie viele Kodierer haben die Daten kodiert?</translation>
        </message>
        <message>
            <source>How many participants were in the study?</source>
            <translation>Wie viele Teilnehmende hatte die Studie?</translation>
        </message>
        <message>
            <source>How many people refused to participate or dropped out? Reasons?</source>
            <translation>Wie viele Personen haben die Teilnahme abgelehnt oder abgebrochen? Gründe?</translation>
        </message>
        <message>
            <source>How were participants approached? e.g. face-to-face, telephone, mail, email</source>
            <translation>Wie wurden die Teilnehmenden angesprochen? z. B. persönlich, telefonisch, per Post, per E-Mail</translation>
        </message>
        <message>
            <source>How were participants selected? e.g. purposive, convenience, consecutive, snowball</source>
            <translation>Wie wurden die Teilnehmenden ausgewählt? z. B. gezielt, nach Verfügbarkeit, konsekutiv, Schneeballverfahren</translation>
        </message>
        <message>
            <source>Integration with prior work, implications, transferability, and contribution(s) to the field</source>
            <translation>Einordnung in frühere Arbeiten, Implikationen, Übertragbarkeit und Beitrag/Beiträge zum Fachgebiet</translation>
        </message>
        <message>
            <source>Interview guide</source>
            <translation>Interviewleitfaden</translation>
        </message>
        <message>
            <source>Interviewer characteristics</source>
            <translation>Merkmale der interviewenden Person</translation>
        </message>
        <message>
            <source>Interviewer/facilitator</source>
            <translation>Interviewer/Moderator</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Einleitung</translation>
        </message>
        <message>
            <source>Is there a description of diverse cases or discussion of minor themes?</source>
            <translation>Werden abweichende Fälle beschrieben oder Nebenthemen diskutiert?</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limitationen</translation>
        </message>
        <message>
            <source>Links to empirical data</source>
            <translation>Bezug zu empirischen Daten</translation>
        </message>
        <message>
            <source>Main findings (e.g., interpretations, inferences, and themes); might include development of a theory or model, or integration with prior research or theory</source>
            <translation>Hauptergebnisse (z. B. Interpretationen, Schlussfolgerungen und Themen); kann die Entwicklung einer Theorie oder eines Modells oder die Einordnung in frühere Forschung oder Theorie einschließen</translation>
        </message>
        <message>
            <source>Method of approach</source>
            <translation>Art der Kontaktaufnahme</translation>
        </message>
        <message>
            <source>Methodological orientation and Theory</source>
            <translation>Methodologische Ausrichtung und Theorie</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Methods for processing data prior to and during analysis, including transcription, data entry, data management and security, verification of data integrity, data coding, and anonymization/de-identification of excerpts</source>
            <translation>Methoden der Datenaufbereitung vor und während der Analyse, einschließlich Transkription, Dateneingabe, Datenverwaltung und -sicherheit, Prüfung der Datenintegrität, Kodierung sowie Anonymisierung/Pseudonymisierung von Auszügen</translation>
        </message>
        <message>
            <source>Non-participation</source>
            <translation>Nichtteilnahme</translation>
        </message>
        <message>
            <source>Number and relevant characteristics of participants, documents, or events included in the study; level of participation (could be reported in results)</source>
            <translation>Anzahl und relevante Merkmale der in die Studie einbezogenen Teilnehmenden, Dokumente oder Ereignisse; Grad der Beteiligung (kann in den Ergebnissen berichtet werden)</translation>
        </message>
        <message>
            <source>Number of data coders</source>
            <translation>Anzahl der Kodierer</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Beruf</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Participant checking</source>
            <translation>Rückmeldung der Teilnehmenden</translation>
        </message>
        <message>
            <source>Participant knowledge of the interviewer</source>
            <translation>Wissen der Teilnehmenden über die interviewende Person</translation>
        </message>
        <message>
            <source>Participant selection</source>
            <translation>Auswahl der Teilnehmenden</translation>
        </message>
        <message>
            <source>Personal characteristics</source>
            <translation>Persönliche Merkmale</translation>
        </message>
        <message>
            <source>Potential sources of influence or perceived influence on study conduct and conclusions; how these were managed</source>
            <translation>Mögliche Quellen tatsächlicher oder wahrgenommener Einflussnahme auf Durchführung und Schlussfolgerungen der Studie; wie damit umgegangen wurde</translation>
        </message>
        <message>
            <source>Presence of non-participants</source>
            <translation>Anwesenheit Nichtteilnehmender</translation>
        </message>
        <message>
            <source>Problem formulation</source>
            <translation>Problemformulierung</translation>
        </message>
        <message>
            <source>Process by which inferences, themes, etc., were identified and developed, including the researchers involved in data analysis; usually references a specific paradigm or approach; rationale</source>
            <translation>Vorgehen, mit dem Schlussfolgerungen, Themen usw. identifiziert und entwickelt wurden, einschließlich der an der Analyse beteiligten Forschenden; verweist meist auf ein bestimmtes Paradigma oder einen Ansatz; Begründung</translation>
        </message>
        <message>
            <source>Purpose of the study and specific objectives or questions</source>
            <translation>Zweck der Studie und spezifische Ziele oder Fragen</translation>
        </message>
        <message>
            <source>Purpose or research question</source>
            <translation>Zweck oder Forschungsfrage</translation>
        </message>
        <message>
            <source>Qualitative approach (e.g., ethnography, grounded theory, case study, phenomenology, narrative research) and guiding theory if appropriate; identifying the research paradigm (e.g., postpositivist, constructivist/interpretivist) is also recommended; rationale</source>
            <translation>Qualitativer Ansatz (z. B. Ethnografie, Grounded Theory, Fallstudie, Phänomenologie, narrative Forschung) und ggf. leitende Theorie; empfohlen wird auch, das Forschungsparadigma zu nennen (z. B. postpositivistisch, konstruktivistisch/interpretativ); Begründung</translation>
        </message>
        <message>
            <source>Qualitative approach and research paradigm</source>
            <translation>Qualitativer Ansatz und Forschungsparadigma</translation>
        </message>
        <message>
            <source>Quotations presented</source>
            <translation>Dargestellte Zitate</translation>
        </message>
        <message>
            <source>Relationship established</source>
            <translation>Aufgebaute Beziehung</translation>
        </message>
        <message>
            <source>Relationship with participants</source>
            <translation>Beziehung zu den Teilnehmenden</translation>
        </message>
        <message>
            <source>Repeat interviews</source>
            <translation>Wiederholte Interviews</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Berichterstattung</translation>
        </message>
        <message>
            <source>Researcher characteristics and reflexivity</source>
            <translation>Merkmale der Forschenden und Reflexivität</translation>
        </message>
        <message>
            <source>Researchers' characteristics that may influence the research, including personal attributes, qualifications/experience, relationship with participants, assumptions, and/or presuppositions; potential or actual interaction between researchers' characteristics and the research questions, approach, methods, results, and/or transferability</source>
            <translation>Merkmale der Forschenden, die die Forschung beeinflussen können, einschließlich persönlicher Eigenschaften, Qualifikationen/Erfahrung, Beziehung zu den Teilnehmenden, Annahmen und/oder Vorannahmen; mögliche oder tatsächliche Wechselwirkung zwischen diesen Merkmalen und den Forschungsfragen, dem Ansatz, den Methoden, den Ergebnissen und/oder der Übertragbarkeit</translation>
        </message>
        <message>
            <source>Results/findings</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Sample size</source>
            <translation>Stichprobengröße</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Stichprobenziehung</translation>
        </message>
        <message>
            <source>Sampling strategy</source>
            <translation>Stichprobenstrategie</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Setting of data collection</source>
            <translation>Ort der Datenerhebung</translation>
        </message>
        <message>
            <source>Setting/site and salient contextual factors; rationale</source>
            <translation>Setting/Ort und wichtige Kontextfaktoren; Begründung</translation>
        </message>
        <message>
            <source>Short summary of main findings; explanation of how findings and conclusions connect to, support, elaborate on, or challenge conclusions of earlier scholarship; discussion of scope of application/generalizability; identification of unique contribution(s) to scholarship in a discipline or field</source>
            <translation>Kurze Zusammenfassung der Hauptergebnisse; Erläuterung, wie Ergebnisse und Schlussfolgerungen an frühere Forschung anknüpfen, sie stützen, vertiefen oder infrage stellen; Diskussion des Anwendungsbereichs/der Verallgemeinerbarkeit; Benennung des eigenen Beitrags zur Forschung in einer Disziplin oder einem Fachgebiet</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Sources of funding and other support; role of funders in data collection, interpretation, and reporting</source>
            <translation>Finanzierungsquellen und sonstige Unterstützung; Rolle der Geldgeber bei Datenerhebung, Interpretation und Berichterstattung</translation>
        </message>
        <message>
            <source>Summary of key elements of the study using the abstract format of the intended publication; typically includes background, purpose, methods, results, and conclusions</source>
            <translation>Zusammenfassung der wichtigsten Elemente der Studie im Abstract-Format der vorgesehenen Publikation; umfasst typischerweise Hintergrund, Ziel, Methoden, Ergebnisse und Schlussfolgerungen</translation>
        </message>
        <message>
            <source>Synthesis and interpretation</source>
            <translation>Synthese und Interpretation</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness</source>
            <translation>Techniken zur Stärkung der Vertrauenswürdigkeit</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness and credibility of data analysis (e.g., member checking, audit trail, triangulation); rationale</source>
            <translation>Techniken zur Stärkung der Vertrauenswürdigkeit und Glaubwürdigkeit der Datenanalyse (z. B. Member Checking, Audit-Trail, Triangulation); Begründung</translation>
        </message>
        <message>
            <source>Theoretical framework</source>
            <translation>Theoretischer Rahmen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Title and abstract</source>
            <translation>Titel und Abstract</translation>
        </message>
        <message>
            <source>Transcripts returned</source>
            <translation>Rückgabe der Transkripte</translation>
        </message>
        <message>
            <source>Trustworthiness and limitations of findings</source>
            <translation>Vertrauenswürdigkeit und Limitationen der Ergebnisse</translation>
        </message>
        <message>
            <source>Types of data collected; details of data collection procedures including (as appropriate) start and stop dates of data collection and analysis, iterative process, triangulation of sources/methods, and modification of procedures in response to evolving study findings; rationale</source>
            <translation>Art der erhobenen Daten; Einzelheiten der Erhebungsverfahren einschließlich (soweit zutreffend) Beginn und Ende von Datenerhebung und Analyse, iterativem Vorgehen, Triangulation von Quellen/Methoden und Anpassung der Verfahren an sich entwickelnde Ergebnisse; Begründung</translation>
        </message>
        <message>
            <source>Units of study</source>
            <translation>Untersuchungseinheiten</translation>
        </message>
        <message>
            <source>Was a relationship established prior to study commencement?</source>
            <translation>Wurde vor Studienbeginn eine Beziehung aufgebaut?</translation>
        </message>
        <message>
            <source>Was anyone else present besides the participants and researchers?</source>
            <translation>War außer den Teilnehmenden und Forschenden noch jemand anwesend?</translation>
        </message>
        <message>
            <source>Was data saturation discussed?</source>
            <translation>Wurde die Datensättigung diskutiert?</translation>
        </message>
        <message>
            <source>Was the researcher male or female?</source>
            <translation>War die forschende Person männlich oder weiblich?</translation>
        </message>
        <message>
            <source>Was there consistency between the data presented and the findings?</source>
            <translation>Stimmten die dargestellten Daten und die Ergebnisse überein?</translation>
        </message>
        <message>
            <source>Were field notes made during and/or after the interview or focus group?</source>
            <translation>Wurden während und/oder nach dem Interview oder der Fokusgruppe Feldnotizen gemacht?</translation>
        </message>
        <message>
            <source>Were major themes clearly presented in the findings?</source>
            <translation>Wurden die Hauptthemen in den Ergebnissen klar dargestellt?</translation>
        </message>
        <message>
            <source>Were participant quotations presented to illustrate the themes/findings? Was each quotation identified? e.g. participant number</source>
            <translation>Wurden Zitate der Teilnehmenden zur Veranschaulichung der Themen/Ergebnisse dargestellt? War jedes Zitat gekennzeichnet? z. B. Nummer der teilnehmenden Person</translation>
        </message>
        <message>
            <source>Were questions, prompts, guides provided by the authors? Was it pilot tested?</source>
            <translation>Wurden Fragen, Impulse, Leitfäden von den Autor:innen bereitgestellt? Wurde der Leitfaden vorab getestet?</translation>
        </message>
        <message>
            <source>Were repeat interviews carried out? If yes, how many?</source>
            <translation>Wurden wiederholte Interviews geführt? Wenn ja, wie viele?</translation>
        </message>
        <message>
            <source>Were themes identified in advance or derived from the data?</source>
            <translation>Wurden die Themen vorab festgelegt oder aus den Daten abgeleitet?</translation>
        </message>
        <message>
            <source>Were transcripts returned to participants for comment and/or correction?</source>
            <translation>Wurden die Transkripte den Teilnehmenden zur Kommentierung und/oder Korrektur zurückgegeben?</translation>
        </message>
        <message>
            <source>What are the important characteristics of the sample? e.g. demographic data, date</source>
            <translation>Was sind die wichtigen Merkmale der Stichprobe? z. B. demografische Daten, Datum</translation>
        </message>
        <message>
            <source>What characteristics were reported about the interviewer/facilitator? e.g. Bias, assumptions, reasons and interests in the research topic</source>
            <translation>Welche Merkmale der interviewenden/moderierenden Person wurden berichtet? z. B. Voreingenommenheit, Annahmen, Gründe und Interessen am Forschungsthema</translation>
        </message>
        <message>
            <source>What did the participants know about the researcher? e.g. personal goals, reasons for doing the research</source>
            <translation>Was wussten die Teilnehmenden über die forschende Person? z. B. persönliche Ziele, Gründe für die Forschung</translation>
        </message>
        <message>
            <source>What experience or training did the researcher have?</source>
            <translation>Welche Erfahrung oder Ausbildung hatte die forschende Person?</translation>
        </message>
        <message>
            <source>What methodological orientation was stated to underpin the study? e.g. grounded theory, discourse analysis, ethnography, phenomenology, content analysis</source>
            <translation>Welche methodologische Ausrichtung liegt der Studie laut Angabe zugrunde? z. B. Grounded Theory, Diskursanalyse, Ethnografie, Phänomenologie, Inhaltsanalyse</translation>
        </message>
        <message>
            <source>What software, if applicable, was used to manage the data?</source>
            <translation>Welche Software wurde ggf. zur Verwaltung der Daten verwendet?</translation>
        </message>
        <message>
            <source>What was the duration of the interviews or focus group?</source>
            <translation>Wie lange dauerten die Interviews oder die Fokusgruppe?</translation>
        </message>
        <message>
            <source>What was their occupation at the time of the study?</source>
            <translation>Welchen Beruf hatten sie zum Zeitpunkt der Studie?</translation>
        </message>
        <message>
            <source>What were the researcher's credentials? E.g. PhD, MD</source>
            <translation>Welche Qualifikationen hatte die forschende Person? z. B. PhD, Dr. med.</translation>
        </message>
        <message>
            <source>Where was the data collected? e.g. home, clinic, workplace</source>
            <translation>Wo wurden die Daten erhoben? z. B. zu Hause, in der Klinik, am Arbeitsplatz</translation>
        </message>
        <message>
            <source>Which author/s conducted the interview or focus group?</source>
            <translation>Welche Autor:innen haben das Interview oder die Fokusgruppe durchgeführt?</translation>
        </message>
    </context>
    <context>
        <name>exporters.codebook</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n Kategorie</numerusform>
                <numerusform>%n Kategorien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n Code</numerusform>
                <numerusform>%n Codes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) not yet sorted into a category: listed in the appendix.</source>
            <translation>
                <numerusform>%n Code noch keiner Kategorie zugeordnet: im Anhang aufgeführt.</numerusform>
                <numerusform>%n Codes noch keiner Kategorie zugeordnet: im Anhang aufgeführt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumenten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n Sinneinheit</numerusform>
                <numerusform>%n Sinneinheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s)</source>
            <translation>
                <numerusform>%n Kodierer</numerusform>
                <numerusform>%n Kodierern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n Thema</numerusform>
                <numerusform>%n Themen</numerusform>
            </translation>
        </message>
        <message>
            <source>Agreement between reviewers:</source>
            <translation>Übereinstimmung zwischen den Kodierern:</translation>
        </message>
        <message>
            <source>Appendix: codes not yet sorted</source>
            <translation>Anhang: noch nicht zugeordnete Codes</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Codebuch</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Codes and categories that have not been placed under a theme yet.</source>
            <translation>Codes und Kategorien, die noch keinem Thema zugeordnet wurden.</translation>
        </message>
        <message>
            <source>Codes without a category</source>
            <translation>Codes ohne Kategorie</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Definition:</source>
            <translation>Definition:</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Exclude:</source>
            <translation>Ausschluss:</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Einschluss:</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Sinneinheiten</translation>
        </message>
        <message>
            <source>Meaning units:</source>
            <translation>Sinneinheiten:</translation>
        </message>
        <message>
            <source>Methods summary</source>
            <translation>Zusammenfassung der Methoden</translation>
        </message>
        <message>
            <source>No codes in this category yet.</source>
            <translation>Noch keine Codes in dieser Kategorie.</translation>
        </message>
        <message>
            <source>No themes yet: codes and categories are still being sorted.</source>
            <translation>Noch keine Themen: Codes und Kategorien werden noch sortiert.</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Forschungsfrage:</translation>
        </message>
        <message>
            <source>Reviewer:</source>
            <translation>Kodierer:</translation>
        </message>
        <message>
            <source>Reviewers:</source>
            <translation>Kodierer:</translation>
        </message>
        <message>
            <source>Table 1. </source>
            <translation>Tabelle 1. </translation>
        </message>
        <message>
            <source>The analysis covers {documents}, read by {reviewers}.</source>
            <translation>Die Analyse umfasst die Daten aus {documents}, gelesen von {reviewers}.</translation>
        </message>
        <message>
            <source>The consensus layer holds {units}.</source>
            <translation>Die Konsensebene enthält {units}.</translation>
        </message>
        <message>
            <source>The reviewers marked {units}.</source>
            <translation>Die Kodierer markierten {units}.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Themes and the categories they hold, with the number of codes, meaning units and documents behind each.</source>
            <translation>Themen und die Kategorien, die sie enthalten, mit der Anzahl der Codes, Sinneinheiten und Dokumente dahinter.</translation>
        </message>
        <message>
            <source>Themes and the categories they hold.</source>
            <translation>Themen und die Kategorien, die sie enthalten.</translation>
        </message>
        <message>
            <source>They were coded with {codes}, grouped into {categories} and {themes}.</source>
            <translation>Sie wurden mit {codes} kodiert, gruppiert in {categories} und {themes}.</translation>
        </message>
        <message>
            <source>This codebook draws on {reviewer}'s {units}.</source>
            <translation>Dieses Codebuch stützt sich auf {units} von {reviewer}.</translation>
        </message>
        <message>
            <source>all meaning units</source>
            <translation>alle Sinneinheiten</translation>
        </message>
        <message>
            <source>all reviewers' meaning units</source>
            <translation>die Sinneinheiten aller Kodierer</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>not written yet.</source>
            <translation>noch nicht geschrieben.</translation>
        </message>
        <message>
            <source>the consensus layer (units agreed by the reviewers)</source>
            <translation>die Konsensebene (von den Kodierern vereinbarte Einheiten)</translation>
        </message>
        <message>
            <source>{layer}, only those the coding query “{query}” selects</source>
            <translation>{layer}, nur die von der Kodierabfrage „{query}“ ausgewählten</translation>
        </message>
        <message>
            <source>{reviewer}'s meaning units</source>
            <translation>die Sinneinheiten von {reviewer}</translation>
        </message>
        <message>
            <source>{title} — Codebook</source>
            <translation>{title} — Codebuch</translation>
        </message>
        <message>
            <source>{units} in {documents}</source>
            <translation>{units} in {documents}</translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n Kategorie</numerusform>
                <numerusform>%n Kategorien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n teilnehmenden Person</numerusform>
                <numerusform>%n Teilnehmenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded step(s) of the analysis, oldest first (reading time is not listed).</source>
            <translation>
                <numerusform>%n aufgezeichneter Analyseschritt, der älteste zuerst (Lesezeit wird nicht aufgeführt).</numerusform>
                <numerusform>%n aufgezeichnete Analyseschritte, die ältesten zuerst (Lesezeit wird nicht aufgeführt).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n researcher(s) coded the data ({names}).</source>
            <translation>
                <numerusform>%n Forschende Person kodierte die Daten ({names}).</numerusform>
                <numerusform>%n Forschende kodierten die Daten ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n Thema</numerusform>
                <numerusform>%n Themen</numerusform>
            </translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>After consensus, each reviewer compared with the consensus layer (pooled over all codes):</source>
            <translation>Nach dem Konsens wurde jeder Kodierer mit der Konsensebene verglichen (über alle Codes gepoolt):</translation>
        </message>
        <message>
            <source>Alpha 95 % CI</source>
            <translation>Alpha 95-%-KI</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit-Trail</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>COREQ: 32-item checklist for interviews and focus groups</source>
            <translation>COREQ: Checkliste mit 32 Punkten für Interviews und Fokusgruppen</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Codebook versions</source>
            <translation>Codebuch-Versionen</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Cohens Kappa</translation>
        </message>
        <message>
            <source>Consensus decisions</source>
            <translation>Konsensentscheidungen</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>Every analytic step is recorded in the study's audit trail (Appendix: audit trail).</source>
            <translation>Jeder analytische Schritt ist im Audit-Trail der Studie festgehalten (Anhang: Audit-Trail).</translation>
        </message>
        <message>
            <source>Fewer than two reviewers have coded the material, so there is no agreement to report.</source>
            <translation>Weniger als zwei Kodierer haben das Material kodiert, daher gibt es keine Übereinstimmung zu berichten.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}) for double coding.</source>
            <translation>Für die Intercoder-Reliabilität wurden {drawn} von {population} Dokumenten ({share}) zufällig (Seed {seed}) für die Doppelkodierung gezogen.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}, stratified by {by}) for double coding.</source>
            <translation>Für die Intercoder-Reliabilität wurden {drawn} von {population} Dokumenten ({share}) zufällig (Seed {seed}, geschichtet nach {by}) für die Doppelkodierung gezogen.</translation>
        </message>
        <message>
            <source>From the study</source>
            <translation>Aus der Studie</translation>
        </message>
        <message>
            <source>From “{older}” to {newer}</source>
            <translation>Von „{older}“ zu {newer}</translation>
        </message>
        <message>
            <source>Guide question</source>
            <translation>Leitfrage</translation>
        </message>
        <message>
            <source>Intercoder reliability</source>
            <translation>Intercoder-Reliabilität</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Krippendorffs Alpha</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Methoden (Entwurf zum Anpassen)</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Keine Änderungen.</translation>
        </message>
        <message>
            <source>No codebook versions were recorded (File › Codebook versions…, or lectio codebook-snapshot).</source>
            <translation>Es wurden keine Codebuch-Versionen festgehalten (Datei › Codebuch-Versionen… oder lectio codebook-snapshot).</translation>
        </message>
        <message>
            <source>No consensus decisions were needed.</source>
            <translation>Es waren keine Konsensentscheidungen nötig.</translation>
        </message>
        <message>
            <source>No consensus decisions were recorded.</source>
            <translation>Es wurden keine Konsensentscheidungen festgehalten.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Reflexivity: the reviewers' memos</source>
            <translation>Reflexivität: die Memos der Kodierer</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Forschungsfrage:</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Kodierer</translation>
        </message>
        <message>
            <source>SRQR: Standards for Reporting Qualitative Research (21 items)</source>
            <translation>SRQR: Standards for Reporting Qualitative Research (21 Punkte)</translation>
        </message>
        <message>
            <source>Software:</source>
            <translation>Software:</translation>
        </message>
        <message numerus="yes">
            <source>The codebook was kept in %n recorded version(s), and each change between them is listed with its reason (Appendix: codebook versions).</source>
            <translation>
                <numerusform>Das Codebuch wurde in %n festgehaltenen Version geführt, und jede Änderung zwischen den Versionen ist mit ihrer Begründung aufgeführt (Anhang: Codebuch-Versionen).</numerusform>
                <numerusform>Das Codebuch wurde in %n festgehaltenen Versionen geführt, und jede Änderung zwischen ihnen ist mit ihrer Begründung aufgeführt (Anhang: Codebuch-Versionen).</numerusform>
            </translation>
        </message>
        <message>
            <source>The consensus session on the {count} disagreements has not started yet.</source>
            <translation>Die Konsenssitzung zu den {count} Abweichungen hat noch nicht begonnen.</translation>
        </message>
        <message>
            <source>The data ({documents} from {participants}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Die Daten ({documents} von {participants}) wurden mittels konventioneller Inhaltsanalyse in {software} ausgewertet: Sinneinheiten wurden identifiziert und kondensiert, kodiert, und die Codes wurden zu {categories} gruppiert und zu {themes} abstrahiert.</translation>
        </message>
        <message>
            <source>The data ({documents}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Die Daten ({documents}) wurden mittels konventioneller Inhaltsanalyse in {software} ausgewertet: Sinneinheiten wurden identifiziert und kondensiert, kodiert, und die Codes wurden zu {categories} gruppiert und zu {themes} abstrahiert.</translation>
        </message>
        <message>
            <source>The reviewers' units showed no disagreements to settle.</source>
            <translation>Die Einheiten der Kodierer zeigten keine zu klärenden Abweichungen.</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>Zu ergänzen</translation>
        </message>
        <message>
            <source>Trustworthiness dossier</source>
            <translation>Vertrauenswürdigkeits-Dossier</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Wann (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>first reviewer's version kept</source>
            <translation>Version des ersten Kodierers beibehalten</translation>
        </message>
        <message>
            <source>identical units adopted</source>
            <translation>identische Einheiten übernommen</translation>
        </message>
        <message>
            <source>second reviewer's version kept</source>
            <translation>Version des zweiten Kodierers beibehalten</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>dem aktuellen Codebuch</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>nicht definiert</translation>
        </message>
        <message>
            <source>unit edited together</source>
            <translation>Einheit gemeinsam bearbeitet</translation>
        </message>
        <message>
            <source>unit rejected</source>
            <translation>Einheit verworfen</translation>
        </message>
        <message>
            <source>versions merged</source>
            <translation>Versionen zusammengeführt</translation>
        </message>
        <message>
            <source>{answered} of {count} items answered from the study; the others are marked “{mark}”.</source>
            <translation>{answered} von {count} Punkten aus der Studie beantwortet; die übrigen sind mit „{mark}“ markiert.</translation>
        </message>
        <message>
            <source>{first} and {second} coded independently; {both} of {documents} documents were coded by both. Agreement before consensus, at the character level and pooled over all codes, was Krippendorff's alpha {alpha} (95 % bootstrap CI {ci}, {resamples} resamples; Hayes &amp; Krippendorff 2007) and Cohen's kappa {kappa}.</source>
            <translation>{first} und {second} kodierten unabhängig voneinander; {both} von {documents} Dokumenten wurden von beiden kodiert. Die Übereinstimmung vor dem Konsens, auf Zeichenebene und über alle Codes gepoolt, betrug Krippendorffs Alpha {alpha} (95-%-Bootstrap-KI {ci}, {resamples} Stichproben; Hayes &amp; Krippendorff 2007) und Cohens Kappa {kappa}.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <source>{mark}: no reviewer memos or first impressions were written in the study.</source>
            <translation>{mark}: In der Studie wurden keine Memos der Kodierer oder ersten Eindrücke geschrieben.</translation>
        </message>
        <message>
            <source>{mark}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</source>
            <translation>{mark}: In Lectio wurde keine Stichprobe gezogen (lectio icr-sample STUDY --share 0.2 --seed N).</translation>
        </message>
        <message>
            <source>{name} (automatic)</source>
            <translation>{name} (automatisch)</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements settled.</source>
            <translation>{resolved} von {total} Abweichungen geklärt.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale.</source>
            <translation>{resolved} von {total} Abweichungen wurden im Konsens geklärt, jede Entscheidung mit ihrer Begründung festgehalten.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale; {open} remain open.</source>
            <translation>{resolved} von {total} Abweichungen wurden im Konsens geklärt, jede Entscheidung mit ihrer Begründung festgehalten; {open} sind noch offen.</translation>
        </message>
        <message>
            <source>{title} — Trustworthiness dossier</source>
            <translation>{title} — Vertrauenswürdigkeits-Dossier</translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier.answers</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n teilnehmende Person</numerusform>
                <numerusform>%n Teilnehmende</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) appear in more than one document: {names}.</source>
            <translation>
                <numerusform>%n teilnehmende Person kommt in mehr als einem Dokument vor: {names}.</numerusform>
                <numerusform>%n Teilnehmende kommen in mehr als einem Dokument vor: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time-stamped transcript(s) imported into {software}; every change to the analysis is logged in the study's audit trail.</source>
            <translation>
                <numerusform>%n Transkript mit Zeitmarken in {software} importiert; jede Änderung an der Analyse wird im Audit-Trail der Studie protokolliert.</numerusform>
                <numerusform>%n Transkripte mit Zeitmarken in {software} importiert; jede Änderung an der Analyse wird im Audit-Trail der Studie protokolliert.</numerusform>
            </translation>
        </message>
        <message>
            <source>An audit trail of every analytic step</source>
            <translation>Ein Audit-Trail jedes Analyseschritts</translation>
        </message>
        <message>
            <source>Coded by {names} in {software}: meaning units, condensed meanings, codes, {categories} categories and {themes} themes.</source>
            <translation>Kodiert von {names} in {software}: Sinneinheiten, kondensierte Sinneinheiten, Codes, {categories} Kategorien und {themes} Themen.</translation>
        </message>
        <message>
            <source>Conventional content analysis (inductive; codes derived from the data).</source>
            <translation>Konventionelle Inhaltsanalyse (induktiv; Codes aus den Daten abgeleitet).</translation>
        </message>
        <message>
            <source>Conventional content analysis: meaning units were identified in the text, condensed, coded, and codes clustered into categories and abstracted into themes (recorded in Lectio).</source>
            <translation>Konventionelle Inhaltsanalyse: Sinneinheiten wurden im Text identifiziert, kondensiert und kodiert, die Codes zu Kategorien gruppiert und zu Themen abstrahiert (in Lectio dokumentiert).</translation>
        </message>
        <message>
            <source>Derived from the data: codes were formed while reading and sorted into categories and themes.</source>
            <translation>Aus den Daten abgeleitet: Codes wurden beim Lesen gebildet und in Kategorien und Themen sortiert.</translation>
        </message>
        <message>
            <source>Interviewer(s) as recorded in the transcripts: {names}.</source>
            <translation>Interviewende laut den Transkripten: {names}.</translation>
        </message>
        <message>
            <source>Quotations are exported with their document and participant, and with the time stamp (transcripts) or page (articles) they come from.</source>
            <translation>Zitate werden mit ihrem Dokument und ihrer teilnehmenden Person sowie mit der Zeitmarke (Transkripte) oder Seite (Artikel) exportiert, aus der sie stammen.</translation>
        </message>
        <message>
            <source>Reviewers' memos and first impressions are kept in the study (see the reflexivity section).</source>
            <translation>Memos und erste Eindrücke der Kodierer sind in der Studie festgehalten (siehe den Abschnitt zur Reflexivität).</translation>
        </message>
        <message>
            <source>The latest time stamp in any transcript is {minutes} minutes.</source>
            <translation>Die späteste Zeitmarke in einem Transkript liegt bei {minutes} Minuten.</translation>
        </message>
        <message>
            <source>a logged consensus procedure</source>
            <translation>ein protokolliertes Konsensverfahren</translation>
        </message>
        <message>
            <source>independent double coding with agreement figures</source>
            <translation>unabhängige Doppelkodierung mit Übereinstimmungswerten</translation>
        </message>
        <message>
            <source>versioned codebooks</source>
            <translation>versionierte Codebücher</translation>
        </message>
        <message>
            <source>{count} of {total} documents are time-stamped transcripts of recordings.</source>
            <translation>{count} von {total} Dokumenten sind Transkripte von Aufnahmen mit Zeitmarken.</translation>
        </message>
        <message>
            <source>{documents}.</source>
            <translation>{documents}.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>{participants} ({documents}).</source>
            <translation>{participants} ({documents}).</translation>
        </message>
        <message>
            <source>{participants}, {documents}.</source>
            <translation>{participants}, {documents}.</translation>
        </message>
        <message>
            <source>{software} (qualitative content analysis workbench).</source>
            <translation>{software} (Werkbank für qualitative Inhaltsanalyse).</translation>
        </message>
        <message numerus="yes">
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded version(s).</source>
            <translation>
                <numerusform>{themes} Themen, {categories} Kategorien und {codes} Codes; das Codebuch mit Definitionen, Ein- und Ausschlusskriterien wird aus Lectio exportiert, mit %n dokumentierten Version.</numerusform>
                <numerusform>{themes} Themen, {categories} Kategorien und {codes} Codes; das Codebuch mit Definitionen, Ein- und Ausschlusskriterien wird aus Lectio exportiert, mit %n dokumentierten Versionen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio.</source>
            <translation>{themes} Themen, {categories} Kategorien und {codes} Codes; das Codebuch mit Definitionen, Ein- und Ausschlusskriterien wird aus Lectio exportiert.</translation>
        </message>
    </context>
</TS>
