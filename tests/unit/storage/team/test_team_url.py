"""The team URL is checked before any connection: the moderator's own role, no password in it,
and verify-full TLS for any host that is not this computer."""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict

from moderator.storage.team.url import BadTeamUrl, parse


def test_a_remote_host_gets_verify_full() -> None:
    url = parse("postgresql://ana@db.example.org/moderation")
    params = conninfo_to_dict(url.conninfo)
    assert params["sslmode"] == "verify-full"
    assert (url.user, url.database, url.shown) == (
        "ana",
        "moderation",
        "ana@db.example.org/moderation",
    )


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_remote_host_with_weaker_tls_is_refused(mode: str) -> None:
    with pytest.raises(BadTeamUrl, match="verify-full"):
        parse(f"postgresql://ana@db.example.org/moderation?sslmode={mode}")


def test_a_remote_host_among_several_is_enough_to_need_verify_full() -> None:
    with pytest.raises(BadTeamUrl, match=r"db2\.example\.org"):
        parse("postgresql://ana@127.0.0.1,db2.example.org/moderation?sslmode=require")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_may_go_without_tls(host: str) -> None:
    params = conninfo_to_dict(parse(f"postgresql://ana@{host}:5433/team").conninfo)
    assert "sslmode" not in params
    assert params["keepalives"] == "1" and params["connect_timeout"] == "5"


def test_a_password_in_the_url_is_refused() -> None:
    with pytest.raises(BadTeamUrl, match="secret store"):
        parse("postgresql://ana:hunter2@127.0.0.1/team")


@pytest.mark.parametrize(
    "text", ["", "mysql://ana@db/team", "postgresql://127.0.0.1/team", "postgresql://ana@db/?x=%zz"]
)
def test_other_urls_are_a_sentence(text: str) -> None:
    with pytest.raises(BadTeamUrl):
        parse(text)
