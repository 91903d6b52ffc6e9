"""Quality and speed of the PDF importer on the journal articles of the shared corpus.

Run from the project root:  python benchmarks/pdf_quality.py [--no-plumber] [--no-memory] [--repeat N]

Reference: poppler's ``pdftotext`` (default, non-layout mode, which follows columns); it must be on
PATH (apt-get install poppler-utils) -- the app itself never needs it. Figures per article:

* recall: share of the reference's words (a multiset) that the extraction has. Words are lower-cased,
  stripped of punctuation, with ligatures expanded and line-end hyphens (also en/em dashes and
  slashes right after a word) joined on both sides: a word that is hyphenated in one text and not
  in the other counts as the same word.
* recall-h: the same against the reference *without its page furniture*: lines at the top/bottom of
  a pdftotext page that repeat on other pages once digits are ignored, lone page numbers, and lines
  of 4+ words found on half the pages or more (publisher stamps printed sideways). The importer is
  asked to drop running heads, so raw recall punishes it for doing its job.
* sim: difflib SequenceMatcher ratio (autojunk=False) of the word streams -- reading order (long
  streams are compared in proportional chunks of 4000 words); sim-h: the same without running heads.
* sim-x: like sim-h, but only over the pages where pdftotext's own reading order is right: the pages in
  PDFTOTEXT_ERRORS (each checked against the rendered page) are left out, and the errors are printed
  by name. A secondary, fairer view of reading order; sim and sim-h stay the figures the bar is on.
  Footnotes differ by convention: pdftotext leaves them at the foot of their column (or wherever its
  blocks fall), the importer puts them after the page's body text, so a sentence that runs on into
  the next column is not cut by them. Likewise a table or figure standing at the top of the next
  column: the importer finishes the sentence first, pdftotext (and S2ORC) read the float mid-sentence.
* ceil: the most ``sim`` can be without copying pdftotext's errors -- the similarity of a text that is
  pdftotext's own on every page where its order is right and ours on the pages in PDFTOTEXT_ERRORS.
  Where it is below the bar, the bar can only be met by reading those pages in pdftotext's wrong order.
* gt-ord / gt-rec: against the ground-truth texts in corpus/pdf/groundtruth where there is one (CERMINE
  full text, S2ORC body paragraphs, py-pdf's GeoTopo text): gt-ord is the share of ground-truth words
  found in the same order, which does not count extra text (captions, references) that a body-only
  ground truth leaves out; gt-rec is the multiset recall. pdftotext gets the same figures, as a check
  on the reference itself: its own reading order is not always right.

The same figures are printed for pdfplumber's default ``extract_text()``, and both paths are timed
in this one process (one core, pages per second; ours best of --repeat runs, pdfplumber once as it
is slow; the time includes opening the file and reading the metadata). Peak memory of importing the
117-page GeoTopo notes is measured in a child process (ru_maxrss, and tracemalloc's Python-level
peak). Exits 0; the verdict is printed.
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import logging
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.importers import pdf as pdf_importer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
GROUND = CORPUS / "groundtruth"
ARTICLES = [
    "hindawi_rrp2010_tully_heartfailure_focusgroups_2col.pdf",
    "bmc_hsr2014_agyemanduah_2col.pdf",
    "bmc_jtmo2010_datta_review_2col.pdf",
    "clinsci2014_fragment_ace_inhibitors_2col.pdf",
    "peerjcs2017_webb_vespa_1col_sidebar.pdf",
    "acl2020_cohan_specter_2col.pdf",
    "naacl2018_ammar_literature_graph_2col.pdf",
    "hltnaacl2004_peng_mccallum_crf_2col.pdf",
    "federal_register_2020-17221_3col.pdf",
    "latex_twocolumn_lipsum_3p.pdf",
]
LONG_DOC = "geotopo_lecture_notes_de_117p.pdf"
GROUND_TRUTH = {  # body text only (s2orc), or a whole-document reference text
    "hindawi_rrp2010_tully_heartfailure_focusgroups_2col.pdf": "hindawi_rrp2010_tully.cermine-fulltext.txt",
    "acl2020_cohan_specter_2col.pdf": "acl2020_cohan_specter.s2orc.json",
    "naacl2018_ammar_literature_graph_2col.pdf": "naacl2018_ammar_literature_graph.s2orc.json",
    LONG_DOC: "geotopo_lecture_notes_de.pybench-groundtruth.txt",
}
# pdftotext's own reading-order mistakes, page by page, each checked against the rendered page
# (pdftoppm -png -r 60 -f N -l N). The importer must not copy them.
PDFTOTEXT_ERRORS = {
    "naacl2018_ammar_literature_graph_2col.pdf": {
        1: "reads the top of the right column (Figure 1, its caption, '2017). We describe methods...') before "
           "the left column's '1 Introduction'",
        2: "starts with the right column's 'Entities' and 'Entity mentions' paragraphs; reads '2 Structure of "
           "The Literature Graph' after the right column, with '2.2 Edge Types' before '2.1 Node Types'",
        4: "reads Table 2 and the right column before the left column's '4 Entity Extraction and Linking' and "
           "'4.1 Approaches'",
        5: "breaks the left column off at the LSTM equations and reads its end ('where g and h are defined "
           "similarly...', 'Results.') after the right column",
        8: "interleaves the entries of the two columns of references",
    },
    "acl2020_cohan_specter_2col.pdf": {
        4: "reads the left column's 'Paper Topic Classification' paragraph inside the right column, after "
           "'Co-Citations'",
        5: "reads the right column's first paragraph ('on the offline dataset translate...') after the left "
           "column's first paragraph, and its 'Training Data' paragraph after the left column's 'Co-Reads'",
        10: "interleaves the entries of the two columns of references",
        11: "interleaves the entries of the two columns of references",
        12: "mixes the right column's hyper-parameter table into the left column's baseline descriptions",
    },
    "bmc_hsr2014_agyemanduah_2col.pdf": {
        2: "goes from the left column's 'The specific objectives were to assess' to the right column and reads "
           "the rest of the left column (the two objectives, 'Methods', 'Setting') after it",
        3: "goes from 'had reached maximum saturation.' to the right column and reads the left column's "
           "'Document review and observation' after it, apart from its sentence's end ('...structured to "
           "identify referrals')",
        4: "reads the top of the right column ('ward), 2B (male ward)...') between Table 1 and the left "
           "column's text",
    },
    "federal_register_2020-17221_3col.pdf": {
        1: "leaves the foot of column 2 for later: reads its 'Comments Invited' text inside column 3 (before "
           "'Background') and 'Examining the AD Docket' after column 3 ('...takeoff from Soekarno-')",
        14: "reads the top of column 3 ('following the operator's FAA-approved...', '(n) Special Flight "
            "Permits') inside column 2, before '(l) AOA Sensor System Test'",
        15: "jumps from column 1's '...in an airworthy condition.' to column 2 and reads the rest of column 1 "
            "('(q) Related Information', the next rule's heading) after column 2's 'Examining the AD Docket'",
    },
    "hltnaacl2004_peng_mccallum_crf_2col.pdf": {
        2: "puts Figure 1's axis labels and caption (top of the right column) into the left column, amid "
           "equation (1) and before 'where Zx is the normalization constant'",
        3: "reads the top of the right column (the end of item '2. Divide Count') first, before Figure 2 and "
           "the left column",
    },
    "latex_twocolumn_lipsum_3p.pdf": {
        1: "reads the top of the right column between 'Abstract' and the left column's text",
    },
}
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
BAR_RECALL, BAR_SIM_MEDIAN, BAR_SIM_WORST, BAR_SPEED, BAR_MEMORY_MB = 0.97, 0.93, 0.85, 40.0, 300.0
SIM_CHUNK = 4000  # words; SequenceMatcher is quadratic, long texts are compared chunk by chunk


def words(text: str) -> list[str]:
    """Normalised word stream: ligatures expanded, line-end hyphens joined, lower case, no punctuation."""
    text = text.translate(LIGATURES).replace("\u00ad", "")
    text = re.sub(r"(\w)[-\u2010\u2013\u2014/]\s*\n\s*(\w)", r"\1\2", text)  # hyphen, dash, slash
    out = []
    for token in text.lower().split():
        token = "".join(ch for ch in token if ch.isalnum())
        if token:
            out.append(token)
    return out


def recall(reference: list[str], candidate: list[str]) -> float:
    ref = Counter(reference)
    return sum((ref & Counter(candidate)).values()) / max(1, sum(ref.values()))


def similarity(a: list[str], b: list[str]) -> float:
    """SequenceMatcher ratio; for long streams the weighted mean over proportional chunks."""
    if max(len(a), len(b)) <= SIM_CHUNK:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    n = -(-max(len(a), len(b)) // SIM_CHUNK)
    total = matched = 0
    for k in range(n):
        pa = a[k * len(a) // n : (k + 1) * len(a) // n]
        pb = b[k * len(b) // n : (k + 1) * len(b) // n]
        matcher = difflib.SequenceMatcher(None, pa, pb, autojunk=False)
        matched += sum(block.size for block in matcher.get_matching_blocks())
        total += len(pa) + len(pb)
    return 2 * matched / max(1, total)


def pdftotext_pages(path: Path, workdir: Path) -> list[str]:
    out = workdir / (path.stem + ".txt")
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), str(out)], check=True, capture_output=True)
    return out.read_text(encoding="utf-8").split("\f")


def strip_running_heads(pages: list[str], edge_lines: int = 3) -> str:
    """The reference without page furniture: lines near a page's top/bottom that repeat on another page
    (digits ignored), lone page numbers, and lines of four or more words that repeat on half the pages
    or more wherever they are (publisher stamps printed sideways in the margin)."""
    return "\n".join(strip_running_heads_by_page(pages, edge_lines))


def strip_running_heads_by_page(pages: list[str], edge_lines: int = 3) -> list[str]:
    """``strip_running_heads``, page by page."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.lower().split()))

    lines = [[ln for ln in page.splitlines() if ln.strip()] for page in pages]
    edges = [set(range(min(edge_lines, len(ls)))) | set(range(max(0, len(ls) - edge_lines), len(ls)))
             for ls in lines]
    at_edges = Counter(k for ls, ed in zip(lines, edges, strict=True) for k in {key(ls[i]) for i in ed})
    anywhere = Counter(k for ls in lines for k in {key(line) for line in ls})
    often = max(2, len([ls for ls in lines if ls]) // 2)
    kept_pages = []
    for ls, ed in zip(lines, edges, strict=True):
        kept = []
        for i, line in enumerate(ls):
            k = key(line)
            page_number = re.fullmatch(r"\W*(page\s*)?\d{1,4}(\s*of\s*\d+)?\W*", line.strip(), re.I)
            stamp = anywhere[k] >= often and len(k.split()) >= 4
            if (i in ed and (at_edges[k] >= 2 or page_number)) or stamp:
                continue
            kept.append(line)
        kept_pages.append("\n".join(kept))
    return kept_pages


def similarity_sound_pages(name: str, ref_pages: list[str], got_pages: list[str]) -> float | None:
    """sim-x: the similarity over the pages where pdftotext's reading order is right (furniture stripped)."""
    wrong = PDFTOTEXT_ERRORS.get(name, {})
    if len(ref_pages) != len(got_pages):
        return None
    matched = total = 0
    for k, (ref_page, got_page) in enumerate(zip(ref_pages, got_pages, strict=True)):
        if k + 1 in wrong:
            continue
        ref, got = words(ref_page), words(got_page)
        matcher = difflib.SequenceMatcher(None, ref, got, autojunk=False)
        matched += sum(block.size for block in matcher.get_matching_blocks())
        total += len(ref) + len(got)
    return 2 * matched / max(1, total)


def ground_truth(name: str) -> str | None:
    """Reference text for an article, where the corpus has a straightforward one."""
    file = GROUND_TRUTH.get(name)
    if file is None:
        return None
    text = (GROUND / file).read_text(encoding="utf-8")
    if file.endswith(".json"):
        data = json.loads(text)
        body = data.get("pdf_parse", data).get("body_text", [])
        return "\n".join(p.get("text", "") for p in body)
    return text


def timed(fn: Callable[[], str]) -> tuple[str, float]:
    start = time.perf_counter()
    text = fn()
    return text, time.perf_counter() - start


def ours(data: bytes) -> str:
    return pdf_importer.extract(data).text


def plumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n\n".join((page.extract_text() or "") for page in pdf.pages)


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(data))


