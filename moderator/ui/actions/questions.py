"""The question asked before an action, in the moderator's language.

Core's ``confirmation`` and ``describe_duration`` say the same in English (a test holds the two
to the same words); the dialogs ask through this class so Turkish or Korean reads naturally, with
each language's own plurals and word order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QObject

from moderator.core.actions import AUTHOR_ACTIONS, DEFAULT_TIMEOUT, SPECS, ActionKind
from moderator.core.models import ChatMessage
from moderator.ui.kit.i18n import counts, plural, tr_core


class Questions(QObject):
    """Never subclassed: PySide looks a plural up under the instance's own class name."""

    def confirmation(
        self,
        kind: ActionKind,
        messages: Sequence[ChatMessage],
        platform: str,
        duration: timedelta | None = None,
    ) -> str:
        if kind in AUTHOR_ACTIONS:
            return self._about_authors(kind, messages, platform, duration)
        count = len(messages)
        what = (
            self.tr("{name}'s message").format(name=messages[0].author.name)
            if count == 1
            else counts().messages(count)
        )
        if kind is ActionKind.HARD_DELETE:
            return self.tr(
                "Delete {what} on {platform} permanently? This cannot be undone."
            ).format(what=what, platform=platform)
        return self.tr("{action} {what} on {platform}?").format(
            action=tr_core("Keymap", SPECS[kind].label), what=what, platform=platform
        )

    def _about_authors(
        self,
        kind: ActionKind,
        messages: Sequence[ChatMessage],
        platform: str,
        duration: timedelta | None,
    ) -> str:
        names = list(dict.fromkeys(m.author.name for m in messages))
        who = names[0]
        if len(names) > 1:
            who = self.tr("{authors} ({names})").format(
                authors=counts().authors(len(names)), names=self._listed(names)
            )
        if kind is ActionKind.TIMEOUT:
            length = counts().duration(duration or DEFAULT_TIMEOUT)
            return self.tr("Time out {who} on {platform} for {length}?").format(
                who=who, platform=platform, length=length
            )
        if kind is ActionKind.UNBAN:
            return self.tr("Unban {who} on {platform}?").format(who=who, platform=platform)
        return self.tr("Ban {who} on {platform} permanently?").format(who=who, platform=platform)

    def _listed(self, names: Sequence[str], most: int = 3) -> str:
        shown = ", ".join(names[:most])
        if len(names) <= most:
            return shown
        more = len(names) - most
        return plural(self.tr("{names} and %Ln more", "", more), more).format(names=shown)
