"""Read REFI-QDA codes: a .qdc file, or the CodeBook inside a project.

Lenient about what real tools write: ATLAS.ti's older namespace (``urn:QDA-XML:codebook:0:4``), braced
and upper-case GUIDs, descriptions as attributes, a missing ``isCodable``, Taguette's empty ``<Sets/>``.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from app.refi.errors import RefiError
from app.refi.model import RCode
from app.refi.xml_safe import attr, kid, kids, local, norm_guid, parse_xml, text_or_attr

MAX_QDC = 64 * 1024 * 1024  # as project.qde (app/refi/archive.py)


def _bool(value: str, default: bool = True) -> bool:
    v = value.strip().lower()
    if v in {"true", "1", "yes"}:
        return True
    if v in {"false", "0", "no"}:
        return False
    return default


def parse_codes(codes_el: etree._Element | None, warnings: list[str], seen: set[str] | None = None) -> list[RCode]:
    """The Code elements under ``codes_el`` as a tree; GUIDs normalised, problems noted in ``warnings``."""
    seen = set() if seen is None else seen
    out: list[RCode] = []
    if codes_el is None:
        return out
    for el in kids(codes_el, "Code"):
        guid = norm_guid(attr(el, "guid"))
        name = attr(el, "name").strip()
        if not name:
            name = "(unnamed code)"
            warnings.append(f"a code without a name was imported as {name!r}")
        if not guid or guid in seen:
            warnings.append(f"code {name!r} has a missing or repeated GUID; NoteRefs and codings cannot "
                            f"point at it")
            guid = f"missing:{len(seen)}:{name}"
        seen.add(guid)
        code = RCode(guid, name, _bool(attr(el, "isCodable"), True), attr(el, "color").strip(),
                     text_or_attr(el, "Description").strip())
        code.note_refs = [norm_guid(attr(r, "targetGUID")) for r in kids(el, "NoteRef")]
        code.children = parse_codes(el, warnings, seen)
        out.append(code)
    return out


def read_qdc(path: Path, *, max_size: int = MAX_QDC) -> tuple[list[RCode], list[str]]:
    """The codes of a .qdc file and the warnings about what could not be taken over."""
    path = Path(path)
    try:
        if path.stat().st_size > max_size:
            raise RefiError(f"{path.name}: is larger than {max_size // 1024**2} MB; refused")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise RefiError(f"{path.name}: no such file") from exc
    except IsADirectoryError as exc:
        raise RefiError(f"{path.name}: is a folder, not a file") from exc
    except PermissionError as exc:
        raise RefiError(f"{path.name}: permission denied") from exc
    root = parse_xml(data, path.name)
    if local(root).lower() != "codebook":
        raise RefiError(f"{path.name}: is not a REFI-QDA codebook (its root element is <{local(root)}>)")
    warnings: list[str] = []
    codes = parse_codes(kid(root, "Codes"), warnings)
    if not codes:
        raise RefiError(f"{path.name}: holds no codes")
    sets = kid(root, "Sets")
    if sets is not None and len(list(kids(sets, "Set"))):
        warnings.append(f"{len(list(kids(sets, 'Set')))} code set(s) not imported (Lectio has no code sets)")
    return codes, warnings
