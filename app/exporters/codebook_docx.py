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
from app.i18n import format_number, translate
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress

if TYPE_CHECKING:
    from app.core.project import Project

THEMES_TABLE_HEADERS = ("Theme", "Categories", "Codes", "Meaning units", "Documents")  # translated when written
C = "exporters.codebook"  # the translation context of the codebook's texts
THEMES_TABLE_STYLE = "Light Shading"


def headers(language: str, counts: bool = True) -> list[str]:
    """The themes table's column headings in ``language``."""
    names = [translate(C, "Theme", language), translate(C, "Categories", language),
             translate(C, "Codes", language), translate(C, "Meaning units", language),
             translate(C, "Documents", language)]
    return names if counts else names[:2]


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
        progress(0.0, translate("progress", "Reading the project…"))
        data = gather(project, options, rows=False)
        if cancelled():
            raise Cancelled()
        writer = CodebookWriter(data, options, progress, cancelled)
        writer.write()
        progress(0.95, translate("progress", "Saving {name}…").format(name=target.name))
        writer.out.save(tmp)
    progress(1.0, translate("progress", "Wrote {name}").format(name=target.name))
    return target.absolute()


class CodebookWriter:
    def __init__(self, data: ExportData, options: ExportOptions, progress: ProgressFn = no_progress,
                 cancelled: CancelledFn = never_cancelled) -> None:
        self.data, self.options = data, options
        self.progress, self.cancelled = progress, cancelled
        self.lang = data.language
        self.out = DocxWriter(footer=translate(C, "{title} — Codebook", self.lang).format(title=data.title))
        self._total = max(1, data.codes)
        self._done = 0

    def write(self) -> None:
        self.title_block()
        self.methods()
        self.themes_table()
        for theme in self.data.themes:
            self.theme(theme)
        self.appendix()

    def number(self, value: int) -> str:
        return format_number(value, language=self.lang)

    # -- front matter --------------------------------------------------------------------------------
    def title_block(self) -> None:
        d, w = self.data, self.out
        w.heading(d.title, 0)
        w.paragraph(translate(C, "Codebook", self.lang), "Subtitle")
        if d.research_question:
            w.labelled(translate(C, "Research question:", self.lang), d.research_question)
        w.labelled(translate(C, "Date:", self.lang), d.date)
        if d.reviewers:
            label = (translate(C, "Reviewers:", self.lang) if len(d.reviewers) > 1
                     else translate(C, "Reviewer:", self.lang))
            w.labelled(label, ", ".join(d.reviewers))
        layer_text = self._layer_text()
        if d.query:
            layer_text = translate(C, "{layer}, only those the coding query “{query}” selects", self.lang).format(
                layer=layer_text, query=d.query)
        w.labelled(translate(C, "Meaning units:", self.lang), layer_text)

    def _layer_text(self) -> str:
        layer = self.data.layer
        if layer == "all reviewers":
            return (translate(C, "all reviewers' meaning units", self.lang) if len(self.data.reviewers) > 1
                    else translate(C, "all meaning units", self.lang))
        if layer == "consensus":
            return translate(C, "the consensus layer (units agreed by the reviewers)", self.lang)
        return translate(C, "{reviewer}'s meaning units", self.lang).format(reviewer=layer)

    def methods(self) -> None:
        d, w = self.data, self.out
        w.heading(translate(C, "Methods summary", self.lang), 1)
        sentences = [
            translate(C, "The analysis covers {documents}, read by {reviewers}.", self.lang).format(
                documents=translate(C, "%n document(s)", self.lang, n=d.documents),
                reviewers=translate(C, "%n reviewer(s)", self.lang, n=len(d.reviewers))),
            self._units_sentence(),
            translate(C, "They were coded with {codes}, grouped into {categories} and {themes}.", self.lang).format(
                codes=translate(C, "%n code(s)", self.lang, n=d.codes),
                categories=translate(C, "%n category(-ies)", self.lang, n=d.categories),
                themes=translate(C, "%n theme(s)", self.lang, n=len(d.themes))),
        ]
        if d.unsorted_codes:
            sentences.append(translate(C, "%n code(s) not yet sorted into a category: listed in the appendix.",
                                       self.lang, n=len(d.unsorted_codes)))
        w.paragraph(" ".join(sentences))
        if d.agreement:
            w.labelled(translate(C, "Agreement between reviewers:", self.lang), d.agreement)

    def _units_sentence(self) -> str:
        n = translate(C, "%n meaning unit(s)", self.lang, n=self.data.units)
        layer = self.data.layer
        if layer == "all reviewers":
            return translate(C, "The reviewers marked {units}.", self.lang).format(units=n)
        if layer == "consensus":
            return translate(C, "The consensus layer holds {units}.", self.lang).format(units=n)
        return translate(C, "This codebook draws on {reviewer}'s {units}.", self.lang).format(reviewer=layer, units=n)

    def themes_table(self) -> None:
        d, w = self.data, self.out
        w.heading(translate(C, "Themes", self.lang), 1)
        if not d.themes:
            w.paragraph(translate(C, "No themes yet: codes and categories are still being sorted.", self.lang))
            return
        counts = self.options.include_counts
        caption = (translate(C, "Themes and the categories they hold, with the number of codes, meaning units and "
                                "documents behind each.", self.lang) if counts
                   else translate(C, "Themes and the categories they hold.", self.lang))
        w.runs([(translate(C, "Table 1. ", self.lang), "Strong"), (caption, None)], "Caption")
        widths = (3.6, 4.6, 1.0, 1.5, 1.5) if counts else (4, 6)
        table = w.table(headers(self.lang, counts), widths, THEMES_TABLE_STYLE, numeric=(2, 3, 4) if counts else ())
        for t in d.themes:
            cats = [c.name for c in t.categories] or ["—"]
            values: list = [t.name, cats]
            if counts:
                values += [self.number(t.codes), self.number(t.units), self.number(t.documents)]
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
            w.paragraph(translate(C, "No codes in this category yet.", self.lang))
        for code in cat.codes:
            self.code(code, level + 1)

    def code(self, c: CodeEntry, level: int = 3) -> None:
        if self.cancelled():
            raise Cancelled()
        w = self.out
        w.heading(c.name, level)
        w.labelled(translate(C, "Definition:", self.lang), c.definition or translate(C, "not written yet.", self.lang))
        if c.inclusion:
            w.labelled(translate(C, "Include:", self.lang), c.inclusion)
        if c.exclusion:
            w.labelled(translate(C, "Exclude:", self.lang), c.exclusion)
        if self.options.include_counts:
            units = (translate(C, "{units} in {documents}", self.lang).format(
                units=self.number(c.units), documents=translate(C, "%n document(s)", self.lang, n=c.documents))
                if c.units else translate(C, "none yet", self.lang))
            w.labelled(translate(C, "Meaning units:", self.lang), units)
        for q in c.quotes:
            w.paragraph(f"“{q.text}” {q.citation(self.lang)}", "Quote")
        self._done += 1
        if self._done % 50 == 0:
            message = translate("progress", "Writing code {done} of {total}…").format(
                done=format_number(self._done), total=format_number(self._total))
            self.progress(0.05 + 0.85 * self._done / self._total, message)

    def appendix(self) -> None:
        d, w = self.data, self.out
        if not (d.unsorted_categories or d.unsorted_codes):
            return
        w.heading(translate(C, "Appendix: codes not yet sorted", self.lang), 1, new_page=True)
        w.paragraph(translate(C, "Codes and categories that have not been placed under a theme yet.", self.lang))
        for cat in d.unsorted_categories:
            self.category(cat)
        if d.unsorted_codes:
            w.heading(translate(C, "Codes without a category", self.lang), 2)
            for code in d.unsorted_codes:
                self.code(code)
