"""The shipped translations are complete and current: every string the UI can show is in each
``.ts`` (lupdate finds nothing new), translated in every form, with the same placeholders.

When one fails after a change to the UI: ``uv run python -m tools.i18n update``, translate what
it marks unfinished (Qt Linguist: ``pyside6-linguist moderator/resources/i18n/*.ts``), commit.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator.ui.kit.i18n import SHIPPED, ts_file
from tools.i18n import PACKAGE, core_strings, listed_core_strings, lupdate, messages, missing

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%[vm]|%\d")


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated(code: str) -> None:
    gaps = missing(ts_file(code))
    assert not gaps, f"{len(gaps)} string(s) not translated in {code}:\n" + "\n".join(
        f"  {code} [{m.context}] {m.source!r}" for m in gaps
    )


def test_core_strings_list_what_core_says_now() -> None:
    listed = listed_core_strings()
    wanted = {(c, t) for c, t in core_strings() if t}
    new, gone = sorted(wanted - listed), sorted(listed - wanted)
    assert not new and not gone, (
        "resources/i18n/core_strings.py is stale: run `uv run python -m tools.i18n update`\n"
        f"  new: {new}\n  gone: {gone}"
    )


def test_lupdate_finds_no_string_the_ts_files_lack(tmp_path: Path) -> None:
    copies = []
    for code in SHIPPED:
        copy = tmp_path / ts_file(code).name
        shutil.copy(ts_file(code), copy)
        copies.append(copy)
    lupdate(copies)
    for code, copy in zip(SHIPPED, copies, strict=True):
        now, shipped = messages(copy), messages(ts_file(code))
        new, gone = sorted(now - shipped), sorted(shipped - now)
        assert not new and not gone, (
            f"moderator_{code}.ts is not up to date: run `uv run python -m tools.i18n update`\n"
            + "".join(f"  new [{c}] {s!r}\n" for c, s, _ in new)
            + "".join(f"  gone [{c}] {s!r}\n" for c, s, _ in gone)
        )


def _translations(code: str) -> Iterator[tuple[str, str, str]]:
    for message in ET.parse(ts_file(code)).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        for text in forms or [translation.text or ""]:
            yield source, text, code


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_the_placeholders(code: str) -> None:
    """A lost or renamed {name} would raise in str.format where the sentence is shown."""
    wrong = [
        f"  {code} {source!r} -> {text!r}"
        for source, text, _ in _translations(code)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
        # a plural's singular may say "one" in words, never another placeholder
        and not (set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(source)))
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("code", SHIPPED)
def test_menu_translations_keep_one_mnemonic(code: str) -> None:
    wrong = [
        f"  {code} {source!r} -> {text!r}"
        for source, text, _ in _translations(code)
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&")
    ]
    assert not wrong, "an & (the Alt key letter) was lost or doubled:\n" + "\n".join(wrong)


# -- what lupdate cannot see ------------------------------------------------------------------

TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _calls(path: Path) -> Iterator[tuple[str, ast.Call, str]]:
    """(function name, call, enclosing class) of each translation call in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                classes.setdefault(id(inner), node.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = func.value if isinstance(func, ast.Attribute) else None
        if name == "translate" and not (
            isinstance(owner, ast.Name) and owner.id.endswith("Application")
        ):
            continue  # str.translate
        if name in TR_CALLS:
            yield name, node, classes.get(id(node), "")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


#: the one place that looks up texts it is handed (tr_core: core's words, listed by the tool)
LOOKUPS = PACKAGE / "ui" / "kit" / "i18n.py"


def _sources() -> Iterator[Path]:
    yield from sorted(p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts)


def test_every_translation_call_is_one_lupdate_reads() -> None:
    """lupdate's Python reader skips a text it cannot read as a literal (an f-string, a name)
    without a word, and sees a plural only in ``self.tr(text, "", n)``."""
    shipped = {(c, s) for c, s, _ in messages(ts_file(SHIPPED[0]))}
    wrong = [f"  {where}: {problem}" for where, problem in _unreadable(shipped)]
    assert not wrong, "translation calls lupdate cannot read:\n" + "\n".join(wrong)


def _unreadable(shipped: set[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    for path in _sources():
        for name, call, owner in _calls(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
            args = list(call.args)
            if name == "tr" and isinstance(call.func, ast.Attribute):
                args = [ast.Constant(owner), *args]
            if path == LOOKUPS and args and _literal(args[0]) is None:
                continue
            if len(args) < 2 or _literal(args[0]) is None:
                yield where, f"{name}() needs a literal context"
            elif name == "translate" and len(args) > 3:
                yield where, "a plural through translate(): lupdate misses it (use self.tr)"
            elif isinstance(args[1], ast.JoinedStr):
                yield where, "an f-string: lupdate stores its braces, never what it becomes"
            elif (text := _literal(args[1])) is not None:
                context = _literal(args[0]) or ""
                if (context, text) not in shipped:
                    yield where, f"[{context}] {text!r} is in no .ts (inside an f-string?)"
            # a name as the text: a QT_TRANSLATE_NOOP-marked word looked up where it is shown
