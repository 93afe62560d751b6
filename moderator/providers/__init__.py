"""The provider registry: one line per provider, each reading its package's ``SPEC``.

Written out by hand, not discovered by scanning a folder: discovery breaks inside a PyInstaller
bundle, and an explicit list is the one place to see what the app supports.
"""

from __future__ import annotations

from collections.abc import Mapping

from moderator.core.provider import ChatProvider, Connection, ProviderSpec, Transport, registry
from moderator.providers.allmine.spec import SPEC as ALLMINE
from moderator.providers.brilliant.spec import SPEC as BRILLIANT
from moderator.providers.ibmvideo.spec import SPEC as IBMVIDEO
from moderator.providers.liveperson.spec import SPEC as LIVEPERSON
from moderator.providers.prism.spec import SPEC as PRISM

REGISTRY: dict[str, ProviderSpec] = registry(PRISM, ALLMINE, IBMVIDEO, BRILLIANT, LIVEPERSON)

__all__ = ["REGISTRY", "ProviderSpec", "create_provider"]


def create_provider(
    settings: Connection,
    transport: Transport = None,
    specs: Mapping[str, ProviderSpec] = REGISTRY,
) -> ChatProvider:
    """The client for ``settings``, whichever provider they belong to."""
    return specs[settings.provider].create(settings, transport)
