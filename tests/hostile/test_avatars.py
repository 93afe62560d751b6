"""Authors' pictures from hostile https servers: each refused quickly, nothing kept, no crash.

The server is a real TLS listener on 127.0.0.1 with a certificate from a throwaway authority
(trustme) that only this test's fetcher trusts; "localhost" is the same server under a host
name the policy does not allow.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import trustme

from moderator.avatars.cache import AvatarCache
from moderator.avatars.fetcher import AvatarFetcher
from moderator.core.avatars import AvatarPolicy
from tests.hostile.pictures import bomb_png, png
from tests.hostile.server import HostileServer, Request, Script, answer, head, routes, serve

GOOD = png(16, 16)


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def server_tls(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def client_tls(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    authority.configure_trust(context)
    return context


def picture(body: bytes, kind: str = "image/png") -> Script:
    return answer(200, body, {"Content-Type": kind})


def redirect(location: str) -> Script:
    return answer(302, b"", {"Location": location})


def drip(interval: float) -> Script:
    """A picture's header at once, then one byte every ``interval`` seconds."""

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(head(200, {"Content-Type": "image/png"}, len(GOOD)))
        for byte in GOOD:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(interval)

    return script


def unending() -> Script:
    """A picture without a length whose body never ends (chunked, 64 KB at a time)."""

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(head(200, {"Content-Type": "image/png", "Transfer-Encoding": "chunked"}))
        frame = b"10000\r\n" + b"\x00" * 65536 + b"\r\n"
        for _ in range(4096):  # 256 MB at most, if nothing stopped it
            writer.write(frame)
            await writer.drain()

    return script


def table(base: str) -> dict[str, Script]:
    port = base.rsplit(":", 1)[1]
    return {
        "GET /ok.png": picture(GOOD),
        "GET /huge-said.png": answer(200, b"\x00" * 300_000, {"Content-Type": "image/png"}),
        "GET /huge-unsaid.png": unending(),
        "GET /drip.png": drip(0.5),
        "GET /page.png": picture(b"<!doctype html><script>alert(1)</script>", "image/png"),
        "GET /html": picture(GOOD, "text/html"),
        "GET /bomb.png": picture(bomb_png()),
        "GET /gzip.png": answer(
            200, GOOD, {"Content-Type": "image/png", "Content-Encoding": "gzip"}
        ),
        "GET /away.png": redirect(f"https://localhost:{port}/ok.png"),
        "GET /plain.png": redirect(f"http://127.0.0.1:{port}/ok.png"),
        "GET /hop.png": redirect("/ok.png"),
        "GET /loop.png": redirect("/loop.png"),
        "GET /missing.png": answer(404, b"nope", {"Content-Type": "text/plain"}),
    }


def kept(folder: Path) -> list[Path]:
    return list(folder.iterdir()) if folder.exists() else []


@pytest.fixture
async def hostile(authority: trustme.CA) -> AsyncIterator[HostileServer]:
    holder: dict[str, Script] = {}

    async def dispatch(request: Request, writer: asyncio.StreamWriter) -> None:
        await holder["script"](request, writer)

    async with serve(dispatch, tls=server_tls(authority)) as server:
        holder["script"] = routes(table(server.base_url))
        yield server


def fetcher(authority: trustme.CA, cache: Path | None = None, **limits: float) -> AvatarFetcher:
    policy = AvatarPolicy({"prism": ("127.0.0.1",)}, **limits)  # type: ignore[arg-type]
    store = AvatarCache(cache) if cache is not None else None
    return AvatarFetcher(policy, store, verify=client_tls(authority))


async def test_a_good_picture_is_fetched_and_kept(
    authority: trustme.CA, hostile: HostileServer, tmp_path: Path
) -> None:
    avatars = fetcher(authority, tmp_path)
    url = f"{hostile.base_url}/ok.png"
    assert await avatars.fetch("prism", url) == GOOD
    assert await avatars.fetch("prism", url) == GOOD
    assert len(hostile.requests) == 1, "the second came from the disk cache"
    assert hostile.requests[0].headers["accept-encoding"] == "identity"
    await avatars.aclose()


