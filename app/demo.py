"""The worked example: a small study of care partnerships at home, built through core operations from
the texts and analysis in ``resources/demo/`` (written by the Lectio team)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core import codebook, documents, memos, reviewers, units
from app.core.models import Meta
from app.core.ops import bookkeeping
from app.core.project import Project, create_project
from app.importers.base import DocumentMetadata, ImportedText
from app.resources import resource_path


def demo_dir() -> Path:
    """resources/demo in a checkout, an installed wheel or a PyInstaller bundle."""
    return resource_path("demo")


def build_demo(path: Path | str) -> Project:
    """Write the demo study to ``path`` (refuses to overwrite) and return it open."""
    folder = demo_dir()
    study: dict[str, Any] = json.loads((folder / "study.json").read_text(encoding="utf-8"))
    first, *others = study["reviewers"]
    project = create_project(path, title=study["title"], reviewer=first["name"],
                             research_question=study["research_question"])
    try:
        _populate(project, folder, study, first, others)
    except BaseException:
        project.close()
        Path(path).unlink(missing_ok=True)
        raise
    return project


def _populate(project: Project, folder: Path, study: dict[str, Any], first: dict, others: list[dict]) -> None:
    ana = project.reviewers()[0]
    reviewers.update_reviewer(project, ana.id, initials=first["initials"], colour=first["colour"])
    people = {ana.name: ana.id}
    for r in others:
        people[r["name"]] = reviewers.add_reviewer(project, r["name"], initials=r["initials"],
                                                   colour=r["colour"]).value.id
    docs = {}
    for d in study["documents"]:
        raw = (folder / d["file"]).read_bytes()
        if d["file"].endswith(".vtt"):  # a transcript with speakers and times, through its importer
            from app.importers import extract_bytes

            imported = extract_bytes(raw, d["file"])
        else:
            text = raw.decode("utf-8").replace("\r\n", "\n")
            meta = DocumentMetadata(title=text.splitlines()[0].strip()) if d["file"].startswith("article") else \
                DocumentMetadata()
            imported = ImportedText(text=text, kind="txt", metadata=meta)
        docs[d["name"]] = documents.add_document(project, imported, name=d["name"], original=raw,
                                                 original_name=d["file"]).value
    _participants(project, study, docs)

    code_ids: dict[str, str] = {}
    for c in study["codes"]:
        code_ids[c["name"]] = codebook.create_code(
            project, c["name"], definition=c["definition"], inclusion=c["inclusion"],
            exclusion=c["exclusion"], colour=c.get("colour", "")).value.id
    _sort_codebook(project, study, code_ids)

    for u in study["units"]:
        doc = docs[u["document"]]
        body = documents.get_document(project, doc.id).text
        start = body.index(u["quote"])
        unit = units.create_unit(project, doc.id, start, start + len(u["quote"]), condensed=u["condensed"],
                                 reviewer_id=people[u["reviewer"]]).value
        for name in u.get("codes", []):
            codebook.assign_code(project, unit.id, code_ids[name], reviewer_id=people[u["reviewer"]])
        for note in u.get("notes", []):
            units.add_annotation(project, unit.id, note, reviewer_id=people[u["reviewer"]])

    for p in study["progress"]:
        units.set_progress(project, docs[p["document"]].id, p["pass"], status=p["status"],
                           reviewer_id=people[p["reviewer"]])
    for m in study["memos"]:
        kind, _, name = m["target"].partition(":")
        target = {"project": "", "document": docs[name].id if kind == "document" else "",
                  "code": code_ids.get(name, "")}.get(kind, "")
        rid = people.get(m.get("reviewer", ""), ana.id)
        existing = memos.get_memo(project, kind, target, kind=m.get("kind", "memo"), reviewer_id=rid)
        text = f"{existing}\n\n{m['text']}" if existing else m["text"]
        memos.set_memo(project, kind, target, text, kind=m.get("kind", "memo"), reviewer_id=rid)
    with bookkeeping(project) as s:  # a marker, not a reviewer's action
        s.merge(Meta(key="demo", value="1"))


def _participants(project: Project, study: dict[str, Any], docs: dict[str, Any]) -> None:
    """The interviewees as participants with typed attributes (one table import); a transcript's speakers
    already exist."""
    from app.core import attributes, participants

    names = [a["name"] for a in study.get("attributes", [])]
    for a in study.get("attributes", []):
        attributes.add_attribute(project, a["name"], a["type"], a.get("choices"))
    people = study.get("participants", [])
    attributes.import_table(project, [["Participant", *names]] + [
        [p["name"], *(p.get("attributes", {}).get(n) for n in names)] for p in people], source="the demo")
    ids = {p.name: (p.id, p.role) for p in participants.list_participants(project)}
    for person in people:
        pid, role = ids[person["name"]]
        if person["role"] != role:
            participants.set_role(project, pid, person["role"])
        if person.get("document"):
            participants.assign_document(project, docs[person["document"]].id, pid)


def _sort_codebook(project: Project, study: dict[str, Any], code_ids: dict[str, str]) -> None:
    """Themes › categories › codes laid out as piles on the sorting table."""
    for ti, theme in enumerate(study["themes"]):
        theme_id = codebook.create_theme(project, theme["name"], description=theme["description"]).value.id
        for ci, cat in enumerate(theme["categories"]):
            x, y = 40 + ci * 320, 60 + ti * 360
            cat_id = codebook.create_category(project, cat["name"], description=cat["description"],
                                              theme_id=theme_id, x=x, y=y).value.id
            ids = [code_ids[n] for n in cat["codes"]]
            codebook.move_codes(project, ids, cat_id)
            for k, code_id in enumerate(ids):
                codebook.update_code(project, code_id, x=x + 10, y=y + 40 + 70 * k)
    for cat in study.get("unsorted_categories", []):
        cat_id = codebook.create_category(project, cat["name"], description=cat.get("description", "")).value.id
        codebook.move_codes(project, [code_ids[n] for n in cat.get("codes", [])], cat_id)
    for k, name in enumerate(study.get("unsorted_codes", [])):
        codebook.update_code(project, code_ids[name], x=40 + 200 * k, y=60 + 360 * len(study["themes"]))
