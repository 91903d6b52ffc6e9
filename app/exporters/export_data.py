"""Everything an export needs, read from the project in a handful of queries up front.

Exports never query per code or per unit: a project of 2,000 codes and 10,000 units is read with one query
per table (documents, units, codings, annotations, codes, categories, themes, reviewers), then assembled in
memory. The writers (``codebook_docx``, ``analysis_table``) only format what is gathered here.
"""

from __future__ import annotations

import bisect
import json
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from app.core.documents import page_at
from app.core.errors import NotFound
from app.core.models import Annotation, Category, Code, Coding, Document, MeaningUnit, Meta, Reviewer, Theme
from app.core.participants import format_time_or_blank
from app.core.study_language import export_language
from app.exporters.docx_style import figure, percent
from app.i18n import format_date as i18n_format_date
from app.i18n import format_number, format_percent, translate

if TYPE_CHECKING:
    from app.core.project import Project

log = logging.getLogger("lectio.exporters")


@dataclass
class ExportOptions:
    """What the export dialog (or the command line) chooses.

    ``reviewer_id``: None exports every reviewer's meaning units; a reviewer's id exports that layer only
    (the consensus reviewer's id exports the consensus layer). ``quotes_per_code``: how many exemplar quotes
    each code gets in the codebook. ``include_counts``: numbers of meaning units and documents per code and
    per theme. The research question, title and reviewers come from the project itself.
    """

    reviewer_id: str | None = None
    quotes_per_code: int = 3
    include_counts: bool = True
    unit_ids: frozenset[str] | None = None  # only these meaning units (a coding query's result); None: all
    query: str = ""  # the coding query (its name or expression) that chose ``unit_ids``, said in the export


@dataclass
class Quote:
    text: str
    document: str
    page: int
    time: str = ""  # "[00:12:41]" for a quote from a transcript whose turns carry times

    def citation(self, language: str | None = None) -> str:
        if self.time:
            return f"({self.document}, {self.time})"
        page = translate("exporters", "p. {page}", language).format(page=self.page)
        return f"({self.document}, {page})"


@dataclass
class CodeEntry:
    id: str
    name: str
    definition: str
    inclusion: str
    exclusion: str
    units: int = 0
    documents: int = 0
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class CategoryEntry:
    id: str
    name: str
    description: str
    codes: list[CodeEntry] = field(default_factory=list)
    subcategories: int = 0  # written right after it, as "Name › Sub"


@dataclass
class ThemeEntry:
    id: str
    name: str
    description: str
    categories: list[CategoryEntry] = field(default_factory=list)
    codes: int = 0
    units: int = 0
    documents: int = 0


@dataclass
class UnitRow:
    """One row of the analysis table."""

    document: str
    page: int
    reviewer: str
    text: str
    condensed: str
    codes: list[str]
    categories: list[str]
    themes: list[str]
    notes: list[str]
    time: str = ""  # "[00:12:41]" for a unit in a transcript (shown instead of the page)


@dataclass
class ExportData:
    title: str
    research_question: str
    date: str
    reviewers: list[str]
    layer: str  # "all reviewers", a reviewer's name, or "consensus"
    documents: int
    units: int
    themes: list[ThemeEntry]
    unsorted_categories: list[CategoryEntry]
    unsorted_codes: list[CodeEntry]
    rows: list[UnitRow]
    agreement: str | None = None
    query: str = ""  # the coding query the units were restricted to, if any
    language: str = "en"  # the study's language: its documents' headings, numbers and dates

    @property
    def codes(self) -> int:
        return sum(len(c.codes) for c in self.all_categories()) + len(self.unsorted_codes)

    @property
    def categories(self) -> int:
        return len(self.all_categories())

    def all_categories(self) -> list[CategoryEntry]:
        return [c for t in self.themes for c in t.categories] + self.unsorted_categories


def format_date(day: date, language: str | None = "en") -> str:
    """24 November 2026 in English — unambiguous in every country a supervisor may sit in; 24.11.2026 in German…"""
    return i18n_format_date(day, language or "en")


def layer_name(project: Project, reviewer_id: str | None, people: list[Reviewer] | None = None) -> str:
    if not reviewer_id:
        return "all reviewers"
    for r in project.reviewers() if people is None else people:
        if r.id == reviewer_id:
            return "consensus" if r.is_consensus else r.name
    raise NotFound(f"reviewer {reviewer_id} is not in {project.path.name}")


