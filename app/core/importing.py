"""Import files into a project: extraction (CPU-bound, in worker processes when there are several
files) and writing (one transaction per document, from this process only).

Killed half-way, a project holds whole documents only; importing the same files again skips those
already in (same sha256) and finishes the job.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.documents import DocumentInfo, DuplicateDocument, add_document, sha256_of
from app.core.ops import operation_group
from app.i18n import translate
from app.importers.base import (
    Cancelled,
    CancelledFn,
    ImportedText,
    ImportFailed,
    PasswordRequired,
    never_cancelled,
)

if TYPE_CHECKING:
    from app.core.project import Project

FileProgressFn = Callable[[int, float, str], None]  # (file index, fraction of that file, message)


@dataclass
class ImportResult:
    path: Path
    document: DocumentInfo | None = None
    error: str = ""
    skipped: bool = False
    needs_password: bool = False
    warnings: list[str] = field(default_factory=list)
    study: Path | None = None  # set when the study (locked, full, read-only), not this file, failed

    @property
    def ok(self) -> bool:
        return self.document is not None

    def line(self) -> str:
        """One line for the summary / stderr: "<file name>: <reason>"."""
        if self.document:
            return f"{self.path.name}: imported as {self.document.name!r}"
        if self.study is not None:
            return f"{self.study.name}: {self.path.name} was not imported: {self.error}"
        return f"{self.path.name}: {self.error}"


def _no_file_progress(index: int, fraction: float, message: str) -> None:
    pass


def extract_path(path: Path, password: str | None = None) -> tuple[bytes, ImportedText]:
    """Read and extract one file (runs in a worker process). Raises ImportFailed with a plain reason."""
    from app.importers import extract_bytes, read_within_budget

    try:
        data = read_within_budget(path)
    except IsADirectoryError as exc:
        raise ImportFailed("is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ImportFailed("no such file") from exc
    except PermissionError as exc:
        raise ImportFailed("permission denied") from exc
    return data, extract_bytes(data, path.name, password=password)


def _store(project: Project, path: Path, data: bytes, imported: ImportedText) -> ImportResult:
    result = ImportResult(path, warnings=list(imported.warnings))
    try:
        result.document = add_document(project, imported, name=imported.name or path.stem, original=data,
                                       original_name=path.name).value
    except DuplicateDocument as exc:
        result.error, result.skipped = str(exc), True
    return result


def _failure(path: Path, exc: BaseException, study: Path | None = None) -> ImportResult:
    from app.core.errors import is_storage_problem, plain_reason

    if isinstance(exc, PasswordRequired):
        wrong = "the password given is wrong: it does not open this file"
        return ImportResult(path, error=wrong if exc.wrong else str(exc), needs_password=True)
    if isinstance(exc, ImportFailed):
        return ImportResult(path, error=str(exc))
    if is_storage_problem(exc):  # a locked, full or read-only study is not the input file's fault
        return ImportResult(path, error=plain_reason(exc), study=study)
    return ImportResult(path, error=f"could not be read ({plain_reason(exc)})")


def import_files(
    project: Project, paths: Sequence[Path], *, password: str | None = None,
    progress: FileProgressFn = _no_file_progress, cancelled: CancelledFn = never_cancelled,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import each file; failures are reported per file, never raised. When ``cancelled()`` says so it raises
    ``Cancelled`` and the documents already stored are removed again: the study is as before.

    One transaction per document, all under one operation: undo removes every document of the import."""
    paths = [Path(p) for p in paths]
    known = _known_hashes(project)
    if workers is None:
        workers = min(len(paths), multiprocessing.cpu_count() or 1)
    with operation_group(project, "import", "Import documents") as group:
        if workers <= 1 or len(paths) <= 1:
            results = _import_serial(project, paths, password, progress, cancelled, known)
        else:
            results = _import_parallel(project, paths, password, progress, cancelled, known, workers)
        group.label = import_label(results)
    return results


