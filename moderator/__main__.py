"""``python -m moderator``, the installed ``moderator`` commands and the bundle's entry point.

Nothing is imported at module level: a process the app starts (the demo's fakes, the backtest's
workers) imports the parent's main module again before it does its own work, and importing the
whole app there would load Qt and every provider in each of them for nothing.
"""

from __future__ import annotations


def main() -> int:
    from moderator.app import main as run_app

    return run_app()


if __name__ == "__main__":
    raise SystemExit(main())
