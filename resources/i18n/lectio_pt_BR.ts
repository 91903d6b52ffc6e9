<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>AgreementPanel</name>
        <message>
            <source>Only documents both reviewers coded</source>
            <translation>Somente documentos que os dois codificadores codificaram</translation>
        </message>
        <message>
            <source>Compute agreement</source>
            <translation>Calcular a concordância</translation>
        </message>
        <message>
            <source>Agreement figures appear here.</source>
            <translation>Os valores de concordância aparecem aqui.</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Valores de concordância</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Cannot compute agreement: {plain_reason}</source>
            <translation>Não é possível calcular a concordância: {plain_reason}</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({value} units) and &lt;b&gt;{name2}&lt;/b&gt; ({value2} units) over {documents} document(s). Pooled over all codes: agreement {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Units matched at overlap ≥ {threshold}: {matched} matched, {only_a} only {name}, {only_b} only {name2}; κ of codes on matched units {fmt4}.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({value} unidades) e &lt;b&gt;{name2}&lt;/b&gt; ({value2} unidades) em {documents} documento(s). Agregado para todos os códigos: concordância {fmt}, κ {fmt2}, α {fmt3}.&lt;br&gt;Unidades pareadas com sobreposição ≥ {threshold}: {matched} pareadas, {only_a} só de {name}, {only_b} só de {name2}; κ dos códigos nas unidades pareadas {fmt4}.</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Agregado (todos os códigos)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisTable</name>
        <message>
            <source>Filter the analysis table</source>
            <translation>Filtrar a tabela de análise</translation>
        </message>
        <message>
            <source>Filter the analysis table (any column)…</source>
            <translation>Filtrar a tabela de análise (qualquer coluna)…</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tabela de análise</translation>
        </message>
        <message>
            <source>Meaning units with their condensed meaning, code, category and theme. Press Enter to show a unit in the reader.</source>
            <translation>Unidades de significado com seu significado condensado, código, categoria e tema. Pressione Enter para mostrar uma unidade no leitor.</translation>
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
            <translation>Contar somente as unidades de significado que uma consulta de codificação salva seleciona</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Camada:</translation>
        </message>
        <message>
            <source>Restrict to query:</source>
            <translation>Restringir à consulta:</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Análise</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matriz</translation>
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation>Coocorrência</translation>
        </message>
        <message>
            <source>Saturation</source>
            <translation>Saturação</translation>
        </message>
        <message>
            <source>Coding queries</source>
            <translation>Consultas de codificação</translation>
        </message>
        <message>
            <source>Participant attribute of the columns</source>
            <translation>Atributo de participante das colunas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Linhas</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>códigos</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>categorias</translation>
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
            <translation>Colunas: valores de</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Linhas:</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Contar:</translation>
        </message>
        <message>
            <source>Press Enter on a cell to list its meaning units.</source>
            <translation>Pressione Enter em uma célula para listar suas unidades de significado.</translation>
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
            <translation>Sobreposições</translation>
        </message>
        <message>
            <source>Co-occurring codes</source>
            <translation>Códigos que coocorrem</translation>
        </message>
        <message>
            <source>Click a row or an edge of the network to see its meaning units.</source>
            <translation>Clique em uma linha ou em uma aresta da rede para ver suas unidades de significado.</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>How many interviews form the base of the saturation count.</source>
            <translation>Quantas entrevistas formam a base da contagem de saturação.</translation>
        </message>
        <message>
            <source>How many interviews each run adds.</source>
            <translation>Quantas entrevistas cada sequência acrescenta.</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Limiar</translation>
        </message>
        <message>
            <source>The share of new codes at or below which a run counts as saturated.</source>
            <translation>A proporção máxima de códigos novos com a qual uma sequência é considerada saturada.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordem</translation>
        </message>
        <message>
            <source>Sentence for the methods section</source>
            <translation>Frase para a seção de métodos</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Query expression</source>
            <translation>Expressão da consulta</translation>
        </message>
        <message>
            <source>Codes, categories, themes and attributes combined with AND, OR, NOT, OVERLAPPING and WITHIN; Enter runs it.</source>
            <translation>Códigos, categorias, temas e atributos combinados com AND, OR, NOT, OVERLAPPING e WITHIN; Enter a executa.</translation>
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
            <translation>Executar</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salvar como…</translation>
        </message>
        <message>
            <source>Saved queries (double-click to run):</source>
            <translation>Consultas salvas (clique duas vezes para executar):</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Lendo o estudo…</translation>
        </message>
        <message>
            <source>Reading the study for analysis</source>
            <translation>Lendo o estudo para a análise</translation>
        </message>
        <message>
            <source>Cannot read the study: {plain_reason}</source>
            <translation>Não é possível ler o estudo: {plain_reason}</translation>
        </message>
        <message>
            <source>{name} × {value}: click to see the meaning units</source>
            <translation>{name} × {value}: clique para ver as unidades de significado</translation>
        </message>
        <message>
            <source>Query {expression}</source>
            <translation>Consulta {expression}</translation>
        </message>
        <message>
            <source>Save the query</source>
            <translation>Salvar a consulta</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Export the matrix</source>
            <translation>Exportar a matriz</translation>
        </message>
        <message>
            <source>Export the co-occurrence table</source>
            <translation>Exportar a tabela de coocorrências</translation>
        </message>
        <message>
            <source>Export the saturation table</source>
            <translation>Exportar a tabela de saturação</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;Word (*.docx);;Chart as PNG, 300 dpi (*.png);;Chart as SVG (*.svg)</source>
            <translation>Excel (*.xlsx);;Word (*.docx);;Gráfico como PNG, 300 dpi (*.png);;Gráfico como SVG (*.svg)</translation>
        </message>
        <message>
            <source>Wrote {written}</source>
            <translation>Gravado: {written}</translation>
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
            <translation>palavras ou uma expressão regular como night\s+shifts?</translation>
        </message>
        <message>
            <source>a code for every unit (new or existing); empty: units only</source>
            <translation>um código para cada unidade (novo ou existente); vazio: somente unidades</translation>
        </message>
        <message>
            <source>Preview of the units to code</source>
            <translation>Pré-visualização das unidades a codificar</translation>
        </message>
        <message>
            <source>Preview shows the units before anything is changed.</source>
            <translation>A pré-visualização mostra as unidades antes de qualquer alteração.</translation>
        </message>
        <message>
            <source>Autocode by</source>
            <translation>Autocodificar por</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Falante</translation>
        </message>
        <message>
            <source>Keyword or pattern</source>
            <translation>Palavra-chave ou padrão</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pré-visualizar</translation>
        </message>
        <message>
            <source>{units}, {reused} already marked</source>
            <translation>{units}, {reused} já marcadas</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidade</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>Move with a reason</source>
            <translation>Mover com um motivo</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Novo tema</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nova categoria</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Novo código</translation>
        </message>
        <message>
            <source>Merge {codes} into “{survivor}”?

{units} will carry “{survivor}” instead; {others} will be removed.</source>
            <translation>Mesclar {codes} em “{survivor}”?

{units} passarão a ter “{survivor}”; {others} serão removidos.</translation>
        </message>
        <message>
            <source>Merge codes</source>
            <translation>Mesclar códigos</translation>
        </message>
        <message>
            <source>Keep this code (the others merge into it):</source>
            <translation>Manter este código (os outros são mesclados nele):</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Você pode desfazer isto.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete {count} items</source>
            <translation>Excluir {count} itens</translation>
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
                <numerusform>%n unidade de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Excluir %n categoria: seus códigos, com {units}, voltam para Não classificados.</numerusform>
                <numerusform>Excluir %n categorias: seus códigos, com {units}, voltam para Não classificados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n code(s): {units} will lose the code(s) (the units themselves stay).</source>
            <translation>
                <numerusform>Excluir %n código: {units} perderão o código (as unidades em si permanecem).</numerusform>
                <numerusform>Excluir %n códigos: {units} perderão os códigos (as unidades em si permanecem).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n theme(s): its categories, holding {units}, go back to Unsorted.</source>
            <translation>
                <numerusform>Excluir %n tema: suas categorias, com {units}, voltam para Não classificados.</numerusform>
                <numerusform>Excluir %n temas: suas categorias, com {units}, voltam para Não classificados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Details of the chosen item</source>
            <translation>Detalhes do item escolhido</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tabela de análise</translation>
        </message>
        <message>
            <source>Hygiene</source>
            <translation>Limpeza</translation>
        </message>
        <message>
            <source>+ Theme</source>
            <translation>+ Tema</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Novo tema</translation>
        </message>
        <message>
            <source>+ Category</source>
            <translation>+ Categoria</translation>
        </message>
        <message>
            <source>New category (in the selected theme)</source>
            <translation>Nova categoria (no tema selecionado)</translation>
        </message>
        <message>
            <source>+ Code</source>
            <translation>+ Código</translation>
        </message>
        <message>
            <source>New code (in the selected category)</source>
            <translation>Novo código (na categoria selecionada)</translation>
        </message>
        <message>
            <source>Drag a card onto a card to make a pile, onto a pile to join it; drag piles into themes. Keys: arrows, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</source>
            <translation>Arraste um cartão sobre outro para formar uma pilha, sobre uma pilha para juntá-lo a ela; arraste pilhas para os temas. Teclas: setas, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0.</translation>
        </message>
        <message>
            <source>Hygiene ({n})</source>
            <translation>Limpeza ({n})</translation>
        </message>
        <message>
            <source>Fit the sorting table</source>
            <translation>Ajustar a mesa de classificação</translation>
        </message>
        <message>
            <source>Codebook hygiene</source>
            <translation>Limpeza do livro de códigos</translation>
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message>
            <source>{name}
{units} in {documents}</source>
            <translation>{name}
{units} em {documents}</translation>
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
                <numerusform>%n unidade de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidade</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <source>Select a code, category or theme to edit it.</source>
            <translation>Selecione um código, uma categoria ou um tema para editá-lo.</translation>
        </message>
        <message>
            <source>What the code means: a sentence another reviewer could apply</source>
            <translation>O que o código significa: uma frase que outro codificador poderia aplicar</translation>
        </message>
        <message>
            <source>Use the code when…</source>
            <translation>Use o código quando…</translation>
        </message>
        <message>
            <source>Do not use it when…</source>
            <translation>Não o use quando…</translation>
        </message>
        <message>
            <source>Memo: doubts, decisions, how the code changed</source>
            <translation>Memorando: dúvidas, decisões, como o código mudou</translation>
        </message>
        <message>
            <source>Exemplar quote (from the code's own units)</source>
            <translation>Citação exemplar (das próprias unidades do código)</translation>
        </message>
        <message>
            <source>What holds this together</source>
            <translation>O que mantém isto unido</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memorando</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definição</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Critérios de inclusão</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Critérios de exclusão</translation>
        </message>
        <message>
            <source>Memo of the code</source>
            <translation>Memorando do código</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Why? An optional reason for the change you just made, kept in the codebook's version history</source>
            <translation>Por quê? Um motivo opcional para a alteração que você acabou de fazer, guardado no histórico de versões do livro de códigos</translation>
        </message>
        <message>
            <source>Reason for the last change</source>
            <translation>Motivo da última alteração</translation>
        </message>
        <message>
            <source>“{quote}” — {document}, p. {page}</source>
            <translation>“{quote}” — {document}, p. {page}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>&lt;b&gt;Select a card, a pile or a theme&lt;/b&gt; (on the table or in the tree) to edit it.</source>
            <translation>&lt;b&gt;Selecione um cartão, uma pilha ou um tema&lt;/b&gt; (na mesa ou na árvore) para editá-lo.</translation>
        </message>
        <message>
            <source>(none chosen)</source>
            <translation>(nenhuma escolhida)</translation>
        </message>
        <message>
            <source>(the code has no meaning units yet)</source>
            <translation>(o código ainda não tem unidades de significado)</translation>
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Code this unit</source>
            <translation>Codificar esta unidade</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Nome do código</translation>
        </message>
        <message>
            <source>Type to filter the codes or to name a new one; Enter assigns it.</source>
            <translation>Digite para filtrar os códigos ou para nomear um novo; Enter o atribui.</translation>
        </message>
        <message>
            <source>Type a code name…</source>
            <translation>Digite o nome de um código…</translation>
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
            <translation>Enter atribui · um nome novo cria o código · um código com ✓ é removido · Esc fecha</translation>
        </message>
        <message>
            <source>From the note: “{from_note}”</source>
            <translation>Da nota: “{from_note}”</translation>
        </message>
        <message>
            <source>Take the code's name from your note (Alt+N); edit it before pressing Enter</source>
            <translation>Usar sua nota como nome do código (Alt+N); edite-o antes de pressionar Enter</translation>
        </message>
        <message>
            <source>Remove this code from the unit</source>
            <translation>Remover este código da unidade</translation>
        </message>
        <message>
            <source>Assign this code</source>
            <translation>Atribuir este código</translation>
        </message>
        <message>
            <source>＋ Create code “{name}”</source>
            <translation>＋ Criar o código “{name}”</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeModel</name>
        <message>
            <source>Drop here to take items out of their theme or category</source>
            <translation>Solte aqui para tirar itens do seu tema ou categoria</translation>
        </message>
    </context>
    <context>
        <name>CodebookTreeView</name>
        <message>
            <source>Codebook tree</source>
            <translation>Árvore do livro de códigos</translation>
        </message>
        <message>
            <source>Themes, categories and codes. F2 renames, Ctrl+M moves the chosen item, Delete deletes it.</source>
            <translation>Temas, categorias e códigos. F2 renomeia, Ctrl+M move o item escolhido, Delete o exclui.</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Novo tema</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nova categoria</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Novo código</translation>
        </message>
        <message>
            <source>New category in this theme</source>
            <translation>Nova categoria neste tema</translation>
        </message>
        <message>
            <source>New code in this category</source>
            <translation>Novo código nesta categoria</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Renomear	F2</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Cor…</translation>
        </message>
        <message>
            <source>Move to…	Ctrl+M</source>
            <translation>Mover para…	Ctrl+M</translation>
        </message>
        <message>
            <source>Merge selected codes…</source>
            <translation>Mesclar os códigos selecionados…</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Excluir…	Del</translation>
        </message>
    </context>
    <context>
        <name>CodebookVersionsDialog</name>
        <message>
            <source>Codebook versions</source>
            <translation>Versões do livro de códigos</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>Registrada por</translation>
        </message>
        <message>
            <source>&amp;Keep this version…</source>
            <translation>&amp;Guardar esta versão…</translation>
        </message>
        <message>
            <source>Keep the codebook as it is now as a named version</source>
            <translation>Guardar o livro de códigos como está agora, como uma versão com nome</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Comparar a partir da versão</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Comparar com a versão</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Depois</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Changes between the two versions</source>
            <translation>Alterações entre as duas versões</translation>
        </message>
        <message>
            <source>Versions kept at milestones (Lectio also keeps one before each merge)</source>
            <translation>Versões guardadas em marcos (o Lectio também guarda uma antes de cada mesclagem)</translation>
        </message>
        <message>
            <source>Compare from</source>
            <translation>Comparar de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <source>you</source>
            <translation>você</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>o livro de códigos atual</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Guardar esta versão</translation>
        </message>
        <message>
            <source>Name of the milestone (e.g. “after pilot coding”):</source>
            <translation>Nome do marco (p. ex., “após a codificação piloto”):</translation>
        </message>
        <message>
            <source>Keep a version to compare it with later ones.</source>
            <translation>Guarde uma versão para compará-la com as posteriores.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n alteração</numerusform>
                <numerusform>%n alterações</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge conflicts — decide each one</source>
            <translation>Conflitos de mesclagem — decida cada um</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>Manter a &amp;nossa</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Usar a &amp;deles</translation>
        </message>
        <message>
            <source>The same item was changed in both files, or deleted in one and edited in the other. Nothing was overwritten: choose which version stays.</source>
            <translation>O mesmo item foi alterado nos dois arquivos, ou excluído em um e editado no outro. Nada foi sobrescrito: escolha qual versão permanece.</translation>
        </message>
    </context>
    <context>
        <name>ConsensusView</name>
        <message>
            <source>Show resolved</source>
            <translation>Mostrar resolvidas</translation>
        </message>
        <message>
            <source>Only documents both coded</source>
            <translation>Somente documentos codificados por ambos</translation>
        </message>
        <message>
            <source>Leave out documents one of the two reviewers has not coded at all</source>
            <translation>Deixar de fora documentos que um dos dois codificadores não codificou</translation>
        </message>
        <message>
            <source>Adopt identical units</source>
            <translation>Adotar unidades idênticas</translation>
        </message>
        <message>
            <source>Copy every unit both reviewers made identically into the consensus layer</source>
            <translation>Copiar para a camada de consenso cada unidade que os dois codificadores fizeram de forma idêntica</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>with</source>
            <translation>com</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Divergência</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rationale: why the two of you settled it this way (kept in the log)</source>
            <translation>Justificativa: por que vocês resolveram desta forma (guardada no registro)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Next unresolved (F8)</source>
            <translation>Próxima não resolvida (F8)</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Divergências</translation>
        </message>
        <message>
            <source>Each disagreement between the two reviewers and whether it is settled.</source>
            <translation>Cada divergência entre os dois codificadores e se ela está resolvida.</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificativa</translation>
        </message>
        <message>
            <source>Why the two of you settled it this way; kept in the log.</source>
            <translation>Por que vocês resolveram desta forma; guardado no registro.</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>Agreement figures</source>
            <translation>Valores de concordância</translation>
        </message>
        <message>
            <source>{text} (consensus)</source>
            <translation>{text} (consenso)</translation>
        </message>
        <message>
            <source>Next unresolved disagreement</source>
            <translation>Próxima divergência não resolvida</translation>
        </message>
        <message>
            <source>Previous disagreement</source>
            <translation>Divergência anterior</translation>
        </message>
        <message>
            <source>Shift+F8</source>
            <translation>Shift+F8</translation>
        </message>
        <message>
            <source>Choose two different reviewers to compare.</source>
            <translation>Escolha dois codificadores diferentes para comparar.</translation>
        </message>
        <message>
            <source>✓ resolved</source>
            <translation>✓ resolvida</translation>
        </message>
        <message>
            <source>open</source>
            <translation>em aberto</translation>
        </message>
        <message>
            <source>{value}
{a_name} vs {b_name}
{words}</source>
            <translation>{value}
{a_name} × {b_name}
{words}</translation>
        </message>
        <message>
            <source>&lt;i&gt;No disagreement selected.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Nenhuma divergência selecionada.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;Nothing to settle: the two reviewers agree everywhere they coded.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Nada a resolver: os dois codificadores concordam em tudo o que codificaram.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</source>
            <translation>&lt;h3 style='margin:0'&gt;{label}&lt;/h3&gt;{document_name}</translation>
        </message>
        <message>
            <source> · overlap {share}</source>
            <translation> · sobreposição {share}</translation>
        </message>
        <message>
            <source>Accept {name}</source>
            <translation>Aceitar {name}</translation>
        </message>
        <message>
            <source> (no unit)</source>
            <translation> (sem unidade)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Settled:&lt;/b&gt; {get} by {decided_by} on {replace}</source>
            <translation>&lt;b&gt;Resolvida:&lt;/b&gt; {get} por {decided_by} em {replace}</translation>
        </message>
        <message>
            <source>Adopted {value} identical unit(s) into the consensus layer</source>
            <translation>{value} unidade(s) idêntica(s) adotada(s) na camada de consenso</translation>
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
            <translation>Mostrar documentos por status de leitura</translation>
        </message>
        <message>
            <source>Each document with a marker per reading pass. Enter opens the chosen document, F2 renames it, Delete removes it, Shift+Delete deletes it permanently.</source>
            <translation>Cada documento com um marcador por etapa de leitura. Enter abre o documento escolhido, F2 o renomeia, Delete o remove, Shift+Delete o exclui permanentemente.</translation>
        </message>
        <message>
            <source>○ not started   ◐ in progress   ● done</source>
            <translation>○ não iniciado   ◐ em andamento   ● concluído</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Renomear	F2</translation>
        </message>
        <message>
            <source>Remove…	Del</source>
            <translation>Remover…	Del</translation>
        </message>
        <message>
            <source>Delete permanently (withdrawn consent)…	Shift+Del</source>
            <translation>Excluir permanentemente (consentimento retirado)…	Shift+Del</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Pass {col} – {value}: {status_word}</source>
            <translation>Etapa {col} – {value}: {status_word}</translation>
        </message>
        <message>
            <source>{name}
{chars} characters, {pages}
F2 renames it, Delete removes it</source>
            <translation>{name}
{chars} caracteres, {pages}
F2 renomeia, Delete remove</translation>
        </message>
        <message>
            <source>pass {number} {status}</source>
            <translation>etapa {number} {status}</translation>
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
            <translation>Exportar o dossiê de fidedignidade</translation>
        </message>
        <message>
            <source>Only part of the audit trail</source>
            <translation>Somente parte da trilha de auditoria</translation>
        </message>
        <message>
            <source>Limit the audit trail to a date range</source>
            <translation>Limitar a trilha de auditoria a um período</translation>
        </message>
        <message>
            <source>Audit trail from</source>
            <translation>Trilha de auditoria de</translation>
        </message>
        <message>
            <source>Audit trail until</source>
            <translation>Trilha de auditoria até</translation>
        </message>
        <message>
            <source>Bootstrap resamples for alpha's confidence interval</source>
            <translation>Reamostragens bootstrap para o intervalo de confiança de alfa</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos do Word (*.docx)</translation>
        </message>
        <message>
            <source>COREQ and SRQR filled from the study, the audit trail, the codebook's versions, the intercoder reliability plan and results, and a methods paragraph.</source>
            <translation>COREQ e SRQR preenchidos a partir do estudo, da trilha de auditoria, das versões do livro de códigos, do plano e dos resultados de confiabilidade entre codificadores, e um parágrafo de métodos.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <source>Audit trail days</source>
            <translation>Dias da trilha de auditoria</translation>
        </message>
        <message>
            <source>Bootstrap &amp;resamples</source>
            <translation>&amp;Reamostragens bootstrap</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Salvar como</translation>
        </message>
    </context>
    <context>
        <name>EditConflictPanel</name>
        <message>
            <source>Edit conflict</source>
            <translation>Conflito de edição</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Manter a minha</translation>
        </message>
        <message>
            <source>Save your text over theirs</source>
            <translation>Salvar seu texto por cima da outra versão</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Usar a deles</translation>
        </message>
        <message>
            <source>Show their version in the fields and drop your text</source>
            <translation>Mostrar a outra versão nos campos e descartar seu texto</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>A outra versão</translation>
        </message>
        <message>
            <source>{who} saved this code at {when}, while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} salvou este código em {when}, enquanto você o editava. Nada foi sobrescrito: seu texto continua no campo.</translation>
        </message>
        <message>
            <source>{who} saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>{who} salvou este código enquanto você o editava. Nada foi sobrescrito: seu texto continua no campo.</translation>
        </message>
        <message>
            <source>Someone else saved this code while you were editing it. Nothing was overwritten: your text is still in the field.</source>
            <translation>Outra pessoa salvou este código enquanto você o editava. Nada foi sobrescrito: seu texto continua no campo.</translation>
        </message>
        <message>
            <source>Their version ({who})</source>
            <translation>A outra versão ({who})</translation>
        </message>
        <message>
            <source>Theirs: {field}</source>
            <translation>A outra versão: {field}</translation>
        </message>
    </context>
    <context>
        <name>EditConsensusDialog</name>
        <message>
            <source>Edit the consensus unit</source>
            <translation>Editar a unidade de consenso</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Trecho</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit.</source>
            <translation>Selecione as palavras da unidade de consenso.</translation>
        </message>
        <message>
            <source>Codes of the consensus unit</source>
            <translation>Códigos da unidade de consenso</translation>
        </message>
        <message>
            <source>Select the words of the consensus unit, then tick its codes.</source>
            <translation>Selecione as palavras da unidade de consenso e depois marque seus códigos.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{title}: cancelled; the study is unchanged</source>
            <translation>{title}: cancelado; o estudo não foi alterado</translation>
        </message>
        <message>
            <source>The reviewer copy was cancelled; no file was written</source>
            <translation>A cópia para codificador foi cancelada; nenhum arquivo foi gravado</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{title} cancelled; nothing was written</source>
            <translation>{title} cancelado; nada foi gravado</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All reviewers</source>
            <translation>Todos os codificadores</translation>
        </message>
        <message>
            <source>Consensus layer</source>
            <translation>Camada de consenso</translation>
        </message>
        <message>
            <source>{name} only</source>
            <translation>Somente {name}</translation>
        </message>
        <message>
            <source>Include numbers of meaning units and documents</source>
            <translation>Incluir o número de unidades de significado e de documentos</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Todas as unidades de significado</translation>
        </message>
        <message>
            <source>Only units of query {0}</source>
            <translation>Somente as unidades da consulta {0}</translation>
        </message>
        <message>
            <source>Reviewer &amp;layer</source>
            <translation>&amp;Camada do codificador</translation>
        </message>
        <message>
            <source>&amp;Meaning units</source>
            <translation>&amp;Unidades de significado</translation>
        </message>
        <message>
            <source>Exemplar &amp;quotes per code</source>
            <translation>Citações &amp;exemplares por código</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Salvar como</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this document</source>
            <translation>Localizar neste documento</translation>
        </message>
        <message>
            <source>Enter goes to the next match, Escape closes the find bar.</source>
            <translation>Enter vai para a próxima ocorrência, Escape fecha a barra de localização.</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Ocorrência anterior (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Próxima ocorrência (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fechar (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Localizar:</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>{count} encontrada(s)</translation>
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
            <translation>Verificações do livro de códigos</translation>
        </message>
        <message>
            <source>Press Enter to show the code, category or theme a check names.</source>
            <translation>Pressione Enter para mostrar o código, a categoria ou o tema que uma verificação aponta.</translation>
        </message>
        <message>
            <source>{finding} — {hint}</source>
            <translation>{finding} — {hint}</translation>
        </message>
        <message>
            <source>The codebook is tidy: nothing to report.</source>
            <translation>O livro de códigos está em ordem: nada a relatar.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to look at:</source>
            <translation>
                <numerusform>%n ponto a verificar:</numerusform>
                <numerusform>%n pontos a verificar:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import cancelled; the study is unchanged</source>
            <translation>Importação cancelada; o estudo não foi alterado</translation>
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
            <translation>Este arquivo</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos os arquivos</translation>
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
            <translation>{title} — cancelando…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Novo projeto…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>A&amp;brir…</translation>
        </message>
        <message>
            <source>Open &amp;team study…</source>
            <translation>Abrir es&amp;tudo de equipe…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recente</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>Abrir o estudo de &amp;demonstração</translation>
        </message>
        <message>
            <source>&amp;Import documents…</source>
            <translation>&amp;Importar documentos…</translation>
        </message>
        <message>
            <source>Import from another &amp;QDA program</source>
            <translation>Importar de outro programa &amp;QDA</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>&amp;Projeto REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;codebook (.qdc)…</source>
            <translation>&amp;Livro de códigos REFI-QDA (.qdc)…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Study &amp;properties…</source>
            <translation>P&amp;ropriedades do estudo…</translation>
        </message>
        <message>
            <source>Create &amp;reviewer copy…</source>
            <translation>Criar &amp;cópia para codificador…</translation>
        </message>
        <message>
            <source>&amp;Merge reviewer's file…</source>
            <translation>&amp;Mesclar o arquivo de um codificador…</translation>
        </message>
        <message>
            <source>Te&amp;am…</source>
            <translation>Eq&amp;uipe…</translation>
        </message>
        <message>
            <source>S&amp;ync with the team server</source>
            <translation>Sincr&amp;onizar com o servidor da equipe</translation>
        </message>
        <message>
            <source>&amp;Close project</source>
            <translation>&amp;Fechar projeto</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Re&amp;viewers…</source>
            <translation>&amp;Codificadores…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Pre&amp;ferências…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guia</translation>
        </message>
        <message>
            <source>&amp;About Lectio</source>
            <translation>&amp;Sobre o Lectio</translation>
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
            <translation>De quem é a camada que você está lendo e codificando (Ctrl+R)</translation>
        </message>
        <message>
            <source>Choose reviewer</source>
            <translation>Escolher codificador</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>&amp;Undo {undoText}</source>
            <translation>&amp;Desfazer {undoText}</translation>
        </message>
        <message>
            <source>&amp;Redo {redoText}</source>
            <translation>&amp;Refazer {redoText}</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Não é possível abrir o projeto</translation>
        </message>
        <message>
            <source>Updated from file format {migrated_from}; the old file is kept as {backup_path}</source>
            <translation>Atualizado a partir do formato de arquivo {migrated_from}; o arquivo antigo foi mantido como {backup_path}</translation>
        </message>
        <message>
            <source>Lectio</source>
            <translation>Lectio</translation>
        </message>
        <message>
            <source>Working as {currentText} — choose your own name in the Reviewer box (Ctrl+R)</source>
            <translation>Trabalhando como {currentText} — escolha seu próprio nome no campo Codificador (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reviewer: {currentText}  </source>
            <translation>Codificador: {currentText}  </translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Nenhum projeto aberto</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>somente leitura</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>salvo</translation>
        </message>
        <message>
            <source>{path}
Every change is saved as you make it.</source>
            <translation>{path}
Cada alteração é salva assim que é feita.</translation>
        </message>
        <message>
            <source>Open a Lectio project</source>
            <translation>Abrir um projeto do Lectio</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio);;All files (*)</source>
            <translation>Projetos do Lectio (*.lectio);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Cannot create the project</source>
            <translation>Não é possível criar o projeto</translation>
        </message>
        <message>
            <source>Cannot write the demo study</source>
            <translation>Não é possível gravar o estudo de demonstração</translation>
        </message>
        <message>
            <source>    Opening {name}…</source>
            <translation>    Abrindo {name}…</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Abrindo {name}…</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move {what} to…</source>
            <translation>Mover {what} para…</translation>
        </message>
        <message>
            <source>Filter the places</source>
            <translation>Filtrar os destinos</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Digite para filtrar</translation>
        </message>
        <message>
            <source>Places to move to</source>
            <translation>Destinos para onde mover</translation>
        </message>
        <message>
            <source>Why? An optional reason, kept in the codebook's version history</source>
            <translation>Por quê? Um motivo opcional, guardado no histórico de versões do livro de códigos</translation>
        </message>
        <message>
            <source>Reason for the move</source>
            <translation>Motivo da movimentação</translation>
        </message>
    </context>
    <context>
        <name>NetworkChart</name>
        <message>
            <source>No two codes share a unit.</source>
            <translation>Nenhum par de códigos compartilha uma unidade.</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>Novo projeto</translation>
        </message>
        <message>
            <source>e.g. Care partnerships at home</source>
            <translation>p. ex., Parcerias de cuidado no domicílio</translation>
        </message>
        <message>
            <source>The research question this analysis answers</source>
            <translation>A pergunta de pesquisa que esta análise responde</translation>
        </message>
        <message>
            <source>New study.lectio</source>
            <translation>Novo estudo.lectio</translation>
        </message>
        <message>
            <source>Save the new project as</source>
            <translation>Salvar o novo projeto como</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Projetos do Lectio (*.lectio)</translation>
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
            <translation>&amp;Pergunta de pesquisa</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Seu &amp;nome</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Salvar como</translation>
        </message>
        <message>
            <source>New study</source>
            <translation>Novo estudo</translation>
        </message>
    </context>
    <context>
        <name>NotesMargin</name>
        <message>
            <source>Unit {value}</source>
            <translation>Unidade {value}</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (somente leitura)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N: add a note · Ctrl+K: code</source>
            <translation>Ctrl+Shift+N: adicionar uma nota · Ctrl+K: codificar</translation>
        </message>
        <message>
            <source>Double-click to edit this note; right-click for more</source>
            <translation>Clique duas vezes para editar esta nota; clique com o botão direito para mais opções</translation>
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
            <translation>Cada falante com sua função e seus atributos; F2 edita uma célula.</translation>
        </message>
        <message>
            <source>Leave interviewer turns out of meaning units</source>
            <translation>Deixar as falas do entrevistador fora das unidades de significado</translation>
        </message>
        <message>
            <source>Interviewer turns are shown dimmed in the reader and skipped when you make a unit or autocode by keyword or pattern</source>
            <translation>As falas do entrevistador aparecem esmaecidas no leitor e são ignoradas quando você cria uma unidade ou autocodifica por palavra-chave ou padrão</translation>
        </message>
        <message>
            <source>add</source>
            <translation>add</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Adicionar participante…</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>Merge selected</source>
            <translation>Mesclar selecionados</translation>
        </message>
        <message>
            <source>attribute</source>
            <translation>attribute</translation>
        </message>
        <message>
            <source>Add attribute…</source>
            <translation>Adicionar atributo…</translation>
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
            <translation>Atribuir documento…</translation>
        </message>
        <message>
            <source>No participants yet. Import a transcript (.vtt, .srt, a Teams/Otter .docx or .txt) and its speakers appear here, or add participants and import their attributes from a CSV or Excel table.</source>
            <translation>Ainda não há participantes. Importe uma transcrição (.vtt, .srt, um .docx do Teams/Otter ou .txt) e os falantes aparecerão aqui, ou adicione participantes e importe seus atributos de uma tabela CSV ou Excel.</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Adicionar participante</translation>
        </message>
        <message>
            <source>Name or code:</source>
            <translation>Nome ou código:</translation>
        </message>
        <message>
            <source>Select the two rows that are the same person (the first is kept)</source>
            <translation>Selecione as duas linhas que são a mesma pessoa (a primeira é mantida)</translation>
        </message>
        <message>
            <source>Merge participants</source>
            <translation>Mesclar participantes</translation>
        </message>
        <message>
            <source>{name} is the same person as {name2}?

Every turn and document of {name} goes to {name2}, and {name} is removed.</source>
            <translation>{name} é a mesma pessoa que {name2}?

Cada fala e documento de {name} passa para {name2}, e {name} é removido.</translation>
        </message>
        <message>
            <source>Add attribute</source>
            <translation>Adicionar atributo</translation>
        </message>
        <message>
            <source>Attribute name (for example Age, Site, Role):</source>
            <translation>Nome do atributo (por exemplo Idade, Local, Função):</translation>
        </message>
        <message>
            <source>Type of {name}:</source>
            <translation>Tipo de {name}:</translation>
        </message>
        <message>
            <source>The values, separated by commas:</source>
            <translation>Os valores, separados por vírgulas:</translation>
        </message>
        <message>
            <source>Import attributes</source>
            <translation>Importar atributos</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx)</source>
            <translation>Tabelas (*.csv *.xlsx)</translation>
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
            <translation>Gravado: {path}</translation>
        </message>
        <message>
            <source>Select the participant the document belongs to</source>
            <translation>Selecione o participante a quem o documento pertence</translation>
        </message>
        <message>
            <source>Assign document</source>
            <translation>Atribuir documento</translation>
        </message>
        <message>
            <source>Document that belongs to {name}:</source>
            <translation>Documento que pertence a {name}:</translation>
        </message>
        <message>
            <source>Autocode…</source>
            <translation>Autocodificar…</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s). Double-click a cell to edit it; select two rows and Merge when one person appears under two labels (the first row is kept).</source>
            <translation>
                <numerusform>%n participante. Clique duas vezes em uma célula para editá-la; selecione duas linhas e clique em Mesclar quando uma mesma pessoa aparecer com dois rótulos (a primeira linha é mantida).</numerusform>
                <numerusform>%n participantes. Clique duas vezes em uma célula para editá-la; selecione duas linhas e clique em Mesclar quando uma mesma pessoa aparecer com dois rótulos (a primeira linha é mantida).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PileItem</name>
        <message>
            <source>Category: {name}</source>
            <translation>Categoria: {name}</translation>
        </message>
        <message>
            <source>{codes} · {units}</source>
            <translation>{codes} · {units}</translation>
        </message>
        <message>
            <source>drop cards here</source>
            <translation>solte os cartões aqui</translation>
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
                <numerusform>%n unidade</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>The colours of the window. High contrast has white text on black and meets WCAG AA contrast.</source>
            <translation>As cores da janela. Alto contraste tem texto branco sobre preto e atende ao nível de contraste AA da WCAG.</translation>
        </message>
        <message>
            <source>Dark and light follow the system unless you choose one here.</source>
            <translation>Escuro e claro seguem o sistema, a menos que você escolha um aqui.</translation>
        </message>
        <message>
            <source>Language of the window</source>
            <translation>Idioma da janela</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>O idioma do sistema</translation>
        </message>
        <message>
            <source>Lectio shows the new language when it starts again. The language of a study's exported documents is set in File › Study properties…</source>
            <translation>O Lectio mostrará o novo idioma quando for iniciado novamente. O idioma dos documentos exportados de um estudo é definido em Arquivo › Propriedades do estudo…</translation>
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
            <translation>Pseudonimizar o estudo</translation>
        </message>
        <message>
            <source>Every participant's name becomes a code (P01, P02 …; interviewers I01 …), and every name or place listed below becomes [name] — or the code you give after '=' (St Mary's = [hospital]). Meaning units stay on their words. The key (code → real name) goes to a file you choose; it is never stored in the study.</source>
            <translation>O nome de cada participante vira um código (P01, P02…; entrevistadores I01…), e cada nome ou lugar listado abaixo vira [name] — ou o código que você indicar após “=” (St Mary's = [hospital]). As unidades de significado permanecem sobre suas palavras. A chave (código → nome real) vai para um arquivo que você escolhe; ela nunca é armazenada no estudo.</translation>
        </message>
        <message>
            <source>Names to replace</source>
            <translation>Nomes a substituir</translation>
        </message>
        <message>
            <source>One name a line; name = [replacement] chooses the replacement.</source>
            <translation>Um nome por linha; nome = [substituto] escolhe o substituto.</translation>
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
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Replace the names in the undo history too, so earlier steps stay undoable where they can (unticked: the undo history is emptied)</source>
            <translation>Substituir os nomes também no histórico de desfazer, para que as etapas anteriores continuem podendo ser desfeitas quando possível (desmarcado: o histórico de desfazer é esvaziado)</translation>
        </message>
        <message>
            <source>Replace the names in the automatic backups made before as well ({n}); unticked, they still hold the real names</source>
            <translation>Substituir os nomes também nos backups automáticos feitos antes ({n}); desmarcado, eles continuam contendo os nomes reais</translation>
        </message>
        <message>
            <source>Pseudonymise…</source>
            <translation>Pseudonimizar…</translation>
        </message>
        <message>
            <source>Other names and places, one a line:</source>
            <translation>Outros nomes e lugares, um por linha:</translation>
        </message>
        <message>
            <source>Write the key to:</source>
            <translation>Gravar a chave em:</translation>
        </message>
        <message>
            <source>Earlier undo steps are kept with the names replaced where they still fit the text; the others can no longer be undone.</source>
            <translation>As etapas anteriores de desfazer são mantidas com os nomes substituídos quando ainda correspondem ao texto; as demais não poderão mais ser desfeitas.</translation>
        </message>
        <message>
            <source>The undo history is emptied.</source>
            <translation>O histórico de desfazer é esvaziado.</translation>
        </message>
        <message>
            <source>The names are replaced in the automatic backups made before as well.</source>
            <translation>Os nomes também são substituídos nos backups automáticos feitos antes.</translation>
        </message>
        <message>
            <source>The automatic backups beside the study still hold the real names.</source>
            <translation>Os backups automáticos ao lado do estudo ainda contêm os nomes reais.</translation>
        </message>
        <message>
            <source>The real names will be replaced throughout the study and removed from the whole file: the text, the stored original files (replaced by the pseudonymised text), the audit trail and the undo history. This cannot be undone.

{history} {backups}

Pseudonymise now?</source>
            <translation>Os nomes reais serão substituídos em todo o estudo e removidos de todo o arquivo: o texto, os arquivos originais armazenados (substituídos pelo texto pseudonimizado), a trilha de auditoria e o histórico de desfazer. Isto não pode ser desfeito.

{history} {backups}

Pseudonimizar agora?</translation>
        </message>
        <message>
            <source>Pseudonymising was cancelled; the study is unchanged</source>
            <translation>A pseudonimização foi cancelada; o estudo não foi alterado</translation>
        </message>
        <message>
            <source>Pseudonymising the study</source>
            <translation>Pseudonimizando o estudo</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements in {documents} documents.</source>
            <translation>Pseudonimizado: {names} nomes, {replacements} substituições em {documents} documentos.</translation>
        </message>
        <message>
            <source>Undo history: {kept} steps kept with the names replaced; {lost} steps can no longer be undone.</source>
            <translation>Histórico de desfazer: {kept} etapas mantidas com os nomes substituídos; {lost} etapas não podem mais ser desfeitas.</translation>
        </message>
        <message>
            <source>Undo history: {lost} steps can no longer be undone.</source>
            <translation>Histórico de desfazer: {lost} etapas não podem mais ser desfeitas.</translation>
        </message>
        <message>
            <source>Backup {file}: the names are replaced.</source>
            <translation>Backup {file}: os nomes foram substituídos.</translation>
        </message>
        <message>
            <source>Backup {file}: NOT changed ({reason}); delete it before sharing.</source>
            <translation>Backup {file}: NÃO alterado ({reason}); exclua-o antes de compartilhar.</translation>
        </message>
        <message>
            <source>Backup {file} still holds the real names.</source>
            <translation>O backup {file} ainda contém os nomes reais.</translation>
        </message>
        <message>
            <source>Pseudonymised</source>
            <translation>Pseudonimizado</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Arquivo da chave</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Pseudonymise — this is final</source>
            <translation>Pseudonimizar — isto é definitivo</translation>
        </message>
        <message>
            <source>Choose the file the key is written to</source>
            <translation>Escolha o arquivo em que a chave será gravada</translation>
        </message>
        <message>
            <source>Pseudonymised: {names} names, {replacements} replacements</source>
            <translation>Pseudonimizado: {names} nomes, {replacements} substituições</translation>
        </message>
    </context>
    <context>
        <name>QueryFilter</name>
        <message>
            <source>Show only the meaning units a saved coding query selects (save queries in Analysis › Coding queries)</source>
            <translation>Mostrar somente as unidades de significado que uma consulta de codificação salva seleciona (salve consultas em Análise › Consultas de codificação)</translation>
        </message>
        <message>
            <source>Show every meaning unit again (Esc)</source>
            <translation>Mostrar todas as unidades de significado novamente (Esc)</translation>
        </message>
        <message>
            <source>Clear the query filter</source>
            <translation>Limpar o filtro de consulta</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Every meaning unit</source>
            <translation>Todas as unidades de significado</translation>
        </message>
        <message>
            <source>Query: {0}</source>
            <translation>Consulta: {0}</translation>
        </message>
        <message>
            <source>Cannot run the query {0}: {1}</source>
            <translation>Não é possível executar a consulta {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <source>Showing the %n meaning unit(s) of the query {0}</source>
            <translation>
                <numerusform>Mostrando %n unidade de significado da consulta {0}</numerusform>
                <numerusform>Mostrando %n unidades de significado da consulta {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Document text</source>
            <translation>Texto do documento</translation>
        </message>
        <message>
            <source>{text} — {unit} (of {count})</source>
            <translation>{text} — {unit} (de {count})</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditing</name>
        <message>
            <source>Select the words of the unit first, then press M</source>
            <translation>Selecione primeiro as palavras da unidade e depois pressione M</translation>
        </message>
        <message>
            <source>Interviewer turns are left out of meaning units (Participants › setting)</source>
            <translation>As falas do entrevistador ficam fora das unidades de significado (configuração em Participantes)</translation>
        </message>
        <message>
            <source>That unit belongs to another reviewer and is read-only here</source>
            <translation>Essa unidade pertence a outro codificador e é somente leitura aqui</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then add a note</source>
            <translation>Vá primeiro para uma de suas unidades (N / P) e depois adicione uma nota</translation>
        </message>
        <message>
            <source>This unit has no notes of yours</source>
            <translation>Esta unidade não tem notas suas</translation>
        </message>
        <message>
            <source>Move to one of your units first (N / P), then code it</source>
            <translation>Vá primeiro para uma de suas unidades (N / P) e depois codifique-a</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Editar nota…</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Excluir nota</translation>
        </message>
        <message>
            <source>Create code from this note…</source>
            <translation>Criar código a partir desta nota…</translation>
        </message>
    </context>
    <context>
        <name>ReaderEditor</name>
        <message>
            <source>Create meaning unit</source>
            <translation>Criar unidade de significado</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Adicionar nota</translation>
        </message>
        <message>
            <source>A thought, an impression, a first analysis…</source>
            <translation>Uma ideia, uma impressão, uma primeira análise…</translation>
        </message>
        <message>
            <source>Which note?</source>
            <translation>Qual nota?</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Excluir nota</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Adicionar nota…</translation>
        </message>
        <message>
            <source>Code unit…</source>
            <translation>Codificar unidade…</translation>
        </message>
        <message>
            <source>Remove code “{name}”</source>
            <translation>Remover o código “{name}”</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeiras impressões</translation>
        </message>
        <message>
            <source>Your first impressions of &lt;b&gt;{value}&lt;/b&gt;</source>
            <translation>Suas primeiras impressões de &lt;b&gt;{value}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What strikes you on a first reading?</source>
            <translation>O que chama sua atenção numa primeira leitura?</translation>
        </message>
    </context>
    <context>
        <name>ReaderText</name>
        <message>
            <source>Document text</source>
            <translation>Texto do documento</translation>
        </message>
        <message>
            <source>Select words with Shift and the arrow keys; Enter makes a meaning unit of the selection in passes 2 and 3.</source>
            <translation>Selecione palavras com Shift e as setas; Enter cria uma unidade de significado a partir da seleção nas etapas 2 e 3.</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Mark done</source>
            <translation>Marcar como concluído</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeiras impressões</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Outros</translation>
        </message>
        <message>
            <source>No documents yet — File › Import documents (Ctrl+I)</source>
            <translation>Ainda não há documentos — Arquivo › Importar documentos (Ctrl+I)</translation>
        </message>
        <message>
            <source>Pass {pass_no}: {value} {status_word}</source>
            <translation>Etapa {pass_no}: {value} {status_word}</translation>
        </message>
        <message>
            <source>{format_duration} read</source>
            <translation>{format_duration} de leitura</translation>
        </message>
        <message>
            <source>not timed yet</source>
            <translation>tempo ainda não registrado</translation>
        </message>
        <message>
            <source>Pass {pass_no} – {value}
</source>
            <translation>Etapa {pass_no} – {value}
</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Concluído ✓</translation>
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
                <numerusform>%n unidade</numerusform>
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
            <translation>Importar &lt;b&gt;{name}&lt;/b&gt; para este estudo. As codificações ficam sobre as palavras que o outro programa marcou; se parecerem deslocadas um ou dois caracteres, importe novamente e escolha como aquele programa contava as posições.</translation>
        </message>
        <message>
            <source>Selection positions:</source>
            <translation>Posições da seleção:</translation>
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
            <translation>Localizar e substituir</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Localizar</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Substituir por</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation>E&amp;xpressão regular</translation>
        </message>
        <message>
            <source>Where to replace</source>
            <translation>Onde substituir</translation>
        </message>
        <message>
            <source>In this document</source>
            <translation>Neste documento</translation>
        </message>
        <message>
            <source>In every document of the study</source>
            <translation>Em todos os documentos do estudo</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Pré-visualizar</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Substituir</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Every place that would change</source>
            <translation>Cada local que seria alterado</translation>
        </message>
        <message>
            <source>Preview shows every place before anything changes.</source>
            <translation>A pré-visualização mostra cada local antes de qualquer alteração.</translation>
        </message>
        <message>
            <source>&amp;Replace the ticked places</source>
            <translation>&amp;Substituir nos locais marcados</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Localizar</translation>
        </message>
        <message>
            <source>Replace &amp;with</source>
            <translation>Substituir p&amp;or</translation>
        </message>
        <message>
            <source>{count} place(s) in {count2} document(s); {sum} unit(s) would move and {waiting} would need review.</source>
            <translation>{count} local(is) em {count2} documento(s); {sum} unidade(s) seriam movidas e {waiting} precisariam de revisão.</translation>
        </message>
        <message>
            <source>“{text}” was not found.</source>
            <translation>“{text}” não foi encontrado.</translation>
        </message>
        <message>
            <source>Replacing was cancelled; nothing was changed</source>
            <translation>A substituição foi cancelada; nada foi alterado</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Substituindo</translation>
        </message>
        <message numerus="yes">
            <source>{label} — %n unit(s) to review</source>
            <translation>
                <numerusform>{label} — %n unidade a revisar</numerusform>
                <numerusform>{label} — %n unidades a revisar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message>
            <source>Select a code, category or theme to see its meaning units.</source>
            <translation>Selecione um código, uma categoria ou um tema para ver suas unidades de significado.</translation>
        </message>
        <message>
            <source>Meaning units of the chosen item</source>
            <translation>Unidades de significado do item escolhido</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Pressione Enter para mostrar uma unidade no leitor.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} in {documents} (click one to read it in context)</source>
            <translation>&lt;b&gt;{label}: {name}&lt;/b&gt; — {units} em {documents} (clique em uma para lê-la no contexto)</translation>
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
                <numerusform>%n unidade de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review corrected units</source>
            <translation>Revisar unidades corrigidas</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Before the correction</source>
            <translation>Antes da correção</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <source>Units a correction changed</source>
            <translation>Unidades que uma correção alterou</translation>
        </message>
        <message>
            <source>Mark &amp;selected reviewed</source>
            <translation>Marcar &amp;selecionadas como revisadas</translation>
        </message>
        <message>
            <source>Mark &amp;all reviewed</source>
            <translation>Marcar &amp;todas como revisadas</translation>
        </message>
        <message>
            <source>&amp;Delete selected units</source>
            <translation>&amp;Excluir as unidades selecionadas</translation>
        </message>
        <message>
            <source>Each unit keeps its span over the corrected words. Double-click one to see it in the text; an emptied unit lost all its words and can be deleted or re-drawn.</source>
            <translation>Cada unidade mantém sua extensão sobre as palavras corrigidas. Clique duas vezes em uma para vê-la no texto; uma unidade esvaziada perdeu todas as suas palavras e pode ser excluída ou traçada de novo.</translation>
        </message>
        <message>
            <source>(words deleted: the unit is empty)</source>
            <translation>(palavras excluídas: a unidade está vazia)</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>{count} unit(s) wait for review</source>
            <translation>{count} unidade(s) aguardando revisão</translation>
        </message>
        <message>
            <source>No corrected units wait for review.</source>
            <translation>Nenhuma unidade corrigida aguarda revisão.</translation>
        </message>
        <message>
            <source>Delete units</source>
            <translation>Excluir unidades</translation>
        </message>
        <message>
            <source>Delete {count} meaning unit(s) with their codes and notes? (Ctrl+Z undoes it.)</source>
            <translation>Excluir {count} unidade(s) de significado com seus códigos e notas? (Ctrl+Z desfaz.)</translation>
        </message>
    </context>
    <context>
        <name>ReviewerCopyDialog</name>
        <message>
            <source>Create a reviewer copy</source>
            <translation>Criar uma cópia para codificador</translation>
        </message>
        <message>
            <source>The second reviewer's name</source>
            <translation>Nome do segundo codificador</translation>
        </message>
        <message>
            <source>Blind: leave out every other reviewer's meaning units, notes and codes</source>
            <translation>Cega: deixar de fora as unidades de significado, notas e códigos de todos os outros codificadores</translation>
        </message>
        <message>
            <source>Only the {count} documents drawn for double coding</source>
            <translation>Somente os {count} documentos sorteados para a dupla codificação</translation>
        </message>
        <message>
            <source>Only the documents drawn for double coding (none drawn yet)</source>
            <translation>Somente os documentos sorteados para a dupla codificação (nenhum sorteado ainda)</translation>
        </message>
        <message>
            <source>Save the copy as</source>
            <translation>Salvar a cópia como</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Projetos do Lectio (*.lectio)</translation>
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
            <translation>&amp;Salvar como</translation>
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
            <translation>Cor…</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salvar alterações</translation>
        </message>
        <message>
            <source>Name of a new reviewer</source>
            <translation>Nome de um novo codificador</translation>
        </message>
        <message>
            <source>Add reviewer</source>
            <translation>Adicionar codificador</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;Initials</source>
            <translation>&amp;Iniciais</translation>
        </message>
        <message>
            <source>{reviewer}  — consensus layer</source>
            <translation>{reviewer}  — camada de consenso</translation>
        </message>
        <message>
            <source>Reviewer colour</source>
            <translation>Cor do codificador</translation>
        </message>
    </context>
    <context>
        <name>SaturationChart</name>
        <message>
            <source>saturation at {saturation_at}</source>
            <translation>saturação em {saturation_at}</translation>
        </message>
        <message>
            <source>Documents, in {order_by} order</source>
            <translation>Documentos, em ordem de {order_by}</translation>
        </message>
        <message>
            <source>Distinct codes (cumulative)</source>
            <translation>Códigos distintos (acumulado)</translation>
        </message>
        <message>
            <source>New codes in the run (ratio)</source>
            <translation>Códigos novos na sequência (proporção)</translation>
        </message>
        <message>
            <source>distinct codes so far</source>
            <translation>códigos distintos até agora</translation>
        </message>
        <message>
            <source>ratio of new codes (run at k)</source>
            <translation>proporção de códigos novos (sequência em k)</translation>
        </message>
        <message>
            <source>threshold {value}</source>
            <translation>limiar {value}</translation>
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
            <translation>Procurar…</translation>
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
            <translation>Pesquisar no projeto</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Palavras da pesquisa</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a quoted phrase.</source>
            <translation>Palavras (rehab encontra rehabilitation) ou uma frase entre aspas.</translation>
        </message>
        <message>
            <source>Words (rehab finds rehabilitation) or a "quoted phrase"</source>
            <translation>Palavras (rehab encontra rehabilitation) ou uma "frase entre aspas"</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados da pesquisa</translation>
        </message>
        <message>
            <source>Press Enter to open a hit where it is: the reader, the codebook board or the study notes.</source>
            <translation>Pressione Enter para abrir um resultado onde ele está: o leitor, o quadro do livro de códigos ou as notas do estudo.</translation>
        </message>
        <message>
            <source>Searches text, condensed meanings, notes, memos, codes, categories and themes · ↓ to the results · Enter or click to open the place · Esc closes</source>
            <translation>Pesquisa no texto, nos significados condensados, notas, memorandos, códigos, categorias e temas · ↓ para os resultados · Enter ou clique para abrir o local · Esc fecha</translation>
        </message>
        <message>
            <source>{places} in {documents} and the codebook</source>
            <translation>{places} em {documents} e no livro de códigos</translation>
        </message>
        <message>
            <source>{places} in {documents}</source>
            <translation>{places} em {documents}</translation>
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
                <numerusform>%n local</numerusform>
                <numerusform>%n locais</numerusform>
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
            <translation>Ler, marcar unidades de significado, anotar, codificar, agrupar em categorias e temas — e chegar a um consenso com um segundo codificador.</translation>
        </message>
        <message>
            <source>Open the demo study</source>
            <translation>Abrir o estudo de demonstração</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>Novo projeto…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Abrir projeto…</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Projetos recentes</translation>
        </message>
        <message>
            <source>Press Enter to open the chosen project.</source>
            <translation>Pressione Enter para abrir o projeto escolhido.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter to open)</source>
            <translation>&lt;b&gt;Projetos recentes&lt;/b&gt; (clique duas vezes ou Enter para abrir)</translation>
        </message>
        <message>
            <source>&lt;small&gt;Version {__version__}. Everything stays on this computer: one .lectio file per study, saved as you work.&lt;/small&gt;</source>
            <translation>&lt;small&gt;Versão {__version__}. Tudo fica neste computador: um arquivo .lectio por estudo, salvo enquanto você trabalha.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>{entry}   (missing)</source>
            <translation>{entry}   (não encontrado)</translation>
        </message>
        <message>
            <source>No recent projects yet — try the demo study.</source>
            <translation>Ainda não há projetos recentes — experimente o estudo de demonstração.</translation>
        </message>
    </context>
    <context>
        <name>StudyDialog</name>
        <message>
            <source>Study properties</source>
            <translation>Propriedades do estudo</translation>
        </message>
        <message>
            <source>The question the analysis answers</source>
            <translation>A pergunta que a análise responde</translation>
        </message>
        <message>
            <source>The language of the exported Word and Excel documents (headings, methods paragraphs, numbers and dates); it may differ from the window's</source>
            <translation>O idioma dos documentos do Word e do Excel exportados (títulos, parágrafos de métodos, números e datas); pode ser diferente do da janela</translation>
        </message>
        <message>
            <source>As the window</source>
            <translation>Como a janela</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Research question:</source>
            <translation>&amp;Pergunta de pesquisa:</translation>
        </message>
        <message>
            <source>&amp;Documents in:</source>
            <translation>&amp;Documentos em:</translation>
        </message>
    </context>
    <context>
        <name>StudyGuard</name>
        <message>
            <source>No backup was written: {last_backup_error}</source>
            <translation>Nenhum backup foi gravado: {last_backup_error}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Somente leitura</translation>
        </message>
        <message>
            <source>  Read-only: {read_only_reason}. You can read, search and export; changes cannot be saved. To work in it, copy the file to a folder you can write to.</source>
            <translation>  Somente leitura: {read_only_reason}. Você pode ler, pesquisar e exportar; as alterações não podem ser salvas. Para trabalhar nele, copie o arquivo para uma pasta em que você possa gravar.</translation>
        </message>
    </context>
    <context>
        <name>StudyNotesDialog</name>
        <message>
            <source>Study notes</source>
            <translation>Notas do estudo</translation>
        </message>
        <message>
            <source>Memos on the study and its documents, first impressions and titled notes; choose one to edit it below.</source>
            <translation>Memorandos sobre o estudo e seus documentos, primeiras impressões e notas com título; escolha um item para editá-lo abaixo.</translation>
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
            <translation>Data</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>The study has no notes yet. Notes imported from another QDA program, memos on the study and first impressions appear here; New note adds one.</source>
            <translation>O estudo ainda não tem notas. Notas importadas de outro programa de QDA, memorandos sobre o estudo e primeiras impressões aparecem aqui; Nova nota adiciona uma.</translation>
        </message>
        <message>
            <source>Title of the note</source>
            <translation>Título da nota</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>O texto da nota</translation>
        </message>
        <message>
            <source>Text of the note</source>
            <translation>Texto da nota</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nova nota</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Excluir</translation>
        </message>
        <message>
            <source>Delete the chosen note (Edit › Undo brings it back)</source>
            <translation>Excluir a nota escolhida (Editar › Desfazer a traz de volta)</translation>
        </message>
        <message>
            <source>The study</source>
            <translation>O estudo</translation>
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
            <translation>Categoria {name}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Tema {name}</translation>
        </message>
        <message>
            <source>First impressions</source>
            <translation>Primeiras impressões</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memorando</translation>
        </message>
        <message>
            <source>{author}, {date}</source>
            <translation>{author}, {date}</translation>
        </message>
        <message>
            <source>unknown author</source>
            <translation>autor desconhecido</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nova nota</translation>
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
            <translation>Texto do documento</translation>
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
            <translation>Conflitos de sincronização — decida</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Manter a minha</translation>
        </message>
        <message>
            <source>Send this copy's version of the selected item to the server</source>
            <translation>Enviar ao servidor a versão desta cópia do item selecionado</translation>
        </message>
        <message>
            <source>T&amp;ake the server's</source>
            <translation>&amp;Usar a do servidor</translation>
        </message>
        <message>
            <source>Replace this copy's version of the selected item with the server's</source>
            <translation>Substituir a versão desta cópia do item selecionado pela do servidor</translation>
        </message>
        <message>
            <source>Send &amp;this copy's versions</source>
            <translation>Enviar as versões des&amp;ta cópia</translation>
        </message>
        <message>
            <source>Take the &amp;server's versions</source>
            <translation>Usar as versões do &amp;servidor</translation>
        </message>
        <message>
            <source>The selected item:</source>
            <translation>O item selecionado:</translation>
        </message>
        <message>
            <source>All at once:</source>
            <translation>Todos de uma vez:</translation>
        </message>
        <message>
            <source>That item was changed on the server meanwhile, or settled already; nothing was changed. The list now shows the conflicts as they are.</source>
            <translation>Esse item foi alterado no servidor nesse meio-tempo ou já estava resolvido; nada foi alterado. A lista agora mostra os conflitos como estão.</translation>
        </message>
    </context>
    <context>
        <name>TableScene</name>
        <message>
            <source>{piles} into theme {theme}</source>
            <translation>{piles} para o tema {theme}</translation>
        </message>
        <message>
            <source>{piles} out of their theme</source>
            <translation>{piles} para fora do seu tema</translation>
        </message>
        <message>
            <source>New pile</source>
            <translation>Nova pilha</translation>
        </message>
        <message>
            <source>New pile {n}</source>
            <translation>Nova pilha {n}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Mover %n cartão</numerusform>
                <numerusform>Mover %n cartões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>Mover %n item</numerusform>
                <numerusform>Mover %n itens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pile(s)</source>
            <translation>
                <numerusform>Mover %n pilha</numerusform>
                <numerusform>Mover %n pilhas</numerusform>
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
                <numerusform>Tirar %n cartão da pilha</numerusform>
                <numerusform>Tirar %n cartões da pilha</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableView</name>
        <message>
            <source>Code cards in piles and theme areas. Tab and Shift+Tab go from card to card, Enter opens the card's meaning units, M moves it to another pile or theme, the arrow keys nudge it.</source>
            <translation>Cartões de códigos em pilhas e áreas de tema. Tab e Shift+Tab vão de cartão em cartão, Enter abre as unidades de significado do cartão, M o move para outra pilha ou tema, as setas o deslocam um pouco.</translation>
        </message>
        <message>
            <source>New card here	Ins</source>
            <translation>Novo cartão aqui	Ins</translation>
        </message>
        <message>
            <source>New pile here</source>
            <translation>Nova pilha aqui</translation>
        </message>
        <message>
            <source>New theme area here</source>
            <translation>Nova área de tema aqui</translation>
        </message>
        <message>
            <source>Rename	F2</source>
            <translation>Renomear	F2</translation>
        </message>
        <message>
            <source>Move to…	M</source>
            <translation>Mover para…	M</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Cor…</translation>
        </message>
        <message>
            <source>Merge the selected cards…</source>
            <translation>Mesclar os cartões selecionados…</translation>
        </message>
        <message>
            <source>Make a pile of the selected cards	Ctrl+G</source>
            <translation>Formar uma pilha com os cartões selecionados	Ctrl+G</translation>
        </message>
        <message>
            <source>Take out of the pile	Ctrl+Shift+G</source>
            <translation>Tirar da pilha	Ctrl+Shift+G</translation>
        </message>
        <message>
            <source>Delete…	Del</source>
            <translation>Excluir…	Del</translation>
        </message>
        <message>
            <source>Zoom to fit	Ctrl+0</source>
            <translation>Ajustar à janela	Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Reading the team from the server…</source>
            <translation>Lendo a equipe do servidor…</translation>
        </message>
        <message>
            <source>Reviewers of the study</source>
            <translation>Codificadores do estudo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Blind</source>
            <translation>Às cegas</translation>
        </message>
        <message>
            <source>New reviewer's name</source>
            <translation>Nome do novo codificador</translation>
        </message>
        <message>
            <source>New reviewer's database login</source>
            <translation>Login do banco de dados do novo codificador</translation>
        </message>
        <message>
            <source>from the name</source>
            <translation>a partir do nome</translation>
        </message>
        <message>
            <source>New reviewer's password</source>
            <translation>Senha do novo codificador</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>A senha novamente</translation>
        </message>
        <message>
            <source>Blind: sees only their own work until consensus opens</source>
            <translation>Às cegas: vê apenas o próprio trabalho até a fase de consenso ser aberta</translation>
        </message>
        <message>
            <source>Lead: curates the codebook and opens consensus</source>
            <translation>Responsável: cuida do livro de códigos e abre a fase de consenso</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Adicionar codificador</translation>
        </message>
        <message>
            <source>Add a reviewer</source>
            <translation>Adicionar um codificador</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Senha:</translation>
        </message>
        <message>
            <source>Password a&amp;gain:</source>
            <translation>&amp;Repetir a senha:</translation>
        </message>
        <message>
            <source>&amp;Open consensus…</source>
            <translation>Abrir a fase de &amp;consenso…</translation>
        </message>
        <message>
            <source>Who may change the codebook</source>
            <translation>Quem pode alterar o livro de códigos</translation>
        </message>
        <message>
            <source>Everyone may change codes, categories and themes</source>
            <translation>Todos podem alterar códigos, categorias e temas</translation>
        </message>
        <message>
            <source>Only leads change codes, categories and themes</source>
            <translation>Somente os responsáveis alteram códigos, categorias e temas</translation>
        </message>
        <message>
            <source>Reading the team</source>
            <translation>Lendo a equipe</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Codificador</translation>
        </message>
        <message>
            <source>(no login)</source>
            <translation>(sem login)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Consensus is open: every reviewer sees every reviewer's work.</source>
            <translation>A fase de consenso está aberta: cada codificador vê o trabalho de todos os codificadores.</translation>
        </message>
        <message>
            <source>Blind phase: blind reviewers see only their own work until a lead opens consensus.</source>
            <translation>Fase às cegas: os codificadores que trabalham às cegas veem apenas o próprio trabalho até que um responsável abra a fase de consenso.</translation>
        </message>
        <message>
            <source>Only a lead changes the team; you can see who is on it.</source>
            <translation>Somente um responsável altera a equipe; você pode ver quem faz parte dela.</translation>
        </message>
        <message>
            <source>Consensus is open</source>
            <translation>Fase de consenso aberta</translation>
        </message>
        <message>
            <source>Only the study's owner (a login that may create database logins) adds reviewers.</source>
            <translation>Somente o proprietário do estudo (um login que pode criar logins no banco de dados) adiciona codificadores.</translation>
        </message>
        <message>
            <source>Give the new reviewer a name.</source>
            <translation>Dê um nome ao novo codificador.</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>As duas senhas são diferentes; digite a mesma senha duas vezes.</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>A senha deve ter pelo menos 8 caracteres.</translation>
        </message>
        <message>
            <source>Added {name} (login {login}). Give them the address and their password in person.</source>
            <translation>{name} adicionado (login {login}). Entregue a essa pessoa o endereço e a senha pessoalmente.</translation>
        </message>
        <message>
            <source>Adding a reviewer</source>
            <translation>Adicionando um codificador</translation>
        </message>
        <message>
            <source>Open consensus</source>
            <translation>Abrir a fase de consenso</translation>
        </message>
        <message>
            <source>End the blind phase? From now on every reviewer sees every reviewer's work. This cannot be undone.</source>
            <translation>Encerrar a fase às cegas? A partir de agora, cada codificador verá o trabalho de todos os codificadores. Isto não pode ser desfeito.</translation>
        </message>
        <message>
            <source>Opening consensus</source>
            <translation>Abrindo a fase de consenso</translation>
        </message>
        <message>
            <source>Consensus is open.</source>
            <translation>A fase de consenso está aberta.</translation>
        </message>
        <message>
            <source>Only leads change the codebook now.</source>
            <translation>Agora somente os responsáveis alteram o livro de códigos.</translation>
        </message>
        <message>
            <source>Every reviewer may change the codebook now.</source>
            <translation>Agora todos os codificadores podem alterar o livro de códigos.</translation>
        </message>
        <message>
            <source>Setting who may change the codebook</source>
            <translation>Definindo quem pode alterar o livro de códigos</translation>
        </message>
        <message>
            <source>The team could not be read.</source>
            <translation>Não foi possível ler a equipe.</translation>
        </message>
    </context>
    <context>
        <name>TeamStudyDialog</name>
        <message>
            <source>Open team study</source>
            <translation>Abrir estudo de equipe</translation>
        </message>
        <message>
            <source>postgresql://server.example.org/study?sslmode=require</source>
            <translation>postgresql://server.example.org/study?sslmode=require</translation>
        </message>
        <message>
            <source>Remember the password in this computer's keyring</source>
            <translation>Lembrar a senha no chaveiro deste computador</translation>
        </message>
        <message>
            <source>Ask the study's lead for the address and your login. The password is never written to Lectio's settings.</source>
            <translation>Peça ao responsável pelo estudo o endereço e o seu login. A senha nunca é gravada nas configurações do Lectio.</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Endereço do servidor:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Senha:</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Salvar (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>TextEditMode</name>
        <message>
            <source>Editing the text: meaning units follow their words. Save (Ctrl+S) applies every change as one correction; Cancel (Esc) drops them.</source>
            <translation>Editando o texto: as unidades de significado acompanham suas palavras. Salvar (Ctrl+S) aplica todas as alterações como uma única correção; Cancelar (Esc) as descarta.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Save the corrected text</source>
            <translation>Salvar o texto corrigido</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>This document holds characters the editor would change (line or page separators); correct it with File › … or `lectio replace-text` instead</source>
            <translation>Este documento contém caracteres que o editor alteraria (separadores de linha ou de página); corrija-o com Arquivo › … ou com `lectio replace-text`</translation>
        </message>
        <message>
            <source>Corrected {places}: {moved} moved, {changed} changed, {emptied} emptied</source>
            <translation>Corrigido(s) {places}: {moved} movida(s), {changed} alterada(s), {emptied} esvaziada(s)</translation>
        </message>
        <message>
            <source>{message} — review them (Ctrl+Shift+U)</source>
            <translation>{message} — revise-as (Ctrl+Shift+U)</translation>
        </message>
        <message>
            <source>Text editing cancelled; nothing was changed</source>
            <translation>Edição do texto cancelada; nada foi alterado</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n local</numerusform>
                <numerusform>%n locais</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidade</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Same as the system (light or dark)</source>
            <translation>Igual ao sistema (claro ou escuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
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
            <translation>Significado condensado — Enter o mantém, Shift+Enter para uma nova linha</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <source>Choose a cell, an edge or run a query to see its meaning units.</source>
            <translation>Escolha uma célula, uma aresta ou execute uma consulta para ver suas unidades de significado.</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Press Enter to show a unit in the reader.</source>
            <translation>Pressione Enter para mostrar uma unidade no leitor.</translation>
        </message>
        <message>
            <source>{heading}: {units} (the first {shown} shown)</source>
            <translation>{heading}: {units} (as primeiras {shown} exibidas)</translation>
        </message>
        <message>
            <source>{heading}: {units}</source>
            <translation>{heading}: {units}</translation>
        </message>
        <message>
            <source>Double-click to read it in its document</source>
            <translation>Clique duas vezes para lê-la em seu documento</translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidade de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitListModel</name>
        <message>
            <source>Unit {value}: {value2}</source>
            <translation>Unidade {value}: {value2}</translation>
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
            <translation>Selecione um texto e pressione M para criar uma unidade.
N / P: próxima / anterior · F2: condensar</translation>
        </message>
        <message>
            <source>The meaning units of this document in reading order; choosing one shows it in the text.</source>
            <translation>As unidades de significado deste documento em ordem de leitura; escolher uma a mostra no texto.</translation>
        </message>
        <message>
            <source>Meaning units — {reviewer_name} ({count})</source>
            <translation>Unidades de significado — {reviewer_name} ({count})</translation>
        </message>
    </context>
    <context>
        <name>VersionPanel</name>
        <message>
            <source>Passage of version {side}</source>
            <translation>Trecho da versão {side}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</source>
            <translation>&lt;b style='color:{colour}'&gt;●&lt;/b&gt; &lt;b&gt;{escape}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;No meaning unit here.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Nenhuma unidade de significado aqui.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;{escape} did not mark this passage.&lt;/i&gt;</source>
            <translation>&lt;i&gt;{escape} não marcou este trecho.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;no code&lt;/i&gt;</source>
            <translation>&lt;i&gt;sem código&lt;/i&gt;</translation>
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
            <translation>&lt;p&gt;&lt;i&gt;nenhum&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Codes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Códigos:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;no code&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;sem código&lt;/i&gt;&lt;/p&gt;</translation>
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
            <translation>&amp;Leitor</translation>
        </message>
        <message>
            <source>Codebook &amp;board</source>
            <translation>&amp;Quadro do livro de códigos</translation>
        </message>
        <message>
            <source>&amp;Consensus session</source>
            <translation>Sessão de &amp;consenso</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participantes</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Análise</translation>
        </message>
        <message>
            <source>Views of the study</source>
            <translation>Visualizações do estudo</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5 switch between the reader, the codebook board, the consensus session, the participants and the analysis.</source>
            <translation>Ctrl+1 a Ctrl+5 alternam entre o leitor, o quadro do livro de códigos, a sessão de consenso, os participantes e a análise.</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Leitor</translation>
        </message>
        <message>
            <source>Codebook board</source>
            <translation>Quadro do livro de códigos</translation>
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
            <translation>Análise</translation>
        </message>
        <message>
            <source>That memo is no longer in the study.</source>
            <translation>Esse memorando não está mais no estudo.</translation>
        </message>
        <message>
            <source>Study &amp;notes…</source>
            <translation>&amp;Notas do estudo…</translation>
        </message>
    </context>
    <context>
        <name>analysis.analysis_view</name>
        <message>
            <source>All reviewers</source>
            <translation>Todos os codificadores</translation>
        </message>
        <message>
            <source>(every unit)</source>
            <translation>(todas as unidades)</translation>
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
            <translation>os {count} pares mais fortes; </translation>
        </message>
        <message>
            <source>Co-occurrence network ({shown}edge width = meaning units carrying both codes, node size = units carrying the code). {definition}</source>
            <translation>Rede de coocorrência ({shown}espessura da aresta = unidades de significado que contêm os dois códigos, tamanho do nó = unidades que contêm o código). {definition}</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Coocorrência de códigos</translation>
        </message>
        <message>
            <source>Code saturation</source>
            <translation>Saturação de códigos</translation>
        </message>
    </context>
    <context>
        <name>board.analysis_table</name>
        <message>
            <source>Meaning unit</source>
            <translation>Unidade de significado</translation>
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
            <translation>Categoria</translation>
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
            <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Na mesa&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Arraste um cartão sobre outro para iniciar uma pilha (dê um nome e pressione Enter); solte cartões sobre uma pilha para adicioná-los; arraste um cartão para a mesa vazia para tirá-lo; arraste uma pilha para uma área de tema. Clique com o botão direito para novos cartões, pilhas e áreas de tema.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Teclas&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tab / Shift+Tab escolhem · setas movem (Shift: mais longe) · Ctrl+G forma uma pilha · Ctrl+Shift+G tira da pilha · M move para… · F2 renomeia · Del exclui · Ins novo cartão · Ctrl+roda, Ctrl+= / Ctrl+− zoom · Ctrl+0 ajusta · arrastar com o botão do meio ou Space+arrastar desloca&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Na árvore&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Arraste linhas para uma categoria ou um tema (ou para uma caixa Não classificados); F2 renomeia · Ctrl+M move para… · Del exclui · clique com o botão direito para criar, colorir ou mesclar.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>board.edit_conflict</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definição</translation>
        </message>
        <message>
            <source>Inclusion criteria</source>
            <translation>Critérios de inclusão</translation>
        </message>
        <message>
            <source>Exclusion criteria</source>
            <translation>Critérios de exclusão</translation>
        </message>
    </context>
    <context>
        <name>board.hygiene_panel</name>
        <message>
            <source>no meaning unit carries it yet — merge it, or delete it</source>
            <translation>nenhuma unidade de significado o contém ainda — mescle-o ou exclua-o</translation>
        </message>
        <message>
            <source>drag it onto a pile or a category</source>
            <translation>arraste-o para uma pilha ou uma categoria</translation>
        </message>
        <message>
            <source>drop codes into it, or delete it</source>
            <translation>solte códigos nela, ou exclua-a</translation>
        </message>
        <message>
            <source>drop piles into it, or delete it</source>
            <translation>solte pilhas nele, ou exclua-o</translation>
        </message>
        <message>
            <source>a category usually gathers several codes</source>
            <translation>uma categoria geralmente reúne vários códigos</translation>
        </message>
    </context>
    <context>
        <name>board.move_dialog</name>
        <message>
            <source>Unsorted (no category)</source>
            <translation>Não classificados (sem categoria)</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>Categoria: {name}</translation>
        </message>
        <message>
            <source>Unsorted (no theme)</source>
            <translation>Não classificadas (sem tema)</translation>
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation>Tema: {name}</translation>
        </message>
        <message>
            <source>Inside category: {name}</source>
            <translation>Dentro da categoria: {name}</translation>
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
            <translation>Unidade de significado</translation>
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
            <translation>Livro de códigos</translation>
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
            <translation>Categorias não classificadas (sem tema)</translation>
        </message>
        <message>
            <source>Unsorted codes (no category)</source>
            <translation>Códigos não classificados (sem categoria)</translation>
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
            <translation>Concordância</translation>
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
            <translation>Caracteres codificados por ambos / só A / só B</translation>
        </message>
    </context>
    <context>
        <name>consensus.consensus_view</name>
        <message>
            <source>Accept A</source>
            <translation>Aceitar A</translation>
        </message>
        <message>
            <source>Accept B</source>
            <translation>Aceitar B</translation>
        </message>
        <message>
            <source>Merge boundaries</source>
            <translation>Mesclar limites</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeitar</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>one reviewer, {escape}</source>
            <translation>um só codificador, {escape}</translation>
        </message>
        <message>
            <source>no reviewer yet</source>
            <translation>ainda não há nenhum codificador</translation>
        </message>
        <message>
            <source>&lt;h2&gt;A second reviewer is needed&lt;/h2&gt;&lt;p&gt;Consensus compares two reviewers' meaning units and codes, disagreement by disagreement. This study has {who}.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;Edit › Reviewers…&lt;/b&gt; (Ctrl+Shift+R) when the second reviewer codes on this computer, or &lt;b&gt;File › Create reviewer copy…&lt;/b&gt; to give them a file of their own and, when it comes back, &lt;b&gt;File › Merge reviewer's file…&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;É necessário um segundo codificador&lt;/h2&gt;&lt;p&gt;O consenso compara as unidades de significado e os códigos de dois codificadores, divergência por divergência. Situação deste estudo: {who}.&lt;/p&gt;&lt;p&gt;Para adicionar um: &lt;b&gt;Editar › Codificadores…&lt;/b&gt; (Ctrl+Shift+R) quando o segundo codificador codifica neste computador, ou &lt;b&gt;Arquivo › Criar cópia para codificador…&lt;/b&gt; para dar a ele um arquivo próprio e, quando voltar, &lt;b&gt;Arquivo › Mesclar o arquivo de um codificador…&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Cannot open the team study</source>
            <translation>Não é possível abrir o estudo de equipe</translation>
        </message>
    </context>
    <context>
        <name>dossier_flow</name>
        <message>
            <source>Export the trustworthiness dossier</source>
            <translation>Exportar o dossiê de fidedignidade</translation>
        </message>
    </context>
    <context>
        <name>excepthook</name>
        <message>
            <source>“{action}” was not saved</source>
            <translation>“{action}” não foi salvo</translation>
        </message>
        <message>
            <source>your last change may not have been saved</source>
            <translation>sua última alteração pode não ter sido salva</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não salvo</translation>
        </message>
    </context>
    <context>
        <name>exchange_flow</name>
        <message>
            <source>{count} thing(s) need your attention — see the details.</source>
            <translation>{count} item(ns) precisam da sua atenção — veja os detalhes.</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nada de novo</translation>
        </message>
        <message>
            <source>Automatic — the REFI-QDA standard, unless the file proves otherwise</source>
            <translation>Automático — o padrão REFI-QDA, a menos que o arquivo prove o contrário</translation>
        </message>
        <message>
            <source>Unicode code points — the REFI-QDA standard</source>
            <translation>Pontos de código Unicode — o padrão REFI-QDA</translation>
        </message>
        <message>
            <source>UTF-16 code units — as NVivo for Windows counts</source>
            <translation>Unidades de código UTF-16 — como o NVivo para Windows conta</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>Livro de códigos REFI-QDA (*.qdc)</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>Projeto REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>Import from another QDA program</source>
            <translation>Importar de outro programa QDA</translation>
        </message>
        <message>
            <source>{kind};;All files (*)</source>
            <translation>{kind};;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Imported {name}: {counts}</source>
            <translation>{name} importado: {counts}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>Importar {name}</translation>
        </message>
        <message>
            <source>Merge a reviewer's file</source>
            <translation>Mesclar o arquivo de um codificador</translation>
        </message>
        <message>
            <source>Lectio projects (*.lectio)</source>
            <translation>Projetos do Lectio (*.lectio)</translation>
        </message>
        <message>
            <source>Merge {name}</source>
            <translation>Mesclar {name}</translation>
        </message>
        <message>
            <source>Wrote {out}</source>
            <translation>Gravado: {out}</translation>
        </message>
        <message>
            <source>Reviewer copy</source>
            <translation>Cópia para codificador</translation>
        </message>
        <message>
            <source>Wrote {name} for {name2}{value}.</source>
            <translation>{name} gravado para {name2}{value}.</translation>
        </message>
        <message>
            <source>Send it to {name}; merge it back with File › Merge reviewer's file… when the coding is done.</source>
            <translation>Envie-o para {name}; mescle-o de volta com Arquivo › Mesclar o arquivo de um codificador… quando a codificação estiver pronta.</translation>
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>Wrote {out}</source>
            <translation>Gravado: {out}</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>Gravado: {name}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Export the codebook</source>
            <translation>Exportar o livro de códigos</translation>
        </message>
        <message>
            <source>codebook</source>
            <translation>livro de códigos</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos do Word (*.docx)</translation>
        </message>
        <message>
            <source>Export the analysis table</source>
            <translation>Exportar a tabela de análise</translation>
        </message>
        <message>
            <source>analysis table</source>
            <translation>tabela de análise</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;CSV for Excel (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>Documentos do Word (*.docx);;CSV para Excel (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Codebook (Word)…</source>
            <translation>&amp;Livro de códigos (Word)…</translation>
        </message>
        <message>
            <source>&amp;Analysis table (Word or CSV)…</source>
            <translation>&amp;Tabela de análise (Word ou CSV)…</translation>
        </message>
        <message>
            <source>Consensus &amp;report (Word)…</source>
            <translation>&amp;Relatório de consenso (Word)…</translation>
        </message>
        <message>
            <source>Export the consensus report</source>
            <translation>Exportar o relatório de consenso</translation>
        </message>
        <message>
            <source>consensus report</source>
            <translation>relatório de consenso</translation>
        </message>
        <message>
            <source>Trustworthiness &amp;dossier (Word)…</source>
            <translation>&amp;Dossiê de fidedignidade (Word)…</translation>
        </message>
        <message>
            <source>Codebook &amp;versions…</source>
            <translation>&amp;Versões do livro de códigos…</translation>
        </message>
        <message>
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>&amp;Projeto REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA project</source>
            <translation>Exportar um projeto REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA</source>
            <translation>REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>Projetos REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA code&amp;book (.qdc)…</source>
            <translation>Livro de &amp;códigos REFI-QDA (.qdc)…</translation>
        </message>
        <message>
            <source>Export a REFI-QDA codebook</source>
            <translation>Exportar um livro de códigos REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA codebooks (*.qdc)</source>
            <translation>Livros de códigos REFI-QDA (*.qdc)</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Lectio guide</source>
            <translation>Guia do Lectio</translation>
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
            <translation>Documentos ({patterns});;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>File {value} of {total}: {message}</source>
            <translation>Arquivo {value} de {total}: {message}</translation>
        </message>
        <message>
            <source>Import stopped: {plain_reason}</source>
            <translation>Importação interrompida: {plain_reason}</translation>
        </message>
        <message>
            <source>✗ {line} — you will be asked for its password</source>
            <translation>✗ {line} — a senha será solicitada</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message>
            <source>Password needed</source>
            <translation>Senha necessária</translation>
        </message>
        <message>
            <source>{name} is encrypted. Password:</source>
            <translation>{name} está criptografado. Senha:</translation>
        </message>
        <message numerus="yes">
            <source>%n was already in the study and was skipped.</source>
            <translation>
                <numerusform>%n já estava no estudo e foi ignorado.</numerusform>
                <numerusform>%n já estavam no estudo e foram ignorados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {count} of %n file(s).</source>
            <translation>
                <numerusform>Importado(s) {count} de %n arquivo.</numerusform>
                <numerusform>Importados {count} de %n arquivos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>Importando %n arquivo</numerusform>
                <numerusform>Importando %n arquivos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>the demo study</source>
            <translation>o estudo de demonstração</translation>
        </message>
    </context>
    <context>
        <name>participants_dialogs</name>
        <message>
            <source>Speaker</source>
            <translation>Falante</translation>
        </message>
        <message>
            <source>Every interviewer turn</source>
            <translation>Cada fala do entrevistador</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Palavra-chave</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>Expressão regular</translation>
        </message>
    </context>
    <context>
        <name>passes</name>
        <message>
            <source>Immersion</source>
            <translation>Imersão</translation>
        </message>
        <message>
            <source>Meaning units</source>
            <translation>Unidades de significado</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotação</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Reading meaning units</source>
            <translation>Lendo as unidades de significado</translation>
        </message>
        <message>
            <source>Comparing characters</source>
            <translation>Comparando caracteres</translation>
        </message>
        <message>
            <source>Matching meaning units</source>
            <translation>Pareando unidades de significado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>Copying the study</source>
            <translation>Copiando o estudo</translation>
        </message>
        <message>
            <source>Preparing the copy</source>
            <translation>Preparando a cópia</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>Lendo {name}</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Comparando</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Gravando</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Mesclado</translation>
        </message>
        <message>
            <source>Computing agreement</source>
            <translation>Calculando a concordância</translation>
        </message>
        <message>
            <source>Reading decisions</source>
            <translation>Lendo as decisões</translation>
        </message>
        <message>
            <source>Writing the decision log</source>
            <translation>Gravando o registro de decisões</translation>
        </message>
        <message>
            <source>Queued {name}</source>
            <translation>{name} na fila</translation>
        </message>
        <message>
            <source>Replacing names in {name}</source>
            <translation>Substituindo nomes em {name}</translation>
        </message>
        <message>
            <source>Rewriting the file</source>
            <translation>Regravando o arquivo</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Substituindo</translation>
        </message>
        <message>
            <source>Reading the project…</source>
            <translation>Lendo o estudo…</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>{name} gravado</translation>
        </message>
        <message>
            <source>Writing meaning unit {i} of {total}…</source>
            <translation>Gravando a unidade de significado {i} de {total}…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Saving {name}…</source>
            <translation>Salvando {name}…</translation>
        </message>
        <message>
            <source>Writing code {done} of {total}…</source>
            <translation>Gravando o código {done} de {total}…</translation>
        </message>
        <message>
            <source>Writing the dossier…</source>
            <translation>Gravando o dossiê…</translation>
        </message>
        <message>
            <source>Reading the study…</source>
            <translation>Lendo o estudo…</translation>
        </message>
        <message>
            <source>Reading text</source>
            <translation>Lendo o texto</translation>
        </message>
        <message>
            <source>Opening Word document</source>
            <translation>Abrindo o documento do Word</translation>
        </message>
        <message>
            <source>Reading notes and comments</source>
            <translation>Lendo notas e comentários</translation>
        </message>
        <message>
            <source>Opening OpenDocument text</source>
            <translation>Abrindo o texto OpenDocument</translation>
        </message>
        <message>
            <source>Reading RTF</source>
            <translation>Lendo RTF</translation>
        </message>
        <message>
            <source>Reading transcript</source>
            <translation>Lendo a transcrição</translation>
        </message>
        <message>
            <source>Reading subtitles</source>
            <translation>Lendo as legendas</translation>
        </message>
        <message>
            <source>Reading captions</source>
            <translation>Lendo as legendas (captions)</translation>
        </message>
        <message>
            <source>Reading the project</source>
            <translation>Lendo o estudo</translation>
        </message>
        <message>
            <source>Writing {name}</source>
            <translation>Gravando {name}</translation>
        </message>
        <message>
            <source>Reading the codebook</source>
            <translation>Lendo o livro de códigos</translation>
        </message>
        <message>
            <source>Matching codes, documents and reviewers</source>
            <translation>Pareando códigos, documentos e codificadores</translation>
        </message>
        <message>
            <source>Writing {name} into the project</source>
            <translation>Gravando {name} no estudo</translation>
        </message>
        <message>
            <source>Imported {name}</source>
            <translation>{name} importado</translation>
        </message>
        <message>
            <source>Reading source {number} of {count}</source>
            <translation>Lendo a fonte {number} de {count}</translation>
        </message>
        <message>
            <source>Unpacking {name}</source>
            <translation>Descompactando {name}</translation>
        </message>
        <message>
            <source>Rewriting the backup {name}</source>
            <translation>Regravando o backup {name}</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Excluindo o documento permanentemente</translation>
        </message>
    </context>
    <context>
        <name>reader.actions</name>
        <message>
            <source>Pass &amp;1 – Immersion</source>
            <translation>Etapa &amp;1 – Imersão</translation>
        </message>
        <message>
            <source>Read calmly, without coding controls</source>
            <translation>Ler com calma, sem controles de codificação</translation>
        </message>
        <message>
            <source>Pass &amp;2 – Meaning units</source>
            <translation>Etapa &amp;2 – Unidades de significado</translation>
        </message>
        <message>
            <source>Mark meaning units and condense them</source>
            <translation>Marcar unidades de significado e condensá-las</translation>
        </message>
        <message>
            <source>Pass &amp;3 – Annotation</source>
            <translation>Etapa &amp;3 – Anotação</translation>
        </message>
        <message>
            <source>Write notes beside units; form codes</source>
            <translation>Escrever notas ao lado das unidades; formar códigos</translation>
        </message>
        <message>
            <source>&amp;Mark this pass done</source>
            <translation>&amp;Marcar esta etapa como concluída</translation>
        </message>
        <message>
            <source>Mark the document read in this pass (again: back to in progress)</source>
            <translation>Marcar o documento como lido nesta etapa (de novo: volta para em andamento)</translation>
        </message>
        <message>
            <source>&amp;First impressions…</source>
            <translation>&amp;Primeiras impressões…</translation>
        </message>
        <message>
            <source>Your first-impressions memo</source>
            <translation>Seu memorando de primeiras impressões</translation>
        </message>
        <message>
            <source>Make &amp;meaning unit</source>
            <translation>Criar &amp;unidade de significado</translation>
        </message>
        <message>
            <source>Make a meaning unit from the selection</source>
            <translation>Criar uma unidade de significado a partir da seleção</translation>
        </message>
        <message>
            <source>&amp;Delete meaning unit</source>
            <translation>&amp;Excluir unidade de significado</translation>
        </message>
        <message>
            <source>&amp;Next unit</source>
            <translation>Pró&amp;xima unidade</translation>
        </message>
        <message>
            <source>&amp;Previous unit</source>
            <translation>Unidade &amp;anterior</translation>
        </message>
        <message>
            <source>Unit start one word earlier</source>
            <translation>Início da unidade uma palavra antes</translation>
        </message>
        <message>
            <source>Unit start one word later</source>
            <translation>Início da unidade uma palavra depois</translation>
        </message>
        <message>
            <source>Unit end one word earlier</source>
            <translation>Fim da unidade uma palavra antes</translation>
        </message>
        <message>
            <source>Unit end one word later</source>
            <translation>Fim da unidade uma palavra depois</translation>
        </message>
        <message>
            <source>Edit &amp;condensed meaning</source>
            <translation>Editar o significado &amp;condensado</translation>
        </message>
        <message>
            <source>Add &amp;note to unit…</source>
            <translation>Adicionar &amp;nota à unidade…</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>E&amp;ditar nota…</translation>
        </message>
        <message>
            <source>Delete note…</source>
            <translation>Excluir nota…</translation>
        </message>
        <message>
            <source>&amp;Code unit…</source>
            <translation>C&amp;odificar unidade…</translation>
        </message>
        <message>
            <source>Assign, create or remove a code (type-ahead)</source>
            <translation>Atribuir, criar ou remover um código (preenchimento automático)</translation>
        </message>
        <message>
            <source>Show &amp;other reviewers' units</source>
            <translation>Mostrar as unidades de &amp;outros codificadores</translation>
        </message>
        <message>
            <source>The other reviewers' units in their colour, dashed and read-only</source>
            <translation>As unidades dos outros codificadores na cor deles, tracejadas e somente leitura</translation>
        </message>
        <message>
            <source>Next &amp;pane (documents, text, units)</source>
            <translation>&amp;Painel seguinte (documentos, texto, unidades)</translation>
        </message>
        <message>
            <source>Move the focus to the next pane</source>
            <translation>Mover o foco para o painel seguinte</translation>
        </message>
        <message>
            <source>&amp;Find in document…</source>
            <translation>&amp;Localizar no documento…</translation>
        </message>
        <message>
            <source>&amp;Search the project…</source>
            <translation>Pes&amp;quisar no projeto…</translation>
        </message>
        <message>
            <source>Edit &amp;text (correct the transcript)</source>
            <translation>Editar o &amp;texto (corrigir a transcrição)</translation>
        </message>
        <message>
            <source>Correct the document's words in place; meaning units follow their words</source>
            <translation>Corrigir as palavras do documento no próprio lugar; as unidades de significado acompanham suas palavras</translation>
        </message>
        <message>
            <source>Find and &amp;replace…</source>
            <translation>Localizar e su&amp;bstituir…</translation>
        </message>
        <message>
            <source>Replace words in this document or the whole study</source>
            <translation>Substituir palavras neste documento ou em todo o estudo</translation>
        </message>
        <message>
            <source>Re&amp;view corrected units…</source>
            <translation>Re&amp;visar unidades corrigidas…</translation>
        </message>
        <message>
            <source>The units a correction changed, old and new side by side</source>
            <translation>As unidades que uma correção alterou, antigas e novas lado a lado</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto &amp;maior</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto me&amp;nor</translation>
        </message>
    </context>
    <context>
        <name>reader.document_actions</name>
        <message>
            <source>Remove “{name}” from the study?

Its {sentence} go with it (every reviewer's). Edit › Undo brings them all back.</source>
            <translation>Remover “{name}” do estudo?

Junto com ele vão: {sentence} (de todos os codificadores). Editar › Desfazer traz tudo de volta.</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Remover documento</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Delete “{name}” permanently?

Its {sentence} (every reviewer's) are deleted with it, and so is every copy of its text in the undo history and the search index. This cannot be undone: Edit › Undo will not bring it back. Use this when a participant withdraws consent.</source>
            <translation>Excluir “{name}” permanentemente?

Junto com ele são excluídos: {sentence} (de todos os codificadores), assim como toda cópia do seu texto no histórico de desfazer e no índice de pesquisa. Isto não pode ser desfeito: Editar › Desfazer não o trará de volta. Use isto quando um participante retirar o consentimento.</translation>
        </message>
        <message>
            <source>Who speaks only in this document is deleted too, with their attributes: {names}.</source>
            <translation>Quem fala apenas neste documento também é excluído, com seus atributos: {names}.</translation>
        </message>
        <message>
            <source>Delete document permanently</source>
            <translation>Excluir o documento permanentemente</translation>
        </message>
        <message>
            <source>Also delete it from the automatic backups made before ({n})</source>
            <translation>Excluí-lo também dos backups automáticos feitos antes ({n})</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Excluir permanentemente</translation>
        </message>
        <message>
            <source>The document is deleted, but {n} backup(s) still hold it; delete them yourself: {files}</source>
            <translation>O documento foi excluído, mas ainda está em {n} backup(s); exclua-o(s) manualmente: {files}</translation>
        </message>
        <message>
            <source>“{name}” is deleted permanently</source>
            <translation>“{name}” foi excluído permanentemente</translation>
        </message>
        <message>
            <source>Deleting the document permanently</source>
            <translation>Excluindo o documento permanentemente</translation>
        </message>
    </context>
    <context>
        <name>reader.document_list</name>
        <message>
            <source>not started</source>
            <translation>não iniciado</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>em andamento</translation>
        </message>
        <message>
            <source>done</source>
            <translation>concluído</translation>
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
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Your meaning units</source>
            <translation>Suas unidades de significado</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Suas notas</translation>
        </message>
        <message>
            <source>Time you have spent reading (all passes)</source>
            <translation>Tempo que você passou lendo (todas as etapas)</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>Todos os documentos</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Não iniciados</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Em andamento</translation>
        </message>
        <message>
            <source>Finished (all passes done)</source>
            <translation>Concluídos (todas as etapas feitas)</translation>
        </message>
        <message>
            <source>Pass 1 to do</source>
            <translation>Etapa 1 pendente</translation>
        </message>
        <message>
            <source>Pass 2 to do</source>
            <translation>Etapa 2 pendente</translation>
        </message>
        <message>
            <source>Pass 3 to do</source>
            <translation>Etapa 3 pendente</translation>
        </message>
        <message>
            <source>Pass {number} – {name}</source>
            <translation>Etapa {number} – {name}</translation>
        </message>
    </context>
    <context>
        <name>reader.unit_panel</name>
        <message>
            <source>Condensed meaning — F2 to write</source>
            <translation>Significado condensado — F2 para escrever</translation>
        </message>
    </context>
    <context>
        <name>sync_flow</name>
        <message>
            <source>Sync with the team server</source>
            <translation>Sincronizar com o servidor da equipe</translation>
        </message>
        <message>
            <source>Password for {address}:</source>
            <translation>Senha para {address}:</translation>
        </message>
        <message>
            <source>Synced with {origin}: sent {sent}, received {received}.</source>
            <translation>Sincronizado com {origin}: {sent} enviados, {received} recebidos.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) changed both in this copy and on the server. Nothing was overwritten: each side keeps its version until you decide.</source>
            <translation>
                <numerusform>%n item foi alterado tanto nesta cópia quanto no servidor. Nada foi sobrescrito: cada lado mantém sua versão até você decidir.</numerusform>
                <numerusform>%n itens foram alterados tanto nesta cópia quanto no servidor. Nada foi sobrescrito: cada lado mantém sua versão até você decidir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>analysis.figures</name>
        <message>
            <source>(no participant)</source>
            <translation>(sem participante)</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(sem valor)</translation>
        </message>
        <message>
            <source>; overlaps: the number of pairs of two different meaning units, one with each code, whose spans overlap in the same document</source>
            <translation>; sobreposições: o número de pares de duas unidades de significado diferentes, uma com cada código, cujos trechos se sobrepõem no mesmo documento</translation>
        </message>
        <message>
            <source>; with participants counted, the distinct participants with at least one such unit (a unit without participant counts its document as one participant)</source>
            <translation>; ao contar participantes, os participantes distintos com pelo menos uma unidade assim (uma unidade sem participante conta seu documento como um participante)</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <source>Co-occurrence: for two codes, the number of meaning units carrying both{overlap}. Layer: {layer}.</source>
            <translation>Coocorrência: para dois códigos, o número de unidades de significado que levam ambos{overlap}. Camada: {layer}.</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Matrix: rows are {rows}, columns are the values of {by}; a cell counts the meaning units carrying the {row} whose participant has that value (a unit's participant is the speaker of the turn where it starts, else the participant its document is assigned to){people}. Layer: {layer}.</source>
            <translation>Matriz: as linhas são {rows}, as colunas são os valores de {by}; uma célula conta as unidades de significado que levam o item da linha ({row}) e cujo participante tem esse valor (o participante de uma unidade é quem fala no turno em que ela começa; senão, o participante atribuído ao seu documento){people}. Camada: {layer}.</translation>
        </message>
        <message>
            <source>Saturation (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): documents in {order} order; base = the first {base} documents; run length {run}; threshold {threshold}. For k = base+1, base+2, … while k+run−1 ≤ the number of documents: new(k) = the codes first occurring in documents k … k+run−1; ratio(k) = |new(k)| / |distinct codes in the base|. Saturation is reached at k−1 documents for the first k with ratio(k) ≤ threshold. A code occurs in a document when a meaning unit of the layer ({layer}) in it carries the code.</source>
            <translation>Saturação (Guest, Namey &amp; Chen 2020, PLoS ONE 15(5): e0232076): documentos em ordem de {order}; base = os primeiros {base} documentos; comprimento da sequência {run}; limiar {threshold}. Para k = base+1, base+2, … enquanto k+sequência−1 ≤ o número de documentos: novos(k) = os códigos que aparecem pela primeira vez nos documentos k … k+sequência−1; razão(k) = |novos(k)| / |códigos distintos na base|. A saturação é atingida em k−1 documentos para o primeiro k com razão(k) ≤ limiar. Um código ocorre em um documento quando uma unidade de significado da camada ({layer}) nele leva o código.</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>A saturação não foi atingida em {count} documentos (base {base}, sequência {run}, ≤ {threshold} de códigos novos).</translation>
        </message>
        <message>
            <source>Saturation was not reached within {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>A saturação não foi atingida em {count} entrevistas (base {base}, sequência {run}, ≤ {threshold} de códigos novos).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} documents (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>A saturação foi atingida em {count} documentos (base {base}, sequência {run}, ≤ {threshold} de códigos novos).</translation>
        </message>
        <message>
            <source>Saturation was reached at {count} interviews (base {base}, run {run}, ≤ {threshold} new codes).</source>
            <translation>A saturação foi atingida em {count} entrevistas (base {base}, sequência {run}, ≤ {threshold} de códigos novos).</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>all reviewers</source>
            <translation>todos os codificadores</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>categorias</translation>
        </message>
        <message>
            <source>category (any of its codes)</source>
            <translation>categoria (qualquer um de seus códigos)</translation>
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
            <translation>importação</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>participantes</translation>
        </message>
        <message>
            <source>theme (any of its codes)</source>
            <translation>tema (qualquer um de seus códigos)</translation>
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
            <translation>Concordância</translation>
        </message>
        <message>
            <source>Different boundaries</source>
            <translation>Limites diferentes</translation>
        </message>
        <message>
            <source>Different codes</source>
            <translation>Códigos diferentes</translation>
        </message>
        <message>
            <source>Only {a} made this unit</source>
            <translation>Somente {a} criou esta unidade</translation>
        </message>
        <message>
            <source>Only {b} made this unit</source>
            <translation>Somente {b} criou esta unidade</translation>
        </message>
        <message>
            <source>{resolved} of {total} resolved</source>
            <translation>{resolved} de {total} resolvidas</translation>
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
            <translation>Categoria {name}</translation>
        </message>
        <message>
            <source>Code {name}</source>
            <translation>Código {name}</translation>
        </message>
        <message>
            <source>Coding {name}</source>
            <translation>Codificação {name}</translation>
        </message>
        <message>
            <source>Conflict: {description}</source>
            <translation>Conflito: {description}</translation>
        </message>
        <message>
            <source>Decision {name}</source>
            <translation>Decisão {name}</translation>
        </message>
        <message>
            <source>Document {name}</source>
            <translation>Documento {name}</translation>
        </message>
        <message>
            <source>Meaning unit {name}</source>
            <translation>Unidade de significado {name}</translation>
        </message>
        <message>
            <source>Memo {name}</source>
            <translation>Memorando {name}</translation>
        </message>
        <message>
            <source>Merged {file}: nothing new</source>
            <translation>{file} mesclado: nada de novo</translation>
        </message>
        <message>
            <source>Merged {file}: {added}</source>
            <translation>{file} mesclado: {added}</translation>
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
            <translation>Progresso de leitura {name}</translation>
        </message>
        <message>
            <source>Reviewer {name}</source>
            <translation>Codificador {name}</translation>
        </message>
        <message>
            <source>Speaker turns of {name}</source>
            <translation>Falas de {name}</translation>
        </message>
        <message>
            <source>Taken from the other file: {updated}</source>
            <translation>Obtido do outro arquivo: {updated}</translation>
        </message>
        <message>
            <source>Theme {name}</source>
            <translation>Tema {name}</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Aviso: {warning}</translation>
        </message>
        <message>
            <source>category_id</source>
            <translation>ID da categoria</translation>
        </message>
        <message>
            <source>changed in both files</source>
            <translation>alterações nos dois arquivos</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>cor</translation>
        </message>
        <message>
            <source>condensed</source>
            <translation>significado condensado</translation>
        </message>
        <message>
            <source>consensus_unit_id</source>
            <translation>ID da unidade de consenso</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>definição</translation>
        </message>
        <message>
            <source>deleted here, edited there</source>
            <translation>exclusão aqui, edição lá</translation>
        </message>
        <message>
            <source>deleted there, still here</source>
            <translation>exclusão lá, mas ainda existe aqui</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descrição</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fim</translation>
        </message>
        <message>
            <source>exclusion</source>
            <translation>critérios de exclusão</translation>
        </message>
        <message>
            <source>exemplar_unit_id</source>
            <translation>ID da unidade exemplar</translation>
        </message>
        <message>
            <source>inclusion</source>
            <translation>critérios de inclusão</translation>
        </message>
        <message>
            <source>into {name}</source>
            <translation>em {name}</translation>
        </message>
        <message>
            <source>merged into another participant there</source>
            <translation>lá foi mesclado em outro participante</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>no participant</source>
            <translation>sem participante</translation>
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
            <translation>ID da categoria superior</translation>
        </message>
        <message>
            <source>participant {here} here, {there} there</source>
            <translation>participante: {here} aqui, {there} lá</translation>
        </message>
        <message>
            <source>participant_id</source>
            <translation>ID do participante</translation>
        </message>
        <message>
            <source>role</source>
            <translation>função</translation>
        </message>
        <message>
            <source>speaker turns differ between the two files</source>
            <translation>as falas diferem entre os dois arquivos</translation>
        </message>
        <message>
            <source>start</source>
            <translation>início</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>text corrected in one file and not in the other</source>
            <translation>texto corrigido em um arquivo e não no outro</translation>
        </message>
        <message>
            <source>theme_id</source>
            <translation>ID do tema</translation>
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
            <translation>{column}: {here} aqui, {there} lá</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>{here} turn(s) here, {there} there</source>
            <translation>falas: {here} aqui, {there} lá</translation>
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
                <numerusform>%n divergência</numerusform>
                <numerusform>%n divergências</numerusform>
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
                <numerusform>%n unidade de significado</numerusform>
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
            <translation>. {share} desses caracteres foram codificados por pelo menos um codificador; a porcentagem bruta de concordância ({agreement}) conta o restante não codificado como concordância, portanto não é um valor para ser relatado isoladamente.</translation>
        </message>
        <message>
            <source>. {share} of these characters were coded by at least one reviewer; raw percent agreement ({agreement}) counts the uncoded rest as agreement.</source>
            <translation>. {share} desses caracteres foram codificados por pelo menos um codificador; a porcentagem bruta de concordância ({agreement}) conta o restante não codificado como concordância.</translation>
        </message>
        <message>
            <source>; per-code kappa ranged from {low} to {high}</source>
            <translation>; o kappa por código variou de {low} a {high}</translation>
        </message>
        <message>
            <source>Accepted A</source>
            <translation>Aceita A</translation>
        </message>
        <message>
            <source>Accepted B</source>
            <translation>Aceita B</translation>
        </message>
        <message>
            <source>Agreed (identical)</source>
            <translation>Concordantes (idênticas)</translation>
        </message>
        <message>
            <source>Agreement was computed at the character level for each of the {codes} codes over the {documents} both reviewers coded ({characters} characters; a character counts as coded with a code when a meaning unit carrying the code covers it). Pooled over all codes, Cohen's kappa was {kappa} and Krippendorff's alpha (nominal) {alpha}</source>
            <translation>A concordância foi calculada no nível de caractere para cada um dos {codes} códigos nos {documents} que os dois codificadores codificaram ({characters} caracteres; um caractere conta como codificado com um código quando uma unidade de significado que contém o código o abrange). Agregado para todos os códigos, o kappa de Cohen foi {kappa} e o alfa de Krippendorff (nominal) {alpha}</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Editadas</translation>
        </message>
        <message>
            <source>Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {threshold:g}): {pairs} matched, {only_a} units were made only by {a} and {only_b} only by {b}; on matched units, kappa for the codes was {kappa}. </source>
            <translation>As unidades de significado foram pareadas entre os codificadores por sobreposição (índice de Jaccard ≥ {threshold:g}): {pairs} pareadas, {only_a} unidades foram feitas só por {a} e {only_b} só por {b}; nas unidades pareadas, o kappa dos códigos foi {kappa}. </translation>
        </message>
        <message>
            <source>Merged boundaries</source>
            <translation>Limites mesclados</translation>
        </message>
        <message>
            <source>No document has been coded by both reviewers yet, so there are no agreement figures to report. </source>
            <translation>Nenhum documento foi codificado pelos dois codificadores ainda, portanto não há valores de concordância a relatar. </translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeitadas</translation>
        </message>
        <message>
            <source>The comparison found no disagreements to settle.</source>
            <translation>A comparação não encontrou divergências a resolver.</translation>
        </message>
        <message>
            <source>The comparison found {found}; all {total} were discussed in consensus sessions and settled ({how}); each decision was recorded with its rationale, who decided and when, and the agreed units form the consensus layer used in the analysis.</source>
            <translation>A comparação encontrou {found}; todas as {total} foram discutidas em sessões de consenso e resolvidas ({how}); cada decisão foi registrada com sua justificativa, quem decidiu e quando, e as unidades acordadas formam a camada de consenso usada na análise.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session has not started yet, so none has been settled.</source>
            <translation>A comparação encontrou {found}; a sessão de consenso ainda não começou, portanto nenhuma foi resolvida.</translation>
        </message>
        <message>
            <source>The comparison found {found}; the consensus session is under way: {resolved} of them have been settled so far ({how}) and {open} remain open. Each decision is recorded with its rationale, who decided and when.</source>
            <translation>A comparação encontrou {found}; a sessão de consenso está em andamento: {resolved} delas foram resolvidas até agora ({how}) e {open} continuam em aberto. Cada decisão é registrada com sua justificativa, quem decidiu e quando.</translation>
        </message>
        <message>
            <source>by adopting identical units</source>
            <translation>adotando unidades idênticas</translation>
        </message>
        <message>
            <source>by agreement</source>
            <translation>por acordo</translation>
        </message>
        <message>
            <source>{both} of {documents} were coded by both ({units_a} by {a} and {units_b} by {b} in them). </source>
            <translation>{both} de {documents} foram codificados por ambos ({units_a} de {a} e {units_b} de {b} neles). </translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently, each in a blind copy of the project.</source>
            <translation>{count} codificadores participaram; {a} e {b} dividiram, cada um, os textos em unidades de significado e os codificaram de forma independente, cada um em uma cópia cega do projeto.</translation>
        </message>
        <message>
            <source>{count} reviewers took part; {a} and {b} each divided the texts into meaning units and coded them independently.</source>
            <translation>{count} codificadores participaram; {a} e {b} dividiram, cada um, os textos em unidades de significado e os codificaram de forma independente.</translation>
        </message>
    </context>
    <context>
        <name>consensus.report</name>
        <message>
            <source>Agreement on meaning units</source>
            <translation>Concordância sobre as unidades de significado</translation>
        </message>
        <message>
            <source>Agreement per code (character level)</source>
            <translation>Concordância por código (nível de caractere)</translation>
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
            <translation>Relatório de consenso — {title}</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Registro de decisões</translation>
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
            <translation>Pareadas com Jaccard ≥ {threshold:g}: {matched}; só {a}: {only_a}; só {b}: {only_b}; códigos idênticos em {identical} de {matched} unidades pareadas; kappa dos códigos nas unidades pareadas {kappa}.</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Métodos (rascunho a adaptar)</translation>
        </message>
        <message>
            <source>No decisions yet: the consensus session has not started.</source>
            <translation>Ainda não há decisões: a sessão de consenso não começou.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Over the {count} document(s) both reviewers coded.</source>
            <translation>Nos {count} documento(s) que os dois codificadores codificaram.</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Porcentagem de concordância</translation>
        </message>
        <message>
            <source>Pooled (all codes)</source>
            <translation>Agregado (todos os códigos)</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificativa</translation>
        </message>
        <message>
            <source>Reviewers compared: {a} and {b}. Disagreements {progress}.</source>
            <translation>Codificadores comparados: {a} e {b}. Divergências: {progress}.</translation>
        </message>
        <message>
            <source>Undefined: the code was used by neither reviewer (or by both everywhere), so there is no variation to agree on. Pooled: all codes' character vectors taken together.</source>
            <translation>Indefinido: o código não foi usado por nenhum dos codificadores (ou foi usado por ambos em toda parte), portanto não há variação sobre a qual concordar. Agregado: os vetores de caracteres de todos os códigos tomados em conjunto.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>{title} — Consensus report</source>
            <translation>{title} — Relatório de consenso</translation>
        </message>
    </context>
    <context>
        <name>core.hygiene</name>
        <message>
            <source>Category “{name}” holds a single code</source>
            <translation>A categoria “{name}” contém um único código</translation>
        </message>
        <message>
            <source>Category “{name}” holds no codes</source>
            <translation>A categoria “{name}” não contém códigos</translation>
        </message>
        <message>
            <source>Code “{name}” has no meaning units</source>
            <translation>O código “{name}” não tem unidades de significado</translation>
        </message>
        <message>
            <source>Code “{name}” is in no category</source>
            <translation>O código “{name}” não está em nenhuma categoria</translation>
        </message>
        <message>
            <source>Theme “{name}” holds no categories</source>
            <translation>O tema “{name}” não contém categorias</translation>
        </message>
    </context>
    <context>
        <name>core.search</name>
        <message>
            <source>Category {name}</source>
            <translation>Categoria {name}</translation>
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
            <translation>Primeiras impressões</translation>
        </message>
        <message>
            <source>First impressions on category {name}</source>
            <translation>Primeiras impressões sobre a categoria {name}</translation>
        </message>
        <message>
            <source>First impressions on code {name}</source>
            <translation>Primeiras impressões sobre o código {name}</translation>
        </message>
        <message>
            <source>First impressions on document {name}</source>
            <translation>Primeiras impressões sobre o documento {name}</translation>
        </message>
        <message>
            <source>First impressions on the study</source>
            <translation>Primeiras impressões sobre o estudo</translation>
        </message>
        <message>
            <source>First impressions on theme {name}</source>
            <translation>Primeiras impressões sobre o tema {name}</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memorando</translation>
        </message>
        <message>
            <source>Memo on category {name}</source>
            <translation>Memorando sobre a categoria {name}</translation>
        </message>
        <message>
            <source>Memo on code {name}</source>
            <translation>Memorando sobre o código {name}</translation>
        </message>
        <message>
            <source>Memo on document {name}</source>
            <translation>Memorando sobre o documento {name}</translation>
        </message>
        <message>
            <source>Memo on the study</source>
            <translation>Memorando sobre o estudo</translation>
        </message>
        <message>
            <source>Memo on theme {name}</source>
            <translation>Memorando sobre o tema {name}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Note on category {name}</source>
            <translation>Nota sobre a categoria {name}</translation>
        </message>
        <message>
            <source>Note on code {name}</source>
            <translation>Nota sobre o código {name}</translation>
        </message>
        <message>
            <source>Note on document {name}</source>
            <translation>Nota sobre o documento {name}</translation>
        </message>
        <message>
            <source>Note on the study</source>
            <translation>Nota sobre o estudo</translation>
        </message>
        <message>
            <source>Note on theme {name}</source>
            <translation>Nota sobre o tema {name}</translation>
        </message>
        <message>
            <source>Note “{title}”</source>
            <translation>Nota “{title}”</translation>
        </message>
        <message>
            <source>Note “{title}” on category {name}</source>
            <translation>Nota “{title}” sobre a categoria {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on code {name}</source>
            <translation>Nota “{title}” sobre o código {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on document {name}</source>
            <translation>Nota “{title}” sobre o documento {name}</translation>
        </message>
        <message>
            <source>Note “{title}” on the study</source>
            <translation>Nota “{title}” sobre o estudo</translation>
        </message>
        <message>
            <source>Note “{title}” on theme {name}</source>
            <translation>Nota “{title}” sobre o tema {name}</translation>
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
                <numerusform>%n codificação</numerusform>
                <numerusform>%n codificações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidade de significado</numerusform>
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
            <translation>{units}, {notes} e {codings}</translation>
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
                <numerusform>Nível de caracteres no %n documento que ambos codificaram, agrupado sobre todos os códigos: {figures}.</numerusform>
                <numerusform>Nível de caracteres nos %n documentos que ambos codificaram, agrupado sobre todos os códigos: {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Character level, pooled over all codes: {figures}.</source>
            <translation>Nível de caracteres, agrupado sobre todos os códigos: {figures}.</translation>
        </message>
        <message>
            <source>Codes of matched units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Códigos das unidades pareadas (sobreposição ≥ {overlap}): κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of matched units: Cohen's κ = {kappa}.</source>
            <translation>Códigos das unidades pareadas: κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units (overlap ≥ {overlap}): Cohen's κ = {kappa}.</source>
            <translation>Códigos dos {matched} pares de unidades de significado pareadas (sobreposição ≥ {overlap}): κ de Cohen = {kappa}.</translation>
        </message>
        <message>
            <source>Codes of the {matched} pairs of matching meaning units: Cohen's κ = {kappa}.</source>
            <translation>Códigos dos {matched} pares de unidades de significado pareadas: κ de Cohen = {kappa}.</translation>
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
            <translation>não definido</translation>
        </message>
        <message>
            <source>{agreement} agreement with {share} of the characters coded by either reviewer</source>
            <translation>{agreement} de concordância com {share} dos caracteres codificados por algum dos codificadores</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
        </message>
        <message numerus="yes">
            <source>{reviewers}, character level over the %n document(s) both coded, pooled over all codes: {figures}.</source>
            <translation>
                <numerusform>{reviewers}, nível de caracteres no %n documento que ambos codificaram, agrupado sobre todos os códigos: {figures}.</numerusform>
                <numerusform>{reviewers}, nível de caracteres nos %n documentos que ambos codificaram, agrupado sobre todos os códigos: {figures}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reviewers}, character level, pooled over all codes: {figures}.</source>
            <translation>{reviewers}, nível de caracteres, agrupado sobre todos os códigos: {figures}.</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_figures</name>
        <message>
            <source> — in brackets: distinct codes so far.</source>
            <translation> — entre colchetes: códigos distintos até agora.</translation>
        </message>
        <message>
            <source>Co-occurrence of codes</source>
            <translation>Coocorrência de códigos</translation>
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
            <translation>Saturação de códigos</translation>
        </message>
        <message>
            <source>Date: </source>
            <translation>Data: </translation>
        </message>
        <message>
            <source>Definition.</source>
            <translation>Definição.</translation>
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
            <translation>Códigos novos</translation>
        </message>
        <message>
            <source>New codes (names)</source>
            <translation>Códigos novos (nomes)</translation>
        </message>
        <message>
            <source>No rows yet.</source>
            <translation>Ainda não há linhas.</translation>
        </message>
        <message>
            <source>No two codes share a meaning unit.</source>
            <translation>Nenhum par de códigos compartilha uma unidade de significado.</translation>
        </message>
        <message>
            <source>Order.</source>
            <translation>Ordem.</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Sobreposições</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Proporção</translation>
        </message>
        <message>
            <source>Result.</source>
            <translation>Resultado.</translation>
        </message>
        <message>
            <source>Too few documents for a run: {count} documents, base {base}, run {run}.</source>
            <translation>Poucos documentos para uma sequência: {count} documentos, base {base}, sequência {run}.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>co-occurrence table</source>
            <translation>tabela de coocorrência</translation>
        </message>
        <message>
            <source>matrix</source>
            <translation>matriz</translation>
        </message>
        <message>
            <source>saturation table</source>
            <translation>tabela de saturação</translation>
        </message>
    </context>
    <context>
        <name>exporters.analysis_table</name>
        <message numerus="yes">
            <source>%n meaning unit(s)</source>
            <translation>
                <numerusform>%n unidade de significado</numerusform>
                <numerusform>%n unidades de significado</numerusform>
            </translation>
        </message>
        <message>
            <source>Analysis table</source>
            <translation>Tabela de análise</translation>
        </message>
        <message>
            <source>Analysis table: meaning units, condensed meanings, codes, categories and themes</source>
            <translation>Tabela de análise: unidades de significado, significados condensados, códigos, categorias e temas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
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
            <translation>Data: </translation>
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
            <translation>Ainda não há unidades de significado.</translation>
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
            <translation>Unidade de significado citada</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Pergunta de pesquisa:</translation>
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
            <translation>todos os codificadores</translation>
        </message>
        <message>
            <source>the consensus layer</source>
            <translation>a camada de consenso</translation>
        </message>
        <message>
            <source>{count} from {layer} that the coding query “{query}” selects, in document order</source>
            <translation>{count} de {layer} que a consulta de codificação “{query}” seleciona, na ordem do documento</translation>
        </message>
        <message>
            <source>{count} from {layer}, in document order</source>
            <translation>{count} de {layer}, na ordem do documento</translation>
        </message>
        <message>
            <source>{title} — Analysis table</source>
            <translation>{title} — Tabela de análise</translation>
        </message>
        <message>
            <source>{title} — {units} from {layer}, in document order; exported {date}. One row per meaning unit: its document and page, the reviewer who marked it, the quoted text, its condensed meaning, codes, categories, themes and notes.</source>
            <translation>{title} — {units} de {layer}, na ordem do documento; exportado em {date}. Uma linha por unidade de significado: seu documento e página, o codificador que a marcou, o texto citado, seu significado condensado, códigos, categorias, temas e notas.</translation>
        </message>
    </context>
    <context>
        <name>exporters.checklists</name>
        <message>
            <source>Abstract</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Audio/visual recording</source>
            <translation>Gravação de áudio/vídeo</translation>
        </message>
        <message>
            <source>Clarity of major themes</source>
            <translation>Clareza dos temas principais</translation>
        </message>
        <message>
            <source>Clarity of minor themes</source>
            <translation>Clareza dos temas secundários</translation>
        </message>
        <message>
            <source>Concise description of the nature and topic of the study; identifying the study as qualitative or indicating the approach (e.g., ethnography, grounded theory) or data collection methods (e.g., interview, focus group) is recommended</source>
            <translation>Descrição concisa da natureza e do tema do estudo; recomenda-se identificar o estudo como qualitativo ou indicar a abordagem (p. ex., etnografia, teoria fundamentada) ou os métodos de coleta de dados (p. ex., entrevista, grupo focal)</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Conflitos de interesse</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Credenciais</translation>
        </message>
        <message>
            <source>Data analysis</source>
            <translation>Análise de dados</translation>
        </message>
        <message>
            <source>Data and findings consistent</source>
            <translation>Consistência entre dados e achados</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Coleta de dados</translation>
        </message>
        <message>
            <source>Data collection instruments and technologies</source>
            <translation>Instrumentos e tecnologias de coleta de dados</translation>
        </message>
        <message>
            <source>Data collection methods</source>
            <translation>Métodos de coleta de dados</translation>
        </message>
        <message>
            <source>Data processing</source>
            <translation>Processamento de dados</translation>
        </message>
        <message>
            <source>Data saturation</source>
            <translation>Saturação de dados</translation>
        </message>
        <message>
            <source>Derivation of themes</source>
            <translation>Derivação dos temas</translation>
        </message>
        <message>
            <source>Description and significance of the problem/phenomenon studied; review of relevant theory and empirical work; problem statement</source>
            <translation>Descrição e relevância do problema/fenômeno estudado; revisão da teoria e dos trabalhos empíricos pertinentes; formulação do problema</translation>
        </message>
        <message>
            <source>Description of instruments (e.g., interview guides, questionnaires) and devices (e.g., audio recorders) used for data collection; if/how the instrument(s) changed over the course of the study</source>
            <translation>Descrição dos instrumentos (p. ex., roteiros de entrevista, questionários) e dispositivos (p. ex., gravadores de áudio) usados na coleta de dados; se/como os instrumentos mudaram ao longo do estudo</translation>
        </message>
        <message>
            <source>Description of sample</source>
            <translation>Descrição da amostra</translation>
        </message>
        <message>
            <source>Description of the coding tree</source>
            <translation>Descrição da árvore de codificação</translation>
        </message>
        <message>
            <source>Did authors provide a description of the coding tree?</source>
            <translation>Os autores forneceram uma descrição da árvore de codificação?</translation>
        </message>
        <message>
            <source>Did participants provide feedback on the findings?</source>
            <translation>Os participantes deram retorno sobre os achados?</translation>
        </message>
        <message>
            <source>Did the research use audio or visual recording to collect the data?</source>
            <translation>A pesquisa usou gravação de áudio ou vídeo para coletar os dados?</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussão</translation>
        </message>
        <message>
            <source>Documentation of approval by an appropriate ethics review board and participant consent, or explanation for lack thereof; other confidentiality and data security issues</source>
            <translation>Documentação da aprovação por um comitê de ética apropriado e do consentimento dos participantes, ou explicação para sua ausência; outras questões de confidencialidade e segurança dos dados</translation>
        </message>
        <message>
            <source>Domain 1: Research team and reflexivity</source>
            <translation>Domínio 1: Equipe de pesquisa e reflexividade</translation>
        </message>
        <message>
            <source>Domain 2: Study design</source>
            <translation>Domínio 2: Desenho do estudo</translation>
        </message>
        <message>
            <source>Domain 3: Analysis and findings</source>
            <translation>Domínio 3: Análise e achados</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Ethical issues pertaining to human subjects</source>
            <translation>Questões éticas relativas a seres humanos</translation>
        </message>
        <message>
            <source>Evidence (e.g., quotes, field notes, text excerpts, photographs) to substantiate analytic findings</source>
            <translation>Evidências (p. ex., citações, notas de campo, trechos de texto, fotografias) que sustentem os achados analíticos</translation>
        </message>
        <message>
            <source>Experience and training</source>
            <translation>Experiência e formação</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Notas de campo</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gênero</translation>
        </message>
        <message>
            <source>How and why research participants, documents, or events were selected; criteria for deciding when no further sampling was necessary (e.g., sampling saturation); rationale</source>
            <translation>Como e por que os participantes, documentos ou eventos foram selecionados; critérios para decidir quando não era necessária mais amostragem (p. ex., saturação da amostragem); justificativa</translation>
        </message>
        <message>
            <source>How many data coders coded the data?</source>
            <translation>Quantos codificadores codificaram os dados?</translation>
        </message>
        <message>
            <source>How many participants were in the study?</source>
            <translation>Quantos participantes havia no estudo?</translation>
        </message>
        <message>
            <source>How many people refused to participate or dropped out? Reasons?</source>
            <translation>Quantas pessoas recusaram participar ou desistiram? Motivos?</translation>
        </message>
        <message>
            <source>How were participants approached? e.g. face-to-face, telephone, mail, email</source>
            <translation>Como os participantes foram abordados? p. ex., pessoalmente, por telefone, por correio, por e-mail</translation>
        </message>
        <message>
            <source>How were participants selected? e.g. purposive, convenience, consecutive, snowball</source>
            <translation>Como os participantes foram selecionados? p. ex., intencional, por conveniência, consecutiva, bola de neve</translation>
        </message>
        <message>
            <source>Integration with prior work, implications, transferability, and contribution(s) to the field</source>
            <translation>Integração com trabalhos anteriores, implicações, transferibilidade e contribuição(ões) para a área</translation>
        </message>
        <message>
            <source>Interview guide</source>
            <translation>Roteiro de entrevista</translation>
        </message>
        <message>
            <source>Interviewer characteristics</source>
            <translation>Características do entrevistador</translation>
        </message>
        <message>
            <source>Interviewer/facilitator</source>
            <translation>Entrevistador/facilitador</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introdução</translation>
        </message>
        <message>
            <source>Is there a description of diverse cases or discussion of minor themes?</source>
            <translation>Há descrição de casos diversos ou discussão de temas secundários?</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Limitações</translation>
        </message>
        <message>
            <source>Links to empirical data</source>
            <translation>Vínculos com os dados empíricos</translation>
        </message>
        <message>
            <source>Main findings (e.g., interpretations, inferences, and themes); might include development of a theory or model, or integration with prior research or theory</source>
            <translation>Principais achados (p. ex., interpretações, inferências e temas); pode incluir o desenvolvimento de uma teoria ou modelo, ou a integração com pesquisas ou teorias anteriores</translation>
        </message>
        <message>
            <source>Method of approach</source>
            <translation>Método de abordagem</translation>
        </message>
        <message>
            <source>Methodological orientation and Theory</source>
            <translation>Orientação metodológica e teoria</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Métodos</translation>
        </message>
        <message>
            <source>Methods for processing data prior to and during analysis, including transcription, data entry, data management and security, verification of data integrity, data coding, and anonymization/de-identification of excerpts</source>
            <translation>Métodos de processamento dos dados antes e durante a análise, incluindo transcrição, entrada de dados, gestão e segurança dos dados, verificação da integridade dos dados, codificação e anonimização/desidentificação dos trechos</translation>
        </message>
        <message>
            <source>Non-participation</source>
            <translation>Não participação</translation>
        </message>
        <message>
            <source>Number and relevant characteristics of participants, documents, or events included in the study; level of participation (could be reported in results)</source>
            <translation>Número e características relevantes dos participantes, documentos ou eventos incluídos no estudo; nível de participação (pode ser relatado nos resultados)</translation>
        </message>
        <message>
            <source>Number of data coders</source>
            <translation>Número de codificadores</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupação</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outros</translation>
        </message>
        <message>
            <source>Participant checking</source>
            <translation>Verificação pelos participantes</translation>
        </message>
        <message>
            <source>Participant knowledge of the interviewer</source>
            <translation>Conhecimento dos participantes sobre o entrevistador</translation>
        </message>
        <message>
            <source>Participant selection</source>
            <translation>Seleção dos participantes</translation>
        </message>
        <message>
            <source>Personal characteristics</source>
            <translation>Características pessoais</translation>
        </message>
        <message>
            <source>Potential sources of influence or perceived influence on study conduct and conclusions; how these were managed</source>
            <translation>Possíveis fontes de influência, real ou percebida, na condução e nas conclusões do estudo; como foram gerenciadas</translation>
        </message>
        <message>
            <source>Presence of non-participants</source>
            <translation>Presença de não participantes</translation>
        </message>
        <message>
            <source>Problem formulation</source>
            <translation>Formulação do problema</translation>
        </message>
        <message>
            <source>Process by which inferences, themes, etc., were identified and developed, including the researchers involved in data analysis; usually references a specific paradigm or approach; rationale</source>
            <translation>Processo pelo qual inferências, temas etc. foram identificados e desenvolvidos, incluindo os pesquisadores envolvidos na análise; geralmente remete a um paradigma ou abordagem específica; justificativa</translation>
        </message>
        <message>
            <source>Purpose of the study and specific objectives or questions</source>
            <translation>Propósito do estudo e objetivos ou perguntas específicos</translation>
        </message>
        <message>
            <source>Purpose or research question</source>
            <translation>Propósito ou pergunta de pesquisa</translation>
        </message>
        <message>
            <source>Qualitative approach (e.g., ethnography, grounded theory, case study, phenomenology, narrative research) and guiding theory if appropriate; identifying the research paradigm (e.g., postpositivist, constructivist/interpretivist) is also recommended; rationale</source>
            <translation>Abordagem qualitativa (p. ex., etnografia, teoria fundamentada, estudo de caso, fenomenologia, pesquisa narrativa) e, se for o caso, teoria orientadora; recomenda-se também identificar o paradigma de pesquisa (p. ex., pós-positivista, construtivista/interpretativista); justificativa</translation>
        </message>
        <message>
            <source>Qualitative approach and research paradigm</source>
            <translation>Abordagem qualitativa e paradigma de pesquisa</translation>
        </message>
        <message>
            <source>Quotations presented</source>
            <translation>Citações apresentadas</translation>
        </message>
        <message>
            <source>Relationship established</source>
            <translation>Relação estabelecida</translation>
        </message>
        <message>
            <source>Relationship with participants</source>
            <translation>Relação com os participantes</translation>
        </message>
        <message>
            <source>Repeat interviews</source>
            <translation>Entrevistas repetidas</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Relato</translation>
        </message>
        <message>
            <source>Researcher characteristics and reflexivity</source>
            <translation>Características do pesquisador e reflexividade</translation>
        </message>
        <message>
            <source>Researchers' characteristics that may influence the research, including personal attributes, qualifications/experience, relationship with participants, assumptions, and/or presuppositions; potential or actual interaction between researchers' characteristics and the research questions, approach, methods, results, and/or transferability</source>
            <translation>Características dos pesquisadores que podem influenciar a pesquisa, incluindo atributos pessoais, qualificações/experiência, relação com os participantes, pressupostos e/ou preconcepções; interação potencial ou real entre essas características e as perguntas de pesquisa, a abordagem, os métodos, os resultados e/ou a transferibilidade</translation>
        </message>
        <message>
            <source>Results/findings</source>
            <translation>Resultados/achados</translation>
        </message>
        <message>
            <source>Sample size</source>
            <translation>Tamanho da amostra</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Amostragem</translation>
        </message>
        <message>
            <source>Sampling strategy</source>
            <translation>Estratégia de amostragem</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Cenário</translation>
        </message>
        <message>
            <source>Setting of data collection</source>
            <translation>Local da coleta de dados</translation>
        </message>
        <message>
            <source>Setting/site and salient contextual factors; rationale</source>
            <translation>Cenário/local e fatores contextuais relevantes; justificativa</translation>
        </message>
        <message>
            <source>Short summary of main findings; explanation of how findings and conclusions connect to, support, elaborate on, or challenge conclusions of earlier scholarship; discussion of scope of application/generalizability; identification of unique contribution(s) to scholarship in a discipline or field</source>
            <translation>Breve resumo dos principais achados; explicação de como os achados e as conclusões se relacionam com, apoiam, aprofundam ou contestam as conclusões de estudos anteriores; discussão do alcance de aplicação/generalização; identificação da(s) contribuição(ões) própria(s) para uma disciplina ou área</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Sources of funding and other support; role of funders in data collection, interpretation, and reporting</source>
            <translation>Fontes de financiamento e outros apoios; papel dos financiadores na coleta, interpretação e relato dos dados</translation>
        </message>
        <message>
            <source>Summary of key elements of the study using the abstract format of the intended publication; typically includes background, purpose, methods, results, and conclusions</source>
            <translation>Resumo dos elementos-chave do estudo no formato de resumo da publicação pretendida; geralmente inclui contexto, propósito, métodos, resultados e conclusões</translation>
        </message>
        <message>
            <source>Synthesis and interpretation</source>
            <translation>Síntese e interpretação</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness</source>
            <translation>Técnicas para aumentar a fidedignidade</translation>
        </message>
        <message>
            <source>Techniques to enhance trustworthiness and credibility of data analysis (e.g., member checking, audit trail, triangulation); rationale</source>
            <translation>Técnicas para aumentar a fidedignidade e a credibilidade da análise de dados (p. ex., verificação pelos participantes, trilha de auditoria, triangulação); justificativa</translation>
        </message>
        <message>
            <source>Theoretical framework</source>
            <translation>Referencial teórico</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Title and abstract</source>
            <translation>Título e resumo</translation>
        </message>
        <message>
            <source>Transcripts returned</source>
            <translation>Devolução das transcrições</translation>
        </message>
        <message>
            <source>Trustworthiness and limitations of findings</source>
            <translation>Fidedignidade e limitações dos achados</translation>
        </message>
        <message>
            <source>Types of data collected; details of data collection procedures including (as appropriate) start and stop dates of data collection and analysis, iterative process, triangulation of sources/methods, and modification of procedures in response to evolving study findings; rationale</source>
            <translation>Tipos de dados coletados; detalhes dos procedimentos de coleta, incluindo (quando for o caso) as datas de início e fim da coleta e da análise, o processo iterativo, a triangulação de fontes/métodos e a modificação dos procedimentos em resposta aos achados emergentes; justificativa</translation>
        </message>
        <message>
            <source>Units of study</source>
            <translation>Unidades de estudo</translation>
        </message>
        <message>
            <source>Was a relationship established prior to study commencement?</source>
            <translation>Foi estabelecida uma relação antes do início do estudo?</translation>
        </message>
        <message>
            <source>Was anyone else present besides the participants and researchers?</source>
            <translation>Havia mais alguém presente além dos participantes e pesquisadores?</translation>
        </message>
        <message>
            <source>Was data saturation discussed?</source>
            <translation>A saturação de dados foi discutida?</translation>
        </message>
        <message>
            <source>Was the researcher male or female?</source>
            <translation>O pesquisador era homem ou mulher?</translation>
        </message>
        <message>
            <source>Was there consistency between the data presented and the findings?</source>
            <translation>Houve consistência entre os dados apresentados e os achados?</translation>
        </message>
        <message>
            <source>Were field notes made during and/or after the interview or focus group?</source>
            <translation>Foram feitas notas de campo durante e/ou após a entrevista ou o grupo focal?</translation>
        </message>
        <message>
            <source>Were major themes clearly presented in the findings?</source>
            <translation>Os temas principais foram apresentados com clareza nos achados?</translation>
        </message>
        <message>
            <source>Were participant quotations presented to illustrate the themes/findings? Was each quotation identified? e.g. participant number</source>
            <translation>Foram apresentadas citações dos participantes para ilustrar os temas/achados? Cada citação foi identificada? p. ex., número do participante</translation>
        </message>
        <message>
            <source>Were questions, prompts, guides provided by the authors? Was it pilot tested?</source>
            <translation>Os autores forneceram perguntas, estímulos, roteiros? Foi feito um teste piloto?</translation>
        </message>
        <message>
            <source>Were repeat interviews carried out? If yes, how many?</source>
            <translation>Foram realizadas entrevistas repetidas? Se sim, quantas?</translation>
        </message>
        <message>
            <source>Were themes identified in advance or derived from the data?</source>
            <translation>Os temas foram identificados previamente ou derivados dos dados?</translation>
        </message>
        <message>
            <source>Were transcripts returned to participants for comment and/or correction?</source>
            <translation>As transcrições foram devolvidas aos participantes para comentários e/ou correções?</translation>
        </message>
        <message>
            <source>What are the important characteristics of the sample? e.g. demographic data, date</source>
            <translation>Quais são as características importantes da amostra? p. ex., dados demográficos, data</translation>
        </message>
        <message>
            <source>What characteristics were reported about the interviewer/facilitator? e.g. Bias, assumptions, reasons and interests in the research topic</source>
            <translation>Que características foram relatadas sobre o entrevistador/facilitador? p. ex., vieses, pressupostos, razões e interesses no tema da pesquisa</translation>
        </message>
        <message>
            <source>What did the participants know about the researcher? e.g. personal goals, reasons for doing the research</source>
            <translation>O que os participantes sabiam sobre o pesquisador? p. ex., objetivos pessoais, razões para fazer a pesquisa</translation>
        </message>
        <message>
            <source>What experience or training did the researcher have?</source>
            <translation>Que experiência ou formação o pesquisador tinha?</translation>
        </message>
        <message>
            <source>What methodological orientation was stated to underpin the study? e.g. grounded theory, discourse analysis, ethnography, phenomenology, content analysis</source>
            <translation>Que orientação metodológica foi declarada como base do estudo? p. ex., teoria fundamentada, análise do discurso, etnografia, fenomenologia, análise de conteúdo</translation>
        </message>
        <message>
            <source>What software, if applicable, was used to manage the data?</source>
            <translation>Que software, se for o caso, foi usado para gerenciar os dados?</translation>
        </message>
        <message>
            <source>What was the duration of the interviews or focus group?</source>
            <translation>Qual foi a duração das entrevistas ou do grupo focal?</translation>
        </message>
        <message>
            <source>What was their occupation at the time of the study?</source>
            <translation>Qual era a ocupação deles na época do estudo?</translation>
        </message>
        <message>
            <source>What were the researcher's credentials? E.g. PhD, MD</source>
            <translation>Quais eram as credenciais do pesquisador? p. ex., doutorado, graduação em medicina</translation>
        </message>
        <message>
            <source>Where was the data collected? e.g. home, clinic, workplace</source>
            <translation>Onde os dados foram coletados? p. ex., domicílio, clínica, local de trabalho</translation>
        </message>
        <message>
            <source>Which author/s conducted the interview or focus group?</source>
            <translation>Qual(is) autor(es) conduziu(ram) a entrevista ou o grupo focal?</translation>
        </message>
    </context>
    <context>
        <name>exporters.codebook</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n categoria</numerusform>
                <numerusform>%n categorias</numerusform>
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
                <numerusform>%n código ainda não classificado em uma categoria: listado no apêndice.</numerusform>
                <numerusform>%n códigos ainda não classificados em uma categoria: listados no apêndice.</numerusform>
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
                <numerusform>%n unidade de significado</numerusform>
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
            <translation>Concordância entre codificadores:</translation>
        </message>
        <message>
            <source>Appendix: codes not yet sorted</source>
            <translation>Apêndice: códigos ainda não classificados</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Livro de códigos</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <source>Codes and categories that have not been placed under a theme yet.</source>
            <translation>Códigos e categorias que ainda não foram colocados sob um tema.</translation>
        </message>
        <message>
            <source>Codes without a category</source>
            <translation>Códigos sem categoria</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Definition:</source>
            <translation>Definição:</translation>
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
            <translation>Resumo dos métodos</translation>
        </message>
        <message>
            <source>No codes in this category yet.</source>
            <translation>Ainda não há códigos nesta categoria.</translation>
        </message>
        <message>
            <source>No themes yet: codes and categories are still being sorted.</source>
            <translation>Ainda não há temas: os códigos e as categorias ainda estão sendo classificados.</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Pergunta de pesquisa:</translation>
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
            <translation>Tabela 1. </translation>
        </message>
        <message>
            <source>The analysis covers {documents}, read by {reviewers}.</source>
            <translation>A análise abrange {documents}, lidos por {reviewers}.</translation>
        </message>
        <message>
            <source>The consensus layer holds {units}.</source>
            <translation>A camada de consenso contém {units}.</translation>
        </message>
        <message>
            <source>The reviewers marked {units}.</source>
            <translation>Os codificadores marcaram {units}.</translation>
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
            <translation>Os temas e as categorias que contêm, com o número de códigos, unidades de significado e documentos por trás de cada um.</translation>
        </message>
        <message>
            <source>Themes and the categories they hold.</source>
            <translation>Os temas e as categorias que contêm.</translation>
        </message>
        <message>
            <source>They were coded with {codes}, grouped into {categories} and {themes}.</source>
            <translation>Elas foram codificadas com {codes}, agrupados em {categories} e {themes}.</translation>
        </message>
        <message>
            <source>This codebook draws on {reviewer}'s {units}.</source>
            <translation>Este livro de códigos se baseia em {units} de {reviewer}.</translation>
        </message>
        <message>
            <source>all meaning units</source>
            <translation>todas as unidades de significado</translation>
        </message>
        <message>
            <source>all reviewers' meaning units</source>
            <translation>as unidades de significado de todos os codificadores</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nenhum ainda</translation>
        </message>
        <message>
            <source>not written yet.</source>
            <translation>ainda não redigido.</translation>
        </message>
        <message>
            <source>the consensus layer (units agreed by the reviewers)</source>
            <translation>a camada de consenso (unidades acordadas pelos codificadores)</translation>
        </message>
        <message>
            <source>{layer}, only those the coding query “{query}” selects</source>
            <translation>{layer}, somente as que a consulta de codificação “{query}” seleciona</translation>
        </message>
        <message>
            <source>{reviewer}'s meaning units</source>
            <translation>as unidades de significado de {reviewer}</translation>
        </message>
        <message>
            <source>{title} — Codebook</source>
            <translation>{title} — Livro de códigos</translation>
        </message>
        <message>
            <source>{units} in {documents}</source>
            <translation>{units} em {documents}</translation>
        </message>
    </context>
    <context>
        <name>exporters.dossier</name>
        <message numerus="yes">
            <source>%n category(-ies)</source>
            <translation>
                <numerusform>%n categoria</numerusform>
                <numerusform>%n categorias</numerusform>
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
                <numerusform>%n etapa registrada da análise, da mais antiga para a mais recente (o tempo de leitura não é listado).</numerusform>
                <numerusform>%n etapas registradas da análise, da mais antiga para a mais recente (o tempo de leitura não é listado).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n researcher(s) coded the data ({names}).</source>
            <translation>
                <numerusform>%n pesquisador codificou os dados ({names}).</numerusform>
                <numerusform>%n pesquisadores codificaram os dados ({names}).</numerusform>
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
            <translation>Depois</translation>
        </message>
        <message>
            <source>After consensus, each reviewer compared with the consensus layer (pooled over all codes):</source>
            <translation>Após o consenso, cada codificador comparado com a camada de consenso (agregado para todos os códigos):</translation>
        </message>
        <message>
            <source>Alpha 95 % CI</source>
            <translation>IC 95 % de alfa</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Trilha de auditoria</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>COREQ: 32-item checklist for interviews and focus groups</source>
            <translation>COREQ: checklist de 32 itens para entrevistas e grupos focais</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Codebook versions</source>
            <translation>Versões do livro de códigos</translation>
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
            <translation>Decisões de consenso</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisões</translation>
        </message>
        <message>
            <source>Every analytic step is recorded in the study's audit trail (Appendix: audit trail).</source>
            <translation>Cada etapa analítica é registrada na trilha de auditoria do estudo (Apêndice: trilha de auditoria).</translation>
        </message>
        <message>
            <source>Fewer than two reviewers have coded the material, so there is no agreement to report.</source>
            <translation>Menos de dois codificadores codificaram o material, portanto não há concordância a relatar.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}) for double coding.</source>
            <translation>Para a confiabilidade entre codificadores, {drawn} de {population} documentos ({share}) foram sorteados aleatoriamente (semente {seed}) para dupla codificação.</translation>
        </message>
        <message>
            <source>For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random (seed {seed}, stratified by {by}) for double coding.</source>
            <translation>Para a confiabilidade entre codificadores, {drawn} de {population} documentos ({share}) foram sorteados aleatoriamente (semente {seed}, estratificado por {by}) para dupla codificação.</translation>
        </message>
        <message>
            <source>From the study</source>
            <translation>A partir do estudo</translation>
        </message>
        <message>
            <source>From “{older}” to {newer}</source>
            <translation>De “{older}” para {newer}</translation>
        </message>
        <message>
            <source>Guide question</source>
            <translation>Pergunta norteadora</translation>
        </message>
        <message>
            <source>Intercoder reliability</source>
            <translation>Confiabilidade entre codificadores</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Alfa de Krippendorff</translation>
        </message>
        <message>
            <source>Methods (draft to adapt)</source>
            <translation>Métodos (rascunho a adaptar)</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Sem alterações.</translation>
        </message>
        <message>
            <source>No codebook versions were recorded (File › Codebook versions…, or lectio codebook-snapshot).</source>
            <translation>Nenhuma versão do livro de códigos foi registrada (Arquivo › Versões do livro de códigos…, ou lectio codebook-snapshot).</translation>
        </message>
        <message>
            <source>No consensus decisions were needed.</source>
            <translation>Nenhuma decisão de consenso foi necessária.</translation>
        </message>
        <message>
            <source>No consensus decisions were recorded.</source>
            <translation>Nenhuma decisão de consenso foi registrada.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Reflexivity: the reviewers' memos</source>
            <translation>Reflexividade: os memorandos dos codificadores</translation>
        </message>
        <message>
            <source>Research question:</source>
            <translation>Pergunta de pesquisa:</translation>
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
            <translation>SRQR: Standards for Reporting Qualitative Research (21 itens)</translation>
        </message>
        <message>
            <source>Software:</source>
            <translation>Software:</translation>
        </message>
        <message numerus="yes">
            <source>The codebook was kept in %n recorded version(s), and each change between them is listed with its reason (Appendix: codebook versions).</source>
            <translation>
                <numerusform>O livro de códigos foi mantido em %n versão registrada, e cada alteração entre elas é listada com seu motivo (Apêndice: versões do livro de códigos).</numerusform>
                <numerusform>O livro de códigos foi mantido em %n versões registradas, e cada alteração entre elas é listada com seu motivo (Apêndice: versões do livro de códigos).</numerusform>
            </translation>
        </message>
        <message>
            <source>The consensus session on the {count} disagreements has not started yet.</source>
            <translation>A sessão de consenso sobre as {count} divergências ainda não começou.</translation>
        </message>
        <message>
            <source>The data ({documents} from {participants}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Os dados ({documents} de {participants}) foram analisados por análise de conteúdo convencional no {software}: as unidades de significado foram identificadas e condensadas, codificadas, e os códigos agrupados em {categories} e abstraídos em {themes}.</translation>
        </message>
        <message>
            <source>The data ({documents}) were analysed by conventional content analysis in {software}: meaning units were identified and condensed, coded, and the codes clustered into {categories} and abstracted into {themes}.</source>
            <translation>Os dados ({documents}) foram analisados por análise de conteúdo convencional no {software}: as unidades de significado foram identificadas e condensadas, codificadas, e os códigos agrupados em {categories} e abstraídos em {themes}.</translation>
        </message>
        <message>
            <source>The reviewers' units showed no disagreements to settle.</source>
            <translation>As unidades dos codificadores não mostraram divergências a resolver.</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>A completar</translation>
        </message>
        <message>
            <source>Trustworthiness dossier</source>
            <translation>Dossiê de fidedignidade</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Quando (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>first reviewer's version kept</source>
            <translation>versão do primeiro codificador mantida</translation>
        </message>
        <message>
            <source>identical units adopted</source>
            <translation>unidades idênticas adotadas</translation>
        </message>
        <message>
            <source>second reviewer's version kept</source>
            <translation>versão do segundo codificador mantida</translation>
        </message>
        <message>
            <source>the current codebook</source>
            <translation>o livro de códigos atual</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>indefinido</translation>
        </message>
        <message>
            <source>unit edited together</source>
            <translation>unidade editada em conjunto</translation>
        </message>
        <message>
            <source>unit rejected</source>
            <translation>unidade rejeitada</translation>
        </message>
        <message>
            <source>versions merged</source>
            <translation>versões mescladas</translation>
        </message>
        <message>
            <source>{answered} of {count} items answered from the study; the others are marked “{mark}”.</source>
            <translation>{answered} de {count} itens respondidos a partir do estudo; os demais estão marcados como “{mark}”.</translation>
        </message>
        <message>
            <source>{first} and {second} coded independently; {both} of {documents} documents were coded by both. Agreement before consensus, at the character level and pooled over all codes, was Krippendorff's alpha {alpha} (95 % bootstrap CI {ci}, {resamples} resamples; Hayes &amp; Krippendorff 2007) and Cohen's kappa {kappa}.</source>
            <translation>{first} e {second} codificaram de forma independente; {both} de {documents} documentos foram codificados por ambos. A concordância antes do consenso, no nível de caractere e agregada para todos os códigos, foi alfa de Krippendorff {alpha} (IC bootstrap de 95 % {ci}, {resamples} reamostragens; Hayes &amp; Krippendorff 2007) e kappa de Cohen {kappa}.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <source>{mark}: no reviewer memos or first impressions were written in the study.</source>
            <translation>{mark}: nenhum memorando de codificador nem primeiras impressões foram escritos no estudo.</translation>
        </message>
        <message>
            <source>{mark}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</source>
            <translation>{mark}: nenhuma amostra foi sorteada no Lectio (lectio icr-sample STUDY --share 0.2 --seed N).</translation>
        </message>
        <message>
            <source>{name} (automatic)</source>
            <translation>{name} (automático)</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements settled.</source>
            <translation>{resolved} de {total} divergências resolvidas.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale.</source>
            <translation>{resolved} de {total} divergências foram resolvidas por consenso, cada decisão registrada com sua justificativa.</translation>
        </message>
        <message>
            <source>{resolved} of {total} disagreements were settled in consensus, each decision recorded with its rationale; {open} remain open.</source>
            <translation>{resolved} de {total} divergências foram resolvidas por consenso, cada decisão registrada com sua justificativa; {open} continuam em aberto.</translation>
        </message>
        <message>
            <source>{title} — Trustworthiness dossier</source>
            <translation>{title} — Dossiê de fidedignidade</translation>
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
                <numerusform>%n participante aparece em mais de um documento: {names}.</numerusform>
                <numerusform>%n participantes aparecem em mais de um documento: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time-stamped transcript(s) imported into {software}; every change to the analysis is logged in the study's audit trail.</source>
            <translation>
                <numerusform>%n transcrição com marcas de tempo importada no {software}; cada alteração na análise é registrada na trilha de auditoria do estudo.</numerusform>
                <numerusform>%n transcrições com marcas de tempo importadas no {software}; cada alteração na análise é registrada na trilha de auditoria do estudo.</numerusform>
            </translation>
        </message>
        <message>
            <source>An audit trail of every analytic step</source>
            <translation>Uma trilha de auditoria de cada etapa analítica</translation>
        </message>
        <message>
            <source>Coded by {names} in {software}: meaning units, condensed meanings, codes, {categories} categories and {themes} themes.</source>
            <translation>Codificado por {names} no {software}: unidades de significado, significados condensados, códigos, {categories} categorias e {themes} temas.</translation>
        </message>
        <message>
            <source>Conventional content analysis (inductive; codes derived from the data).</source>
            <translation>Análise de conteúdo convencional (indutiva; códigos derivados dos dados).</translation>
        </message>
        <message>
            <source>Conventional content analysis: meaning units were identified in the text, condensed, coded, and codes clustered into categories and abstracted into themes (recorded in Lectio).</source>
            <translation>Análise de conteúdo convencional: unidades de significado foram identificadas no texto, condensadas e codificadas, e os códigos foram agrupados em categorias e abstraídos em temas (registrado no Lectio).</translation>
        </message>
        <message>
            <source>Derived from the data: codes were formed while reading and sorted into categories and themes.</source>
            <translation>Derivados dos dados: os códigos foram formados durante a leitura e organizados em categorias e temas.</translation>
        </message>
        <message>
            <source>Interviewer(s) as recorded in the transcripts: {names}.</source>
            <translation>Entrevistador(es) conforme registrado nas transcrições: {names}.</translation>
        </message>
        <message>
            <source>Quotations are exported with their document and participant, and with the time stamp (transcripts) or page (articles) they come from.</source>
            <translation>As citações são exportadas com seu documento e participante, e com a marca de tempo (transcrições) ou a página (artigos) de onde vêm.</translation>
        </message>
        <message>
            <source>Reviewers' memos and first impressions are kept in the study (see the reflexivity section).</source>
            <translation>Os memorandos e primeiras impressões dos codificadores ficam guardados no estudo (veja a seção de reflexividade).</translation>
        </message>
        <message>
            <source>The latest time stamp in any transcript is {minutes} minutes.</source>
            <translation>A marca de tempo mais tardia em qualquer transcrição é de {minutes} minutos.</translation>
        </message>
        <message>
            <source>a logged consensus procedure</source>
            <translation>um procedimento de consenso registrado</translation>
        </message>
        <message>
            <source>independent double coding with agreement figures</source>
            <translation>dupla codificação independente com índices de concordância</translation>
        </message>
        <message>
            <source>versioned codebooks</source>
            <translation>livros de códigos versionados</translation>
        </message>
        <message>
            <source>{count} of {total} documents are time-stamped transcripts of recordings.</source>
            <translation>{count} de {total} documentos são transcrições de gravações com marcas de tempo.</translation>
        </message>
        <message>
            <source>{documents}.</source>
            <translation>{documents}.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} e {last}</translation>
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
            <translation>{software} (ambiente de trabalho para análise de conteúdo qualitativa).</translation>
        </message>
        <message numerus="yes">
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio, with %n recorded version(s).</source>
            <translation>
                <numerusform>{themes} temas, {categories} categorias e {codes} códigos; o livro de códigos com definições e critérios de inclusão e exclusão é exportado do Lectio, com %n versão registrada.</numerusform>
                <numerusform>{themes} temas, {categories} categorias e {codes} códigos; o livro de códigos com definições e critérios de inclusão e exclusão é exportado do Lectio, com %n versões registradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{themes} themes, {categories} categories and {codes} codes; the codebook with definitions, inclusion and exclusion criteria is exported from Lectio.</source>
            <translation>{themes} temas, {categories} categorias e {codes} códigos; o livro de códigos com definições e critérios de inclusão e exclusão é exportado do Lectio.</translation>
        </message>
    </context>
</TS>
