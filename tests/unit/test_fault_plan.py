"""The fault plan itself: choosing, exempting, garbling."""

from __future__ import annotations

import json
import random

import httpx
import pytest

from moderator.fakes.faults import DEFAULT_KINDS, HOSTILE, FaultKind, FaultPlan, drift, truncate
from moderator.fakes.prism import PrismFake


def test_kinds_parse_by_value_or_name_and_all_means_the_default_mix() -> None:
    assert FaultKind.parse("500,drift,RATE_LIMIT") == {
        FaultKind.SERVER_ERROR,
        FaultKind.DRIFT,
        FaultKind.RATE_LIMIT,
    }
    assert FaultKind.parse("all") == DEFAULT_KINDS == FaultPlan().kinds
    assert FaultKind.parse("hostile") == HOSTILE
    assert not DEFAULT_KINDS & HOSTILE
    assert FaultKind.parse("all,hostile") == set(FaultKind)
    assert FaultKind.parse("deep,BADUTF8") == {FaultKind.DEEP, FaultKind.BADUTF8}


def test_the_share_is_kept_exempt_paths_are_spared_and_all_is_counted() -> None:
    plan = FaultPlan(rate=0.25, seed=1, exempt=("/token",), readable=("/accept",))
    chosen = [plan.choose("/chat") for _ in range(4000)]
    assert 800 < sum(k is not None for k in chosen) < 1200
    assert plan.total() == sum(k is not None for k in chosen)
    assert all(plan.choose("/oauth2/token") is None for _ in range(200))
    garbling = {FaultKind.MALFORMED, FaultKind.DRIFT}
    assert not {plan.choose("/accept") for _ in range(400)} & garbling


def test_drift_changes_one_thing_and_truncation_breaks_the_json() -> None:
    page = {"data": {"messages": [{"id": 1, "text": "a"}, {"id": 2, "text": "b"}]}}
    rng = random.Random(3)
    changed = [drift(json.loads(json.dumps(page)), rng) for _ in range(30)]
    assert any(c != page for c in changed)
    body = json.dumps(page).encode()
    with pytest.raises(json.JSONDecodeError):
        json.loads(truncate(body, rng))


@pytest.mark.parametrize("kind", [FaultKind.DROP, FaultKind.SERVER_ERROR, FaultKind.MALFORMED])
async def test_faults_reach_an_httpx_client_as_the_real_thing(kind: FaultKind) -> None:
    fake = PrismFake()
    fake.faults = FaultPlan(rate=1.0, kinds=frozenset({kind}))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url="http://t"
    ) as client:
        if kind is FaultKind.DROP:
            with pytest.raises(httpx.TransportError):
                await client.get("/prism/v1/service/user")
            return
        response = await client.get("/prism/v1/service/user")
    if kind is FaultKind.SERVER_ERROR:
        assert response.status_code == 500
    else:
        assert response.status_code == 401  # the real answer, garbled only when 2xx
