"""Brilliant Directories API v2 site chat (chat_message_items)."""

from __future__ import annotations

from moderator.providers.brilliant.client import BrilliantClient
from moderator.providers.brilliant.schema import BrilliantConnection

__all__ = ["BrilliantClient", "BrilliantConnection"]
