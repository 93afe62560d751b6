"""The README's key table, generated from the keymap.

``uv run python -m tools.readme_keys`` prints the table; ``--write`` puts it into README.md
between the ``<!-- keys:start -->`` and ``<!-- keys:end -->`` markers (which must be there).
"""

from __future__ import annotations

import sys
from pathlib import Path

from moderator.core.keymap import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- keys:start -->", "<!-- keys:end -->"


def block() -> str:
    return f"{START}\n{markdown_table()}{END}"


def current(text: str) -> str | None:
    """The block the README has now, markers included, or None without markers."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return None
    return text[start : end + len(END)]


def write(path: Path = README) -> bool:
    """Replace the block; False when the README has no markers."""
    text = path.read_text(encoding="utf-8")
    old = current(text)
    if old is None:
        return False
    path.write_text(text.replace(old, block()), encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    if "--write" in argv:
        if not write():
            print(f"{README} has no {START} … {END} markers", file=sys.stderr)
            return 1
        return 0
    print(block())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
