"""How one moderation request on one message ended: the single word every layer uses.

The batch run, the outbox's later delivery, the audit log and the surfaces all speak it
(it replaced the batch's ``Outcome`` and the outbox's own ``Outcome``).
"""

from __future__ import annotations

import enum

from moderator.core.actions import ActionResult


class Outcome(enum.Enum):
    #: not sent yet (an undo window, or its turn in a batch)
    QUEUED = "queued"
    DONE = "done"
    #: kept on this computer (read state where the platform has no read flag)
    LOCAL = "local"
    #: the platform was unreachable: the action waits in the outbox
    WAITING = "waiting"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNDONE = "undone"


FINAL = frozenset(Outcome) - {Outcome.QUEUED}
#: the platform (or this computer) holds what was asked
WENT_THROUGH = frozenset({Outcome.DONE, Outcome.LOCAL})


def outcome_of(result: ActionResult) -> Outcome:
    """The provider call's answer in the one vocabulary (a transient failure may wait)."""
    if result.ok:
        return Outcome.LOCAL if result.local else Outcome.DONE
    return Outcome.WAITING if result.transient else Outcome.FAILED
