"""Which moves in the codebook are legal, decided in one place for every view (the tree, the sorting table,
the command line): a drop asks ``plan_move`` before it offers itself, and ``move_items`` checks again inside
the writing transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core import codebook
from app.core.errors import InvalidOperation
from app.core.ops import Outcome, operation

if TYPE_CHECKING:
    from app.core.project import Project

UNSORTED_CODES = "unsorted_codes"  # drop target: codes without a category
UNSORTED_CATEGORIES = "unsorted_categories"  # drop target: categories without a theme
Item = tuple[str, str]  # (kind, id)
Plan = tuple[Callable[..., Outcome[Any]], tuple[Any, ...]]


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def is_inside(parents: dict[str, str | None], cat_id: str | None, ancestor: str) -> bool:
    """Whether ``cat_id`` is ``ancestor`` or sits (at any depth) inside it; ``parents``: category → parent."""
    seen: set[str] = set()
    while cat_id is not None and cat_id not in seen:
        if cat_id == ancestor:
            return True
        seen.add(cat_id)
        cat_id = parents.get(cat_id)
    return False


def plan_move(project: Project, items: list[Item], target_kind: str, target_id: str | None) -> Plan | None:
    """The one core call that puts ``items`` into the target, or None when the move is illegal or changes
    nothing (a category into itself or its own sub-category, mixed kinds, a code onto a theme…)."""
    kinds = {k for k, _ in items}
    ids = list(dict.fromkeys(i for _, i in items))
    if not ids or len(kinds) != 1:
        return None
    codes = {c.id: c for c in codebook.list_codes(project)}
    cats = {c.id: c for c in codebook.list_categories(project)}
    if kinds == {"code"}:
        if target_kind == "code" and target_id in codes:
            target_kind, target_id = "category", codes[target_id].category_id
        if target_kind == UNSORTED_CODES or (target_kind == "category" and target_id is None):
            dest = None
        elif target_kind == "category" and target_id in cats:
            dest = target_id
        else:
            return None
        if all(codes.get(i) and codes[i].category_id == dest for i in ids):
            return None
        return codebook.move_codes, (ids, dest)
    if kinds == {"category"}:
        parents = {c.id: c.parent_id for c in cats.values()}
        if target_kind == "category" and target_id in cats:
            if len(ids) != 1 or is_inside(parents, target_id, ids[0]) or parents.get(ids[0]) == target_id:
                return None
            return codebook.set_parent_category, (ids[0], target_id)
        if target_kind == UNSORTED_CATEGORIES or (target_kind == "theme" and target_id is None):
            dest = None
        elif target_kind == "theme":
            dest = target_id
        else:
            return None
        if all(cats.get(i) and cats[i].theme_id == dest and cats[i].parent_id is None for i in ids):
            return None
        if any(cats[i].parent_id for i in ids if i in cats):  # leave the parent pile and join the theme
            label = f"Move {_plural(len(ids), 'category', 'categories')}"
            return codebook.rearrange, (label, [("category", i, {"theme_id": dest, "parent_id": None}) for i in ids])
        return codebook.move_categories, (ids, dest)
    return None


def move_items(project: Project, items: list[Item], target_kind: str, target_id: str | None) -> Outcome[None]:
    """Move codes or categories onto a drop target as one operation; refused when ``plan_move`` says no."""
    with operation(project, "move", "Move"):
        plan = plan_move(project, items, target_kind, target_id)
        if plan is None:
            raise InvalidOperation("this move is not possible (or changes nothing)")
        fn, args = plan
        return fn(project, *args)
