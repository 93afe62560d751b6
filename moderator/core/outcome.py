"""How one moderation request on one message ended: the single word every layer uses.

The batch run, the outbox's later delivery, the audit log and the surfaces all speak it
(it replaced the batch's ``Outcome`` and the outbox's own ``Outcome``).
"""

from __future__ import annotations

import enum

from moderator.core.actions import ActionKind, ActionResult


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


#: a delete that finds the message gone did its job
IDEMPOTENT_WHEN_GONE = frozenset({ActionKind.DELETE, ActionKind.HARD_DELETE})


def went_through(result: ActionResult) -> bool:
    """Whether the platform now holds what the action asked for.

    A delete that finds the message gone did its job: an earlier attempt whose answer was lost,
    or a platform (or proxy) that applied the request twice, got there first.
    """
    return result.ok or (result.not_found and result.kind in IDEMPOTENT_WHEN_GONE)


def outcome_of(result: ActionResult) -> Outcome:
    """The provider call's answer in the one vocabulary (a transient failure may wait); the
    same whether the action went out at once or later from the outbox."""
    if went_through(result):
        return Outcome.LOCAL if result.local else Outcome.DONE
    return Outcome.WAITING if result.transient else Outcome.FAILED
