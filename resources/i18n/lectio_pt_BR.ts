<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>AgreementPanel</name>
        <message>
            <source>Only documents both reviewers coded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compute agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement figures appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot compute agreement: {plain_reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({value} units) and &lt;b&gt;{name2}&lt;/b&gt; ({value2} units) over {documents} document(s). Pooled over all codes: agreement {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Units matched at overlap ≥ {threshold:.0%}: {matched} matched, {only_a} only {name}, {only_b} only {name2}; κ of codes on matched units {fmt4}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnalysisTable</name>
        <message>
            <source>Filter the analysis table (any column)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total:,} meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown:,} of {total:,} meaning units</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnalysisView</name>
        <message>
            <source>Count only the meaning units a saved coding query selects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restrict to query:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coding queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns: values of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a row or an edge of the network to see its meaning units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(code:Pain OR category:Coping) AND Role = nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved queries (double-click to run):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the study…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the study for analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count:,} meaning units, {count2} documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the study: {plain_reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} × {value}: click to see the meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query {expression}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx);;Word (*.docx);;Chart as PNG, 300 dpi (*.png);;Chart as SVG (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {written}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutocodeDialog</name>
        <message>
            <source>Autocode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words, or a regular expression such as night\s+shifts?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a code for every unit (new or existing); empty: units only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview shows the units before anything is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autocode by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyword or pattern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{units}, {reused} already marked</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>Move with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge {codes} into “{survivor}”?

{units} will carry “{survivor}” instead; {others} will be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this code (the others merge into it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {count} items</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n code(s): {units} will lose the code(s) (the units themselves stay).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n theme(s): its categories, holding {units}, go back to Unsorted.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hygiene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New category (in the selected theme)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New code (in the selected category)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a card onto a card to make a pile, onto a pile to join it; drag piles into themes. Keys: arrows, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hygiene ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the sorting table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codebook hygiene</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message>
            <source>{name}
{units} in {documents}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{units} · {documents}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n doc(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <source>Select a code, category or theme to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the code means: a sentence another reviewer could apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the code when…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not use it when…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memo: doubts, decisions, how the code changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exemplar quote (from the code's own units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What holds this together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? An optional reason for the change you just made, kept in the codebook's version history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Select a card, a pile or a theme&lt;/b&gt; (on the table or in the tree) to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the code has no meaning units yet)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Code this unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a code name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{unit_label}&lt;/b&gt;&lt;br&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter assigns · a new name creates the code · a ✓ code is removed · Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the note: “{from_note}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the code's name from your note (Alt+N); edit it before pressing Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this code from the unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign this code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>＋ Create code “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CodebookTreeModel</name>
        <message>
            <source>Drop here to take items out of their theme or category</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CodebookTreeView</name>
        <message>
            <source>New theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> in this theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> in this category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename	F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to…	Ctrl+M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge selected codes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CodebookVersionsDialog</name>
        <message>
            <source>Codebook versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the codebook as it is now as a named version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare from version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare to version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes between the two versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions kept at milestones (Lectio also keeps one before each merge)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the current codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the milestone (e.g. “after pilot coding”):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep a version to compare it with later ones.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge conflicts — decide each one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same item was changed in both files, or deleted in one and edited in the other. Nothing was overwritten: choose which version stays.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsensusView</name>
        <message>
            <source>Show resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only documents both coded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out documents one of the two reviewers has not coded at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopt identical units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy every unit both reviewers made identically into the consensus layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disagreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale: why the two of you settled it this way (kept in the log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next unresolved (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disagreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} (consensus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next unresolved disagreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous disagreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+F8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose two different reviewers to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value}
{a_name} vs {b_name}
{words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;i&gt;No disagreement selected.&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;i&gt;Nothing to settle: the two reviewers agree everywhere they coded.&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · overlap {share:.0%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accept_a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (no unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accept_b</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Settled:&lt;/b&gt; {get} by {decided_by} on {replace}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted {value} identical unit(s) into the consensus layer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show documents by reading status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>○ not started   ◐ in progress   ● done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename	F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…	Del</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Pass {col} – {value}: {status_word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}
{chars:,} characters, {pages}
F2 renames it, Delete removes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pass {number} {status}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DossierDialog</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only part of the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit the audit trail to a date range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bootstrap resamples for alpha's confidence interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>COREQ and SRQR filled from the study, the audit trail, the codebook's versions, the intercoder reliability plan and results, and a methods paragraph.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bootstrap &amp;resamples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditConsensusDialog</name>
        <message>
            <source>Edit the consensus unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the words of the consensus unit, then tick its codes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All reviewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include numbers of meaning units and documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer &amp;layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exemplar &amp;quotes per code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HygienePanel</name>
        <message>
            <source>The codebook is tidy: nothing to report.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n thing(s) to look at:</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProgressDialog</name>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import documents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from another &amp;QDA program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA &amp;codebook (.qdc)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Study &amp;properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create &amp;reviewer copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge reviewer's file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;viewers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Lectio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Reviewer: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose layer you are reading and coding (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo {undoText}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo {redoText}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated from file format {migrated_from}; the old file is kept as {backup_path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lectio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working as {currentText} — choose your own name in the Reviewer box (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer: {currentText}  </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}
Every change is saved as you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a Lectio project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lectio projects (*.lectio);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the demo study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;{APP_NAME} {__version__}&lt;/h3&gt;&lt;p&gt;A workbench for qualitative content analysis: immersion, meaning units, annotation, codes, categories, themes and consensus.&lt;/p&gt;&lt;p&gt;Your project is one .lectio file on this computer. Nothing is sent anywhere.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>    Opening {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move {what} to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? An optional reason, kept in the codebook's version history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the move</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkChart</name>
        <message>
            <source>No two codes share a unit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Care partnerships at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The research question this analysis answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New study.lectio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the new project as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.lectio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research &amp;question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New study</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesMargin</name>
        <message>
            <source>Unit {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+N: add a note · Ctrl+K: code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to edit this note; right-click for more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <source>Leave interviewer turns out of meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interviewer turns are shown dimmed in the reader and skipped when you make a unit or autocode by keyword or pattern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add attribute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import attributes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export attributes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants yet. Import a transcript (.vtt, .srt, a Teams/Otter .docx or .txt) and its speakers appear here, or add participants and import their attributes from a CSV or Excel table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name or code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the two rows that are the same person (the first is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is the same person as {name2}?

Every turn and document of {name} goes to {name2}, and {name} is removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add attribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attribute name (for example Age, Site, Role):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type of {name}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The values, separated by commas:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables (*.csv *.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the participant the document belongs to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document that belongs to {name}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autocode…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n participant(s). Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PileItem</name>
        <message>
            <source>Category: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{codes} · {units}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drop cards here</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lectio shows the new language when it starts again. The language of a study's exported documents is set in File › Study properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PseudonymiseDialog</name>
        <message>
            <source>Pseudonymise the study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every participant's name becomes a code (P01, P02 …; interviewers I01 …), and every name or place listed below becomes [name] — or the code you give after '=' (St Mary's = [hospital]). Meaning units stay on their words. The key (code → real name) goes to a file you choose; it is never stored in the study.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anna
St Mary's Hospital = [hospital]
Riverside = [town]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pseudonymise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other names and places, one a line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the key to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pseudonymise — this is final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The real names will be replaced throughout the study and removed from the whole file: the text, the stored original files (replaced by the pseudonymised text), the audit trail and the undo history. This cannot be undone.

The automatic backups beside the study still hold the real names.

Pseudonymise now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file the key is written to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReaderEditing</name>
        <message>
            <source>Select the words of the unit first, then press M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interviewer turns are left out of meaning units (Participants › setting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create meaning unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That unit belongs to another reviewer and is read-only here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to one of your units first (N / P), then add a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A thought, an impression, a first analysis…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit has no notes of yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verb} note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which note?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to one of your units first (N / P), then code it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create code from this note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove code “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First impressions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your first impressions of &lt;b&gt;{value}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What strikes you on a first reading?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First impressions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No documents yet — File › Import documents (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass {pass_no}: {value} {status_word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{format_duration} read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not timed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass {pass_no} – {value}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: on the Codebook board</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RefiImportDialog</name>
        <message>
            <source>Import {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &lt;b&gt;{name}&lt;/b&gt; into this study. Codings sit on the words the other program marked; if they look shifted by a character or two, import again and choose how that program counted positions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection positions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplaceDialog</name>
        <message>
            <source>Find and replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In this document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In every document of the study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every place that would change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview shows every place before anything changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Replace the ticked places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace &amp;with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} place(s) in {count2} document(s); {sum} unit(s) would move and {waiting} would need review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” was not found.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{label} — %n unit(s) to review</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message>
            <source>Select a code, category or theme to see its meaning units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} in {documents} (click one to read it in context)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review corrected units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units a correction changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;selected reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;all reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete selected units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each unit keeps its span over the corrected words. Double-click one to see it in the text; an emptied unit lost all its words and can be deleted or re-drawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(words deleted: the unit is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} unit(s) wait for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No corrected units wait for review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {count} meaning unit(s) with their codes and notes? (Ctrl+Z undoes it.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewerCopyDialog</name>
        <message>
            <source>Create a reviewer copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The second reviewer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blind: leave out every other reviewer's meaning units, notes and codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the {count} documents drawn for double coding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the documents drawn for double coding (none drawn yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the copy as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.lectio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewersDialog</name>
        <message>
            <source>Reviewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of a new reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reviewer}  — consensus layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaturationChart</name>
        <message>
            <source>saturation at {saturation_at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents, in {order_by} order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distinct codes (cumulative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New codes in the run (ratio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>distinct codes so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ratio of new codes (run at k)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>threshold {value:g} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#f3eed7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>base ({base})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavePathField</name>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a "quoted phrase"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searches text, condensed meanings, notes, memos and codes · ↓ to the results · Enter or click to open the place · Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{places} in {documents} and the codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{places} in {documents}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Lectio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read, mark meaning units, annotate, code, sort into categories and themes — and reach consensus with a second reviewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the demo study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter to open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;small&gt;Version {__version__}. Everything stays on this computer: one .lectio file per study, saved as you work.&lt;/small&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{entry}   (missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent projects yet — try the demo study.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudyDialog</name>
        <message>
            <source>Study properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The question the analysis answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the exported Word and Excel documents (headings, methods paragraphs, numbers and dates); it may differ from the window's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Research question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Documents in:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudyGuard</name>
        <message>
            <source>No backup was written: {last_backup_error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  Read-only: {read_only_reason}. You can read, search and export; changes cannot be saved. To work in it, copy the file to a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudyPreview</name>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableScene</name>
        <message>
            <source>{piles} into theme {theme}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{piles} out of their theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New pile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New pile {n}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pile(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n theme area(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n card(s) out of their pile</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>TableView</name>
        <message>
            <source>New card here	Ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New pile here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New theme area here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename	F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to…	M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge the selected cards…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a pile of the selected cards	Ctrl+G</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take out of the pile	Ctrl+Shift+G</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom to fit	Ctrl+0</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextEditMode</name>
        <message>
            <source>Editing the text: meaning units follow their words. Save (Ctrl+S) applies every change as one correction; Cancel (Esc) drops them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the corrected text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This document holds characters the editor would change (line or page separators); correct it with File › … or `lectio replace-text` instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected {places}: {moved} moved, {changed} changed, {emptied} emptied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} — review them (Ctrl+Shift+U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text editing cancelled; nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ThemeArea</name>
        <message>
            <source>Theme: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitDelegate</name>
        <message>
            <source>Condensed meaning — Enter keeps it, Shift+Enter for a new line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <source>Choose a cell, an edge or run a query to see its meaning units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}: {units} (the first {shown} shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}: {units}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to read it in its document</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>UnitListModel</name>
        <message>
            <source>Unit {value}: {value2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; codes: {codes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitPanel</name>
        <message>
            <source>Meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select text and press M to make a unit.
N / P: next / previous · F2: condense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units — {reviewer_name} ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionPanel</name>
        <message>
            <source>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;No meaning unit here.&lt;/i&gt;&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;i&gt;{escape} did not mark this passage.&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;i&gt;no code&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt; {codes}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codebook board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codebook &amp;board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Consensus session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>analysis.analysis_view</name>
        <message>
            <source>All reviewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(every unit)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>analysis.charts</name>
        <message>
            <source>Meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{singular} by {by}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {count} strongest pairs; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-occurrence network ({shown}edge width = meaning units carrying both codes, node size = units carrying the code). {definition}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code saturation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board.analysis_table</name>
        <message>
            <source>Meaning unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board.code_editor</name>
        <message>
            <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;On the table&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag a card onto another card to start a pile (name it, then Enter); drop cards on a pile to add them; drag a card to bare table to take it out; drag a pile into a theme area. Right-click for new cards, piles and theme areas.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab choose · arrows move (Shift: further) · Ctrl+G make a pile · Ctrl+Shift+G take out of the pile · M move to… · F2 rename · Del delete · Ins new card · Ctrl+wheel, Ctrl+= / Ctrl+− zoom · Ctrl+0 fit · middle-drag or Space+drag pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;In the tree&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag rows onto a category or theme (or an Unsorted bin); F2 rename · Ctrl+M move to… · Del delete · right-click to create, colour or merge.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board.hygiene_panel</name>
        <message>
            <source>no meaning unit carries it yet — merge it, or delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drag it onto a pile or a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drop codes into it, or delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drop piles into it, or delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a category usually gathers several codes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board.move_dialog</name>
        <message>
            <source>Unsorted (no category)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsorted (no theme)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inside category: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board.retrieval_panel</name>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board.tree_model</name>
        <message>
            <source>Codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Docs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsorted categories (no theme)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsorted codes (no category)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>consensus.agreement_panel</name>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohen's κ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Krippendorff's α</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters coded by both / A only / B only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>consensus.consensus_view</name>
        <message>
            <source>Accept A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one reviewer, {escape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reviewer yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;A second reviewer is needed&lt;/h2&gt;&lt;p&gt;Consensus compares two reviewers' meaning units and codes, disagreement by disagreement. This study has {who}.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;Edit › Reviewers…&lt;/b&gt; (Ctrl+Shift+R) when the second reviewer codes on this computer, or &lt;b&gt;File › Create reviewer copy…&lt;/b&gt; to give them a file of their own and, when it comes back, &lt;b&gt;File › Merge reviewer's file…&lt;/b&gt;.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dossier_flow</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>excepthook</name>
        <message>
            <source>“{action}” was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your last change may not have been saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange_flow</name>
        <message>
            <source>{count} thing(s) need your attention — see the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: cancelled; the project is unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic — the REFI-QDA standard, unless the file proves otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unicode code points — the REFI-QDA standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 code units — as NVivo for Windows counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from another QDA program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind};;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {name}: {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge a reviewer's file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {out}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {name} for {name2}{value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send it to {name}; merge it back with File › Merge reviewer's file… when the coding is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a reviewer copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>Wrote {out}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} cancelled; nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.docx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the analysis table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>analysis table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word documents (*.docx);;CSV for Excel (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Codebook (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Analysis table (Word or CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus &amp;report (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the consensus report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>consensus report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trustworthiness &amp;dossier (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codebook &amp;versions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a REFI-QDA project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.qdpx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA code&amp;book (.qdc)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a REFI-QDA codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.qdc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFI-QDA codebooks (*.qdc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Lectio guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_flow</name>
        <message>
            <source>Import documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents ({patterns});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File {value} of {total}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import stopped: {plain_reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ {line} — you will be asked for its password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is encrypted. Password:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n was already in the study and was skipped.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n file(s) not imported.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {count} of %n file(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>the demo study</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>participants_dialogs</name>
        <message>
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every interviewer turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyword</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regular expression</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>passes</name>
        <message>
            <source>Immersion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annotation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.actions</name>
        <message>
            <source>Pass &amp;1 – Immersion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read calmly, without coding controls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass &amp;2 – Meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark meaning units and condense them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass &amp;3 – Annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write notes beside units; form codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark this pass done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the document read in this pass (again: back to in progress)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First impressions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your first-impressions memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make &amp;meaning unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a meaning unit from the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete meaning unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit start one word earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit start one word later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit end one word earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit end one word later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;condensed meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;note to unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Code unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign, create or remove a code (type-ahead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;other reviewers' units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The other reviewers' units in their colour, dashed and read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next &amp;pane (documents, text, units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the focus to the next pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find in document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search the project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;text (correct the transcript)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the document's words in place; meaning units follow their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find and &amp;replace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace words in this document or the whole study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;view corrected units…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The units a correction changed, old and new side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.document_actions</name>
        <message>
            <source>Remove “{name}” from the study?

Its {sentence} go with it (every reviewer's). Edit › Undo brings them all back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.document_list</name>
        <message>
            <source>not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time you have spent reading (all passes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished (all passes done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass 1 to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass 2 to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass 3 to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass {number} – {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.unit_panel</name>
        <message>
            <source>Condensed meaning — F2 to write</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>consensus.methods</name>
        <message numerus="yes">
            <source>%n disagreement(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement, so it is not a figure to report on its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; per-code kappa ranged from {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed (identical)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement was computed at the character level for each of the {codes} codes over the {documents} both reviewers coded ({characters} characters; a character counts as coded with a code when a meaning unit carrying the code covers it). Pooled over all codes, Cohen's kappa was {kappa} and Krippendorff's alpha (nominal) {alpha}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {threshold:g}): {pairs} matched, {only_a} units were made only by {a} and {only_b} only by {b}; on matched units, kappa for the codes was {kappa}. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No document has been coded by both reviewers yet, so there are no agreement figures to report. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comparison found no disagreements to settle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comparison found {found}; all {total} were discussed in consensus sessions and settled ({how}); each decision was recorded with its rationale, who decided and when, and the agreed units form the consensus layer used in the analysis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comparison found {found}; the consensus session has not started yet, so none has been settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comparison found {found}; the consensus session is under way: {resolved} of them have been settled so far ({how}) and {open} remain open. Each decision is recorded with its rationale, who decided and when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by adopting identical units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{both} of {documents} were coded by both ({units_a} by {a} and {units_b} by {b} in them). </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently, each in a blind copy of the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>consensus.report</name>
        <message>
            <source>Agreement on meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement per code (character level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus report — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched at Jaccard ≥ {threshold:g}: {matched}; only {a}: {only_a}; only {b}: {only_b}; identical codes on {identical} of {matched} matched units; kappa for codes on matched units {kappa}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No decisions yet: the consensus session has not started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the {count} document(s) both reviewers coded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Percent agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewers compared: {a} and {b}. Disagreements {progress}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undefined: the code was used by neither reviewer (or by both everywhere), so there is no variation to agree on. Pooled: all codes' character vectors taken together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — Consensus report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exporters</name>
        <message>
            <source>p. {page}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exporters.analysis_figures</name>
        <message>
            <source> — in brackets: distinct codes so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code saturation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matrix: {rows} × {by} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New codes (names)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rows yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No two codes share a meaning unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too few documents for a run: {count} documents, base {base}, run {run}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>co-occurrence table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saturation table</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exporters.analysis_table</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis table: meaning units, condensed meanings, codes, categories and themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meaning units yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quoted meaning unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all reviewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the consensus layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} from {layer}, in document order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — Analysis table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — {units} from {layer}, in document order; exported {date}. One row per meaning unit: its document and page, the reviewer who marked it, the quoted text, its condensed meaning, codes, categories, themes and notes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exporters.codebook</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) not yet sorted into a category: listed in the appendix.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Agreement between reviewers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appendix: codes not yet sorted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes and categories that have not been placed under a theme yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes without a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definition:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclude:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning units:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Methods summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No codes in this category yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No themes yet: codes and categories are still being sorted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table 1. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The analysis covers {documents}, read by {reviewers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consensus layer holds {units}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reviewers marked {units}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes and the categories they hold, with the number of codes, meaning units and documents behind each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes and the categories they hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They were coded with {codes}, grouped into {categories} and {themes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This codebook draws on {reviewer}'s {units}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all reviewers' meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the consensus layer (units agreed by the reviewers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reviewer}'s meaning units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — Codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{units} in {documents}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exporters.dossier</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded step(s) of the analysis, oldest first (reading time is not listed).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n researcher(s) coded the data ({names}).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After consensus, each reviewer compared with the consensus layer (pooled over all codes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alpha 95 % CI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codebook versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every analytic step is recorded in the study's audit trail (Appendix: audit trail).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer than two reviewers have coded the material, so there is no agreement to report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}) for double coding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}, stratified by {by}) for double coding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From “{older}” to {newer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intercoder reliability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No codebook versions were recorded (File › Codebook versions…, or lectio codebook-snapshot).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consensus decisions were needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consensus decisions were recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflexivity: the reviewers' memos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Software:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The codebook was kept in %n recorded version(s), and each change between them is listed with its reason (Appendix: codebook versions).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The consensus session on the {count} disagreements has not started yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data ({documents} from {participants}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data ({documents}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reviewers' units showed no disagreements to settle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trustworthiness dossier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first reviewer's version kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>identical units adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second reviewer's version kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the current codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undefined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unit edited together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unit rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>versions merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{answered} of {count} items answered from the study; the others are marked “{mark}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {second} coded independently; {both} of {documents} documents were coded by both. Agreement before consensus, at the character level and pooled over all codes, was Krippendorff's alpha {alpha} (95 % bootstrap CI {ci}, {resamples} resamples; Hayes &amp; Krippendorff 2007) and Cohen's kappa {kappa}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mark}: no reviewer memos or first impressions were written in the study.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mark}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (automatic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{resolved} of {total} disagreements settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale; {open} remain open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — Trustworthiness dossier</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
