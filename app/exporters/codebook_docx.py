"""The codebook as a Word document a researcher can hand to a supervisor without retyping.

Layout: title block (title, research question, date, reviewers) › methods summary › themes table (like a
journal's results table) › Heading 1 theme › Heading 2 category › Heading 3 code with definition, inclusion
and exclusion criteria, counts and exemplar quotes cited as (document, p. N) › appendix of codes not yet
sorted into a theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LectioError
from app.core.progress import Cancelled
from app.exporters.docx_style import DocxWriter
from app.exporters.export_data import (
    CategoryEntry,
    CodeEntry,
    ExportData,
    ExportOptions,
    ThemeEntry,
    gather,
)
from app.exporters.output import atomic_target
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress

if TYPE_CHECKING:
    from app.core.project import Project

THEMES_TABLE_HEADERS = ("Theme", "Categories", "Codes", "Meaning units", "Documents")
THEMES_TABLE_STYLE = "Light Shading"


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def export_codebook(project: Project, out_path: Path | str, options: ExportOptions | None = None,
                    progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> Path:
    """Write the codebook to ``out_path`` (.docx) and return the path written.

    Raises LectioError naming the path when it cannot be written, Cancelled when ``cancelled()``
    turns True (no file is left behind either way).
    """
    options = options or ExportOptions()
    target = Path(out_path)
    if target.suffix.lower() != ".docx":
        raise LectioError(f"{target}: a codebook is written as a Word file; give the name a .docx ending")
    with atomic_target(target) as tmp:
        progress(0.0, "Reading the project…")
        data = gather(project, options, rows=False)
        if cancelled():
            raise Cancelled()
        writer = CodebookWriter(data, options, progress, cancelled)
        writer.write()
        progress(0.95, f"Saving {target.name}…")
        writer.out.save(tmp)
    progress(1.0, f"Wrote {target.name}")
    return target.absolute()


class CodebookWriter:
    def __init__(self, data: ExportData, options: ExportOptions, progress: ProgressFn = no_progress,
                 cancelled: CancelledFn = never_cancelled) -> None:
        self.data, self.options = data, options
        self.progress, self.cancelled = progress, cancelled
        self.out = DocxWriter(footer=f"{data.title} — Codebook")
        self._total = max(1, data.codes)
        self._done = 0

    def write(self) -> None:
        self.title_block()
        self.methods()
        self.themes_table()
        for theme in self.data.themes:
            self.theme(theme)
        self.appendix()

    # -- front matter --------------------------------------------------------------------------------
    def title_block(self) -> None:
        d, w = self.data, self.out
        w.heading(d.title, 0)
        w.paragraph("Codebook", "Subtitle")
        if d.research_question:
            w.labelled("Research question:", d.research_question)
        w.labelled("Date:", d.date)
        if d.reviewers:
            w.labelled("Reviewers:" if len(d.reviewers) > 1 else "Reviewer:", ", ".join(d.reviewers))
        w.labelled("Meaning units:", self._layer_text() + (f", only those the coding query “{d.query}” selects"
                                                          if d.query else ""))

    def _layer_text(self) -> str:
        layer = self.data.layer
        if layer == "all reviewers":
            return "all reviewers' meaning units" if len(self.data.reviewers) > 1 else "all meaning units"
        if layer == "consensus":
            return "the consensus layer (units agreed by the reviewers)"
        return f"{layer}'s meaning units"

    def methods(self) -> None:
        d, w = self.data, self.out
        w.heading("Methods summary", 1)
        reviewers = plural(len(d.reviewers), "reviewer")
        w.paragraph(
            f"The analysis covers {plural(d.documents, 'document')}, read by {reviewers}. "
            f"{self._units_sentence()} They were coded with {plural(d.codes, 'code')}, grouped into "
            f"{plural(d.categories, 'category', 'categories')} and {plural(len(d.themes), 'theme')}."
            + (f" {plural(len(d.unsorted_codes), 'code')} not yet sorted into a category "
               f"{'is' if len(d.unsorted_codes) == 1 else 'are'} listed in the appendix."
               if d.unsorted_codes else ""))
        if d.agreement:
            w.labelled("Agreement between reviewers:", d.agreement)

    def _units_sentence(self) -> str:
        n = plural(self.data.units, "meaning unit")
        layer = self.data.layer
        if layer == "all reviewers":
            return f"The reviewers marked {n}."
        if layer == "consensus":
            return f"The consensus layer holds {n}."
        return f"This codebook draws on {layer}'s {n}."

    def themes_table(self) -> None:
        d, w = self.data, self.out
        w.heading("Themes", 1)
        if not d.themes:
            w.paragraph("No themes yet: codes and categories are still being sorted.")
            return
        counts = self.options.include_counts
        w.runs([("Table 1. ", "Strong"), ("Themes and the categories they hold" +
                (", with the number of codes, meaning units and documents behind each." if counts else "."),
                None)], "Caption")
        headers = THEMES_TABLE_HEADERS if counts else THEMES_TABLE_HEADERS[:2]
        widths = (3.6, 4.6, 1.0, 1.5, 1.5) if counts else (4, 6)
        table = w.table(headers, widths, THEMES_TABLE_STYLE, numeric=(2, 3, 4) if counts else ())
        for t in d.themes:
            cats = [c.name for c in t.categories] or ["—"]
            values: list = [t.name, cats]
            if counts:
                values += [f"{t.codes:,}", f"{t.units:,}", f"{t.documents:,}"]
            w.row(table, values)

    # -- the codebook proper -------------------------------------------------------------------------
    def theme(self, t: ThemeEntry) -> None:
        w = self.out
        w.heading(t.name, 1, new_page=True)  # each theme starts a page: it reads (and prints) as a chapter
        if t.description:
            w.paragraph(t.description, keep_with_next=True)
        for cat in t.categories:
            self.category(cat)

    def category(self, cat: CategoryEntry, level: int = 2) -> None:
        w = self.out
        w.heading(cat.name, level)
        if cat.description:
            w.paragraph(cat.description, keep_with_next=True)
        if not cat.codes and not cat.subcategories:
            w.paragraph("No codes in this category yet.")
        for code in cat.codes:
            self.code(code, level + 1)

    def code(self, c: CodeEntry, level: int = 3) -> None:
        if self.cancelled():
            raise Cancelled()
        w = self.out
        w.heading(c.name, level)
        w.labelled("Definition:", c.definition or "not written yet.")
        if c.inclusion:
            w.labelled("Include:", c.inclusion)
        if c.exclusion:
            w.labelled("Exclude:", c.exclusion)
        if self.options.include_counts:
            w.labelled("Meaning units:", f"{c.units:,} in {plural(c.documents, 'document')}" if c.units else "none yet")
        for q in c.quotes:
            w.paragraph(f"“{q.text}” {q.citation()}", "Quote")
        self._done += 1
        if self._done % 50 == 0:
            self.progress(0.05 + 0.85 * self._done / self._total, f"Writing code {self._done:,} of {self._total:,}…")

    def appendix(self) -> None:
        d, w = self.data, self.out
        if not (d.unsorted_categories or d.unsorted_codes):
            return
        w.heading("Appendix: codes not yet sorted", 1, new_page=True)
        w.paragraph("Codes and categories that have not been placed under a theme yet.")
        for cat in d.unsorted_categories:
            self.category(cat)
        if d.unsorted_codes:
            w.heading("Codes without a category", 2)
            for code in d.unsorted_codes:
                self.code(code)
