"""What automod's own actions tell the moderator: each kind of trouble once, not per author.

A rule acts on every author it catches; at a fast chat that is many actions a second. When the
platform is unreachable or refuses, a sentence per action buried the moderator (and froze the
window at 200 messages a second). A rule's timeout left waiting is said once; the next is said
again only after a rule's timeout went through. The outbox and the audit still count each one.
"""

from __future__ import annotations

from moderator.core.actions import ActionKind
from moderator.core.outcome import Outcome


class RuleNotices:
    def __init__(self) -> None:
        self._told: set[tuple[ActionKind, Outcome]] = set()

    def first(self, kind: ActionKind, outcome: Outcome) -> bool:
        """Whether this is the first such trouble since a rule's ``kind`` last went through."""
        if (kind, outcome) in self._told:
            return False
        self._told.add((kind, outcome))
        return True

    def went_through(self, kind: ActionKind) -> None:
        self._told = {told for told in self._told if told[0] is not kind}
