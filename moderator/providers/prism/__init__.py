"""PRISM Live Studio B2B chat."""

from __future__ import annotations

from moderator.providers.prism.client import PrismClient
from moderator.providers.prism.schema import PrismConnection

__all__ = ["PrismClient", "PrismConnection"]
