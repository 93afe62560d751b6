"""A fake's credentials typed as its provider's connection settings.

The fakes know no client (they are written from the providers' documentation alone, so a
misreading of the API cannot pass on both sides): they hand out plain values, and this is the
one place that joins the two, for the demo and the tests.
"""

from __future__ import annotations

from typing import Any, overload

from moderator.core.provider import Connection
from moderator.fakes.allmine import AllmineFake
from moderator.fakes.base import FakeService
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.prism import PrismFake
from moderator.providers import REGISTRY
from moderator.providers.allmine import AllmineConnection
from moderator.providers.brilliant import BrilliantConnection
from moderator.providers.ibmvideo import IbmVideoConnection
from moderator.providers.liveperson import LivePersonConnection
from moderator.providers.prism import PrismConnection


@overload
def connections(fake: PrismFake, base_url: str) -> list[PrismConnection]: ...
@overload
def connections(fake: AllmineFake, base_url: str) -> list[AllmineConnection]: ...
@overload
def connections(fake: IbmVideoFake, base_url: str) -> list[IbmVideoConnection]: ...
@overload
def connections(fake: BrilliantFake, base_url: str) -> list[BrilliantConnection]: ...
@overload
def connections(fake: LivePersonFake, base_url: str) -> list[LivePersonConnection]: ...
@overload
def connections(fake: FakeService, base_url: str) -> list[Connection]: ...


def connections(fake: FakeService, base_url: str) -> list[Any]:
    """Settings a client needs to reach each of ``fake``'s streams at ``base_url``.

    A key the settings do not know fails here, loudly (they forbid extra fields).
    """
    settings = REGISTRY[fake.name].connection
    return [settings.model_validate(values) for values in fake.credentials(base_url)]
