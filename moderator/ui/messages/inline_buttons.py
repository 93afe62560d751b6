"""Moderation buttons on each chat row (Chatterino's inline mod buttons): their geometry and
painting for the delegate, and the clicks on them for the view.

The buttons sit at the right end of a row's first line: on the row under the pointer, or on
every row, as the settings say. A button the platform (or the message's state) does not allow
is greyed, and its tooltip gives the reason. A click never acts by itself: it is handed to the
surface, which asks through its ActionPresenter like a key press.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from moderator.core.actions import ActionKind, MenuEntry
from moderator.core.inline import InlineConfig, Show
from moderator.core.models import ChatMessage, MessageKind
from moderator.ui.kit.contrast import readable_on
from moderator.ui.kit.i18n import tr_core

#: room around a label, between buttons, and from the row's edges
PAD = 5.0
SPACING = 3.0
MARGIN = 4.0
ENABLED = QColor("#1a73e8")
#: a button that would ban or time out: red, so it is not pressed by habit
DANGER = QColor("#c5221f")
GREY = QColor("#9aa0a6")
#: what a greyed button's label keeps on its fill: visible, not inviting
GREYED_CONTRAST = 3.0
DANGEROUS = frozenset({ActionKind.BAN, ActionKind.TIMEOUT, ActionKind.HARD_DELETE})
#: how a surface says whether an action is allowed on a message, and why not
EntryFor = Callable[[ChatMessage, ActionKind], MenuEntry]


class InlineButtons:
    """What the delegate paints and the view hit-tests, for one view."""

    def __init__(self, entry_for: EntryFor, config: InlineConfig | None = None) -> None:
        self.entry_for = entry_for
        self.config = config or InlineConfig()
        #: the row under the pointer (-1: none): the one that shows its buttons on hover
        self.hovered = -1
        self._font = QFont()
        self._metrics = QFontMetricsF(self._font)

    def set_font(self, font: QFont) -> None:
        if font != self._font:
            self._font = QFont(font)
            self._font.setPointSizeF(max(6.0, font.pointSizeF() - 1.5))
            self._metrics = QFontMetricsF(self._font)

    def reserved(self) -> float:
        """The room the buttons take at a row's end when they always show (the first line of
        text stops short of it); none when they only show under the pointer."""
        if not self.config.active or self.config.show is not Show.ALWAYS:
            return 0.0
        return self._width() + MARGIN

    def shows_on(self, row: int, message: ChatMessage) -> bool:
        if not self.config.active or message.kind is not MessageKind.CHAT:
            return False
        return self.config.show is Show.ALWAYS or row == self.hovered

    def rects(self, row_rect: QRect) -> list[tuple[ActionKind, QRectF]]:
        """Each button's place in a row, right-aligned on its first line."""
        height = self._metrics.height() + 4
        x = row_rect.right() - MARGIN - self._width()
        y = row_rect.top() + MARGIN / 2
        placed: list[tuple[ActionKind, QRectF]] = []
        for kind in self.config.kinds:
            width = self._label_width(kind)
            placed.append((kind, QRectF(x, y, width, height)))
            x += width + SPACING
        return placed

    def hit(self, row_rect: QRect, pos: QPoint) -> ActionKind | None:
        return next((k for k, r in self.rects(row_rect) if r.contains(pos.toPointF())), None)

    def tooltip(self, message: ChatMessage, kind: ActionKind) -> str:
        entry = self.entry_for(message, kind)
        if not entry.enabled:
            return tr_core("Core", entry.tooltip)
        label = tr_core("Keymap", entry.label)
        if kind is ActionKind.TIMEOUT:
            return f"{label} ({self.text(kind)}, {entry.shortcut})"
        return f"{label} ({entry.shortcut})"

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage, row: int
    ) -> None:
        if not self.shows_on(row, message):
            return
        self.set_font(option.font)
        painter.save()
        painter.setFont(self._font)
        backdrop = option.palette.color(QPalette.ColorRole.Base)
        for kind, rect in self.rects(option.rect):
            enabled = self.entry_for(message, kind).enabled
            colour = (DANGER if kind in DANGEROUS else ENABLED) if enabled else GREY
            # readable on the button's own fill in every theme (a greyed one stays faint, as
            # greyed controls are, but no fainter than 3:1)
            painter.setPen(readable_on(colour, backdrop, None if enabled else GREYED_CONTRAST))
            painter.setBrush(backdrop)  # the text under a hover button does not show through
            painter.drawRoundedRect(rect, 3, 3)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text(kind))
        painter.restore()

    def text(self, kind: ActionKind) -> str:
        """The button's word in the moderator's language ("Del" is core's; "10m" stays)."""
        return tr_core("Inline", self.config.label(kind))

    def _label_width(self, kind: ActionKind) -> float:
        return self._metrics.horizontalAdvance(self.text(kind)) + 2 * PAD

    def _width(self) -> float:
        widths = [self._label_width(k) for k in self.config.kinds]
        return sum(widths) + SPACING * max(0, len(widths) - 1)


class InlineClicks(QObject):
    """Watches a view's viewport: the hovered row, and a click on a row's button.

    ``clicked`` carries the action and the row's message when the button is enabled;
    ``refused`` carries the reason when it is not. Either way the click is used up, so it
    neither selects the row nor starts a drag."""

    clicked = Signal(object, object)  # ActionKind, ChatMessage
    refused = Signal(str)

    def __init__(
        self,
        view: QAbstractItemView,
        buttons: InlineButtons,
        message_at: Callable[[int], ChatMessage | None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.buttons = buttons
        self.message_at = message_at
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._hover(self.view.indexAt(event.position().toPoint()).row())
        elif kind == QEvent.Type.Leave:
            self._hover(-1)
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            # the rows move under a resting pointer: look again once the list has scrolled
            pos = event.position().toPoint()
            QTimer.singleShot(1, self, lambda: self._hover(self.view.indexAt(pos).row()))
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._press(event)
        return False

    def _hover(self, row: int) -> None:
        old, self.buttons.hovered = self.buttons.hovered, row
        if old == row or self.buttons.config.show is not Show.HOVER:
            return
        model = self.view.model()
        for changed in (old, row):
            if changed >= 0:
                self.view.viewport().update(self.view.visualRect(model.index(changed, 0)))

    def _press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        index = self.view.indexAt(pos)
        message = self.message_at(index.row()) if index.isValid() else None
        if message is None or not self.buttons.shows_on(index.row(), message):
            return False
        kind = self.buttons.hit(self.view.visualRect(index), pos)
        if kind is None:
            return False
        entry = self.buttons.entry_for(message, kind)
        if entry.enabled:
            self.clicked.emit(kind, message)
        else:
            self.refused.emit(entry.tooltip)
        return True
