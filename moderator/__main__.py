"""``python -m moderator``."""

from __future__ import annotations

from moderator.app import main

raise SystemExit(main())
