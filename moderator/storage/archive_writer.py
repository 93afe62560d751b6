"""The archive's writes, in a child process of their own.

SQLite's ``executemany`` binds every value of every row holding the GIL. Run from a thread of
the app's process, at 5,000 msg/s, it cost the app ~100 ms of CPU per 1,000 messages and held
the GIL while the GUI thread waited for it: late frames. The app now sends each batch of rows
down a pipe (pickled in C) and a child writes them; the GUI thread only turns messages into
rows.

Nothing added is lost to a child that dies: each batch is kept until the child says it is
written, and a new child gets every batch not yet written (the rows are inserted with
``INSERT OR IGNORE``, so one written twice is kept once). In the child a thread drains the pipe
while the main thread writes, so a slow disk never fills the pipe and blocks the app.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import sqlite3
import threading
import time
from multiprocessing.connection import Connection as Pipe
from typing import Any

from moderator.storage import archive_query

log = logging.getLogger(__name__)

INSERT = "INSERT OR IGNORE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#: seconds a flush or a close waits for the child before it gives up (and logs it)
PATIENCE = 30.0
#: seconds a child must have lived before one that dies is replaced at once
RESTART_GAP = 1.0

#: how much less the child asks of the processor than the app (10: a background job)
NICE = 10

Rows = list[tuple[object, ...]]


class ArchiveWriter:
    """The app's side: batches of rows to the child, and what it answers."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._seq = 0
        #: batches sent and not yet reported written, by number (sent again to a new child)
        self._unwritten: dict[int, Rows] = {}
        self._flushed = 0
        self._process: multiprocessing.process.BaseProcess | None = None
        self._pipe: Pipe | None = None
        self._started_at = -RESTART_GAP
        #: children started so far (the first one included)
        self.starts = 0
        #: the full-text index was filled in (see :meth:`build_index`)
        self.index_built = False
        self._index_wanted = False
        # the child starts with the first write (not while the window opens: it slowed the
        # demo's first painted message by ~0.5 s on two cores)

    # -- asking ---------------------------------------------------------------------------------

    def write(self, rows: Rows) -> None:
        """Have ``rows`` written (in one transaction), without waiting for it."""
        self._seq += 1
        self._unwritten[self._seq] = rows
        self._send(("rows", self._seq, rows))
        self.poll()

    def build_index(self) -> None:
        """Fill the full-text index in the child (an archive from before it)."""
        self._index_wanted = True
        self._send(("index",))

    def flush(self, patience: float = PATIENCE) -> bool:
        """Wait until everything sent so far is written; False if the child did not say so
        within ``patience`` seconds."""
        if self._process is None and not self._unwritten and not self._index_wanted:
            return True  # nothing was ever sent: no child to start for it
        self._seq += 1
        wanted = self._seq
        self._send(("flush", wanted))
        deadline = time.monotonic() + patience
        while self._flushed < wanted:
            if time.monotonic() > deadline:
                log.error("the archive's writer did not finish within %.0f s", patience)
                return False
            self._wait(0.05)
        return True

    def close(self) -> None:
        self.flush()
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                self._pipe.send(("stop",))
        if self._process is not None:
            self._process.join(timeout=10)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(timeout=5)
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None

    def poll(self) -> None:
        """Read what the child said so far, without waiting."""
        self._wait(0.0)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    # -- the child ------------------------------------------------------------------------------

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(
            target=serve, args=(child_end, self.path), name="moderator-archive", daemon=True
        )
        self._process.start()
        child_end.close()
        log.info("archive writer %s started", self._process.pid)
        self._started_at = time.monotonic()
        self.starts += 1

    def _ensure(self) -> bool:
        """Whether a child is running: one that died is replaced, with every batch it did not
        report written, unless it died within ``RESTART_GAP`` of its start (a child that cannot
        run must not be started at every write); then later."""
        if self._pipe is not None:
            return True
        if time.monotonic() - self._started_at < RESTART_GAP:
            return False
        self._start()
        assert self._pipe is not None
        try:
            for seq, rows in sorted(self._unwritten.items()):
                self._pipe.send(("rows", seq, rows))
            if self._index_wanted:
                self._pipe.send(("index",))
            if self._flushed < self._seq:
                self._pipe.send(("flush", self._seq))
        except OSError:
            self._lost()
            return False
        return True

    def _lost(self) -> None:
        log.warning("the archive's writer stopped; another will write what it had not")
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
        if self._process is not None:
            self._process.join(timeout=0.1)

    def _send(self, job: tuple[Any, ...]) -> None:
        """Send ``job`` to the child; a child that has gone is replaced and given everything
        unwritten, this job included (see :meth:`_ensure`)."""
        if self._pipe is None:
            self._ensure()
            return
        try:
            self._pipe.send(job)
        except OSError:
            self._lost()
            self._ensure()

    def _wait(self, timeout: float) -> None:
        if self._pipe is None and not self._ensure():
            time.sleep(timeout)
            return
        pipe = self._pipe
        assert pipe is not None
        try:
            if not pipe.poll(timeout):
                return
            while True:
                self._heard(pipe.recv())
                if not pipe.poll(0):
                    return
        except (EOFError, OSError):
            self._lost()

    def _heard(self, said: tuple[Any, ...]) -> None:
        if said[0] == "written":
            for seq in [s for s in self._unwritten if s <= said[1]]:
                del self._unwritten[seq]
            self._flushed = max(self._flushed, said[1])
        elif said[0] == "index":
            self.index_built, self._index_wanted = True, False


def serve(pipe: Pipe, path: str) -> None:
    """The child: write what comes until told to stop or the app has gone."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    with contextlib.suppress(OSError, AttributeError):  # (no nice on Windows)
        os.nice(NICE)  # background work: the window and the chat's network come first
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    inbox: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
    threading.Thread(target=_drain, args=(pipe, inbox), name="archive-pipe", daemon=True).start()
    try:
        while True:
            job = inbox.get()
            if job[0] == "stop":
                return
            _do(connection, job, pipe)
            if inbox.empty() and job[0] == "rows":
                pipe.send(("written", job[1]))
    except (OSError, EOFError):
        return  # the app has gone
    finally:
        connection.close()


def _do(connection: sqlite3.Connection, job: tuple[Any, ...], pipe: Pipe) -> None:
    kind = job[0]
    try:
        if kind == "rows":
            with connection:
                connection.executemany(INSERT, job[2])
        elif kind == "index":
            with connection:
                archive_query.rebuild_fts(connection)
            pipe.send(("index",))
        elif kind == "flush":
            pipe.send(("written", job[1]))
    except sqlite3.Error:
        log.exception("archive write failed")


def _drain(pipe: Pipe, inbox: queue.SimpleQueue[tuple[Any, ...]]) -> None:
    """Move what the app sends into ``inbox`` as it comes; a broken pipe says stop."""
    try:
        while True:
            inbox.put(pipe.recv())
    except (EOFError, OSError):
        inbox.put(("stop",))
