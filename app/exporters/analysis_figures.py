"""The matrix, co-occurrence and saturation figures as Excel (.xlsx) and Word (.docx), each with its definition.

Tables start in the first row of the first sheet (a header row, then one row per code, pair or run), so a
script can read them back; the definition, the layer and (for saturation) the sentence to paste follow below.
Charts (.png, .svg) are drawn by the Qt painter in ``app.ui.analysis.charts``; a Word file embeds the chart
(a PNG at print resolution, drawn there and passed in as ``ChartImage``) under the table, with its caption.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import i18n
from app.analysis import texts
from app.analysis.figures import Cooccurrence, Matrix, Saturation
from app.core.errors import LectioError
from app.exporters.analysis_table import shade_header
from app.exporters.docx_style import DocxWriter
from app.exporters.export_data import format_date
from app.exporters.output import atomic_target
from app.exporters.xlsx import Workbook
from app.i18n import format_number, translate, translate_noop

TABLE_FORMATS = (".xlsx", ".docx")
F = "exporters.analysis_figures"  # the translation context of the figures' Word texts
# the figures' names, for the catalogue (translated where the footer is written)
WHAT = (translate_noop(F, "matrix"), translate_noop(F, "co-occurrence table"), translate_noop(F, "saturation table"))
CHART_FORMATS = (".png", ".svg")
Figure = Matrix | Cooccurrence | Saturation


@dataclass(frozen=True)
class ChartImage:
    """A chart drawn for print: PNG bytes, its width on paper, its title and the caption to set under it."""

    png: bytes
    width_in: float
    title: str
    caption: str


def check_format(target: Path, what: str) -> str:
    suffix = target.suffix.lower()
    if suffix not in TABLE_FORMATS + CHART_FORMATS:
        raise LectioError(f"{target}: the {what} is written as .xlsx, .docx, .png or .svg, "
                          f"not {suffix or 'a file without an ending'}")
    return suffix


def export_table(figure: Figure, out_path: Path | str, title: str, chart: ChartImage | None = None,
                 language: str | None = None) -> Path:
    """Write ``figure`` as .xlsx or .docx (chosen by the name's ending); a .docx embeds ``chart`` (when given)
    under the table as "Figure 1", with its caption. ``language``: the Word document's (the study's,
    ``app.core.study_language.export_language``); None: the current one. The Excel header rows stay English
    (scripts read them back); the definitions come from app.analysis and are English for now."""
    lang = i18n.normalise(language) if language else i18n.current_language()
    target = Path(out_path)
    what = _what(figure)
    suffix = check_format(target, what)
    if suffix not in TABLE_FORMATS:
        raise LectioError(f"{target}: a chart is drawn by app.ui.analysis.charts, not here")
    with atomic_target(target) as tmp:
        if suffix == ".xlsx":
            book = Workbook()
            {Matrix: _matrix_xlsx, Cooccurrence: _cooccurrence_xlsx, Saturation: _saturation_xlsx}[
                type(figure)](book, figure, title)  # type: ignore[operator]
            book.save(tmp)
        else:
            w = DocxWriter(landscape=isinstance(figure, Matrix) and len(figure.columns) > 5,
                           footer=f"{title} — {translate(F, what, lang)}")
            w.heading(title, 0)
            {Matrix: _matrix_docx, Cooccurrence: _cooccurrence_docx, Saturation: _saturation_docx}[
                type(figure)](w, figure, lang)  # type: ignore[operator]
            if chart is not None:
                w.picture(chart.png, chart.width_in, [(translate(F, "Figure 1. ", lang), "Strong"),
                                                      (f"{chart.title}. {chart.caption}".strip(), None)])
            w.runs([(translate(F, "Date: ", lang), "Strong"), (format_date(date.today(), lang), None)])
            w.save(tmp)
    return target.absolute()


def _what(figure: Figure) -> str:
    return {Matrix: "matrix", Cooccurrence: "co-occurrence table", Saturation: "saturation table"}[type(figure)]


# -- Excel --------------------------------------------------------------------------------------------
def _matrix_xlsx(book: Workbook, m: Matrix, title: str) -> None:
    sheet = book.sheet("Matrix")
    sheet.write([m.rows_are.capitalize(), *m.columns, "Total"], header=True)
    for name in m.row_names:
        cells = m.cells[name]
        sheet.write([name, *[cells[c] for c in m.columns], sum(cells.values())])
    sheet.widths([34] + [max(10, len(c) + 2) for c in m.columns] + [8])
    sheet.freeze_header()
    sheet.blank()
    sheet.note(f"{title}: {m.rows_are} × {m.by}, counting {m.count}.")
    sheet.note(m.definition("en"))
    if m.count == "participants":
        sheet.note("The total adds the cells; a participant may be counted in more than one column.")


def _cooccurrence_xlsx(book: Workbook, c: Cooccurrence, title: str) -> None:
    sheet = book.sheet("Co-occurrence")
    sheet.write(["Code A", "Code B", "Units", *(["Overlaps"] if c.overlap else [])], header=True)
    for p in c.pairs:
        sheet.write([p.a, p.b, p.units, *([p.overlaps] if c.overlap else [])])
    sheet.widths([34, 34, 10, 10])
    sheet.blank()
    sheet.note(f"{title}: pairs of codes with at least one meaning unit carrying both"
               + (" or one pair of overlapping units." if c.overlap else "."))
    sheet.note(c.definition("en"))
    codes = sorted(c.frequencies)
    if codes:
        grid = book.sheet("Matrix of pairs")
        grid.write(["Code", *codes], header=True)
        counts = {(p.a, p.b): p.units for p in c.pairs}
        for a in codes:
            grid.write([a, *[c.frequencies[a] if a == b else counts.get((min(a, b), max(a, b)), 0) for b in codes]])
        grid.blank()
        grid.note("Each cell: the meaning units carrying both codes; the diagonal: the units carrying the code.")


def _saturation_xlsx(book: Workbook, s: Saturation, title: str) -> None:
    sheet = book.sheet("Saturation")
    sheet.write(["k", "Documents", "New codes", "Ratio", "New codes (names)"], header=True)
    for r in s.runs:
        sheet.write([r.k, f"{r.k}–{r.k + s.run - 1}", len(r.new), r.ratio, "; ".join(r.new)])
    sheet.widths([6, 12, 11, 10, 60])
    sheet.blank()
    sheet.note(s.sentence("en"))
    sheet.note(f"{title}: base {s.base} documents with {s.base_codes} distinct codes; run {s.run}; "
               f"threshold {s.threshold}.")
    sheet.note(s.definition("en"))
    docs = book.sheet("Documents")
    docs.write(["Position", "Document", "Distinct codes so far"], header=True)
    for i, (name, n) in enumerate(zip(s.order, s.cumulative, strict=True), start=1):
        docs.write([i, name, n])
    docs.widths([9, 40, 20])


# -- Word ---------------------------------------------------------------------------------------------
def _matrix_docx(w: DocxWriter, m: Matrix, lang: str = "en") -> None:
    w.paragraph(translate(F, "Matrix: {rows} × {by} ({count})", lang).format(
        rows=texts.rows_word(m.rows_are, lang), by=m.by, count=texts.count_word(m.count, lang)), "Subtitle")
    table = w.table([texts.rows_heading(m.rows_are, lang), *[texts.column_label(c, lang) for c in m.columns]],
                    [3.0] + [1.0] * len(m.columns),
                    numeric=range(1, len(m.columns) + 1))
    shade_header(table)
    for name in m.row_names:
        w.row(table, [name, *[format_number(m.cells[name][c], language=lang) for c in m.columns]])
    if not m.row_names:
        w.paragraph(translate(F, "No rows yet.", lang))
    w.labelled(translate(F, "Definition.", lang), m.definition(lang))


def _cooccurrence_docx(w: DocxWriter, c: Cooccurrence, lang: str = "en") -> None:
    w.paragraph(translate(F, "Co-occurrence of codes", lang), "Subtitle")
    headers = [translate(F, "Code A", lang), translate(F, "Code B", lang), translate(F, "Units", lang),
               *([translate(F, "Overlaps", lang)] if c.overlap else [])]
    table = w.table(headers, [3.0, 3.0, 1.0, *([1.0] if c.overlap else [])], numeric=range(2, len(headers)))
    shade_header(table)
    for p in c.pairs:
        w.row(table, [p.a, p.b, format_number(p.units, language=lang),
                      *([format_number(p.overlaps, language=lang)] if c.overlap else [])])
    if not c.pairs:
        w.paragraph(translate(F, "No two codes share a meaning unit.", lang))
    w.labelled(translate(F, "Definition.", lang), c.definition(lang))


def _saturation_docx(w: DocxWriter, s: Saturation, lang: str = "en") -> None:
    w.paragraph(translate(F, "Code saturation", lang), "Subtitle")
    w.labelled(translate(F, "Result.", lang), s.sentence(lang))
    table = w.table(["k", translate(F, "Documents", lang), translate(F, "New codes", lang), translate(F, "Ratio", lang),
                     translate(F, "New codes (names)", lang)], [0.6, 1.2, 1.0, 1.0, 5.0], numeric=(0, 2, 3))
    shade_header(table)
    for r in s.runs:
        w.row(table, [str(r.k), f"{r.k}–{r.k + s.run - 1}", format_number(len(r.new), language=lang),
                      "–" if r.ratio is None else format_number(r.ratio, 3, lang), "; ".join(r.new)])
    if not s.runs:
        w.paragraph(translate(F, "Too few documents for a run: {count} documents, base {base}, run {run}.",
                              lang).format(count=len(s.order), base=s.base, run=s.run))
    w.labelled(translate(F, "Definition.", lang), s.definition(lang))
    order = "; ".join(f"{i}. {n} ({c})" for i, (n, c) in enumerate(zip(s.order, s.cumulative, strict=True), start=1))
    w.labelled(translate(F, "Order.", lang), order + translate(F, " — in brackets: distinct codes so far.", lang))
