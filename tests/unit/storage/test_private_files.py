"""Chat data, logs, settings and secrets are readable by their owner only (finding 13)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator.logs import setup_logging
from moderator.paths import Profile
from moderator.storage.archive import Archive
from moderator.storage.audit import AuditLog
from moderator.storage.outbox import Outbox
from moderator.storage.secrets import EncryptedFileStore
from moderator.storage.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def generous_umask() -> Iterator[None]:
    """The usual desktop umask (022), which made every file 0644 before."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_new_profile_folders_are_private(tmp_path: Path) -> None:
    profile = Profile.at(tmp_path / "p").create()
    for folder in (profile.config_dir, profile.data_dir, profile.log_dir):
        assert mode(folder) == 0o700, folder


def test_an_existing_profile_is_made_private_at_start(tmp_path: Path) -> None:
    profile = Profile.at(tmp_path / "p")
    files = [
        profile.settings_file,
        profile.config_dir / "secrets.enc",
        profile.data_dir / "archive.sqlite3",
        profile.data_dir / "archive.sqlite3-wal",
        profile.log_dir / "moderator.log",
        profile.log_dir / "moderator.log.3",
    ]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o755)
        path.write_text("x")
        path.chmod(0o644)
    profile.create()
    for folder in (profile.config_dir, profile.data_dir, profile.log_dir):
        assert mode(folder) == 0o700, folder
    for path in files:
        assert mode(path) == 0o600, path


def test_databases_and_their_wal_files_are_private(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    audit = AuditLog(tmp_path / "audit.sqlite3")
    archive = Archive(tmp_path / "archive.sqlite3")
    try:
        written = [p for p in tmp_path.iterdir() if ".sqlite3" in p.name]
        assert {p.name for p in written} >= {"outbox.sqlite3-wal", "audit.sqlite3-shm"}
        for path in written:
            assert mode(path) == 0o600, path
    finally:
        archive.close()
        audit.close()
        outbox.close()


def test_settings_and_secrets_files_are_private(tmp_path: Path) -> None:
    SettingsStore(tmp_path / "settings.json").save(Settings())
    EncryptedFileStore(tmp_path / "secrets.enc", "pass").set("k", "v")
    assert mode(tmp_path / "settings.json") == 0o600
    assert mode(tmp_path / "secrets.enc") == 0o600


def test_exports_default_to_private_but_keep_a_chosen_mode(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3")
    archive = Archive(tmp_path / "archive.sqlite3")
    try:
        audit.export_csv(tmp_path / "audit.csv")
        audit.export_jsonl(tmp_path / "audit.jsonl")
        archive.export_csv(tmp_path / "chat.csv")
        archive.export_jsonl(tmp_path / "chat.jsonl")
        shared = tmp_path / "shared.csv"
        shared.write_text("")
        shared.chmod(0o644)
        archive.export_csv(shared)
    finally:
        archive.close()
        audit.close()
    for name in ("audit.csv", "audit.jsonl", "chat.csv", "chat.jsonl"):
        assert mode(tmp_path / name) == 0o600, name
    assert mode(shared) == 0o644, "a file the moderator already shared keeps its mode"


def test_log_files_and_rotated_ones_are_private(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "moderator.log"
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        setup_logging(path, "INFO")
        logging.getLogger("moderator.test").info("hello")
        for handler in root.handlers[len(before) :]:
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                handler.doRollover()
        logging.getLogger("moderator.test").info("again")
    finally:
        for handler in root.handlers[len(before) :]:
            handler.close()
        root.handlers[:] = before
        root.setLevel(level)
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600
    assert mode(path.with_name("moderator.log.1")) == 0o600
