"""A real PostgreSQL for the team tests: a throw-away cluster in a temporary folder (initdb/pg_ctl), never a mock.

Skips with a reason when PostgreSQL's server programs are not installed. As root, the cluster runs as the
``postgres`` (or ``nobody``) user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN, ADMIN_PASSWORD = "lectio_admin", "admin-secret-4711"


def pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


MISSING = "PostgreSQL's server programs (initdb, pg_ctl) are not installed"


@dataclass
class PgServer:
    bin: Path
    data: Path
    port: int
    user: str | None  # the OS user running it (None: this one)

    def url(self, db: str, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{db}"

    def _run(self, *cmd: str) -> subprocess.CompletedProcess:
        if self.user:
            cmd = ("runuser", "-u", self.user, "--", *cmd)
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.data.parent, ignore_errors=True)

    def create_db(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server() -> PgServer:
    bin_dir = pg_bin()
    if bin_dir is None:
        raise FileNotFoundError(MISSING)
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            user = "nobody"
    root = Path(tempfile.mkdtemp(prefix="lectio-pg-"))
    data = root / "data"
    pwfile = root / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if user:
        shutil.chown(root, user)
        shutil.chown(pwfile, user)
    os.chmod(root, 0o700)
    server = PgServer(bin_dir, data, _free_port(), user)
    done = server._run(str(bin_dir / "initdb"), "-D", str(data), "-U", ADMIN, f"--pwfile={pwfile}",
                       "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
                       "--locale=C.UTF-8")
    if done.returncode:
        raise RuntimeError(f"initdb failed: {done.stderr.strip()}")
    options = f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    done = server._run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
                       "-w", "start")
    if done.returncode:
        raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {(root / 'log').read_text()}")
    return server
