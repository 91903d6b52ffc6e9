"""Choosing the importer: content first, then the file name; clear refusals for what cannot be imported."""

from __future__ import annotations

import importlib.util
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from app.importers import SUPPORTED_SUFFIXES, detect_kind, extract_bytes, extract_file
from app.importers.base import ImportFailed
from tests.corpus import fixture_file, shared_file

ID1_DOCX = fixture_file("docx/qualcoder_example_ID1_interview_answers.docx")
ID2_ODT = fixture_file("docx/qualcoder_example_ID2_interview_answers.odt")
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def _corpus_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES[:7] == (".pdf", ".docx", ".txt", ".md", ".markdown", ".odt", ".rtf")
    assert {".vtt", ".srt", ".html", ".htm"} <= set(SUPPORTED_SUFFIXES)  # transcripts


@pytest.mark.parametrize(
    ("data", "suffix", "kind"),
    [
        (_corpus_bytes(ID1_DOCX), ".docx", "docx"),
        (_corpus_bytes(ID2_ODT), ".odt", "odt"),
        (_corpus_bytes(ID2_ODT), ".docx", "odt"),  # content wins over the name
        (_corpus_bytes(ID1_DOCX), ".txt", "docx"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ".pdf", "pdf"),
        (b"{\\rtf1\\ansi hello}", ".txt", "rtf"),
        (b"# Notes\n", ".md", "md"),
        (b"# Notes\n", ".MARKDOWN", "md"),
        (b"plain words", ".txt", "txt"),
    ],
)
def test_detect_kind(data, suffix, kind):
    if not data:
        pytest.skip("a vendored fixture is missing")
    assert detect_kind(data, suffix) == kind


def test_text_that_mentions_the_pdf_signature_stays_text():
    assert detect_kind(b"Notes on the %PDF-1.4 header", ".txt") == "txt"


def test_odt_named_docx_is_imported_as_odt_with_a_warning(tmp_path):
    misnamed = tmp_path / "x.docx"
    shutil.copyfile(ID2_ODT, misnamed)
    result = extract_file(misnamed)
    assert result.kind == "odt"
    assert "I really want someone to sit down with me and explain the course material." in result.text
    assert result.warnings[0] == "the file is an OpenDocument text, not a Word file; imported as ODT"


def test_docx_file_through_the_dispatcher():
    result = extract_file(ID1_DOCX)
    assert result.kind == "docx"
    assert result.text.startswith("I really like learning new things.")
    assert result.warnings == []


def test_zero_byte_file_is_refused(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed, match="the file is empty"):
        extract_file(empty)


def test_truncated_docx_is_reported_as_damaged(tmp_path):
    data = ID1_DOCX.read_bytes()
    truncated = tmp_path / "interrupted.docx"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFailed, match=r"^the file is damaged \(the Word document is incomplete"):
        extract_file(truncated)


def test_png_content_is_refused_even_when_named_docx():
    with pytest.raises(ImportFailed, match=r"not a supported document \(a PNG image\)"):
        extract_bytes(PNG_HEADER + bytes(200), "photo.docx")


def test_binary_without_a_known_signature_is_refused():
    garbage = bytes(range(256)) * 8
    with pytest.raises(ImportFailed, match="not a supported document"):
        extract_bytes(garbage, "mystery.docx")
    with pytest.raises(ImportFailed, match="not a text file"):
        extract_bytes(garbage, "mystery.txt")


def test_old_binary_word_file_gets_advice():
    with pytest.raises(ImportFailed, match=r"\.doc.*save it as \.docx"):
        extract_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old.doc")


@pytest.mark.parametrize("name", ["table.xlsx", "picture.png", "notes"])
def test_unsupported_suffix_names_the_supported_formats(name):
    with pytest.raises(ImportFailed) as failure:
        extract_bytes(b"plain text content", name)
    message = str(failure.value)
    assert "not supported" in message
    assert "Word (.docx)" in message and "Markdown (.md)" in message and "RTF" in message


def test_a_spreadsheet_package_is_not_taken_for_a_word_file():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
    with pytest.raises(ImportFailed, match=r"not a Word document\); Lectio imports PDF, Word \(\.docx\)"):
        extract_bytes(buffer.getvalue(), "budget.xlsx")


def test_text_named_docx_is_imported_as_text_with_a_warning():
    result = extract_bytes("Interviewer: Grüß Gott".encode(), "transcript.docx")
    assert result.kind == "txt"
    assert result.text == "Interviewer: Grüß Gott"
    assert result.warnings == ["the file is plain text, not a Word file; imported as text"]


def test_markdown_and_rtf_files_are_dispatched(tmp_path):
    markdown = tmp_path / "Memo.MD"
    markdown.write_text("# Memo on code A\r\nFirst idea.\r\n", encoding="utf-8")
    result = extract_file(markdown)
    assert (result.kind, result.metadata.title) == ("md", "Memo on code A")
    assert result.text == "# Memo on code A\nFirst idea.\n"
    rtf_file = tmp_path / "letter.rtf"
    rtf_file.write_bytes(rb"{\rtf1\ansi Dear \'c9lodie,\par thanks.\par}")
    result = extract_file(rtf_file)
    assert (result.kind, result.text) == ("rtf", "Dear Élodie,\nthanks.")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ImportFailed, match="folder"):
        extract_file(tmp_path)


PDF_MISSING = importlib.util.find_spec("app.importers.pdf") is None


@pytest.mark.slow
@pytest.mark.skipif(PDF_MISSING, reason="the PDF importer is not written yet")
def test_pdf_is_dispatched_to_the_pdf_importer():
    result = extract_file(shared_file("pdf/bmc_jtmo2010_datta_review_2col.pdf"))
    assert result.kind == "pdf"
    assert len(result.text) > 1000
