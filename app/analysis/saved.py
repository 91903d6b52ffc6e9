"""Saving coding queries by name: each save or delete is one user action (one transaction, one audit event)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import select

from app.analysis.query import QueryError, parse
from app.core.errors import InvalidOperation, NotFound
from app.core.models import now
from app.core.models_analysis import SavedQuery
from app.core.ops import Outcome, delete_rows, insert_rows, row_values, update_fields

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class QueryInfo:
    id: str
    name: str
    expression: str


def list_queries(project: Project) -> list[QueryInfo]:
    with project.read_session() as s:
        rows = s.exec(select(SavedQuery).order_by(SavedQuery.name)).all()
    return [QueryInfo(r.id, r.name, r.expression) for r in rows]


def find_query(project: Project, name: str) -> QueryInfo | None:
    found = [q for q in list_queries(project) if q.name == name]
    found = found or [q for q in list_queries(project) if q.name.casefold() == name.strip().casefold()]
    return found[0] if found else None


def save_query(project: Project, name: str, expression: str) -> Outcome[QueryInfo]:
    """Save ``expression`` under ``name`` (replacing the expression of a query already so named).
    The expression must read (its names are checked when it runs, as codes may come and go)."""
    name = name.strip()
    if not name:
        raise InvalidOperation("a saved query needs a name")
    try:
        parse(expression)
    except QueryError as exc:
        raise InvalidOperation(f"query {name!r}: {exc}") from None
    existing = find_query(project, name)
    if existing is not None:
        outcome = update_fields(project, "savedquery", existing.id, {"expression": expression, "updated_at": now()},
                                f"Change query {existing.name}", action="save_query")
        outcome.value = QueryInfo(existing.id, existing.name, expression)  # type: ignore[assignment]
        return outcome  # type: ignore[return-value]
    row = SavedQuery(name=name, expression=expression)
    created = insert_rows(project, [row_values(row)], f"Save query {name}", action="save_query")
    created.value = QueryInfo(row.id, row.name, row.expression)
    return created  # type: ignore[return-value]


def delete_query(project: Project, name: str) -> Outcome[None]:
    existing = find_query(project, name)
    if existing is None:
        raise NotFound(f"no saved query called {name!r}")
    return delete_rows(project, [("savedquery", existing.id)], f"Delete query {existing.name}",
                       action="delete_query")
