"""Every focusable or interactive element has a name a screen reader can say: the accessibility
tree of the real window is walked with a tab of each provider, All streams, the search dialog,
a user card and the audit dock open, as assistive technology walks it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from moderator.core.actions import ActionKind
from moderator.fakelink import connections
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider
from moderator.ui.messages.message_model import MessageModel
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk

__all__ = ["desk"]  # the fixture, used by name

Role = QAccessible.Role
#: what a moderator can act on, so it must say what it is even when it takes no focus
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.EditableText,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Link,
    Role.ProgressBar,
}
#: the rows and cells of a list are checked by test_accessible_rows; their views are named here
ITEM_VIEWS = {Role.List, Role.Table, Role.Tree}


def said(text: str) -> bool:
    """A name a screen reader can say: some letter or digit, not only "✕" or "…"."""
    return any(ch.isalnum() for ch in text)


def walk(face: QAccessibleInterface, path: str = "") -> Iterator[tuple[str, QAccessibleInterface]]:
    state = face.state()
    if state.invisible:
        return
    here = f"{path}/{face.role().name}"
    yield here, face
    if face.role() in ITEM_VIEWS:
        return
    for i in range(face.childCount()):
        child = face.child(i)
        if child is not None and child.isValid():
            yield from walk(child, here)


def nameless(widget: QWidget) -> list[str]:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    found = []
    for path, node in walk(face):
        state = node.state()
        wanted = state.focusable or node.role() in INTERACTIVE
        # a greyed-out control is read too ("Ban, unavailable"): it needs its name as well
        if wanted and not said(node.text(QAccessible.Text.Name)):
            obj = node.object()
            found.append(f"{path} ({type(obj).__name__} {obj.objectName() if obj else ''})")
    return found


def face(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def has_rows(model: MessageModel) -> Callable[[], bool]:
    return lambda: model.rowCount() > 0


def open_the_other_providers(desk: Desk, arun: Runner[Any]) -> None:
    shown = {t.controller.provider.stream.provider for t in desk.tabs}
    for name in sorted(set(FAKES) - shown):
        fake = FAKES[name](seed=3)
        fake.add_chatter(5)
        settings = connections(fake, "http://fake.test")[0]
        provider = create_provider(settings, httpx.ASGITransport(app=fake.app))
        model = desk.workspace.open_provider(provider).controller.model
        arun(until(has_rows(model), what=f"{name} backlog"))


def test_every_interactive_element_has_a_name(desk: Desk, arun: Runner[Any]) -> None:
    open_the_other_providers(desk, arun)
    window = desk.window
    providers = {t.controller.provider.stream.provider for t in window.stream_tabs()}
    assert providers == set(FAKES)
    missing: dict[str, list[str]] = {}
    for tab in window.stream_tabs():
        window.tabs.setCurrentWidget(tab)
        for bar in (tab.filter_bar, tab.notice_bar, tab.actions_.batch_bar, tab.actions_.toast):
            bar.show()
        missing[tab.controller.provider.display_name] = nameless(window)
    overview = desk.cross.show_all_streams()
    assert overview is not None
    missing["All streams"] = nameless(window)
    dock = desk.cross.audit_dock
    assert dock is not None
    dock.show()
    missing["audit dock"] = nameless(dock)
    search = desk.cross.open_search()
    search.run()
    missing["search"] = nameless(search)
    message = desk.controller(0).model.messages()[-1]
    card = desk.cross.show_user_card(message.author, message.stream_key)
    missing["user card"] = nameless(card)
    assert card.body.isVisible()  # its links and actions show with the card
    assert any("Ban" in n.text(QAccessible.Text.Name) for _p, n in walk(face(card)))
    problems = {where: found for where, found in missing.items() if found}
    assert not problems, "\n".join(f"{w}: {p}" for w, found in problems.items() for p in found)


def test_every_dialog_names_its_controls(desk: Desk) -> None:
    window, tab = desk.window, desk.tabs[0]
    dialogs: dict[str, QWidget] = {
        "settings": desk.workspace.open_settings(),
        "connect": desk.workspace.open_connect_dialog(),
        "shortcuts": window.show_shortcuts(),
    }
    model = tab.controller.model
    tab.view.select_row(model.rowCount() - 1)
    tab.perform(ActionKind.BAN)
    restrict = tab.actions_.dialog
    assert restrict is not None
    dialogs["ban"] = restrict
    problems = {where: found for where, widget in dialogs.items() if (found := nameless(widget))}
    assert not problems, "\n".join(f"{w}: {p}" for w, found in problems.items() for p in found)
    for widget in dialogs.values():
        widget.close()
