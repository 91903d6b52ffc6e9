"""The words of the three figures — definitions and the saturation sentence — in a language.

They are shown in the Analysis view (the window's language), printed by the command line and written into the
figure documents (the study's language); ``language`` None is the current language (``app.i18n``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import current_language, format_number, normalise, translate, translate_noop

if TYPE_CHECKING:
    from app.analysis.figures import Cooccurrence, Matrix, Saturation

C = "analysis.figures"

MATRIX_DEFINITION = translate_noop(
    C, "Matrix: rows are {rows}, columns are the values of {by}; a cell counts the meaning units carrying the "
    "{row} whose participant has that value (a unit's participant is the speaker of the turn where it starts, "
    "else the participant its document is assigned to){people}. Layer: {layer}.")
COOCCURRENCE_DEFINITION = translate_noop(
    C, "Co-occurrence: for two codes, the number of meaning units carrying both{overlap}. Layer: {layer}.")
OVERLAP_DEFINITION = translate_noop(
    C, "; overlaps: the number of pairs of two different meaning units, one with each code, whose spans overlap "
    "in the same document")
PEOPLE_DEFINITION = translate_noop(
    C, "; with participants counted, the distinct participants with at least one such unit (a unit without "
    "participant counts its document as one participant)")
SATURATION_DEFINITION = translate_noop(
    C, "Saturation (Guest, Namey & Chen 2020, PLoS ONE 15(5): e0232076): documents in {order} order; base = the "
    "first {base} documents; run length {run}; threshold {threshold}. For k = base+1, base+2, … while "
    "k+run−1 ≤ the number of documents: new(k) = the codes first occurring in documents k … k+run−1; "
    "ratio(k) = |new(k)| / |distinct codes in the base|. Saturation is reached at k−1 documents for the first k "
    "with ratio(k) ≤ threshold. A code occurs in a document when a meaning unit of the layer ({layer}) in it "
    "carries the code.")
ROWS = {"codes": translate_noop(C, "codes"), "categories": translate_noop(C, "categories"),
        "themes": translate_noop(C, "themes")}
ROW = {"codes": translate_noop(C, "code"), "categories": translate_noop(C, "category (any of its codes)"),
       "themes": translate_noop(C, "theme (any of its codes)")}
LAYERS = {"all reviewers": translate_noop(C, "all reviewers"), "consensus": translate_noop(C, "consensus")}
HEADINGS = {"codes": translate_noop(C, "Codes"), "categories": translate_noop(C, "Categories"),
            "themes": translate_noop(C, "Themes")}
COUNTS = {"units": translate_noop(C, "units"), "participants": translate_noop(C, "participants")}
COLUMNS = {"(no participant)": translate_noop(C, "(no participant)"), "(no value)": translate_noop(C, "(no value)")}
ORDERS = {"import": translate_noop(C, "import"), "name": translate_noop(C, "name")}
SENTENCES = {  # (reached, noun) → the whole sentence
    (True, "documents"): translate_noop(
        C, "Saturation was reached at {count} documents (base {base}, run {run}, ≤ {threshold} new codes)."),
    (True, "interviews"): translate_noop(
        C, "Saturation was reached at {count} interviews (base {base}, run {run}, ≤ {threshold} new codes)."),
    (False, "documents"): translate_noop(
        C, "Saturation was not reached within {count} documents (base {base}, run {run}, ≤ {threshold} new "
        "codes)."),
    (False, "interviews"): translate_noop(
        C, "Saturation was not reached within {count} interviews (base {base}, run {run}, ≤ {threshold} new "
        "codes)."),
}


def _word(table: dict[str, str], key: str, language: str | None) -> str:
    """A fixed word (a row kind, layer, order) translated; a name (reviewer, attribute) as it is."""
    return translate(C, table[key], language) if key in table else key


def rows_word(rows_are: str, language: str | None = None) -> str:
    """"codes", "categories", "themes" in ``language``."""
    return _word(ROWS, rows_are, language)


def rows_heading(rows_are: str, language: str | None = None) -> str:
    """"Codes", "Categories", "Themes" (a table's first heading, an axis) in ``language``."""
    return _word(HEADINGS, rows_are, language)


def count_word(count: str, language: str | None = None) -> str:
    """What a matrix counts, "units" or "participants", in ``language``."""
    return _word(COUNTS, count, language)


def column_label(value: str, language: str | None = None) -> str:
    """A matrix column as shown: "(no participant)" and "(no value)" in ``language``; attribute values as they are
    (the JSON keeps the English markers)."""
    return _word(COLUMNS, value, language)


def order_word(order: str, language: str | None = None) -> str:
    """"import" and "name" orders in ``language``; an attribute's name as it is."""
    return _word(ORDERS, order, language)


def threshold_text(t: float, language: str | None = None) -> str:
    """0.05 → "5 %" in English (as the command line has always printed it), "2,5 %" (no-break space) in German."""
    number = format_number(round(t * 100, 10), language=language)
    return f"{number} %" if _english(language) else f"{number}\u00a0%"


def _english(language: str | None) -> bool:
    return (normalise(language) if language else current_language()) in (None, "en")


def matrix_definition(m: Matrix, language: str | None = None) -> str:
    people = translate(C, PEOPLE_DEFINITION, language) if m.count == "participants" else ""
    return translate(C, MATRIX_DEFINITION, language).format(
        rows=_word(ROWS, m.rows_are, language), by=m.by, row=_word(ROW, m.rows_are, language), people=people,
        layer=_word(LAYERS, m.layer, language))


def cooccurrence_definition(c: Cooccurrence, language: str | None = None) -> str:
    overlap = translate(C, OVERLAP_DEFINITION, language) if c.overlap else ""
    return translate(C, COOCCURRENCE_DEFINITION, language).format(overlap=overlap,
                                                                  layer=_word(LAYERS, c.layer, language))


def saturation_definition(s: Saturation, language: str | None = None) -> str:
    return translate(C, SATURATION_DEFINITION, language).format(
        order=_word(ORDERS, s.order_by, language), base=format_number(s.base, language=language),
        run=format_number(s.run, language=language), threshold=threshold_text(s.threshold, language),
        layer=_word(LAYERS, s.layer, language))


def saturation_sentence(s: Saturation, language: str | None = None) -> str:
    """The sentence to paste into a methods section."""
    reached = s.saturation_at is not None
    count = s.saturation_at if s.saturation_at is not None else len(s.order)
    noun = s.noun if s.noun in ("documents", "interviews") else "documents"
    return translate(C, SENTENCES[(reached, noun)], language).format(
        count=format_number(count, language=language), base=format_number(s.base, language=language),
        run=format_number(s.run, language=language), threshold=threshold_text(s.threshold, language))
