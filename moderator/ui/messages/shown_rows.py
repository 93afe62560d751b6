"""What assistive technology sees of a list of messages: the rows in sight, nothing else.

Qt's own interface for a QListView lists every row of the model, so rows a filter hides (the
filter bar, /clear) were still read to a screen reader. :class:`ShownRows` answers for every
:class:`VirtualListView` instead (installed once, :func:`install`): its children are the rows
not filtered out, in order; each is a :class:`ShownRow` that follows its message through inserts
and trims (a persistent index) and reads the model's accessible text and description. The view
sends focus and selection events with :func:`position` (where the row stands among those shown).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAbstractItemView, QAccessibleWidget
from shiboken6 import Shiboken, VoidPtr

from moderator.ui.kit.guard import guarded, nothing
from moderator.ui.messages.message_model import MessageRole
from moderator.ui.messages.row_actions import RowActions, clicks_of
from moderator.ui.messages.row_heights import RowHeights

# The Qt virtuals below may answer None (nullptr to Qt): the stubs say otherwise, hence the
# ignore[override] on them.
Role = QAccessible.Role
State = QAccessible.State
Key = tuple[str, str]


class _ShownCache:
    """The model rows in sight, worked out again only when the filter flags change (a screen
    reader walking a filtered list of 100k rows asks for each child in turn)."""

    def __init__(self) -> None:
        self._flags = b""
        self._rows: list[int] = []

    def rows(self, heights: RowHeights) -> list[int]:
        flags = heights.hidden_flags()
        if flags != self._flags:
            self._flags = flags
            self._rows = [row for row, hidden in enumerate(flags) if not hidden]
        return self._rows


def position(view: QAbstractItemView, row: int) -> int:
    """Where model ``row`` stands among the rows shown (-1: filtered out)."""
    heights: RowHeights = view.heights  # type: ignore[attr-defined]
    if not 0 <= row < len(heights) or heights.is_hidden(row):
        return -1
    if heights.hidden_count() == 0:
        return row
    return sum(1 for r in range(row) if not heights.is_hidden(r))


def _key(index: QModelIndex | QPersistentModelIndex) -> Key | None:
    message = index.data(MessageRole)
    return (message.stream_key, message.id) if message is not None else None


class ShownRow(QAccessibleInterface):
    """One message row; valid while its message is in the model."""

    def __init__(self, view: QAbstractItemView, index: QModelIndex) -> None:
        super().__init__()
        self._view = view
        self._index = QPersistentModelIndex(index)
        self._actions = RowActions(view, self._index)

    @guarded(lambda: VoidPtr(0))
    def interface_cast(self, kind: QAccessible.InterfaceType) -> VoidPtr:  # type: ignore[override]
        """The row's buttons as actions, where its view shows buttons (Qt takes a void*: a
        plain int here crashed; shiboken's VoidPtr is what it converts)."""
        if kind == QAccessible.InterfaceType.ActionInterface and clicks_of(self._view):
            return VoidPtr(Shiboken.getCppPointer(self._actions)[0])
        return VoidPtr(0)

    @guarded(lambda: False)
    def isValid(self) -> bool:
        return self._index.isValid()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._view.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._view)

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def role(self) -> Role:
        return Role.ListItem

    @guarded(str)
    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            said = self._index.data(Qt.ItemDataRole.AccessibleTextRole)
        elif kind == QAccessible.Text.Description:
            said = self._index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        else:
            said = None
        return str(said) if said else ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return None

    @guarded(QRect)
    def rect(self) -> QRect:
        if not self._index.isValid():
            return QRect()
        local = self._view.visualRect(self._model_index())
        viewport = self._view.viewport()
        return QRect(viewport.mapToGlobal(local.topLeft()), local.size())

    @guarded(State)
    def state(self) -> State:
        state = State()
        state.selectable = state.focusable = True
        view = self._view
        if not self._index.isValid():
            state.invalid = True
            return state
        index = self._model_index()
        state.selected = view.selectionModel().isSelected(index)
        state.focused = view.hasFocus() and view.currentIndex() == index
        state.active = state.focused
        shown = view.visualRect(index).intersects(view.viewport().rect())
        state.invisible = not shown or not view.isVisible()
        state.offscreen = state.invisible
        return state

    def row(self) -> int:
        return self._index.row() if self._index.isValid() else -1

    def _model_index(self) -> QModelIndex:
        return self._view.model().index(self._index.row(), 0)


class ShownRows(QAccessibleWidget):
    """The list: one child per shown row, in order."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view, Role.List)
        self._view = view
        self._rows: dict[Key, ShownRow] = {}
        self._shown = _ShownCache()
        model = view.model()
        if model is not None:
            model.rowsRemoved.connect(self._forget_gone)
            model.modelReset.connect(self._forget_gone)

    def _item(self, row: int) -> ShownRow | None:
        index = self._view.model().index(row, 0)
        key = _key(index)
        if key is None:
            return None
        item = self._rows.get(key)
        if item is None or item.row() != row:
            item = self._rows[key] = ShownRow(self._view, index)
        return item

    def _forget_gone(self, *_args: object) -> None:
        """Let Qt's cache delete the rows whose messages left the model (trimmed, reset)."""
        for key, item in list(self._rows.items()):
            if not item.isValid():
                del self._rows[key]
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))

    @guarded(lambda: 0)
    def childCount(self) -> int:
        heights: RowHeights = self._view.heights  # type: ignore[attr-defined]
        return len(heights) - heights.hidden_count()

    @guarded(nothing)
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        shown = self._shown.rows(self._view.heights)  # type: ignore[attr-defined]
        return self._item(shown[index]) if 0 <= index < len(shown) else None

    @guarded(lambda: -1)
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, ShownRow) and child.isValid():
            return position(self._view, child.row())
        return super().indexOfChild(child)

    @guarded(nothing)
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        current = self._view.currentIndex()
        if current.isValid() and position(self._view, current.row()) >= 0:  # as Qt's own
            return self._item(current.row())
        return super().focusChild()

    @guarded(nothing)
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self._view.viewport()
        index = self._view.indexAt(viewport.mapFromGlobal(QPoint(x, y)))
        if index.isValid() and position(self._view, index.row()) >= 0:
            return self._item(index.row())
        return super().childAt(x, y)


#: the view classes answered for (the virtual list registers itself: no import of it here)
_CLASSES: list[type[QAbstractItemView]] = []


def _factory(_class_name: str, obj: QObject | None) -> QAccessibleInterface | None:
    if isinstance(obj, QAbstractItemView) and isinstance(obj, tuple(_CLASSES)):
        return ShownRows(obj)
    return None


def install(view_class: type[QAbstractItemView]) -> None:
    """Answer for every ``view_class`` from now on (before Qt first asks for one of them)."""
    if not _CLASSES:
        QAccessible.installFactory(_factory)
    if view_class not in _CLASSES:
        _CLASSES.append(view_class)


def send_row_event(view: QAbstractItemView, kind: QAccessible.Event, row: int) -> None:
    """Tell assistive technology about model ``row`` where it stands among the shown rows
    (QListView would name it by its model row, another row once a filter hides some)."""
    if QAccessible.isActive():
        at = position(view, row)
        if at >= 0:
            event = QAccessibleEvent(view, kind)
            event.setChild(at)
            QAccessible.updateAccessibility(event)
