<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AgreementPanel</name>
        <message>
            <source>Only documents both reviewers coded</source>
            <translation>Solo los documentos que codificaron ambos codificadores</translation>
        </message>
        <message>
            <source>Compute agreement</source>
            <translation>Calcular el acuerdo</translation>
        </message>
        <message>
            <source>Agreement figures appear here.</source>
            <translation>Aquí aparecen las cifras de acuerdo.</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Cifras de acuerdo</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Cannot compute agreement: {plain_reason}</source>
            <translation>No se puede calcular el acuerdo: {plain_reason}</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({value} units) and &lt;b&gt;{name2}&lt;/b&gt; ({value2} units) over {documents} document(s). Pooled over all codes: agreement {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Units matched at overlap ≥ {threshold}: {matched} matched, {only_a} only {name}, {only_b} only {name2}; κ of codes on matched units {fmt4}.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({value} unidades) y &lt;b&gt;{name2}&lt;/b&gt; ({value2} unidades) en {documents} documento(s). Agrupado para todos los códigos: acuerdo {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Unidades emparejadas con solapamiento ≥ {threshold}: {matched} emparejadas, {only_a} solo de {name}, {only_b} solo de {name2}; κ de los códigos en las unidades emparejadas {fmt4}.</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Agrupado (todos los códigos)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisTable</name>
        <message>
            <source>Filter the analysis table</source>
            <translation>Filtrar la tabla de análisis</translation>
        </message>
        <message>
            <source>Filter the analysis table (any column)…</source>
            <translation>Filtrar la tabla de análisis (cualquier columna)…</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tabla de análisis</translation>
        </message>
        <message>
            <source>Meaning units with their condensed meaning, code, category and theme. Press Enter to show a unit in the reader.</source>
            <translation>Unidades de significado con su significado condensado, código, categoría y tema. Pulse Enter para mostrar una unidad en el lector.</translation>
        </message>
        <message>
            <source>{total} meaning units</source>
            <translation>{total} unidades de significado</translation>
        </message>
        <message>
            <source>{shown} of {total} meaning units</source>
            <translation>{shown} de {total} unidades de significado</translation>
        </message>
    </context>
    <context>
        <name>AnalysisView</name>
        <message>
            <source>Count only the meaning units a saved coding query selects</source>
            <translation>Contar solo las unidades de significado que selecciona una consulta de codificación guardada</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Capa:</translation>
        </message>
        <message>
            <source>Restrict to query:</source>
            <translation>Limitar a la consulta:</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matriz</translation>
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation>Coocurrencia</translation>
        </message>
        <message>
            <source>Saturation</source>
            <translation>Saturación</translation>
        </message>
        <message>
            <source>Coding queries</source>
            <translation>Consultas de codificación</translation>
        </message>
        <message>
            <source>Participant attribute of the columns</source>
            <translation>Atributo de participante de las columnas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>códigos</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>categorías</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>temas</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Contar</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participantes</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Columns: values of</source>
            <translation>Columnas: valores de</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Filas:</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Contar:</translation>
        </message>
        <message>
            <source>Press Enter on a cell to list its meaning units.</source>
            <translation>Pulse Enter en una celda para enumerar sus unidades de significado.</translation>
        </message>
        <message>
            <source>Code A</source>
            <translation>Código A</translation>
        </message>
        <message>
            <source>Code B</source>
            <translation>Código B</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Solapamientos</translation>
        </message>
        <message>
            <source>Co-occurring codes</source>
            <translation>Códigos que coocurren</translation>
        </message>
        <message>
            <source>Click a row or an edge of the network to see its meaning units.</source>
            <translation>Haga clic en una fila o en una arista de la red para ver sus unidades de significado.</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>How many interviews form the base of the saturation count.</source>
            <translation>Cuántas entrevistas forman la base del recuento de saturación.</translation>
        </message>
        <message>
            <source>How many interviews each run adds.</source>
            <translation>Cuántas entrevistas añade cada serie.</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>The share of new codes at or below which a run counts as saturated.</source>
            <translation>La proporción máxima de códigos nuevos con la que una serie se considera saturada.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Sentence for the methods section</source>
            <translation>Frase para la sección de métodos</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Query expression</source>
            <translation>Expresión de consulta</translation>
        </message>
        <message>
            <source>Codes, categories, themes and attributes combined with AND, OR, NOT, OVERLAPPING and WITHIN; Enter runs it.</source>
            <translation>Códigos, categorías, temas y atributos combinados con AND, OR, NOT, OVERLAPPING y WITHIN; Enter la ejecuta.</translation>
        </message>
        <message>
            <source>(code:Pain OR category:Coping) AND Role = nurse</source>
            <translation>(code:Pain OR category:Coping) AND Role = nurse</translation>
        </message>
        <message>
            <source>{count} meaning units, {count2} documents</source>
            <translation>{count} unidades de significado, {count2} documentos</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Saved queries (double-click to run):</source>
            <translation>Consultas guardadas (doble clic para ejecutar):</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Leyendo el estudio…</translation>
        </message>
        <message>
            <source>Reading the study for analysis</source>
            <translation>Leyendo el estudio para el análisis</translation>
        </message>
        <message>
            <source>Cannot read the study: {plain_reason}</source>
            <translation>No se puede leer el estudio: {plain_reason}</translation>
        </message>
        <message>
            <source>{name} × {value}: click to see the meaning units</source>
            <translation>{name} × {value}: haga clic para ver las unidades de significado</translation>
        </message>
        <message>
            <source>Query {expression}</source>
            <translation>Consulta {expression}</translation>
        </message>
        <message>
            <source>Save the query</source>
            <translation>Guardar la consulta</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Export the matrix</source>
            <translation>Exportar la matriz</translation>
        </message>
        <message>
            <source>Export the co-occurrence table</source>
            <translation>Exportar la tabla de coocurrencias</translation>
        </message>
        <message>
            <source>Export the saturation table</source>
            <translation>Exportar la tabla de saturación</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;Word (*.docx);;Chart as PNG, 300 dpi (*.png);;Chart as SVG (*.svg)</source>
            <translation>Excel (*.xlsx);;Word (*.docx);;Gráfico como PNG, 300 ppp (*.png);;Gráfico como SVG (*.svg)</translation>
        </message>
        <message>
            <source>Wrote {written}</source>
            <translation>Escrito: {written}</translation>
        </message>
    </context>
    <context>
        <name>AutocodeDialog</name>
        <message>
            <source>Autocode</source>
            <translation>Autocodificar</translation>
        </message>
        <message>
            <source>words, or a regular expression such as night\s+shifts?</source>
            <translation>palabras o una expresión regular como night\s+shifts?</translation>
        </message>
        <message>
            <source>a code for every unit (new or existing); empty: units only</source>
            <translation>un código para cada unidad (nuevo o existente); vacío: solo unidades</translation>
        </message>
        <message>
            <source>Preview of the units to code</source>
            <translation>Vista previa de las unidades que se van a codificar</translation>
        </message>
        <message>
            <source>Preview shows the units before anything is changed.</source>
            <translation>La vista previa muestra las unidades antes de cambiar nada.</translation>
        </message>
        <message>
            <source>Autocode by</source>
            <translation>Autocodificar por</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Hablante</translation>
        </message>
        <message>
            <source>Keyword or pattern</source>
            <translation>Palabra clave o patrón</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>{units}, {reused} already marked</source>
            <translation>{units}, {reused} ya marcadas</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>Move with a reason</source>
            <translation>Mover con un motivo</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nuevo tema</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nueva categoría</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Nuevo código</translation>
        </message>
        <message>
            <source>Merge {codes} into “{survivor}”?

{units} will carry “{survivor}” instead; {others} will be removed.</source>
            <translation>¿Fusionar {codes} en “{survivor}”?

{units} llevarán “{survivor}” en su lugar; {others} se eliminarán.</translation>
        </message>
        <message>
            <source>Merge codes</source>
            <translation>Fusionar códigos</translation>
        </message>
        <message>
            <source>Keep this code (the others merge into it):</source>
            <translation>Conservar este código (los demás se fusionan en él):</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Puede deshacerlo.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete {count} items</source>
            <translation>Eliminar {count} elementos</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n código</numerusform>
                <numerusform>%n códigos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Eliminar %n categoría: sus códigos, con {units}, vuelven a Sin clasificar.</numerusform>
                <numerusform>Eliminar %n categorías: sus códigos, con {units}, vuelven a Sin clasificar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n code(s): {units} will lose the code(s) (the units themselves stay).</source>
            <translation>
                <numerusform>Eliminar %n código: {units} perderán el código (las unidades en sí se mantienen).</numerusform>
                <numerusform>Eliminar %n códigos: {units} perderán los códigos (las unidades en sí se mantienen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n theme(s): its categories, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Eliminar %n tema: sus categorías, con {units}, vuelven a Sin clasificar.</numerusform>
                <numerusform>Eliminar %n temas: sus categorías, con {units}, vuelven a Sin clasificar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Details of the chosen item</source>
            <translation>Detalles del elemento elegido</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tabla de análisis</translation>
        </message>
        <message>
            <source>Hygiene</source>
            <translation>Depuración</translation>
        </message>
        <message>
            <source>+ Theme</source>
            <translation>+ Tema</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nuevo tema</translation>
        </message>
        <message>
            <source>+ Category</source>
            <translation>+ Categoría</translation>
        </message>
        <message>
            <source>New category (in the selected theme)</source>
            <translation>Nueva categoría (en el tema seleccionado)</translation>
        </message>
        <message>
            <source>+ Code</source>
            <translation>+ Código</translation>
        </message>
        <message>
            <source>New code (in the selected category)</source>
            <translation>Nuevo código (en la categoría seleccionada)</translation>
        </message>
        <message>
            <source>Drag a card onto a card to make a pile, onto a pile to join it; drag piles into themes. Keys: arrows, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</source>
            <translation>Arrastre una tarjeta sobre otra para formar una pila, sobre una pila para unirla a ella; arrastre las pilas a los temas. Teclas: flechas, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</translation>
        </message>
        <message>
            <source>Hygiene ({n})</source>
            <translation>Depuración ({n})</translation>
        </message>
        <message>
            <source>Fit the sorting table</source>
            <translation>Ajustar la mesa de clasificación</translation>
        </message>
        <message>
            <source>Codebook hygiene</source>
            <translation>Depuración del libro de códigos</translation>
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message>
            <source>{name}
{units} in {documents}</source>
            <translation>{name}
{units} en {documents}</translation>
        </message>
        <message>
            <source>{units} · {documents}</source>
            <translation>{units} · {documents}</translation>
        </message>
        <message numerus="yes">
            <source>%n doc(s)</source>
            <translation>
                <numerusform>%n doc.</numerusform>
                <numerusform>%n docs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <source>Select a code, category or theme to edit it.</source>
            <translation>Seleccione un código, una categoría o un tema para editarlo.</translation>
        </message>
        <message>
            <source>What the code means: a sentence another reviewer could apply</source>
            <translation>Qué significa el código: una frase que otro codificador podría aplicar</translation>
        </message>
        <message>
            <source>Use the code when…</source>
            <translation>Usar el código cuando…</translation>
        </message>
        <message>
            <source>Do not use it when…</source>
            <translation>No usarlo cuando…</translation>
        </message>
        <message>
            <source>Memo: doubts, decisions, how the code changed</source>
            <translation>Memo: dudas, decisiones, cómo cambió el código</translation>
        </message>
        <message>
            <source>Exemplar quote (from the code's own units)</source>
            <translation>Cita ejemplar (de las propias unidades del código)</translation>
        </message>
        <message>
            <source>What holds this together</source>
            <translation>Qué mantiene esto unido</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definición</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Criterios de inclusión</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Criterios de exclusión</translation>
        </message>
        <message>
            <source>Memo of the code</source>
            <translation>Memo del código</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Why? An optional reason for the change you just made, kept in the codebook's version history</source>
            <translation>¿Por qué? Un motivo opcional para el cambio que acaba de hacer, que se guarda en el historial de versiones del libro de códigos</translation>
        </message>
        <message>
            <source>Reason for the last change</source>
            <translation>Motivo del último cambio</translation>
        </message>
        <message>
            <source>“{quote}” — {document}, p. {page}</source>
            <translation>«{quote}» — {document}, p. {page}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>&lt;b&gt;Select a card, a pile or a theme&lt;/b&gt; (on the table or in the tree) to edit it.</source>
            <translation>&lt;b&gt;Seleccione una tarjeta, una pila o un tema&lt;/b&gt; (en la mesa o en el árbol) para editarlo.</translation>
        </message>
        <message>
            <source>(none chosen)</source>
            <translation>(ninguna elegida)</translation>
        </message>
        <message>
            <source>(the code has no meaning units yet)</source>
            <translation>(el código aún no tiene unidades de significado)</translation>
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Code this unit</source>
            <translation>Codificar esta unidad</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Nombre del código</translation>
        </message>
        <message>
            <source>Type to filter the codes or to name a new one; Enter assigns it.</source>
            <translation>Escriba para filtrar los códigos o para nombrar uno nuevo; Enter lo asigna.</translation>
        </message>
        <message>
            <source>Type a code name…</source>
            <translation>Escriba el nombre de un código…</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>&lt;b&gt;{unit_label}&lt;/b&gt;&lt;br&gt;</source>
            <translation>&lt;b&gt;{unit_label}&lt;/b&gt;&lt;br&gt;</translation>
        </message>
        <message>
            <source>Enter assigns · a new name creates the code · a ✓ code is removed · Esc closes</source>
            <translation>Enter asigna · un nombre nuevo crea el código · un código con ✓ se quita · Esc cierra</translation>
        </message>
        <message>
            <source>From the note: “{from_note}”</source>
            <translation>De la nota: “{from_note}”</translation>
        </message>
        <message>
            <source>Take the code's name from your note (Alt+N); edit it before pressing Enter</source>
            <translation>Tomar el nombre del código de su nota (Alt+N); edítelo antes de pulsar Enter</translation>
        </message>
        <message>
            <source>Remove this code from the unit</source>
            <translation>Quitar este código de la unidad</translation>
        </message>
        <message>
            <source>Assign this code</source>
            <translation>Asignar este código</translation>
        </message>
        <message>
            <source>＋ Create code “{name}”</source>
            <translation>＋ Crear el código “{name}”</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeModel</name>
        <message>
            <source>Drop here to take items out of their theme or category</source>
            <translation>Suelte aquí para sacar elementos de su tema o categoría</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeView</name>
        <message>
            <source>Codebook tree</source>
            <translation>Árbol del libro de códigos</translation>
        </message>
        <message>
            <source>Themes, categories and codes. F2 renames, Ctrl+M moves the chosen item, Delete deletes it.</source>
            <translation>Temas, categorías y códigos. F2 cambia el nombre, Ctrl+M mueve el elemento elegido, Delete lo elimina.</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nuevo tema</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nueva categoría</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Nuevo código</translation>
        </message>
        <message>
            <source>New category in this theme</source>
            <translation>Nueva categoría en este tema</translation>
        </message>
        <message>
            <source>New code in this category</source>
            <translation>Nuevo código en esta categoría</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Cambiar nombre	F2</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Move to…	Ctrl+M</source>
            <translation>Mover a…	Ctrl+M</translation>
        </message>
        <message>
            <source>Merge selected codes…</source>
            <translation>Fusionar los códigos seleccionados…</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Eliminar…	Del</translation>
        </message>
    </context>
    <context>
        <name>CodebookVersionsDialog</name>
        <message>
            <source>Codebook versions</source>
            <translation>Versiones del libro de códigos</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>Guardada por</translation>
        </message>
        <message>
            <source>&amp;Keep this version…</source>
            <translation>&amp;Guardar esta versión…</translation>
        </message>
        <message>
            <source>Keep the codebook as it is now as a named version</source>
            <translation>Guardar el libro de códigos tal como está ahora como versión con nombre</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Comparar desde la versión</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Comparar con la versión</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Changes between the two versions</source>
            <translation>Cambios entre las dos versiones</translation>
        </message>
        <message>
            <source>Versions kept at milestones (Lectio also keeps one before each merge)</source>
            <translation>Versiones guardadas en hitos (Lectio guarda además una antes de cada fusión)</translation>
        </message>
        <message>
            <source>Compare from</source>
            <translation>Comparar desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>you</source>
            <translation>usted</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>el libro de códigos actual</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Guardar esta versión</translation>
        </message>
        <message>
            <source>Name of the milestone (e.g. “after pilot coding”):</source>
            <translation>Nombre del hito (p. ej., “tras la codificación piloto”):</translation>
        </message>
        <message>
            <source>Keep a version to compare it with later ones.</source>
            <translation>Guarde una versión para compararla con las posteriores.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge conflicts — decide each one</source>
            <translation>Conflictos de fusión: decida cada uno</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>Conservar la &amp;nuestra</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Tomar la &amp;suya</translation>
        </message>
        <message>
            <source>The same item was changed in both files, or deleted in one and edited in the other. Nothing was overwritten: choose which version stays.</source>
            <translation>El mismo elemento se modificó en ambos archivos, o se eliminó en uno y se editó en el otro. No se sobrescribió nada: elija qué versión se queda.</translation>
        </message>
    </context>
    <context>
        <name>ConsensusView</name>
        <message>
            <source>Show resolved</source>
            <translation>Mostrar resueltos</translation>
        </message>
        <message>
            <source>Only documents both coded</source>
            <translation>Solo documentos codificados por ambos</translation>
        </message>
        <message>
            <source>Leave out documents one of the two reviewers has not coded at all</source>
            <translation>Excluir los documentos que uno de los dos codificadores no ha codificado en absoluto</translation>
        </message>
        <message>
            <source>Adopt identical units</source>
            <translation>Adoptar unidades idénticas</translation>
        </message>
        <message>
            <source>Copy every unit both reviewers made identically into the consensus layer</source>
            <translation>Copiar a la capa de consenso cada unidad que ambos codificadores hicieron de forma idéntica</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>with</source>
            <translation>con</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Desacuerdo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Rationale: why the two of you settled it this way (kept in the log)</source>
            <translation>Justificación: por qué lo resolvieron así (se guarda en el registro)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Next unresolved (F8)</source>
            <translation>Siguiente sin resolver (F8)</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Desacuerdos</translation>
        </message>
        <message>
            <source>Each disagreement between the two reviewers and whether it is settled.</source>
            <translation>Cada desacuerdo entre los dos codificadores y si está resuelto.</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Why the two of you settled it this way; kept in the log.</source>
            <translation>Por qué lo resolvieron así; se guarda en el registro.</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Cifras de acuerdo</translation>
        </message>
        <message>
            <source>{text} (consensus)</source>
            <translation>{text} (consenso)</translation>
        </message>
        <message>
            <source>Next unresolved disagreement</source>
            <translation>Siguiente desacuerdo sin resolver</translation>
        </message>
        <message>
            <source>Previous disagreement</source>
            <translation>Desacuerdo anterior</translation>
        </message>
        <message>
            <source>Shift+F8</source>
            <translation>Shift+F8</translation>
        </message>
        <message>
            <source>Choose two different reviewers to compare.</source>
            <translation>Elija dos codificadores distintos para compararlos.</translation>
        </message>
        <message>
            <source>✓ resolved</source>
            <translation>✓ resuelto</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>{value}
{a_name} vs {b_name}
{words}</source>
            <translation>{value}
{a_name} frente a {b_name}
{words}</translation>
        </message>
        <message>
            <source>&lt;i&gt;No disagreement selected.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Ningún desacuerdo seleccionado.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;Nothing to settle: the two reviewers agree everywhere they coded.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Nada que resolver: los dos codificadores coinciden en todo lo que codificaron.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</source>
            <translation>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</translation>
        </message>
        <message>
            <source> · overlap {share}</source>
            <translation> · solapamiento {share}</translation>
        </message>
        <message>
            <source>Accept {name}</source>
            <translation>Aceptar {name}</translation>
        </message>
        <message>
            <source> (no unit)</source>
            <translation> (sin unidad)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Settled:&lt;/b&gt; {get} by {decided_by} on {replace}</source>
            <translation>&lt;b&gt;Resuelto:&lt;/b&gt; {get} por {decided_by} el {replace}</translation>
        </message>
        <message>
            <source>Adopted {value} identical unit(s) into the consensus layer</source>
            <translation>Se adoptaron {value} unidad(es) idéntica(s) en la capa de consenso</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Show documents by reading status</source>
            <translation>Mostrar los documentos según el estado de lectura</translation>
        </message>
        <message>
            <source>Each document with a marker per reading pass. Enter opens the chosen document, F2 renames it, Delete removes it, Shift+Delete deletes it permanently.</source>
            <translation>Cada documento con un indicador por fase de lectura. Enter abre el documento elegido, F2 le cambia el nombre, Delete lo quita, Shift+Delete lo elimina definitivamente.</translation>
        </message>
        <message>
            <source>○ not started   ◐ in progress   ● done</source>
            <translation>○ sin empezar   ◐ en curso   ● terminado</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Cambiar nombre	F2</translation>
        </message>
        <message>
            <source>Remove…	Del</source>
            <translation>Quitar…	Del</translation>
        </message>
        <message>
            <source>Delete permanently (withdrawn consent)…	Shift+Del</source>
            <translation>Eliminar definitivamente (consentimiento retirado)…	Shift+Del</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Pass {col} – {value}: {status_word}</source>
            <translation>Fase {col} – {value}: {status_word}</translation>
        </message>
        <message>
            <source>{name}
{chars} characters, {pages}
F2 renames it, Delete removes it</source>
            <translation>{name}
{chars} caracteres, {pages}
F2 le cambia el nombre, Delete lo quita</translation>
        </message>
        <message>
            <source>pass {number} {status}</source>
            <translation>fase {number} {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DossierDialog</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Exportar el dossier de confiabilidad</translation>
        </message>
        <message>
            <source>Only part of the audit trail</source>
            <translation>Solo una parte de la pista de auditoría</translation>
        </message>
        <message>
            <source>Limit the audit trail to a date range</source>
            <translation>Limitar la pista de auditoría a un intervalo de fechas</translation>
        </message>
        <message>
            <source>Audit trail from</source>
            <translation>Pista de auditoría desde</translation>
        </message>
        <message>
            <source>Audit trail until</source>
            <translation>Pista de auditoría hasta</translation>
        </message>
        <message>
            <source>Bootstrap resamples for alpha's confidence interval</source>
            <translation>Remuestreos bootstrap para el intervalo de confianza de alfa</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>COREQ and SRQR filled from the study, the audit trail, the codebook's versions, the intercoder reliability plan and results, and a methods paragraph.</source>
            <translation>COREQ y SRQR completados a partir del estudio, la pista de auditoría, las versiones del libro de códigos, el plan y los resultados de fiabilidad entre codificadores, y un párrafo de métodos.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Audit trail days</source>
            <translation>Días de la pista de auditoría</translation>
        </message>
        <message>
            <source>Bootstrap &amp;resamples</source>
            <translation>&amp;Remuestreos bootstrap</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Guardar como</translation>
        </message>
    </context>
    <context>
        <name>EditConflictPanel</name>
        <message>
            <source>Edit conflict</source>
            <translation>Conflicto de edición</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <source>Save your text over theirs</source>
            <translation>Guardar su texto sobre la otra versión</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tomar la suya</translation>
        </message>
        <message>
            <source>Show their version in the fields and drop your text</source>
            <translation>Mostrar la otra versión en los campos y descartar su texto</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>La otra versión</translation>
        </message>
        <message>
            <source>{who} saved this code at {when}, while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} guardó este código el {when}, mientras usted lo editaba. No se sobrescribió nada: su texto sigue en el campo.</translation>
        </message>
        <message>
            <source>{who} saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} guardó este código mientras usted lo editaba. No se sobrescribió nada: su texto sigue en el campo.</translation>
        </message>
        <message>
            <source>Someone else saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>Otra persona guardó este código mientras usted lo editaba. No se sobrescribió nada: su texto sigue en el campo.</translation>
        </message>
        <message>
            <source>Their version ({who})</source>
            <translation>La otra versión ({who})</translation>
        </message>
        <message>
            <source>Theirs: {field}</source>
            <translation>La otra versión: {field}</translation>
        </message>
    </context>
    <context>
        <name>EditConsensusDialog</name>
        <message>
            <source>Edit the consensus unit</source>
            <translation>Editar la unidad de consenso</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Pasaje</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit.</source>
            <translation>Seleccione las palabras de la unidad de consenso.</translation>
        </message>
        <message>
            <source>Codes of the consensus unit</source>
            <translation>Códigos de la unidad de consenso</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit, then tick its codes.</source>
            <translation>Seleccione las palabras de la unidad de consenso y luego marque sus códigos.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{title}: cancelled; the study is unchanged</source>
            <translation>{title}: cancelado; el estudio no ha cambiado</translation>
        </message>
        <message>
            <source>The reviewer copy was cancelled; no file was written</source>
            <translation>La copia para codificador se canceló; no se escribió ningún archivo</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{title} cancelled; nothing was written</source>
            <translation>{title} cancelado; no se escribió nada</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All reviewers</source>
            <translation>Todos los codificadores</translation>
        </message>
        <message>
            <source>Consensus layer</source>
            <translation>Capa de consenso</translation>
        </message>
        <message>
            <source>{name} only</source>
            <translation>Solo {name}</translation>
        </message>
        <message>
            <source>Include numbers of meaning units and documents</source>
            <translation>Incluir el número de unidades de significado y de documentos</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Todas las unidades de significado</translation>
        </message>
        <message>
            <source>Only units of query {0}</source>
            <translation>Solo las unidades de la consulta {0}</translation>
        </message>
        <message>
            <source>Reviewer &amp;layer</source>
            <translation>&amp;Capa del codificador</translation>
        </message>
        <message>
            <source>&amp;Meaning units</source>
            <translation>&amp;Unidades de significado</translation>
        </message>
        <message>
            <source>Exemplar &amp;quotes per code</source>
            <translation>Citas &amp;ejemplares por código</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Guardar como</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this document</source>
            <translation>Buscar en este documento</translation>
        </message>
        <message>
            <source>Enter goes to the next match, Escape closes the find bar.</source>
            <translation>Enter va a la coincidencia siguiente, Escape cierra la barra de búsqueda.</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Coincidencia anterior (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Coincidencia siguiente (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>{count} encontradas</translation>
        </message>
        <message>
            <source>{value} of {count}</source>
            <translation>{value} de {count}</translation>
        </message>
    </context>
    <context>
        <name>HygienePanel</name>
        <message>
            <source>Codebook checks</source>
            <translation>Comprobaciones del libro de códigos</translation>
        </message>
        <message>
            <source>Press Enter to show the code, category or theme a check names.</source>
            <translation>Pulse Enter para mostrar el código, la categoría o el tema que señala una comprobación.</translation>
        </message>
        <message>
            <source>{finding} — {hint}</source>
            <translation>{finding} — {hint}</translation>
        </message>
        <message>
            <source>The codebook is tidy: nothing to report.</source>
            <translation>El libro de códigos está ordenado: nada que señalar.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to look at:</source>
            <translation>
                <numerusform>%n cosa que revisar:</numerusform>
                <numerusform>%n cosas que revisar:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import cancelled; the study is unchanged</source>
            <translation>Importación cancelada; el estudio no ha cambiado</translation>
        </message>
    </context>
    <context>
        <name>ImportProgressDialog</name>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>This file</source>
            <translation>Este archivo</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{title} — cancelling…</source>
            <translation>{title}: cancelando…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nuevo proyecto…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open &amp;team study…</source>
            <translation>Abrir es&amp;tudio de equipo…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>Abrir el estudio de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Import documents…</source>
            <translation>&amp;Importar documentos…</translation>
        </message>
        <message>
            <source>Import from another &amp;QDA program</source>
            <translation>Importar de otro programa &amp;QDA</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>&amp;Proyecto REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;codebook (.qdc)…</source>
            <translation>&amp;Libro de códigos REFI-QDA (.qdc)…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Study &amp;properties…</source>
            <translation>&amp;Propiedades del estudio…</translation>
        </message>
        <message>
            <source>Create &amp;reviewer copy…</source>
            <translation>Crear &amp;copia para codificador…</translation>
        </message>
        <message>
            <source>&amp;Merge reviewer's file…</source>
            <translation>&amp;Fusionar el archivo de un codificador…</translation>
        </message>
        <message>
            <source>Te&amp;am…</source>
            <translation>Eq&amp;uipo…</translation>
        </message>
        <message>
            <source>S&amp;ync with the team server</source>
            <translation>Sincr&amp;onizar con el servidor del equipo</translation>
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation>&amp;Cerrar proyecto</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Re&amp;viewers…</source>
            <translation>&amp;Codificadores…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guía</translation>
        </message>
        <message>
            <source>&amp;About Lectio</source>
            <translation>&amp;Acerca de Lectio</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codificador</translation>
        </message>
        <message>
            <source> Reviewer: </source>
            <translation> Codificador: </translation>
        </message>
        <message>
            <source>Whose layer you are reading and coding (Ctrl+R)</source>
            <translation>La capa que está leyendo y codificando (Ctrl+R)</translation>
        </message>
        <message>
            <source>Choose reviewer</source>
            <translation>Elegir codificador</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>&amp;Undo {undoText}</source>
            <translation>&amp;Deshacer {undoText}</translation>
        </message>
        <message>
            <source>&amp;Redo {redoText}</source>
            <translation>&amp;Rehacer {redoText}</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>No se puede abrir el proyecto</translation>
        </message>
        <message>
            <source>Updated from file format {migrated_from}; the old file is kept as {backup_path}</source>
            <translation>Actualizado desde el formato de archivo {migrated_from}; el archivo antiguo se conserva como {backup_path}</translation>
        </message>
        <message>
            <source>Lectio</source>
            <translation>Lectio</translation>
        </message>
        <message>
            <source>Working as {currentText} — choose your own name in the Reviewer box (Ctrl+R)</source>
            <translation>Trabajando como {currentText}: elija su propio nombre en el campo Codificador (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reviewer: {currentText}  </source>
            <translation>Codificador: {currentText}  </translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Ningún proyecto abierto</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>solo lectura</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>guardado</translation>
        </message>
        <message>
            <source>{path}
Every change is saved as you make it.</source>
            <translation>{path}
Cada cambio se guarda en el momento en que se hace.</translation>
        </message>
        <message>
            <source>Open a Lectio project</source>
            <translation>Abrir un proyecto de Lectio</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio);;All files (*)</source>
            <translation>Proyectos de Lectio (*.lectio);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot create the project</source>
            <translation>No se puede crear el proyecto</translation>
        </message>
        <message>
            <source>Cannot write the demo study</source>
            <translation>No se puede escribir el estudio de demostración</translation>
        </message>
        <message>
            <source>    Opening {name}…</source>
            <translation>    Abriendo {name}…</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move {what} to…</source>
            <translation>Mover {what} a…</translation>
        </message>
        <message>
            <source>Filter the places</source>
            <translation>Filtrar los destinos</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Escriba para filtrar</translation>
        </message>
        <message>
            <source>Places to move to</source>
            <translation>Destinos a los que mover</translation>
        </message>
        <message>
            <source>Why? An optional reason, kept in the codebook's version history</source>
            <translation>¿Por qué? Un motivo opcional, que se guarda en el historial de versiones del libro de códigos</translation>
        </message>
        <message>
            <source>Reason for the move</source>
            <translation>Motivo del traslado</translation>
        </message>
    </context>
    <context>
        <name>NetworkChart</name>
        <message>
            <source>No two codes share a unit.</source>
            <translation>Ningún par de códigos comparte una unidad.</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>Nuevo proyecto</translation>
        </message>
        <message>
            <source>e.g. Care partnerships at home</source>
            <translation>p. ej., Cuidados compartidos en el hogar</translation>
        </message>
        <message>
            <source>The research question this analysis answers</source>
            <translation>La pregunta de investigación que responde este análisis</translation>
        </message>
        <message>
            <source>New study.lectio</source>
            <translation>Nuevo estudio.lectio</translation>
        </message>
        <message>
            <source>Save the new project as</source>
            <translation>Guardar el nuevo proyecto como</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Proyectos de Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>.lectio</source>
            <translation>.lectio</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Research &amp;question</source>
            <translation>&amp;Pregunta de investigación</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Su &amp;nombre</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Guardar como</translation>
        </message>
        <message>
            <source>New study</source>
            <translation>Nuevo estudio</translation>
        </message>
    </context>
    <context>
        <name>NotesMargin</name>
        <message>
            <source>Unit {value}</source>
            <translation>Unidad {value}</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (solo lectura)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N: add a note · Ctrl+K: code</source>
            <translation>Ctrl+Shift+N: añadir una nota · Ctrl+K: codificar</translation>
        </message>
        <message>
            <source>Double-click to edit this note; right-click for more</source>
            <translation>Doble clic para editar esta nota; clic derecho para más opciones</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Each speaker with their role and attributes; F2 edits a cell.</source>
            <translation>Cada hablante con su función y sus atributos; F2 edita una celda.</translation>
        </message>
        <message>
            <source>Leave interviewer turns out of meaning units</source>
            <translation>Excluir los turnos del entrevistador de las unidades de significado</translation>
        </message>
        <message>
            <source>Interviewer turns are shown dimmed in the reader and skipped when you make a unit or autocode by keyword or pattern</source>
            <translation>Los turnos del entrevistador se muestran atenuados en el lector y se omiten al crear una unidad o al autocodificar por palabra clave o patrón</translation>
        </message>
        <message>
            <source>add</source>
            <translation>add</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Añadir participante…</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>Merge selected</source>
            <translation>Fusionar los seleccionados</translation>
        </message>
        <message>
            <source>attribute</source>
            <translation>attribute</translation>
        </message>
        <message>
            <source>Add attribute…</source>
            <translation>Añadir atributo…</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>Import attributes…</source>
            <translation>Importar atributos…</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>Export attributes…</source>
            <translation>Exportar atributos…</translation>
        </message>
        <message>
            <source>assign</source>
            <translation>assign</translation>
        </message>
        <message>
            <source>Assign document…</source>
            <translation>Asignar documento…</translation>
        </message>
        <message>
            <source>No participants yet. Import a transcript (.vtt, .srt, a Teams/Otter .docx or .txt) and its speakers appear here, or add participants and import their attributes from a CSV or Excel table.</source>
            <translation>Aún no hay participantes. Importe una transcripción (.vtt, .srt, un .docx de Teams/Otter o un .txt) y sus hablantes aparecerán aquí, o añada participantes e importe sus atributos desde una tabla CSV o Excel.</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Añadir participante</translation>
        </message>
        <message>
            <source>Name or code:</source>
            <translation>Nombre o código:</translation>
        </message>
        <message>
            <source>Select the two rows that are the same person (the first is kept)</source>
            <translation>Seleccione las dos filas que corresponden a la misma persona (se conserva la primera)</translation>
        </message>
        <message>
            <source>Merge participants</source>
            <translation>Fusionar participantes</translation>
        </message>
        <message>
            <source>{name} is the same person as {name2}?

Every turn and document of {name} goes to {name2}, and {name} is removed.</source>
            <translation>¿{name} es la misma persona que {name2}?

Cada turno y documento de {name} pasa a {name2}, y {name} se elimina.</translation>
        </message>
        <message>
            <source>Add attribute</source>
            <translation>Añadir atributo</translation>
        </message>
        <message>
            <source>Attribute name (for example Age, Site, Role):</source>
            <translation>Nombre del atributo (por ejemplo Edad, Centro, Función):</translation>
        </message>
        <message>
            <source>Type of {name}:</source>
            <translation>Tipo de {name}:</translation>
        </message>
        <message>
            <source>The values, separated by commas:</source>
            <translation>Los valores, separados por comas:</translation>
        </message>
        <message>
            <source>Import attributes</source>
            <translation>Importar atributos</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx)</source>
            <translation>Tablas (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Export attributes</source>
            <translation>Exportar atributos</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Escrito: {path}</translation>
        </message>
        <message>
            <source>Select the participant the document belongs to</source>
            <translation>Seleccione el participante al que pertenece el documento</translation>
        </message>
        <message>
            <source>Assign document</source>
            <translation>Asignar documento</translation>
        </message>
        <message>
            <source>Document that belongs to {name}:</source>
            <translation>Documento que pertenece a {name}:</translation>
        </message>
        <message>
            <source>Autocode…</source>
            <translation>Autocodificar…</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s). Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</source>
            <translation>
                <numerusform>%n participante. Doble clic en una celda para editarla; seleccione dos filas y pulse Fusionar cuando una misma persona aparezca con dos etiquetas (se conserva la primera fila).</numerusform>
                <numerusform>%n participantes. Doble clic en una celda para editarla; seleccione dos filas y pulse Fusionar cuando una misma persona aparezca con dos etiquetas (se conserva la primera fila).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PileItem</name>
        <message>
            <source>Category: {name}</source>
            <translation>Categoría: {name}</translation>
        </message>
        <message>
            <source>{codes} · {units}</source>
            <translation>{codes} · {units}</translation>
        </message>
        <message>
            <source>drop cards here</source>
            <translation>suelte aquí las tarjetas</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n código</numerusform>
                <numerusform>%n códigos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>The colours of the window. High contrast has white text on black and meets WCAG AA contrast.</source>
            <translation>Los colores de la ventana. Alto contraste usa texto blanco sobre negro y cumple el nivel de contraste AA de WCAG.</translation>
        </message>
        <message>
            <source>Dark and light follow the system unless you choose one here.</source>
            <translation>Oscuro y claro siguen al sistema, salvo que elija uno aquí.</translation>
        </message>
        <message>
            <source>Language of the window</source>
            <translation>Idioma de la ventana</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <source>Lectio shows the new language when it starts again. The language of a study's exported documents is set in File › Study properties…</source>
            <translation>Lectio mostrará el nuevo idioma cuando se vuelva a iniciar. El idioma de los documentos exportados de un estudio se define en Archivo › Propiedades del estudio…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
    </context>
    <context>
        <name>PseudonymiseDialog</name>
        <message>
            <source>Pseudonymise the study</source>
            <translation>Seudonimizar el estudio</translation>
        </message>
        <message>
            <source>Every participant's name becomes a code (P01, P02 …; interviewers I01 …), and every name or place listed below becomes [name] — or the code you give after '=' (St Mary's = [hospital]). Meaning units stay on their words. The key (code → real name) goes to a file you choose; it is never stored in the study.</source>
            <translation>El nombre de cada participante se convierte en un código (P01, P02…; entrevistadores I01…), y cada nombre o lugar de la lista de abajo se convierte en [name], o en el código que indique tras “=” (St Mary's = [hospital]). Las unidades de significado se mantienen sobre sus palabras. La clave (código → nombre real) se guarda en un archivo que usted elige; nunca se almacena en el estudio.</translation>
        </message>
        <message>
            <source>Names to replace</source>
            <translation>Nombres que sustituir</translation>
        </message>
        <message>
            <source>One name a line; name = [replacement] chooses the replacement.</source>
            <translation>Un nombre por línea; nombre = [sustituto] elige el sustituto.</translation>
        </message>
        <message>
            <source>Anna
St Mary's Hospital = [hospital]
Riverside = [town]</source>
            <translation>Anna
St Mary's Hospital = [hospital]
Riverside = [town]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Replace the names in the undo history too, so earlier steps stay undoable where they can (unticked: the undo history is emptied)</source>
            <translation>Sustituir también los nombres en el historial para deshacer, para que los pasos anteriores se puedan seguir deshaciendo cuando sea posible (sin marcar: el historial para deshacer se vacía)</translation>
        </message>
        <message>
            <source>Replace the names in the automatic backups made before as well ({n}); unticked, they still hold the real names</source>
            <translation>Sustituir también los nombres en las copias de seguridad automáticas hechas antes ({n}); sin marcar, siguen conteniendo los nombres reales</translation>
        </message>
        <message>
            <source>Pseudonymise…</source>
            <translation>Seudonimizar…</translation>
        </message>
        <message>
            <source>Other names and places, one a line:</source>
            <translation>Otros nombres y lugares, uno por línea:</translation>
        </message>
        <message>
            <source>Write the key to:</source>
            <translation>Escribir la clave en:</translation>
        </message>
        <message>
            <source>Earlier undo steps are kept with the names replaced where they still fit the text; the others can no longer be undone.</source>
            <translation>Los pasos anteriores para deshacer se conservan con los nombres sustituidos cuando aún encajan con el texto; los demás ya no se podrán deshacer.</translation>
        </message>
        <message>
            <source>The undo history is emptied.</source>
            <translation>El historial para deshacer se vacía.</translation>
        </message>
        <message>
            <source>The names are replaced in the automatic backups made before as well.</source>
            <translation>Los nombres también se sustituyen en las copias de seguridad automáticas hechas antes.</translation>
        </message>
        <message>
            <source>The automatic backups beside the study still hold the real names.</source>
            <translation>Las copias de seguridad automáticas junto al estudio siguen conteniendo los nombres reales.</translation>
        </message>
        <message>
            <source>The real names will be replaced throughout the study and removed from the whole file: the text, the stored original files (replaced by the pseudonymised text), the audit trail and the undo history. This cannot be undone.

{history} {backups}

Pseudonymise now?</source>
            <translation>Los nombres reales se sustituirán en todo el estudio y se eliminarán de todo el archivo: el texto, los archivos originales almacenados (sustituidos por el texto seudonimizado), la pista de auditoría y el historial para deshacer. Esto no se puede deshacer.

{history} {backups}

¿Seudonimizar ahora?</translation>
        </message>
        <message>
            <source>Pseudonymising was cancelled; the study is unchanged</source>
            <translation>Se canceló la seudonimización; el estudio no ha cambiado</translation>
        </message>
        <message>
            <source>Pseudonymising the study</source>
            <translation>Seudonimizando el estudio</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements in {documents} documents.</source>
            <translation>Seudonimizado: {names} nombres, {replacements} sustituciones en {documents} documentos.</translation>
        </message>
        <message>
            <source>Undo history: {kept} steps kept with the names replaced; {lost} steps can no longer be undone.</source>
            <translation>Historial para deshacer: {kept} pasos conservados con los nombres sustituidos; {lost} pasos ya no se pueden deshacer.</translation>
        </message>
        <message>
            <source>Undo history: {lost} steps can no longer be undone.</source>
            <translation>Historial para deshacer: {lost} pasos ya no se pueden deshacer.</translation>
        </message>
        <message>
            <source>Backup {file}: the names are replaced.</source>
            <translation>Copia de seguridad {file}: los nombres se han sustituido.</translation>
        </message>
        <message>
            <source>Backup {file}: NOT changed ({reason}); delete it before sharing.</source>
            <translation>Copia de seguridad {file}: NO se ha modificado ({reason}); elimínela antes de compartir nada.</translation>
        </message>
        <message>
            <source>Backup {file} still holds the real names.</source>
            <translation>La copia de seguridad {file} sigue conteniendo los nombres reales.</translation>
        </message>
        <message>
            <source>Pseudonymised</source>
            <translation>Seudonimizado</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Archivo de clave</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Pseudonymise — this is final</source>
            <translation>Seudonimizar: esto es definitivo</translation>
        </message>
        <message>
            <source>Choose the file the key is written to</source>
            <translation>Elegir el archivo en el que se escribe la clave</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements</source>
            <translation>Seudonimizado: {names} nombres, {replacements} sustituciones</translation>
        </message>
    </context>
    <context>
        <name>QueryFilter</name>
        <message>
            <source>Show only the meaning units a saved coding query selects (save queries in Analysis › Coding queries)</source>
            <translation>Mostrar solo las unidades de significado que selecciona una consulta de codificación guardada (guarde las consultas en Análisis › Consultas de codificación)</translation>
        </message>
        <message>
            <source>Show every meaning unit again (Esc)</source>
            <translation>Volver a mostrar todas las unidades de significado (Esc)</translation>
        </message>
        <message>
            <source>Clear the query filter</source>
            <translation>Quitar el filtro de consulta</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Todas las unidades de significado</translation>
        </message>
        <message>
            <source>Query: {0}</source>
            <translation>Consulta: {0}</translation>
        </message>
        <message>
            <source>Cannot run the query {0}: {1}</source>
            <translation>No se puede ejecutar la consulta {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <source>Showing the %n meaning unit(s) of the query {0}</source>
            <translation>
                <numerusform>Mostrando %n unidad de significado de la consulta {0}</numerusform>
                <numerusform>Mostrando %n unidades de significado de la consulta {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Document text</source>
            <translation>Texto del documento</translation>
        </message>
        <message>
            <source>{text} — {unit} (of {count})</source>
            <translation>{text}: {unit} (de {count})</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditing</name>
        <message>
            <source>Select the words of the unit first, then press M</source>
            <translation>Seleccione primero las palabras de la unidad y luego pulse M</translation>
        </message>
        <message>
            <source>Interviewer turns are left out of meaning units (Participants › setting)</source>
            <translation>Los turnos del entrevistador se excluyen de las unidades de significado (ajuste en Participantes)</translation>
        </message>
        <message>
            <source>That unit belongs to another reviewer and is read-only here</source>
            <translation>Esa unidad pertenece a otro codificador y aquí es de solo lectura</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then add a note</source>
            <translation>Vaya primero a una de sus unidades (N / P) y luego añada una nota</translation>
        </message>
        <message>
            <source>This unit has no notes of yours</source>
            <translation>Esta unidad no tiene notas suyas</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then code it</source>
            <translation>Vaya primero a una de sus unidades (N / P) y luego codifíquela</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Editar nota…</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
        <message>
            <source>Create code from this note…</source>
            <translation>Crear código a partir de esta nota…</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditor</name>
        <message>
            <source>Create meaning unit</source>
            <translation>Crear unidad de significado</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <source>A thought, an impression, a first analysis…</source>
            <translation>Una idea, una impresión, un primer análisis…</translation>
        </message>
        <message>
            <source>Which note?</source>
            <translation>¿Qué nota?</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Añadir nota…</translation>
        </message>
        <message>
            <source>Code unit…</source>
            <translation>Codificar unidad…</translation>
        </message>
        <message>
            <source>Remove code “{name}”</source>
            <translation>Quitar el código “{name}”</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeras impresiones</translation>
        </message>
        <message>
            <source>Your first impressions of &lt;b&gt;{value}&lt;/b&gt;</source>
            <translation>Sus primeras impresiones de &lt;b&gt;{value}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What strikes you on a first reading?</source>
            <translation>¿Qué le llama la atención en una primera lectura?</translation>
        </message>
    </context>
    <context>
        <name>ReaderText</name>
        <message>
            <source>Document text</source>
            <translation>Texto del documento</translation>
        </message>
        <message>
            <source>Select words with Shift and the arrow keys; Enter makes a meaning unit of the selection in passes 2 and 3.</source>
            <translation>Seleccione palabras con Shift y las flechas; Enter crea una unidad de significado con la selección en las fases 2 y 3.</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Mark done</source>
            <translation>Marcar como terminado</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeras impresiones</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>No documents yet — File › Import documents (Ctrl+I)</source>
            <translation>Aún no hay documentos: Archivo › Importar documentos (Ctrl+I)</translation>
        </message>
        <message>
            <source>Pass {pass_no}: {value} {status_word}</source>
            <translation>Fase {pass_no}: {value} {status_word}</translation>
        </message>
        <message>
            <source>{format_duration} read</source>
            <translation>{format_duration} de lectura</translation>
        </message>
        <message>
            <source>not timed yet</source>
            <translation>aún sin tiempo registrado</translation>
        </message>
        <message>
            <source>Pass {pass_no} – {value}
</source>
            <translation>Fase {pass_no} – {value}
</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Terminado ✓</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefiImportDialog</name>
        <message>
            <source>Import {name}</source>
            <translation>Importar {name}</translation>
        </message>
        <message>
            <source>Import &lt;b&gt;{name}&lt;/b&gt; into this study. Codings sit on the words the other program marked; if they look shifted by a character or two, import again and choose how that program counted positions.</source>
            <translation>Importar &lt;b&gt;{name}&lt;/b&gt; en este estudio. Las codificaciones se sitúan sobre las palabras que marcó el otro programa; si parecen desplazadas uno o dos caracteres, vuelva a importar y elija cómo contaba las posiciones ese programa.</translation>
        </message>
        <message>
            <source>Selection positions:</source>
            <translation>Posiciones de la selección:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>ReplaceDialog</name>
        <message>
            <source>Find and replace</source>
            <translation>Buscar y reemplazar</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Reemplazar por</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation>E&amp;xpresión regular</translation>
        </message>
        <message>
            <source>Where to replace</source>
            <translation>Dónde reemplazar</translation>
        </message>
        <message>
            <source>In this document</source>
            <translation>En este documento</translation>
        </message>
        <message>
            <source>In every document of the study</source>
            <translation>En todos los documentos del estudio</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Every place that would change</source>
            <translation>Cada lugar que cambiaría</translation>
        </message>
        <message>
            <source>Preview shows every place before anything changes.</source>
            <translation>La vista previa muestra cada lugar antes de cambiar nada.</translation>
        </message>
        <message>
            <source>&amp;Replace the ticked places</source>
            <translation>&amp;Reemplazar en los lugares marcados</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Replace &amp;with</source>
            <translation>Reemplazar p&amp;or</translation>
        </message>
        <message>
            <source>{count} place(s) in {count2} document(s); {sum} unit(s) would move and {waiting} would need review.</source>
            <translation>{count} lugar(es) en {count2} documento(s); {sum} unidad(es) se moverían y {waiting} necesitarían revisión.</translation>
        </message>
        <message>
            <source>“{text}” was not found.</source>
            <translation>No se encontró “{text}”.</translation>
        </message>
        <message>
            <source>Replacing was cancelled; nothing was changed</source>
            <translation>Se canceló el reemplazo; no se cambió nada</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Reemplazando</translation>
        </message>
        <message numerus="yes">
            <source>{label} — %n unit(s) to review</source>
            <translation>
                <numerusform>{label}: %n unidad por revisar</numerusform>
                <numerusform>{label}: %n unidades por revisar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message>
            <source>Select a code, category or theme to see its meaning units.</source>
            <translation>Seleccione un código, una categoría o un tema para ver sus unidades de significado.</translation>
        </message>
        <message>
            <source>Meaning units of the chosen item</source>
            <translation>Unidades de significado del elemento elegido</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Pulse Enter para mostrar una unidad en el lector.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} in {documents} (click one to read it in context)</source>
            <translation>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} en {documents} (haga clic en una para leerla en su contexto)</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review corrected units</source>
            <translation>Revisar las unidades corregidas</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Before the correction</source>
            <translation>Antes de la corrección</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Units a correction changed</source>
            <translation>Unidades que cambió una corrección</translation>
        </message>
        <message>
            <source>Mark &amp;selected reviewed</source>
            <translation>Marcar las &amp;seleccionadas como revisadas</translation>
        </message>
        <message>
            <source>Mark &amp;all reviewed</source>
            <translation>Marcar &amp;todas como revisadas</translation>
        </message>
        <message>
            <source>&amp;Delete selected units</source>
            <translation>&amp;Eliminar las unidades seleccionadas</translation>
        </message>
        <message>
            <source>Each unit keeps its span over the corrected words. Double-click one to see it in the text; an emptied unit lost all its words and can be deleted or re-drawn.</source>
            <translation>Cada unidad conserva su extensión sobre las palabras corregidas. Haga doble clic en una para verla en el texto; una unidad vaciada perdió todas sus palabras y puede eliminarse o volver a trazarse.</translation>
        </message>
        <message>
            <source>(words deleted: the unit is empty)</source>
            <translation>(palabras eliminadas: la unidad está vacía)</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>{count} unit(s) wait for review</source>
            <translation>{count} unidad(es) pendientes de revisión</translation>
        </message>
        <message>
            <source>No corrected units wait for review.</source>
            <translation>No hay unidades corregidas pendientes de revisión.</translation>
        </message>
        <message>
            <source>Delete units</source>
            <translation>Eliminar unidades</translation>
        </message>
        <message>
            <source>Delete {count} meaning unit(s) with their codes and notes? (Ctrl+Z undoes it.)</source>
            <translation>¿Eliminar {count} unidad(es) de significado con sus códigos y notas? (Ctrl+Z lo deshace).</translation>
        </message>
    </context>
    <context>
        <name>ReviewerCopyDialog</name>
        <message>
            <source>Create a reviewer copy</source>
            <translation>Crear una copia para codificador</translation>
        </message>
        <message>
            <source>The second reviewer's name</source>
            <translation>Nombre del segundo codificador</translation>
        </message>
        <message>
            <source>Blind: leave out every other reviewer's meaning units, notes and codes</source>
            <translation>Ciega: excluir las unidades de significado, notas y códigos de todos los demás codificadores</translation>
        </message>
        <message>
            <source>Only the {count} documents drawn for double coding</source>
            <translation>Solo los {count} documentos sorteados para la doble codificación</translation>
        </message>
        <message>
            <source>Only the documents drawn for double coding (none drawn yet)</source>
            <translation>Solo los documentos sorteados para la doble codificación (aún no se ha sorteado ninguno)</translation>
        </message>
        <message>
            <source>Save the copy as</source>
            <translation>Guardar la copia como</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Proyectos de Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>.lectio</source>
            <translation>.lectio</translation>
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation>&amp;Codificador</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Guardar como</translation>
        </message>
    </context>
    <context>
        <name>ReviewersDialog</name>
        <message>
            <source>Reviewers</source>
            <translation>Codificadores</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Name of a new reviewer</source>
            <translation>Nombre de un nuevo codificador</translation>
        </message>
        <message>
            <source>Add reviewer</source>
            <translation>Añadir codificador</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Initials</source>
            <translation>&amp;Iniciales</translation>
        </message>
        <message>
            <source>{reviewer}  — consensus layer</source>
            <translation>{reviewer}  — capa de consenso</translation>
        </message>
        <message>
            <source>Reviewer colour</source>
            <translation>Color del codificador</translation>
        </message>
    </context>
    <context>
        <name>SaturationChart</name>
        <message>
            <source>saturation at {saturation_at}</source>
            <translation>saturación en {saturation_at}</translation>
        </message>
        <message>
            <source>Documents, in {order_by} order</source>
            <translation>Documentos, en orden de {order_by}</translation>
        </message>
        <message>
            <source>Distinct codes (cumulative)</source>
            <translation>Códigos distintos (acumulado)</translation>
        </message>
        <message>
            <source>New codes in the run (ratio)</source>
            <translation>Códigos nuevos en la serie (proporción)</translation>
        </message>
        <message>
            <source>distinct codes so far</source>
            <translation>códigos distintos hasta ahora</translation>
        </message>
        <message>
            <source>ratio of new codes (run at k)</source>
            <translation>proporción de códigos nuevos (serie en k)</translation>
        </message>
        <message>
            <source>threshold {value}</source>
            <translation>umbral {value}</translation>
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
            <translation>Examinar…</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>{document} · Text</source>
            <translation>{document} · Texto</translation>
        </message>
        <message>
            <source>Search the project</source>
            <translation>Buscar en el proyecto</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Palabras de búsqueda</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a quoted phrase.</source>
            <translation>Palabras (rehab encuentra rehabilitación) o una frase entre comillas.</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a "quoted phrase"</source>
            <translation>Palabras (rehab encuentra rehabilitación) o una "frase entre comillas"</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Press Enter to open a hit where it is: the reader, the codebook board or the study notes.</source>
            <translation>Pulse Enter para abrir un resultado donde está: el lector, el tablero del libro de códigos o las notas del estudio.</translation>
        </message>
        <message>
            <source>Searches text, condensed meanings, notes, memos, codes, categories and themes · ↓ to the results · Enter or click to open the place · Esc closes</source>
            <translation>Busca en el texto, los significados condensados, las notas, los memos, los códigos, las categorías y los temas · ↓ a los resultados · Enter o clic para abrir el lugar · Esc cierra</translation>
        </message>
        <message>
            <source>{places} in {documents} and the codebook</source>
            <translation>{places} en {documents} y en el libro de códigos</translation>
        </message>
        <message>
            <source>{places} in {documents}</source>
            <translation>{places} en {documents}</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n lugar</numerusform>
                <numerusform>%n lugares</numerusform>
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
            <translation>Leer, marcar unidades de significado, anotar, codificar, agrupar en categorías y temas, y llegar a un consenso con un segundo codificador.</translation>
        </message>
        <message>
            <source>Open the demo study</source>
            <translation>Abrir el estudio de demostración</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>Nuevo proyecto…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Abrir proyecto…</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Proyectos recientes</translation>
        </message>
        <message>
            <source>Press Enter to open the chosen project.</source>
            <translation>Pulse Enter para abrir el proyecto elegido.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter to open)</source>
            <translation>&lt;b&gt;Proyectos recientes&lt;/b&gt; (doble clic o Enter para abrir)</translation>
        </message>
        <message>
            <source>&lt;small&gt;Version {__version__}. Everything stays on this computer: one .lectio file per study, saved as you work.&lt;/small&gt;</source>
            <translation>&lt;small&gt;Versión {__version__}. Todo se queda en este equipo: un archivo .lectio por estudio, guardado mientras trabaja.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>{entry}   (missing)</source>
            <translation>{entry}   (no encontrado)</translation>
        </message>
        <message>
            <source>No recent projects yet — try the demo study.</source>
            <translation>Aún no hay proyectos recientes: pruebe el estudio de demostración.</translation>
        </message>
    </context>
    <context>
        <name>StudyDialog</name>
        <message>
            <source>Study properties</source>
            <translation>Propiedades del estudio</translation>
        </message>
        <message>
            <source>The question the analysis answers</source>
            <translation>La pregunta que responde el análisis</translation>
        </message>
        <message>
            <source>The language of the exported Word and Excel documents (headings, methods paragraphs, numbers and dates); it may differ from the window's</source>
            <translation>El idioma de los documentos de Word y Excel exportados (títulos, párrafos de métodos, números y fechas); puede ser distinto del de la ventana</translation>
        </message>
        <message>
            <source>As the window</source>
            <translation>Como la ventana</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Research question:</source>
            <translation>&amp;Pregunta de investigación:</translation>
        </message>
        <message>
            <source>&amp;Documents in:</source>
            <translation>&amp;Documentos en:</translation>
        </message>
    </context>
    <context>
        <name>StudyGuard</name>
        <message>
            <source>No backup was written: {last_backup_error}</source>
            <translation>No se escribió ninguna copia de seguridad: {last_backup_error}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>  Read-only: {read_only_reason}. You can read, search and export; changes cannot be saved. To work in it, copy the file to a folder you can write to.</source>
            <translation>  Solo lectura: {read_only_reason}. Puede leer, buscar y exportar; los cambios no se pueden guardar. Para trabajar en él, copie el archivo a una carpeta en la que pueda escribir.</translation>
        </message>
    </context>
    <context>
        <name>StudyNotesDialog</name>
        <message>
            <source>Study notes</source>
            <translation>Notas del estudio</translation>
        </message>
        <message>
            <source>Memos on the study and its documents, first impressions and titled notes; choose one to edit it below.</source>
            <translation>Memos sobre el estudio y sus documentos, primeras impresiones y notas con título; elija un elemento para editarlo abajo.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>The study has no notes yet. Notes imported from another QDA program, memos on the study and first impressions appear here; New note adds one.</source>
            <translation>El estudio aún no tiene notas. Aquí aparecen las notas importadas de otro programa QDA, los memos sobre el estudio y las primeras impresiones; Nueva nota añade una.</translation>
        </message>
        <message>
            <source>Title of the note</source>
            <translation>Título de la nota</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>El texto de la nota</translation>
        </message>
        <message>
            <source>Text of the note</source>
            <translation>Texto de la nota</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nueva nota</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Delete the chosen note (Edit › Undo brings it back)</source>
            <translation>Eliminar la nota elegida (Editar › Deshacer la recupera)</translation>
        </message>
        <message>
            <source>The study</source>
            <translation>El estudio</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Documento {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Código {name}</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Categoría {name}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Tema {name}</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeras impresiones</translation>
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
            <translation>autor desconocido</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
    </context>
    <context>
        <name>StudyPreview</name>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Document text</source>
            <translation>Texto del documento</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsDialog</name>
        <message>
            <source>Sync conflicts — decide</source>
            <translation>Conflictos de sincronización: decida</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Conservar la mía</translation>
        </message>
        <message>
            <source>Send this copy's version of the selected item to the server</source>
            <translation>Enviar al servidor la versión de esta copia del elemento seleccionado</translation>
        </message>
        <message>
            <source>T&amp;ake the server's</source>
            <translation>Tom&amp;ar la del servidor</translation>
        </message>
        <message>
            <source>Replace this copy's version of the selected item with the server's</source>
            <translation>Reemplazar la versión de esta copia del elemento seleccionado por la del servidor</translation>
        </message>
        <message>
            <source>Send &amp;this copy's versions</source>
            <translation>Enviar las versiones de es&amp;ta copia</translation>
        </message>
        <message>
            <source>Take the &amp;server's versions</source>
            <translation>Tomar las versiones del &amp;servidor</translation>
        </message>
        <message>
            <source>The selected item:</source>
            <translation>El elemento seleccionado:</translation>
        </message>
        <message>
            <source>All at once:</source>
            <translation>Todos a la vez:</translation>
        </message>
        <message>
            <source>That item was changed on the server meanwhile, or settled already; nothing was changed. The list now shows the conflicts as they are.</source>
            <translation>Ese elemento se modificó entretanto en el servidor o ya estaba resuelto; no se cambió nada. La lista muestra ahora los conflictos tal como están.</translation>
        </message>
    </context>
    <context>
        <name>TableScene</name>
        <message>
            <source>{piles} into theme {theme}</source>
            <translation>{piles} al tema {theme}</translation>
        </message>
        <message>
            <source>{piles} out of their theme</source>
            <translation>{piles} fuera de su tema</translation>
        </message>
        <message>
            <source>New pile</source>
            <translation>Nueva pila</translation>
        </message>
        <message>
            <source>New pile {n}</source>
            <translation>Nueva pila {n}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Mover %n tarjeta</numerusform>
                <numerusform>Mover %n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>Mover %n elemento</numerusform>
                <numerusform>Mover %n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pile(s)</source>
            <translation>
                <numerusform>Mover %n pila</numerusform>
                <numerusform>Mover %n pilas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n theme area(s)</source>
            <translation>
                <numerusform>Mover %n área de tema</numerusform>
                <numerusform>Mover %n áreas de tema</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n card(s) out of their pile</source>
            <translation>
                <numerusform>Sacar %n tarjeta de su pila</numerusform>
                <numerusform>Sacar %n tarjetas de su pila</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableView</name>
        <message>
            <source>Code cards in piles and theme areas. Tab and Shift+Tab go from card to card, Enter opens the card's meaning units, M moves it to another pile or theme, the arrow keys nudge it.</source>
            <translation>Tarjetas de códigos en pilas y áreas de tema. Tab y Shift+Tab van de tarjeta en tarjeta, Enter abre las unidades de significado de la tarjeta, M la mueve a otra pila o tema, las flechas la desplazan un poco.</translation>
        </message>
        <message>
            <source>New card here	Ins</source>
            <translation>Nueva tarjeta aquí	Ins</translation>
        </message>
        <message>
            <source>New pile here</source>
            <translation>Nueva pila aquí</translation>
        </message>
        <message>
            <source>New theme area here</source>
            <translation>Nueva área de tema aquí</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Cambiar nombre	F2</translation>
        </message>
        <message>
            <source>Move to…	M</source>
            <translation>Mover a…	M</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Merge the selected cards…</source>
            <translation>Fusionar las tarjetas seleccionadas…</translation>
        </message>
        <message>
            <source>Make a pile of the selected cards	Ctrl+G</source>
            <translation>Formar una pila con las tarjetas seleccionadas	Ctrl+G</translation>
        </message>
        <message>
            <source>Take out of the pile	Ctrl+Shift+G</source>
            <translation>Sacar de la pila	Ctrl+Shift+G</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Eliminar…	Del</translation>
        </message>
        <message>
            <source>Zoom to fit	Ctrl+0</source>
            <translation>Ajustar a la ventana	Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Reading the team from the server…</source>
            <translation>Leyendo el equipo desde el servidor…</translation>
        </message>
        <message>
            <source>Reviewers of the study</source>
            <translation>Codificadores del estudio</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Blind</source>
            <translation>A ciegas</translation>
        </message>
        <message>
            <source>New reviewer's name</source>
            <translation>Nombre del nuevo codificador</translation>
        </message>
        <message>
            <source>New reviewer's database login</source>
            <translation>Usuario de la base de datos del nuevo codificador</translation>
        </message>
        <message>
            <source>from the name</source>
            <translation>a partir del nombre</translation>
        </message>
        <message>
            <source>New reviewer's password</source>
            <translation>Contraseña del nuevo codificador</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>La contraseña otra vez</translation>
        </message>
        <message>
            <source>Blind: sees only their own work until consensus opens</source>
            <translation>A ciegas: solo ve su propio trabajo hasta que se abre la fase de consenso</translation>
        </message>
        <message>
            <source>Lead: curates the codebook and opens consensus</source>
            <translation>Responsable: mantiene el libro de códigos y abre la fase de consenso</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Añadir codificador</translation>
        </message>
        <message>
            <source>Add a reviewer</source>
            <translation>Añadir un codificador</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Password a&amp;gain:</source>
            <translation>&amp;Repetir la contraseña:</translation>
        </message>
        <message>
            <source>&amp;Open consensus…</source>
            <translation>A&amp;brir la fase de consenso…</translation>
        </message>
        <message>
            <source>Who may change the codebook</source>
            <translation>Quién puede cambiar el libro de códigos</translation>
        </message>
        <message>
            <source>Everyone may change codes, categories and themes</source>
            <translation>Todos pueden cambiar códigos, categorías y temas</translation>
        </message>
        <message>
            <source>Only leads change codes, categories and themes</source>
            <translation>Solo los responsables cambian códigos, categorías y temas</translation>
        </message>
        <message>
            <source>Reading the team</source>
            <translation>Leyendo el equipo</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codificador</translation>
        </message>
        <message>
            <source>(no login)</source>
            <translation>(sin usuario)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Consensus is open: every reviewer sees every reviewer's work.</source>
            <translation>La fase de consenso está abierta: cada codificador ve el trabajo de todos los codificadores.</translation>
        </message>
        <message>
            <source>Blind phase: blind reviewers see only their own work until a lead opens consensus.</source>
            <translation>Fase a ciegas: los codificadores que trabajan a ciegas solo ven su propio trabajo hasta que un responsable abre la fase de consenso.</translation>
        </message>
        <message>
            <source>Only a lead changes the team; you can see who is on it.</source>
            <translation>Solo un responsable cambia el equipo; usted puede ver quién forma parte de él.</translation>
        </message>
        <message>
            <source>Consensus is open</source>
            <translation>Fase de consenso abierta</translation>
        </message>
        <message>
            <source>Only the study's owner (a login that may create database logins) adds reviewers.</source>
            <translation>Solo el propietario del estudio (un usuario que puede crear usuarios de la base de datos) añade codificadores.</translation>
        </message>
        <message>
            <source>Give the new reviewer a name.</source>
            <translation>Dé un nombre al nuevo codificador.</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>Las dos contraseñas no coinciden; escriba la misma contraseña dos veces.</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>La contraseña debe tener al menos 8 caracteres.</translation>
        </message>
        <message>
            <source>Added {name} (login {login}). Give them the address and their password in person.</source>
            <translation>Se añadió a {name} (usuario {login}). Entréguele la dirección y su contraseña en persona.</translation>
        </message>
        <message>
            <source>Adding a reviewer</source>
            <translation>Añadiendo un codificador</translation>
        </message>
        <message>
            <source>Open consensus</source>
            <translation>Abrir la fase de consenso</translation>
        </message>
        <message>
            <source>End the blind phase? From now on every reviewer sees every reviewer's work. This cannot be undone.</source>
            <translation>¿Terminar la fase a ciegas? A partir de ahora, cada codificador verá el trabajo de todos los codificadores. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Opening consensus</source>
            <translation>Abriendo la fase de consenso</translation>
        </message>
        <message>
            <source>Consensus is open.</source>
            <translation>La fase de consenso está abierta.</translation>
        </message>
        <message>
            <source>Only leads change the codebook now.</source>
            <translation>Ahora solo los responsables cambian el libro de códigos.</translation>
        </message>
        <message>
            <source>Every reviewer may change the codebook now.</source>
            <translation>Ahora todos los codificadores pueden cambiar el libro de códigos.</translation>
        </message>
        <message>
            <source>Setting who may change the codebook</source>
            <translation>Estableciendo quién puede cambiar el libro de códigos</translation>
        </message>
        <message>
            <source>The team could not be read.</source>
            <translation>No se pudo leer el equipo.</translation>
        </message>
    </context>
    <context>
        <name>TeamStudyDialog</name>
        <message>
            <source>Open team study</source>
            <translation>Abrir estudio de equipo</translation>
        </message>
        <message>
            <source>postgresql://server.example.org/study?sslmode=require</source>
            <translation>postgresql://server.example.org/study?sslmode=require</translation>
        </message>
        <message>
            <source>Remember the password in this computer's keyring</source>
            <translation>Recordar la contraseña en el llavero de este equipo</translation>
        </message>
        <message>
            <source>Ask the study's lead for the address and your login. The password is never written to Lectio's settings.</source>
            <translation>Pida a la persona responsable del estudio la dirección y su usuario. La contraseña nunca se escribe en la configuración de Lectio.</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Dirección del servidor:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Guardar (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>TextEditMode</name>
        <message>
            <source>Editing the text: meaning units follow their words. Save (Ctrl+S) applies every change as one correction; Cancel (Esc) drops them.</source>
            <translation>Editando el texto: las unidades de significado siguen a sus palabras. Guardar (Ctrl+S) aplica todos los cambios como una sola corrección; Cancelar (Esc) los descarta.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the corrected text</source>
            <translation>Guardar el texto corregido</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>This document holds characters the editor would change (line or page separators); correct it with File › … or `lectio replace-text` instead</source>
            <translation>Este documento contiene caracteres que el editor cambiaría (separadores de línea o de página); corríjalo con Archivo › … o con `lectio replace-text`</translation>
        </message>
        <message>
            <source>Corrected {places}: {moved} moved, {changed} changed, {emptied} emptied</source>
            <translation>Corregido(s) {places}: {moved} movidas, {changed} cambiadas, {emptied} vaciadas</translation>
        </message>
        <message>
            <source>{message} — review them (Ctrl+Shift+U)</source>
            <translation>{message}: revíselas (Ctrl+Shift+U)</translation>
        </message>
        <message>
            <source>Text editing cancelled; nothing was changed</source>
            <translation>Edición del texto cancelada; no se cambió nada</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n lugar</numerusform>
                <numerusform>%n lugares</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Same as the system (light or dark)</source>
            <translation>Igual que el sistema (claro u oscuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
    </context>
    <context>
        <name>ThemeArea</name>
        <message>
            <source>Theme: {name}</source>
            <translation>Tema: {name}</translation>
        </message>
    </context>
    <context>
        <name>UnitDelegate</name>
        <message>
            <source>Condensed meaning — Enter keeps it, Shift+Enter for a new line</source>
            <translation>Significado condensado: Enter lo conserva, Shift+Enter para una línea nueva</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <source>Choose a cell, an edge or run a query to see its meaning units.</source>
            <translation>Elija una celda o una arista, o ejecute una consulta para ver sus unidades de significado.</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Pulse Enter para mostrar una unidad en el lector.</translation>
        </message>
        <message>
            <source>{heading}: {units} (the first {shown} shown)</source>
            <translation>{heading}: {units} (se muestran las primeras {shown})</translation>
        </message>
        <message>
            <source>{heading}: {units}</source>
            <translation>{heading}: {units}</translation>
        </message>
        <message>
            <source>Double-click to read it in its document</source>
            <translation>Doble clic para leerla en su documento</translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitListModel</name>
        <message>
            <source>Unit {value}: {value2}</source>
            <translation>Unidad {value}: {value2}</translation>
        </message>
        <message>
            <source>; codes: {codes}</source>
            <translation>; códigos: {codes}</translation>
        </message>
    </context>
    <context>
        <name>UnitPanel</name>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Select text and press M to make a unit.
N / P: next / previous · F2: condense</source>
            <translation>Seleccione texto y pulse M para crear una unidad.
N / P: siguiente / anterior · F2: condensar</translation>
        </message>
        <message>
            <source>The meaning units of this document in reading order; choosing one shows it in the text.</source>
            <translation>Las unidades de significado de este documento en orden de lectura; al elegir una se muestra en el texto.</translation>
        </message>
        <message>
            <source>Meaning units — {reviewer_name} ({count})</source>
            <translation>Unidades de significado: {reviewer_name} ({count})</translation>
        </message>
    </context>
    <context>
        <name>VersionPanel</name>
        <message>
            <source>Passage of version {side}</source>
            <translation>Pasaje de la versión {side}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</source>
            <translation>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;No meaning unit here.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;No hay ninguna unidad de significado aquí.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;{escape} did not mark this passage.&lt;/i&gt;</source>
            <translation>&lt;i&gt;{escape} no marcó este pasaje.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;no code&lt;/i&gt;</source>
            <translation>&lt;i&gt;sin código&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt; {codes}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Significado condensado:&lt;/b&gt; {condensed}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Códigos:&lt;/b&gt; {codes}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Condensed meaning:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Significado condensado:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;ninguno&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Códigos:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;no code&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;sin código&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Notas:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>&amp;Reader</source>
            <translation>&amp;Lector</translation>
        </message>
        <message>
            <source>Codebook &amp;board</source>
            <translation>&amp;Tablero del libro de códigos</translation>
        </message>
        <message>
            <source>&amp;Consensus session</source>
            <translation>Sesión de &amp;consenso</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participantes</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Análisis</translation>
        </message>
        <message>
            <source>Views of the study</source>
            <translation>Vistas del estudio</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5 switch between the reader, the codebook board, the consensus session, the participants and the analysis.</source>
            <translation>Ctrl+1 a Ctrl+5 cambian entre el lector, el tablero del libro de códigos, la sesión de consenso, los participantes y el análisis.</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Lector</translation>
        </message>
        <message>
            <source>Codebook board</source>
            <translation>Tablero del libro de códigos</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>That memo is no longer in the study.</source>
            <translation>Ese memo ya no está en el estudio.</translation>
        </message>
        <message>
            <source>Study &amp;notes…</source>
            <translation>&amp;Notas del estudio…</translation>
        </message>
    </context>
    <context>
        <name>analysis.analysis_view</name>
        <message>
            <source>All reviewers</source>
            <translation>Todos los codificadores</translation>
        </message>
        <message>
            <source>(every unit)</source>
            <translation>(todas las unidades)</translation>
        </message>
    </context>
    <context>
        <name>analysis.charts</name>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>{singular} by {by}</source>
            <translation>{singular} por {by}</translation>
        </message>
        <message>
            <source>the {count} strongest pairs; </source>
            <translation>los {count} pares más fuertes; </translation>
        </message>
        <message>
            <source>Co-occurrence network ({shown}edge width = meaning units carrying both codes, node size = units carrying the code). {definition}</source>
            <translation>Red de coocurrencia ({shown}grosor de las aristas = unidades de significado que llevan ambos códigos, tamaño de los nodos = unidades que llevan el código). {definition}</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Coocurrencia de códigos</translation>
        </message>
        <message>
            <source>Code saturation</source>
            <translation>Saturación de códigos</translation>
        </message>
    </context>
    <context>
        <name>board.analysis_table</name>
        <message>
            <source>Meaning unit</source>
            <translation>Unidad de significado</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Significado condensado</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
    </context>
    <context>
        <name>board.code_editor</name>
        <message>
            <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;On the table&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag a card onto another card to start a pile (name it, then Enter); drop cards on a pile to add them; drag a card to bare table to take it out; drag a pile into a theme area. Right-click for new cards, piles and theme areas.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab choose · arrows move (Shift: further) · Ctrl+G make a pile · Ctrl+Shift+G take out of the pile · M move to… · F2 rename · Del delete · Ins new card · Ctrl+wheel, Ctrl+= / Ctrl+− zoom · Ctrl+0 fit · middle-drag or Space+drag pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;In the tree&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Drag rows onto a category or theme (or an Unsorted bin); F2 rename · Ctrl+M move to… · Del delete · right-click to create, colour or merge.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;En la mesa&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Arrastre una tarjeta sobre otra para iniciar una pila (póngale nombre y pulse Enter); suelte tarjetas sobre una pila para añadirlas; arrastre una tarjeta a la mesa vacía para sacarla; arrastre una pila a un área de tema. Clic derecho para crear tarjetas, pilas y áreas de tema.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Teclas&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab eligen · las flechas mueven (Shift: más lejos) · Ctrl+G forma una pila · Ctrl+Shift+G saca de la pila · M mueve a… · F2 cambia el nombre · Del elimina · Ins nueva tarjeta · Ctrl+rueda, Ctrl+= / Ctrl+− zoom · Ctrl+0 ajusta · arrastrar con el botón central o Space+arrastrar desplaza&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;En el árbol&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Arrastre filas sobre una categoría o un tema (o a una bandeja Sin clasificar); F2 cambia el nombre · Ctrl+M mueve a… · Del elimina · clic derecho para crear, colorear o fusionar.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>board.edit_conflict</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definición</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Criterios de inclusión</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Criterios de exclusión</translation>
        </message>
    </context>
    <context>
        <name>board.hygiene_panel</name>
        <message>
            <source>no meaning unit carries it yet — merge it, or delete it</source>
            <translation>ninguna unidad de significado lo lleva todavía: fusiónelo o elimínelo</translation>
        </message>
        <message>
            <source>drag it onto a pile or a category</source>
            <translation>arrástrelo sobre una pila o una categoría</translation>
        </message>
        <message>
            <source>drop codes into it, or delete it</source>
            <translation>suelte códigos en ella, o elimínela</translation>
        </message>
        <message>
            <source>drop piles into it, or delete it</source>
            <translation>suelte pilas en él, o elimínelo</translation>
        </message>
        <message>
            <source>a category usually gathers several codes</source>
            <translation>una categoría suele reunir varios códigos</translation>
        </message>
    </context>
    <context>
        <name>board.move_dialog</name>
        <message>
            <source>Unsorted (no category)</source>
            <translation>Sin clasificar (sin categoría)</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>Categoría: {name}</translation>
        </message>
        <message>
            <source>Unsorted (no theme)</source>
            <translation>Sin clasificar (sin tema)</translation>
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation>Tema: {name}</translation>
        </message>
        <message>
            <source>Inside category: {name}</source>
            <translation>Dentro de la categoría: {name}</translation>
        </message>
    </context>
    <context>
        <name>board.retrieval_panel</name>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codificador</translation>
        </message>
        <message>
            <source>Meaning unit</source>
            <translation>Unidad de significado</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Significado condensado</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>board.tree_model</name>
        <message>
            <source>Codebook</source>
            <translation>Libro de códigos</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Docs</source>
            <translation>Docs</translation>
        </message>
        <message>
            <source>Unsorted categories (no theme)</source>
            <translation>Categorías sin clasificar (sin tema)</translation>
        </message>
        <message>
            <source>Unsorted codes (no category)</source>
            <translation>Códigos sin clasificar (sin categoría)</translation>
        </message>
    </context>
    <context>
        <name>consensus.agreement_panel</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
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
            <translation>Caracteres codificados por ambos / solo A / solo B</translation>
        </message>
    </context>
    <context>
        <name>consensus.consensus_view</name>
        <message>
            <source>Accept A</source>
            <translation>Aceptar A</translation>
        </message>
        <message>
            <source>Accept B</source>
            <translation>Aceptar B</translation>
        </message>
        <message>
            <source>Merge boundaries</source>
            <translation>Fusionar los límites</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>one reviewer, {escape}</source>
            <translation>un solo codificador, {escape}</translation>
        </message>
        <message>
            <source>no reviewer yet</source>
            <translation>aún no hay ningún codificador</translation>
        </message>
        <message>
            <source>&lt;h2&gt;A second reviewer is needed&lt;/h2&gt;&lt;p&gt;Consensus compares two reviewers' meaning units and codes, disagreement by disagreement. This study has {who}.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;Edit › Reviewers…&lt;/b&gt; (Ctrl+Shift+R) when the second reviewer codes on this computer, or &lt;b&gt;File › Create reviewer copy…&lt;/b&gt; to give them a file of their own and, when it comes back, &lt;b&gt;File › Merge reviewer's file…&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Se necesita un segundo codificador&lt;/h2&gt;&lt;p&gt;El consenso compara las unidades de significado y los códigos de dos codificadores, desacuerdo por desacuerdo. Situación de este estudio: {who}.&lt;/p&gt;&lt;p&gt;Para añadir uno: &lt;b&gt;Editar › Codificadores…&lt;/b&gt; (Ctrl+Shift+R) si el segundo codificador codifica en este equipo, o &lt;b&gt;Archivo › Crear copia para codificador…&lt;/b&gt; para darle su propio archivo y, cuando vuelva, &lt;b&gt;Archivo › Fusionar el archivo de un codificador…&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Cannot open the team study</source>
            <translation>No se puede abrir el estudio de equipo</translation>
        </message>
    </context>
    <context>
        <name>dossier_flow</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Exportar el dossier de confiabilidad</translation>
        </message>
    </context>
    <context>
        <name>excepthook</name>
        <message>
            <source>“{action}” was not saved</source>
            <translation>“{action}” no se guardó</translation>
        </message>
        <message>
            <source>your last change may not have been saved</source>
            <translation>es posible que su último cambio no se haya guardado</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
    </context>
    <context>
        <name>exchange_flow</name>
        <message>
            <source>{count} thing(s) need your attention — see the details.</source>
            <translation>{count} elemento(s) requieren su atención: vea los detalles.</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message>
            <source>Automatic — the REFI-QDA standard, unless the file proves otherwise</source>
            <translation>Automático: el estándar REFI-QDA, salvo que el archivo demuestre lo contrario</translation>
        </message>
        <message>
            <source>Unicode code points — the REFI-QDA standard</source>
            <translation>Puntos de código Unicode: el estándar REFI-QDA</translation>
        </message>
        <message>
            <source>UTF-16 code units — as NVivo for Windows counts</source>
            <translation>Unidades de código UTF-16: como cuenta NVivo para Windows</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>Libro de códigos REFI-QDA (*.qdc)</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>Proyecto REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>Import from another QDA program</source>
            <translation>Importar de otro programa QDA</translation>
        </message>
        <message>
            <source>{kind};;All files (*)</source>
            <translation>{kind};;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Imported {name}: {counts}</source>
            <translation>Importado {name}: {counts}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>Importar {name}</translation>
        </message>
        <message>
            <source>Merge a reviewer's file</source>
            <translation>Fusionar el archivo de un codificador</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Proyectos de Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>Merge {name}</source>
            <translation>Fusionar {name}</translation>
        </message>
        <message>
            <source>Wrote {out}</source>
            <translation>Escrito: {out}</translation>
        </message>
        <message>
            <source>Reviewer copy</source>
            <translation>Copia para codificador</translation>
        </message>
        <message>
            <source>Wrote {name} for {name2}{value}.</source>
            <translation>Se escribió {name} para {name2}{value}.</translation>
        </message>
        <message>
            <source>Send it to {name}; merge it back with File › Merge reviewer's file… when the coding is done.</source>
            <translation>Envíelo a {name}; vuelva a fusionarlo con Archivo › Fusionar el archivo de un codificador… cuando termine la codificación.</translation>
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>Wrote {out}</source>
            <translation>Escrito: {out}</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>Escrito: {name}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Export the codebook</source>
            <translation>Exportar el libro de códigos</translation>
        </message>
        <message>
            <source>codebook</source>
            <translation>libro de códigos</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>Export the analysis table</source>
            <translation>Exportar la tabla de análisis</translation>
        </message>
        <message>
            <source>analysis table</source>
            <translation>tabla de análisis</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;CSV for Excel (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>Documentos de Word (*.docx);;CSV para Excel (*.csv);;Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Codebook (Word)…</source>
            <translation>&amp;Libro de códigos (Word)…</translation>
        </message>
        <message>
            <source>&amp;Analysis table (Word or CSV)…</source>
            <translation>&amp;Tabla de análisis (Word o CSV)…</translation>
        </message>
        <message>
            <source>Consensus &amp;report (Word)…</source>
            <translation>&amp;Informe de consenso (Word)…</translation>
        </message>
        <message>
            <source>Export the consensus report</source>
            <translation>Exportar el informe de consenso</translation>
        </message>
        <message>
            <source>consensus report</source>
            <translation>informe de consenso</translation>
        </message>
        <message>
            <source>Trustworthiness &amp;dossier (Word)…</source>
            <translation>&amp;Dossier de confiabilidad (Word)…</translation>
        </message>
        <message>
            <source>Codebook &amp;versions…</source>
            <translation>&amp;Versiones del libro de códigos…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>&amp;Proyecto REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA project</source>
            <translation>Exportar un proyecto REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA</source>
            <translation>REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>Proyectos REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA code&amp;book (.qdc)…</source>
            <translation>Li&amp;bro de códigos REFI-QDA (.qdc)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA codebook</source>
            <translation>Exportar un libro de códigos REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA codebooks (*.qdc)</source>
            <translation>Libros de códigos REFI-QDA (*.qdc)</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Lectio guide</source>
            <translation>Guía de Lectio</translation>
        </message>
    </context>
    <context>
        <name>import_flow</name>
        <message>
            <source>Import documents</source>
            <translation>Importar documentos</translation>
        </message>
        <message>
            <source>Documents ({patterns});;All files (*)</source>
            <translation>Documentos ({patterns});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>File {value} of {total}: {message}</source>
            <translation>Archivo {value} de {total}: {message}</translation>
        </message>
        <message>
            <source>Import stopped: {plain_reason}</source>
            <translation>Importación detenida: {plain_reason}</translation>
        </message>
        <message>
            <source>✗ {line} — you will be asked for its password</source>
            <translation>✗ {line}: se le pedirá su contraseña</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Password needed</source>
            <translation>Se necesita una contraseña</translation>
        </message>
        <message>
            <source>{name} is encrypted. Password:</source>
            <translation>{name} está cifrado. Contraseña:</translation>
        </message>
        <message numerus="yes">
            <source>%n was already in the study and was skipped.</source>
            <translation>
                <numerusform>%n ya estaba en el estudio y se omitió.</numerusform>
                <numerusform>%n ya estaban en el estudio y se omitieron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {count} of %n file(s).</source>
            <translation>
                <numerusform>Importado {count} de %n archivo.</numerusform>
                <numerusform>Importados {count} de %n archivos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>Importando %n archivo</numerusform>
                <numerusform>Importando %n archivos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>the demo study</source>
            <translation>el estudio de demostración</translation>
        </message>
    </context>
    <context>
        <name>participants_dialogs</name>
        <message>
            <source>Speaker</source>
            <translation>Hablante</translation>
        </message>
        <message>
            <source>Every interviewer turn</source>
            <translation>Cada turno del entrevistador</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Palabra clave</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>Expresión regular</translation>
        </message>
    </context>
    <context>
        <name>passes</name>
        <message>
            <source>Immersion</source>
            <translation>Inmersión</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Reading meaning units</source>
            <translation>Leyendo las unidades de significado</translation>
        </message>
        <message>
            <source>Comparing characters</source>
            <translation>Comparando caracteres</translation>
        </message>
        <message>
            <source>Matching meaning units</source>
            <translation>Emparejando unidades de significado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Copying the study</source>
            <translation>Copiando el estudio</translation>
        </message>
        <message>
            <source>Preparing the copy</source>
            <translation>Preparando la copia</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>Leyendo {name}</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Comparando</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Escribiendo</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Combinado</translation>
        </message>
        <message>
            <source>Computing agreement</source>
            <translation>Calculando el acuerdo</translation>
        </message>
        <message>
            <source>Reading decisions</source>
            <translation>Leyendo las decisiones</translation>
        </message>
        <message>
            <source>Writing the decision log</source>
            <translation>Escribiendo el registro de decisiones</translation>
        </message>
        <message>
            <source>Queued {name}</source>
            <translation>{name} en cola</translation>
        </message>
        <message>
            <source>Replacing names in {name}</source>
            <translation>Reemplazando nombres en {name}</translation>
        </message>
        <message>
            <source>Rewriting the file</source>
            <translation>Reescribiendo el archivo</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Reemplazando</translation>
        </message>
        <message>
            <source>Reading the project…</source>
            <translation>Leyendo el estudio…</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>Se escribió {name}</translation>
        </message>
        <message>
            <source>Writing meaning unit {i} of {total}…</source>
            <translation>Escribiendo la unidad de significado {i} de {total}…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saving {name}…</source>
            <translation>Guardando {name}…</translation>
        </message>
        <message>
            <source>Writing code {done} of {total}…</source>
            <translation>Escribiendo el código {done} de {total}…</translation>
        </message>
        <message>
            <source>Writing the dossier…</source>
            <translation>Escribiendo el dossier…</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Leyendo el estudio…</translation>
        </message>
        <message>
            <source>Reading text</source>
            <translation>Leyendo el texto</translation>
        </message>
        <message>
            <source>Opening Word document</source>
            <translation>Abriendo el documento de Word</translation>
        </message>
        <message>
            <source>Reading notes and comments</source>
            <translation>Leyendo notas y comentarios</translation>
        </message>
        <message>
            <source>Opening OpenDocument text</source>
            <translation>Abriendo el texto OpenDocument</translation>
        </message>
        <message>
            <source>Reading RTF</source>
            <translation>Leyendo RTF</translation>
        </message>
        <message>
            <source>Reading transcript</source>
            <translation>Leyendo la transcripción</translation>
        </message>
        <message>
            <source>Reading subtitles</source>
            <translation>Leyendo los subtítulos</translation>
        </message>
        <message>
            <source>Reading captions</source>
            <translation>Leyendo los subtítulos (captions)</translation>
        </message>
        <message>
            <source>Reading the project</source>
            <translation>Leyendo el estudio</translation>
        </message>
        <message>
            <source>Writing {name}</source>
            <translation>Escribiendo {name}</translation>
        </message>
        <message>
            <source>Reading the codebook</source>
            <translation>Leyendo el libro de códigos</translation>
        </message>
        <message>
            <source>Matching codes, documents and reviewers</source>
            <translation>Emparejando códigos, documentos y codificadores</translation>
        </message>
        <message>
            <source>Writing {name} into the project</source>
            <translation>Escribiendo {name} en el estudio</translation>
        </message>
        <message>
            <source>Imported {name}</source>
            <translation>{name} importado</translation>
        </message>
        <message>
            <source>Reading source {number} of {count}</source>
            <translation>Leyendo la fuente {number} de {count}</translation>
        </message>
        <message>
            <source>Unpacking {name}</source>
            <translation>Descomprimiendo {name}</translation>
        </message>
        <message>
            <source>Rewriting the backup {name}</source>
            <translation>Reescribiendo la copia de seguridad {name}</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Eliminando el documento definitivamente</translation>
        </message>
    </context>
    <context>
        <name>reader.actions</name>
        <message>
            <source>Pass &amp;1 – Immersion</source>
            <translation>Fase &amp;1: Inmersión</translation>
        </message>
        <message>
            <source>Read calmly, without coding controls</source>
            <translation>Leer con calma, sin controles de codificación</translation>
        </message>
        <message>
            <source>Pass &amp;2 – Meaning units</source>
            <translation>Fase &amp;2: Unidades de significado</translation>
        </message>
        <message>
            <source>Mark meaning units and condense them</source>
            <translation>Marcar unidades de significado y condensarlas</translation>
        </message>
        <message>
            <source>Pass &amp;3 – Annotation</source>
            <translation>Fase &amp;3: Anotación</translation>
        </message>
        <message>
            <source>Write notes beside units; form codes</source>
            <translation>Escribir notas junto a las unidades; formar códigos</translation>
        </message>
        <message>
            <source>&amp;Mark this pass done</source>
            <translation>&amp;Marcar esta fase como terminada</translation>
        </message>
        <message>
            <source>Mark the document read in this pass (again: back to in progress)</source>
            <translation>Marcar el documento como leído en esta fase (otra vez: vuelve a en curso)</translation>
        </message>
        <message>
            <source>&amp;First impressions…</source>
            <translation>&amp;Primeras impresiones…</translation>
        </message>
        <message>
            <source>Your first-impressions memo</source>
            <translation>Su memo de primeras impresiones</translation>
        </message>
        <message>
            <source>Make &amp;meaning unit</source>
            <translation>Crear &amp;unidad de significado</translation>
        </message>
        <message>
            <source>Make a meaning unit from the selection</source>
            <translation>Crear una unidad de significado a partir de la selección</translation>
        </message>
        <message>
            <source>&amp;Delete meaning unit</source>
            <translation>&amp;Eliminar unidad de significado</translation>
        </message>
        <message>
            <source>&amp;Next unit</source>
            <translation>Unidad &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous unit</source>
            <translation>Unidad &amp;anterior</translation>
        </message>
        <message>
            <source>Unit start one word earlier</source>
            <translation>Inicio de la unidad una palabra antes</translation>
        </message>
        <message>
            <source>Unit start one word later</source>
            <translation>Inicio de la unidad una palabra después</translation>
        </message>
        <message>
            <source>Unit end one word earlier</source>
            <translation>Fin de la unidad una palabra antes</translation>
        </message>
        <message>
            <source>Unit end one word later</source>
            <translation>Fin de la unidad una palabra después</translation>
        </message>
        <message>
            <source>Edit &amp;condensed meaning</source>
            <translation>Editar el significado &amp;condensado</translation>
        </message>
        <message>
            <source>Add &amp;note to unit…</source>
            <translation>Añadir &amp;nota a la unidad…</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>E&amp;ditar nota…</translation>
        </message>
        <message>
            <source>Delete note…</source>
            <translation>Eliminar nota…</translation>
        </message>
        <message>
            <source>&amp;Code unit…</source>
            <translation>&amp;Codificar unidad…</translation>
        </message>
        <message>
            <source>Assign, create or remove a code (type-ahead)</source>
            <translation>Asignar, crear o quitar un código (autocompletado)</translation>
        </message>
        <message>
            <source>Show &amp;other reviewers' units</source>
            <translation>Mostrar las unidades de &amp;otros codificadores</translation>
        </message>
        <message>
            <source>The other reviewers' units in their colour, dashed and read-only</source>
            <translation>Las unidades de los otros codificadores en su color, discontinuas y de solo lectura</translation>
        </message>
        <message>
            <source>Next &amp;pane (documents, text, units)</source>
            <translation>&amp;Panel siguiente (documentos, texto, unidades)</translation>
        </message>
        <message>
            <source>Move the focus to the next pane</source>
            <translation>Mover el foco al panel siguiente</translation>
        </message>
        <message>
            <source>&amp;Find in document…</source>
            <translation>&amp;Buscar en el documento…</translation>
        </message>
        <message>
            <source>&amp;Search the project…</source>
            <translation>Buscar en el p&amp;royecto…</translation>
        </message>
        <message>
            <source>Edit &amp;text (correct the transcript)</source>
            <translation>Editar el &amp;texto (corregir la transcripción)</translation>
        </message>
        <message>
            <source>Correct the document's words in place; meaning units follow their words</source>
            <translation>Corregir las palabras del documento en su sitio; las unidades de significado siguen a sus palabras</translation>
        </message>
        <message>
            <source>Find and &amp;replace…</source>
            <translation>Buscar y &amp;reemplazar…</translation>
        </message>
        <message>
            <source>Replace words in this document or the whole study</source>
            <translation>Reemplazar palabras en este documento o en todo el estudio</translation>
        </message>
        <message>
            <source>Re&amp;view corrected units…</source>
            <translation>Re&amp;visar las unidades corregidas…</translation>
        </message>
        <message>
            <source>The units a correction changed, old and new side by side</source>
            <translation>Las unidades que cambió una corrección, la versión antigua y la nueva lado a lado</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
    </context>
    <context>
        <name>reader.document_actions</name>
        <message>
            <source>Remove “{name}” from the study?

Its {sentence} go with it (every reviewer's). Edit › Undo brings them all back.</source>
            <translation>¿Quitar “{name}” del estudio?

Con él se van también: {sentence} (de todos los codificadores). Editar › Deshacer lo recupera todo.</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Quitar documento</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Delete “{name}” permanently?

Its {sentence} (every reviewer's) are deleted with it, and so is every copy of its text in the undo history and the search index. This cannot be undone: Edit › Undo will not bring it back. Use this when a participant withdraws consent.</source>
            <translation>¿Eliminar “{name}” definitivamente?

Con él se eliminan también: {sentence} (de todos los codificadores), así como toda copia de su texto en el historial para deshacer y en el índice de búsqueda. Esto no se puede deshacer: Editar › Deshacer no lo recuperará. Úselo cuando un participante retire su consentimiento.</translation>
        </message>
        <message>
            <source>Who speaks only in this document is deleted too, with their attributes: {names}.</source>
            <translation>Quienes solo hablan en este documento también se eliminan, con sus atributos: {names}.</translation>
        </message>
        <message>
            <source>Delete document permanently</source>
            <translation>Eliminar el documento definitivamente</translation>
        </message>
        <message>
            <source>Also delete it from the automatic backups made before ({n})</source>
            <translation>Eliminarlo también de las copias de seguridad automáticas hechas antes ({n})</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Eliminar definitivamente</translation>
        </message>
        <message>
            <source>The document is deleted, but {n} backup(s) still hold it; delete them yourself: {files}</source>
            <translation>El documento se ha eliminado, pero aún está en {n} copia(s) de seguridad; elimínelas manualmente: {files}</translation>
        </message>
        <message>
            <source>“{name}” is deleted permanently</source>
            <translation>“{name}” se ha eliminado definitivamente</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Eliminando el documento definitivamente</translation>
        </message>
    </context>
    <context>
        <name>reader.document_list</name>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Your meaning units</source>
            <translation>Sus unidades de significado</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Sus notas</translation>
        </message>
        <message>
            <source>Time you have spent reading (all passes)</source>
            <translation>Tiempo que ha dedicado a leer (todas las fases)</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>Todos los documentos</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Finished (all passes done)</source>
            <translation>Terminados (todas las fases hechas)</translation>
        </message>
        <message>
            <source>Pass 1 to do</source>
            <translation>Fase 1 pendiente</translation>
        </message>
        <message>
            <source>Pass 2 to do</source>
            <translation>Fase 2 pendiente</translation>
        </message>
        <message>
            <source>Pass 3 to do</source>
            <translation>Fase 3 pendiente</translation>
        </message>
        <message>
            <source>Pass {number} – {name}</source>
            <translation>Fase {number} – {name}</translation>
        </message>
    </context>
    <context>
        <name>reader.unit_panel</name>
        <message>
            <source>Condensed meaning — F2 to write</source>
            <translation>Significado condensado: F2 para escribir</translation>
        </message>
    </context>
    <context>
        <name>sync_flow</name>
        <message>
            <source>Sync with the team server</source>
            <translation>Sincronizar con el servidor del equipo</translation>
        </message>
        <message>
            <source>Password for {address}:</source>
            <translation>Contraseña para {address}:</translation>
        </message>
        <message>
            <source>Synced with {origin}: sent {sent}, received {received}.</source>
            <translation>Sincronizado con {origin}: enviados {sent}, recibidos {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</source>
            <translation>
                <numerusform>%n elemento cambió tanto en esta copia como en el servidor. No se sobrescribió nada: cada lado conserva su versión hasta que usted decida.</numerusform>
                <numerusform>%n elementos cambiaron tanto en esta copia como en el servidor. No se sobrescribió nada: cada lado conserva su versión hasta que usted decida.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>analysis.figures</name>
        <message>
            <source>(no participant)</source>
            <translation>(sin participante)</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(sin valor)</translation>
        </message>
        <message>
            <source>; overlaps: the number of pairs of two different meaning units, one with each code, whose spans overlap in the same document</source>
            <translation>; solapamientos: el número de pares de dos unidades de significado distintas, una con cada código, cuyos fragmentos se solapan en el mismo documento</translation>
        </message>
        <message>
            <source>; with participants counted, the distinct participants with at least one such unit (a unit without participant counts its document as one participant)</source>
            <translation>; al contar participantes, los distintos participantes con al menos una unidad así (una unidad sin participante cuenta su documento como un participante)</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Co-occurrence: for two codes, the number of meaning units carrying both{overlap}. Layer: {layer}.</source>
            <translation>Coocurrencia: para dos códigos, el número de unidades de significado que llevan ambos{overlap}. Capa: {layer}.</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Matrix: rows are {rows}, columns are the values of {by}; a cell counts the meaning units carrying the {row} whose participant has that value (a unit's participant is the speaker of the turn where it starts, else the participant its document is assigned to){people}. Layer: {layer}.</source>
            <translation>Matriz: las filas son {rows}, las columnas son los valores de {by}; una celda cuenta las unidades de significado que llevan el elemento de la fila ({row}) y cuyo participante tiene ese valor (el participante de una unidad es quien habla en el turno donde empieza; si no, el participante asignado a su documento){people}. Capa: {layer}.</translation>
        </message>
        <message>
            <source>Saturation (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): documents in {order} order; base = the first {base} documents; run length {run}; threshold {threshold}. For k = base+1, base+2, … while k+run−1 ≤ the number of documents: new(k) = the codes first occurring in documents k … k+run−1; ratio(k) = |new(k)| / |distinct codes in the base|. Saturation is reached at k−1 documents for the first k with ratio(k) ≤ threshold. A code occurs in a document when a meaning unit of the layer ({layer}) in it carries the code.</source>
            <translation>Saturación (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): documentos en orden de {order}; base = los primeros {base} documentos; longitud de la serie {run}; umbral {threshold}. Para k = base+1, base+2, … mientras k+serie−1 ≤ el número de documentos: nuevos(k) = los códigos que aparecen por primera vez en los documentos k … k+serie−1; razón(k) = |nuevos(k)| / |códigos distintos en la base|. La saturación se alcanza en k−1 documentos para el primer k con razón(k) ≤ umbral. Un código aparece en un documento cuando una unidad de significado de la capa ({layer}) en él lleva el código.</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>No se alcanzó la saturación en {count} documentos (base {base}, serie {run}, ≤ {threshold} de códigos nuevos).</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>No se alcanzó la saturación en {count} entrevistas (base {base}, serie {run}, ≤ {threshold} de códigos nuevos).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>La saturación se alcanzó en {count} documentos (base {base}, serie {run}, ≤ {threshold} de códigos nuevos).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>La saturación se alcanzó en {count} entrevistas (base {base}, serie {run}, ≤ {threshold} de códigos nuevos).</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>todos los codificadores</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>categorías</translation>
        </message>
        <message>
            <source>category (any of its codes)</source>
            <translation>categoría (cualquiera de sus códigos)</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>códigos</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consenso</translation>
        </message>
        <message>
            <source>import</source>
            <translation>importación</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participantes</translation>
        </message>
        <message>
            <source>theme (any of its codes)</source>
            <translation>tema (cualquiera de sus códigos)</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>temas</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
    </context>
    <context>
        <name>consensus.disagreements</name>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Different boundaries</source>
            <translation>Límites distintos</translation>
        </message>
        <message>
            <source>Different codes</source>
            <translation>Códigos distintos</translation>
        </message>
        <message>
            <source>Only {a} made this unit</source>
            <translation>Solo {a} creó esta unidad</translation>
        </message>
        <message>
            <source>Only {b} made this unit</source>
            <translation>Solo {b} creó esta unidad</translation>
        </message>
        <message>
            <source>{resolved} of {total} resolved</source>
            <translation>{resolved} de {total} resueltos</translation>
        </message>
    </context>
    <context>
        <name>consensus.merge</name>
        <message>
            <source>Attribute value {name}</source>
            <translation>Valor de atributo {name}</translation>
        </message>
        <message>
            <source>Attribute {name}</source>
            <translation>Atributo {name}</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Categoría {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Código {name}</translation>
        </message>
        <message>
            <source>Coding {name}</source>
            <translation>Codificación {name}</translation>
        </message>
        <message>
            <source>Conflict: {description}</source>
            <translation>Conflicto: {description}</translation>
        </message>
        <message>
            <source>Decision {name}</source>
            <translation>Decisión {name}</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Documento {name}</translation>
        </message>
        <message>
            <source>Meaning unit {name}</source>
            <translation>Unidad de significado {name}</translation>
        </message>
        <message>
            <source>Memo {name}</source>
            <translation>Memo {name}</translation>
        </message>
        <message>
            <source>Merged {file}: nothing new</source>
            <translation>{file} fusionado: nada nuevo</translation>
        </message>
        <message>
            <source>Merged {file}: {added}</source>
            <translation>{file} fusionado: {added}</translation>
        </message>
        <message>
            <source>Note {name}</source>
            <translation>Nota {name}</translation>
        </message>
        <message>
            <source>Participant {name}</source>
            <translation>Participante {name}</translation>
        </message>
        <message>
            <source>Reading progress {name}</source>
            <translation>Progreso de lectura {name}</translation>
        </message>
        <message>
            <source>Reviewer {name}</source>
            <translation>Codificador {name}</translation>
        </message>
        <message>
            <source>Speaker turns of {name}</source>
            <translation>Turnos de palabra de {name}</translation>
        </message>
        <message>
            <source>Taken from the other file: {updated}</source>
            <translation>Tomado del otro archivo: {updated}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Tema {name}</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Advertencia: {warning}</translation>
        </message>
        <message>
            <source>category_id</source>
            <translation>ID de la categoría</translation>
        </message>
        <message>
            <source>changed in both files</source>
            <translation>se modificó en ambos archivos</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>color</translation>
        </message>
        <message>
            <source>condensed</source>
            <translation>significado condensado</translation>
        </message>
        <message>
            <source>consensus_unit_id</source>
            <translation>ID de la unidad de consenso</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>definición</translation>
        </message>
        <message>
            <source>deleted here, edited there</source>
            <translation>se eliminó aquí y se editó allí</translation>
        </message>
        <message>
            <source>deleted there, still here</source>
            <translation>se eliminó allí, pero sigue aquí</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>exclusion</source>
            <translation>criterios de exclusión</translation>
        </message>
        <message>
            <source>exemplar_unit_id</source>
            <translation>ID de la unidad ejemplar</translation>
        </message>
        <message>
            <source>inclusion</source>
            <translation>criterios de inclusión</translation>
        </message>
        <message>
            <source>into {name}</source>
            <translation>en {name}</translation>
        </message>
        <message>
            <source>merged into another participant there</source>
            <translation>allí se fusionó en otro participante</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>no participant</source>
            <translation>sin participante</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <source>parent_id</source>
            <translation>ID de la categoría superior</translation>
        </message>
        <message>
            <source>participant {here} here, {there} there</source>
            <translation>participante: {here} aquí, {there} allí</translation>
        </message>
        <message>
            <source>participant_id</source>
            <translation>ID del participante</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>speaker turns differ between the two files</source>
            <translation>los turnos de palabra difieren entre los dos archivos</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>text corrected in one file and not in the other</source>
            <translation>texto corregido en un archivo y no en el otro</translation>
        </message>
        <message>
            <source>theme_id</source>
            <translation>ID del tema</translation>
        </message>
        <message>
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>{column} {here} here, {there} there</source>
            <translation>{column}: {here} aquí, {there} allí</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>{here} turn(s) here, {there} there</source>
            <translation>turnos de palabra: {here} aquí, {there} allí</translation>
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
                <numerusform>%n desacuerdo</numerusform>
                <numerusform>%n desacuerdos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation>
                <numerusform>%n par</numerusform>
                <numerusform>%n pares</numerusform>
            </translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement, so it is not a figure to report on its own.</source>
            <translation>. {share} de estos caracteres fueron codificados por al menos un codificador; el porcentaje de acuerdo bruto ({agreement}) cuenta el resto no codificado como acuerdo, por lo que no es una cifra para informar por sí sola.</translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement.</source>
            <translation>. {share} de estos caracteres fueron codificados por al menos un codificador; el porcentaje de acuerdo bruto ({agreement}) cuenta el resto no codificado como acuerdo.</translation>
        </message>
        <message>
            <source>; per-code kappa ranged from {low} to {high}</source>
            <translation>; el kappa por código osciló entre {low} y {high}</translation>
        </message>
        <message>
            <source>Accepted A</source>
            <translation>Aceptada A</translation>
        </message>
        <message>
            <source>Accepted B</source>
            <translation>Aceptada B</translation>
        </message>
        <message>
            <source>Agreed (identical)</source>
            <translation>Acordadas (idénticas)</translation>
        </message>
        <message>
            <source>Agreement was computed at the character level for each of the {codes} codes over the {documents} both reviewers coded ({characters} characters; a character counts as coded with a code when a meaning unit carrying the code covers it). Pooled over all codes, Cohen's kappa was {kappa} and Krippendorff's alpha (nominal) {alpha}</source>
            <translation>El acuerdo se calculó a nivel de carácter para cada uno de los {codes} códigos en los {documents} que codificaron ambos codificadores ({characters} caracteres; un carácter cuenta como codificado con un código cuando lo cubre una unidad de significado que lleva ese código). Agrupado para todos los códigos, el kappa de Cohen fue {kappa} y el alfa de Krippendorff (nominal) {alpha}</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Editadas</translation>
        </message>
        <message>
            <source>Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {threshold:g}): {pairs} matched, {only_a} units were made only by {a} and {only_b} only by {b}; on matched units, kappa for the codes was {kappa}. </source>
            <translation>Las unidades de significado se emparejaron entre los codificadores por solapamiento (índice de Jaccard ≥ {threshold:g}): {pairs} emparejadas; {only_a} unidades las hizo solo {a} y {only_b} solo {b}; en las unidades emparejadas, el kappa de los códigos fue {kappa}. </translation>
        </message>
        <message>
            <source>Merged boundaries</source>
            <translation>Límites fusionados</translation>
        </message>
        <message>
            <source>No document has been coded by both reviewers yet, so there are no agreement figures to report. </source>
            <translation>Todavía ningún documento ha sido codificado por ambos codificadores, por lo que no hay cifras de acuerdo que informar. </translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazadas</translation>
        </message>
        <message>
            <source>The comparison found no disagreements to settle.</source>
            <translation>La comparación no encontró desacuerdos que resolver.</translation>
        </message>
        <message>
            <source>The comparison found {found}; all {total} were discussed in consensus sessions and settled ({how}); each decision was recorded with its rationale, who decided and when, and the agreed units form the consensus layer used in the analysis.</source>
            <translation>La comparación encontró {found}; los {total} se discutieron en sesiones de consenso y se resolvieron ({how}); cada decisión se registró con su justificación, quién decidió y cuándo, y las unidades acordadas forman la capa de consenso utilizada en el análisis.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session has not started yet, so none has been settled.</source>
            <translation>La comparación encontró {found}; la sesión de consenso aún no ha comenzado, por lo que no se ha resuelto ninguno.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session is under way: {resolved} of them have been settled so far ({how}) and {open} remain open. Each decision is recorded with its rationale, who decided and when.</source>
            <translation>La comparación encontró {found}; la sesión de consenso está en curso: hasta ahora se han resuelto {resolved} ({how}) y {open} siguen abiertos. Cada decisión se registra con su justificación, quién decidió y cuándo.</translation>
        </message>
        <message>
            <source>by adopting identical units</source>
            <translation>adoptando unidades idénticas</translation>
        </message>
        <message>
            <source>by agreement</source>
            <translation>por acuerdo</translation>
        </message>
        <message>
            <source>{both} of {documents} were coded by both ({units_a} by {a} and {units_b} by {b} in them). </source>
            <translation>{both} de {documents} fueron codificados por ambos ({units_a} de {a} y {units_b} de {b} en ellos). </translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently, each in a blind copy of the project.</source>
            <translation>Participaron {count} codificadores; {a} y {b} dividieron cada uno los textos en unidades de significado y los codificaron de forma independiente, cada uno en una copia ciega del proyecto.</translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently.</source>
            <translation>Participaron {count} codificadores; {a} y {b} dividieron cada uno los textos en unidades de significado y los codificaron de forma independiente.</translation>
        </message>
    </context>
    <context>
        <name>consensus.report</name>
        <message>
            <source>Agreement on meaning units</source>
            <translation>Acuerdo sobre las unidades de significado</translation>
        </message>
        <message>
            <source>Agreement per code (character level)</source>
            <translation>Acuerdo por código (nivel de carácter)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <source>Consensus report — {title}</source>
            <translation>Informe de consenso: {title}</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Registro de decisiones</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Alfa de Krippendorff</translation>
        </message>
        <message>
            <source>Matched at Jaccard ≥ {threshold:g}: {matched}; only {a}: {only_a}; only {b}: {only_b}; identical codes on {identical} of {matched} matched units; kappa for codes on matched units {kappa}.</source>
            <translation>Emparejadas con Jaccard ≥ {threshold:g}: {matched}; solo {a}: {only_a}; solo {b}: {only_b}; códigos idénticos en {identical} de {matched} unidades emparejadas; kappa de los códigos en las unidades emparejadas {kappa}.</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Métodos (borrador para adaptar)</translation>
        </message>
        <message>
            <source>No decisions yet: the consensus session has not started.</source>
            <translation>Aún no hay decisiones: la sesión de consenso no ha comenzado.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Over the {count} document(s) both reviewers coded.</source>
            <translation>En los {count} documento(s) que codificaron ambos codificadores.</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Porcentaje de acuerdo</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Agrupado (todos los códigos)</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Reviewers compared: {a} and {b}. Disagreements {progress}.</source>
            <translation>Codificadores comparados: {a} y {b}. Desacuerdos: {progress}.</translation>
        </message>
        <message>
            <source>Undefined: the code was used by neither reviewer (or by both everywhere), so there is no variation to agree on. Pooled: all codes' character vectors taken together.</source>
            <translation>No definido: ningún codificador usó el código (o ambos lo usaron en todas partes), por lo que no hay variación sobre la que estar de acuerdo. Agrupado: los vectores de caracteres de todos los códigos tomados en conjunto.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>{title} — Consensus report</source>
            <translation>{title}: informe de consenso</translation>
        </message>
    </context>
    <context>
        <name>core.hygiene</name>
        <message>
            <source>Category “{name}” holds a single code</source>
            <translation>La categoría “{name}” contiene un solo código</translation>
        </message>
        <message>
            <source>Category “{name}” holds no codes</source>
            <translation>La categoría “{name}” no contiene códigos</translation>
        </message>
        <message>
            <source>Code “{name}” has no meaning units</source>
            <translation>El código “{name}” no tiene unidades de significado</translation>
        </message>
        <message>
            <source>Code “{name}” is in no category</source>
            <translation>El código “{name}” no está en ninguna categoría</translation>
        </message>
        <message>
            <source>Theme “{name}” holds no categories</source>
            <translation>El tema “{name}” no contiene categorías</translation>
        </message>
    </context>
    <context>
        <name>core.search</name>
        <message>
            <source>Category {name}</source>
            <translation>Categoría {name}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Código {name}</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Significado condensado</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeras impresiones</translation>
        </message>
        <message>
            <source>First impressions on category {name}</source>
            <translation>Primeras impresiones sobre la categoría {name}</translation>
        </message>
        <message>
            <source>First impressions on code {name}</source>
            <translation>Primeras impresiones sobre el código {name}</translation>
        </message>
        <message>
            <source>First impressions on document {name}</source>
            <translation>Primeras impresiones sobre el documento {name}</translation>
        </message>
        <message>
            <source>First impressions on the study</source>
            <translation>Primeras impresiones sobre el estudio</translation>
        </message>
        <message>
            <source>First impressions on theme {name}</source>
            <translation>Primeras impresiones sobre el tema {name}</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>Memo on category {name}</source>
            <translation>Memo sobre la categoría {name}</translation>
        </message>
        <message>
            <source>Memo on code {name}</source>
            <translation>Memo sobre el código {name}</translation>
        </message>
        <message>
            <source>Memo on document {name}</source>
            <translation>Memo sobre el documento {name}</translation>
        </message>
        <message>
            <source>Memo on the study</source>
            <translation>Memo sobre el estudio</translation>
        </message>
        <message>
            <source>Memo on theme {name}</source>
            <translation>Memo sobre el tema {name}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Note on category {name}</source>
            <translation>Nota sobre la categoría {name}</translation>
        </message>
        <message>
            <source>Note on code {name}</source>
            <translation>Nota sobre el código {name}</translation>
        </message>
        <message>
            <source>Note on document {name}</source>
            <translation>Nota sobre el documento {name}</translation>
        </message>
        <message>
            <source>Note on the study</source>
            <translation>Nota sobre el estudio</translation>
        </message>
        <message>
            <source>Note on theme {name}</source>
            <translation>Nota sobre el tema {name}</translation>
        </message>
        <message>
            <source>Note “{title}”</source>
            <translation>Nota “{title}”</translation>
        </message>
        <message>
            <source>Note “{title}” on category {name}</source>
            <translation>Nota “{title}” sobre la categoría {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on code {name}</source>
            <translation>Nota “{title}” sobre el código {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on document {name}</source>
            <translation>Nota “{title}” sobre el documento {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on the study</source>
            <translation>Nota “{title}” sobre el estudio</translation>
        </message>
        <message>
            <source>Note “{title}” on theme {name}</source>
            <translation>Nota “{title}” sobre el tema {name}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Tema {name}</translation>
        </message>
    </context>
    <context>
        <name>documents.removal</name>
        <message numerus="yes">
            <source>%n coding(s)</source>
            <translation>
                <numerusform>%n codificación</numerusform>
                <numerusform>%n codificaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>{units}, {notes} and {codings}</source>
            <translation>{units}, {notes} y {codings}</translation>
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
                <numerusform>Nivel de caracteres en el %n documento que ambos codificaron, agrupado sobre todos los códigos: {figures}.</numerusform>
                <numerusform>Nivel de caracteres en los %n documentos que ambos codificaron, agrupado sobre todos los códigos: {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Character level, pooled over all codes: {figures}.</source>
            <translation>Nivel de caracteres, agrupado sobre todos los códigos: {figures}.</translation>
        </message>
        <message>
            <source>Codes of matched units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Códigos de las unidades emparejadas (solapamiento ≥ {overlap}): κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of matched units: Cohen's κ = {kappa}.</source>
            <translation>Códigos de las unidades emparejadas: κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Códigos de los {matched} pares de unidades de significado emparejadas (solapamiento ≥ {overlap}): κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units: Cohen's κ = {kappa}.</source>
            <translation>Códigos de los {matched} pares de unidades de significado emparejadas: κ de Cohen = {kappa}.</translation>
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
            <translation>no definido</translation>
        </message>
        <message>
            <source>{agreement} agreement with {share} of the characters coded by either reviewer</source>
            <translation>{agreement} de acuerdo con {share} de los caracteres codificados por alguno de los codificadores</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message numerus="yes">
            <source>{reviewers}, character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>{reviewers}, nivel de caracteres en el %n documento que ambos codificaron, agrupado sobre todos los códigos: {figures}.</numerusform>
                <numerusform>{reviewers}, nivel de caracteres en los %n documentos que ambos codificaron, agrupado sobre todos los códigos: {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reviewers}, character level, pooled over all codes: {figures}.</source>
            <translation>{reviewers}, nivel de caracteres, agrupado sobre todos los códigos: {figures}.</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_figures</name>
        <message>
            <source> — in brackets: distinct codes so far.</source>
            <translation> — entre corchetes: códigos distintos hasta ahora.</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Coocurrencia de códigos</translation>
        </message>
        <message>
            <source>Code A</source>
            <translation>Código A</translation>
        </message>
        <message>
            <source>Code B</source>
            <translation>Código B</translation>
        </message>
        <message>
            <source>Code saturation</source>
            <translation>Saturación de códigos</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Fecha: </translation>
        </message>
        <message>
            <source>Definition.</source>
            <translation>Definición.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Figure 1. </source>
            <translation>Figura 1. </translation>
        </message>
        <message>
            <source>Matrix: {rows} × {by} ({count})</source>
            <translation>Matriz: {rows} × {by} ({count})</translation>
        </message>
        <message>
            <source>New codes</source>
            <translation>Códigos nuevos</translation>
        </message>
        <message>
            <source>New codes (names)</source>
            <translation>Códigos nuevos (nombres)</translation>
        </message>
        <message>
            <source>No rows yet.</source>
            <translation>Aún no hay filas.</translation>
        </message>
        <message>
            <source>No two codes share a meaning unit.</source>
            <translation>Ningún par de códigos comparte una unidad de significado.</translation>
        </message>
        <message>
            <source>Order.</source>
            <translation>Orden.</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Solapamientos</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Result.</source>
            <translation>Resultado.</translation>
        </message>
        <message>
            <source>Too few documents for a run: {count} documents, base {base}, run {run}.</source>
            <translation>Muy pocos documentos para una serie: {count} documentos, base {base}, serie {run}.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>co-occurrence table</source>
            <translation>tabla de coocurrencia</translation>
        </message>
        <message>
            <source>matrix</source>
            <translation>matriz</translation>
        </message>
        <message>
            <source>saturation table</source>
            <translation>tabla de saturación</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_table</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tabla de análisis</translation>
        </message>
        <message>
            <source>Analysis table: meaning units, condensed meanings, codes, categories and themes</source>
            <translation>Tabla de análisis: unidades de significado, significados condensados, códigos, categorías y temas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Condensed meaning</source>
            <translation>Significado condensado</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Fecha: </translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Meaning units: </source>
            <translation>Unidades de significado: </translation>
        </message>
        <message>
            <source>No meaning units yet.</source>
            <translation>Aún no hay unidades de significado.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <source>Quoted meaning unit</source>
            <translation>Unidad de significado citada</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Pregunta de investigación:</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codificador</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>todos los codificadores</translation>
        </message>
        <message>
            <source>the consensus layer</source>
            <translation>la capa de consenso</translation>
        </message>
        <message>
            <source>{count} from {layer} that the coding query “{query}” selects, in document order</source>
            <translation>{count} de {layer} que selecciona la consulta de codificación “{query}”, en el orden del documento</translation>
        </message>
        <message>
            <source>{count} from {layer}, in document order</source>
            <translation>{count} de {layer}, en el orden del documento</translation>
        </message>
        <message>
            <source>{title} — Analysis table</source>
            <translation>{title}: tabla de análisis</translation>
        </message>
        <message>
            <source>{title} — {units} from {layer}, in document order; exported {date}. One row per meaning unit: its document and page, the reviewer who marked it, the quoted text, its condensed meaning, codes, categories, themes and notes.</source>
            <translation>{title}: {units} de {layer}, en el orden del documento; exportado el {date}. Una fila por unidad de significado: su documento y página, el codificador que la marcó, el texto citado, su significado condensado, códigos, categorías, temas y notas.</translation>
        </message>
    </context>
    <context>
        <name>exporters.checklists</name>
        <message>
            <source>Abstract</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Audio/visual recording</source>
            <translation>Grabación de audio/vídeo</translation>
        </message>
        <message>
            <source>Clarity of major themes</source>
            <translation>Claridad de los temas principales</translation>
        </message>
        <message>
            <source>Clarity of minor themes</source>
            <translation>Claridad de los temas secundarios</translation>
        </message>
        <message>
            <source>Concise description of the nature and topic of the study; identifying the study as qualitative or indicating the approach (e.g., ethnography, grounded theory) or data collection methods (e.g., interview, focus group) is recommended</source>
            <translation>Descripción concisa de la naturaleza y el tema del estudio; se recomienda identificar el estudio como cualitativo o indicar el enfoque (p. ej., etnografía, teoría fundamentada) o los métodos de recogida de datos (p. ej., entrevista, grupo focal)</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Conflictos de intereses</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Credenciales</translation>
        </message>
        <message>
            <source>Data analysis</source>
            <translation>Análisis de datos</translation>
        </message>
        <message>
            <source>Data and findings consistent</source>
            <translation>Coherencia entre datos y hallazgos</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Recogida de datos</translation>
        </message>
        <message>
            <source>Data collection instruments and technologies</source>
            <translation>Instrumentos y tecnologías de recogida de datos</translation>
        </message>
        <message>
            <source>Data collection methods</source>
            <translation>Métodos de recogida de datos</translation>
        </message>
        <message>
            <source>Data processing</source>
            <translation>Procesamiento de datos</translation>
        </message>
        <message>
            <source>Data saturation</source>
            <translation>Saturación de datos</translation>
        </message>
        <message>
            <source>Derivation of themes</source>
            <translation>Derivación de los temas</translation>
        </message>
        <message>
            <source>Description and significance of the problem/phenomenon studied; review of relevant theory and empirical work; problem statement</source>
            <translation>Descripción y relevancia del problema/fenómeno estudiado; revisión de la teoría y el trabajo empírico pertinentes; planteamiento del problema</translation>
        </message>
        <message>
            <source>Description of instruments (e.g., interview guides, questionnaires) and devices (e.g., audio recorders) used for data collection; if/how the instrument(s) changed over the course of the study</source>
            <translation>Descripción de los instrumentos (p. ej., guías de entrevista, cuestionarios) y dispositivos (p. ej., grabadoras de audio) usados para recoger los datos; si/cómo cambiaron los instrumentos a lo largo del estudio</translation>
        </message>
        <message>
            <source>Description of sample</source>
            <translation>Descripción de la muestra</translation>
        </message>
        <message>
            <source>Description of the coding tree</source>
            <translation>Descripción del árbol de codificación</translation>
        </message>
        <message>
            <source>Did authors provide a description of the coding tree?</source>
            <translation>¿Describieron los autores el árbol de codificación?</translation>
        </message>
        <message>
            <source>Did participants provide feedback on the findings?</source>
            <translation>¿Dieron los participantes su opinión sobre los hallazgos?</translation>
        </message>
        <message>
            <source>Did the research use audio or visual recording to collect the data?</source>
            <translation>¿Se usó grabación de audio o vídeo para recoger los datos?</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discusión</translation>
        </message>
        <message>
            <source>Documentation of approval by an appropriate ethics review board and participant consent, or explanation for lack thereof; other confidentiality and data security issues</source>
            <translation>Documentación de la aprobación por un comité de ética adecuado y del consentimiento de los participantes, o explicación de su ausencia; otras cuestiones de confidencialidad y seguridad de los datos</translation>
        </message>
        <message>
            <source>Domain 1: Research team and reflexivity</source>
            <translation>Dominio 1: Equipo de investigación y reflexividad</translation>
        </message>
        <message>
            <source>Domain 2: Study design</source>
            <translation>Dominio 2: Diseño del estudio</translation>
        </message>
        <message>
            <source>Domain 3: Analysis and findings</source>
            <translation>Dominio 3: Análisis y hallazgos</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Ethical issues pertaining to human subjects</source>
            <translation>Cuestiones éticas relativas a los seres humanos</translation>
        </message>
        <message>
            <source>Evidence (e.g., quotes, field notes, text excerpts, photographs) to substantiate analytic findings</source>
            <translation>Evidencias (p. ej., citas, notas de campo, fragmentos de texto, fotografías) que respalden los hallazgos analíticos</translation>
        </message>
        <message>
            <source>Experience and training</source>
            <translation>Experiencia y formación</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Notas de campo</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>How and why research participants, documents, or events were selected; criteria for deciding when no further sampling was necessary (e.g., sampling saturation); rationale</source>
            <translation>Cómo y por qué se seleccionaron los participantes, documentos o eventos; criterios para decidir cuándo no era necesario seguir muestreando (p. ej., saturación del muestreo); justificación</translation>
        </message>
        <message>
            <source>How many data coders coded the data?</source>
            <translation>¿Cuántos codificadores codificaron los datos?</translation>
        </message>
        <message>
            <source>How many participants were in the study?</source>
            <translation>¿Cuántos participantes hubo en el estudio?</translation>
        </message>
        <message>
            <source>How many people refused to participate or dropped out? Reasons?</source>
            <translation>¿Cuántas personas se negaron a participar o abandonaron? ¿Motivos?</translation>
        </message>
        <message>
            <source>How were participants approached? e.g. face-to-face, telephone, mail, email</source>
            <translation>¿Cómo se contactó a los participantes? p. ej., en persona, por teléfono, por correo postal, por correo electrónico</translation>
        </message>
        <message>
            <source>How were participants selected? e.g. purposive, convenience, consecutive, snowball</source>
            <translation>¿Cómo se seleccionó a los participantes? p. ej., intencional, por conveniencia, consecutiva, bola de nieve</translation>
        </message>
        <message>
            <source>Integration with prior work, implications, transferability, and contribution(s) to the field</source>
            <translation>Integración con trabajos previos, implicaciones, transferibilidad y contribución(es) al campo</translation>
        </message>
        <message>
            <source>Interview guide</source>
            <translation>Guía de entrevista</translation>
        </message>
        <message>
            <source>Interviewer characteristics</source>
            <translation>Características del entrevistador</translation>
        </message>
        <message>
            <source>Interviewer/facilitator</source>
            <translation>Entrevistador/moderador</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introducción</translation>
        </message>
        <message>
            <source>Is there a description of diverse cases or discussion of minor themes?</source>
            <translation>¿Se describen casos diversos o se discuten temas secundarios?</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limitaciones</translation>
        </message>
        <message>
            <source>Links to empirical data</source>
            <translation>Vínculos con los datos empíricos</translation>
        </message>
        <message>
            <source>Main findings (e.g., interpretations, inferences, and themes); might include development of a theory or model, or integration with prior research or theory</source>
            <translation>Hallazgos principales (p. ej., interpretaciones, inferencias y temas); puede incluir el desarrollo de una teoría o modelo, o la integración con investigaciones o teorías previas</translation>
        </message>
        <message>
            <source>Method of approach</source>
            <translation>Método de contacto</translation>
        </message>
        <message>
            <source>Methodological orientation and Theory</source>
            <translation>Orientación metodológica y teoría</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Métodos</translation>
        </message>
        <message>
            <source>Methods for processing data prior to and during analysis, including transcription, data entry, data management and security, verification of data integrity, data coding, and anonymization/de-identification of excerpts</source>
            <translation>Métodos de procesamiento de los datos antes y durante el análisis, incluidos la transcripción, la entrada de datos, la gestión y seguridad de los datos, la verificación de su integridad, la codificación y la anonimización/desidentificación de los fragmentos</translation>
        </message>
        <message>
            <source>Non-participation</source>
            <translation>No participación</translation>
        </message>
        <message>
            <source>Number and relevant characteristics of participants, documents, or events included in the study; level of participation (could be reported in results)</source>
            <translation>Número y características relevantes de los participantes, documentos o eventos incluidos en el estudio; nivel de participación (puede informarse en los resultados)</translation>
        </message>
        <message>
            <source>Number of data coders</source>
            <translation>Número de codificadores</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Participant checking</source>
            <translation>Verificación por los participantes</translation>
        </message>
        <message>
            <source>Participant knowledge of the interviewer</source>
            <translation>Conocimiento del entrevistador por los participantes</translation>
        </message>
        <message>
            <source>Participant selection</source>
            <translation>Selección de participantes</translation>
        </message>
        <message>
            <source>Personal characteristics</source>
            <translation>Características personales</translation>
        </message>
        <message>
            <source>Potential sources of influence or perceived influence on study conduct and conclusions; how these were managed</source>
            <translation>Posibles fuentes de influencia, real o percibida, en la realización y las conclusiones del estudio; cómo se gestionaron</translation>
        </message>
        <message>
            <source>Presence of non-participants</source>
            <translation>Presencia de no participantes</translation>
        </message>
        <message>
            <source>Problem formulation</source>
            <translation>Formulación del problema</translation>
        </message>
        <message>
            <source>Process by which inferences, themes, etc., were identified and developed, including the researchers involved in data analysis; usually references a specific paradigm or approach; rationale</source>
            <translation>Proceso por el que se identificaron y desarrollaron las inferencias, los temas, etc., incluidos los investigadores que participaron en el análisis; suele remitir a un paradigma o enfoque concreto; justificación</translation>
        </message>
        <message>
            <source>Purpose of the study and specific objectives or questions</source>
            <translation>Propósito del estudio y objetivos o preguntas específicos</translation>
        </message>
        <message>
            <source>Purpose or research question</source>
            <translation>Propósito o pregunta de investigación</translation>
        </message>
        <message>
            <source>Qualitative approach (e.g., ethnography, grounded theory, case study, phenomenology, narrative research) and guiding theory if appropriate; identifying the research paradigm (e.g., postpositivist, constructivist/interpretivist) is also recommended; rationale</source>
            <translation>Enfoque cualitativo (p. ej., etnografía, teoría fundamentada, estudio de caso, fenomenología, investigación narrativa) y, si procede, teoría orientadora; también se recomienda identificar el paradigma de investigación (p. ej., pospositivista, constructivista/interpretativo); justificación</translation>
        </message>
        <message>
            <source>Qualitative approach and research paradigm</source>
            <translation>Enfoque cualitativo y paradigma de investigación</translation>
        </message>
        <message>
            <source>Quotations presented</source>
            <translation>Citas presentadas</translation>
        </message>
        <message>
            <source>Relationship established</source>
            <translation>Relación establecida</translation>
        </message>
        <message>
            <source>Relationship with participants</source>
            <translation>Relación con los participantes</translation>
        </message>
        <message>
            <source>Repeat interviews</source>
            <translation>Entrevistas repetidas</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Presentación de resultados</translation>
        </message>
        <message>
            <source>Researcher characteristics and reflexivity</source>
            <translation>Características del investigador y reflexividad</translation>
        </message>
        <message>
            <source>Researchers' characteristics that may influence the research, including personal attributes, qualifications/experience, relationship with participants, assumptions, and/or presuppositions; potential or actual interaction between researchers' characteristics and the research questions, approach, methods, results, and/or transferability</source>
            <translation>Características de los investigadores que pueden influir en la investigación, incluidos atributos personales, cualificaciones/experiencia, relación con los participantes, supuestos y/o presuposiciones; interacción posible o real entre esas características y las preguntas de investigación, el enfoque, los métodos, los resultados y/o la transferibilidad</translation>
        </message>
        <message>
            <source>Results/findings</source>
            <translation>Resultados/hallazgos</translation>
        </message>
        <message>
            <source>Sample size</source>
            <translation>Tamaño de la muestra</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Muestreo</translation>
        </message>
        <message>
            <source>Sampling strategy</source>
            <translation>Estrategia de muestreo</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Entorno</translation>
        </message>
        <message>
            <source>Setting of data collection</source>
            <translation>Lugar de la recogida de datos</translation>
        </message>
        <message>
            <source>Setting/site and salient contextual factors; rationale</source>
            <translation>Entorno/lugar y factores contextuales destacados; justificación</translation>
        </message>
        <message>
            <source>Short summary of main findings; explanation of how findings and conclusions connect to, support, elaborate on, or challenge conclusions of earlier scholarship; discussion of scope of application/generalizability; identification of unique contribution(s) to scholarship in a discipline or field</source>
            <translation>Breve resumen de los hallazgos principales; explicación de cómo los hallazgos y las conclusiones se relacionan con, apoyan, amplían o cuestionan las conclusiones de estudios anteriores; discusión del ámbito de aplicación/generalizabilidad; identificación de la(s) contribución(es) propia(s) a una disciplina o campo</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Sources of funding and other support; role of funders in data collection, interpretation, and reporting</source>
            <translation>Fuentes de financiación y otros apoyos; papel de los financiadores en la recogida, interpretación y comunicación de los datos</translation>
        </message>
        <message>
            <source>Summary of key elements of the study using the abstract format of the intended publication; typically includes background, purpose, methods, results, and conclusions</source>
            <translation>Resumen de los elementos clave del estudio con el formato de resumen de la publicación prevista; suele incluir antecedentes, propósito, métodos, resultados y conclusiones</translation>
        </message>
        <message>
            <source>Synthesis and interpretation</source>
            <translation>Síntesis e interpretación</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness</source>
            <translation>Técnicas para aumentar la confiabilidad</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness and credibility of data analysis (e.g., member checking, audit trail, triangulation); rationale</source>
            <translation>Técnicas para aumentar la confiabilidad y credibilidad del análisis de datos (p. ej., verificación por los participantes, pista de auditoría, triangulación); justificación</translation>
        </message>
        <message>
            <source>Theoretical framework</source>
            <translation>Marco teórico</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Title and abstract</source>
            <translation>Título y resumen</translation>
        </message>
        <message>
            <source>Transcripts returned</source>
            <translation>Devolución de las transcripciones</translation>
        </message>
        <message>
            <source>Trustworthiness and limitations of findings</source>
            <translation>Confiabilidad y limitaciones de los hallazgos</translation>
        </message>
        <message>
            <source>Types of data collected; details of data collection procedures including (as appropriate) start and stop dates of data collection and analysis, iterative process, triangulation of sources/methods, and modification of procedures in response to evolving study findings; rationale</source>
            <translation>Tipos de datos recogidos; detalles de los procedimientos de recogida, incluidos (según proceda) las fechas de inicio y fin de la recogida y del análisis, el proceso iterativo, la triangulación de fuentes/métodos y la modificación de los procedimientos en respuesta a los hallazgos emergentes; justificación</translation>
        </message>
        <message>
            <source>Units of study</source>
            <translation>Unidades de estudio</translation>
        </message>
        <message>
            <source>Was a relationship established prior to study commencement?</source>
            <translation>¿Se estableció una relación antes del inicio del estudio?</translation>
        </message>
        <message>
            <source>Was anyone else present besides the participants and researchers?</source>
            <translation>¿Había alguien más presente además de los participantes y los investigadores?</translation>
        </message>
        <message>
            <source>Was data saturation discussed?</source>
            <translation>¿Se discutió la saturación de datos?</translation>
        </message>
        <message>
            <source>Was the researcher male or female?</source>
            <translation>¿El investigador era hombre o mujer?</translation>
        </message>
        <message>
            <source>Was there consistency between the data presented and the findings?</source>
            <translation>¿Hubo coherencia entre los datos presentados y los hallazgos?</translation>
        </message>
        <message>
            <source>Were field notes made during and/or after the interview or focus group?</source>
            <translation>¿Se tomaron notas de campo durante y/o después de la entrevista o del grupo focal?</translation>
        </message>
        <message>
            <source>Were major themes clearly presented in the findings?</source>
            <translation>¿Se presentaron claramente los temas principales en los hallazgos?</translation>
        </message>
        <message>
            <source>Were participant quotations presented to illustrate the themes/findings? Was each quotation identified? e.g. participant number</source>
            <translation>¿Se presentaron citas de los participantes para ilustrar los temas/hallazgos? ¿Se identificó cada cita? p. ej., número de participante</translation>
        </message>
        <message>
            <source>Were questions, prompts, guides provided by the authors? Was it pilot tested?</source>
            <translation>¿Proporcionaron los autores preguntas, estímulos o guías? ¿Se probó en un piloto?</translation>
        </message>
        <message>
            <source>Were repeat interviews carried out? If yes, how many?</source>
            <translation>¿Se realizaron entrevistas repetidas? En caso afirmativo, ¿cuántas?</translation>
        </message>
        <message>
            <source>Were themes identified in advance or derived from the data?</source>
            <translation>¿Se identificaron los temas de antemano o se derivaron de los datos?</translation>
        </message>
        <message>
            <source>Were transcripts returned to participants for comment and/or correction?</source>
            <translation>¿Se devolvieron las transcripciones a los participantes para comentarios y/o correcciones?</translation>
        </message>
        <message>
            <source>What are the important characteristics of the sample? e.g. demographic data, date</source>
            <translation>¿Cuáles son las características importantes de la muestra? p. ej., datos demográficos, fecha</translation>
        </message>
        <message>
            <source>What characteristics were reported about the interviewer/facilitator? e.g. Bias, assumptions, reasons and interests in the research topic</source>
            <translation>¿Qué características se informaron sobre el entrevistador/moderador? p. ej., sesgos, supuestos, razones e intereses en el tema de investigación</translation>
        </message>
        <message>
            <source>What did the participants know about the researcher? e.g. personal goals, reasons for doing the research</source>
            <translation>¿Qué sabían los participantes sobre el investigador? p. ej., objetivos personales, razones para realizar la investigación</translation>
        </message>
        <message>
            <source>What experience or training did the researcher have?</source>
            <translation>¿Qué experiencia o formación tenía el investigador?</translation>
        </message>
        <message>
            <source>What methodological orientation was stated to underpin the study? e.g. grounded theory, discourse analysis, ethnography, phenomenology, content analysis</source>
            <translation>¿Qué orientación metodológica se declaró como base del estudio? p. ej., teoría fundamentada, análisis del discurso, etnografía, fenomenología, análisis de contenido</translation>
        </message>
        <message>
            <source>What software, if applicable, was used to manage the data?</source>
            <translation>¿Qué software, si lo hubo, se utilizó para gestionar los datos?</translation>
        </message>
        <message>
            <source>What was the duration of the interviews or focus group?</source>
            <translation>¿Cuál fue la duración de las entrevistas o del grupo focal?</translation>
        </message>
        <message>
            <source>What was their occupation at the time of the study?</source>
            <translation>¿Cuál era su ocupación en el momento del estudio?</translation>
        </message>
        <message>
            <source>What were the researcher's credentials? E.g. PhD, MD</source>
            <translation>¿Qué credenciales tenía el investigador? p. ej., doctorado, licenciatura en medicina</translation>
        </message>
        <message>
            <source>Where was the data collected? e.g. home, clinic, workplace</source>
            <translation>¿Dónde se recogieron los datos? p. ej., domicilio, clínica, lugar de trabajo</translation>
        </message>
        <message>
            <source>Which author/s conducted the interview or focus group?</source>
            <translation>¿Qué autor(es) realizó(aron) la entrevista o el grupo focal?</translation>
        </message>
    </context>
    <context>
        <name>exporters.codebook</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n categoría</numerusform>
                <numerusform>%n categorías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n código</numerusform>
                <numerusform>%n códigos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) not yet sorted into a category: listed in the appendix.</source>
            <translation>
                <numerusform>%n código aún no clasificado en una categoría: figura en el anexo.</numerusform>
                <numerusform>%n códigos aún no clasificados en una categoría: figuran en el anexo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidad de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s)</source>
            <translation>
                <numerusform>%n codificador</numerusform>
                <numerusform>%n codificadores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n tema</numerusform>
                <numerusform>%n temas</numerusform>
            </translation>
        </message>
        <message>
            <source>Agreement between reviewers:</source>
            <translation>Acuerdo entre codificadores:</translation>
        </message>
        <message>
            <source>Appendix: codes not yet sorted</source>
            <translation>Anexo: códigos aún no clasificados</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Libro de códigos</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Codes and categories that have not been placed under a theme yet.</source>
            <translation>Códigos y categorías que aún no se han situado bajo un tema.</translation>
        </message>
        <message>
            <source>Codes without a category</source>
            <translation>Códigos sin categoría</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Definition:</source>
            <translation>Definición:</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Exclude:</source>
            <translation>Excluir:</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Incluir:</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Meaning units:</source>
            <translation>Unidades de significado:</translation>
        </message>
        <message>
            <source>Methods summary</source>
            <translation>Resumen de métodos</translation>
        </message>
        <message>
            <source>No codes in this category yet.</source>
            <translation>Aún no hay códigos en esta categoría.</translation>
        </message>
        <message>
            <source>No themes yet: codes and categories are still being sorted.</source>
            <translation>Aún no hay temas: los códigos y las categorías todavía se están clasificando.</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Pregunta de investigación:</translation>
        </message>
        <message>
            <source>Reviewer:</source>
            <translation>Codificador:</translation>
        </message>
        <message>
            <source>Reviewers:</source>
            <translation>Codificadores:</translation>
        </message>
        <message>
            <source>Table 1. </source>
            <translation>Tabla 1. </translation>
        </message>
        <message>
            <source>The analysis covers {documents}, read by {reviewers}.</source>
            <translation>El análisis abarca {documents}, leídos por {reviewers}.</translation>
        </message>
        <message>
            <source>The consensus layer holds {units}.</source>
            <translation>La capa de consenso contiene {units}.</translation>
        </message>
        <message>
            <source>The reviewers marked {units}.</source>
            <translation>Los codificadores marcaron {units}.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Themes and the categories they hold, with the number of codes, meaning units and documents behind each.</source>
            <translation>Los temas y las categorías que contienen, con el número de códigos, unidades de significado y documentos que respaldan cada uno.</translation>
        </message>
        <message>
            <source>Themes and the categories they hold.</source>
            <translation>Los temas y las categorías que contienen.</translation>
        </message>
        <message>
            <source>They were coded with {codes}, grouped into {categories} and {themes}.</source>
            <translation>Se codificaron con {codes}, agrupados en {categories} y {themes}.</translation>
        </message>
        <message>
            <source>This codebook draws on {reviewer}'s {units}.</source>
            <translation>Este libro de códigos se basa en {units} de {reviewer}.</translation>
        </message>
        <message>
            <source>all meaning units</source>
            <translation>todas las unidades de significado</translation>
        </message>
        <message>
            <source>all reviewers' meaning units</source>
            <translation>las unidades de significado de todos los codificadores</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>not written yet.</source>
            <translation>aún no redactada.</translation>
        </message>
        <message>
            <source>the consensus layer (units agreed by the reviewers)</source>
            <translation>la capa de consenso (unidades acordadas por los codificadores)</translation>
        </message>
        <message>
            <source>{layer}, only those the coding query “{query}” selects</source>
            <translation>{layer}, solo las que selecciona la consulta de codificación “{query}”</translation>
        </message>
        <message>
            <source>{reviewer}'s meaning units</source>
            <translation>las unidades de significado de {reviewer}</translation>
        </message>
        <message>
            <source>{title} — Codebook</source>
            <translation>{title}: libro de códigos</translation>
        </message>
        <message>
            <source>{units} in {documents}</source>
            <translation>{units} en {documents}</translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n categoría</numerusform>
                <numerusform>%n categorías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded step(s) of the analysis, oldest first (reading time is not listed).</source>
            <translation>
                <numerusform>%n paso registrado del análisis, del más antiguo al más reciente (no se incluye el tiempo de lectura).</numerusform>
                <numerusform>%n pasos registrados del análisis, del más antiguo al más reciente (no se incluye el tiempo de lectura).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n researcher(s) coded the data ({names}).</source>
            <translation>
                <numerusform>%n investigador codificó los datos ({names}).</numerusform>
                <numerusform>%n investigadores codificaron los datos ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n tema</numerusform>
                <numerusform>%n temas</numerusform>
            </translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>After consensus, each reviewer compared with the consensus layer (pooled over all codes):</source>
            <translation>Tras el consenso, cada codificador comparado con la capa de consenso (agrupado para todos los códigos):</translation>
        </message>
        <message>
            <source>Alpha 95 % CI</source>
            <translation>IC 95 % de alfa</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Pista de auditoría</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>COREQ: 32-item checklist for interviews and focus groups</source>
            <translation>COREQ: lista de verificación de 32 ítems para entrevistas y grupos focales</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Codebook versions</source>
            <translation>Versiones del libro de códigos</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <source>Consensus decisions</source>
            <translation>Decisiones de consenso</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>Every analytic step is recorded in the study's audit trail (Appendix: audit trail).</source>
            <translation>Cada paso analítico queda registrado en la pista de auditoría del estudio (Anexo: pista de auditoría).</translation>
        </message>
        <message>
            <source>Fewer than two reviewers have coded the material, so there is no agreement to report.</source>
            <translation>Menos de dos codificadores han codificado el material, por lo que no hay acuerdo que informar.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}) for double coding.</source>
            <translation>Para la fiabilidad entre codificadores, se sortearon {drawn} de {population} documentos ({share}) al azar (semilla {seed}) para la doble codificación.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}, stratified by {by}) for double coding.</source>
            <translation>Para la fiabilidad entre codificadores, se sortearon {drawn} de {population} documentos ({share}) al azar (semilla {seed}, estratificado por {by}) para la doble codificación.</translation>
        </message>
        <message>
            <source>From the study</source>
            <translation>A partir del estudio</translation>
        </message>
        <message>
            <source>From “{older}” to {newer}</source>
            <translation>De “{older}” a {newer}</translation>
        </message>
        <message>
            <source>Guide question</source>
            <translation>Pregunta guía</translation>
        </message>
        <message>
            <source>Intercoder reliability</source>
            <translation>Fiabilidad entre codificadores</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Alfa de Krippendorff</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Métodos (borrador para adaptar)</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Sin cambios.</translation>
        </message>
        <message>
            <source>No codebook versions were recorded (File › Codebook versions…, or lectio codebook-snapshot).</source>
            <translation>No se registró ninguna versión del libro de códigos (Archivo › Versiones del libro de códigos…, o lectio codebook-snapshot).</translation>
        </message>
        <message>
            <source>No consensus decisions were needed.</source>
            <translation>No fue necesaria ninguna decisión de consenso.</translation>
        </message>
        <message>
            <source>No consensus decisions were recorded.</source>
            <translation>No se registró ninguna decisión de consenso.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Reflexivity: the reviewers' memos</source>
            <translation>Reflexividad: los memos de los codificadores</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Pregunta de investigación:</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codificador</translation>
        </message>
        <message>
            <source>SRQR: Standards for Reporting Qualitative Research (21 items)</source>
            <translation>SRQR: Standards for Reporting Qualitative Research (21 ítems)</translation>
        </message>
        <message>
            <source>Software:</source>
            <translation>Software:</translation>
        </message>
        <message numerus="yes">
            <source>The codebook was kept in %n recorded version(s), and each change between them is listed with its reason (Appendix: codebook versions).</source>
            <translation>
                <numerusform>El libro de códigos se conservó en %n versión registrada, y cada cambio entre ellas se enumera con su motivo (Anexo: versiones del libro de códigos).</numerusform>
                <numerusform>El libro de códigos se conservó en %n versiones registradas, y cada cambio entre ellas se enumera con su motivo (Anexo: versiones del libro de códigos).</numerusform>
            </translation>
        </message>
        <message>
            <source>The consensus session on the {count} disagreements has not started yet.</source>
            <translation>La sesión de consenso sobre los {count} desacuerdos aún no ha comenzado.</translation>
        </message>
        <message>
            <source>The data ({documents} from {participants}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Los datos ({documents} de {participants}) se analizaron mediante análisis de contenido convencional en {software}: se identificaron y condensaron las unidades de significado, se codificaron, y los códigos se agruparon en {categories} y se abstrajeron en {themes}.</translation>
        </message>
        <message>
            <source>The data ({documents}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Los datos ({documents}) se analizaron mediante análisis de contenido convencional en {software}: se identificaron y condensaron las unidades de significado, se codificaron, y los códigos se agruparon en {categories} y se abstrajeron en {themes}.</translation>
        </message>
        <message>
            <source>The reviewers' units showed no disagreements to settle.</source>
            <translation>Las unidades de los codificadores no mostraron desacuerdos que resolver.</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>Por completar</translation>
        </message>
        <message>
            <source>Trustworthiness dossier</source>
            <translation>Dossier de confiabilidad</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Cuándo (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>first reviewer's version kept</source>
            <translation>se conservó la versión del primer codificador</translation>
        </message>
        <message>
            <source>identical units adopted</source>
            <translation>se adoptaron unidades idénticas</translation>
        </message>
        <message>
            <source>second reviewer's version kept</source>
            <translation>se conservó la versión del segundo codificador</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>la versión actual del libro de códigos</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>no definido</translation>
        </message>
        <message>
            <source>unit edited together</source>
            <translation>unidad editada conjuntamente</translation>
        </message>
        <message>
            <source>unit rejected</source>
            <translation>unidad rechazada</translation>
        </message>
        <message>
            <source>versions merged</source>
            <translation>versiones fusionadas</translation>
        </message>
        <message>
            <source>{answered} of {count} items answered from the study; the others are marked “{mark}”.</source>
            <translation>{answered} de {count} ítems respondidos a partir del estudio; los demás están marcados como “{mark}”.</translation>
        </message>
        <message>
            <source>{first} and {second} coded independently; {both} of {documents} documents were coded by both. Agreement before consensus, at the character level and pooled over all codes, was Krippendorff's alpha {alpha} (95 % bootstrap CI {ci}, {resamples} resamples; Hayes &amp; Krippendorff 2007) and Cohen's kappa {kappa}.</source>
            <translation>{first} y {second} codificaron de forma independiente; {both} de {documents} documentos fueron codificados por ambos. El acuerdo antes del consenso, a nivel de carácter y agrupado para todos los códigos, fue alfa de Krippendorff {alpha} (IC bootstrap del 95 % {ci}, {resamples} remuestreos; Hayes &amp; Krippendorff 2007) y kappa de Cohen {kappa}.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <source>{mark}: no reviewer memos or first impressions were written in the study.</source>
            <translation>{mark}: no se escribieron memos de codificadores ni primeras impresiones en el estudio.</translation>
        </message>
        <message>
            <source>{mark}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</source>
            <translation>{mark}: no se sorteó ninguna muestra en Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</translation>
        </message>
        <message>
            <source>{name} (automatic)</source>
            <translation>{name} (automático)</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements settled.</source>
            <translation>{resolved} de {total} desacuerdos resueltos.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale.</source>
            <translation>{resolved} de {total} desacuerdos se resolvieron por consenso, y cada decisión se registró con su justificación.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale; {open} remain open.</source>
            <translation>{resolved} de {total} desacuerdos se resolvieron por consenso, y cada decisión se registró con su justificación; {open} siguen abiertos.</translation>
        </message>
        <message>
            <source>{title} — Trustworthiness dossier</source>
            <translation>{title}: dossier de confiabilidad</translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier.answers</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) appear in more than one document: {names}.</source>
            <translation>
                <numerusform>%n participante aparece en más de un documento: {names}.</numerusform>
                <numerusform>%n participantes aparecen en más de un documento: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time-stamped transcript(s) imported into {software}; every change to the analysis is logged in the study's audit trail.</source>
            <translation>
                <numerusform>%n transcripción con marcas de tiempo importada en {software}; cada cambio en el análisis queda registrado en la pista de auditoría del estudio.</numerusform>
                <numerusform>%n transcripciones con marcas de tiempo importadas en {software}; cada cambio en el análisis queda registrado en la pista de auditoría del estudio.</numerusform>
            </translation>
        </message>
        <message>
            <source>An audit trail of every analytic step</source>
            <translation>Una pista de auditoría de cada paso analítico</translation>
        </message>
        <message>
            <source>Coded by {names} in {software}: meaning units, condensed meanings, codes, {categories} categories and {themes} themes.</source>
            <translation>Codificado por {names} en {software}: unidades de significado, significados condensados, códigos, {categories} categorías y {themes} temas.</translation>
        </message>
        <message>
            <source>Conventional content analysis (inductive; codes derived from the data).</source>
            <translation>Análisis de contenido convencional (inductivo; códigos derivados de los datos).</translation>
        </message>
        <message>
            <source>Conventional content analysis: meaning units were identified in the text, condensed, coded, and codes clustered into categories and abstracted into themes (recorded in Lectio).</source>
            <translation>Análisis de contenido convencional: se identificaron unidades de significado en el texto, se condensaron y codificaron, y los códigos se agruparon en categorías y se abstrajeron en temas (registrado en Lectio).</translation>
        </message>
        <message>
            <source>Derived from the data: codes were formed while reading and sorted into categories and themes.</source>
            <translation>Derivados de los datos: los códigos se formaron durante la lectura y se ordenaron en categorías y temas.</translation>
        </message>
        <message>
            <source>Interviewer(s) as recorded in the transcripts: {names}.</source>
            <translation>Entrevistador(es) según las transcripciones: {names}.</translation>
        </message>
        <message>
            <source>Quotations are exported with their document and participant, and with the time stamp (transcripts) or page (articles) they come from.</source>
            <translation>Las citas se exportan con su documento y participante, y con la marca de tiempo (transcripciones) o la página (artículos) de la que proceden.</translation>
        </message>
        <message>
            <source>Reviewers' memos and first impressions are kept in the study (see the reflexivity section).</source>
            <translation>Los memos y primeras impresiones de los codificadores se conservan en el estudio (véase la sección de reflexividad).</translation>
        </message>
        <message>
            <source>The latest time stamp in any transcript is {minutes} minutes.</source>
            <translation>La marca de tiempo más tardía de cualquier transcripción es de {minutes} minutos.</translation>
        </message>
        <message>
            <source>a logged consensus procedure</source>
            <translation>un procedimiento de consenso registrado</translation>
        </message>
        <message>
            <source>independent double coding with agreement figures</source>
            <translation>doble codificación independiente con cifras de acuerdo</translation>
        </message>
        <message>
            <source>versioned codebooks</source>
            <translation>libros de códigos versionados</translation>
        </message>
        <message>
            <source>{count} of {total} documents are time-stamped transcripts of recordings.</source>
            <translation>{count} de {total} documentos son transcripciones de grabaciones con marcas de tiempo.</translation>
        </message>
        <message>
            <source>{documents}.</source>
            <translation>{documents}.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
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
            <translation>{software} (entorno de trabajo para el análisis de contenido cualitativo).</translation>
        </message>
        <message numerus="yes">
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded version(s).</source>
            <translation>
                <numerusform>{themes} temas, {categories} categorías y {codes} códigos; el libro de códigos con definiciones y criterios de inclusión y exclusión se exporta desde Lectio, con %n versión registrada.</numerusform>
                <numerusform>{themes} temas, {categories} categorías y {codes} códigos; el libro de códigos con definiciones y criterios de inclusión y exclusión se exporta desde Lectio, con %n versiones registradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio.</source>
            <translation>{themes} temas, {categories} categorías y {codes} códigos; el libro de códigos con definiciones y criterios de inclusión y exclusión se exporta desde Lectio.</translation>
        </message>
    </context>
</TS>
