from __future__ import annotations

from moderator.core.recent import Recent


def test_holds_at_most_two_generations_and_drops_the_oldest_whole() -> None:
    recent: Recent[int, str] = Recent(3)
    for n in range(10):
        recent.put(n, str(n))
        assert len(recent) <= 6
    assert recent.get(9) == "9" and recent.get(6) == "6"
    assert recent.get(2) is None and 2 not in recent


def test_what_is_used_stays_what_is_not_goes() -> None:
    recent: Recent[str, int | None] = Recent(2)
    recent.put("used", 1)
    recent.put("none", None)  # a stored None is told apart from absence by ``in``
    for n in range(20):
        recent.put(f"k{n}", n)
        assert recent.get("used") == 1  # found in the old generation: moved back to the young
    assert "none" not in recent and "k0" not in recent
    recent.clear()
    assert len(recent) == 0 and "used" not in recent
