"""Merging two files whose copy of a document's text differs (it was corrected in one of them).

The other file's meaning units sit on the other file's words. Before they come in, they are moved through the
diff of the two texts onto this file's words, exactly as a correction moves units (``app/core/reanchor.py``):
a unit on words both texts share lands on the same words here; a unit on words that differ keeps its span over
this file's words and is counted. The difference itself is listed as a conflict, never settled silently:
keeping this file's text changes nothing more; taking the other file's text is a correction of this file's
document, which moves every unit here (the merged ones too) onto the other file's words. The other file's speaker
turns of such a document are moved the same way before they are compared with ours (``merge_people``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.consensus.merge_plan import MergeConflict, MergePlan
from app.core.models import TABLES
from app.core.reanchor import Remap, edits_from_diff

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

TEXT_DIFFERS = "text_differs"


def _documents(engine: Engine) -> dict[str, tuple[str, str, str]]:
    t = TABLES["document"].__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return {r.id: (r.name, r.text_sha256, r.text) for r in conn.execute(select(t.c.id, t.c.name, t.c.text_sha256,
                                                                                    t.c.text))}


def _unit_documents(engine: Engine, document_ids: list[str]) -> dict[str, str]:
    t = TABLES["meaningunit"].__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return dict(conn.execute(select(t.c.id, t.c.document_id).where(t.c.document_id.in_(document_ids))).all())


def _place(row: dict[str, Any], remap: Remap, text: str) -> str:
    placed = remap.span(row["start"], row["end"])
    words = text[placed.start:placed.end]
    status = "same" if words == row.get("text") else placed.status
    row.update(start=placed.start, end=placed.end, text=words)
    return status


def _place_turns(plan: MergePlan, doc_id: str, remap: Remap, ours: Engine) -> None:
    """Their turns of the document onto this file's words, as a correction moves turns; when they then equal
    ours (the text was corrected, the turns were not touched), there is no turns conflict."""
    from app.consensus.merge_people import TURNS_DIFFER, turn_set

    for conflict in [c for c in plan.conflicts if c.kind == TURNS_DIFFER and c.id == doc_id]:
        for _table, row in conflict.rows:
            start, end = remap.point(row["start"]), remap.point(row["end"], at_start=False)
            row.update(start=start, end=max(start, end))
        t = TABLES["turn"].__table__  # type: ignore[attr-defined]
        with ours.connect() as conn:
            mine = [dict(r) for r in conn.execute(select(t).where(t.c.document_id == doc_id)).mappings()]
        if turn_set(mine) == turn_set([r for _t, r in conflict.rows]):
            plan.conflicts.remove(conflict)


def reconcile_texts(plan: MergePlan, ours: Engine, theirs: Engine) -> None:
    """Move the other file's units onto this file's words where a document's text differs; list each such
    document as a conflict. Changes ``plan`` in place."""
    mine, other = _documents(ours), _documents(theirs)
    differing = [d for d in other if d in mine and mine[d][1] != other[d][1]]
    if not differing:
        return
    unit_doc = _unit_documents(theirs, differing)
    for doc_id in differing:
        name, _sha, our_text = mine[doc_id]
        their_text = other[doc_id][2]
        remap = Remap(edits_from_diff(their_text, our_text))
        touched = 0
        rows = [r for r in plan.inserts.get("meaningunit", []) if r["document_id"] == doc_id]
        rows += [v for t, v in plan.updates if t == "meaningunit" and unit_doc.get(v["id"]) == doc_id]
        rows += [c.theirs for c in plan.conflicts if c.table == "meaningunit" and c.theirs
                 and unit_doc.get(c.id) == doc_id]
        for row in rows:
            if "start" in row and _place(row, remap, our_text) in ("changed", "deleted"):
                touched += 1
        _place_turns(plan, doc_id, remap, ours)
        plan.conflicts.append(MergeConflict(
            TEXT_DIFFERS, "document", doc_id, {"id": doc_id, "name": name, "text_sha256": mine[doc_id][1]},
            {"id": doc_id, "name": other[doc_id][0], "text_sha256": other[doc_id][1], "text": their_text}))
        note = f"{name}: the text differs between the two files (corrected in one of them); the other file's units " \
               f"were placed on this file's words"
        if touched:
            note += f" — {touched} of them sat on words that differ: check them"
        plan.warnings.append(note)
