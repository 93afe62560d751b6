"""B, T and Shift+Del ask first on every surface (issue 11): the stream's tab, All streams, the
search results and the user card all go through one ActionPresenter, which names the platform,
offers the ban dialog, and shows the result in the stream's own chat."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from moderator.core.actions import ActionKind
from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.fakelink import connections
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.providers import create_provider
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.kit.messages import Level
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.message_mock import MessageMock

__all__ = ["desk"]  # the fixture, used by name

ASKED: dict[ActionKind, type[QWidget]] = {
    ActionKind.BAN: RestrictDialog,
    ActionKind.TIMEOUT: RestrictDialog,
    ActionKind.HARD_DELETE: QMessageBox,
}


def key_action(widget: QWidget, kind: ActionKind) -> QAction:
    """The action a key runs on ``widget`` (its object name is the keymap's name)."""
    return next(a for a in widget.actions() if a.objectName() == kind.value)


def target(desk: Desk, messages: Sequence[ChatMessage], kind: ActionKind) -> ChatMessage:
    """The newest chat line by a plain viewer whose stream allows ``kind``."""
    return next(
        m
        for m in reversed(messages)
        if m.kind is MessageKind.CHAT
        and not m.author.badges - {Badge.VISITOR}
        and desk.cross.router.entry(m, kind).enabled
    )


def untouched(desk: Desk, message: ChatMessage) -> bool:
    """Nothing was asked of the platform: no ban, no delete, the row not even pending."""
    current = desk.cross.router.current(message)
    return not current.is_pending and not current.is_deleted


def asks_each(
    desk: Desk,
    surface: QWidget,
    presenter: ActionPresenter,
    messages: Sequence[ChatMessage],
    select: Callable[[ChatMessage], object],
    kinds: Sequence[ActionKind] = tuple(ASKED),
) -> None:
    """Each key opens its question naming the platform, and nothing reaches the platform."""
    for kind in kinds:
        shown = ASKED[kind]
        message = target(desk, messages, kind)
        select(message)
        key_action(surface, kind).trigger()
        dialog = presenter.dialog
        assert isinstance(dialog, shown), kind
        if isinstance(dialog, RestrictDialog):
            text = dialog.question.text()
        else:
            assert isinstance(dialog, QMessageBox)
            text = dialog.text()
        controller = desk.cross.router.controller_for(message.stream_key)
        assert controller is not None
        assert f"on {controller.provider.display_name}" in text, text
        assert message.author.name in text, text
        dialog.reject()
        assert untouched(desk, message), kind


def with_ibm_video(desk: Desk, arun: Runner[Any]) -> tuple[IbmVideoFake, StreamTab]:
    """An IBM Video stream beside the desk's: it bans, times out and deletes permanently."""
    fake = IbmVideoFake(seed=4)
    fake.add_chatter(20)
    provider = create_provider(
        connections(fake, "http://fake.test")[0], httpx.ASGITransport(app=fake.app)
    )
    provider.poll_interval = 0.05
    tab = desk.workspace.open_provider(provider)
    desk.tabs.append(tab)
    arun(until(lambda: tab.controller.model.rowCount() >= 10, what="the IBM Video backlog"))
    return fake, tab


def test_stream_tab_keys_ask_first(desk: Desk, arun: Runner[Any]) -> None:
    with_ibm_video(desk, arun)
    for tab in desk.tabs:
        model = tab.controller.model

        def select(message: ChatMessage, tab: StreamTab = tab) -> None:
            tab.view.setCurrentIndex(tab.controller.model.index(row_in(tab, message)))

        kinds = [
            k for k in ASKED if any(desk.cross.router.entry(m, k).enabled for m in model.messages())
        ]
        if kinds:
            asks_each(desk, tab.view, tab.actions_.presenter, list(model.messages()), select, kinds)


def row_in(tab: StreamTab, message: ChatMessage) -> int:
    row = tab.controller.model.row_of(message.id)
    assert row is not None
    return row


def test_all_streams_keys_ask_first_and_the_ban_shows_in_the_streams_chat(
    desk: Desk, arun: Runner[Any]
) -> None:
    fake, ibm = with_ibm_video(desk, arun)
    tab = desk.cross.show_all_streams()
    assert tab is not None
    ibm_key = ibm.controller.provider.stream.key
    arun(until(lambda: any(m.stream_key == ibm_key for m in tab.model.messages()), what="rows"))

    def select(message: ChatMessage) -> None:
        row = tab.model.row_of_key(message.stream_key, message.id)
        assert row is not None
        tab.view.setCurrentIndex(tab.model.index(row))

    asks_each(desk, tab.view, tab.presenter, list(tab.model.messages()), select)
    on_ibm = [m for m in tab.model.messages() if m.stream_key == ibm_key]
    message = target(desk, on_ibm, ActionKind.BAN)
    select(message)
    key_action(tab.view, ActionKind.BAN).trigger()
    dialog = tab.presenter.dialog
    assert isinstance(dialog, RestrictDialog)
    dialog.accept()
    stream_id = message.stream_key.partition(":")[2]
    arun(until(lambda: fake.restriction(stream_id, message.author.id) == "banned"))
    line = f"{message.author.name} was banned by you"
    controller = desk.cross.router.controller_for(message.stream_key)
    assert controller is not None

    def shown(messages: Sequence[ChatMessage]) -> bool:
        return any(m.kind is MessageKind.MODERATION and m.text == line for m in messages)

    arun(until(lambda: shown(controller.model.messages()), what="the line in the stream's chat"))
    arun(until(lambda: shown(tab.model.messages()), what="the line in All streams"))
    # the author's rows carry the marker, in the stream's tab and in All streams
    width = tab.view.viewport().width()
    for view, rows in ((ibm.view, ibm.controller.model), (tab.view, tab.model)):
        delegate = view.message_delegate
        theirs = [m for m in rows.messages() if m.author.id == message.author.id]
        assert theirs
        for row in theirs:
            chips = delegate.cached_layout(row, view.font(), width).badges
            assert "banned" in [label for label, _colour, _width in chips]
    other = next(m for m in ibm.controller.model.messages() if m.author.id != message.author.id)
    chips = ibm.view.message_delegate.cached_layout(other, ibm.view.font(), width).badges
    assert "banned" not in [label for label, _colour, _width in chips]


def test_search_results_keys_ask_first(desk: Desk, arun: Runner[Any]) -> None:
    with_ibm_video(desk, arun)
    dialog = desk.cross.open_search()
    dialog.run()
    found = dialog.model.messages()
    asks_each(
        desk,
        dialog.table,
        dialog.presenter,
        found,
        lambda m: dialog.table.selectRow(found.index(m)),
    )


def test_user_card_keys_and_buttons_ask_first(
    desk: Desk, arun: Runner[Any], message_mock: MessageMock
) -> None:
    fake, ibm = with_ibm_video(desk, arun)
    message = target(desk, list(ibm.controller.model.messages()), ActionKind.HARD_DELETE)
    card = desk.cross.show_user_card(message.author, message.stream_key)
    mine = card.messages
    asks_each(desk, card.table, card.presenter, mine, lambda m: card.table.selectRow(mine.index(m)))
    for kind in (ActionKind.TIMEOUT, ActionKind.BAN):
        card.buttons[(message.stream_key, kind)].click()
        dialog = card.presenter.dialog
        assert isinstance(dialog, RestrictDialog)
        assert "on IBM Video" in dialog.question.text()
        dialog.reject()
        assert untouched(desk, message)
    card.buttons[(message.stream_key, ActionKind.TIMEOUT)].click()
    dialog = card.presenter.dialog
    assert isinstance(dialog, RestrictDialog)
    dialog.select_duration(1)  # 10 minutes
    dialog.accept()
    stream_id = message.stream_key.partition(":")[2]
    arun(until(lambda: fake.restriction(stream_id, message.author.id) == "timeout"))
    arun(until(lambda: "done" in card.notice.text(), what="the card's notice"))
    told = message_mock.getmsg(Level.INFO)
    assert told.place is card and told.text == card.notice.text()
    key = message.stream_key
    assert card.states[key].text().startswith("Timed out until ")
    ban = card.buttons[(key, ActionKind.BAN)]
    assert not ban.isHidden()  # a timeout may still become a ban
    ban.click()
    dialog = card.presenter.dialog
    assert isinstance(dialog, RestrictDialog)
    dialog.accept()  # permanent, the ban's preset
    arun(until(lambda: card.states[key].text() == "Banned", what="the state"))
    assert ban.isHidden()  # Unban instead of Ban
    assert not card.buttons[(key, ActionKind.UNBAN)].isHidden()
    card.buttons[(key, ActionKind.UNBAN)].click()  # no question: an unban harms no one
    arun(until(lambda: fake.restriction(stream_id, message.author.id) is None, what="unban"))
    arun(until(lambda: not card.buttons[(key, ActionKind.BAN)].isHidden(), what="Ban back"))
    assert card.states[key].text() == ""


def test_all_streams_offers_undo_and_undo_sends_nothing(desk: Desk, arun: Runner[Any]) -> None:
    fake, ibm = with_ibm_video(desk, arun)
    ibm.controller.undo_delay = 60
    tab = desk.cross.show_all_streams()
    assert tab is not None
    ibm_key = ibm.controller.provider.stream.key
    arun(until(lambda: any(m.stream_key == ibm_key for m in tab.model.messages()), what="rows"))
    on_ibm = [m for m in tab.model.messages() if m.stream_key == ibm_key]
    message = target(desk, on_ibm, ActionKind.DELETE)
    row = tab.model.row_of_key(ibm_key, message.id)
    assert row is not None
    tab.view.setCurrentIndex(tab.model.index(row))
    key_action(tab.view, ActionKind.DELETE).trigger()
    assert tab.toast.batch is not None and not tab.toast.isHidden()
    assert "on IBM Video" in tab.toast.label.text()
    assert desk.cross.router.current(message).is_pending
    tab.toast.undo_button.click()
    assert tab.toast.isHidden() and ibm.actions_.toast.isHidden()
    assert untouched(desk, message)
    stream_id = ibm_key.partition(":")[2]
    assert not fake.message_facts(stream_id, message.id).deleted


def test_a_ban_over_two_streams_asks_once_per_stream_in_turn(desk: Desk, arun: Runner[Any]) -> None:
    tab = desk.cross.show_all_streams()
    assert tab is not None
    keys = [desk.controller(i).provider.stream.key for i in (0, 1)]  # two PRISM lives
    arun(until(lambda: {m.stream_key for m in tab.model.messages()} >= set(keys), what="rows"))
    first, second = (
        target(desk, [m for m in tab.model.messages() if m.stream_key == key], ActionKind.BAN)
        for key in keys
    )
    selection = tab.view.selectionModel()
    for message in (first, second):
        row = tab.model.row_of_key(message.stream_key, message.id)
        assert row is not None
        selection.select(tab.model.index(row), selection.SelectionFlag.Select)
    key_action(tab.view, ActionKind.BAN).trigger()
    asked = tab.presenter.dialog
    assert isinstance(asked, RestrictDialog)
    assert first.author.name in asked.question.text()
    asked.accept()
    then = tab.presenter.dialog  # the second stream's question, once the first is answered
    assert isinstance(then, RestrictDialog) and then is not asked
    assert second.author.name in then.question.text()
    then.reject()
    live = first.stream_key.partition(":")[2]
    arun(until(lambda: desk.prism.restriction(live, first.author.id) == "banned"))
    other = second.stream_key.partition(":")[2]
    assert desk.prism.restriction(other, second.author.id) is None
