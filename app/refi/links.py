"""The GUIDs a study has seen in exchanged files (``RefiLink`` rows), so a second import adds nothing twice.

A GUID counts as known when a link row names it and its row still exists, or when it is itself the id of a
row of the expected table (a file Lectio exported carries Lectio's own ids as GUIDs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.core.models import TABLES
from app.refi.plan import Plan

if TYPE_CHECKING:
    from app.core.project import Project

# The tables whose rows an import may point a GUID at.
TARGETS = ("reviewer", "document", "meaningunit", "coding", "annotation", "memo", "code", "category", "theme",
           "participant", "attribute")


class Links:
    def __init__(self, project: Project, plan: Plan) -> None:
        self.plan = plan
        self.ids: dict[str, set[str]] = {}
        with project.read_session() as s:
            for table in TARGETS:
                t = TABLES[table].__table__  # type: ignore[attr-defined]
                self.ids[table] = set(s.execute(select(t.c.id)).scalars())
            link = TABLES["refilink"].__table__  # type: ignore[attr-defined]
            rows = s.execute(select(link.c.kind, link.c.guid, link.c.target_table, link.c.target_id)).all()
        self.known: dict[tuple[str, str], tuple[str, str]] = {(k, g): (t, i) for k, g, t, i in rows}
        self.planned: set[tuple[str, str]] = set()

    def get(self, kind: str, guid: str, *tables: str) -> str | None:
        """The id of the row ``guid`` became in an earlier import (or is), if it still exists in ``tables``."""
        if not guid:
            return None
        hit = self.known.get((kind, guid))
        if hit and hit[0] in tables and hit[1] in self.ids.get(hit[0], set()):
            return hit[1]
        for table in tables:
            if guid in self.ids.get(table, set()):
                return guid
        return None

    def table_of(self, kind: str, guid: str) -> str | None:
        hit = self.known.get((kind, guid))
        if hit and hit[1] in self.ids.get(hit[0], set()):
            return hit[0]
        return None

    def add(self, kind: str, guid: str, table: str, target_id: str) -> None:
        """Remember that ``guid`` became ``target_id`` (upserted: a stale link of a deleted row is replaced)."""
        if not guid or ":" in guid or (kind, guid) in self.planned:
            return
        if self.known.get((kind, guid)) == (table, target_id) or guid == target_id:
            return
        self.planned.add((kind, guid))
        self.plan.add("refilink", {"id": f"{kind}:{guid}", "kind": kind, "guid": guid, "target_table": table,
                                   "target_id": target_id})