def agreement_summary(project: Project, reviewer_id: str | None, language: str = "en") -> str | None:
    """The agreement figures once they exist (app.consensus.agreement, written separately), in ``language``;
    None otherwise."""
    try:
        from app.consensus.agreement import summary_for_export  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        summary: Any = summary_for_export(project)
    except Exception:  # noqa: BLE001 - a figure we cannot compute must not stop the export
        log.warning("agreement figures left out of the export", exc_info=True)
        return None
    if not summary:
        return None
    if isinstance(summary, dict):
        return format_agreement(summary, language)
    return str(summary)


A = "exporters.agreement"


def _figure(value: Any, language: str = "en") -> str:
    if value is None:
        return translate(A, "not defined", language)
    if isinstance(value, float):
        text = figure(value)
        return text if language == "en" else format_number(float(text), len(text.partition(".")[2]), language,
                                                           grouping=False)
    if isinstance(value, (list, tuple)):
        return translate(A, "{first} and {second}", language).format(
            first=", ".join(str(v) for v in value[:-1]), second=str(value[-1])) if len(value) > 1 \
            else "".join(str(v) for v in value)
    return str(value)


def _percent(value: float, language: str) -> str:
    return percent(value) if language == "en" else f"{format_number(value * 100, 1, language)}\u00a0%"


def format_agreement(s: dict[str, Any], language: str = "en") -> str:
    """The agreement figures as sentences for a methods section, in ``language`` (unknown keys listed plainly)."""
    known = {"reviewers", "agreement", "kappa", "alpha", "unit_kappa", "matched_units", "threshold", "documents",
             "coded_share"}
    parts: list[str] = []
    if {"agreement", "kappa", "alpha"} & s.keys():
        figures = []
        if "kappa" in s:
            figures.append(translate(A, "Cohen's κ = {value}", language).format(value=_figure(s["kappa"], language)))
        if "alpha" in s:
            figures.append(translate(A, "Krippendorff's α = {value}", language).format(
                value=_figure(s["alpha"], language)))
        # percent agreement counts uncoded text as agreement: only next to how much was coded at all
        if isinstance(s.get("agreement"), float) and isinstance(s.get("coded_share"), float):
            figures.append(translate(A, "{agreement} agreement with {share} of the characters coded by either "
                                     "reviewer", language).format(agreement=_percent(s["agreement"], language),
                                                                  share=_percent(s["coded_share"], language)))
        listed = ", ".join(figures)
        who = _figure(s["reviewers"], language) if s.get("reviewers") else ""
        documents = s.get("documents") if isinstance(s.get("documents"), int) else None
        if documents is not None:
            sentence = translate(A, "Character level over the %n document(s) both coded, pooled over all codes: "
                                 "{figures}.", language, n=documents)
            with_who = translate(A, "{reviewers}, character level over the %n document(s) both coded, pooled over "
                                 "all codes: {figures}.", language, n=documents)
        else:
            sentence = translate(A, "Character level, pooled over all codes: {figures}.", language)
            with_who = translate(A, "{reviewers}, character level, pooled over all codes: {figures}.", language)
        parts.append((with_who if who else sentence).format(reviewers=who, figures=listed))
    if "unit_kappa" in s:
        matched = s.get("matched_units")
        kappa = _figure(s["unit_kappa"], language)
        threshold = s.get("threshold") if isinstance(s.get("threshold"), (int, float)) else None
        overlap = "" if threshold is None else (f"{threshold:.0%}" if language == "en"
                                                else format_percent(threshold, 0, language))
        if matched is not None and threshold is not None:
            text = translate(A, "Codes of the {matched} pairs of matching meaning units (overlap ≥ {overlap}): "
                             "Cohen's κ = {kappa}.", language)
        elif matched is not None:
            text = translate(A, "Codes of the {matched} pairs of matching meaning units: Cohen's κ = {kappa}.",
                             language)
        elif threshold is not None:
            text = translate(A, "Codes of matched units (overlap ≥ {overlap}): Cohen's κ = {kappa}.", language)
        else:
            text = translate(A, "Codes of matched units: Cohen's κ = {kappa}.", language)
        parts.append(text.format(matched=_figure(matched, language), overlap=overlap, kappa=kappa))
    rest = [f"{k.replace('_', ' ')}: {_figure(v, language)}" for k, v in s.items() if k not in known]
    if rest:
        parts.append("; ".join(rest) + ".")
    return " ".join(parts)


