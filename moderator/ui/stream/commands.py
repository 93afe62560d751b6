"""Running what the moderator types in the send box: chat text is sent, a command is asked for
through the tab's :class:`ActionPresenter` exactly as its key would be (the same dialog, the same
undo, the same audit), and a line that is neither says why, keeping the line to be corrected.

An unknown ``/command`` is never sent as chat. A command the platform cannot do says so with the
platform's reason (from its provider spec) before any name is looked up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject

from moderator.core.actions import SPECS
from moderator.core.commands import (
    COMMANDS,
    ChatText,
    CommandError,
    Invocation,
    Target,
)
from moderator.core.commands import parse_line as parse
from moderator.core.commands.authors import Seen
from moderator.core.commands.base import shown
from moderator.core.models import ChatMessage
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.i18n import tr_core
from moderator.ui.messages.message_view import MessageView
from moderator.ui.stream.pick_author import PickAuthor

#: the newest messages completion takes names from (a command resolves against all of them)
COMPLETION_SCAN = 5_000


def help_lines() -> list[str]:
    """One line per command for /help: the usage as it is typed (never translated: it is what
    the parser reads), then what it does in the moderator's language."""
    return [f"{spec.usage} — {tr_core('Commands', spec.description)}" for spec in COMMANDS]


def error_text(error: CommandError) -> str:
    """Why a typed command cannot run, in the moderator's language (the template translated,
    then filled with what was typed)."""
    return tr_core("Commands", error.template).format(**error.values)


class TabCommands(QObject):
    def __init__(
        self,
        controller: StreamController,
        view: MessageView,
        presenter: ActionPresenter,
        *,
        answer: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self.controller = controller
        self.view = view
        self.presenter = presenter
        #: shows the command's answer (an error, the help) next to the send box
        self.answer = answer
        #: the question open now, or the last one (tests answer it)
        self.picker: PickAuthor | None = None

    def run(self, line: str) -> bool:
        """Do what ``line`` says; True when it was done (the send box is then emptied)."""
        parsed = parse(line)
        if isinstance(parsed, ChatText):
            if parsed.text:
                self.controller.send(parsed.text)
            return bool(parsed.text)
        if isinstance(parsed, CommandError):
            self.answer(error_text(parsed))
            return False
        return self._invoke(parsed)

    def names(self) -> list[str]:
        """Names of the chat's recent authors, newest speaker first (for completion)."""
        messages = self.controller.model.messages()
        recent = messages[max(0, len(messages) - COMPLETION_SCAN) :]
        return Seen.of(reversed(recent)).names()

    # -- commands -------------------------------------------------------------------------------

    def _invoke(self, command: Invocation) -> bool:
        if command.command == "help":
            self.answer(
                QCoreApplication.translate("TabCommands", "Commands:")
                + "\n"
                + "\n".join(help_lines())
            )
            return True
        if command.command == "clear":
            self._clear()
            return True
        refusal = self._unsupported(command)
        if refusal:
            self.answer(refusal)
            return False
        if command.target is Target.SELECTION:
            return self._on_selection(command)
        return self._on_author(command)

    def _unsupported(self, command: Invocation) -> str:
        assert command.kind is not None  # only local commands have none
        capability = SPECS[command.kind].capability
        provider = self.controller.provider
        reason = None if capability is None else provider.unsupported_reason(capability)
        if reason is None:
            return ""
        return QCoreApplication.translate(
            "TabCommands", "/{command} is not available on {platform}: {reason}"
        ).format(
            command=command.command,
            platform=provider.display_name,
            reason=tr_core("Provider", reason),
        )

    def _on_selection(self, command: Invocation) -> bool:
        assert command.kind is not None
        selected = self.view.selected_messages()
        if not selected:
            self.answer(
                QCoreApplication.translate(
                    "TabCommands", "Select the messages in the list first, then type /delete."
                )
            )
            return False
        self.presenter.perform(command.kind, selected)
        return True

    def _on_author(self, command: Invocation) -> bool:
        found = Seen.of(reversed(self.controller.model.messages())).matching(command.name)
        if not found:
            self.answer(
                QCoreApplication.translate(
                    "TabCommands",
                    "Nobody called “{name}” has written in this chat: nothing was done.",
                ).format(name=shown(command.name))
            )
            return False
        if len(found) == 1:
            self._ask(command, found[0])
            return True
        picker = self.picker = PickAuthor(command.name, found, self.view)
        picker.accepted.connect(lambda: self._picked(command, picker))
        picker.finished.connect(picker.deleteLater)
        picker.open()
        return True

    def _picked(self, command: Invocation, picker: PickAuthor) -> None:
        chosen = picker.chosen()
        if chosen is not None:
            self._ask(command, chosen)

    def _ask(self, command: Invocation, message: ChatMessage) -> None:
        assert command.kind is not None
        self.presenter.perform(
            command.kind, [message], duration=command.duration, reason=command.reason
        )

    def _clear(self) -> None:
        """Take every row in the tab now out of sight; new ones show. The platform keeps all."""
        view = self.view
        ids = frozenset(m.id for m in self.controller.model.messages())
        view.set_filter(replace(view.row_filter, cleared=view.row_filter.cleared | ids))
        self.answer(
            QCoreApplication.translate(
                "TabCommands", "Cleared this tab's view. Nothing was deleted on {platform}."
            ).format(platform=self.controller.provider.display_name)
        )
