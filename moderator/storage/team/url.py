"""The team workspace's connection URL, checked before any connection: the moderator's own role,
no password inside (it lives in the secret store), and ``sslmode=verify-full`` for any host that
is not this computer, so a password never crosses a network unencrypted or to the wrong server."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from moderator.errors import StorageError

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
#: find a dead server within seconds rather than at the kernel's TCP timeout (hours)
ALIVE = {
    "connect_timeout": "5",
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "3",
    "keepalives_count": "3",
    "application_name": "Moderator",
}


class BadTeamUrl(StorageError):
    pass


@dataclass(frozen=True, slots=True)
class TeamUrl:
    #: what psycopg connects with (no password: it is passed apart)
    conninfo: str
    user: str
    host: str
    database: str

    @property
    def shown(self) -> str:
        return f"{self.user}@{self.host}/{self.database}"

    @property
    def secret_key(self) -> str:
        """Where the password lives in the secret store."""
        return f"team:{self.shown}"


def parse(url: str) -> TeamUrl:
    text = url.strip()
    if not text.startswith(("postgresql://", "postgres://")):
        raise BadTeamUrl(
            "The team URL starts with postgresql:// (for example postgresql://ana@db.example.org/moderation)"
        )
    try:
        params = conninfo_to_dict(text)
    except psycopg.ProgrammingError as err:
        raise BadTeamUrl(f"The team URL cannot be read: {err}") from err
    if params.get("password"):
        raise BadTeamUrl(
            "Leave the password out of the team URL: type it in the password field, "
            "where it is kept in the secret store"
        )
    user, host = str(params.get("user") or ""), str(params.get("host") or "")
    if not user:
        raise BadTeamUrl(
            "The team URL names no moderator: write it as postgresql://NAME@HOST/DATABASE"
        )
    hosts = [h for h in host.split(",") if h]
    remote = [h for h in hosts if h not in LOOPBACK and not h.startswith("/")]
    if not hosts:
        remote = []  # the local socket
    mode = str(params.get("sslmode") or "")
    if remote and mode not in ("", "verify-full"):
        raise BadTeamUrl(
            f"{remote[0]} is not on this computer: the team URL must use sslmode=verify-full "
            f"(it says sslmode={mode}), so the server's certificate and name are checked"
        )
    if remote:
        params["sslmode"] = "verify-full"
    for name, value in ALIVE.items():
        params.setdefault(name, value)
    database = str(params.get("dbname") or user)
    return TeamUrl(
        make_conninfo(**{k: str(v) for k, v in params.items()}),
        user,
        host or "local socket",
        database,
    )
