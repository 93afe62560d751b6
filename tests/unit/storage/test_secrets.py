from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from moderator.errors import StorageError
from moderator.storage.secrets import (
    EncryptedFileStore,
    KeyringStore,
    SessionOnlyStore,
    keyring_available,
    open_secret_store,
)
from tests.keyrings import MemoryKeyring


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


def test_keyring_is_used_when_there_is_one(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    choice = open_secret_store("auto", encrypted_path=tmp_path / "s.enc")
    assert isinstance(choice.store, KeyringStore) and choice.notice is None
    choice.store.set("prism:1:access_token", "abc")
    assert memory_keyring.values[("Moderator", "prism:1:access_token")] == "abc"
    choice.store.delete("prism:1:access_token")
    choice.store.delete("never-there")
    assert choice.store.get("prism:1:access_token") is None


def test_without_a_keyring_it_says_so_and_keeps_nothing_on_disk(
    no_keyring: None, tmp_path: Path
) -> None:
    assert not keyring_available()
    choice = open_secret_store("auto", encrypted_path=tmp_path / "s.enc")
    assert isinstance(choice.store, SessionOnlyStore)
    assert choice.notice and "this session only" in choice.notice
    choice.store.set("k", "v")
    assert list(tmp_path.iterdir()) == []


def test_encrypted_file_round_trip_and_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "secrets.enc"
    store = EncryptedFileStore(path, "correct horse")
    store.set("api", "key-very-secret")
    assert b"key-very-secret" not in path.read_bytes()
    assert EncryptedFileStore(path, "correct horse").get("api") == "key-very-secret"
    with pytest.raises(StorageError, match="passphrase"):
        EncryptedFileStore(path, "wrong")


def test_encrypted_choice_needs_a_passphrase(no_keyring: None, tmp_path: Path) -> None:
    locked = open_secret_store("encrypted", encrypted_path=tmp_path / "s.enc")
    assert isinstance(locked.store, SessionOnlyStore) and locked.notice
    unlocked = open_secret_store("encrypted", encrypted_path=tmp_path / "s.enc", passphrase="pw")
    assert isinstance(unlocked.store, EncryptedFileStore) and unlocked.notice is None
