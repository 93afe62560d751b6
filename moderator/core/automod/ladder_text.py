"""The ladder written as the moderator types it: "hold, timeout 60, timeout 600, ban"."""

from __future__ import annotations

from pydantic import ValidationError

from moderator.core.automod.rules import Act, Ladder, LadderStep

_STEP_ACTS = {a.value: a for a in Act if a is not Act.LADDER}


def ladder_text(ladder: Ladder) -> str:
    return ", ".join(
        f"timeout {s.timeout_seconds}" if s.action is Act.TIMEOUT else s.action.value
        for s in ladder.steps
    )


def parse_ladder(text: str, decay_seconds: int) -> Ladder | str:
    """The ladder ``text`` says, or a sentence saying which step is not understood."""
    steps = []
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        words = part.split()
        act = _STEP_ACTS.get(words[0])
        if act is None:
            known = ", ".join(_STEP_ACTS)
            return f"“{part}” is not a step; a step is one of {known} (timeout with seconds)."
        seconds = 60
        if act is Act.TIMEOUT and len(words) > 1:
            if not words[1].isdigit():
                return f"“{part}”: a timeout takes its length in seconds (timeout 600)."
            seconds = int(words[1])
        try:
            steps.append(LadderStep(action=act, timeout_seconds=seconds))
        except ValidationError:
            return f"“{part}”: a timeout lasts from 1 second to 14 days."
    if not steps:
        return "The ladder needs at least one step."
    return Ladder(steps=tuple(steps), decay_seconds=decay_seconds)
