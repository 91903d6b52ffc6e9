<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AgreementPanel</name>
        <message>
            <source>Only documents both reviewers coded</source>
            <translation>Seulement les documents codés par les deux codeurs</translation>
        </message>
        <message>
            <source>Compute agreement</source>
            <translation>Calculer l'accord</translation>
        </message>
        <message>
            <source>Agreement figures appear here.</source>
            <translation>Les indicateurs d'accord s'affichent ici.</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Indicateurs d'accord</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Cannot compute agreement: {plain_reason}</source>
            <translation>Impossible de calculer l'accord : {plain_reason}</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({value} units) and &lt;b&gt;{name2}&lt;/b&gt; ({value2} units) over {documents} document(s). Pooled over all codes: agreement {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Units matched at overlap ≥ {threshold}: {matched} matched, {only_a} only {name}, {only_b} only {name2}; κ of codes on matched units {fmt4}.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({value} unités) et &lt;b&gt;{name2}&lt;/b&gt; ({value2} unités) sur {documents} document(s). Tous codes confondus : accord {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Unités appariées pour un chevauchement ≥ {threshold} : {matched} appariées, {only_a} seulement {name}, {only_b} seulement {name2} ; κ des codes sur les unités appariées {fmt4}.</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Tous codes confondus</translation>
        </message>
    </context>
    <context>
        <name>AnalysisTable</name>
        <message>
            <source>Filter the analysis table</source>
            <translation>Filtrer le tableau d'analyse</translation>
        </message>
        <message>
            <source>Filter the analysis table (any column)…</source>
            <translation>Filtrer le tableau d'analyse (toutes les colonnes)…</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tableau d'analyse</translation>
        </message>
        <message>
            <source>Meaning units with their condensed meaning, code, category and theme. Press Enter to show a unit in the reader.</source>
            <translation>Les unités de sens avec leur unité de sens condensée, leur code, leur catégorie et leur thème. Appuyez sur Enter pour afficher une unité dans le lecteur.</translation>
        </message>
        <message>
            <source>{total} meaning units</source>
            <translation>{total} unités de sens</translation>
        </message>
        <message>
            <source>{shown} of {total} meaning units</source>
            <translation>{shown} sur {total} unités de sens</translation>
        </message>
    </context>
    <context>
        <name>AnalysisView</name>
        <message>
            <source>Count only the meaning units a saved coding query selects</source>
            <translation>Ne compter que les unités de sens sélectionnées par une requête de codage enregistrée</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Couche :</translation>
        </message>
        <message>
            <source>Restrict to query:</source>
            <translation>Limiter à la requête :</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrice</translation>
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation>Cooccurrence</translation>
        </message>
        <message>
            <source>Saturation</source>
            <translation>Saturation</translation>
        </message>
        <message>
            <source>Coding queries</source>
            <translation>Requêtes de codage</translation>
        </message>
        <message>
            <source>Participant attribute of the columns</source>
            <translation>Attribut des participants pour les colonnes</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>codes</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>catégories</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>thèmes</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Compter</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unités</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Columns: values of</source>
            <translation>Colonnes : valeurs de</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Lignes :</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Compter :</translation>
        </message>
        <message>
            <source>Press Enter on a cell to list its meaning units.</source>
            <translation>Appuyez sur Enter sur une cellule pour lister ses unités de sens.</translation>
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
            <translation>Unités</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Chevauchements</translation>
        </message>
        <message>
            <source>Co-occurring codes</source>
            <translation>Codes cooccurrents</translation>
        </message>
        <message>
            <source>Click a row or an edge of the network to see its meaning units.</source>
            <translation>Cliquez sur une ligne ou une arête du réseau pour voir ses unités de sens.</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>How many interviews form the base of the saturation count.</source>
            <translation>Nombre d'entretiens formant la base du calcul de saturation.</translation>
        </message>
        <message>
            <source>How many interviews each run adds.</source>
            <translation>Nombre d'entretiens ajoutés à chaque série.</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <source>The share of new codes at or below which a run counts as saturated.</source>
            <translation>La proportion de nouveaux codes à partir de laquelle (ou en dessous de laquelle) une série est considérée comme saturée.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Sentence for the methods section</source>
            <translation>Phrase pour la section méthodes</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Query expression</source>
            <translation>Expression de requête</translation>
        </message>
        <message>
            <source>Codes, categories, themes and attributes combined with AND, OR, NOT, OVERLAPPING and WITHIN; Enter runs it.</source>
            <translation>Codes, catégories, thèmes et attributs combinés avec AND, OR, NOT, OVERLAPPING et WITHIN ; Enter l'exécute.</translation>
        </message>
        <message>
            <source>(code:Pain OR category:Coping) AND Role = nurse</source>
            <translation>(code:Pain OR category:Coping) AND Role = nurse</translation>
        </message>
        <message>
            <source>{count} meaning units, {count2} documents</source>
            <translation>{count} unités de sens, {count2} documents</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Saved queries (double-click to run):</source>
            <translation>Requêtes enregistrées (double-clic pour exécuter) :</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Lecture de l'étude…</translation>
        </message>
        <message>
            <source>Reading the study for analysis</source>
            <translation>Lecture de l'étude pour l'analyse</translation>
        </message>
        <message>
            <source>Cannot read the study: {plain_reason}</source>
            <translation>Impossible de lire l'étude : {plain_reason}</translation>
        </message>
        <message>
            <source>{name} × {value}: click to see the meaning units</source>
            <translation>{name} × {value} : cliquez pour voir les unités de sens</translation>
        </message>
        <message>
            <source>Query {expression}</source>
            <translation>Requête {expression}</translation>
        </message>
        <message>
            <source>Save the query</source>
            <translation>Enregistrer la requête</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Export the matrix</source>
            <translation>Exporter la matrice</translation>
        </message>
        <message>
            <source>Export the co-occurrence table</source>
            <translation>Exporter le tableau des cooccurrences</translation>
        </message>
        <message>
            <source>Export the saturation table</source>
            <translation>Exporter le tableau de saturation</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;Word (*.docx);;Chart as PNG, 300 dpi (*.png);;Chart as SVG (*.svg)</source>
            <translation>Excel (*.xlsx);;Word (*.docx);;Graphique en PNG, 300 dpi (*.png);;Graphique en SVG (*.svg)</translation>
        </message>
        <message>
            <source>Wrote {written}</source>
            <translation>{written} écrit</translation>
        </message>
    </context>
    <context>
        <name>AutocodeDialog</name>
        <message>
            <source>Autocode</source>
            <translation>Codage automatique</translation>
        </message>
        <message>
            <source>words, or a regular expression such as night\s+shifts?</source>
            <translation>des mots, ou une expression régulière comme night\s+shifts?</translation>
        </message>
        <message>
            <source>a code for every unit (new or existing); empty: units only</source>
            <translation>un code pour chaque unité (nouveau ou existant) ; vide : unités seulement</translation>
        </message>
        <message>
            <source>Preview of the units to code</source>
            <translation>Aperçu des unités à coder</translation>
        </message>
        <message>
            <source>Preview shows the units before anything is changed.</source>
            <translation>L'aperçu montre les unités avant toute modification.</translation>
        </message>
        <message>
            <source>Autocode by</source>
            <translation>Coder automatiquement par</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Locuteur</translation>
        </message>
        <message>
            <source>Keyword or pattern</source>
            <translation>Mot-clé ou motif</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>{units}, {reused} already marked</source>
            <translation>{units}, {reused} déjà délimitée(s)</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unité</numerusform>
                <numerusform>%n unités</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>Move with a reason</source>
            <translation>Déplacer avec une justification</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nouveau thème</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nouvelle catégorie</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Nouveau code</translation>
        </message>
        <message>
            <source>Merge {codes} into “{survivor}”?

{units} will carry “{survivor}” instead; {others} will be removed.</source>
            <translation>Fusionner {codes} dans « {survivor} » ?

