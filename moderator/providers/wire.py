"""Pydantic building blocks for loose wire formats, shared by the provider schemas.

Platforms send ids as numbers or strings, booleans as ``"1"``, numbers as strings. These
annotated types accept all of that and give one Python type back. A page is validated item by
item (:func:`validate_each`) so one broken message never costs the others.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from moderator.logs import redact

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
#: characters of a rejected payload that reach the log
EXCERPT = 300


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
