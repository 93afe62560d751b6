"""An audit record in the moderator's language, as the dock and its export show it.

The log keeps each record as it was written, in English (an action's and a result's own words,
which filters and other tools read), with its sentences also kept as template and values
(:mod:`moderator.storage.audit`). Shown, the action and result are looked up among the words
core writes, and the sentences are translated by their templates; a record from before that
(or a word not known here) shows as written.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from moderator.core.audit import AuditRecord
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, tr_core

#: what an audit record's action says: core's action names, and what else is recorded
ACTIONS = frozenset(
    {
        QT_TRANSLATE_NOOP("AuditWords", "delete"),
        QT_TRANSLATE_NOOP("AuditWords", "delete permanently"),
        QT_TRANSLATE_NOOP("AuditWords", "mark read"),
        QT_TRANSLATE_NOOP("AuditWords", "mark unread"),
        QT_TRANSLATE_NOOP("AuditWords", "ban"),
        QT_TRANSLATE_NOOP("AuditWords", "timeout"),
        QT_TRANSLATE_NOOP("AuditWords", "unban"),
        QT_TRANSLATE_NOOP("AuditWords", "flag"),
        QT_TRANSLATE_NOOP("AuditWords", "end chat"),
        QT_TRANSLATE_NOOP("AuditWords", "removed on the platform"),
        QT_TRANSLATE_NOOP("AuditWords", "held for review"),
    }
)
#: how a record ended
RESULTS = frozenset(
    {
        QT_TRANSLATE_NOOP("AuditWords", "done"),
        QT_TRANSLATE_NOOP("AuditWords", "failed"),
        QT_TRANSLATE_NOOP("AuditWords", "waiting"),
        QT_TRANSLATE_NOOP("AuditWords", "local"),
        QT_TRANSLATE_NOOP("AuditWords", "cancelled"),
        QT_TRANSLATE_NOOP("AuditWords", "undone"),
        QT_TRANSLATE_NOOP("AuditWords", "queued"),
        QT_TRANSLATE_NOOP("AuditWords", "seen"),
        QT_TRANSLATE_NOOP("AuditWords", "released"),
        QT_TRANSLATE_NOOP("AuditWords", "discarded"),
    }
)


def word(text: str) -> str:
    """An action's or a result's word in the moderator's language (unknown: as written)."""
    if text in ACTIONS or text in RESULTS:
        return QCoreApplication.translate("AuditWords", text)
    return text


def shown(entry: AuditRecord) -> AuditRecord:
    """``entry`` with its words and sentences in the moderator's language."""
    return replace(
        entry,
        action=word(entry.action),
        result=word(entry.result),
        error=tr_core("Core", entry.error),
        detail=tr_core("Core", entry.detail),
    )