{units} porteront « {survivor} » à la place ; {others} seront supprimés.</translation>
        </message>
        <message>
            <source>Merge codes</source>
            <translation>Fusionner des codes</translation>
        </message>
        <message>
            <source>Keep this code (the others merge into it):</source>
            <translation>Conserver ce code (les autres y sont fusionnés) :</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Vous pouvez annuler cette opération.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete {count} items</source>
            <translation>Supprimer {count} éléments</translation>
        </message>
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
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Supprimer %n catégorie : ses codes, qui portent {units}, retournent dans Non classés.</numerusform>
                <numerusform>Supprimer %n catégories : leurs codes, qui portent {units}, retournent dans Non classés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n code(s): {units} will lose the code(s) (the units themselves stay).</source>
            <translation>
                <numerusform>Supprimer %n code : {units} perdront ce code (les unités elles-mêmes restent).</numerusform>
                <numerusform>Supprimer %n codes : {units} perdront ces codes (les unités elles-mêmes restent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n theme(s): its categories, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Supprimer %n thème : ses catégories, qui portent {units}, retournent dans Non classés.</numerusform>
                <numerusform>Supprimer %n thèmes : leurs catégories, qui portent {units}, retournent dans Non classés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Details of the chosen item</source>
            <translation>Détails de l'élément choisi</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unités de sens</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tableau d'analyse</translation>
        </message>
        <message>
            <source>Hygiene</source>
            <translation>Hygiène</translation>
        </message>
        <message>
            <source>+ Theme</source>
            <translation>+ Thème</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nouveau thème</translation>
        </message>
        <message>
            <source>+ Category</source>
            <translation>+ Catégorie</translation>
        </message>
        <message>
            <source>New category (in the selected theme)</source>
            <translation>Nouvelle catégorie (dans le thème sélectionné)</translation>
        </message>
        <message>
            <source>+ Code</source>
            <translation>+ Code</translation>
        </message>
        <message>
            <source>New code (in the selected category)</source>
            <translation>Nouveau code (dans la catégorie sélectionnée)</translation>
        </message>
        <message>
            <source>Drag a card onto a card to make a pile, onto a pile to join it; drag piles into themes. Keys: arrows, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</source>
            <translation>Faites glisser une carte sur une carte pour former une pile, sur une pile pour la rejoindre ; faites glisser les piles dans des thèmes. Touches : flèches, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</translation>
        </message>
        <message>
            <source>Hygiene ({n})</source>
            <translation>Hygiène ({n})</translation>
        </message>
        <message>
            <source>Fit the sorting table</source>
            <translation>Ajuster la table de tri</translation>
        </message>
        <message>
            <source>Codebook hygiene</source>
            <translation>Hygiène du livre de codes</translation>
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message>
            <source>{name}
{units} in {documents}</source>
            <translation>{name}
{units} dans {documents}</translation>
        </message>
        <message>
            <source>{units} · {documents}</source>
            <translation>{units} · {documents}</translation>
        </message>
        <message numerus="yes">
            <source>%n doc(s)</source>
            <translation>
                <numerusform>%n doc.</numerusform>
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
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unité</numerusform>
                <numerusform>%n unités</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <source>Select a code, category or theme to edit it.</source>
            <translation>Sélectionnez un code, une catégorie ou un thème pour le modifier.</translation>
        </message>
        <message>
            <source>What the code means: a sentence another reviewer could apply</source>
            <translation>Ce que signifie le code : une phrase qu'un autre codeur pourrait appliquer</translation>
        </message>
        <message>
            <source>Use the code when…</source>
            <translation>Utiliser le code quand…</translation>
        </message>
        <message>
            <source>Do not use it when…</source>
            <translation>Ne pas l'utiliser quand…</translation>
        </message>
        <message>
            <source>Memo: doubts, decisions, how the code changed</source>
            <translation>Mémo : doutes, décisions, évolution du code</translation>
        </message>
        <message>
            <source>Exemplar quote (from the code's own units)</source>
            <translation>Citation exemplaire (tirée des unités du code)</translation>
        </message>
        <message>
            <source>What holds this together</source>
            <translation>Ce qui unit cet ensemble</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Mémo</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Critères d'inclusion</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Critères d'exclusion</translation>
        </message>
        <message>
            <source>Memo of the code</source>
            <translation>Mémo du code</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Why? An optional reason for the change you just made, kept in the codebook's version history</source>
            <translation>Pourquoi ? Une justification facultative de la modification que vous venez de faire, conservée dans l'historique des versions du livre de codes</translation>
        </message>
        <message>
            <source>Reason for the last change</source>
            <translation>Justification de la dernière modification</translation>
        </message>
        <message>
            <source>“{quote}” — {document}, p. {page}</source>
            <translation>« {quote} » — {document}, p. {page}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>&lt;b&gt;Select a card, a pile or a theme&lt;/b&gt; (on the table or in the tree) to edit it.</source>
            <translation>&lt;b&gt;Sélectionnez une carte, une pile ou un thème&lt;/b&gt; (sur la table ou dans l'arborescence) pour le modifier.</translation>
        </message>
        <message>
            <source>(none chosen)</source>
            <translation>(aucun choix)</translation>
        </message>
        <message>
            <source>(the code has no meaning units yet)</source>
            <translation>(le code n'a pas encore d'unités de sens)</translation>
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Code this unit</source>
            <translation>Coder cette unité</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Nom du code</translation>
        </message>
        <message>
            <source>Type to filter the codes or to name a new one; Enter assigns it.</source>
            <translation>Tapez pour filtrer les codes ou pour en nommer un nouveau ; Enter l'attribue.</translation>
        </message>
        <message>
            <source>Type a code name…</source>
            <translation>Saisissez un nom de code…</translation>
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
            <translation>Enter attribue · un nouveau nom crée le code · un code ✓ est retiré · Esc ferme</translation>
        </message>
        <message>
            <source>From the note: “{from_note}”</source>
            <translation>D'après la note : « {from_note} »</translation>
        </message>
        <message>
            <source>Take the code's name from your note (Alt+N); edit it before pressing Enter</source>
            <translation>Reprendre le nom du code depuis votre note (Alt+N) ; modifiez-le avant d'appuyer sur Enter</translation>
        </message>
        <message>
            <source>Remove this code from the unit</source>
            <translation>Retirer ce code de l'unité</translation>
        </message>
        <message>
            <source>Assign this code</source>
            <translation>Attribuer ce code</translation>
        </message>
        <message>
            <source>＋ Create code “{name}”</source>
            <translation>＋ Créer le code « {name} »</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeModel</name>
        <message>
            <source>Drop here to take items out of their theme or category</source>
            <translation>Déposer ici pour retirer des éléments de leur thème ou de leur catégorie</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeView</name>
        <message>
            <source>Codebook tree</source>
            <translation>Arborescence du livre de codes</translation>
        </message>
        <message>
            <source>Themes, categories and codes. F2 renames, Ctrl+M moves the chosen item, Delete deletes it.</source>
            <translation>Thèmes, catégories et codes. F2 renomme, Ctrl+M déplace l'élément choisi, Delete le supprime.</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nouveau thème</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nouvelle catégorie</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Nouveau code</translation>
        </message>
        <message>
            <source>New category in this theme</source>
            <translation>Nouvelle catégorie dans ce thème</translation>
        </message>
        <message>
            <source>New code in this category</source>
            <translation>Nouveau code dans cette catégorie</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Renommer	F2</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Couleur…</translation>
        </message>
        <message>
            <source>Move to…	Ctrl+M</source>
            <translation>Déplacer vers…	Ctrl+M</translation>
        </message>
        <message>
            <source>Merge selected codes…</source>
            <translation>Fusionner les codes sélectionnés…</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Supprimer…	Del</translation>
        </message>
    </context>
    <context>
        <name>CodebookVersionsDialog</name>
        <message>
            <source>Codebook versions</source>
            <translation>Versions du livre de codes</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>Créée par</translation>
        </message>
        <message>
            <source>&amp;Keep this version…</source>
            <translation>&amp;Conserver cette version…</translation>
        </message>
        <message>
            <source>Keep the codebook as it is now as a named version</source>
            <translation>Conserver le livre de codes dans son état actuel comme version nommée</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Comparer à partir de la version</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Comparer avec la version</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Changes between the two versions</source>
            <translation>Modifications entre les deux versions</translation>
        </message>
        <message>
            <source>Versions kept at milestones (Lectio also keeps one before each merge)</source>
            <translation>Versions conservées aux étapes clés (Lectio en conserve aussi une avant chaque fusion)</translation>
        </message>
        <message>
            <source>Compare from</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>to</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>you</source>
            <translation>vous</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>le livre de codes actuel</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Conserver cette version</translation>
        </message>
        <message>
            <source>Name of the milestone (e.g. “after pilot coding”):</source>
            <translation>Nom de l'étape (p. ex. « après le codage pilote ») :</translation>
        </message>
        <message>
            <source>Keep a version to compare it with later ones.</source>
            <translation>Conservez une version pour la comparer aux suivantes.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge conflicts — decide each one</source>
            <translation>Conflits de fusion — décidez pour chacun</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>Garder la &amp;nôtre</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Prendre la &amp;leur</translation>
        </message>
        <message>
            <source>The same item was changed in both files, or deleted in one and edited in the other. Nothing was overwritten: choose which version stays.</source>
            <translation>Le même élément a été modifié dans les deux fichiers, ou supprimé dans l'un et modifié dans l'autre. Rien n'a été écrasé : choisissez la version à conserver.</translation>
        </message>
    </context>
    <context>
        <name>ConsensusView</name>
        <message>
            <source>Show resolved</source>
            <translation>Afficher les résolus</translation>
        </message>
        <message>
            <source>Only documents both coded</source>
            <translation>Seulement les documents codés par les deux</translation>
        </message>
        <message>
            <source>Leave out documents one of the two reviewers has not coded at all</source>
            <translation>Exclure les documents que l'un des deux codeurs n'a pas du tout codés</translation>
        </message>
        <message>
            <source>Adopt identical units</source>
            <translation>Adopter les unités identiques</translation>
        </message>
        <message>
            <source>Copy every unit both reviewers made identically into the consensus layer</source>
            <translation>Copier dans la couche de consensus chaque unité que les deux codeurs ont créée à l'identique</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>with</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Désaccord</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Rationale: why the two of you settled it this way (kept in the log)</source>
            <translation>Justification : pourquoi vous avez tranché ainsi à deux (conservée dans le journal)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Next unresolved (F8)</source>
            <translation>Suivant non résolu (F8)</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Désaccords</translation>
        </message>
        <message>
            <source>Each disagreement between the two reviewers and whether it is settled.</source>
            <translation>Chaque désaccord entre les deux codeurs et s'il est tranché.</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Why the two of you settled it this way; kept in the log.</source>
            <translation>Pourquoi vous avez tranché ainsi à deux ; conservé dans le journal.</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Indicateurs d'accord</translation>
        </message>
        <message>
            <source>{text} (consensus)</source>
            <translation>{text} (consensus)</translation>
        </message>
        <message>
            <source>Next unresolved disagreement</source>
            <translation>Désaccord non résolu suivant</translation>
        </message>
        <message>
            <source>Previous disagreement</source>
            <translation>Désaccord précédent</translation>
        </message>
        <message>
            <source>Shift+F8</source>
            <translation>Shift+F8</translation>
        </message>
        <message>
            <source>Choose two different reviewers to compare.</source>
            <translation>Choisissez deux codeurs différents à comparer.</translation>
        </message>
        <message>
            <source>✓ resolved</source>
            <translation>✓ résolu</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>{value}
{a_name} vs {b_name}
{words}</source>
            <translation>{value}
{a_name} contre {b_name}
{words}</translation>
        </message>
        <message>
            <source>&lt;i&gt;No disagreement selected.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Aucun désaccord sélectionné.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;Nothing to settle: the two reviewers agree everywhere they coded.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Rien à trancher : les deux codeurs sont d'accord partout où ils ont codé.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</source>
            <translation>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</translation>
        </message>
        <message>
            <source> · overlap {share}</source>
            <translation> · chevauchement {share}</translation>
        </message>
        <message>
            <source>Accept {name}</source>
            <translation>Accepter {name}</translation>
        </message>
        <message>
            <source> (no unit)</source>
            <translation> (aucune unité)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Settled:&lt;/b&gt; {get} by {decided_by} on {replace}</source>
            <translation>&lt;b&gt;Tranché :&lt;/b&gt; {get}, par {decided_by} le {replace}</translation>
        </message>
        <message>
            <source>Adopted {value} identical unit(s) into the consensus layer</source>
            <translation>{value} unité(s) identique(s) adoptée(s) dans la couche de consensus</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Show documents by reading status</source>
            <translation>Afficher les documents selon l'état de lecture</translation>
        </message>
        <message>
            <source>Each document with a marker per reading pass. Enter opens the chosen document, F2 renames it, Delete removes it, Shift+Delete deletes it permanently.</source>
            <translation>Chaque document avec un repère par passage de lecture. Enter ouvre le document choisi, F2 le renomme, Delete le retire, Shift+Delete le supprime définitivement.</translation>
        </message>
        <message>
            <source>○ not started   ◐ in progress   ● done</source>
            <translation>○ non commencé   ◐ en cours   ● terminé</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Renommer	F2</translation>
        </message>
        <message>
            <source>Remove…	Del</source>
            <translation>Retirer…	Del</translation>
        </message>
        <message>
            <source>Delete permanently (withdrawn consent)…	Shift+Del</source>
            <translation>Supprimer définitivement (consentement retiré)…	Shift+Del</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Pass {col} – {value}: {status_word}</source>
            <translation>Passage {col} – {value} : {status_word}</translation>
        </message>
        <message>
            <source>{name}
{chars} characters, {pages}
F2 renames it, Delete removes it</source>
            <translation>{name}
{chars} caractères, {pages}
F2 le renomme, Delete le retire</translation>
        </message>
        <message>
            <source>pass {number} {status}</source>
            <translation>passage {number} {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DossierDialog</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Exporter le dossier de fiabilité</translation>
        </message>
        <message>
            <source>Only part of the audit trail</source>
            <translation>Seulement une partie de la piste d'audit</translation>
        </message>
        <message>
            <source>Limit the audit trail to a date range</source>
            <translation>Limiter la piste d'audit à une période</translation>
        </message>
        <message>
            <source>Audit trail from</source>
            <translation>Piste d'audit du</translation>
        </message>
        <message>
            <source>Audit trail until</source>
            <translation>Piste d'audit jusqu'au</translation>
        </message>
        <message>
            <source>Bootstrap resamples for alpha's confidence interval</source>
            <translation>Rééchantillonnages bootstrap pour l'intervalle de confiance d'alpha</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>COREQ and SRQR filled from the study, the audit trail, the codebook's versions, the intercoder reliability plan and results, and a methods paragraph.</source>
            <translation>COREQ et SRQR remplis à partir de l'étude, de la piste d'audit, des versions du livre de codes, du plan et des résultats de fidélité inter-codeurs, et un paragraphe de méthodes.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Audit trail days</source>
            <translation>Jours de la piste d'audit</translation>
        </message>
        <message>
            <source>Bootstrap &amp;resamples</source>
            <translation>&amp;Rééchantillonnages bootstrap</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>Enregi&amp;strer sous</translation>
        </message>
    </context>
    <context>
        <name>EditConflictPanel</name>
        <message>
            <source>Edit conflict</source>
            <translation>Conflit de modification</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Save your text over theirs</source>
            <translation>Enregistrer votre texte à la place du leur</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <source>Show their version in the fields and drop your text</source>
            <translation>Afficher leur version dans les champs et abandonner votre texte</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Leur version</translation>
        </message>
        <message>
            <source>{who} saved this code at {when}, while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} a enregistré ce code le {when}, pendant que vous le modifiiez. Rien n'a été écrasé : votre texte est toujours dans le champ.</translation>
        </message>
        <message>
            <source>{who} saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} a enregistré ce code pendant que vous le modifiiez. Rien n'a été écrasé : votre texte est toujours dans le champ.</translation>
        </message>
        <message>
            <source>Someone else saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>Quelqu'un d'autre a enregistré ce code pendant que vous le modifiiez. Rien n'a été écrasé : votre texte est toujours dans le champ.</translation>
        </message>
        <message>
            <source>Their version ({who})</source>
            <translation>Leur version ({who})</translation>
        </message>
        <message>
            <source>Theirs: {field}</source>
            <translation>Leur version : {field}</translation>
        </message>
    </context>
    <context>
        <name>EditConsensusDialog</name>
        <message>
            <source>Edit the consensus unit</source>
            <translation>Modifier l'unité de consensus</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Passage du texte</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit.</source>
            <translation>Sélectionnez les mots de l'unité de consensus.</translation>
        </message>
        <message>
            <source>Codes of the consensus unit</source>
            <translation>Codes de l'unité de consensus</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit, then tick its codes.</source>
            <translation>Sélectionnez les mots de l'unité de consensus, puis cochez ses codes.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{title}: cancelled; the study is unchanged</source>
            <translation>{title} : annulé ; l'étude n'a pas été modifiée</translation>
        </message>
        <message>
            <source>The reviewer copy was cancelled; no file was written</source>
            <translation>La copie pour un codeur a été annulée ; aucun fichier n'a été écrit</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{title} cancelled; nothing was written</source>
            <translation>{title} annulé ; rien n'a été écrit</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All reviewers</source>
            <translation>Tous les codeurs</translation>
        </message>
        <message>
            <source>Consensus layer</source>
            <translation>Couche de consensus</translation>
        </message>
        <message>
            <source>{name} only</source>
            <translation>{name} seulement</translation>
        </message>
        <message>
            <source>Include numbers of meaning units and documents</source>
            <translation>Inclure le nombre d'unités de sens et de documents</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Toutes les unités de sens</translation>
        </message>
        <message>
            <source>Only units of query {0}</source>
            <translation>Seulement les unités de la requête {0}</translation>
        </message>
        <message>
            <source>Reviewer &amp;layer</source>
            <translation>&amp;Couche du codeur</translation>
        </message>
        <message>
            <source>&amp;Meaning units</source>
            <translation>&amp;Unités de sens</translation>
        </message>
        <message>
            <source>Exemplar &amp;quotes per code</source>
            <translation>Citations exemplaires par &amp;code</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>Enregi&amp;strer sous</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this document</source>
            <translation>Rechercher dans ce document</translation>
        </message>
        <message>
            <source>Enter goes to the next match, Escape closes the find bar.</source>
            <translation>Enter passe à l'occurrence suivante, Escape ferme la barre de recherche.</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Occurrence précédente (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Occurrence suivante (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>{count} trouvé(s)</translation>
        </message>
        <message>
            <source>{value} of {count}</source>
            <translation>{value} sur {count}</translation>
        </message>
    </context>
    <context>
        <name>HygienePanel</name>
        <message>
            <source>Codebook checks</source>
            <translation>Vérifications du livre de codes</translation>
        </message>
        <message>
            <source>Press Enter to show the code, category or theme a check names.</source>
            <translation>Appuyez sur Enter pour afficher le code, la catégorie ou le thème que nomme une vérification.</translation>
        </message>
        <message>
            <source>{finding} — {hint}</source>
            <translation>{finding} — {hint}</translation>
        </message>
        <message>
            <source>The codebook is tidy: nothing to report.</source>
            <translation>Le livre de codes est en ordre : rien à signaler.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to look at:</source>
            <translation>
                <numerusform>%n point à examiner :</numerusform>
                <numerusform>%n points à examiner :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import cancelled; the study is unchanged</source>
            <translation>Importation annulée ; l'étude n'a pas été modifiée</translation>
        </message>
    </context>
    <context>
        <name>ImportProgressDialog</name>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>Ce fichier</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{title} — cancelling…</source>
            <translation>{title} — annulation…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nouveau projet…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open &amp;team study…</source>
            <translation>Ouvrir une étude d'é&amp;quipe…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>Ouvrir l'étude de &amp;démonstration</translation>
        </message>
        <message>
            <source>&amp;Import documents…</source>
            <translation>&amp;Importer des documents…</translation>
        </message>
        <message>
            <source>Import from another &amp;QDA program</source>
            <translation>Importer depuis un autre &amp;logiciel QDA</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>&amp;Projet REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;codebook (.qdc)…</source>
            <translation>&amp;Livre de codes REFI-QDA (.qdc)…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>Study &amp;properties…</source>
            <translation>&amp;Propriétés de l'étude…</translation>
        </message>
        <message>
            <source>Create &amp;reviewer copy…</source>
            <translation>Créer une copie pour un &amp;codeur…</translation>
        </message>
        <message>
            <source>&amp;Merge reviewer's file…</source>
            <translation>&amp;Fusionner le fichier d'un codeur…</translation>
        </message>
        <message>
            <source>Te&amp;am…</source>
            <translation>Éq&amp;uipe…</translation>
        </message>
        <message>
            <source>S&amp;ync with the team server</source>
            <translation>&amp;Synchroniser avec le serveur de l'équipe</translation>
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation>Fermer le pro&amp;jet</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Re&amp;viewers…</source>
            <translation>&amp;Codeurs…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;About Lectio</source>
            <translation>À &amp;propos de Lectio</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codeur</translation>
        </message>
        <message>
            <source> Reviewer: </source>
            <translation> Codeur : </translation>
        </message>
        <message>
            <source>Whose layer you are reading and coding (Ctrl+R)</source>
            <translation>La couche que vous lisez et codez (Ctrl+R)</translation>
        </message>
        <message>
            <source>Choose reviewer</source>
            <translation>Choisir le codeur</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;Undo {undoText}</source>
            <translation>&amp;Annuler : {undoText}</translation>
        </message>
        <message>
            <source>&amp;Redo {redoText}</source>
            <translation>&amp;Rétablir : {redoText}</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Impossible d'ouvrir le projet</translation>
        </message>
        <message>
            <source>Updated from file format {migrated_from}; the old file is kept as {backup_path}</source>
            <translation>Mis à jour depuis le format de fichier {migrated_from} ; l'ancien fichier est conservé sous {backup_path}</translation>
        </message>
        <message>
            <source>Lectio</source>
            <translation>Lectio</translation>
        </message>
        <message>
            <source>Working as {currentText} — choose your own name in the Reviewer box (Ctrl+R)</source>
            <translation>Vous travaillez en tant que {currentText} — choisissez votre propre nom dans la liste Codeur (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reviewer: {currentText}  </source>
            <translation>Codeur : {currentText}  </translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Aucun projet ouvert</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>lecture seule</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>enregistré</translation>
        </message>
        <message>
            <source>{path}
Every change is saved as you make it.</source>
            <translation>{path}
Chaque modification est enregistrée dès que vous la faites.</translation>
        </message>
        <message>
            <source>Open a Lectio project</source>
            <translation>Ouvrir un projet Lectio</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio);;All files (*)</source>
            <translation>Projets Lectio (*.lectio);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot create the project</source>
            <translation>Impossible de créer le projet</translation>
        </message>
        <message>
            <source>Cannot write the demo study</source>
            <translation>Impossible d'écrire l'étude de démonstration</translation>
        </message>
        <message>
            <source>    Opening {name}…</source>
            <translation>    Ouverture de {name}…</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move {what} to…</source>
            <translation>Déplacer {what} vers…</translation>
        </message>
        <message>
            <source>Filter the places</source>
            <translation>Filtrer les destinations</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Tapez pour filtrer</translation>
        </message>
        <message>
            <source>Places to move to</source>
            <translation>Destinations possibles</translation>
        </message>
        <message>
            <source>Why? An optional reason, kept in the codebook's version history</source>
            <translation>Pourquoi ? Une justification facultative, conservée dans l'historique des versions du livre de codes</translation>
        </message>
        <message>
            <source>Reason for the move</source>
            <translation>Justification du déplacement</translation>
        </message>
    </context>
    <context>
        <name>NetworkChart</name>
        <message>
            <source>No two codes share a unit.</source>
            <translation>Aucune paire de codes ne partage d'unité.</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <source>e.g. Care partnerships at home</source>
            <translation>p. ex. Partenariats de soins à domicile</translation>
        </message>
        <message>
            <source>The research question this analysis answers</source>
            <translation>La question de recherche à laquelle répond cette analyse</translation>
        </message>
        <message>
            <source>New study.lectio</source>
            <translation>Nouvelle étude.lectio</translation>
        </message>
        <message>
            <source>Save the new project as</source>
            <translation>Enregistrer le nouveau projet sous</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Projets Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>.lectio</source>
            <translation>.lectio</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>Research &amp;question</source>
            <translation>&amp;Question de recherche</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>Enregi&amp;strer sous</translation>
        </message>
        <message>
            <source>New study</source>
            <translation>Nouvelle étude</translation>
        </message>
    </context>
    <context>
        <name>NotesMargin</name>
        <message>
            <source>Unit {value}</source>
            <translation>Unité {value}</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (lecture seule)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N: add a note · Ctrl+K: code</source>
            <translation>Ctrl+Shift+N : ajouter une note · Ctrl+K : coder</translation>
        </message>
        <message>
            <source>Double-click to edit this note; right-click for more</source>
            <translation>Double-cliquez pour modifier cette note ; clic droit pour plus d'options</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Each speaker with their role and attributes; F2 edits a cell.</source>
            <translation>Chaque locuteur avec son rôle et ses attributs ; F2 modifie une cellule.</translation>
        </message>
        <message>
            <source>Leave interviewer turns out of meaning units</source>
            <translation>Exclure les tours de parole de l'intervieweur des unités de sens</translation>
        </message>
        <message>
            <source>Interviewer turns are shown dimmed in the reader and skipped when you make a unit or autocode by keyword or pattern</source>
            <translation>Les tours de parole de l'intervieweur sont affichés atténués dans le lecteur et ignorés lorsque vous créez une unité ou codez automatiquement par mot-clé ou motif</translation>
        </message>
        <message>
            <source>add</source>
            <translation>add</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Ajouter un participant…</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>Merge selected</source>
            <translation>Fusionner la sélection</translation>
        </message>
        <message>
            <source>attribute</source>
            <translation>attribute</translation>
        </message>
        <message>
            <source>Add attribute…</source>
            <translation>Ajouter un attribut…</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>Import attributes…</source>
            <translation>Importer des attributs…</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>Export attributes…</source>
            <translation>Exporter les attributs…</translation>
        </message>
        <message>
            <source>assign</source>
            <translation>assign</translation>
        </message>
        <message>
            <source>Assign document…</source>
            <translation>Associer un document…</translation>
        </message>
        <message>
            <source>No participants yet. Import a transcript (.vtt, .srt, a Teams/Otter .docx or .txt) and its speakers appear here, or add participants and import their attributes from a CSV or Excel table.</source>
            <translation>Pas encore de participants. Importez une transcription (.vtt, .srt, un .docx Teams/Otter ou un .txt) et ses locuteurs apparaissent ici, ou ajoutez des participants et importez leurs attributs depuis un tableau CSV ou Excel.</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <source>Name or code:</source>
            <translation>Nom ou code :</translation>
        </message>
        <message>
            <source>Select the two rows that are the same person (the first is kept)</source>
            <translation>Sélectionnez les deux lignes qui correspondent à la même personne (la première est conservée)</translation>
        </message>
        <message>
            <source>Merge participants</source>
            <translation>Fusionner des participants</translation>
        </message>
        <message>
            <source>{name} is the same person as {name2}?

Every turn and document of {name} goes to {name2}, and {name} is removed.</source>
            <translation>{name} est-il la même personne que {name2} ?

Chaque tour de parole et chaque document de {name} passe à {name2}, et {name} est supprimé.</translation>
        </message>
        <message>
            <source>Add attribute</source>
            <translation>Ajouter un attribut</translation>
        </message>
        <message>
            <source>Attribute name (for example Age, Site, Role):</source>
            <translation>Nom de l'attribut (par exemple Âge, Site, Rôle) :</translation>
        </message>
        <message>
            <source>Type of {name}:</source>
            <translation>Type de {name} :</translation>
        </message>
        <message>
            <source>The values, separated by commas:</source>
            <translation>Les valeurs, séparées par des virgules :</translation>
        </message>
        <message>
            <source>Import attributes</source>
            <translation>Importer des attributs</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx)</source>
            <translation>Tableaux (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Export attributes</source>
            <translation>Exporter les attributs</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} écrit</translation>
        </message>
        <message>
            <source>Select the participant the document belongs to</source>
            <translation>Sélectionnez le participant auquel appartient le document</translation>
        </message>
        <message>
            <source>Assign document</source>
            <translation>Associer un document</translation>
        </message>
        <message>
            <source>Document that belongs to {name}:</source>
            <translation>Document appartenant à {name} :</translation>
        </message>
        <message>
            <source>Autocode…</source>
            <translation>Codage automatique…</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s). Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</source>
            <translation>
                <numerusform>%n participant. Double-cliquez sur une cellule pour la modifier ; sélectionnez deux lignes puis Fusionner lorsqu'une même personne apparaît sous deux libellés (la première ligne est conservée).</numerusform>
                <numerusform>%n participants. Double-cliquez sur une cellule pour la modifier ; sélectionnez deux lignes puis Fusionner lorsqu'une même personne apparaît sous deux libellés (la première ligne est conservée).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PileItem</name>
        <message>
            <source>Category: {name}</source>
            <translation>Catégorie : {name}</translation>
        </message>
        <message>
            <source>{codes} · {units}</source>
            <translation>{codes} · {units}</translation>
        </message>
        <message>
            <source>drop cards here</source>
            <translation>déposez des cartes ici</translation>
        </message>
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
                <numerusform>%n unité</numerusform>
                <numerusform>%n unités</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>The colours of the window. High contrast has white text on black and meets WCAG AA contrast.</source>
            <translation>Les couleurs de la fenêtre. Le contraste élevé affiche du texte blanc sur fond noir et respecte le niveau de contraste WCAG AA.</translation>
        </message>
        <message>
            <source>Dark and light follow the system unless you choose one here.</source>
            <translation>Sombre et clair suivent le système, sauf si vous en choisissez un ici.</translation>
        </message>
        <message>
            <source>Language of the window</source>
            <translation>Langue de la fenêtre</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <source>Lectio shows the new language when it starts again. The language of a study's exported documents is set in File › Study properties…</source>
            <translation>Lectio affiche la nouvelle langue au prochain démarrage. La langue des documents exportés d'une étude se règle dans Fichier › Propriétés de l'étude…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Apparence</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>PseudonymiseDialog</name>
        <message>
            <source>Pseudonymise the study</source>
            <translation>Pseudonymiser l'étude</translation>
        </message>
        <message>
            <source>Every participant's name becomes a code (P01, P02 …; interviewers I01 …), and every name or place listed below becomes [name] — or the code you give after '=' (St Mary's = [hospital]). Meaning units stay on their words. The key (code → real name) goes to a file you choose; it is never stored in the study.</source>
            <translation>Le nom de chaque participant devient un code (P01, P02 … ; intervieweurs I01 …), et chaque nom ou lieu listé ci-dessous devient [name] — ou le code que vous indiquez après '=' (St Mary's = [hospital]). Les unités de sens restent sur leurs mots. La clé (code → vrai nom) est écrite dans un fichier de votre choix ; elle n'est jamais stockée dans l'étude.</translation>
        </message>
        <message>
            <source>Names to replace</source>
            <translation>Noms à remplacer</translation>
        </message>
        <message>
            <source>One name a line; name = [replacement] chooses the replacement.</source>
            <translation>Un nom par ligne ; nom = [remplacement] choisit le remplacement.</translation>
        </message>
        <message>
            <source>Anna
St Mary's Hospital = [hospital]
Riverside = [town]</source>
            <translation>Anna
Hôpital Sainte-Marie = [hôpital]
Riverside = [ville]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Replace the names in the undo history too, so earlier steps stay undoable where they can (unticked: the undo history is emptied)</source>
            <translation>Remplacer aussi les noms dans l'historique d'annulation, afin que les étapes précédentes restent annulables lorsque c'est possible (décoché : l'historique d'annulation est vidé)</translation>
        </message>
        <message>
            <source>Replace the names in the automatic backups made before as well ({n}); unticked, they still hold the real names</source>
            <translation>Remplacer aussi les noms dans les sauvegardes automatiques faites auparavant ({n}) ; décoché, elles contiennent toujours les vrais noms</translation>
        </message>
        <message>
            <source>Pseudonymise…</source>
            <translation>Pseudonymiser…</translation>
        </message>
        <message>
            <source>Other names and places, one a line:</source>
            <translation>Autres noms et lieux, un par ligne :</translation>
        </message>
        <message>
            <source>Write the key to:</source>
            <translation>Écrire la clé dans :</translation>
        </message>
        <message>
            <source>Earlier undo steps are kept with the names replaced where they still fit the text; the others can no longer be undone.</source>
            <translation>Les étapes d'annulation précédentes sont conservées avec les noms remplacés lorsqu'elles correspondent encore au texte ; les autres ne pourront plus être annulées.</translation>
        </message>
        <message>
            <source>The undo history is emptied.</source>
            <translation>L'historique d'annulation est vidé.</translation>
        </message>
        <message>
            <source>The names are replaced in the automatic backups made before as well.</source>
            <translation>Les noms sont aussi remplacés dans les sauvegardes automatiques faites auparavant.</translation>
        </message>
        <message>
            <source>The automatic backups beside the study still hold the real names.</source>
            <translation>Les sauvegardes automatiques situées à côté de l'étude contiennent toujours les vrais noms.</translation>
        </message>
        <message>
            <source>The real names will be replaced throughout the study and removed from the whole file: the text, the stored original files (replaced by the pseudonymised text), the audit trail and the undo history. This cannot be undone.

{history} {backups}

Pseudonymise now?</source>
            <translation>Les vrais noms seront remplacés dans toute l'étude et retirés de l'ensemble du fichier : le texte, les fichiers originaux stockés (remplacés par le texte pseudonymisé), la piste d'audit et l'historique d'annulation. Cette opération est irréversible.

{history} {backups}

Pseudonymiser maintenant ?</translation>
        </message>
        <message>
            <source>Pseudonymising was cancelled; the study is unchanged</source>
            <translation>La pseudonymisation a été annulée ; l'étude n'a pas été modifiée</translation>
        </message>
        <message>
            <source>Pseudonymising the study</source>
            <translation>Pseudonymisation de l'étude</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements in {documents} documents.</source>
            <translation>Pseudonymisation effectuée : {names} noms, {replacements} remplacements dans {documents} documents.</translation>
        </message>
        <message>
            <source>Undo history: {kept} steps kept with the names replaced; {lost} steps can no longer be undone.</source>
            <translation>Historique d'annulation : {kept} étapes conservées avec les noms remplacés ; {lost} étapes ne peuvent plus être annulées.</translation>
        </message>
        <message>
            <source>Undo history: {lost} steps can no longer be undone.</source>
            <translation>Historique d'annulation : {lost} étapes ne peuvent plus être annulées.</translation>
        </message>
        <message>
            <source>Backup {file}: the names are replaced.</source>
            <translation>Sauvegarde {file} : les noms sont remplacés.</translation>
        </message>
        <message>
            <source>Backup {file}: NOT changed ({reason}); delete it before sharing.</source>
            <translation>Sauvegarde {file} : NON modifiée ({reason}) ; supprimez-la avant tout partage.</translation>
        </message>
        <message>
            <source>Backup {file} still holds the real names.</source>
            <translation>La sauvegarde {file} contient toujours les vrais noms.</translation>
        </message>
        <message>
            <source>Pseudonymised</source>
            <translation>Pseudonymisation effectuée</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Fichier de clé</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Pseudonymise — this is final</source>
            <translation>Pseudonymiser — c'est définitif</translation>
        </message>
        <message>
            <source>Choose the file the key is written to</source>
            <translation>Choisissez le fichier dans lequel la clé est écrite</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements</source>
            <translation>Pseudonymisation effectuée : {names} noms, {replacements} remplacements</translation>
        </message>
    </context>
    <context>
        <name>QueryFilter</name>
        <message>
            <source>Show only the meaning units a saved coding query selects (save queries in Analysis › Coding queries)</source>
            <translation>N'afficher que les unités de sens sélectionnées par une requête de codage enregistrée (enregistrez les requêtes dans Analyse › Requêtes de codage)</translation>
        </message>
        <message>
            <source>Show every meaning unit again (Esc)</source>
            <translation>Afficher à nouveau toutes les unités de sens (Esc)</translation>
        </message>
        <message>
            <source>Clear the query filter</source>
            <translation>Effacer le filtre de requête</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Toutes les unités de sens</translation>
        </message>
        <message>
            <source>Query: {0}</source>
            <translation>Requête : {0}</translation>
        </message>
        <message>
            <source>Cannot run the query {0}: {1}</source>
            <translation>Impossible d'exécuter la requête {0} : {1}</translation>
        </message>
        <message numerus="yes">
            <source>Showing the %n meaning unit(s) of the query {0}</source>
            <translation>
                <numerusform>Affichage de %n unité de sens de la requête {0}</numerusform>
                <numerusform>Affichage des %n unités de sens de la requête {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Document text</source>
            <translation>Texte du document</translation>
        </message>
        <message>
            <source>{text} — {unit} (of {count})</source>
            <translation>{text} — {unit} (sur {count})</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditing</name>
        <message>
            <source>Select the words of the unit first, then press M</source>
            <translation>Sélectionnez d'abord les mots de l'unité, puis appuyez sur M</translation>
        </message>
        <message>
            <source>Interviewer turns are left out of meaning units (Participants › setting)</source>
            <translation>Les tours de parole de l'intervieweur sont exclus des unités de sens (réglage dans Participants)</translation>
        </message>
        <message>
            <source>That unit belongs to another reviewer and is read-only here</source>
            <translation>Cette unité appartient à un autre codeur et est ici en lecture seule</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then add a note</source>
            <translation>Placez-vous d'abord sur l'une de vos unités (N / P), puis ajoutez une note</translation>
        </message>
        <message>
            <source>This unit has no notes of yours</source>
            <translation>Cette unité n'a aucune note de votre part</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then code it</source>
            <translation>Placez-vous d'abord sur l'une de vos unités (N / P), puis codez-la</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Modifier la note…</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <source>Create code from this note…</source>
            <translation>Créer un code à partir de cette note…</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditor</name>
        <message>
            <source>Create meaning unit</source>
            <translation>Créer une unité de sens</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <source>A thought, an impression, a first analysis…</source>
            <translation>Une idée, une impression, une première analyse…</translation>
        </message>
        <message>
            <source>Which note?</source>
            <translation>Quelle note ?</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Ajouter une note…</translation>
        </message>
        <message>
            <source>Code unit…</source>
            <translation>Coder l'unité…</translation>
        </message>
        <message>
            <source>Remove code “{name}”</source>
            <translation>Retirer le code « {name} »</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Premières impressions</translation>
        </message>
        <message>
            <source>Your first impressions of &lt;b&gt;{value}&lt;/b&gt;</source>
            <translation>Vos premières impressions sur &lt;b&gt;{value}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What strikes you on a first reading?</source>
            <translation>Qu'est-ce qui vous frappe à la première lecture ?</translation>
        </message>
    </context>
    <context>
        <name>ReaderText</name>
        <message>
            <source>Document text</source>
            <translation>Texte du document</translation>
        </message>
        <message>
            <source>Select words with Shift and the arrow keys; Enter makes a meaning unit of the selection in passes 2 and 3.</source>
            <translation>Sélectionnez des mots avec Shift et les flèches ; Enter crée une unité de sens à partir de la sélection aux passages 2 et 3.</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme terminé</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Premières impressions</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>No documents yet — File › Import documents (Ctrl+I)</source>
            <translation>Pas encore de documents — Fichier › Importer des documents (Ctrl+I)</translation>
        </message>
        <message>
            <source>Pass {pass_no}: {value} {status_word}</source>
            <translation>Passage {pass_no} : {value} {status_word}</translation>
        </message>
        <message>
            <source>{format_duration} read</source>
            <translation>{format_duration} de lecture</translation>
        </message>
        <message>
            <source>not timed yet</source>
            <translation>pas encore chronométré</translation>
        </message>
        <message>
            <source>Pass {pass_no} – {value}
</source>
            <translation>Passage {pass_no} – {value}
</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Terminé ✓</translation>
        </message>
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
                <numerusform>%n unité</numerusform>
                <numerusform>%n unités</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefiImportDialog</name>
        <message>
            <source>Import {name}</source>
            <translation>Importer {name}</translation>
        </message>
        <message>
            <source>Import &lt;b&gt;{name}&lt;/b&gt; into this study. Codings sit on the words the other program marked; if they look shifted by a character or two, import again and choose how that program counted positions.</source>
            <translation>Importer &lt;b&gt;{name}&lt;/b&gt; dans cette étude. Les codages portent sur les mots que l'autre logiciel a marqués ; s'ils semblent décalés d'un ou deux caractères, importez à nouveau et choisissez la façon dont ce logiciel comptait les positions.</translation>
        </message>
        <message>
            <source>Selection positions:</source>
            <translation>Positions des sélections :</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>ReplaceDialog</name>
        <message>
            <source>Find and replace</source>
            <translation>Rechercher et remplacer</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Remplacer par</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation>E&amp;xpression régulière</translation>
        </message>
        <message>
            <source>Where to replace</source>
            <translation>Où remplacer</translation>
        </message>
        <message>
            <source>In this document</source>
            <translation>Dans ce document</translation>
        </message>
        <message>
            <source>In every document of the study</source>
            <translation>Dans tous les documents de l'étude</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Every place that would change</source>
            <translation>Chaque emplacement qui changerait</translation>
        </message>
        <message>
            <source>Preview shows every place before anything changes.</source>
            <translation>L'aperçu montre chaque emplacement avant toute modification.</translation>
        </message>
        <message>
            <source>&amp;Replace the ticked places</source>
            <translation>&amp;Remplacer les emplacements cochés</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Replace &amp;with</source>
            <translation>Remplacer &amp;par</translation>
        </message>
        <message>
            <source>{count} place(s) in {count2} document(s); {sum} unit(s) would move and {waiting} would need review.</source>
            <translation>{count} emplacement(s) dans {count2} document(s) ; {sum} unité(s) seraient déplacée(s) et {waiting} seraient à revoir.</translation>
        </message>
        <message>
            <source>“{text}” was not found.</source>
            <translation>« {text} » introuvable.</translation>
        </message>
        <message>
            <source>Replacing was cancelled; nothing was changed</source>
            <translation>Le remplacement a été annulé ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Remplacement en cours</translation>
        </message>
        <message numerus="yes">
            <source>{label} — %n unit(s) to review</source>
            <translation>
                <numerusform>{label} — %n unité à revoir</numerusform>
                <numerusform>{label} — %n unités à revoir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message>
            <source>Select a code, category or theme to see its meaning units.</source>
            <translation>Sélectionnez un code, une catégorie ou un thème pour voir ses unités de sens.</translation>
        </message>
        <message>
            <source>Meaning units of the chosen item</source>
            <translation>Unités de sens de l'élément choisi</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Appuyez sur Enter pour afficher une unité dans le lecteur.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} in {documents} (click one to read it in context)</source>
            <translation>&lt;b&gt;{label} : {name}&lt;/b&gt; — {units} dans {documents} (cliquez sur une unité pour la lire en contexte)</translation>
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
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review corrected units</source>
            <translation>Revoir les unités corrigées</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Before the correction</source>
            <translation>Avant la correction</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Units a correction changed</source>
            <translation>Unités modifiées par une correction</translation>
        </message>
        <message>
            <source>Mark &amp;selected reviewed</source>
            <translation>Marquer la &amp;sélection comme revue</translation>
        </message>
        <message>
            <source>Mark &amp;all reviewed</source>
            <translation>Marquer &amp;tout comme revu</translation>
        </message>
        <message>
            <source>&amp;Delete selected units</source>
            <translation>&amp;Supprimer les unités sélectionnées</translation>
        </message>
        <message>
            <source>Each unit keeps its span over the corrected words. Double-click one to see it in the text; an emptied unit lost all its words and can be deleted or re-drawn.</source>
            <translation>Chaque unité conserve son étendue sur les mots corrigés. Double-cliquez sur une unité pour la voir dans le texte ; une unité vidée a perdu tous ses mots et peut être supprimée ou retracée.</translation>
        </message>
        <message>
            <source>(words deleted: the unit is empty)</source>
            <translation>(mots supprimés : l'unité est vide)</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>{count} unit(s) wait for review</source>
            <translation>{count} unité(s) en attente de révision</translation>
        </message>
        <message>
            <source>No corrected units wait for review.</source>
            <translation>Aucune unité corrigée n'attend de révision.</translation>
        </message>
        <message>
            <source>Delete units</source>
            <translation>Supprimer des unités</translation>
        </message>
        <message>
            <source>Delete {count} meaning unit(s) with their codes and notes? (Ctrl+Z undoes it.)</source>
            <translation>Supprimer {count} unité(s) de sens avec leurs codes et leurs notes ? (Ctrl+Z permet d'annuler.)</translation>
        </message>
    </context>
    <context>
        <name>ReviewerCopyDialog</name>
        <message>
            <source>Create a reviewer copy</source>
            <translation>Créer une copie pour un codeur</translation>
        </message>
        <message>
            <source>The second reviewer's name</source>
            <translation>Le nom du second codeur</translation>
        </message>
        <message>
            <source>Blind: leave out every other reviewer's meaning units, notes and codes</source>
            <translation>À l'aveugle : exclure les unités de sens, notes et codes de tous les autres codeurs</translation>
        </message>
        <message>
            <source>Only the {count} documents drawn for double coding</source>
            <translation>Seulement les {count} documents tirés pour le double codage</translation>
        </message>
        <message>
            <source>Only the documents drawn for double coding (none drawn yet)</source>
            <translation>Seulement les documents tirés pour le double codage (aucun tiré pour l'instant)</translation>
        </message>
        <message>
            <source>Save the copy as</source>
            <translation>Enregistrer la copie sous</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Projets Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>.lectio</source>
            <translation>.lectio</translation>
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation>&amp;Codeur</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>Enregi&amp;strer sous</translation>
        </message>
    </context>
    <context>
        <name>ReviewersDialog</name>
        <message>
            <source>Reviewers</source>
            <translation>Codeurs</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Couleur…</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Name of a new reviewer</source>
            <translation>Nom d'un nouveau codeur</translation>
        </message>
        <message>
            <source>Add reviewer</source>
            <translation>Ajouter un codeur</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Initials</source>
            <translation>&amp;Initiales</translation>
        </message>
        <message>
            <source>{reviewer}  — consensus layer</source>
            <translation>{reviewer}  — couche de consensus</translation>
        </message>
        <message>
            <source>Reviewer colour</source>
            <translation>Couleur du codeur</translation>
        </message>
    </context>
    <context>
        <name>SaturationChart</name>
        <message>
            <source>saturation at {saturation_at}</source>
            <translation>saturation à {saturation_at}</translation>
        </message>
        <message>
            <source>Documents, in {order_by} order</source>
            <translation>Documents, ordre : {order_by}</translation>
        </message>
        <message>
            <source>Distinct codes (cumulative)</source>
            <translation>Codes distincts (cumulés)</translation>
        </message>
        <message>
            <source>New codes in the run (ratio)</source>
            <translation>Nouveaux codes dans la série (proportion)</translation>
        </message>
        <message>
            <source>distinct codes so far</source>
            <translation>codes distincts jusqu'ici</translation>
        </message>
        <message>
            <source>ratio of new codes (run at k)</source>
            <translation>proportion de nouveaux codes (série à k)</translation>
        </message>
        <message>
            <source>threshold {value}</source>
            <translation>seuil {value}</translation>
        </message>
        <message>
            <source>base ({base})</source>
            <translation>base ({base})</translation>
        </message>
    </context>
    <context>
        <name>SavePathField</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>{document} · Text</source>
            <translation>{document} · Texte</translation>
        </message>
        <message>
            <source>Search the project</source>
            <translation>Rechercher dans le projet</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Mots recherchés</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a quoted phrase.</source>
            <translation>Des mots (rehab trouve rehabilitation) ou une expression entre guillemets.</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a "quoted phrase"</source>
            <translation>Des mots (rehab trouve rehabilitation) ou une "expression entre guillemets"</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Press Enter to open a hit where it is: the reader, the codebook board or the study notes.</source>
            <translation>Appuyez sur Enter pour ouvrir un résultat là où il se trouve : le lecteur, le tableau du livre de codes ou les notes de l'étude.</translation>
        </message>
        <message>
            <source>Searches text, condensed meanings, notes, memos, codes, categories and themes · ↓ to the results · Enter or click to open the place · Esc closes</source>
            <translation>Recherche dans le texte, les unités de sens condensées, les notes, les mémos, les codes, les catégories et les thèmes · ↓ vers les résultats · Enter ou clic pour ouvrir l'emplacement · Esc ferme</translation>
        </message>
        <message>
            <source>{places} in {documents} and the codebook</source>
            <translation>{places} dans {documents} et le livre de codes</translation>
        </message>
        <message>
            <source>{places} in {documents}</source>
            <translation>{places} dans {documents}</translation>
        </message>
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
                <numerusform>%n emplacement</numerusform>
                <numerusform>%n emplacements</numerusform>
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
            <translation>Lire, délimiter des unités de sens, annoter, coder, regrouper en catégories et en thèmes — et parvenir à un consensus avec un second codeur.</translation>
        </message>
        <message>
            <source>Open the demo study</source>
            <translation>Ouvrir l'étude de démonstration</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>Nouveau projet…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Ouvrir un projet…</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Projets récents</translation>
        </message>
        <message>
            <source>Press Enter to open the chosen project.</source>
            <translation>Appuyez sur Enter pour ouvrir le projet choisi.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter to open)</source>
            <translation>&lt;b&gt;Projets récents&lt;/b&gt; (double-clic ou Enter pour ouvrir)</translation>
        </message>
        <message>
            <source>&lt;small&gt;Version {__version__}. Everything stays on this computer: one .lectio file per study, saved as you work.&lt;/small&gt;</source>
            <translation>&lt;small&gt;Version {__version__}. Tout reste sur cet ordinateur : un fichier .lectio par étude, enregistré au fil de votre travail.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>{entry}   (missing)</source>
            <translation>{entry}   (introuvable)</translation>
        </message>
        <message>
            <source>No recent projects yet — try the demo study.</source>
            <translation>Pas encore de projets récents — essayez l'étude de démonstration.</translation>
        </message>
    </context>
    <context>
        <name>StudyDialog</name>
        <message>
            <source>Study properties</source>
            <translation>Propriétés de l'étude</translation>
        </message>
        <message>
            <source>The question the analysis answers</source>
            <translation>La question à laquelle répond l'analyse</translation>
        </message>
        <message>
            <source>The language of the exported Word and Excel documents (headings, methods paragraphs, numbers and dates); it may differ from the window's</source>
            <translation>La langue des documents Word et Excel exportés (titres, paragraphes de méthodes, nombres et dates) ; elle peut différer de celle de la fenêtre</translation>
        </message>
        <message>
            <source>As the window</source>
            <translation>Comme la fenêtre</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Research question:</source>
            <translation>&amp;Question de recherche :</translation>
        </message>
        <message>
            <source>&amp;Documents in:</source>
            <translation>&amp;Documents en :</translation>
        </message>
    </context>
    <context>
        <name>StudyGuard</name>
        <message>
            <source>No backup was written: {last_backup_error}</source>
            <translation>Aucune sauvegarde n'a été écrite : {last_backup_error}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>  Read-only: {read_only_reason}. You can read, search and export; changes cannot be saved. To work in it, copy the file to a folder you can write to.</source>
            <translation>  Lecture seule : {read_only_reason}. Vous pouvez lire, rechercher et exporter ; les modifications ne peuvent pas être enregistrées. Pour y travailler, copiez le fichier dans un dossier où vous pouvez écrire.</translation>
        </message>
    </context>
    <context>
        <name>StudyNotesDialog</name>
        <message>
            <source>Study notes</source>
            <translation>Notes de l'étude</translation>
        </message>
        <message>
            <source>Memos on the study and its documents, first impressions and titled notes; choose one to edit it below.</source>
            <translation>Mémos sur l'étude et ses documents, premières impressions et notes avec titre ; choisissez un élément pour le modifier ci-dessous.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>The study has no notes yet. Notes imported from another QDA program, memos on the study and first impressions appear here; New note adds one.</source>
            <translation>L'étude n'a pas encore de notes. Les notes importées d'un autre logiciel QDA, les mémos sur l'étude et les premières impressions apparaissent ici ; Nouvelle note en ajoute une.</translation>
        </message>
        <message>
            <source>Title of the note</source>
            <translation>Titre de la note</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>Le texte de la note</translation>
        </message>
        <message>
            <source>Text of the note</source>
            <translation>Texte de la note</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nouvelle note</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the chosen note (Edit › Undo brings it back)</source>
            <translation>Supprimer la note choisie (Édition › Annuler la rétablit)</translation>
        </message>
        <message>
            <source>The study</source>
            <translation>L'étude</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Document {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Code {name}</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Catégorie {name}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Thème {name}</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Premières impressions</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Mémo</translation>
        </message>
        <message>
            <source>{author}, {date}</source>
            <translation>{author}, {date}</translation>
        </message>
        <message>
            <source>unknown author</source>
            <translation>auteur inconnu</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
    </context>
    <context>
        <name>StudyPreview</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Document text</source>
            <translation>Texte du document</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsDialog</name>
        <message>
            <source>Sync conflicts — decide</source>
            <translation>Conflits de synchronisation — décidez</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Garder la mienne</translation>
        </message>
        <message>
            <source>Send this copy's version of the selected item to the server</source>
            <translation>Envoyer au serveur la version de cette copie pour l'élément sélectionné</translation>
        </message>
        <message>
            <source>T&amp;ake the server's</source>
            <translation>&amp;Prendre celle du serveur</translation>
        </message>
        <message>
            <source>Replace this copy's version of the selected item with the server's</source>
            <translation>Remplacer la version de cette copie pour l'élément sélectionné par celle du serveur</translation>
        </message>
        <message>
            <source>Send &amp;this copy's versions</source>
            <translation>Envoyer les versions de &amp;cette copie</translation>
        </message>
        <message>
            <source>Take the &amp;server's versions</source>
            <translation>Prendre les versions du &amp;serveur</translation>
        </message>
        <message>
            <source>The selected item:</source>
            <translation>L'élément sélectionné :</translation>
        </message>
        <message>
            <source>All at once:</source>
            <translation>Tous à la fois :</translation>
        </message>
        <message>
            <source>That item was changed on the server meanwhile, or settled already; nothing was changed. The list now shows the conflicts as they are.</source>
            <translation>Cet élément a été modifié entre-temps sur le serveur, ou était déjà réglé ; rien n'a été modifié. La liste affiche maintenant les conflits dans leur état actuel.</translation>
        </message>
    </context>
    <context>
        <name>TableScene</name>
        <message>
            <source>{piles} into theme {theme}</source>
            <translation>{piles} dans le thème {theme}</translation>
        </message>
        <message>
            <source>{piles} out of their theme</source>
            <translation>{piles} hors de leur thème</translation>
        </message>
        <message>
            <source>New pile</source>
            <translation>Nouvelle pile</translation>
        </message>
        <message>
            <source>New pile {n}</source>
            <translation>Nouvelle pile {n}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Déplacer %n carte</numerusform>
                <numerusform>Déplacer %n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>Déplacer %n élément</numerusform>
                <numerusform>Déplacer %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pile(s)</source>
            <translation>
                <numerusform>Déplacer %n pile</numerusform>
                <numerusform>Déplacer %n piles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n theme area(s)</source>
            <translation>
                <numerusform>Déplacer %n zone de thème</numerusform>
                <numerusform>Déplacer %n zones de thème</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n card(s) out of their pile</source>
            <translation>
                <numerusform>Retirer %n carte de sa pile</numerusform>
                <numerusform>Retirer %n cartes de leur pile</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableView</name>
        <message>
            <source>Code cards in piles and theme areas. Tab and Shift+Tab go from card to card, Enter opens the card's meaning units, M moves it to another pile or theme, the arrow keys nudge it.</source>
            <translation>Les fiches de code en piles et en zones de thème. Tab et Shift+Tab passent d'une carte à l'autre, Enter ouvre les unités de sens de la carte, M la déplace vers une autre pile ou un autre thème, les flèches la décalent légèrement.</translation>
        </message>
        <message>
            <source>New card here	Ins</source>
            <translation>Nouvelle carte ici	Ins</translation>
        </message>
        <message>
            <source>New pile here</source>
            <translation>Nouvelle pile ici</translation>
        </message>
        <message>
            <source>New theme area here</source>
            <translation>Nouvelle zone de thème ici</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Renommer	F2</translation>
        </message>
        <message>
            <source>Move to…	M</source>
            <translation>Déplacer vers…	M</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Couleur…</translation>
        </message>
        <message>
            <source>Merge the selected cards…</source>
            <translation>Fusionner les cartes sélectionnées…</translation>
        </message>
        <message>
            <source>Make a pile of the selected cards	Ctrl+G</source>
            <translation>Former une pile avec les cartes sélectionnées	Ctrl+G</translation>
        </message>
        <message>
            <source>Take out of the pile	Ctrl+Shift+G</source>
            <translation>Retirer de la pile	Ctrl+Shift+G</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Supprimer…	Del</translation>
        </message>
        <message>
            <source>Zoom to fit	Ctrl+0</source>
            <translation>Ajuster à la fenêtre	Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Reading the team from the server…</source>
            <translation>Lecture de l'équipe sur le serveur…</translation>
        </message>
        <message>
            <source>Reviewers of the study</source>
            <translation>Codeurs de l'étude</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Blind</source>
            <translation>À l'aveugle</translation>
        </message>
        <message>
            <source>New reviewer's name</source>
            <translation>Nom du nouveau codeur</translation>
        </message>
        <message>
            <source>New reviewer's database login</source>
            <translation>Identifiant de base de données du nouveau codeur</translation>
        </message>
        <message>
            <source>from the name</source>
            <translation>d'après le nom</translation>
        </message>
        <message>
            <source>New reviewer's password</source>
            <translation>Mot de passe du nouveau codeur</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>Le mot de passe à nouveau</translation>
        </message>
        <message>
            <source>Blind: sees only their own work until consensus opens</source>
            <translation>À l'aveugle : ne voit que son propre travail jusqu'à l'ouverture de la phase de consensus</translation>
        </message>
        <message>
            <source>Lead: curates the codebook and opens consensus</source>
            <translation>Responsable : gère le livre de codes et ouvre la phase de consensus</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Ajouter un codeur</translation>
        </message>
        <message>
            <source>Add a reviewer</source>
            <translation>Ajouter un codeur</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Password a&amp;gain:</source>
            <translation>&amp;Confirmer le mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Open consensus…</source>
            <translation>&amp;Ouvrir la phase de consensus…</translation>
        </message>
        <message>
            <source>Who may change the codebook</source>
            <translation>Qui peut modifier le livre de codes</translation>
        </message>
        <message>
            <source>Everyone may change codes, categories and themes</source>
            <translation>Tout le monde peut modifier les codes, catégories et thèmes</translation>
        </message>
        <message>
            <source>Only leads change codes, categories and themes</source>
            <translation>Seuls les responsables modifient les codes, catégories et thèmes</translation>
        </message>
        <message>
            <source>Reading the team</source>
            <translation>Lecture de l'équipe</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codeur</translation>
        </message>
        <message>
            <source>(no login)</source>
            <translation>(aucun identifiant)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Consensus is open: every reviewer sees every reviewer's work.</source>
            <translation>La phase de consensus est ouverte : chaque codeur voit le travail de tous les codeurs.</translation>
        </message>
        <message>
            <source>Blind phase: blind reviewers see only their own work until a lead opens consensus.</source>
            <translation>Phase à l'aveugle : les codeurs à l'aveugle ne voient que leur propre travail jusqu'à ce qu'un responsable ouvre la phase de consensus.</translation>
        </message>
        <message>
            <source>Only a lead changes the team; you can see who is on it.</source>
            <translation>Seul un responsable modifie l'équipe ; vous pouvez voir qui en fait partie.</translation>
        </message>
        <message>
            <source>Consensus is open</source>
            <translation>Phase de consensus ouverte</translation>
        </message>
        <message>
            <source>Only the study's owner (a login that may create database logins) adds reviewers.</source>
            <translation>Seul le propriétaire de l'étude (un identifiant autorisé à créer des identifiants de base de données) ajoute des codeurs.</translation>
        </message>
        <message>
            <source>Give the new reviewer a name.</source>
            <translation>Donnez un nom au nouveau codeur.</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
        </message>
        <message>
            <source>Added {name} (login {login}). Give them the address and their password in person.</source>
            <translation>{name} ajouté (identifiant {login}). Donnez-lui l'adresse et son mot de passe en main propre.</translation>
        </message>
        <message>
            <source>Adding a reviewer</source>
            <translation>Ajout d'un codeur</translation>
        </message>
        <message>
            <source>Open consensus</source>
            <translation>Ouvrir la phase de consensus</translation>
        </message>
        <message>
            <source>End the blind phase? From now on every reviewer sees every reviewer's work. This cannot be undone.</source>
            <translation>Mettre fin à la phase à l'aveugle ? Désormais, chaque codeur verra le travail de tous les codeurs. Cette opération est irréversible.</translation>
        </message>
        <message>
            <source>Opening consensus</source>
            <translation>Ouverture de la phase de consensus</translation>
        </message>
        <message>
            <source>Consensus is open.</source>
            <translation>La phase de consensus est ouverte.</translation>
        </message>
        <message>
            <source>Only leads change the codebook now.</source>
            <translation>Désormais, seuls les responsables modifient le livre de codes.</translation>
        </message>
        <message>
            <source>Every reviewer may change the codebook now.</source>
            <translation>Désormais, tous les codeurs peuvent modifier le livre de codes.</translation>
        </message>
        <message>
            <source>Setting who may change the codebook</source>
            <translation>Réglage des droits de modification du livre de codes</translation>
        </message>
        <message>
            <source>The team could not be read.</source>
            <translation>Impossible de lire l'équipe.</translation>
        </message>
    </context>
    <context>
        <name>TeamStudyDialog</name>
        <message>
            <source>Open team study</source>
            <translation>Ouvrir une étude d'équipe</translation>
        </message>
        <message>
            <source>postgresql://server.example.org/study?sslmode=require</source>
            <translation>postgresql://server.example.org/study?sslmode=require</translation>
        </message>
        <message>
            <source>Remember the password in this computer's keyring</source>
            <translation>Mémoriser le mot de passe dans le trousseau de cet ordinateur</translation>
        </message>
        <message>
            <source>Ask the study's lead for the address and your login. The password is never written to Lectio's settings.</source>
            <translation>Demandez au responsable de l'étude l'adresse et vos identifiants. Le mot de passe n'est jamais écrit dans les réglages de Lectio.</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Enregistrer (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>TextEditMode</name>
        <message>
            <source>Editing the text: meaning units follow their words. Save (Ctrl+S) applies every change as one correction; Cancel (Esc) drops them.</source>
            <translation>Modification du texte : les unités de sens suivent leurs mots. Enregistrer (Ctrl+S) applique toutes les modifications en une seule correction ; Annuler (Esc) les abandonne.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the corrected text</source>
            <translation>Enregistrer le texte corrigé</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>This document holds characters the editor would change (line or page separators); correct it with File › … or `lectio replace-text` instead</source>
            <translation>Ce document contient des caractères que l'éditeur modifierait (séparateurs de ligne ou de page) ; corrigez-le plutôt avec Fichier › … ou `lectio replace-text`</translation>
        </message>
        <message>
            <source>Corrected {places}: {moved} moved, {changed} changed, {emptied} emptied</source>
            <translation>{places} corrigé(s) : {moved} déplacée(s), {changed} modifiée(s), {emptied} vidée(s)</translation>
        </message>
        <message>
            <source>{message} — review them (Ctrl+Shift+U)</source>
            <translation>{message} — à revoir (Ctrl+Shift+U)</translation>
        </message>
        <message>
            <source>Text editing cancelled; nothing was changed</source>
            <translation>Modification du texte annulée ; rien n'a été modifié</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n emplacement</numerusform>
                <numerusform>%n emplacements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unité</numerusform>
                <numerusform>%n unités</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Same as the system (light or dark)</source>
            <translation>Comme le système (clair ou sombre)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
    </context>
    <context>
        <name>ThemeArea</name>
        <message>
            <source>Theme: {name}</source>
            <translation>Thème : {name}</translation>
        </message>
    </context>
    <context>
        <name>UnitDelegate</name>
        <message>
            <source>Condensed meaning — Enter keeps it, Shift+Enter for a new line</source>
            <translation>Unité de sens condensée — Enter la valide, Shift+Enter pour une nouvelle ligne</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <source>Choose a cell, an edge or run a query to see its meaning units.</source>
            <translation>Choisissez une cellule ou une arête, ou exécutez une requête pour voir ses unités de sens.</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unités de sens</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Appuyez sur Enter pour afficher une unité dans le lecteur.</translation>
        </message>
        <message>
            <source>{heading}: {units} (the first {shown} shown)</source>
            <translation>{heading} : {units} (les {shown} premières affichées)</translation>
        </message>
        <message>
            <source>{heading}: {units}</source>
            <translation>{heading} : {units}</translation>
        </message>
        <message>
            <source>Double-click to read it in its document</source>
            <translation>Double-cliquez pour la lire dans son document</translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitListModel</name>
        <message>
            <source>Unit {value}: {value2}</source>
            <translation>Unité {value} : {value2}</translation>
        </message>
        <message>
            <source>; codes: {codes}</source>
            <translation> ; codes : {codes}</translation>
        </message>
    </context>
    <context>
        <name>UnitPanel</name>
        <message>
            <source>Meaning units</source>
            <translation>Unités de sens</translation>
        </message>
        <message>
            <source>Select text and press M to make a unit.
N / P: next / previous · F2: condense</source>
            <translation>Sélectionnez du texte et appuyez sur M pour créer une unité.
N / P : suivante / précédente · F2 : condenser</translation>
        </message>
        <message>
            <source>The meaning units of this document in reading order; choosing one shows it in the text.</source>
            <translation>Les unités de sens de ce document dans l'ordre de lecture ; en choisir une l'affiche dans le texte.</translation>
        </message>
        <message>
            <source>Meaning units — {reviewer_name} ({count})</source>
            <translation>Unités de sens — {reviewer_name} ({count})</translation>
        </message>
    </context>
    <context>
        <name>VersionPanel</name>
        <message>
            <source>Passage of version {side}</source>
            <translation>Passage de la version {side}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</source>
            <translation>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;No meaning unit here.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Aucune unité de sens ici.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;{escape} did not mark this passage.&lt;/i&gt;</source>
            <translation>&lt;i&gt;{escape} n'a pas marqué ce passage.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;no code&lt;/i&gt;</source>
            <translation>&lt;i&gt;aucun code&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt; {codes}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Unité de sens condensée :&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codes :&lt;/b&gt; {codes}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Unité de sens condensée :&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;aucune&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Codes :&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;no code&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;aucun code&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Notes :&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>&amp;Reader</source>
            <translation>&amp;Lecteur</translation>
        </message>
        <message>
            <source>Codebook &amp;board</source>
            <translation>&amp;Tableau du livre de codes</translation>
        </message>
        <message>
            <source>&amp;Consensus session</source>
            <translation>Séance de &amp;consensus</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <source>Views of the study</source>
            <translation>Vues de l'étude</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5 switch between the reader, the codebook board, the consensus session, the participants and the analysis.</source>
            <translation>Ctrl+1 à Ctrl+5 basculent entre le lecteur, le tableau du livre de codes, la séance de consensus, les participants et l'analyse.</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Codebook board</source>
            <translation>Tableau du livre de codes</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>That memo is no longer in the study.</source>
            <translation>Ce mémo ne fait plus partie de l'étude.</translation>
        </message>
        <message>
            <source>Study &amp;notes…</source>
            <translation>&amp;Notes de l'étude…</translation>
        </message>
    </context>
    <context>
        <name>analysis.analysis_view</name>
        <message>
            <source>All reviewers</source>
            <translation>Tous les codeurs</translation>
        </message>
        <message>
            <source>(every unit)</source>
            <translation>(toutes les unités)</translation>
        </message>
    </context>
    <context>
        <name>analysis.charts</name>
        <message>
            <source>Meaning units</source>
            <translation>Unités de sens</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>{singular} by {by}</source>
            <translation>{singular} par {by}</translation>
        </message>
        <message>
            <source>the {count} strongest pairs; </source>
            <translation>les {count} paires les plus fortes ; </translation>
        </message>
        <message>
            <source>Co-occurrence network ({shown}edge width = meaning units carrying both codes, node size = units carrying the code). {definition}</source>
            <translation>Réseau de cooccurrence ({shown}épaisseur des arêtes = unités de sens portant les deux codes, taille des nœuds = unités portant le code). {definition}</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Cooccurrence des codes</translation>
        </message>
        <message>
            <source>Code saturation</source>
            <translation>Saturation des codes</translation>
        </message>
    </context>
    <context>
        <name>board.analysis_table</name>
        <message>
            <source>Meaning unit</source>
            <translation>Unité de sens</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Unité de sens condensée</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
    </context>
    <context>
        <name>board.code_editor</name>
        <message>
            <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;On the table&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag a card onto another card to start a pile (name it, then Enter); drop cards on a pile to add them; drag a card to bare table to take it out; drag a pile into a theme area. Right-click for new cards, piles and theme areas.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab choose · arrows move (Shift: further) · Ctrl+G make a pile · Ctrl+Shift+G take out of the pile · M move to… · F2 rename · Del delete · Ins new card · Ctrl+wheel, Ctrl+= / Ctrl+− zoom · Ctrl+0 fit · middle-drag or Space+drag pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;In the tree&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag rows onto a category or theme (or an Unsorted bin); F2 rename · Ctrl+M move to… · Del delete · right-click to create, colour or merge.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Sur la table&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Faites glisser une carte sur une autre pour commencer une pile (nommez-la, puis Enter) ; déposez des cartes sur une pile pour les y ajouter ; faites glisser une carte sur une partie libre de la table pour la retirer ; faites glisser une pile dans une zone de thème. Clic droit pour créer des cartes, des piles et des zones de thème.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Touches&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab sélectionner · flèches déplacer (Shift : plus loin) · Ctrl+G former une pile · Ctrl+Shift+G retirer de la pile · M déplacer vers… · F2 renommer · Del supprimer · Ins nouvelle carte · Ctrl+molette, Ctrl+= / Ctrl+− zoomer · Ctrl+0 ajuster · glisser avec le bouton du milieu ou Espace+glisser pour se déplacer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Dans l'arborescence&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Faites glisser des lignes sur une catégorie ou un thème (ou dans un groupe « Non classés ») ; F2 renommer · Ctrl+M déplacer vers… · Del supprimer · clic droit pour créer, colorer ou fusionner.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>board.edit_conflict</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Critères d'inclusion</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Critères d'exclusion</translation>
        </message>
    </context>
    <context>
        <name>board.hygiene_panel</name>
        <message>
            <source>no meaning unit carries it yet — merge it, or delete it</source>
            <translation>aucune unité de sens ne le porte encore — fusionnez-le ou supprimez-le</translation>
        </message>
        <message>
            <source>drag it onto a pile or a category</source>
            <translation>faites-le glisser sur une pile ou une catégorie</translation>
        </message>
        <message>
            <source>drop codes into it, or delete it</source>
            <translation>déposez-y des codes, ou supprimez-la</translation>
        </message>
        <message>
            <source>drop piles into it, or delete it</source>
            <translation>déposez-y des piles, ou supprimez-le</translation>
        </message>
        <message>
            <source>a category usually gathers several codes</source>
            <translation>une catégorie regroupe généralement plusieurs codes</translation>
        </message>
    </context>
    <context>
        <name>board.move_dialog</name>
        <message>
            <source>Unsorted (no category)</source>
            <translation>Non classés (sans catégorie)</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>Catégorie : {name}</translation>
        </message>
        <message>
            <source>Unsorted (no theme)</source>
            <translation>Non classées (sans thème)</translation>
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation>Thème : {name}</translation>
        </message>
        <message>
            <source>Inside category: {name}</source>
            <translation>Dans la catégorie : {name}</translation>
        </message>
    </context>
    <context>
        <name>board.retrieval_panel</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codeur</translation>
        </message>
        <message>
            <source>Meaning unit</source>
            <translation>Unité de sens</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Unité de sens condensée</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>board.tree_model</name>
        <message>
            <source>Codebook</source>
            <translation>Livre de codes</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Docs</source>
            <translation>Docs</translation>
        </message>
        <message>
            <source>Unsorted categories (no theme)</source>
            <translation>Catégories non classées (sans thème)</translation>
        </message>
        <message>
            <source>Unsorted codes (no category)</source>
            <translation>Codes non classés (sans catégorie)</translation>
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
            <translation>Accord</translation>
        </message>
        <message>
            <source>Cohen's κ</source>
            <translation>κ de Cohen</translation>
        </message>
        <message>
            <source>Krippendorff's α</source>
            <translation>α de Krippendorff</translation>
        </message>
        <message>
            <source>Characters coded by both / A only / B only</source>
            <translation>Caractères codés par les deux / A seulement / B seulement</translation>
        </message>
    </context>
    <context>
        <name>consensus.consensus_view</name>
        <message>
            <source>Accept A</source>
            <translation>Accepter A</translation>
        </message>
        <message>
            <source>Accept B</source>
            <translation>Accepter B</translation>
        </message>
        <message>
            <source>Merge boundaries</source>
            <translation>Fusionner les limites</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>one reviewer, {escape}</source>
            <translation>un seul codeur, {escape}</translation>
        </message>
        <message>
            <source>no reviewer yet</source>
            <translation>aucun codeur pour l'instant</translation>
        </message>
        <message>
            <source>&lt;h2&gt;A second reviewer is needed&lt;/h2&gt;&lt;p&gt;Consensus compares two reviewers' meaning units and codes, disagreement by disagreement. This study has {who}.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;Edit › Reviewers…&lt;/b&gt; (Ctrl+Shift+R) when the second reviewer codes on this computer, or &lt;b&gt;File › Create reviewer copy…&lt;/b&gt; to give them a file of their own and, when it comes back, &lt;b&gt;File › Merge reviewer's file…&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Un second codeur est nécessaire&lt;/h2&gt;&lt;p&gt;Le consensus compare les unités de sens et les codes de deux codeurs, désaccord par désaccord. Cette étude compte {who}.&lt;/p&gt;&lt;p&gt;Pour en ajouter un : &lt;b&gt;Édition › Codeurs…&lt;/b&gt; (Ctrl+Shift+R) si le second codeur code sur cet ordinateur, ou &lt;b&gt;Fichier › Créer une copie pour un codeur…&lt;/b&gt; pour lui remettre son propre fichier et, à son retour, &lt;b&gt;Fichier › Fusionner le fichier d'un codeur…&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Cannot open the team study</source>
            <translation>Impossible d'ouvrir l'étude d'équipe</translation>
        </message>
    </context>
    <context>
        <name>dossier_flow</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Exporter le dossier de fiabilité</translation>
        </message>
    </context>
    <context>
        <name>excepthook</name>
        <message>
            <source>“{action}” was not saved</source>
            <translation>« {action} » n'a pas été enregistré</translation>
        </message>
        <message>
            <source>your last change may not have been saved</source>
            <translation>votre dernière modification n'a peut-être pas été enregistrée</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>exchange_flow</name>
        <message>
            <source>{count} thing(s) need your attention — see the details.</source>
            <translation>{count} point(s) requièrent votre attention — voir les détails.</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>rien de nouveau</translation>
        </message>
        <message>
            <source>Automatic — the REFI-QDA standard, unless the file proves otherwise</source>
            <translation>Automatique — la norme REFI-QDA, sauf si le fichier prouve le contraire</translation>
        </message>
        <message>
            <source>Unicode code points — the REFI-QDA standard</source>
            <translation>Points de code Unicode — la norme REFI-QDA</translation>
        </message>
        <message>
            <source>UTF-16 code units — as NVivo for Windows counts</source>
            <translation>Unités de code UTF-16 — comme compte NVivo pour Windows</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>Livre de codes REFI-QDA (*.qdc)</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>Projet REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>Import from another QDA program</source>
            <translation>Importer depuis un autre logiciel QDA</translation>
        </message>
        <message>
            <source>{kind};;All files (*)</source>
            <translation>{kind};;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Imported {name}: {counts}</source>
            <translation>{name} importé : {counts}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>Importer {name}</translation>
        </message>
        <message>
            <source>Merge a reviewer's file</source>
            <translation>Fusionner le fichier d'un codeur</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Projets Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>Merge {name}</source>
            <translation>Fusionner {name}</translation>
        </message>
        <message>
            <source>Wrote {out}</source>
            <translation>{out} écrit</translation>
        </message>
        <message>
            <source>Reviewer copy</source>
            <translation>Copie pour un codeur</translation>
        </message>
        <message>
            <source>Wrote {name} for {name2}{value}.</source>
            <translation>{name} écrit pour {name2}{value}.</translation>
        </message>
        <message>
            <source>Send it to {name}; merge it back with File › Merge reviewer's file… when the coding is done.</source>
            <translation>Envoyez-la à {name} ; réintégrez-la avec Fichier › Fusionner le fichier d'un codeur… une fois le codage terminé.</translation>
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>Wrote {out}</source>
            <translation>{out} écrit</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>{name} écrit</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Export the codebook</source>
            <translation>Exporter le livre de codes</translation>
        </message>
        <message>
            <source>codebook</source>
            <translation>livre de codes</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>Export the analysis table</source>
            <translation>Exporter le tableau d'analyse</translation>
        </message>
        <message>
            <source>analysis table</source>
            <translation>tableau d'analyse</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;CSV for Excel (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>Documents Word (*.docx);;CSV pour Excel (*.csv);;Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Codebook (Word)…</source>
            <translation>&amp;Livre de codes (Word)…</translation>
        </message>
        <message>
            <source>&amp;Analysis table (Word or CSV)…</source>
            <translation>&amp;Tableau d'analyse (Word ou CSV)…</translation>
        </message>
        <message>
            <source>Consensus &amp;report (Word)…</source>
            <translation>&amp;Rapport de consensus (Word)…</translation>
        </message>
        <message>
            <source>Export the consensus report</source>
            <translation>Exporter le rapport de consensus</translation>
        </message>
        <message>
            <source>consensus report</source>
            <translation>rapport de consensus</translation>
        </message>
        <message>
            <source>Trustworthiness &amp;dossier (Word)…</source>
            <translation>&amp;Dossier de fiabilité (Word)…</translation>
        </message>
        <message>
            <source>Codebook &amp;versions…</source>
            <translation>&amp;Versions du livre de codes…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>&amp;Projet REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA project</source>
            <translation>Exporter un projet REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA</source>
            <translation>REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>Projets REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA code&amp;book (.qdc)…</source>
            <translation>Livre de &amp;codes REFI-QDA (.qdc)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA codebook</source>
            <translation>Exporter un livre de codes REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA codebooks (*.qdc)</source>
            <translation>Livres de codes REFI-QDA (*.qdc)</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Lectio guide</source>
            <translation>Guide de Lectio</translation>
        </message>
    </context>
    <context>
        <name>import_flow</name>
        <message>
            <source>Import documents</source>
            <translation>Importer des documents</translation>
        </message>
        <message>
            <source>Documents ({patterns});;All files (*)</source>
            <translation>Documents ({patterns});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>File {value} of {total}: {message}</source>
            <translation>Fichier {value} sur {total} : {message}</translation>
        </message>
        <message>
            <source>Import stopped: {plain_reason}</source>
            <translation>Importation interrompue : {plain_reason}</translation>
        </message>
        <message>
            <source>✗ {line} — you will be asked for its password</source>
            <translation>✗ {line} — son mot de passe vous sera demandé</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message>
            <source>Password needed</source>
            <translation>Mot de passe requis</translation>
        </message>
        <message>
            <source>{name} is encrypted. Password:</source>
            <translation>{name} est chiffré. Mot de passe :</translation>
        </message>
        <message numerus="yes">
            <source>%n was already in the study and was skipped.</source>
            <translation>
                <numerusform>%n fichier figurait déjà dans l'étude et a été ignoré.</numerusform>
                <numerusform>%n fichiers figuraient déjà dans l'étude et ont été ignorés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {count} of %n file(s).</source>
            <translation>
                <numerusform>Fichiers importés : {count} sur %n.</numerusform>
                <numerusform>Fichiers importés : {count} sur %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>Importation de %n fichier</numerusform>
                <numerusform>Importation de %n fichiers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>the demo study</source>
            <translation>l'étude de démonstration</translation>
        </message>
    </context>
    <context>
        <name>participants_dialogs</name>
        <message>
            <source>Speaker</source>
            <translation>Locuteur</translation>
        </message>
        <message>
            <source>Every interviewer turn</source>
            <translation>Chaque tour de parole de l'intervieweur</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Mot-clé</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>Expression régulière</translation>
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
            <translation>Unités de sens</translation>
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
            <translation>Lecture des unités de sens</translation>
        </message>
        <message>
            <source>Comparing characters</source>
            <translation>Comparaison des caractères</translation>
        </message>
        <message>
            <source>Matching meaning units</source>
            <translation>Appariement des unités de sens</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Copying the study</source>
            <translation>Copie de l'étude</translation>
        </message>
        <message>
            <source>Preparing the copy</source>
            <translation>Préparation de la copie</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>Lecture de {name}</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Écriture</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Fusionné</translation>
        </message>
        <message>
            <source>Computing agreement</source>
            <translation>Calcul de l'accord</translation>
        </message>
        <message>
            <source>Reading decisions</source>
            <translation>Lecture des décisions</translation>
        </message>
        <message>
            <source>Writing the decision log</source>
            <translation>Écriture du journal des décisions</translation>
        </message>
        <message>
            <source>Queued {name}</source>
            <translation>{name} en file d'attente</translation>
        </message>
        <message>
            <source>Replacing names in {name}</source>
            <translation>Remplacement des noms dans {name}</translation>
        </message>
        <message>
            <source>Rewriting the file</source>
            <translation>Réécriture du fichier</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Remplacement</translation>
        </message>
        <message>
            <source>Reading the project…</source>
            <translation>Lecture de l'étude…</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>{name} écrit</translation>
        </message>
        <message>
            <source>Writing meaning unit {i} of {total}…</source>
            <translation>Écriture de l'unité de sens {i} sur {total}…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saving {name}…</source>
            <translation>Enregistrement de {name}…</translation>
        </message>
        <message>
            <source>Writing code {done} of {total}…</source>
            <translation>Écriture du code {done} sur {total}…</translation>
        </message>
        <message>
            <source>Writing the dossier…</source>
            <translation>Écriture du dossier…</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Lecture de l'étude…</translation>
        </message>
        <message>
            <source>Reading text</source>
            <translation>Lecture du texte</translation>
        </message>
        <message>
            <source>Opening Word document</source>
            <translation>Ouverture du document Word</translation>
        </message>
        <message>
            <source>Reading notes and comments</source>
            <translation>Lecture des notes et commentaires</translation>
        </message>
        <message>
            <source>Opening OpenDocument text</source>
            <translation>Ouverture du texte OpenDocument</translation>
        </message>
        <message>
            <source>Reading RTF</source>
            <translation>Lecture du RTF</translation>
        </message>
        <message>
            <source>Reading transcript</source>
            <translation>Lecture de la transcription</translation>
        </message>
        <message>
            <source>Reading subtitles</source>
            <translation>Lecture des sous-titres</translation>
        </message>
        <message>
            <source>Reading captions</source>
            <translation>Lecture des légendes</translation>
        </message>
        <message>
            <source>Reading the project</source>
            <translation>Lecture de l'étude</translation>
        </message>
        <message>
            <source>Writing {name}</source>
            <translation>Écriture de {name}</translation>
        </message>
        <message>
            <source>Reading the codebook</source>
            <translation>Lecture du livre de codes</translation>
        </message>
        <message>
            <source>Matching codes, documents and reviewers</source>
            <translation>Appariement des codes, documents et codeurs</translation>
        </message>
        <message>
            <source>Writing {name} into the project</source>
            <translation>Écriture de {name} dans l'étude</translation>
        </message>
        <message>
            <source>Imported {name}</source>
            <translation>{name} importé</translation>
        </message>
        <message>
            <source>Reading source {number} of {count}</source>
            <translation>Lecture de la source {number} sur {count}</translation>
        </message>
        <message>
            <source>Unpacking {name}</source>
            <translation>Décompression de {name}</translation>
        </message>
        <message>
            <source>Rewriting the backup {name}</source>
            <translation>Réécriture de la sauvegarde {name}</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Suppression définitive du document</translation>
        </message>
    </context>
    <context>
        <name>reader.actions</name>
        <message>
            <source>Pass &amp;1 – Immersion</source>
            <translation>Passage &amp;1 – Immersion</translation>
        </message>
        <message>
            <source>Read calmly, without coding controls</source>
            <translation>Lire tranquillement, sans outils de codage</translation>
        </message>
        <message>
            <source>Pass &amp;2 – Meaning units</source>
            <translation>Passage &amp;2 – Unités de sens</translation>
        </message>
        <message>
            <source>Mark meaning units and condense them</source>
            <translation>Délimiter les unités de sens et les condenser</translation>
        </message>
        <message>
            <source>Pass &amp;3 – Annotation</source>
            <translation>Passage &amp;3 – Annotation</translation>
        </message>
        <message>
            <source>Write notes beside units; form codes</source>
            <translation>Écrire des notes à côté des unités ; former des codes</translation>
        </message>
        <message>
            <source>&amp;Mark this pass done</source>
            <translation>&amp;Marquer ce passage comme terminé</translation>
        </message>
        <message>
            <source>Mark the document read in this pass (again: back to in progress)</source>
            <translation>Marquer le document comme lu dans ce passage (à nouveau : retour à « en cours »)</translation>
        </message>
        <message>
            <source>&amp;First impressions…</source>
            <translation>&amp;Premières impressions…</translation>
        </message>
        <message>
            <source>Your first-impressions memo</source>
            <translation>Votre mémo de premières impressions</translation>
        </message>
        <message>
            <source>Make &amp;meaning unit</source>
            <translation>Créer une &amp;unité de sens</translation>
        </message>
        <message>
            <source>Make a meaning unit from the selection</source>
            <translation>Créer une unité de sens à partir de la sélection</translation>
        </message>
        <message>
            <source>&amp;Delete meaning unit</source>
            <translation>&amp;Supprimer l'unité de sens</translation>
        </message>
        <message>
            <source>&amp;Next unit</source>
            <translation>Unité suiva&amp;nte</translation>
        </message>
        <message>
            <source>&amp;Previous unit</source>
            <translation>Unité &amp;précédente</translation>
        </message>
        <message>
            <source>Unit start one word earlier</source>
            <translation>Début de l'unité un mot plus tôt</translation>
        </message>
        <message>
            <source>Unit start one word later</source>
            <translation>Début de l'unité un mot plus tard</translation>
        </message>
        <message>
            <source>Unit end one word earlier</source>
            <translation>Fin de l'unité un mot plus tôt</translation>
        </message>
        <message>
            <source>Unit end one word later</source>
            <translation>Fin de l'unité un mot plus tard</translation>
        </message>
        <message>
            <source>Edit &amp;condensed meaning</source>
            <translation>Modifier l'unité de sens &amp;condensée</translation>
        </message>
        <message>
            <source>Add &amp;note to unit…</source>
            <translation>Ajouter une &amp;note à l'unité…</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>Modifi&amp;er la note…</translation>
        </message>
        <message>
            <source>Delete note…</source>
            <translation>Supprimer la note…</translation>
        </message>
        <message>
            <source>&amp;Code unit…</source>
            <translation>&amp;Coder l'unité…</translation>
        </message>
        <message>
            <source>Assign, create or remove a code (type-ahead)</source>
            <translation>Attribuer, créer ou retirer un code (saisie semi-automatique)</translation>
        </message>
        <message>
            <source>Show &amp;other reviewers' units</source>
            <translation>Afficher les unités des &amp;autres codeurs</translation>
        </message>
        <message>
            <source>The other reviewers' units in their colour, dashed and read-only</source>
            <translation>Les unités des autres codeurs dans leur couleur, en pointillés et en lecture seule</translation>
        </message>
        <message>
            <source>Next &amp;pane (documents, text, units)</source>
            <translation>&amp;Volet suivant (documents, texte, unités)</translation>
        </message>
        <message>
            <source>Move the focus to the next pane</source>
            <translation>Déplacer le focus vers le volet suivant</translation>
        </message>
        <message>
            <source>&amp;Find in document…</source>
            <translation>&amp;Rechercher dans le document…</translation>
        </message>
        <message>
            <source>&amp;Search the project…</source>
            <translation>Rec&amp;hercher dans le projet…</translation>
        </message>
        <message>
            <source>Edit &amp;text (correct the transcript)</source>
            <translation>Modifier le &amp;texte (corriger la transcription)</translation>
        </message>
        <message>
            <source>Correct the document's words in place; meaning units follow their words</source>
            <translation>Corriger directement les mots du document ; les unités de sens suivent leurs mots</translation>
        </message>
        <message>
            <source>Find and &amp;replace…</source>
            <translation>Rechercher et re&amp;mplacer…</translation>
        </message>
        <message>
            <source>Replace words in this document or the whole study</source>
            <translation>Remplacer des mots dans ce document ou dans toute l'étude</translation>
        </message>
        <message>
            <source>Re&amp;view corrected units…</source>
            <translation>Re&amp;voir les unités corrigées…</translation>
        </message>
        <message>
            <source>The units a correction changed, old and new side by side</source>
            <translation>Les unités modifiées par une correction, ancienne et nouvelle version côte à côte</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texte plus pe&amp;tit</translation>
        </message>
    </context>
    <context>
        <name>reader.document_actions</name>
        <message>
            <source>Remove “{name}” from the study?

Its {sentence} go with it (every reviewer's). Edit › Undo brings them all back.</source>
            <translation>Retirer « {name} » de l'étude ?

Ses {sentence} disparaissent avec lui (celles de tous les codeurs). Édition › Annuler les rétablit toutes.</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Retirer le document</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Delete “{name}” permanently?

Its {sentence} (every reviewer's) are deleted with it, and so is every copy of its text in the undo history and the search index. This cannot be undone: Edit › Undo will not bring it back. Use this when a participant withdraws consent.</source>
            <translation>Supprimer « {name} » définitivement ?

Ses {sentence} (de tous les codeurs) disparaissent avec lui, de même que toute copie de son texte dans l'historique d'annulation et l'index de recherche. Cette opération est irréversible : Édition › Annuler ne le rétablira pas. Utilisez cette commande lorsqu'un participant retire son consentement.</translation>
        </message>
        <message>
            <source>Who speaks only in this document is deleted too, with their attributes: {names}.</source>
            <translation>Les personnes qui ne parlent que dans ce document sont aussi supprimées, avec leurs attributs : {names}.</translation>
        </message>
        <message>
            <source>Delete document permanently</source>
            <translation>Supprimer définitivement le document</translation>
        </message>
        <message>
            <source>Also delete it from the automatic backups made before ({n})</source>
            <translation>Le supprimer aussi des sauvegardes automatiques faites auparavant ({n})</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
        <message>
            <source>The document is deleted, but {n} backup(s) still hold it; delete them yourself: {files}</source>
            <translation>Le document est supprimé, mais il reste dans {n} sauvegarde(s), à supprimer vous-même : {files}</translation>
        </message>
        <message>
            <source>“{name}” is deleted permanently</source>
            <translation>« {name} » est supprimé définitivement</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Suppression définitive du document</translation>
        </message>
    </context>
    <context>
        <name>reader.document_list</name>
        <message>
            <source>not started</source>
            <translation>non commencé</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Your meaning units</source>
            <translation>Vos unités de sens</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Vos notes</translation>
        </message>
        <message>
            <source>Time you have spent reading (all passes)</source>
            <translation>Temps passé à lire (tous les passages)</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>Tous les documents</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non commencés</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Finished (all passes done)</source>
            <translation>Terminés (tous les passages effectués)</translation>
        </message>
        <message>
            <source>Pass 1 to do</source>
            <translation>Passage 1 à faire</translation>
        </message>
        <message>
            <source>Pass 2 to do</source>
            <translation>Passage 2 à faire</translation>
        </message>
        <message>
            <source>Pass 3 to do</source>
            <translation>Passage 3 à faire</translation>
        </message>
        <message>
            <source>Pass {number} – {name}</source>
            <translation>Passage {number} – {name}</translation>
        </message>
    </context>
    <context>
        <name>reader.unit_panel</name>
        <message>
            <source>Condensed meaning — F2 to write</source>
            <translation>Unité de sens condensée — F2 pour écrire</translation>
        </message>
    </context>
    <context>
        <name>sync_flow</name>
        <message>
            <source>Sync with the team server</source>
            <translation>Synchroniser avec le serveur de l'équipe</translation>
        </message>
        <message>
            <source>Password for {address}:</source>
            <translation>Mot de passe pour {address} :</translation>
        </message>
        <message>
            <source>Synced with {origin}: sent {sent}, received {received}.</source>
            <translation>Synchronisé avec {origin} : {sent} envoyés, {received} reçus.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</source>
            <translation>
                <numerusform>%n élément a été modifié à la fois dans cette copie et sur le serveur. Rien n'a été écrasé : chaque côté garde sa version jusqu'à ce que vous décidiez.</numerusform>
                <numerusform>%n éléments ont été modifiés à la fois dans cette copie et sur le serveur. Rien n'a été écrasé : chaque côté garde sa version jusqu'à ce que vous décidiez.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>analysis.figures</name>
        <message>
            <source>(no participant)</source>
            <translation>(sans participant)</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(sans valeur)</translation>
        </message>
        <message>
            <source>; overlaps: the number of pairs of two different meaning units, one with each code, whose spans overlap in the same document</source>
            <translation>; chevauchements : le nombre de paires de deux unités de sens différentes, une avec chaque code, dont les passages se chevauchent dans le même document</translation>
        </message>
        <message>
            <source>; with participants counted, the distinct participants with at least one such unit (a unit without participant counts its document as one participant)</source>
            <translation>; en comptant les participants, les participants distincts ayant au moins une telle unité (une unité sans participant compte son document comme un participant)</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Co-occurrence: for two codes, the number of meaning units carrying both{overlap}. Layer: {layer}.</source>
            <translation>Cooccurrence : pour deux codes, le nombre d'unités de sens portant les deux{overlap}. Couche : {layer}.</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Matrix: rows are {rows}, columns are the values of {by}; a cell counts the meaning units carrying the {row} whose participant has that value (a unit's participant is the speaker of the turn where it starts, else the participant its document is assigned to){people}. Layer: {layer}.</source>
            <translation>Matrice : les lignes sont {rows}, les colonnes sont les valeurs de {by} ; une cellule compte les unités de sens portant l'élément de la ligne ({row}) et dont le participant a cette valeur (le participant d'une unité est la personne qui parle dans le tour où elle commence, sinon le participant auquel son document est attribué){people}. Couche : {layer}.</translation>
        </message>
        <message>
            <source>Saturation (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): documents in {order} order; base = the first {base} documents; run length {run}; threshold {threshold}. For k = base+1, base+2, … while k+run−1 ≤ the number of documents: new(k) = the codes first occurring in documents k … k+run−1; ratio(k) = |new(k)| / |distinct codes in the base|. Saturation is reached at k−1 documents for the first k with ratio(k) ≤ threshold. A code occurs in a document when a meaning unit of the layer ({layer}) in it carries the code.</source>
            <translation>Saturation (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5) : e0232076) : documents dans l'ordre {order} ; base = les {base} premiers documents ; longueur de série {run} ; seuil {threshold}. Pour k = base+1, base+2, … tant que k+série−1 ≤ le nombre de documents : nouveaux(k) = les codes apparaissant pour la première fois dans les documents k … k+série−1 ; ratio(k) = |nouveaux(k)| / |codes distincts dans la base|. La saturation est atteinte à k−1 documents pour le premier k avec ratio(k) ≤ seuil. Un code apparaît dans un document lorsqu'une unité de sens de la couche ({layer}) qu'il contient porte le code.</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>La saturation n'a pas été atteinte en {count} documents (base {base}, série {run}, ≤ {threshold} de nouveaux codes).</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>La saturation n'a pas été atteinte en {count} entretiens (base {base}, série {run}, ≤ {threshold} de nouveaux codes).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>La saturation a été atteinte à {count} documents (base {base}, série {run}, ≤ {threshold} de nouveaux codes).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>La saturation a été atteinte à {count} entretiens (base {base}, série {run}, ≤ {threshold} de nouveaux codes).</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>tous les codeurs</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>les catégories</translation>
        </message>
        <message>
            <source>category (any of its codes)</source>
            <translation>catégorie (l'un quelconque de ses codes)</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>les codes</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consensus</translation>
        </message>
        <message>
            <source>import</source>
            <translation>d'importation</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <source>theme (any of its codes)</source>
            <translation>thème (l'un quelconque de ses codes)</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>les thèmes</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unités</translation>
        </message>
    </context>
    <context>
        <name>consensus.disagreements</name>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Different boundaries</source>
            <translation>Limites différentes</translation>
        </message>
        <message>
            <source>Different codes</source>
            <translation>Codes différents</translation>
        </message>
        <message>
            <source>Only {a} made this unit</source>
            <translation>Unité créée par {a} seulement</translation>
        </message>
        <message>
            <source>Only {b} made this unit</source>
            <translation>Unité créée par {b} seulement</translation>
        </message>
        <message>
            <source>{resolved} of {total} resolved</source>
            <translation>{resolved} sur {total} résolus</translation>
        </message>
    </context>
    <context>
        <name>consensus.merge</name>
        <message>
            <source>Attribute value {name}</source>
            <translation>Valeur d'attribut {name}</translation>
        </message>
        <message>
            <source>Attribute {name}</source>
            <translation>Attribut {name}</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Catégorie {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Code {name}</translation>
        </message>
        <message>
            <source>Coding {name}</source>
            <translation>Codage {name}</translation>
        </message>
        <message>
            <source>Conflict: {description}</source>
            <translation>Conflit : {description}</translation>
        </message>
        <message>
            <source>Decision {name}</source>
            <translation>Décision {name}</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Document {name}</translation>
        </message>
        <message>
            <source>Meaning unit {name}</source>
            <translation>Unité de sens {name}</translation>
        </message>
        <message>
            <source>Memo {name}</source>
            <translation>Mémo {name}</translation>
        </message>
        <message>
            <source>Merged {file}: nothing new</source>
            <translation>{file} fusionné : rien de nouveau</translation>
        </message>
        <message>
            <source>Merged {file}: {added}</source>
            <translation>{file} fusionné : {added}</translation>
        </message>
        <message>
            <source>Note {name}</source>
            <translation>Note {name}</translation>
        </message>
        <message>
            <source>Participant {name}</source>
            <translation>Participant {name}</translation>
        </message>
        <message>
            <source>Reading progress {name}</source>
            <translation>Progression de lecture {name}</translation>
        </message>
        <message>
            <source>Reviewer {name}</source>
            <translation>Codeur {name}</translation>
        </message>
        <message>
            <source>Speaker turns of {name}</source>
            <translation>Tours de parole de {name}</translation>
        </message>
        <message>
            <source>Taken from the other file: {updated}</source>
            <translation>Repris de l'autre fichier : {updated}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Thème {name}</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Avertissement : {warning}</translation>
        </message>
        <message>
            <source>category_id</source>
            <translation>ID de la catégorie</translation>
        </message>
        <message>
            <source>changed in both files</source>
            <translation>modifications dans les deux fichiers</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>couleur</translation>
        </message>
        <message>
            <source>condensed</source>
            <translation>unité de sens condensée</translation>
        </message>
        <message>
            <source>consensus_unit_id</source>
            <translation>ID de l'unité de consensus</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>définition</translation>
        </message>
        <message>
            <source>deleted here, edited there</source>
            <translation>suppression ici, modification là-bas</translation>
        </message>
        <message>
            <source>deleted there, still here</source>
            <translation>suppression là-bas, mais existe toujours ici</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>exclusion</source>
            <translation>critères d'exclusion</translation>
        </message>
        <message>
            <source>exemplar_unit_id</source>
            <translation>ID de l'unité exemplaire</translation>
        </message>
        <message>
            <source>inclusion</source>
            <translation>critères d'inclusion</translation>
        </message>
        <message>
            <source>into {name}</source>
            <translation>dans {name}</translation>
        </message>
        <message>
            <source>merged into another participant there</source>
            <translation>fusionné là-bas dans un autre participant</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>no participant</source>
            <translation>aucun participant</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>parent_id</source>
            <translation>ID de la catégorie parente</translation>
        </message>
        <message>
            <source>participant {here} here, {there} there</source>
            <translation>participant : {here} ici, {there} là-bas</translation>
        </message>
        <message>
            <source>participant_id</source>
            <translation>ID du participant</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>speaker turns differ between the two files</source>
            <translation>les tours de parole diffèrent entre les deux fichiers</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>text corrected in one file and not in the other</source>
            <translation>texte corrigé dans un fichier et pas dans l'autre</translation>
        </message>
        <message>
            <source>theme_id</source>
            <translation>ID du thème</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>{column} {here} here, {there} there</source>
            <translation>{column} : {here} ici, {there} là-bas</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first} ; {rest}</translation>
        </message>
        <message>
            <source>{here} turn(s) here, {there} there</source>
            <translation>tours de parole : {here} ici, {there} là-bas</translation>
        </message>
        <message>
            <source>{item}: {problem}</source>
            <translation>{item} : {problem}</translation>
        </message>
        <message>
            <source>{item}: {problem} ({detail})</source>
            <translation>{item} : {problem} ({detail})</translation>
        </message>
    </context>
    <context>
        <name>consensus.methods</name>
        <message numerus="yes">
            <source>%n disagreement(s)</source>
            <translation>
                <numerusform>%n désaccord</numerusform>
                <numerusform>%n désaccords</numerusform>
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
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation>
                <numerusform>%n paire</numerusform>
                <numerusform>%n paires</numerusform>
            </translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement, so it is not a figure to report on its own.</source>
            <translation>. {share} de ces caractères ont été codés par au moins un codeur ; le pourcentage d'accord brut ({agreement}) compte le reste non codé comme un accord, ce n'est donc pas un chiffre à rapporter seul.</translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement.</source>
            <translation>. {share} de ces caractères ont été codés par au moins un codeur ; le pourcentage d'accord brut ({agreement}) compte le reste non codé comme un accord.</translation>
        </message>
        <message>
            <source>; per-code kappa ranged from {low} to {high}</source>
            <translation> ; le kappa par code allait de {low} à {high}</translation>
        </message>
        <message>
            <source>Accepted A</source>
            <translation>A accepté</translation>
        </message>
        <message>
            <source>Accepted B</source>
            <translation>B accepté</translation>
        </message>
        <message>
            <source>Agreed (identical)</source>
            <translation>Accord (identique)</translation>
        </message>
        <message>
            <source>Agreement was computed at the character level for each of the {codes} codes over the {documents} both reviewers coded ({characters} characters; a character counts as coded with a code when a meaning unit carrying the code covers it). Pooled over all codes, Cohen's kappa was {kappa} and Krippendorff's alpha (nominal) {alpha}</source>
            <translation>L'accord a été calculé au niveau des caractères pour chacun des {codes} codes sur les {documents} codés par les deux codeurs ({characters} caractères ; un caractère est considéré comme codé avec un code lorsqu'une unité de sens portant ce code le couvre). Tous codes confondus, le kappa de Cohen était de {kappa} et l'alpha de Krippendorff (nominal) de {alpha}</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {threshold:g}): {pairs} matched, {only_a} units were made only by {a} and {only_b} only by {b}; on matched units, kappa for the codes was {kappa}. </source>
            <translation>Les unités de sens ont été appariées entre les codeurs selon leur chevauchement (indice de Jaccard ≥ {threshold:g}) : {pairs} appariées, {only_a} unités n'ont été créées que par {a} et {only_b} que par {b} ; sur les unités appariées, le kappa des codes était de {kappa}. </translation>
        </message>
        <message>
            <source>Merged boundaries</source>
            <translation>Limites fusionnées</translation>
        </message>
        <message>
            <source>No document has been coded by both reviewers yet, so there are no agreement figures to report. </source>
            <translation>Aucun document n'a encore été codé par les deux codeurs ; il n'y a donc pas d'indicateurs d'accord à rapporter. </translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <source>The comparison found no disagreements to settle.</source>
            <translation>La comparaison n'a révélé aucun désaccord à trancher.</translation>
        </message>
        <message>
            <source>The comparison found {found}; all {total} were discussed in consensus sessions and settled ({how}); each decision was recorded with its rationale, who decided and when, and the agreed units form the consensus layer used in the analysis.</source>
            <translation>La comparaison a révélé {found} ; les {total} ont tous été discutés en séances de consensus et tranchés ({how}) ; chaque décision a été enregistrée avec sa justification, son auteur et sa date, et les unités convenues forment la couche de consensus utilisée dans l'analyse.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session has not started yet, so none has been settled.</source>
            <translation>La comparaison a révélé {found} ; la séance de consensus n'a pas encore commencé, aucun n'a donc été tranché.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session is under way: {resolved} of them have been settled so far ({how}) and {open} remain open. Each decision is recorded with its rationale, who decided and when.</source>
            <translation>La comparaison a révélé {found} ; la séance de consensus est en cours : {resolved} ont été tranchés jusqu'ici ({how}) et {open} restent ouverts. Chaque décision est enregistrée avec sa justification, son auteur et sa date.</translation>
        </message>
        <message>
            <source>by adopting identical units</source>
            <translation>par adoption des unités identiques</translation>
        </message>
        <message>
            <source>by agreement</source>
            <translation>par accord</translation>
        </message>
        <message>
            <source>{both} of {documents} were coded by both ({units_a} by {a} and {units_b} by {b} in them). </source>
            <translation>{both} des {documents} ont été codés par les deux ({units_a} par {a} et {units_b} par {b} dans ces documents). </translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently, each in a blind copy of the project.</source>
            <translation>{count} codeurs ont participé ; {a} et {b} ont chacun découpé les textes en unités de sens et les ont codés de façon indépendante, chacun dans une copie à l'aveugle du projet.</translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently.</source>
            <translation>{count} codeurs ont participé ; {a} et {b} ont chacun découpé les textes en unités de sens et les ont codés de façon indépendante.</translation>
        </message>
    </context>
    <context>
        <name>consensus.report</name>
        <message>
            <source>Agreement on meaning units</source>
            <translation>Accord sur les unités de sens</translation>
        </message>
        <message>
            <source>Agreement per code (character level)</source>
            <translation>Accord par code (niveau des caractères)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <source>Consensus report — {title}</source>
            <translation>Rapport de consensus — {title}</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Journal des décisions</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Alpha de Krippendorff</translation>
        </message>
        <message>
            <source>Matched at Jaccard ≥ {threshold:g}: {matched}; only {a}: {only_a}; only {b}: {only_b}; identical codes on {identical} of {matched} matched units; kappa for codes on matched units {kappa}.</source>
            <translation>Appariées pour Jaccard ≥ {threshold:g} : {matched} ; seulement {a} : {only_a} ; seulement {b} : {only_b} ; codes identiques sur {identical} des {matched} unités appariées ; kappa des codes sur les unités appariées {kappa}.</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Méthodes (brouillon à adapter)</translation>
        </message>
        <message>
            <source>No decisions yet: the consensus session has not started.</source>
            <translation>Pas encore de décisions : la séance de consensus n'a pas commencé.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Over the {count} document(s) both reviewers coded.</source>
            <translation>Sur le(s) {count} document(s) codé(s) par les deux codeurs.</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Pourcentage d'accord</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Tous codes confondus</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Reviewers compared: {a} and {b}. Disagreements {progress}.</source>
            <translation>Codeurs comparés : {a} et {b}. Désaccords : {progress}.</translation>
        </message>
        <message>
            <source>Undefined: the code was used by neither reviewer (or by both everywhere), so there is no variation to agree on. Pooled: all codes' character vectors taken together.</source>
            <translation>Non défini : le code n'a été utilisé par aucun des codeurs (ou par les deux partout), il n'y a donc pas de variation sur laquelle s'accorder. Tous codes confondus : les vecteurs de caractères de tous les codes pris ensemble.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>{title} — Consensus report</source>
            <translation>{title} — Rapport de consensus</translation>
        </message>
    </context>
    <context>
        <name>core.hygiene</name>
        <message>
            <source>Category “{name}” holds a single code</source>
            <translation>La catégorie « {name} » ne contient qu'un seul code</translation>
        </message>
        <message>
            <source>Category “{name}” holds no codes</source>
            <translation>La catégorie « {name} » ne contient aucun code</translation>
        </message>
        <message>
            <source>Code “{name}” has no meaning units</source>
            <translation>Le code « {name} » n'a aucune unité de sens</translation>
        </message>
        <message>
            <source>Code “{name}” is in no category</source>
            <translation>Le code « {name} » n'est dans aucune catégorie</translation>
        </message>
        <message>
            <source>Theme “{name}” holds no categories</source>
            <translation>Le thème « {name} » ne contient aucune catégorie</translation>
        </message>
    </context>
    <context>
        <name>core.search</name>
        <message>
            <source>Category {name}</source>
            <translation>Catégorie {name}</translation>
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
            <translation>Unité de sens condensée</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Premières impressions</translation>
        </message>
        <message>
            <source>First impressions on category {name}</source>
            <translation>Premières impressions sur la catégorie {name}</translation>
        </message>
        <message>
            <source>First impressions on code {name}</source>
            <translation>Premières impressions sur le code {name}</translation>
        </message>
        <message>
            <source>First impressions on document {name}</source>
            <translation>Premières impressions sur le document {name}</translation>
        </message>
        <message>
            <source>First impressions on the study</source>
            <translation>Premières impressions sur l'étude</translation>
        </message>
        <message>
            <source>First impressions on theme {name}</source>
            <translation>Premières impressions sur le thème {name}</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Mémo</translation>
        </message>
        <message>
            <source>Memo on category {name}</source>
            <translation>Mémo sur la catégorie {name}</translation>
        </message>
        <message>
            <source>Memo on code {name}</source>
            <translation>Mémo sur le code {name}</translation>
        </message>
        <message>
            <source>Memo on document {name}</source>
            <translation>Mémo sur le document {name}</translation>
        </message>
        <message>
            <source>Memo on the study</source>
            <translation>Mémo sur l'étude</translation>
        </message>
        <message>
            <source>Memo on theme {name}</source>
            <translation>Mémo sur le thème {name}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note on category {name}</source>
            <translation>Note sur la catégorie {name}</translation>
        </message>
        <message>
            <source>Note on code {name}</source>
            <translation>Note sur le code {name}</translation>
        </message>
        <message>
            <source>Note on document {name}</source>
            <translation>Note sur le document {name}</translation>
        </message>
        <message>
            <source>Note on the study</source>
            <translation>Note sur l'étude</translation>
        </message>
        <message>
            <source>Note on theme {name}</source>
            <translation>Note sur le thème {name}</translation>
        </message>
        <message>
            <source>Note “{title}”</source>
            <translation>Note « {title} »</translation>
        </message>
        <message>
            <source>Note “{title}” on category {name}</source>
            <translation>Note « {title} » sur la catégorie {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on code {name}</source>
            <translation>Note « {title} » sur le code {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on document {name}</source>
            <translation>Note « {title} » sur le document {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on the study</source>
            <translation>Note « {title} » sur l'étude</translation>
        </message>
        <message>
            <source>Note “{title}” on theme {name}</source>
            <translation>Note « {title} » sur le thème {name}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Thème {name}</translation>
        </message>
    </context>
    <context>
        <name>documents.removal</name>
        <message numerus="yes">
            <source>%n coding(s)</source>
            <translation>
                <numerusform>%n codage</numerusform>
                <numerusform>%n codages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>{units}, {notes} and {codings}</source>
            <translation>{units}, {notes} et {codings}</translation>
        </message>
    </context>
    <context>
        <name>exporters</name>
        <message>
            <source>p. {page}</source>
            <translation>p. {page}</translation>
        </message>
    </context>
    <context>
        <name>exporters.agreement</name>
        <message numerus="yes">
            <source>Character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>Niveau des caractères sur le document (%n) codé par les deux, regroupé sur tous les codes : {figures}.</numerusform>
                <numerusform>Niveau des caractères sur les %n documents codés par les deux, regroupé sur tous les codes : {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Character level, pooled over all codes: {figures}.</source>
            <translation>Niveau des caractères, regroupé sur tous les codes : {figures}.</translation>
        </message>
        <message>
            <source>Codes of matched units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Codes des unités appariées (chevauchement ≥ {overlap}) : κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of matched units: Cohen's κ = {kappa}.</source>
            <translation>Codes des unités appariées : κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Codes des {matched} paires d'unités de sens appariées (chevauchement ≥ {overlap}) : κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units: Cohen's κ = {kappa}.</source>
            <translation>Codes des {matched} paires d'unités de sens appariées : κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Cohen's κ = {value}</source>
            <translation>κ de Cohen = {value}</translation>
        </message>
        <message>
            <source>Krippendorff's α = {value}</source>
            <translation>α de Krippendorff = {value}</translation>
        </message>
        <message>
            <source>not defined</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>{agreement} agreement with {share} of the characters coded by either reviewer</source>
            <translation>{agreement} d'accord avec {share} des caractères codés par l'un ou l'autre codeur</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} et {second}</translation>
        </message>
        <message numerus="yes">
            <source>{reviewers}, character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>{reviewers}, niveau des caractères sur le document (%n) codé par les deux, regroupé sur tous les codes : {figures}.</numerusform>
                <numerusform>{reviewers}, niveau des caractères sur les %n documents codés par les deux, regroupé sur tous les codes : {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reviewers}, character level, pooled over all codes: {figures}.</source>
            <translation>{reviewers}, niveau des caractères, regroupé sur tous les codes : {figures}.</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_figures</name>
        <message>
            <source> — in brackets: distinct codes so far.</source>
            <translation> — entre crochets : codes distincts jusqu'ici.</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Cooccurrence des codes</translation>
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
            <translation>Saturation des codes</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Date : </translation>
        </message>
        <message>
            <source>Definition.</source>
            <translation>Définition.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Figure 1. </source>
            <translation>Figure 1. </translation>
        </message>
        <message>
            <source>Matrix: {rows} × {by} ({count})</source>
            <translation>Matrice : {rows} × {by} ({count})</translation>
        </message>
        <message>
            <source>New codes</source>
            <translation>Nouveaux codes</translation>
        </message>
        <message>
            <source>New codes (names)</source>
            <translation>Nouveaux codes (noms)</translation>
        </message>
        <message>
            <source>No rows yet.</source>
            <translation>Pas encore de lignes.</translation>
        </message>
        <message>
            <source>No two codes share a meaning unit.</source>
            <translation>Aucune paire de codes ne partage d'unité de sens.</translation>
        </message>
        <message>
            <source>Order.</source>
            <translation>Ordre.</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Chevauchements</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Proportion</translation>
        </message>
        <message>
            <source>Result.</source>
            <translation>Résultat.</translation>
        </message>
        <message>
            <source>Too few documents for a run: {count} documents, base {base}, run {run}.</source>
            <translation>Trop peu de documents pour une série : {count} documents, base {base}, série {run}.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>co-occurrence table</source>
            <translation>tableau de cooccurrence</translation>
        </message>
        <message>
            <source>matrix</source>
            <translation>matrice</translation>
        </message>
        <message>
            <source>saturation table</source>
            <translation>tableau de saturation</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_table</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tableau d'analyse</translation>
        </message>
        <message>
            <source>Analysis table: meaning units, condensed meanings, codes, categories and themes</source>
            <translation>Tableau d'analyse : unités de sens, unités de sens condensées, codes, catégories et thèmes</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Unité de sens condensée</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Date : </translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Meaning units: </source>
            <translation>Unités de sens : </translation>
        </message>
        <message>
            <source>No meaning units yet.</source>
            <translation>Pas encore d'unités de sens.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Quoted meaning unit</source>
            <translation>Unité de sens citée</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Question de recherche :</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codeur</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>tous les codeurs</translation>
        </message>
        <message>
            <source>the consensus layer</source>
            <translation>la couche de consensus</translation>
        </message>
        <message>
            <source>{count} from {layer} that the coding query “{query}” selects, in document order</source>
            <translation>{count} issues de {layer} sélectionnées par la requête de codage « {query} », dans l'ordre des documents</translation>
        </message>
        <message>
            <source>{count} from {layer}, in document order</source>
            <translation>{count} issues de {layer}, dans l'ordre des documents</translation>
        </message>
        <message>
            <source>{title} — Analysis table</source>
            <translation>{title} — Tableau d'analyse</translation>
        </message>
        <message>
            <source>{title} — {units} from {layer}, in document order; exported {date}. One row per meaning unit: its document and page, the reviewer who marked it, the quoted text, its condensed meaning, codes, categories, themes and notes.</source>
            <translation>{title} — {units} issues de {layer}, dans l'ordre des documents ; exporté le {date}. Une ligne par unité de sens : son document et sa page, le codeur qui l'a délimitée, le texte cité, son unité de sens condensée, ses codes, catégories, thèmes et notes.</translation>
        </message>
    </context>
    <context>
        <name>exporters.checklists</name>
        <message>
            <source>Abstract</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Audio/visual recording</source>
            <translation>Enregistrement audio/vidéo</translation>
        </message>
        <message>
            <source>Clarity of major themes</source>
            <translation>Clarté des thèmes principaux</translation>
        </message>
        <message>
            <source>Clarity of minor themes</source>
            <translation>Clarté des thèmes secondaires</translation>
        </message>
        <message>
            <source>Concise description of the nature and topic of the study; identifying the study as qualitative or indicating the approach (e.g., ethnography, grounded theory) or data collection methods (e.g., interview, focus group) is recommended</source>
            <translation>Description concise de la nature et du sujet de l'étude ; il est recommandé d'identifier l'étude comme qualitative ou d'indiquer l'approche (p. ex. ethnographie, théorisation ancrée) ou les méthodes de collecte des données (p. ex. entretien, groupe de discussion)</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Conflits d'intérêts</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Titres et qualifications</translation>
        </message>
        <message>
            <source>Data analysis</source>
            <translation>Analyse des données</translation>
        </message>
        <message>
            <source>Data and findings consistent</source>
            <translation>Cohérence des données et des résultats</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Collecte des données</translation>
        </message>
        <message>
            <source>Data collection instruments and technologies</source>
            <translation>Instruments et technologies de collecte des données</translation>
        </message>
        <message>
            <source>Data collection methods</source>
            <translation>Méthodes de collecte des données</translation>
        </message>
        <message>
            <source>Data processing</source>
            <translation>Traitement des données</translation>
        </message>
        <message>
            <source>Data saturation</source>
            <translation>Saturation des données</translation>
        </message>
        <message>
            <source>Derivation of themes</source>
            <translation>Dérivation des thèmes</translation>
        </message>
        <message>
            <source>Description and significance of the problem/phenomenon studied; review of relevant theory and empirical work; problem statement</source>
            <translation>Description et importance du problème/phénomène étudié ; revue de la théorie et des travaux empiriques pertinents ; énoncé du problème</translation>
        </message>
        <message>
            <source>Description of instruments (e.g., interview guides, questionnaires) and devices (e.g., audio recorders) used for data collection; if/how the instrument(s) changed over the course of the study</source>
            <translation>Description des instruments (p. ex. guides d'entretien, questionnaires) et des appareils (p. ex. enregistreurs audio) utilisés pour la collecte des données ; si/comment les instruments ont changé au cours de l'étude</translation>
        </message>
        <message>
            <source>Description of sample</source>
            <translation>Description de l'échantillon</translation>
        </message>
        <message>
            <source>Description of the coding tree</source>
            <translation>Description de l'arbre de codage</translation>
        </message>
        <message>
            <source>Did authors provide a description of the coding tree?</source>
            <translation>Les auteurs ont-ils décrit l'arbre de codage ?</translation>
        </message>
        <message>
            <source>Did participants provide feedback on the findings?</source>
            <translation>Les participants ont-ils donné leur avis sur les résultats ?</translation>
        </message>
        <message>
            <source>Did the research use audio or visual recording to collect the data?</source>
            <translation>La recherche a-t-elle utilisé un enregistrement audio ou vidéo pour collecter les données ?</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Documentation of approval by an appropriate ethics review board and participant consent, or explanation for lack thereof; other confidentiality and data security issues</source>
            <translation>Documentation de l'approbation par un comité d'éthique approprié et du consentement des participants, ou explication de leur absence ; autres questions de confidentialité et de sécurité des données</translation>
        </message>
        <message>
            <source>Domain 1: Research team and reflexivity</source>
            <translation>Domaine 1 : Équipe de recherche et réflexivité</translation>
        </message>
        <message>
            <source>Domain 2: Study design</source>
            <translation>Domaine 2 : Conception de l'étude</translation>
        </message>
        <message>
            <source>Domain 3: Analysis and findings</source>
            <translation>Domaine 3 : Analyse et résultats</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Ethical issues pertaining to human subjects</source>
            <translation>Questions éthiques concernant les sujets humains</translation>
        </message>
        <message>
            <source>Evidence (e.g., quotes, field notes, text excerpts, photographs) to substantiate analytic findings</source>
            <translation>Éléments probants (p. ex. citations, notes de terrain, extraits de texte, photographies) étayant les résultats de l'analyse</translation>
        </message>
        <message>
            <source>Experience and training</source>
            <translation>Expérience et formation</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Notes de terrain</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>How and why research participants, documents, or events were selected; criteria for deciding when no further sampling was necessary (e.g., sampling saturation); rationale</source>
            <translation>Comment et pourquoi les participants, documents ou événements ont été sélectionnés ; critères pour décider qu'aucun échantillonnage supplémentaire n'était nécessaire (p. ex. saturation de l'échantillonnage) ; justification</translation>
        </message>
        <message>
            <source>How many data coders coded the data?</source>
            <translation>Combien de codeurs ont codé les données ?</translation>
        </message>
        <message>
            <source>How many participants were in the study?</source>
            <translation>Combien de participants comptait l'étude ?</translation>
        </message>
        <message>
            <source>How many people refused to participate or dropped out? Reasons?</source>
            <translation>Combien de personnes ont refusé de participer ou ont abandonné ? Pour quelles raisons ?</translation>
        </message>
        <message>
            <source>How were participants approached? e.g. face-to-face, telephone, mail, email</source>
            <translation>Comment les participants ont-ils été approchés ? p. ex. en personne, par téléphone, par courrier, par courriel</translation>
        </message>
        <message>
            <source>How were participants selected? e.g. purposive, convenience, consecutive, snowball</source>
            <translation>Comment les participants ont-ils été sélectionnés ? p. ex. raisonné, de convenance, consécutif, boule de neige</translation>
        </message>
        <message>
            <source>Integration with prior work, implications, transferability, and contribution(s) to the field</source>
            <translation>Intégration aux travaux antérieurs, implications, transférabilité et contribution(s) au domaine</translation>
        </message>
        <message>
            <source>Interview guide</source>
            <translation>Guide d'entretien</translation>
        </message>
        <message>
            <source>Interviewer characteristics</source>
            <translation>Caractéristiques de l'intervieweur</translation>
        </message>
        <message>
            <source>Interviewer/facilitator</source>
            <translation>Intervieweur/animateur</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <source>Is there a description of diverse cases or discussion of minor themes?</source>
            <translation>Y a-t-il une description des cas divergents ou une discussion des thèmes secondaires ?</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limites</translation>
        </message>
        <message>
            <source>Links to empirical data</source>
            <translation>Liens avec les données empiriques</translation>
        </message>
        <message>
            <source>Main findings (e.g., interpretations, inferences, and themes); might include development of a theory or model, or integration with prior research or theory</source>
            <translation>Principaux résultats (p. ex. interprétations, inférences et thèmes) ; peut inclure l'élaboration d'une théorie ou d'un modèle, ou l'intégration aux recherches ou théories antérieures</translation>
        </message>
        <message>
            <source>Method of approach</source>
            <translation>Méthode d'approche</translation>
        </message>
        <message>
            <source>Methodological orientation and Theory</source>
            <translation>Orientation méthodologique et théorie</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Méthodes</translation>
        </message>
        <message>
            <source>Methods for processing data prior to and during analysis, including transcription, data entry, data management and security, verification of data integrity, data coding, and anonymization/de-identification of excerpts</source>
            <translation>Méthodes de traitement des données avant et pendant l'analyse, y compris la transcription, la saisie, la gestion et la sécurité des données, la vérification de leur intégrité, le codage et l'anonymisation/désidentification des extraits</translation>
        </message>
        <message>
            <source>Non-participation</source>
            <translation>Non-participation</translation>
        </message>
        <message>
            <source>Number and relevant characteristics of participants, documents, or events included in the study; level of participation (could be reported in results)</source>
            <translation>Nombre et caractéristiques pertinentes des participants, documents ou événements inclus dans l'étude ; niveau de participation (peut figurer dans les résultats)</translation>
        </message>
        <message>
            <source>Number of data coders</source>
            <translation>Nombre de codeurs</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Participant checking</source>
            <translation>Vérification par les participants</translation>
        </message>
        <message>
            <source>Participant knowledge of the interviewer</source>
            <translation>Connaissance de l'intervieweur par les participants</translation>
        </message>
        <message>
            <source>Participant selection</source>
            <translation>Sélection des participants</translation>
        </message>
        <message>
            <source>Personal characteristics</source>
            <translation>Caractéristiques personnelles</translation>
        </message>
        <message>
            <source>Potential sources of influence or perceived influence on study conduct and conclusions; how these were managed</source>
            <translation>Sources potentielles d'influence, réelle ou perçue, sur la conduite et les conclusions de l'étude ; comment elles ont été gérées</translation>
        </message>
        <message>
            <source>Presence of non-participants</source>
            <translation>Présence de non-participants</translation>
        </message>
        <message>
            <source>Problem formulation</source>
            <translation>Formulation du problème</translation>
        </message>
        <message>
            <source>Process by which inferences, themes, etc., were identified and developed, including the researchers involved in data analysis; usually references a specific paradigm or approach; rationale</source>
            <translation>Processus par lequel les inférences, thèmes, etc. ont été identifiés et développés, y compris les chercheurs ayant participé à l'analyse ; renvoie généralement à un paradigme ou à une approche précise ; justification</translation>
        </message>
        <message>
            <source>Purpose of the study and specific objectives or questions</source>
            <translation>But de l'étude et objectifs ou questions spécifiques</translation>
        </message>
        <message>
            <source>Purpose or research question</source>
            <translation>But ou question de recherche</translation>
        </message>
        <message>
            <source>Qualitative approach (e.g., ethnography, grounded theory, case study, phenomenology, narrative research) and guiding theory if appropriate; identifying the research paradigm (e.g., postpositivist, constructivist/interpretivist) is also recommended; rationale</source>
            <translation>Approche qualitative (p. ex. ethnographie, théorisation ancrée, étude de cas, phénoménologie, recherche narrative) et, le cas échéant, théorie de référence ; il est aussi recommandé d'identifier le paradigme de recherche (p. ex. postpositiviste, constructiviste/interprétatif) ; justification</translation>
        </message>
        <message>
            <source>Qualitative approach and research paradigm</source>
            <translation>Approche qualitative et paradigme de recherche</translation>
        </message>
        <message>
            <source>Quotations presented</source>
            <translation>Citations présentées</translation>
        </message>
        <message>
            <source>Relationship established</source>
            <translation>Relation établie</translation>
        </message>
        <message>
            <source>Relationship with participants</source>
            <translation>Relation avec les participants</translation>
        </message>
        <message>
            <source>Repeat interviews</source>
            <translation>Entretiens répétés</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Présentation des résultats</translation>
        </message>
        <message>
            <source>Researcher characteristics and reflexivity</source>
            <translation>Caractéristiques des chercheurs et réflexivité</translation>
        </message>
        <message>
            <source>Researchers' characteristics that may influence the research, including personal attributes, qualifications/experience, relationship with participants, assumptions, and/or presuppositions; potential or actual interaction between researchers' characteristics and the research questions, approach, methods, results, and/or transferability</source>
            <translation>Caractéristiques des chercheurs susceptibles d'influencer la recherche, y compris attributs personnels, qualifications/expérience, relation avec les participants, hypothèses et/ou présupposés ; interaction potentielle ou réelle entre ces caractéristiques et les questions de recherche, l'approche, les méthodes, les résultats et/ou la transférabilité</translation>
        </message>
        <message>
            <source>Results/findings</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Sample size</source>
            <translation>Taille de l'échantillon</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Échantillonnage</translation>
        </message>
        <message>
            <source>Sampling strategy</source>
            <translation>Stratégie d'échantillonnage</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Cadre</translation>
        </message>
        <message>
            <source>Setting of data collection</source>
            <translation>Lieu de la collecte des données</translation>
        </message>
        <message>
            <source>Setting/site and salient contextual factors; rationale</source>
            <translation>Cadre/lieu et facteurs contextuels importants ; justification</translation>
        </message>
        <message>
            <source>Short summary of main findings; explanation of how findings and conclusions connect to, support, elaborate on, or challenge conclusions of earlier scholarship; discussion of scope of application/generalizability; identification of unique contribution(s) to scholarship in a discipline or field</source>
            <translation>Bref résumé des principaux résultats ; explication de la manière dont les résultats et conclusions se rattachent aux conclusions de travaux antérieurs, les soutiennent, les approfondissent ou les contestent ; discussion de la portée/généralisabilité ; identification de la ou des contributions propres à une discipline ou un domaine</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Logiciel</translation>
        </message>
        <message>
            <source>Sources of funding and other support; role of funders in data collection, interpretation, and reporting</source>
            <translation>Sources de financement et autres soutiens ; rôle des financeurs dans la collecte, l'interprétation et la présentation des données</translation>
        </message>
        <message>
            <source>Summary of key elements of the study using the abstract format of the intended publication; typically includes background, purpose, methods, results, and conclusions</source>
            <translation>Résumé des éléments clés de l'étude selon le format de résumé de la publication visée ; comprend généralement le contexte, le but, les méthodes, les résultats et les conclusions</translation>
        </message>
        <message>
            <source>Synthesis and interpretation</source>
            <translation>Synthèse et interprétation</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness</source>
            <translation>Techniques pour renforcer la fiabilité</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness and credibility of data analysis (e.g., member checking, audit trail, triangulation); rationale</source>
            <translation>Techniques pour renforcer la fiabilité et la crédibilité de l'analyse des données (p. ex. vérification par les participants, piste d'audit, triangulation) ; justification</translation>
        </message>
        <message>
            <source>Theoretical framework</source>
            <translation>Cadre théorique</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Title and abstract</source>
            <translation>Titre et résumé</translation>
        </message>
        <message>
            <source>Transcripts returned</source>
            <translation>Retour des transcriptions</translation>
        </message>
        <message>
            <source>Trustworthiness and limitations of findings</source>
            <translation>Fiabilité et limites des résultats</translation>
        </message>
        <message>
            <source>Types of data collected; details of data collection procedures including (as appropriate) start and stop dates of data collection and analysis, iterative process, triangulation of sources/methods, and modification of procedures in response to evolving study findings; rationale</source>
            <translation>Types de données collectées ; détails des procédures de collecte, y compris (le cas échéant) les dates de début et de fin de la collecte et de l'analyse, le processus itératif, la triangulation des sources/méthodes et la modification des procédures en fonction des résultats émergents ; justification</translation>
        </message>
        <message>
            <source>Units of study</source>
            <translation>Unités d'étude</translation>
        </message>
        <message>
            <source>Was a relationship established prior to study commencement?</source>
            <translation>Une relation a-t-elle été établie avant le début de l'étude ?</translation>
        </message>
        <message>
            <source>Was anyone else present besides the participants and researchers?</source>
            <translation>Quelqu'un d'autre que les participants et les chercheurs était-il présent ?</translation>
        </message>
        <message>
            <source>Was data saturation discussed?</source>
            <translation>La saturation des données a-t-elle été discutée ?</translation>
        </message>
        <message>
            <source>Was the researcher male or female?</source>
            <translation>Le chercheur était-il un homme ou une femme ?</translation>
        </message>
        <message>
            <source>Was there consistency between the data presented and the findings?</source>
            <translation>Y avait-il une cohérence entre les données présentées et les résultats ?</translation>
        </message>
        <message>
            <source>Were field notes made during and/or after the interview or focus group?</source>
            <translation>Des notes de terrain ont-elles été prises pendant et/ou après l'entretien ou le groupe de discussion ?</translation>
        </message>
        <message>
            <source>Were major themes clearly presented in the findings?</source>
            <translation>Les thèmes principaux ont-ils été présentés clairement dans les résultats ?</translation>
        </message>
        <message>
            <source>Were participant quotations presented to illustrate the themes/findings? Was each quotation identified? e.g. participant number</source>
            <translation>Des citations des participants ont-elles été présentées pour illustrer les thèmes/résultats ? Chaque citation était-elle identifiée ? p. ex. numéro du participant</translation>
        </message>
        <message>
            <source>Were questions, prompts, guides provided by the authors? Was it pilot tested?</source>
            <translation>Les questions, relances, guides ont-ils été fournis par les auteurs ? Ont-ils été testés au préalable ?</translation>
        </message>
        <message>
            <source>Were repeat interviews carried out? If yes, how many?</source>
            <translation>Des entretiens répétés ont-ils été menés ? Si oui, combien ?</translation>
        </message>
        <message>
            <source>Were themes identified in advance or derived from the data?</source>
            <translation>Les thèmes ont-ils été définis à l'avance ou dérivés des données ?</translation>
        </message>
        <message>
            <source>Were transcripts returned to participants for comment and/or correction?</source>
            <translation>Les transcriptions ont-elles été renvoyées aux participants pour commentaires et/ou corrections ?</translation>
        </message>
        <message>
            <source>What are the important characteristics of the sample? e.g. demographic data, date</source>
            <translation>Quelles sont les caractéristiques importantes de l'échantillon ? p. ex. données démographiques, date</translation>
        </message>
        <message>
            <source>What characteristics were reported about the interviewer/facilitator? e.g. Bias, assumptions, reasons and interests in the research topic</source>
            <translation>Quelles caractéristiques de l'intervieweur/animateur ont été rapportées ? p. ex. biais, hypothèses, raisons et intérêts pour le sujet de recherche</translation>
        </message>
        <message>
            <source>What did the participants know about the researcher? e.g. personal goals, reasons for doing the research</source>
            <translation>Que savaient les participants du chercheur ? p. ex. objectifs personnels, raisons de mener la recherche</translation>
        </message>
        <message>
            <source>What experience or training did the researcher have?</source>
            <translation>Quelle expérience ou formation le chercheur avait-il ?</translation>
        </message>
        <message>
            <source>What methodological orientation was stated to underpin the study? e.g. grounded theory, discourse analysis, ethnography, phenomenology, content analysis</source>
            <translation>Quelle orientation méthodologique a été déclarée comme fondement de l'étude ? p. ex. théorisation ancrée, analyse du discours, ethnographie, phénoménologie, analyse de contenu</translation>
        </message>
        <message>
            <source>What software, if applicable, was used to manage the data?</source>
            <translation>Quel logiciel a éventuellement été utilisé pour gérer les données ?</translation>
        </message>
        <message>
            <source>What was the duration of the interviews or focus group?</source>
            <translation>Quelle a été la durée des entretiens ou du groupe de discussion ?</translation>
        </message>
        <message>
            <source>What was their occupation at the time of the study?</source>
            <translation>Quelle était leur profession au moment de l'étude ?</translation>
        </message>
        <message>
            <source>What were the researcher's credentials? E.g. PhD, MD</source>
            <translation>Quels étaient les titres du chercheur ? p. ex. doctorat, docteur en médecine</translation>
        </message>
        <message>
            <source>Where was the data collected? e.g. home, clinic, workplace</source>
            <translation>Où les données ont-elles été collectées ? p. ex. domicile, clinique, lieu de travail</translation>
        </message>
        <message>
            <source>Which author/s conducted the interview or focus group?</source>
            <translation>Quel(s) auteur(s) a/ont mené l'entretien ou le groupe de discussion ?</translation>
        </message>
    </context>
    <context>
        <name>exporters.codebook</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n catégorie</numerusform>
                <numerusform>%n catégories</numerusform>
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
                <numerusform>%n code pas encore classé dans une catégorie : listé en annexe.</numerusform>
                <numerusform>%n codes pas encore classés dans une catégorie : listés en annexe.</numerusform>
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
                <numerusform>%n unité de sens</numerusform>
                <numerusform>%n unités de sens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s)</source>
            <translation>
                <numerusform>%n codeur</numerusform>
                <numerusform>%n codeurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n thème</numerusform>
                <numerusform>%n thèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>Agreement between reviewers:</source>
            <translation>Accord entre codeurs :</translation>
        </message>
        <message>
            <source>Appendix: codes not yet sorted</source>
            <translation>Annexe : codes pas encore classés</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Livre de codes</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Codes and categories that have not been placed under a theme yet.</source>
            <translation>Codes et catégories qui n'ont pas encore été placés sous un thème.</translation>
        </message>
        <message>
            <source>Codes without a category</source>
            <translation>Codes sans catégorie</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Definition:</source>
            <translation>Définition :</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Exclude:</source>
            <translation>Exclure :</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Inclure :</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unités de sens</translation>
        </message>
        <message>
            <source>Meaning units:</source>
            <translation>Unités de sens :</translation>
        </message>
        <message>
            <source>Methods summary</source>
            <translation>Résumé de la méthode</translation>
        </message>
        <message>
            <source>No codes in this category yet.</source>
            <translation>Pas encore de codes dans cette catégorie.</translation>
        </message>
        <message>
            <source>No themes yet: codes and categories are still being sorted.</source>
            <translation>Pas encore de thèmes : les codes et les catégories sont encore en cours de tri.</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Question de recherche :</translation>
        </message>
        <message>
            <source>Reviewer:</source>
            <translation>Codeur :</translation>
        </message>
        <message>
            <source>Reviewers:</source>
            <translation>Codeurs :</translation>
        </message>
        <message>
            <source>Table 1. </source>
            <translation>Tableau 1. </translation>
        </message>
        <message>
            <source>The analysis covers {documents}, read by {reviewers}.</source>
            <translation>L'analyse porte sur {documents}, lus par {reviewers}.</translation>
        </message>
        <message>
            <source>The consensus layer holds {units}.</source>
            <translation>La couche de consensus contient {units}.</translation>
        </message>
        <message>
            <source>The reviewers marked {units}.</source>
            <translation>Les codeurs ont délimité {units}.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Themes and the categories they hold, with the number of codes, meaning units and documents behind each.</source>
            <translation>Les thèmes et les catégories qu'ils regroupent, avec le nombre de codes, d'unités de sens et de documents correspondants.</translation>
        </message>
        <message>
            <source>Themes and the categories they hold.</source>
            <translation>Les thèmes et les catégories qu'ils regroupent.</translation>
        </message>
        <message>
            <source>They were coded with {codes}, grouped into {categories} and {themes}.</source>
            <translation>Elles ont été codées avec {codes}, regroupés en {categories} et {themes}.</translation>
        </message>
        <message>
            <source>This codebook draws on {reviewer}'s {units}.</source>
            <translation>Ce livre de codes s'appuie sur les {units} de {reviewer}.</translation>
        </message>
        <message>
            <source>all meaning units</source>
            <translation>toutes les unités de sens</translation>
        </message>
        <message>
            <source>all reviewers' meaning units</source>
            <translation>les unités de sens de tous les codeurs</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>not written yet.</source>
            <translation>pas encore rédigé.</translation>
        </message>
        <message>
            <source>the consensus layer (units agreed by the reviewers)</source>
            <translation>la couche de consensus (unités convenues par les codeurs)</translation>
        </message>
        <message>
            <source>{layer}, only those the coding query “{query}” selects</source>
            <translation>{layer}, seulement celles que sélectionne la requête de codage « {query} »</translation>
        </message>
        <message>
            <source>{reviewer}'s meaning units</source>
            <translation>les unités de sens de {reviewer}</translation>
        </message>
        <message>
            <source>{title} — Codebook</source>
            <translation>{title} — Livre de codes</translation>
        </message>
        <message>
            <source>{units} in {documents}</source>
            <translation>{units} dans {documents}</translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n catégorie</numerusform>
                <numerusform>%n catégories</numerusform>
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
                <numerusform>%n étape d'analyse enregistrée, de la plus ancienne à la plus récente (le temps de lecture n'est pas listé).</numerusform>
                <numerusform>%n étapes d'analyse enregistrées, de la plus ancienne à la plus récente (le temps de lecture n'est pas listé).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n researcher(s) coded the data ({names}).</source>
            <translation>
                <numerusform>%n chercheur a codé les données ({names}).</numerusform>
                <numerusform>%n chercheurs ont codé les données ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n thème</numerusform>
                <numerusform>%n thèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>After consensus, each reviewer compared with the consensus layer (pooled over all codes):</source>
            <translation>Après le consensus, chaque codeur a été comparé à la couche de consensus (tous codes confondus) :</translation>
        </message>
        <message>
            <source>Alpha 95 % CI</source>
            <translation>IC à 95 % de l'alpha</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>COREQ: 32-item checklist for interviews and focus groups</source>
            <translation>COREQ : grille de 32 items pour les entretiens et les groupes de discussion</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Codebook versions</source>
            <translation>Versions du livre de codes</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <source>Consensus decisions</source>
            <translation>Décisions de consensus</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Every analytic step is recorded in the study's audit trail (Appendix: audit trail).</source>
            <translation>Chaque étape analytique est enregistrée dans la piste d'audit de l'étude (Annexe : piste d'audit).</translation>
        </message>
        <message>
            <source>Fewer than two reviewers have coded the material, so there is no agreement to report.</source>
            <translation>Moins de deux codeurs ont codé le matériel ; il n'y a donc aucun accord à rapporter.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}) for double coding.</source>
            <translation>Pour la fidélité inter-codeurs, {drawn} des {population} documents ({share}) ont été tirés au hasard (graine {seed}) pour un double codage.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}, stratified by {by}) for double coding.</source>
            <translation>Pour la fidélité inter-codeurs, {drawn} des {population} documents ({share}) ont été tirés au hasard (graine {seed}, stratification par {by}) pour un double codage.</translation>
        </message>
        <message>
            <source>From the study</source>
            <translation>D'après l'étude</translation>
        </message>
        <message>
            <source>From “{older}” to {newer}</source>
            <translation>De « {older} » à {newer}</translation>
        </message>
        <message>
            <source>Guide question</source>
            <translation>Question du guide</translation>
        </message>
        <message>
            <source>Intercoder reliability</source>
            <translation>Fidélité inter-codeurs</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Alpha de Krippendorff</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Méthodes (brouillon à adapter)</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Aucune modification.</translation>
        </message>
        <message>
            <source>No codebook versions were recorded (File › Codebook versions…, or lectio codebook-snapshot).</source>
            <translation>Aucune version du livre de codes n'a été enregistrée (Fichier › Versions du livre de codes…, ou lectio codebook-snapshot).</translation>
        </message>
        <message>
            <source>No consensus decisions were needed.</source>
            <translation>Aucune décision de consensus n'a été nécessaire.</translation>
        </message>
        <message>
            <source>No consensus decisions were recorded.</source>
            <translation>Aucune décision de consensus n'a été enregistrée.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Reflexivity: the reviewers' memos</source>
            <translation>Réflexivité : les mémos des codeurs</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Question de recherche :</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codeur</translation>
        </message>
        <message>
            <source>SRQR: Standards for Reporting Qualitative Research (21 items)</source>
            <translation>SRQR : Standards for Reporting Qualitative Research (21 items)</translation>
        </message>
        <message>
            <source>Software:</source>
            <translation>Logiciel :</translation>
        </message>
        <message numerus="yes">
            <source>The codebook was kept in %n recorded version(s), and each change between them is listed with its reason (Appendix: codebook versions).</source>
            <translation>
                <numerusform>Le livre de codes a été tenu en %n version enregistrée, et chaque modification est listée avec sa justification (Annexe : versions du livre de codes).</numerusform>
                <numerusform>Le livre de codes a été tenu en %n versions enregistrées, et chaque modification entre elles est listée avec sa justification (Annexe : versions du livre de codes).</numerusform>
            </translation>
        </message>
        <message>
            <source>The consensus session on the {count} disagreements has not started yet.</source>
            <translation>La séance de consensus sur les {count} désaccords n'a pas encore commencé.</translation>
        </message>
        <message>
            <source>The data ({documents} from {participants}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Les données ({documents} de {participants}) ont été analysées par analyse de contenu conventionnelle dans {software} : les unités de sens ont été identifiées et condensées, puis codées, et les codes regroupés en {categories} et abstraits en {themes}.</translation>
        </message>
        <message>
            <source>The data ({documents}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Les données ({documents}) ont été analysées par analyse de contenu conventionnelle dans {software} : les unités de sens ont été identifiées et condensées, puis codées, et les codes regroupés en {categories} et abstraits en {themes}.</translation>
        </message>
        <message>
            <source>The reviewers' units showed no disagreements to settle.</source>
            <translation>Les unités des codeurs ne présentaient aucun désaccord à trancher.</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>À compléter</translation>
        </message>
        <message>
            <source>Trustworthiness dossier</source>
            <translation>Dossier de fiabilité</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Date (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>first reviewer's version kept</source>
            <translation>version du premier codeur retenue</translation>
        </message>
        <message>
            <source>identical units adopted</source>
            <translation>unités identiques adoptées</translation>
        </message>
        <message>
            <source>second reviewer's version kept</source>
            <translation>version du second codeur retenue</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>le livre de codes actuel</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>unit edited together</source>
            <translation>unité modifiée ensemble</translation>
        </message>
        <message>
            <source>unit rejected</source>
            <translation>unité rejetée</translation>
        </message>
        <message>
            <source>versions merged</source>
            <translation>versions fusionnées</translation>
        </message>
        <message>
            <source>{answered} of {count} items answered from the study; the others are marked “{mark}”.</source>
            <translation>{answered} éléments sur {count} renseignés à partir de l'étude ; les autres sont marqués « {mark} ».</translation>
        </message>
        <message>
            <source>{first} and {second} coded independently; {both} of {documents} documents were coded by both. Agreement before consensus, at the character level and pooled over all codes, was Krippendorff's alpha {alpha} (95 % bootstrap CI {ci}, {resamples} resamples; Hayes &amp; Krippendorff 2007) and Cohen's kappa {kappa}.</source>
            <translation>{first} et {second} ont codé de façon indépendante ; {both} des {documents} documents ont été codés par les deux. L'accord avant consensus, au niveau des caractères et tous codes confondus, était un alpha de Krippendorff de {alpha} (IC bootstrap à 95 % {ci}, {resamples} rééchantillonnages ; Hayes &amp; Krippendorff 2007) et un kappa de Cohen de {kappa}.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} à {high}</translation>
        </message>
        <message>
            <source>{mark}: no reviewer memos or first impressions were written in the study.</source>
            <translation>{mark} : aucun mémo de codeur ni aucune première impression n'a été rédigé dans l'étude.</translation>
        </message>
        <message>
            <source>{mark}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</source>
            <translation>{mark} : aucun échantillon n'a été tiré dans Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</translation>
        </message>
        <message>
            <source>{name} (automatic)</source>
            <translation>{name} (automatique)</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements settled.</source>
            <translation>{resolved} désaccords sur {total} tranchés.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale.</source>
            <translation>{resolved} désaccords sur {total} ont été tranchés par consensus, chaque décision étant enregistrée avec sa justification.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale; {open} remain open.</source>
            <translation>{resolved} désaccords sur {total} ont été tranchés par consensus, chaque décision étant enregistrée avec sa justification ; {open} restent ouverts.</translation>
        </message>
        <message>
            <source>{title} — Trustworthiness dossier</source>
            <translation>{title} — Dossier de fiabilité</translation>
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
                <numerusform>%n participant apparaît dans plus d'un document : {names}.</numerusform>
                <numerusform>%n participants apparaissent dans plus d'un document : {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time-stamped transcript(s) imported into {software}; every change to the analysis is logged in the study's audit trail.</source>
            <translation>
                <numerusform>%n transcription horodatée importée dans {software} ; chaque modification de l'analyse est consignée dans la piste d'audit de l'étude.</numerusform>
                <numerusform>%n transcriptions horodatées importées dans {software} ; chaque modification de l'analyse est consignée dans la piste d'audit de l'étude.</numerusform>
            </translation>
        </message>
        <message>
            <source>An audit trail of every analytic step</source>
            <translation>Une piste d'audit de chaque étape de l'analyse</translation>
        </message>
        <message>
            <source>Coded by {names} in {software}: meaning units, condensed meanings, codes, {categories} categories and {themes} themes.</source>
            <translation>Codé par {names} dans {software} : unités de sens, unités de sens condensées, codes, {categories} catégories et {themes} thèmes.</translation>
        </message>
        <message>
            <source>Conventional content analysis (inductive; codes derived from the data).</source>
            <translation>Analyse de contenu conventionnelle (inductive ; codes dérivés des données).</translation>
        </message>
        <message>
            <source>Conventional content analysis: meaning units were identified in the text, condensed, coded, and codes clustered into categories and abstracted into themes (recorded in Lectio).</source>
            <translation>Analyse de contenu conventionnelle : les unités de sens ont été repérées dans le texte, condensées et codées, et les codes regroupés en catégories puis abstraits en thèmes (consigné dans Lectio).</translation>
        </message>
        <message>
            <source>Derived from the data: codes were formed while reading and sorted into categories and themes.</source>
            <translation>Dérivés des données : les codes ont été formés pendant la lecture puis classés en catégories et en thèmes.</translation>
        </message>
        <message>
            <source>Interviewer(s) as recorded in the transcripts: {names}.</source>
            <translation>Intervieweur(s) selon les transcriptions : {names}.</translation>
        </message>
        <message>
            <source>Quotations are exported with their document and participant, and with the time stamp (transcripts) or page (articles) they come from.</source>
            <translation>Les citations sont exportées avec leur document et leur participant, ainsi qu'avec l'horodatage (transcriptions) ou la page (articles) dont elles proviennent.</translation>
        </message>
        <message>
            <source>Reviewers' memos and first impressions are kept in the study (see the reflexivity section).</source>
            <translation>Les mémos et premières impressions des codeurs sont conservés dans l'étude (voir la section sur la réflexivité).</translation>
        </message>
        <message>
            <source>The latest time stamp in any transcript is {minutes} minutes.</source>
            <translation>L'horodatage le plus tardif d'une transcription est de {minutes} minutes.</translation>
        </message>
        <message>
            <source>a logged consensus procedure</source>
            <translation>une procédure de consensus consignée</translation>
        </message>
        <message>
            <source>independent double coding with agreement figures</source>
            <translation>un double codage indépendant avec des mesures d'accord</translation>
        </message>
        <message>
            <source>versioned codebooks</source>
            <translation>des livres de codes versionnés</translation>
        </message>
        <message>
            <source>{count} of {total} documents are time-stamped transcripts of recordings.</source>
            <translation>{count} documents sur {total} sont des transcriptions horodatées d'enregistrements.</translation>
        </message>
        <message>
            <source>{documents}.</source>
            <translation>{documents}.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} et {last}</translation>
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
            <translation>{software} (atelier d'analyse de contenu qualitative).</translation>
        </message>
        <message numerus="yes">
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded version(s).</source>
            <translation>
                <numerusform>{themes} thèmes, {categories} catégories et {codes} codes ; le livre de codes avec définitions et critères d'inclusion et d'exclusion est exporté depuis Lectio, avec %n version consignée.</numerusform>
                <numerusform>{themes} thèmes, {categories} catégories et {codes} codes ; le livre de codes avec définitions et critères d'inclusion et d'exclusion est exporté depuis Lectio, avec %n versions consignées.</numerusform>
            </translation>
        </message>
        <message>
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio.</source>
            <translation>{themes} thèmes, {categories} catégories et {codes} codes ; le livre de codes avec définitions et critères d'inclusion et d'exclusion est exporté depuis Lectio.</translation>
        </message>
    </context>
</TS>
