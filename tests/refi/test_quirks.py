"""What real tools write, imitated by hand: NVivo's UTF-16 positions over BOM + CRLF text, ATLAS.ti's old
namespace and project-named .qde in a differently-cased folder, Taguette's empty <Sets/>, descriptions as
attributes, braced upper-case GUIDs, PDFs with a text representation, things Lectio cannot hold."""

from __future__ import annotations

import codecs

import pytest

from app.core.codebook import list_categories, list_codes
from app.core.documents import get_document, list_documents, original_bytes
from app.core.memos import get_memo
from app.core.project import create_project
from app.core.units import list_annotations, list_units
from app.refi import import_qdc, import_qdpx
from tests.refi.helpers import make_zip

G = "{:08x}-0000-4000-8000-{:012x}"


def guid(n: int, braced: bool = False, upper: bool = False) -> str:
    g = G.format(n, n)
    g = g.upper() if upper else g
    return "{" + g + "}" if braced else g


RAW = ("Interview with Zoë 😀 on Monday.\r\n"
       "She said the nurse 🎉🎉 never listened to her.\r\n"
       "Later the doctor 👍 asked about her sleep.\r\n")
TARGETS = ["the nurse", "never listened", "asked about her sleep"]


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _nvivo_qdpx(path, positions: str, origin: str = "NVivo 14"):
    """A project as NVivo for Windows writes it: BOM + CRLF text, positions in UTF-16 code units."""
    sels = []
    for i, words in enumerate(TARGETS):
        a = RAW.index(words)
        b = a + len(words)
        if positions == "utf16":
            a, b = _u16(RAW[:a]), _u16(RAW[:b])
        sels.append(f'<PlainTextSelection guid="{guid(100 + i, braced=True, upper=True)}" name="s{i}" '
                    f'startPosition="{a}" endPosition="{b}" creatingUser="{guid(1, upper=True)}">'
                    f'<Coding guid="{guid(200 + i)}" creatingUser="{guid(1)}">'
                    f'<CodeRef targetGUID="{guid(10, braced=True, upper=True)}"/></Coding></PlainTextSelection>')
    qde = f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project name="NVivo project" origin="{origin}" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="{guid(1, upper=True)}" name="Supervisor"/></Users>
  <CodeBook><Codes><Code guid="{guid(10)}" name="Not listened to" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="{guid(50)}" name="Interview 7" plainTextPath="internal://{guid(51).upper()}.txt">
  {''.join(sels)}</TextSource></Sources>
</Project>"""
    return make_zip(path, {"project.qde": qde,
                           f"sources/{guid(51).upper()}.txt": codecs.BOM_UTF8 + RAW.encode("utf-8")})


def test_nvivo_utf16_positions_on_bom_crlf_text_land_on_the_coded_words(tmp_path):
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        result = import_qdpx(project, _nvivo_qdpx(tmp_path / "nvivo.qdpx", "utf16")).value
        doc = list_documents(project)[0]
        body = get_document(project, doc.id).text
        assert "\r" not in body and not body.startswith("\ufeff")
        units = list_units(project)
        assert sorted(u.text for u in units) == sorted(TARGETS)
        assert all(body[u.start:u.end] == u.text for u in units)
        assert {r.name for r in project.reviewers()} >= {"Supervisor"}
        assert len(list_codes(project)) == 1
    assert result.info == ["positions read as UTF-16 code units (as NVivo for Windows counts) (the file was "
                           "written by NVivo 14, which counts UTF-16 code units)"]


def test_standard_code_point_positions_on_the_same_text_are_left_as_they_are(tmp_path):
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        result = import_qdpx(project, _nvivo_qdpx(tmp_path / "std.qdpx", "codepoints", "Other QDA 3.1")).value
        assert sorted(u.text for u in list_units(project)) == sorted(TARGETS)
    assert result.info == ["positions read as Unicode code points (the REFI-QDA standard)"]


def test_the_user_can_overrule_the_origin(tmp_path):
    """NVivo for Mac, or a file that says NVivo but counts by the standard: ``positions="standard"``."""
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        result = import_qdpx(project, _nvivo_qdpx(tmp_path / "std.qdpx", "codepoints"), positions="standard").value
        assert sorted(u.text for u in list_units(project)) == sorted(TARGETS)
    assert "chosen by the user" in result.info[0]


def test_atlas_ti_project_named_qde_in_upper_case_folder(tmp_path):
    text = "We talked about money and about time.\n"
    a = text.index("money")
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="Atlas study" origin="ATLAS.ti">
  <CodeBook><Codes><Code guid="{guid(10)}" name="Money" isCodable="true" Description="talk of money"/>
  </Codes></CodeBook>
  <Sources><TextSource guid="{guid(50)}" name="Talk" plainTextPath="internal://{guid(51)}.txt">
    <PlainTextSelection guid="{guid(60)}" startPosition="{a}" endPosition="{a + 5}" description="money!">
      <Coding guid="{guid(61)}"><CodeRef targetGUID="{guid(10)}"/></Coding></PlainTextSelection>
  </TextSource></Sources>
</Project>"""
    path = make_zip(tmp_path / "atlas.qdpx", {"Atlas study.qde": qde, f"Sources/{guid(51).upper()}.TXT": text})
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        result = import_qdpx(project, path).value
        (unit,) = list_units(project)
        assert (unit.text, unit.condensed) == ("money", "money!")
        assert list_codes(project)[0].definition == "talk of money"
    assert any("instead of project.qde" in w for w in result.warnings)


