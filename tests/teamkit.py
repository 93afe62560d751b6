"""A team database for the tests: a fresh database on the session's throwaway cluster, set up
as an administrator would (group role, schema, tables), with moderators Ana and Bo, each a
login role of their own, and :class:`Team` instances for them, each with its own profile."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from moderator.core.team import TeamState
from moderator.storage.team import schema
from moderator.storage.team.pending import PendingRecords
from moderator.storage.team.team import Team
from moderator.storage.team.url import parse
from tests.pgcluster import PASSWORD, Cluster

PASSWORDS = {"ana": "ana-secret-pw", "bo": "bo-secret-pw"}
#: moderator roles exist once per cluster; each test's database grants them anew
_made: set[str] = set()


@dataclass
class TeamDb:
    cluster: Cluster
    database: str
    root: Path
    teams: list[Team] = field(default_factory=list)

    def url(self, moderator: str) -> str:
        return f"postgresql://{moderator}@127.0.0.1:{self.cluster.port}/{self.database}"

    def team(self, moderator: str, profile: str | None = None) -> Team:
        folder = self.root / (profile or moderator)
        folder.mkdir(parents=True, exist_ok=True)
        pending = PendingRecords(folder / "team_pending.sqlite3")
        made = Team(parse(self.url(moderator)), PASSWORDS[moderator], pending)
        self.teams.append(made)
        return made

    def admin(self) -> psycopg.Connection[tuple[Any, ...]]:
        return self.cluster.admin(self.database)

    async def close(self) -> None:
        for made in self.teams:
            await made.close()
            made.pending.close()


async def set_up(cluster: Cluster, database: str) -> None:
    url = cluster.url(database)
    async with await psycopg.AsyncConnection.connect(
        url, password=PASSWORD, autocommit=True
    ) as conn:
        await schema.set_up(conn)
        for name, password in PASSWORDS.items():
            if name not in _made:
                await schema.add_moderator(conn, name, password)
                _made.add(name)


async def online(team: Team, timeout: float = 20.0) -> None:
    await until(lambda: team.state is TeamState.ONLINE, timeout, f"{team.moderator} online")


async def until(condition: Callable[[], bool], timeout: float = 20.0, what: str = "it") -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
