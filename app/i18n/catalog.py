"""Developer command for the translation catalogues (resources/i18n/lectio_<lang>.ts and .qm).

    python -m app.i18n.catalog update [--from DIR]   # lupdate app/ → .ts, fill from DIR/<lang>.json, lrelease → .qm
    python -m app.i18n.catalog check                 # unfinished messages per language (exit 1 when any)
    python -m app.i18n.catalog todo OUT.json         # what still needs translating, for translators

A translation file ``DIR/<lang>.json`` is an object whose keys are source texts (or ``"<context>::<source>"``
where one context needs its own) and whose values are the translation (a list of forms for plural messages).
``DIR/guide.<lang>.html`` is copied to ``resources/guide.<lang>.html``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.i18n import SHIPPED, clear_cache, english_forms

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "app"
RESOURCES = ROOT / "resources"
I18N_DIR = RESOURCES / "i18n"
PLACEHOLDER_CHARS = "{}"


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        raise SystemExit(f"{name}: not found (it comes with PySide6)")
    return which


def source_files() -> list[Path]:
    skip = {APP_DIR / "i18n" / "wrap_strings.py", APP_DIR / "i18n" / "catalog.py"}
    return sorted(p for p in APP_DIR.rglob("*.py") if p not in skip)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"lectio_{language}.ts"


def run_lupdate(targets: list[Path], locations: str = "none", plural_only: bool = False) -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in source_files()))
    try:
        for target in targets:
            language = target.stem.removeprefix("lectio_")
            subprocess.run([_tool("pyside6-lupdate"), f"@{listing.name}", "-locations", locations, "-no-obsolete",
                            "-source-language", "en", "-target-language", language, "-ts", str(target),
                            *(["-pluralonly"] if plural_only else [])],
                           check=True, capture_output=True, text=True)
    finally:
        Path(listing.name).unlink()


def run_lrelease(language: str) -> Path:
    out = ts_path(language).with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(out)], check=True)
    return out


@dataclass
class Message:
    context: str
    source: str
    plural: bool
    translation: str | list[str]
    finished: bool


def read_ts(path: Path) -> list[Message]:
    from defusedxml.ElementTree import parse

    out = []
    for context in parse(str(path)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            plural = message.get("numerus") == "yes"
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            text = forms if plural else (node.text or "" if node is not None else "")
            finished = node is not None and node.get("type") is None and (all(forms) if plural else bool(text))
            out.append(Message(name, message.findtext("source") or "", plural, text, finished))
    return out


def fill(path: Path, translations: dict[str, object]) -> int:
    """Write the translations found for the messages of ``path``; the number filled."""
    tree = ET.parse(path)  # our own file, written by lupdate
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = translations.get(f"{name}::{source}", translations.get(source))
            if value in (None, "", []):
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = list(value) if isinstance(value, list) else [str(value)]
                for child in list(node):
                    node.remove(child)
                node.text = None
                for form in forms:
                    ET.SubElement(node, "numerusform").text = str(form)
            else:
                if isinstance(value, list):
                    value = value[0]
                node.text = str(value)
            node.attrib.pop("type", None)
            filled += 1
    _write(tree, path)
    return filled


def update_english() -> None:
    """resources/i18n/lectio_en.ts/.qm: English singular and plural of every ``%n …(s)`` message."""
    target = ts_path("en")
    run_lupdate([target], plural_only=True)
    add_messages(target, {k: v for k, v in extracted_messages().items() if v})
    fill(target, {m.source: english_forms(m.source) for m in read_ts(target)})
    run_lrelease("en")


def extracted_messages() -> dict[tuple[str, str], bool]:
    """(context, source) → plural, for the calls lupdate's Python parser misses: ``ntr("Ctx", "%n x(s)", n)``
    (the window's plurals) and the Qt-free ``translate("Ctx", "…", language, n=…)`` of app/i18n."""
    import ast

    found: dict[tuple[str, str], bool] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                 and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                 for t in n.targets if isinstance(t, ast.Name)}  # C = "exporters.codebook"
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else ""
            if name not in ("ntr", "translate", "translate_noop"):
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Name) and context.id in names:
                context = ast.Constant(names[context.id])
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)
                    and isinstance(source, ast.Constant) and isinstance(source.value, str)):
                continue
            plural = name == "ntr" or len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
            if name == "translate" and isinstance(node.func, ast.Name) and "%n" not in source.value:
                plural = False
            found[(context.value, source.value)] = plural
    return found


