"""Where tokens, API keys and passwords live: the OS keyring, never a settings file.

On a machine without a keyring backend (a bare Linux box), the moderator chooses between an
encrypted file (a passphrase they type) and keeping secrets for this session only. Nothing
falls back to plain text silently: :func:`open_secret_store` always says what it chose.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import keyring
import keyring.errors
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from moderator import APP_NAME
from moderator.errors import StorageError
from moderator.storage.files import atomic_write_text
from moderator.wording import Said

log = logging.getLogger(__name__)
StoreKind = Literal["auto", "keyring", "encrypted", "session"]


class SecretStore(Protocol):
    #: how the secrets are kept, in words for the settings page
    description: str

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    if type(backend).__module__.startswith("keyring.backends.fail"):
        return False
    if hasattr(backend, "backends") and not backend.backends:
        return False
    return bool(priority and priority > 0)


class KeyringStore:
    description = "the system keyring"

    def __init__(self, service: str = APP_NAME) -> None:
        self._service = service

    def get(self, key: str) -> str | None:
        try:
            return keyring.get_password(self._service, key)
        except keyring.errors.KeyringError as err:
            raise StorageError(
                Said(
                    "The system keyring could not be read: {kind}.",
                    kind=type(err).__name__,
                )
            ) from err

    def set(self, key: str, value: str) -> None:
        try:
            keyring.set_password(self._service, key, value)
        except keyring.errors.KeyringError as err:
            raise StorageError(
                Said(
                    "The system keyring refused to store a secret: {kind}.", kind=type(err).__name__
                )
            ) from err

    def delete(self, key: str) -> None:
        try:
            keyring.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as err:
            raise StorageError(
                Said(
                    "The system keyring could not delete a secret: {kind}.", kind=type(err).__name__
                )
            ) from err


class SessionOnlyStore:
    description = "memory only: secrets are forgotten when Moderator quits"

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        self._values[key] = value

    def delete(self, key: str) -> None:
        self._values.pop(key, None)


class EncryptedFileStore:
    """Secrets in one file, encrypted with a key derived from the moderator's passphrase."""

    description = "an encrypted file, unlocked with your passphrase"

    def __init__(self, path: Path, passphrase: str) -> None:
        if not passphrase:
            raise StorageError(Said("An encrypted secrets file needs a passphrase."))
        self._path = path
        self._salt = self._read_salt() or os.urandom(16)
        self._fernet = Fernet(base64.urlsafe_b64encode(_derive(passphrase, self._salt)))
        self._values = self._load()

    def _read_salt(self) -> bytes | None:
        if not self._path.exists():
            return None
        return read_envelope(self._path)[0]

    def _load(self) -> dict[str, str]:
        if not self._path.exists():
            return {}
        try:
            opened = json.loads(self._fernet.decrypt(read_envelope(self._path)[1]))
        except InvalidToken as err:
            raise WrongPassphrase("Wrong passphrase: it does not open the secrets file.") from err
        except ValueError as err:
            raise SecretsDamaged(f"{self._path.name} holds no readable sign-ins") from err
        if not isinstance(opened, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in opened.items()
        ):
            raise SecretsDamaged(f"{self._path.name} holds no readable sign-ins")
        return opened

    def _save(self) -> None:
        sealed = self._fernet.encrypt(json.dumps(self._values).encode()).decode()
        salt = base64.b64encode(self._salt).decode()
        atomic_write_text(self._path, json.dumps({"version": 1, "salt": salt, "data": sealed}))

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        self._values[key] = value
        self._save()

    def delete(self, key: str) -> None:
        if self._values.pop(key, None) is not None:
            self._save()


class WrongPassphrase(StorageError):
    """The passphrase does not open the encrypted secrets file (ask again)."""


class SecretsDamaged(StorageError):
    """The encrypted secrets file cannot be read whatever the passphrase (move it aside)."""


def read_envelope(path: Path) -> tuple[bytes, bytes]:
    """The salt and the sealed data of an encrypted secrets file; SecretsDamaged if unreadable."""
    try:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        salt = base64.b64decode(envelope["salt"], validate=True)
        sealed = str(envelope["data"]).encode("ascii")
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise SecretsDamaged(f"{path.name} is damaged ({type(err).__name__})") from err
    if len(salt) < 8 or not sealed:
        raise SecretsDamaged(f"{path.name} is damaged (no salt or no data)")
    return salt, sealed


def _derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())


@dataclass(frozen=True, slots=True)
class SecretChoice:
    store: SecretStore
    #: a sentence for the moderator when the choice was not the keyring
    notice: str | None


def open_secret_store(
    kind: StoreKind, *, encrypted_path: Path, passphrase: str | None = None
) -> SecretChoice:
    """The store the moderator chose; ``auto`` means the keyring, or session-only with a notice."""
    if kind in ("auto", "keyring") and keyring_available():
        return SecretChoice(KeyringStore(), None)
    if kind == "encrypted" and passphrase:
        return SecretChoice(EncryptedFileStore(encrypted_path, passphrase), None)
    reason = (
        "No system keyring was found"
        if kind in ("auto", "keyring")
        else "The encrypted secrets file is locked"
    )
    notice = (
        f"{reason}: sign-ins are kept for this session only. To keep them, install a keyring "
        "(GNOME Keyring, KWallet) or choose an encrypted file in Settings."
    )
    log.warning("%s", notice)
    return SecretChoice(SessionOnlyStore(), notice)
