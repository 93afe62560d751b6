from __future__ import annotations

import pytest

from moderator.core.identity import AuthorKey, Identities, MemoryLinks

PRISM = AuthorKey("prism:live-1", "u1")
ALLMINE = AuthorKey("allmine:aksam", "c7")
IBM = AuthorKey("ibmvideo:ch-3", "x9")


def test_authors_are_separate_people_until_linked() -> None:
    people = Identities(MemoryLinks())
    assert people.person(PRISM) == {PRISM}
    assert people.link(PRISM, ALLMINE) == {PRISM, ALLMINE}
    assert people.person(ALLMINE) == {PRISM, ALLMINE}
    assert people.person(IBM) == {IBM}
    assert PRISM.platform == "prism"


def test_linking_joins_people_and_unlinking_takes_one_out() -> None:
    people = Identities(MemoryLinks())
    people.link(PRISM, ALLMINE)
    people.link(IBM, ALLMINE)
    assert people.person(PRISM) == {PRISM, ALLMINE, IBM}
    people.unlink(ALLMINE)
    assert people.person(ALLMINE) == {ALLMINE}
    assert people.person(PRISM) == {PRISM, IBM}
    people.unlink(IBM)
    assert people.person(PRISM) == {PRISM}
    assert people.store.load() == []


def test_links_are_saved_and_a_failed_save_changes_nothing() -> None:
    store = MemoryLinks()
    Identities(store).link(PRISM, ALLMINE)
    assert Identities(store).person(PRISM) == {PRISM, ALLMINE}

    class Full(MemoryLinks):
        def save(self, groups: object) -> None:
            raise OSError("disk full")

    people = Identities(Full())
    with pytest.raises(OSError, match="disk full"):
        people.link(PRISM, IBM)
    assert people.person(PRISM) == {PRISM}
