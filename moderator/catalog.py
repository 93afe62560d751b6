"""What the UI is told about the providers: part of the composition root.

Builds :class:`moderator.ui.dialogs.services.ConnectServices` from the providers' specs alone: each
one's connection model, name, intro and sign-in flow (whatever its kind), and a provider
factory. Nothing here names a provider: a new one appears by its line in the registry. A
transport is injected here, never in the UI: the tests pass an ASGI transport to a fake, the
app passes none. With no transport and a :class:`~moderator.netproc.process.NetworkProcess`, each
client runs in that child process and the UI holds a proxy of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from moderator.core.provider import (
    BrowserOAuth,
    ChatProvider,
    Connection,
    EmailedCode,
    FormValues,
    ProviderSpec,
    Transport,
    UrlOpener,
)
from moderator.providers import REGISTRY
from moderator.ui.dialogs.services import BrowserSignIn, CodeSignIn, ConnectServices, ProviderChoice

if TYPE_CHECKING:
    from moderator.netproc.process import NetworkProcess


def build_services(
    transport: Transport = None,
    examples: Mapping[str, Mapping[str, str]] | None = None,
    *,
    poll_floor: float | None = None,
    specs: Mapping[str, ProviderSpec] = REGISTRY,
    network: NetworkProcess | None = None,
) -> ConnectServices:
    """Everything the connect dialog needs; ``examples`` prefill it (the demo's fakes)."""
    examples = examples or {}
    choices = [
        ProviderChoice(
            name=spec.name,
            display_name=spec.display_name,
            connection=spec.connection,
            intro=spec.intro,
            sign_in=_sign_in(spec, transport, examples.get(spec.name, {})),
            example=dict(examples.get(spec.name, {})),
        )
        for spec in specs.values()
    ]

    def create(settings: Connection) -> ChatProvider:
        spec = specs[settings.provider]
        if network is not None and transport is None:  # the tests' fakes stay in this process
            provider: ChatProvider = network.create(spec, settings)
        else:
            provider = spec.create(settings, transport)
        if poll_floor is not None:  # the demo polls faster, never below a provider's minimum
            faster = min(provider.poll_interval, poll_floor)
            provider.poll_interval = max(faster, spec.min_poll_interval)
        return provider

    return ConnectServices(choices, create)


def _sign_in(
    spec: ProviderSpec, transport: Transport, example: Mapping[str, str]
) -> BrowserSignIn | CodeSignIn | None:
    flow = spec.sign_in
    if isinstance(flow, BrowserOAuth):
        return _browser(flow, transport)
    if isinstance(flow, EmailedCode):
        return _code(flow, transport, example)
    return None


def _browser(flow: BrowserOAuth, transport: Transport) -> BrowserSignIn:
    async def run(values: FormValues, open_browser: UrlOpener) -> dict[str, str]:
        return await flow.run(values, open_browser, transport)

    return BrowserSignIn(button=flow.button, explain=flow.explain, run=run)


def _code(flow: EmailedCode, transport: Transport, example: Mapping[str, str]) -> CodeSignIn:
    async def send_code(values: FormValues, email: str) -> None:
        await flow.send_code(values, email, transport)

    async def verify(values: FormValues, email: str, code: str) -> dict[str, str]:
        return await flow.verify(values, email, code, transport)

    return CodeSignIn(
        explain=flow.explain,
        send_code=send_code,
        verify=verify,
        example_email=example.get("email", ""),
        code_hint=example.get("code_hint", ""),
    )
