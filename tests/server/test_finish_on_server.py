"""An operation on a server finishes in one round trip (``app/core/server_finish.py``): what a user sees is the
same as the statement-by-statement path — one history entry and one audit event per operation, undo, the
history pruned, a refusal at commit leaving the study as it was — and a study without the function still works."""

from __future__ import annotations

import pytest
from sqlalchemy import text

pytestmark = pytest.mark.slow  # a real PostgreSQL cluster and a database per test


@pytest.fixture
def server_study(pg_cluster):
    from app.core.server import create_server_project

    project = create_server_project(pg_cluster.new_database(), title="Finish", reviewer="Ana Ruiz")
    yield project
    project.close()


def _count(project, sql: str) -> int:
    with project.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_each_operation_is_one_history_entry_and_one_audit_event(server_study) -> None:
    from app.core import codebook, history

    audits = _count(server_study, "SELECT count(*) FROM auditevent")
    seq = _count(server_study, "SELECT coalesce(max(seq), 0) FROM operationlog")
    code = codebook.create_code(server_study, "Fear").value
    codebook.update_code(server_study, code.id, definition="Being afraid")
    assert _count(server_study, "SELECT count(*) FROM auditevent") == audits + 2
    rows = server_study.engine.connect().execute(text(
        "SELECT seq, action, state, reviewer_id FROM operationlog WHERE seq > :s ORDER BY seq"), {"s": seq}).all()
    assert [(r.seq, r.action, r.state) for r in rows] == [(seq + 1, "create", "done"), (seq + 2, "edit_code", "done")]
    assert all(r.reviewer_id == server_study.reviewer_id for r in rows)
    with server_study.engine.connect() as conn:
        assert conn.execute(text("SELECT op_id FROM opcontext")).scalar() is None  # cleared at the end

    history.undo(server_study)
    assert codebook.get_code(server_study, code.id).definition == ""
    history.undo(server_study)
    assert codebook.list_codes(server_study) == []
    history.redo(server_study)
    assert [c.name for c in codebook.list_codes(server_study)] == ["Fear"]
    # a new action clears the redo chain
    codebook.create_code(server_study, "Hope")
    assert _count(server_study, "SELECT count(*) FROM operationlog WHERE state = 'dropped'") == 1


def test_the_history_is_pruned_on_the_server(server_study, monkeypatch) -> None:
    from app.core import codebook, history

    monkeypatch.setattr(history, "HISTORY_LIMIT", 3)
    for k in range(50):
        codebook.create_code(server_study, f"Code {k}")
    assert _count(server_study, "SELECT count(*) FROM operationlog WHERE state = 'expired'") > 0
    assert _count(server_study, "SELECT count(*) FROM changelog c JOIN operationlog o ON o.id = c.op_id "
                                "WHERE o.state = 'expired' AND c.new IS NOT NULL") == 0


def test_a_refusal_at_commit_leaves_the_study_as_it_was(server_study) -> None:
    from app.core import codebook
    from app.core.models import new_id, now
    from app.core.ops import operation

    codebook.create_code(server_study, "Fear")
    before = [_count(server_study, f"SELECT count(*) FROM {t}") for t in ("coding", "operationlog", "auditevent")]
    with pytest.raises(Exception, match="foreign key"), operation(server_study, "code", "Broken") as op:
        op.session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        op.session.execute(text("INSERT INTO coding (id, unit_id, code_id, reviewer_id, created_at) "
                                "VALUES (:id, 'no unit', 'no code', :r, :at)"),
                           {"id": new_id(), "r": server_study.reviewer_id, "at": now()})
    after = [_count(server_study, f"SELECT count(*) FROM {t}") for t in ("coding", "operationlog", "auditevent")]
    assert after == before
    codebook.create_code(server_study, "Hope")  # the next operation works
    assert sorted(c.name for c in codebook.list_codes(server_study)) == ["Fear", "Hope"]


def test_a_study_without_the_function_finishes_statement_by_statement(pg_cluster) -> None:
    from app.core import codebook, history
    from app.core.project import open_project
    from app.core.server import create_server_project
    from app.core.server_finish import SIGNATURE

    url = pg_cluster.new_database()
    create_server_project(url, title="Older", reviewer="Ana Ruiz").close()
    pg_cluster.psql(f"DROP FUNCTION {SIGNATURE}", url.rsplit("/", 1)[1])
    with open_project(url) as project:
        project.reviewer_id = project.reviewers()[0].id
        codebook.create_code(project, "Fear")
        assert [c.name for c in codebook.list_codes(project)] == ["Fear"]
        assert _count(project, "SELECT count(*) FROM operationlog WHERE action = 'create'") == 1
        history.undo(project)
        assert codebook.list_codes(project) == []


def test_assigning_a_code_refuses_what_it_refused_before(study) -> None:
    """The three checks of ``assign_code`` (now one query) on both back-ends: a missing unit, a missing code, a
    code the unit already carries; each refusal leaves no coding behind."""
    from app.core import codebook, documents, units
    from app.core.errors import InvalidOperation, NotFound
    from app.importers.base import ImportedText

    text_ = "Nobody asked me anything, not once."
    doc = documents.add_document(study, ImportedText(text_, "txt"), name="Interview", original=text_.encode()).value
    unit = units.create_unit(study, doc.id, 0, 24).value
    code = codebook.create_code(study, "Silence").value
    with pytest.raises(NotFound, match="meaning unit"):
        codebook.assign_code(study, "no such unit", code.id)
    with pytest.raises(NotFound, match="code no such code"):
        codebook.assign_code(study, unit.id, "no such code")
    coding = codebook.assign_code(study, unit.id, code.id).value
    assert coding.reviewer_id == unit.reviewer_id
    with pytest.raises(InvalidOperation, match="already carries"):
        codebook.assign_code(study, unit.id, code.id)
    with study.read_session() as s:
        assert s.execute(text("SELECT count(*) FROM coding")).scalar() == 1
