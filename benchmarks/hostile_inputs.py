"""Peak memory and time of importing hostile inputs at full size, each in a fresh child process.

Run from the project root:  python benchmarks/hostile_inputs.py [--keep DIR]

The inputs are the kinds that once took gigabytes (issue 14): an ODT zip bomb, a DOCX whose XML parts
together unpack past the budget, a DOCX with ten 250 MB media parts, XML nested 100,000 deep, a
"billion laughs" DOCX, a PDF Flate bomb of 1 GB, a PDF claiming 10,000 pages with one real page and a
200 MB text file. Each is imported through ``lectio import`` into a new study (the whole path: reading,
extraction, storing), and the child's peak resident memory (VmHWM) and wall time are printed with the
one-line message. The bar: every input under 1 GB and 2 minutes, the study left without documents.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.importers import pdfmaker  # noqa: E402
from tests.importers.test_hostile import (  # noqa: E402
    ODT_CONTENT_HEAD,
    ODT_CONTENT_TAIL,
    docx_package,
    odt_package,
)

MB = 1 << 20

CHILD = """
import json, sys, time
t = time.perf_counter()
from app.cli import main
try:
    code = main(["import", sys.argv[1], sys.argv[2]])
except SystemExit as exc:
    code = exc.code
peak = 0
for row in open("/proc/self/status"):
    if row.startswith("VmHWM:"):
        peak = int(row.split()[1]) // 1024
print(json.dumps({"code": code, "peak_mb": peak, "seconds": round(time.perf_counter() - t, 2)}))
"""


def media_docx() -> bytes:
    buffer = io.BytesIO(docx_package(b"<w:p><w:r><w:t>The interview begins.</w:t></w:r></w:p>"))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        for k in range(10):
            info = zipfile.ZipInfo(f"word/media/image{k}.png")
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as part:
                block = b"\0" * MB
                for _ in range(250):
                    part.write(block)
    return buffer.getvalue()


def laughs_docx() -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    entities = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10 if k else "ha"}">' for k in range(10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{w}"><w:body>'
           "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
    data = docx_package(b"")
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            body = xml.encode() if info.filename == "word/document.xml" else source.read(info)
            out.writestr(info.filename, body)
    return buffer.getvalue()


def inputs() -> dict[str, bytes]:
    depth = 100_000
    nested_docx = b"<w:sdt><w:sdtContent>" * depth + b"</w:sdtContent></w:sdt>" * depth
    nested_odt = ODT_CONTENT_HEAD + b"<text:section>" * depth + b"</text:section>" * depth + ODT_CONTENT_TAIL
    quarter = 300 * MB
    return {
        "odt_zip_bomb_1200MB.odt": odt_package(padded=1200 * MB),
        "docx_xml_parts_4x300MB.docx": docx_package(
            b"<w:p><w:r><w:t>Hello</w:t></w:r></w:p>",
            padded={"word/footnotes.xml": quarter, "word/endnotes.xml": quarter,
                    "word/numbering.xml": quarter, "word/comments.xml": quarter},
        ),
        "docx_ten_250MB_media.docx": media_docx(),
        "docx_nested_100000.docx": docx_package(nested_docx),
        "odt_nested_100000.odt": odt_package(nested_odt),
        "docx_billion_laughs.docx": laughs_docx(),
        "pdf_flate_bomb_1GB.pdf": pdfmaker.flate_bomb(1024 * MB),
        "pdf_claims_10000_pages.pdf": pdfmaker.text_pdf([["Only one real page here."]], count=10_000),
        "pdf_page_tree_loop.pdf": pdfmaker.page_tree_loop(),
        "text_200MB.txt": b"a line of an interview transcript\n" * (200 * MB // 34),
        # Just inside the budgets: what a real document at the limits costs, stored and indexed.
        "at_limit_text_31MB.txt": b"a line of an interview transcript\n" * (31 * MB // 34),
        "at_limit_docx_1.9M_elements.docx": docx_package(b"<w:p><w:r><w:t>A sentence.</w:t></w:r></w:p>" * 630_000),
        "at_limit_odt_0.95M_nodes.odt": odt_package(
            ODT_CONTENT_HEAD + b"<text:p>A sentence.</text:p>" * 470_000 + ODT_CONTENT_TAIL),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the inputs into this folder and keep them")
    parser.add_argument("--only", default="", help="run only the inputs whose name contains this")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="lectio-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'input':34} {'file':>9} {'peak':>8} {'time':>7}  exit  message")
    worst_peak, worst_time = 0, 0.0
    for name, data in inputs().items():
        if args.only and args.only not in name:
            continue
        path = folder / name
        path.write_bytes(data)
        study = folder / f"{path.stem}.lectio"
        study.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "app", "new", str(study)], cwd=ROOT, check=True,
                       capture_output=True)
        start = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", CHILD, str(study), str(path)], cwd=ROOT, capture_output=True,
                             text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=600)
        wall = time.perf_counter() - start
        import json

        figures = json.loads(run.stdout.strip().splitlines()[-1])
        message = (run.stderr.strip().splitlines() or [""])[-1][:110]
        size = f"{len(data) / MB:.1f} MB" if len(data) >= MB else f"{len(data) // 1024} KB"
        print(f"{name:34} {size:>9} {figures['peak_mb']:>5} MB {wall:>6.1f}s  {figures['code']!s:>4}  {message}")
        worst_peak, worst_time = max(worst_peak, figures["peak_mb"]), max(worst_time, wall)
        if not args.keep:
            path.unlink()
    verdict = "PASS" if worst_peak < 1024 and worst_time < 120 else "FAIL"
    print(f"\nworst peak {worst_peak} MB, worst time {worst_time:.1f} s (bar: 1024 MB, 120 s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
