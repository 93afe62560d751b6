"""The moderator's settings: one JSON file, written atomically, never holding a secret.

A damaged file is moved aside with a sentence saying so (and where the copy is); what can still be
read of it (the saved streams above all) is kept, the rest starts from the defaults.
Saved streams keep their connection settings here with every secret field replaced by a key
into the secret store.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from moderator.core.provider import Connection
from moderator.errors import StorageError
from moderator.storage.files import atomic_write_text, move_aside
from moderator.storage.salvage import readable_fields
from moderator.storage.secrets import SecretStore, StoreKind
from moderator.wording import Said

log = logging.getLogger(__name__)


class SavedStream(BaseModel):
    """A stream to reconnect on the next start; secrets live in the secret store."""

    model_config = ConfigDict(extra="ignore")

    provider: str
    public: dict[str, Any] = Field(default_factory=dict)
    #: field name -> key in the secret store
    secrets: dict[str, str] = Field(default_factory=dict)


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: int = 1
    theme: Literal["system", "light", "dark", "high_contrast"] = "system"
    #: "system" (the OS's language if shipped, else English) or a language code ("tr", "ko")
    language: str = "system"
    undo_delay_seconds: float = Field(default=5.0, ge=0, le=60)
    notifications: bool = True
    buffer_size: int = Field(default=100_000, ge=1_000, le=2_000_000)
    highlights: list[str] = Field(default_factory=list)
    #: the chat text's size in percent (Ctrl + / Ctrl − / Ctrl 0)
    zoom_percent: int = Field(default=100, ge=50, le=300)
    secret_store: StoreKind = "auto"
    #: a PEM file of certificate authorities trusted on top of the built-in ones (a company's)
    ca_bundle: str = ""
    #: the moderation buttons on each chat row (action names), when they show, and the
    #: duration the timeout button asks for first
    inline_buttons: list[str] = Field(default_factory=lambda: ["delete", "timeout", "ban"])
    inline_buttons_show: Literal["off", "hover", "always"] = "hover"
    inline_timeout_seconds: int = Field(default=600, ge=1, le=28 * 86_400)
    #: authors' pictures beside their names, fetched over https from the allowed hosts only
    avatars: bool = True
    #: provider -> the picture hosts allowed instead of the built-in ones ("*.x" for x's
    #: sub-domains); see moderator.core.avatars.DEFAULT_HOSTS
    avatar_hosts: dict[str, list[str]] = Field(default_factory=dict)
    #: the team workspace (postgresql://NAME@HOST/DATABASE); "" to moderate alone. Its
    #: password lives in the secret store
    team_url: str = ""
    streams: list[SavedStream] = Field(default_factory=list)


class SettingsStore:
    """Loads and saves :class:`Settings`; ``problem`` says what went wrong on load, if anything."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None

    def load(self) -> Settings:
        if not self.path.exists():
            return Settings()
        try:
            return Settings.model_validate(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as err:
            return self._recover(err)

    def _recover(self, err: Exception) -> Settings:
        """Keep what can be read of a damaged file; the file itself is moved aside, untouched."""
        try:
            text = self.path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            text = ""
        settings, lost = readable_settings(readable_fields(text))
        moved = move_aside(self.path)
        kept = len(settings.streams)
        if kept:
            streams = f"{kept} saved stream{' was' if kept == 1 else 's were'} recovered"
        else:
            streams = "no saved stream could be recovered"
        if lost:
            streams += f" ({lost} could not be read)"
        self.problem = (
            f"The settings file was damaged ({type(err).__name__}): {streams}; "
            f"unreadable preferences are back to their defaults. "
            f"The damaged copy is kept at {moved}."
        )
        log.error("%s", self.problem)
        with contextlib.suppress(StorageError):  # then the next start recovers it again
            self.save(settings)
        return settings

    def save(self, settings: Settings) -> None:
        try:
            atomic_write_text(self.path, settings.model_dump_json(indent=2) + "\n")
        except OSError as err:
            raise StorageError(
                Said("The settings could not be saved: {why}.", why=err.strerror or err)
            ) from err


def readable_settings(raw: dict[str, Any]) -> tuple[Settings, int]:
    """Settings from the fields of ``raw`` that are valid, and how many streams were unreadable."""
    streams = raw.get("streams")
    fields: dict[str, Any] = {}
    for name, value in raw.items():
        if name == "streams" or name not in Settings.model_fields:
            continue
        with contextlib.suppress(ValidationError):
            Settings.model_validate({name: value})
            fields[name] = value
    kept: list[SavedStream] = []
    items = streams if isinstance(streams, list) else []
    for item in items:
        with contextlib.suppress(ValidationError):
            kept.append(SavedStream.model_validate(item))
    return Settings.model_validate({**fields, "streams": kept}), len(items) - len(kept)


def secret_key(connection: Connection, field: str) -> str:
    return f"{connection.provider}:{connection.stream_id()}:{field}"


def save_connection(connection: Connection, secrets: SecretStore) -> SavedStream:
    """Split ``connection`` into what goes in the settings file and what goes in ``secrets``."""
    public: dict[str, Any] = {}
    keys: dict[str, str] = {}
    for name, value in connection:
        if isinstance(value, SecretStr):
            key = secret_key(connection, name)
            secrets.set(key, value.get_secret_value())
            keys[name] = key
        else:
            public[name] = value
    return SavedStream(provider=connection.provider, public=public, secrets=keys)


def restore_connection(
    saved: SavedStream, model: type[Connection], secrets: SecretStore
) -> Connection:
    """The connection back, with its secrets; StorageError if a secret is gone."""
    values = dict(saved.public)
    for name, key in saved.secrets.items():
        secret = secrets.get(key)
        if secret is None:
            raise StorageError(
                Said(
                    "The saved sign-in for a {provider} stream is missing: sign in again.",
                    provider=saved.provider,
                )
            )
        values[name] = secret
    try:
        return model.model_validate(values)
    except ValidationError as err:
        raise StorageError(
            Said(
                "A saved {provider} stream could not be read: {count} problems.",
                provider=saved.provider,
                count=err.error_count(),
            )
        ) from err
