"""Codes, categories, themes, codings, and moving things between them.

Each function is one user action: one transaction, one audit event, an Outcome with its undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, update
from sqlmodel import select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import Category, Code, Coding, MeaningUnit, Theme
from app.core.names import free_name, refuse_duplicate, unique_names
from app.core.ops import (
    Changes,
    Outcome,
    delete_rows,
    insert_rows,
    operation,
    restore_rows,
    row_values,
    snapshot_for_delete,
    update_fields,
)

if TYPE_CHECKING:
    from app.core.project import Project

CODE_FIELDS = {"name", "definition", "inclusion", "exclusion", "colour", "exemplar_unit_id", "x", "y", "position"}
CATEGORY_FIELDS = {"name", "description", "colour", "x", "y", "position"}
THEME_FIELDS = {"name", "description", "x", "y", "position"}
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac")


def _name(name: str, what: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidOperation(f"a {what} needs a name")
    return name


def _next_position(project: Project, model: type[Any]) -> int:
    with project.read_session() as s:
        return len(list(s.exec(select(model.id))))


# -- create -----------------------------------------------------------------------------------------
def _sibling_names(project: Project, kind: str, parent: dict[str, str | None], exclude: str = "") -> list[str]:
    """Names of the things ``name`` must differ from: every theme; the categories in the same theme and
    parent category; every code (codes are found by name, so they are unique in the whole study)."""
    model = {"theme": Theme, "category": Category, "code": Code}[kind]
    with project.read_session() as s:
        query = select(model.id, model.name)
        for column, value in parent.items():
            query = query.where(getattr(model, column) == value if value is not None
                                else getattr(model, column).is_(None))
        return [n for i, n in s.exec(query) if i != exclude]


def _category_parent(theme_id: str | None, parent_id: str | None) -> dict[str, str | None]:
    return {"theme_id": theme_id, "parent_id": parent_id}


def create_theme(project: Project, name: str, *, description: str = "") -> Outcome[Theme]:
    theme = Theme(name=_name(name, "theme"), description=description, position=_next_position(project, Theme))
    refuse_duplicate("theme", theme.name, _sibling_names(project, "theme", {}))
    with unique_names("theme", theme.name):
        outcome = insert_rows(project, [row_values(theme)], f"Create theme {theme.name}")
    outcome.value = theme
    return outcome


def create_category(project: Project, name: str, *, description: str = "", theme_id: str | None = None,
                    parent_id: str | None = None, x: float = 0.0, y: float = 0.0) -> Outcome[Category]:
    cat = Category(name=_name(name, "category"), description=description, theme_id=theme_id,
                   parent_id=parent_id, position=_next_position(project, Category), x=x, y=y)
    refuse_duplicate("category", cat.name, _sibling_names(project, "category", _category_parent(theme_id, parent_id)),
                     "in the same place")
    with unique_names("category", cat.name):
        outcome = insert_rows(project, [row_values(cat)], f"Create category {cat.name}")
    outcome.value = cat
    return outcome


def create_code(project: Project, name: str, *, definition: str = "", inclusion: str = "",
                exclusion: str = "", colour: str = "", category_id: str | None = None,
                x: float = 0.0, y: float = 0.0) -> Outcome[Code]:
    name = _name(name, "code")
    if find_code_by_name(project, name):
        raise InvalidOperation(f"there is already a code called {name!r}")
    position = _next_position(project, Code)
    code = Code(name=name, definition=definition, inclusion=inclusion, exclusion=exclusion,
                colour=colour or PALETTE[position % len(PALETTE)], category_id=category_id,
                position=position, x=x, y=y)
    with unique_names("code", name):
        outcome = insert_rows(project, [row_values(code)], f"Create code {name}")
    outcome.value = code
    return outcome


# -- read -------------------------------------------------------------------------------------------
def list_codes(project: Project) -> list[Code]:
    with project.read_session() as s:
        return list(s.exec(select(Code).order_by(Code.position, Code.name)))


def list_categories(project: Project) -> list[Category]:
    with project.read_session() as s:
        return list(s.exec(select(Category).order_by(Category.position, Category.name)))


def list_themes(project: Project) -> list[Theme]:
    with project.read_session() as s:
        return list(s.exec(select(Theme).order_by(Theme.position, Theme.name)))


def find_code_by_name(project: Project, name: str) -> Code | None:
    with project.read_session() as s:
        for code in s.exec(select(Code)):
            if code.name.casefold() == name.strip().casefold():
                return code
    return None


def get_code(project: Project, code_id: str) -> Code:
    with project.read_session() as s:
        code = s.get(Code, code_id)
    if code is None:
        raise NotFound(f"code {code_id} is not in the project")
    return code


# -- edit -------------------------------------------------------------------------------------------
def _checked(values: dict[str, Any], allowed: set[str], what: str) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise InvalidOperation(f"a {what} has no field {', '.join(sorted(unknown))}")
    if "name" in values:
        values = {**values, "name": _name(values["name"], what)}
    return values


def update_code(project: Project, code_id: str, **values: Any) -> Outcome[dict]:
    values = _checked(values, CODE_FIELDS, "code")
    label = "Rename code" if set(values) == {"name"} else "Edit code"
    if "name" in values:
        refuse_duplicate("code", values["name"], _sibling_names(project, "code", {}, exclude=code_id))
    with unique_names("code", values.get("name", "")):
        return update_fields(project, "code", code_id, values, label, action="edit_code")


def update_category(project: Project, category_id: str, **values: Any) -> Outcome[dict]:
    values = _checked(values, CATEGORY_FIELDS, "category")
    label = "Rename category" if set(values) == {"name"} else "Edit category"
    if "name" in values:
        with project.read_session() as s:
            cat = s.get(Category, category_id)
        if cat is not None:
            siblings = _sibling_names(project, "category", _category_parent(cat.theme_id, cat.parent_id),
                                      exclude=category_id)
            refuse_duplicate("category", values["name"], siblings, "in the same place")
    with unique_names("category", values.get("name", "")):
        return update_fields(project, "category", category_id, values, label, action="edit_category")


def update_theme(project: Project, theme_id: str, **values: Any) -> Outcome[dict]:
    values = _checked(values, THEME_FIELDS, "theme")
    label = "Rename theme" if set(values) == {"name"} else "Edit theme"
    if "name" in values:
        refuse_duplicate("theme", values["name"], _sibling_names(project, "theme", {}, exclude=theme_id))
    with unique_names("theme", values.get("name", "")):
        return update_fields(project, "theme", theme_id, values, label, action="edit_theme")


# -- move -------------------------------------------------------------------------------------------
def _move(project: Project, model: type[Any], column: str, ids: list[str], target: str | None,
          label: str) -> Outcome[None]:
    table = model.__tablename__
    with operation(project, "move", label) as op:
        rows = list(op.session.exec(select(model).where(model.id.in_(ids))))
        if len(rows) != len(set(ids)):
            raise NotFound(f"some {table} items to move are not in the project")
        before = {r.id: getattr(r, column) for r in rows}
        op.session.execute(update(model).where(model.id.in_(ids)).values({column: target}))
        op.details = {"table": table, "ids": ids, "to": target, "from": before}

    def undo(p: Project) -> Outcome[None]:
        with operation(p, "move", f"Undo {label}") as op2:
            for rid, old in before.items():
                op2.session.execute(update(model).where(model.id == rid).values({column: old}))
        return Outcome(label, Changes.for_tables({table}), None,
                       lambda p2: _move(p2, model, column, ids, target, label))

    return Outcome(label, Changes.for_tables({table}), None, undo)


def move_codes(project: Project, code_ids: list[str], category_id: str | None) -> Outcome[None]:
    """Put codes into a category (None: back to Unsorted). One undo step for all of them."""
    if category_id is not None:
        _require(project, Category, category_id)
    n = len(code_ids)
    with unique_names("code"):
        return _move(project, Code, "category_id", code_ids, category_id, f"Move {n} code{'s' * (n != 1)}")


def move_categories(project: Project, category_ids: list[str], theme_id: str | None) -> Outcome[None]:
    if theme_id is not None:
        _require(project, Theme, theme_id)
    n = len(category_ids)
    with unique_names("category"):
        return _move(project, Category, "theme_id", category_ids, theme_id,
                     f"Move {n} categor{'ies' if n != 1 else 'y'}")


def set_parent_category(project: Project, category_id: str, parent_id: str | None) -> Outcome[None]:
    """Make a category a sub-category of another (None: top level). Refuses cycles."""
    if parent_id is not None:
        cats = {c.id: c for c in list_categories(project)}
        walk: str | None = parent_id
        while walk is not None:
            if walk == category_id:
                raise InvalidOperation("a category cannot sit inside itself")
            walk = cats[walk].parent_id if walk in cats else None
    with unique_names("category"):
        return _move(project, Category, "parent_id", [category_id], parent_id, "Move category")


def _require(project: Project, model: type[Any], item_id: str) -> None:
    with project.read_session() as s:
        if s.get(model, item_id) is None:
            raise NotFound(f"{model.__tablename__} {item_id} is not in the project")


# -- codings ----------------------------------------------------------------------------------------
def assign_code(project: Project, unit_id: str, code_id: str, *,
                reviewer_id: str | None = None) -> Outcome[Coding]:
    with project.read_session() as s:
        unit = s.get(MeaningUnit, unit_id)
        if unit is None:
            raise NotFound(f"meaning unit {unit_id} is not in the project")
        if s.get(Code, code_id) is None:
            raise NotFound(f"code {code_id} is not in the project")
        if s.exec(select(Coding).where(Coding.unit_id == unit_id, Coding.code_id == code_id)).first():
            raise InvalidOperation("the unit already carries this code")
    coding = Coding(unit_id=unit_id, code_id=code_id, reviewer_id=reviewer_id or unit.reviewer_id)
    outcome = insert_rows(project, [row_values(coding)], "Assign code", action="code")
    outcome.value = coding
    return outcome


def unassign_code(project: Project, unit_id: str, code_id: str) -> Outcome[None]:
    with project.read_session() as s:
        coding = s.exec(select(Coding).where(Coding.unit_id == unit_id, Coding.code_id == code_id)).first()
    if coding is None:
        raise NotFound("the unit does not carry this code")
    return delete_rows(project, [("coding", coding.id)], "Remove code from unit", action="uncode")


# -- delete and merge -------------------------------------------------------------------------------
def delete_code(project: Project, code_id: str) -> Outcome[None]:
    code = get_code(project, code_id)
    return delete_rows(project, [("code", code_id)], f"Delete code {code.name}")


def delete_category(project: Project, category_id: str) -> Outcome[None]:
    """Its codes and sub-categories go back to Unsorted; nothing else is lost."""
    return delete_rows(project, [("category", category_id)], "Delete category")


def delete_theme(project: Project, theme_id: str) -> Outcome[None]:
    return delete_rows(project, [("theme", theme_id)], "Delete theme")


def merge_codes(project: Project, survivor_id: str, other_ids: list[str]) -> Outcome[None]:
    """Move every coding of ``other_ids`` to the survivor, then delete the others.

    A unit that already carried the survivor keeps one coding. The undo restores the other codes and
    every coding exactly as they were.
    """
    other_ids = [o for o in other_ids if o != survivor_id]
    if not other_ids:
        raise InvalidOperation("choose at least one other code to merge into this one")
    survivor = get_code(project, survivor_id)
    label = f"Merge {len(other_ids)} code{'s' * (len(other_ids) != 1)} into {survivor.name}"
    keys = [("code", o) for o in other_ids]
    with operation(project, "merge_codes", label) as op:
        rows = snapshot_for_delete(op.session, keys)
        already = set(op.session.exec(select(Coding.unit_id).where(Coding.code_id == survivor_id)))
        moving = list(op.session.exec(select(Coding).where(Coding.code_id.in_(other_ids))))  # type: ignore[attr-defined]
        for coding in moving:
            if coding.unit_id in already:
                op.session.execute(delete(Coding).where(Coding.id == coding.id))
            else:
                already.add(coding.unit_id)
                op.session.execute(update(Coding).where(Coding.id == coding.id).values(code_id=survivor_id))
        for other in other_ids:
            op.session.execute(delete(Code).where(Code.id == other))
        op.details = {"survivor": survivor_id, "merged": other_ids, "codings": len(moving)}

    def redo(p: Project) -> Outcome[None]:
        return merge_codes(p, survivor_id, other_ids)

    return Outcome(label, Changes(codes=True, codings=True, memos=True), None,
                   lambda p: restore_rows(p, rows, keys, label, redo=redo))


# -- the sorting table ------------------------------------------------------------------------------
# (table, id, {column: value}); only placement columns may change this way.
Edit = tuple[str, str, dict[str, Any]]
_PLACEMENT = {"code": (Code, {"x", "y", "category_id"}), "category": (Category, {"x", "y", "theme_id", "parent_id"}),
              "theme": (Theme, {"x", "y"})}
_TARGET = {"category_id": Category, "theme_id": Theme, "parent_id": Category}


def _apply_edits(session: Any, edits: list[Edit]) -> list[Edit]:
    """Write the edits; return the edits that put the old values back (in reverse order)."""
    before: list[Edit] = []
    for table, row_id, values in edits:
        model, allowed = _PLACEMENT[table]
        if set(values) - allowed:
            raise InvalidOperation(f"a {table} cannot change {', '.join(sorted(set(values) - allowed))} here")
        for column, target in values.items():
            if column in _TARGET and target is not None and session.get(_TARGET[column], target) is None:
                raise NotFound(f"{_TARGET[column].__tablename__} {target} is not in the project")
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(f"{table} {row_id} is not in the project")
        before.append((table, row_id, {k: getattr(row, k) for k in values}))
        session.execute(update(model).where(model.id == row_id).values(**values))
    return before[::-1]


def rearrange(project: Project, label: str, edits: list[Edit]) -> Outcome[None]:
    """Several placement changes as one action: a drop on the sorting table (a card leaving its pile for a
    spot on the table, a pile going into a theme area at a new place, a theme area carried with its piles)."""
    if not edits:
        raise InvalidOperation("nothing to move")
    with unique_names("category"), unique_names("code"), operation(project, "arrange", label) as op:
        before = _apply_edits(op.session, edits)
        op.details = {"edits": [[t, i, v] for t, i, v in edits]}
    return Outcome(label, Changes.for_tables({t for t, _, _ in edits}), None,
                   lambda p: rearrange(p, label, before))


def make_pile(project: Project, code_ids: list[str], name: str = "New pile", *, x: float = 0.0, y: float = 0.0,
              theme_id: str | None = None) -> Outcome[Category]:
    """Push cards together into a new pile: a new category holding ``code_ids``, in one transaction."""
    if len(set(code_ids)) < 1:
        raise InvalidOperation("a pile needs at least one code")
    free = free_name(_name(name, "category"), _sibling_names(project, "category", _category_parent(theme_id, None)))
    cat = Category(name=free, theme_id=theme_id, position=_next_position(project, Category), x=x, y=y)
    with unique_names("category", free):
        return _make_pile(project, row_values(cat)[1], list(dict.fromkeys(code_ids)))


def _make_pile(project: Project, values: dict[str, Any], code_ids: list[str]) -> Outcome[Category]:
    label = f"Make pile {values['name']}"
    with operation(project, "make_pile", label) as op:
        op.session.execute(insert(Category.__table__).values(**values))  # type: ignore[attr-defined]
        before = _apply_edits(op.session, [("code", c, {"category_id": values["id"]}) for c in code_ids])
        op.details = {"category": values["id"], "codes": code_ids}
    changes = Changes(codes=True, categories=True)

    def undo(p: Project) -> Outcome[Category]:
        with operation(p, "make_pile", f"Undo {label}") as op2:
            _apply_edits(op2.session, before)
            op2.session.execute(delete(Category).where(Category.id == values["id"]))
        return Outcome(label, changes, None, lambda p2: _make_pile(p2, values, code_ids))

    return Outcome(label, changes, Category(**values), undo)
