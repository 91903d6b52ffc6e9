"""Codebook versions: named snapshots at milestones, and what changed between two of them, with reasons.

A snapshot stores the codebook itself (not references to it), so a diff still names an item that was deleted
since. Items are matched by id: a code whose name changed is "renamed", not removed and added. ``CURRENT``
stands for the codebook as it is now, so any snapshot can be compared with today's state.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import Category, Code, MeaningUnit, Theme
from app.core.models_dossier import ChangeReason, CodebookSnapshot
from app.core.ops import Changes, Outcome, operation

if TYPE_CHECKING:
    from app.core.project import Project

CURRENT = "current"
CHANGE_KINDS = ("added", "removed", "renamed", "moved", "redefined")
_TEXT_FIELDS = {"code": ("definition", "inclusion", "exclusion"), "category": ("description",),
                "theme": ("description",)}


@dataclass(frozen=True)
class SnapshotInfo:
    name: str
    when: str
    automatic: bool
    themes: int
    categories: int
    codes: int


@dataclass(frozen=True)
class CodebookChange:
    change: str  # added | removed | renamed | moved | redefined
    kind: str  # code | category | theme
    item_id: str
    name: str  # the item's name in the newer version (the older one when removed)
    before: str = ""  # old name / old place / old definition
    after: str = ""
    reason: str = ""

    def sentence(self) -> str:
        what = f"{self.kind.capitalize()} '{self.name}'"
        text = {
            "added": f"{what} added" + (f" under {self.after}" if self.after else ""),
            "removed": f"{what} removed" + (f" (was under {self.before})" if self.before else ""),
            "renamed": f"{self.kind.capitalize()} '{self.before}' renamed to '{self.after}'",
            "moved": f"{what} moved from {self.before or 'unsorted'} to {self.after or 'unsorted'}",
            "redefined": f"{what} redefined",
        }[self.change]
        return text + (f" — reason: {self.reason}" if self.reason else "")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# -- reading the codebook ---------------------------------------------------------------------------
def codebook_state(session: Session) -> dict[str, list[dict[str, Any]]]:
    """The codebook as plain data, as a snapshot stores it."""
    themes = [
        {"id": t.id, "name": t.name, "description": t.description, "position": t.position}
        for t in session.exec(select(Theme).order_by(Theme.position, Theme.name))
    ]
    categories = [
        {"id": c.id, "name": c.name, "description": c.description, "theme_id": c.theme_id,
         "parent_id": c.parent_id, "position": c.position}
        for c in session.exec(select(Category).order_by(Category.position, Category.name))
    ]
    exemplar_ids = {c.exemplar_unit_id for c in session.exec(select(Code)) if c.exemplar_unit_id}
    exemplars = {
        u.id: u.text for u in session.exec(select(MeaningUnit).where(MeaningUnit.id.in_(exemplar_ids)))  # type: ignore[attr-defined]
    } if exemplar_ids else {}
    codes = [
        {"id": c.id, "name": c.name, "definition": c.definition, "inclusion": c.inclusion,
         "exclusion": c.exclusion, "category_id": c.category_id, "position": c.position,
         "exemplar": exemplars.get(c.exemplar_unit_id or "", "")}
        for c in session.exec(select(Code).order_by(Code.position, Code.name))
    ]
    return {"themes": themes, "categories": categories, "codes": codes}


def _find(session: Session, name: str) -> CodebookSnapshot:
    row = session.exec(select(CodebookSnapshot).where(CodebookSnapshot.name == name)).first()
    if row is None:
        folded = name.casefold()
        row = next((s for s in session.exec(select(CodebookSnapshot)) if s.name.casefold() == folded), None)
    if row is None:
        raise NotFound(f"there is no codebook version called {name!r}")
    return row


# -- operations -------------------------------------------------------------------------------------
def take_snapshot(project: Project, name: str, *, automatic: bool = False) -> Outcome[SnapshotInfo]:
    """Store the codebook as it is now under ``name`` (unique, case-insensitive)."""
    name = name.strip()
    if not name:
        raise InvalidOperation("a codebook version needs a name")
    if name.casefold() == CURRENT:
        raise InvalidOperation(f"'{CURRENT}' stands for the codebook as it is now; choose another name")
    label = f"Codebook version '{name}'"
    with operation(project, "codebook_snapshot", label) as op:
        taken = {s.name.casefold() for s in op.session.exec(select(CodebookSnapshot))}
        if name.casefold() in taken:
            if not automatic:
                raise InvalidOperation(f"there is already a codebook version called {name!r}")
            base, n = name, 2
            while f"{base} ({n})".casefold() in taken:
                n += 1
            name = f"{base} ({n})"
        state = codebook_state(op.session)
        row = CodebookSnapshot(name=name, automatic=automatic, reviewer_id=op.reviewer_id,
                               data=json.dumps(state, ensure_ascii=False))
        op.session.add(row)
        op.details = {"name": name, "automatic": automatic, "codes": len(state["codes"])}
    info = SnapshotInfo(name, row.at, automatic, len(state["themes"]), len(state["categories"]),
                        len(state["codes"]))
    return Outcome(label, Changes(project=True), info)


def auto_snapshot(project: Project, occasion: str) -> Outcome[SnapshotInfo]:
    """The snapshot Lectio takes by itself before a merge or a consensus session."""
    return take_snapshot(project, f"Before {occasion}", automatic=True)


def record_reason(project: Project, kind: str, item_id: str, change: str, reason: str) -> Outcome[None]:
    """Keep the researcher's reason for a rename, move or new definition, shown in codebook diffs."""
    if kind not in _TEXT_FIELDS:
        raise InvalidOperation(f"reasons are kept for codes, categories and themes, not {kind!r}")
    if change not in ("renamed", "moved", "redefined"):
        raise InvalidOperation(f"a reason is for a rename, a move or a new definition, not {change!r}")
    reason = reason.strip()
    if not reason:
        raise InvalidOperation("the reason is empty")
    label = f"Reason for the {change.rstrip('d')} of a {kind}"
    with operation(project, "change_reason", label) as op:
        add_reason(op.session, kind, item_id, change, reason, op.reviewer_id)
        op.details = {"kind": kind, "id": item_id, "change": change}
    return Outcome(label, Changes(project=True))


