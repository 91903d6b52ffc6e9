"""Place REFI codes in Lectio's themes › categories (› sub-categories) › codes.

- A top-level non-codable code whose children are all non-codable becomes a theme; its children categories.
- Any other non-codable code becomes a category (a sub-category when inside another category).
- A codable code becomes a code. When it has sub-codes (REFI allows codes in codes; Lectio does not), it
  also gives its name to a category that holds the code itself and its sub-codes, so the hierarchy survives.
Names already in the project are reused (codes, themes, categories with the same parent), never doubled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.codebook import PALETTE
from app.core.models import Category, Code, Theme, new_id
from app.refi.model import RCode, split_description
from app.refi.plan import Plan

if TYPE_CHECKING:
    from app.core.project import Project
    from app.refi.links import Links

_RGB6 = re.compile(r"^#[0-9a-fA-F]{6}$")
_RGB3 = re.compile(r"^#[0-9a-fA-F]{3}$")


def _colour(value: str) -> str:
    if _RGB6.match(value):
        return value.lower()
    if _RGB3.match(value):
        return "#" + "".join(ch * 2 for ch in value[1:]).lower()
    return ""


@dataclass
class Placed:
    """Where each REFI code GUID ended up: ('code'|'category'|'theme', id)."""

    targets: dict[str, tuple[str, str]] = field(default_factory=dict)
    new_codes: int = 0
    reused_codes: list[str] = field(default_factory=list)


class CodebookPlacer:
    def __init__(self, project: Project, plan: Plan, links: Links | None = None) -> None:
        self.plan = plan
        self.links = links
        with project.read_session() as s:
            themes = list(s.exec(select(Theme)))
            cats = list(s.exec(select(Category)))
            codes = list(s.exec(select(Code)))
        self.themes = {t.name.casefold(): t.id for t in themes}
        self.cats = {(c.name.casefold(), c.theme_id, c.parent_id): c.id for c in cats}
        self.codes = {c.name.casefold(): c.id for c in codes}
        self.existing_codes = set(self.codes.values())
        self.n_theme, self.n_cat, self.n_code = len(themes), len(cats), len(codes)
        self.placed = Placed()
        self.nested_codable: list[str] = []
        self.renamed: list[str] = []

    def place_all(self, roots: list[RCode]) -> Placed:
        for node in roots:
            self._place(node, None, None, "", top=True)
        if self.nested_codable:
            names = ", ".join(repr(n) for n in self.nested_codable[:5])
            more = f" and {len(self.nested_codable) - 5} more" if len(self.nested_codable) > 5 else ""
            self.plan.warnings.append(
                f"{len(self.nested_codable)} code(s) have sub-codes ({names}{more}); Lectio codes cannot nest, so "
                f"each also became a category of the same name holding it and its sub-codes")
        if self.renamed:
            self.plan.warnings.append(
                f"{len(self.renamed)} code name(s) occur twice in the file; Lectio code names are unique, so these "
                f"were renamed: {', '.join(self.renamed[:8])}{'…' if len(self.renamed) > 8 else ''}")
        if self.placed.reused_codes:
            names = ", ".join(repr(n) for n in self.placed.reused_codes[:5])
            self.plan.warnings.append(
                f"{len(self.placed.reused_codes)} code(s) were already in the project ({names}"
                f"{'…' if len(self.placed.reused_codes) > 5 else ''}); the existing codes were kept and used")
        return self.placed

    def _known(self, guid: str, table: str) -> str | None:
        """The row this code GUID became in an earlier import (or is), so a re-import reuses it."""
        return self.links.get("code", guid, table) if self.links else None

    def _remember(self, guid: str, table: str, row_id: str) -> None:
        if self.links:
            self.links.add("code", guid, table, row_id)

    def _theme(self, node: RCode) -> str:
        if known := self._known(node.guid, "theme"):
            return known
        key = node.name.casefold()
        if key not in self.themes:
            self.themes[key] = new_id()
            self.plan.add("theme", {"id": self.themes[key], "name": node.name, "description": node.description,
                                    "position": self.n_theme, "x": 0.0, "y": 0.0})
            self.n_theme += 1
        return self.themes[key]

    def _category(self, name: str, description: str, colour: str, theme_id: str | None,
                  parent_id: str | None, guid: str = "") -> str:
        if known := self._known(guid, "category"):
            return known
        key = (name.casefold(), theme_id, parent_id)
        if key not in self.cats:
            self.cats[key] = new_id()
            self.plan.add("category", {
                "id": self.cats[key], "name": name, "description": description, "theme_id": theme_id,
                "parent_id": parent_id, "colour": _colour(colour), "position": self.n_cat, "x": 0.0, "y": 0.0})
            self.n_cat += 1
        return self.cats[key]

    def _code(self, node: RCode, category_id: str | None, parent_name: str) -> str:
        if known := self._known(node.guid, "code"):
            return known
        key = node.name.casefold()
        name = node.name
        if key in self.codes and self.codes[key] in self.existing_codes:
            self.placed.reused_codes.append(node.name)
            return self.codes[key]
        if key in self.codes:  # two codes of one name in the file (under different parents): keep both apart
            name = f"{node.name} ({parent_name})" if parent_name else node.name
            n = 2
            while name.casefold() in self.codes:
                name, n = f"{node.name} ({n})", n + 1
            self.renamed.append(f"{node.name!r} → {name!r}")
            key = name.casefold()
        code_id = self.codes[key] = new_id()
        definition, inclusion, exclusion = split_description(node.description)
        self.plan.add("code", {
            "id": code_id, "name": name, "definition": definition, "inclusion": inclusion,
            "exclusion": exclusion, "colour": _colour(node.color) or PALETTE[self.n_code % len(PALETTE)],
            "category_id": category_id, "exemplar_unit_id": None, "position": self.n_code, "x": 0.0, "y": 0.0})
        self.n_code += 1
        self.placed.new_codes += 1
        return code_id

    def _place(self, node: RCode, theme_id: str | None, parent_cat: str | None, parent_name: str, *,
               top: bool) -> None:
        targets = self.placed.targets
        if not node.codable:
            if top and node.children and all(not c.codable for c in node.children):
                tid = self._theme(node)
                targets[node.guid] = ("theme", tid)
                self._remember(node.guid, "theme", tid)
                for child in node.children:
                    self._place(child, tid, None, node.name, top=False)
                return
            cid = self._category(node.name, node.description, node.color,
                                 theme_id if parent_cat is None else None, parent_cat, node.guid)
            targets[node.guid] = ("category", cid)
            self._remember(node.guid, "category", cid)
            for child in node.children:
                self._place(child, None, cid, node.name, top=False)
            return
        holder = parent_cat
        if node.children:
            self.nested_codable.append(node.name)
            holder = self._category(node.name, "", node.color, theme_id if parent_cat is None else None, parent_cat)
        targets[node.guid] = ("code", self._code(node, holder, parent_name))
        self._remember(node.guid, "code", targets[node.guid][1])
        for child in node.children:
            self._place(child, None, holder, node.name, top=False)
