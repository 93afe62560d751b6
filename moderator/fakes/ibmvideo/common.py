"""Small pieces the fake's IBM and Stream Chat halves share: JWTs, rate limits, times."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime
from typing import Any

from starlette.responses import JSONResponse

from moderator.fakes.chatter import Viewer

CLIENT_ID = "demo-ibm-client"
CLIENT_SECRET = "demo-ibm-secret"
AUTH_CODE = "demo-ibm-auth-code"
API_KEY = "demo-stream-key"
MODERATOR = Viewer("ibm-mod-you", "You (moderator)", "manager")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_jwt(claims: dict[str, Any], secret: bytes) -> str:
    """An HS256 JWT, as Stream Chat issues user tokens."""
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def verify_jwt(token: str, secret: bytes) -> dict[str, Any] | None:
    """The claims of a token this secret signed, or None."""
    try:
        header, payload, signature = token.split(".")
        expected = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(signature)):
            return None
        claims = json.loads(_unb64(payload))
    except ValueError:
        return None
    return claims if isinstance(claims, dict) else None


def stamp(moment: datetime) -> str:
    """RFC 3339 the way Stream writes it: UTC, nine fractional digits, ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") + "000Z"


class Limiter:
    """A fixed one-minute window per key, sending X-RateLimit-* headers like both platforms."""

    def __init__(self, limit: int = 60) -> None:
        self.limit = limit
        self._windows: dict[str, tuple[int, int]] = {}  # key -> (window start, count)
        self._lock = threading.Lock()

    def hit(self, key: str) -> tuple[bool, dict[str, str]]:
        now = int(time.time())
        start = now - now % 60
        with self._lock:
            begun, count = self._windows.get(key, (start, 0))
            count = count + 1 if begun == start else 1
            self._windows[key] = (start, count)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - count)),
            "X-RateLimit-Reset": str(start + 60),
        }
        return count <= self.limit, headers


def json_response(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)
