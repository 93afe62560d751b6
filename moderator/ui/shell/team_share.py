"""The team's notes, automod rules, strikes and review decisions in the window, and its claim
chips in All streams: joined by the composition root once the window's cross-stream views and
automod exist (:meth:`moderator.teamwire.TeamWiring.join`).

Each piece keeps what this moderator does on this computer first, then tells the team; what the
others tell arrives here on the GUI's turn of the loop and updates the views live: the note chip
and open user cards, the rules automod uses, the strikes its ladder counts, and the review queue
(a message another moderator decided leaves it with who decided).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Signal

from moderator.core.automod.rules import RuleSet
from moderator.core.identity import AuthorKey
from moderator.core.ports import TeamPort
from moderator.core.team import SharedRecord
from moderator.core.team_records import (
    APPROVED,
    Decided,
    Reviews,
    TeamNotes,
    TeamStrikes,
    review_record,
    rules_of,
    rules_record,
)
from moderator.ui.across.all_streams import AllStreamsTab
from moderator.ui.across.user_card import UserCard
from moderator.ui.kit import messages
from moderator.ui.shell.automod_wiring import Automod
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.shell.team_link import TeamLink

log = logging.getLogger(__name__)


class TeamShare(QObject):
    heard = Signal(object)

    def __init__(
        self, team: TeamPort, link: TeamLink, cross: CrossStreams, automod: Automod | None
    ) -> None:
        super().__init__(cross)
        self.team = team
        self.link = link
        self.cross = cross
        self.automod = automod
        notes = cross.extras.notes
        self.notes = TeamNotes(notes.store, team)
        notes.store = self.notes
        self.reviews = Reviews(team)
        self.strikes: TeamStrikes | None = None
        self._save_here: Callable[[RuleSet], None] | None = None
        #: the last sentence said in the review queue about another moderator's decision
        self.last_said = ""
        if automod is not None:
            self._join_automod(automod)
        cross.extras.all_streams_hooks.append(self._all_streams)
        if cross.all_streams is not None:
            self._all_streams(cross.all_streams)
        self.heard.connect(self._heard)
        team.subscribe(self.heard.emit)

    def _join_automod(self, automod: Automod) -> None:
        gate = automod.gate
        self.strikes = TeamStrikes(gate.strikes, self.team)
        gate.strikes = self.strikes
        self._save_here = automod.save
        automod.save = self._save_rules
        gate.decided.connect(self.reviews.decide)
        gate.arbiter = self._arbitrate
        gate.held_changed.connect(self._decided_before)

    def _all_streams(self, tab: AllStreamsTab) -> None:
        self.link.attach_view(tab.view)

    # -- what this moderator does ---------------------------------------------------------------

    def _save_rules(self, rules: RuleSet) -> None:
        """Kept in the profile (raising the file's error, then nothing is told), then shared."""
        if self._save_here is not None:
            self._save_here(rules)
        self.team.share(rules_record(rules.model_dump(mode="json")))

    # -- what the others do ---------------------------------------------------------------------

    def _heard(self, record: SharedRecord) -> None:
        note = self.notes.heard(record)
        if note is not None:
            self._note(*note, by=record.moderator)
            return
        rules = rules_of(record)
        if rules is not None:
            self._rules(rules, record.moderator)
            return
        if self.strikes is not None and self.strikes.heard(record) is not None:
            return
        decided = self.reviews.heard(record)
        if decided is not None and decided.moderator != self.team.moderator:
            self._take([decided])

    def _note(self, author: AuthorKey, text: str, *, by: str) -> None:
        if by == self.team.moderator:  # this moderator's own, heard back after a restart
            by = ""
        self.cross.extras.notes.heard(author, text, by)
        self.cross.extras.notes_changed()
        for card in self.cross.window.findChildren(UserCard):
            if card.key == author:
                card.note_box.heard(text, by)

    def _rules(self, data: dict[str, object], by: str) -> None:
        if self.automod is None:
            return
        try:
            rules = RuleSet.model_validate(data)
        except ValidationError as err:  # a newer app's rules: this one keeps its own
            log.warning("team rules not used: %s", err)
            messages.warning(
                QCoreApplication.translate(
                    "TeamShare",
                    "Automod rules from {moderator} could not be used here; yours stay.",
                ).format(moderator=by)
            )
            return
        if rules == self.automod.gate.rules:
            return  # heard back after a restart, or the same rules saved again: nothing new
        self.automod.gate.set_rules(rules)
        if self._save_here is not None:
            try:
                self._save_here(rules)
            except Exception as err:  # in use now; the file keeps the last ones
                log.warning("team rules not kept in the profile: %s", err)
        messages.info(
            QCoreApplication.translate("TeamShare", "Automod rules updated by {moderator}.").format(
                moderator=by
            )
        )

    async def _arbitrate(self, keys: list[tuple[str, str]], decision: str) -> list[tuple[str, str]]:
        """Write each decision to the team before it is applied here: the keys this app
        decided first. The others another moderator decided a moment before leave the queue
        as they decided, with "Already denied by ana." (nothing deleted or shown twice)."""
        me, won, lost = self.team.moderator, [], []
        for key in keys:
            stood = await self.team.first(review_record(key, decision))
            if stood is None or (stood.moderator == me and stood.body.get("decision") == decision):
                self.reviews.decided.setdefault(key, Decided(key, decision, me))
                won.append(key)
            elif (decided := self.reviews.heard(stood)) is not None:
                lost.append(decided)
        if lost:
            self._already(lost)
        return won

    def _already(self, decided: list[Decided]) -> None:
        if self.automod is None:
            return
        gate = self.automod.gate
        for each in decided:
            gate.decided_elsewhere([each.key], approved=each.decision == APPROVED)
            self.last_said = already_said(each)
        messages.info(self.last_said, place=self.automod.panel)

    def _decided_before(self, _count: int = 0) -> None:
        """Messages held now that another moderator decided already (before this app held
        them, or while it was away) leave the queue at once."""
        if self.automod is None or not len(self.automod.gate.queue):
            return
        keys = [h.key for h in self.automod.gate.queue.newest_first()]
        found = self.reviews.among(keys)
        if found:
            self._take(found)

    def _take(self, decided: list[Decided]) -> None:
        if self.automod is None:
            return
        gate, taken = self.automod.gate, 0
        for each in decided:
            if each.key in gate.queue:
                taken += gate.decided_elsewhere([each.key], approved=each.decision == APPROVED)
                self.last_said = self._said(each)
        if taken:
            messages.info(self.last_said, place=self.automod.panel)

    def _said(self, decided: Decided) -> str:
        if decided.decision == APPROVED:
            return QCoreApplication.translate("TeamShare", "Approved by {moderator}.").format(
                moderator=decided.moderator
            )
        return QCoreApplication.translate("TeamShare", "Denied by {moderator}.").format(
            moderator=decided.moderator
        )


def already_said(decided: Decided) -> str:
    """What the moderator who decided second reads ("Already denied by ana.")."""
    if decided.decision == APPROVED:
        said = QCoreApplication.translate("TeamShare", "Already approved by {moderator}.")
    else:
        said = QCoreApplication.translate("TeamShare", "Already denied by {moderator}.")
    return said.format(moderator=decided.moderator)
