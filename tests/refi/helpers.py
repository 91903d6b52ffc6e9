"""Shared helpers of the REFI-QDA tests: corpus paths, schemas, hand-made archives, project snapshots."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from sqlmodel import select

from app.core.models import Annotation, Category, Code, Coding, Document, MeaningUnit, Memo, Reviewer, Theme
from app.core.overview import counts
from app.core.project import Project


def _find_corpus() -> Path:
    """The shared corpus beside the checkout (or beside the folder of worktrees the checkout sits in)."""
    here = Path(__file__).resolve().parents[2]
    for base in (here.parent, here.parent.parent):
        if (base / "shared" / "corpus" / "refi").is_dir():
            return base / "shared" / "corpus" / "refi"
    return here.parent / "shared" / "corpus" / "refi"


CORPUS = _find_corpus()
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared REFI-QDA corpus is not at {CORPUS}")
SCHEMAS = CORPUS / "schema"
QC_QDPX = CORPUS / "qdpx" / "qc1.3.2_demo_project.qdpx"
SPEC_QDC = CORPUS / "qdc" / "refi-qda-1.5_spec_example_codebook.qdc"
P = "{urn:QDA-XML:project:1.0}"


def schema(name: str) -> etree.XMLSchema:
    if not (SCHEMAS / name).is_file():
        pytest.skip(f"the REFI-QDA schema {name} is not at {SCHEMAS}")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def make_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def state(project: Project) -> tuple[dict[str, int], int]:
    """Counts of everything plus the number of reviewers and memos: what 'unchanged' is checked against."""
    with project.read_session() as s:
        extra = len(list(s.exec(select(Reviewer)))) * 1000 + len(list(s.exec(select(Memo))))
    return counts(project), extra


def snapshot(project: Project) -> dict[str, object]:
    """Everything a round trip must keep, keyed by names (ids differ between projects)."""
    with project.read_session() as s:
        docs = {d.id: d for d in s.exec(select(Document))}
        people = {r.id: r.name for r in s.exec(select(Reviewer))}
        themes = {t.id: t for t in s.exec(select(Theme))}
        cats = {c.id: c for c in s.exec(select(Category))}
        codes = {c.id: c for c in s.exec(select(Code))}
        units = {u.id: u for u in s.exec(select(MeaningUnit))}
        codings = list(s.exec(select(Coding)))
        notes = list(s.exec(select(Annotation)))
        memos = list(s.exec(select(Memo)))

    def unit_key(uid: str) -> tuple:
        u = units[uid]
        return (docs[u.document_id].name, u.start, u.end, u.text, u.condensed, people[u.reviewer_id])

    def target(kind: str, tid: str) -> str:
        table = {"document": docs, "code": codes, "category": cats, "theme": themes}.get(kind, {})
        return table[tid].name if tid in table else ""

    return {
        "research_question": project.meta("research_question"),
        "documents": sorted((d.name, d.text, d.kind) for d in docs.values()),
        "units": sorted(unit_key(u) for u in units),
        "themes": sorted((t.name, t.description) for t in themes.values()),
        "categories": sorted((c.name, c.description, themes[c.theme_id].name if c.theme_id else "",
                              cats[c.parent_id].name if c.parent_id else "") for c in cats.values()),
        "codes": sorted((c.name, c.definition, c.inclusion, c.exclusion, c.colour,
                         cats[c.category_id].name if c.category_id else "") for c in codes.values()),
        "codings": sorted((unit_key(c.unit_id), codes[c.code_id].name, people[c.reviewer_id]) for c in codings),
        "notes": sorted((unit_key(n.unit_id), n.text, people[n.reviewer_id]) for n in notes),
        "memos": sorted((m.target_kind, target(m.target_kind, m.target_id), m.kind, m.text,
                         people.get(m.reviewer_id or "", "")) for m in memos),
    }
