"""Authors' pictures in the chat list: initials first, the picture when it comes, none when off,
and hostile pictures from a real https server refused while the chat goes on."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import trustme
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from moderator.avatars.fetcher import AvatarFetcher
from moderator.core.avatars import AvatarPolicy
from moderator.core.models import Author, ChatMessage
from moderator.ui.kit.avatar_image import decode_avatar
from moderator.ui.messages.avatar_paint import GAP, AvatarPainter
from moderator.ui.messages.avatar_store import AvatarStore, install
from moderator.ui.messages.delegate import PAD_X, PAD_Y
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.messages.row_colours import name_color
from tests.gui.conftest import Runner, until
from tests.hostile.pictures import bomb_png, png
from tests.hostile.server import Request, answer, head, routes, serve

START = datetime(2026, 1, 1, tzinfo=UTC)
BLUE = (0, 0, 255)
PICTURE = "https://img.test/blue.png"


class Source:
    """An AvatarSource from a dict; counts what it was asked."""

    def __init__(self, pictures: dict[str, bytes]) -> None:
        self.pictures = pictures
        self.asked: list[str] = []

    async def fetch(self, provider: str, url: str) -> bytes | None:
        self.asked.append(url)
        await asyncio.sleep(0)
        return self.pictures.get(url)


def message(i: int, author: Author, stream: str = "prism:1") -> ChatMessage:
    return ChatMessage(str(i), stream, author, f"hello {i}", START + timedelta(seconds=i))


@pytest.fixture
def source() -> Iterator[Source]:
    pictures = Source({PICTURE: png(32, 32, BLUE)})
    store = AvatarStore(pictures)
    install(store)
    yield pictures
    install(None)


def shown(qtbot: QtBot, messages: list[ChatMessage]) -> MessageView:
    model = MessageModel(limit=1000)
    model.enqueue(messages)
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def avatar_centre(view: MessageView, row: int) -> tuple[int, int]:
    delegate = view.message_delegate
    laid = delegate.cached_layout(view._model.message(row), view.font(), view.viewport().width())
    line_h = delegate.fonts(view.font()).line_h
    side = AvatarPainter.side(line_h)
    top = view.visualRect(view._model.index(row)).top()
    return round(PAD_X + laid.name_x - GAP - side / 2), round(top + PAD_Y + line_h / 2)


def colour_at(view: MessageView, point: tuple[int, int]) -> QColor:
    image: QImage = view.viewport().grab().toImage()
    return image.pixelColor(*point)


def near(colour: QColor, rgb: tuple[int, int, int], slack: int = 40) -> bool:
    mine = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= slack for a, b in zip(mine, rgb, strict=True))


def test_initials_then_the_picture_fetched_once(
    qtbot: QtBot, arun: Runner[None], source: Source
) -> None:
    chris = Author("u1", "Chris", PICTURE)
    view = shown(qtbot, [message(i, chris) for i in range(3)] + [message(3, Author("u2", "Bo"))])

    async def scenario() -> None:
        store = view.message_delegate.avatars
        assert store is not None
        view.viewport().update()  # the first paint asks for the picture, shows initials
        await until(lambda: not store.store.pending(), what="the picture")
        await until(lambda: near(colour_at(view, avatar_centre(view, 0)), BLUE), what="blue")

    arun(scenario())
    assert source.asked == [PICTURE], "three rows of one author: one fetch; none without a URL"
    assert near(colour_at(view, avatar_centre(view, 2)), BLUE)
    # the author without a picture keeps a disc of their name's colour (the letter aside)
    x, y = avatar_centre(view, 3)
    disc = name_color("u2")
    rgb = (disc.red(), disc.green(), disc.blue())
    assert any(near(colour_at(view, (x + dx, y + 3)), rgb) for dx in (-3, 3))


def test_pictures_off_take_no_room_and_fetch_nothing(
    qtbot: QtBot, arun: Runner[None], source: Source
) -> None:
    chris = Author("u1", "Chris", PICTURE)
    view = shown(qtbot, [message(0, chris)])
    painter = view.message_delegate.avatars
    assert painter is not None
    width = view.viewport().width()
    with_room = view.message_delegate.cached_layout(view._model.message(0), view.font(), width)
    painter.store.set_enabled(False)
    without = view.message_delegate.cached_layout(view._model.message(0), view.font(), width)
    line_h = view.message_delegate.fonts(view.font()).line_h
    assert without.name_x == pytest.approx(with_room.name_x - AvatarPainter.side(line_h) - GAP)

    async def scenario() -> None:
        view.viewport().repaint()
        await asyncio.sleep(0.05)

    arun(scenario())
    assert source.asked == []
    painter.store.set_enabled(True)
    again = view.message_delegate.cached_layout(view._model.message(0), view.font(), width)
    assert again.name_x == pytest.approx(with_room.name_x)


def test_initials_discs_are_drawn_once_per_author_and_copied_after(
    qtbot: QtBot, source: Source
) -> None:
    ana, bo = Author("u1", "Ana Lima"), Author("u2", "Bo")
    view = shown(qtbot, [message(i, ana if i % 2 else bo) for i in range(12)])
    painter = view.message_delegate.avatars
    assert painter is not None
    for _ in range(3):
        view.viewport().grab()
    assert painter.discs.drawn == 2, "two authors, three paints: two discs drawn"
    x, y = avatar_centre(view, 1)  # Ana's disc, copied: still her name's colour at its edge
    disc = name_color("u1")
    rgb = (disc.red(), disc.green(), disc.blue())
    assert any(near(colour_at(view, (x + dx, y + 3)), rgb) for dx in (-3, 3))
    painter.store.set_enabled(False)  # the setting changed: discs are drawn anew when on again
    painter.store.set_enabled(True)
    view.viewport().grab()
    assert painter.discs.drawn == 4


def test_no_store_installed_paints_as_before(qtbot: QtBot) -> None:
    view = shown(qtbot, [message(0, Author("u1", "Chris", PICTURE))])
    assert view.message_delegate.avatars is None


# -- hostile pictures from a real https server, the chat going on meanwhile ------------------


async def drip(request: Request, writer: asyncio.StreamWriter) -> None:
    body = png(16, 16)
    writer.write(head(200, {"Content-Type": "image/png"}, len(body)))
    for byte in body:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(0.3)


def test_hostile_pictures_are_refused_while_the_chat_goes_on(
    qtbot: QtBot, arun: Runner[None]
) -> None:
    authority = trustme.CA()
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1").configure_cert(server_tls)
    client_tls = ssl.create_default_context()
    authority.configure_trust(client_tls)
    table = routes(
        {
            "GET /bomb.png": answer(200, bomb_png(), {"Content-Type": "image/png"}),
            "GET /huge.png": answer(200, b"\x89PNG" + b"\x00" * 400_000),
            "GET /text.png": answer(200, b"<html>hi</html>", {"Content-Type": "image/png"}),
            "GET /drip.png": drip,
        }
    )
    policy = AvatarPolicy({"prism": ("127.0.0.1",)}, timeout_s=1.5)

    async def scenario() -> None:
        async with serve(table, tls=server_tls) as server:
            fetcher = AvatarFetcher(policy, verify=client_tls)
            store = AvatarStore(fetcher)
            install(store)
            try:
                await chat_goes_on(qtbot, server.base_url, store)
            finally:
                install(None)
                await fetcher.aclose()

    arun(scenario())


async def chat_goes_on(qtbot: QtBot, base: str, store: AvatarStore) -> None:
    names = ["bomb", "huge", "text", "drip"]
    authors = [Author(f"h{n}", name, f"{base}/{name}.png") for n, name in enumerate(names)]
    authors.append(Author("x", "Elsewhere", "http://127.0.0.1:9/x.png"))
    view = shown(qtbot, [message(i, a) for i, a in enumerate(authors)])
    model = view._model
    started = time.monotonic()
    added = len(authors)
    # the chat keeps arriving and painting while the pictures are fetched and refused
    while not all(store.settled(a.avatar_url or "") for a in authors):
        model.enqueue([message(added, authors[added % len(authors)])])
        model.flush()
        added += 1
        await asyncio.sleep(0.02)
        assert time.monotonic() - started < 10, "a picture fetch outlived its time limit"
    assert time.monotonic() - started > 1.0, "the drip was waited on, for its time limit"
    assert added > 20 and model.rowCount() == added
    assert all(store.image("prism:1", a.avatar_url) is None for a in authors)
    assert store.pending() == 0
    view.viewport().repaint()  # initials everywhere, no crash


def test_pictures_are_decoded_off_the_gui_thread(
    qtbot: QtBot, arun: Runner[None], source: Source, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from moderator.ui.messages import avatar_store

    threads: list[threading.Thread] = []

    def watched(data: bytes, side: int) -> QImage | None:
        threads.append(threading.current_thread())
        return decode_avatar(data, side)

    monkeypatch.setattr(avatar_store, "decode_avatar", watched)
    store = AvatarStore(source)

    async def scenario() -> None:
        store.image("prism:1", PICTURE)
        await until(lambda: store.settled(PICTURE), what="the picture")

    arun(scenario())
    assert store.image("prism:1", PICTURE) is not None
    assert threads and threads[0] is not threading.main_thread()


def test_a_click_on_the_picture_counts_as_on_the_name(qtbot: QtBot, source: Source) -> None:
    from moderator.ui.stream.author_clicks import name_rect

    view = shown(qtbot, [message(0, Author("u1", "Chris", PICTURE))])
    x, y = avatar_centre(view, 0)
    assert name_rect(
        view, view._model.message(0), view.visualRect(view._model.index(0)).center()
    ).contains(x, y)


class Stuck:
    """An AvatarSource whose fetch never answers, holding a timer as httpx's time limit does."""

    def __init__(self) -> None:
        self.timers: list[asyncio.TimerHandle] = []

    async def fetch(self, provider: str, url: str) -> bytes | None:
        loop = asyncio.get_running_loop()
        timer = loop.call_later(3600, lambda: None)
        self.timers.append(timer)
        try:
            await asyncio.Event().wait()
        finally:
            timer.cancel()  # as anyio lets go of its deadline when cancelled
        return None


def test_stopping_lets_every_fetch_go_before_the_loop_ends(arun: Runner[None]) -> None:
    """The app quit while pictures were on their way; their time limits then fired into the
    stopped loop ("no running event loop", logged as an unexpected error)."""
    stuck = Stuck()
    store = AvatarStore(stuck)

    async def scenario() -> None:
        for n in range(3):
            store.image("prism:1", f"https://img.test/{n}.png")
        await until(lambda: len(stuck.timers) == 3, what="three fetches under way")
        await store.stop()
        # at once, before the loop turns again: nothing is left to fire later
        assert store.pending() == 0
        assert all(timer.cancelled() for timer in stuck.timers)
        # a repaint while the app closes asks again: a stopped store starts nothing new (the
        # fetch would set a time limit that fires after the loop has ended)
        assert store.image("prism:1", "https://img.test/late.png") is None
        assert store.pending() == 0 and len(stuck.timers) == 3

    arun(scenario())
