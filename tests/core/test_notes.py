"""Study notes: memos with no place on the board or in the reader are listed, added, edited and deleted by id,
each change one undoable step; bad requests change nothing."""

from __future__ import annotations

import pytest

from app.core import history, memos, notes
from app.core.codebook import list_codes
from app.core.errors import InvalidOperation, NotFound
from app.core.project import create_project


def test_the_demo_lists_its_study_memos_and_first_impressions_but_not_the_codes_own_memos(demo_project) -> None:
    listed = notes.list_notes(demo_project)
    study = [n for n in listed if n.target_kind == "project"]
    assert any("Consensus meeting planned" in n.text for n in study)
    assert all(n.target_name == "" and not n.on_board for n in study)
    first = [n for n in listed if n.kind == "first_impressions"]
    assert {n.author for n in first} == {"Ana Ruiz", "Ben Okafor"}
    assert any(n.target_name == "Interview 1 – daughter" for n in first)
    assert not [n for n in listed if n.target_kind == "code"]  # the board holds those
    code = next(c for c in list_codes(demo_project) if c.name == "Knowledge overlooked")
    with demo_project.read_session() as s:
        from sqlmodel import select

        from app.core.models import Memo

        memo_id = s.exec(select(Memo.id).where(Memo.target_id == code.id)).one()
    found = notes.note_of(demo_project, memo_id)
    assert found is not None and found.on_board and found.target_name == "Knowledge overlooked"
    assert notes.note_of(demo_project, "no-such-id") is None


@pytest.mark.slow  # over half a second (measured)
def test_a_note_is_added_edited_and_deleted_each_one_undoable_step(tmp_path) -> None:
    with create_project(tmp_path / "s.lectio", reviewer="Ana Ruiz") as p:
        note_id = notes.add_note(p, "  Journal 3 May ", "Recruitment slower than planned").value
        (note,) = notes.list_notes(p)
        assert (note.id, note.title, note.text, note.kind, note.author) == (
            note_id, "Journal 3 May", "Recruitment slower than planned", "note", "Ana Ruiz")
        date = note.date
        notes.edit_note(p, note_id, text="Recruitment picked up", title="Journal, 3 May")
        (edited,) = notes.list_notes(p)
        assert (edited.title, edited.text, edited.date) == ("Journal, 3 May", "Recruitment picked up", date)
        history.undo(p)
        assert notes.list_notes(p)[0].text == "Recruitment slower than planned"
        notes.delete_note(p, note_id)
        assert notes.list_notes(p) == []
        history.undo(p)
        assert [n.title for n in notes.list_notes(p)] == ["Journal 3 May"]
        assert history.can_undo(p).label == "Add note"


def test_a_study_memo_edited_here_is_the_one_set_memo_reads(tmp_path) -> None:
    with create_project(tmp_path / "s.lectio", reviewer="Ana Ruiz") as p:
        memos.set_memo(p, "project", "", "Aim: describe")
        (memo,) = notes.list_notes(p)
        assert memo.kind == "memo" and memo.title == ""
        notes.edit_note(p, memo.id, text="Aim: describe and compare")
        assert memos.get_memo(p, "project") == "Aim: describe and compare"


def test_bad_requests_are_refused_and_change_nothing(tmp_path) -> None:
    with create_project(tmp_path / "s.lectio", reviewer="Ana Ruiz") as p:
        note_id = notes.add_note(p, "Journal", "text").value
        steps = history.undoable_count(p)
        with pytest.raises(InvalidOperation, match="title or a text"):
            notes.add_note(p, " ", "  ")
        with pytest.raises(InvalidOperation, match="title or a text"):
            notes.edit_note(p, note_id, title="", text=" ")
        with pytest.raises(InvalidOperation, match="cannot be attached"):
            notes.add_note(p, "On a unit", "x", target_kind="meaningunit")
        with pytest.raises(NotFound, match="not in the study"):
            notes.edit_note(p, "gone", text="x")
        with pytest.raises(NotFound, match="not in the study"):
            notes.delete_note(p, "gone")
        assert history.undoable_count(p) == steps
        assert [(n.title, n.text) for n in notes.list_notes(p)] == [("Journal", "text")]
