"""Developer tool: wrap the user-visible string literals of ``app/ui`` in Qt's translation calls.

``python -m app.i18n.wrap_strings [--check] [FILES…]`` rewrites, in place, every string literal (or f-string)
passed to a call that shows text to the user (``setText``, ``QLabel(…)``, ``addAction``, ``QMessageBox.warning``…,
the list is ``SINKS``) as ``self.tr("…")`` inside methods of QObject subclasses, else as
``QCoreApplication.translate("Context", "…")``. An f-string becomes one whole sentence with named placeholders:
``f"Wrote {out}"`` → ``self.tr("Wrote {out}").format(out=out)``. It is idempotent, so it can be re-run after other
branches are merged; ``--check`` changes nothing and lists what is still unwrapped (the test in
``tests/i18n/test_wrapped.py`` uses ``unwrapped()``). Strings at module level cannot be translated at import time
(no translator is installed yet): they are listed for a hand fix with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent.parent / "ui"

LINE_LENGTH = 120
TRIPLE = ("\"\"\"", "'''")
ALL = None  # every string argument
# call name -> positional indexes of user text (ALL: every string argument; "first": the first string argument)
METHOD_SINKS: dict[str, object] = {
    **{name: (0,) for name in (
        "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
        "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "setIconText", "setSuffix",
        "setPrefix", "setSpecialValueText", "setHeaderLabel", "setCancelButtonText", "setAccessibleName",
        "setAccessibleDescription", "setWindowIconText", "showMessage", "addButton", "addRow", "insertRow",
        "report_error", "setPlainTextPlaceholder", "set_placeholder",
        "macro")},  # ours: session.macro(label) names the undo step in the Edit menu
    **{name: (1,) for name in ("_action", "setTabText", "setTabToolTip", "setItemText", "setButtonText", "insertItem")},
    **{name: "first" for name in ("addAction", "addMenu", "addItem", "addTab", "insertTab", "addSection")},
    **{name: ALL for name in ("show_error", "confirm", "show_info", "ask")},
    "setHeaderLabels": "list", "addItems": "list", "setHorizontalHeaderLabels": "list",
    "setVerticalHeaderLabels": "list",
}
CLASS_SINKS: dict[str, object] = {
    **{name: "first" for name in (
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction", "QMenu",
        "QToolBar", "QListWidgetItem", "QDockWidget", "NoteEdit", "QStandardItem")},
    "TextDialog": (0, 1),  # ours: a title and a heading (its placeholder is the keyword below)
    "_simple_export": (2, 4, 5),  # ours (export_flow): the dialog title, the default name's word, the filter
    **{name: ALL for name in ("QCommandLinkButton", "QProgressDialog", "QMessageBox")},
}
STATIC_SINKS: dict[tuple[str, str], object] = {
    **{("QMessageBox", name): (1, 2) for name in ("information", "warning", "critical", "question", "about")},
    **{("QFileDialog", name): (1, 3) for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames")},
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QColorDialog", "getColor"): (2,),
    **{("QInputDialog", name): (1, 2) for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText")},
}
KEYWORD_SINKS = {"text", "toolTip", "tip", "title", "caption", "filter", "placeholderText", "placeholder",
                 "statusTip", "label", "message"}
EMIT_SIGNALS = {"status", "message", "status_message"}  # session.status.emit("…") shows in the status bar

TRANSLATE_CALLS = {"tr", "translate", "ntr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@dataclass
class Finding:
    path: Path
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}: {self.text!r}"


def needs_words(text: str) -> bool:
    """Only text with words is translated ("—", "{a} ({b})", "%" are not language)."""
    stripped = re.sub(r"\{[^{}]*\}", "", text)
    return bool(_LETTERS.search(stripped))


def _is_qt_qobject(name: str) -> bool:
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
        obj = getattr(module, name, None)
        if isinstance(obj, type):
            return issubclass(obj, PySide6.QtCore.QObject)
    return False


@lru_cache(maxsize=512)
def _parsed(path: Path, mtime: float) -> tuple[str, ast.Module]:
    source = path.read_text(encoding="utf-8")
    return source, ast.parse(source)


def parsed(path: Path) -> tuple[str, ast.Module]:
    """The source and tree of ``path`` (parsed once while it is unchanged)."""
    return _parsed(path, path.stat().st_mtime)


def _class_bases(files: list[Path]) -> dict[str, list[str]]:
    bases: dict[str, list[str]] = {}
    for path in files:
        for node in ast.walk(parsed(path)[1]):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute)
                                    else "" for b in node.bases]
    return bases


def qobject_classes(files: list[Path]) -> set[str]:
    bases = _class_bases(files)
    result: set[str] = set()

    def is_qobject(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in seen:
            return False
        if name not in bases:
            return name.startswith("Q") and _is_qt_qobject(name)
        return any(is_qobject(b, seen | {name}) for b in bases[name])

    for name in bases:
        if is_qobject(name):
            result.add(name)
    return result


def _call_name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def is_translated(node: ast.expr) -> bool:
    """Already a translation call, or ``tr(…).format(…)``."""
    if not isinstance(node, ast.Call):
        return False
    name = _call_name(node.func)
    if name in TRANSLATE_CALLS:
        return True
    return name == "format" and isinstance(node.func, ast.Attribute) and is_translated(node.func.value)


def sink_args(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that are user text."""
    func = call.func
    name = _call_name(func)
    spec: object = "none"
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (func.value.id, name) in STATIC_SINKS:
        spec = STATIC_SINKS[(func.value.id, name)]
    elif isinstance(func, ast.Name) and name in CLASS_SINKS:
        spec = CLASS_SINKS[name]
    elif isinstance(func, ast.Attribute) and name in METHOD_SINKS:
        spec = METHOD_SINKS[name]
    elif (name == "emit" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute)
          and func.value.attr in EMIT_SIGNALS):
        spec = (0,)
    out: list[ast.expr] = [k.value for k in call.keywords if k.arg in KEYWORD_SINKS and spec != "none"]
    if spec == "none":
        return out
    args = call.args
    if spec is ALL:
        out += list(args)
    elif spec == "first":
        out += [a for a in args if _is_text(a) or _has_translation(a)][:1]  # (an icon may come first)
    elif spec == "list":
        for a in args[:1]:
            out += list(a.elts) if isinstance(a, (ast.List, ast.Tuple)) else []
    else:
        out += [args[i] for i in spec if i < len(args)]  # type: ignore[attr-defined]
    return out


