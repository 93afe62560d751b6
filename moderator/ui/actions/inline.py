"""A surface's inline mod buttons, joined to its presenter: a click asks for the action exactly
as its key does (the timeout button with its duration filled in), a click on a greyed button
says why, and the settings say which buttons show and when."""

from __future__ import annotations

from collections.abc import Callable

from moderator.core.actions import ActionKind
from moderator.core.inline import InlineConfig
from moderator.core.models import ChatMessage
from moderator.storage.settings import Settings
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.messages.inline_buttons import EntryFor, InlineButtons, InlineClicks
from moderator.ui.messages.message_view import MessageView


def inline_config(settings: Settings) -> InlineConfig:
    return InlineConfig.of(
        settings.inline_buttons, settings.inline_buttons_show, settings.inline_timeout_seconds
    )


class InlineActions:
    """The buttons of one view: painted by its delegate, clicked through its presenter."""

    def __init__(
        self,
        view: MessageView,
        presenter: ActionPresenter,
        entry_for: EntryFor,
        refused: Callable[[str], object],
    ) -> None:
        self.view = view
        self.presenter = presenter
        self.buttons = InlineButtons(entry_for)
        view.message_delegate.inline = self.buttons
        self.clicks = InlineClicks(view, self.buttons, self._message_at)
        self.clicks.clicked.connect(self._clicked)
        self.clicks.refused.connect(refused)

    def _message_at(self, row: int) -> ChatMessage | None:
        return self.view.message_at(self.view.model().index(row, 0))

    def _clicked(self, kind: ActionKind, message: ChatMessage) -> None:
        timeout = self.buttons.config.timeout if kind is ActionKind.TIMEOUT else None
        self.presenter.perform(kind, [message], duration=timeout)

    def configure(self, config: InlineConfig) -> None:
        """Show these buttons from now on; rows are laid out again (the first line's room)."""
        if config == self.buttons.config:
            return
        self.buttons.config = config
        relayout(self.view)


def relayout(view: MessageView) -> None:
    """Lay every row out again when seen (a chip or the buttons' room changed)."""
    view.message_delegate.forget()
    view.heights.reset(view.heights.estimate)
    view.settle()
    view.viewport().update()
