"""Two people editing the same code at once (issue 22): the second is told, with both versions, and nothing is
overwritten. Runs on a study file; the team tests run the same against PostgreSQL."""

from __future__ import annotations

import pytest

from app.core import codebook, history
from app.core.concurrency import EditConflict
from app.core.project import create_project
from app.core.reviewers import add_reviewer


def test_the_second_writer_of_a_code_is_told_and_nothing_is_overwritten(tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = create_project(tmp_path / "p.lectio", reviewer="Ana")
    try:
        code = codebook.create_code(project, "Trust", definition="Relying on someone").value
        shown = codebook.get_code(project, code.id).version  # what both editors loaded
        ben = add_reviewer(project, "Ben").value
        ana = project.reviewer_id
        project.reviewer_id = ben.id
        codebook.update_code(project, code.id, expected_version=shown, definition="Relying on staff")
        project.reviewer_id = ana
        with pytest.raises(EditConflict) as refused:
            codebook.update_code(project, code.id, expected_version=shown, definition="Relying on family")
        message = str(refused.value)
        assert "'Trust'" in message and "by Ben" in message
        assert "'Relying on staff'" in message and "'Relying on family'" in message and "nothing was overwritten" \
            in message
        assert refused.value.theirs == {"definition": "Relying on staff"}
        assert refused.value.yours == {"definition": "Relying on family"}
        now = codebook.get_code(project, code.id)
        assert now.definition == "Relying on staff"
        # with the version it now shows, the edit goes through and makes a new version
        codebook.update_code(project, code.id, expected_version=now.version, definition="Relying on family")
        after = codebook.get_code(project, code.id)
        assert after.definition == "Relying on family" and after.version not in (shown, now.version)
        # moving the card on the table is no edit of its content: an open editor's version still holds
        codebook.update_code(project, code.id, x=120.0, y=40.0)
        codebook.update_code(project, code.id, expected_version=after.version, inclusion="Named people")
        # undo puts the version back with the content
        history.undo(project)
        assert codebook.get_code(project, code.id).version == after.version
    finally:
        project.close()