MEMORY_PROBE = """
import resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
from app.importers import pdf
data = open({path!r}, 'rb').read()
tracemalloc.start()
t = time.perf_counter()
result = pdf.extract(data)
elapsed = time.perf_counter() - t
peak = tracemalloc.get_traced_memory()[1]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, peak / 2**20, result.pages, elapsed)
"""


def memory_probe(path: Path) -> tuple[float, float, int, float]:
    code = MEMORY_PROBE.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    rss, traced, pages, elapsed = out.split()
    return float(rss), float(traced), int(pages), float(elapsed)


def in_order(truth: list[str], got: list[str]) -> float:
    """Share of the ground truth's words found in the same order (matching blocks of SequenceMatcher):
    a reading-order figure that, unlike the ratio, does not count extra text (captions, references)."""
    if max(len(truth), len(got)) > 3 * SIM_CHUNK:
        return similarity(truth, got)  # too long for one quadratic pass: fall back to the chunked ratio
    matcher = difflib.SequenceMatcher(None, truth, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(truth))


def figures(got: list[str], ref: list[str], ref_h: list[str], truth: list[str] | None) -> dict:
    return {
        "recall": recall(ref, got),
        "recall_h": recall(ref_h, got),
        "sim": similarity(ref, got),
        "sim_h": similarity(ref_h, got),
        "gt_order": in_order(truth, got) if truth else None,
        "gt_recall": recall(truth, got) if truth else None,
    }