def _is_text(node: ast.expr) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr) \
        or (isinstance(node, ast.IfExp) and (_is_text(node.body) or _is_text(node.orelse)))


def _has_translation(node: ast.expr) -> bool:
    if isinstance(node, ast.IfExp):
        return _has_translation(node.body) or _has_translation(node.orelse)
    return is_translated(node)


def text_nodes(node: ast.expr) -> list[ast.expr]:
    """The literals inside one argument (both branches of ``a if c else b``)."""
    if isinstance(node, ast.IfExp):
        return text_nodes(node.body) + text_nodes(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and needs_words(node.value):
        return [node]
    if isinstance(node, ast.JoinedStr) and needs_words(_template(node, {})[0] if _template(node, {}) else ""):
        return [node]
    return []


def _placeholder_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant) and isinstance(expr.slice.value, str):
        return re.sub(r"\W", "_", expr.slice.value)
    if isinstance(expr, ast.Call):
        name = _call_name(expr.func)
        if name == "len":
            return "count"
        if name in ("str", "int", "round", "abs") and expr.args:
            return _placeholder_name(expr.args[0])
        return name.lstrip("_") or "value"
    return "value"


def _template(node: ast.JoinedStr, names: dict[str, str], source: str = "") -> tuple[str, list] | None:
    """(text with ``{name}`` placeholders, [(name, expression source)]) or None when it cannot be templated."""
    parts: list[str] = []
    args: list[tuple[str, str]] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(value, ast.FormattedValue)
        expr_src = ast.unparse(value.value) if not source else (ast.get_source_segment(source, value.value)
                                                                or ast.unparse(value.value))
        if expr_src in names:
            name = names[expr_src]
        else:
            base = _placeholder_name(value.value)
            name, n = base, 2
            while name in names.values():
                name, n = f"{base}{n}", n + 1
            names[expr_src] = name
            args.append((name, expr_src))
        conv = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[value.conversion]
        spec = ""
        if value.format_spec is not None:
            assert isinstance(value.format_spec, ast.JoinedStr)
            if not all(isinstance(v, ast.Constant) for v in value.format_spec.values):
                return None
            spec = ":" + "".join(str(v.value) for v in value.format_spec.values)  # type: ignore[attr-defined]
        parts.append("{" + name + conv + spec + "}")
    return "".join(parts), args


