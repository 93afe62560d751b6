"""A form's labels as the names of its fields, for screen readers.

Qt names a field after a label only when the label is its buddy *and* its sibling; a field
wrapped in a cell (an error line under it, a hint beside it) or a row of presets loses its
label, and a screen reader says "edit text" alone. :func:`name_form_fields` gives every
unnamed text field, spin box, combo box and text area of each form row its row's label.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: controls that show no words of their own to be named by
NAMELESS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)
Role = QFormLayout.ItemRole


def label_words(label: QLabel) -> str:
    """ "&Author:" -> "Author" (no mnemonic marker, no colon)."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :")


def _widgets(item: QLayoutItem | None) -> Iterator[QWidget]:
    if item is None:
        return
    widget = item.widget()
    if widget is not None:
        yield widget
        yield from widget.findChildren(QWidget)
        return
    layout = item.layout()
    if layout is not None:
        for index in range(layout.count()):
            yield from _widgets(layout.itemAt(index))


def name_form_fields(root: QWidget) -> None:
    """Name each unnamed field of every form under ``root`` after its row's label."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, Role.LabelRole)
            shown = label.widget() if label is not None else None
            if not isinstance(shown, QLabel) or not label_words(shown):
                continue
            for widget in _widgets(form.itemAt(row, Role.FieldRole)):
                if isinstance(widget, NAMELESS) and not widget.accessibleName():
                    widget.setAccessibleName(label_words(shown))
