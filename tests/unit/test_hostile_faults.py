"""The hostile garbling itself: one message, in the fake's own format, the same one each time."""

from __future__ import annotations

import json
import random
from typing import Any

from moderator.fakes.hostile import STUCK_READS, PageShape, Victims, next_at, plant, sent_in, stick
from moderator.fakes.prism import PrismFake

SHAPE = PrismFake.page_shape


def page(count: int, token: int = 7) -> bytes:
    messages = [{"messageId": 100 + i, "message": f"hello {i}"} for i in range(count)]
    return json.dumps({"data": {"nextPageToken": token, "messages": messages}}).encode()


def texts(body: bytes) -> list[Any]:
    return [m["message"] for m in json.loads(body.decode("utf-8", "replace"))["data"]["messages"]]


def depth(value: Any) -> int:
    level = 0
    while isinstance(value, list) and value:
        value, level = value[0], level + 1
    return level + (1 if value == [] else 0)


def test_deep_nests_one_message_past_64_levels_and_keeps_doing_so() -> None:
    victims, rng = Victims(), random.Random(1)
    first = plant(page(5), SHAPE, victims, rng, deep=True, bad=False)
    assert len(victims.deep) == 1
    got = texts(first)
    nested = [t for t in got if not isinstance(t, str)]
    assert len(nested) == 1 and depth(nested[0]) > 64
    assert sorted(t for t in got if isinstance(t, str)) == [
        f"hello {i}" for i in range(5) if str(100 + i) not in victims.deep
    ]
    # the platform sends the same hostile message again on the next read of it
    again = plant(page(5), SHAPE, victims, rng, deep=False, bad=False)
    assert again == first


def test_badutf8_puts_an_invalid_byte_into_one_text_only() -> None:
    victims = Victims()
    body = plant(page(4), SHAPE, victims, random.Random(2), deep=False, bad=True)
    assert body.count(b"\xff") == 1
    (victim,) = victims.badutf8
    got = texts(body)
    assert got[int(victim) - 100] == "\ufffdhello " + str(int(victim) - 100)
    assert sum("\ufffd" in t for t in got) == 1


def test_a_full_page_token_is_held_stuck_for_a_few_reads_then_moves() -> None:
    victims = Victims()
    sent = sent_in("pageToken")(b'{"maxResults": 100, "pageToken": "5"}')
    assert sent == "5"
    answers = [
        json.loads(stick(page(100, token=9), sent, SHAPE, victims, start=i == 0))
        for i in range(STUCK_READS + 2)
    ]
    tokens = [a["data"]["nextPageToken"] for a in answers]
    assert tokens == [5] * STUCK_READS + [9, 9]
    # chosen again, a token once held moves on: the platform came right
    assert (
        json.loads(stick(page(100, 9), sent, SHAPE, victims, start=True))["data"]
        == json.loads(page(100, 9))["data"]
    )


def test_a_short_page_is_never_stuck_and_a_page_without_token_is_left_alone() -> None:
    victims = Victims()
    assert stick(page(3), "5", SHAPE, victims, start=True) == page(3)
    assert not victims.stuck
    shape = PageShape(("messageId",), "message", sent_in("pageToken"), next_at("data", "x"))
    assert stick(page(100), "5", shape, victims, start=True) == page(100)
    assert stick(page(100), None, SHAPE, victims, start=True) == page(100)
