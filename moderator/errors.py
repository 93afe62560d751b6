"""Every error Moderator raises on purpose, as one tree.

::

    ModeratorError                  base; ``str(err)`` is a sentence a moderator can act on
    ├── ProviderError               a chat platform said no or could not be reached
    │   ├── AuthExpired             the token was rejected; a refresh may fix it
    │   ├── SignedOut               refresh failed too: the moderator must sign in again
    │   ├── PermissionDenied        signed in, but not allowed to do this
    │   ├── NotFound                the stream, chat or message does not exist (any more)
    │   ├── InvalidRequest          the platform rejected what we sent (validation)
    │   ├── RateLimited             too many requests; ``retry_after`` seconds to wait
    │   ├── ProviderUnavailable     5xx, timeout, refused or dropped connection: try later
    │   │   └── ResponseTooLarge    an answer past the size limit (not read, retried)
    │   ├── UntrustedCertificate    TLS verification failed: the moderator must act
    │   └── MalformedPayload        the platform answered something we cannot read
    ├── ActionUnsupported           the platform has no such action (``reason`` says why)
    └── StorageError                settings, secrets or archive could not be read/written

Provider errors carry the provider's own error text in ``detail`` (never a secret, never a
traceback) so the UI can show what the platform said. Whatever a server sent may echo a token
(a proxy's error page quoting the URL, say): message and detail pass the logs' redaction and
are cut to a length a status line can hold.
"""

from __future__ import annotations

import math
import re

from moderator.logs import redact
from moderator.wording import Said

#: characters of a platform's own words kept in ``detail``
DETAIL_MAX = 300
#: characters of a whole sentence shown in a status line or dialog
SENTENCE_MAX = 400
#: the longest wait a server may impose (a larger Retry-After is clamped to it)
MAX_RETRY_AFTER = 15 * 60.0
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def shown(text: str, limit: int) -> str:
    """``text`` fit to be shown: secrets redacted, control characters gone, at most ``limit``.

    A :class:`Said` keeps its template (ours) and has each of its values made fit instead."""
    if isinstance(text, Said):
        return text.with_values(lambda value: shown(value, limit))
    # redact before cutting, so a cut cannot split a secret from the name that gives it away
    cleaned = " ".join(_CONTROL.sub(" ", redact(text)).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


class ModeratorError(Exception):
    """Base of all errors a moderator is meant to read."""

    def sentence(self) -> str:
        """What the moderator reads: the message as written (a :class:`Said` when it was
        written as one, which the UI shows translated); ``str(err)`` is always plain English."""
        first = self.args[0] if self.args else ""
        return first if isinstance(first, Said) else str(self)


class ProviderError(ModeratorError):
    """A chat platform refused a request or could not be reached."""

    #: whether trying the same request again later may succeed
    transient = False

    def __init__(self, message: str, *, provider: str = "", detail: str = "") -> None:
        #: the sentence as written (a :class:`Said`: the UI translates it); ``str(err)`` is English
        self.said = shown(message, SENTENCE_MAX)
        super().__init__(str(self.said))
        self.provider = provider
        self.detail = shown(detail, DETAIL_MAX)

    def sentence(self) -> str:
        """The message plus the platform's own words, for a status line or a dialog: a
        :class:`Said` whenever the message is one, so it can be shown translated."""
        if self.detail and self.detail not in self.said:
            return Said("{message} ({detail})", message=self.said, detail=self.detail)
        return self.said


class AuthExpired(ProviderError):
    """The access token was rejected; a refresh may fix it."""


class SignedOut(ProviderError):
    """The token was rejected and could not be refreshed: sign in again."""


class PermissionDenied(ProviderError):
    """Signed in, but this account may not do that."""


class NotFound(ProviderError):
    """The stream, chat or message does not exist (any more)."""


class InvalidRequest(ProviderError):
    """The platform rejected what was sent."""


class RateLimited(ProviderError):
    """Too many requests; wait ``retry_after`` seconds."""

    transient = True

    def __init__(
        self,
        message: str,
        *,
        retry_after: float,
        provider: str = "",
        detail: str = "",
        hinted: bool = False,
    ) -> None:
        super().__init__(message, provider=provider, detail=detail)
        # NaN, infinite or absurd waits (a hostile header) never reach a timer
        wait = 0.0 if math.isnan(retry_after) else retry_after
        self.retry_after = min(MAX_RETRY_AFTER, max(0.0, wait))
        #: the platform said how long to wait (Retry-After, X-RateLimit-Reset); else a guess
        self.hinted = hinted


class ProviderUnavailable(ProviderError):
    """Server error, timeout or network failure: the same request may work later."""

    transient = True


class ResponseTooLarge(ProviderUnavailable):
    """The answer was larger than any real page: it was not read (memory), and is retried."""


class UntrustedCertificate(ProviderError):
    """The server's TLS certificate did not verify; retrying cannot help until trust changes."""

    #: the session waits at least this long before trying again (the moderator may retry now)
    min_retry_delay = 300.0


class MalformedPayload(ProviderError):
    """The platform answered with something that cannot be read."""


class ActionUnsupported(ModeratorError):
    """The platform offers no such action; ``reason`` tells the moderator why."""

    def __init__(self, action: str, reason: str) -> None:
        super().__init__(Said("{action} is not available: {reason}", action=action, reason=reason))
        self.action = action
        self.reason = reason


class StorageError(ModeratorError):
    """Settings, secrets or the archive could not be read or written."""
