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
from app.i18n import format_number, translate
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress

if TYPE_CHECKING:
    from app.core.project import Project

HEADERS = ("Document", "Page", "Reviewer", "Quoted meaning unit", "Condensed meaning", "Codes", "Category", "Theme",
           "Notes")
WIDTHS = (2.3, 1.2, 1.7, 6.3, 4.0, 3.0, 2.6, 2.6, 3.3)  # relative; the meaning unit gets the most room
FORMATS = (".docx", ".csv", ".xlsx")
C = "exporters.analysis_table"  # the translation context of the table's texts


def headers(language: str) -> list[str]:
    """The column headings in the study's language."""
    return [translate(C, "Document", language), translate(C, "Page", language), translate(C, "Reviewer", language),
            translate(C, "Quoted meaning unit", language), translate(C, "Condensed meaning", language),
            translate(C, "Codes", language), translate(C, "Category", language), translate(C, "Theme", language),
            translate(C, "Notes", language)]


def _layer(data: ExportData) -> str:
    if data.layer == "all reviewers":
        return translate(C, "all reviewers", data.language)
    if data.layer == "consensus":
        return translate(C, "the consensus layer", data.language)
    return data.layer


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
        progress(0.0, translate("progress", "Reading the project…"))
        data = gather(project, options, quotes=False)
        if cancelled():
            raise Cancelled()
        if suffix == ".csv":
            write_csv(data, tmp, progress, cancelled)
        elif suffix == ".xlsx":
            write_xlsx(data, tmp, progress, cancelled)
        else:
            write_docx(data, tmp, progress, cancelled)
    progress(1.0, translate("progress", "Wrote {name}").format(name=target.name))
    return target.absolute()


def _cells(row: UnitRow) -> list[str]:
    return [row.document, row.time or str(row.page), row.reviewer, row.text, row.condensed, "; ".join(row.codes),
            "; ".join(row.categories), "; ".join(row.themes), "\n".join(row.notes)]


def _tick(i: int, total: int, progress: ProgressFn, cancelled: CancelledFn) -> None:
    if i % 200 == 0:
        if cancelled():
            raise Cancelled()
        progress(0.05 + 0.85 * i / max(1, total), translate("progress", "Writing meaning unit {i} of {total}…").format(
            i=format_number(i), total=format_number(total)))


def write_csv(data: ExportData, path: Path, progress: ProgressFn = no_progress,
              cancelled: CancelledFn = never_cancelled) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(headers(data.language))
        for i, row in enumerate(data.rows):
            _tick(i, len(data.rows), progress, cancelled)
            out.writerow(_cells(row))


def write_xlsx(data: ExportData, path: Path, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> None:
    """One sheet: the header row, one row per meaning unit (text cells never taken for formulas), then a note."""
    from app.exporters.xlsx import Workbook

    book = Workbook()
    sheet = book.sheet(translate(C, "Analysis table", data.language))
    sheet.write(headers(data.language), header=True)
    for i, row in enumerate(data.rows):
        _tick(i, len(data.rows), progress, cancelled)
        cells: list = _cells(row)
        cells[1] = row.page
        sheet.write(cells)
    sheet.widths([w * 7 for w in WIDTHS])
    sheet.ws.freeze_panes = "A2"
    sheet.blank()
    sheet.note(translate(C, "{title} — {units} from {layer}, in document order; exported {date}. One row per meaning "
                            "unit: its document and page, the reviewer who marked it, the quoted text, its condensed "
                            "meaning, codes, categories, themes and notes.", data.language).format(
        title=data.title, units=translate(C, "%n meaning unit(s)", data.language, n=len(data.rows)),
        layer=_layer(data), date=data.date))
    progress(0.95, translate("progress", "Saving…"))
    book.save(path)


def write_docx(data: ExportData, path: Path, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> None:
    lang = data.language
    w = DocxWriter(landscape=True, footer=translate(C, "{title} — Analysis table", lang).format(title=data.title))
    w.heading(data.title, 0)
    w.paragraph(translate(C, "Analysis table: meaning units, condensed meanings, codes, categories and themes", lang),
                "Subtitle")
    if data.research_question:
        w.labelled(translate(C, "Research question:", lang), data.research_question)
    count = format_number(len(data.rows), language=lang)
    chosen = (translate(C, "{count} from {layer} that the coding query “{query}” selects, in document order", lang)
              .format(count=count, layer=_layer(data), query=data.query) if data.query else
              translate(C, "{count} from {layer}, in document order", lang).format(count=count, layer=_layer(data)))
    w.runs([(translate(C, "Date: ", lang), "Strong"), (data.date, None),
            ("    " + translate(C, "Meaning units: ", lang), "Strong"), (chosen, None)])
    table = w.table(headers(lang), WIDTHS, "Table Grid")
    shade_header(table)
    for i, row in enumerate(data.rows):
        _tick(i, len(data.rows), progress, cancelled)
        cells: list = _cells(row)
        cells[5], cells[6], cells[7], cells[8] = row.codes, row.categories, row.themes, row.notes
        w.row(table, cells)
    if not data.rows:
        w.paragraph(translate(C, "No meaning units yet.", lang))
    progress(0.95, translate("progress", "Saving…"))
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
