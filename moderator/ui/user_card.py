"""One person across every stream: their recent messages, badges, where they were seen, and the
author actions (timeout, ban, unban) each of those streams' platforms allows.

Platforms share no identity, so the card takes the same name anywhere as the same person, and
on the platform it was opened from also the same author id (someone renamed keeps their id).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import ActionKind
from moderator.core.bulk import Batch
from moderator.core.models import Author, Badge, ChatMessage
from moderator.core.names import visible_name
from moderator.core.outcome import Outcome
from moderator.core.request import Surface
from moderator.core.restrictions import describe
from moderator.core.search import Person, SearchQuery, platform_of
from moderator.ui.actions import ActionPresenter
from moderator.ui.delegate import BADGE_COLORS, BADGE_ORDER
from moderator.ui.message_table import (
    Finder,
    MessageTableModel,
    fit_columns,
    message_table,
    selected_messages,
)
from moderator.ui.plain import LineLabel, PlainLabel, tip, window_title
from moderator.ui.theme import muted
from moderator.ui.undo_toast import UndoToast

#: the messages a card shows, newest first
RECENT = 200
AUTHOR_ACTIONS = (
    (ActionKind.TIMEOUT, "Timeout…"),
    (ActionKind.BAN, "Ban…"),
    (ActionKind.UNBAN, "Unban"),
)


class UserCard(QDialog):
    def __init__(
        self, finder: Finder, author: Author, stream_key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.finder = finder
        self.origin = stream_key
        #: why each stream's author actions are refused, in the platform's words
        self._refusals: dict[str, str] = {}
        self.person = Person(author.name, frozenset({(platform_of(stream_key), author.id)}))
        self.setWindowTitle(window_title(f"User card: {visible_name(author.name)}"))
        outcome = finder.search(SearchQuery(person=self.person, limit=RECENT))
        self.messages = outcome.messages
        self.badges = frozenset(author.badges).union(*(m.author.badges for m in self.messages))
        self.streams = _streams_of(self.messages, stream_key)
        #: (stream key, action) -> its button, enabled where the platform allows it
        self.buttons: dict[tuple[str, ActionKind], QPushButton] = {}
        #: what this moderator knows of the author's ban or timeout, stream by stream
        self.states: dict[str, QLabel] = {}
        self.notice = LineLabel(self)
        self.toast = UndoToast(self)
        self.presenter = ActionPresenter(
            self, finder.router, self.show_notice, toast=self.toast, origin=Surface.USER_CARD
        )
        self.model = MessageTableModel(
            finder.stream_name, ("When", "Stream", "Message"), parent=self
        )
        self.model.set_messages(self.messages)
        self.table = message_table(
            self.model, self, f"Recent messages of {visible_name(author.name)}"
        )
        # the same keys as a tab, on the messages selected in the card's list
        self.presenter.add_shortcuts(self.table, self.selected)
        self._build(author)
        self.resize(900, 600)

    def _build(self, author: Author) -> None:
        title = PlainLabel(visible_name(author.name), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        chips = PlainLabel(badge_chips(self.badges), self)
        chips.setTextFormat(Qt.TextFormat.RichText)  # this app's own markup, no chat text
        self.warning = PlainLabel(self)
        self.warning.setStyleSheet("color: #b06000; font-weight: bold;")
        self.warning.setWordWrap(True)
        looks_like = self._looks_like(author)
        self.warning.setText(
            f"⚠ This name looks like {visible_name(looks_like)}, but it is another account."
            if looks_like
            else ""
        )
        self.warning.setVisible(bool(looks_like))
        platforms = sorted({self.finder.platform_name(k) for k in self.streams})
        seen = PlainLabel(
            f"Seen on {', '.join(platforms) or 'no stream'}: {len(self.messages)} recent "
            f"message{'' if len(self.messages) == 1 else 's'}"
            + (" (the newest shown)" if len(self.messages) >= RECENT else ""),
            self,
        )
        self.notice.setWordWrap(True)
        self.notice.hide()
        fit_columns(self.table, widest=260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(chips)
        heading.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(self.warning)
        layout.addWidget(seen)
        layout.addWidget(self._actions_box())
        layout.addWidget(self.notice)
        layout.addWidget(self.toast)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _looks_like(self, author: Author) -> str | None:
        """The staff name this author imitates, judged where the card was opened from."""
        controller = self.finder.router.controller_for(self.origin)
        return None if controller is None else controller.model.lookalikes.resembles(author)

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox("Actions, stream by stream", self)
        grid = QGridLayout(box)
        for row, (stream_key, newest) in enumerate(self.streams.items()):
            grid.addWidget(PlainLabel(self.finder.stream_name(stream_key), box), row, 0)
            for column, (kind, label) in enumerate(AUTHOR_ACTIONS, start=1):
                button = QPushButton(label, box)
                self._enable(button, newest, kind)
                button.clicked.connect(lambda _c=False, m=newest, k=kind: self._act(k, m))
                grid.addWidget(button, row, column)
                self.buttons[(stream_key, kind)] = button
            grid.addWidget(self._reason(stream_key, box), row, len(AUTHOR_ACTIONS) + 1)
            self.states[stream_key] = PlainLabel(box)
            grid.addWidget(self.states[stream_key], row, len(AUTHOR_ACTIONS) + 2)
            self._show_state(stream_key)
            controller = self.finder.router.controller_for(stream_key)
            if controller is not None:
                controller.action_finished.connect(self._finished)
        grid.setColumnStretch(0, 1)
        return box

    def _reason(self, stream_key: str, parent: QWidget) -> QLabel:
        """Why none of the actions can be used here, in words beside the greyed buttons."""
        buttons = [self.buttons[(stream_key, kind)] for kind, _label in AUTHOR_ACTIONS]
        refused = self._refusals.get(stream_key, "")
        reason = PlainLabel("" if any(b.isEnabled() for b in buttons) else refused, parent)
        muted(reason)
        reason.setWordWrap(True)
        reason.setMinimumWidth(220)
        return reason

    def _enable(self, button: QPushButton, message: ChatMessage | None, kind: ActionKind) -> None:
        if message is None:
            button.setEnabled(False)
            button.setToolTip("No message of theirs here to act on.")
            return
        entry = self.finder.router.entry(message, kind)
        button.setEnabled(entry.enabled)
        button.setToolTip(tip(entry.tooltip))
        if kind is ActionKind.BAN:
            self._refusals[message.stream_key] = entry.tooltip

    def _act(self, kind: ActionKind, message: ChatMessage) -> None:
        # the same question, dialog and toast as the stream's own tab: never at once
        self.presenter.perform(kind, [message])

    def _show_state(self, stream_key: str) -> None:
        """ "Banned" or "Timed out until 12:34" where this moderator saw it go through, and
        Unban instead of Ban then."""
        controller = self.finder.router.controller_for(stream_key)
        newest = self.streams.get(stream_key)
        known = None
        if controller is not None and newest is not None:
            known = controller.moderation.restrictions.of(newest.author.id)
        said = describe(known) if known is not None else ""
        self.states[stream_key].setText(said[:1].upper() + said[1:])
        self.buttons[(stream_key, ActionKind.BAN)].setHidden(
            known is not None and known.kind is ActionKind.BAN
        )
        self.buttons[(stream_key, ActionKind.UNBAN)].setHidden(False)

    def _finished(self, batch: Batch) -> None:
        if batch.kind not in dict(AUTHOR_ACTIONS) or batch.finished < batch.total:
            return
        mine = [m for m in batch.messages if self.person.is_author_of(m)]
        if not mine:
            return
        message = mine[0]
        if message.stream_key in self.states:
            self._show_state(message.stream_key)
        state = batch.states[message.id]
        where = self.finder.stream_name(message.stream_key)
        error = batch.errors.get(message.id, "")
        outcome = "done" if state in (Outcome.DONE, Outcome.LOCAL) else state.value
        outcome = f"{outcome}: {error}" if error else outcome
        self.show_notice(f"{batch.kind.value.capitalize()} on {where}: {outcome}")

    def selected(self) -> list[ChatMessage]:
        return selected_messages(self.table, self.model)

    def show_notice(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.show()


def _streams_of(messages: list[ChatMessage], origin: str) -> dict[str, ChatMessage | None]:
    """Each stream they wrote in (the one the card was opened from first), with their newest
    message there: author actions act through a message of theirs."""
    streams: dict[str, ChatMessage | None] = {origin: None}
    for message in messages:  # newest first: the first one seen per stream is the newest
        if streams.get(message.stream_key) is None:
            streams[message.stream_key] = message
    return streams


def badge_chips(badges: frozenset[Badge]) -> str:
    """Badges as small coloured labels, in the order the tabs show them."""
    return " ".join(
        f'<span style="background:{BADGE_COLORS[b]}; color:white;">&nbsp;{b.value}&nbsp;</span>'
        for b in BADGE_ORDER
        if b in badges
    )
