"""TLS trust comes from certifi's bundle, whatever SSL_CERT_FILE / SSL_CERT_DIR say.

A frozen bundle, or a user's shell, may carry an SSL_CERT_FILE that points to a file that is
not there; httpx's own default would then fail to build any client at all.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import certifi
import httpx
import pytest

from moderator.providers import http


@pytest.fixture
def broken_ca_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing" / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "missing-dir"))
    http._context_for.cache_clear()
    yield
    http._context_for.cache_clear()


@pytest.mark.usefixtures("broken_ca_env")
def test_httpx_default_would_break_on_a_missing_ssl_cert_file() -> None:
    # the failure make_client guards against: without an explicit context httpx reads the variable
    with pytest.raises((FileNotFoundError, ssl.SSLError)):
        httpx.AsyncClient(verify=True)


@pytest.mark.usefixtures("broken_ca_env")
async def test_make_client_works_with_a_missing_ssl_cert_file() -> None:
    client = http.make_client("https://chat.example")
    await client.aclose()


@pytest.mark.usefixtures("broken_ca_env")
def test_the_tls_context_verifies_against_certifi() -> None:
    context = http.tls_context()
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    expected = ssl.create_default_context(cafile=certifi.where()).cert_store_stats()["x509_ca"]
    assert context.cert_store_stats()["x509_ca"] == expected > 50