def test_old_namespace_codebook_with_empty_sets_and_attribute_descriptions(tmp_path):
    qdc = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="Taguette">
  <Codes>
    <Code guid="{guid(1, braced=True, upper=True)}" name="Feelings" isCodable="false">
      <Code guid="{guid(2)}" name="Joy" isCodable="true" color="#0f0" description="good moments"/>
      <Code guid="{guid(3)}" name="Worry" isCodable="true"><Description>bad moments</Description></Code>
    </Code>
    <Code guid="{guid(4)}" name="Loose code"/>
  </Codes>
  <Sets/>
</CodeBook>"""
    (tmp_path / "t.qdc").write_text(qdc, encoding="utf-8")
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        import_qdc(project, tmp_path / "t.qdc")
        codes = {c.name: c for c in list_codes(project)}
        (cat,) = list_categories(project)
        assert cat.name == "Feelings"
        assert codes["Joy"].category_id == cat.id and codes["Joy"].definition == "good moments"
        assert codes["Joy"].colour == "#00ff00"
        assert codes["Worry"].definition == "bad moments"
        assert codes["Loose code"].category_id is None


def test_pdf_representation_notes_and_what_cannot_be_mapped_are_reported(tmp_path):
    text = "Page one text about care.\fPage two about costs.\n"
    a = text.index("care")
    qde = f"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x">
  <CodeBook><Codes>
    <Code guid="{guid(10)}" name="Care" isCodable="true"><NoteRef targetGUID="{guid(90)}"/></Code>
    <Code guid="{guid(11)}" name="Group" isCodable="false"/>
  </Codes></CodeBook>
  <Cases><Case guid="{guid(30)}" name="Case A"/></Cases>
  <Sources>
    <PDFSource guid="{guid(50)}" name="Report" path="internal://{guid(52)}.pdf">
      <PDFSelection guid="{guid(53)}" page="1" firstX="1" firstY="1" secondX="5" secondY="5"/>
      <Representation guid="{guid(54)}" plainTextPath="internal://{guid(51)}.txt">
        <PlainTextSelection guid="{guid(60)}" startPosition="{a}" endPosition="{a + 4}">
          <Coding guid="{guid(61)}"><CodeRef targetGUID="{guid(10)}"/></Coding>
          <Coding guid="{guid(62)}"><CodeRef targetGUID="{guid(11)}"/></Coding>
          <Coding guid="{guid(63)}"><CodeRef targetGUID="{guid(12)}"/></Coding>
          <NoteRef targetGUID="{guid(91)}"/>
        </PlainTextSelection>
      </Representation>
    </PDFSource>
    <PictureSource guid="{guid(70)}" name="Photo" path="internal://{guid(71)}.jpg"/>
  </Sources>
  <Notes>
    <Note guid="{guid(90)}" name="Code memo"><PlainTextContent>Care means hands-on work.</PlainTextContent></Note>
    <Note guid="{guid(91)}" name="Thought"><PlainTextContent>Interesting wording.</PlainTextContent></Note>
    <Note guid="{guid(92)}" name="Project"><PlainTextContent>Overall idea.</PlainTextContent></Note>
  </Notes>
  <NoteRef targetGUID="{guid(92)}"/>
</Project>"""
    pdf = b"%PDF-1.4 not really a pdf"
    path = make_zip(tmp_path / "pdf.qdpx", {"project.qde": qde, f"sources/{guid(51)}.txt": text,
                                           f"sources/{guid(52)}.pdf": pdf})
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        warnings = import_qdpx(project, path).value.warnings
        (doc,) = list_documents(project)
        assert doc.kind == "pdf" and original_bytes(project, doc.id) == pdf
        (unit,) = list_units(project)
        assert unit.text == "care"
        assert [n.text for n in list_annotations(project)] == ["Interesting wording."]
        care = next(c for c in list_codes(project) if c.name == "Care")
        assert get_memo(project, "code", care.id) == "Care means hands-on work."
        assert get_memo(project, "project") == "Overall idea."
    joined = "\n".join(warnings)
    for expected in ("area selection", "picture sources", "isCodable", "missing from the codebook"):
        assert expected in joined, expected


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_sources_sharing_a_guid_keep_their_own_selections(tmp_path):
    texts = ["Alpha beta gamma.", "Delta epsilon zeta."]
    sources = "".join(
        f'<TextSource guid="{guid(50)}" name="Doc {i}" plainTextPath="internal://{guid(51 + i)}.txt">'
        f'<PlainTextSelection guid="{guid(60)}" startPosition="6" endPosition="10"/></TextSource>'
        for i in range(2))
    qde = f'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>{sources}</Sources></Project>'
    path = make_zip(tmp_path / "dup.qdpx", {"project.qde": qde, f"sources/{guid(51)}.txt": texts[0],
                                           f"sources/{guid(52)}.txt": texts[1]})
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        warnings = import_qdpx(project, path).value.warnings
        names = {d.id: d.name for d in list_documents(project)}
        got = sorted((names[u.document_id], u.text) for u in list_units(project))
    assert got == [("Doc 0", "beta"), ("Doc 1", "epsi")]
    assert any("repeated GUID" in w for w in warnings)
