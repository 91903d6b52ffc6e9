"""The words of the Consensus tab's rows (a disagreement's kind and the start of its quote, in the direction of
the quote) and of its empty state (fewer than two reviewers)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.ui.bidi_items import direction, isolate


def short_label(item: Any, refs: Any) -> str:
    """A disagreement's kind in a few words ("AR only ·", "Codes differ ·"), in the window's language."""
    a, b = refs if refs else (None, None)
    t = QCoreApplication.translate
    labels = {
        "only_a": t("consensus.consensus_view", "{initials} only ·").format(initials=a.initials if a else "A"),
        "only_b": t("consensus.consensus_view", "{initials} only ·").format(initials=b.initials if b else "B"),
        "code_mismatch": t("consensus.consensus_view", "Codes differ ·"),
        "boundary_mismatch": t("consensus.consensus_view", "Boundaries differ ·"),
    }
    return labels.get(item.kind, item.kind)


def row_text(label: str, words: str) -> tuple[str, str]:
    """A disagreement's row: the kind, then the first words of the quote; and the way the row runs.

    A right-to-left quote makes the row right to left (the kind, in the window's language, reads first, at the
    right); both parts are isolated so neither reorders the other, and the quote's "…" stays at its own end."""
    cut = f"{words[:44]}{'…' if len(words) > 44 else ''}"
    way = direction(words)
    if way == "rtl":
        return f"{isolate(label)}  “{isolate(cut)}”", way
    return f"{label}  “{cut}”", way


def lonely_text(names: list[str]) -> str:
    """What the Consensus tab says while the study has fewer than two reviewers: the need, and how to meet it."""
    who = (
        QCoreApplication.translate("consensus.consensus_view", "one reviewer, {escape}").format(
            escape=html.escape(names[0])
        )
        if names
        else QCoreApplication.translate("consensus.consensus_view", "no reviewer yet")
    )
    return (QCoreApplication.translate("consensus.consensus_view", "<h2>A second reviewer is needed</h2><p>Consensus "
                                                                   "compares two reviewers' meaning units and codes, "
                                                                   "disagreement by disagreement. This study has "
                                                                   "{who}.</p><p>To add one: <b>Edit › "
                                                                   "Reviewers…</b> (Ctrl+Shift+R) when the second "
                                                                   "reviewer codes on this computer, or <b>File › "
                                                                   "Create reviewer copy…</b> to give them a file of "
                                                                   "their own and, when it comes back, <b>File › "
                                                                   "Merge reviewer's file…</b>.</p>").format(who=who))