def evaluate(name: str, workdir: Path, with_plumber: bool, repeat: int) -> dict:
    path = CORPUS / name
    data = path.read_bytes()
    ref_pages = pdftotext_pages(path, workdir)
    ref, ref_h = words("\n".join(ref_pages)), words(strip_running_heads(ref_pages))
    truth_text = ground_truth(name)
    truth = words(truth_text) if truth_text else None
    row = {"name": name, "pages": page_count(data), "ref_words": len(ref)}
    row["pdftotext"] = figures(ref, ref, ref_h, truth) | {"seconds": None}
    runs = [("ours", ours, repeat)] + ([("plumber", plumber, 1)] if with_plumber else [])
    for label, fn, times in runs:
        timings = [timed(lambda fn=fn: fn(data)) for _ in range(times)]
        text, seconds = timings[0][0], min(t for _, t in timings)
        row[label] = figures(words(text), ref, ref_h, truth) | {"seconds": seconds}
    result = pdf_importer.extract(data)  # once more, untimed, for its pages
    ends = result.page_starts[1:] + [len(result.text)]
    got_pages = [result.text[start:end] for start, end in zip(result.page_starts, ends, strict=True)]
    if len(ref_pages) == len(got_pages) + 1 and not ref_pages[-1].strip():
        ref_pages = ref_pages[:-1]  # the form feed that ends pdftotext's last page
    row["ours"]["sim_x"] = similarity_sound_pages(name, strip_running_heads_by_page(ref_pages), got_pages)
    row["ours"]["ceiling"] = no_copy_ceiling(name, ref, ref_pages, got_pages)
    return row


