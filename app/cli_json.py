"""The command line's ``--json`` output: readable, and written by the json module's C encoder.

``json.dumps(value, indent=2)`` is the json module's pure-Python encoder (the C one cannot indent): for a
co-occurrence of 100,000 units (20,000 pairs) that is a fifth of a second, more than computing the pairs. Here
only the outer two levels are laid out (one key, one list item or one matrix row per line) and everything below
them is one compact line from the C encoder — the same JSON value, and still easy to read or to ``grep``.
"""

from __future__ import annotations

import json

LAID_OUT_LEVELS = 2
_COMPACT = json.JSONEncoder(ensure_ascii=False).encode  # one encoder (json.dumps with options makes one a call)


def dumps(value: object, level: int = 0) -> str:
    """``value`` as JSON text: dicts and lists of the first ``LAID_OUT_LEVELS`` levels one entry per line
    (indented by two spaces a level), anything deeper — and any list of plain values — on one line."""
    inner, outer = "  " * (level + 1), "  " * level
    if level < LAID_OUT_LEVELS and isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        lines = [f"{inner}{_compact(k)}: {dumps(v, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(lines) + f"\n{outer}}}"
    if level < LAID_OUT_LEVELS and isinstance(value, list | tuple) and any(
            isinstance(v, dict | list | tuple) for v in value):
        lines = [f"{inner}{dumps(v, level + 1)}" for v in value]
        return "[\n" + ",\n".join(lines) + f"\n{outer}]"
    return _compact(value)


def print_json(value: object) -> None:
    print(dumps(value))


def _compact(value: object) -> str:
    return _COMPACT(value)
