"""The archive's writes happen in a child process: the app's process holds no writing thread,
and a writer that dies loses nothing added."""

from __future__ import annotations

import os
import signal
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from moderator.core.models import Author, ChatMessage
from moderator.storage.archive import Archive
from moderator.storage.archive_writer import ArchiveWriter
from tests.harness import gone, wait_until

START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def msg(i: int) -> ChatMessage:
    return ChatMessage(str(i), "prism:1", Author("u", "User"), f"line {i}", START + timedelta(i))


def test_rows_are_written_by_a_child_not_a_thread_of_the_app(tmp_path: Path) -> None:
    threads = set(threading.enumerate())
    archive = Archive(tmp_path / "archive.sqlite3")
    try:
        archive.add([msg(i) for i in range(50)])
        assert archive.count("prism:1") == 50
        pid = archive.writer_pid
        assert pid is not None and pid != os.getpid()
        assert set(threading.enumerate()) <= threads, "the archive started no thread"
    finally:
        archive.close()
    assert wait_until(lambda: gone(pid)), "the writer ends with the archive"


def test_a_writer_killed_mid_chat_loses_nothing(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive.sqlite3")
    writer: ArchiveWriter = archive._writer
    try:
        archive.add([msg(i) for i in range(100)])
        archive.flush()
        pid = writer.pid
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)  # it takes nothing more from the pipe
        for first in range(100, 400, 100):  # (less than a pipe's worth: sending never blocks)
            archive.add([msg(i) for i in range(first, first + 100)])
        os.kill(pid, signal.SIGKILL)  # and what it was sent goes with it, unwritten
        assert wait_until(lambda: gone(pid))
        assert len(writer._unwritten) == 3
        archive.add([msg(i) for i in range(400, 500)])  # finds it dead, starts another
        assert archive.count("prism:1") == 500
        assert writer.starts == 2
        assert writer._unwritten == {}, "every batch was reported written"
    finally:
        archive.close()


def test_the_writer_ends_when_the_app_is_gone(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive.sqlite3")
    writer: ArchiveWriter = archive._writer
    archive.add([msg(i) for i in range(10)])
    archive.flush()
    pid = writer.pid
    assert writer._pipe is not None
    writer._pipe.close()  # as when the app's process is killed: its end of the pipe closes
    assert pid is not None
    assert wait_until(lambda: gone(pid)), "the writer saw the pipe break and stopped"
    archive._reader.close()
    again = Archive(tmp_path / "archive.sqlite3")
    try:
        assert again.count("prism:1") == 10
    finally:
        again.close()


def test_the_writer_starts_with_the_first_write_not_with_the_app(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive.sqlite3")
    try:
        assert archive.writer_pid is None
        assert archive.count("prism:1") == 0  # a read flushes: still nothing to start a child for
        assert archive.writer_pid is None
        archive.add([msg(1)])
        assert archive.writer_pid is not None
        assert archive.count("prism:1") == 1
    finally:
        archive.close()