async def test_a_same_host_redirect_is_followed(
    authority: trustme.CA, hostile: HostileServer
) -> None:
    avatars = fetcher(authority)
    assert await avatars.fetch("prism", f"{hostile.base_url}/hop.png") == GOOD
    await avatars.aclose()


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/huge-said.png", "bytes, over the limit"),
        ("/huge-unsaid.png", "over 262144 bytes"),
        ("/page.png", "not a picture"),
        ("/html", "text/html, not a picture"),
        ("/bomb.png", "50000x50000 pixels"),
        ("/gzip.png", "compressed"),
        ("/away.png", "localhost is not a picture host allowed for prism"),
        ("/plain.png", "only https"),
        ("/loop.png", "more than 3 redirects"),
        ("/missing.png", "answered 404"),
    ],
)
async def test_a_hostile_picture_is_refused_and_not_kept(
    authority: trustme.CA, hostile: HostileServer, tmp_path: Path, path: str, why: str
) -> None:
    avatars = fetcher(authority, tmp_path)
    url = hostile.base_url + path
    assert await avatars.fetch("prism", url) is None
    assert why in avatars.refusals[url][1]
    assert kept(tmp_path) == [], "nothing refused reaches the disk cache"
    asked = len(hostile.requests)
    assert await avatars.fetch("prism", url) is None
    assert len(hostile.requests) == asked, "a refused address is not asked again at once"
    await avatars.aclose()


async def test_a_slow_drip_is_cut_at_the_time_limit(
    authority: trustme.CA, hostile: HostileServer
) -> None:
    avatars = fetcher(authority, timeout_s=1.0)
    started = time.monotonic()
    assert await avatars.fetch("prism", f"{hostile.base_url}/drip.png") is None
    assert time.monotonic() - started < 3.0
    assert "longer than 1 s" in avatars.refusals[f"{hostile.base_url}/drip.png"][1]
    await avatars.aclose()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:9/ok.png", "only https"),
        ("https://localhost:9/ok.png", "not a picture host allowed"),
        ("https://user:pw@127.0.0.1:9/ok.png", "user name or password"),
        ("https://127.0.0.1:99999/ok.png", "cannot be read"),
        ("javascript:alert(1)", "only https"),
        ("file:///etc/passwd", "only https"),
        ("https://127.0.0.1/" + "a" * 5000, "too long"),
        ("https://127.0.0.1\\@localhost/ok.png", "a backslash"),
        ("https://127.0.0.1\t.localhost/ok.png", "a backslash or a control"),
        ("https://localhost#@127.0.0.1/ok.png", "not a picture host allowed"),
        ("https://127.0.0.1%2F@localhost/ok.png", "user name or password"),
    ],
)
async def test_a_refused_address_is_never_connected_to(
    authority: trustme.CA, url: str, why: str
) -> None:
    avatars = fetcher(authority)
    assert await avatars.fetch("prism", url) is None
    assert why in avatars.refusals[url][1]
    assert avatars._client is None, "no connection was even prepared"


async def test_a_provider_without_pictures_fetches_none(
    authority: trustme.CA, hostile: HostileServer
) -> None:
    avatars = fetcher(authority)
    assert await avatars.fetch("brilliant", f"{hostile.base_url}/ok.png") is None
    assert hostile.requests == []


async def test_an_untrusted_certificate_is_refused(hostile: HostileServer) -> None:
    stranger = trustme.CA()  # the server's authority is not this one
    avatars = fetcher(stranger)
    url = f"{hostile.base_url}/ok.png"
    assert await avatars.fetch("prism", url) is None
    assert "could not be fetched" in avatars.refusals[url][1]
    await avatars.aclose()


async def test_downloads_are_limited_and_shared(
    authority: trustme.CA, hostile: HostileServer
) -> None:
    avatars = fetcher(authority, concurrency=2, timeout_s=1.0)
    slow = [f"{hostile.base_url}/drip.png?{n}" for n in range(4)]
    started = time.monotonic()
    same = [avatars.fetch("prism", f"{hostile.base_url}/ok.png") for _ in range(5)]
    results = await asyncio.gather(*(avatars.fetch("prism", u) for u in slow), *same)
    assert results[:4] == [None] * 4
    assert results[4:] == [GOOD] * 5
    assert sum(r.target == "/ok.png" for r in hostile.requests) == 1, "one download per address"
    # two slots: the four drips ran two by two (about 2 s), never four at once
    assert 1.9 < time.monotonic() - started < 6
    await avatars.aclose()
