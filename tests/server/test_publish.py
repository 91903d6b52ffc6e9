"""lectio publish: the demo on a server, then every command through the URL gives what the file gives."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.cli import main

pytestmark = pytest.mark.slow  # a real PostgreSQL cluster (started once, ~3 s) and a database per test


def _info(capsys, where: str) -> dict:
    capsys.readouterr()
    assert main(["info", where, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def published(demo_path, pg_url, capsys) -> str:
    assert main(["publish", str(demo_path), pg_url]) == 0
    assert "Published" in capsys.readouterr().out
    return pg_url


def test_publish_the_demo_and_info_on_the_url_equals_the_file(demo_path, published, capsys) -> None:
    on_file, on_server = _info(capsys, str(demo_path)), _info(capsys, published)
    assert on_server["counts"] == on_file["counts"]
    assert on_server["counts"]["documents"] > 0
    assert on_server["tree"] == on_file["tree"]
    assert [r["name"] for r in on_server["reviewers"]] == [r["name"] for r in on_file["reviewers"]]


def test_publish_refuses_a_database_that_is_not_empty(demo_path, published, capsys) -> None:
    assert main(["publish", str(demo_path), published]) == 1
    err = capsys.readouterr().err
    assert "is not empty" in err and err.count("\n") == 1 and "Traceback" not in err


def test_publish_refuses_bad_urls_without_printing_the_password(demo_path, pg_cluster, capsys) -> None:
    bad = pg_cluster.url("nodb", password="s3cret-pw").replace(str(pg_cluster.port), "1")  # nothing listens there
    assert main(["publish", str(demo_path), bad]) == 1
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "cannot reach the server" in err and err.count("\n") == 1
    assert main(["publish", str(demo_path), "postgresql://u:s3cret-pw@127.0.0.1:99999999/x"]) == 1
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and err.startswith("lectio: ") and err.count("\n") == 1
    assert main(["publish", str(demo_path), "mysql://host/db"]) == 1
    assert "is not a server address" in capsys.readouterr().err


def test_import_export_and_undo_through_the_url(published, tmp_path, capsys) -> None:
    before = _info(capsys, published)["counts"]["documents"]
    note = tmp_path / "Field note 7.txt"
    note.write_text("The ward sister said the night shifts were the hardest part of recovery.\n", encoding="utf-8")
    assert main(["import", published, str(note)]) == 0
    assert _info(capsys, published)["counts"]["documents"] == before + 1

    out = tmp_path / "codebook.docx"
    assert main(["export", "codebook", published, str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode("utf-8")
    some_code = _info(capsys, published)["tree"][0]["categories"][0]["codes"][0]["name"]
    assert some_code.split()[0] in body

    capsys.readouterr()
    assert main(["undo", published]) == 0
    assert _info(capsys, published)["counts"]["documents"] == before
    assert main(["redo", published]) == 0
    assert _info(capsys, published)["counts"]["documents"] == before + 1
    capsys.readouterr()
    assert main(["log", published]) == 0
    assert "Field note 7" in capsys.readouterr().out


def test_a_blind_reviewer_copy_of_a_team_study_is_a_file_that_merges_back(published, tmp_path, capsys) -> None:
    from app.core import codebook, units
    from app.core.documents import list_documents
    from app.core.project import open_project

    out = tmp_path / "Cleo.lectio"
    assert main(["reviewer-copy", published, str(out), "--reviewer", "Cleo Dube", "--blind"]) == 0
    copy_info = _info(capsys, str(out))
    assert copy_info["counts"]["documents"] == _info(capsys, published)["counts"]["documents"]
    assert "Cleo Dube" in [r["name"] for r in copy_info["reviewers"]]
    with open_project(out) as copy:
        copy.reviewer_id = next(r.id for r in copy.reviewers() if r.name == "Cleo Dube")
        unit = units.create_unit(copy, list_documents(copy)[0].id, 0, 10).value
        codebook.assign_code(copy, unit.id, codebook.create_code(copy, "Cleo's own code").value.id)
    before = _info(capsys, published)["counts"]
    capsys.readouterr()
    assert main(["merge", published, str(out)]) == 0, capsys.readouterr().err
    after = _info(capsys, published)
    assert after["counts"]["meaning_units"] == before["meaning_units"] + 1
    assert "Cleo's own code" in json.dumps(after, ensure_ascii=False)


def test_lectio_new_makes_a_study_on_an_empty_database(pg_url, capsys) -> None:
    assert main(["new", pg_url, "--title", "Night shifts", "--reviewer", "Dana Ito"]) == 0
    assert "Created postgresql://" in capsys.readouterr().out
    info = _info(capsys, pg_url)
    assert info["title"] == "Night shifts" and [r["name"] for r in info["reviewers"]] == ["Dana Ito"]
    assert main(["new", pg_url]) == 1
    assert "is not empty" in capsys.readouterr().err