def _literal(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{body}"'


class _Scope(ast.NodeVisitor):
    """Walks a module, knowing the enclosing class and whether ``self`` is a QObject."""

    def __init__(self, source: str, module_ctx: str, qobjects: set[str]) -> None:
        self.source = source
        self.module_ctx = module_ctx
        self.qobjects = qobjects
        self.class_stack: list[str] = []
        self.self_stack: list[bool] = []  # is `self` (a QObject) in scope
        self.func_depth = 0
        self.edits: list[tuple[ast.expr, tuple]] = []
        self.module_level: list[ast.expr] = []
        self.unwrappable: list[tuple[ast.expr, str]] = []

    def generic_visit(self, node: ast.AST) -> None:
        """Only classes, functions and calls matter: a plain loop over the rest (the suite runs this often)."""
        stack = list(ast.iter_child_nodes(node))
        stack.reverse()
        while stack:
            child = stack.pop()
            if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.Call)):
                self.visit(child)
            else:
                more = list(ast.iter_child_nodes(child))
                more.reverse()
                stack.extend(more)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_stack.append(node.name)
        self.generic_visit(node)
        self.class_stack.pop()

    def _visit_func(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        args = node.args.posonlyargs + node.args.args
        has_self = bool(self.class_stack) and bool(args) and args[0].arg == "self" and \
            self.class_stack[-1] in self.qobjects and not any(
                isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list)
        inherited = self.self_stack[-1] if self.self_stack else False
        shadowed = any(a.arg == "self" for a in args)
        self.self_stack.append(has_self or (inherited and not shadowed))
        self.func_depth += 1
        self.generic_visit(node)
        self.func_depth -= 1
        self.self_stack.pop()

    visit_FunctionDef = _visit_func
    visit_AsyncFunctionDef = _visit_func

    def visit_Call(self, node: ast.Call) -> None:
        if not is_translated(node):
            for arg in sink_args(node):
                if is_translated(arg):
                    continue
                for lit in text_nodes(arg):
                    if self.func_depth == 0:
                        self.module_level.append(lit)
                    else:
                        new = self.wrap(lit)
                        if new is None:
                            self.unwrappable.append((lit, "f-string with a nested format spec"))
                        else:
                            self.edits.append((lit, new))
        self.generic_visit(node)

    def context(self) -> str:
        return self.class_stack[-1] if self.class_stack else self.module_ctx

    def wrap(self, lit: ast.expr) -> tuple[str, str, str | None, list[tuple[str, str]]] | None:
        """(call prefix, literal source, text to split if long (None: keep the literal), [(name, source)])."""
        use_self = bool(self.self_stack and self.self_stack[-1])
        if isinstance(lit, ast.Constant):
            text, args = str(lit.value), []
            literal = ast.get_source_segment(self.source, lit) or _literal(text)
            if "\n" in literal and not literal.startswith(("'''", '"""')):
                literal = _literal(text)  # implicit concatenation over lines: one literal
        else:
            assert isinstance(lit, ast.JoinedStr)
            made = _template(lit, {}, self.source)
            if made is None:
                return None
            text, args = made
            literal = _literal(text)
        prefix = "self.tr(" if use_self else f'QCoreApplication.translate("{self.context()}", '
        splittable = None if literal[:1] not in "\"'" or literal[:3] in TRIPLE else text
        return prefix, literal, splittable, args


def module_context(path: Path) -> str:
    rel = path.resolve().relative_to(UI_DIR)
    return ".".join(rel.with_suffix("").parts)


def analyse(path: Path, qobjects: set[str]) -> _Scope:
    source, tree = parsed(path)
    scope = _Scope(source, module_context(path), qobjects)
    scope.visit(tree)
    return scope


def _offset(lines: list[str], line: int, col: int) -> int:
    """Character offset of (1-based line, UTF-8 byte column)."""
    before = sum(len(x) for x in lines[: line - 1])
    return before + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))


