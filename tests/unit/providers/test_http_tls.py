"""TLS trust comes from certifi's bundle, whatever SSL_CERT_FILE / SSL_CERT_DIR say.

A frozen bundle, or a user's shell, may carry an SSL_CERT_FILE that points to a file that is
not there; httpx's own default would then fail to build any client at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from ipaddress import ip_address
from pathlib import Path

import certifi
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

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


def self_signed(directory: Path) -> ssl.SSLContext:
    """A server context for 127.0.0.1 with a certificate no CA signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=1))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    (directory / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (directory / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(directory / "cert.pem", directory / "key.pem")
    return context


@pytest.mark.usefixtures("broken_ca_env")
async def test_make_client_works_with_a_missing_ssl_cert_file_and_still_verifies(
    tmp_path: Path,
) -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, ssl.SSLError):
            await asyncio.wait_for(reader.read(1024), 5)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=self_signed(tmp_path))
    port = server.sockets[0].getsockname()[1]
    try:
        client = http.make_client(f"https://127.0.0.1:{port}", timeout=5.0)
        async with client:
            # built despite the broken variables, and verification is on: a certificate that no
            # CA in certifi's bundle signed is refused, never accepted
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.get("/")
    finally:
        server.close()
        await server.wait_closed()


@pytest.mark.usefixtures("broken_ca_env")
def test_the_tls_context_verifies_against_certifi() -> None:
    context = http.tls_context()
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    expected = ssl.create_default_context(cafile=certifi.where()).cert_store_stats()["x509_ca"]
    assert context.cert_store_stats()["x509_ca"] == expected > 50
