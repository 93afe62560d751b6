"""The team workspace as the app uses it (:class:`~moderator.core.ports.TeamPort`): a pool for
writes, one listening connection for the others' records (LISTEN/NOTIFY, no polling), and the
records kept on this computer while the database is away.

The listening connection is also the health check: when it breaks (the server restarted, the
network went), the state turns offline with a sentence, moderation carries on alone, and the
connection is tried again with a growing pause. Once back, it migrates if needed, listens,
catches up on what it missed, and sends what waited here, each record once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

import psycopg
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

from moderator.core.team import NOTE, RULE, SharedRecord, TeamState
from moderator.storage.team import store
from moderator.storage.team.pending import PendingRecords
from moderator.storage.team.schema import CHANNEL, migrate
from moderator.storage.team.url import TeamUrl

log = logging.getLogger(__name__)
BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0)
#: audit rows re-read behind the bookmark at a reconnection: ids are handed out at insert and
#: committed later, so a row just under the bookmark may have arrived after it
OVERLAP = 500
#: how long the guard waits for another moderator's call on the same message
LOCK_WAIT = "20s"
#: seconds before records the database did not take are sent again
RETRY_SECONDS = 2.0
#: seconds between two saves of the audit bookmark: a crash re-reads at most this much
BOOKMARK_EVERY = 0.1
Listener = Callable[[SharedRecord], None]
StateListener = Callable[[TeamState, str], None]


class Team:
    def __init__(
        self, url: TeamUrl, password: str | None, pending: PendingRecords, *, max_pool: int = 8
    ) -> None:
        self.url = url
        self.pending = pending
        self._kwargs: dict[str, Any] = {"autocommit": True}
        if password:
            self._kwargs["password"] = password
        self.pool = AsyncConnectionPool(
            url.conninfo,
            kwargs=self._kwargs,
            min_size=1,
            max_size=max_pool,
            open=False,
            timeout=3.0,
            check=AsyncConnectionPool.check_connection,
        )
        self._state = TeamState.CONNECTING
        self._why = ""
        self._listeners: list[Listener] = []
        self._state_listeners: list[StateListener] = []
        self._mine = RecentKeys()
        self._heard = RecentKeys()
        self._task: asyncio.Task[None] | None = None
        self._flushing: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self._audit_id = 0
        self._saved_at = 0.0
        #: how long the last records took from NOTIFY to the listeners (the benchmark reads it)
        self.on_arrival: Callable[[SharedRecord], None] | None = None

    # -- TeamPort ---------------------------------------------------------------------------------

    @property
    def moderator(self) -> str:
        return self.url.user

    @property
    def state(self) -> TeamState:
        return self._state

    @property
    def reason(self) -> str:
        return self._why

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def watch_state(self, listener: StateListener) -> None:
        self._state_listeners.append(listener)
        listener(self._state, self.sentence())

    def share(self, record: SharedRecord) -> None:
        """Kept here first (a crash loses nothing), then sent when the database is there."""
        self._mine.add(record.key)
        try:
            self.pending.add(record)
        except Exception:  # a full disk: send it now at least, never raise into moderation
            log.exception("could not keep a shared record on this computer")
            self._spawn(self._send_direct(record))
            return
        self.kick()

    def once(self, subject: str, action: str) -> _Once:
        return _Once(self, subject, action)

    async def first(self, record: SharedRecord) -> SharedRecord | None:
        """Write a first-wins record (a review decision) before acting on it: None when it
        is the first, else the one that stands (another moderator's). Without the database it
        is kept to share later and counts as first: moderating alone beats not moderating."""
        if self._state is TeamState.ONLINE:
            self._mine.add(record.key)
            try:
                async with self.pool.connection() as conn:
                    return await store.write_first(conn, record)
            except (psycopg.Error, OSError, TimeoutError) as err:
                log.warning("team decision not written, acting alone: %s", err)
        self.share(record)
        return None

    # -- life -------------------------------------------------------------------------------------

    async def start(self) -> None:
        await self.pool.open(wait=False)
        self._task = asyncio.create_task(self._listen_forever(), name="team listener")

    async def close(self) -> None:
        self._closed = True
        for task in (self._task, self._flushing, *self._tasks):
            if task is not None:
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        await self.pool.close()
        self._save_bookmark()

    def sentence(self) -> str:
        shown = self.url.shown
        if self._state is TeamState.ONLINE:
            return f"Team: connected to {shown}"
        if self._state is TeamState.CONNECTING:
            return f"Team: connecting to {shown}…"
        waiting = len(self.pending)
        kept = f"; {waiting} shared records wait on this computer" if waiting else ""
        return f"Team database unreachable ({self._why}): moderating alone{kept}"

    def _set_state(self, state: TeamState, why: str = "") -> None:
        changed = state is not self._state or why != self._why
        self._state, self._why = state, why
        if changed:
            log.info("team: %s %s", state.value, why)
            for listener in list(self._state_listeners):
                listener(state, self.sentence())

    def _spawn(self, work: Any) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- listening --------------------------------------------------------------------------------

    async def _listen_forever(self) -> None:
        attempt = 0
        while not self._closed:
            try:
                conn = await AsyncConnection.connect(self.url.conninfo, **self._kwargs)
            except (psycopg.Error, OSError) as err:
                self._set_state(TeamState.OFFLINE, _short(err))
                await asyncio.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
                attempt += 1
                continue
            attempt = 0
            try:
                async with conn:
                    await self._listen(conn)
            except (psycopg.Error, OSError) as err:
                self._set_state(TeamState.OFFLINE, _short(err))
            except Exception as err:  # a schema from a newer app, say: said, then tried later
                log.exception("team listener")
                self._set_state(TeamState.OFFLINE, str(err))
                await asyncio.sleep(BACKOFF[-1])

    async def _listen(self, conn: AsyncConnection[tuple[Any, ...]]) -> None:
        await migrate(conn)
        await conn.execute(f"LISTEN {CHANNEL}")
        await self._catch_up(conn)
        self._set_state(TeamState.ONLINE)
        self.kick()
        async for note in conn.notifies():
            await self._heard_note(conn, json.loads(note.payload))

    async def _heard_note(
        self, conn: AsyncConnection[tuple[Any, ...]], raw: dict[str, Any]
    ) -> None:
        record = await store.fetch(conn, raw) if raw.get("big") else store.from_row(raw)
        if record is None:
            return
        if raw.get("table") == "audit" and "id" in raw:
            self._bookmark_audit(int(raw["id"]))
        self._deliver(record)

    def _deliver(self, record: SharedRecord) -> None:
        if record.key in self._mine or record.key in self._heard:
            return
        self._heard.add(record.key)
        if self.on_arrival is not None:
            self.on_arrival(record)
        for listener in list(self._listeners):
            try:
                listener(record)
            except Exception:  # one surface's fault must not stop the others hearing
                log.exception("a team listener failed on %s", record.kind)

    async def _catch_up(self, conn: AsyncConnection[tuple[Any, ...]]) -> None:
        """What the others shared while this computer was not listening."""
        if self._audit_id:  # back within this run: re-read a margin, its keys are known here
            after: int | None = max(0, self._audit_id - OVERLAP)
        else:  # a fresh start: from the saved bookmark exactly, the keys heard are gone
            mark = self.pending.bookmark("audit_id")
            after = int(mark) if mark is not None else None
        if after is None:  # a new member starts from now, not from the team's whole history
            self._bookmark_audit(await store.last_audit_id(conn))
        else:
            for row_id, record in await store.audit_since(conn, after):
                self._bookmark_audit(row_id)
                self._deliver(record)
        since = self.pending.bookmark("records_at")
        start = datetime.fromisoformat(since) if since else datetime.now(UTC) - timedelta(days=1)
        # notes and the rule set every time, however old: a new member needs them, and who
        # wrote each note is known again after a restart
        lasting = (NOTE, RULE)
        for record in await store.records_since(conn, start - timedelta(seconds=5), lasting):
            self._deliver(record)
        self.pending.set_bookmark("records_at", datetime.now(UTC).isoformat())

    def _bookmark_audit(self, row_id: int) -> None:
        """Kept in memory at each arrival, on disk at most every :data:`BOOKMARK_EVERY`
        seconds and at close (a write per arrival would cost more than the arrival): only a
        crash hears again the few rows of that last moment."""
        if row_id <= self._audit_id:
            return
        self._audit_id = row_id
        now = time.monotonic()
        if now - self._saved_at >= BOOKMARK_EVERY:
            self._save_bookmark()

    def _save_bookmark(self) -> None:
        self._saved_at = time.monotonic()
        if self._audit_id > 0:
            with contextlib.suppress(Exception):  # a full disk: re-read more rows next time
                self.pending.set_bookmark("audit_id", str(self._audit_id))

    # -- sending ----------------------------------------------------------------------------------

    def kick(self) -> None:
        """Send what waits here, if the database is there and nobody is sending already."""
        if self._state is not TeamState.ONLINE or self._closed:
            return
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.ensure_future(self._flush())

    async def _flush(self) -> None:
        while batch := self.pending.oldest():
            try:
                async with self.pool.connection() as conn:
                    await store.write(conn, batch)
            except (psycopg.Error, OSError, TimeoutError) as err:
                log.warning("team: %d records wait: %s", len(batch), err)
                # a lost database: the listener kicks again once back; a refused or busy
                # one (rights, every connection in use): try again soon in any case
                asyncio.get_running_loop().call_later(RETRY_SECONDS, self.kick)
                return
            # a crash here sends the batch again: the database applies each key once
            self.pending.forget(r.key for r in batch)

    async def _send_direct(self, record: SharedRecord) -> None:
        with contextlib.suppress(psycopg.Error, OSError, TimeoutError):
            async with self.pool.connection() as conn:
                await store.write(conn, [record])


class RecentKeys:
    """The last ``size`` keys seen: enough to know a re-read record (a reconnection re-reads a
    few hundred), without growing all day at hundreds of records a second."""

    def __init__(self, size: int = 50_000) -> None:
        self._order: deque[str] = deque()
        self._keys: set[str] = set()
        self._size = size

    def add(self, key: str) -> None:
        if key in self._keys:
            return
        self._keys.add(key)
        self._order.append(key)
        if len(self._order) > self._size:
            self._keys.discard(self._order.popleft())

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)


class _Once:
    """The guard for one platform call (see :meth:`TeamPort.once`). Without the database it
    lets the call go: moderating alone beats not moderating, and deletes are idempotent."""

    def __init__(self, team: Team, subject: str, action: str) -> None:
        self.team, self.subject, self.action = team, subject, action
        self._conn: AsyncConnection[tuple[Any, ...]] | None = None
        self._alone = False

    async def __aenter__(self) -> str | None:
        if self.team.state is not TeamState.ONLINE:
            self._alone = True
            return None
        try:
            self._conn = await self.team.pool.getconn()
            await self._conn.execute("BEGIN")
            await self._conn.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
            return await store.take_action(self._conn, self.subject, self.action)
        except (psycopg.Error, OSError, TimeoutError) as err:
            log.warning("team guard unavailable, acting alone: %s", err)
            await self._give_back()
            self._alone = True
            return None

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn = self._conn
        if conn is None:
            if self._alone and error is None:
                self._remember()
            return
        try:
            await conn.execute("ROLLBACK" if error is not None else "COMMIT")
        except (psycopg.Error, OSError) as err:  # the database went mid-call: the row waits here
            log.warning("team guard lost: %s", err)
            if error is None:
                self._remember()
        finally:
            await self._give_back()

    def _remember(self) -> None:
        """The action row, to reach the team later: the next moderator sees who did it."""
        self.team.share(SharedRecord(store.ACTION, self.subject, {"action": self.action}))

    async def _give_back(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await self.team.pool.putconn(conn)


def _short(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__
