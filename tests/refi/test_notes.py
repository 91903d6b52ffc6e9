"""Issue 14: keep what the file carries — descriptions, named and dated notes, notes anchored to a span,
users who did something, valid timestamps written with Z, original names — and export notes so QualCoder
reads them too (each note's text also as a file), valid against the XSD."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree
from sqlmodel import select

from app.core.documents import list_documents
from app.core.memos import get_memo
from app.core.models import Memo
from app.core.project import create_project
from app.core.units import list_annotations, list_units
from app.refi import export_qdpx, import_qdpx
from tests.refi.builders import USER, Sel, Src, bom, code, gid, project
from tests.refi.helpers import P, schema, snapshot

TEXT = "I: How was the ward?\nR: Noisy at night, but the nurses were kind.\n"
IDLE = "00000000-0000-4000-8000-0000000000aa"
JOURNAL, ANCHORED, ON_SOURCE = gid(90), gid(91), gid(92)


def _qualcoder_like(tmp_path):
    a = TEXT.index("Noisy")
    b = TEXT.index("kind") + len("kind")
    src = Src("ward_interview.txt", bom(TEXT), [Sel(a, b, [gid(1)])], description="Second interview, by phone",
              notes=[ANCHORED, ON_SOURCE])
    n = TEXT.index("nurses")
    notes = (f'<Note guid="{JOURNAL}" name="Reflections after week 1" creatingUser="{USER}" '
             f'creationDateTime="2024-03-05T18:30:00+02:00" plainTextPath="internal://{JOURNAL}.txt"><Description/></Note>'
             f'<Note guid="{ANCHORED}" creatingUser="{USER}" creationDateTime="2024-03-06T08:00:00Z">'
             f'<PlainTextContent>Kindness comes up again</PlainTextContent>'
             f'<PlainTextSelection guid="{gid(93)}" startPosition="{n}" endPosition="{n + len("nurses")}"/></Note>'
             f'<Note guid="{ON_SOURCE}" name="Context" creationDateTime="not a date">'
             f'<PlainTextContent>Recorded on a bad line</PlainTextContent></Note>')
    users = f'<User guid="{USER}" name="cp"/><User guid="{IDLE}" name="Nobody did anything"/>'
    return project(tmp_path / "qc.qdpx", [src], [code(gid(1), "Night")], origin="QualCoder 3.5", users=users,
                   notes=notes, members={f"sources/{JOURNAL}.txt": bom("Patients talk about nights.")})


def _memos(p) -> list[Memo]:
    with p.read_session() as s:
        return list(s.exec(select(Memo)))


def test_what_the_file_carries_is_kept(tmp_path):
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, _qualcoder_like(tmp_path)).value
        (doc,) = list_documents(p)
        assert doc.name == "ward_interview.txt"
        memos = {(m.target_kind, m.kind, m.title): m for m in _memos(p)}
        journal = memos[("project", "note", "Reflections after week 1")]
        assert journal.text == "Patients talk about nights."
        assert journal.updated_at == "2024-03-05T16:30:00+00:00"
        assert get_memo(p, "project") == ""  # nothing glued into the project memo
        assert get_memo(p, "document", doc.id) == "Second interview, by phone"
        context = memos[("document", "note", "Context")]
        assert context.text == "Recorded on a bad line" and context.target_id == doc.id
        anchored = [a for a in list_annotations(p) if a.text == "Kindness comes up again"]
        (ann,) = anchored
        units = {u.id: u.text for u in list_units(p)}
        assert units[ann.unit_id] == "nurses"
        assert sorted(units.values()) == ["Noisy at night, but the nurses were kind", "nurses"]
        assert sorted(r.name for r in p.reviewers()) == ["Me", "cp"]
    assert any("not valid ISO 8601" in w for w in result.warnings)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_original_name_gets_no_doubled_extension(tmp_path):
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        import_qdpx(p, _qualcoder_like(tmp_path))
        export_qdpx(p, tmp_path / "out.qdpx")
    with create_project(tmp_path / "q.lectio", reviewer="Me") as q:
        import_qdpx(q, tmp_path / "out.qdpx")
        (doc,) = list_documents(q)
        from app.core.documents import get_document

        assert get_document(q, doc.id).original_name == "ward_interview.txt"


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_export_writes_notes_as_files_with_z_times_valid_and_they_come_back(tmp_path):
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        import_qdpx(p, _qualcoder_like(tmp_path))
        before = snapshot(p)
        before_memos = sorted((m.target_kind, m.kind, m.title, m.text, m.updated_at if m.kind == "note" else "")
                              for m in _memos(p))
        export_qdpx(p, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as zf:
        qde = etree.fromstring(zf.read("project.qde"))
        xsd = schema("Project.xsd")
        assert xsd.validate(qde), xsd.error_log
        notes = qde.findall(f"{P}Notes/{P}Note")
        assert len(notes) == 3  # journal entry, anchored annotation, the "Context" note; the memo is the Description
        assert qde.find(f"{P}Sources/{P}TextSource/{P}Description").text == "Second interview, by phone"
        for note in notes:
            path = note.get("plainTextPath")
            assert path == f"internal://{note.get('guid')}.txt"
            assert zf.read(f"sources/{note.get('guid')}.txt").decode("utf-8") == note.findtext(f"{P}PlainTextContent")
        journal = next(n for n in notes if n.get("name") == "Reflections after week 1")
        assert journal.get("creationDateTime") == "2024-03-05T16:30:00Z"
        stamps = [el.get("creationDateTime") for el in qde.iter() if el.get("creationDateTime")]
        assert stamps and all(s.endswith("Z") for s in stamps)
    with create_project(tmp_path / "q.lectio", reviewer="Me") as q:
        import_qdpx(q, tmp_path / "out.qdpx")
        assert snapshot(q) == before
        assert sorted((m.target_kind, m.kind, m.title, m.text, m.updated_at if m.kind == "note" else "")
                      for m in _memos(q)) == before_memos


def test_reimporting_keeps_notes_single(tmp_path):
    path = _qualcoder_like(tmp_path)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        import_qdpx(p, path)
        once = (snapshot(p), len(_memos(p)), len(list_annotations(p)))
        result = import_qdpx(p, path).value
        assert (snapshot(p), len(_memos(p)), len(list_annotations(p))) == once
    assert result.line().endswith("nothing new to import")
