"""A banned viewer never speaks while banned: when automod has banned most of the cast (the
demo at a fast rate), newcomers join instead of the banned talking on."""

from __future__ import annotations

import random

from moderator.fakes.chatter import FEW_LEFT, NAMES, Chatter


def test_the_banned_stay_silent_and_newcomers_join() -> None:
    chatter = Chatter(random.Random(1), id_prefix="t")
    banned = {v.id for v in chatter.viewers} | {chatter.owner.id, chatter.manager.id}
    spoke = {chatter.speaker(exclude=banned).id for _ in range(200)}
    assert not spoke & banned
    assert len(chatter.viewers) == len(NAMES) + FEW_LEFT  # only as many as were needed
    newcomer = chatter.viewers[-1]
    assert newcomer.id == f"t-{len(NAMES) + FEW_LEFT - 1:03d}" and newcomer.name.endswith(" 2")


def test_a_cast_with_room_stays_as_it_was() -> None:
    """No newcomer while enough viewers may speak: a seeded chat is the same every run."""
    chatter, same = Chatter(random.Random(3)), Chatter(random.Random(3))
    a = [chatter.speaker(exclude={"u-000"}).id for _ in range(50)]
    b = [same.speaker(exclude={"u-000"}).id for _ in range(50)]
    assert a == b and len(chatter.viewers) == len(NAMES) and "u-000" not in a