def no_copy_ceiling(name: str, ref: list[str], ref_pages: list[str], got_pages: list[str]) -> float | None:
    """ceil: the best sim an importer can reach without copying pdftotext's own reading-order errors --
    pdftotext's words, exactly, on every page where its order is right, and ours on the pages listed in
    PDFTOTEXT_ERRORS (read in the right order, as the page image shows)."""
    wrong = PDFTOTEXT_ERRORS.get(name, {})
    if len(ref_pages) != len(got_pages):
        return None
    best = [got if k + 1 in wrong else page for k, (page, got) in enumerate(zip(ref_pages, got_pages, strict=True))]
    return similarity(ref, words("\n".join(best)))


def fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_table(rows: list[dict], label: str, title: str) -> None:
    print(f"\n== {title} ==")
    print(f"{'article':44} {'pages':>5} {'words':>6} {'recall':>6} {'rec-h':>6} {'sim':>6} {'sim-h':>6} "
          f"{'sim-x':>6} {'ceil':>6} {'gt-ord':>6} {'gt-rec':>6} {'p/s':>6}")
    for row in rows:
        r = row[label]
        speed = "" if r["seconds"] is None else f"{row['pages'] / r['seconds']:6.1f}"
        print(f"{row['name'][:44]:44} {row['pages']:5d} {row['ref_words']:6d} {fmt(r['recall']):>6} "
              f"{fmt(r['recall_h']):>6} {fmt(r['sim']):>6} {fmt(r['sim_h']):>6} {fmt(r.get('sim_x')):>6} "
              f"{fmt(r.get('ceiling')):>6} "
              f"{fmt(r['gt_order']):>6} {fmt(r['gt_recall']):>6} {speed:>6}")
    if label == "pdftotext":
        return
    sims = [row[label]["sim"] for row in rows]
    sims_h = [row[label]["sim_h"] for row in rows]
    pages = sum(row["pages"] for row in rows)
    seconds = sum(row[label]["seconds"] for row in rows)
    print(f"{'':44} recall worst {min(r[label]['recall'] for r in rows):.3f}, "
          f"rec-h worst {min(r[label]['recall_h'] for r in rows):.3f}; "
          f"sim median {statistics.median(sims):.3f}, worst {min(sims):.3f}; "
          f"sim-h median {statistics.median(sims_h):.3f}, worst {min(sims_h):.3f}; "
          f"{pages} pages in {seconds:.2f} s = {pages / seconds:.1f} pages/s")
    sims_x = [row[label]["sim_x"] for row in rows if row[label].get("sim_x") is not None]
    if sims_x:
        print(f"{'':44} sim-x (pages where pdftotext reads right) median {statistics.median(sims_x):.3f}, "
              f"worst {min(sims_x):.3f}")


