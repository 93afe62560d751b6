"""HS256 JSON Web Tokens from the standard library, as the Allmine fake issues them.

Real-looking on purpose: a client that treats the token as opaque works, one that decodes it
(to read ``exp``) sees the usual claims. The fake checks signature, kind and expiry.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from typing import Any

HEADER = {"alg": "HS256", "typ": "JWT"}


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class JwtIssuer:
    """Signs and checks tokens; ``clock`` gives seconds since the epoch (tests move it)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._key = secrets.token_bytes(32)

    def rotate_key(self) -> None:
        """Every token issued so far stops working."""
        self._key = secrets.token_bytes(32)

    def issue(self, subject: str, kind: str, ttl: int, **claims: Any) -> str:
        now = int(self._clock())
        payload = {
            "sub": subject,
            "type": kind,
            "iat": now,
            "exp": now + ttl,
            "jti": secrets.token_hex(8),
            **claims,
        }
        head, body = (
            _b64(json.dumps(part, separators=(",", ":")).encode()) for part in (HEADER, payload)
        )
        signing_input = f"{head}.{body}"
        return f"{signing_input}.{_b64(self._sign(signing_input))}"

    def verify(self, token: str, kind: str) -> dict[str, Any] | None:
        """The claims of a good, unexpired token of ``kind``; None for anything else."""
        try:
            head, body, signature = token.split(".")
            if not hmac.compare_digest(_unb64(signature), self._sign(f"{head}.{body}")):
                return None
            claims: dict[str, Any] = json.loads(_unb64(body))
        except (ValueError, TypeError):
            return None
        if claims.get("type") != kind or int(claims.get("exp", 0)) <= self._clock():
            return None
        return claims

    def _sign(self, signing_input: str) -> bytes:
        return hmac.new(self._key, signing_input.encode("ascii"), hashlib.sha256).digest()
