"""Plan the speaker turns a Lectio .qdpx carries (marked ``PlainTextSelection``s, ``app/refi/model.py``).

A turn belongs to the participant whose ``<Case>`` refers to it (``SelectionRef``), else to nobody (a label not
mapped to anyone). A document new to the study receives its turns; a document already in the study receives
them only when it has none, and a different set is reported, never mixed in. A file from another tool has no
such turns and imports as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.models import new_id
from app.core.models_people import Turn

if TYPE_CHECKING:
    from app.refi.to_project import ProjectPlanner


def place_turns(p: ProjectPlanner, case_person: dict[str, str]) -> None:
    """Turn rows for every source that carries turns (``case_person``: case guid → participant id)."""
    sources = [s for s in p.rp.sources if s.turns and s.guid in p.doc_ids]
    if not sources:
        return
    speaker_of: dict[str, str] = {}
    for case in p.rp.cases:
        person = case_person.get(case.guid)
        for ref in case.selections if person else []:
            speaker_of.setdefault(ref, person)  # type: ignore[arg-type]
    old_docs = [p.doc_ids[s.guid] for s in sources if p.doc_ids[s.guid] not in p.new_docs]
    have: dict[str, list[tuple[int, int, str]]] = {}
    if old_docs:
        with p.project.read_session() as s:
            for doc, start, end, speaker in s.execute(select(Turn.document_id, Turn.start, Turn.end, Turn.speaker)
                                                      .where(Turn.document_id.in_(old_docs))):  # type: ignore[attr-defined]
                have.setdefault(doc, []).append((start, end, speaker))
    differ = 0
    for src in sources:
        doc = p.doc_ids[src.guid]
        if doc in have:
            if sorted(have[doc]) != sorted((t.start, t.end, t.speaker) for t in src.turns):
                differ += 1
            continue
        for t in src.turns:
            p.plan.add("turn", {"id": new_id(), "document_id": doc, "start": t.start, "end": t.end,
                                "speaker": t.speaker, "participant_id": speaker_of.get(t.guid),
                                "seconds": t.seconds})
    if differ:
        p.warn(f"{differ} document(s) already in the study have other speaker turns than the file's; the study's "
               f"turns were kept")
