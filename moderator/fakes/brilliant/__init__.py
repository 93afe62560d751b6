"""A stand-in for a Brilliant Directories site's API v2 chat."""

from __future__ import annotations

from moderator.fakes.brilliant.service import BrilliantFake

__all__ = ["BrilliantFake"]
