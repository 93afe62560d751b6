"""Allmine live stream chat."""

from __future__ import annotations

from moderator.providers.allmine.auth import connection_from_tokens, request_otp, verify_otp
from moderator.providers.allmine.client import AllmineClient
from moderator.providers.allmine.schema import AllmineConnection

__all__ = [
    "AllmineClient",
    "AllmineConnection",
    "connection_from_tokens",
    "request_otp",
    "verify_otp",
]
