"""The user card shows one author, (platform, stream, author id): a same-named author elsewhere
is only a suggestion, linked by the moderator's choice, kept in the profile, and unlinked again."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from moderator.core.actions import ActionKind
from moderator.core.identity import AuthorKey, Identities, MemoryLinks
from moderator.fakes.chatter import Viewer
from moderator.storage.db import WriteFailed
from moderator.storage.identity import LinkFile
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.test_cross_streams_views import shared_author

__all__ = ["desk"]  # the fixture, used by name


def test_two_people_of_one_name_on_two_platforms_are_not_merged(desk: Desk) -> None:
    seen = shared_author(desk)  # a "Chris" on PRISM, and another "Chris" on Allmine
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    assert card.messages
    assert {(m.stream_key, m.author.id) for m in card.messages} == {
        (seen.stream_key, seen.author.id)
    }
    assert set(card.streams) == {seen.stream_key}
    assert "Allmine" not in card.windowTitle()
    site = desk.controller(3).provider.stream.key
    offered = [k for k in card.people.buttons if k.stream_key == site]
    assert len(offered) == 1
    line = card.people.lines[offered[0]].text()
    count = sum(
        1
        for m in desk.every_message().values()
        if m.stream_key == site and m.author.id == offered[0].author_id
    )
    assert line == (
        f"Possibly the same person: {seen.author.name} on {desk.cross.stream_name(site)} "
        f"({count} message{'' if count == 1 else 's'})"
    )
    assert card.people.buttons[offered[0]].text() == "Link"


def test_linking_shows_both_and_unlinking_separates_them(desk: Desk) -> None:
    seen = shared_author(desk)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    site = desk.controller(3).provider.stream.key
    other = next(k for k in card.people.buttons if k.stream_key == site)
    before = card.people
    card.people.buttons[other].click()
    assert {AuthorKey.of(m) for m in card.messages} == {AuthorKey.of(seen), other}
    assert card.model.rowCount() == len(card.messages)
    assert card.people.isVisible() and not before.isVisible()  # seen now, not a turn later
    assert (site, ActionKind.BAN) in card.buttons  # the actions, stream by stream
    assert card.people.buttons[other].text() == "Unlink"
    assert card.people.lines[other].text().startswith(f"Linked: {seen.author.name} on ")
    # the other author's card is the same person now, seen from their side
    theirs = next(m for m in card.messages if AuthorKey.of(m) == other)
    again = desk.cross.show_user_card(theirs.author, site)
    assert {AuthorKey.of(m) for m in again.messages} == {AuthorKey.of(seen), other}

    card.people.buttons[other].click()  # Unlink
    assert {AuthorKey.of(m) for m in card.messages} == {AuthorKey.of(seen)}
    assert (site, ActionKind.BAN) not in card.buttons
    assert card.people.buttons[other].text() == "Link"
    assert desk.cross.identities.person(other) == {other}


def test_links_are_kept_in_the_profile_across_a_restart(desk: Desk, tmp_path: Path) -> None:
    seen = shared_author(desk)
    store = LinkFile(tmp_path / "author_links.sqlite3")
    desk.cross.identities = Identities(store)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    site = desk.controller(3).provider.stream.key
    other = next(k for k in card.people.buttons if k.stream_key == site)
    card.people.buttons[other].click()
    store.close()

    reopened = LinkFile(tmp_path / "author_links.sqlite3")  # the app started again
    desk.cross.identities = Identities(reopened)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    assert {AuthorKey.of(m) for m in card.messages} == {AuthorKey.of(seen), other}
    reopened.close()


def test_a_renamed_author_is_one_person_with_both_names(desk: Desk, arun: Runner[Any]) -> None:
    seen = shared_author(desk)
    live = desk.prism.lives[seen.stream_key.partition(":")[2]]
    desk.prism.post(live, Viewer(seen.author.id, "Chris the Renamed"), "same person, new name")
    arun(
        until(
            lambda: any(
                m.author.name == "Chris the Renamed" for m in desk.every_message().values()
            ),
            what="the renamed author's message",
        )
    )
    # a stranger who took the old name in the same stream is not them
    desk.prism.post(live, Viewer("prism-stranger", seen.author.name), "not the same person")
    arun(
        until(
            lambda: any(m.author.id == "prism-stranger" for m in desk.every_message().values()),
            what="the stranger's message",
        )
    )
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    assert card.names == ["Chris the Renamed", seen.author.name]
    assert {m.author.id for m in card.messages} == {seen.author.id}
    assert card.names_label.text() == f"Also wrote here as: {seen.author.name}"
    assert not card.names_label.isHidden()
    assert AuthorKey(seen.stream_key, "prism-stranger") not in card.people.buttons


def test_a_link_that_cannot_be_saved_says_so_and_changes_nothing(desk: Desk) -> None:
    class Full(MemoryLinks):
        def save(self, groups: Iterable[frozenset[AuthorKey]]) -> None:
            raise WriteFailed("could not save the links between authors: disk full")

    desk.cross.identities = Identities(Full())
    seen = shared_author(desk)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    other = next(iter(card.people.buttons))
    card.people.buttons[other].click()
    assert card.notice.text() == (
        "The link could not be saved (could not save the links between authors: disk full);"
        " nothing changed."
    )
    assert {AuthorKey.of(m) for m in card.messages} == {AuthorKey.of(seen)}
    assert card.people.buttons[other].text() == "Link"
