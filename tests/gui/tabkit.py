"""Building a real tab against a fake for the workflow tests: transport that can be held or
cut, an audit sink in memory, and helpers to select rows the way a moderator does."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from moderator.core.audit import AuditRecord
from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.providers import create_provider
from moderator.storage.outbox import Outbox
from moderator.storage.read_state import ReadState
from moderator.ui.bridge.controller import StreamController
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until


class Gate(httpx.AsyncBaseTransport):
    """A real transport to the fake that counts requests, can hold moderation calls at a gate
    (to cancel a batch midway) and can be cut like a dropped link."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.down = False
        self.open = asyncio.Event()
        self.open.set()
        self.requests: list[tuple[str, str]] = []
        #: message ids whose delete the platform refuses (HTTP 403 in PRISM's envelope), as a
        #: platform refuses a moderator the rights for one message
        self.forbidden: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network is unreachable", request=request)
        if request.method in ("DELETE", "PUT"):
            self.requests.append((request.method, request.url.path))
            await self.open.wait()
        if request.method == "DELETE" and request.url.path.rsplit("/", 1)[-1] in self.forbidden:
            refusal = {
                "success": False,
                "errorCode": 403,
                "errorName": "FORBIDDEN",
                "message": "This account may not delete that message.",
                "data": None,
            }
            return httpx.Response(403, json=refusal, request=request)
        return await self.inner.handle_async_request(request)


class MemoryAudit:
    def __init__(self) -> None:
        self.records: list[AuditRecord] = []

    def record(self, entry: AuditRecord) -> None:
        self.records.append(entry)

    def results(self, action: str) -> list[str]:
        return [r.result for r in self.records if r.action == action]


def open_tab(
    qtbot: QtBot,
    fake: FakeService,
    arun: Runner[Any],
    *,
    rows: int = 15,
    audit: MemoryAudit | None = None,
    outbox_path: Path | None = None,
    read_state: ReadState | None = None,
    limit: int = 100_000,
) -> tuple[StreamTab, Gate]:
    gate = Gate(httpx.ASGITransport(app=fake.app))
    provider = create_provider(connections(fake, "http://fake.test")[0], gate)
    provider.poll_interval = 0.05
    controller = StreamController(
        provider,
        audit=audit,
        outbox=Outbox(outbox_path) if outbox_path else None,
        read_state=read_state,
        limit=limit,
    )
    controller.session._backoff._cap = 0.2  # retry quickly in tests
    tab = StreamTab(controller)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()

    async def loaded() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= rows, what="the backlog")

    arun(loaded())
    return tab, gate


def viewer_rows(tab: StreamTab) -> list[int]:
    """Rows by plain viewers (no owner or manager lines: platforms refuse acting on those)."""
    model = tab.controller.model
    return [
        r
        for r in range(model.rowCount())
        if model.message(r).kind is MessageKind.CHAT
        and model.message(r).author.badges <= {Badge.VISITOR}
    ]


def select_rows(tab: StreamTab, rows: list[int]) -> list[ChatMessage]:
    model = tab.controller.model
    selection = QItemSelection()
    for row in rows:
        selection.select(model.index(row), model.index(row))
    flags = QItemSelectionModel.SelectionFlag
    tab.view.selectionModel().select(selection, flags.ClearAndSelect)
    tab.view.selectionModel().setCurrentIndex(model.index(rows[-1]), flags.NoUpdate)
    return [model.message(r) for r in rows]


def current(tab: StreamTab, message: ChatMessage) -> ChatMessage:
    return current_in(tab.controller.model, message.id)


def row_in(model: MessageModel, message_id: str) -> int:
    row = model.row_of(message_id)
    # never a fallback row: asserting on another message would pass for the wrong reason
    assert row is not None, f"message {message_id} is no longer in the tab"
    return row


def current_in(model: MessageModel, message_id: str) -> ChatMessage:
    """The message as the model holds it now."""
    return model.message(row_in(model, message_id))


def shown_list(
    qtbot: QtBot, size: tuple[int, int], limit: int = 100_000
) -> tuple[MessageModel, MessageView]:
    """An empty chat list of ``size`` on screen, over its own model."""
    model = MessageModel(limit=limit)
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return model, view
