"""A study on a PostgreSQL server: its address, opening it as the same ``Project`` the core uses, its schema.

An address is a URL, ``postgresql://user[:password]@host[:port]/database[?sslmode=…]``; everything after ``?``
(``sslmode``, ``sslrootcert``, ``connect_timeout``…) goes to libpq as it is, so TLS is whatever the URL asks for
(libpq's default, ``prefer``, uses TLS when the server offers it). A password may also come from the keyring
(the window), ``PGPASSWORD`` or ``~/.pgpass`` (libpq's own). The password never appears in anything shown or
logged: ``ServerPath`` — the ``Project.path`` of a server study — prints the URL without it.

The schema is the SQLModel metadata of a file plus the PostgreSQL forms of the SQLite-only parts
(``app/core/dialect.py``); its versions are an Alembic environment (``app/core/server_migrations``) whose
baseline is schema version 4. A file keeps its own migration steps (``app/core/schema.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path, PosixPath
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

from app.core.errors import ProjectError

if TYPE_CHECKING:
    from app.core.project import Project

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
HEAD = "0004a"  # the Alembic revision of this version's schema (file format 4; 0004a: accent-blind search)
# older revisions a login that may not change the schema (a reviewer's) still works with, as they are
READABLE_AS_IS = frozenset({"0004"})
MIGRATIONS = Path(__file__).with_name("server_migrations")


def is_server_url(value: object) -> bool:
    return isinstance(value, str | ServerPath) and str(value).lower().startswith(SCHEMES)


class ServerPath(PosixPath):
    """``Project.path`` of a study on a server: prints as its URL without the password; ``name`` and
    ``stem`` are the database's name, so every message that names a study's file names the database."""

    _display = ""
    _database = ""

    def __new__(cls, display: str, database: str) -> ServerPath:
        self = super().__new__(cls, database or "study")
        self._display, self._database = display, database
        return self

    def __init__(self, display: str, database: str) -> None:  # Python 3.12 passes the arguments on
        if sys.version_info >= (3, 12):
            super().__init__(database or "study")

    def __str__(self) -> str:
        return self._display or super().__str__()

    def __fspath__(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"ServerPath({self._display!r})"

    @property
    def name(self) -> str:
        return self._database or super().name

    @property
    def stem(self) -> str:
        return self.name

    @property
    def suffix(self) -> str:
        return ""

    def resolve(self, strict: bool = False) -> ServerPath:
        return self

    def exists(self, *args: Any, **kwargs: Any) -> bool:
        return True


def safe_url(url: URL) -> str:
    """The address as shown: no password, the driver's name left out."""
    return url._replace(drivername="postgresql", password=None).render_as_string(hide_password=False)


def display_location(value: str) -> str:
    """What to print for a study argument: a server URL without its password; a file path as it is."""
    if not is_server_url(value):
        return value
    try:
        return safe_url(make_url(str(value)))
    except Exception:  # noqa: BLE001 - a URL that does not parse is shown by its scheme only
        return str(value).split("://", 1)[0] + "://…"


_PASSWORDS: dict[str, str] = {}  # address without password → the password given with it (this process only)


def strip_password(value: str) -> str:
    """The address without its password, which is remembered for ``parse_url`` in this process: the CLI keeps
    only this form in its arguments, so no message can print the password."""
    try:
        url = make_url(str(value))
    except Exception:  # noqa: BLE001 - parse_url refuses it in its own words
        return value
    if url.password is None:
        return value
    shown = safe_url(url)
    _PASSWORDS[shown] = str(url.password)
    return shown


def parse_url(value: str, password: str | None = None) -> tuple[URL, ServerPath]:
    """The SQLAlchemy URL (psycopg driver) of a server address and its ``ServerPath``; refused in one line."""
    shown = display_location(value)
    try:
        url = make_url(str(value))
    except Exception as exc:  # noqa: BLE001 - make_url's message may repeat the whole URL
        raise ProjectError(ServerPath(shown, ""), "is not a valid server address; write it as "
                           "postgresql://user@host[:port]/database") from exc
    if url.get_backend_name() != "postgresql":
        raise ProjectError(ServerPath(shown, ""), "is not a PostgreSQL address (postgresql://…)")
    remembered = _PASSWORDS.get(safe_url(url)) if url.password is None else None
    url = url.set(drivername="postgresql+psycopg")
    if password or remembered:
        url = url.set(password=password or remembered)
    where = ServerPath(safe_url(url), url.database or "")
    if not url.database:
        raise ProjectError(where, "names no database; write it as postgresql://user@host[:port]/database")
    if not url.host and "host" not in url.query:
        url = url.set(host="localhost")
    return url, where


