"""The app's entry point loads nothing, so the processes it spawns do not load Qt again."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: what an installed console script holds (pip/uv write this shape), plus a spawned child that
#: tells which heavy packages it found loaded after importing its parent's main module again
SCRIPT = textwrap.dedent(
    """
    import multiprocessing, sys
    from moderator.__main__ import main

    HEAVY = ("PySide6", "httpx", "moderator.app")

    def loaded(queue):
        queue.put(sorted(name for name in HEAVY if name in sys.modules))

    if __name__ == "__main__":
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        child = context.Process(target=loaded, args=(queue,))
        child.start()
        print(queue.get(timeout=60))
        child.join()
    """
)


def test_the_installed_commands_start_from_the_light_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    commands = project["scripts"] | project["gui-scripts"]
    assert set(commands.values()) == {"moderator.__main__:main"}


def test_a_process_the_app_spawns_imports_neither_qt_nor_the_app_again(tmp_path: Path) -> None:
    script = tmp_path / "moderator-script.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
