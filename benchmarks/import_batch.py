"""Import figures: a batch of journal articles one by one vs on both cores (goal ≥ 1.6× faster), and the
peak memory of importing the 117-page GeoTopo lecture notes (goal ≤ 300 MB).

Run:  python benchmarks/import_batch.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "pdf"
ARTICLES = ["acl2020_cohan_specter_2col.pdf", "bmc_hsr2014_agyemanduah_2col.pdf",
            "clinsci2014_fragment_ace_inhibitors_2col.pdf", "peerjcs2017_webb_vespa_1col_sidebar.pdf",
            "naacl2018_ammar_literature_graph_2col.pdf", "federal_register_2020-17221_3col.pdf"]

MEMORY_CHILD = """
import resource, sys
from pathlib import Path
from app.core.importing import import_files
from app.core.project import create_project
project = create_project(Path(sys.argv[1]))
results = import_files(project, [Path(sys.argv[2])], workers=1)
assert results[0].ok, results[0].error
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def timed_import(files: list[Path], workers: int) -> float:
    sys.path.insert(0, str(REPO))
    from app.core.importing import import_files
    from app.core.project import create_project

    with tempfile.TemporaryDirectory() as tmp:
        project = create_project(Path(tmp) / "bench.lectio")
        start = time.perf_counter()
        results = import_files(project, files, workers=workers)
        elapsed = time.perf_counter() - start
        project.close()
    assert all(r.ok for r in results), [r.line() for r in results if not r.ok]
    return elapsed


def main() -> int:
    files = [CORPUS / name for name in ARTICLES]
    pages = 0
    import pypdfium2 as pdfium

    for f in files:
        pages += len(pdfium.PdfDocument(str(f)))
    serial = min(timed_import(files, 1) for _ in range(2))
    parallel = min(timed_import(files, 2) for _ in range(2))
    print(f"batch of {len(files)} articles ({pages} pages)")
    print(f"  one by one          : {serial:6.2f} s  ({pages / serial:5.0f} pages/s, stored in the project)")
    print(f"  two worker processes: {parallel:6.2f} s  ({pages / parallel:5.0f} pages/s)")
    print(f"  speed-up            : {serial / parallel:6.2f}×  (goal ≥ 1.6×)")
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(Path(tmp) / "m.lectio"),
                              str(CORPUS / "geotopo_lecture_notes_de_117p.pdf")], cwd=REPO, capture_output=True,
                             text=True, check=True)
    peak = int(out.stdout.strip().splitlines()[-1])
    megabytes = peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux
    print(f"peak memory importing the 117-page GeoTopo notes: {megabytes:.0f} MB (whole process, goal ≤ 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
