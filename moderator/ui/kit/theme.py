"""Light, dark, or whatever the system uses.

"system" follows the OS colour scheme (Qt 6.5+ ``QStyleHints.colorScheme``), also when it
changes while the app runs. Explicit light and dark use the Fusion style with the palettes
below, because a platform style may ignore a palette (and draw light controls on a dark one).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from moderator.ui.kit.contrast import READABLE, readable_on, set_required
from moderator.ui.kit.focus_style import FocusStyle
from moderator.ui.kit.fonts import install_fonts
from moderator.ui.kit.high_contrast import AAA, high_contrast_palette

Theme = Literal["system", "light", "dark", "high_contrast"]
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#171717",
    Role.AlternateBase: "#28292c",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6",
    Role.Text: "#e8eaed",
    Role.Button: "#2d2e31",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ff8a80",
    Role.Link: "#8ab4f8",
    Role.Highlight: "#3b6fd4",
    Role.HighlightedText: "#ffffff",
    Role.Light: "#3c4043",
    Role.Midlight: "#303134",
    Role.Mid: "#5f6368",
    Role.Dark: "#111111",
    Role.Shadow: "#000000",
}
_LIGHT = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1f1f1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f6f8fa",
    Role.ToolTipBase: "#ffffe1",
    Role.ToolTipText: "#1f1f1f",
    Role.PlaceholderText: "#6b6b6b",
    Role.Text: "#1f1f1f",
    Role.Button: "#f0f0f0",
    Role.ButtonText: "#1f1f1f",
    Role.BrightText: "#c5221f",
    Role.Link: "#1a55c4",
    Role.Highlight: "#2f65ca",
    Role.HighlightedText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e3e3",
    Role.Mid: "#a0a0a0",
    Role.Dark: "#7a7a7a",
    Role.Shadow: "#303030",
}
#: disabled text stays readable but clearly greyed out
_DISABLED = {"dark": "#7d8085", "light": "#9a9a9a"}


def palette(scheme: Literal["light", "dark"]) -> QPalette:
    colors = _DARK if scheme == "dark" else _LIGHT
    result = QPalette()
    for role, color in colors.items():
        result.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.PlaceholderText):
        result.setColor(Group.Disabled, role, QColor(_DISABLED[scheme]))
    return result


def muted(widget: QWidget) -> None:
    """Secondary text (status, hints) in the palette's placeholder colour. A role, not a style
    sheet: ``palette(...)`` in a style sheet is read once, and kept the old theme's colour
    (near-black on dark grey) after a switch."""
    widget.setStyleSheet("")
    widget.setForegroundRole(Role.PlaceholderText)


def tinted(widget: QWidget, colour: str) -> None:
    """Text in ``colour`` (a warning's orange, say), nudged to 4.5:1 on the window colour, and
    again whenever the app's palette (the theme) changes. Tinting again changes the colour."""
    tint = widget.findChild(_Tint)
    if isinstance(tint, _Tint):
        tint.recolour(QColor(colour))
    else:
        _Tint(widget, QColor(colour))


class _Tint(QObject):
    def __init__(self, widget: QWidget, colour: QColor) -> None:
        super().__init__(widget)
        self._widget = widget
        self._colour = colour
        widget.setStyleSheet("")
        widget.installEventFilter(self)
        self.apply()

    def recolour(self, colour: QColor) -> None:
        self._colour = colour
        self.apply()

    def apply(self) -> None:
        colours = self._widget.palette()
        wanted = readable_on(self._colour, colours.color(Role.Window))
        if colours.color(Role.WindowText) != wanted:  # else setPalette would come back here
            colours.setColor(Role.WindowText, wanted)
            self._widget.setPalette(colours)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False


def readable_placeholder(colours: QPalette) -> QPalette:
    """``colours`` with its placeholder text made to read (4.5:1) on its window colour: a
    platform palette may give a translucent black that does not."""
    window = colours.color(Role.Window)
    shown = _over(colours.color(Role.PlaceholderText), window)
    colours.setColor(Group.Active, Role.PlaceholderText, readable_on(shown, window))
    colours.setColor(Group.Inactive, Role.PlaceholderText, readable_on(shown, window))
    return colours


def _over(colour: QColor, back: QColor) -> QColor:
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + back.redF() * (1 - alpha),
        colour.greenF() * alpha + back.greenF() * (1 - alpha),
        colour.blueF() * alpha + back.blueF() * (1 - alpha),
    )


def system_scheme() -> Literal["light", "dark"] | None:
    """What the OS says (Qt 6.5+), or None when it says nothing."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    return None


class ThemeManager:
    """Applies a theme to the app at once, and keeps "system" in step with the OS."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        install_fonts()  # the Linux bundle's fonts, behind the system's (CJK, emoji)
        style = app.style()
        self._native_style = (style.objectName() or style.name()) if style is not None else "Fusion"
        self.theme: Theme = "system"
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, theme: Theme) -> None:
        self.theme = theme
        set_required(AAA if theme == "high_contrast" else READABLE)
        if theme == "high_contrast":
            self.app.setStyle(FocusStyle("Fusion"))
            self.app.setPalette(high_contrast_palette())
            return
        scheme = system_scheme() if theme == "system" else theme
        if theme == "system" and scheme != "dark":
            # the platform's own look: its style and its palette
            self.app.setStyle(FocusStyle(self._native_style))
            style = self.app.style()
            native = style.standardPalette() if style else palette("light")
            self.app.setPalette(readable_placeholder(native))
            return
        self.app.setStyle(FocusStyle("Fusion"))
        self.app.setPalette(palette(scheme or "light"))

    def scheme(self) -> Literal["light", "dark"]:
        """What is on screen now."""
        lightness = self.app.palette().color(Role.Window).lightness()
        return "dark" if lightness < 128 else "light"

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.apply("system")
