"""List numbers and bullets of a Word document (word/numbering.xml), which are not in the text itself.

Only numbering set directly on a paragraph (``w:pPr/w:numPr``) is rendered; numbering inherited from a
paragraph style (typical for numbered headings) is not. Counters follow Word: lists that share an
abstract definition share its count, a ``startOverride`` restarts it, and an item resets the counters of
the levels below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

BULLET = "•"

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def roman(number: int) -> str:
    """Lower-case roman numeral (Word's default for endnotes, and the lowerRoman list format)."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _letters(number: int) -> str:
    """Word's letter numbering: a … z, then aa … zz, aaa …"""
    if number < 1:
        return ""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return letter * ((number - 1) // 26 + 1)


_CJK_DIGITS = "〇一二三四五六七八九"
_COUNTING_FORMATS = frozenset(
    {"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting"}
)


def _cjk_counting(number: int) -> str:
    """一 … 九十九 (Chinese/Japanese counting); larger numbers stay in Arabic digits."""
    if not 0 < number < 100:
        return str(number)
    tens, units = divmod(number, 10)
    if not tens:
        return _CJK_DIGITS[units]
    return ("" if tens == 1 else _CJK_DIGITS[tens]) + "十" + (_CJK_DIGITS[units] if units else "")


def format_number(number: int, fmt: str) -> str:
    """``number`` in Word's list format ``fmt`` (w:numFmt); unknown formats fall back to 1, 2, 3."""
    if fmt in _COUNTING_FORMATS:
        return _cjk_counting(number)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand"):
        return "".join(_CJK_DIGITS[int(digit)] for digit in str(number))
    if fmt == "decimalEnclosedCircle" and 0 < number <= 20:
        return chr(0x2460 + number - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(digit)) for digit in str(number))
    if fmt == "upperRoman":
        return roman(number).upper()
    if fmt == "lowerRoman":
        return roman(number)
    if fmt == "upperLetter":
        return _letters(number).upper()
    if fmt == "lowerLetter":
        return _letters(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)  # decimal, and a readable fallback for the exotic formats


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = " "  # what follows the label: Word's tab (default) or space become a space


@dataclass
class _List:
    """One w:num: its abstract definition, levels (with any lvlOverride/lvl applied) and restarts."""

    abstract_id: str
    levels: dict[int, _Level]
    restarts: dict[int, int] = field(default_factory=dict)  # ilvl -> startOverride value


@dataclass
class Numbering:
    """Labels for numbered and bulleted paragraphs, counted in document order.

    As in Word, counters belong to the abstract definition: lists (w:num) sharing one continue each
    other's count, and a list with a startOverride restarts the count where it first appears."""

    lists: dict[str, _List] = field(default_factory=dict)  # numId -> list
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId -> ilvl -> count
    restarted: set[tuple[str, int]] = field(default_factory=set)  # (numId, ilvl) already restarted

    @classmethod
    def parse(cls, root: etree._Element | None, w_ns: str) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract = {
            node.get(f"{{{w_ns}}}abstractNumId", ""): _levels(node, w_ns)
            for node in root.iter(f"{{{w_ns}}}abstractNum")
        }
        for num in root.iter(f"{{{w_ns}}}num"):
            abstract_id = num.find(f"{{{w_ns}}}abstractNumId")
            key = abstract_id.get(f"{{{w_ns}}}val", "") if abstract_id is not None else ""
            entry = _List(key, dict(abstract.get(key, {})))
            for override in num.iter(f"{{{w_ns}}}lvlOverride"):
                ilvl = _int(override.get(f"{{{w_ns}}}ilvl"), 0)
                entry.levels.update(_levels(override, w_ns))  # a complete replacement level, if any
                start = override.find(f"{{{w_ns}}}startOverride")
                if start is not None:
                    entry.restarts[ilvl] = _int(start.get(f"{{{w_ns}}}val"), 1)
            numbering.lists[num.get(f"{{{w_ns}}}numId", "")] = entry
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next item of list ``num_id`` at level ``ilvl``, with the space that follows
        it ('1. ', '• ', or '六、' when the level asks for no separator); '' when there is none."""
        entry = self.lists.get(num_id)
        level = entry.levels.get(ilvl) if entry else None
        if entry is None or level is None or level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return BULLET + level.suffix
        counters = self.counters.setdefault(entry.abstract_id, {})
        if ilvl in entry.restarts and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counters[ilvl] = entry.restarts[ilvl] - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        label = level.text
        for lvl in range(9):
            placeholder = f"%{lvl + 1}"
            if placeholder in label:
                at_level = entry.levels.get(lvl, _Level())
                value = counters.get(lvl, at_level.start)
                label = label.replace(placeholder, format_number(value, at_level.fmt))
        label = label.strip()
        return label + level.suffix if label else ""


def _levels(abstract: etree._Element, w_ns: str) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.iter(f"{{{w_ns}}}lvl"):

        def value(name: str, default: str, lvl: etree._Element = lvl) -> str:
            node = lvl.find(f"{{{w_ns}}}{name}")
            return node.get(f"{{{w_ns}}}val", default) if node is not None else default

        ilvl = _int(lvl.get(f"{{{w_ns}}}ilvl"), 0)
        suffix = "" if value("suff", "tab") == "nothing" else " "
        start = _int(value("start", "1"), 1)
        levels[ilvl] = _Level(value("numFmt", "decimal"), value("lvlText", ""), start, suffix)
    return levels


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
