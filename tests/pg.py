"""A real, throwaway PostgreSQL cluster for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder.

No mocks: the server tests run against the PostgreSQL the machine has (Debian's ``postgresql`` package puts
its programs in ``/usr/lib/postgresql/N/bin``, which is not on PATH). As root, ``initdb`` refuses to run, so the
cluster is made and run as the ``postgres`` (or ``nobody``) user in a folder handed to it. The cluster listens
on 127.0.0.1 on a free port with ``trust`` authentication for its superuser ``lectio``; each test that
needs a study gets its own database (``new_database``). Without PostgreSQL, ``find_bin`` returns None and the
server tests skip with a reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

SUPERUSER = "lectio"
MISSING = ("PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin); "
           "install Debian's postgresql package to run the server tests")


def find_bin() -> Path | None:
    """The folder of initdb/pg_ctl/postgres, or None."""
    if os.environ.get("LECTIO_PG_BIN"):
        given = Path(os.environ["LECTIO_PG_BIN"])
        return given if (given / "initdb").exists() else None
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # /usr/local/bin/initdb may be a link into the real bin folder
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
                        if p.split("/")[4].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> list[str]:
    """As root: the command prefix that runs a program as an unprivileged user (initdb refuses root)."""
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    raise RuntimeError("running as root and there is no postgres or nobody user to run PostgreSQL as")


class Cluster:
    """One running cluster; ``stop()`` ends it and removes its folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="lectio-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.prefix = _run_as()
        if self.prefix:
            user = pwd.getpwnam(self.prefix[2])
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        os.chmod(self.folder, 0o700)
        self._started = False

    def _cmd(self, *args: str) -> list[str]:
        return [*self.prefix, *args]

    def start(self) -> Cluster:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        subprocess.run(self._cmd(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                                 "--auth=trust", "-E", "UTF8", "--no-sync"),
                       check=True, capture_output=True, env=env, timeout=120)
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -F "
                   "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200")
        subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                                 str(self.folder / "server.log"), "-o", options, "-w", "-t", "60", "start"),
                       check=True, capture_output=True, env=env, timeout=90)
        self._started = True
        return self

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        login = f"{user}:{password}" if password else user
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL with the real ``psql`` client (as a user would) and return what it printed."""
        out = subprocess.run([str(self.bindir / "psql"), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                              "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, "-d", database, "-c", sql],
                             check=True, capture_output=True, text=True, timeout=60)
        return out.stdout

    def new_database(self) -> str:
        """A new, empty database; its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" STRATEGY FILE_COPY')
        return self.url(name)

    def stop(self) -> None:
        if self._started:
            subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                     "stop"), capture_output=True, timeout=60)
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)


def wait_ready(cluster: Cluster, seconds: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(cluster.url(), connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
