"""The Graneheim & Lundman analysis table: one row per meaning unit, in Word (landscape), CSV or Excel (.xlsx).

Columns: document | page | reviewer | meaning unit | condensed meaning | codes | category | theme | notes.
The CSV is UTF-8 with a byte-order mark so that Excel opens accents and emoji correctly.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LectioError
from app.core.progress import Cancelled
from app.exporters.docx_style import DocxWriter
from app.exporters.export_data import ExportData, ExportOptions, UnitRow, gather
from app.exporters.output import atomic_target
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress

if TYPE_CHECKING:
    from app.core.project import Project

HEADERS = ("Document", "Page", "Reviewer", "Quoted meaning unit", "Condensed meaning", "Codes", "Category", "Theme",
           "Notes")
WIDTHS = (2.3, 1.2, 1.7, 6.3, 4.0, 3.0, 2.6, 2.6, 3.3)  # relative; the meaning unit gets the most room
FORMATS = (".docx", ".csv", ".xlsx")


def export_analysis_table(project: Project, out_path: Path | str, options: ExportOptions | None = None,
                          progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> Path:
    """Write the analysis table to ``out_path``; .docx or .csv chosen by the name's ending."""
    options = options or ExportOptions()
    target = Path(out_path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise LectioError(f"{target}: the analysis table is written as .docx (Word), .csv or .xlsx (Excel), "
                          f"not {suffix or 'a file without an ending'}")
    with atomic_target(target) as tmp:
        progress(0.0, "Reading the project…")
        data = gather(project, options, quotes=False)
        if cancelled():
            raise Cancelled()
        if suffix == ".csv":
            write_csv(data, tmp, progress, cancelled)
        elif suffix == ".xlsx":
            write_xlsx(data, tmp, progress, cancelled)
        else:
            write_docx(data, tmp, progress, cancelled)
    progress(1.0, f"Wrote {target.name}")
    return target.absolute()


def _cells(row: UnitRow) -> list[str]:
    return [row.document, row.time or str(row.page), row.reviewer, row.text, row.condensed, "; ".join(row.codes),
            "; ".join(row.categories), "; ".join(row.themes), "\n".join(row.notes)]


def _tick(i: int, total: int, progress: ProgressFn, cancelled: CancelledFn) -> None:
    if i % 200 == 0:
        if cancelled():
            raise Cancelled()
        progress(0.05 + 0.85 * i / max(1, total), f"Writing meaning unit {i:,} of {total:,}…")


def write_csv(data: ExportData, path: Path, progress: ProgressFn = no_progress,
              cancelled: CancelledFn = never_cancelled) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for i, row in enumerate(data.rows):
            _tick(i, len(data.rows), progress, cancelled)
            out.writerow(_cells(row))


def write_xlsx(data: ExportData, path: Path, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> None:
    """One sheet: the header row, one row per meaning unit (text cells never taken for formulas), then a note."""
    from app.exporters.xlsx import Workbook

    book = Workbook()
    sheet = book.sheet("Analysis table")
    sheet.write(HEADERS, header=True)
    for i, row in enumerate(data.rows):
        _tick(i, len(data.rows), progress, cancelled)
        cells: list = _cells(row)
        cells[1] = row.page
        sheet.write(cells)
    sheet.widths([w * 7 for w in WIDTHS])
    sheet.ws.freeze_panes = "A2"
    sheet.blank()
    layer = {"all reviewers": "all reviewers", "consensus": "the consensus layer"}.get(data.layer, data.layer)
    sheet.note(f"{data.title} — {len(data.rows):,} meaning units from {layer}, in document order; "
               f"exported {data.date}. One row per meaning unit: its document and page, the reviewer who marked "
               "it, the quoted text, its condensed meaning, codes, categories, themes and notes.")
    progress(0.95, "Saving…")
    book.save(path)


def write_docx(data: ExportData, path: Path, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> None:
    w = DocxWriter(landscape=True, footer=f"{data.title} — Analysis table")
    w.heading(data.title, 0)
    w.paragraph("Analysis table: meaning units, condensed meanings, codes, categories and themes", "Subtitle")
    if data.research_question:
        w.labelled("Research question:", data.research_question)
    layer = {"all reviewers": "all reviewers", "consensus": "the consensus layer"}.get(data.layer, data.layer)
    w.runs([("Date: ", "Strong"), (data.date, None), ("    Meaning units: ", "Strong"),
            (f"{len(data.rows):,} from {layer}"
             + (f" that the coding query “{data.query}” selects" if data.query else "") + ", in document order",
             None)])
    table = w.table(HEADERS, WIDTHS, "Table Grid")
    shade_header(table)
    for i, row in enumerate(data.rows):
        _tick(i, len(data.rows), progress, cancelled)
        cells: list = _cells(row)
        cells[5], cells[6], cells[7], cells[8] = row.codes, row.categories, row.themes, row.notes
        w.row(table, cells)
    if not data.rows:
        w.paragraph("No meaning units yet.")
    progress(0.95, "Saving…")
    w.save(path)


def shade_header(table: object) -> None:
    """A light grey header row, so the repeated header stands out on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    first = table._tbl.tr_lst[0]  # type: ignore[attr-defined]
    for tc in first.tc_lst:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "DCE1EA")
        tc.get_or_add_tcPr().append(shd)
