"""Pydantic building blocks for loose wire formats, shared by the provider schemas.

Platforms send ids as numbers or strings, booleans as ``"1"``, numbers as strings. These
annotated types accept all of that and give one Python type back. A page is validated item by
item (:func:`validate_each`) so one broken message never costs the others.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import replace
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from moderator.core.models import ChatMessage, MessageState
from moderator.logs import redact

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
#: characters of a rejected payload that reach the log
EXCERPT = 300
#: characters of a message's text kept (a 5 MB message froze the window for 2 s, 50 MB for 33 s)
MAX_TEXT = 20_000
#: characters of a name kept
MAX_NAME = 200


def _to_str(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    return value


def _to_bool(value: Any) -> Any:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "y", "on"):
            return True
        if lowered in ("0", "false", "no", "n", "off", ""):
            return False
    return value


def _blank_to_none(value: Any) -> Any:
    return None if value == "" else value


#: an id that may arrive as a number or a string; always ``str`` afterwards
IdStr = Annotated[str, BeforeValidator(_to_str)]
LooseBool = Annotated[bool, BeforeValidator(_to_bool)]
LooseInt = Annotated[int, BeforeValidator(_blank_to_none)]


class Wire(BaseModel):
    """Base of raw payload models: unknown fields are ignored, not fatal."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)


def validate_each(model: type[M], items: Iterable[Any], *, platform: str) -> tuple[list[M], int]:
    """Validate every item on its own; returns the good ones and how many were rejected."""
    good: list[M] = []
    rejected = 0
    for item in items:
        try:
            good.append(model.model_validate(item))
        except ValidationError as err:
            rejected += 1
            log.warning(
                "%s: skipped an unreadable message: %s; payload: %s",
                platform,
                _summary(err),
                excerpt(item),
            )
    return good, rejected


def excerpt(item: Any) -> str:
    """A bounded, secret-free excerpt of a raw payload, for the log."""
    try:
        text = json.dumps(item, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(item)
    # redact before cutting, so a cut cannot split a secret from the name that gives it away
    cleaned = redact(text[: EXCERPT * 4])
    return cleaned if len(cleaned) <= EXCERPT else cleaned[:EXCERPT] + "…"


def _summary(err: ValidationError) -> str:
    # field paths and error types only: the input may hold personal data or secrets
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['type']}" for e in err.errors()[:5])


def fit(message: ChatMessage) -> ChatMessage:
    """``message`` with a text and author name of a size the window can show.

    Text past :data:`MAX_TEXT` is cut and says so at its end, the message is marked
    ``MessageState.CUT``, and its HTML (which cannot be cut safely) is dropped for the plain text.
    """
    author = message.author
    html_fits = message.html is None or len(message.html) <= MAX_TEXT * 4
    if len(message.text) <= MAX_TEXT and len(author.name) <= MAX_NAME and html_fits:
        return message
    if len(author.name) > MAX_NAME:
        author = replace(author, name=author.name[:MAX_NAME] + "…")
    text, html, state = message.text, message.html, message.state
    if len(text) > MAX_TEXT:
        text = f"{text[:MAX_TEXT]}… (message cut: {len(text):,} characters in all)"
        html, state = None, state | MessageState.CUT
    elif html is not None and len(html) > MAX_TEXT * 4:
        html = None  # only the formatting is lost: every word is in the plain text
    log.info("%s: an oversized message %s was cut", message.stream_key, message.id[:40])
    return replace(message, author=author, text=text, html=html, state=state)
