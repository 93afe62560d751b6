"""What goes into an audit record beyond the message: the detail of an action, and one record
for a whole batch of reads (a Ctrl+R over 128 messages is one line, not 128)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from moderator.core.actions import DEFAULT_TIMEOUT, ActionKind
from moderator.core.bulk import Batch
from moderator.core.outcome import Outcome
from moderator.core.words import OUTCOME_WORDS, duration_words
from moderator.wording import Said

READS = frozenset({ActionKind.MARK_READ, ActionKind.MARK_UNREAD})
#: the outcome a batch's record shows: the worst of its items'
_WORST = (Outcome.FAILED, Outcome.WAITING, Outcome.CANCELLED, Outcome.UNDONE)


def detail_of(kind: ActionKind, duration: timedelta | None, reason: str) -> str:
    """ "for 10 minutes; reason: spam": a timeout's length and any reason given (a Said, shown
    in the moderator's language; the reason is the moderator's own words)."""
    parts = []
    if kind is ActionKind.TIMEOUT:
        parts.append(Said("for {duration}", duration=duration_words(duration or DEFAULT_TIMEOUT)))
    if reason.strip():
        parts.append(Said("reason: {reason}", reason=reason.strip()))
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else Said("{first}; {then}", first=parts[0], then=parts[1])


def one_record_per_batch(kind: ActionKind, count: int) -> bool:
    """Reads of several messages are recorded once, for the batch."""
    return kind in READS and count > 1


def batch_outcome(batch: Batch) -> tuple[str, str]:
    """(result, error) for a batch's one record: the worst outcome, and how many had it."""
    counts = Counter(batch.states.values())
    for state in _WORST:
        if counts[state]:
            errors = list(dict.fromkeys(batch.errors.values()))
            error = Said(
                "{count} of {total} {state}",
                count=counts[state],
                total=batch.total,
                state=OUTCOME_WORDS[state],
            )
            if errors:
                return state.value, Said("{error}: {reason}", error=error, reason=errors[0])
            return state.value, error
    state = Outcome.LOCAL if counts[Outcome.LOCAL] else Outcome.DONE
    return state.value, ""
