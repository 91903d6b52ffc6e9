"""Every public operation (found by introspection: a public function whose return annotation is ``Outcome``)
runs on a small study, is undone (the database equals the before-state row for row, search index included)
and redone (it equals the after-state). A new operation without a factory here fails the test."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import app.consensus
import app.core
import app.refi
from app.core import codebook, documents, history, memos, notes, units
from app.core.history import LOG_TABLES
from app.core.models import TABLES
from app.core.project import Project, create_project, open_project
from app.core.reviewers import add_reviewer
from app.importers.base import ImportedText

PACKAGES = (app.core, app.consensus, app.refi)
TEXT = ("The nurse came every morning and always knocked. We never knew who would come next. "
        "He asked me what Dad likes for breakfast, which nobody had done before. José smiled 🙂.")


def public_operations() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for package in PACKAGES:
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, fn in inspect.getmembers(module, inspect.isfunction):
                if name.startswith("_") or fn.__module__ != module.__name__:
                    continue
                returns = inspect.signature(fn).return_annotation
                if isinstance(returns, str) and (returns == "Outcome" or returns.startswith("Outcome[")):
                    found[f"{module.__name__}.{name}"] = fn
    return found


@dataclass
class Study:
    project: Project
    tmp: Path
    ids: dict[str, str] = field(default_factory=dict)


def _build(path: Path) -> dict[str, str]:
    ids: dict[str, str] = {}
    with create_project(path, reviewer="Ana Ruiz") as p:
        ids["ana"] = p.reviewer_id
        ids["ben"] = add_reviewer(p, "Ben Okafor").value.id
        ids["doc"] = documents.add_document(p, ImportedText(TEXT, "txt"), name="Interview 1",
                                            original=TEXT.encode()).value.id
        ids["doc2"] = documents.add_document(p, ImportedText("A second, shorter text.", "txt"), name="Notes",
                                             original=b"second").value.id
        ids["theme"] = codebook.create_theme(p, "Being seen").value.id
        ids["cat"] = codebook.create_category(p, "Routine care", theme_id=ids["theme"]).value.id
        ids["cat2"] = codebook.create_category(p, "Not knowing").value.id
        ids["code"] = codebook.create_code(p, "Routine", category_id=ids["cat"], x=1.0 / 3).value.id
        ids["code2"] = codebook.create_code(p, "Uncertainty").value.id
        ids["code3"] = codebook.create_code(p, "Being asked").value.id
        for who, spans in (("ana", [(0, 48, "code"), (49, 85, "code2")]), ("ben", [(49, 85, "code2"),
                                                                                   (86, 140, "code3")])):
            for k, (a, b, code) in enumerate(spans):
                unit = units.create_unit(p, ids["doc"], a, b, reviewer_id=ids[who], condensed=f"{who} {k}").value
                ids[f"{who}_unit{k}"] = unit.id
                codebook.assign_code(p, unit.id, ids[code], reviewer_id=ids[who])
        ids["note"] = units.add_annotation(p, ids["ana_unit0"], "Knocking as respect").value.id
        memos.set_memo(p, "code", ids["code"], "Daily rhythm of care")
        memos.set_memo(p, "document", ids["doc"], "First read: calm", kind="first_impressions")
        ids["study_note"] = notes.add_note(p, "Journal 3 May", "Recruitment slower than planned").value
        units.set_progress(p, ids["doc"], 1, add_seconds=12.5)  # bookkeeping, before the snapshot
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("study") / "study.lectio"
    return path, _build(path)


def snapshot(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        out = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
               for t in TABLES if t not in LOG_TABLES}
        out["search_fts"] = sorted(conn.execute("SELECT kind, item_id, document_id, body FROM search_fts").fetchall())
        return out
    finally:
        conn.close()


# -- argument factories: (study) -> (args, kwargs) after the project -------------------------------------
Args = tuple[tuple[Any, ...], dict[str, Any]]


def _conflict(s: Study, kind: str) -> Any:
    """A merge conflict of ``kind`` between the study and a copy edited on both sides."""
    from app.consensus.copies import create_reviewer_copy
    from app.consensus.merge import merge_file

    other = s.tmp / f"other-{kind}.lectio"
    create_reviewer_copy(s.project, other, "Ben Okafor")
    with open_project(other, backup=False) as copy:
        if kind == "changed_both":
            codebook.update_code(copy, s.ids["code"], definition="theirs")
        else:
            codebook.delete_code(copy, s.ids["code"])
    if kind == "changed_both":
        codebook.update_code(s.project, s.ids["code"], definition="ours")
    conflicts = merge_file(s.project, other).value.conflicts
    return next(c for c in conflicts if c.kind == kind)


def _merge_source(s: Study) -> Path:
    from app.consensus.copies import create_reviewer_copy

    other = s.tmp / "ben.lectio"
    create_reviewer_copy(s.project, other, "Ben Okafor")
    with open_project(other, backup=False) as copy:
        unit = units.create_unit(copy, s.ids["doc"], 141, 150, reviewer_id=s.ids["ben"]).value
        codebook.assign_code(copy, unit.id, s.ids["code3"], reviewer_id=s.ids["ben"])
        codebook.create_code(copy, "Warmth")
        codebook.update_code(copy, s.ids["code2"], definition="Not knowing who comes")
        documents.add_document(copy, ImportedText("Third text.", "txt"), name="Third", original=b"3")
    return other


def _disagreement(s: Study) -> Any:
    from app.consensus.disagreements import list_disagreements

    return list_disagreements(s.project, s.ids["ana"], s.ids["ben"]).items[0]


def _decided(s: Study) -> str:
    from app.consensus.decisions import decide

    return decide(s.project, _disagreement(s), "merge", "both").value.decision_id


def _qdc(s: Study) -> Path:
    from app.refi.export import export_qdc

    out = s.tmp / "codes.qdc"
    with create_project(s.tmp / "codes.lectio") as other:
        cat = codebook.create_category(other, "Feelings").value
        codebook.create_code(other, "Warmth", category_id=cat.id)
        export_qdc(other, out)
    return out


def _qdpx(s: Study) -> Path:
    from app.refi.export import export_qdpx

    out = s.tmp / "other.qdpx"
    with create_project(s.tmp / "other.lectio", reviewer="Cleo") as other:
        doc = documents.add_document(other, ImportedText("Another voice, another text.", "txt"), name="Other",
                                     original=b"other").value
        unit = units.create_unit(other, doc.id, 0, 13).value
        code = codebook.create_code(other, "Voice").value
        codebook.assign_code(other, unit.id, code.id)
        export_qdpx(other, out)
    return out


def _plan(s: Study) -> Any:
    from app.refi.read_codebook import read_qdc
    from app.refi.to_project import plan_codebook

    codes, warnings = read_qdc(_qdc(s))
    return plan_codebook(s.project, codes, warnings)


def _participant(s: Study, name: str = "P01") -> str:
    from app.core.participants import add_participant

    return add_participant(s.project, name).value


def _attribute(s: Study) -> str:
    from app.core.attributes import add_attribute

    return add_attribute(s.project, "Site", "choice", ["North", "South"]).value


def _speaker_turn(s: Study) -> str:
    """A speaker label in the transcript (a turn nobody mapped yet) and a participant to map it to."""
    from sqlmodel import Session

    from app.core.models_people import Turn

    with Session(s.project.engine) as session, session.begin():
        session.add(Turn(document_id=s.ids["doc"], start=0, end=48, speaker="Speaker 1", seconds=3.0))
    return _participant(s, "Anna")


def _pending_review(s: Study) -> None:
    from app.core.text_correction import correct_text

    correct_text(s.project, s.ids["doc"], TEXT.replace("every morning", "each morning"))


def _places(s: Study) -> Any:
    from app.core.text_correction import find_places

    return find_places(s.project, "morning", "evening")


def _sample(s: Study) -> Any:
    from app.consensus.icr import draw_sample

    return draw_sample(s.project, 0.5, 1)


FACTORIES: dict[str, Callable[[Study], Args]] = {
    # ops.py helpers
    "app.core.ops.insert_rows": lambda s: (([("theme", {"id": "t-new", "name": "New"})], "Add"), {}),
    "app.core.ops.update_fields": lambda s: (("code", s.ids["code"], {"name": "Rhythm", "x": 0.1 + 0.2}, "Edit"),
                                             {}),
    "app.core.ops.delete_rows": lambda s: (([("document", s.ids["doc"])], "Delete"), {}),
    "app.core.ops.restore_rows": lambda s: (([("code", {"id": s.ids["code"], "name": "Restored",
                                                         "colour": "#000000"})], [("code", s.ids["code"])],
                                             "Restore"), {}),
    # documents
    "app.core.documents.add_document": lambda s: ((ImportedText("New text 🙂", "txt"),),
                                                  {"name": "New", "original": b"\x00\xffbytes"}),
    "app.core.documents.rename_document": lambda s: ((s.ids["doc"], "Interview A"), {}),
    "app.core.documents.delete_document": lambda s: ((s.ids["doc"],), {}),
    "app.core.documents.delete_documents": lambda s: (([s.ids["doc"], s.ids["doc2"]],), {}),
    # units, notes, progress, memos, reviewers
    "app.core.units.create_unit": lambda s: ((s.ids["doc"], 150, 160), {}),
    "app.core.units.set_unit_bounds": lambda s: ((s.ids["ana_unit0"], 4, 20), {}),
    "app.core.units.set_condensed": lambda s: ((s.ids["ana_unit0"], "knocks"), {}),
    "app.core.units.delete_unit": lambda s: ((s.ids["ana_unit0"],), {}),
    "app.core.units.add_annotation": lambda s: ((s.ids["ben_unit1"], "Asked, at last"), {}),
    "app.core.units.edit_annotation": lambda s: ((s.ids["note"], "Knocking = respect"), {}),
    "app.core.units.delete_annotation": lambda s: ((s.ids["note"],), {}),
    "app.core.units.set_progress": lambda s: ((s.ids["doc"], 1), {"status": "done", "add_seconds": 3.0}),
    "app.core.memos.set_memo": lambda s: (("code", s.ids["code"], ""), {}),
    "app.core.notes.add_note": lambda s: (("Journal 4 May", "Two interviews cancelled"), {}),
    "app.core.notes.edit_note": lambda s: ((s.ids["study_note"],), {"title": "Journal, 3 May", "text": "Slow"}),
    "app.core.notes.delete_note": lambda s: ((s.ids["study_note"],), {}),
    "app.core.reviewers.add_reviewer": lambda s: (("Cleo Park",), {}),
    "app.core.reviewers.update_reviewer": lambda s: ((s.ids["ben"],), {"colour": "#123456"}),
    # codebook
    "app.core.codebook.create_theme": lambda s: (("Recognition",), {"x": 12.5, "y": -3.0}),
    "app.core.codebook.create_category": lambda s: (("Knowledge",), {"theme_id": s.ids["theme"], "x": 2.5}),
    "app.core.codebook.create_code": lambda s: (("Not asked",), {"category_id": s.ids["cat2"]}),
    "app.core.codebook.create_code_and_assign": lambda s: ((s.ids["ben_unit0"], "Not knowing who"), {}),
    "app.core.codebook.update_code": lambda s: ((s.ids["code"],), {"definition": "Every morning", "y": 1e-7}),
    "app.core.codebook.update_category": lambda s: ((s.ids["cat"],), {"name": "Care routines"}),
    "app.core.codebook.update_theme": lambda s: ((s.ids["theme"],), {"description": "Who sees whom"}),
    "app.core.codebook.move_codes": lambda s: (([s.ids["code2"], s.ids["code3"]], s.ids["cat2"]), {}),
    "app.core.codebook.move_categories": lambda s: (([s.ids["cat2"]], s.ids["theme"]), {}),
    "app.core.codebook.set_parent_category": lambda s: ((s.ids["cat2"], s.ids["cat"]), {}),
    "app.core.codebook.assign_code": lambda s: ((s.ids["ana_unit0"], s.ids["code3"]), {}),
    "app.core.codebook.unassign_code": lambda s: ((s.ids["ana_unit0"], s.ids["code"]), {}),
    "app.core.codebook.delete_code": lambda s: ((s.ids["code"],), {}),
    "app.core.codebook.delete_items": lambda s: (([("code", s.ids["code2"]), ("category", s.ids["cat"]),
                                                   ("theme", s.ids["theme"])],), {}),
    "app.core.codebook.delete_category": lambda s: ((s.ids["cat"],), {}),
    "app.core.codebook.delete_theme": lambda s: ((s.ids["theme"],), {}),
    "app.core.codebook.merge_codes": lambda s: ((s.ids["code3"], [s.ids["code"], s.ids["code2"]]), {}),
    "app.core.codebook.rearrange": lambda s: (("Drop", [("code", s.ids["code"], {"x": 7.25, "category_id": None}),
                                                       ("category", s.ids["cat2"], {"theme_id": s.ids["theme"]})]),
                                              {}),
    "app.core.moves.move_items": lambda s: (([("category", s.ids["cat2"])], "category", s.ids["cat"]), {}),
    "app.core.codebook.make_pile": lambda s: (([s.ids["code2"], s.ids["code3"]], "Pile"), {"x": 5.0}),
    # consensus
    "app.consensus.merge.merge_file": lambda s: ((_merge_source(s),), {}),
    "app.consensus.merge.resolve_conflict": lambda s: ((_conflict(s, "changed_both"), "theirs"), {}),
    "app.consensus.decisions.decide": lambda s: ((_disagreement(s), "merge", "both right"), {}),
    "app.consensus.decisions.reopen": lambda s: ((_decided(s),), {}),
    "app.consensus.decisions.adopt_agreements": lambda s: ((s.ids["ana"], s.ids["ben"]), {"threshold": 0.0}),
    # REFI-QDA
    "app.refi.importing.import_qdc": lambda s: ((_qdc(s),), {}),
    "app.refi.importing.import_qdpx": lambda s: ((_qdpx(s),), {}),
    "app.refi.plan.apply_plan": lambda s: ((_plan(s), "Import codes"), {}),
    # study, participants and attributes
    "app.core.study.set_study_properties": lambda s: ((), {"title": "Care at home", "research_question": "How?"}),
    "app.core.study_language.set_study_language": lambda s: (("pt_BR",), {}),
    "app.core.participants.add_participant": lambda s: (("P05",), {"role": "participant"}),
    "app.core.participants.rename_participant": lambda s: ((_participant(s), "P01a"), {}),
    "app.core.participants.set_role": lambda s: ((_participant(s), "interviewer"), {}),
    "app.core.participants.delete_participant": lambda s: ((_participant(s),), {}),
    "app.core.participants.merge_participants": lambda s: ((_participant(s, "P01"), _participant(s, "P1")), {}),
    "app.core.participants.map_speaker": lambda s: (("Speaker 1", _speaker_turn(s)), {}),
    "app.core.participants.assign_document": lambda s: ((s.ids["doc"], _participant(s)), {}),
    "app.core.participants.set_interviewer_turns_excluded": lambda s: ((False,), {}),
    "app.core.attributes.add_attribute": lambda s: (("Age", "number"), {}),
    "app.core.attributes.delete_attribute": lambda s: ((_attribute(s),), {}),
    "app.core.attributes.set_value": lambda s: ((_participant(s), _attribute(s), "North"), {}),
    "app.core.attributes.import_table": lambda s: (([["Participant", "Age", "Site"], ["P01", "34", "North"]],), {}),
    "app.core.autocode.apply": lambda s: ((__import__("app.core.autocode", fromlist=["Rule"]).Rule(keyword="nurse"),
                                           "Nurse"), {}),
    # the trustworthiness record
    "app.core.codebook_versions.take_snapshot": lambda s: (("after pilot coding",), {}),
    "app.core.codebook_versions.auto_snapshot": lambda s: (("merging ben.lectio",), {}),
    "app.core.codebook_versions.snapshot_before_consensus": lambda s: ((), {}),
    "app.core.codebook_versions.record_reason": lambda s: (("code", s.ids["code"], "renamed", "closer to words"),
                                                           {}),
    "app.consensus.icr.save_plan": lambda s: ((_sample(s),), {}),
    # correcting text
    "app.core.text_correction.correct_text": lambda s: (
        (s.ids["doc"], "Note: " + TEXT.replace("nurse", "nurse, José,")), {}),
    "app.core.text_correction.replace_all": lambda s: (("morning", "evening"), {}),
    "app.core.text_correction.replace_places": lambda s: ((_places(s),), {}),
    "app.core.text_correction.mark_reviewed": lambda s: (_pending_review(s) or (), {}),
    "app.core.text_correction.delete_units": lambda s: (([s.ids["ana_unit0"], s.ids["ben_unit1"]],), {}),
}
# Operations that are not user actions: asserted to leave no undo step and no audit event.
BOOKKEEPING = {"app.consensus.settings.save_session_settings": lambda s: ((_settings(s),), {})}
NOT_OPERATIONS = {"app.core.history.undo": "undo itself", "app.core.history.redo": "redo itself",
                  "app.core.pseudonymise.pseudonymise": "final by design: it empties the undo history",
                  "app.core.purge.purge_document": "final by design (withdrawn consent): nothing of it is logged, "
                                                   "so nothing can bring the document back"}


def _settings(s: Study) -> Any:
    from app.consensus.settings import SessionSettings

    return SessionSettings(s.ids["ben"], s.ids["ana"], 0.5)


def test_every_operation_has_a_factory() -> None:
    found = set(public_operations())
    missing = found - set(FACTORIES) - set(BOOKKEEPING) - set(NOT_OPERATIONS)
    assert not missing, f"operations without an argument factory in {__file__}: {sorted(missing)}"
    assert not (set(FACTORIES) - found), "factories for functions that are no longer operations"


def _open(template: tuple[Path, dict[str, str]], tmp_path: Path) -> Study:
    path = tmp_path / "s.lectio"
    shutil.copy(template[0], path)
    return Study(open_project(path, backup=False), tmp_path, dict(template[1]))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_undo_restores_every_row_and_redo_repeats(name: str, template, tmp_path: Path) -> None:
    fn = public_operations()[name]
    s = _open(template, tmp_path)
    try:
        args, kwargs = FACTORIES[name](s)
        steps = history.undoable_count(s.project)
        before = snapshot(s.project.path)
        outcome = fn(s.project, *args, **kwargs)
        after = snapshot(s.project.path)
        assert after != before, "the operation changed nothing"
        assert history.undoable_count(s.project) == steps + 1, "not exactly one undo step"
        assert outcome.changes.kinds(), "the Outcome tells the views nothing changed"
        undone = history.undo(s.project)
        assert undone.value is not None
        assert snapshot(s.project.path) == before
        history.redo(s.project)
        assert snapshot(s.project.path) == after
        history.undo(s.project)  # and again, after a restart
        s.project.close()
        s.project = open_project(s.project.path, backup=False)
        assert snapshot(s.project.path) == before
        assert history.can_redo(s.project) is not None
        history.redo(s.project)
        assert snapshot(s.project.path) == after
        assert sqlite3.connect(s.project.path).execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        s.project.close()


@pytest.mark.parametrize("name", sorted(BOOKKEEPING))
def test_bookkeeping_is_neither_undone_nor_audited(name: str, template, tmp_path: Path) -> None:
    s = _open(template, tmp_path)
    try:
        args, kwargs = BOOKKEEPING[name](s)
        last, version = history.last_seq(s.project), history.data_version(s.project)
        public_operations()[name](s.project, *args, **kwargs)
        assert history.last_seq(s.project) == last
        assert history.data_version(s.project) == version
    finally:
        s.project.close()


def test_reading_time_is_bookkeeping(template, tmp_path: Path) -> None:
    s = _open(template, tmp_path)
    try:
        last = history.last_seq(s.project)
        conn = sqlite3.connect(s.project.path)
        events = conn.execute("SELECT count(*) FROM auditevent").fetchone()[0]
        units.set_progress(s.project, s.ids["doc"], 1, add_seconds=30, position=40)
        units.set_progress(s.project, s.ids["doc2"], 2, add_seconds=30)
        assert history.last_seq(s.project) == last
        assert conn.execute("SELECT count(*) FROM auditevent").fetchone()[0] == events
        assert units.get_progress(s.project, s.ids["doc"])[1].seconds_spent == 42.5
        conn.close()
    finally:
        s.project.close()
