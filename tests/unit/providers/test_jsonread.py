"""parse_json: hostile JSON costs the value that holds it, never the document."""

from __future__ import annotations

import json

import pytest

from moderator.errors import MalformedPayload
from moderator.providers.jsonread import MAX_DEPTH, TOO_BIG, flatten, parse_json


def test_a_clean_document_is_read_as_json_reads_it() -> None:
    body = json.dumps({"a": [1, 2.5, "x", None, True], "b": {"c": "é"}}).encode()
    assert parse_json(body, platform="P") == json.loads(body)


def test_brackets_and_escaped_quotes_inside_strings_do_not_count_as_depth() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    text = json.dumps({"t": 'a "[[[" \\ {{', "d": "x"})[:-1] + ', "deep": ' + deep + "}"
    data = json.loads(flatten(text))
    assert data["t"] == 'a "[[[" \\ {{'
    inner, depth = data["deep"], 2  # the object is depth 1, its list depth 2
    while inner != [None]:
        inner, depth = inner[0], depth + 1
    assert depth == MAX_DEPTH  # the list that would have been MAX_DEPTH + 1 deep is null


def test_a_value_nested_100k_deep_becomes_null_and_the_rest_stays() -> None:
    body = b'{"keep": [1, {"x": "y"}], "bad": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    data = parse_json(body, platform="P")
    assert data["keep"] == [1, {"x": "y"}]


def test_a_giant_number_becomes_a_value_no_schema_accepts() -> None:
    body = b'{"n": -' + b"7" * 50_000 + b', "ok": 12345678901234567890}'
    data = parse_json(body, platform="P")
    assert data["n"] is TOO_BIG
    assert data["ok"] == 12345678901234567890


def test_bad_bytes_become_replacement_characters() -> None:
    assert parse_json(b'{"t": "a\xffb"}', platform="P") == {"t": "a\ufffdb"}


def test_a_bom_and_a_declared_charset_are_honoured() -> None:
    assert parse_json(b'\xef\xbb\xbf{"t": 1}', platform="P") == {"t": 1}
    latin = '{"t": "caf\u00e9"}'.encode("latin-1")
    assert parse_json(latin, platform="P", encoding="iso-8859-1") == {"t": "caf\u00e9"}
    assert parse_json(b'{"t": 1}', platform="P", encoding="no-such-charset") == {"t": 1}


@pytest.mark.parametrize(
    "body", [b"", b"<html>502</html>", b'{"a": [1, 2', b"[" * 100_000, b"{" * 100_000]
)
def test_what_is_not_json_at_all_is_a_malformed_payload(body: bytes) -> None:
    with pytest.raises(MalformedPayload) as caught:
        parse_json(body, platform="P")
    assert "not valid JSON" in caught.value.sentence()


def test_half_a_surrogate_pair_becomes_a_replacement_character() -> None:
    body = rb'{"lone": "x\ud800y", "low": "\uDC00", "pair": "\ud83d\ude00", "end": "\ud83d"}'
    data = parse_json(body, platform="P")
    assert data == {"lone": "x\ufffdy", "low": "\ufffd", "pair": "\U0001f600", "end": "\ufffd"}
    for text in data.values():
        text.encode("utf-8")  # what SQLite and Qt do with it
