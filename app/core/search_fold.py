"""Accent folding for the server's search index, as the study file's FTS5 does it (``remove_diacritics 2``).

A Latin letter with diacritics ("ü", "é", "Ç", "ø"-less: only letters whose canonical decomposition is a Latin
base letter plus combining marks) is searched as its base letter, and a combining mark (text stored decomposed,
NFD) is dropped. PostgreSQL does it with ``translate()`` in the IMMUTABLE SQL function ``lectio_fold``, on which
the search index's expression index stands, so no extension (``unaccent``) has to be installed or allowed.

``ts_headline`` then marks the *folded* text; every folded character comes from one original character, so
``remark`` puts the marks back into the original text ("Müller" stays "Müller" in the snippet).
"""

from __future__ import annotations

import unicodedata
from functools import cache

START, STOP = "\x01", "\x02"
COMBINING = (0x0300, 0x036F)  # combining diacritical marks: dropped


@cache
def fold_table() -> tuple[str, str]:
    """(from, to) for ``translate``: accented Latin letters → base letters; the combining marks at the end of
    ``from`` have no partner in ``to``, so ``translate`` drops them."""
    src, dst = [], []
    for cp in range(0x00C0, 0x2000):
        ch = chr(cp)
        if COMBINING[0] <= cp <= COMBINING[1]:
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if len(parts) > 1 and base.isascii() and base.isalpha() and all(unicodedata.combining(m) for m in marks):
            src.append(ch)
            dst.append(base)
    src += [chr(cp) for cp in range(COMBINING[0], COMBINING[1] + 1)]
    return "".join(src), "".join(dst)


@cache
def _table() -> dict[int, str | None]:
    src, dst = fold_table()
    return {ord(c): (dst[i] if i < len(dst) else None) for i, c in enumerate(src)}


def fold(text: str) -> str:
    """What ``lectio_fold`` makes of ``text`` (the same table)."""
    return text.translate(_table())


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def fold_function_ddl() -> str:
    """The SQL function the server's search index and queries fold with."""
    src, dst = fold_table()
    return ("CREATE OR REPLACE FUNCTION lectio_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
            f"PARALLEL SAFE AS $lectio$ SELECT translate(t, {_literal(src)}, {_literal(dst)}) $lectio$")


def remark(original: str, folded_marked: str) -> str:
    """``original`` with the marks ``ts_headline`` set in its folded form; the folded form as it came when it is
    not the fold of ``original`` (nothing is lost: a hit then shows folded letters)."""
    table = _table()
    starts: list[int] = []  # starts[j]: where in ``original`` the folded character j comes from
    for i, ch in enumerate(original):
        if table.get(ord(ch), ch) is not None:
            starts.append(i)
    starts.append(len(original))
    out: list[str] = []
    j, last = 0, 0
    for ch in folded_marked:
        if ch in (START, STOP):
            at = starts[min(j, len(starts) - 1)]
            out.append(original[last:at])
            out.append(ch)
            last = at
        else:
            j += 1
    if j != len(starts) - 1:
        return folded_marked
    out.append(original[last:])
    return "".join(out)
