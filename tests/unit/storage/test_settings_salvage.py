"""A damaged settings file keeps the saved streams where they can be read (finding 8)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from moderator.storage.settings import Settings, SettingsStore

STREAMS: list[dict[str, Any]] = [
    {"provider": "prism", "public": {"live_id": "1001", "label": "Morning show"}, "secrets": {}},
    {"provider": "allmine", "public": {"room": "r-7"}, "secrets": {"token": "allmine:r-7:token"}},
]


def damaged(tmp_path: Path, text: str | bytes) -> SettingsStore:
    path = tmp_path / "settings.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return SettingsStore(path)


def copies(tmp_path: Path) -> list[Path]:
    return [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.damaged-")]


def test_a_wrong_field_keeps_the_streams_and_the_other_preferences(tmp_path: Path) -> None:
    text = json.dumps({"theme": "purple", "undo_delay_seconds": 9, "streams": STREAMS})
    store = damaged(tmp_path, text)
    settings = store.load()
    assert [s.public for s in settings.streams] == [s["public"] for s in STREAMS]
    assert settings.undo_delay_seconds == 9
    assert settings.theme == "system"
    assert store.problem is not None
    assert "2 saved streams were recovered" in store.problem
    (copy,) = copies(tmp_path)
    assert str(copy) in store.problem, "the notice says where the damaged copy is"
    assert copy.read_text(encoding="utf-8") == text, "the damaged copy is kept as it was"


def test_the_recovered_settings_are_saved_so_a_second_load_finds_them(tmp_path: Path) -> None:
    damaged(tmp_path, json.dumps({"theme": 3, "streams": STREAMS})).load()
    again = SettingsStore(tmp_path / "settings.json")
    assert len(again.load().streams) == 2
    assert again.problem is None
    assert len(copies(tmp_path)) == 1


def test_one_unreadable_stream_does_not_cost_the_others(tmp_path: Path) -> None:
    broken = [STREAMS[0], {"public": "no provider"}, STREAMS[1]]
    store = damaged(tmp_path, json.dumps({"streams": broken}))
    assert [s.provider for s in store.load().streams] == ["prism", "allmine"]
    assert store.problem is not None and "1 could not be read" in store.problem


def test_truncated_json_salvages_the_complete_streams(tmp_path: Path) -> None:
    text = json.dumps({"theme": "dark", "streams": STREAMS}, indent=2)
    cut = text[: text.index('"r-7"')]  # the file ends inside the second stream
    store = damaged(tmp_path, cut)
    settings = store.load()
    assert [s.public for s in settings.streams] == [STREAMS[0]["public"]]
    assert store.problem is not None and "1 saved stream was recovered" in store.problem


def test_nothing_readable_says_so_and_starts_with_defaults(tmp_path: Path) -> None:
    store = damaged(tmp_path, b"\xff\xfe\x00garbage")
    assert store.load() == Settings()
    assert store.problem is not None
    assert "no saved stream could be recovered" in store.problem
    assert str(copies(tmp_path)[0]) in store.problem


def test_a_json_list_instead_of_an_object_is_damage_too(tmp_path: Path) -> None:
    store = damaged(tmp_path, json.dumps(STREAMS))
    assert store.load() == Settings()
    assert store.problem is not None
