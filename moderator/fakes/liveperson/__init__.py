"""A faithful LivePerson legacy Chat Agent API (PROVIDERS.md E, seed 004)."""

from __future__ import annotations

from moderator.fakes.liveperson.service import LivePersonFake

__all__ = ["LivePersonFake"]
