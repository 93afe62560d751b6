"""A faithful IBM Video Streaming chat, with the Stream Chat service it hands off to.

Quirks kept on purpose: the user token is a real HS256 JWT carrying ``user_id``; Stream wants it
bare in ``Authorization`` with ``stream-auth-type: jwt`` and ``?api_key``; message ids are
unordered UUIDs (paging goes by ``id_gt``/``id_lt``, never by sorting); times have nine
fractional digits; soft-deleted messages stay with type ``deleted``; channel events reach a
websocket only after a query with ``watch`` and its ``connection_id`` (in the URL, as the official
SDKs send it, or in the body); 60 requests a minute per user and endpoint, with X-RateLimit-*
headers on every answer.
"""

from __future__ import annotations

from moderator.fakes.ibmvideo.service import IbmVideoFake

__all__ = ["IbmVideoFake"]
