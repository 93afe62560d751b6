"""What the session received lately: whether a send whose answer was lost got through."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator.core.delivery import Received
from moderator.core.models import Author, Badge, ChatMessage

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
ME = Author("mod-you", "You")
VIEWER = Author("v1", "A viewer")


def said(author: Author, text: str, at: datetime = T0, i: int = 1) -> ChatMessage:
    return ChatMessage(str(i), "test:1", author, text, at)


def test_the_moderators_own_line_after_the_attempt_counts_as_arrived() -> None:
    received = Received(own_id="mod-you")
    received.expect("GG")
    received.add([said(ME, "GG", T0 + timedelta(seconds=1))])
    assert received.arrived("GG", T0.timestamp())


def test_a_viewers_identical_text_does_not_count() -> None:
    received = Received(own_id="mod-you")
    received.expect("GG")
    received.add([said(VIEWER, "GG", T0 + timedelta(seconds=1))])
    assert not received.arrived("GG", T0.timestamp())


def test_an_old_identical_line_of_the_moderator_does_not_count() -> None:
    received = Received(own_id="mod-you")
    received.expect("GG")
    received.add([said(ME, "GG", T0 - timedelta(minutes=10))])
    assert not received.arrived("GG", T0.timestamp())


def test_lines_nobody_waits_for_are_not_kept() -> None:
    received = Received(own_id="mod-you")
    received.add([said(ME, "GG", T0)])
    received.expect("GG")
    assert not received.arrived("GG", T0.timestamp() - 1)
    assert len(received) == 0


def test_an_own_id_learned_later_still_tells_the_echo_from_a_viewers_line() -> None:
    received = Received()
    received.expect("GG")
    received.add([said(VIEWER, "GG", T0, 1)])
    received.learn_own("mod-you")
    assert not received.arrived("GG", T0.timestamp())
    received.add([said(ME, "GG", T0, 2)])
    assert received.arrived("GG", T0.timestamp())


def test_without_an_own_id_only_a_staff_author_can_be_the_moderator() -> None:
    received = Received()
    received.expect("GG")
    staff = Author("someone", "Agent", badges=frozenset({Badge.AGENT}))
    received.add([said(VIEWER, "GG", T0, 1)])
    assert not received.arrived("GG", T0.timestamp())
    received.add([said(staff, "GG", T0, 2)])
    assert received.arrived("GG", T0.timestamp())
