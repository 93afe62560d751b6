"""A throwaway PostgreSQL cluster for the team tests: initdb and pg_ctl in a temporary folder,
listening on 127.0.0.1 only, a fresh database per test. No mock of the database.

The server binaries come from ``PATH`` or Debian's ``/usr/lib/postgresql/<version>/bin``.
initdb refuses to run as root, so under root the cluster belongs to the ``postgres`` user the
package creates and every server command runs through ``runuser``. Without PostgreSQL the tests
are skipped on a developer machine and fail in CI (``CI=true``), like the SDK tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import psycopg
import pytest

SUPERUSER = "postgres"
PASSWORD = "team-test-superuser"
_numbers = count(1)


def server_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    root: Path
    port: int
    #: the user the server runs as, when the tests run as root
    runas: str | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.runas:
            command = ["runuser", "-u", self.runas, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD)
        self._own(pwfile)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
            "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        options = self.data / "postgresql.auto.conf"
        with options.open("a") as f:
            f.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\nfsync = off\n"
                "max_connections = 200\n"
            )

    def _own(self, path: Path) -> None:
        if self.runas:
            shutil.chown(path, self.runas, self.runas)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop (ending every connection) and start again on the same port."""
        self.stop()
        self.start()

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.url(database), password=PASSWORD, autocommit=True)

    def new_database(self) -> str:
        name = f"team_{next(_numbers)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name


def _make_cluster() -> Cluster | None:
    binaries = server_bin()
    if binaries is None:
        return None
    runas = SUPERUSER if os.geteuid() == 0 else None
    # /tmp itself: the postgres user must reach the folder (pytest's tmp folders are root's)
    root = Path(tempfile.mkdtemp(prefix="moderator-pg-", dir="/tmp"))
    os.chmod(root, 0o700)
    cluster = Cluster(binaries, root, _free_port(), runas)
    if runas:
        shutil.chown(root, runas, runas)
    cluster.init()
    cluster.start()
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = _make_cluster()
    if cluster is None:
        if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
            pytest.fail("PostgreSQL is not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    try:
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            cluster.stop("immediate")
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> str:
    """A fresh, empty database's name on the session's cluster."""
    return pg_cluster.new_database()
