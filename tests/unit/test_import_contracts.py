"""The import contracts in pyproject.toml can fail: each is checked here against the real import
graph (kept) and against the same graph with one forbidden import added (broken), so a contract
that silently stopped covering a package (a typo, a new sub-package) is caught."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import grimp
import pytest
from importlinter.configuration import configure
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.layers import LayersContract
from importlinter.domain.contract import Contract

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
ACYCLIC = "sub-packages are acyclic"
LAYERS = "layers: ui | providers | fakes, then storage, core, errors, logs"
UI_LAYERS = "ui sub-packages: shell, across, stream, actions, dialogs, bridge, messages, kit"
KINDS: dict[str, type[Contract]] = {
    "acyclic_siblings": AcyclicSiblingsContract,
    "layers": LayersContract,
}


def contract(name: str) -> Contract:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    (options,) = [c for c in config["contracts"] if c["name"] == name]
    options = {k: v for k, v in options.items() if k not in ("name", "type")}
    session: dict[str, Any] = {"root_packages": [config["root_package"]]}
    return KINDS[next(c["type"] for c in config["contracts"] if c["name"] == name)](
        name, session, options
    )


@pytest.fixture(autouse=True)
def settings() -> None:
    configure()  # import-linter's own settings (its timer), as its command line sets them


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("moderator", include_external_packages=True, cache_dir=None)


def with_import(importer: str, imported: str) -> grimp.ImportGraph:
    """The real graph (built afresh: a check may change the graph it is given), plus one."""
    changed = grimp.build_graph("moderator", include_external_packages=True, cache_dir=None)
    changed.add_import(importer=importer, imported=imported)
    return changed


@pytest.mark.parametrize("name", [ACYCLIC, LAYERS, UI_LAYERS])
def test_the_house_keeps_its_contracts(graph: grimp.ImportGraph, name: str) -> None:
    assert contract(name).check(graph, verbose=False).kept, name


@pytest.mark.parametrize(
    ("name", "importer", "imported"),
    [
        # a cycle between two modules of one sub-package, at any depth
        (ACYCLIC, "moderator.fakes.ibmvideo.platform", "moderator.fakes.ibmvideo.socket"),
        (ACYCLIC, "moderator.ui.kit.messages", "moderator.ui.kit.notice"),
        (ACYCLIC, "moderator.ui.shell.tab_order", "moderator.ui.shell.workspace"),
        (ACYCLIC, "moderator.core.delivery", "moderator.core.outbox_drain"),
        # a lower ui sub-package reaching up, even by way of a sibling
        (UI_LAYERS, "moderator.ui.kit.notice", "moderator.ui.messages.delegate"),
        (UI_LAYERS, "moderator.ui.bridge.controller", "moderator.ui.actions.presenter"),
        # core reaching into storage, storage into the UI
        (LAYERS, "moderator.core.outbox_drain", "moderator.storage.outbox"),
        (LAYERS, "moderator.storage.settings", "moderator.ui.kit.messages"),
    ],
)
def test_one_forbidden_import_breaks_the_contract(name: str, importer: str, imported: str) -> None:
    assert not contract(name).check(with_import(importer, imported), verbose=False).kept


def test_an_allowed_import_keeps_them() -> None:
    allowed = with_import("moderator.ui.shell.tab_order", "moderator.ui.across.user_card")
    for name in (ACYCLIC, LAYERS, UI_LAYERS):
        assert contract(name).check(allowed, verbose=False).kept, name
