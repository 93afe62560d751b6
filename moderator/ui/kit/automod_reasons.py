"""Why an automod rule matched ("blocked word “free”", "link to bit.ly"), in the moderator's
language.

Core writes the reason in English as it checks (a hot path, and the audit keeps it so); the
review queue shows it translated: each shape core writes is recognised here, its sentence
translated, and the parts that came from the message put back. A reason of no known shape is
shown as core wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

#: a :class:`~moderator.wording.Word` of this context is one of automod's reasons
REASON_CONTEXT = "AutomodReason"

_QUOTED = "“(?P<text>.*)”"
_SECONDS = r"(?P<seconds>[\d.]+)"


def _shapes() -> list[tuple[re.Pattern[str], Callable[[], str]]]:
    """(what core writes, the translated template with the same {names}); the templates are
    looked up when called, so the language in use is the one installed now."""
    return [
        (
            re.compile(f"blocked word {_QUOTED}"),
            lambda: QCoreApplication.translate("AutomodReason", "blocked word “{text}”"),
        ),
        (
            re.compile(f"blocked phrase {_QUOTED}"),
            lambda: QCoreApplication.translate("AutomodReason", "blocked phrase “{text}”"),
        ),
        (
            re.compile(f"matches {_QUOTED}"),
            lambda: QCoreApplication.translate("AutomodReason", "matches “{text}”"),
        ),
        (
            re.compile(f"name looks like {_QUOTED}"),
            lambda: QCoreApplication.translate("AutomodReason", "name looks like “{text}”"),
        ),
        (
            re.compile(r"link to (?P<domain>\S+)"),
            lambda: QCoreApplication.translate("AutomodReason", "link to {domain}"),
        ),
        (
            re.compile(r"(?P<share>\d+%) capitals"),
            lambda: QCoreApplication.translate("AutomodReason", "{share} capitals"),
        ),
        (
            re.compile(rf"the same message (?P<count>\d+) times in {_SECONDS} s"),
            lambda: QCoreApplication.translate(
                "AutomodReason", "the same message {count} times in {seconds} s"
            ),
        ),
        (
            re.compile(rf"the same text from (?P<count>\d+) authors in {_SECONDS} s"),
            lambda: QCoreApplication.translate(
                "AutomodReason", "the same text from {count} authors in {seconds} s"
            ),
        ),
        (
            re.compile(rf"(?P<count>\d+) messages in {_SECONDS} s"),
            lambda: QCoreApplication.translate("AutomodReason", "{count} messages in {seconds} s"),
        ),
        (
            re.compile(r"(?P<count>\d+) characters"),
            lambda: QCoreApplication.translate("AutomodReason", "{count} characters"),
        ),
        (
            re.compile("a newly seen author"),
            lambda: QCoreApplication.translate("AutomodReason", "a newly seen author"),
        ),
    ]


def reason_text(why: str) -> str:
    """``why`` as core wrote it, in the moderator's language where its shape is known."""
    for pattern, template in _shapes():
        found = pattern.fullmatch(why)
        if found is not None:
            return template().format(**found.groupdict())
    return why
