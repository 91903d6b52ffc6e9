"""The figures as the command line, the exports and the window ask for them: by reviewer name and query text.

Each runs with the garbage collector paused from the read to the figure: re-enabled in between, its first pass
would walk every object the read just made (none is in a cycle) — a tenth of a second over 100,000 units."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.analysis.data import AnalysisData, Unit, load, paused_gc, resolve_layer
from app.analysis.figures import Cooccurrence, Matrix, Saturation, cooccurrence, matrix, restrict, saturation
from app.analysis.query import QueryError, run_query
from app.core.errors import LectioError

if TYPE_CHECKING:
    from app.analysis.local import LocalStudy
    from app.core.project import Project


@paused_gc
def prepare(project: Project | LocalStudy, reviewer: str | None = None, query: str | None = None) -> AnalysisData:
    """The study's units of the chosen layer (default: every reviewer), restricted to a coding query (a saved
    query's name, or an expression) when one is given."""
    data = load(project, resolve_layer(project, reviewer))
    if query:
        data = restrict(data, query_units(project, data, query))
    return data


def query_units(project: Project, data: AnalysisData, query: str) -> set[str]:
    from app.analysis.saved import find_query

    saved = find_query(project, query)
    expression = saved.expression if saved else query
    try:
        return run_query(data, expression)
    except QueryError as exc:
        label = f"query {saved.name!r}" if saved else "query"
        raise LectioError(f"{project.path}: {label}: {exc}") from None
    except LectioError as exc:
        raise LectioError(f"{project.path}: {str(exc).removeprefix('the study: ')}") from None


@paused_gc
def query_unit_ids(project: Project, query: str, reviewer: str | None = None) -> frozenset[str]:
    """The ids of the meaning units (every reviewer's, or one layer's) a coding query selects — a saved query's
    name or an expression — for a view or an export restricted to it."""
    data = load(project, resolve_layer(project, reviewer))
    return frozenset(query_units(project, data, query))


@paused_gc
def study_matrix(project: Project | LocalStudy, by: str, *, rows: str = "codes", count: str = "units",
                 reviewer: str | None = None, query: str | None = None) -> Matrix:
    return matrix(prepare(project, reviewer, query), by, rows=rows, count=count, where=str(project.path))


@paused_gc
def study_cooccurrence(project: Project | LocalStudy, *, overlap: bool = False, reviewer: str | None = None,
                       query: str | None = None) -> Cooccurrence:
    return cooccurrence(prepare(project, reviewer, query), overlap=overlap)


@paused_gc
def study_saturation(project: Project | LocalStudy, *, base: int = 4, run: int = 2, threshold: float = 0.05,
                     order: str = "import", reviewer: str | None = None, query: str | None = None) -> Saturation:
    return saturation(prepare(project, reviewer, query), base=base, run=run, threshold=threshold, order=order,
                      where=str(project.path))


def unit_rows(project: Project, data: AnalysisData, unit_ids: list[str] | set[str],
              limit: int | None = None) -> list[dict]:
    """The units as a reader sees them (document, span, reviewer, codes, text), in document order (the first
    ``limit`` of them when given)."""
    from sqlalchemy import text

    wanted = set(unit_ids)
    chosen = data.in_reading_order([u for u in data.units if u.id in wanted])[:limit]
    texts: dict[str, str] = {}
    ids = [u.id for u in chosen]
    with project.read_session() as s:
        for i in range(0, len(ids), 500):
            batch = ids[i:i + 500]
            marks = ", ".join(f":u{j}" for j in range(len(batch)))
            rows = s.execute(text(f"SELECT id, text FROM meaningunit WHERE id IN ({marks})"),
                             {f"u{j}": v for j, v in enumerate(batch)}).all()
            texts.update({r[0]: r[1] for r in rows})
    docs = {d.id: d.name for d in data.documents}

    def names(u: Unit) -> list[str]:
        known = sorted((data.codes[c] for c in u.codes if c in data.codes), key=lambda c: (c.position, c.name))
        return [c.name for c in known]

    return [{"id": u.id, "document": docs.get(u.document_id, "?"), "document_id": u.document_id,
             "start": u.start, "end": u.end,
             "reviewer": data.reviewers.get(u.reviewer_id, "?"), "codes": names(u), "text": texts.get(u.id, "")}
            for u in chosen]
