"""Hostile inputs: small crafted files that ask for gigabytes are refused with one line naming the limit,
within a second or two and a few hundred MB, and leave the study exactly as it was."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.core.documents import list_documents
from app.core.importing import import_files
from app.core.project import create_project
from app.importers import budget, extract_bytes
from app.importers.base import ImportFailed
from tests.importers import pdfmaker

ROOT = Path(__file__).resolve().parents[2]
MB = 1 << 20
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOC_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'footnotes" Target="footnotes.xml"/>'
    b'<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'numbering" Target="numbering.xml"/>'
    b'<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'comments" Target="comments.xml"/>'
    b'<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'endnotes" Target="endnotes.xml"/></Relationships>'
)
ODT_CONTENT_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    b"<office:body><office:text>"
)
ODT_CONTENT_TAIL = b"</office:text></office:body></office:document-content>"
MANIFEST = (
    b'<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    b'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def _document(body: bytes) -> bytes:
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode() + body + b"</w:body></w:document>"


def _padded_part(archive: zipfile.ZipFile, name: str, head: bytes, tail: bytes, filler: int) -> None:
    """A part of ``filler`` bytes of blank space between ``head`` and ``tail``, written in pieces."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as part:
        part.write(head)
        block = b"<x>" + b" " * (MB - 7) + b"</x>"  # many text runs: one run over 10 MB is refused as such
        for _ in range(filler // MB):
            part.write(block)
        part.write(tail)


def docx_package(body: bytes, extra: dict[str, bytes] | None = None, padded: dict[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/_rels/document.xml.rels", DOC_RELS)
        archive.writestr("word/document.xml", _document(body))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
        for name, size in (padded or {}).items():
            head = f'<?xml version="1.0"?><w:footnotes xmlns:w="{W}">'.encode()
            _padded_part(archive, name, head, b"</w:footnotes>", size)
    return buffer.getvalue()


def odt_package(content: bytes | None = None, padded: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", MANIFEST)
        if padded:
            _padded_part(archive, "content.xml", ODT_CONTENT_HEAD + b"<text:p>", b"</text:p>" + ODT_CONTENT_TAIL,
                         padded)
        else:
            archive.writestr("content.xml", content or ODT_CONTENT_HEAD + b"<text:p>Hi</text:p>" + ODT_CONTENT_TAIL)
    return buffer.getvalue()


def refused(data: bytes, name: str) -> str:
    with pytest.raises(ImportFailed) as caught:
        extract_bytes(data, name)
    message = str(caught.value)
    assert "\n" not in message and "Error" not in message and "XML_PARSE" not in message
    return message


# ------------------------------------------------------------------------------------ zip packages


@pytest.mark.slow
def test_odt_zip_bomb_is_refused_at_the_unpacked_limit():
    bomb = odt_package(padded=budget.MAX_UNPACKED_BYTES + MB)
    assert len(bomb) < 1 * MB
    message = refused(bomb, "bomb.odt")
    assert message == "the file is too large to import: its text parts unpack to more than 128 MB (the limit is 128 MB)"


@pytest.mark.slow
def test_docx_zip_bomb_spread_over_several_parts_is_refused_by_the_total():
    quarter = budget.MAX_UNPACKED_BYTES // 4
    bomb = docx_package(
        b"<w:p><w:r><w:t>Hello</w:t></w:r></w:p>",
        padded={"word/footnotes.xml": quarter + MB, "word/endnotes.xml": quarter + MB,
                "word/numbering.xml": quarter, "word/comments.xml": quarter},
    )
    # Each part is far below the limit; together they are above it.
    assert "unpack to more than 128 MB" in refused(bomb, "parts.docx")


def test_big_media_parts_of_a_docx_are_never_unpacked():
    """Ten media parts: the text is read, the media are not even opened (their size does not count)."""
    media = {f"word/media/image{k}.png": b"\0" * (4 * MB) for k in range(10)}
    data = docx_package(b"<w:p><w:r><w:t>The interview begins.</w:t></w:r></w:p>", extra=media)
    assert extract_bytes(data, "photos.docx").text == "The interview begins."


def test_deeply_nested_xml_is_refused_as_too_deep():
    depth = 100_000
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    nested = b"<w:sdt><w:sdtContent>" * depth + body + b"</w:sdtContent></w:sdt>" * depth
    message = refused(docx_package(nested), "deep.docx")
    assert message == "the document is nested too deeply (more than 120 levels; the limit)"
    odt = ODT_CONTENT_HEAD + b"<text:section>" * depth + b"</text:section>" * depth + ODT_CONTENT_TAIL
    assert refused(odt_package(odt), "deep.odt") == message


@pytest.mark.slow
def test_too_many_elements_are_refused():
    paragraphs = b"<w:p/>" * (budget.MAX_XML_NODES + 10)
    assert refused(docx_package(paragraphs), "many.docx") == (
        "the file is too large to import: it has more than 2,000,000 XML elements (the limit is 2,000,000)"
    )


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_billion_laughs_entities_are_refused(kind: str):
    entities = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10 if k else "ha"}">' for k in range(10))
    if kind == "docx":
        xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{W}"><w:body>'
               "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>").encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES)
            archive.writestr("_rels/.rels", RELS)
            archive.writestr("word/document.xml", xml)
        data = buffer.getvalue()
    else:
        doctype = f"<!DOCTYPE x [{entities}]><office:document-content".encode()
        head = ODT_CONTENT_HEAD.replace(b"<office:document-content", doctype, 1)
        data = odt_package(head + b"<text:p>&l9;</text:p>" + ODT_CONTENT_TAIL)
    message = refused(data, f"laughs.{kind}")
    assert message.startswith("it declares XML entities (a DTD)")


def test_a_package_listing_a_million_parts_is_refused_before_its_directory_is_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
    data = bytearray(buffer.getvalue())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (0xFFFE).to_bytes(2, "little") * 2  # entries on this disk / in total
    data[end + 12 : end + 16] = (50 * MB).to_bytes(4, "little")
    assert refused(bytes(data), "parts.docx").startswith("the file is too large to import: the package lists 65,534")


# ---------------------------------------------------------------------------------------------- PDF


@pytest.mark.slow
def test_pdf_flate_bomb_is_refused_before_pdfium_unpacks_it():
    bomb = pdfmaker.flate_bomb(budget.MAX_PDF_INFLATED + 4 * MB)
    assert len(bomb) < 1 * MB
    assert refused(bomb, "bomb.pdf") == (
        "the file is too large to import: its compressed streams unpack to more than 256 MB (the limit is 256 MB)"
    )


def test_a_pdf_claiming_ten_thousand_pages_with_one_real_page_is_read_as_one_page():
    data = pdfmaker.text_pdf([["Only one real page here."]], count=10_000)
    result = extract_bytes(data, "lying.pdf")
    assert result.text == "Only one real page here."
    assert result.page_starts == [0]
    assert result.warnings == [
        "the file claims 10,000 pages but has 1; the missing ones are not in the file (it is damaged)"
    ]


def test_a_page_tree_loop_is_damage_not_a_scan():
    result = extract_bytes(pdfmaker.page_tree_loop(), "loop.pdf")
    assert result.text == "A page inside a looping page tree."
    assert not any("OCR" in w for w in result.warnings)
    assert any("damaged" in w for w in result.warnings)


# --------------------------------------------------------------------------------------------- text


def test_a_text_file_over_the_text_limit_is_refused_unread(tmp_path: Path):
    data = b"words " * ((budget.MAX_TEXT_FILE_BYTES + MB) // 6)
    with pytest.raises(ImportFailed) as caught:
        extract_bytes(data, "big.txt")
    assert str(caught.value) == "the file is too large to import: 33 MB of text (the limit is 32 MB for text files)"


def test_a_file_over_the_file_limit_is_refused_before_it_is_read(tmp_path: Path):
    from app.importers import extract_file

    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as out:
        out.truncate(budget.MAX_FILE_BYTES + MB)
    with pytest.raises(ImportFailed, match=r"^the file is too large to import: it is 257 MB \(the limit is 256 MB\)$"):
        extract_file(huge)


# ---------------------------------------------------------------------------------------- the study


@pytest.mark.slow
def test_hostile_files_leave_the_study_exactly_as_it_was(tmp_path: Path):
    files = {
        "bomb.pdf": pdfmaker.flate_bomb(budget.MAX_PDF_INFLATED + 4 * MB),
        "bomb.odt": odt_package(padded=budget.MAX_UNPACKED_BYTES + MB),
        "deep.docx": docx_package(b"<w:sdt><w:sdtContent>" * 5000 + b"</w:sdtContent></w:sdt>" * 5000),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    big = tmp_path / "big.txt"
    big.write_bytes(b"words " * ((budget.MAX_TEXT_FILE_BYTES + MB) // 6))
    paths = [tmp_path / name for name in files] + [big]
    with create_project(tmp_path / "study.lectio", reviewer="Ana") as project:
        results = import_files(project, paths, workers=1)
        assert list_documents(project) == []
    lines = [r.line() for r in results]
    assert all(not r.ok for r in results), lines
    assert all("too large" in line or "nested too deeply" in line for line in lines), lines
    assert lines[0].startswith("bomb.pdf: the file is too large to import")


@pytest.mark.slow
def test_peak_memory_of_refusing_a_bomb_stays_small(tmp_path: Path):
    """Measured in a child process (ru_maxrss): refusing each bomb costs far less than the 1 GB budget."""
    (tmp_path / "bomb.pdf").write_bytes(pdfmaker.flate_bomb(budget.MAX_PDF_INFLATED + 4 * MB))
    (tmp_path / "bomb.odt").write_bytes(odt_package(padded=budget.MAX_UNPACKED_BYTES + MB))
    script = (
        "import json, resource, sys, time\n"
        "from app.importers import extract_file\n"
        "from app.importers.base import ImportFailed\n"
        "t = time.perf_counter()\n"
        "try:\n    extract_file(sys.argv[1])\nexcept ImportFailed as e:\n    message = str(e)\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "for row in open('/proc/self/status'):  # VmHWM restarts at exec; ru_maxrss keeps pytest's peak\n"
        "    if row.startswith('VmHWM:'):\n        peak = int(row.split()[1]) / 1024\n"
        "print(json.dumps({'rss_mb': peak,"
        " 'seconds': time.perf_counter() - t, 'message': message}))\n"
    )
    for name in ("bomb.pdf", "bomb.odt"):
        out = subprocess.run([sys.executable, "-c", script, str(tmp_path / name)], cwd=ROOT, capture_output=True,
                             text=True, check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        figures = json.loads(out.stdout)
        assert "too large" in figures["message"]
        assert figures["rss_mb"] < 300, figures
        assert figures["seconds"] < 20, figures


def _scatter(words: int) -> bytes:
    """A page of ``words`` tiny words strewn at random: costly to lay out, never a real page."""
    import random

    rng = random.Random(1)
    parts = ["BT /F1 3 Tf"]
    parts += [f"1 0 0 1 {rng.uniform(0, 600):.1f} {rng.uniform(0, 790):.1f} Tm (w{k % 97}) Tj" for k in range(words)]
    parts.append("ET")
    return "\n".join(parts).encode()


def test_a_page_of_scattered_pieces_is_read_in_stream_order_not_laid_out():
    result = extract_bytes(pdfmaker.pdf([_scatter(budget.MAX_PAGE_SEGMENTS + 100)], flate=True), "scatter.pdf")
    assert result.warnings == [
        "page 1: too much text to lay out (more than 5,000 pieces or 100,000 characters on a page); read in the "
        "file's own order"
    ]
    assert result.text.count("w1") > 100


def test_a_pdf_that_takes_too_long_is_refused(monkeypatch: pytest.MonkeyPatch):
    from app.importers import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_SECONDS", -1)
    message = refused(pdfmaker.text_pdf([["Some text."]]), "slow.pdf")
    assert message == "the PDF takes too long to read: more than -1 seconds (the limit)"


@pytest.mark.slow
def test_a_page_of_one_endless_line_is_read_without_laying_it_out():
    """Half a million characters on one line (a crafted page): read as pdfium gives it, in seconds."""
    content = b"BT /F1 1 Tf 10 700 Td " + b"(x x x x x x x x x x x x x x x x x x x x x x x x x) Tj " * 12_000 + b"ET"
    result = extract_bytes(pdfmaker.pdf([content], flate=True), "line.pdf")
    assert result.warnings[0].startswith("page 1: too much text to lay out")
    assert result.text.count("x") == 300_000
