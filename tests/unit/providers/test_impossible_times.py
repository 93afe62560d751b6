"""Every provider's converter keeps a message with an impossible time, marked "time unknown".

Years 1 and 9999 crash ``astimezone()`` west (or east) of UTC, and Qt turned that into a
SIGSEGV. The converters are the boundary: nothing past them may carry such a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from moderator.core.intern import Interner
from moderator.core.models import EARLIEST, LATEST, ChatMessage
from moderator.providers.allmine import convert as allmine
from moderator.providers.allmine.schema import AllmineMessage
from moderator.providers.brilliant import convert as brilliant
from moderator.providers.brilliant.schema import BrilliantMessage, site_zone
from moderator.providers.ibmvideo import convert as ibmvideo
from moderator.providers.ibmvideo.schema import StreamMessage
from moderator.providers.liveperson import convert as liveperson
from moderator.providers.liveperson.schema import Event
from moderator.providers.prism import convert as prism
from moderator.providers.prism.schema import PrismMessage

ARRIVED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = [
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-12:00",
    "1970-01-01T00:00:00Z",
]
GOOD = "2026-01-15T10:30:00+02:00"
ZONES = [
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=-8)),
    timezone(timedelta(hours=14)),
]


def via_prism(stamp: str) -> ChatMessage:
    raw = PrismMessage.model_validate(
        {"messageId": "1", "message": "hi", "messageAt": stamp, "authorId": "a", "authorName": "A"}
    )
    return prism.to_message(raw, stream_key="prism:1", received_at=ARRIVED)


def via_prism_fast(stamp: str) -> ChatMessage:
    body = {
        "success": True,
        "data": {
            "messages": [
                {
                    "messageId": 1,
                    "message": "hi",
                    "messageAt": stamp,
                    "authorId": "a",
                    "authorName": "A",
                }
            ],
            "nextPageToken": None,
        },
    }
    page = prism.read_page(json.dumps(body).encode(), stream_key="prism:1", interner=Interner())
    assert page is not None
    return page.messages[0]


def via_allmine(stamp: str) -> ChatMessage:
    raw = AllmineMessage.model_validate(
        {"_id": "m1", "content": "hi", "sender": {"_id": "s1", "username": "a"}, "createdAt": stamp}
    )
    return allmine.to_message(raw, stream_key="allmine:1")


def via_ibmvideo(stamp: str) -> ChatMessage:
    raw = StreamMessage.model_validate(
        {"id": "m1", "text": "hi", "type": "regular", "user": {"id": "u"}, "created_at": stamp}
    )
    return ibmvideo.to_message(raw, stream_key="ibmvideo:1", last_read=ARRIVED)


def via_liveperson(stamp: str) -> ChatMessage:
    event = Event.model_validate(
        {
            "@id": "7",
            "@type": "line",
            "time": stamp,
            "textType": "plain",
            "text": "hi",
            "by": "Ayşe",
            "source": "visitor",
        }
    )
    made = liveperson.to_message(
        event, liveperson.ChatContext("K1"), stream_key="liveperson:1", received_at=ARRIVED
    )
    assert made is not None
    return made


def via_brilliant(stamp: str) -> ChatMessage:
    # the site writes YYYYMMDDHHmmss in its own zone: keep the date and time, drop the offset
    digits = "".join(ch for ch in stamp[:19] if ch.isdigit())
    raw = BrilliantMessage.model_validate(
        {
            "message_id": "1",
            "message_token": "t",
            "thread_token": "th",
            "message_status": "0",
            "message_owner": "o",
            "message_content": "hi",
            "created_at": digits,
        }
    )
    zone = site_zone("Pacific/Kiritimati" if "+14" in stamp else "Etc/GMT+12")
    return brilliant.to_message(
        raw, stream_key="brilliant:1", owner_token="x", zone=zone, received_at=ARRIVED
    )


CONVERTERS: dict[str, Callable[[str], ChatMessage]] = {
    "prism": via_prism,
    "prism-fast": via_prism_fast,
    "allmine": via_allmine,
    "ibmvideo": via_ibmvideo,
    "liveperson": via_liveperson,
    "brilliant": via_brilliant,
}


@pytest.mark.parametrize("stamp", HOSTILE)
@pytest.mark.parametrize("name", sorted(CONVERTERS))
def test_an_impossible_time_is_kept_as_unknown_and_shows_in_every_zone(
    name: str, stamp: str
) -> None:
    message = CONVERTERS[name](stamp)
    assert not message.time_known
    assert EARLIEST <= message.sent_at <= LATEST
    for zone in ZONES:
        message.sent_at.astimezone(zone)
    message.sent_at.astimezone()


@pytest.mark.parametrize("name", sorted(CONVERTERS))
def test_a_real_time_is_kept(name: str) -> None:
    message = CONVERTERS[name](GOOD)
    assert message.time_known
    if name != "brilliant":  # the site's clock has no offset: it is read in the site's zone
        assert message.sent_at == datetime(2026, 1, 15, 8, 30, tzinfo=UTC)
