"""The reader's actions and keys in one table: what the menus, context menus, tooltips and guide show.

Single-letter keys (M, N, P, Delete) act only while the focus is inside the reader, so typing in the
codebook board or a text field never makes a meaning unit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    keys: tuple[str, ...]
    passes: tuple[int, ...] = (1, 2, 3)  # passes in which it is enabled
    tip: str = ""
    window_wide: bool = False
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("pass1", QT_TRANSLATE_NOOP("reader.actions", "Pass &1 – Immersion"), ("Alt+1",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Read calmly, without coding controls")),
    ActionSpec("pass2", QT_TRANSLATE_NOOP("reader.actions", "Pass &2 – Meaning units"), ("Alt+2",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Mark meaning units and condense them")),
    ActionSpec("pass3", QT_TRANSLATE_NOOP("reader.actions", "Pass &3 – Annotation"), ("Alt+3",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Write notes beside units; form codes")),
    ActionSpec("mark_done", QT_TRANSLATE_NOOP("reader.actions", "&Mark this pass done"), ("Ctrl+D",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Mark the document read in this pass (again: back to in "
                                                       "progress)")),
    ActionSpec("first_impressions", QT_TRANSLATE_NOOP("reader.actions", "&First impressions…"), ("Ctrl+E",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Your first-impressions memo")),
    ActionSpec("make_unit", QT_TRANSLATE_NOOP("reader.actions", "Make &meaning unit"), ("M",), (2, 3),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Make a meaning unit from the selection")),
    ActionSpec("delete_unit", QT_TRANSLATE_NOOP("reader.actions", "&Delete meaning unit"), ("Delete",), (2, 3)),
    ActionSpec("next_unit", QT_TRANSLATE_NOOP("reader.actions", "&Next unit"), ("N",), (2, 3)),
    ActionSpec("previous_unit", QT_TRANSLATE_NOOP("reader.actions", "&Previous unit"), ("P",), (2, 3)),
    ActionSpec("start_earlier", QT_TRANSLATE_NOOP("reader.actions", "Unit start one word earlier"),
               ("Shift+Alt+Left",), (2, 3)),
    ActionSpec("start_later", QT_TRANSLATE_NOOP("reader.actions", "Unit start one word later"),
               ("Shift+Alt+Right",), (2, 3)),
    ActionSpec("end_earlier", QT_TRANSLATE_NOOP("reader.actions", "Unit end one word earlier"),
               ("Ctrl+Alt+Left",), (2, 3)),
    ActionSpec("end_later", QT_TRANSLATE_NOOP("reader.actions", "Unit end one word later"),
               ("Ctrl+Alt+Right",), (2, 3)),
    ActionSpec("condense", QT_TRANSLATE_NOOP("reader.actions", "Edit &condensed meaning"), ("F2",), (2,)),
    ActionSpec("add_note", QT_TRANSLATE_NOOP("reader.actions", "Add &note to unit…"), ("Ctrl+Shift+N",), (3,)),
    ActionSpec("edit_note", QT_TRANSLATE_NOOP("reader.actions", "&Edit note…"), ("F2",), (3,)),
    ActionSpec("delete_note", QT_TRANSLATE_NOOP("reader.actions", "Delete note…"), ("Ctrl+Shift+Delete",), (3,)),
    ActionSpec("code", QT_TRANSLATE_NOOP("reader.actions", "&Code unit…"), ("Ctrl+K",), (2, 3),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Assign, create or remove a code (type-ahead)")),
    ActionSpec("show_others", QT_TRANSLATE_NOOP("reader.actions", "Show &other reviewers' units"),
               ("Ctrl+Shift+O",), checkable=True,
               tip=QT_TRANSLATE_NOOP("reader.actions", "The other reviewers' units in their colour, dashed and "
                                                       "read-only")),
    ActionSpec("next_pane", QT_TRANSLATE_NOOP("reader.actions", "Next &pane (documents, text, units)"), ("F6",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Move the focus to the next pane")),
    ActionSpec("find", QT_TRANSLATE_NOOP("reader.actions", "&Find in document…"), ("Ctrl+F",)),
    ActionSpec("search", QT_TRANSLATE_NOOP("reader.actions", "&Search the project…"),
               ("Ctrl+Shift+F",), window_wide=True),
    ActionSpec("edit_text", QT_TRANSLATE_NOOP("reader.actions", "Edit &text (correct the transcript)"),
               ("Ctrl+Shift+T",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Correct the document's words in place; meaning units follow "
                                                       "their words")),
    ActionSpec("replace", QT_TRANSLATE_NOOP("reader.actions", "Find and &replace…"), ("Ctrl+H",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "Replace words in this document or the whole study")),
    ActionSpec("review_corrections", QT_TRANSLATE_NOOP("reader.actions", "Re&view corrected units…"), ("Ctrl+Shift+U",),
               tip=QT_TRANSLATE_NOOP("reader.actions", "The units a correction changed, old and new side by side")),
    ActionSpec("bigger", QT_TRANSLATE_NOOP("reader.actions", "&Larger text"), ("Ctrl+=", "Ctrl++")),
    ActionSpec("smaller", QT_TRANSLATE_NOOP("reader.actions", "&Smaller text"), ("Ctrl+-",)),
)

MENU_GROUPS = (("pass1", "pass2", "pass3", "mark_done", "first_impressions"),
               ("make_unit", "delete_unit", "next_unit", "previous_unit", "condense", "start_earlier", "start_later",
                "end_earlier", "end_later"),
               ("add_note", "edit_note", "delete_note", "code"),
               ("show_others", "next_pane", "find", "search", "bigger", "smaller"),
               ("edit_text", "replace", "review_corrections"))


def build_actions(owner: QWidget, slots: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        text = QCoreApplication.translate("reader.actions", spec.text)
        action = QAction(text, owner)
        action.setObjectName(f"reader_{spec.name}")
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if spec.window_wide
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(spec.checkable)
        keys = " or ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys)
        tip = QCoreApplication.translate("reader.actions", spec.tip) if spec.tip else text.replace("&", "").rstrip("…")
        action.setToolTip(f"{tip} ({keys})")
        action.setStatusTip(action.toolTip())
        action.setData(spec.passes)
        slot = slots[spec.name]
        if spec.checkable:
            action.toggled.connect(lambda _on, s=slot: s())
        else:
            action.triggered.connect(lambda _=False, s=slot: s())
        owner.addAction(action)
        actions[spec.name] = action
    return actions


def enable_for_pass(actions: dict[str, QAction], pass_no: int, has_document: bool) -> None:
    for action in actions.values():
        passes = action.data()
        action.setEnabled(has_document and pass_no in passes if passes else has_document)
    actions["search"].setEnabled(True)
    actions["next_pane"].setEnabled(True)
    actions["review_corrections"].setEnabled(True)


def menu_list(owner: QWidget, actions: dict[str, QAction]) -> list[QAction]:
    out: list[QAction] = []
    for group in MENU_GROUPS:
        if out:
            sep = QAction(owner)
            sep.setSeparator(True)
            out.append(sep)
        out += [actions[name] for name in group]
    return out


def key_table() -> list[tuple[str, str]]:
    """(keys, what they do) for the guide."""
    return [
        (" / ".join(spec.keys), QCoreApplication.translate("reader.actions", spec.text).replace("&", "").rstrip("…"))
        for spec in SPECS
    ]
