"""What the moderation pipeline needs from storage and from the rows on screen, as protocols:
core never imports storage nor Qt; ``moderator.storage`` and the Qt models fit these shapes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from moderator.core.delivery import OutboxEntry, OutboxStore
from moderator.core.models import ChatMessage, MessageState


class Outbox(OutboxStore, Protocol):
    """The outbox as moderation uses it: queue, hold undo windows, list, record outcomes
    (``moderator.storage.outbox.Outbox``)."""

    def add_action(
        self, kind: str, message: ChatMessage, duration_s: float | None = None
    ) -> object: ...

    def add_send(self, stream_key: str, text: str) -> object: ...

    def hold(
        self, kind: str, messages: Sequence[ChatMessage], duration_s: float | None
    ) -> None: ...

    def unhold(self, kind: str, message: ChatMessage) -> None: ...

    def held_from_before(self, stream_key: str) -> list[OutboxEntry]: ...

    def release_held(self, entry_ids: Sequence[int]) -> None: ...

    def discard_held(self, entry_ids: Sequence[int]) -> None: ...


class ReadStore(Protocol):
    """Read state kept on this computer (``moderator.storage.read_state.ReadState``)."""

    def mark(self, stream_key: str, message_ids: Iterable[str]) -> None: ...

    def unmark(self, stream_key: str, message_ids: Iterable[str]) -> None: ...

    def read_among(self, stream_key: str, message_ids: Sequence[str]) -> set[str]: ...


class Rows(Protocol):
    """One stream's chat rows (the tab's ``MessageModel``): marks, states, and new lines."""

    def change_state(
        self, message_id: str, add: MessageState = ..., remove: MessageState = ...
    ) -> object: ...

    def change_many(
        self, message_ids: Iterable[str], add: MessageState = ..., remove: MessageState = ...
    ) -> object: ...

    def enqueue(self, messages: Iterable[ChatMessage]) -> None: ...

    def row_of(self, message_id: str) -> int | None: ...

    def message(self, row: int) -> ChatMessage: ...
