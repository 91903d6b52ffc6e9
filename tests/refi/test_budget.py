"""Issue 14: no .qdpx can exhaust the laptop — a total unpacked budget, per-member size and ratio checks,
XML element and depth limits — each refused in one line naming the file and the limit, the study unchanged."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.core.project import create_project
from app.refi import RefiError, import_qdpx
from app.refi.archive import MAX_TOTAL
from app.refi.xml_safe import parse_xml
from tests.refi.builders import Sel, Src, code, gid, project
from tests.refi.helpers import make_zip, state

ROOT = Path(__file__).resolve().parents[2]
QDE = "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>"


def test_the_budget_fits_a_laptop():
    assert MAX_TOTAL <= 512 * 1024**2


def _bomb(path: Path, megabytes: int, name: str = "sources/big.txt") -> Path:
    zeros = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", QDE)
        with zf.open(name, "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(zeros)
    return path


@pytest.mark.slow
def test_a_bomb_above_the_budget_is_refused_at_once_in_little_memory(tmp_path):
    bomb = _bomb(tmp_path / "bomb.qdpx", 600)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    code = ("import resource, sys; from pathlib import Path\n"
            "from app.core.project import create_project\nfrom app.refi import RefiError, import_qdpx\n"
            f"p = create_project(Path({str(tmp_path / 'p.lectio')!r}), reviewer='Me')\n"
            f"try:\n    import_qdpx(p, Path({str(bomb)!r}))\nexcept RefiError as e:\n    print(e)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    message, maxrss_kb = run.stdout.strip().splitlines()
    assert message.startswith("bomb.qdpx: member 'sources/big.txt' ")
    assert "refused" in message and "Traceback" not in run.stderr
    assert int(maxrss_kb) < 1024 * 1024  # under 1 GB (ru_maxrss is in kB on Linux)


def test_a_text_beyond_its_own_limit_is_refused_naming_the_limit(tmp_path, monkeypatch):
    import app.refi.read_project as rp

    monkeypatch.setattr(rp, "MAX_TEXT", 1000)
    path = project(tmp_path / "big.qdpx", [Src("Long", ("word " * 500).encode(), [Sel(0, 4, [gid(1)])])],
                   [code(gid(1), "A")])
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        before = state(p)
        with pytest.raises(RefiError, match=r"^big\.qdpx: member '.*\.txt' would unpack to .* more than the 1 kB "
                                            r"allowed for it; refused$"):
            import_qdpx(p, path)
        assert state(p) == before


def test_the_total_budget_counts_every_member_read(tmp_path):
    sources = [Src(f"Doc {i}", (f"text {i} " * 400).encode(), [Sel(0, 4, [gid(1)])]) for i in range(5)]
    path = project(tmp_path / "many.qdpx", sources, [code(gid(1), "A")])
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        before = state(p)
        with pytest.raises(RefiError, match=r"^many\.qdpx: .*more than the 6 kB allowed.*refused$"):
            import_qdpx(p, path, max_total=6000)
        assert state(p) == before


def test_xml_nested_too_deeply_is_refused_in_words(tmp_path):
    deep = "".join(f'<Code guid="{gid(i)}" name="c{i}" isCodable="true">' for i in range(1, 300))
    deep += "</Code>" * 299
    qde = f"<Project xmlns='urn:QDA-XML:project:1.0' name='x'><CodeBook><Codes>{deep}</Codes></CodeBook></Project>"
    path = make_zip(tmp_path / "deep.qdpx", {"project.qde": qde})
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        before = state(p)
        with pytest.raises(RefiError) as info:
            import_qdpx(p, path)
        assert state(p) == before
    message = str(info.value)
    assert message == "deep.qdpx › project.qde: is nested too deeply (more than 100 levels); refused"


def test_too_many_xml_elements_are_refused_before_a_tree_is_built():
    data = ("<Project xmlns='urn:QDA-XML:project:1.0' name='x'>" + "<Users/>" * 2000 + "</Project>").encode()
    with pytest.raises(RefiError, match=r"^big\.qde: holds more than 1,000 XML elements.*refused$"):
        parse_xml(data, "big.qde", max_nodes=1000)
    assert parse_xml(data, "big.qde") is not None


def test_libxml_limits_never_show_their_option_names():
    data = b"<a>" + b"<b>" * 300 + b"</b>" * 300 + b"</a>"
    with pytest.raises(RefiError) as info:
        parse_xml(data, "x.qde", max_depth=1000)
    assert "HUGE" not in str(info.value) and "nested too deeply" in str(info.value)

