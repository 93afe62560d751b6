"""Automod between the streams and their tabs: every arriving message is checked before the tab
sees it; what a rule decides goes through the stream's one moderation pipeline.

A held message stays out of its tab and waits in the review queue. Every platform shows a chat
line to everyone before this app sees it, so "hold" hides it here; denying deletes it on the
platform where the provider can, and says "hidden here only" where it cannot (never pretends).
A delete, timeout, ban or flag by a rule is an :class:`ActionRequest` of origin AUTOMOD naming
the rule: the undo window, the outbox and the audit log apply as to the moderator's own, and
the audit record says which rule acted. Rules in dry run only mark the row.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from moderator.core.actions import ActionKind
from moderator.core.audit import AuditRecord
from moderator.core.automod.engine import Engine, Verdict
from moderator.core.automod.review import Held, ReviewQueue
from moderator.core.automod.rules import Act, RuleSet
from moderator.core.automod.strikes import Decision, MemoryStrikes, StrikeStore, decide
from moderator.core.identity import AuthorKey
from moderator.core.models import ChatMessage
from moderator.core.provider import Capability
from moderator.core.request import ActionRequest, Surface
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.automod_reasons import REASON_CONTEXT, reason_text
from moderator.ui.kit.i18n import counts, tr_core
from moderator.wording import Said, Word

log = logging.getLogger(__name__)
Person = Callable[[AuthorKey], Iterable[AuthorKey]]
_KIND = {
    Act.DELETE: ActionKind.DELETE,
    Act.TIMEOUT: ActionKind.TIMEOUT,
    Act.BAN: ActionKind.BAN,
    Act.FLAG: ActionKind.FLAG,
}
_RESTRICT = (ActionKind.TIMEOUT, ActionKind.BAN)
_NEEDS = {
    Act.DELETE: Capability.DELETE,
    Act.TIMEOUT: Capability.TIMEOUT,
    Act.BAN: Capability.BAN,
    Act.FLAG: Capability.FLAG,
}


Arbiter = Callable[[list[tuple[str, str]], str], Awaitable[list[tuple[str, str]]]]


class AutomodGate(QObject):
    #: how many messages wait in the review queue
    held_changed = Signal(int)
    #: a sentence for the moderator (a rule could not act as set on some platform)
    notice = Signal(str)
    #: the moderator decided these held messages ((stream key, message id) list, "approved"
    #: or "denied"): a team tells the others
    decided = Signal(list, str)

    def __init__(
        self,
        rules: RuleSet,
        *,
        strikes: StrikeStore | None = None,
        person: Person | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = Engine(rules)
        self.queue = ReviewQueue()
        self.strikes: StrikeStore = strikes if strikes is not None else MemoryStrikes()
        self.person: Person = person or (lambda key: (key,))
        self.clock = clock
        #: (stream key, message id) -> what a rule in dry run would have done, shown on the row;
        #: forgotten when the row is trimmed, the held message denied, or the tab closed
        self.marks: dict[tuple[str, str], str] = {}
        self._mark_texts: dict[tuple[str, str], str] = {}
        self.controllers: dict[str, StreamController] = {}
        # a team's referee: given held keys and "approved" or "denied", the keys this app
        # decided first (the others were decided by another moderator; it tells why)
        self.arbiter: Arbiter | None = None
        #: streams whose history (the first arrivals) was screened: what comes now is live
        self.live: set[str] = set()
        #: (rule, stream key, act) the moderator was told a platform cannot do: once is enough
        #: (a fast chat escalates on many authors a second), until the rules change
        self._refusals_told: set[tuple[str, str, Act]] = set()

    @property
    def rules(self) -> RuleSet:
        return self.engine.rules

    def set_rules(self, rules: RuleSet) -> None:
        self.engine.set_rules(rules)
        self._refusals_told.clear()

    # -- streams --------------------------------------------------------------------------------

    def attach(self, controller: StreamController) -> None:
        """Check what arrives in ``controller``'s stream from now on."""
        key = controller.provider.stream.key
        self.controllers[key] = controller
        if controller.model.rowCount():
            self.live.add(key)  # attached after its history came: what comes now is live
        if controller.provider.account_id:
            self.engine.exempt.add(controller.provider.account_id)
        controller.screen = lambda messages, c=controller: self.screen(c, messages)
        controller.model.rows_trimmed.connect(self._forget_marks)

    def detach(self, controller: StreamController) -> None:
        """The stream's tab closed: what it held goes with it."""
        key = controller.provider.stream.key
        if self.controllers.get(key) is controller:
            del self.controllers[key]
            self.live.discard(key)
            controller.screen = None
            controller.model.rows_trimmed.disconnect(self._forget_marks)
            if self.queue.take_stream(key):
                self.held_changed.emit(len(self.queue))
            for mark in [k for k in self.marks if k[0] == key]:
                del self.marks[mark]

    def screen(
        self, controller: StreamController, messages: list[ChatMessage]
    ) -> list[ChatMessage]:
        """The messages the tab may show now; the rest are held, and rules' actions start.

        The first arrivals of a stream are its history, read at connect: the rules that need
        the pace of a live chat skip them, and what the others catch is held (no strike, no
        delete or ban for a line that may be hours old)."""
        stream_key = controller.provider.stream.key
        # the first arrivals, and pages read while the session catches up, are history
        history = stream_key not in self.live or controller.session.behind
        self.live.add(stream_key)
        kept: list[ChatMessage] = []
        held = 0
        later: list[tuple[ChatMessage, Decision]] = []
        for message in messages:
            verdict = self.engine.check(message, pace=not history)
            if verdict is None:
                kept.append(message)
                continue
            self._mark_dry(verdict)
            decision = self._decide(verdict, history)
            if decision is None or decision.act in (Act.HIGHLIGHT, Act.FLAG, Act.DELETE):
                kept.append(message)
            if decision is None:
                continue
            if self._hold(controller, message, decision):
                held += 1
            later.append((message, decision))
        if held:
            self.held_changed.emit(len(self.queue))
        if later:
            # after the tab queued what it keeps: a delete marks a row that is there
            asyncio.get_event_loop().call_soon(self._act, controller, later)
        return kept

    # -- what a rule does -----------------------------------------------------------------------

    def _decide(self, verdict: Verdict, history: bool) -> Decision | None:
        message = verdict.message
        key = AuthorKey(message.stream_key, message.author.id)
        if not history:
            return decide(verdict, self.rules.ladder, self.strikes, self.person(key), self.clock())
        found = decide(verdict, self.rules.ladder, MemoryStrikes(), (), self.clock())
        if found is None:
            return None
        act = found.act if found.act in (Act.HIGHLIGHT, Act.FLAG) else Act.HOLD
        return Decision(act, found.hit)  # no strike counted

    def _mark_dry(self, verdict: Verdict) -> None:
        message = verdict.message
        if verdict.dry:
            names = ", ".join(h.rule.name for h in verdict.dry)
            self.marks[(message.stream_key, message.id)] = self._mark_text(
                QCoreApplication.translate("AutomodGate", "dry run: "), names
            )
        for hit in verdict.hits:
            if hit.rule.action is Act.HIGHLIGHT:
                mark = self._mark_text(
                    QCoreApplication.translate("AutomodGate", "automod: "), hit.rule.name
                )
                self.marks[(message.stream_key, message.id)] = mark

    def _mark_text(self, prefix: str, names: str) -> str:
        """One string per distinct mark, shared by every row it marks (a dry-run rule on new
        authors marks a good share of a busy chat)."""
        key = (prefix, names)
        text = self._mark_texts.get(key)
        if text is None:
            if len(self._mark_texts) >= 1_024:  # rule names: few; a bound all the same
                self._mark_texts.clear()
            text = self._mark_texts[key] = prefix + names
        return text

    def _hold(self, controller: StreamController, message: ChatMessage, decision: Decision) -> bool:
        """Hold the message when the decision hides it (a hold, a restriction, or a delete
        the platform cannot do)."""
        act = decision.act
        cannot_delete = act is Act.DELETE and not controller.can(Capability.DELETE)
        if act not in (Act.HOLD, Act.TIMEOUT, Act.BAN) and not cannot_delete:
            return False
        why = decision.hit.why
        if cannot_delete:
            why = QCoreApplication.translate(
                "AutomodGate", "{why}; {platform} cannot delete: hidden here only"
            ).format(why=reason_text(why), platform=controller.provider.display_name)
        for back in self.queue.add(Held(message, decision.rule, why, decision.strikes)):
            self._show(back.message)
        if controller.archive is not None:
            controller.archive.add([message])  # kept, whatever the moderator decides
        self._audit(controller, message, "held for review", decision)
        return True

    def _act(
        self, controller: StreamController, decided: Sequence[tuple[ChatMessage, Decision]]
    ) -> None:
        if controller.provider.stream.key not in self.controllers:
            return  # closed meanwhile
        controller.model.flush()
        for message, decision in decided:
            kind = _KIND.get(decision.act)
            if kind is None:
                continue
            needs = _NEEDS[decision.act]
            if not controller.can(needs):
                if decision.act is not Act.DELETE:  # a delete became a hold, said there
                    self._refused(controller, decision, needs)
                continue
            request = ActionRequest(
                kind,
                [message],
                decision.timeout,
                # a ban's reason reaches the platform; the audit names the rule anyway
                reason=f"automod: {decision.rule}" if kind in _RESTRICT else "",
                origin=Surface.AUTOMOD,
                rule=decision.rule,
            )
            controller.moderation.submit(request)

    def _refused(self, controller: StreamController, decision: Decision, needs: Capability) -> None:
        """Tell the moderator a rule asked for what the platform cannot do, the first time."""
        told = (decision.rule, controller.provider.stream.key, decision.act)
        if told in self._refusals_told:
            return
        self._refusals_told.add(told)
        reason = tr_core("Provider", controller.provider.unsupported_reason(needs) or "")
        self.notice.emit(
            QCoreApplication.translate(
                "AutomodGate", "Automod rule “{rule}” could not act: {reason}"
            ).format(rule=decision.rule, reason=reason)
        )

    def _audit(
        self, controller: StreamController, message: ChatMessage, action: str, decision: Decision
    ) -> None:
        pipeline = controller.moderation.pipeline
        if pipeline.audit is None:
            return
        record = AuditRecord.of(
            actor="automod",
            platform=controller.provider.display_name,
            action=action,
            message=message,
            result="local",
            detail=Said(
                "{first}; {then}",
                first=Said("automod: {rule}", rule=decision.rule),
                then=Word(REASON_CONTEXT, decision.hit.why),
            ),
        )
        audit = pipeline.audit
        pipeline.writes.save(("audit", id(record)), lambda: audit.record(record), (Exception,))

    # -- the moderator's decisions --------------------------------------------------------------

    def approve(self, keys: Iterable[tuple[str, str]]) -> int:
        """Show these held messages in their tabs after all; how many were still held."""
        taken = self.queue.take(keys)
        for held in taken:
            self._show(held.message)
        if taken:
            self.held_changed.emit(len(self.queue))
            self.decided.emit([h.key for h in taken], "approved")
        return len(taken)

    def decided_elsewhere(self, keys: Iterable[tuple[str, str]], *, approved: bool) -> int:
        """Another moderator of the team decided these: out of this queue, shown in their tab
        when approved, no platform call here (the deciding app made it); how many were held."""
        taken = self.queue.take(keys)
        if approved:
            for held in taken:
                self._show(held.message)
        if taken:
            self.held_changed.emit(len(self.queue))
        return len(taken)

    def deny(self, keys: Iterable[tuple[str, str]]) -> tuple[list[ChatMessage], list[str]]:
        """Take these out of the queue: (the messages to delete on their platform, sentences
        for those whose platform cannot delete: they stay hidden here only)."""
        taken = self.queue.take(keys)
        deletable: list[ChatMessage] = []
        hidden: dict[str, int] = {}
        self._forget_marks([held.message for held in taken])
        for held in taken:
            controller = self.controllers.get(held.message.stream_key)
            if controller is not None and controller.can(Capability.DELETE):
                deletable.append(held.message)
            else:
                name = controller.provider.display_name if controller else held.message.stream_key
                hidden[name] = hidden.get(name, 0) + 1
        if taken:
            self.held_changed.emit(len(self.queue))
            self.decided.emit([h.key for h in taken], "denied")
        sentences = [counts().hidden_here(n).format(platform=name) for name, n in hidden.items()]
        return deletable, sentences

    def _show(self, message: ChatMessage) -> None:
        controller = self.controllers.get(message.stream_key)
        if controller is not None:
            controller.model.enqueue([message])

    def mark_of(self, message: ChatMessage) -> str:
        return self.marks.get((message.stream_key, message.id), "")

    def _forget_marks(self, gone: Sequence[ChatMessage]) -> None:
        """Marks of rows that left their tab (trimmed, or denied): no row will show them."""
        marks = self.marks
        if marks:
            for message in gone:
                marks.pop((message.stream_key, message.id), None)
