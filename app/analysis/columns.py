"""What a matrix's columns are: the value of one attribute for each meaning unit.

``--by NAME`` is looked up in this order: a participant attribute (the value of the unit's participant: the
speaker of the turn where the unit starts, else the document's participant); then the pseudo-attributes
``participant``, ``document`` and ``reviewer``; then a key of the documents' metadata (``year``, ``authors``…),
so that a study without participants can still be compared by what its documents carry.

A unit with no participant falls in the column "(no participant)", one whose participant has no value for the
attribute in "(no value)"; these columns appear only when some unit falls in them. For ``--count participants``
a unit's person is its participant, or — when it has none — its document, counted as one person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.analysis.data import NO_VALUE, AnalysisData, Unit
from app.core.errors import LectioError

NO_PARTICIPANT = "(no participant)"
SPECIAL = (NO_PARTICIPANT, NO_VALUE)
PSEUDO = ("participant", "document", "reviewer")


@dataclass
class Grouping:
    name: str  # the attribute's name as the study spells it
    kind: str  # attribute | participant | document | reviewer | metadata
    value_of: Callable[[Unit], str]
    known: list[str]  # the values the attribute has in the study, in display order
    # the same value from the unit's participant id, when it depends on nothing else (saves a second look-up)
    value_of_participant: Callable[[str | None], str] | None = None

    def columns(self, used: set[str]) -> list[str]:
        """The known values, then any other value a unit fell in, then the special columns that were used."""
        extra = sorted((v for v in used if v not in self.known and v not in SPECIAL), key=_text_key)
        return self.known + extra + [v for v in SPECIAL if v in used]


def grouping(data: AnalysisData, name: str, *, where: str = "the study") -> Grouping:
    """The grouping ``--by name`` means; a LectioError naming what exists when there is no such attribute."""
    attr = data.attribute(name)
    if attr is not None:
        values = {pid: v for (pid, aid), v in data.values.items() if aid == attr.id and v.strip()}

        def of_participant(pid: str | None) -> str:
            return values.get(pid, NO_VALUE) if pid else NO_PARTICIPANT

        def by_attribute(unit: Unit) -> str:
            return of_participant(data.participant_of(unit))

        held = set(values.values())
        if attr.type == "choice" and attr.choices:
            known = [c for c in attr.choices if c in held] + sorted(held - set(attr.choices), key=_text_key)
        elif attr.type == "number":
            known = sorted(held, key=_number_key)
        else:
            known = sorted(held, key=_text_key)
        return Grouping(attr.name, "attribute", by_attribute, known, of_participant)
    key = name.casefold()
    if key == "participant":
        def name_of(pid: str | None) -> str:
            return data.participants.get(pid, NO_PARTICIPANT) if pid else NO_PARTICIPANT

        return Grouping("participant", "participant", lambda u: name_of(data.participant_of(u)),
                        list(data.participants.values()), name_of)
    if key == "document":
        names = {d.id: d.name for d in data.documents}
        return Grouping("document", "document", lambda u: names.get(u.document_id, NO_VALUE),
                        list(dict.fromkeys(names.values())))
    if key == "reviewer":
        return Grouping("reviewer", "reviewer", lambda u: data.reviewers.get(u.reviewer_id, NO_VALUE),
                        sorted({data.reviewers.get(u.reviewer_id, NO_VALUE) for u in data.units}, key=_text_key))
    meta_keys = {k.casefold(): k for d in data.documents for k in d.metadata}
    if key in meta_keys:
        real = meta_keys[key]
        by_doc = {d.id: _meta_text(d.metadata.get(real)) for d in data.documents}
        held = {v for v in by_doc.values() if v}
        return Grouping(real, "metadata", lambda u: by_doc.get(u.document_id) or NO_VALUE,
                        sorted(held, key=_number_key if all(_is_number(v) for v in held) else _text_key))
    known = [a.name for a in data.attributes.values()]
    offer = ", ".join(known + list(PSEUDO) + sorted(set(meta_keys.values())))
    raise LectioError(f"{where}: no attribute called {name!r} (there are: {offer})")


def _meta_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value).strip()


def _text_key(value: str) -> tuple[str, str]:
    return (value.casefold(), value)


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _number_key(value: str) -> tuple[int, float, str]:
    try:
        return (0, float(value), value)
    except ValueError:
        return (1, 0.0, value.casefold())


def order_documents(data: AnalysisData, order: str, *, where: str = "the study") -> list[str]:
    """Document ids in the order ``import`` (the default), ``name``, or by an attribute of the document's
    participant or its metadata (e.g. an interview date); documents without a value go last, in import order."""
    key = (order or "import").casefold()
    docs = data.documents
    if key == "import":
        return [d.id for d in docs]
    if key == "name":
        return [d.id for d in sorted(docs, key=lambda d: (d.name.casefold(), d.name))]
    attr = data.attribute(order)
    if attr is not None:
        raw = {d.id: data.values.get((d.participant_id, attr.id), "").strip() if d.participant_id else ""
               for d in docs}
        numeric = attr.type == "number"
    else:
        meta_keys = {k.casefold(): k for d in docs for k in d.metadata}
        if key not in meta_keys:
            offer = ", ".join(["import", "name"] + [a.name for a in data.attributes.values()]
                              + sorted(set(meta_keys.values())))
            raise LectioError(f"{where}: cannot order documents by {order!r} (there are: {offer})")
        raw = {d.id: _meta_text(d.metadata.get(meta_keys[key])) for d in docs}
        numeric = all(_is_number(v) for v in raw.values() if v)
    position = {d.id: i for i, d in enumerate(docs)}

    def sort_key(doc_id: str) -> tuple:
        value = raw[doc_id]
        if not value:
            return (1, (0, 0.0, ""), position[doc_id])
        return (0, _number_key(value) if numeric else (0, 0.0, value), position[doc_id])

    return sorted(position, key=sort_key)
