"""Documents: add (one transaction per document), list, read their text and pages, rename, delete."""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert
from sqlmodel import select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import Document, DocumentFile, new_id, now
from app.core.ops import Changes, Outcome, delete_rows, operation, update_fields
from app.core.records import DocumentRecord, record
from app.importers.base import ImportedText

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class DocumentInfo:
    """A document without its text or original bytes (cheap to list)."""

    id: str
    name: str
    kind: str
    chars: int
    pages: int
    position: int
    sha256: str
    original_name: str
    metadata: dict


class DuplicateDocument(InvalidOperation):
    def __init__(self, existing_name: str) -> None:
        super().__init__(f"already in the project as {existing_name!r} (same file); skipped")
        self.existing_name = existing_name


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def list_documents(project: Project) -> list[DocumentInfo]:
    with project.read_session() as s:
        rows = s.execute(
            select(
                Document.id, Document.name, Document.kind, func.length(Document.text), Document.page_starts,
                Document.position, Document.sha256, Document.original_name, Document.metadata_json,
            ).order_by(Document.position, Document.name)
        ).all()
    return [
        DocumentInfo(r[0], r[1], r[2], r[3], len(json.loads(r[4])), r[5], r[6], r[7], json.loads(r[8]))
        for r in rows
    ]


def find_document(project: Project, name_or_id: str) -> DocumentInfo:
    docs = list_documents(project)
    for d in docs:
        if name_or_id in (d.id, d.name):
            return d
    for d in docs:
        if d.name.casefold() == name_or_id.casefold():
            return d
    raise NotFound(f"no document called {name_or_id!r} in {project.path.name}")


def get_document(project: Project, document_id: str) -> DocumentRecord:
    """The document as a frozen record (``app/core/records.py``), its text checked against its checksum."""
    with project.read_session() as s:
        doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"document {document_id} is not in the project")
    verify_text(project, doc)
    return record(doc)


def verify_text(project: Project, doc: Document) -> None:
    """Refuse to show a text that no longer matches the checksum taken when it was stored."""
    if doc.text_sha256 and sha256_of(doc.text.encode("utf-8", "surrogatepass")) != doc.text_sha256:
        from app.core.errors import DamagedText

        raise DamagedText(f"{project.path}: the text of {doc.name!r} is damaged (it no longer matches its checksum); "
                          f"see its backups with: lectio backups {project.path}")


def page_starts(doc: Document) -> list[int]:
    return json.loads(doc.page_starts)


def page_at(starts: list[int], offset: int) -> int:
    """1-based page number holding ``offset``."""
    return max(1, bisect.bisect_right(starts, offset))


def page_text(doc: Document, page: int) -> str:
    starts = page_starts(doc)
    if not 1 <= page <= len(starts):
        raise InvalidOperation(f"{doc.name} has pages 1 to {len(starts)}, not {page}")
    end = starts[page] if page < len(starts) else len(doc.text)
    return doc.text[starts[page - 1]:end]


def original_bytes(project: Project, document_id: str) -> bytes:
    with project.read_session() as s:
        row = s.get(DocumentFile, document_id)
    return row.data if row else b""


def unique_name(project: Project, wanted: str) -> str:
    taken = {d.name.casefold() for d in list_documents(project)}
    name, n = wanted.strip() or "Document", 2
    while name.casefold() in taken:
        name = f"{wanted} ({n})"
        n += 1
    return name


