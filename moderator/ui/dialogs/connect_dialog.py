"""Connect a stream: pick the platform, sign in, fill in the form, test, and connect.

The form is generated from the provider's connection model (:mod:`moderator.ui.dialogs.forms`); the
platform-specific sign-in (browser or e-mailed code) fills in the token fields. "Test
connection" creates the provider from what was typed, connects, reads one page, says what
happened in one sentence and closes the client again. Nothing is saved here: the caller keeps
:attr:`ConnectDialog.connection` (and its secrets go to the secret store, not the settings).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine, Mapping
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moderator.core.provider import Connection
from moderator.errors import ModeratorError, ProviderError
from moderator.ui.dialogs.forms import ModelForm
from moderator.ui.dialogs.services import (
    BrowserSignIn,
    CodeSignIn,
    ConnectServices,
    ProviderChoice,
    UrlOpener,
)
from moderator.ui.dialogs.sign_in_panels import BrowserPanel, CodePanel
from moderator.ui.kit.focus_chain import chain_focus, tab_stops
from moderator.ui.kit.i18n import plural, tr_core
from moderator.ui.kit.plain import PlainLabel
from moderator.ui.kit.theme import tinted

log = logging.getLogger(__name__)
NOTE_STYLE = "background: #fef7e0; color: #6b4e00; padding: 6px; border-radius: 4px;"
GOOD_COLOUR = "#137333"
BAD_COLOUR = "#c5221f"


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


def sentence_of(error: ModeratorError) -> str:
    return error.sentence() if isinstance(error, ProviderError) else str(error)


class ConnectDialog(QDialog):
    #: Test connection finished: (worked, sentence)
    tested = Signal(bool, str)
    #: a sign-in step finished: (worked, sentence)
    signed_in = Signal(bool, str)

    def __init__(
        self,
        services: ConnectServices,
        *,
        store_notice: str | None = None,
        provider: str | None = None,
        values: Mapping[str, Any] | None = None,
        reason: str = "",
        open_url: UrlOpener = open_in_browser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.open_url = open_url
        self.connection: Connection | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.setWindowTitle(self.tr("Connect a stream"))
        self.setMinimumWidth(620)
        self.provider_box = QComboBox(self)
        for choice in services.providers:
            self.provider_box.addItem(choice.display_name, choice.name)
        self.intro = _wrapping_label(self)
        self.panel_holder = QVBoxLayout()
        self.panel: BrowserPanel | CodePanel | None = None
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setAccessibleName(self.tr("Connection settings"))
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take Tab, not it
        self.form = ModelForm(services.providers[0].connection)
        self.outcome = _wrapping_label(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        # Enter always means Connect: a focused Test or Cancel button must not take it over
        for button in (self.test_button, self.cancel_button):
            button.setAutoDefault(False)
        self._focus_before_busy: QWidget | None = None
        self._build_layout(store_notice, reason)
        self.provider_box.currentIndexChanged.connect(lambda _i: self._show_choice(values=None))
        self.test_button.clicked.connect(lambda: self._spawn(self.test_connection()))
        self.connect_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        if provider is not None:
            self.provider_box.setCurrentIndex(max(0, self.provider_box.findData(provider)))
            self.provider_box.setEnabled(values is None)
        self._show_choice(values=values)

    # -- building -------------------------------------------------------------------------------

    def _build_layout(self, store_notice: str | None, reason: str) -> None:
        layout = QVBoxLayout(self)
        for text in (reason, store_notice):
            if text:
                note = _wrapping_label(self, tr_core("Core", text))
                note.setStyleSheet(NOTE_STYLE)
                layout.addWidget(note)
        top = QFormLayout()
        top.addRow(self.tr("Platform:"), self.provider_box)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(self.panel_holder)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.connect_button)
        layout.addLayout(buttons)
        self.resize(660, 700)

    @property
    def choice(self) -> ProviderChoice:
        return self.services.choice(str(self.provider_box.currentData()))

    def _show_choice(self, values: Mapping[str, Any] | None) -> None:
        choice = self.choice
        self.intro.setText(tr_core("Provider", choice.intro))
        self.intro.setVisible(bool(choice.intro))
        self.form = ModelForm(choice.connection)
        self.form.set_values(choice.example)
        if values:
            self.form.set_values(values)
        self.form_area.setWidget(self.form)
        self._show_panel(choice)
        self._say("", ok=True)
        self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes as the dialog reads: platform, sign-in panel, fields, then the buttons (the
        form and panel are made anew for each platform, after the buttons)."""
        panel = tab_stops(self.panel) if self.panel is not None else []
        fields = [row.editor for row in self.form.rows.values()]
        buttons = (self.test_button, self.cancel_button, self.connect_button)
        chain_focus(self.provider_box, *panel, *fields, *buttons)

    def _show_panel(self, choice: ProviderChoice) -> None:
        if self.panel is not None:
            self.panel.setParent(None)
            self.panel.deleteLater()
        self.panel = None
        flow = choice.sign_in
        if isinstance(flow, CodeSignIn):
            code = CodePanel(flow, self)
            code.send_button.clicked.connect(lambda: self._spawn(self.send_code()))
            code.verify_button.clicked.connect(lambda: self._spawn(self.verify_code()))
            self.panel = code
        elif isinstance(flow, BrowserSignIn):
            browser = BrowserPanel(flow, self)
            browser.button.clicked.connect(lambda: self._spawn(self.browser_sign_in()))
            self.panel = browser
        if self.panel is not None:
            self.panel_holder.addWidget(self.panel)

    # -- what the buttons do --------------------------------------------------------------------

    async def test_connection(self) -> bool:
        """Connect with what is typed, read one page, and say how it went."""
        settings = self._validated()
        if settings is None:
            self._say(self.tr("Fix the fields marked in red first."), ok=False)
            return self._tell(self.tested, ok=False)
        self._busy(True, self.tr("Testing the connection…"))
        try:
            sentence = await self._try(settings)
            ok = True
        except ModeratorError as err:
            sentence, ok = sentence_of(err), False
        finally:
            self._busy(False)
        self._say(sentence, ok=ok)
        return self._tell(self.tested, ok=ok)

    async def _try(self, settings: Connection) -> str:
        provider = self.services.create(settings)
        try:
            info = await provider.connect()
            page = await provider.fetch(None)
        finally:
            await provider.aclose()
        title, count = tr_core("Core", info.ref.title) or info.ref.stream_id, len(page.messages)
        if info.live:
            said = self.tr(
                "Connected to {platform}: “{title}” is live; "
                "the first read brought %Ln message(s).",
                "",
                count,
            )
        else:
            said = self.tr(
                "Connected to {platform}: “{title}” is not live right now; "
                "the first read brought %Ln message(s).",
                "",
                count,
            )
        return plural(said, count).format(platform=provider.display_name, title=title)

    async def browser_sign_in(self) -> bool:
        flow = self.choice.sign_in
        assert isinstance(flow, BrowserSignIn)
        self._busy(True, self.tr("Waiting for the sign-in in your browser…"))
        return await self._sign_in(flow.run(self.form.texts(), self.open_url))

    async def send_code(self) -> bool:
        panel, flow = self._code_panel()
        email = panel.email.text().strip()
        if not email:
            self._say(self.tr("Type the e-mail address to send the code to."), ok=False)
            return self._tell(self.signed_in, ok=False)
        self._busy(True, self.tr("Sending a code to {email}…").format(email=email))
        try:
            await flow.send_code(self.form.texts(), email)
        except ModeratorError as err:
            self._busy(False)
            self._say(sentence_of(err), ok=False)
            return self._tell(self.signed_in, ok=False)
        self._busy(False)
        panel.code_sent()
        said = self.tr("A code is on its way to {email}. Type it and press Sign in.")
        self._say(said.format(email=email), ok=True)
        return self._tell(self.signed_in, ok=True)

    async def verify_code(self) -> bool:
        panel, flow = self._code_panel()
        self._busy(True, self.tr("Checking the code…"))
        email, code = panel.email.text().strip(), panel.code.text().strip()
        return await self._sign_in(flow.verify(self.form.texts(), email, code))

    async def _sign_in(self, work: Awaitable[dict[str, str]]) -> bool:
        try:
            tokens = await work
        except ModeratorError as err:
            self._busy(False)
            self._say(sentence_of(err), ok=False)
            return self._tell(self.signed_in, ok=False)
        self._busy(False)
        self.form.set_values(tokens)
        said = self.tr("Signed in: the tokens are filled in. Test the connection or connect.")
        self._say(said, ok=True)
        return self._tell(self.signed_in, ok=True)

    def _code_panel(self) -> tuple[CodePanel, CodeSignIn]:
        assert isinstance(self.panel, CodePanel)
        return self.panel, self.panel.flow

    # -- closing --------------------------------------------------------------------------------

    def _validated(self) -> Connection | None:
        result = self.form.validate()
        return result if isinstance(result, Connection) else None

    def accept(self) -> None:
        settings = self._validated()
        if settings is None:
            self._say(self.tr("Fix the fields marked in red first."), ok=False)
            return
        self.connection = settings
        super().accept()

    def done(self, result: int) -> None:
        for task in list(self._tasks):
            task.cancel()  # a browser sign-in may still be waiting: stop listening
        super().done(result)

    # -- plumbing -------------------------------------------------------------------------------

    def _spawn(self, work: Coroutine[Any, Any, bool]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _busy(self, busy: bool, sentence: str = "") -> None:
        if busy:
            # disabling the focused Test button would hand the focus on to Cancel
            self._focus_before_busy = QApplication.focusWidget()
        for button in (self.test_button, self.connect_button):
            button.setEnabled(not busy)
        before = self._focus_before_busy
        if not busy and before is not None and before in (self.test_button, self.connect_button):
            before.setFocus()
        if self.panel is not None:
            self.panel.set_busy(busy)
        if sentence:
            self._say(sentence, ok=True)

    def _say(self, sentence: str, *, ok: bool) -> None:
        self.outcome.setText(sentence)
        tinted(self.outcome, GOOD_COLOUR if ok else BAD_COLOUR)
        self.outcome.setVisible(bool(sentence))

    def _tell(self, signal: SignalInstance, *, ok: bool) -> bool:
        signal.emit(ok, self.outcome.text())
        return ok


def _wrapping_label(parent: QWidget, text: str = "") -> QLabel:
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    return label
