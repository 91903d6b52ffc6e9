"""Reviewers of a team study and their database logins; the blind phase and who shapes the codebook.

Each reviewer gets a PostgreSQL login role (password from the caller, sent to the server only as a SCRAM
verifier computed here, so no statement or log holds it) and joins the study's group role, whose grants and
the row-level security of ``security.py`` decide what the login reads and writes. Managing the team needs the
study's owner (or a role that may create roles); opening consensus needs a lead.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from app.core.models import new_id, now
from app.server import security
from app.server.connect import ServerError, connect, plain_errors, safe_url

CONSENSUS_OPEN = "team.consensus_open"
LEADS_ONLY_CODEBOOK = "team.leads_only_codebook"
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


@dataclass(frozen=True)
class TeamMember:
    name: str
    reviewer_id: str
    login: str | None  # None: a reviewer of the study without a database login of their own
    blind: bool
    lead: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TeamState:
    study: str  # the URL without its password
    consensus_open: bool
    leads_only_codebook: bool
    members: list[TeamMember]
    you_lead: bool = False  # the URL's login is a lead (or the owner): may open consensus, set the codebook rule
    you_manage: bool = False  # the URL's login may create roles (the owner): may add reviewers

    def as_dict(self) -> dict[str, Any]:
        return {"study": self.study, "consensus_open": self.consensus_open,
                "leads_only_codebook": self.leads_only_codebook,
                "reviewers": [m.as_dict() for m in self.members]}


def _ident(name: str) -> Any:
    from psycopg import sql

    return sql.Identifier(name)


def group_role(conn: Any) -> str:
    """The study's group role: one per database (roles are shared by the whole server)."""
    db = conn.execute("SELECT current_database()").fetchone()[0]
    return _role_name(f"lectio_{db}_team")


def _role_name(text: str) -> str:
    name = re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_") or "reviewer"
    if name[0].isdigit():
        name = "r_" + name
    return name[:63]


def login_for(name: str) -> str:
    """The login role a reviewer's name suggests: lower case letters, digits and underscores."""
    return _role_name(name)


def _tables(conn: Any) -> set[str]:
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
    return {r[0] for r in rows}


NO_STUDY = "holds no Lectio study; put one there with: lectio publish STUDY.lectio URL"


def install_security(conn: Any, where: str = "") -> str:
    """Create (or bring up to date) the team tables, functions, group role, grants and row-level security
    policies in one transaction of ``conn``. Idempotent. Returns the group role's name."""
    from psycopg import sql

    tables = _tables(conn)
    if "reviewer" not in tables or "meta" not in tables:
        raise ServerError(f"{where or 'this database'}: {NO_STUDY}")
    conn.execute(security.FUNCTIONS)
    group = group_role(conn)
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone() is None:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(_ident(group)))
    quoted = sql.Identifier(group).as_string(conn)
    for statement in security.grants(quoted) + security.policies(_tables(conn)):
        conn.execute(statement)
    from app.server.notify import install_notify

    install_notify(conn)
    return group


def _check_may_manage(conn: Any, url: str) -> None:
    row = conn.execute("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user").fetchone()
    if not row or not row[0]:
        raise ServerError(f"{safe_url(url)}: only the study's owner (a login that may create roles) manages "
                          "the team")


def add_reviewer(url: str, name: str, password: str, *, blind: bool = False, lead: bool = False,
                 login: str | None = None) -> TeamMember:
    """Create the reviewer (or take the one of that name) and a database login for them, in one
    transaction; the login joins the study's group. Refused when the login exists already."""
    from psycopg import sql

    name = name.strip()
    if not name:
        raise ServerError(f"{safe_url(url)}: a reviewer needs a name")
    if len(password) < 8:
        raise ServerError(f"{safe_url(url)}: the password must have at least 8 characters")
    login = _role_name(login) if login else login_for(name)
    with connect(url) as conn:
        _check_may_manage(conn, url)
        with plain_errors(url):
            group = install_security(conn, safe_url(url))
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
                raise ServerError(f"{safe_url(url)}: a database login named {login!r} exists already; "
                                  "choose another with --login")
            row = conn.execute("SELECT id FROM reviewer WHERE lower(name) = lower(%s) AND NOT is_consensus",
                               (name,)).fetchone()
            if row is None:
                count = conn.execute("SELECT count(*) FROM reviewer").fetchone()[0]
                reviewer_id = new_id()
                initials = "".join(p[0] for p in name.split()[:3]).upper()
                conn.execute("INSERT INTO reviewer (id, name, initials, colour, is_consensus, created_at) "
                             "VALUES (%s, %s, %s, %s, false, %s)",
                             (reviewer_id, name, initials, COLOURS[count % len(COLOURS)], now()))
            else:
                reviewer_id = row[0]
                if conn.execute("SELECT 1 FROM teamlogin WHERE reviewer_id = %s", (reviewer_id,)).fetchone():
                    raise ServerError(f"{safe_url(url)}: {name} has a database login already")
            verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                _ident(login), sql.Literal(verifier.decode()), _ident(group)))
            conn.execute("INSERT INTO teamlogin (login, reviewer_id, blind, lead, created_at) "
                         "VALUES (%s, %s, %s, %s, %s)", (login, reviewer_id, blind, lead, now()))
            _audit(conn, "team-add-reviewer", f"Added {name} to the team"
                   + (" (blind)" if blind else "") + (" as a lead" if lead else ""), reviewer_id)
    return TeamMember(name, reviewer_id, login, blind, lead)


