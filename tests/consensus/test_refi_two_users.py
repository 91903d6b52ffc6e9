"""A project whose units came from a REFI-QDA file with two users gives the same figures and the same
disagreements as the project that wrote the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.consensus.agreement import agreement
from app.consensus.disagreements import list_disagreements
from app.core.project import create_project
from app.refi.export import export_qdpx
from app.refi.importing import import_qdpx


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_units_from_qdpx_with_two_users(demo, tmp_path: Path) -> None:
    export_qdpx(demo, tmp_path / "study.qdpx")
    with create_project(tmp_path / "imported.lectio", reviewer="Cleo Diaz") as imported:
        import_qdpx(imported, tmp_path / "study.qdpx")
        assert {r.name for r in imported.reviewers()} == {"Ana Ruiz", "Ben Okafor", "Cleo Diaz"}
        ours, theirs = agreement(demo).to_json(), agreement(imported).to_json()
        assert theirs["reviewers"] == ["Ana Ruiz", "Ben Okafor"]  # Cleo has no units: not chosen
        assert theirs["character_level"] == ours["character_level"]
        assert theirs["unit_level"] == ours["unit_level"]
        kinds = [(i.kind, i.document_name, i.start, i.end) for i in list_disagreements(imported).items]
        assert kinds == [(i.kind, i.document_name, i.start, i.end) for i in list_disagreements(demo).items]
