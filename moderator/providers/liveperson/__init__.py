"""LivePerson legacy Chat Agent API: an agent's chats with visitors."""

from __future__ import annotations

from moderator.providers.liveperson.client import LivePersonClient
from moderator.providers.liveperson.schema import LivePersonConnection

__all__ = ["LivePersonClient", "LivePersonConnection"]
