"""Small hand-built projects for the consensus tests, and an independent character-vector builder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.core import codebook, documents, reviewers, units
from app.core.project import Project, create_project
from app.importers.base import ImportedText


@dataclass
class Study:
    project: Project
    docs: list[str]
    codes: dict[str, str]  # name -> id
    people: dict[str, str]  # name -> id
    units: dict[str, list[str]] = field(default_factory=dict)  # reviewer name -> unit ids


def build_study(path: Path, texts: list[str], code_names: list[str],
                spec: dict[str, list[tuple[int, int, int, list[str]]]]) -> Study:
    """``spec``: reviewer name -> [(document index, start, end, [code names])]."""
    names = list(spec)
    project = create_project(path, title="Study", reviewer=names[0])
    people = {names[0]: project.reviewers()[0].id}
    for name in names[1:]:
        people[name] = reviewers.add_reviewer(project, name).value.id
    docs = [documents.add_document(project, ImportedText(text=t, kind="txt"), name=f"Doc {i + 1}",
                                   original=t.encode()).value.id for i, t in enumerate(texts)]
    codes = {n: codebook.create_code(project, n).value.id for n in code_names}
    study = Study(project, docs, codes, people)
    for name, rows in spec.items():
        study.units[name] = []
        for d, s, e, cs in rows:
            u = units.create_unit(project, docs[d], s, e, reviewer_id=people[name]).value
            study.units[name].append(u.id)
            for c in cs:
                codebook.assign_code(project, u.id, codes[c], reviewer_id=people[name])
    return study


def char_vectors(texts: list[str], code_names: list[str], rows: list[tuple[int, int, int, list[str]]],
                 code: str) -> list[int]:
    """Independent of the code under test: one 0/1 per character of every document, plain loops."""
    out: list[int] = []
    for d, text in enumerate(texts):
        for i in range(len(text)):
            out.append(int(any(dd == d and s <= i < e and code in cs for dd, s, e, cs in rows)))
    return out


@pytest.fixture
def demo(demo_project: Project) -> Project:
    """The demo study, this test's own open copy (built once per session, tests/conftest.py)."""
    return demo_project
