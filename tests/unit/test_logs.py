"""A known token never reaches the log file, whichever way it is written into a record."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from moderator.logs import setup_logging

TOKEN = "s3cr3t-T0KEN-4b9f2e7c"
log = logging.getLogger("moderator.test_logs")


@contextmanager
def app_logging(path: Path, level: str) -> Iterator[list[logging.Handler]]:
    """setup_logging on the root logger, undone afterwards so other tests keep theirs."""
    root = logging.getLogger()
    handlers, previous_level = list(root.handlers), root.level
    try:
        setup_logging(path, level)
        yield root.handlers[len(handlers) :]
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(previous_level)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "moderator.log"
    with app_logging(path, "DEBUG"):
        yield path


def written(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "message",
    [
        f"Authorization: Bearer {TOKEN}",
        f"authorization={TOKEN}",
        f"request headers {{'Authorization': 'Bearer {TOKEN}', 'Accept': 'application/json'}}",
        f"x-api-key: {TOKEN}",
        f"GET https://api.example/v1/chat?channel=42&access_token={TOKEN}&page=2",
        f"GET /messages?token={TOKEN}",
        f"POST /login?api_key={TOKEN}",
        f'{{"access_token": "{TOKEN}", "expires_in": 3600}}',
        f'{{"refresh_token":"{TOKEN}","token_type":"bearer"}}',
        f"retrying with Bearer {TOKEN}",
        f"password={TOKEN}",
        f"client_secret: {TOKEN}",
        f"Cookie: session={TOKEN}",
    ],
)
def test_token_is_redacted(log_file: Path, message: str) -> None:
    log.warning(message)
    text = written(log_file)
    assert TOKEN not in text
    assert "«redacted»" in text


def test_token_in_arguments_is_redacted(log_file: Path) -> None:
    log.info("connecting with token=%s to %s", TOKEN, "prism")
    text = written(log_file)
    assert TOKEN not in text
    assert "to prism" in text


def test_token_in_a_traceback_is_redacted(log_file: Path) -> None:
    try:
        raise RuntimeError(f"server said: Authorization: Bearer {TOKEN} is invalid")
    except RuntimeError:
        log.exception("unexpected error")
    text = written(log_file)
    assert "RuntimeError" in text
    assert TOKEN not in text


def test_what_is_not_a_secret_stays_readable(log_file: Path) -> None:
    log.info("GET /v1/chat?channel=42&page=2 took 120 ms; token_type=bearer")
    assert "channel=42&page=2 took 120 ms" in written(log_file)


def test_log_level_filters_and_the_file_rotates(tmp_path: Path) -> None:
    path = tmp_path / "moderator.log"
    with app_logging(path, "warning") as handlers:
        log.info("an info line")
        log.warning("a warning line")
        text = written(path)
    rotating = [h for h in handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert "a warning line" in text
    assert "an info line" not in text
    assert len(rotating) == 1
    assert rotating[0].maxBytes > 0
    assert rotating[0].backupCount > 0


def test_no_console_still_logs_to_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a windowed bundle on Windows has no sys.stderr at all
    monkeypatch.setattr(sys, "stderr", None)
    path = tmp_path / "moderator.log"
    with app_logging(path, "INFO") as handlers:
        log.info("no console here")
        text = written(path)
    assert "no console here" in text
    assert not [h for h in handlers if type(h) is logging.StreamHandler]
