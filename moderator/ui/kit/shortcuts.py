"""The keymap's keys as Qt actions: each view binds its keys here, from
:data:`moderator.core.keymap.KEYMAP`, so a key means the same wherever it works."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from moderator.core.keymap import KEYMAP, Binding, Scope, binding, of_scope
from moderator.ui.kit.i18n import either, tr_core

#: the stream tab's keys beyond the moderation actions: name -> (keys, what it does)
TAB_KEYS: dict[str, tuple[str, str]] = {b.name: (b.key, b.description) for b in of_scope(Scope.TAB)}


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    group: str
    keys: str
    description: str


def shortcut_rows() -> list[ShortcutRow]:
    """All shortcuts, grouped as the help page shows them."""
    return [
        ShortcutRow(
            tr_core("Keymap", b.scope.value), either(b.shown_keys), tr_core("Keymap", b.description)
        )
        for b in KEYMAP
    ]


def sequences(bound: Binding) -> list[QKeySequence]:
    return [QKeySequence(keys) for keys in bound.keys]


def bind(owner: QWidget, name: str, *, context: Qt.ShortcutContext | None = None) -> QAction:
    """A QAction on ``owner`` answering the keymap's keys for ``name``; its object name is the
    binding's name, so tests (and the help page) can tell which action a key runs."""
    bound = binding(name)
    action = QAction(tr_core("Keymap", bound.label).replace("&", ""), owner)
    action.setObjectName(bound.name)
    action.setShortcuts(sequences(bound))
    action.setShortcutContext(context or Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{tr_core('Keymap', bound.description)} ({bound.key})")
    owner.addAction(action)
    return action


def set_keys(action: QAction, name: str) -> QAction:
    """Give an existing (menu) action the keymap's keys for ``name``."""
    action.setShortcuts(sequences(binding(name)))
    action.setObjectName(name)
    return action


def key_actions(widget: QWidget) -> dict[str, str]:
    """What each key runs on ``widget``: portable key text -> binding name."""
    return {
        sequence.toString(): action.objectName()
        for action in widget.actions()
        if action.objectName()
        for sequence in action.shortcuts()
    }
