"""The connect dialog offers a provider added by one registry line (see
tests/contract/test_new_provider.py), with its intro, its form and a working Test connection."""

from __future__ import annotations

from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.provider import registry
from moderator.providers import REGISTRY
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from tests.contract.toy import spec as toy
from tests.contract.toy.fake import ToyFake
from tests.gui.conftest import Runner


def test_the_dialog_offers_the_new_provider_and_connects_to_it(
    qtbot: QtBot, arun: Runner[Any]
) -> None:
    fake = ToyFake(seed=1)
    fake.add_chatter(3)
    specs = {**REGISTRY, **registry(toy.SPEC)}
    services = build_services(httpx.ASGITransport(app=fake.app), specs=specs)
    dialog = ConnectDialog(services, provider="toy", values=fake.credentials("http://toy.test")[0])
    qtbot.addWidget(dialog)
    names = [dialog.provider_box.itemData(i) for i in range(dialog.provider_box.count())]
    assert names == [*REGISTRY, "toy"]
    assert dialog.provider_box.currentText() == "Toy Chat"
    assert dialog.intro.text() == toy.SPEC.intro
    assert sorted(dialog.form.rows) == sorted(toy.SPEC.connection.model_fields)
    assert arun(dialog.test_connection()) is True
    assert dialog.outcome.text().startswith("Connected to ")
