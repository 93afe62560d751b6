"""Raw PRISM chat pages (the bytes the platform sends) and the two pipelines that read them.

The product pipeline is the one the app runs: the PRISM client's one-pass page read and
convert with a per-stream interner, the stream state (duplicate filter and rows in one index),
the tab's batched model.
The naive one is what came before: JSON to dicts, an envelope model, a page model, each message
validated on its own and converted into fresh objects, appended to a plain list model.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from moderator.core.intern import Interner
from moderator.core.models import ChatMessage
from moderator.core.session import SeenIds
from moderator.fakes.prism import PrismFake
from moderator.providers.prism import convert
from moderator.providers.prism.schema import MAX_RESULTS, ChatPage, Envelope, PrismMessage
from moderator.providers.wire import validate_each
from moderator.ui.messages.message_model import MessageModel

STREAM_KEY = "prism:1001"
Index = QModelIndex | QPersistentModelIndex


#: words that make a chat line its own: real chats repeat "lol" and "GG", but most lines are new
WORDS = (
    "the",
    "a",
    "stream",
    "map",
    "boss",
    "run",
    "win",
    "lost",
    "again",
    "nice",
    "clip",
    "when",
    "next",
    "song",
    "chat",
)


def make_pages(count: int, *, seed: int = 7, unique: float = 0.0) -> list[bytes]:
    """``count`` messages from the PRISM fake's chatter, as full pages of wire bytes; a share
    ``unique`` of them get a text of their own (the chatter's lines alone repeat endlessly)."""
    fake = PrismFake(seed=seed, lives=1)
    fake.add_chatter(count)
    messages = fake.lives["1001"].messages
    rng = random.Random(seed)
    for n, message in enumerate(messages):
        if rng.random() < unique:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))
            message["message"] = f"{message['message']} {words} {n}"
    pages = []
    for start in range(0, len(messages), MAX_RESULTS):
        chunk = messages[start : start + MAX_RESULTS]
        data = {"liveId": 1001, "nextPageToken": chunk[-1]["messageId"], "messages": chunk}
        body = {"success": True, "errorCode": 0, "errorName": None, "message": None, "data": data}
        pages.append(json.dumps(body, ensure_ascii=False).encode())
    return pages


class ProductPipeline:
    def __init__(self, model: MessageModel) -> None:
        self.model = model
        #: as in the app, the tab's stream state is the session's duplicate filter too
        self.seen = model.state
        self.interner = Interner()

    def feed(self, body: bytes) -> None:
        page = convert.read_page(body, stream_key=STREAM_KEY, interner=self.interner)
        assert page is not None, "the benchmark's pages are clean: they take the fast path"
        self.model.enqueue(self.seen.keep_new(page.messages))

    def feed_many(self, bodies: list[bytes]) -> None:
        for body in bodies:
            self.feed(body)


class PlainListModel(QAbstractListModel):
    """The naive baseline: a list of messages, one insert per delivery, text as DisplayRole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChatMessage] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            message = self.rows[index.row()]
            return f"{message.author.name}: {message.text}"
        return None

    def append(self, messages: Sequence[ChatMessage], limit: int | None = None) -> None:
        """Insert in one batch; with ``limit``, drop the oldest rows beyond it in one batch."""
        if messages:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(messages) - 1)
            self.rows.extend(messages)
            self.endInsertRows()
        excess = len(self.rows) - limit if limit is not None else 0
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self.rows[:excess]
            self.endRemoveRows()


class NaivePipeline:
    def __init__(self, model: PlainListModel) -> None:
        self.model = model
        self.seen = SeenIds()

    def feed(self, body: bytes) -> None:
        envelope = Envelope.model_validate(json.loads(body))
        page = ChatPage.model_validate(envelope.data)
        raw, _ = validate_each(PrismMessage, page.messages, platform="PRISM")
        messages = [convert.to_message(m, stream_key=STREAM_KEY) for m in raw]
        self.model.append(self.seen.keep_new(messages))

    def feed_all(self, pages: Sequence[bytes]) -> None:
        for body in pages:
            self.feed(body)
