"""One person: their recent messages, names, badges, where they were seen, and the author actions
(timeout, ban, unban) each of those streams' platforms allows.

An author is (platform, stream, author id): the card shows the author it was opened from, under
every name that id wrote (someone renamed keeps their id). Platforms share no identity, so a
same-named author elsewhere is only offered as "Possibly the same person" with a Link button;
the authors the moderator linked (:mod:`moderator.core.identity`) are shown as one person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from moderator.core.identity import AuthorKey, Identities, MemoryLinks
from moderator.core.models import Author, Badge, ChatMessage
from moderator.core.names import visible_name
from moderator.core.notes import MemoryNotes, Notes
from moderator.core.outcome import Outcome
from moderator.core.request import Surface
from moderator.core.restrictions import describe
from moderator.errors import StorageError
from moderator.ui.across.avatar_label import AvatarLabel, platform_badge
from moderator.ui.across.message_table import (
    Finder,
    MessageTableModel,
    fit_columns,
    message_table,
    selected_messages,
)
from moderator.ui.across.note_box import NoteBox
from moderator.ui.across.user_people import Match, PeopleBox, messages_of, names_of, same_names
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.actions.undo_toast import UndoToast
from moderator.ui.kit import messages as notices
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, counts
from moderator.ui.kit.notice import NoticeLine
from moderator.ui.kit.plain import PlainLabel, tip, window_title
from moderator.ui.kit.theme import muted, tinted
from moderator.ui.messages.row_colours import BADGE_COLORS, BADGE_ORDER

#: the messages a card shows, newest first
RECENT = 200
AUTHOR_ACTIONS = (
    (ActionKind.TIMEOUT, QT_TRANSLATE_NOOP("UserCard", "Timeout…")),
    (ActionKind.BAN, QT_TRANSLATE_NOOP("UserCard", "Ban…")),
    (ActionKind.UNBAN, QT_TRANSLATE_NOOP("UserCard", "Unban")),
)


class UserCard(QDialog):
    #: the moderator saved or removed their note on this author
    note_changed = Signal()

    def __init__(
        self,
        finder: Finder,
        author: Author,
        stream_key: str,
        parent: QWidget | None = None,
        identities: Identities | None = None,
        *,
        notes: Notes | None = None,
    ) -> None:
        super().__init__(parent)
        self.finder = finder
        self.origin = stream_key
        self.author = author
        self.key = AuthorKey(stream_key, author.id)
        self.identities = identities if identities is not None else Identities(MemoryLinks())
        self.note_box = NoteBox(notes if notes is not None else Notes(MemoryNotes()), self.key)
        self.note_box.saved.connect(self.note_changed)
        #: why each stream's author actions are refused, in the platform's words
        self._refusals: dict[str, str] = {}
        self._heard: set[object] = set()
        #: the batches whose outcome the card has told (by id)
        self._told: set[int] = set()
        self.setWindowTitle(
            window_title(self.tr("User card: {name}").format(name=visible_name(author.name)))
        )
        #: (stream key, action) -> its button, enabled where the platform allows it
        self.buttons: dict[tuple[str, ActionKind], QPushButton] = {}
        #: what this moderator knows of the author's ban or timeout, stream by stream
        self.states: dict[str, QLabel] = {}
        self.notice = NoticeLine(self)
        notices.attach(self.notice, place=self)
        self.toast = UndoToast(self)
        self.presenter = ActionPresenter(
            self, finder.router, toast=self.toast, origin=Surface.USER_CARD
        )
        self.model = MessageTableModel(
            finder.stream_name, ("When", "Stream", "Message"), parent=self
        )
        self.model.platform_name = finder.platform_name
        self.table = message_table(
            self.model,
            self,
            self.tr("Recent messages of {name}").format(name=visible_name(author.name)),
        )
        # the same keys as a tab, on the messages selected in the card's list
        self.presenter.add_shortcuts(self.table, self.selected)
        self.body = QWidget(self)
        self._find()
        self._build(author)
        self.resize(900, 600)

    def _find(self) -> None:
        """The person's messages and names, and who else might be them."""
        self.person = self.identities.person(self.key)
        self.messages = messages_of(self.finder, self.person, RECENT)
        self.model.set_messages(self.messages)
        own = [m for m in self.messages if AuthorKey.of(m) == self.key]
        #: every name this author id wrote under here, the newest first
        self.names = names_of(own) or [self.author.name]
        self.badges = frozenset(self.author.badges).union(*(m.author.badges for m in self.messages))
        self.streams = _streams_of(self.messages, self.origin)
        self.linked = [self._linked(k) for k in sorted(self.person - {self.key})]
        self.matches = same_names(self.finder, self.names, self.person, self.key)

    def _linked(self, key: AuthorKey) -> Match:
        theirs = [m for m in self.messages if AuthorKey.of(m) == key]
        return Match(key, theirs[0].author.name if theirs else key.author_id, len(theirs))

    def _build(self, author: Author) -> None:
        title = PlainLabel(visible_name(author.name), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.chips = PlainLabel(self)
        self.chips.setTextFormat(Qt.TextFormat.RichText)  # this app's own markup, no chat text
        self.warning = PlainLabel(self)
        tinted(self.warning, "#b06000")  # read on any theme, at 7:1 in high contrast
        bold = self.warning.font()
        bold.setBold(True)
        self.warning.setFont(bold)
        self.warning.setWordWrap(True)
        looks_like = self._looks_like(author)
        self.warning.setText(
            self.tr("⚠ This name looks like {name}, but it is another account.").format(
                name=visible_name(looks_like)
            )
            if looks_like
            else ""
        )
        self.warning.setVisible(bool(looks_like))
        fit_columns(self.table, widest=260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = self.outer = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(AvatarLabel(author, self.origin, self))
        heading.addWidget(title)
        heading.addWidget(platform_badge(self.finder.platform_name(self.origin), self))
        heading.addWidget(self.chips)
        heading.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.note_box)
        # short lines from elsewhere about this author (automod's strikes), if any
        lines = [line(self.key) for line in getattr(self.finder, "card_lines", ())]
        self.extra = PlainLabel(" · ".join(t for t in lines if t), self)
        self.extra.setVisible(bool(self.extra.text()))
        layout.addWidget(self.extra)
        layout.addWidget(self.body)
        layout.addWidget(self.notice)
        layout.addWidget(self.toast)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        """The parts that change when an author is linked or unlinked, in a fresh body."""
        old, self.body = self.body, QWidget(self)
        self.outer.replaceWidget(old, self.body)
        old.hide()  # at once: the layout would show the new body only in a later turn
        old.deleteLater()
        self.buttons.clear()
        self.states.clear()
        self.chips.setText(badge_chips(self.badges))
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        also = [visible_name(n) for n in self.names[1:]]
        self.names_label = PlainLabel(
            self.tr("Also wrote here as: {names}").format(names=", ".join(also)), self.body
        )
        self.names_label.setWordWrap(True)
        self.names_label.setVisible(bool(also))
        body.addWidget(self.names_label)
        body.addWidget(PlainLabel(self._seen(), self.body))
        self.people = PeopleBox(self.finder, self.linked, self.matches, self._link, self.body)
        body.addWidget(self.people)
        body.addWidget(self._actions_box())
        if self.isVisible():  # a hidden card shows its body with itself: never hide it for good
            self.body.show()

    def _seen(self) -> str:
        platforms = sorted({self.finder.platform_name(k) for k in self.streams})
        count = len(self.messages)
        seen = self.tr("Seen on {platforms}: {count}").format(
            platforms=", ".join(platforms) or self.tr("no stream"), count=counts().recent(count)
        )
        return seen + (self.tr(" (the newest shown)") if count >= RECENT else "")

    def _link(self, other: AuthorKey, link: bool) -> None:
        """The moderator's choice: this other author is (or is not) the same person."""
        try:
            if link:
                self.identities.link(self.key, other)
            else:
                self.identities.unlink(other)
        except StorageError as err:
            failed = self.tr("The link could not be saved ({error}); nothing changed.")
            notices.error(failed.format(error=err), place=self)
            return
        self._find()
        self._fill()

    def _looks_like(self, author: Author) -> str | None:
        """The staff name this author imitates, judged where the card was opened from."""
        controller = self.finder.router.controller_for(self.origin)
        return None if controller is None else controller.model.lookalikes.resembles(author)

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Actions, stream by stream"), self.body)
        grid = QGridLayout(box)
        for row, (stream_key, newest) in enumerate(self.streams.items()):
            grid.addWidget(PlainLabel(self.finder.stream_name(stream_key), box), row, 0)
            for column, (kind, label) in enumerate(AUTHOR_ACTIONS, start=1):
                button = QPushButton(QCoreApplication.translate("UserCard", label), box)
                self._enable(button, newest, kind)
                button.clicked.connect(lambda _c=False, m=newest, k=kind: self._act(k, m))
                grid.addWidget(button, row, column)
                self.buttons[(stream_key, kind)] = button
                button.setAccessibleDescription(self.finder.stream_name(stream_key))
            grid.addWidget(self._reason(stream_key, box), row, len(AUTHOR_ACTIONS) + 1)
            self.states[stream_key] = PlainLabel(box)
            grid.addWidget(self.states[stream_key], row, len(AUTHOR_ACTIONS) + 2)
            self._show_state(stream_key)
            controller = self.finder.router.controller_for(stream_key)
            if controller is not None and controller not in self._heard:
                self._heard.add(controller)
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
            button.setToolTip(self.tr("No message of theirs here to act on."))
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
        # its last item's progress and its end both come here: the moderator is told once
        if batch.kind not in dict(AUTHOR_ACTIONS) or not batch.done or batch.id in self._told:
            return
        self._told.add(batch.id)
        mine = [m for m in batch.messages if AuthorKey.of(m) in self.person]
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
        tell = notices.info if state in (Outcome.DONE, Outcome.LOCAL) else notices.error
        tell(f"{batch.kind.value.capitalize()} on {where}: {outcome}", place=self)

    def selected(self) -> list[ChatMessage]:
        return selected_messages(self.table, self.model)


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
