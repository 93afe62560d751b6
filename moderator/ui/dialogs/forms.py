"""A form generated from a pydantic model: one row per field, errors shown next to the field.

Labels come from each field's title (or its name), the description is shown under the editor,
``SecretStr`` fields are password fields, optional fields say so, and defaults are filled in.
Numbers are typed as text on purpose: the model's own validation (ranges included) then speaks
next to the field instead of a spin box silently clamping what the moderator typed.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, SecretStr, ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from moderator.ui.dialogs.form_errors import error_text, labelled
from moderator.ui.kit.form_names import name_form_fields
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.plain import PlainLabel
from moderator.ui.kit.theme import tinted

ERROR_COLOUR = "#c5221f"
HINT_STYLE = "color: palette(placeholder-text);"
#: words a field name spells in lower case that a label should not
_WORDS = {"url": "URL", "id": "ID", "api": "API"}


def field_label(name: str, info: FieldInfo) -> str:
    if info.title:
        return info.title
    words = [_WORDS.get(word, word) for word in name.split("_")]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def _unwrap_optional(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _default_text(info: FieldInfo) -> str:
    if info.is_required():
        return ""
    default = info.get_default(call_default_factory=True)
    if default is None or isinstance(default, SecretStr):
        return ""
    return str(default)


class FieldRow:
    """One field's editor, hint and error label."""

    def __init__(self, name: str, info: FieldInfo, parent: QWidget) -> None:
        self.name = name
        self.info = info
        kind = _unwrap_optional(info.annotation)
        self.secret = kind is SecretStr
        self.required = info.is_required()
        self.choices = [str(a) for a in get_args(kind)] if get_origin(kind) is Literal else []
        self.editor = self._make_editor(kind, parent)
        self.editor.setObjectName(f"field_{name}")
        description = tr_core("Provider", info.description or "")
        self.editor.setToolTip(description)
        self.hint = PlainLabel(description, parent)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(bool(info.description))
        self.error = PlainLabel(parent)
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        tinted(self.error, ERROR_COLOUR)
        self.error.hide()
        self.set_text(_default_text(info))

    def _make_editor(self, kind: Any, parent: QWidget) -> QWidget:
        if kind is bool:
            return QCheckBox(parent)
        if self.choices:
            combo = QComboBox(parent)
            combo.addItems(self.choices)
            return combo
        line = QLineEdit(parent)
        if self.secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        if not self.required:
            line.setPlaceholderText(QCoreApplication.translate("Forms", "optional"))
        return line

    def text(self) -> str:
        if isinstance(self.editor, QCheckBox):
            return "true" if self.editor.isChecked() else "false"
        if isinstance(self.editor, QComboBox):
            return self.editor.currentText()
        assert isinstance(self.editor, QLineEdit)
        return self.editor.text().strip()

    def set_text(self, value: Any) -> None:
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        text = "" if value is None else str(value)
        if isinstance(self.editor, QCheckBox):
            self.editor.setChecked(text.lower() in ("true", "1", "yes"))
        elif isinstance(self.editor, QComboBox):
            self.editor.setCurrentIndex(max(0, self.editor.findText(text)))
        elif isinstance(self.editor, QLineEdit):
            self.editor.setText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class ModelForm(QWidget):
    """The editors for ``model``; :meth:`validate` gives the model or shows what is wrong."""

    def __init__(self, model: type[BaseModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.rows: dict[str, FieldRow] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name, info in _platform_fields_first(model):
            row = FieldRow(name, info, self)
            self.rows[name] = row
            shown = tr_core("Provider", field_label(name, info))
            if row.required:
                text = QCoreApplication.translate("Forms", "{field}:").format(field=shown)
            else:
                text = QCoreApplication.translate("Forms", "{field} (optional):").format(
                    field=shown
                )
            label = PlainLabel(text, self)
            label.setBuddy(row.editor)
            layout.addRow(label, self._cell(row))
        self.general_error = PlainLabel(self)
        tinted(self.general_error, ERROR_COLOUR)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addRow(self.general_error)
        name_form_fields(self)

    def _cell(self, row: FieldRow) -> QWidget:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in (row.editor, row.hint, row.error):
            column.addWidget(widget)
        return cell

    def texts(self) -> dict[str, str]:
        return {name: row.text() for name, row in self.rows.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self.rows:
                self.rows[name].set_text(value)

    def data(self) -> dict[str, Any]:
        """What to validate: an empty optional field takes its default."""
        return {n: t for n, t in self.texts().items() if t or self.rows[n].required}

    def errors(self) -> dict[str, str]:
        return {n: r.error.text() for n, r in self.rows.items() if r.error.isVisibleTo(self)}

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error("")
        self.general_error.hide()

    def validate(self) -> BaseModel | None:
        self.clear_errors()
        data = self.data()
        required = QCoreApplication.translate("Forms", "Required.")
        missing = {n: required for n, r in self.rows.items() if r.required and not data[n]}
        try:
            result = self.model.model_validate(data)
        except ValidationError as err:
            self.show_errors(err, extra=missing)
            return None
        if missing:
            self.show_errors(None, extra=missing)
            return None
        return result

    def show_errors(self, err: ValidationError | None, *, extra: Mapping[str, str] = {}) -> None:
        messages: dict[str, str] = dict(extra)
        general: list[str] = []
        for error in err.errors() if err is not None else []:
            name = str(error["loc"][0]) if error["loc"] else ""
            if name in self.rows:
                messages.setdefault(name, error_text(error))
            else:
                general.append(_with_label(self.model, name, error_text(error)))
        for name, message in messages.items():
            self.rows[name].show_error(message)
        self.general_error.setText(" ".join(general))
        self.general_error.setVisible(bool(general))
        if messages:
            self.rows[next(iter(messages))].editor.setFocus()


def _with_label(model: type[BaseModel], name: str, sentence: str) -> str:
    """An error shown away from its field, named by the field's label where it has one."""
    info = model.model_fields.get(name)
    if info is None:
        return sentence
    return labelled(tr_core("Provider", field_label(name, info)), sentence)


def _platform_fields_first(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    """The platform's own fields in their order, then the few every connection shares
    (request timeout …), which are rarely changed."""
    shared = {
        name
        for base in model.__mro__[1:]
        if isinstance(base, type) and issubclass(base, BaseModel)
        for name in base.model_fields
    }
    fields = list(model.model_fields.items())
    return [f for f in fields if f[0] not in shared] + [f for f in fields if f[0] in shared]
