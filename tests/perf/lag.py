"""UI lag: how late a 5 ms timer fires while a tab with 100k messages takes a fast chat.

Both sides get the same raw PRISM pages at the same rate from a 20 ms feeder. The product reads
them with its pipeline into ``MessageModel`` shown by ``MessageView`` (word-wrapped rows of
varying height, pinned to the bottom, trimmed to 100k). The naive side is a ``QListView`` with
word wrap over a plain list model, one batched insert per delivery, trimmed to 100k rows (its
page reading is not timed against it: it gets ready-made messages).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QWidget

from moderator.core.models import ChatMessage
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from tests.perf.pages import NaivePipeline, PlainListModel, ProductPipeline

PROBE_MS = 5
FEED_MS = 20
SIZE = (900, 700)


@dataclass
class Lag:
    median_ms: float
    p99_ms: float
    max_ms: float
    delivered_per_s: float


def run_loop(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def probe(seconds: float, feed: Feeder) -> Lag:
    """Run the loop for ``seconds`` with the feeder on, timing a 5 ms timer."""
    stamps: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    feed.start()
    run_loop(seconds)
    feed.stop()
    timer.stop()
    late = sorted(max(0.0, (b - a) * 1000 - PROBE_MS) for a, b in pairwise(stamps))
    p99 = late[min(len(late) - 1, int(len(late) * 0.99))] if late else float("nan")
    median = statistics.median(late) if late else float("nan")
    return Lag(median, p99, late[-1] if late else float("nan"), feed.delivered / seconds)


class Feeder:
    """Delivers what ``rate`` owes since the last tick, a page (≤100 messages) at a time."""

    def __init__(self, pages: list[bytes], rate: float, sink: ProductPipeline | NaiveSink) -> None:
        self._pages = pages
        self._rate = rate
        self._sink = sink
        self._owed = 0.0
        self._next = 0
        self._last = 0.0
        self.delivered = 0
        self._timer = QTimer()
        self._timer.setInterval(FEED_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._owed += (now - self._last) * self._rate
        self._last = now
        due = []
        while self._owed >= 100 and self._next < len(self._pages):
            due.append(self._pages[self._next])
            self._next += 1
            self._owed -= 100
        self._sink.feed_many(due)
        self.delivered += 100 * len(due)


class NaiveSink:
    """Hands the naive model messages read beforehand, so only its view is timed."""

    def __init__(self, model: PlainListModel, pages: list[list[ChatMessage]]) -> None:
        self._model = model
        self._pages = iter(pages)

    def feed_many(self, bodies: list[bytes]) -> None:
        # one insert per delivery (a batch), trimmed to the product's buffer: a fair baseline
        self._model.append([m for _ in bodies for m in next(self._pages)], limit=100_000)


def product(prefill: list[bytes], live: list[bytes], rate: float, seconds: float) -> Lag:
    model = MessageModel(limit=100_000)
    pipeline = ProductPipeline(model)
    for body in prefill:
        pipeline.feed(body)
    model.flush()
    view = MessageView(model)
    _show(view)
    result = probe(seconds, Feeder(live, rate, pipeline))
    assert view.pinned, "the view must still follow the chat"
    assert model.rowCount() == 100_000 or len(prefill) < 1000, "trimmed to the buffer's size"
    dispose(view)
    return result


def naive(prefill: list[bytes], live: list[bytes], rate: float, seconds: float) -> Lag:
    model = PlainListModel()
    reader = NaivePipeline(model)
    for body in prefill:
        reader.feed(body)
    later = PlainListModel()
    NaivePipeline(later).feed_all(live)
    view = QListView()
    view.setWordWrap(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setModel(model)
    _show(view)
    model.rowsInserted.connect(lambda *_: view.scrollToBottom())
    pages = [later.rows[i : i + 100] for i in range(0, len(later.rows), 100)]
    result = probe(seconds, Feeder(live, rate, NaiveSink(model, pages)))
    dispose(view)
    return result


def _show(view: QWidget) -> None:
    view.resize(*SIZE)
    view.show()
    app = QApplication.instance()
    assert app is not None
    run_loop(0.3)  # first layout and paint happen before the clock starts


def dispose(view: QWidget) -> None:
    """Delete a view now, while Qt runs (left to interpreter exit, PySide may crash there)."""
    view.close()
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
