"""Excel workbooks (openpyxl) written safely: every text cell is stored as text, never as a formula.

A cell whose text starts with =, +, - or @ would be run as a formula by a spreadsheet (CSV/formula injection);
here it is stored as a string and marked with Excel's quote prefix, so it shows and stays as the text it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_FILL = "DCE1EA"  # the Word tables' header shade


class Sheet:
    """One worksheet filled row by row."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.row = 0

    def write(self, values: Sequence[Any], *, bold: bool = False, header: bool = False) -> int:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.row += 1
        for col, value in enumerate(values, start=1):
            cell = self.ws.cell(row=self.row, column=col)
            set_value(cell, value)
            if bold or header:
                cell.font = Font(bold=True)
            if header:
                cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            if isinstance(value, str) and ("\n" in value or len(value) > 60):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        return self.row

    def note(self, text: str) -> None:
        """A line of prose below a table (a definition, the layer, the sentence to paste)."""
        from openpyxl.styles import Font

        self.write([text])
        self.ws.cell(row=self.row, column=1).font = Font(italic=True)

    def blank(self) -> None:
        self.row += 1

    def widths(self, widths: Sequence[float]) -> None:
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def freeze_header(self) -> None:
        self.ws.freeze_panes = "B2"


def set_value(cell: Any, value: Any) -> None:
    """Numbers as numbers, None as empty, everything else as text (formula-like text neutralised)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = _clean(str(value))
        cell.value = text
        cell.data_type = "s"  # openpyxl would take "=…" for a formula
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return
    cell.value = value


def _clean(text: str) -> str:
    """Drop the control characters XML 1.0 (and so .xlsx) cannot hold; keep tabs and line breaks."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


class Workbook:
    def __init__(self) -> None:
        import openpyxl

        self.wb = openpyxl.Workbook()
        self._first = True

    def sheet(self, title: str) -> Sheet:
        if self._first:
            ws = self.wb.active
            ws.title = title[:31]
            self._first = False
        else:
            ws = self.wb.create_sheet(title[:31])
        return Sheet(ws)

    def save(self, path: Path) -> None:
        self.wb.save(str(path))
