"""What grows in a long run of the whole app: samples written as JSON lines, one every period.

``python -m tests.perf.wholeapp growth-1000 --samples out.jsonl [--trace]`` writes one sample
every ``--sample-every`` seconds: resident memory, Python's traced memory (with ``--trace``,
the lines whose live allocations grew most since the first sample), the GC-tracked objects by
type, glibc's heap (``mallinfo2``: bytes in use, free inside the heap, mapped), SQLite's own
memory and the size of every ``-wal`` file in the profile. Diagnostics only: counting the
objects walks all of them (a pause of a few hundred milliseconds), so never in a timed run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import json
import os
import re
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

#: lines with the largest growth of live traced bytes written per sample
TOP_LINES = 25
#: object types with the largest counts written per sample
TOP_TYPES = 30


def rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _libc() -> Any:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


def malloc_stats() -> dict[str, int]:
    """glibc's main heap: ``arena`` taken from the system by brk, ``in_use`` of it, ``free``
    inside it (fragmentation when large), ``mapped`` (big blocks, returned when freed)."""
    libc = _libc()
    if not hasattr(libc, "mallinfo2"):
        return {}
    libc.mallinfo2.restype = MallInfo2
    info = libc.mallinfo2()
    return {
        "arena": info.arena,
        "in_use": info.uordblks,
        "free": info.fordblks,
        "mapped": info.hblkhd,
        "top_releasable": info.keepcost,
    }


def pymalloc_stats() -> dict[str, int]:
    """Python's small-object allocator: ``arenas`` (1 MiB each, mapped from the system) and the
    bytes ``in_use`` in them (what lives; the rest is free inside the arenas)."""
    with tempfile.TemporaryFile() as out:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode("ascii", "replace")
    found = {
        "arenas": r"(\d+) arenas \* (\d+) bytes/arena",
        "in_use": r"# bytes in allocated blocks\s*=\s*([\d,]+)",
    }
    stats: dict[str, int] = {}
    for key, pattern in found.items():
        match = re.search(pattern, text)
        if match is None:
            continue
        numbers = [int(g.replace(",", "")) for g in match.groups()]
        stats[key] = numbers[0] * numbers[1] if len(numbers) == 2 else numbers[0]
    return stats


def heap_in_use() -> int:
    """Bytes allocated and alive now, Python's and C's (Qt, SQLite) alike: pymalloc's blocks in
    use plus glibc's (heap and mapped). Unlike resident memory, free space kept inside either
    allocator (fragmentation) is not counted; unlike tracemalloc, it costs nothing while it runs."""
    return (
        pymalloc_stats().get("in_use", 0)
        + malloc_stats().get("in_use", 0)
        + malloc_stats().get("mapped", 0)
    )


def sqlite_memory() -> dict[str, int]:
    import _sqlite3

    lib = ctypes.CDLL(_sqlite3.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    return {"used": lib.sqlite3_memory_used(), "highwater": lib.sqlite3_memory_highwater(0)}


def wal_sizes(root: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in root.rglob("*-wal") if p.exists()}


def objects_by_type() -> Counter[str]:
    """Every GC-tracked object by type name, frozen ones included (they are unfrozen to be
    walked, then frozen again with what is new)."""
    gc.unfreeze()
    try:
        return Counter(type(o).__name__ for o in gc.get_objects())
    finally:
        gc.freeze()


class Sampler:
    """Writes a sample when called; the first one is what later ones are compared with."""

    def __init__(self, path: Path, profile_root: Path) -> None:
        self._out = path.open("w", encoding="utf-8")
        self._root = profile_root
        self._started = time.perf_counter()
        self._first_lines: dict[str, int] | None = None
        self._first_types: Counter[str] | None = None

    def sample(self, label: str = "", *, trim: bool = False, **extra: Any) -> dict[str, Any]:
        record: dict[str, Any] = {
            "t": round(time.perf_counter() - self._started, 1),
            "label": label,
            "rss": rss_bytes(),
            "malloc": malloc_stats(),
            "pymalloc": pymalloc_stats(),
            "sqlite": sqlite_memory(),
            "wal": wal_sizes(self._root),
            "gc_frozen": gc.get_freeze_count(),
            "blocks": sys.getallocatedblocks(),
            **extra,
        }
        if tracemalloc.is_tracing():
            record["traced"] = tracemalloc.get_traced_memory()[0]
            record["lines"] = self._lines()
        record["types"] = self._types()
        if trim:  # what glibc would give back (its free room inside the heap), at what cost
            started = time.perf_counter()
            _libc().malloc_trim(0)
            record["trim_ms"] = (time.perf_counter() - started) * 1000
            record["rss_after_trim"] = rss_bytes()
        self._out.write(json.dumps(record) + "\n")
        self._out.flush()
        return record

    def close(self) -> None:
        self._out.close()

    def _lines(self) -> list[tuple[str, int, int]]:
        stats = tracemalloc.take_snapshot().statistics("lineno")
        now = {f"{s.traceback[0].filename}:{s.traceback[0].lineno}": s.size for s in stats}
        if self._first_lines is None:
            self._first_lines = now
        first = self._first_lines
        grown = sorted(((now[k] - first.get(k, 0), k) for k in now), reverse=True)[:TOP_LINES]
        return [(key, size, now[key]) for size, key in grown]

    def _types(self) -> list[tuple[str, int, int]]:
        now = objects_by_type()
        if self._first_types is None:
            self._first_types = now
        first = self._first_types
        grown = sorted(((n - first.get(k, 0), k) for k, n in now.items()), reverse=True)
        return [(key, diff, now[key]) for diff, key in grown[:TOP_TYPES]]
