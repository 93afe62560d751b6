"""The whole app as a moderator runs it, measured from inside: ``python -m tests.perf.wholeapp``.

The real window, qasync loop, sessions, clients, controllers, archive and read state, wired by
``moderator.app``; the fake platforms run in a child process (:mod:`tests.perf.fakes_child`),
or in the app's own process for ``--baseline`` (with the fixed poll interval and the automatic
GC of before). The clients run in the app's network process (:mod:`moderator.netproc`) unless
``--baseline`` or ``--in-process`` keeps them in the GUI process as before it. Prints one JSON
line of figures; :mod:`tests.perf.__main__` runs the scenarios.
"""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import json
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from moderator import app as the_app
from moderator.demo import Demo, DemoProcess, spawn_demo, start_demo
from moderator.first_paint import shown as first_paint
from moderator.gc_control import GcGovernor
from moderator.netproc.process import NetworkProcess
from moderator.paths import Profile
from moderator.providers import create_provider
from moderator.ui.messages.merged_model import MergedModel
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from tests.perf import fakes_child
from tests.perf.growth_probe import heap_in_use, rss_bytes
from tests.perf.processes import cpu_seconds as app_cpu
from tests.perf.stats import Reserved, lateness_figures, percentile

PROBE_MS = 5
#: rows remembered to tell a re-sorted row from a new one (more than any re-sorted tail)
RECENT = 8_192
PROVIDERS = ("prism", "allmine", "ibmvideo", "brilliant", "liveperson")
#: scenario -> (fakes plan or demo options, buffer, All streams open)
SCENARIOS: dict[str, dict[str, Any]] = {
    "one-500": {"plan": [("prism", 500.0, 100_000)]},
    "one-5000": {"plan": [("prism", 5_000.0, 100_000)]},
    "five-1000": {"plan": [(n, 1_000.0, 2_000) for n in PROVIDERS], "all_streams": True},
    "demo-1000": {"demo": {"rate": 1_000.0, "backlog": 40, "prism_lives": 2}},
    # measured from a steady state: the buffer full (the backlog), then one buffer more of
    # live chat (100 s) so the ids trimmed and the row heights are at their steady size too
    "growth-1000": {"plan": [("prism", 1_000.0, 100_000)], "warm": 120.0},
}


@dataclass
class Watch:
    """What one shown view saw: paints that brought new rows, and each message's delay."""

    stamped: bool
    pending: list[float] = field(default_factory=list)
    #: room for the measured window's figures, taken before it (see :meth:`reserve`)
    delays: Reserved = field(default_factory=lambda: Reserved(1))
    new_row_paints: Reserved = field(default_factory=lambda: Reserved(1))
    appended: int = 0
    #: (--turns) each message's creation -> insert into the shown model, in seconds
    inserted: list[float] | None = None
    first_message_paint: float | None = None
    measuring: bool = False
    #: the keys of the newest rows seen (a bounded set, in arrival order)
    recent: set[tuple[str, str]] = field(default_factory=set)
    order: deque[tuple[str, str]] = field(default_factory=deque)

    def reserve(self, seconds: float, rate: float) -> None:
        """Room for ``seconds`` of delays at ``rate`` and of paints, with a margin."""
        self.delays = Reserved(int(1.5 * rate * seconds) + 10_000)
        self.new_row_paints = Reserved(int(200 * seconds) + 1_000)

    def arrived(self, model: MessageModel | MergedModel, first: int, last: int) -> None:
        # rowsInserted: the rows are where it says (nothing trimmed yet); the All streams
        # model inserts late arrivals in the middle, which rows_appended would not report,
        # and may put a short tail back re-sorted: those rows arrived before, count them once
        rows = [m for m in model.messages()[first : last + 1] if self._new(m)]
        self.appended += len(rows)
        if self.stamped and self.measuring:
            stamps = [m.sent_at.timestamp() for m in rows if m.stream_key[:6] == "prism:"]
            self.pending += stamps
            if self.inserted is not None:  # (--turns) how much of the delay is before the view
                now = time.time()
                self.inserted += [now - created for created in stamps]
        elif not self.stamped or self.first_message_paint is None:
            self.pending.append(0.0)

    def _new(self, message: Any) -> bool:
        key = (message.stream_key, message.id)
        if key in self.recent:
            return False
        self.recent.add(key)
        self.order.append(key)
        if len(self.order) > RECENT:
            self.recent.discard(self.order.popleft())
        return True

    def painted(self) -> None:
        if not self.pending:
            return
        now = time.time()
        if self.first_message_paint is None:
            self.first_message_paint = now
        if self.measuring:
            self.new_row_paints.append(now)
            if self.stamped:
                self.delays.extend([now - created for created in self.pending if created > 0])
        self.pending.clear()


