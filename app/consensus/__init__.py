"""Two-reviewer consensus (Qt-free): reviewer copies, merging a reviewer's file, agreement figures, the
list of disagreements, decisions that build the "Consensus" layer, and the consensus report.

What a view calls (every write returns an ``Outcome`` with ``undo``; long calls take ``progress`` and
``cancelled`` and belong off the GUI thread):

- ``copies.create_reviewer_copy(project_or_path, out, reviewer, blind=False) -> CopyResult``
- ``merge.preview_merge(project, other) -> MergePlan`` (nothing written), ``merge.merge_file(project, other)
  -> Outcome[MergeResult]``, ``merge.resolve_conflict(project, conflict, take="ours"|"theirs")``
- ``agreement.agreement(project, a=None, b=None, threshold=0.5) -> AgreementReport`` (``.to_json()``),
  ``agreement.summary_for_export(project) -> dict | None``
- ``disagreements.list_disagreements(project, a=None, b=None, threshold=0.5, document_id=None)
  -> DisagreementList`` (``.items``, ``.progress_text()``, ``.documents()``, ``.next_unresolved()``)
- ``decisions.decide(project, item, outcome, note, start=, end=, codes=)``, ``decisions.reopen``,
  ``decisions.adopt_agreements``, ``decisions.progress_of``, ``decisions.decision_log``
- ``settings.session_settings`` / ``save_session_settings`` (the pair of reviewers and the threshold)
- ``report_docx.export_consensus_report(project, out, progress, cancelled) -> Path``
"""
