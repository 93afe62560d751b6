"""The IBM Video layer: OAuth tokens and the chat initialization that hands off to Stream Chat."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
from pydantic import ValidationError

from moderator.errors import (
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    NotFound,
    PermissionDenied,
    ProviderError,
    SignedOut,
)
from moderator.providers import http
from moderator.providers.auth import renewing
from moderator.providers.ibmvideo.schema import (
    ChatInit,
    ChatInitEnvelope,
    IbmError,
    IbmToken,
    IbmVideoConnection,
)
from moderator.wording import Said

log = logging.getLogger(__name__)
PLATFORM = "IBM Video"

#: the seed's error table: error value -> (type, sentence); the body shape itself is [I]
IBM_ERRORS: dict[str, tuple[type[ProviderError], Said]] = {
    "bad_request": (InvalidRequest, Said("IBM Video rejected a value that was sent.")),
    "invalid_token": (AuthExpired, Said("IBM Video did not accept the access token.")),
    "invalid_request": (
        PermissionDenied,
        Said(
            "This IBM Video account lacks the Stream Chat benefit, so its chat cannot be opened. "
            "Ask IBM to enable chat for the account."
        ),
    ),
    "lack_of_ownership": (
        PermissionDenied,
        Said("This API client may not manage the channel. Use credentials of the channel's owner."),
    ),
    "not_found": (NotFound, Said("IBM Video has no such channel. Check the channel id.")),
}


def read_error(response: httpx.Response) -> str:
    """``"<error value>: <description>"``, the value first so :func:`refine` can find it."""
    try:
        body = IbmError.model_validate(response.json())
    except (ValueError, ValidationError):
        return response.text[:200]
    return f"{body.error}: {body.error_description}".strip(": ")


def refine(err: ProviderError) -> ProviderError:
    """The seed's typed error for an IBM error value; status-derived errors stay as they are."""
    value = err.detail.split(":", 1)[0].strip()
    known = IBM_ERRORS.get(value)
    if known is None:
        return err
    kind, sentence = known
    return kind(sentence, provider=PLATFORM, detail=err.detail)


class IbmApi:
    """Keeps the IBM access token fresh and initializes the chat of one channel."""

    def __init__(self, client: httpx.AsyncClient, settings: IbmVideoConnection) -> None:
        self._http = client
        self._settings = settings
        self._access = ""
        self._refresh = settings.refresh_token.get_secret_value() if settings.refresh_token else ""
        self._send = http.Sender(
            client,
            platform=PLATFORM,
            read_error=read_error,
            credentials=lambda: {"Authorization": f"Bearer {self._access}"},
            refine=refine,
        )
        #: told about renewed tokens (access, refresh) so the refresh token can be saved
        self.on_tokens: Callable[[str, str], None] | None = None

    async def chat_init(self) -> ChatInit:
        """``GET /channels/{id}/chat.json``: where Stream Chat lives and a user token for it."""
        url = f"{self._settings.api_base_url.rstrip('/')}/channels/{self._settings.channel_id}"
        response = await self._authorized("GET", f"{url}/chat.json")
        try:
            return ChatInitEnvelope.model_validate(http.json_body(response, platform=PLATFORM)).chat
        except ValidationError as err:
            raise MalformedPayload(
                Said("IBM Video sent a chat initialization in an unexpected shape."),
                provider=PLATFORM,
                detail=Said("{count} problems", count=err.error_count()),
            ) from err

    async def _authorized(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if not self._access:
            await self._sign_in()

        async def renew(_rejected: AuthExpired) -> None:
            await self._sign_in()

        # a renewal here is a whole new sign-in: a token refused at once never will be accepted
        return await renewing(
            lambda: self._send(method, url, **kwargs),
            renew,
            platform=PLATFORM,
            refused_again=Said("IBM Video rejected a freshly issued token."),
            sign_out=True,
        )

    async def _sign_in(self) -> None:
        """A new access token: from the refresh token if there is one, else client credentials."""
        if self._refresh:
            try:
                await self._grant({"grant_type": "refresh_token", "refresh_token": self._refresh})
                return
            except SignedOut:
                log.info("IBM Video refresh token refused; trying client credentials")
                self._refresh = ""
        await self._grant({"grant_type": "client_credentials"})

    async def _grant(self, form: dict[str, str]) -> None:
        secret = self._settings.client_secret.get_secret_value()
        try:
            response = await http.send(
                self._http,
                "POST",
                f"{self._settings.token_base_url.rstrip('/')}/oauth2/token",
                platform=PLATFORM,
                read_error=read_error,
                data={**form, "client_id": self._settings.client_id},
                auth=httpx.BasicAuth(self._settings.client_id, secret),
            )
            token = IbmToken.model_validate(http.json_body(response, platform=PLATFORM))
        except (AuthExpired, InvalidRequest, PermissionDenied) as err:
            raise SignedOut(
                Said(
                    "IBM Video would not sign in with this client id and secret. "
                    "Check them in the connection settings."
                ),
                provider=PLATFORM,
                detail=err.detail,
            ) from err
        except ValidationError as err:
            raise MalformedPayload(
                Said("IBM Video sent a token in an unexpected shape."), provider=PLATFORM
            ) from err
        self._access = token.access_token
        self._refresh = token.refresh_token or self._refresh
        if self.on_tokens is not None:
            self.on_tokens(self._access, self._refresh)
