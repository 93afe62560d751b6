"""A moderation request as the moderator makes it, and the policy that says how it is asked.

Every surface (a stream's tab, All streams, the search results, the user card) builds the same
:class:`ActionRequest`; :func:`policy` says whether it needs a question first, which one, and
whether it waits out an undo window. One rule for every surface: the same key asks the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from moderator.core.actions import CONFIRMED, UNDOABLE, ActionKind
from moderator.core.models import ChatMessage
from moderator.wording import Said


class Surface(enum.Enum):
    """Where a request was made (for the audit detail and the tests, never for the rules)."""

    TAB = "tab"
    ALL_STREAMS = "all streams"
    SEARCH = "search"
    USER_CARD = "user card"
    REVIEW_QUEUE = "review queue"
    #: an automod rule acted (``ActionRequest.rule`` names it)
    AUTOMOD = "automod"
    OTHER = "other"


class Ask(enum.Enum):
    NOTHING = "nothing"
    #: a yes/no question naming the platform ("Delete … on IBM Video permanently?")
    CONFIRM = "confirm"
    #: the duration and reason dialog of a ban or timeout
    RESTRICT = "restrict"


@dataclass(frozen=True, slots=True)
class ActionRequest:
    kind: ActionKind
    targets: Sequence[ChatMessage]
    duration: timedelta | None = None
    reason: str = ""
    origin: Surface = Surface.OTHER
    #: the automod rule that asked (origin AUTOMOD): the audit record names it
    rule: str = ""

    @property
    def acted_by(self) -> str:
        """ "automod: Links" for a rule's request, else "" (the moderator's own)."""
        return Said("automod: {rule}", rule=self.rule) if self.origin is Surface.AUTOMOD else ""


@dataclass(frozen=True, slots=True)
class Policy:
    ask: Ask
    #: a delete or ban waits this long before anything is sent (0: at once)
    undo_window: float


def policy(request: ActionRequest, undo_delay: float) -> Policy:
    """How ``request`` is asked and sent, wherever it comes from."""
    kind = request.kind
    if kind in (ActionKind.BAN, ActionKind.TIMEOUT):
        ask = Ask.RESTRICT
    elif kind in CONFIRMED:
        ask = Ask.CONFIRM
    else:
        ask = Ask.NOTHING
    return Policy(ask, undo_delay if kind in UNDOABLE and undo_delay > 0 else 0.0)
