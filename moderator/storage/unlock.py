"""Opening the moderator's chosen secret store at start, asking for the passphrase if needed.

Nothing here may stop the app: a wrong passphrase is asked again (or the moderator goes on
without, and the streams that need a sign-in say so); a damaged file is moved aside, said, and
a fresh one started with the same passphrase.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from moderator.storage.files import move_aside
from moderator.storage.secrets import (
    EncryptedFileStore,
    SecretChoice,
    SecretsDamaged,
    SessionOnlyStore,
    StoreKind,
    WrongPassphrase,
    open_secret_store,
    read_envelope,
)

log = logging.getLogger(__name__)
#: shows a prompt, returns the passphrase typed, or None to go on without
AskPassphrase = Callable[[str], "str | None"]
PROMPT = "Passphrase of your saved sign-ins (Cancel: go on without them):"
AGAIN = "Wrong passphrase. Try again, or Cancel to go on without your saved sign-ins:"
LOCKED = (
    "Your saved sign-ins stay locked (no passphrase): streams that need one show "
    "“signed out, sign in again”, and new sign-ins are kept for this session only."
)


def unlock_secrets(
    kind: StoreKind, path: Path, ask: AskPassphrase
) -> tuple[SecretChoice, list[str]]:
    """The store to use and sentences about what went wrong (a damaged file moved aside)."""
    if kind != "encrypted":
        return open_secret_store(kind, encrypted_path=path), []
    problems = [p for p in [_check(path)] if p]
    prompt = PROMPT
    while True:
        passphrase = ask(prompt)
        if not passphrase:
            log.warning("%s", LOCKED)
            return SecretChoice(SessionOnlyStore(), LOCKED), problems
        try:
            return SecretChoice(EncryptedFileStore(path, passphrase), None), problems
        except WrongPassphrase:
            log.warning("wrong passphrase for %s", path.name)
            prompt = AGAIN
        except SecretsDamaged as err:  # decrypted, but not sign-ins
            problems.append(_move_aside(path, str(err)))
            return SecretChoice(EncryptedFileStore(path, passphrase), None), problems


def _check(path: Path) -> str | None:
    """Move a file that no passphrase could open out of the way, before asking for one."""
    if not path.exists():
        return None
    try:
        read_envelope(path)
    except SecretsDamaged as err:
        return _move_aside(path, str(err))
    return None


def _move_aside(path: Path, why: str) -> str:
    moved = move_aside(path)
    problem = (
        f"The saved sign-ins could not be read: {why}. The file was moved to {moved}; "
        "sign in again to the streams that ask for it (new sign-ins go to a new encrypted file)."
    )
    log.error("%s", problem)
    return problem
