"""Opening the encrypted sign-ins at start: a damaged file or a wrong passphrase never blocks the
app (finding 9)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator.storage.secrets import EncryptedFileStore, SessionOnlyStore
from moderator.storage.unlock import unlock_secrets

GOOD = "correct horse"


class Answers:
    """The moderator at the passphrase prompt: answers in turn, and the prompts they saw."""

    def __init__(self, *answers: str | None) -> None:
        self._answers: Iterator[str | None] = iter(answers)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        return next(self._answers)


@pytest.fixture
def secrets_file(tmp_path: Path) -> Path:
    path = tmp_path / "secrets.enc"
    EncryptedFileStore(path, GOOD).set("prism:1:access_token", "tok-123")
    return path


def test_the_right_passphrase_opens_the_file(secrets_file: Path) -> None:
    choice, problems = unlock_secrets("encrypted", secrets_file, Answers(GOOD))
    assert choice.store.get("prism:1:access_token") == "tok-123"
    assert choice.notice is None and problems == []


def test_a_wrong_passphrase_says_so_and_asks_again(secrets_file: Path) -> None:
    answers = Answers("wrong", GOOD)
    choice, _ = unlock_secrets("encrypted", secrets_file, answers)
    assert choice.store.get("prism:1:access_token") == "tok-123"
    assert len(answers.prompts) == 2
    assert "wrong passphrase" in answers.prompts[1].lower()
    assert "wrong passphrase" not in answers.prompts[0].lower()


def test_continuing_without_keeps_the_file_and_says_sign_ins_are_locked(secrets_file: Path) -> None:
    before = secrets_file.read_bytes()
    choice, _ = unlock_secrets("encrypted", secrets_file, Answers("wrong", None))
    assert isinstance(choice.store, SessionOnlyStore)
    assert choice.store.get("prism:1:access_token") is None
    assert choice.notice is not None and "locked" in choice.notice
    assert secrets_file.read_bytes() == before, "the file is left for a later try"


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"version": 1, "salt": "c2FsdHNhbHRzYWx0c2FsdA=="}),  # no "data"
        json.dumps({"version": 1, "data": "x"}),  # no "salt"
        "{truncated",
        json.dumps(["not", "an", "object"]),
        json.dumps({"salt": "%%%", "data": "x"}),
    ],
)
def test_a_damaged_file_is_moved_aside_and_never_blocks(tmp_path: Path, content: str) -> None:
    path = tmp_path / "secrets.enc"
    path.write_text(content, encoding="utf-8")
    choice, problems = unlock_secrets("encrypted", path, Answers(GOOD))
    (problem,) = problems
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("secrets.enc.damaged-")]
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == content
    assert str(copies[0]) in problem and "sign in again" in problem
    choice.store.set("k", "v")  # a fresh encrypted file with the same passphrase
    assert EncryptedFileStore(path, GOOD).get("k") == "v"


def test_a_file_whose_content_decrypts_to_nonsense_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "secrets.enc"
    store = EncryptedFileStore(path, GOOD)
    store._values = ["not", "a", "mapping"]  # type: ignore[assignment]
    store._save()
    choice, problems = unlock_secrets("encrypted", path, Answers(GOOD))
    assert problems and "damaged" in problems[0]
    assert choice.store.get("k") is None


def test_another_store_kind_asks_no_passphrase(tmp_path: Path) -> None:
    answers = Answers()
    choice, problems = unlock_secrets("session", tmp_path / "secrets.enc", answers)
    assert answers.prompts == [] and problems == []
    assert isinstance(choice.store, SessionOnlyStore)
