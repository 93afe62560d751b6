from __future__ import annotations

import pytest

from moderator.core.avatars import (
    DEFAULT_HOSTS,
    AvatarPolicy,
    AvatarRefused,
    host_allowed,
    initials,
    provider_of,
)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("phinf.pstatic.net", True),
        ("a.b.pstatic.net", True),
        ("PHINF.PSTATIC.NET.", True),
        ("pstatic.net", False),  # "*.x" is the sub-domains only
        ("evilpstatic.net", False),
        ("pstatic.net.evil.com", False),
        ("", False),
    ],
)
def test_wildcards_allow_sub_domains_only(host: str, allowed: bool) -> None:
    assert host_allowed(host, ("*.pstatic.net",)) is allowed


def test_every_provider_has_a_default_and_two_have_no_pictures() -> None:
    assert set(DEFAULT_HOSTS) == {"prism", "allmine", "ibmvideo", "brilliant", "liveperson"}
    assert DEFAULT_HOSTS["brilliant"] == DEFAULT_HOSTS["liveperson"] == ()


def test_the_setting_replaces_one_providers_hosts() -> None:
    policy = AvatarPolicy().with_hosts({"allmine": [" CDN.Allmine.TV ", ""]})
    policy.check("allmine", "https://cdn.allmine.tv/u/1.webp")
    with pytest.raises(AvatarRefused):
        policy.check("allmine", "https://cdn.example.com/u/1.webp")
    policy.check("prism", "https://phinf.pstatic.net/a.jpg")  # the others keep theirs


def test_an_unknown_provider_fetches_nothing() -> None:
    with pytest.raises(AvatarRefused, match="not a picture host allowed for nobody"):
        AvatarPolicy().check("nobody", "https://phinf.pstatic.net/a.jpg")


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Chris Doe", "CD"),
        ("chris", "C"),
        ("john_doe", "JD"),
        ("김철수", "김"),
        ("", "?"),
        ("🙂🙂", "?"),
        ("  Ayşe   Yılmaz  ", "AY"),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_provider_of() -> None:
    assert provider_of("prism:123:x") == "prism"
