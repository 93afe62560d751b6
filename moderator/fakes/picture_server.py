"""The demo's authors' pictures: an https server on 127.0.0.1 with a certificate made on the spot.

Moderator fetches pictures only over https, so the demo cannot serve them from its plain-http
fakes. This server answers every ``GET`` path with a small PNG drawn from the path (the same
author, the same picture), over TLS with a self-signed certificate for 127.0.0.1 made when it
starts. Only the demo's own picture fetcher trusts that certificate (it is handed over as
``cert_pem``); nothing is installed anywhere, and it is gone when the demo stops.
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import ssl
import struct
import tempfile
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SIDE = 48


def self_signed() -> tuple[bytes, bytes]:
    """(certificate PEM, key PEM) for 127.0.0.1, valid for a day, its own authority."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Moderator demo pictures")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(pem), key_pem


def picture(path: str, side: int = SIDE) -> bytes:
    """A PNG for ``path``: two colours from its hash, a disc on a background."""
    digest = hashlib.sha256(path.encode()).digest()
    back, front = digest[0:3], digest[3:6]
    front = bytes(min(255, c + 90) for c in front)
    rows = []
    middle = (side - 1) / 2
    for y in range(side):
        row = bytearray(b"\x00")
        for x in range(side):
            inside = (x - middle) ** 2 + (y - middle * 0.8) ** 2 < (side * 0.28) ** 2
            row += front if inside or (y > side * 0.7 and abs(x - middle) < side * 0.35) else back
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


class _Pictures(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = picture(self.path.split("?", 1)[0])
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=86400")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class PictureServer:
    """Serves pictures on https://127.0.0.1:<port>; :meth:`stop` ends it."""

    def __init__(self) -> None:
        self.cert_pem, key_pem = self_signed()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        with tempfile.TemporaryDirectory() as folder:  # load_cert_chain reads only files
            cert_file, key_file = Path(folder) / "cert.pem", Path(folder) / "key.pem"
            cert_file.write_bytes(self.cert_pem)
            key_file.write_bytes(key_pem)
            context.load_cert_chain(cert_file, key_file)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Pictures)
        self._server.daemon_threads = True
        # the handshake in the handler's thread: a client that stalls it stalls no one else
        self._server.socket = context.wrap_socket(
            self._server.socket, server_side=True, do_handshake_on_connect=False
        )
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="demo-pictures", daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> PictureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
