"""What a screen reader says for one row: "Ana, PRISM, 12:01, deleted: hello".

Every list of messages (a stream's tab, All streams, search results, a user's messages) answers
``Qt.AccessibleTextRole`` with :func:`spoken` and ``Qt.AccessibleDescriptionRole`` with
:func:`spoken_details`, so assistive technology hears who, where, when and what state before
the text, the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.core.names import display_text, visible_name
from moderator.ui.kit.guard import message_time
from moderator.ui.messages.moderation_lines import moderation_line

#: the time as a row says it (the tooltip and the description give the full date)
SPOKEN_TIME = "%H:%M"
FULL_TIME = "%Y-%m-%d %H:%M:%S"
#: a stream key's platform ("prism:1001" -> "prism") when nobody named it better
PlatformName = Callable[[str], str]


def raw_platform(stream_key: str) -> str:
    return stream_key.partition(":")[0]


def state_words(message: ChatMessage) -> list[str]:
    """The row's states in the words a moderator uses, most important first."""
    words = []
    if message.is_removed:
        words.append(QCoreApplication.translate("spoken", "removed on the platform"))
    elif message.is_deleted:
        words.append(QCoreApplication.translate("spoken", "deleted"))
    if message.is_pending:
        words.append(QCoreApplication.translate("spoken", "pending"))
    if message.is_read:
        words.append(QCoreApplication.translate("spoken", "read"))
    if message.kind is MessageKind.SYSTEM:
        words.append(QCoreApplication.translate("spoken", "system message"))
    elif message.kind is MessageKind.MODERATION:
        words.append(QCoreApplication.translate("spoken", "moderation note"))
    return words


def spoken(message: ChatMessage, platform: str) -> str:
    """ "author, platform, time, state: text" (no state: "author, platform, time: text")."""
    parts = [visible_name(message.author.name), platform, message_time(message, SPOKEN_TIME)]
    parts += state_words(message)
    said = moderation_line(message.text) if message.kind is MessageKind.MODERATION else None
    text = display_text(said or message.text).replace("\n", " ")
    return f"{', '.join(p for p in parts if p)}: {text}"


#: the badges a row paints before the name, in words (their order is the delegate's)
BADGE_WORDS = {
    Badge.OWNER: QT_TRANSLATE_NOOP("spoken", "owner"),
    Badge.MANAGER: QT_TRANSLATE_NOOP("spoken", "manager"),
    Badge.MODERATOR: QT_TRANSLATE_NOOP("spoken", "moderator"),
    Badge.ADMIN: QT_TRANSLATE_NOOP("spoken", "admin"),
    Badge.AGENT: QT_TRANSLATE_NOOP("spoken", "agent"),
    Badge.VISITOR: QT_TRANSLATE_NOOP("spoken", "visitor"),
    Badge.VERIFIED: QT_TRANSLATE_NOOP("spoken", "verified"),
    Badge.SYSTEM: QT_TRANSLATE_NOOP("spoken", "system"),
}


def badge_word(badge: Badge) -> str:
    """The word a row paints in the badge, in the moderator's language."""
    return QCoreApplication.translate("spoken", str(BADGE_WORDS.get(badge, badge.value)))


def spoken_details(message: ChatMessage, platform: str, looks_like: str | None = None) -> str:
    """The longer description: the full date and time, the author's badges, the thread, and
    a look-alike warning."""
    lines = [f"{platform}, {message_time(message, FULL_TIME)}"]
    owned = message.author.badges
    badges = [
        QCoreApplication.translate("spoken", str(w)) for b, w in BADGE_WORDS.items() if b in owned
    ]
    if badges:
        lines.append(", ".join(badges))
    if message.thread_label:
        lines.append(
            QCoreApplication.translate("spoken", "in %1").replace("%1", message.thread_label)
        )
    if looks_like:
        lines.append(
            QCoreApplication.translate(
                "spoken", "the name looks like %1, but is another account"
            ).replace("%1", visible_name(looks_like))
        )
    return ". ".join(lines)
