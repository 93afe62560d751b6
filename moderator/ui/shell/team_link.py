"""The team workspace in the window: its state in the status bar, the others' audit lines in the
audit log (the dock shows them with who did them), and claims on the rows of every tab.

The team itself (a :class:`~moderator.core.ports.TeamPort`) is made by the composition root;
this joins it to the workspace's tabs as they open. ``C`` on a tab claims the selected messages
("I'm on it") for everyone, or lets them go when they are already this moderator's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from moderator.core.models import ChatMessage, MessageState
from moderator.core.ports import TeamPort
from moderator.core.team import SharedRecord, TeamState
from moderator.core.team_actions import ALREADY, Claims, TeamAudit, TeamReadState
from moderator.ui.kit import messages
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.shortcuts import bind
from moderator.ui.messages.message_view import MessageView
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab

Marker = Callable[[ChatMessage], str]
#: how often expired claims are looked for
EXPIRY_MS = 5_000


def claim_text(claims: Claims, message: ChatMessage) -> str:
    """The chip of a claim on the message, else of a claim on its author."""
    who = claims.holder(message)
    if who is not None:
        if who == claims.me:
            return QCoreApplication.translate("TeamLink", "you are on it")
        return QCoreApplication.translate("TeamLink", "%1 is on it").replace("%1", who)
    who = claims.author_holder(message)
    if who is None:
        return ""
    if who == claims.me:
        return QCoreApplication.translate("TeamLink", "you are on this author")
    return QCoreApplication.translate("TeamLink", "%1 is on this author").replace("%1", who)


def joined(first: Marker, second: Marker) -> Marker:
    def marker(message: ChatMessage) -> str:
        return " · ".join(part for part in (first(message), second(message)) if part)

    return marker


def team_sentence(sentence: str) -> str:
    """A team sentence core filled in ("Already deleted by ana."), in the moderator's language:
    its template translated, the moderator's name put back."""
    for template in ALREADY:
        pattern = re.escape(template).replace(re.escape("{moderator}"), "(?P<moderator>.+)")
        found = re.fullmatch(pattern, sentence)
        if found is not None:
            return tr_core("Core", template).format(**found.groupdict())
    return tr_core("Core", sentence)


class TeamLink(QObject):
    #: a record from the team, carried onto the GUI thread's turn of the loop
    heard = Signal(object)
    state_changed = Signal(object, str)

    def __init__(
        self,
        workspace: Workspace,
        team: TeamPort,
        audit: TeamAudit | None,
        read_state: TeamReadState | None = None,
    ) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.team = team
        self.audit = audit
        self.read_state = read_state
        self.claims = Claims(team.moderator)
        self.label = QLabel(workspace.window)
        self.label.setObjectName("team_state")
        workspace.window.statusBar().addPermanentWidget(self.label)
        self.heard.connect(self._heard)
        self.state_changed.connect(self._show_state)
        team.subscribe(self.heard.emit)
        team.watch_state(self.state_changed.emit)
        workspace.stream_opened.connect(self._opened)
        self._expiry = QTimer(self)
        self._expiry.setInterval(EXPIRY_MS)
        self._expiry.timeout.connect(self.expire_claims)
        self._expiry.start()

    def expire_claims(self) -> None:
        """Claims end by themselves: their rows lose the chip without waiting for a repaint."""
        for record in self.claims.expire():
            self._repaint_claim(record)

    def _show_state(self, state: TeamState, sentence: str) -> None:
        online = state is TeamState.ONLINE
        self.label.setText(
            QCoreApplication.translate("TeamLink", "Team: online")
            if online
            else QCoreApplication.translate("TeamLink", "Team: offline")
        )
        self.label.setToolTip(sentence)
        if state is TeamState.OFFLINE:
            messages.warning(sentence)

    def _opened(self, tab: StreamTab) -> None:
        self.attach_view(tab.view)

    def attach_view(self, view: MessageView) -> None:
        """The claim chips on ``view``'s rows (a stream tab's, All streams'), and its keys:
        ``C`` claims the selected messages, ``Shift+C`` their authors."""
        delegate = view.message_delegate
        delegate.marker = joined(delegate.marker, lambda m: claim_text(self.claims, m))
        action = bind(view, "claim")
        action.triggered.connect(lambda _checked=False, v=view: self.claim_selected(v))
        on_author = bind(view, "claim_author")
        on_author.triggered.connect(lambda _checked=False, v=view: self.claim_authors(v))

    def claim_selected(self, view: MessageView) -> None:
        for message in view.selected_messages():
            mine = self.claims.holder(message) == self.claims.me
            record = self.claims.claim(message, release=mine)
            self.team.share(record)
            self._repaint(message.stream_key, message.id)

    def claim_authors(self, view: MessageView) -> None:
        """Claim the selected messages' authors (each once), or let go of those already
        this moderator's."""
        seen: set[tuple[str, str]] = set()
        for message in view.selected_messages():
            if (message.stream_key, message.author.id) in seen:
                continue
            seen.add((message.stream_key, message.author.id))
            mine = self.claims.author_holder(message) == self.claims.me
            record = self.claims.claim_author(message, release=mine)
            self.team.share(record)
            self._repaint_claim(record)

    def _heard(self, record: SharedRecord) -> None:
        if self.audit is not None:
            self.audit.heard(record)
        if self.claims.heard(record):
            self._repaint_claim(record)
        marks = self.read_state.heard(record) if self.read_state is not None else None
        if marks is not None:
            self._show_read(*marks)

    def tell(self, stream_key: str, sentence: str) -> None:
        """Say ``sentence`` on the stream's tab, as its other moderation notices."""
        controller = self.workspace.controller_for(stream_key)
        if controller is not None:
            controller.notice.emit(team_sentence(sentence))

    def _show_read(self, stream_key: str, ids: list[str], read: bool) -> None:
        controller = self.workspace.controller_for(stream_key)
        if controller is None or controller.read_state is None:
            return  # the platform keeps read state itself: it tells every moderator
        if read:
            controller.model.change_many(ids, add=MessageState.READ)
        else:
            controller.model.change_many(ids, remove=MessageState.READ)

    def _repaint_claim(self, record: SharedRecord) -> None:
        stream_key, message_id = Claims.message_id(record)
        author = Claims.author_id(record)
        if not author:
            self._repaint(stream_key, message_id)
            return
        controller = self.workspace.controller_for(stream_key)
        if controller is not None:  # every row of the author, All streams' too (it follows)
            rows = controller.model.messages()
            controller.model.change_many([m.id for m in rows if m.author.id == author])

    def _repaint(self, stream_key: str, message_id: str) -> None:
        controller = self.workspace.controller_for(stream_key)
        if controller is not None:
            controller.model.change_state(message_id)
