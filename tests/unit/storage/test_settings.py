from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from moderator.errors import StorageError
from moderator.providers.prism import PrismConnection
from moderator.storage.files import atomic_write_text
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import (
    Settings,
    SettingsStore,
    restore_connection,
    save_connection,
)

TOKEN = "tok-very-secret-123"


def connection() -> PrismConnection:
    return PrismConnection(
        base_url="https://prism.example",
        live_id="42",
        access_token=SecretStr(TOKEN),
        refresh_token=SecretStr("refresh-very-secret"),
        client_id="cid",
        client_secret=SecretStr("client-very-secret"),
    )


def test_settings_round_trip_atomically(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    settings = Settings(undo_delay_seconds=0, highlights=["giveaway"])
    store.save(settings)
    assert store.load() == settings
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"], "no temp file left behind"


@pytest.mark.parametrize("content", ["{not json", '{"undo_delay_seconds": "soon"}', "\xff\xfe"])
def test_a_damaged_file_is_moved_aside_and_defaults_are_used(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content.encode("latin-1"))
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert (
        store.problem and "kept at" in store.problem and "settings.json.damaged-" in store.problem
    )
    assert SettingsStore(path).load() == Settings(), "what was recovered (nothing) is saved"
    assert any(p.name.startswith("settings.json.damaged-") for p in tmp_path.iterdir())


def test_saved_streams_keep_secrets_out_of_the_file(tmp_path: Path) -> None:
    secrets = SessionOnlyStore()
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(streams=[save_connection(connection(), secrets)]))
    text = (tmp_path / "settings.json").read_text()
    assert "very-secret" not in text
    saved = store.load().streams[0]
    assert saved.public["live_id"] == "42"
    restored = restore_connection(saved, PrismConnection, secrets)
    assert restored == connection()


def test_a_lost_secret_asks_to_sign_in_again(tmp_path: Path) -> None:
    saved = save_connection(connection(), SessionOnlyStore())
    with pytest.raises(StorageError, match="sign in again"):
        restore_connection(saved, PrismConnection, SessionOnlyStore())


def test_atomic_write_never_leaves_half_a_file(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    atomic_write_text(path, json.dumps({"a": 1}))

    with pytest.raises(TypeError):
        atomic_write_text(path, 42)  # type: ignore[arg-type]
    assert json.loads(path.read_text()) == {"a": 1}
    assert len(list(tmp_path.iterdir())) == 1
