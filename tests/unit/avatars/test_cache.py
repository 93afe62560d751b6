from __future__ import annotations

import os
from pathlib import Path

from moderator.avatars.cache import AvatarCache


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_picture_is_kept_until_it_expires(tmp_path: Path) -> None:
    clock = Clock()
    cache = AvatarCache(tmp_path / "avatars", ttl_s=60, clock=clock)
    cache.put("https://x.test/a.png", b"abc")
    path = cache.path_for("https://x.test/a.png")
    assert path.parent == tmp_path / "avatars" and "x.test" not in path.name
    clock.now = path.stat().st_mtime + 59
    assert cache.get("https://x.test/a.png") == b"abc"
    clock.now += 2
    assert cache.get("https://x.test/a.png") is None
    assert not path.exists(), "an expired picture is removed"


def test_too_large_is_never_kept(tmp_path: Path) -> None:
    cache = AvatarCache(tmp_path, max_bytes=10)
    cache.put("u", b"x" * 11)
    assert cache.get("u") is None
    cache.path_for("u").write_bytes(b"x" * 11)  # grown on disk by someone else
    assert cache.get("u") is None


def test_prune_removes_expired_and_partial_files(tmp_path: Path) -> None:
    clock = Clock()
    cache = AvatarCache(tmp_path, ttl_s=60, clock=clock)
    cache.put("old", b"1")
    (tmp_path / ".part-abc").write_bytes(b"half")
    clock.now = cache.path_for("old").stat().st_mtime + 61
    cache.put("new", b"2")
    os.utime(cache.path_for("new"), (clock.now, clock.now))
    assert cache.prune() == 2
    assert [p.name for p in tmp_path.iterdir()] == [cache.path_for("new").name]


def test_an_unwritable_folder_only_means_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    cache = AvatarCache(blocker / "avatars")
    cache.put("u", b"abc")
    assert cache.get("u") is None
