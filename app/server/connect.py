"""Opening a server connection from a ``postgresql://`` URL, with errors that never show a password."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.core.errors import LectioError


class ServerError(LectioError):
    """A team-server action failed; the message names the study by its URL without the password."""


def is_server_url(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def safe_url(url: str) -> str:
    """The URL as it may be shown: no password, no query (an sslpassword may sit there)."""
    parts = urlsplit(url.replace("postgresql+psycopg://", "postgresql://"))
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, "", ""))


def libpq_url(url: str) -> str:
    """The URL as libpq wants it (SQLAlchemy's ``+psycopg`` driver tag removed); TLS when the server offers it
    (libpq's default ``sslmode=prefer``) unless the URL says otherwise."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else "the server did not answer"
    text = re.sub(r'connection to server at "[^"]*" \([^)]*\), port \d+ failed: ', "", text)
    text = re.sub(r"password=\S+", "password=…", text)
    return text.removeprefix("FATAL:  ").strip()


def connect(url: str, *, autocommit: bool = False) -> Any:
    """A psycopg connection to the study at ``url``; a one-line ``ServerError`` naming it when that fails."""
    import psycopg

    try:
        return psycopg.connect(libpq_url(url), autocommit=autocommit, connect_timeout=10)
    except psycopg.Error as exc:
        raise ServerError(f"{safe_url(url)}: cannot connect: {_reason(exc)}") from None


def server_message(url: str, exc: Exception) -> ServerError:
    """A database error as the one line a user sees (the server's own sentence, no SQL, no class name)."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) or _reason(exc)
    return ServerError(f"{safe_url(url)}: {primary}")
