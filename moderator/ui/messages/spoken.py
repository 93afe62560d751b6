"""What a screen reader says for one row: "Ana, PRISM, 12:01, deleted: hello".

Every list of messages (a stream's tab, All streams, search results, a user's messages) answers
``Qt.AccessibleTextRole`` with :func:`spoken` and ``Qt.AccessibleDescriptionRole`` with
:func:`spoken_details`, so assistive technology hears who, where, when and what state before
the text, the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.core.names import display_text, visible_name
from moderator.ui.kit.guard import message_time

#: the time as a row says it (the tooltip and the description give the full date)
SPOKEN_TIME = "%H:%M"
FULL_TIME = "%Y-%m-%d %H:%M:%S"
#: a stream key's platform ("prism:1001" -> "prism") when nobody named it better
PlatformName = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("spoken", text)


def raw_platform(stream_key: str) -> str:
    return stream_key.partition(":")[0]


def state_words(message: ChatMessage) -> list[str]:
    """The row's states in the words a moderator uses, most important first."""
    words = []
    if message.is_removed:
        words.append(_tr("removed on the platform"))
    elif message.is_deleted:
        words.append(_tr("deleted"))
    if message.is_pending:
        words.append(_tr("pending"))
    if message.is_read:
        words.append(_tr("read"))
    if message.kind is MessageKind.SYSTEM:
        words.append(_tr("system message"))
    elif message.kind is MessageKind.MODERATION:
        words.append(_tr("moderation note"))
    return words


def spoken(message: ChatMessage, platform: str) -> str:
    """ "author, platform, time, state: text" (no state: "author, platform, time: text")."""
    parts = [visible_name(message.author.name), platform, message_time(message, SPOKEN_TIME)]
    parts += state_words(message)
    text = display_text(message.text).replace("\n", " ")
    return f"{', '.join(p for p in parts if p)}: {text}"


#: the badges a row paints before the name, in words (their order is the delegate's)
BADGE_WORDS = {
    Badge.OWNER: "owner",
    Badge.MANAGER: "manager",
    Badge.MODERATOR: "moderator",
    Badge.ADMIN: "admin",
    Badge.AGENT: "agent",
    Badge.VISITOR: "visitor",
    Badge.VERIFIED: "verified",
    Badge.SYSTEM: "system",
}


def spoken_details(message: ChatMessage, platform: str, looks_like: str | None = None) -> str:
    """The longer description: the full date and time, the author's badges, the thread, and
    a look-alike warning."""
    lines = [f"{platform}, {message_time(message, FULL_TIME)}"]
    badges = [_tr(word) for badge, word in BADGE_WORDS.items() if badge in message.author.badges]
    if badges:
        lines.append(", ".join(badges))
    if message.thread_label:
        lines.append(_tr("in %1").replace("%1", message.thread_label))
    if looks_like:
        lines.append(
            _tr("the name looks like %1, but is another account").replace(
                "%1", visible_name(looks_like)
            )
        )
    return ". ".join(lines)
