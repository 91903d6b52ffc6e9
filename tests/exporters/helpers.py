"""Reading exported Word files back as a reader would see them, and expected figures from core."""

from __future__ import annotations

from pathlib import Path

import docx

from app.core.codebook import list_categories, list_codes
from app.core.documents import list_documents
from app.core.project import Project
from app.core.units import codes_of_units, list_units


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in order."""
    d = docx.Document(str(path))
    return [(p.style.name, p.text) for p in d.paragraphs]


def table_rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.text for c in row.cells] for row in table.rows]


def all_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        parts += ["\t".join(r) for r in table_rows(t)]
    return "\n".join(parts)


def theme_figures(project: Project, reviewer_id: str | None = None) -> dict[str, tuple[int, int, int]]:
    """theme id → (codes, distinct meaning units, distinct documents), computed from core, not from the export."""
    cats = {c.id: c for c in list_categories(project)}
    codes = list_codes(project)
    theme_of_code = {c.id: cats[c.category_id].theme_id for c in codes if c.category_id in cats}
    units = list_units(project, reviewer_id=reviewer_id)
    doc_of = {u.id: u.document_id for u in units}
    coded = codes_of_units(project, [u.id for u in units])
    out: dict[str, tuple[int, int, int]] = {}
    for theme_id in {t for t in theme_of_code.values() if t}:
        n_codes = sum(1 for t in theme_of_code.values() if t == theme_id)
        hit = {u for u, cids in coded.items() if any(theme_of_code.get(c) == theme_id for c in cids)}
        out[theme_id] = (n_codes, len(hit), len({doc_of[u] for u in hit}))
    return out


def document_names(project: Project) -> dict[str, str]:
    return {d.id: d.name for d in list_documents(project)}
