"""The team workspace against a real PostgreSQL: migrations, roles, idempotent records, the
one-call guard, live arrivals, and a restart in the middle."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest

from moderator.core.team import AUDIT, CLAIM, NOTE, REVIEW, RULE, SharedRecord, TeamState
from moderator.storage.team import schema
from moderator.storage.team.store import write
from tests.pgcluster import Cluster
from tests.teamkit import TeamDb, online, set_up, until


@pytest.fixture
async def db(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> AsyncIterator[TeamDb]:
    await set_up(pg_cluster, pg_database)
    made = TeamDb(pg_cluster, pg_database, tmp_path)
    yield made
    await made.close()


def audit(text: str) -> SharedRecord:
    return SharedRecord(AUDIT, "prism:live/m1", {"action": "delete", "excerpt": text})


def count(db: TeamDb, table: str) -> int:
    with db.admin() as conn:
        row = conn.execute(f"SELECT count(*) FROM moderator.{table}").fetchone()
    return int(row[0]) if row else -1


async def test_migrations_run_once_and_refuse_a_newer_schema(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    await asyncio.gather(ana.start(), bo.start())
    await asyncio.gather(online(ana), online(bo))
    with db.admin() as conn:
        versions = conn.execute("SELECT version FROM moderator.schema_version").fetchall()
        owner = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'audit'"
        ).fetchone()
        conn.execute("INSERT INTO moderator.schema_version (version) VALUES (99)")
    assert versions == [(schema.LATEST,)]
    assert owner == (schema.GROUP,)
    late = db.team("bo", profile="bo-laptop")
    await late.start()
    await until(lambda: late.state is TeamState.OFFLINE, what="refused")
    assert "newer Moderator" in late.sentence()


async def test_a_record_by_one_arrives_at_the_other_signed_by_the_database(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    heard: list[SharedRecord] = []
    bo.subscribe(heard.append)
    ana_heard: list[SharedRecord] = []
    ana.subscribe(ana_heard.append)
    await ana.start()
    await bo.start()
    await asyncio.gather(online(ana), online(bo))
    ana.share(audit("spam"))
    await until(lambda: len(heard) == 1, what="bo hears ana")
    assert heard[0].moderator == "ana" and heard[0].body["excerpt"] == "spam"
    assert ana_heard == []  # her own record is not news to her
    # nobody writes in another's name: the database signs every row
    async with await psycopg.AsyncConnection.connect(
        db.url("bo"), password="bo-secret-pw", autocommit=True
    ) as conn:
        await conn.execute(
            "INSERT INTO moderator.audit (key, subject, body, moderator) "
            "VALUES ('forged', 's', '{}', 'ana')"
        )
    await until(lambda: len(ana_heard) == 1, what="the forged row reaches ana")
    assert ana_heard[0].moderator == "bo"


async def test_replayed_records_apply_once_and_old_writes_never_win(db: TeamDb) -> None:
    ana = db.team("ana")
    await ana.start()
    await online(ana)
    first = audit("once")
    claim_old = SharedRecord(CLAIM, "prism:live/m1", {"on": True})
    claim_new = SharedRecord(CLAIM, "prism:live/m1", {"on": False})
    async with ana.pool.connection() as conn:
        await write(conn, [first, first, claim_new])
        await write(conn, [first, claim_old, claim_new])
    assert count(db, "audit") == 1
    with db.admin() as conn:
        body = conn.execute("SELECT body FROM moderator.records").fetchone()
    assert body == ({"on": False},)


async def test_one_review_decision_per_held_message(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    await asyncio.gather(ana.start(), bo.start())
    await asyncio.gather(online(ana), online(bo))
    ana.share(SharedRecord(REVIEW, "prism:live/m7", {"decision": "approve"}))
    await until(lambda: len(ana.pending) == 0, what="sent")
    bo.share(SharedRecord(REVIEW, "prism:live/m7", {"decision": "reject"}))
    await until(lambda: len(bo.pending) == 0, what="sent")
    with db.admin() as conn:
        rows = conn.execute("SELECT moderator, body FROM moderator.records").fetchall()
    assert rows == [("ana", {"decision": "approve"})]


async def test_simultaneous_guards_let_one_call_through(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    await asyncio.gather(ana.start(), bo.start())
    await asyncio.gather(online(ana), online(bo))
    calls: list[str] = []
    answers: dict[str, str | None] = {}
    inside = asyncio.Event()

    async def delete(team_name: str, team: object, wait: bool) -> None:
        async with team.once("prism:live/m9", "delete") as prior:  # type: ignore[attr-defined]
            answers[team_name] = prior
            if prior is None:
                calls.append(team_name)
                inside.set()
                if wait:
                    await asyncio.sleep(0.3)  # the platform call takes a while

    first = asyncio.create_task(delete("ana", ana, True))
    await inside.wait()
    await delete("bo", bo, False)  # waits for ana's answer, then sees it done
    await first
    assert calls == ["ana"] and answers == {"ana": None, "bo": "ana"}


async def test_a_failed_call_gives_the_action_back(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    await asyncio.gather(ana.start(), bo.start())
    await asyncio.gather(online(ana), online(bo))
    with pytest.raises(RuntimeError):
        async with ana.once("prism:live/m3", "delete"):
            raise RuntimeError("platform said no")
    async with bo.once("prism:live/m3", "delete") as prior:
        assert prior is None


async def test_restart_in_the_middle_loses_nothing_and_doubles_nothing(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    heard: list[SharedRecord] = []
    bo.subscribe(heard.append)
    states: list[TeamState] = []
    ana.watch_state(lambda state, _sentence: states.append(state))
    await asyncio.gather(ana.start(), bo.start())
    await asyncio.gather(online(ana), online(bo))
    ana.share(audit("before"))
    await until(lambda: len(heard) == 1, what="before")
    db.cluster.stop()
    try:
        await until(lambda: ana.state is TeamState.OFFLINE, what="ana sees it down")
        assert "moderating alone" in ana.sentence()
        for n in range(5):
            ana.share(audit(f"while down {n}"))
        async with ana.once("prism:live/m5", "delete") as prior:
            assert prior is None  # alone: the call goes
        assert len(ana.pending) == 6
    finally:
        db.cluster.start()
    await asyncio.gather(online(ana), online(bo))
    await until(lambda: len(heard) == 6, what="bo hears what waited")
    await until(lambda: len(ana.pending) == 0, what="sent")
    assert count(db, "audit") == 6 and count(db, "actions") == 1
    assert sorted(r.body["excerpt"] for r in heard)[0] == "before"
    assert states.count(TeamState.OFFLINE) >= 1


async def test_a_write_the_database_refuses_keeps_the_records_here(db: TeamDb) -> None:
    ana = db.team("ana")
    await ana.start()
    await online(ana)
    with db.admin() as conn:
        conn.execute("REVOKE INSERT ON moderator.audit FROM moderator_team")
    ana.share(audit("refused"))
    await until(lambda: ana._flushing is not None and ana._flushing.done(), what="tried")
    assert len(ana.pending) == 1 and count(db, "audit") == 0
    with db.admin() as conn:
        conn.execute("GRANT INSERT ON moderator.audit TO moderator_team")
    await until(lambda: len(ana.pending) == 0, what="sent again by itself once allowed")
    assert count(db, "audit") == 1


def test_recent_keys_forget_the_oldest() -> None:
    from moderator.storage.team.team import RecentKeys

    keys = RecentKeys(size=3)
    for key in "abcdd":
        keys.add(key)
    assert len(keys) == 3
    assert [k in keys for k in "abcd"] == [False, True, True, True]


async def test_a_moderator_away_catches_up_once_on_return(db: TeamDb) -> None:
    ana, bo = db.team("ana"), db.team("bo")
    await asyncio.gather(ana.start(), bo.start())
    await asyncio.gather(online(ana), online(bo))
    heard: list[SharedRecord] = []
    bo.subscribe(heard.append)
    ana.share(audit("while bo is here"))
    await until(lambda: len(heard) == 1, what="live")
    await bo.close()  # bo's app ends; his profile keeps what he heard last
    for n in range(3):
        ana.share(audit(f"while bo is away {n}"))
    ana.share(SharedRecord(CLAIM, "prism:live/m2", {"on": True}))
    await until(lambda: len(ana.pending) == 0, what="sent")
    back = db.team("bo")  # the same profile folder
    again: list[SharedRecord] = []
    back.subscribe(again.append)
    await back.start()
    await online(back)
    texts = sorted(r.body.get("excerpt", r.kind) for r in again)
    assert texts == ["claim", "while bo is away 0", "while bo is away 1", "while bo is away 2"]


async def test_notes_and_rules_of_any_age_reach_a_new_member_and_every_start(db: TeamDb) -> None:
    """A moderator who joins (or starts again) hears every note and the rule set, however old:
    they are the team's standing state, not news of the last day; old claims are not."""
    ana = db.team("ana")
    await ana.start()
    await online(ana)
    ana.share(SharedRecord(NOTE, "prism:live/a1", {"text": "warned twice"}))
    ana.share(SharedRecord(RULE, "rules", {"rules": []}))
    ana.share(SharedRecord(CLAIM, "prism:live/m9", {"on": True}))
    await until(lambda: len(ana.pending) == 0, what="sent")
    with db.admin() as conn:  # written three days ago (triggers off: keep ana's signature)
        conn.execute("SET session_replication_role = replica")
        conn.execute("UPDATE moderator.records SET at = now() - interval '3 days'")
    heard: list[SharedRecord] = []
    new = db.team("bo", profile="bo-new")
    new.subscribe(heard.append)
    await new.start()
    await online(new)
    assert sorted(r.kind for r in heard) == [NOTE, RULE]
    assert {r.moderator for r in heard} == {"ana"}  # signed, so the card can say who wrote it