def adopt_login(project: Any) -> None:
    """A study opened with a reviewer's own login works as that reviewer (their undo, their units); sets
    ``project.team_login`` (True for a reviewer's login, False for the owner or a study without a team)."""
    from sqlalchemy import text

    with project.engine.connect() as conn:
        if not conn.execute(text("SELECT to_regclass('teamlogin') IS NOT NULL")).scalar():
            project.team_login = False
            return
        mine = conn.execute(text("SELECT reviewer_id FROM teamlogin WHERE login = current_user")).scalar()
    project.team_login = mine is not None
    if mine:
        project.reviewer_id = mine


def _audit(conn: Any, action: str, summary: str, reviewer_id: str | None = None) -> None:
    conn.execute("INSERT INTO auditevent (id, at, reviewer_id, action, summary, details) "
                 "VALUES (%s, %s, %s, %s, %s, '{}')", (new_id(), now(), reviewer_id, action, summary))


def team_state(url: str) -> TeamState:
    """The study's reviewers, their logins and the phase (as the URL's login may see them)."""
    with connect(url) as conn, plain_errors(url):
        tables = _tables(conn)
        if "reviewer" not in tables:
            raise ServerError(f"{safe_url(url)}: {NO_STUDY}")
        has_team = "teamlogin" in tables
        logins = {}
        if has_team:
            logins = {r[1]: r for r in conn.execute("SELECT login, reviewer_id, blind, lead FROM teamlogin")}
        members = [TeamMember(name, rid, logins[rid][0] if rid in logins else None,
                              bool(logins[rid][2]) if rid in logins else False,
                              bool(logins[rid][3]) if rid in logins else False)
                   for rid, name in conn.execute("SELECT id, name FROM reviewer WHERE NOT is_consensus "
                                                 "ORDER BY created_at, name")]
        settings = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'team.%'").fetchall())
        manage = bool(conn.execute("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
                      .fetchone()[0])
        lead = bool(conn.execute("SELECT lectio_is_lead()").fetchone()[0]) if has_team else manage
    return TeamState(safe_url(url), settings.get(CONSENSUS_OPEN) == "1",
                     settings.get(LEADS_ONLY_CODEBOOK) == "1", members, lead, manage)


def study_url(project: Any) -> str:
    """The address of an open server study with the login and password it was opened with, for the functions
    here (which open a connection of their own). Never to be shown: ``safe_url`` is what a user sees."""
    return project.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _set(url: str, key: str, value: str, action: str, summary: str, refusal: str) -> None:
    with connect(url) as conn, plain_errors(url):
        tables = _tables(conn)
        if "reviewer" not in tables:
            raise ServerError(f"{safe_url(url)}: {NO_STUDY}")
        if "teamlogin" not in tables:
            raise ServerError(f"{safe_url(url)}: the study has no team yet (add a reviewer first)")
        if not conn.execute("SELECT lectio_is_lead()").fetchone()[0]:
            raise ServerError(f"{safe_url(url)}: {refusal}")
        conn.execute("INSERT INTO meta (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
        me = conn.execute("SELECT lectio_me()").fetchone()[0]
        _audit(conn, action, summary, me)


def open_consensus(url: str) -> None:
    """End the blind phase: from now on every reviewer's login reads every reviewer's work. Lead only."""
    _set(url, CONSENSUS_OPEN, "1", "team-open-consensus", "Opened consensus: the blind phase is over",
         "only a lead may open consensus")


def set_leads_only_codebook(url: str, leads_only: bool) -> None:
    """Whether only leads change codes, categories and themes (the study says so). Lead only."""
    _set(url, LEADS_ONLY_CODEBOOK, "1" if leads_only else "0", "team-codebook-rule",
         "Only leads change the codebook" if leads_only else "Every reviewer may change the codebook",
         "only a lead may decide who changes the codebook")