def print_pdftotext_errors() -> None:
    print("\n== pdftotext's own reading-order errors (checked on the page images; left out of sim-x only) ==")
    for name, pages in PDFTOTEXT_ERRORS.items():
        for page, what in pages.items():
            print(f"{name[:44]:44} p.{page:<3} {what}")


def verdict(rows: list[dict], memory: tuple[float, float, int, float] | None) -> None:
    sims = [row["ours"]["sim"] for row in rows]
    sims_h = [row["ours"]["sim_h"] for row in rows]
    speed = sum(row["pages"] for row in rows) / sum(row["ours"]["seconds"] for row in rows)
    checks = [
        (f"recall >= {BAR_RECALL} on every article (raw pdftotext reference)",
         min(r["ours"]["recall"] for r in rows) >= BAR_RECALL),
        (f"recall >= {BAR_RECALL} on every article (reference without running heads)",
         min(r["ours"]["recall_h"] for r in rows) >= BAR_RECALL),
        (f"reading-order similarity median >= {BAR_SIM_MEDIAN} (raw / without running heads)",
         statistics.median(sims) >= BAR_SIM_MEDIAN, statistics.median(sims_h) >= BAR_SIM_MEDIAN),
        (f"reading-order similarity worst >= {BAR_SIM_WORST} (raw / without running heads)",
         min(sims) >= BAR_SIM_WORST, min(sims_h) >= BAR_SIM_WORST),
        (f"speed >= {BAR_SPEED:.0f} pages/s", speed >= BAR_SPEED),
    ]
    if memory:
        checks.append((f"GeoTopo peak RSS <= {BAR_MEMORY_MB:.0f} MB", memory[0] <= BAR_MEMORY_MB))
    print("\n== verdict ==")
    for text, *results in checks:
        print(f"{' / '.join('PASS' if ok else 'FAIL' for ok in results):11}  {text}")
    ceilings = [row["ours"]["ceiling"] for row in rows if row["ours"].get("ceiling") is not None]
    if ceilings:
        print(f"{'info':11}  ceil, the most sim can be without copying pdftotext's errors: median "
              f"{statistics.median(ceilings):.3f}, worst {min(ceilings):.3f} (the worst-article bar is "
              f"{'within' if min(ceilings) >= BAR_SIM_WORST else 'out of'} reach)")
    sims_x = [row["ours"]["sim_x"] for row in rows if row["ours"].get("sim_x") is not None]
    if sims_x:
        print(f"{'info':11}  sim-x, on the pages where pdftotext's own order is right (furniture stripped): "
              f"median {statistics.median(sims_x):.3f}, worst {min(sims_x):.3f} (not the bar; see the errors above)")


