"""Numbers in the window follow its locale, and the words core hands to the window or to the study's documents
(figure definitions, the saturation sentence, the agreement sentence, removal counts, progress messages, the
COREQ/SRQR items) come out in the language asked for — with the shipped catalogues."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from app import i18n
from app.analysis.figures import Cooccurrence, Matrix, Saturation
from app.core.documents import RemovalCounts
from app.core.reading import DocumentSummary
from app.exporters.checklists import COREQ, SRQR, translated
from app.exporters.export_data import format_agreement
from app.ui.i18n import install_translators, ntr, number, percent

NBSP = "\u00a0"


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    locale = QLocale()
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    i18n.set_language(None)


def _saturation(reached: int | None = 5, noun: str = "documents") -> Saturation:
    return Saturation(base=4, run=2, threshold=0.05, order_by="import", layer="all reviewers",
                      order=[f"d{i}" for i in range(10)], runs=[], saturation_at=reached, base_codes=3,
                      cumulative=[3] * 10, noun=noun)


def test_numbers_in_the_window_follow_its_locale(german: None) -> None:
    assert number(1000) == "1.000"
    assert number(0.05) == "0,05"
    assert number(0.5, 2) == "0,50"
    assert percent(0.425, 1) == f"42,5{NBSP}%"
    assert ntr("DocumentListModel", "%n page(s)", 1000).startswith("1.000 ")


def test_numbers_in_english_stay_english(qapp) -> None:  # type: ignore[no-untyped-def]
    locale = QLocale()
    QLocale.setDefault(QLocale("en"))
    try:
        assert number(1000) == "1,000"
        assert number(0.05) == "0.05"
        assert percent(0.425, 1) == "42.5%"
    finally:
        QLocale.setDefault(locale)


def test_the_document_tooltip_counts_characters_in_german(german: None) -> None:
    from app.ui.reader.document_list import DocumentListModel

    model = DocumentListModel()
    model.set_rows([DocumentSummary("d1", "Interview 1", 12345, 3, ("done", "done", "done"), 4, 1, 60.0)])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "12.345 Zeichen" in tip
    assert "3 Seiten" in tip


def test_the_saturation_sentence_in_each_language() -> None:
    s = _saturation()
    assert s.sentence("en") == "Saturation was reached at 5 documents (base 4, run 2, ≤ 5 % new codes)."
    assert s.sentence("de") == ("Die Sättigung wurde bei 5 Dokumenten erreicht (Basis 4, Lauflänge 2, "
                                f"≤ 5{NBSP}% neue Codes).")
    not_reached = _saturation(None, "interviews").sentence("fr")
    assert not_reached.startswith("La saturation n'a pas été atteinte en 10 entretiens")
    s.threshold = 0.025
    assert f"2,5{NBSP}%" in s.sentence("pt_BR")


def test_the_figure_definitions_in_german() -> None:
    m = Matrix(by="Role", count="participants", rows_are="categories", layer="consensus", columns=[], row_names=[],
               cells={})
    text = m.definition("de")
    assert text.startswith("Matrix: Zeilen sind Kategorien, Spalten sind die Werte von Role")
    assert "Kategorie (einen ihrer Codes)" in text and "Teilnehmenden" in text and text.endswith("Ebene: Konsens.")
    c = Cooccurrence(layer="Ana", overlap=True, pairs=[], frequencies={})
    assert c.definition("es").startswith("Coocurrencia: para dos códigos")
    assert c.definition("es").endswith("Capa: Ana.")  # a reviewer's name stays as it is
    assert "dans l'ordre d'importation" in _saturation().definition("fr")
    assert m.definition("en").startswith("Matrix: rows are categories, columns are the values of Role")


def test_the_agreement_sentence_in_the_study_language() -> None:
    summary = {"reviewers": ["Ana", "Ben"], "kappa": 0.71234, "alpha": None, "agreement": 0.9, "coded_share": 0.4,
               "documents": 12, "unit_kappa": 0.8, "matched_units": 1500, "threshold": 0.5}
    en = format_agreement(summary)
    assert en.startswith("Ana and Ben, character level over the 12 documents both coded, pooled over all codes: "
                         "Cohen's κ = 0.71, Krippendorff's α = not defined, 90.0 % agreement")
    de = format_agreement(summary, "de")
    assert de.startswith("Ana und Ben, Zeichenebene über die 12 Dokumente, die beide kodiert haben")
    assert "Cohens κ = 0,71" in de and "Krippendorffs α = nicht definiert" in de
    assert f"90,0{NBSP}% Übereinstimmung bei 40,0{NBSP}% der Zeichen" in de
    assert f"Codes der 1500 Paare zugeordneter Sinneinheiten (Überlappung ≥ 50{NBSP}%): Cohens κ = 0,80." in de


def test_removal_counts_in_the_window_language() -> None:
    counts = RemovalCounts(2, 1, 2)
    assert counts.sentence("en") == "2 meaning units, 1 note and 2 codings"
    assert counts.sentence("de") == "2 Sinneinheiten, 1 Notiz und 2 Kodierungen"
    assert RemovalCounts(1, 0, 1000).sentence("fr") == "1 unité de sens, 0 note et 1\u202f000 codages"


def test_progress_messages_follow_the_current_language() -> None:
    i18n.set_language("es")
    try:
        assert i18n.translate("progress", "Saving {name}…").format(name="a.docx") == "Guardando a.docx…"
    finally:
        i18n.set_language(None)


def test_the_checklists_in_the_study_language() -> None:
    first = translated(COREQ[0], "de")
    assert first.group == "Bereich 1: Forschungsteam und Reflexivität › Persönliche Merkmale"
    assert first.topic == "Interviewer/Moderator"
    assert translated(SRQR[0], "pt_BR").topic == "Título"
    assert translated(COREQ[0], "en") == COREQ[0]
    for lang in i18n.SHIPPED:  # every item has a translation: none comes back in English
        for item in [*COREQ, *SRQR]:
            assert translated(item, lang).question != item.question, (lang, item.number)


def test_dates_in_the_window_follow_its_locale(german: None) -> None:
    import datetime as dt

    from app.ui.i18n import date

    assert date(dt.date(2026, 12, 3)) == "03.12.2026"
    assert date("2026-12-03T14:05:09", with_time=True) == "03.12.2026 14:05"
    assert date("not a date") == "not a date"


def test_the_checklist_answers_in_the_study_language() -> None:
    from app.exporters.dossier_facts import StudyFacts, coreq_answers, srqr_answers

    facts = StudyFacts(
        title="T", research_question="", today="", software="Lectio 1.0", coders=["Ana", "Ben", "Cy"],
        documents=1200, transcripts=3, participants=["P1", "P2"], interviewers=["I1"], repeat_participants=["P1"],
        longest_minutes=61.4, themes=2, categories=5, codes=40, units=100, memos_by_reviewer={}, versions=[],
        version_changes=[], plan=None, reliability=None, decisions={}, disagreements=None, audit=[],
        saturation=None)
    en = coreq_answers(facts)
    assert en[12] == "2 participants (1,200 documents)."
    assert en[24] == "3 (Ana, Ben and Cy)."
    de = coreq_answers(facts, "de")
    assert de[12] == "2 Teilnehmende (1.200 Dokumente)."
    assert de[18] == "1 teilnehmende Person kommt in mehr als einem Dokument vor: P1."
    assert de[21] == "Die späteste Zeitmarke in einem Transkript liegt bei 61 Minuten."
    assert de[24] == "3 (Ana, Ben und Cy)."
    assert srqr_answers(facts, "es")[15] == "Una pista de auditoría de cada paso analítico."
    assert srqr_answers(facts)[15] == "An audit trail of every analytic step."


def test_matrix_columns_and_headings_in_german() -> None:
    from app.analysis.texts import column_label, count_word, rows_heading

    assert column_label("(no participant)", "de") == "(keine teilnehmende Person)"
    assert column_label("(no value)", "fr") == "(sans valeur)"
    assert column_label("nurse", "de") == "nurse"  # an attribute's value stays as the study has it
    assert rows_heading("categories", "es") == "Categorías"
    assert count_word("participants", "pt_BR") == "participantes"
