"""Search every stream, open or archived: text, author, platform and a time range.

Results come from the archive and from the open tabs (recent messages are only there), each
once. They take the same actions as a tab, each sent to its own stream's controller; a result
whose stream is closed offers them disabled, with the reason.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.core.models import ChatMessage
from moderator.core.names import visible_name
from moderator.core.request import Surface
from moderator.core.search import SearchQuery
from moderator.ui.across.message_table import (
    Finder,
    MessageTableModel,
    fit_columns,
    message_table,
    selected_messages,
)
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.actions.undo_toast import UndoToast
from moderator.ui.kit import messages
from moderator.ui.kit.form_names import name_form_fields
from moderator.ui.kit.i18n import counts, number
from moderator.ui.kit.notice import NoticeLine
from moderator.ui.kit.plain import PlainLabel, no_mnemonic


class SearchDialog(QDialog):
    def __init__(self, finder: Finder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search all streams"))
        self.finder = finder
        self.text_edit = QLineEdit(self)
        self.author_edit = QLineEdit(self)
        self.platform_box = QComboBox(self)
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since_edit = QDateTimeEdit(self)
        self.until_check = QCheckBox(self.tr("To"), self)
        self.until_edit = QDateTimeEdit(self)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.summary = PlainLabel(self)
        self.notice = NoticeLine(self)
        messages.attach(self.notice, place=self)
        self.toast = UndoToast(self)
        self.presenter = ActionPresenter(
            self, finder.router, toast=self.toast, origin=Surface.SEARCH
        )
        self.model = MessageTableModel(finder.stream_name, parent=self)
        self.model.platform_name = finder.platform_name
        self.table = message_table(self.model, self, self.tr("Search results"))
        self._build()
        name_form_fields(self)
        self.resize(980, 620)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run)
        self.table.customContextMenuRequested.connect(self._open_menu)
        self.table.doubleClicked.connect(lambda index: self._card(self.model.message(index.row())))
        self.presenter.add_shortcuts(self.table, self.selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(self._form(), 1)
        top.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.toast)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _form(self) -> QFormLayout:
        self.text_edit.setPlaceholderText(self.tr("words or part of a word, any case"))
        self.author_edit.setPlaceholderText(self.tr("part of the name"))
        self.platform_box.addItem(self.tr("Every platform"), "")
        for name, display in self.finder.platforms():
            self.platform_box.addItem(display, name)
        for edit in (self.text_edit, self.author_edit):
            edit.returnPressed.connect(self.run)
        form = QFormLayout()
        form.addRow(self.tr("Text &contains"), self.text_edit)
        form.addRow(self.tr("&Author"), self.author_edit)
        form.addRow(self.tr("&Platform"), self.platform_box)
        form.addRow(self.tr("&When"), self._time_row())
        return form

    def _time_row(self) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        now = QDateTime.currentDateTime()
        for check, edit, start in (
            (self.since_check, self.since_edit, now.addDays(-1)),
            (self.until_check, self.until_edit, now),
        ):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.setDateTime(start)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            edit.setAccessibleName(self.tr("%1 date and time").replace("%1", check.text()))
            line.addWidget(check)
            line.addWidget(edit)
        line.addStretch(1)
        return row

    # -- searching ------------------------------------------------------------------------------

    def query(self) -> SearchQuery:
        return SearchQuery(
            text=self.text_edit.text().strip(),
            author=self.author_edit.text().strip(),
            platform=str(self.platform_box.currentData() or ""),
            since=_utc(self.since_edit) if self.since_check.isChecked() else None,
            until=_utc(self.until_edit) if self.until_check.isChecked() else None,
        )

    def run(self) -> None:
        query = self.query()
        outcome = self.finder.search(query)
        self.model.set_messages(outcome.messages)
        found = len(outcome.messages)
        more = (
            self.tr(" (the newest shown; narrow the search for others)")
            if found >= query.limit
            else ""
        )
        self.summary.setText(
            self.tr(
                "{found}{more}: {in_tabs} still in open tabs, {archived} from the archive."
            ).format(
                found=counts().messages(found),
                more=more,
                in_tabs=number(outcome.in_memory),
                archived=number(found - outcome.in_memory),
            )
            + (f" {outcome.problem}" if outcome.problem else "")
        )
        self.notice.hide()
        fit_columns(self.table)

    def refresh_states(self) -> None:
        """Show what actions did to the results (pending, deleted, read)."""
        self.model.update(self.finder.router.current)

    # -- acting ---------------------------------------------------------------------------------

    def selected(self) -> list[ChatMessage]:
        return selected_messages(self.table, self.model)

    def _open_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        messages = self.selected()
        if messages:
            menu = self.presenter.build_menu(messages)
            menu.addSeparator()
            menu.addAction(
                no_mnemonic(
                    self.tr("User card of {name}…").format(
                        name=visible_name(messages[0].author.name)
                    )
                ),
                lambda: self._card(messages[0]),
            )
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def _card(self, message: ChatMessage) -> None:
        self.finder.show_user_card(message.author, message.stream_key)


def _utc(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)
