"""Peak memory and time of a REFI-QDA import at the edge of its budget: one .qdpx whose project.qde holds
nearly the 300,000 XML elements allowed (selections with one coding each on a 2 MB text), and a zip bomb.

    python benchmarks/refi_budget.py [SELECTIONS]
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.project import create_project  # noqa: E402
from app.refi import RefiError, import_qdpx  # noqa: E402


def build(path: Path, n: int) -> None:
    rng = random.Random(1)
    vocab = ["the", "nurse", "never", "listened", "to", "her", "about", "night", "shift", "😀", "and", "doctor",
             "asked", "sleep", "Zoë", "café"]
    text = "".join(rng.choice(vocab) + rng.choice([" ", " ", " ", "\r\n"]) for _ in range(300_000))
    user, code, src = (str(uuid.uuid4()) for _ in range(3))
    parts = [f'<Project xmlns="urn:QDA-XML:project:1.0" name="big" origin="bench"><Users><User guid="{user}" '
             f'name="A"/></Users><CodeBook><Codes><Code guid="{code}" name="C" isCodable="true"/></Codes></CodeBook>'
             f'<Sources><TextSource guid="{src}" name="Big" plainTextPath="internal://{src}.txt">']
    step = max(1, (len(text) - 50) // n)
    for i in range(n):
        a = i * step
        parts.append(f'<PlainTextSelection guid="{uuid.uuid4()}" startPosition="{a}" endPosition="{a + 40}" '
                     f'creatingUser="{user}"><Coding guid="{uuid.uuid4()}" creatingUser="{user}">'
                     f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')
    parts.append("</TextSource></Sources></Project>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", "".join(parts))
        zf.writestr(f"sources/{src}.txt", text)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 99_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.qdpx"
        build(path, n)
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB packed, {n} selections")
        start = time.perf_counter()
        with create_project(Path(tmp) / "p.lectio", reviewer="Me") as project:
            try:
                result = import_qdpx(project, path).value
                print(result.line())
            except RefiError as exc:
                print(exc)
        print(f"import: {time.perf_counter() - start:.1f} s, peak memory "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
