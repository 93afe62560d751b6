"""Every fake by registry name, listed by hand (no discovery: it must survive PyInstaller)."""

from __future__ import annotations

from moderator.fakes.allmine import AllmineFake
from moderator.fakes.base import FakeService
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.prism import PrismFake

FAKES: dict[str, type[FakeService]] = {
    "prism": PrismFake,
    "allmine": AllmineFake,
    "ibmvideo": IbmVideoFake,
    "brilliant": BrilliantFake,
    "liveperson": LivePersonFake,
}


def make_fake(name: str, *, seed: int = 0) -> FakeService:
    try:
        return FAKES[name](seed=seed)
    except KeyError:
        raise SystemExit(f"unknown fake {name!r}; choose from {', '.join(FAKES)}") from None
