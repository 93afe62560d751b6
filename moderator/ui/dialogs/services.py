"""What the connect dialog is told about the providers, as plain objects and callables.

The UI never imports a provider or httpx: the composition root (``moderator.catalog``) builds
these from the registry and hands them in. Sign-in flows receive the form's current values as
strings and give back values to fill in (tokens), so the UI knows no platform's wire format.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

from moderator.core.provider import ChatProvider, Connection

#: the form's values as typed, by field name
FormValues = Mapping[str, str]
#: opens an address in the moderator's browser
UrlOpener = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class BrowserSignIn:
    """Sign in on the platform's own page in the browser; gives back the token fields."""

    button: str
    explain: str
    run: Callable[[FormValues, UrlOpener], Awaitable[dict[str, str]]]


@dataclass(frozen=True, slots=True)
class CodeSignIn:
    """Sign in with a one-time code sent by e-mail; gives back the token fields."""

    explain: str
    send_code: Callable[[FormValues, str], Awaitable[None]]
    verify: Callable[[FormValues, str, str], Awaitable[dict[str, str]]]
    example_email: str = ""
    #: shown in the empty code field (the demo's fake always sends the same code)
    code_hint: str = ""


@dataclass(frozen=True, slots=True)
class ProviderChoice:
    name: str
    display_name: str
    connection: type[Connection]
    #: one or two sentences on what the moderator needs at hand
    intro: str = ""
    sign_in: BrowserSignIn | CodeSignIn | None = None
    #: values to start the form with (the demo's fake addresses and credentials)
    example: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ConnectServices:
    providers: Sequence[ProviderChoice]
    #: the client for some settings (tests inject a transport to a fake here)
    create: Callable[[Connection], ChatProvider]

    def choice(self, name: str) -> ProviderChoice:
        for choice in self.providers:
            if choice.name == name:
                return choice
        raise KeyError(name)
