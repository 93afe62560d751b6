from __future__ import annotations

from pathlib import Path

from moderator.core.automod.rules import RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.core.identity import AuthorKey
from moderator.storage.automod import KEEP_SECONDS, StrikeFile, load_rules, save_rules

ANN = AuthorKey("prism:live", "ann")
ANN_IBM = AuthorKey("ibm:chan", "ann-1")


def test_strikes_survive_a_restart_and_count_per_person(tmp_path: Path) -> None:
    path = tmp_path / "automod.sqlite3"
    store = StrikeFile(path, now=1000)
    store.add(ANN, 900, "Spam")
    store.add(ANN, 990, "Spam")
    store.add(ANN_IBM, 995, "Links")
    store.close()
    again = StrikeFile(path, now=1000)
    assert again.count([ANN], since=0) == 2
    assert again.count([ANN], since=950) == 1
    assert again.count([ANN, ANN_IBM], since=0) == 3
    assert again.count([AuthorKey("prism:live", "bob")], since=0) == 0
    again.close()
    pruned = StrikeFile(path, now=900 + KEEP_SECONDS + 1)
    assert pruned.count([ANN, ANN_IBM], since=0) == 2  # the oldest went
    pruned.close()


def test_rules_file_round_trip_and_a_bad_file_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "automod.json"
    assert load_rules(path, RuleSet()) == (RuleSet(), "")
    save_rules(path, starter_rules())
    assert load_rules(path, RuleSet()) == (starter_rules(), "")
    path.write_text("{broken")
    rules, problem = load_rules(path, starter_rules())
    assert rules == starter_rules() and "not an automod rules file" in problem
