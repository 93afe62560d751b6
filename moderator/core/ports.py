"""What the moderation pipeline needs from storage and from the rows on screen, as protocols,
and what it tells the surfaces (:class:`Hooks`): core never imports storage nor Qt;
``moderator.storage``, the Qt models and signals fit these shapes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Protocol

from moderator.core.bulk import Batch
from moderator.core.delivery import OutboxEntry, OutboxStore
from moderator.core.models import ChatMessage, MessageState
from moderator.core.team import SharedRecord, TeamState


class Outbox(OutboxStore, Protocol):
    """The outbox as moderation uses it: queue, hold undo windows, list, record outcomes
    (``moderator.storage.outbox.Outbox``)."""

    def add_action(
        self, kind: str, message: ChatMessage, duration_s: float | None = None, origin: str = ""
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

    def messages(self) -> Sequence[ChatMessage]: ...


BatchHook = Callable[[Batch], None]


def _nothing(*_args: object) -> None:
    return None


@dataclass
class Hooks:
    """What the surfaces hear. Each defaults to nothing, so a test listens only where it asks."""

    #: a batch waits for the undo delay: a surface shows an Undo toast
    offered: BatchHook = _nothing
    #: the undo window closed (sent or undone)
    closed: BatchHook = _nothing
    #: a batch began (after its undo window, if any)
    started: BatchHook = _nothing
    #: one more item of a batch ended
    progressed: BatchHook = _nothing
    finished: BatchHook = _nothing
    notice: Callable[[str], None] = _nothing
    #: actions were queued for the network (the stream refreshes its count)
    queued: Callable[[], None] = _nothing
    #: actions reached the outbox to be delivered: the stream may deliver them at once
    stored: Callable[[], None] = _nothing


class TeamPort(Protocol):
    """The team workspace on a shared database (``moderator.storage.team.Team``): core and ui
    share and hear records through it and never import the database driver."""

    @property
    def moderator(self) -> str:
        """This moderator's name in the team (their database role)."""

    @property
    def state(self) -> TeamState: ...

    def share(self, record: SharedRecord) -> None:
        """Send ``record`` to the team now, or keep it on this computer until the database is
        back; never raises."""

    def subscribe(self, listener: Callable[[SharedRecord], None]) -> None:
        """Hear every record the other moderators share, as it arrives."""

    def watch_state(self, listener: Callable[[TeamState, str], None]) -> None:
        """Hear the connection come and go, with a sentence for the status bar."""

    async def first(self, record: SharedRecord) -> SharedRecord | None:
        """Write a first-wins record now: None when it is the first of its kind and subject
        (or the database is away: it is shared later), else the record that stands."""

    def once(self, subject: str, action: str) -> AbstractAsyncContextManager[str | None]:
        """Hold ``action`` on ``subject`` for this moderator while the body runs: yields None
        when it is ours to do, or the name of the moderator who already did it. An exception
        in the body gives it back to the team."""