def make_engine(url: URL) -> Engine:
    query = dict(url.query)
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in query:
        connect_args["connect_timeout"] = 10
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def connection_problem(exc: BaseException, url: URL) -> str:
    """libpq's reason in one line, with anything that could carry the password taken out."""
    from app.core.errors import UNEXPECTED, plain_reason

    known = plain_reason(exc)  # a refusal the server gave in words we have (no privilege, …)
    if known != UNEXPECTED and "connection" not in known:
        return known
    reason = ""
    for e in (exc, getattr(exc, "orig", None), exc.__cause__):
        if e is not None and e.__class__.__module__.startswith("psycopg"):
            reason = str(e)
            break
    reason = " ".join(reason.replace("connection failed:", "").split("\n")[0].split())
    if url.password:
        reason = reason.replace(str(url.password), "…")
    if "password authentication failed" in reason or "no password supplied" in reason:
        return f"the server refused the login of {url.username or 'this user'} (wrong or missing password)"
    if "does not exist" in reason and "database" in reason:
        return "there is no such database on the server"
    return f"cannot reach the server: {reason}" if reason else "cannot reach the server"


def connect(url: URL, where: ServerPath) -> Engine:
    """An engine whose first connection has succeeded (or a one-line refusal)."""
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        engine.dispose()
        raise ProjectError(where, connection_problem(exc, url)) from None
    return engine


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision of the database (None: not a Lectio study)."""
    with engine.connect() as conn:
        if not conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def user_tables(conn: Any) -> list[str]:
    return list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename")).scalars())


def upgrade(conn: Any) -> None:
    """Bring the schema on ``conn`` (a SQLAlchemy connection, in a transaction) to this version."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _upgrade_if_allowed(engine: Engine, revision: str) -> None:
    """Bring an older study forward; a login without the right to change its schema (a reviewer's, not the
    owner's) opens one whose revision it can work with as it is, until the owner opens it."""
    try:
        with engine.begin() as conn:
            upgrade(conn)
    except Exception as exc:
        sqlstate = getattr(exc, "sqlstate", None) or getattr(getattr(exc, "orig", None), "sqlstate", None)
        if revision in READABLE_AS_IS and sqlstate == "42501":  # insufficient_privilege
            return
        raise


def create_server_schema(engine: Engine) -> None:
    """Every table of this version and its extras, in one transaction, on an empty database."""
    with engine.begin() as conn:
        upgrade(conn)


def open_server(value: str, *, password: str | None = None, read_only: bool = False) -> Project:
    """Open the study at a server address as a ``Project`` (no lock file, no backups: the server keeps it)."""
    from app.core.project import ON_REQUEST, Project

    url, where = parse_url(value, password)
    engine = connect(url, where)
    try:
        revision = schema_revision(engine)
        if revision is None:
            raise ProjectError(where, "holds no Lectio study; put one there with: lectio publish STUDY.lectio URL")
        if revision > HEAD:
            raise ProjectError(where, "was written by a newer Lectio; update Lectio to open it")
        if revision < HEAD and not read_only:
            _upgrade_if_allowed(engine, revision)
        project = Project(where, engine, None, read_only=ON_REQUEST if read_only else "")
        from app.server.team import adopt_login

        adopt_login(project)  # a reviewer's own login works as that reviewer (issue 22, team part)
    except ProjectError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise ProjectError(where, connection_problem(exc, url)) from None
    return project


def create_server_project(value: str, *, title: str = "", reviewer: str = "", research_question: str = "",
                          password: str | None = None) -> Project:
    """A new, empty study with one reviewer in the empty database at ``value`` (the server form of
    ``project.create_project``); refuses a database that already has tables."""
    import os

    from sqlmodel import Session

    from app import __version__
    from app.core.models import Meta, Reviewer, new_id
    from app.core.project import DEFAULT_COLOURS, Project, initials_of

    url, where = parse_url(value, password)
    engine = connect(url, where)
    try:
        with engine.connect() as conn:
            if user_tables(conn):
                raise ProjectError(where, "is not empty; create a study in a new, empty database")
        name = reviewer.strip() or os.environ.get("USER") or "Reviewer 1"
        with Session(engine) as s, s.begin():
            upgrade(s.connection())
            s.add(Meta(key="title", value=title.strip() or where.name))
            s.add(Meta(key="research_question", value=research_question.strip()))
            s.add(Meta(key="created_with", value=__version__))
            s.add(Reviewer(id=new_id(), name=name, initials=initials_of(name), colour=DEFAULT_COLOURS[0]))
        return Project(where, engine, None)
    except BaseException:
        engine.dispose()
        raise


def split_login(address: str, login: str) -> tuple[str, str, str | None]:
    """(the address without login or password, the login to use, a password written in the address)."""
    if not is_server_url(address):
        return address, login, None
    try:
        url = make_url(address)
    except Exception:  # noqa: BLE001 - open_server refuses it in its own words
        return address, login, None
    bare = url._replace(username=None, password=None).render_as_string(hide_password=False)
    return bare, login or url.username or "", str(url.password) if url.password else None


def with_login(address: str, login: str) -> str:
    url = make_url(address)
    return url._replace(username=login or url.username).render_as_string(hide_password=False)
