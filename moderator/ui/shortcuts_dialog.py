"""Help → Keyboard shortcuts: every key the app answers to, grouped, on one page.

Rows come from several places, so none is forgotten when a key changes: the moderation actions
(:data:`moderator.core.actions.ACTIONS`), every menu entry that has a shortcut (read from the
menu bar itself), and any extra source a module registers with
:meth:`MainWindow.add_shortcut_rows` (rows as ``(section, keys, what it does)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import ACTIONS
from moderator.ui.plain import PlainLabel

#: (section, keys, what it does)
ShortcutRow = tuple[str, str, str]
ShortcutSource = Callable[[], Iterable[ShortcutRow]]


def action_rows() -> list[ShortcutRow]:
    section = "On the selected messages (a tab, All streams, search results)"
    return [(section, spec.shortcut, spec.label) for spec in ACTIONS]


def menu_rows(menu_bar: QMenuBar) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(_plain(top.text()), menu)
    return rows


def _menu_rows(section: str, menu: QMenu) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _menu_rows(f"{section} → {_plain(action.text())}", sub)
        elif not action.shortcut().isEmpty():
            rows.append((section, _keys(action), _plain(action.text())))
    return rows


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Iterable[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Keys", "What it does"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName("Keyboard shortcuts")
        self._fill(rows)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = PlainLabel("Keys on messages work where the message list has the focus.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(540, 560)

    def _fill(self, rows: Iterable[ShortcutRow]) -> None:
        sections: dict[str, QTreeWidgetItem] = {}
        for section, keys, what in rows:
            parent_item = sections.get(section)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [section])
                parent_item.setFirstColumnSpanned(True)
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                sections[section] = parent_item
            QTreeWidgetItem(parent_item, [keys, what])

    def rows(self) -> list[ShortcutRow]:
        """What the page shows, as rows (for tests)."""
        out: list[ShortcutRow] = []
        sections = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        for section in filter(None, sections):
            children = [section.child(j) for j in range(section.childCount())]
            out += [(section.text(0), c.text(0), c.text(1)) for c in filter(None, children)]
        return out
