"""The connect dialog against every provider's fake: generated form, validation next to the
field, Test connection's sentence, PRISM's browser sign-in and Allmine's e-mailed code."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.errors import ProviderError
from moderator.fakelink import connections
from moderator.fakes.allmine import DEMO_CODE, DEMO_EMAIL, AllmineFake
from moderator.fakes.base import FakeService
from moderator.fakes.prism import PrismFake
from moderator.fakes.prism_auth import CLIENT_ID, CLIENT_SECRET
from moderator.fakes.registry import FAKES
from moderator.providers import REGISTRY, create_provider
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from moderator.ui.dialogs.sign_in_panels import CodePanel
from tests.fake_browser import Browser
from tests.gui.conftest import Runner, signal_once

BASE = "http://fake.test"


def plain(values: Any) -> dict[str, Any]:
    return {
        k: v.get_secret_value() if isinstance(v, SecretStr) else v for k, v in dict(values).items()
    }


def dialog_for(
    qtbot: QtBot, fake: FakeService | None, provider: str, **kwargs: Any
) -> ConnectDialog:
    transport = httpx.ASGITransport(app=fake.app) if fake is not None else None
    dialog = ConnectDialog(build_services(transport), provider=provider, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture(params=sorted(FAKES))
def fake(request: pytest.FixtureRequest) -> FakeService:
    service = FAKES[request.param](seed=4)
    service.add_chatter(6)
    return service


@pytest.mark.parametrize("name", list(REGISTRY))
def test_the_form_has_a_field_per_model_field_and_masks_secrets(qtbot: QtBot, name: str) -> None:
    dialog = dialog_for(qtbot, None, name)
    model = REGISTRY[name].connection
    assert dialog.form.model is model
    assert sorted(dialog.form.rows) == sorted(model.model_fields)
    # the platform's own fields come first; the shared request timeout is last
    assert list(dialog.form.rows)[-1] == "request_timeout"
    for row in dialog.form.rows.values():
        if isinstance(row.editor, QLineEdit):
            masked = row.editor.echoMode() is QLineEdit.EchoMode.Password
            assert masked == row.secret, row.name
    assert any(row.secret for row in dialog.form.rows.values())


def test_choosing_another_platform_rebuilds_the_form(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, None, "prism")
    dialog.provider_box.setCurrentIndex(dialog.provider_box.findData("liveperson"))
    assert "password" in dialog.form.rows and "live_id" not in dialog.form.rows
    assert dialog.panel is None


def test_validation_messages_appear_next_to_the_bad_field(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, None, "brilliant")
    dialog.show()
    dialog.form.set_values({"site_url": "directory", "api_key": "k", "requests_per_minute": "0"})
    dialog.connect_button.click()
    errors = dialog.form.errors()
    assert "https://" in errors["site_url"]
    assert errors["owner_token"] == "Required."
    assert errors["requests_per_minute"] == "Must be at least 1."  # ours, not pydantic's
    assert "api_key" not in errors
    assert dialog.isVisible() and dialog.connection is None
    dialog.form.set_values({"site_url": "https://d.example", "owner_token": "o"})
    dialog.form.set_values({"requests_per_minute": "100"})
    dialog.connect_button.click()
    assert dialog.connection is not None and not dialog.form.errors()


def test_test_connection_succeeds_against_each_fake(
    qtbot: QtBot, fake: FakeService, arun: Runner[Any]
) -> None:
    dialog = dialog_for(qtbot, fake, fake.name, values=plain(connections(fake, BASE)[0]))
    assert arun(dialog.test_connection()) is True
    assert dialog.outcome.text().startswith("Connected to ")
    assert "the first read brought" in dialog.outcome.text()


def test_test_connection_fails_with_the_platforms_sentence(
    qtbot: QtBot, fake: FakeService, arun: Runner[Any]
) -> None:
    good = connections(fake, BASE)[0]
    broken = {
        name: ("wrong" if info.is_required() else None)
        for name, info in type(good).model_fields.items()
        if isinstance(getattr(good, name), SecretStr)
    }
    settings = type(good).model_validate(plain(good) | broken)
    expected = arun(connect_error(settings, fake))
    dialog = dialog_for(qtbot, fake, fake.name, values=plain(good))
    dialog.form.set_values({k: v or "" for k, v in broken.items()})
    assert arun(dialog.test_connection()) is False
    assert dialog.outcome.text() == expected


async def connect_error(settings: Any, fake: FakeService) -> str:
    provider = create_provider(settings, httpx.ASGITransport(app=fake.app))
    try:
        await provider.connect()
        await provider.fetch(None)
    except ProviderError as err:
        return err.sentence()
    finally:
        await provider.aclose()
    raise AssertionError("the broken settings connected")


def test_the_test_button_runs_the_check(qtbot: QtBot, arun: Runner[Any]) -> None:
    fake = PrismFake(seed=2)
    dialog = dialog_for(qtbot, fake, "prism", values=plain(connections(fake, BASE)[0]))

    async def click() -> tuple[Any, ...]:
        dialog.test_button.click()
        return await signal_once(dialog.tested)

    ok, sentence = arun(click())
    assert ok and sentence.startswith("Connected to PRISM")


def test_prism_browser_sign_in_end_to_end(qtbot: QtBot, arun: Runner[Any]) -> None:
    fake = PrismFake(seed=2)
    fake.add_chatter(3)
    browser = Browser(fake)
    start = {"base_url": BASE, "live_id": "1001", "client_id": CLIENT_ID}
    dialog = dialog_for(qtbot, fake, "prism", values=start, open_url=browser)
    dialog.form.set_values({"client_secret": CLIENT_SECRET})
    assert arun(dialog.browser_sign_in()) is True, dialog.outcome.text()
    assert browser.visited and dialog.form.texts()["access_token"]
    assert arun(dialog.test_connection()) is True, dialog.outcome.text()


def test_prism_browser_sign_in_needs_the_client_first(qtbot: QtBot, arun: Runner[Any]) -> None:
    browser = Browser(PrismFake(seed=2))
    dialog = dialog_for(qtbot, PrismFake(seed=2), "prism", open_url=browser)
    assert arun(dialog.browser_sign_in()) is False
    assert "client id" in dialog.outcome.text() and not browser.visited


def test_allmine_code_sign_in(qtbot: QtBot, arun: Runner[Any]) -> None:
    fake = AllmineFake(seed=2)
    fake.add_chatter(4)
    stream = connections(fake, BASE)[0].live_stream_id
    dialog = dialog_for(qtbot, fake, "allmine", values={"base_url": BASE, "live_stream_id": stream})
    panel = dialog.panel
    assert isinstance(panel, CodePanel) and not panel.code.isEnabled()
    panel.email.setText(DEMO_EMAIL)
    assert arun(dialog.send_code()) is True
    panel.code.setText("000000")
    assert arun(dialog.verify_code()) is False
    assert "did not accept that code" in dialog.outcome.text()
    panel.code.setText(DEMO_CODE)
    assert arun(dialog.verify_code()) is True, dialog.outcome.text()
    assert dialog.form.texts()["access_token"]
    assert arun(dialog.test_connection()) is True, dialog.outcome.text()


def test_the_dialog_says_plainly_when_sign_ins_last_this_session_only(qtbot: QtBot) -> None:
    notice = "No system keyring was found: sign-ins are kept for this session only."
    dialog = dialog_for(qtbot, None, "ibmvideo", store_notice=notice)
    assert any(notice == label.text() for label in dialog.findChildren(type(dialog.outcome)))


def test_enter_after_a_successful_test_connects(qtbot: QtBot, arun: Runner[Any]) -> None:
    fake = PrismFake(seed=2)
    dialog = dialog_for(qtbot, fake, "prism", values=plain(connections(fake, BASE)[0]))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.test_button.setFocus()
    assert arun(dialog.test_connection()) is True
    focused = QApplication.focusWidget() or dialog
    assert focused is not dialog.cancel_button
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.connection is not None
