"""The inline buttons' settings read into a config: unknown names skipped, each kind once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from moderator.core.actions import ActionKind
from moderator.core.inline import DEFAULT_KINDS, InlineConfig, Show, short_duration


def test_defaults_are_delete_timeout_ban_on_hover() -> None:
    config = InlineConfig()
    assert config.kinds == DEFAULT_KINDS
    assert config.show is Show.HOVER
    assert [config.label(k) for k in config.kinds] == ["Del", "10m", "Ban"]
    assert config.active


def test_settings_values_are_read_leniently() -> None:
    config = InlineConfig.of(["ban", "nonsense", "ban", "flag"], "always", 30)
    assert config.kinds == (ActionKind.BAN, ActionKind.FLAG)
    assert config.show is Show.ALWAYS
    assert config.timeout == timedelta(seconds=30)
    assert InlineConfig.of([], "sideways", 0).show is Show.HOVER
    assert not InlineConfig.of([], "always", 60).active
    assert not InlineConfig.of(["ban"], "off", 60).active


@pytest.mark.parametrize(
    ("seconds", "label"), [(30, "30s"), (90, "90s"), (600, "10m"), (3600, "1h"), (86400, "1d")]
)
def test_short_durations(seconds: int, label: str) -> None:
    assert short_duration(timedelta(seconds=seconds)) == label
