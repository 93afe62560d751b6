"""The Allmine fake: live stream chat with JWT sign-in (PROVIDERS.md B)."""

from __future__ import annotations

from moderator.fakes.allmine.service import DEMO_CODE, DEMO_EMAIL, AllmineFake

__all__ = ["DEMO_CODE", "DEMO_EMAIL", "AllmineFake"]
