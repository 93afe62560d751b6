"""Transport limits against hostile servers: size, overall deadline, Retry-After, what is shown."""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc

import pytest

from moderator.errors import (
    MAX_RETRY_AFTER,
    ProviderError,
    ProviderUnavailable,
    RateLimited,
    ResponseTooLarge,
)
from moderator.providers import http
from moderator.providers.prism.client import PrismClient
from moderator.providers.prism.schema import PrismConnection
from tests.hostile.server import answer, endless, serve, trickle


def prism(base_url: str, timeout: float = 5.0) -> PrismClient:
    settings = PrismConnection(
        base_url=base_url,
        live_id="42",
        access_token="acc-token-1234",
        refresh_token="refresh-secret-5678",
        client_id="cid",
        client_secret="csecret-9999",
        request_timeout=timeout,
    )
    return PrismClient(settings)


async def test_an_endless_body_is_cut_off_at_the_size_limit() -> None:
    async with serve(endless()) as server:
        client = prism(server.base_url)
        try:
            with pytest.raises(ResponseTooLarge) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    assert isinstance(caught.value, ProviderUnavailable)  # retried with backoff
    assert caught.value.transient
    assert "larger than 8 MB" in caught.value.sentence()


async def test_an_endless_body_costs_bounded_memory() -> None:
    # it grew from 56 MB to 2.9 GB in 21 s: now the client stops at the limit
    async with serve(endless()) as server:
        client = prism(server.base_url)
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLarge):
                await client.fetch(None)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            await client.aclose()
    assert peak < 4 * http.MAX_BODY


async def test_a_declared_huge_body_is_refused_before_it_is_read() -> None:
    async def huge(request: object, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Content-Length: 50000000\r\n\r\n{"
        )

    async with serve(huge) as server:
        client = prism(server.base_url)
        try:
            with pytest.raises(ResponseTooLarge):
                await client.fetch(None)
        finally:
            await client.aclose()


async def test_a_body_just_under_the_limit_is_read() -> None:
    text = "y" * (http.MAX_BODY - 200)
    body = json.dumps(
        {"success": True, "data": {"messages": [], "nextPageToken": "t", "pad": text}}
    ).encode()
    async with serve(answer(200, body)) as server:
        client = prism(server.base_url)
        try:
            page = await client.fetch(None)
        finally:
            await client.aclose()
    assert page.cursor == "t"


async def test_a_trickled_body_hits_the_overall_deadline() -> None:
    # one byte every 0.2 s never trips the 0.5 s read timeout; only the deadline ends it
    async with serve(trickle(0.2)) as server:
        client = prism(server.base_url, timeout=0.5)
        started = time.monotonic()
        try:
            with pytest.raises(ProviderUnavailable) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    elapsed = time.monotonic() - started
    assert "did not answer in time" in caught.value.sentence()
    assert elapsed < 0.5 * http.DEADLINE_FACTOR + 2.0


async def test_a_huge_error_body_is_read_only_in_part() -> None:
    async def failing(request: object, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(2000):
            writer.write(b"10000\r\n" + b"<" * 65536 + b"\r\n")
            await writer.drain()

    async with serve(failing) as server:
        client = prism(server.base_url)
        try:
            with pytest.raises(ProviderUnavailable) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    assert "HTTP 500" in caught.value.sentence()


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Retry-After", "1000000000"),
        ("Retry-After", "1e400"),
        ("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"),
        ("X-RateLimit-Reset", "99999999999999"),
        ("X-RateLimit-Reset", "1e400"),
    ],
)
async def test_a_huge_retry_after_is_clamped(header: str, value: str) -> None:
    async with serve(answer(429, b"{}", {header: value})) as server:
        client = prism(server.base_url)
        try:
            with pytest.raises(RateLimited) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    assert caught.value.retry_after == MAX_RETRY_AFTER
    assert "900 s" in caught.value.sentence()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "nan"}, 1.0),
        ({"retry-after": "-5"}, 0.0),
        ({"retry-after": "-inf"}, 0.0),
        ({"retry-after": "inf"}, 900.0),
        ({"retry-after": "12"}, 12.0),
        ({"retry-after": "not a date"}, 1.0),
        ({"retry-after": "Mon, 01 Jan 1900 00:00:00 GMT"}, 0.0),
        ({"x-ratelimit-reset": "nan"}, 1.0),
        ({"x-ratelimit-reset": "30"}, 30.0),  # a count of seconds, not a moment in 1970
    ],
)
def test_retry_after_values_a_server_should_not_send(
    headers: dict[str, str], expected: float
) -> None:
    assert http.retry_after_seconds(headers) == pytest.approx(expected, abs=1.0)


def test_the_real_retry_after_is_logged_when_clamped(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING"):
        assert http.retry_after_seconds({"retry-after": "1000000000"}) == MAX_RETRY_AFTER
    assert "1000000000" in caplog.text


async def test_a_proxy_page_echoing_the_refresh_url_shows_no_token() -> None:
    page = (
        "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
        "<p>upstream failed for GET /prism/v1/service/oauth2/token?grant_type=refresh_token"
        "&refresh_token=refresh-secret-5678 x-prism-client-secret: csecret-9999</p>"
        + "<p>padding</p>" * 500
        + "</body></html>"
    ).encode()
    async with serve(answer(502, page, {"Content-Type": "text/html"})) as server:
        client = prism(server.base_url)
        try:
            with pytest.raises(ProviderError) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    shown = caught.value.sentence()
    assert "refresh-secret-5678" not in shown
    assert "csecret-9999" not in shown
    assert "<" not in shown  # markup is not a sentence
    assert "HTTP 502" in shown
    assert len(shown) <= 400


def test_error_details_built_anywhere_are_redacted_and_cut() -> None:
    err = ProviderError(
        "x", provider="P", detail="Authorization: Bearer abcdef123456 " + "z" * 5000
    )
    assert "abcdef123456" not in err.sentence()
    assert len(err.sentence()) < 400


def test_redact_is_one_function_shared_with_the_logs() -> None:
    from moderator.logs import redact

    assert "s3cr3t-value" not in redact("https://x/?refresh_token=s3cr3t-value&a=1")


async def test_headers_trickled_one_byte_at_a_time_hit_the_deadline_too() -> None:
    async def slow_head(request: object, writer: asyncio.StreamWriter) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 100:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(0.2)

    async with serve(slow_head) as server:
        client = prism(server.base_url, timeout=0.5)
        try:
            with pytest.raises(ProviderUnavailable) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    assert "did not answer in time" in caught.value.sentence()
