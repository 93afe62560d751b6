"""The provider registry.

Written out by hand, not discovered by scanning a folder: discovery breaks inside a PyInstaller
bundle, and an explicit list is the one place to see what the app supports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from moderator.core.provider import ChatProvider, Connection
from moderator.providers.allmine import AllmineClient, AllmineConnection
from moderator.providers.brilliant import BrilliantClient, BrilliantConnection
from moderator.providers.ibmvideo import IbmVideoClient, IbmVideoConnection
from moderator.providers.liveperson import LivePersonClient, LivePersonConnection
from moderator.providers.prism import PrismClient, PrismConnection


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    name: str
    display_name: str
    connection: type[Connection]
    factory: Callable[[Any, httpx.AsyncBaseTransport | None], ChatProvider]

    def create(
        self, settings: Connection, transport: httpx.AsyncBaseTransport | None = None
    ) -> ChatProvider:
        if not isinstance(settings, self.connection):
            raise TypeError(
                f"{self.name} needs {self.connection.__name__}, not {type(settings).__name__}"
            )
        return self.factory(settings, transport)


REGISTRY: dict[str, ProviderSpec] = {
    spec.name: spec
    for spec in (
        ProviderSpec("prism", "PRISM Live Studio", PrismConnection, PrismClient),
        ProviderSpec("allmine", "Allmine", AllmineConnection, AllmineClient),
        ProviderSpec("ibmvideo", "IBM Video", IbmVideoConnection, IbmVideoClient),
        ProviderSpec("brilliant", "Brilliant Directories", BrilliantConnection, BrilliantClient),
        ProviderSpec("liveperson", "LivePerson", LivePersonConnection, LivePersonClient),
    )
}


def create_provider(
    settings: Connection, transport: httpx.AsyncBaseTransport | None = None
) -> ChatProvider:
    """The client for ``settings``, whichever provider they belong to."""
    return REGISTRY[settings.provider].create(settings, transport)
