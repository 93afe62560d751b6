"""WCAG contrast, and colours nudged until they read on a background."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from moderator.ui.kit.contrast import READABLE, contrast, pen_on, readable_on
from moderator.ui.kit.theme import _DARK, _LIGHT, Role
from moderator.ui.messages.row_colours import GREY, NAME_COLORS


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("white"), QColor("white")) == pytest.approx(1.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", [_LIGHT, _DARK], ids=["light", "dark"])
@pytest.mark.parametrize("colour", [*NAME_COLORS, GREY.name()])
def test_every_author_colour_and_the_deleted_grey_read_on_the_selection(
    theme: dict[Role, str], colour: str
) -> None:
    highlight = QColor(theme[Role.Highlight])
    chosen = readable_on(QColor(colour), highlight)
    assert contrast(chosen, highlight) >= READABLE


def test_a_readable_colour_is_left_alone_and_a_light_background_darkens_it() -> None:
    assert readable_on(QColor("#1967d2"), QColor("white")).name() == "#1967d2"
    on_yellow = readable_on(QColor("#9aa0a6"), QColor("#ffe082"))
    assert on_yellow.lightness() < QColor("#9aa0a6").lightness()
    assert contrast(on_yellow, QColor("#ffe082")) >= READABLE
    assert pen_on(QColor("#9334e6"), None).name() == "#9334e6"  # a plain row is unchanged
