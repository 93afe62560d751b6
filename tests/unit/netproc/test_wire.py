"""What crosses the pipe to the network process comes back as it left: pages, shared authors,
texts and times, and every error of moderator.errors with its sentence and attributes."""

from __future__ import annotations

import pickle
from dataclasses import MISSING, fields, replace
from datetime import UTC, datetime, timedelta

import pytest

from moderator import errors
from moderator.core.events import (
    MessagesArrived,
    MessageUpdated,
    SessionStatus,
    StatusChanged,
)
from moderator.core.models import Author, Badge, ChatMessage, MessageKind, MessageState
from moderator.core.provider import Page
from moderator.netproc import wire
from moderator.wording import Said, Word

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def message(n: int, author: Author, **changes: object) -> ChatMessage:
    base = ChatMessage(str(n), "prism:1", author, f"line {n % 3}", T0 + timedelta(seconds=n // 4))
    return replace(base, **changes)  # type: ignore[arg-type]


def crossed(data: object) -> object:
    """As the pipe carries it."""
    return pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


ANN = Author("a1", "Ann", "https://x/a.png", frozenset({Badge.MODERATOR, Badge.VERIFIED}))
BOB = Author("b2", "Bob")


def a_page() -> Page:
    messages = [message(n, ANN if n % 2 else BOB) for n in range(10)]
    odd = message(
        99,
        ANN,
        html="<b>hi</b>",
        kind=MessageKind.SYSTEM,
        state=MessageState.READ | MessageState.CUT,
        thread="t1",
        thread_label="Chat with Bob",
        time_known=False,
    )
    updates = [messages[0].with_state(MessageState.DELETED | MessageState.REMOVED)]
    return Page([*messages, odd], "cursor-7", ended=True, rejected=2, updates=updates, more=True)


def test_a_page_comes_back_equal() -> None:
    page = a_page()
    back = wire.Decoder("prism:1").page(crossed(wire.encode_page(page)))  # type: ignore[arg-type]
    assert back == page


def test_every_field_of_a_message_crosses_those_equality_skips_too() -> None:
    odd = a_page().messages[-1]
    # a field added to ChatMessage later must be given a value here, and so be carried
    defaults = {f.name: f.default for f in fields(ChatMessage) if f.default is not MISSING}
    assert all(getattr(odd, name) != value for name, value in defaults.items()), defaults
    back = wire.Decoder("prism:1").page(crossed(wire.encode_page(a_page()))).messages[-1]  # type: ignore[arg-type]
    for field in fields(ChatMessage):
        assert getattr(back, field.name) == getattr(odd, field.name), field.name
    for field in fields(Author):
        assert getattr(back.author, field.name) == getattr(odd.author, field.name), field.name


def test_authors_texts_and_times_are_shared_across_pages() -> None:
    decoder = wire.Decoder("prism:1")
    first = decoder.page(crossed(wire.encode_page(a_page())))  # type: ignore[arg-type]
    second = decoder.page(crossed(wire.encode_page(a_page())))  # type: ignore[arg-type]
    for one, two in zip(first.messages, second.messages, strict=True):
        assert one.author is two.author
        assert one.text is two.text
        assert one.sent_at is two.sent_at
    assert first.messages[1].author is first.messages[3].author
    assert first.messages[0].text is first.messages[3].text


def test_events_come_back_equal() -> None:
    decoder = wire.Decoder("prism:1")
    arrived = MessagesArrived(tuple(a_page().messages))
    updated = MessageUpdated(a_page().updates[0])
    status = StatusChanged(SessionStatus.RETRYING, Said("Connection lost: {reason}", reason="x"))
    for event in (arrived, updated, status):
        assert decoder.event(crossed(wire.encode_event(event))) == event  # type: ignore[arg-type]


def every_error() -> list[errors.ModeratorError]:
    said = Said("PRISM refused: {why}", why="no")
    plain = [
        kind(said, provider="PRISM", detail="the platform's words")
        for kind in (
            errors.ProviderError,
            errors.AuthExpired,
            errors.SignedOut,
            errors.PermissionDenied,
            errors.NotFound,
            errors.InvalidRequest,
            errors.ProviderUnavailable,
            errors.ResponseTooLarge,
            errors.UntrustedCertificate,
            errors.MalformedPayload,
        )
    ]
    return [
        *plain,
        errors.RateLimited(said, retry_after=42.5, provider="PRISM", detail="slow", hinted=True),
        errors.ActionUnsupported(Word("Capability", "Ban"), Word("Core", "Not on this site.")),
        errors.StorageError("disk full"),
    ]


@pytest.mark.parametrize("err", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_crosses_with_its_sentence_and_attributes(err: errors.ModeratorError) -> None:
    back = wire.decode_error(crossed(wire.encode_error(err)))  # type: ignore[arg-type]
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert vars(back) == vars(err)
    sentence, original = back.sentence(), err.sentence()
    assert sentence == original
    assert type(sentence) is type(original)  # a Said stays a Said: shown translated
    if isinstance(original, Said):
        assert isinstance(sentence, Said)
        assert (sentence.template, sentence.values) == (original.template, original.values)
    assert getattr(back, "transient", None) == getattr(err, "transient", None)
    if isinstance(err, errors.RateLimited):
        assert isinstance(back, errors.RateLimited)
        assert (back.retry_after, back.hinted) == (42.5, True)
    if isinstance(err, errors.ActionUnsupported):
        assert isinstance(back, errors.ActionUnsupported)
        assert isinstance(back.reason, Word) and back.reason.context == "Core"


def test_a_bug_in_a_client_crosses_as_a_plain_error_naming_it() -> None:
    back = wire.decode_error(crossed(wire.encode_error(KeyError("cursor"))))  # type: ignore[arg-type]
    assert type(back) is RuntimeError
    assert "KeyError in the network process" in str(back)


def test_a_lost_child_is_a_transient_error_the_moderator_reads_translated() -> None:
    err = wire.lost()
    assert err.transient
    sentence = err.sentence()
    assert isinstance(sentence, Said)
    assert sentence.template == "The connection to the network process was lost."


def test_the_messages_rebuilt_are_counted_for_the_gc_governor() -> None:
    before = wire.Decoder.arrivals
    page = a_page()
    wire.Decoder("prism:1").page(crossed(wire.encode_page(page)))  # type: ignore[arg-type]
    assert wire.Decoder.arrivals - before == len(page.messages) + len(page.updates)
