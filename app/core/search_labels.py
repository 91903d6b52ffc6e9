"""What a search hit is in, in words ("Code Trust", "Memo on category Coping", "Note “Day 3” on the study"), in the
window's language or the one asked for.

``language`` None is the window's (current) language, with the names inside set apart for right-to-left text
(FSI … PDI, ``app.core.bidi.isolate``); the command line asks for ``language="en"`` and gets the plain English it
always printed. Each label is one whole phrase with a ``{name}`` placeholder, so a translation can order and inflect
it ("Memo zur Kategorie {name}").
"""

from __future__ import annotations

from app.core.bidi import isolate
from app.i18n import translate, translate_noop

C = "core.search"

WHERE_LABELS = {"text": translate_noop(C, "Text"), "condensed": translate_noop(C, "Condensed meaning"),
                "note": translate_noop(C, "Note"), "memo": translate_noop(C, "Memo"),
                "code": translate_noop(C, "Code")}
GROUP_LABELS = {"category": translate_noop(C, "Category {name}"), "theme": translate_noop(C, "Theme {name}")}
CODE_LABEL = translate_noop(C, "Code {name}")

# (what the memo is, what it is on) → the phrase; "study": a memo on the study; None: its item is gone
MEMO_LABELS: dict[tuple[str, str | None], str] = {
    ("memo", "study"): translate_noop(C, "Memo on the study"),
    ("memo", "document"): translate_noop(C, "Memo on document {name}"),
    ("memo", "code"): translate_noop(C, "Memo on code {name}"),
    ("memo", "category"): translate_noop(C, "Memo on category {name}"),
    ("memo", "theme"): translate_noop(C, "Memo on theme {name}"),
    ("memo", None): translate_noop(C, "Memo"),
    ("note", "study"): translate_noop(C, "Note on the study"),
    ("note", "document"): translate_noop(C, "Note on document {name}"),
    ("note", "code"): translate_noop(C, "Note on code {name}"),
    ("note", "category"): translate_noop(C, "Note on category {name}"),
    ("note", "theme"): translate_noop(C, "Note on theme {name}"),
    ("note", None): translate_noop(C, "Note"),
    ("titled", "study"): translate_noop(C, "Note “{title}” on the study"),
    ("titled", "document"): translate_noop(C, "Note “{title}” on document {name}"),
    ("titled", "code"): translate_noop(C, "Note “{title}” on code {name}"),
    ("titled", "category"): translate_noop(C, "Note “{title}” on category {name}"),
    ("titled", "theme"): translate_noop(C, "Note “{title}” on theme {name}"),
    ("titled", None): translate_noop(C, "Note “{title}”"),
    ("first_impressions", "study"): translate_noop(C, "First impressions on the study"),
    ("first_impressions", "document"): translate_noop(C, "First impressions on document {name}"),
    ("first_impressions", "code"): translate_noop(C, "First impressions on code {name}"),
    ("first_impressions", "category"): translate_noop(C, "First impressions on category {name}"),
    ("first_impressions", "theme"): translate_noop(C, "First impressions on theme {name}"),
    ("first_impressions", None): translate_noop(C, "First impressions"),
}
MEMO_TARGETS = ("document", "code", "category", "theme")  # the items a memo can be on, besides the study


def _name(name: str, language: str | None) -> str:
    return isolate(name) if language is None else name


def where_label(where: str, language: str | None = None) -> str:
    """"Text", "Condensed meaning", "Note", "Memo", "Code" (the ``where`` of a hit, which stays English in JSON)."""
    return translate(C, WHERE_LABELS[where], language) if where in WHERE_LABELS else where


def code_label(name: str, language: str | None = None) -> str:
    return translate(C, CODE_LABEL, language).format(name=_name(name, language))


def group_label(kind: str, name: str, language: str | None = None) -> str:
    """"Category Coping", "Theme Being seen"."""
    return translate(C, GROUP_LABELS[kind], language).format(name=_name(name, language))


def memo_label(memo_kind: str, title: str, target: str | None, name: str, language: str | None = None) -> str:
    """A memo's label: ``memo_kind`` note | first_impressions | anything else (a memo); ``target`` "study",
    one of MEMO_TARGETS, or None when the item it was on is gone."""
    what = "titled" if memo_kind == "note" and title else memo_kind if memo_kind in ("note", "first_impressions") \
        else "memo"
    return translate(C, MEMO_LABELS[(what, target)], language).format(
        name=_name(name, language), title=_name(title, language))
