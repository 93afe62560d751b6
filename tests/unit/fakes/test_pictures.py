"""The fakes' authors' pictures: on the hosts the default policy allows, the same per author;
and the demo's https picture server, trusted by the demo's fetcher alone."""

from __future__ import annotations

import asyncio
import ssl

from moderator.avatars.fetcher import AvatarFetcher
from moderator.core.avatars import AvatarPolicy
from moderator.demo import start_demo
from moderator.fakes.allmine.people import user_json
from moderator.fakes.chatter import Viewer
from moderator.fakes.ibmvideo.service import IbmVideoFake
from moderator.fakes.picture_server import PictureServer, picture
from moderator.fakes.prism import PrismFake
from moderator.providers.allmine.convert import avatar_url
from moderator.providers.allmine.schema import Sender

PEOPLE = [Viewer(f"u{n}", f"Viewer {n}", "viewer") for n in range(12)]


def test_every_fake_picture_is_on_an_allowed_host() -> None:
    policy = AvatarPolicy()
    prism, ibm = PrismFake(), IbmVideoFake()
    urls = {
        "prism": [prism.thumbnail(v) for v in PEOPLE],
        "ibmvideo": [ibm.user_json(v)["image"] for v in PEOPLE],
        "allmine": [
            avatar_url(Sender.model_validate(user_json(v, created="x")).profilePhoto)
            for v in PEOPLE
        ],
    }
    for provider, found in urls.items():
        given = [u for u in found if u]
        assert 0 < len(given) < len(found), f"{provider}: some authors have no picture"
        for url in given:
            policy.check(provider, url)
    assert [prism.thumbnail(v) for v in PEOPLE] == urls["prism"], "one picture per author"


def test_the_picture_is_a_png_of_its_path() -> None:
    assert picture("/a").startswith(b"\x89PNG")
    assert picture("/a") == picture("/a") != picture("/b")


async def test_the_picture_server_is_trusted_by_its_certificate_only() -> None:
    server = PictureServer().start()
    try:
        url = f"{server.base_url}/prism/u1.png"
        policy = AvatarPolicy({"prism": ("127.0.0.1",)})
        trusting = ssl.create_default_context(cadata=server.cert_pem.decode())
        mine = AvatarFetcher(policy, verify=trusting)
        assert await mine.fetch("prism", url) == picture("/prism/u1.png")
        await mine.aclose()
        stranger = AvatarFetcher(policy)  # the system's and certifi's authorities
        assert await stranger.fetch("prism", url) is None
        assert "CERTIFICATE_VERIFY_FAILED" in stranger.refusals[url][1]
        await stranger.aclose()
    finally:
        server.stop()


async def test_the_demo_shows_pictures_from_its_picture_server() -> None:
    demo = start_demo(rate=0, backlog=5, names=["prism", "allmine"], prism_lives=1)
    try:
        assert demo.pictures is not None
        assert demo.pictures.hosts == {"prism": ["127.0.0.1"], "allmine": ["127.0.0.1"]}
        trusting = ssl.create_default_context(cadata=demo.pictures.cert_pem.decode())
        fetcher = AvatarFetcher(AvatarPolicy().with_hosts(demo.pictures.hosts), verify=trusting)
        for provider in demo.providers():
            await provider.connect()
            page = await provider.fetch(None)
            urls = {m.author.avatar_url for m in page.messages if m.author.avatar_url}
            assert urls, f"{provider.name}: some authors have pictures"
            for url in urls:
                assert url.startswith("https://127.0.0.1:"), url
                assert (await fetcher.fetch(provider.name, url) or b"").startswith(b"\x89PNG")
            await provider.aclose()
        await fetcher.aclose()
    finally:
        await asyncio.to_thread(demo.stop)
