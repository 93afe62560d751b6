"""Paints one chat message: time, thread, badges, author and word-wrapped text, Chatterino-style.

The text starts on the header's line and wraps under it at full width. A message is laid out once
per width: its height is kept by the view (and in a small cache here), and the laid-out text of
the rows recently painted is kept in an LRU, so a repaint of a fast chat only lays out the rows
that just came into sight.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from moderator.core.highlight import Highlighter
from moderator.core.models import ChatMessage, MessageKind
from moderator.core.names import display_text, visible_name
from moderator.ui.kit.contrast import dims_read_rows, pen_on, row_backdrop
from moderator.ui.kit.guard import guarded, nothing
from moderator.ui.kit.plain import tip
from moderator.ui.messages.avatar_paint import painter_for
from moderator.ui.messages.focus_ring import paint_focus
from moderator.ui.messages.header_cache import ClockTexts
from moderator.ui.messages.inline_buttons import InlineButtons
from moderator.ui.messages.message_model import MessageModel, MessageRole
from moderator.ui.messages.moderation_lines import moderation_line
from moderator.ui.messages.row_colours import (
    BADGE_ORDER,
    BADGE_QCOLORS,
    GREY,
    HIGHLIGHT,
    IMPOSTOR,
    MARKER,
    NAMELESS,
    NOTE,
    NOTE_MARK,
    WARNING,
    WHITE,
    name_color,
)
from moderator.ui.messages.row_layout import RowLayout
from moderator.ui.messages.row_text import Fonts, tip_at, wrap
from moderator.ui.messages.spoken import badge_word

PAD_X = 8.0
PAD_Y = 4.0
GAP = 6.0
BADGE_PAD = 4.0
#: heights of recently measured messages; the view keeps every row's height itself
CACHE_LIMIT = 8_192
#: laid-out rows kept for repainting: a few screens' worth
LAYOUT_LIMIT = 512
#: the height of a row that could not be measured (the failure is logged and counted)
FALLBACK_HEIGHT = 24


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[str, tuple[int, int]] = {}
        #: id -> (the message as laid out, width, layout); a replaced message is laid out anew
        self._layouts: OrderedDict[str, tuple[ChatMessage, int, RowLayout]] = OrderedDict()
        self._fonts = Fonts(view.font())
        self.highlighter = Highlighter()
        #: the author's ban or timeout on the row's stream ("timed out until 12:34"), or ""
        self.marker: Callable[[ChatMessage], str] = _no_marker
        #: the moderator's note on the row's author, or ""
        self.note: Callable[[ChatMessage], str] = _no_marker
        #: the row's moderation buttons, where the surface offers them
        self.inline: InlineButtons | None = None
        #: the author's picture before the name (avatar_paint.py), when pictures are installed
        self.avatars = painter_for(view, self)
        self._clock = ClockTexts()

    def fonts(self, font: QFont) -> Fonts:
        if font != self._fonts.base:
            self._fonts = Fonts(font)
        return self._fonts

    # -- measuring ------------------------------------------------------------------------------

    @guarded(lambda: QSize(0, FALLBACK_HEIGHT))
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        message = index.data(MessageRole)
        if not isinstance(message, ChatMessage):
            return QSize(0, 0)
        width = self._view.viewport().width()
        cached = self._heights.get(message.id)
        if cached is not None and cached[0] == width:
            return QSize(width, cached[1])
        height = int(self.cached_layout(message, option.font, width).height + 0.999)
        if len(self._heights) >= CACHE_LIMIT:
            self._heights.clear()
        self._heights[message.id] = (width, height)
        return QSize(width, height)

    def forget(self, message_id: str | None = None) -> None:
        """Drop cached heights and layouts (one message's, or all after a font change)."""
        if message_id is None:
            self._heights.clear()
            self._layouts.clear()
        else:
            self._heights.pop(message_id, None)
            self._layouts.pop(message_id, None)

    def cached_layout(self, message: ChatMessage, font: QFont, width: int) -> RowLayout:
        """The row's layout, from the LRU when this very message was laid out at this width."""
        layouts = self._layouts
        hit = layouts.get(message.id)
        # a staff member who speaks later makes an earlier look-alike of theirs suspect
        if (
            hit is not None
            and hit[0] is message
            and hit[1] == width
            and hit[2].looks_like == self.resembles(message)
            and hit[2].marker == self.marker(message)
        ):
            layouts.move_to_end(message.id)
            return hit[2]
        row = self.layout(message, font, width)
        layouts[message.id] = (message, width, row)
        if len(layouts) > LAYOUT_LIMIT:
            layouts.popitem(last=False)
        return row

    def layout(self, message: ChatMessage, font: QFont, width: int) -> RowLayout:
        fonts = self.fonts(font)
        small_m = fonts.small_m
        time = self._clock.of(message)
        # a chat named after its visitor need not repeat the name on the visitor's own lines
        label = message.thread_label
        thread = "" if label == message.author.name else visible_name(label)
        words = [
            (badge, badge_word(badge))
            for badge in (BADGE_ORDER if message.author.badges else ())  # most have none
            if badge in message.author.badges
        ]
        badges = [
            (word, BADGE_QCOLORS[badge], small_m.horizontalAdvance(word) + 2 * BADGE_PAD)
            for badge, word in words
        ]
        marker = self.marker(message)
        if marker:
            badges.append((marker, MARKER, small_m.horizontalAdvance(marker) + 2 * BADGE_PAD))
        note = self.note(message)
        if note:
            chip = QCoreApplication.translate("MessageDelegate", str(NOTE_MARK))
            badges.append((chip, NOTE, small_m.horizontalAdvance(chip) + 2 * BADGE_PAD))
        looks_like = self.resembles(message)
        name = "" if message.kind in NAMELESS else visible_name(message.author.name) + ":"
        if name and looks_like:
            name = WARNING + name
        thread_x = fonts.small_shaped.width(time) + GAP
        badges_x = thread_x + (small_m.horizontalAdvance(thread) + GAP if thread else 0.0)
        name_x = badges_x + sum(w + 3 for _, _, w in badges)
        if name and self.avatars is not None:
            name_x += self.avatars.room(fonts.line_h)
        header = name_x + (fonts.bold_shaped.width(name) + GAP if name else 0.0)
        highlight = bool(self.highlighter) and self.highlighter.matches(message)
        # removed on the platform by someone else: italic, not struck through like own deletes
        removed = message.is_removed
        text_font = fonts.text[
            message.is_deleted and not removed,
            message.is_pending or message.kind in NAMELESS or removed,
            highlight,
        ]
        said = moderation_line(message.text) if message.kind is MessageKind.MODERATION else None
        shown = display_text(said or message.text) or " "
        reserve = self._reserve()
        text = wrap(shown, text_font, width - 2 * PAD_X, header, fonts.line_h, reserve)
        # the bottom, not the height: a header too wide for any text beside it leaves the
        # first line to itself, and the text starts a line down (row_text.wrap)
        height = max(text.boundingRect().bottom(), fonts.line_h) + 2 * PAD_Y
        return RowLayout(
            time,
            thread,
            badges,
            name,
            header,
            text,
            height,
            thread_x,
            badges_x,
            name_x,
            highlight,
            looks_like,
            marker,
            note,
            reserve,
        )

    def _reserve(self) -> float:
        return self.inline.reserved() if self.inline is not None else 0.0

    def resembles(self, message: ChatMessage) -> str | None:
        model = self._view.model()
        return model.resembles(message) if isinstance(model, MessageModel) else None

    # -- painting -------------------------------------------------------------------------------

    @guarded(nothing)
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        message = index.data(MessageRole)
        if isinstance(message, ChatMessage):
            self.paint_row(painter, option, message, index.row())

    @guarded(nothing)
    def paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage, row: int
    ) -> None:
        """Paint ``message`` as row ``row`` (the view's own paint calls this directly: no index
        and no ``data()`` per row)."""
        self.paint_body(painter, option, message)
        self.paint_inline(painter, option, message, row)

    def paint_body(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage
    ) -> None:
        """The row without its inline buttons: what :meth:`look` says it looks like, so the
        view may keep it as a picture (see row_images.py)."""
        painter.save()
        # whatever a text holds (stacked marks, a tall script), it draws inside its own row
        painter.setClipRect(option.rect, Qt.ClipOperation.IntersectClip)
        try:
            self._paint_row(painter, option, message)
        finally:
            painter.restore()

    def paint_inline(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage, row: int
    ) -> None:
        """The row's moderation buttons, if it shows them (drawn live: the pointer and the
        platform's state decide them)."""
        if self.inline is None or not self.inline.shows_on(row, message):
            return
        painter.save()
        painter.setClipRect(option.rect, Qt.ClipOperation.IntersectClip)
        try:
            self.inline.paint(painter, option, message, row)
        finally:
            painter.restore()

    def look(self, message: ChatMessage, option: QStyleOptionViewItem) -> tuple[object, ...]:
        """Everything besides the message itself that :meth:`paint_body` draws from for a plain
        row (neither selected nor focused): two rows with the same message and look are drawn
        alike. The layout stands for the text, badges, marker, note, highlight and look-alike
        warning (it is laid out anew when any of them changes)."""
        layout = self.cached_layout(message, option.font, option.rect.width())
        avatar = self.avatars.look(message) if self.avatars is not None else 0
        return (layout, avatar, dims_read_rows(), option.palette.cacheKey(), option.state)

    def _paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_HasFocus:
            # the style's selection panel and focus frame; plain rows need no panel at all
            style = option.widget.style() if option.widget else self._view.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        row = self.cached_layout(message, option.font, option.rect.width())
        if row.highlight and not selected:
            painter.fillRect(option.rect, HIGHLIGHT)
        text_color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        if message.is_read and not selected and dims_read_rows():
            painter.setOpacity(0.55)
        origin = QPointF(option.rect.left() + PAD_X, option.rect.top() + PAD_Y)
        backdrop = row_backdrop(option.palette, selected)
        fonts = self.fonts(option.font)
        self._paint_header(painter, row, fonts, origin, message, text_color, backdrop)
        painter.setPen(pen_on(GREY if message.is_deleted else text_color, backdrop))
        row.text.draw(painter, origin)
        painter.restore()
        paint_focus(painter, option)

    def _paint_header(
        self,
        painter: QPainter,
        row: RowLayout,
        fonts: Fonts,
        origin: QPointF,
        message: ChatMessage,
        text: QColor,
        backdrop: QColor | None = None,
    ) -> None:
        x, y = origin.x(), origin.y()
        painter.setFont(fonts.small)
        muted = QColor(text)
        muted.setAlphaF(0.6 if backdrop is None else 1.0)  # full strength on the selection
        painter.setPen(muted)
        fonts.small_shaped.draw(painter, x, y + fonts.small_base, row.time)
        if row.thread:
            painter.drawText(QPointF(x + row.thread_x, y + fonts.small_base), row.thread)
        bx = x + row.badges_x
        for label, colour, width in row.badges:
            rect = QRectF(bx, y + (fonts.line_h - fonts.badge_h) / 2, width, fonts.badge_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(WHITE)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            bx += width + 3
        if row.name:
            painter.setFont(fonts.bold)
            colour = IMPOSTOR if row.looks_like else name_color(message.author.id)
            if self.avatars is not None:
                self.avatars.paint(painter, QPointF(x + row.name_x, y), fonts, message, colour)
            name = GREY if message.is_deleted else colour
            painter.setPen(pen_on(name, backdrop))  # readable on the selection colour too
            fonts.bold_shaped.draw(painter, x + row.name_x, y + fonts.bold_base, row.name)

    @guarded(lambda: False)
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """The tooltip of an inline button (its action, or why it is off) or of the note chip
        (the note); elsewhere the row's own tooltip."""
        message = index.data(MessageRole)
        if event.type() == QHelpEvent.Type.ToolTip and isinstance(message, ChatMessage):
            layout = self.cached_layout(message, option.font, option.rect.width())
            rect, fonts = option.rect, self.fonts(option.font)
            text = tip_at(
                self.inline,
                layout.note,
                note_rect(layout, fonts, rect),
                rect,
                event.pos(),
                message,
                index.row(),
            )
            if text:
                QToolTip.showText(event.globalPos(), tip(text), view)
                return True
        return super().helpEvent(event, view, option, index)


def note_rect(row: RowLayout, fonts: Fonts, rect: QRect) -> QRectF:
    """Where the note chip is painted in a row (empty when the author has no note)."""
    if not row.note or not row.badges:
        return QRectF()
    width = row.badges[-1][2]
    top = rect.top() + PAD_Y + (fonts.line_h - fonts.badge_h) / 2
    x = row.badges_x + sum(w + 3 for _label, _colour, w in row.badges[:-1])  # the last chip
    return QRectF(rect.left() + PAD_X + x, top, width, fonts.badge_h)


def _no_marker(_message: ChatMessage) -> str:
    return ""
