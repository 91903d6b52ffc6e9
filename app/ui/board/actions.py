"""What the tree and the sorting table can do to the codebook, in one place: move, create, rename, colour,
merge, delete. Each user action is one core operation run through the session; which moves are legal is
core's decision (``core.moves``).

``confirm`` asks the user a yes/no question; tests replace it to read the question and answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core import codebook, moves
from app.core.moves import UNSORTED_CATEGORIES, UNSORTED_CODES  # noqa: F401  (drop targets, re-exported)
from app.core.retrieval import node_counts
from app.ui.app_state import ProjectSession
from app.ui.i18n import ntr, number

Item = tuple[str, str]  # (kind, id): kind is code | category | theme


def _units(n: int) -> str:
    return ntr("BoardActions", "%n meaning unit(s)", n)


class BoardActions:
    def __init__(self, session: ProjectSession, widget: QWidget) -> None:
        self.session = session
        self.widget = widget
        self.confirm: Callable[[str, str], bool] = self._ask

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.widget, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    @property
    def project(self) -> Any:
        return self.session.project

    # -- moving -----------------------------------------------------------------------------------------
    def plan_move(self, items: list[Item], target_kind: str, target_id: str | None) -> tuple | None:
        """Whether (and how) core would move ``items`` into the target; None when the move makes no sense."""
        return moves.plan_move(self.project, items, target_kind, target_id)

    def move(self, items: list[Item], target_kind: str, target_id: str | None, reason: str = "") -> bool:
        """Move items; a reason (from the Move to… dialog) is kept with the move, in the same undo step."""
        if self.plan_move(items, target_kind, target_id) is None:
            return False
        if not reason:
            return self.session.do(moves.move_items, items, target_kind, target_id) is not None
        from app.core.codebook_versions import record_reason

        with self.session.macro(QCoreApplication.translate("BoardActions", "Move with a reason")):
            if self.session.do(moves.move_items, items, target_kind, target_id) is None:
                return False
            for kind, item_id in items:
                self.session.do(record_reason, kind, item_id, "moved", reason)
        return True

    # -- creating, renaming, colouring ----------------------------------------------------------------------
    def _free_name(self, base: str, taken: set[str]) -> str:
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def create_theme(self, x: float = 0.0, y: float = 0.0) -> str | None:
        taken = {t.name.casefold() for t in codebook.list_themes(self.project)}
        out = self.session.do(
            codebook.create_theme,
            self._free_name(QCoreApplication.translate("BoardActions", "New theme"), taken),
            x=x,
            y=y,
        )
        return out.value.id if out else None

    def create_category(self, theme_id: str | None = None, x: float = 0.0, y: float = 0.0) -> str | None:
        taken = {c.name.casefold() for c in codebook.list_categories(self.project)}
        out = self.session.do(
            codebook.create_category,
            self._free_name(QCoreApplication.translate("BoardActions", "New category"), taken),
            theme_id=theme_id,
            x=x,
            y=y,
        )
        return out.value.id if out else None

    def create_code(self, category_id: str | None = None, x: float = 0.0, y: float = 0.0) -> str | None:
        taken = {c.name.casefold() for c in codebook.list_codes(self.project)}
        out = self.session.do(
            codebook.create_code,
            self._free_name(QCoreApplication.translate("BoardActions", "New code"), taken),
            category_id=category_id,
            x=x,
            y=y,
        )
        return out.value.id if out else None

    def rename(self, kind: str, item_id: str, name: str) -> bool:
        update = {"code": codebook.update_code, "category": codebook.update_category,
                  "theme": codebook.update_theme}[kind]
        return self.session.do(update, item_id, name=name) is not None

    def set_colour(self, kind: str, item_id: str, colour: str) -> bool:
        update = {"code": codebook.update_code, "category": codebook.update_category}[kind]
        return self.session.do(update, item_id, colour=colour) is not None

    # -- merge and delete ---------------------------------------------------------------------------------
    def merge(self, survivor_id: str, other_ids: list[str]) -> bool:
        others = [o for o in dict.fromkeys(other_ids) if o != survivor_id]
        if not others:
            return False
        names = {c.id: c.name for c in codebook.list_codes(self.project)}
        counts = node_counts(self.project)
        moving = sum(counts.get(("code", o), (0, 0))[0] for o in others)
        survivor = names.get(survivor_id, "?")
        text = QCoreApplication.translate(
            "BoardActions", "Merge {codes} into “{survivor}”?\n\n{units} will carry “{survivor}” instead; {others} "
            "will be removed.").format(
            codes=ntr("BoardActions", "%n code(s)", len(others)), survivor=survivor, units=_units(moving),
            others=", ".join(f"“{names.get(o, '?')}”" for o in others))
        if not self.confirm(QCoreApplication.translate("BoardActions", "Merge codes"), text):
            return False
        return self.session.do(codebook.merge_codes, survivor_id, others) is not None

    def merge_dialog(self, code_ids: list[str], preferred: str | None = None) -> bool:
        """Ask which of the selected codes survives, then merge the others into it."""
        from PySide6.QtWidgets import QInputDialog

        from app.ui.bidi_items import choice_dialog

        codes = list(dict.fromkeys(code_ids))
        if len(codes) < 2:
            return False
        names = {c.id: c.name for c in codebook.list_codes(self.project)}
        order = ([preferred] if preferred in codes else []) + [c for c in codes if c != preferred]
        labels = [names[c] for c in order]
        dialog = choice_dialog(self.widget, QCoreApplication.translate("BoardActions", "Merge codes"),
                               QCoreApplication.translate("BoardActions", "Keep this code (the others merge into it):"),
                               labels)  # an Arabic or Hebrew code name reads right to left in the drop-down
        ok, name = dialog.exec() == QInputDialog.DialogCode.Accepted, dialog.textValue()
        dialog.deleteLater()
        if not ok:
            return False
        survivor = order[labels.index(name)]
        return self.merge(survivor, [c for c in codes if c != survivor])

    def choose_colour(self, kind: str, item_id: str, current: str) -> bool:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        chosen = QColorDialog.getColor(
            QColor(current or "#888888"), self.widget, QCoreApplication.translate("BoardActions", "Colour")
        )
        return chosen.isValid() and self.set_colour(kind, item_id, chosen.name())

    def delete_message(self, items: list[Item]) -> str:
        counts = node_counts(self.project)
        codes = [i for k, i in items if k == "code"]
        cats = [i for k, i in items if k == "category"]
        themes = [i for k, i in items if k == "theme"]
        lines = []
        if codes:
            units = sum(counts.get(("code", c), (0, 0))[0] for c in codes)
            lines.append(
                ntr(
                    "BoardActions",
                    "Delete %n code(s): {units} will lose the code(s) (the units themselves stay).",
                    len(codes),
                ).format(units=_units(units))
            )
        if cats:
            units = sum(counts.get(("category", c), (0, 0))[0] for c in cats)
            lines.append(
                ntr(
                    "BoardActions",
                    "Delete %n category(-ies): its codes, holding {units}, go back to Unsorted.",
                    len(cats),
                ).format(units=_units(units))
            )
        if themes:
            units = sum(counts.get(("theme", t), (0, 0))[0] for t in themes)
            lines.append(
                ntr(
                    "BoardActions",
                    "Delete %n theme(s): its categories, holding {units}, go back to Unsorted.",
                    len(themes),
                ).format(units=_units(units))
            )
        lines += ["", QCoreApplication.translate("BoardActions", "You can undo this.")]
        return "\n".join(lines)

    def delete(self, items: list[Item]) -> bool:
        items = [(k, i) for k, i in dict.fromkeys(items) if k in ("code", "category", "theme")]
        if not items or not self.confirm(
            QCoreApplication.translate("BoardActions", "Delete"), self.delete_message(items)
        ):
            return False
        ops = {"code": codebook.delete_code, "category": codebook.delete_category, "theme": codebook.delete_theme}
        if len(items) == 1:
            return self.session.do(ops[items[0][0]], items[0][1]) is not None
        return (
            self.session.do(
                codebook.delete_items,
                list(items),
                QCoreApplication.translate("BoardActions", "Delete {count} items").format(count=number(len(items))),
            )
            is not None
        )