def long_document(workdir: Path) -> None:
    """GeoTopo (117 pages): quality against pdftotext and the py-pdf benchmark's ground truth."""
    path = CORPUS / LONG_DOC
    ref_pages = pdftotext_pages(path, workdir)
    ref, ref_h = words("\n".join(ref_pages)), words(strip_running_heads(ref_pages))
    truth = words(ground_truth(LONG_DOC) or "")
    text, seconds = timed(lambda: ours(path.read_bytes()))
    got = figures(words(text), ref, ref_h, truth)
    print(f"\n== {LONG_DOC} ==\nrecall {got['recall']:.3f}, rec-h {got['recall_h']:.3f}, "
          f"sim {got['sim']:.3f}, gt-ord {got['gt_order']:.3f}, gt-rec {got['gt_recall']:.3f}; "
          f"{page_count(path.read_bytes()) / seconds:.1f} pages/s")


def main() -> int:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfplumber's colour-space chatter
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-plumber", action="store_true", help="skip the (slow) pdfplumber comparison")
    parser.add_argument("--no-memory", action="store_true", help="skip the GeoTopo memory probe")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs of our extractor (best counts)")
    args = parser.parse_args()
    if not shutil.which("pdftotext"):
        print("pdftotext not found: apt-get install poppler-utils")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        rows = [evaluate(name, Path(tmp), not args.no_plumber, max(1, args.repeat)) for name in ARTICLES]
        long_document(Path(tmp))
    print_table(rows, "ours", f"Lectio importer (pypdfium2 + own layout), best of {max(1, args.repeat)} runs")
    if not args.no_plumber:
        print_table(rows, "plumber", "pdfplumber default extract_text(), one run")
    print_table(rows, "pdftotext", "pdftotext itself (the reference; gt-ord shows its own reading order)")
    print_pdftotext_errors()
    memory = None
    if not args.no_memory:
        memory = memory_probe(CORPUS / LONG_DOC)
        rss, traced, pages, elapsed = memory
        print(f"\n== memory, {LONG_DOC} ==\npeak RSS {rss:.0f} MB (whole child process, interpreter and "
              f"libraries included), Python peak (tracemalloc) {traced:.1f} MB, {pages} pages in "
              f"{elapsed:.2f} s (slowed by tracemalloc)")
    verdict(rows, memory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
