"""The README's key table is the keymap's: regenerate it with ``uv run python -m
tools.readme_keys --write`` after changing a key."""

from __future__ import annotations

from pathlib import Path

from tools.readme_keys import README, block, current, write


def test_the_readme_key_table_is_generated_from_the_keymap() -> None:
    assert current(README.read_text(encoding="utf-8")) == block(), (
        "README.md's key table differs from the keymap: "
        "run uv run python -m tools.readme_keys --write"
    )


def test_write_replaces_only_the_block(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("before\n<!-- keys:start -->\nold\n<!-- keys:end -->\nafter\n")
    assert write(readme)
    text = readme.read_text()
    assert text.startswith("before\n") and text.endswith("\nafter\n")
    assert current(text) == block()


def test_write_refuses_a_readme_without_markers(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("no table here\n")
    assert not write(readme)
    assert readme.read_text() == "no table here\n"
