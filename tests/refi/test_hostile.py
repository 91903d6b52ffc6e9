"""Hostile and broken files are refused with a message naming them, and leave the project unchanged."""

from __future__ import annotations

import os
import zipfile

import pytest

from app.core.documents import get_document, list_documents
from app.core.memos import list_memos
from app.core.project import create_project
from app.refi import RefiError, export_qdpx, import_qdc, import_qdpx
from tests.refi.helpers import make_zip, state

XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Project [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;">
  <Sources><TextSource guid="00000000-0000-4000-8000-000000000001" name="T">
    <PlainTextContent>&secret;</PlainTextContent></TextSource></Sources>
  <Notes><Note guid="00000000-0000-4000-8000-000000000002"><PlainTextContent>&secret;</PlainTextContent></Note></Notes>
</Project>"""


@pytest.fixture
def project(demo_project):
    return demo_project


def _everything_text(project) -> str:
    docs = "".join(get_document(project, d.id).text for d in list_documents(project))
    return docs + "".join(m.text for m in list_memos(project)) + project.title


def test_external_entity_is_refused_and_no_local_file_is_read(project, tmp_path):
    before = state(project)
    path = make_zip(tmp_path / "xxe.qdpx", {"project.qde": XXE})
    with pytest.raises(RefiError, match=r"xxe\.qdpx.*entit"):
        import_qdpx(project, path)
    assert state(project) == before
    assert "root:" not in _everything_text(project)


def test_external_entity_in_a_codebook_is_refused(project, tmp_path):
    (tmp_path / "xxe.qdc").write_text(XXE.replace("Project", "CodeBook"), encoding="utf-8")
    before = state(project)
    with pytest.raises(RefiError, match=r"xxe\.qdc.*entit"):
        import_qdc(project, tmp_path / "xxe.qdc")
    assert state(project) == before


def test_billion_laughs_is_refused(project, tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">'
                      for i in range(9))
            + ']><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="00000000-0000-4000-8000-0000000'
            '00001" name="&lol8;" isCodable="true"/></Codes></CodeBook>')
    (tmp_path / "lol.qdc").write_text(bomb, encoding="utf-8")
    with pytest.raises(RefiError, match="entit"):
        import_qdc(project, tmp_path / "lol.qdc")


def test_zip_slip_member_is_refused_and_nothing_written_outside(project, tmp_path, monkeypatch):
    work = tmp_path / "inner" / "deeper"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    good = tmp_path / "good.qdpx"
    export_qdpx(project, good)
    evil = tmp_path / "evil.qdpx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("../evil.txt", "pwned")
        dst.writestr("sources/../../evil2.txt", "pwned")
    before = state(project)
    listing = sorted(str(p) for p in tmp_path.rglob("*"))
    with pytest.raises(RefiError, match=r"evil\.qdpx.*outside"):
        import_qdpx(project, evil)
    assert state(project) == before
    assert sorted(str(p) for p in tmp_path.rglob("*")) == listing
    assert not (tmp_path / "inner" / "evil.txt").exists() and not (tmp_path / "evil2.txt").exists()


@pytest.mark.parametrize("name", ["/etc/evil.txt", "C:/evil.txt", "..\\evil.txt"])
def test_absolute_and_drive_names_are_refused(project, tmp_path, name):
    path = make_zip(tmp_path / "abs.qdpx", {"project.qde": "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>",
                                            name: "x"})
    with pytest.raises(RefiError, match="outside"):
        import_qdpx(project, path)


@pytest.mark.slow  # packs 200 MB of zeros first
def test_zip_bomb_member_is_refused(project, tmp_path):
    bomb = tmp_path / "bomb.qdpx"
    zeros = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>")
        with zf.open("sources/big.txt", "w", force_zip64=True) as fh:
            for _ in range(200):  # 200 MB of zeros, a few hundred kB packed
                fh.write(zeros)
    assert os.path.getsize(bomb) < 2 * 1024 * 1024
    before = state(project)
    with pytest.raises(RefiError, match=r"bomb\.qdpx.*(zip bomb|more than)"):
        import_qdpx(project, bomb)
    assert state(project) == before


def test_unpacked_size_cap_is_enforced(project, tmp_path):
    good = tmp_path / "good.qdpx"
    export_qdpx(project, good)
    with pytest.raises(RefiError, match=r"good\.qdpx: .*(would unpack|unpacks) to .* allowed"):
        import_qdpx(project, good, max_total=10_000)


@pytest.mark.parametrize("members, reason", [
    ({"project.qde": "<Project xmlns='urn:QDA-XML:project:1.0' name='x'><Users>"}, "not well-formed"),
    ({"readme.txt": "hello"}, "no project.qde"),
    ({"project.qde": "<Other/>"}, "not a REFI-QDA project"),
])
def test_malformed_projects_are_refused_and_change_nothing(project, tmp_path, members, reason):
    path = make_zip(tmp_path / "broken.qdpx", members)
    before = state(project)
    with pytest.raises(RefiError, match=rf"broken\.qdpx.*{reason}"):
        import_qdpx(project, path)
    assert state(project) == before


def test_not_a_zip_is_refused(project, tmp_path):
    (tmp_path / "fake.qdpx").write_bytes(b"this is not a zip")
    with pytest.raises(RefiError, match=r"fake\.qdpx: .*not a zip"):
        import_qdpx(project, tmp_path / "fake.qdpx")


def test_malformed_codebook_is_refused(tmp_path):
    (tmp_path / "bad.qdc").write_text("<CodeBook><Codes><Code name='x'", encoding="utf-8")
    with create_project(tmp_path / "p.lectio", reviewer="Me") as project:
        before = state(project)
        with pytest.raises(RefiError, match=r"bad\.qdc: is not well-formed"):
            import_qdc(project, tmp_path / "bad.qdc")
        assert state(project) == before
