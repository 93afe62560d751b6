"""Allmine as the app sees it: signed in with a code Allmine e-mails."""

from __future__ import annotations

from moderator.core.provider import EmailedCode, FormValues, ProviderSpec, Transport
from moderator.errors import ModeratorError
from moderator.providers.allmine import auth
from moderator.providers.allmine.client import AllmineClient
from moderator.providers.allmine.schema import AllmineConnection
from moderator.wording import Said


def _base_url(values: FormValues) -> str:
    url = values.get("base_url", "")
    if not url:
        raise ModeratorError(Said("Fill in the Allmine API address first."))
    return url


async def _send_code(values: FormValues, email: str, transport: Transport) -> None:
    await auth.request_otp(_base_url(values), email, transport=transport)


async def _verify(
    values: FormValues, email: str, code: str, transport: Transport
) -> dict[str, str]:
    tokens = await auth.verify_otp(_base_url(values), email, code, transport=transport)
    return {"access_token": tokens.accessToken, "refresh_token": tokens.refreshToken or ""}


SPEC = ProviderSpec(
    name=AllmineClient.name,
    display_name=AllmineClient.display_name,
    connection=AllmineConnection,
    factory=AllmineClient,
    capabilities=AllmineClient.capabilities,
    unsupported=AllmineClient.unsupported,
    sign_in=EmailedCode(
        explain="Type your e-mail address and press Send code, then type the code from the "
        "e-mail and press Sign in: the tokens are filled in below.",
        send_code=_send_code,
        verify=_verify,
    ),
    intro="Sign in with a code Allmine e-mails you, then name the live stream.",
    poll_interval=AllmineClient.poll_interval,
)
