"""Plain text, Markdown, RTF and ODT import: real corpus files and files written here byte by byte."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from odf import dc, draw, meta, office, svg, table
from odf import text as odftext
from odf.namespaces import OFFICENS
from odf.opendocument import OpenDocumentText

from app.importers import odt, plain_text, rtf
from app.importers.base import Cancelled, ImportFailed
from tests.corpus import FIXTURES as CORPUS

WORDS = "Café, Grüße and “quotes” – naïve"


# ------------------------------------------------------------------------------------- plain text


def test_speaker_tagged_transcript_from_the_corpus():
    data = (CORPUS / "transcripts" / "qualcoder_examples" / "transcript_speaker_tagged.txt").read_bytes()
    result = plain_text.extract(data)
    assert result.text.startswith("[id1] hello, I like the course. It really helped me with understanding")
    assert "[id2]" in result.text
    assert "\r" not in result.text
    assert result.kind == "txt"
    assert result.warnings == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_a_byte_order_mark(tmp_path, encoding):
    raw = WORDS.encode(encoding)
    if encoding != "utf-16":  # the explicit-endian codecs write no BOM; add the right one
        raw = "\ufeff".encode(encoding) + raw
    path = tmp_path / "utf16.txt"
    path.write_bytes(raw)
    result = plain_text.extract(path.read_bytes())
    assert result.text == WORDS
    assert result.warnings == []


def test_utf16_without_a_byte_order_mark_is_recognised():
    result = plain_text.extract("Interviewer: Hello\r\nAnswer: yes".encode("utf-16-le"))
    assert result.text == "Interviewer: Hello\nAnswer: yes"


def test_cp1252_falls_back_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(WORDS.encode("cp1252"))
    result = plain_text.extract(path.read_bytes())
    assert result.text == WORDS
    assert "Windows-1252" in result.warnings[0]


def test_latin1_bytes_that_cp1252_cannot_decode():
    result = plain_text.extract(b"caf\xe9 \x81")  # 0x81 is undefined in cp1252
    assert result.text == "café \x81"
    assert "Latin-1" in result.warnings[0]


def test_utf8_with_one_broken_byte_stays_utf8():
    data = "Grüße aus Köln, schöne Grüße.".encode() + b" \xff " + "Tschüss".encode()
    result = plain_text.extract(data)
    assert result.text == "Grüße aus Köln, schöne Grüße. \ufffd Tschüss"
    assert "not valid UTF-8" in result.warnings[0]


def test_utf8_bom_and_line_ends_are_normalised():
    result = plain_text.extract(b"\xef\xbb\xbfline one\r\nline two\rline three\n")
    assert result.text == "line one\nline two\nline three\n"


def test_binary_garbage_is_not_text():
    with pytest.raises(ImportFailed, match="not a text file"):
        plain_text.extract(bytes(range(256)) * 4)


def test_empty_text_file_is_refused():
    with pytest.raises(ImportFailed, match="empty"):
        plain_text.extract(b"")


def test_markdown_is_kept_literally_and_titled_from_the_first_heading(tmp_path):
    source = "```sh\n# not the title\n```\n\n# Interview with P3\n\nSome *emphasis* here.\n\n## Part 2\n"
    path = tmp_path / "notes.md"
    path.write_bytes(source.replace("\n", "\r\n").encode("utf-8"))
    result = plain_text.extract_markdown(path.read_bytes())
    assert result.text == source
    assert result.metadata.title == "Interview with P3"
    assert result.kind == "md"


def test_cancelled_text_import():
    with pytest.raises(Cancelled):
        plain_text.extract(b"hello", cancelled=lambda: True)


# -------------------------------------------------------------------------------------------- RTF

RTF_SOURCE = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
    rb"{\info{\title Interview P\'e9rez}{\author Ana Ruiz}{\creatim\yr2019\mo3\dy4}}"
    rb"\f0 Caf\'e9 and Gr\u252?\'dfe \u8220?quoted\u8221?\par"
    rb"Second paragraph\line with a break\par"
    rb"\u19996?\u38451? done\par}"
)


def test_rtf_text_escapes_and_metadata(tmp_path):
    path = tmp_path / "interview.rtf"
    path.write_bytes(RTF_SOURCE.replace(rb"\par", b"\\par\r\n"))
    result = rtf.extract(path.read_bytes())
    assert result.text.split("\n") == [
        "Café and Grüße “quoted”",
        "Second paragraph",
        "with a break",
        "东阳 done",
    ]
    assert result.metadata.title == "Interview Pérez"
    assert result.metadata.authors == ["Ana Ruiz"]
    assert result.metadata.year == 2019
    assert result.kind == "rtf"


def test_rtf_table_rows_and_double_byte_code_page():
    source = (
        rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 SimSun;}}{\header Running head\par}"
        rb"\f0 \'d6\'d0\'ce\'c4 interview\par"
        rb"\trowd\cellx1000\cellx2000 Speaker\cell Utterance\cell\row"
        rb"\trowd\cellx1000\cellx2000 P1\cell Yes | no\cell\row\pard After\par}"
    )
    result = rtf.extract(source)
    assert result.text == "\u4e2d\u6587 interview\nSpeaker | Utterance\nP1 | Yes | no\nAfter"


def test_not_rtf_is_refused():
    with pytest.raises(ImportFailed, match=r"\{\\rtf"):
        rtf.extract(b"Just some text, not RTF.")


# -------------------------------------------------------------------------------------------- ODT


def test_odt_interview_from_the_corpus():
    result = odt.extract((CORPUS / "docx" / "qualcoder_example_ID2_interview_answers.odt").read_bytes())
    lines = result.text.split("\n")
    assert "I really want someone to sit down with me and explain the course material." in lines
    assert lines[-1] == "The course cost €200.00 and I do not want to waste my money."
    assert result.metadata.authors == ["colin-2"]
    assert result.metadata.year == 2013
    assert result.kind == "odt"


def _odt_with_structure(annotation_name_attribute: str = "office") -> bytes:
    """An ODT written by odfpy. LibreOffice names annotations with office:name, odfpy with draw:name."""
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Focus group 2"))
    doc.meta.addElement(meta.InitialCreator(text="R. Researcher"))
    doc.meta.addElement(meta.CreationDate(text="2021-05-06T10:00:00"))
    doc.text.addElement(odftext.H(outlinelevel=1, text="Opening"))
    paragraph = odftext.P(text="P1: It was")
    paragraph.addElement(odftext.S(c=3))
    span = odftext.Span(text="very")
    paragraph.addElement(span)
    paragraph.addElement(odftext.Tab())
    paragraph.addText("hard")
    paragraph.addElement(odftext.LineBreak())
    paragraph.addText("for me.")
    note = odftext.Note(id="ftn1", noteclass="footnote")
    note.addElement(odftext.NoteCitation(text="1"))
    body = odftext.NoteBody()
    body.addElement(odftext.P(text="Said quietly."))
    note.addElement(body)
    paragraph.addElement(note)
    doc.text.addElement(paragraph)
    commented = odftext.P(text="Before ")
    annotation = office.Annotation()
    if annotation_name_attribute == "office":
        annotation.setAttrNS(OFFICENS, "name", "c1")
    else:
        annotation = office.Annotation(name="c1")
    annotation.addElement(dc.Creator(text="Coder B"))
    annotation.addElement(odftext.P(text="key moment"))
    commented.addElement(annotation)
    commented.addText("the turning point")
    commented.addElement(office.AnnotationEnd(name="c1"))
    commented.addText(" after.")
    doc.text.addElement(commented)
    grid = table.Table(name="T1")
    for cells in (("Speaker", "Utterance"), ("P2", "Agreed.")):
        row = table.TableRow()
        for value in cells:
            cell = table.TableCell()
            cell.addElement(odftext.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    doc.text.addElement(grid)
    buffer = io.BytesIO()
    doc.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("annotation_name_attribute", ["office", "draw"])
def test_odt_spaces_tabs_breaks_notes_tables_and_annotations(annotation_name_attribute):
    result = odt.extract(_odt_with_structure(annotation_name_attribute))
    assert result.text == (
        "Opening\n"
        "P1: It was   very\thard\nfor me.[1]\n"
        "Before the turning point after.\n"
        "Speaker | Utterance\n"
        "P2 | Agreed.\n\n"
        "Footnotes\n1. Said quietly."
    )
    [comment] = result.comments
    assert result.text[comment.start : comment.end] == "the turning point"
    assert (comment.text, comment.author) == ("key moment", "Coder B")
    assert result.metadata.title == "Focus group 2"
    assert result.metadata.authors == ["R. Researcher"]
    assert result.metadata.year == 2021


def test_odt_white_space_rules():
    doc = OpenDocumentText()
    paragraph = odftext.P()
    paragraph.addText("  Leading blanks\n   and   runs ")  # as a pretty-printing writer might leave them
    paragraph.addElement(odftext.S(c=2))
    paragraph.addText("kept")
    doc.text.addElement(paragraph)
    buffer = io.BytesIO()
    doc.write(buffer)
    assert odt.extract(buffer.getvalue()).text == "Leading blanks and runs   kept"


def test_odt_text_box_is_read_but_image_descriptions_are_not():
    doc = OpenDocumentText()
    paragraph = odftext.P(text="Before. ")
    frame = draw.Frame(width="5cm", height="2cm", anchortype="as-char")
    frame.addElement(svg.Title(text="Photo of the ward"))
    frame.addElement(svg.Desc(text="A long alt text"))
    box = draw.TextBox()
    box.addElement(odftext.P(text="Boxed quote"))
    frame.addElement(box)
    paragraph.addElement(frame)
    doc.text.addElement(paragraph)
    buffer = io.BytesIO()
    doc.write(buffer)
    assert odt.extract(buffer.getvalue()).text == "Before. Boxed quote"


def test_odt_with_entity_declarations_is_refused_quickly():
    lols = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 9))
    content = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{lols}]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>&l8;</text:p></office:text></office:body></office:document-content>"
    )
    source = zipfile.ZipFile(CORPUS / "docx" / "qualcoder_example_ID2_interview_answers.odt")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = content.encode() if item.filename == "content.xml" else source.read(item.filename)
            target.writestr(item, data)
    began = time.perf_counter()
    with pytest.raises(ImportFailed):
        odt.extract(buffer.getvalue())
    assert time.perf_counter() - began < 2


def test_a_word_file_given_to_the_odt_importer_is_refused():
    with pytest.raises(ImportFailed, match="not an OpenDocument"):
        odt.extract((CORPUS / "docx" / "qualcoder_example_ID1_interview_answers.docx").read_bytes())
