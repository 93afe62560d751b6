"""Faithful stand-ins of each provider's HTTP API, for tests, the demo and manual testing.

Each fake is an ASGI app over an in-memory state, with synthetic chatter. Tests reach it through
``httpx.ASGITransport``; the demo and ``python -m moderator.fakes serve NAME`` serve it on
127.0.0.1. Fakes depend on nothing of ours but the provider schemas.
"""
