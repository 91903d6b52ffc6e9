"""Codebook export speed against bare python-docx writing the same content, in the same run.

Builds (untimed) a project of 500 codes in 50 categories and 5 themes, with 2,000 coded meaning units in
20 multi-page documents, then times:
  - export_codebook with 4 quotes per code (so all 2,000 units are quoted), end to end: reading the project,
    writing, saving;
  - a baseline that writes the same headings, paragraphs, quotes and themes table with plain python-docx
    (add_heading / add_paragraph / add_run / add_table + row.cells) and saves it — the cost python-docx
    alone needs for this content;
  - the analysis table as .docx and .csv.
Goal: codebook ≤ 1.3 × baseline. Prints the figures; exits 0.

    /tmp/venv/bin/python benchmarks/export_codebook.py [--codes 500] [--units 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.core import documents  # noqa: E402
from app.core.models import Category, Code, Coding, MeaningUnit, Theme, new_id, now  # noqa: E402
from app.core.ops import operation  # noqa: E402
from app.core.project import Project, create_project  # noqa: E402
from app.exporters import ExportOptions, export_analysis_table, export_codebook  # noqa: E402
from app.exporters.export_data import ExportData, gather  # noqa: E402
from app.importers.base import ImportedText  # noqa: E402

WORDS = ("care", "home", "nurse", "daughter", "tablets", "visit", "trust", "knowledge", "asked", "listened",
         "night", "shift", "routine", "family", "partner", "decision", "medication", "worry", "respite",
         "relief", "guilt", "plan", "talk", "phone", "message", "record", "folder")


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def build(path: Path, n_codes: int, n_units: int, n_docs: int = 20) -> Project:
    rng = random.Random(7)
    project = create_project(path, title="Benchmark study", reviewer="Ana Ruiz",
                             research_question="How fast is the codebook export?")
    per_doc = n_units // n_docs
    docs = []
    for d in range(n_docs):
        paras = [sentence(rng, rng.randint(12, 40)) for _ in range(per_doc)]
        text = "\n\n".join(paras)
        page_starts = sorted({0, *range(0, len(text), 3000)})
        info = documents.add_document(project, ImportedText(text, "pdf", page_starts=page_starts),
                                      name=f"Interview {d + 1}", original=text.encode()).value
        offsets, pos = [], 0
        for p in paras:
            offsets.append((pos, pos + len(p), p))
            pos += len(p) + 2
        docs.append((info.id, offsets))
    themes = [{"id": new_id(), "name": f"Theme {t + 1}: {sentence(rng, 4)[:-1]}", "description": sentence(rng, 25),
               "position": t} for t in range(5)]
    cats = [{"id": new_id(), "name": f"Category {c + 1}: {sentence(rng, 3)[:-1]}", "description": sentence(rng, 20),
             "theme_id": themes[c % 5]["id"], "position": c} for c in range(n_codes // 10)]
    codes = [{"id": new_id(), "name": f"Code {k + 1}: {sentence(rng, 3)[:-1]}", "definition": sentence(rng, 25),
              "inclusion": sentence(rng, 15), "exclusion": sentence(rng, 15), "colour": "#888888",
              "category_id": cats[k % len(cats)]["id"], "position": k} for k in range(n_codes)]
    rid = project.reviewer_id
    units, codings = [], []
    k = 0
    for doc_id, offsets in docs:
        for start, end, text in offsets:
            uid = new_id()
            units.append({"id": uid, "document_id": doc_id, "reviewer_id": rid, "start": start, "end": end,
                          "text": text, "condensed": sentence(rng, 8), "created_at": now()})
            codings.append({"id": new_id(), "unit_id": uid, "code_id": codes[k % n_codes]["id"], "reviewer_id": rid,
                            "created_at": now()})
            k += 1
    with operation(project, "benchmark", "Benchmark data") as op:
        op.session.execute(insert(Theme), themes)
        op.session.execute(insert(Category), cats)
        op.session.execute(insert(Code), codes)
        op.session.execute(insert(MeaningUnit), units)
        op.session.execute(insert(Coding), codings)
    return project


def baseline(data: ExportData, out: Path) -> None:
    """The same content written with python-docx's ordinary API, nothing else."""
    d = docx.Document()
    d.add_heading(data.title, 0)
    d.add_paragraph("Codebook", style="Subtitle")
    for label, text in (("Research question:", data.research_question), ("Date:", data.date),
                        ("Reviewers:", ", ".join(data.reviewers)), ("Meaning units:", data.layer)):
        p = d.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)
    d.add_heading("Methods summary", 1)
    d.add_paragraph(f"The analysis covers {data.documents} documents … {data.units} meaning units, {data.codes} codes.")
    d.add_heading("Themes", 1)
    d.add_paragraph("Table 1. Themes and the categories they hold.", style="Caption")
    table = d.add_table(rows=1, cols=5)
    table.style = "Light Shading"
    for cell, h in zip(table.rows[0].cells, ("Theme", "Categories", "Codes", "Meaning units", "Documents"),
                       strict=True):
        cell.text = h
    for t in data.themes:
        cells = table.add_row().cells
        cells[0].text = t.name
        cells[1].text = "\n".join(c.name for c in t.categories)
        cells[2].text, cells[3].text, cells[4].text = str(t.codes), str(t.units), str(t.documents)
    for t in data.themes:
        d.add_heading(t.name, 1)
        d.add_paragraph(t.description)
        for cat in t.categories:
            d.add_heading(cat.name, 2)
            d.add_paragraph(cat.description)
            for c in cat.codes:
                d.add_heading(c.name, 3)
                for label, text in (("Definition:", c.definition), ("Include:", c.inclusion),
                                    ("Exclude:", c.exclusion),
                                    ("Meaning units:", f"{c.units} in {c.documents} documents")):
                    p = d.add_paragraph()
                    p.add_run(label + " ").bold = True
                    p.add_run(text)
                for q in c.quotes:
                    d.add_paragraph(f"“{q.text}” {q.citation()}", style="Quote")
    d.save(str(out))


def best_of(n: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) if n < 3 else statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codes", type=int, default=500)
    ap.add_argument("--units", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        project = build(tmp / "bench.lectio", args.codes, args.units)
        print(f"built: {args.codes} codes, {args.units} units in {time.perf_counter() - t0:.1f} s (not timed)")
        options = ExportOptions(quotes_per_code=max(1, -(-args.units // args.codes)))
        data = gather(project, options, rows=False)
        quoted = sum(len(c.quotes) for cat in data.all_categories() for c in cat.codes)
        print(f"codebook content: {data.codes} codes, {quoted} quotes")
        t_base = best_of(args.repeat, lambda: baseline(data, tmp / "baseline.docx"))
        t_ours = best_of(args.repeat, lambda: export_codebook(project, tmp / "codebook.docx", options))
        t_docx = best_of(args.repeat, lambda: export_analysis_table(project, tmp / "table.docx", options))
        t_csv = best_of(args.repeat, lambda: export_analysis_table(project, tmp / "table.csv", options))
        project.close()
        size = (tmp / "codebook.docx").stat().st_size / 1024
        print(f"python-docx baseline (same content): {t_base:.3f} s")
        print(f"export_codebook:                     {t_ours:.3f} s  ({size:.0f} KiB)")
        print(f"ratio export / baseline:             {t_ours / t_base:.2f}  (goal ≤ 1.30)")
        print(f"analysis table .docx ({args.units} rows):    {t_docx:.3f} s")
        print(f"analysis table .csv  ({args.units} rows):    {t_csv:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