def add_messages(path: Path, messages: dict[tuple[str, str], bool]) -> int:
    """Add the messages ``path`` lacks (untranslated); the number added."""
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    have = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    added = 0
    for (context, source), plural in sorted(messages.items()):
        if (context, source) in have:
            continue
        node = contexts.get(context)
        if node is None:
            node = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(node, "name").text = context
        message = ET.SubElement(node, "message")
        if plural:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation", type="unfinished")
        if plural:
            ET.SubElement(translation, "numerusform")
        added += 1
    _write(tree, path)
    return added


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def existing_translations(path: Path) -> dict[str, object]:
    """What ``path`` already holds, keyed as the translators' JSON ("context::source"), so an update that
    rewrites the file (lupdate drops what it cannot see) loses nothing."""
    if not path.exists():
        return {}
    return {f"{m.context}::{m.source}": m.translation for m in read_ts(path) if m.finished}


def update(from_dir: Path | None = None, languages: tuple[str, ...] = SHIPPED) -> dict[str, int]:
    targets = [ts_path(lang) for lang in languages]
    kept = {lang: existing_translations(ts_path(lang)) for lang in languages}
    run_lupdate(targets)
    extra = extracted_messages()
    for lang in languages:
        add_messages(ts_path(lang), extra)
        fill(ts_path(lang), kept[lang])
    update_english()
    filled: dict[str, int] = {}
    for lang in languages:
        source = from_dir / f"{lang}.json" if from_dir else None
        if source is not None and source.exists():
            filled[lang] = fill(ts_path(lang), json.loads(source.read_text(encoding="utf-8")))
        guide = from_dir / f"guide.{lang}.html" if from_dir else None
        if guide is not None and guide.exists():
            shutil.copyfile(guide, RESOURCES / f"guide.{lang}.html")
        run_lrelease(lang)
    clear_cache()
    return filled


def unfinished(languages: tuple[str, ...] = SHIPPED) -> dict[str, list[Message]]:
    return {lang: [m for m in read_ts(ts_path(lang)) if not m.finished] if ts_path(lang).exists() else []
            for lang in languages}


def where_used() -> dict[tuple[str, str], list[str]]:
    """(context, source) → the files it appears in (for the translators' comments)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "lectio_xx.ts"
        run_lupdate([target], locations="absolute")
        from defusedxml.ElementTree import parse

        out: dict[tuple[str, str], list[str]] = {}
        for context in parse(str(target)).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                files = sorted({Path(loc.get("filename", "")).as_posix().split("app/", 1)[-1]
                                for loc in message.iter("location") if loc.get("filename")})
                out[(name, message.findtext("source") or "")] = files
    return out


def todo(out: Path) -> int:
    seen: dict[tuple[str, str], dict[str, object]] = {}
    used = where_used()
    for lang, messages in unfinished().items():
        for m in messages:
            entry = seen.setdefault((m.context, m.source), {"context": m.context, "source": m.source,
                                                            "comment": _comment(m, used), "languages": []})
            if m.plural:
                entry["plural"] = True
            entry["languages"].append(lang)  # type: ignore[union-attr]
    out.write_text(json.dumps(list(seen.values()), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(seen)


def _comment(m: Message, used: dict[tuple[str, str], list[str]]) -> str:
    files = used.get((m.context, m.source), [])
    parts = [f"in {', '.join(files)}"] if files else []
    if "&" in m.source.replace("&&", ""):
        parts.append("& marks the keyboard mnemonic: keep one & before a letter of your translation")
    if "{" in m.source:
        parts.append("keep the {placeholders} exactly")
    if "%n" in m.source:
        parts.append("%n is the number")
    if "<" in m.source and ">" in m.source:
        parts.append("rich text: keep the HTML tags")
    if m.source.startswith(("Export", "Methods")) or m.context.startswith(("exporters", "dossier", "analysis.")):
        parts.append("export document text")
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n.catalog", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="refresh the .ts from the code, fill translations, build the .qm")
    up.add_argument("--from", dest="from_dir", type=Path, help="folder of <lang>.json translations")
    sub.add_parser("check", help="list unfinished messages per language")
    td = sub.add_parser("todo", help="write what needs translating as JSON")
    td.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        if args.from_dir is not None and not args.from_dir.is_dir():
            print(f"{args.from_dir}: not a folder", file=sys.stderr)
            return 2
        filled = update(args.from_dir)
        for lang in SHIPPED:
            left = len(unfinished((lang,))[lang])
            print(f"{lang}: {filled.get(lang, 0)} filled from JSON, {left} unfinished")
        return 0
    if args.command == "check":
        any_left = False
        for lang, messages in unfinished().items():
            print(f"{lang}: {len(messages)} unfinished")
            for m in messages:
                print(f"  [{m.context}] {m.source}")
            any_left = any_left or bool(messages)
        return 1 if any_left else 0
    count = todo(args.out)
    print(f"Wrote {args.out}: {count} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