def _ordered_unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def gather(project: Project, options: ExportOptions, *, quotes: bool = True, rows: bool = True,
           today: date | None = None) -> ExportData:
    """Read the project once and assemble the codebook tree, counts, exemplar quotes and table rows."""
    rid = options.reviewer_id or None
    language = export_language(project)
    with project.read_session() as s:
        people = list(s.exec(select(Reviewer).order_by(Reviewer.created_at, Reviewer.name)))
        layer = layer_name(project, rid, people)
        docs = s.execute(select(Document.id, Document.name, Document.page_starts)
                         .order_by(Document.position, Document.name)).all()
        unit_q = select(MeaningUnit.id, MeaningUnit.document_id, MeaningUnit.reviewer_id, MeaningUnit.start,
                        MeaningUnit.end, MeaningUnit.text, MeaningUnit.condensed)
        coding_q = select(Coding.unit_id, Coding.code_id).join(MeaningUnit, MeaningUnit.id == Coding.unit_id)
        note_q = (select(Annotation.unit_id, Annotation.text).join(MeaningUnit, MeaningUnit.id == Annotation.unit_id)
                  .order_by(Annotation.created_at))
        if rid:
            unit_q = unit_q.where(MeaningUnit.reviewer_id == rid)
            coding_q = coding_q.where(MeaningUnit.reviewer_id == rid)
            note_q = note_q.where(MeaningUnit.reviewer_id == rid)
        unit_rows = s.execute(unit_q).all()
        codings = s.execute(coding_q).all()
        notes_rows = s.execute(note_q).all() if rows else []
        if options.unit_ids is not None:  # restricted to a coding query's units
            keep = options.unit_ids
            unit_rows = [u for u in unit_rows if u[0] in keep]
            codings = [c for c in codings if c[0] in keep]
            notes_rows = [n for n in notes_rows if n[0] in keep]
        # Same session, same read transaction: one consistent snapshot even while the window keeps editing.
        codes: list[Code] = list(s.exec(select(Code).order_by(Code.position, Code.name)))
        cats: list[Category] = list(s.exec(select(Category).order_by(Category.position, Category.name)))
        themes = list(s.exec(select(Theme).order_by(Theme.position, Theme.name)))
        meta = {m.key: m.value for m in s.exec(select(Meta))}
        turn_times = _turn_times(s)

    reviewer_names = {r.id: r.name for r in people}
    doc_order = {d[0]: i for i, d in enumerate(docs)}
    doc_name = {d[0]: d[1] for d in docs}
    starts = {d[0]: json.loads(d[2]) for d in docs}
    reviewer_order = {r.id: i for i, r in enumerate(people)}
    unit_rows.sort(key=lambda u: (doc_order.get(u[1], 0), u[3], reviewer_order.get(u[2], 0), u[4]))
    units = {u[0]: u for u in unit_rows}
    unit_pos = {u[0]: i for i, u in enumerate(unit_rows)}

    units_of_code: dict[str, list[str]] = {}
    codes_of_unit: dict[str, list[str]] = {}
    for unit_id, code_id in codings:
        units_of_code.setdefault(code_id, []).append(unit_id)
        codes_of_unit.setdefault(unit_id, []).append(code_id)

    def page(unit: Any) -> int:
        return page_at(starts.get(unit[1], [0]), unit[3])

    def time(unit: Any) -> str:
        turns = turn_times.get(unit[1])
        if not turns:
            return ""
        i = bisect.bisect_right(turns[0], unit[3]) - 1
        seconds = turns[1][i] if i >= 0 else None
        return format_time_or_blank(seconds)

    entries: dict[str, CodeEntry] = {}
    for c in codes:
        uids = sorted(set(units_of_code.get(c.id, [])), key=unit_pos.__getitem__)
        e = CodeEntry(c.id, c.name, c.definition, c.inclusion, c.exclusion, len(uids),
                      len({units[u][1] for u in uids}))
        if quotes and options.quotes_per_code > 0:
            chosen = uids[:]
            if c.exemplar_unit_id in units:
                chosen = [c.exemplar_unit_id] + [u for u in uids if u != c.exemplar_unit_id]
            quoted: list[tuple[str, int, int]] = []
            for u in chosen:
                unit = units[u]
                # Two reviewers often mark the same passage, with slightly different bounds: quote it once.
                if any(doc == unit[1] and start < unit[4] and unit[3] < end for doc, start, end in quoted):
                    continue
                quoted.append((unit[1], unit[3], unit[4]))
                e.quotes.append(Quote(" ".join(unit[5].split()), doc_name.get(unit[1], "?"), page(unit), time(unit)))
                if len(e.quotes) >= options.quotes_per_code:
                    break
        entries[c.id] = e

    cat_entries = {c.id: CategoryEntry(c.id, c.name, c.description) for c in cats}
    code_cat: dict[str, str] = {}
    for c in codes:
        if c.category_id in cat_entries:
            cat_entries[c.category_id].codes.append(entries[c.id])
            code_cat[c.id] = c.category_id
    theme_entries = {t.id: ThemeEntry(t.id, t.name, t.description) for t in themes}
    unsorted_cats, cat_theme = _place_categories(cats, cat_entries, theme_entries)
    for t in theme_entries.values():
        tcodes = [code for cat in t.categories for code in cat.codes]
        tunits = {u for code in tcodes for u in units_of_code.get(code.id, [])}
        t.codes, t.units, t.documents = len(tcodes), len(tunits), len({units[u][1] for u in tunits})

    table_rows: list[UnitRow] = []
    if rows:
        notes: dict[str, list[str]] = {}
        for unit_id, text in notes_rows:
            notes.setdefault(unit_id, []).append(text)
        code_by_id = {c.id: c for c in codes}
        for u in unit_rows:
            cids = sorted(codes_of_unit.get(u[0], []), key=lambda i: (code_by_id[i].position, code_by_id[i].name))
            cat_ids = [code_cat[c] for c in cids if c in code_cat]
            table_rows.append(UnitRow(
                document=doc_name.get(u[1], "?"), page=page(u), reviewer=reviewer_names.get(u[2], "?"),
                text=u[5], condensed=u[6], codes=[code_by_id[c].name for c in cids],
                categories=_ordered_unique([cat_entries[c].name for c in cat_ids]),
                themes=_ordered_unique([theme_entries[cat_theme[c]].name for c in cat_ids if c in cat_theme]),
                notes=notes.get(u[0], []), time=time(u)))

    return ExportData(
        title=meta.get("title") or project.path.stem, research_question=meta.get("research_question", ""),
        date=format_date(today or date.today(), language), language=language,
        reviewers=[r.name for r in people if not r.is_consensus], layer=layer, query=options.query,
        documents=len(docs), units=len(unit_rows), themes=list(theme_entries.values()),
        unsorted_categories=unsorted_cats,
        unsorted_codes=[entries[c.id] for c in codes if c.category_id not in cat_entries],
        rows=table_rows, agreement=agreement_summary(project, rid, language),
    )


