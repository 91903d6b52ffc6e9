"""DOCX import on real Word files from several producers (corpus), plus a few built with python-docx."""

from __future__ import annotations

import io
import time
import zipfile

import docx as python_docx
import pytest

from app.importers import docx
from app.importers.base import Cancelled, ImportFailed
from tests.corpus import corpus_file


def _extract(name: str):
    return docx.extract(corpus_file(f"docx/{name}").read_bytes())


def _build(document: python_docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_interview_answers_come_through_as_whole_paragraph_lines():
    result = _extract("qualcoder_example_ID1_interview_answers.docx")
    lines = result.text.split("\n")
    assert (
        "I guess some less computer-savvy people would have some trouble accessing the internet-based "
        "material, but its like a duck to water for me - no problem at all." in lines
    )
    assert len(lines) == 3
    assert "\n\n" not in result.text
    assert result.text.endswith("I'm happy to pay €200.")
    assert result.kind == "docx"
    assert result.metadata.authors == ["colin-2"]
    assert result.metadata.year == 2013


@pytest.mark.slow  # the 800 KB showcase document is read from the shared corpus
def test_footnotes_and_endnotes_are_appended_and_headers_left_out():
    result = _extract("docx2python_example_headers_footnotes_endnotes_table_images.docx")
    text = result.text
    assert "Reference footnote 1[1]\n" in text
    assert "Reference endnote 2[ii]\n" in text
    assert text.endswith(
        "Heading 2\n\nFootnotes\n1. First footnote\n2. Second footnote"
        "\n\nEndnotes\ni. First endnote\nii. Second endnote"
    )
    assert "Header text" not in text
    assert "Footer text" not in text


@pytest.mark.slow  # the 800 KB showcase document is read from the shared corpus
def test_list_numbers_and_bullets_are_rendered():
    """The document names the number each item should get ("expect I" …), as Word shows them."""
    lines = _extract("docx2python_example_headers_footnotes_endnotes_table_images.docx").text.split("\n")
    assert lines[:15] == [
        "I. expect I",
        "A. expect A",
        "B. expect B",
        "1. expect 1",
        "a) expect a",
        "b) expect b",
        "(1) expect 1",
        "(a) expect a",
        "(i) expect i",
        "(ii) expect ii",
        "II. This should be II",
        "A. This should be A), not C)",  # the deeper level restarts after "II."
        "• bullet no indent",
        "• bullet indent 1",
        "• bullet indent 2",
    ]


@pytest.mark.slow  # the 800 KB showcase document is read from the shared corpus
def test_tables_nested_tables_tabs_and_escaped_characters():
    text = _extract("docx2python_example_headers_footnotes_endnotes_table_images.docx").text
    lines = text.split("\n")
    assert "Nested | Table / A | B" in lines  # the nested table stays inside its cell
    assert "Tab\tdelimited\ttext" in lines
    assert "10 < 20 and 20 > 10" in lines
    assert "Large Bold Italics Underlined" in lines  # a paragraph inside a one-cell layout table
    assert lines.index("Text outside table") > lines.index("Nested | Table / A | B")


def test_twelve_comments_are_anchored_to_the_commented_words():
    result = _extract("docx2python_comments12_with_table.docx")
    anchored = {c.text.split("\n")[0]: result.text[c.start : c.end] for c in result.comments}
    assert len(result.comments) == 12
    assert {c.author for c in result.comments} == {"Randy Bartels"}
    assert anchored["Comment 1"] == "magna "
    assert anchored["Comment 3"] == "Bibendum"
    assert anchored["Comment 4 with hyperlink"] == "dolor "
    assert anchored["With a response"] == "suspendisse "
    assert anchored["Comment 6 with a long comment."] == "Amet "
    assert anchored["Comment 8 - marked Resolved"] == "Magnis "
    assert anchored["Comment in a table"] == "R1C1"
    assert anchored["Comment on a picture"] == ""  # anchored on an image: a point, not a span
    assert "R1C1 | R1C2\nR2C1 | R2C2" in result.text
    assert [c.start for c in result.comments] == sorted(c.start for c in result.comments)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_chinese_tender_with_twelve_tables():
    result = _extract("docx2python_libreoffice_chinese_tender_12tables_3sections.docx")
    lines = result.text.split("\n")
    assert "东阳八婺招标代理有限公司关于东阳市歌山镇农贸市场经营管理权项目" in lines
    assert "1 | 市场管理员 | 2 | 负责统筹协调好市场管理服务的主要工作" in lines
    # Chinese list numbering (chineseCountingThousand, no space after the label), between literal ones
    assert lines.index("五、公告期限") + 2 == lines.index("六、其他补充事宜")
    assert result.metadata.title == "东阳市八家单位信息网络安全"
    assert "\n\n" not in result.text
    assert len(result.text) > 20000


def test_strict_open_xml_is_read():
    result = _extract("docx2python_strict_ooxml.docx")
    lines = ["• Bullet1", "• Bullet2", "1. Number1", "2. Number2", "Cellaa | Cellab", "Cellba | Cellbb"]
    assert result.text.split("\n") == lines
    assert result.metadata.authors == ["Shay Hill"]


def test_google_docs_and_apple_pages_exports():
    google = _extract("docx2python_google_docs_export.docx").text
    assert google.startswith("Pop-up lomo waistcoat, ethical plaid iceland vegan chicharrones")
    assert "Taiyaki pok pok velit sint culpa." in google
    pages = _extract("docx2python_apple_pages_export_header_footer.docx").text
    assert pages.split("\n") == [
        "This is a document for testing docx2python module.",
        "This document contains paragraphs.",
        "This document does not contain any bulleted lists.",
    ]


def test_a_document_of_only_tables_is_not_empty():
    document = python_docx.Document()
    table = document.add_table(rows=2, cols=2)
    cells = {(0, 0): "Speaker", (0, 1): "Utterance", (1, 0): "P1", (1, 1): "It helped."}
    for (row, col), value in cells.items():
        table.cell(row, col).text = value
    result = docx.extract(_build(document))
    assert result.text == "Speaker | Utterance\nP1 | It helped."


def test_headings_and_a_comment_spanning_runs_built_with_python_docx():
    document = python_docx.Document()
    document.core_properties.title = "Interview 7"
    document.add_heading("Opening", level=1)
    paragraph = document.add_paragraph("Q: How was it? ")
    first = paragraph.add_run("A: It was ")
    last = paragraph.add_run("really hard.")
    document.add_paragraph("")  # an empty paragraph must not become a blank line
    document.add_paragraph("Closing remarks.")
    document.add_comment([first, last], text="hardship", author="Coder A")
    result = docx.extract(_build(document))
    assert result.text == "Opening\nQ: How was it? A: It was really hard.\nClosing remarks."
    [comment] = result.comments
    assert result.text[comment.start : comment.end] == "A: It was really hard."
    assert (comment.text, comment.author) == ("hardship", "Coder A")
    assert result.metadata.title == "Interview 7"


def test_truncated_docx_is_refused_as_damaged():
    data = corpus_file("docx/qualcoder_example_ID1_interview_answers.docx").read_bytes()
    with pytest.raises(ImportFailed, match="damaged"):
        docx.extract(data[: len(data) // 2])


def test_an_odt_given_to_the_word_importer_is_refused_clearly():
    data = corpus_file("docx/qualcoder_example_ID2_interview_answers.odt").read_bytes()
    with pytest.raises(ImportFailed, match="not a Word document"):
        docx.extract(data)


def test_entities_are_not_expanded():
    """A 'billion laughs' document.xml must neither hang nor inflate the text."""
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
        '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
        '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
        '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>safe &lol7;</w:t></w:r></w:p></w:body></w:document>"
    )
    source = zipfile.ZipFile(corpus_file("docx/qualcoder_example_ID1_interview_answers.docx"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = bomb.encode() if item.filename == "word/document.xml" else source.read(item.filename)
            target.writestr(item, data)
    began = time.perf_counter()
    try:
        text = docx.extract(buffer.getvalue()).text
    except ImportFailed:
        text = ""
    assert time.perf_counter() - began < 2
    assert len(text) < 100
    assert "lollol" not in text


def test_cancel_stops_the_import():
    data = corpus_file("docx/docx2python_libreoffice_chinese_tender_12tables_3sections.docx").read_bytes()
    calls = []

    def cancel_after_ten() -> bool:
        calls.append(1)
        return len(calls) > 10

    with pytest.raises(Cancelled):
        docx.extract(data, cancelled=cancel_after_ten)


def test_progress_is_reported_up_to_done():
    seen: list[float] = []
    _ = docx.extract(
        corpus_file("docx/qualcoder_example_ID1_interview_answers.docx").read_bytes(),
        progress=lambda fraction, message: seen.append(fraction),
    )
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


# ------------------------------------------------------------------ hand-written WordprocessingML

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _minimal_docx(body: str, comments: str = "", numbering: str = "") -> bytes:
    """A small but complete package around ``body`` (WordprocessingML with the w: prefix)."""
    document_rels = (
        f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Target="comments.xml" '
        f'Type="{OFFICE_RELS}/comments"/><Relationship Id="rId2" Target="numbering.xml" '
        f'Type="{OFFICE_RELS}/numbering"/></Relationships>'
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Target="word/document.xml" '
            f'Type="{OFFICE_RELS}/officeDocument"/></Relationships>'
        ),
        "word/document.xml": f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/'
        f'markup-compatibility/2006"><w:body>{body}</w:body></w:document>',
        "word/_rels/document.xml.rels": document_rels,
        "word/comments.xml": f'<w:comments xmlns:w="{W}">{comments}</w:comments>',
        "word/numbering.xml": f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t xml:space='preserve'>{run}</w:t></w:r>" for run in runs) + "</w:p>"


def test_a_comment_on_whole_table_rows_and_content_control_wrapped_rows():
    body = (
        "<w:tbl><w:tblPr/><w:commentRangeStart w:id='7'/>"
        f"<w:tr><w:tc>{_p('Q1')}</w:tc><w:tc>{_p('Yes')}</w:tc></w:tr>"
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc>{_p('Q2')}</w:tc><w:tc>{_p('No')}</w:tc></w:tr>"
        "</w:sdtContent></w:sdt><w:commentRangeEnd w:id='7'/></w:tbl>"
        f"{_p('After the table.')}"
    )
    comment = (
        "<w:comment w:id='7' w:author='Coder C'><w:p><w:r><w:t>both answers</w:t></w:r></w:p></w:comment>"
    )
    result = docx.extract(_minimal_docx(body, comment))
    assert result.text == "Q1 | Yes\nQ2 | No\nAfter the table."
    [anchored] = result.comments
    assert result.text[anchored.start : anchored.end] == "Q1 | Yes\nQ2 | No"
    assert anchored.author == "Coder C"


def test_deleted_text_field_codes_and_duplicate_text_box_copies_are_left_out():
    body = (
        "<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>inserted </w:t></w:r></w:ins>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:br/></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:txbxContent>"
        f"{_p('Boxed text')}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>{_p('Boxed text')}"
        "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        f"{_p('Last', ' line')}"
    )
    result = docx.extract(_minimal_docx(body))
    assert result.text == "Kept inserted 7\nBoxed text\nLast line"


def test_a_comment_without_a_range_is_anchored_at_its_mark():
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Point </w:t></w:r><w:r><w:commentReference w:id='3'/></w:r>"
        "<w:r><w:t>here</w:t></w:r></w:p>"
    )
    comment = "<w:comment w:id='3' w:author=''><w:p><w:r><w:t>note</w:t></w:r></w:p></w:comment>"
    [anchored] = docx.extract(_minimal_docx(body, comment)).comments
    assert (anchored.start, anchored.end, anchored.text) == (6, 6, "note")


def test_lists_sharing_a_definition_share_the_count_and_a_start_override_restarts_it():
    numbering = (
        "<w:abstractNum w:abstractNumId='0'><w:lvl w:ilvl='0'><w:start w:val='1'/>"
        "<w:numFmt w:val='decimal'/><w:lvlText w:val='%1.'/></w:lvl></w:abstractNum>"
        "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num>"
        "<w:num w:numId='2'><w:abstractNumId w:val='0'/></w:num>"
        "<w:num w:numId='3'><w:abstractNumId w:val='0'/>"
        "<w:lvlOverride w:ilvl='0'><w:startOverride w:val='1'/></w:lvlOverride></w:num>"
    )

    def item(num_id: int, text: str) -> str:
        return (
            f"<w:p><w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='{num_id}'/></w:numPr></w:pPr>"
            f"<w:r><w:t>{text}</w:t></w:r></w:p>"
        )

    body = item(1, "one") + item(1, "two") + item(2, "three") + item(3, "restart") + item(1, "next")
    result = docx.extract(_minimal_docx(body, numbering=numbering))
    assert result.text == "1. one\n2. two\n3. three\n1. restart\n2. next"
