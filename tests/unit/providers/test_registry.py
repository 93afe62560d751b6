"""The registry holds each provider's spec; the catalog reads nothing else."""

from __future__ import annotations

import httpx
import pytest

from moderator.catalog import build_services
from moderator.core.provider import (
    Capability,
    ChatProvider,
    Connection,
    ProviderSpec,
    Transport,
    registry,
)
from moderator.fakelink import connections
from moderator.fakes.registry import FAKES
from moderator.providers import REGISTRY
from moderator.providers.liveperson.schema import MIN_POLL_INTERVAL, LivePersonConnection


def test_every_spec_is_registered_under_its_connections_provider() -> None:
    assert list(REGISTRY) == ["prism", "allmine", "ibmvideo", "brilliant", "liveperson"]
    for name, spec in REGISTRY.items():
        assert spec.name == name == spec.connection.provider
        assert spec.intro, f"{name} has no intro for the connect dialog"


@pytest.mark.parametrize("name", list(REGISTRY))
def test_each_missing_capability_has_a_reason(name: str) -> None:
    spec = REGISTRY[name]
    for capability in Capability:
        reason = spec.unsupported_reason(capability)
        if capability in spec.capabilities:
            assert reason is None
        else:
            assert reason, f"{name} gives no reason for lacking {capability.name}"


def test_only_ibm_video_takes_a_ban_reason() -> None:
    takes = {name for name, spec in REGISTRY.items() if Capability.BAN_REASON in spec.capabilities}
    assert takes == {"ibmvideo"}


def test_the_sign_in_flows_come_from_the_specs() -> None:
    services = build_services()
    kinds = {c.name: type(c.sign_in).__name__ for c in services.providers}
    assert kinds == {
        "prism": "BrowserSignIn",
        "allmine": "CodeSignIn",
        "ibmvideo": "NoneType",
        "brilliant": "NoneType",
        "liveperson": "NoneType",
    }


def test_a_faster_demo_never_polls_below_the_platforms_minimum() -> None:
    settings = LivePersonConnection.model_validate(
        {
            "base_url": "http://lp.test",
            "account_id": "1",
            "username": "agent",
            "password": "pw",
        }
    )
    provider = build_services(poll_floor=0.25).create(settings)
    assert provider.poll_interval == MIN_POLL_INTERVAL
    # and a platform without a minimum does go faster
    prism = REGISTRY["prism"].connection.model_validate(
        {"base_url": "http://p.test", "live_id": "1", "access_token": "t"}
    )
    assert build_services(poll_floor=0.25).create(prism).poll_interval == 0.25


def test_a_name_given_twice_is_refused() -> None:
    spec = REGISTRY["prism"]
    with pytest.raises(ValueError, match="two providers"):
        registry(spec, spec)


def test_a_spec_refuses_a_connection_of_another_provider() -> None:
    class Elsewhere(Connection):
        provider = "elsewhere"

    def factory(settings: Connection, transport: Transport) -> ChatProvider:
        raise AssertionError("never made")

    with pytest.raises(ValueError, match="elsewhere"):
        ProviderSpec("mine", "Mine", Elsewhere, factory, Capability.NONE)


@pytest.mark.parametrize("name", sorted(FAKES))
async def test_a_spec_tells_the_truth_about_its_clients(name: str) -> None:
    fake = FAKES[name](seed=1)
    spec = REGISTRY[name]
    for settings in connections(fake, "http://fake.test"):
        client = spec.create(settings, httpx.ASGITransport(app=fake.app))
        try:
            assert client.name == spec.name
            # a connection may narrow what the platform offers, never widen it
            assert client.capabilities & spec.capabilities == client.capabilities
            assert client.poll_interval == spec.poll_interval
            assert client.poll_interval >= spec.min_poll_interval
        finally:
            await client.aclose()


def test_every_provider_states_its_minimum_and_the_clients_carry_it() -> None:
    for spec in REGISTRY.values():
        assert spec.factory.min_poll_interval == spec.min_poll_interval, spec.name  # type: ignore[attr-defined]
    assert REGISTRY["liveperson"].min_poll_interval >= 2.0
