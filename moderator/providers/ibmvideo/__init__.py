"""IBM Video Streaming chat, handed off to Stream Chat."""

from __future__ import annotations

from moderator.providers.ibmvideo.client import IbmVideoClient
from moderator.providers.ibmvideo.schema import IbmVideoConnection

__all__ = ["IbmVideoClient", "IbmVideoConnection"]
