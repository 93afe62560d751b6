"""Logging to a rotating file (and stderr), with secrets kept out of every record."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

# tokens, keys and passwords as they appear in headers, query strings and JSON
_SECRET = re.compile(
    r"(?i)((?:access|refresh|bearer|api[_-]?key|x-api-key|token|password|secret|authorization|csrf)"
    r"[\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)([^\s\"'&,;}]{4,})"
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


def setup_logging(log_file: Path, level: str = "INFO") -> None:
    root = logging.getLogger()
    root.setLevel(level.upper())
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
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
