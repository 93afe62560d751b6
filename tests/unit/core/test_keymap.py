"""The keymap declares each key once: no key means two things where both work, every
moderation action has its key, and the README's table is generated from it."""

from __future__ import annotations

from moderator.core.actions import ACTIONS, ActionKind
from moderator.core.keymap import KEYMAP, Scope, binding, markdown_table, of_scope

#: scopes active at the same time when a message list has the focus
TOGETHER = (Scope.MESSAGES, Scope.TAB, Scope.WINDOW)


def test_every_action_takes_its_label_and_key_from_the_keymap() -> None:
    assert {spec.kind.value for spec in ACTIONS} == {b.name for b in of_scope(Scope.MESSAGES)}
    for spec in ACTIONS:
        assert (spec.label, spec.shortcut) == (
            binding(spec.kind.value).label,
            binding(spec.kind.value).key,
        )
    assert binding(ActionKind.DELETE.value).key == "Del"


def test_no_key_means_two_things_where_both_work() -> None:
    seen: dict[str, str] = {}
    for bound in (b for b in KEYMAP if b.scope in TOGETHER):
        for keys in bound.keys:
            assert keys not in seen, f"{keys} is both {seen[keys]} and {bound.name}"
            seen[keys] = bound.name


def test_names_are_unique_and_the_table_has_a_row_per_binding() -> None:
    names = [b.name for b in KEYMAP if b.name]
    assert len(names) == len(set(names))
    table = markdown_table().splitlines()
    assert len(table) == 2 + len(KEYMAP)
    assert "| Window | `Ctrl+PgDown` or `Ctrl+Tab` | Next tab |" in table