def import_label(results: list[ImportResult]) -> str:
    """"Import Interview 1" or "Import 3 documents": the name of the undo step."""
    done = [r.document for r in results if r.document]
    if len(done) == 1:
        return f"Import {done[0].name}"
    return f"Import {len(done)} documents"


def _known_hashes(project: Project) -> set[str]:
    from app.core.documents import list_documents

    return {d.sha256 for d in list_documents(project)}


def _duplicate(path: Path, known: set[str]) -> ImportResult | None:
    from app.importers import read_within_budget

    try:
        digest = sha256_of(read_within_budget(path))
    except (OSError, ImportFailed):  # a file beyond the budget is refused when it is extracted
        return None
    if digest in known:
        return ImportResult(path, error="already in the project (same file); skipped", skipped=True)
    return None


def _import_serial(project: Project, paths: list[Path], password: str | None, progress: FileProgressFn,
                   cancelled: CancelledFn, known: set[str]) -> list[ImportResult]:
    from app.importers import extract_bytes, read_within_budget

    results: list[ImportResult] = []
    for i, path in enumerate(paths):
        if cancelled():
            raise Cancelled()
        progress(i, 0.0, translate("progress", "Reading {name}").format(name=path.name))
        dup = _duplicate(path, known)
        if dup:
            results.append(dup)
            progress(i, 1.0, dup.error)
            continue
        try:
            data = read_within_budget(path) if path.is_file() else b""
            if not path.is_file():
                raise ImportFailed("no such file" if not path.exists() else "is a folder, not a file")
            imported = extract_bytes(data, path.name, password=password,
                                     progress=lambda f, m, i=i: progress(i, f, m), cancelled=cancelled)
            results.append(_store(project, path, data, imported))
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes a line in the summary
            results.append(_failure(path, exc, project.path))
        progress(i, 1.0, results[-1].line())
    return results


def _worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start. "fork" is nearly free but unsafe once Qt's threads run (and on macOS); then
    a fork server (one clean process, started once, with the importers preloaded), or "spawn" where fork does
    not exist."""
    methods = multiprocessing.get_all_start_methods()
    if (sys.platform.startswith("linux") and "PySide6.QtCore" not in sys.modules
            and threading.active_count() == 1):  # macOS frameworks are not fork-safe either
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["app.importers", "app.importers.pdf", "app.importers.docx"])
        return ctx
    return multiprocessing.get_context("spawn")


def _die_with_parent() -> None:
    """Runs in each worker: on Linux, ask the kernel to end it when Lectio ends, even by SIGKILL. Without
    this a killed Lectio left its workers waiting for work forever."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _import_parallel(project: Project, paths: list[Path], password: str | None, progress: FileProgressFn,
                     cancelled: CancelledFn, known: set[str], workers: int) -> list[ImportResult]:
    ctx = _worker_context()
    results: dict[int, ImportResult] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_die_with_parent) as pool:
        futures: dict[int, Future[tuple[bytes, ImportedText]]] = {}
        # Largest files first, so that the two workers finish together (longest-processing-time first).
        for i in sorted(range(len(paths)), key=lambda k: -_size(paths[k])):
            path = paths[i]
            dup = _duplicate(path, known)
            if dup:
                results[i] = dup
            else:
                futures[i] = pool.submit(extract_path, path, password)
            progress(i, 0.0, translate("progress", "Queued {name}").format(name=path.name))
        for i in sorted(futures):  # store in the order the user chose
            future = futures[i]
            while True:
                if cancelled():  # asked before every document is stored, even one already extracted
                    for f in futures.values():
                        f.cancel()
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise Cancelled()
                if future.done():
                    break
                with contextlib.suppress(Exception):  # a failure is handled below, once done
                    future.result(timeout=0.1)
            try:
                data, imported = future.result()
                results[i] = _store(project, paths[i], data, imported)
            except Exception as exc:  # noqa: BLE001
                results[i] = _failure(paths[i], exc, project.path)
            progress(i, 1.0, results[i].line())
    return [results[k] for k in sorted(results)]
