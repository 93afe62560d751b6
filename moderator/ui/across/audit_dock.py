"""The audit log as a dock: every moderation attempt, newest first, filtered and exportable.

The table reads :meth:`AuditLog.recent` (a bounded page, not the whole log). New records are
announced by the log's listener; the dock re-reads at most every ``REFRESH_MS`` and only while
it is visible, so a bulk action of a hundred messages costs one refresh, and a hidden dock none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.core.audit import AuditRecord
from moderator.core.names import display_text, visible_name
from moderator.storage.audit import AuditLog
from moderator.ui.across.audit_words import shown, word
from moderator.ui.dialogs.export import ask_export_path
from moderator.ui.kit import messages
from moderator.ui.kit.contrast import readable_on
from moderator.ui.kit.guard import guarded, nothing, shown_time
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, counts, number
from moderator.ui.kit.plain import PlainLabel, tip
from moderator.ui.kit.zoom import follow_zoom_rows

REFRESH_MS = 150
#: rows the dock shows; the exports hold everything
PAGE = 1_000
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "Who"),
    QT_TRANSLATE_NOOP("Columns", "Platform"),
    QT_TRANSLATE_NOOP("Columns", "Stream"),
    QT_TRANSLATE_NOOP("Columns", "Action"),
    QT_TRANSLATE_NOOP("Columns", "Author"),
    QT_TRANSLATE_NOOP("Columns", "Message"),
    QT_TRANSLATE_NOOP("Columns", "Result"),
)
RESULT_COLORS = {"failed": "#c5221f", "waiting": "#b06000", "local": "#5f6368"}
Index = QModelIndex | QPersistentModelIndex


def stream_id(stream_key: str) -> str:
    return stream_key.partition(":")[2] or stream_key


class AuditModel(QAbstractTableModel):
    def __init__(
        self, stream_name: Callable[[str], str] = stream_id, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._records: list[AuditRecord] = []
        self._stream_name = stream_name

    def set_records(self, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def record(self, row: int) -> AuditRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    @guarded(nothing)
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", COLUMNS[section])
        return None

    @guarded(nothing)
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        entry = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells(entry, self._stream_name)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(tooltip(entry))
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[index.column()] == "Result":
            colour = RESULT_COLORS.get(entry.result)
            base = QApplication.palette().color(QPalette.ColorRole.Base)
            return readable_on(QColor(colour), base) if colour else None  # light and dark
        return None


def cells(entry: AuditRecord, stream_name: Callable[[str], str] = stream_id) -> tuple[str, ...]:
    entry = shown(entry)
    result = f"{entry.result}: {entry.error}" if entry.error else entry.result
    return (
        shown_time(entry.at, "%Y-%m-%d %H:%M:%S"),
        entry.actor,
        entry.platform,
        stream_name(entry.stream_key),
        f"{entry.action} ({entry.detail})" if entry.detail else entry.action,
        visible_name(entry.author_name),
        display_text(entry.excerpt).replace("\n", " "),
        result,
    )


def tooltip(entry: AuditRecord) -> str:
    entry = shown(entry)
    lines = [
        QCoreApplication.translate(
            "AuditDock", "{actor}: {action} on {platform} ({stream})"
        ).format(
            actor=entry.actor, action=entry.action, platform=entry.platform, stream=entry.stream_key
        ),
        QCoreApplication.translate("AuditDock", "Message {id} by {name} ({author}):").format(
            id=entry.message_id, name=visible_name(entry.author_name), author=entry.author_id
        ),
        entry.excerpt,
        QCoreApplication.translate("AuditDock", "Result: {result}").format(result=entry.result),
    ]
    if entry.detail:
        lines.insert(1, entry.detail)
    if entry.error:
        lines.append(entry.error)
    return "\n".join(lines)


class AuditDock(QDockWidget):
    #: the log was written to (possibly from another thread): refresh on the UI thread
    _recorded = Signal()

    def __init__(
        self,
        audit: AuditLog,
        parent: QWidget | None = None,
        *,
        stream_name: Callable[[str], str] = stream_id,
    ) -> None:
        super().__init__(self.tr("Audit log"), parent)
        self.setObjectName("auditDock")
        self.audit = audit
        self.model = AuditModel(stream_name, self)
        self.table = QTableView(self)
        self.platform_box = QComboBox(self)
        self.result_box = QComboBox(self)
        #: everything, or the moderation only (without the reads)
        self.kind_box = QComboBox(self)
        self.count_label = PlainLabel(self)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self._recorded.connect(self._schedule)
        audit.add_listener(self._on_record)
        self.destroyed.connect(lambda: audit.remove_listener(self._on_record))

    def _build(self) -> None:
        self.platform_box.setAccessibleName(self.tr("Platform"))
        self.result_box.setAccessibleName(self.tr("Result"))
        self.kind_box.setAccessibleName(self.tr("Actions shown"))
        self.kind_box.addItem(self.tr("All actions"), False)
        self.kind_box.addItem(self.tr("Moderation only (no reads)"), True)
        for box in (self.kind_box, self.platform_box, self.result_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        csv_button = QPushButton(self.tr("Export CSV…"), self)
        csv_button.clicked.connect(lambda: self.export_with_dialog("csv"))
        jsonl_button = QPushButton(self.tr("Export JSONL…"), self)
        jsonl_button.clicked.connect(lambda: self.export_with_dialog("jsonl"))
        bar = QHBoxLayout()
        bar.addWidget(self.kind_box)
        bar.addWidget(self.platform_box)
        bar.addWidget(self.result_box)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(csv_button)
        bar.addWidget(jsonl_button)
        self._setup_table()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Moderation actions"))
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        follow_zoom_rows(table)

    # -- refreshing -----------------------------------------------------------------------------

    def _on_record(self, _entry: AuditRecord) -> None:
        self._recorded.emit()

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        self._fill_choices()
        records = self.audit.recent(
            PAGE,
            platform=self.platform_box.currentData(),
            result=self.result_box.currentData(),
            moderation_only=bool(self.kind_box.currentData()),
        )
        self.model.set_records(records)
        shown = len(records)
        self.count_label.setText(
            counts().actions(shown)
            + (self.tr(" (the newest {count})").format(count=number(PAGE)) if shown == PAGE else "")
        )
        self._size_columns()

    def _fill_choices(self) -> None:
        for box, column, every in (
            (self.platform_box, "platform", self.tr("All platforms")),
            (self.result_box, "result", self.tr("All results")),
        ):
            values = self.audit.distinct(column)
            if [box.itemData(i) for i in range(1, box.count())] == values:
                continue
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(every, None)
            for value in values:
                box.addItem(word(value), value)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            box.blockSignals(False)

    def _size_columns(self) -> None:
        # fit the short columns to what they hold (within reason); the message gets a fixed
        # share and the result, last, stretches over the rest
        table = self.table
        for column, name in enumerate(COLUMNS):
            if name not in ("Message", "Result"):
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(220, table.columnWidth(column)))
        table.setColumnWidth(COLUMNS.index("Message"), 320)

    # -- export ---------------------------------------------------------------------------------

    def export(self, path: Path) -> int:
        """Write the whole log (not only the rows shown) in the format the suffix names: CSV
        is for people and reads in the moderator's language; JSON lines are for tools and keep
        each record as written (English words a script can match in any language)."""
        if path.suffix.lower() == ".jsonl":
            return self.audit.export_jsonl(path)
        return self.audit.export_csv(path, shown)

    def export_with_dialog(self, kind: str) -> None:
        path = ask_export_path(self, self.tr("Export the audit log"), f"audit.{kind}", kind)
        if path is None:
            return
        try:
            count = self.export(path)
        except OSError as err:
            messages.error(
                self.tr("The audit log could not be exported: {error}.").format(
                    error=err.strerror or err
                )
            )
            return
        messages.info(
            self.tr("Exported {count} to {path}.").format(count=counts().records(count), path=path)
        )
