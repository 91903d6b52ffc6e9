"""Codes, categories, themes, codings, and moving things between them.

Each function is one user action: one operation (one transaction, one audit event, one undo step). The
rules (names, existence, legal moves, cycles) are checked inside the operation's transaction.
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
    delete_keys,
    delete_rows,
    insert_rows,
    operation,
    row_values,
    update_fields,
)
from app.core.palette import CODE_COLOURS
from app.core.records import CategoryRecord, CodeRecord, ThemeRecord, record, records

if TYPE_CHECKING:
    from app.core.project import Project

CODE_FIELDS = {"name", "definition", "inclusion", "exclusion", "colour", "exemplar_unit_id", "x", "y", "position"}
CATEGORY_FIELDS = {"name", "description", "colour", "x", "y", "position"}
THEME_FIELDS = {"name", "description", "x", "y", "position"}
PALETTE = CODE_COLOURS  # app/core/palette.py: legible on every theme's page, distinct for colour-blind eyes


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


def create_theme(project: Project, name: str, *, description: str = "", x: float = 0.0,
                 y: float = 0.0) -> Outcome[Theme]:
    name = _name(name, "theme")
    with unique_names("theme", name), operation(project, "create", f"Create theme {name}"):
        refuse_duplicate("theme", name, _sibling_names(project, "theme", {}))
        theme = Theme(name=name, description=description, position=_next_position(project, Theme), x=x, y=y)
        outcome = insert_rows(project, [row_values(theme)], f"Create theme {theme.name}")
    outcome.value = theme
    return outcome


def create_category(project: Project, name: str, *, description: str = "", theme_id: str | None = None,
                    parent_id: str | None = None, x: float = 0.0, y: float = 0.0) -> Outcome[Category]:
    name = _name(name, "category")
    with unique_names("category", name), operation(project, "create", f"Create category {name}"):
        if theme_id is not None:
            _require(project, Theme, theme_id)
        if parent_id is not None:
            _require(project, Category, parent_id)
        refuse_duplicate("category", name, _sibling_names(project, "category", _category_parent(theme_id, parent_id)),
                         "in the same place")
        cat = Category(name=name, description=description, theme_id=theme_id,
                       parent_id=parent_id, position=_next_position(project, Category), x=x, y=y)
        outcome = insert_rows(project, [row_values(cat)], f"Create category {cat.name}")
    outcome.value = cat
    return outcome


def create_code(project: Project, name: str, *, definition: str = "", inclusion: str = "",
                exclusion: str = "", colour: str = "", category_id: str | None = None,
                x: float = 0.0, y: float = 0.0) -> Outcome[Code]:
    name = _name(name, "code")
    with unique_names("code", name), operation(project, "create", f"Create code {name}"):
        if find_code_by_name(project, name):
            raise InvalidOperation(f"there is already a code called {name!r}")
        if category_id is not None:
            _require(project, Category, category_id)
        position = _next_position(project, Code)
        code = Code(name=name, definition=definition, inclusion=inclusion, exclusion=exclusion,
                    colour=colour or PALETTE[position % len(PALETTE)], category_id=category_id,
                    position=position, x=x, y=y)
        outcome = insert_rows(project, [row_values(code)], f"Create code {name}")
    outcome.value = code
    return outcome


def create_code_and_assign(project: Project, unit_id: str, name: str, *,
                           reviewer_id: str | None = None) -> Outcome[Code]:
    """A new code given to a unit: one action, so undo removes both (and a failure leaves neither)."""
    label = f"Create code {name.strip()} and assign it"
    with operation(project, "create_code", label):
        code = create_code(project, name).value
        assign_code(project, unit_id, code.id, reviewer_id=reviewer_id)
    return Outcome(label, Changes(codes=True, codings=True), code)


# -- read -------------------------------------------------------------------------------------------
def list_codes(project: Project) -> list[CodeRecord]:
    with project.read_session() as s:
        return records(s.exec(select(Code).order_by(Code.position, Code.name)))


def list_categories(project: Project) -> list[CategoryRecord]:
    with project.read_session() as s:
        return records(s.exec(select(Category).order_by(Category.position, Category.name)))


def list_themes(project: Project) -> list[ThemeRecord]:
    with project.read_session() as s:
        return records(s.exec(select(Theme).order_by(Theme.position, Theme.name)))


def find_code_by_name(project: Project, name: str) -> CodeRecord | None:
    with project.read_session() as s:
        for code in s.exec(select(Code)):
            if code.name.casefold() == name.strip().casefold():
                return record(code)
    return None


def get_code(project: Project, code_id: str) -> CodeRecord:
    with project.read_session() as s:
        code = s.get(Code, code_id)
    if code is None:
        raise NotFound(f"code {code_id} is not in the project")
    return record(code)


# -- edit -------------------------------------------------------------------------------------------
def _checked(values: dict[str, Any], allowed: set[str], what: str) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise InvalidOperation(f"a {what} has no field {', '.join(sorted(unknown))}")
    if "name" in values:
        values = {**values, "name": _name(values["name"], what)}
    return values


def update_code(project: Project, code_id: str, *, expected_version: int | None = None,
                **values: Any) -> Outcome[dict]:
    """Edit a code. ``expected_version``: the ``version`` the editor showed; when someone saved the code since,
    the edit is refused (``concurrency.EditConflict``, both versions in its message) and nothing changes."""
    from app.core.concurrency import VERSIONED_FIELDS, check_version, new_version
    from app.core.ops import _row_dict

    values = _checked(values, CODE_FIELDS, "code")
    label = "Rename code" if set(values) == {"name"} else "Edit code"
    with unique_names("code", values.get("name", "")), operation(project, "edit_code", label) as op:
        current = _row_dict(op.session, "code", code_id)
        if current is not None:  # checked inside the writing transaction
            check_version(op.session, "code", current, expected_version, values)
            if VERSIONED_FIELDS & set(values) and any(current.get(k) != v for k, v in values.items()):
                values = {**values, "version": new_version(current.get("version"))}
        if "name" in values:
            refuse_duplicate("code", values["name"], _sibling_names(project, "code", {}, exclude=code_id))
        return update_fields(project, "code", code_id, values, label, action="edit_code")


def update_category(project: Project, category_id: str, **values: Any) -> Outcome[dict]:
    values = _checked(values, CATEGORY_FIELDS, "category")
    label = "Rename category" if set(values) == {"name"} else "Edit category"
    with unique_names("category", values.get("name", "")), operation(project, "edit_category", label):
        if "name" in values:
            with project.read_session() as s:
                cat = s.get(Category, category_id)
            if cat is not None:
                siblings = _sibling_names(project, "category", _category_parent(cat.theme_id, cat.parent_id),
                                          exclude=category_id)
                refuse_duplicate("category", values["name"], siblings, "in the same place")
        return update_fields(project, "category", category_id, values, label, action="edit_category")


def update_theme(project: Project, theme_id: str, **values: Any) -> Outcome[dict]:
    values = _checked(values, THEME_FIELDS, "theme")
    label = "Rename theme" if set(values) == {"name"} else "Edit theme"
    with unique_names("theme", values.get("name", "")), operation(project, "edit_theme", label):
        if "name" in values:
            refuse_duplicate("theme", values["name"], _sibling_names(project, "theme", {}, exclude=theme_id))
        return update_fields(project, "theme", theme_id, values, label, action="edit_theme")


# -- move -------------------------------------------------------------------------------------------
def _move(project: Project, model: type[Any], column: str, ids: list[str], target: str | None,
          label: str) -> Outcome[None]:
    table = model.__tablename__
    with operation(project, "move", label) as op:
        rows = list(op.session.exec(select(model).where(model.id.in_(ids))))
        if len(rows) != len(set(ids)):
            raise NotFound(f"some {table} items to move are not in the project")
        op.session.execute(update(model).where(model.id.in_(ids)).values({column: target}))
        op.details = {"table": table, "ids": ids, "to": target}
    return Outcome(label, Changes.for_tables({table}), None)


def move_codes(project: Project, code_ids: list[str], category_id: str | None) -> Outcome[None]:
    """Put codes into a category (None: back to Unsorted). One undo step for all of them."""
    n = len(code_ids)
    label = f"Move {n} code{'s' * (n != 1)}"
    with unique_names("code"), operation(project, "move", label):
        if category_id is not None:
            _require(project, Category, category_id)
        return _move(project, Code, "category_id", code_ids, category_id, label)


def move_categories(project: Project, category_ids: list[str], theme_id: str | None) -> Outcome[None]:
    n = len(category_ids)
    label = f"Move {n} categor{'ies' if n != 1 else 'y'}"
    with unique_names("category"), operation(project, "move", label):
        if theme_id is not None:
            _require(project, Theme, theme_id)
        return _move(project, Category, "theme_id", category_ids, theme_id, label)


def set_parent_category(project: Project, category_id: str, parent_id: str | None) -> Outcome[None]:
    """Make a category a sub-category of another (None: top level). Refuses cycles."""
    with unique_names("category"), operation(project, "move", "Move category"):
        check_parent(project, category_id, parent_id)
        return _move(project, Category, "parent_id", [category_id], parent_id, "Move category")


def check_parent(project: Project, category_id: str, parent_id: str | None) -> None:
    """Raise unless ``parent_id`` may hold ``category_id`` (it exists and is not the category or inside it)."""
    if parent_id is None:
        return
    cats = {c.id: c for c in list_categories(project)}
    if parent_id not in cats:
        raise NotFound(f"category {parent_id} is not in the project")
    walk: str | None = parent_id
    while walk is not None:
        if walk == category_id:
            raise InvalidOperation("a category cannot sit inside itself")
        walk = cats[walk].parent_id if walk in cats else None


def _require(project: Project, model: type[Any], item_id: str) -> None:
    with project.read_session() as s:
        if s.get(model, item_id) is None:
            raise NotFound(f"{model.__tablename__} {item_id} is not in the project")


# -- codings ----------------------------------------------------------------------------------------
def assign_code(project: Project, unit_id: str, code_id: str, *,
                reviewer_id: str | None = None) -> Outcome[Coding]:
    with operation(project, "code", "Assign code") as op:
        # the three checks in one query (on a server each query is a round trip made under the operations' lock)
        code_there = select(Code.id).where(Code.id == code_id).exists()
        coded = select(Coding.id).where(Coding.unit_id == unit_id, Coding.code_id == code_id).exists()
        found = op.session.execute(
            select(MeaningUnit.reviewer_id, code_there, coded).where(MeaningUnit.id == unit_id)).first()
        if found is None:
            raise NotFound(f"meaning unit {unit_id} is not in the project")
        unit_reviewer, code_exists, already = found
        if not code_exists:
            raise NotFound(f"code {code_id} is not in the project")
        if already:
            raise InvalidOperation("the unit already carries this code")
        coding = Coding(unit_id=unit_id, code_id=code_id, reviewer_id=reviewer_id or unit_reviewer)
        outcome = insert_rows(project, [row_values(coding)], "Assign code", action="code")
    outcome.value = coding
    return outcome


def unassign_code(project: Project, unit_id: str, code_id: str) -> Outcome[None]:
    with operation(project, "uncode", "Remove code from unit") as op:
        coding = op.session.exec(select(Coding).where(Coding.unit_id == unit_id, Coding.code_id == code_id)).first()
        if coding is None:
            raise NotFound("the unit does not carry this code")
        return delete_rows(project, [("coding", coding.id)], "Remove code from unit", action="uncode")


# -- delete and merge -------------------------------------------------------------------------------
def delete_code(project: Project, code_id: str) -> Outcome[None]:
    with operation(project, "delete", "Delete code") as op:
        code = get_code(project, code_id)
        op.summary = f"Delete code {code.name}"
        return delete_rows(project, [("code", code_id)], f"Delete code {code.name}")


def delete_items(project: Project, keys: list[tuple[str, str]], label: str = "") -> Outcome[None]:
    """Delete several codes, categories and themes as one action (codes and sub-categories of a deleted
    category, and categories of a deleted theme, go back to Unsorted)."""
    allowed = {"code", "category", "theme"}
    if not keys:
        raise InvalidOperation("nothing to delete")
    if any(t not in allowed for t, _ in keys):
        raise InvalidOperation("only codes, categories and themes can be deleted here")
    label = label or f"Delete {len(keys)} item{'s' * (len(keys) != 1)}"
    with operation(project, "delete", label):
        models = {"code": Code, "category": Category, "theme": Theme}
        for table, item_id in keys:
            _require(project, models[table], item_id)
        return delete_rows(project, keys, label)


def delete_category(project: Project, category_id: str) -> Outcome[None]:
    """Its codes and sub-categories go back to Unsorted; nothing else is lost."""
    with operation(project, "delete", "Delete category"):
        _require(project, Category, category_id)
        return delete_rows(project, [("category", category_id)], "Delete category")


def delete_theme(project: Project, theme_id: str) -> Outcome[None]:
    with operation(project, "delete", "Delete theme"):
        _require(project, Theme, theme_id)
        return delete_rows(project, [("theme", theme_id)], "Delete theme")


def merge_codes(project: Project, survivor_id: str, other_ids: list[str]) -> Outcome[None]:
    """Move every coding of ``other_ids`` to the survivor, then delete the others.

    A unit that already carried the survivor keeps one coding.
    """
    other_ids = [o for o in other_ids if o != survivor_id]
    if not other_ids:
        raise InvalidOperation("choose at least one other code to merge into this one")
    label = f"Merge {len(other_ids)} code{'s' * (len(other_ids) != 1)}"
    keys = [("code", o) for o in other_ids]
    with operation(project, "merge_codes", label) as op:
        survivor = get_code(project, survivor_id)
        for other in other_ids:
            get_code(project, other)
        label = op.summary = f"{label} into {survivor.name}"
        already = set(op.session.exec(select(Coding.unit_id).where(Coding.code_id == survivor_id)))
        moving = list(op.session.exec(select(Coding).where(Coding.code_id.in_(other_ids))))  # type: ignore[attr-defined]
        for coding in moving:
            if coding.unit_id in already:
                op.session.execute(delete(Coding).where(Coding.id == coding.id))
            else:
                already.add(coding.unit_id)
                op.session.execute(update(Coding).where(Coding.id == coding.id).values(code_id=survivor_id))
        delete_keys(op.session, keys)
        op.details = {"survivor": survivor_id, "merged": other_ids, "codings": len(moving)}
    return Outcome(label, Changes(codes=True, codings=True, memos=True), None)


# -- the sorting table ------------------------------------------------------------------------------
# (table, id, {column: value}); only placement columns may change this way.
Edit = tuple[str, str, dict[str, Any]]
_PLACEMENT = {"code": (Code, {"x", "y", "category_id"}), "category": (Category, {"x", "y", "theme_id", "parent_id"}),
              "theme": (Theme, {"x", "y"})}
_TARGET = {"category_id": Category, "theme_id": Theme, "parent_id": Category}


def _apply_edits(session: Any, edits: list[Edit]) -> None:
    """Write the edits (checked: allowed columns, targets that exist, no category inside itself)."""
    for table, row_id, values in edits:
        model, allowed = _PLACEMENT[table]
        if set(values) - allowed:
            raise InvalidOperation(f"a {table} cannot change {', '.join(sorted(set(values) - allowed))} here")
        for column, target in values.items():
            if column in _TARGET and target is not None and session.get(_TARGET[column], target) is None:
                raise NotFound(f"{_TARGET[column].__tablename__} {target} is not in the project")
        if column_is_parent(table, values) and values["parent_id"] == row_id:
            raise InvalidOperation("a category cannot sit inside itself")
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(f"{table} {row_id} is not in the project")
        session.execute(update(model).where(model.id == row_id).values(**values))


def column_is_parent(table: str, values: dict[str, Any]) -> bool:
    return table == "category" and values.get("parent_id") is not None


def rearrange(project: Project, label: str, edits: list[Edit]) -> Outcome[None]:
    """Several placement changes as one action: a drop on the sorting table (a card leaving its pile for a
    spot on the table, a pile going into a theme area at a new place, a theme area carried with its piles)."""
    if not edits:
        raise InvalidOperation("nothing to move")
    with unique_names("category"), unique_names("code"), operation(project, "arrange", label) as op:
        for table, row_id, values in edits:
            if column_is_parent(table, values):
                check_parent(project, row_id, values["parent_id"])
        _apply_edits(op.session, edits)
        op.details = {"edits": [[t, i, v] for t, i, v in edits]}
    return Outcome(label, Changes.for_tables({t for t, _, _ in edits}), None)


def make_pile(project: Project, code_ids: list[str], name: str = "New pile", *, x: float = 0.0, y: float = 0.0,
              theme_id: str | None = None) -> Outcome[Category]:
    """Push cards together into a new pile: a new category holding ``code_ids``, in one transaction."""
    if len(set(code_ids)) < 1:
        raise InvalidOperation("a pile needs at least one code")
    name = _name(name, "category")
    with unique_names("category", name), operation(project, "make_pile", f"Make pile {name}"):
        if theme_id is not None:
            _require(project, Theme, theme_id)
        name = free_name(name, _sibling_names(project, "category", _category_parent(theme_id, None)))
        cat = Category(name=name, theme_id=theme_id, position=_next_position(project, Category), x=x, y=y)
        return _make_pile(project, row_values(cat)[1], list(dict.fromkeys(code_ids)))


def _make_pile(project: Project, values: dict[str, Any], code_ids: list[str]) -> Outcome[Category]:
    label = f"Make pile {values['name']}"
    with operation(project, "make_pile", label) as op:
        op.session.execute(insert(Category.__table__).values(**values))  # type: ignore[attr-defined]
        _apply_edits(op.session, [("code", c, {"category_id": values["id"]}) for c in code_ids])
        op.details = {"category": values["id"], "codes": code_ids}
    return Outcome(label, Changes(codes=True, categories=True), Category(**values))
