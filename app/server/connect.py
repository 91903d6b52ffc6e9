"""Opening a psycopg connection to a team study from its ``postgresql://`` URL (parsed as the core parses it,
``app.core.server``: a password the command line took out of its arguments is found again), with errors that
never show a password."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.core.errors import LectioError


class ServerError(LectioError):
    """A team-server action failed; the message names the study by its URL without the password."""


def is_server_url(value: str) -> bool:
    from app.core.server import is_server_url as core_is_server_url

    return core_is_server_url(value)


def safe_url(url: str) -> str:
    """The URL as it may be shown: no password."""
    from app.core.server import display_location

    return display_location(url)


def libpq_params(url: str) -> dict[str, Any]:
    """The URL's parts as libpq's keywords: a password with spaces or other signs a URL must escape reaches
    the server as it was typed (SQLAlchemy renders it unescaped, which libpq refuses)."""
    from app.core.server import parse_url

    parsed, _where = parse_url(url)
    params: dict[str, Any] = {"host": parsed.host, "port": parsed.port, "user": parsed.username,
                              "password": parsed.password, "dbname": parsed.database}
    params.update({k: v if isinstance(v, str) else v[-1] for k, v in parsed.query.items()})
    return {k: v for k, v in params.items() if v is not None}


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else "the server did not answer"
    text = re.sub(r'connection to server at "[^"]*" \([^)]*\), port \d+ failed: ', "", text)
    text = re.sub(r"password=\S+", "password=…", text)
    return text.removeprefix("connection failed: ").removeprefix("FATAL:  ").strip()


def connect(url: str, *, autocommit: bool = False) -> Any:
    """A psycopg connection to the study at ``url``; a one-line ``ServerError`` naming it when that fails."""
    import psycopg

    from app.core.server import connection_problem, parse_url

    parsed, _where = parse_url(url)
    try:
        params = {"connect_timeout": 10, **libpq_params(url)}
        return psycopg.connect(autocommit=autocommit, **params)
    except psycopg.Error as exc:
        raise ServerError(f"{safe_url(url)}: {connection_problem(exc, parsed)}") from None


@contextmanager
def plain_errors(url: str) -> Iterator[None]:
    """Database errors inside become the one line a user sees; our own ``ServerError`` passes unchanged. (The
    psycopg connection's own ``with`` rolls the transaction back when either leaves it.)"""
    try:
        yield
    except ServerError:
        raise
    except Exception as exc:  # noqa: BLE001 - every server refusal becomes one plain line
        raise server_message(url, exc) from None


def server_message(url: str, exc: Exception) -> ServerError:
    """A database error as the one line a user sees (the server's own sentence, no SQL, no class name)."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) or _reason(exc)
    return ServerError(f"{safe_url(url)}: {primary}")
