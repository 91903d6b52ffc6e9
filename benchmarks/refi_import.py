"""Importing a REFI-QDA project of 300 codings on 2 sources (goal: ≤ 3 s).

Builds a project (2 long interview-like texts, 300 meaning units each coded once, 20 codes in 4 categories,
a note on every tenth unit), exports it as .qdpx, then times ``import_qdpx`` into a new project.
Run: /tmp/venv/bin/python benchmarks/refi_import.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.core import codebook, documents  # noqa: E402
from app.core.models import Annotation, Coding, MeaningUnit, new_id  # noqa: E402
from app.core.ops import operation  # noqa: E402
from app.core.project import create_project  # noqa: E402
from app.importers.base import ImportedText  # noqa: E402
from app.refi import export_qdpx, import_qdpx  # noqa: E402

WORDS = ["care", "nurse", "home", "daughter", "time", "knowledge", "asked", "listened", "visit", "medication",
         "night", "worry", "family", "plan", "team", "phone", "doctor", "sleep", "tired", "help", "😀", "Zoë", "café"]


def _text(rng: random.Random, paragraphs: int) -> str:
    return "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + "."
                       for _ in range(paragraphs))


def build(path: Path) -> None:
    rng = random.Random(8)
    with create_project(path, reviewer="Ana") as project:
        docs = [documents.add_document(project, ImportedText(_text(rng, 150), "txt"), name=f"Interview {i}",
                                       original=f"interview {i}".encode()).value for i in (1, 2)]
        codes = []
        for c in range(4):
            cat = codebook.create_category(project, f"Category {c}").value
            codes += [codebook.create_code(project, f"Code {c}.{k}", definition="d", category_id=cat.id).value.id
                      for k in range(5)]
        units, codings, notes = [], [], []
        for n in range(300):
            doc = docs[n % 2]
            body = documents.get_document(project, doc.id).text
            start = rng.randrange(0, len(body) - 200)
            unit_id = new_id()
            units.append({"id": unit_id, "document_id": doc.id, "reviewer_id": project.reviewer_id,
                          "start": start, "end": start + 120, "text": body[start:start + 120],
                          "condensed": f"unit {n}"})
            codings.append({"id": new_id(), "unit_id": unit_id, "code_id": codes[n % len(codes)],
                            "reviewer_id": project.reviewer_id})
            if n % 10 == 0:
                notes.append({"id": new_id(), "unit_id": unit_id, "reviewer_id": project.reviewer_id,
                              "text": f"note {n}"})
        with operation(project, "bench", "bench data") as op:
            op.session.execute(insert(MeaningUnit), units)
            op.session.execute(insert(Coding), codings)
            op.session.execute(insert(Annotation), notes)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder / "source.lectio")
        from app.core.project import open_project

        with open_project(folder / "source.lectio", backup=False) as project:
            export_qdpx(project, folder / "bench.qdpx")
        times = []
        for i in range(3):
            with create_project(folder / f"target{i}.lectio", reviewer="Ana") as target:
                t0 = time.perf_counter()
                result = import_qdpx(target, folder / "bench.qdpx").value
                times.append(time.perf_counter() - t0)
        print(f"import of {result.counts['codings']} codings on {result.counts['documents']} sources "
              f"({result.counts['meaning units']} units, {result.counts['notes']} notes): "
              f"best {min(times):.2f} s, worst {max(times):.2f} s (goal ≤ 3 s)")


if __name__ == "__main__":
    main()
