"""The user card shows the author's picture (initials until it comes) and their platform."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QLabel

from moderator.ui.across.avatar_label import AvatarLabel
from moderator.ui.across.user_card import UserCard
from moderator.ui.messages.avatar_store import AvatarStore, install
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.test_avatars import Source
from tests.gui.test_cross_streams_views import shared_author
from tests.hostile.pictures import png

__all__ = ["desk"]  # the fixture, used by name

PICTURE = "https://phinf.pstatic.net/chris.png"


def test_the_card_shows_the_picture_and_the_platform(desk: Desk, arun: Runner[Any]) -> None:
    source = Source({PICTURE: png(20, 20, (0, 0, 255))})
    install(AvatarStore(source))
    try:
        seen = shared_author(desk)
        author = dataclasses.replace(seen.author, avatar_url=PICTURE)

        async def opened() -> UserCard:  # a click opens it while the app's loop runs
            card = desk.cross.show_user_card(author, seen.stream_key)
            label = card.findChild(AvatarLabel)
            assert label is not None and not label.showing_picture  # initials first
            await until(lambda: label.showing_picture, what="the picture")
            return card

        card = arun(opened())
        label = card.findChild(AvatarLabel)
        assert label is not None
        assert source.asked == [PICTURE]
        image = label.pixmap().toImage()
        assert image.pixelColor(image.width() // 2, image.height() // 2).blue() > 200
        platform = desk.cross.platform_name(seen.stream_key)
        assert platform in [w.text() for w in card.findChildren(QLabel)]
    finally:
        install(None)


def test_without_pictures_the_card_shows_initials(desk: Desk) -> None:
    seen = shared_author(desk)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    label = card.findChild(AvatarLabel)
    assert label is not None and not label.showing_picture
    assert not label.pixmap().isNull()
