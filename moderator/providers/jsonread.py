"""JSON from a platform, read so that one hostile value costs only the message that holds it.

Python's :mod:`json` fails a whole document on an invalid UTF-8 byte, on nesting deeper than
the interpreter's recursion limit (:class:`RecursionError`) and on an integer of more than
4,300 digits (:class:`ValueError`). A chat page is a list of messages: failing the page would
fail every retry of it and stall the stream for good. So bad bytes become U+FFFD, values
nested past :data:`MAX_DEPTH` become ``null`` and giant integers become :data:`TOO_BIG`, which
no schema accepts: the message holding them is then rejected on its own (and counted) while
the rest of the page is read. Only the first, fast attempt runs on a clean page.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import sys
from typing import Any

from moderator.errors import MalformedPayload
from moderator.wording import Said

log = logging.getLogger(__name__)
#: containers nested deeper than this are replaced by null (no real payload comes close)
MAX_DEPTH = 64
#: digits of the longest integer read as a number (Python's own conversion limit)
MAX_DIGITS = sys.get_int_max_str_digits() or 4300
# a JSON string (skipped whole, so brackets inside text never count) or a bracket
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
# half of a surrogate pair without its other half: json reads it into a str that cannot be
# encoded as UTF-8, so SQLite refuses to store it (the archive write fails) and Qt mangles it
_LONE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


class TooBig:
    """Stands in for an integer too long to convert; every typed field rejects it."""

    def __repr__(self) -> str:
        return "<number too long>"


TOO_BIG = TooBig()


def parse_json(body: bytes, *, platform: str, encoding: str | None = None) -> Any:
    """The JSON in ``body``, or :class:`MalformedPayload` when it is not JSON at all."""
    text = _decode(body, encoding, platform)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise _malformed(platform, body, err) from err
    except (RecursionError, ValueError):  # too deep, or an integer past the conversion limit
        log.warning("%s: a value nested too deep or a number too long was dropped", platform)
    try:
        return json.loads(flatten(text), parse_int=_int)
    except (ValueError, RecursionError) as err:
        raise _malformed(platform, body, err) from err


def _malformed(platform: str, body: bytes, err: Exception) -> MalformedPayload:
    return MalformedPayload(
        Said("{platform} sent an answer that is not valid JSON.", platform=platform),
        provider=platform,
        detail=Said("{bytes} bytes, {error}", bytes=len(body), error=type(err).__name__),
    )


def _decode(body: bytes, encoding: str | None, platform: str) -> str:
    codec = _codec(encoding)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        text = body.decode(codec, errors="replace")
        log.warning(
            "%s: %d bytes that are not %s were replaced by \ufffd",
            platform,
            text.count("\ufffd") - body.count("\ufffd".encode()),
            codec,
        )
    if "\\ud" in text or "\\uD" in text:
        text = _LONE.sub(r"\\ufffd", text)
    return text.removeprefix("\ufeff")


def _codec(encoding: str | None) -> str:
    if not encoding:
        return "utf-8"
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"


def _int(digits: str) -> int | TooBig:
    return int(digits) if len(digits.lstrip("-")) <= MAX_DIGITS else TOO_BIG


def flatten(text: str, limit: int = MAX_DEPTH) -> str:
    """``text`` with every container nested deeper than ``limit`` replaced by ``null``."""
    parts: list[str] = []
    depth, kept, start = 0, 0, -1
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth == limit + 1:
                start = match.start()
        elif token in "]}":
            if depth == limit + 1 and start >= 0:
                parts += [text[kept:start], "null"]
                kept, start = match.end(), -1
            depth -= 1
    if start >= 0:  # unbalanced to the end: not JSON; let the parser say so
        return text
    parts.append(text[kept:])
    return "".join(parts)