def add_document(
    project: Project, imported: ImportedText, *, name: str, original: bytes, original_name: str = ""
) -> Outcome[DocumentInfo]:
    """Store one imported document, its original bytes and its search index in one transaction.

    A file whose sha256 is already in the project raises DuplicateDocument and adds nothing.
    """
    digest = sha256_of(original)
    doc_id = new_id()
    with operation(project, "import", f"Import {name}") as op:
        s = op.session
        existing = s.exec(select(Document.name).where(Document.sha256 == digest)).first()
        if existing:
            raise DuplicateDocument(existing)
        position = (s.exec(select(func.max(Document.position))).one() or 0) + 1
        name = unique_name(project, name)
        row = {
            "id": doc_id, "name": name, "kind": imported.kind, "text": imported.text,
            "text_sha256": sha256_of(imported.text.encode("utf-8")),
            "page_starts": json.dumps(imported.page_starts),
            "metadata_json": json.dumps(imported.metadata.to_dict(), ensure_ascii=False),
            "original_name": original_name, "sha256": digest, "position": position, "imported_at": now(),
        }
        s.execute(insert(Document), [row])  # the search index follows by trigger
        s.execute(insert(DocumentFile), [{"document_id": doc_id, "data": original}])
        if imported.turns:
            from app.core.participants import store_turns

            store_turns(s, doc_id, imported.turns)
        op.summary = f"Import {name}"
        op.details = {"document": doc_id, "chars": len(imported.text), "kind": imported.kind}
    info = DocumentInfo(doc_id, name, imported.kind, len(imported.text), len(imported.page_starts), position,
                        digest, original_name, imported.metadata.to_dict())
    return Outcome(f"Import {name}", Changes(documents=True), info)


def rename_document(project: Project, document_id: str, name: str) -> Outcome[dict]:
    """Give a document a new name (unique in the study, case aside); undoable."""
    name = " ".join(name.split())
    if not name:
        raise InvalidOperation(f"{project.path.name}: a document needs a name")
    for d in list_documents(project):
        if d.id != document_id and d.name.casefold() == name.casefold():
            raise InvalidOperation(f"{project.path.name}: there is already a document called {d.name!r}")
    return update_fields(project, "document", document_id, {"name": name}, f"Rename document to {name}",
                         action="rename")


@dataclass(frozen=True)
class RemovalCounts:
    """What goes with a document when it is removed, for the confirmation (every reviewer's work)."""

    units: int
    notes: int
    codings: int

    def sentence(self, language: str | None = None) -> str:
        """"2 meaning units, 1 note and 2 codings" in ``language`` (None: the current one)."""
        from app.i18n import translate

        return translate("documents.removal", "{units}, {notes} and {codings}", language).format(
            units=translate("documents.removal", "%n meaning unit(s)", language, n=self.units),
            notes=translate("documents.removal", "%n note(s)", language, n=self.notes),
            codings=translate("documents.removal", "%n coding(s)", language, n=self.codings))


def removal_counts(project: Project, document_id: str) -> RemovalCounts:
    from app.core.models import Annotation, Coding, MeaningUnit

    with project.read_session() as s:
        units = s.exec(select(func.count()).select_from(MeaningUnit)
                       .where(MeaningUnit.document_id == document_id)).one()
        notes = s.exec(select(func.count()).select_from(Annotation)
                       .join(MeaningUnit, MeaningUnit.id == Annotation.unit_id)
                       .where(MeaningUnit.document_id == document_id)).one()
        codings = s.exec(select(func.count()).select_from(Coding)
                         .join(MeaningUnit, MeaningUnit.id == Coding.unit_id)
                         .where(MeaningUnit.document_id == document_id)).one()
    return RemovalCounts(units, notes, codings)


def delete_document(project: Project, document_id: str) -> Outcome[None]:
    """Remove a document with its units, notes, codings and memos in one undoable operation."""
    with operation(project, "delete", "Remove document") as op:
        doc = find_document(project, document_id)
        op.summary = f"Remove document {doc.name}"
        return delete_rows(project, [("document", doc.id)], f"Remove document {doc.name}")


def delete_documents(project: Project, document_ids: list[str]) -> Outcome[None]:
    """Delete several documents (with their units, notes and codings) as one action."""
    if not document_ids:
        raise InvalidOperation("no documents to delete")
    label = f"Delete {len(document_ids)} document{'s' * (len(document_ids) != 1)}"
    with operation(project, "delete", label):
        for d in document_ids:
            get_document(project, d)
        return delete_rows(project, [("document", d) for d in document_ids], label)
