"""A merge or sync conflict in words ("Code 'Trust': changed in both files (definition … here, … there)"), in the
window's language or the one asked for.

``language`` None is the window's (current) language, with the names inside set apart for right-to-left text
(FSI … PDI); the command line and the JSON ask for ``language="en"`` and get the plain English they always printed.
Each piece is a whole phrase with named placeholders: the item ("Theme {name}"), what happened to it ("changed in
both files") and what differs ("{column} {here} here, {there} there"), put together by a translatable frame
("{item}: {problem} ({detail})").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.bidi import isolate
from app.i18n import translate, translate_noop

if TYPE_CHECKING:
    from app.consensus.merge_plan import MergeConflict

C = "consensus.merge"

KIND_LABELS = {"changed_both": translate_noop(C, "changed in both files"),
               "deleted_here": translate_noop(C, "deleted here, edited there"),
               "deleted_there": translate_noop(C, "deleted there, still here"),
               "text_differs": translate_noop(C, "text corrected in one file and not in the other"),
               "turns_differ": translate_noop(C, "speaker turns differ between the two files"),
               "merged_there": translate_noop(C, "merged into another participant there")}
TABLE_LABELS = {"theme": translate_noop(C, "Theme {name}"), "category": translate_noop(C, "Category {name}"),
                "code": translate_noop(C, "Code {name}"), "meaningunit": translate_noop(C, "Meaning unit {name}"),
                "annotation": translate_noop(C, "Note {name}"), "memo": translate_noop(C, "Memo {name}"),
                "coding": translate_noop(C, "Coding {name}"), "consensusdecision": translate_noop(C, "Decision {name}"),
                "reviewer": translate_noop(C, "Reviewer {name}"), "document": translate_noop(C, "Document {name}"),
                "readingprogress": translate_noop(C, "Reading progress {name}"),
                "participant": translate_noop(C, "Participant {name}"),
                "attribute": translate_noop(C, "Attribute {name}"),
                "attributevalue": translate_noop(C, "Attribute value {name}"),
                "turn": translate_noop(C, "Speaker turns of {name}")}
# the compared columns (merge_plan.COMPARED) as a reader names them
COLUMN_LABELS = {"name": translate_noop(C, "name"), "role": translate_noop(C, "role"),
                 "type": translate_noop(C, "type"), "value": translate_noop(C, "value"),
                 "description": translate_noop(C, "description"), "theme_id": translate_noop(C, "theme_id"),
                 "parent_id": translate_noop(C, "parent_id"), "colour": translate_noop(C, "colour"),
                 "definition": translate_noop(C, "definition"), "inclusion": translate_noop(C, "inclusion"),
                 "exclusion": translate_noop(C, "exclusion"), "category_id": translate_noop(C, "category_id"),
                 "exemplar_unit_id": translate_noop(C, "exemplar_unit_id"), "start": translate_noop(C, "start"),
                 "end": translate_noop(C, "end"), "text": translate_noop(C, "text"),
                 "condensed": translate_noop(C, "condensed"), "outcome": translate_noop(C, "outcome"),
                 "note": translate_noop(C, "note"), "consensus_unit_id": translate_noop(C, "consensus_unit_id"),
                 "participant_id": translate_noop(C, "participant_id")}
COLUMN_DIFFERS = translate_noop(C, "{column} {here} here, {there} there")
DIFFS_JOINED = translate_noop(C, "{first}; {rest}")
WITH_DETAIL = translate_noop(C, "{item}: {problem} ({detail})")
WITHOUT_DETAIL = translate_noop(C, "{item}: {problem}")
# details merge_people gives a conflict (the template in ``detail``, the values in ``values``)
MERGED_INTO = translate_noop(C, "into {name}")
PARTICIPANT_DIFFERS = translate_noop(C, "participant {here} here, {there} there")
TURNS_DIFFER = translate_noop(C, "{here} turn(s) here, {there} there")
NO_PARTICIPANT = translate_noop(C, "no participant")  # a ``values`` entry None: the document has none


def short(value: Any, width: int = 30) -> str:
    s = str(value)
    return s if len(s) <= width else s[: width - 1] + "…"


def name_of(row: dict[str, Any]) -> str:
    for key in ("name", "text", "outcome"):
        if row.get(key):
            return repr(short(row[key], 40))
    return row.get("id", "")[:8]


def _t(text: str, language: str | None) -> str:
    return translate(C, text, language)


def describe_conflict(conflict: MergeConflict, language: str | None = None,
                      compared: tuple[str, ...] | None = None) -> str:
    """``conflict`` in words; ``compared``: the columns of its table a merge compares (for "changed in both"),
    None for a table it does not compare."""
    shown = isolate if language is None else str
    name = repr(short(conflict.label, 40)) if conflict.label else name_of(conflict.ours or conflict.theirs or {})
    template = TABLE_LABELS.get(conflict.table)
    item = _t(template, language).format(name=shown(name)) if template else f"{conflict.table} {shown(name)}"
    problem = _t(KIND_LABELS[conflict.kind], language)
    detail = ""
    if conflict.detail:
        values = {k: shown(str(v)) if v is not None else _t(NO_PARTICIPANT, language)
                  for k, v in conflict.values.items()}
        detail = _t(conflict.detail, language).format(**values) if values else _t(conflict.detail, language)
    elif conflict.kind == "changed_both" and conflict.ours and conflict.theirs and compared is not None:
        ours, theirs = conflict.ours, conflict.theirs
        diffs = [_t(COLUMN_DIFFERS, language).format(
                    column=_t(COLUMN_LABELS[c], language) if c in COLUMN_LABELS else c,
                    here=shown(short(ours.get(c))), there=shown(short(theirs.get(c))))
                 for c in compared if ours.get(c) != theirs.get(c)]
        for diff in diffs:
            detail = _t(DIFFS_JOINED, language).format(first=detail, rest=diff) if detail else diff
        if not diffs:  # nothing compared differs: an empty "()" as before
            return _t(WITH_DETAIL, language).format(item=item, problem=problem, detail="")
    if detail:
        return _t(WITH_DETAIL, language).format(item=item, problem=problem, detail=detail)
    return _t(WITHOUT_DETAIL, language).format(item=item, problem=problem)
