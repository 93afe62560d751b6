"""The high-contrast theme: white and yellow on black, every text at 7:1 or more (WCAG AAA).

Beside the palette, the app's required contrast (:func:`moderator.ui.kit.contrast.required`)
rises to 7:1, so an author's colour, a deleted message's grey and a warning's orange are nudged
until they read at 7:1 on the rows' black, and read rows are not dimmed.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: WCAG AAA for normal text
AAA = 7.0

HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#141414",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.PlaceholderText: "#c8c8c8",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffff00",
    Role.Link: "#ffff00",
    Role.LinkVisited: "#ffb0ff",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    # the frames of fields and buttons (Fusion draws them in these): plainly visible on black
    Role.Light: "#ffffff",
    Role.Midlight: "#e0e0e0",
    Role.Mid: "#c0c0c0",
    Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
}
#: greyed out, still at 7:1 on black
DISABLED_TEXT = "#a6a6a6"

#: (background, text) pairs that must read at :data:`AAA`
TEXT_PAIRS = (
    (Role.Window, Role.WindowText),
    (Role.Base, Role.Text),
    (Role.AlternateBase, Role.Text),
    (Role.Button, Role.ButtonText),
    (Role.ToolTipBase, Role.ToolTipText),
    (Role.Highlight, Role.HighlightedText),
    (Role.Base, Role.PlaceholderText),
    (Role.Window, Role.PlaceholderText),
    (Role.Base, Role.Link),
    (Role.Base, Role.LinkVisited),
    (Role.Window, Role.BrightText),
)


def high_contrast_palette() -> QPalette:
    result = QPalette()
    for role, color in HIGH_CONTRAST.items():
        result.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.PlaceholderText):
        result.setColor(Group.Disabled, role, QColor(DISABLED_TEXT))
    return result
