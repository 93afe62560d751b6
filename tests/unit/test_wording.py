"""Sentences core and the providers say, kept as template + values so the UI can translate them:
the English stays what it was, every template is listed for the translators, and no error is
written as bare English any more."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from moderator.errors import ModeratorError, ProviderError, ProviderUnavailable, shown
from moderator.wording import CONTEXT, Said, Word, from_data, render, to_data
from tools.i18n import PACKAGE, listed_core_strings, said_sources, said_templates

#: every error a moderator reads; none of them may be written with bare English
ERRORS = {
    "ModeratorError",
    "ProviderError",
    "AuthExpired",
    "SignedOut",
    "PermissionDenied",
    "NotFound",
    "InvalidRequest",
    "RateLimited",
    "ProviderUnavailable",
    "ResponseTooLarge",
    "UntrustedCertificate",
    "MalformedPayload",
    "StorageError",
    "ActionUnsupported",
}


def test_a_said_is_its_english() -> None:
    late = Said("{platform} did not answer.", platform="X")
    lost = Said("Connection lost: {reason}", reason=late)
    assert lost == "Connection lost: X did not answer."
    assert isinstance(lost, str) and str(lost) == lost
    assert lost.template == "Connection lost: {reason}"
    assert isinstance(lost.values["reason"], Said)
    assert Said("{n} s", n=3) == "3 s"  # values become text once, as written
    assert Said("Nothing {here}") == "Nothing {here}"  # no values: never formatted


def test_a_said_survives_pickling_with_its_parts() -> None:
    said = Said("a {b}", b=Said("c {d}", d="e"))
    again = pickle.loads(pickle.dumps(said))
    assert again == said and again.template == "a {b}" and again.values["b"].template == "c {d}"


def test_render_translates_each_template_and_keeps_plain_values() -> None:
    table = {"Connection lost: {reason}": "Bağlantı koptu: {reason}", "{p} is slow.": "{p} yavaş."}
    said = Said("Connection lost: {reason}", reason=Said("{p} is slow.", p="PRISM is slow."))
    assert render(said, lambda c, t: table.get(t, t)) == "Bağlantı koptu: PRISM is slow. yavaş."
    assert render("plain", lambda c, t: "never") == "plain"


def test_a_translation_that_lost_a_placeholder_falls_back_to_the_english_template() -> None:
    said = Said("{a} and {b}", a="1", b="2")
    assert render(said, lambda c, t: "{a} und {c}") == "1 and 2"


def test_a_word_is_translated_under_its_own_context_and_kept_in_storage() -> None:
    said = Said("{action} is not available: {reason}", action=Word("Capability", "Ban"), reason="x")
    table = {
        (CONTEXT, "{action} is not available: {reason}"): "{action} kullanılamıyor: {reason}",
        ("Capability", "Ban"): "Engelle",
    }
    assert render(said, lambda c, t: table.get((c, t), t)) == "Engelle kullanılamıyor: x"
    again = from_data(json.loads(json.dumps(to_data(said))), str(said))
    assert isinstance(again, Said) and isinstance(again.values["action"], Word)
    assert again.values["action"].context == "Capability"
    assert pickle.loads(pickle.dumps(said)).values["action"].context == "Capability"


def test_an_error_keeps_its_said_and_redacts_its_values() -> None:
    secret = "access_token=abcdefghijklmnop1234"
    err = ProviderUnavailable(Said("{platform} said {what}.", platform="P", what=secret))
    sentence = err.sentence()
    assert isinstance(sentence, Said) and sentence.template == "{platform} said {what}."
    assert "abcdefghijklmnop1234" not in sentence and "abcdefghijklmnop1234" not in str(err)
    assert shown(sentence, 400) == sentence


def test_a_detail_joins_the_sentence_as_a_value() -> None:
    err = ProviderError(Said("{platform} refused.", platform="P"), detail="bad field")
    sentence = err.sentence()
    assert sentence == "P refused. (bad field)"
    assert isinstance(sentence, Said) and sentence.template == "{message} ({detail})"
    plain = ModeratorError(Said("Fill it in.")).sentence()
    assert isinstance(plain, Said) and plain.template == "Fill it in."


def test_every_template_is_a_literal_listed_for_the_translators() -> None:
    listed = {text for context, text in listed_core_strings() if context == CONTEXT}
    unlisted, computed = [], []
    for path in said_sources():
        for found in said_templates(path.read_text(encoding="utf-8")):
            where = path.relative_to(PACKAGE)
            if isinstance(found, int):
                computed.append(f"{where}:{found}")
            elif found not in listed:
                unlisted.append(f"{where}: {found!r}")
    assert not computed, f"a Said whose template is not a literal: {computed}"
    assert not unlisted, (
        "templates not in core_strings.py: run `uv run python -m tools.i18n update` and "
        f"translate them: {unlisted}"
    )


#: what hands a sentence to the moderator: a status line, a notice, a send's answer
TELLS = {"_set_status", "notice", "_notice", "Sent"}


def _english_errors(path: Path) -> list[str]:
    """Errors constructed with a bare English literal or f-string in ``path``, and sentences
    told the moderator that are built as f-strings (a template cannot be recovered from one)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        first = node.args[0] if node.args else None
        if name in ERRORS and isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
        told = [*node.args, *(k.value for k in node.keywords)]
        if name in TELLS and any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in told):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
    return found


@pytest.mark.parametrize("package", ["providers", "core", "storage"])
def test_no_error_is_written_in_bare_english(package: str) -> None:
    english = [e for p in sorted((PACKAGE / package).rglob("*.py")) for e in _english_errors(p)]
    assert not english, f"write these as Said(...) so the moderator reads them: {english}"
