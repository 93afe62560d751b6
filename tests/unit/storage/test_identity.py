"""The moderator's links between authors survive a restart; a failed write keeps the old ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from moderator.core.identity import AuthorKey, Identities
from moderator.storage.db import WriteFailed
from moderator.storage.identity import LinkFile

PRISM = AuthorKey("prism:live-1", "u1")
ALLMINE = AuthorKey("allmine:aksam", "c7")
IBM = AuthorKey("ibmvideo:ch-3", "x9")
LP = AuthorKey("liveperson:desk", "v2")


def test_links_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    store = LinkFile(path)
    people = Identities(store)
    people.link(PRISM, ALLMINE)
    people.link(IBM, LP)
    store.close()

    again = LinkFile(path)  # a new store over the same file: the app restarted
    people = Identities(again)
    assert people.person(ALLMINE) == {PRISM, ALLMINE}
    assert people.person(LP) == {IBM, LP}
    people.unlink(PRISM)
    again.close()

    third = LinkFile(path)
    assert Identities(third).person(ALLMINE) == {ALLMINE}
    assert Identities(third).person(IBM) == {IBM, LP}
    third.close()


def test_a_failed_write_keeps_the_links_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    store = LinkFile(path)
    people = Identities(store)
    people.link(PRISM, ALLMINE)
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file: the save cannot happen
    store._db.connection.execute("PRAGMA busy_timeout=0")
    try:
        with pytest.raises(WriteFailed):
            people.link(PRISM, IBM)
    finally:
        blocker.rollback()
        blocker.close()
    assert people.person(PRISM) == {PRISM, ALLMINE}
    assert Identities(store).person(PRISM) == {PRISM, ALLMINE}
    store.close()
