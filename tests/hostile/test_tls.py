"""TLS against a real local server whose certificate comes from a private CA."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator.core.events import ProviderEvent, SessionStatus, StatusChanged
from moderator.core.session import StreamSession
from moderator.errors import UntrustedCertificate
from moderator.providers import http
from moderator.storage.settings import Settings
from tests.hostile.certs import Pki, make_pki
from tests.hostile.server import answer, serve
from tests.hostile.test_limits import prism

PAGE = json.dumps(
    {
        "success": True,
        "data": {
            "messages": [
                {
                    "messageId": "m1",
                    "authorId": "a1",
                    "authorName": "Ann",
                    "message": "hello",
                    "messageAt": "2026-01-01T00:00:00Z",
                }
            ],
            "nextPageToken": "t1",
        },
    }
).encode()


@pytest.fixture
def pki(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pki]:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    http.use_ca_bundle("")
    yield make_pki(tmp_path)
    http.use_ca_bundle("")


async def test_an_untrusted_certificate_is_named_as_such(pki: Pki) -> None:
    async with serve(answer(200, PAGE), tls=pki.server_context()) as server:
        client = prism(server.base_url)
        try:
            with pytest.raises(UntrustedCertificate) as caught:
                await client.fetch(None)
        finally:
            await client.aclose()
    sentence = caught.value.sentence()
    assert sentence.startswith("The server's certificate is not trusted: ")
    assert "self" in sentence or "issuer" in sentence  # OpenSSL's own reason follows
    assert "Check the network connection" not in sentence
    assert not caught.value.transient


async def test_a_ca_given_in_the_settings_is_trusted_too(pki: Pki) -> None:
    settings = Settings(ca_bundle=str(pki.ca_file))
    http.use_ca_bundle(settings.ca_bundle)
    async with serve(answer(200, PAGE), tls=pki.server_context()) as server:
        client = prism(server.base_url)
        try:
            page = await client.fetch(None)
        finally:
            await client.aclose()
    assert [m.text for m in page.messages] == ["hello"]


async def test_a_ca_in_ssl_cert_file_is_trusted_too(
    pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_file))
    async with serve(answer(200, PAGE), tls=pki.server_context()) as server:
        client = prism(server.base_url)
        try:
            page = await client.fetch(None)
        finally:
            await client.aclose()
    assert page.cursor == "t1"


def test_an_added_ca_adds_to_certifi_and_does_not_replace_it(
    pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = http.tls_context().cert_store_stats()["x509_ca"]
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_file))
    assert http.tls_context().cert_store_stats()["x509_ca"] == plain + 1 > 51


def test_an_unreadable_ca_bundle_setting_is_ignored(pki: Pki, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    plain = http.tls_context().cert_store_stats()["x509_ca"]
    http.use_ca_bundle(str(junk))
    assert http.tls_context().cert_store_stats()["x509_ca"] == plain


async def test_the_session_waits_long_and_says_why(pki: Pki) -> None:
    events: list[ProviderEvent] = []
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        paused.set()

    paused = asyncio.Event()
    async with serve(answer(200, PAGE), tls=pki.server_context()) as server:
        client = prism(server.base_url)
        session = StreamSession(client, events.append, sleep=sleep)
        session.start()
        try:
            async with asyncio.timeout(20):
                await paused.wait()
        finally:
            await session.stop()
            await client.aclose()
    statuses = [e for e in events if isinstance(e, StatusChanged)]
    failed = [s for s in statuses if s.status is SessionStatus.ERROR]
    assert failed and "certificate is not trusted" in failed[0].detail
    assert waits[0] >= UntrustedCertificate.min_retry_delay