def rewrite(path: Path, qobjects: set[str]) -> tuple[int, _Scope]:
    scope = analyse(path, qobjects)
    if not scope.edits:
        return 0, scope
    source = scope.source
    lines = source.splitlines(keepends=True)
    spans = []
    for node, parts in scope.edits:
        start = _offset(lines, node.lineno, node.col_offset)
        end = _offset(lines, node.end_lineno or node.lineno, node.end_col_offset or 0)
        column = start - _offset(lines, node.lineno, 0)
        rest = len(lines[(node.end_lineno or node.lineno) - 1].rstrip("\n").encode("utf-8")[node.end_col_offset:]
                   .decode("utf-8"))
        spans.append((start, end, layout(parts, column, rest)))
    for start, end, new in sorted(spans, reverse=True):
        source = source[:start] + new + source[end:]
    if "QCoreApplication.translate(" in source and not re.search(
            r"^from PySide6\.QtCore import[^\n]*\bQCoreApplication\b|^\s+QCoreApplication,", source, re.M):
        source = _add_import(source)
    path.write_text(source, encoding="utf-8")
    return len(scope.edits), scope


def layout(parts: tuple, column: int, rest: int, width: int = LINE_LENGTH) -> str:
    """The call on one line, or its literal split at spaces over lines when the line would be too long."""
    prefix, literal, text, args = parts
    fmt = ".format(" + ", ".join(f"{n}={src}" for n, src in args) + ")" if args else ""
    one = f"{prefix}{literal}){fmt}"
    if column + len(one) + rest <= width or text is None:
        return one
    indent = column + len(prefix)
    room = max(width - indent - 2, 30)
    chunks: list[str] = []
    current = ""
    for word in re.split(r"(?<= )", text):
        if current and len(_literal(current + word)) > room:
            chunks.append(current)
            current = ""
        current += word
    chunks.append(current)
    body = ("\n" + " " * indent).join(_literal(c) for c in chunks)
    out = f"{prefix}{body})"
    last_line = indent + len(_literal(chunks[-1])) + 1
    if args and last_line + len(fmt) + rest > width:
        out += ".format(\n" + " " * (column + 4) + ", ".join(f"{n}={src}" for n, src in args) + ")"
    else:
        out += fmt
    return out


def _add_import(source: str) -> str:
    tree = ast.parse(source)
    last = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node.end_lineno or node.lineno
        elif last and not isinstance(node, ast.Expr):
            break
    lines = source.splitlines(keepends=True)
    lines.insert(last, "from PySide6.QtCore import QCoreApplication\n")
    return "".join(lines)


def ui_files(paths: list[str] | None = None) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    return sorted(p for p in UI_DIR.rglob("*.py"))


def unwrapped(files: list[Path] | None = None) -> list[Finding]:
    """Every user-visible literal in ``app/ui`` that is not translated (what the test fails on)."""
    files = files or ui_files()
    qobjects = qobject_classes(ui_files())
    out: list[Finding] = []
    for path in files:
        scope = analyse(path, qobjects)
        for node, _new in scope.edits:
            out.append(Finding(path, node.lineno, ast.unparse(node), "not translated"))
        for node in scope.module_level:
            out.append(Finding(path, node.lineno, ast.unparse(node), "module-level text (use QT_TRANSLATE_NOOP)"))
        for node, why in scope.unwrappable:
            out.append(Finding(path, node.lineno, ast.unparse(node), why))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in argv
    files = ui_files([a for a in argv if a != "--check"])
    if check:
        findings = unwrapped(files)
        for f in findings:
            print(f)
        return 1 if findings else 0
    qobjects = qobject_classes(ui_files())
    total = 0
    changed: list[str] = []
    for path in files:
        n, scope = rewrite(path, qobjects)
        total += n
        if n:
            changed.append(str(path))
        for node in scope.module_level:
            print(f"{path}:{node.lineno}: module-level text, wrap by hand: {ast.unparse(node)}")
        for node, why in scope.unwrappable:
            print(f"{path}:{node.lineno}: {why}: {ast.unparse(node)}")
    if changed:  # sort the imports it added
        subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--select", "I", "-q", *changed],
                       check=False)
    print(f"wrapped {total} strings in {len(changed)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
