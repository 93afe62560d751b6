"""The settings' "Authors' pictures" box: the switch, and the hosts pictures may come from.

Hosts are written one provider a line, ``prism: *.pstatic.net, img.example.org``; a provider
left out keeps the built-in hosts, and ``provider:`` alone allows none. A line that cannot be
read is named at once under the box and left out of what is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget

from moderator.core.avatars import DEFAULT_HOSTS
from moderator.storage.settings import Settings
from moderator.ui.kit.plain import PlainLabel

#: a host pattern: letters, digits, dots, dashes, an optional leading "*." (no scheme, no path)
HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


def parse_hosts(text: str) -> tuple[dict[str, list[str]], list[str]]:
    """``provider -> hosts`` from the box's text, and the lines that could not be read."""
    hosts: dict[str, list[str]] = {}
    bad: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        provider, colon, rest = line.partition(":")
        provider = provider.strip().lower()
        patterns = [p.strip().lower() for p in rest.replace(",", " ").split()]
        if not colon or provider not in DEFAULT_HOSTS or not all(map(_is_host, patterns)):
            bad.append(line.strip())
            continue
        hosts[provider] = patterns
    return hosts, bad


def _is_host(pattern: str) -> bool:
    bare = pattern[2:] if pattern.startswith("*.") else pattern
    return bool(bare) and "." in bare and set(bare) <= HOST_CHARS and ".." not in bare


class AvatarSettingsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Authors' pictures"))
        self.enabled = QCheckBox(self.tr("Show authors' pictures beside their names"), self)
        self.hosts = QPlainTextEdit(self)
        self.hosts.setFixedHeight(70)
        defaults = "\n".join(f"{p}: {', '.join(h)}" for p, h in DEFAULT_HOSTS.items() if h)
        self.hosts.setPlaceholderText(defaults)
        self.hosts.setAccessibleName(self.tr("Picture hosts"))
        self.hosts.setToolTip(
            self.tr(
                "Pictures are fetched only over https and only from these hosts, one provider "
                "a line. A provider left out keeps the built-in hosts shown in grey."
            )
        )
        self.error = PlainLabel(self)
        self.error.setStyleSheet("color: #c5221f;")
        self.error.setWordWrap(True)
        self.error.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.enabled)
        column.addWidget(PlainLabel(self.tr("Hosts pictures may come from:"), self))
        column.addWidget(self.hosts)
        column.addWidget(self.error)
        self.hosts.textChanged.connect(self._check)

    def show_settings(self, settings: Settings) -> None:
        self.enabled.setChecked(settings.avatars)
        lines = [f"{p}: {', '.join(h)}" for p, h in settings.avatar_hosts.items()]
        self.hosts.setPlainText("\n".join(lines))

    def values(self) -> dict[str, Any]:
        """The fields of :class:`Settings` this box edits (unreadable lines left out)."""
        hosts, _bad = parse_hosts(self.hosts.toPlainText())
        return {"avatars": self.enabled.isChecked(), "avatar_hosts": hosts}

    def _check(self) -> None:
        _hosts, bad = parse_hosts(self.hosts.toPlainText())
        if bad:
            self.error.setText(
                self.tr(
                    "Not saved, write it as \u201cprovider: host, *.domain\u201d "
                    "with a provider of {providers}: {line}"
                ).format(providers=", ".join(DEFAULT_HOSTS), line=bad[0])
            )
        self.error.setVisible(bool(bad))
