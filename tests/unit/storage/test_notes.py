"""Notes on authors survive a restart, are per author (stream and id), and a failed write keeps
the old note."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator.core.identity import AuthorKey
from moderator.core.models import Author, ChatMessage
from moderator.core.notes import NOTE_LIMIT, MemoryNotes, Notes
from moderator.storage.db import WriteFailed
from moderator.storage.notes import NoteFile

OWL = AuthorKey("prism:live-1", "u1")
#: the same id on another stream is another author
OWL_ELSEWHERE = AuthorKey("prism:live-2", "u1")


def test_notes_survive_a_restart_and_belong_to_one_author(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    store = NoteFile(path)
    notes = Notes(store)
    assert notes.set(OWL, "  warned about links \n") == "warned about links"
    store.close()

    again = NoteFile(path)
    notes = Notes(again)
    assert notes.of(OWL) == "warned about links"
    assert notes.of(OWL_ELSEWHERE) == ""
    message = ChatMessage("9", "prism:live-1", Author("u1", "NightOwl"), "hi", datetime.now(UTC))
    assert notes.of_message(message) == "warned about links"
    notes.set(OWL, "   ")  # an empty note removes it
    again.close()

    third = NoteFile(path)
    assert Notes(third).of(OWL) == ""
    assert third.load() == {}
    third.close()


def test_a_long_note_is_cut() -> None:
    notes = Notes(MemoryNotes())
    assert len(notes.set(OWL, "x" * (NOTE_LIMIT + 50))) == NOTE_LIMIT


def test_a_failed_write_keeps_the_note_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    store = NoteFile(path)
    notes = Notes(store)
    notes.set(OWL, "first")
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    store._db.connection.execute("PRAGMA busy_timeout=0")
    try:
        with pytest.raises(WriteFailed):
            notes.set(OWL, "second")
    finally:
        blocker.rollback()
        blocker.close()
    assert notes.of(OWL) == "first"
    store.close()
    again = NoteFile(path)
    assert Notes(again).of(OWL) == "first"
    again.close()
