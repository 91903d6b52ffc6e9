"""Each action declares what its audit sentence may carry; a blind copy's trail quotes no reviewer's text."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from app.core.audit_fields import AUDIT_ALLOWED

APP = Path(__file__).resolve().parents[2] / "app"
OPERATIONS = {"operation", "operation_group"}


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _actions_in_source() -> dict[str, str]:
    """Every action name an ``operation(project, "name", ...)`` can run under, anywhere in app/: given as a
    constant, or through a function with an ``action`` parameter that hands it on to ``operation`` (its
    default, and the constants its callers pass); plus audit events written directly."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in APP.rglob("*.py")}
    found: dict[str, str] = {}
    forwarders: dict[str, int] = {}  # function name -> position of its ``action`` parameter
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node.func) in OPERATIONS and len(node.args) >= 2
                    and isinstance(node.args[1], ast.Constant)):
                found[node.args[1].value] = str(path.relative_to(APP))
            if isinstance(node, ast.Call) and _name(node.func) == "AuditEvent":
                for kw in node.keywords:
                    if kw.arg == "action" and isinstance(kw.value, ast.Constant):
                        found[kw.value.value] = str(path.relative_to(APP))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                params = [a.arg for a in node.args.posonlyargs + node.args.args]
                names = params + [a.arg for a in node.args.kwonlyargs]
                if "action" not in names:
                    continue
                hands_on = any(isinstance(c, ast.Call) and _name(c.func) in OPERATIONS and len(c.args) >= 2
                               and isinstance(c.args[1], ast.Name) and c.args[1].id == "action"
                               for c in ast.walk(node))
                if not hands_on:
                    continue
                forwarders[node.name] = params.index("action") if "action" in params else -1
                defaults = dict(zip(params[::-1], node.args.defaults[::-1], strict=False))
                defaults.update({a.arg: d for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults,
                                                            strict=True) if d is not None})
                if isinstance(defaults.get("action"), ast.Constant):
                    found[defaults["action"].value] = str(path.relative_to(APP))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in forwarders):
                continue
            index = forwarders[_name(node.func)]  # type: ignore[index]
            given = [kw.value for kw in node.keywords if kw.arg == "action"]
            if 0 <= index < len(node.args):
                given.append(node.args[index])
            for value in given:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found[value.value] = str(path.relative_to(APP))
    return found


@pytest.mark.slow  # parses every module of app/
def test_every_action_in_the_source_declares_its_audit_fields() -> None:
    actions = _actions_in_source()
    assert {"import", "delete", "merge", "code", "memo", "consensus_agreements", "edit_note"} <= set(actions)
    missing = {a: where for a, where in actions.items() if a not in AUDIT_ALLOWED}
    assert missing == {}, f"add these actions to app/core/audit_fields.py: {missing}"


def test_no_action_may_carry_a_reviewers_text() -> None:
    text_fields = {"text", "note", "memo", "body", "condensed", "name", "rule", "before", "after", "value",
                   "summary", "label", "speaker"}
    assert {a: set(k) & text_fields for a, k in AUDIT_ALLOWED.items() if set(k) & text_fields} == {}


def test_a_blind_copy_of_the_demo_quotes_no_memo_note_or_condensed_meaning(demo_path: Path, tmp_path: Path) -> None:
    from app.consensus.copies import create_reviewer_copy

    with sqlite3.connect(demo_path) as src:
        texts = {t for (t,) in src.execute(
            "SELECT text FROM annotation UNION SELECT text FROM memo UNION SELECT condensed FROM meaningunit")
            if t and len(t.strip()) >= 12}
    assert len(texts) > 10  # the demo holds notes, memos and condensed meanings to leak
    out = create_reviewer_copy(demo_path, tmp_path / "blind.lectio", "Ben", blind=True).path
    with sqlite3.connect(out) as copy:
        trail = copy.execute("SELECT action, summary, details FROM auditevent").fetchall()
    assert trail
    leaks = [(a, t[:40]) for a, summary, details in trail for t in texts if t in summary or t in details]
    assert leaks == []
