"""The administrator's commands set up a team database a moderator's app can join at once."""

from __future__ import annotations

import psycopg
import pytest

from moderator.storage.team.__main__ import main
from tests.pgcluster import PASSWORD, Cluster


def test_setup_then_add_moderator(
    pg_cluster: Cluster, pg_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_cluster.url(pg_database)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": "cleo-pw")
    assert main(["setup", url]) == 0
    assert main(["setup", url]) == 0  # again: nothing changes, nothing breaks
    assert main(["add-moderator", url, "cleo"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    with psycopg.connect(
        pg_cluster.url(pg_database, "cleo"), password="cleo-pw", autocommit=True
    ) as conn:
        conn.execute("INSERT INTO moderator.audit (key, subject, body) VALUES ('k', 's', '{}')")
        row = conn.execute("SELECT moderator FROM moderator.audit").fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE intruder")
    assert row == ("cleo",)
