"""One reading of a provider's answer, whether the action went out at once or from the outbox."""

from __future__ import annotations

from moderator.core.actions import ActionKind, ActionResult
from moderator.core.outcome import Outcome, outcome_of
from tests.unit.core.scripted import message


def gone(kind: ActionKind) -> ActionResult:
    return ActionResult(kind, message(1), ok=False, error="could not find it", not_found=True)


def test_a_delete_that_finds_the_message_gone_did_its_job() -> None:
    # a retried request the platform applied twice, or an earlier attempt whose answer was lost,
    # got there first: the message is gone, as the moderator asked; the outbox already said so
    assert outcome_of(gone(ActionKind.DELETE)) is Outcome.DONE
    assert outcome_of(gone(ActionKind.HARD_DELETE)) is Outcome.DONE


def test_other_actions_on_a_message_that_is_gone_fail() -> None:
    assert outcome_of(gone(ActionKind.FLAG)) is Outcome.FAILED
    assert outcome_of(gone(ActionKind.MARK_READ)) is Outcome.FAILED


def test_a_refusal_fails_and_an_unreachable_platform_waits() -> None:
    refused = ActionResult(ActionKind.DELETE, message(1), ok=False, error="may not")
    unreachable = ActionResult(ActionKind.DELETE, message(1), ok=False, transient=True)
    assert outcome_of(refused) is Outcome.FAILED
    assert outcome_of(unreachable) is Outcome.WAITING