class PaintSpy(QObject):
    def __init__(self, view: MessageView, watch: Watch) -> None:
        super().__init__(view)
        self._watch = watch
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._watch.painted()
        return False


class Probe:
    """A 5 ms timer: how late it fires is how late the GUI answers."""

    def __init__(self, seconds: float) -> None:
        self.stamps = Reserved(int(1.2 * seconds * 1000 / PROBE_MS) + 1_000)
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def last(self) -> float:
        """When the probe last fired (0 before it has)."""
        return self.stamps[-1] if len(self.stamps) else 0.0


def phase(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


async def start_fakes(options: dict[str, Any], baseline: bool) -> Demo:
    if "demo" in options:
        if baseline:  # as before: the demo's fakes in a thread of the app
            return start_demo(**options["demo"])
        return await spawn_demo(**options["demo"]).ready()
    if baseline:
        return fakes_child.start(options["plan"])
    return await DemoProcess(target=fakes_child.serve, plan=options["plan"]).ready()


def use_fixed_interval() -> None:
    """The pacing of before: the whole poll interval after any page that is not full."""
    from moderator.core import polling

    polling.PollPacer._paced = lambda self: max(self.floor, self.interval)  # type: ignore[method-assign]


async def run(args: argparse.Namespace) -> None:
    options = SCENARIOS[args.scenario]
    from moderator.ui.shell.cross_streams import CrossStreams
    from moderator.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    profile = Profile.throwaway().create()
    args.timings = _time_turns() if args.turns else None
    # as the app does, started while the window builds
    network = None if args.baseline or args.in_process else NetworkProcess().start()
    window = MainWindow(subtitle="benchmark")
    window.resize(1100, 720)
    await first_paint(window)
    governor = None
    if args.baseline:
        use_fixed_interval()
    else:
        governor = GcGovernor(activity=NetworkProcess.arrivals)
        governor.start()
    demo = await start_fakes(options, args.baseline)
    phase("fakes serve")
    app_args = the_app.parse_args(["--demo"])
    stores = the_app.Stores.open(profile)
    workspace = the_app._workspace(app_args, profile, window, demo, app, stores, network=network)
    cross = CrossStreams(workspace, archive=stores.archive, audit=stores.audit)
    create = the_app._network_create(network) or create_provider
    if "demo" in options:
        providers = demo.providers(create)
    else:
        providers = [create(c) for c in demo.connections]
    tabs = [workspace.open_provider(p) for p in providers]
    model: MessageModel | MergedModel
    if options.get("all_streams"):
        shown = cross.show_all_streams()
        assert shown is not None
        view, model = shown.view, shown.model
    else:
        window.tabs.setCurrentWidget(tabs[0])
        view, model = tabs[0].view, tabs[0].controller.model
    watch = Watch(stamped="demo" not in options)
    model.rowsInserted.connect(lambda _parent, first, last: watch.arrived(model, first, last))
    PaintSpy(view, watch)
    args.profile_root = profile.data_dir.parent
    args.network = network
    args.view = view
    args.watch = watch
    if args.turns:
        watch.inserted = []
    args.archive_pid = stores.archive.writer_pid
    try:
        figures = await measure(args, options, workspace, watch)
        figures["first_message_s"] = (watch.first_message_paint or float("nan")) - args.spawned_at
        report = {"scenario": args.scenario, "baseline": args.baseline, **figures}
        print(json.dumps(report), flush=True)  # before closing: a hung close loses no figures
    finally:
        phase("closing")
        # a close that hangs prints every thread's stack and ends the process
        faulthandler.dump_traceback_later(40.0, exit=True)
        await close_within(workspace, 15.0)
        stores.close()
        demo.stop()
        if network is not None:
            network.stop()
        if governor is not None:
            governor.stop()
        profile.discard()
        faulthandler.cancel_dump_traceback_later()
        phase("closed")


async def measure(
    args: argparse.Namespace, options: dict[str, Any], workspace: Any, watch: Watch
) -> dict[str, Any]:
    prism = next((c for c in workspace.controllers.values() if c.provider.name == "prism"), None)
    backlog = max((b for n, _r, b in options.get("plan", []) if n == "prism"), default=0)
    catch_up = await caught_up(prism.model if prism else None, min(backlog, 100_000))
    phase(f"backlog read at {catch_up:,.0f} msg/s")
    if prism is not None and watch.stamped:
        behind = await live(prism.model)
        phase(f"caught up with the live chat ({behind:.1f} s behind)")
    warm = options.get("warm", 2.0) if args.warm is None else args.warm
    await asyncio.sleep(max(2.0, warm))  # past the first pages: the steady state
    probe = Probe(args.seconds)
    watch.reserve(args.seconds, sum(r for _n, r, _b in options.get("plan", [])) or 5_000.0)
    watch.measuring, watch.pending = True, []
    appended_before, rss_before, traced_before = watch.appended, rss_bytes(), traced()
    heap_before = heap_in_use()
    child = args.network.process.pid if args.network is not None else None
    cpu_before, child_before = time.process_time(), app_cpu(child)
    archive_before = app_cpu(args.archive_pid)
    started = time.perf_counter()
    late = None
    if args.late:
        from tests.perf.late_stacks import LateStacks

        late = LateStacks(probe.last, PROBE_MS / 1000)
        late.start()
    timings = args.timings
    for values in (timings or {}).values():
        values.clear()
    probe.start()
    await sampled(args, workspace)
    probe.stop()
    if timings is not None:
        import threading

        phase(f"threads: {[t.name for t in threading.enumerate()]}")
        if args.watch.inserted:
            ms = [f"{percentile(args.watch.inserted, q) * 1000:.1f}" for q in (0.5, 0.9, 0.99)]
            phase(f"creation -> in the shown model p50/p90/p99: {'/'.join(ms)} ms")
        images = args.view.row_images
        phase(f"row pictures: {images.drawn} drawn, {images.copied} copied, {images.live} live")
        for name, values in timings.items():
            if values:
                ms = [f"{percentile(values, q) * 1000:.2f}" for q in (0.5, 0.9, 0.99, 1.0)]
                phase(f"{name}: {len(values)} turns, p50/p90/p99/max {'/'.join(ms)} ms")
    if late is not None:
        late.stop()
        print(late.report(), file=sys.stderr, flush=True)
    watch.measuring = False
    phase("measured")
    elapsed = time.perf_counter() - started
    gui_cpu, child_cpu = time.process_time() - cpu_before, app_cpu(child) - child_before
    archive_cpu = app_cpu(args.archive_pid) - archive_before
    # memory first: working out the other figures allocates (sorted copies of the delays)
    figures: dict[str, Any] = memory_figures(rss_before, heap_before, traced_before)
    figures |= lateness_figures(probe.stamps, PROBE_MS)
    paints = watch.new_row_paints
    figures |= {
        "delivered_per_s": (watch.appended - appended_before) / elapsed,
        "catch_up_per_s": catch_up,
        "created_to_painted_p50_ms": percentile(watch.delays, 0.5) * 1000,
        "created_to_painted_p99_ms": percentile(watch.delays, 0.99) * 1000,
        "longest_wait_for_new_row_ms": max(
            (b - a for a, b in pairwise(paints)), default=float("nan")
        )
        * 1000,
        "not_kept": watch.delays.lost + paints.lost + probe.stamps.lost,
        # CPU per 1,000 messages delivered: the app's process, its network process
        "gui_cpu_ms_per_1000": 1e6 * gui_cpu / max(1, watch.appended - appended_before),
        "network_cpu_ms_per_1000": 1e6 * child_cpu / max(1, watch.appended - appended_before),
        "archive_cpu_ms_per_1000": 1e6 * archive_cpu / max(1, watch.appended - appended_before),
        "warm_s": warm,
        "seconds": elapsed,
    }
    return figures


def _time_turns() -> dict[str, list[float]]:
    """Time the view's measuring, drawing ahead, paint and insert (patched before any view is
    made: PySide looks a Qt virtual up once per object)."""
    from moderator.ui.messages import message_view, virtual_list

    timings: dict[str, list[float]] = {}

    def wrap(cls: Any, name: str) -> None:
        original = getattr(cls, name)
        values = timings.setdefault(f"{cls.__name__}.{name}", [])

        def timed(self: Any, *a: Any) -> Any:
            t = time.perf_counter()
            try:
                return original(self, *a)
            finally:
                values.append(time.perf_counter() - t)

        setattr(cls, name, timed)

    wrap(message_view.MessageView, "settle")
    wrap(message_view.MessageView, "draw_ahead")
    wrap(virtual_list.VirtualListView, "paintEvent")
    wrap(message_view.MessageView, "rowsInserted")
    return timings


def memory_figures(rss_before: int, heap_before: int, traced_before: int) -> dict[str, float]:
    """Growth since the measured window began: resident (what the system sees), heap in use
    (live allocations of Python and C, not the free room either allocator keeps) and traced
    (live Python allocations, when tracing)."""
    rss, heap, now_traced = rss_bytes(), heap_in_use(), traced()
    return {
        "rss_mb": rss / 1e6,
        "rss_before_mb": rss_before / 1e6,
        "growth_pct": 100.0 * (rss - rss_before) / rss_before,
        "heap_mb": heap / 1e6,
        "heap_growth_pct": 100.0 * (heap - heap_before) / heap_before,
        "traced_mb": now_traced / 1e6,
        "traced_growth_pct": 100.0 * (now_traced - traced_before) / traced_before
        if traced_before
        else float("nan"),
    }


def traced() -> int:
    """Python's live allocations (tracemalloc), 0 unless the process traces them."""
    import tracemalloc

    return tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0


async def sampled(args: argparse.Namespace, workspace: Any) -> None:
    """Wait ``args.seconds``, writing a growth sample every ``args.sample_every`` seconds."""
    if not args.samples:
        await asyncio.sleep(args.seconds)
        return
    from tests.perf.growth_probe import Sampler

    sampler = Sampler(Path(args.samples), Path(args.profile_root))
    deadline = time.perf_counter() + args.seconds
    try:
        while True:
            states = [c.state for c in workspace.controllers.values()]
            left = deadline - time.perf_counter()
            rows, index = sum(map(len, states)), sum(len(s._index) for s in states)
            # the last sample also trims the C heap (what it gives back): the JSON line of a
            # sampled run then shows resident memory after that trim; the samples show both
            sampler.sample(rows=rows, index=index, trim=left <= 0)
            if left <= 0:
                return
            await asyncio.sleep(min(left, args.sample_every))
    finally:
        sampler.close()


async def live(model: MessageModel, patience: float = 30.0) -> float:
    """Wait until the newest row is under a second old (what piled up meanwhile is read)."""
    deadline = time.perf_counter() + patience
    while True:
        rows = model.messages()
        behind = time.time() - rows[-1].sent_at.timestamp() if rows else float("inf")
        if behind < 1.0 or time.perf_counter() > deadline:
            return behind
        await asyncio.sleep(0.05)


async def close_within(workspace: Any, seconds: float) -> None:
    """Close every tab; a close that hangs is reported (with what it waits for), not waited out."""
    closing = asyncio.ensure_future(workspace.close_all())
    done, _ = await asyncio.wait({closing}, timeout=seconds)
    if not done:  # (wait_for would wait for the cancelled close to end: maybe never)
        phase("closing the tabs took too long; still waiting:")
        for task in asyncio.all_tasks():
            task.print_stack(limit=8, file=sys.stderr)


async def caught_up(model: MessageModel | None, rows: int, patience: float = 120.0) -> float:
    """Messages a second while a tab reads its backlog (0 when there is none to read)."""
    if model is None or rows <= 0:
        return 0.0
    deadline = time.perf_counter() + patience
    while model.rowCount() == 0 and time.perf_counter() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    start, first = time.perf_counter(), model.rowCount()
    while model.rowCount() < rows and time.perf_counter() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    return (model.rowCount() - first) / max(1e-9, time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    import qasync

    parser = argparse.ArgumentParser(prog="python -m tests.perf.wholeapp")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--in-process", action="store_true", help="clients in the GUI process")
    parser.add_argument("--spawned-at", type=float, default=time.time())
    parser.add_argument("--profile", metavar="PATH", help="write cProfile stats of the app here")
    parser.add_argument("--warm", type=float, help="seconds live before measuring")
    parser.add_argument("--samples", metavar="PATH", help="write growth samples here (JSON lines)")
    parser.add_argument("--sample-every", type=float, default=30.0)
    parser.add_argument("--trace", action="store_true", help="trace Python's allocations")
    parser.add_argument("--late", action="store_true", help="print what the GUI does when late")
    parser.add_argument("--turns", action="store_true", help="print how long the view's turns take")
    args = parser.parse_args(argv)
    if args.trace:  # from the start: growth is what is alive at the end and was not before
        import tracemalloc

        tracemalloc.start()
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        if args.profile:  # where the GUI thread's time goes (pstats: sort by tottime)
            import cProfile

            with cProfile.Profile() as profile:
                loop.run_until_complete(run(args))
            profile.dump_stats(args.profile)
        else:
            loop.run_until_complete(run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
