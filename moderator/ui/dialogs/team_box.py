"""Settings → Team workspace: the connection URL of a shared PostgreSQL database, and this
moderator's password for it, which goes to the secret store (never the settings file).

Empty means moderating alone. The URL is checked when Save is pressed (the moderator's own
role, no password inside it, ``sslmode=verify-full`` for any host not on this computer); the
team is joined at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from moderator.storage.secrets import SecretStore
from moderator.ui.kit.plain import PlainLabel


class TeamBox(QGroupBox):
    def __init__(
        self, url: str, secrets: SecretStore | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("TeamBox", "Team workspace"), parent)
        self.secrets = secrets
        self.url = QLineEdit(url, self)
        self.url.setObjectName("team_url")
        self.url.setPlaceholderText("postgresql://ana@db.example.org/moderation")
        self.password = QLineEdit(self)
        self.password.setObjectName("team_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(QCoreApplication.translate("TeamBox", "Unchanged"))
        self.password.setEnabled(secrets is not None)
        hint = PlainLabel(
            QCoreApplication.translate(
                "TeamBox",
                "Leave the URL empty to moderate alone. Moderators sharing one database see "
                "each other's actions, claims and notes. Applies at the next start.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("TeamBox", "Database URL:"), self.url)
        form.addRow(QCoreApplication.translate("TeamBox", "Password:"), self.password)
        form.addRow(hint)

    def team_url(self) -> str:
        return self.url.text().strip()

    def problem(self) -> str | None:
        """Why the URL cannot be used, in a sentence; None when it can (or is empty)."""
        from moderator.storage.team.url import BadTeamUrl, parse

        if not self.team_url():
            return None
        try:
            parse(self.team_url())
        except BadTeamUrl as err:
            return f"{err}."
        return None

    def keep_password(self) -> None:
        """Put a typed password in the secret store, under the URL's key."""
        from moderator.storage.team.url import parse

        if self.secrets is None or not self.password.text() or self.problem() is not None:
            return
        if self.team_url():
            self.secrets.set(parse(self.team_url()).secret_key, self.password.text())
