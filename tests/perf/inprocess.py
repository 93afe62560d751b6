"""Benchmarks that run inside this process: ingest throughput and memory per message."""

from __future__ import annotations

import gc
import sys
import time
import tracemalloc
from collections.abc import Callable

from PySide6.QtWidgets import QListView, QWidget

from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from tests.perf.lag import dispose
from tests.perf.pages import NaivePipeline, PlainListModel, ProductPipeline

#: pages between two flushes: the model inserts at most every 50 ms, i.e. every ~10 pages at
#: 20k msg/s; at the speeds measured here one flush per 10 pages is conservative
FLUSH_EVERY = 10


def ingest_product(pages: list[bytes]) -> float:
    """Messages per second from raw page bytes into the model (no view: that is the lag test)."""
    model = MessageModel(limit=len(pages) * 100 + 1)
    pipeline = ProductPipeline(model)
    return _timed(pages, pipeline.feed, model.flush, lambda: model.rowCount())


def ingest_naive(pages: list[bytes]) -> float:
    model = PlainListModel()
    pipeline = NaivePipeline(model)
    return _timed(pages, pipeline.feed, lambda: None, lambda: model.rowCount())


def _timed(
    pages: list[bytes],
    feed: Callable[[bytes], None],
    flush: Callable[[], None],
    count: Callable[[], int],
) -> float:
    gc.collect()
    start = time.perf_counter()
    for n, body in enumerate(pages, 1):
        feed(body)
        if n % FLUSH_EVERY == 0:
            flush()
    flush()
    elapsed = time.perf_counter() - start
    return count() / elapsed


def memory_product(pages: list[bytes]) -> float:
    """Bytes per buffered message beyond its text: message, index, seen ids, row height.

    Give it pages with realistic texts (``make_pages(unique=...)``): with the chatter's twenty
    lines shared by every message, nearly no text memory would be counted at all.
    """

    def fill() -> tuple[tuple[object, object, QWidget], list[str]]:
        model = MessageModel(limit=len(pages) * 100 + 1)
        view = MessageView(model)
        pipeline = ProductPipeline(model)
        for body in pages:
            pipeline.feed(body)
        model.flush()
        return (model, pipeline, view), [m.text for m in model.messages()]

    return _traced(fill)


def memory_naive(pages: list[bytes]) -> float:
    def fill() -> tuple[tuple[object, object, QWidget], list[str]]:
        model = PlainListModel()
        view = QListView()
        view.setModel(model)
        pipeline = NaivePipeline(model)
        for body in pages:
            pipeline.feed(body)
        return (model, pipeline, view), [m.text for m in model.rows]

    return _traced(fill)


def _traced(fill: Callable[[], tuple[tuple[object, object, QWidget], list[str]]]) -> float:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    keep, texts = fill()
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    # the list of texts is the measurement's own; each distinct text is counted once (what any
    # design must keep): copies of one text, where a design keeps them, are its own overhead
    distinct = {t: sys.getsizeof(t) for t in texts}
    used -= sys.getsizeof(texts) + sum(distinct.values())
    dispose(keep[2])
    return used / len(texts)
