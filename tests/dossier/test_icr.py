"""The intercoder-reliability plan: a seeded random draw, stratified by a participant attribute; and the
agreement command's bootstrap intervals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session

from app.consensus.icr import draw_sample, save_plan, saved_plan
from app.core import documents
from app.core.models import Document
from app.core.models_people import Attribute, AttributeValue, Participant
from app.core.project import create_project
from app.importers.base import ImportedText

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def interviews(path: Path, roles: list[str]) -> None:
    """One interview per participant; participant i has the attribute role = roles[i]."""
    with create_project(path, title="ICR", reviewer="Ada") as project:
        ids = [documents.add_document(project, ImportedText(text=f"Interview {i} text.", kind="txt"),
                                      name=f"Interview {i:02d}", original=b"x%d" % i).value.id
               for i in range(len(roles))]
        with Session(project.engine) as s, s.begin():  # participants as the participants issue stores them
            attr = Attribute(name="Role", type="choice", choices=json.dumps(sorted(set(roles))))
            s.add(attr)
            for i, (doc_id, role) in enumerate(zip(ids, roles, strict=True)):
                person = Participant(name=f"P{i:02d}", position=i)
                s.add(person)
                s.flush()
                s.add(AttributeValue(participant_id=person.id, attribute_id=attr.id, value=role))
                s.get(Document, doc_id).participant_id = person.id  # type: ignore[union-attr]


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_stratified_draw_takes_its_share_of_every_value_and_repeats_with_its_seed(tmp_path: Path) -> None:
    path = tmp_path / "icr.lectio"
    roles = ["carer"] * 10 + ["nurse"] * 6
    interviews(path, roles)
    from app.core.project import open_project

    with open_project(path) as project:
        sample = draw_sample(project, 0.2, seed=42, by="role")
        again = draw_sample(project, 0.2, seed=42, by="Role")
        assert sample.documents == again.documents
        assert sample.strata == {"carer": 2, "nurse": 1}
        carers = [d for d in sample.documents if int(d.split()[-1]) < 10]
        assert len(carers) == 2 and len(sample.documents) == 3
        others = {tuple(draw_sample(project, 0.2, seed=s, by="role").documents) for s in range(8)}
        assert len(others) > 1  # the seed decides the draw
        plain = draw_sample(project, 0.25, seed=1)
        assert len(plain.documents) == 4 and plain.strata == {}
        save_plan(project, sample)
        kept = saved_plan(project)
        assert kept is not None and kept.documents == sample.documents and kept.seed == 42


@pytest.mark.slow  # runs the command line in other processes
def test_the_command_line_lists_the_draw_and_refuses_a_bad_share(tmp_path: Path) -> None:
    path = tmp_path / "icr.lectio"
    interviews(path, ["carer", "nurse", "carer", "nurse", "carer"])
    done = lectio("icr-sample", str(path), "--share", "0.4", "--by", "Role", "--seed", "7", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["share"] == 0.4 and data["seed"] == 7 and data["by"] == "Role" and data["population"] == 5
    assert sum(data["strata"].values()) == len(data["documents"]) == 2
    words = lectio("icr-sample", str(path), "--share", "0.4", "--by", "Role", "--seed", "7").stdout
    assert all(name in words for name in data["documents"])
    bad = lectio("icr-sample", str(path), "--share", "1.5", "--seed", "1")
    assert bad.returncode != 0 and "share" in bad.stderr
    unknown = lectio("icr-sample", str(path), "--share", "0.2", "--by", "Site", "--seed", "1")
    assert unknown.returncode == 1 and "no participant attribute called 'Site'" in unknown.stderr


@pytest.mark.slow  # runs the command line in other processes
def test_agreement_ci_adds_an_interval_to_every_code_and_the_pooled_figures(tmp_path: Path) -> None:
    path = tmp_path / "demo.lectio"
    assert lectio("demo", str(path)).returncode == 0
    done = lectio("agreement", str(path), "--json", "--ci", "--resamples", "300", "--seed", "5")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    figures = [*data["character_level"]["codes"].values(), data["character_level"]["pooled"]]
    assert len(figures) > 2
    for f in figures:
        assert "alpha_ci" in f
        if f["alpha"] is None:
            assert f["alpha_ci"] is None
        else:
            low, high = f["alpha_ci"]
            assert -1.0 <= low <= high <= 1.0
    again = json.loads(lectio("agreement", str(path), "--json", "--ci", "--resamples", "300", "--seed", "5").stdout)
    assert again["character_level"]["pooled"]["alpha_ci"] == data["character_level"]["pooled"]["alpha_ci"]
    plain = json.loads(lectio("agreement", str(path), "--json").stdout)
    assert "alpha_ci" not in plain["character_level"]["pooled"]


@pytest.mark.slow
def test_a_reviewer_copy_can_hold_only_the_sample_and_merges_back_without_losing_the_rest(tmp_path: Path) -> None:
    from app.core.project import open_project

    path = tmp_path / "icr.lectio"
    interviews(path, ["carer", "nurse", "carer", "nurse"])
    refused = lectio("reviewer-copy", str(path), str(tmp_path / "x.lectio"), "--reviewer", "Ben", "--icr-sample")
    assert refused.returncode == 1 and "no double-coding sample" in refused.stderr
    drawn = json.loads(lectio("icr-sample", str(path), "--share", "0.5", "--seed", "3", "--json").stdout)
    copy = tmp_path / "ben.lectio"
    done = lectio("reviewer-copy", str(path), str(copy), "--reviewer", "Ben", "--blind", "--icr-sample")
    assert done.returncode == 0, done.stderr
    assert "Only the 2 document(s) drawn" in done.stdout
    info = json.loads(lectio("info", str(copy), "--json").stdout)
    assert sorted(d["name"] for d in info["documents"]) == sorted(drawn["documents"])
    assert lectio("merge", str(path), str(copy)).returncode == 0
    with open_project(path, backup=False) as project:
        from app.core.documents import list_documents

        assert len(list_documents(project)) == 4  # the documents left out of the copy are not deleted here
