"""Articles are named as researchers cite them, and letter-spaced headings read as words (issue 15)."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from app.core.documents import list_documents
from app.core.importing import import_files
from app.core.project import create_project
from app.importers import pdf
from app.importers.base import DocumentMetadata, ImportedText
from app.importers.pdf_chars import letter_spaced
from app.importers.pdf_front import document_name, page_year
from tests.importers import pdfmaker

CORPUS = Path(os.environ.get("LECTIO_CORPUS") or Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
PDFS = CORPUS / "pdf"
needs_corpus = pytest.mark.skipif(not PDFS.is_dir(), reason="the shared corpus is not next to the repository")


@functools.cache
def imported(name: str) -> ImportedText:
    return pdf.extract((PDFS / name).read_bytes())


@needs_corpus
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hindawi_rrp2010_tully_heartfailure_focusgroups_2col.pdf",
         "Tully et al. 2010 — Patient Experiences of Structured Heart Failure Programmes"),
        ("bmc_jtmo2010_datta_review_2col.pdf",
         "Datta et al. 2010 — Complications related to deep venous thrombosis prophylaxis in trauma: a systematic "
         "review of the literature"),
        ("naacl2018_ammar_literature_graph_2col.pdf",
         "Ammar et al. 2018 — Construction of the Literature Graph in Semantic Scholar"),
        ("peerjcs2017_webb_vespa_1col_sidebar.pdf",
         "Webb et al. 2017 — VESPA: Very large-scale Evolutionary and Selective Pressure Analyses"),
    ],
)
def test_an_article_is_named_by_first_author_year_and_title(name: str, expected: str):
    assert imported(name).name == expected


@needs_corpus
def test_a_long_title_is_cut_at_a_word_and_the_first_page_fills_the_metadata():
    result = imported("bmc_hsr2014_agyemanduah_2col.pdf")
    assert result.name.startswith("Agyeman-Duah et al. 2014 — Understanding the barriers to setting up a healthcare")
    assert result.name.endswith("…") and len(result.name) < 190
    assert result.metadata.title.endswith("Kamuzu Central Hospital in Lilongwe, Malawi")
    assert result.metadata.authors[:2] == ["Josephine Nana Afrakoma Agyeman-Duah", "Antje Theurer"]
    assert result.metadata.year == 2014


@needs_corpus
def test_files_without_a_title_keep_their_file_name(tmp_path: Path):
    """The Federal Register's first page has no title type; the name stays the file's."""
    assert imported("federal_register_2020-17221_3col.pdf").name == ""
    with create_project(tmp_path / "study.lectio", reviewer="Ana") as project:
        import_files(project, [PDFS / "federal_register_2020-17221_3col.pdf",
                               PDFS / "hindawi_rrp2010_tully_heartfailure_focusgroups_2col.pdf"], workers=1)
        names = sorted(d.name for d in list_documents(project))
    assert names == ["Tully et al. 2010 — Patient Experiences of Structured Heart Failure Programmes",
                     "federal_register_2020-17221_3col"]


@needs_corpus
@pytest.mark.parametrize(
    ("name", "heading"),
    [("bmc_hsr2014_agyemanduah_2col.pdf", "RESEARCH ARTICLE Open Access\n"),
     ("bmc_jtmo2010_datta_review_2col.pdf", "REVIEW Open Access\n")],
)
def test_letter_spaced_headings_are_joined_into_words(name: str, heading: str):
    text = imported(name).text
    assert text.startswith(heading)
    assert "R E S" not in text and "R EVI EW" not in text


def test_letter_spacing_is_told_from_words_and_single_letters():
    def join(text: str, gaps: list[float]) -> str:
        buf = list(text)
        spaces = [i for i, ch in enumerate(buf) if ch == " "]
        return letter_spaced(buf, list(zip(spaces, gaps, strict=True)))

    assert join("R E S EAR CH A R TIC L E", [0.12] * 4 + [0.45] + [0.12] * 4) == "RESEARCH ARTICLE"
    assert join("a b s t r a c t", [0.1] * 7) == "abstract"
    assert join("I am a nurse", [0.1, 0.1, 0.1]) == "I am a nurse"  # words, not letters
    assert join("x y z", [0.3, 0.3]) == "x y z"  # spaced like words
    assert join("IN AN ERA", [0.12, 0.12]) == "IN AN ERA"  # capitals without a single letter


def test_year_comes_from_the_copyright_or_publication_line_not_from_citations():
    assert page_year("as shown (Smith et al., 2003). Copyright © 2010 Nuala E. Tully et al.") == 2010
    assert page_year("Published: 5 June 2017") == 2017
    assert page_year("earlier work (Lawrence et al., 1999) and Cora (McCallum et al., 2000)") is None


def test_name_forms():
    meta = DocumentMetadata(title="Caring at home.", authors=["Anne Smith", "B. JONES"], year=2021)
    assert document_name(meta) == "Smith and Jones 2021 — Caring at home"
    assert document_name(DocumentMetadata(title="Caring at home", authors=["Smith, Anne"])) == "Smith — Caring at home"
    assert document_name(DocumentMetadata(title="", authors=["Anne Smith"], year=2021)) == ""


def test_a_generated_article_gets_its_name_from_the_first_page():
    title = pdfmaker.text_stream(["Living with heart failure at home"], size=20, top=700)
    body = pdfmaker.text_stream(
        ["Anne Smith1, Brian Jones2 and Chloe Wu1", "", "Copyright (c) 2019 the authors.",
         *["We interviewed twelve patients about their daily lives and their care at home."] * 20],
        size=10, top=650,
    )
    result = pdf.extract(pdfmaker.pdf([title + b"\n" + body]))
    assert result.name == "Smith et al. 2019 — Living with heart failure at home"
    assert result.metadata.authors == ["Anne Smith", "Brian Jones", "Chloe Wu"]
