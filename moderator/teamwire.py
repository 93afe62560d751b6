"""Joins the team workspace (``storage.team``) to the moderation pipeline and the window: the
composition root's part for teams, kept apart from ``app.py``.

Without a team URL in Settings nothing here runs and the moderator works alone, as before. With
one, each stream's provider is wrapped so the team makes one platform call per message action,
the audit log is shared, and a :class:`~moderator.ui.shell.team_link.TeamLink` shows the state
and the claims. The password comes from the secret store (never the settings file, never the
shared database); a bad URL is a sentence for the moderator, and they go on alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.core.audit import AuditSink
from moderator.core.ports import ReadStore
from moderator.core.provider import ChatProvider

if TYPE_CHECKING:  # the database driver loads only for a moderator in a team
    from moderator.core.team_actions import TeamAudit, TeamReadState
    from moderator.storage.secrets import SecretStore
    from moderator.storage.team.team import Team
    from moderator.storage.team.url import TeamUrl
    from moderator.ui.shell.workspace import Workspace

log = logging.getLogger(__name__)
PENDING_FILE = "team_pending.sqlite3"
#: the teams started in this process, closed at the end
_open: list[TeamWiring] = []


def password_key(url: TeamUrl) -> str:
    """Where the team password lives in the secret store."""
    return url.secret_key


@dataclasses.dataclass
class TeamWiring:
    team: Team
    audit: TeamAudit | None
    read_state: TeamReadState | None = None
    link: Any = None
    #: the notes, rules, strikes and review decisions shared (once joined to a window)
    share: Any = None
    _start: asyncio.Future[None] | None = None

    def provider(self, provider: ChatProvider) -> ChatProvider:
        from moderator.core.team_actions import TeamProvider

        if isinstance(provider, TeamProvider):
            return provider
        return TeamProvider(provider, self.team, self.tell)

    def tell(self, stream_key: str, sentence: str) -> None:
        """A sentence for the moderator on the stream's tab (once a window is attached)."""
        if self.link is not None:
            self.link.tell(stream_key, sentence)

    def services(self, services: Any) -> Any:
        """The connect dialog's services, whose providers are the team's."""
        create = services.create
        return dataclasses.replace(services, create=lambda s: self.provider(create(s)))

    def audit_or(self, local: AuditSink | None) -> AuditSink | None:
        return self.audit if self.audit is not None else local

    def read_or(self, local: ReadStore | None) -> ReadStore | None:
        return self.read_state if self.read_state is not None else local

    def attach(self, workspace: Workspace) -> Workspace:
        """Show the team in ``workspace`` and start listening; the workspace."""
        from moderator.ui.shell.team_link import TeamLink

        self.link = TeamLink(workspace, self.team, self.audit, self.read_state)
        self._start = asyncio.ensure_future(self.team.start())
        return workspace

    def join(self, cross: Any, automod: Any) -> None:
        """Share the notes, automod's rules, strikes and review decisions of ``cross``'s
        window, and show claims in its All streams tab (after :meth:`attach`)."""
        from moderator.ui.shell.team_share import TeamShare

        if self.link is not None:
            self.share = TeamShare(self.team, self.link, cross, automod)

    def share_reads(self, local: ReadStore) -> None:
        """Read marks kept on this computer are the team's too."""
        from moderator.core.team_actions import TeamReadState

        self.read_state = TeamReadState(local, self.team)

    async def close(self) -> None:
        if self in _open:
            _open.remove(self)
        if self._start is not None:
            with contextlib.suppress(BaseException):
                await self._start
        await self.team.close()
        self.team.pending.close()


class Solo:
    """No team: every stream is the moderator's alone, exactly as without this module."""

    def provider(self, provider: ChatProvider) -> ChatProvider:
        return provider

    def services(self, services: Any) -> Any:
        return services

    def audit_or(self, local: AuditSink | None) -> AuditSink | None:
        return local

    def read_or(self, local: ReadStore | None) -> ReadStore | None:
        return local

    def attach(self, workspace: Workspace) -> Workspace:
        return workspace


def choose(
    settings: Any, profile: Any, secrets: SecretStore, stores: Any, window: Any
) -> TeamWiring | Solo:
    """The team chosen in Settings, or :class:`Solo`."""
    from moderator.ui.kit import messages

    team = from_settings(settings.team_url, profile.data_dir, secrets, stores.audit, messages.error)
    if team is not None:
        team.share_reads(stores.read_state)
    return Solo() if team is None else team


def open_team(
    url_text: str, data_dir: Path, secrets: SecretStore, audit: AuditSink | None
) -> TeamWiring:
    """The team for ``url_text``; raises :class:`BadTeamUrl` with a sentence."""
    from moderator.core.team_actions import TeamAudit
    from moderator.storage.team.pending import PendingRecords
    from moderator.storage.team.team import Team
    from moderator.storage.team.url import parse

    url = parse(url_text)
    password = secrets.get(password_key(url))
    pending = PendingRecords(data_dir / PENDING_FILE)
    team = Team(url, password, pending)
    wiring = TeamWiring(team, TeamAudit(audit, team) if audit is not None else None)
    _open.append(wiring)
    return wiring


def from_settings(
    url_text: str, data_dir: Path, secrets: SecretStore, audit: AuditSink | None, say: Any
) -> TeamWiring | None:
    """None when no team is chosen, or when its URL is wrong (said through ``say``)."""
    from moderator.storage.team.url import BadTeamUrl

    if not url_text.strip():
        return None
    try:
        return open_team(url_text, data_dir, secrets, audit)
    except BadTeamUrl as err:
        say(f"{err}. Moderating alone until the team URL in Settings is fixed.")
        return None


def join(cross: Any, automod: Any) -> None:
    """The team of ``cross``'s workspace (if any) shares its notes and automod too."""
    for wiring in _open:
        if wiring.link is not None and wiring.link.workspace is cross.workspace:
            wiring.join(cross, automod)


async def close_all() -> None:
    while _open:
        await _open.pop().close()
