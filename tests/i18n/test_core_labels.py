"""Sentences core builds for the window — search hit labels, codebook hygiene findings, merge and sync conflicts,
the disagreement kinds — come out in the window's language, with right-to-left names set apart; the command line
and its JSON stay in English, exactly as before."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from app import i18n
from app.consensus.common import ReviewerRef
from app.consensus.disagreements import Disagreement, DisagreementList
from app.consensus.merge import MergeResult
from app.consensus.merge_plan import MergeConflict
from app.consensus.merge_words import PARTICIPANT_DIFFERS
from app.core import codebook, memos
from app.core.project import create_project, open_project
from app.core.retrieval import hygiene
from app.core.search import search_project
from app.core.search_codebook import search_groups
from tests.i18n.conftest import write_ts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FSI, PDI = "\u2068", "\u2069"
ARABIC = "ثقة"
GERMAN = {
    ("core.search", "Code {name}"): "Kode {name}",
    ("core.search", "Category {name}"): "Kategorie {name}",
    ("core.search", "Memo on code {name}"): "Memo zum Kode {name}",
    ("core.search", "Memo on the study"): "Memo zur Studie",
    ("core.hygiene", "Code “{name}” has no meaning units"): "Kode „{name}“ hat keine Sinneinheiten",
    ("core.hygiene", "Code “{name}” is in no category"): "Kode „{name}“ ist in keiner Kategorie",
    ("consensus.merge", "Code {name}"): "Kode {name}",
    ("consensus.merge", "Document {name}"): "Dokument {name}",
    ("consensus.merge", "changed in both files"): "in beiden Dateien geändert",
    ("consensus.merge", "{column} {here} here, {there} there"): "{column}: hier {here}, dort {there}",
    ("consensus.merge", "name"): "Name",
    ("consensus.merge", "participant {here} here, {there} there"): "Teilnehmer: hier {here}, dort {there}",
    ("consensus.merge", "no participant"): "keiner",
    ("consensus.merge", "Conflict: {description}"): "Konflikt: {description}",
    ("consensus.merge", "Merged {file}: nothing new"): "{file} zusammengeführt: nichts Neues",
    ("consensus.disagreements", "Only {a} made this unit"): "Nur {a} hat diese Einheit gebildet",
    ("consensus.disagreements", "{resolved} of {total} resolved"): "{resolved} von {total} geklärt",
}


@pytest.fixture
def german(fake_catalogue: Path) -> Path:
    """The test catalogue with German for the sentences core builds; the window's language is German."""
    write_ts(fake_catalogue, "de", GERMAN)
    i18n.clear_cache()
    i18n.set_language("de")
    return fake_catalogue


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small study (closed) with an English and an Arabic code, a category and two memos; read, never changed."""
    path = tmp_path_factory.mktemp("labels") / "labels.lectio"
    with create_project(path, title="Labels", reviewer="Ana") as p:
        trust = codebook.create_code(p, "Trust", definition="built over time").value
        codebook.create_code(p, ARABIC, definition="trust in the nurses")
        codebook.create_category(p, "Coping", description="ways of getting by")
        memos.set_memo(p, "code", trust.id, "Trust grows slowly")
        memos.set_memo(p, "project", "", "Trust was the first theme we saw")
    return path


def test_search_labels_are_in_the_window_s_language_and_english_on_the_command_line(
        german: Path, study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = study
    with open_project(path, backup=False) as p:
        window = {h.label for h in search_project(p, "trust")}
        assert {"Kode Trust", f"Kode {FSI}{ARABIC}{PDI}", "Memo zum Kode Trust", "Memo zur Studie"} <= window
        assert [h.label for h in search_groups(p, "coping")] == ["Kategorie Coping"]
        english = {h.label for h in search_project(p, "trust", language="en")}
        assert {"Code Trust", f"Code {ARABIC}", "Memo on code Trust", "Memo on the study"} <= english
        assert [h.label for h in search_groups(p, "coping", language="en")] == ["Category Coping"]
    from app.cli import main

    assert main(["--lang", "de", "search", str(path), "trust"]) == 0
    out = capsys.readouterr().out
    assert "[Code Trust]" in out and "[Memo on code Trust]" in out and "[Memo on the study]" in out
    assert "Kode" not in out and FSI not in out
    assert main(["--lang", "de", "search", str(path), "trust", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert {h["where"] for h in hits} == {"code", "memo"}


def test_hygiene_findings_in_the_window_s_language_with_the_name_set_apart(german: Path, study: Path,
                                                                           qtbot: Any) -> None:
    from app.ui.app_state import ProjectSession
    from app.ui.board.hygiene_panel import HygienePanel

    p = open_project(study, backup=False)
    found = {(f.problem, f.name): f for f in hygiene(p)}
    trust = found[("no_units", "Trust")]
    assert trust.message == "Kode „Trust“ hat keine Sinneinheiten"
    assert trust.text("en") == "Code “Trust” has no meaning units"
    session = ProjectSession(p)
    try:
        panel = HygienePanel(session)
        qtbot.addWidget(panel)
        shown = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert any(t.startswith(f"Kode „{FSI}{ARABIC}{PDI}“ ist in keiner Kategorie") for t in shown)
        assert any(t.startswith("Kode „Trust“ hat keine Sinneinheiten — ") for t in shown)
    finally:
        session.close()


def test_conflict_descriptions_in_the_window_s_language_and_english_for_the_command_line(german: Path) -> None:
    renamed = MergeConflict("changed_both", "code", "c1", {"id": "c1", "name": "Renamed here"},
                            {"id": "c1", "name": "Renamed there"})
    assert renamed.describe() == "Kode 'Renamed here': in beiden Dateien geändert (Name: hier Renamed here, dort " \
                                 "Renamed there)"
    assert renamed.describe("en") == "Code 'Renamed here': changed in both files (name Renamed here here, Renamed " \
                                     "there there)"
    owner = MergeConflict("changed_both", "document", "d1", {"id": "d1", "participant_id": "p1"},
                          {"id": "d1", "participant_id": None}, label="مقابلة 1", detail=PARTICIPANT_DIFFERS,
                          values={"here": "أمل", "there": None})
    assert owner.describe() == (f"Dokument {FSI}'مقابلة 1'{PDI}: in beiden Dateien geändert (Teilnehmer: hier "
                                f"{FSI}أمل{PDI}, dort keiner)")
    assert owner.describe("en") == ("Document 'مقابلة 1': changed in both files (participant أمل here, no "
                                    "participant there)")
    result = MergeResult(Path("ben.lectio"), {}, {}, [renamed])
    assert result.lines() == ["ben.lectio zusammengeführt: nichts Neues", f"Konflikt: {renamed.describe()}"]
    assert result.lines("en") == ["Merged ben.lectio: nothing new", f"Conflict: {renamed.describe('en')}"]


def test_the_merge_conflicts_dialog_lists_them_in_the_window_s_language(german: Path, study: Path,
                                                                        qtbot: Any) -> None:
    from app.ui.app_state import ProjectSession
    from app.ui.exchange_flow import ConflictsDialog

    renamed = MergeConflict("changed_both", "code", "c1", {"id": "c1", "name": ARABIC},
                            {"id": "c1", "name": "Renamed there"})
    session = ProjectSession(open_project(study, backup=False))
    try:
        dialog = ConflictsDialog(session, [renamed])
        qtbot.addWidget(dialog)
        assert dialog.list.item(0).text() == (f"Kode {FSI}'{ARABIC}'{PDI}: in beiden Dateien geändert (Name: hier "
                                              f"{FSI}{ARABIC}{PDI}, dort Renamed there)")
    finally:
        session.close()


def test_disagreement_kinds_and_progress_in_the_window_s_language(german: Path) -> None:
    a, b = ReviewerRef("r1", "أمل", "أ", "#c00"), ReviewerRef("r2", "Ben", "B", "#00c")
    item = Disagreement("x", "only_a", "d1", "Interview 1", None, None, False, 0.0)
    assert item.label(a, b) == f"Nur {FSI}أمل{PDI} hat diese Einheit gebildet"
    assert item.label(a, b, "en") == "Only أمل made this unit"
    items = DisagreementList((a, b), 0.5, [item])
    assert items.progress_text() == "0 von 1 geklärt"
    assert items.progress_text("en") == "0 of 1 resolved"


@pytest.mark.slow  # a reviewer copy of the demo study and a merge
def test_a_merge_s_conflicts_in_german_in_the_window_and_english_in_the_cli_json(
        german: Path, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from app.consensus.copies import create_reviewer_copy
    from app.consensus.merge import preview_merge

    out = tmp_path / "ben.lectio"
    with open_project(demo_path, backup=False) as demo:
        create_reviewer_copy(demo, out, "Ben Okafor", blind=True)
        code = codebook.list_codes(demo)[0]
        with open_project(out, backup=False) as copy:
            codebook.update_code(copy, code.id, name="Renamed there")
        codebook.update_code(demo, code.id, name="Renamed here")
        plan = preview_merge(demo, out)
        assert [c.describe() for c in plan.conflicts] == [
            "Kode 'Renamed here': in beiden Dateien geändert (Name: hier Renamed here, dort Renamed there)"]
    assert main(["--lang", "de", "merge", str(demo_path), str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [c["description"] for c in result["conflicts"]] == [
        "Code 'Renamed here': changed in both files (name Renamed here here, Renamed there there)"]
    assert main(["--lang", "de", "merge", str(demo_path), str(out)]) == 0
    captured = capsys.readouterr()
    assert "Conflict: Code 'Renamed here': changed in both files" in captured.err and "Konflikt" not in captured.err