def add_reason(session: Session, kind: str, item_id: str, change: str, reason: str,
               reviewer_id: str | None) -> None:
    """Write a reason inside an operation that is making the change itself (a rename or move with a reason)."""
    if reason.strip():
        session.add(ChangeReason(item_kind=kind, item_id=item_id, change=change, reason=reason.strip(),
                                 reviewer_id=reviewer_id))


# -- reading versions -------------------------------------------------------------------------------
def list_snapshots(project: Project) -> list[SnapshotInfo]:
    with project.read_session() as s:
        rows = list(s.exec(select(CodebookSnapshot).order_by(CodebookSnapshot.at, CodebookSnapshot.name)))
    out = []
    for row in rows:
        data = json.loads(row.data)
        out.append(SnapshotInfo(row.name, row.at, row.automatic, len(data.get("themes", [])),
                                len(data.get("categories", [])), len(data.get("codes", []))))
    return out


def _version(session: Session, name: str) -> tuple[dict[str, Any], str | None]:
    """A version's data and its time (None for the current codebook)."""
    if name.strip().casefold() == CURRENT:
        return codebook_state(session), None
    row = _find(session, name.strip())
    return json.loads(row.data), row.at


def _places(data: dict[str, Any]) -> dict[str, str]:
    """Each item's place in words: a code's category path, a category's theme or parent."""
    themes = {t["id"]: t["name"] for t in data.get("themes", [])}
    cats = {c["id"]: c for c in data.get("categories", [])}

    def cat_path(cat_id: str | None, seen: frozenset[str] = frozenset()) -> str:
        if not cat_id or cat_id not in cats or cat_id in seen:
            return ""
        c = cats[cat_id]
        if c.get("parent_id"):
            return f"{cat_path(c['parent_id'], seen | {cat_id})} › {c['name']}".lstrip(" ›")
        theme = themes.get(c.get("theme_id") or "")
        return f"{theme} › {c['name']}" if theme else c["name"]

    out: dict[str, str] = {}
    for c in data.get("categories", []):
        parent = c.get("parent_id")
        out[c["id"]] = cat_path(parent) if parent else themes.get(c.get("theme_id") or "", "")
    for code in data.get("codes", []):
        out[code["id"]] = cat_path(code.get("category_id"))
    return out


def _parent(kind: str, item: dict[str, Any]) -> tuple[str | None, ...]:
    if kind == "code":
        return (item.get("category_id"),)
    return (item.get("theme_id"), item.get("parent_id"))


def diff_snapshots(project: Project, older: str, newer: str) -> list[CodebookChange]:
    """What changed from version ``older`` to ``newer`` (either may be ``CURRENT``), with the reasons given."""
    with project.read_session() as s:
        a, a_at = _version(s, older)
        b, b_at = _version(s, newer)
        reasons = list(s.exec(select(ChangeReason).order_by(ChangeReason.at)))
    place_a, place_b = _places(a), _places(b)

    def reason_for(item_id: str, change: str) -> str:
        found = [r.reason for r in reasons if r.item_id == item_id and r.change == change
                 and (a_at is None or r.at >= a_at) and (b_at is None or r.at <= b_at)]
        return found[-1] if found else ""

    changes: list[CodebookChange] = []
    for kind, key in (("theme", "themes"), ("category", "categories"), ("code", "codes")):
        old = {item["id"]: item for item in a.get(key, [])}
        new = {item["id"]: item for item in b.get(key, [])}
        for item_id, item in new.items():
            if item_id not in old:
                changes.append(CodebookChange("added", kind, item_id, item["name"], after=place_b.get(item_id, "")))
                continue
            before = old[item_id]
            if before["name"] != item["name"]:
                changes.append(CodebookChange("renamed", kind, item_id, item["name"], before["name"], item["name"],
                                              reason_for(item_id, "renamed")))
            if kind != "theme" and _parent(kind, before) != _parent(kind, item):  # by id: a renamed pile moves nothing
                changes.append(CodebookChange("moved", kind, item_id, item["name"], place_a.get(item_id, ""),
                                              place_b.get(item_id, ""), reason_for(item_id, "moved")))
            fields = _TEXT_FIELDS[kind]
            if any(before.get(f, "") != item.get(f, "") for f in fields):
                changes.append(CodebookChange(
                    "redefined", kind, item_id, item["name"],
                    "\n".join(f"{f}: {before.get(f, '')}" for f in fields if before.get(f, "") != item.get(f, "")),
                    "\n".join(f"{f}: {item.get(f, '')}" for f in fields if before.get(f, "") != item.get(f, "")),
                    reason_for(item_id, "redefined"),
                ))
        for item_id, item in old.items():
            if item_id not in new:
                changes.append(CodebookChange("removed", kind, item_id, item["name"], before=place_a.get(item_id, "")))
    return changes


def snapshot_before_consensus(project: Project) -> Outcome[SnapshotInfo] | None:
    """Keep the codebook before the first consensus decision of a day's session (once per day)."""
    from datetime import date

    name = f"Before consensus session {date.today().isoformat()}"
    with project.read_session() as s:
        exists = s.exec(select(CodebookSnapshot.id).where(CodebookSnapshot.name == name)).first()
    return None if exists else take_snapshot(project, name, automatic=True)
