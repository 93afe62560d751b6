"""Help → Keyboard shortcuts: every key the app answers to, grouped, on one page.

Rows come from the keymap (:data:`moderator.core.keymap.KEYMAP`), which the menus and every
view bind their keys from, plus any extra source a module registers with
:meth:`MainWindow.add_shortcut_rows` (rows as ``(section, keys, what it does)``).
:func:`menu_rows` reads the menu bar back, so a test can check it agrees with the keymap.
The page sizes itself to its rows (within the screen) and scrolls beyond that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
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

from moderator.ui.kit.plain import PlainLabel

#: (section, keys, what it does)
ShortcutRow = tuple[str, str, str]
ShortcutSource = Callable[[], Iterable[ShortcutRow]]


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
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self._fill(rows)
        self.tree.expandAll()
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = PlainLabel(
            self.tr("Keys on messages work where the message list has the focus."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Wide enough for every row unclipped and tall enough for all of them, within the
        screen (the list scrolls beyond that)."""
        tree = self.tree
        columns = tree.columnWidth(0) + tree.columnWidth(1)
        scroll = tree.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        frame = 2 * tree.frameWidth() + margins.left() + margins.right()
        width = columns + tree.indentation() + scroll + frame + 24
        rows = sum(1 + item.childCount() for item in self._sections())
        row_height = max(tree.sizeHintForRow(0), tree.fontMetrics().height() + 4)
        height = rows * row_height + tree.header().sizeHint().height() + 140
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.9 if screen else QSize(width, height)
        return QSize(min(width, room.width()), min(height, room.height()))

    def _sections(self) -> list[QTreeWidgetItem]:
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item for item in items if item is not None]

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
        for section in self._sections():
            children = [section.child(j) for j in range(section.childCount())]
            out += [(section.text(0), c.text(0), c.text(1)) for c in filter(None, children)]
        return out
