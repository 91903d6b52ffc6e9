"""Read-only summaries: counts, and the theme › category › code tree as the board shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import select

from app.core.codebook import list_categories, list_codes, list_themes
from app.core.documents import list_documents
from app.core.models import Annotation, Category, Code, Coding, MeaningUnit, Theme
from app.core.schema import SCHEMA_VERSION
from app.core.text_correction import count_to_review

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass
class CodeNode:
    id: str
    name: str
    definition: str
    colour: str
    units: int
    documents: int


@dataclass
class CategoryNode:
    id: str
    name: str
    description: str
    codes: list[CodeNode] = field(default_factory=list)
    subcategories: list[CategoryNode] = field(default_factory=list)

    def all_codes(self) -> list[CodeNode]:
        return self.codes + [c for sub in self.subcategories for c in sub.all_codes()]


@dataclass
class ThemeNode:
    id: str
    name: str
    description: str
    categories: list[CategoryNode] = field(default_factory=list)


@dataclass
class Tree:
    themes: list[ThemeNode]
    unsorted_categories: list[CategoryNode]
    unsorted_codes: list[CodeNode]


def code_unit_counts(project: Project, reviewer_id: str | None = None) -> dict[str, tuple[int, int]]:
    """code id → (meaning units, documents) carrying it, optionally for one reviewer's layer."""
    stmt = (select(Coding.code_id, func.count(func.distinct(MeaningUnit.id)),
                   func.count(func.distinct(MeaningUnit.document_id)))
            .join(MeaningUnit, MeaningUnit.id == Coding.unit_id).group_by(Coding.code_id))
    if reviewer_id:
        stmt = stmt.where(MeaningUnit.reviewer_id == reviewer_id)
    with project.read_session() as s:
        return {code_id: (n, d) for code_id, n, d in s.execute(stmt).all()}


def codebook_tree(project: Project, reviewer_id: str | None = None) -> Tree:
    counts = code_unit_counts(project, reviewer_id)
    codes_by_cat: dict[str | None, list[CodeNode]] = {}
    for code in list_codes(project):
        n, d = counts.get(code.id, (0, 0))
        codes_by_cat.setdefault(code.category_id, []).append(
            CodeNode(code.id, code.name, code.definition, code.colour, n, d))
    cats = list_categories(project)
    nodes = {c.id: CategoryNode(c.id, c.name, c.description, codes_by_cat.get(c.id, [])) for c in cats}
    top: list[Category] = []
    for c in cats:
        if c.parent_id and c.parent_id in nodes:
            nodes[c.parent_id].subcategories.append(nodes[c.id])
        else:
            top.append(c)
    themes = [ThemeNode(t.id, t.name, t.description) for t in list_themes(project)]
    by_theme = {t.id: t for t in themes}
    unsorted_cats: list[CategoryNode] = []
    for c in top:
        (by_theme[c.theme_id].categories if c.theme_id in by_theme else unsorted_cats).append(nodes[c.id])
    return Tree(themes, unsorted_cats, codes_by_cat.get(None, []))


def counts(project: Project) -> dict[str, int]:
    with project.read_session() as s:
        def n(model: Any) -> int:
            return s.exec(select(func.count()).select_from(model)).one()

        return {
            "documents": len(list_documents(project)), "meaning_units": n(MeaningUnit),
            "annotations": n(Annotation), "codes": n(Code), "codings": n(Coding),
            "categories": n(Category), "themes": n(Theme),
        }


def _code_json(c: CodeNode) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "definition": c.definition, "units": c.units, "documents": c.documents}


def _category_json(c: CategoryNode) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "description": c.description,
            "codes": [_code_json(x) for x in c.codes],
            "subcategories": [_category_json(x) for x in c.subcategories]}


def project_info(project: Project) -> dict[str, Any]:
    """What `lectio info --json` prints."""
    tree = codebook_tree(project)
    return {
        "title": project.title,
        "research_question": project.meta("research_question"),
        "schema_version": SCHEMA_VERSION,
        "reviewers": [{"id": r.id, "name": r.name, "initials": r.initials, "colour": r.colour}
                      for r in project.reviewers()],
        "documents": [{"id": d.id, "name": d.name, "kind": d.kind, "chars": d.chars, "pages": d.pages}
                      for d in list_documents(project)],
        "counts": counts(project),
        "units_to_review": count_to_review(project),
        "tree": [{"id": t.id, "name": t.name, "description": t.description,
                  "categories": [_category_json(c) for c in t.categories]} for t in tree.themes],
        "unsorted": {"categories": [_category_json(c) for c in tree.unsorted_categories],
                     "codes": [_code_json(c) for c in tree.unsorted_codes]},
        "participants": _participants_json(project),
    }


def _participants_json(project: Project) -> list[dict[str, Any]]:
    from app.core.attributes import typed_values
    from app.core.participants import list_participants

    return [{"name": p.name, "role": p.role, "attributes": typed_values(project, p.attributes)}
            for p in list_participants(project)]