def _place_categories(cats: list[Category], entries: dict[str, CategoryEntry],
                      themes: dict[str, ThemeEntry]) -> tuple[list[CategoryEntry], dict[str, str]]:
    """Put each top-level category under its theme (or in the unsorted list), each followed by its
    sub-categories, depth first, named "Parent › Child". Returns the unsorted ones and category → theme."""
    children: dict[str, list[Category]] = {}
    top: list[Category] = []
    for c in cats:  # already in board order
        if c.parent_id in entries and c.parent_id != c.id:
            children.setdefault(c.parent_id, []).append(c)
        else:
            top.append(c)
    unsorted: list[CategoryEntry] = []
    cat_theme: dict[str, str] = {}

    def visit(c: Category, prefix: str, theme_id: str | None, into: list[CategoryEntry], seen: set[str]) -> None:
        if c.id in seen:
            return
        seen.add(c.id)
        entry = entries[c.id]
        entry.name = prefix + c.name
        entry.subcategories = len(children.get(c.id, []))
        into.append(entry)
        if theme_id:
            cat_theme[c.id] = theme_id
        for sub in children.get(c.id, []):
            visit(sub, entry.name + " › ", theme_id, into, seen)

    seen: set[str] = set()
    for c in top:
        if c.theme_id in themes:
            visit(c, "", c.theme_id, themes[c.theme_id].categories, seen)
        else:
            visit(c, "", None, unsorted, seen)
    for c in cats:  # only reachable through a parent cycle (core refuses those): never drop its codes
        visit(c, "", None, unsorted, seen)
    return unsorted, cat_theme


def _turn_times(session: Any) -> dict[str, tuple[list[int], list[float | None]]]:
    """document id → (turn starts, turn start times) for transcripts whose turns carry times."""
    from app.core.models_people import Turn

    out: dict[str, tuple[list[int], list[float | None]]] = {}
    rows = session.execute(select(Turn.document_id, Turn.start, Turn.seconds).order_by(Turn.document_id, Turn.start))
    for doc_id, start, seconds in rows:
        starts, times = out.setdefault(doc_id, ([], []))
        starts.append(start)
        times.append(seconds)
    return {d: v for d, v in out.items() if any(t is not None for t in v[1])}
