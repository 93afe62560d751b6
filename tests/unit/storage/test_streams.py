from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from moderator.errors import StorageError
from moderator.providers.brilliant import BrilliantConnection
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import SettingsStore
from moderator.storage.streams import StreamLibrary


def site(name: str, key: str = "k") -> BrilliantConnection:
    return BrilliantConnection(
        site_url=f"https://{name}.example", api_key=SecretStr(key), owner_token="o"
    )


def library(path: Path, secrets: SessionOnlyStore) -> StreamLibrary:
    store = SettingsStore(path / "settings.json")
    return StreamLibrary(store, store.load(), secrets)


def test_streams_keep_their_order_and_their_secrets_stay_out_of_the_file(tmp_path: Path) -> None:
    secrets = SessionOnlyStore()
    lib = library(tmp_path, secrets)
    a, b, c = (lib.add(site(n, f"key-{n}")) for n in "abc")
    lib.reorder([c, a, b])
    text = (tmp_path / "settings.json").read_text()
    assert "key-a" not in text and "key-c" not in text
    again = library(tmp_path, secrets)
    hosts = [s.public["site_url"] for s in again.streams]
    assert hosts == ["https://c.example", "https://a.example", "https://b.example"]
    restored = again.restore(again.streams[0], BrilliantConnection)
    assert isinstance(restored, BrilliantConnection)
    assert restored.api_key.get_secret_value() == "key-c"


def test_removing_a_stream_forgets_secrets_nobody_else_uses(tmp_path: Path) -> None:
    secrets = SessionOnlyStore()
    lib = library(tmp_path, secrets)
    first = lib.add(site("a"))
    twin = lib.add(site("a"))
    other = lib.add(site("b"))
    lib.remove(first)
    assert secrets.get(twin.secrets["api_key"]) == "k"  # the twin still needs it
    lib.remove(other)
    assert secrets.get(other.secrets["api_key"]) is None
    assert len(library(tmp_path, secrets).streams) == 1


def test_a_missing_secret_says_sign_in_again(tmp_path: Path) -> None:
    lib = library(tmp_path, SessionOnlyStore())
    lib.add(site("a"))
    later = library(tmp_path, SessionOnlyStore())  # a new session: memory is empty
    with pytest.raises(StorageError, match="sign in again"):
        later.restore(later.streams[0], BrilliantConnection)


def test_replace_keeps_the_place_and_move_secrets_carries_them(tmp_path: Path) -> None:
    lib = library(tmp_path, SessionOnlyStore())
    first, second = lib.add(site("a")), lib.add(site("b"))
    fresh = lib.replace(first, site("a", "new-key"))
    assert lib.streams == [fresh, second]
    target = SessionOnlyStore()
    lib.move_secrets(target)
    assert target.get(fresh.secrets["api_key"]) == "new-key"
    restored = lib.restore(fresh, BrilliantConnection)
    assert isinstance(restored, BrilliantConnection)
    assert restored.api_key.get_secret_value() == "new-key"


def test_update_saves_preferences_and_keeps_streams(tmp_path: Path) -> None:
    lib = library(tmp_path, SessionOnlyStore())
    lib.add(site("a"))
    lib.update(lib.settings.model_copy(update={"theme": "dark", "streams": []}))
    again = library(tmp_path, SessionOnlyStore())
    assert again.settings.theme == "dark" and len(again.streams) == 1


def test_renewed_tokens_are_kept_for_the_next_start(tmp_path: Path) -> None:
    from moderator.providers.prism import PrismConnection

    secrets = SessionOnlyStore()
    books = library(tmp_path, secrets)
    saved = books.add(
        PrismConnection(
            base_url="https://prism.example",
            live_id="7",
            access_token=SecretStr("old-access"),
            refresh_token=SecretStr("old-refresh"),
        )
    )
    books.renew(saved, "new-access", "new-refresh")
    restored = books.restore(saved, PrismConnection)
    assert isinstance(restored, PrismConnection)
    assert restored.access_token.get_secret_value() == "new-access"
    assert restored.refresh_token is not None
    assert restored.refresh_token.get_secret_value() == "new-refresh"
