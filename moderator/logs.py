"""Logging to a rotating file (and stderr), with secrets kept out of every record."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path
from typing import Any

# tokens, keys, passwords and cookies as they appear in headers, query strings and JSON, and
# a bare "Bearer <token>" wherever it is (an error message quoting a header, say)
_SECRET = re.compile(
    r"(?i)("
    r"(?:access|refresh|bearer|api[_-]?key|x-api-key|token|password|secret|authorization|csrf"
    r"|cookie|session)"
    r"[\"']?\s*[:=]\s*[\"']?(?:(?:bearer|basic)\s+)?"
    r"|\bbearer\s+"
    r")([^\s\"'&,;}]{4,})"
)


def redact(text: str) -> str:
    return _SECRET.sub(lambda m: m.group(1) + "«redacted»", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted record: tracebacks and stack info too, not just the message."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each new log file is created 0600 (rotated ones keep that mode): chat text is private."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_file: Path, level: str = "INFO") -> None:
    root = logging.getLogger()
    root.setLevel(level.upper())
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if sys.stderr is not None:  # None in a windowed (no console) Windows or macOS bundle
        handlers.append(logging.StreamHandler())
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handlers.append(
            PrivateRotatingFileHandler(
                log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        )
    except OSError as err:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, err)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    for noisy in ("httpx", "httpcore", "uvicorn", "uvicorn.error", "asyncio"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
