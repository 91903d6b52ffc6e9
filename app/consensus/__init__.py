"""Two-reviewer consensus (Qt-free): reviewer copies, merging a reviewer's file, agreement figures, the
list of disagreements, decisions that build the "Consensus" layer, and the consensus report.

Modules: ``copies`` (reviewer copies), ``merge`` (bring in another file), ``agreement`` (character and
unit level figures), ``disagreements`` (what the consensus session walks through), ``decisions``
(settling them), ``report_docx`` (the Word report).
"""
