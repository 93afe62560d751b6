"""The composition root's picture wiring: the demo's pictures over https from 127.0.0.1, trusted
by the demo's certificate alone; the settings' switch; the cache in the profile."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from moderator.avatar_wiring import install_avatars
from moderator.demo import DemoPictures
from moderator.fakes.picture_server import PictureServer
from moderator.paths import Profile
from moderator.storage.settings import Settings
from moderator.ui.messages.avatar_store import install, installed
from tests.gui.conftest import Runner, until


def test_the_demo_shows_its_own_pictures_and_keeps_them_in_the_profile(
    tmp_path: Path, arun: Runner[None]
) -> None:
    server = PictureServer().start()
    profile = Profile.at(tmp_path)
    demo = SimpleNamespace(pictures=DemoPictures(server.cert_pem, {"prism": ["127.0.0.1"]}))
    url = f"{server.base_url}/prism/u1.png"
    try:
        store = install_avatars(profile, Settings(), demo)
        assert installed() is store and store.enabled

        async def scenario() -> None:
            store.image("prism:1", url)
            await until(lambda: store.settled(url), what="the demo's picture")

        arun(scenario())
        image = store.image("prism:1", url)
        assert image is not None and image.width() == 48
        assert len(list((profile.cache_dir / "avatars").iterdir())) == 1
    finally:
        install(None)
        server.stop()


def test_outside_the_demo_127_0_0_1_is_refused_and_the_switch_is_read(
    tmp_path: Path, arun: Runner[None]
) -> None:
    server = PictureServer().start()
    url = f"{server.base_url}/prism/u1.png"
    try:
        store = install_avatars(Profile.at(tmp_path), Settings(avatars=False))
        assert not store.enabled and store.image("prism:1", url) is None
        store.set_enabled(True)

        async def scenario() -> None:
            store.image("prism:1", url)
            await until(lambda: store.settled(url), what="the refusal")

        arun(scenario())
        assert store.image("prism:1", url) is None
    finally:
        install(None)
        server.stop()
