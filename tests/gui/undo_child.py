"""A Moderator that is killed inside an undo window (run by test_crash_in_undo_window.py).

``python -m tests.gui.undo_child URL ACCESS REFRESH PROFILE``: opens the PRISM live 1001 at URL
with the profile's real outbox and audit log, deletes the newest viewer message with a long
undo delay, prints ``held <message id>`` and waits to be killed (at most 60 s).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import qasync
from pydantic import SecretStr
from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind
from moderator.core.models import Badge, MessageKind
from moderator.providers import create_provider
from moderator.providers.prism import PrismConnection
from moderator.storage.audit import AuditLog
from moderator.storage.outbox import Outbox
from moderator.ui.bridge.controller import StreamController
from tests.gui.conftest import until


async def delete_and_wait(url: str, access: str, refresh: str, profile: Path) -> None:
    connection = PrismConnection(
        base_url=url,
        live_id="1001",
        access_token=SecretStr(access),
        refresh_token=SecretStr(refresh),
    )
    outbox = Outbox(profile / "outbox.sqlite3")
    audit = AuditLog(profile / "audit.sqlite3")
    controller = StreamController(create_provider(connection), outbox=outbox, audit=audit)
    controller.undo_delay = 600
    controller.start()
    model = controller.model
    await until(lambda: model.rowCount() >= 10, what="the backlog")
    viewers = [
        m
        for m in model.messages()
        if m.kind is MessageKind.CHAT and m.author.badges <= {Badge.VISITOR}
    ]
    target = viewers[-1]
    controller.act(ActionKind.DELETE, [target])
    print(f"held {target.id}", flush=True)
    await asyncio.sleep(60)  # killed long before


def main() -> None:
    url, access, refresh, profile = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(delete_and_wait(url, access, refresh, Path(profile)))


if __name__ == "__main__":
    main()
