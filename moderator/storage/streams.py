"""The streams the moderator keeps open, in tab order, with their secrets in the secret store.

One object owns ``settings.streams`` and the secret store together, so a stream is never saved
with its secrets in the settings file, and a closed stream's secrets do not linger in the
keyring (unless another open stream still uses them).
"""

from __future__ import annotations

from collections.abc import Iterable

from moderator.core.provider import Connection
from moderator.storage.secrets import SecretStore
from moderator.storage.settings import (
    SavedStream,
    Settings,
    SettingsStore,
    restore_connection,
    save_connection,
)


class StreamLibrary:
    def __init__(self, store: SettingsStore, settings: Settings, secrets: SecretStore) -> None:
        self.store = store
        self.settings = settings
        self.secrets = secrets

    @property
    def streams(self) -> list[SavedStream]:
        return list(self.settings.streams)

    def add(self, connection: Connection) -> SavedStream:
        """Keep a newly connected stream, as the last tab."""
        saved = save_connection(connection, self.secrets)
        self._set_streams([*self.settings.streams, saved])
        return saved

    def replace(self, old: SavedStream, connection: Connection) -> SavedStream:
        """A stream signed in again: same place in the order, fresh secrets."""
        saved = save_connection(connection, self.secrets)
        streams = [saved if s is old else s for s in self.settings.streams]
        if not any(s is saved for s in streams):
            streams.append(saved)
        self._set_streams(streams)
        return saved

    def remove(self, saved: SavedStream) -> None:
        """Forget a closed stream; its secrets go too unless another stream shares them."""
        streams = [s for s in self.settings.streams if s is not saved]
        self._set_streams(streams)
        still_used = {key for s in streams for key in s.secrets.values()}
        for key in saved.secrets.values():
            if key not in still_used:
                self.secrets.delete(key)

    def renew(self, saved: SavedStream, access: str, refresh: str) -> None:
        """The platform renewed a stream's tokens: keep the new ones for the next start."""
        for field, value in (("access_token", access), ("refresh_token", refresh)):
            key = saved.secrets.get(field)
            if key and value:
                self.secrets.set(key, value)

    def reorder(self, order: Iterable[SavedStream]) -> None:
        """The tabs were moved: keep this order (streams not named keep their place at the end)."""
        wanted = list(order)
        rest = [s for s in self.settings.streams if not any(s is w for w in wanted)]
        self._set_streams(wanted + rest)

    def restore(self, saved: SavedStream, model: type[Connection]) -> Connection:
        """The connection with its secrets; StorageError saying "sign in again" if one is gone."""
        return restore_connection(saved, model, self.secrets)

    def update(self, settings: Settings) -> None:
        """New preferences from the settings dialog; the streams stay as they are."""
        self.settings = settings.model_copy(update={"streams": self.settings.streams})
        self.store.save(self.settings)

    def move_secrets(self, target: SecretStore) -> None:
        """Carry every saved stream's secrets to another store (the moderator chose a new one)."""
        keys = {key for s in self.settings.streams for key in s.secrets.values()}
        for key in sorted(keys):
            value = self.secrets.get(key)
            if value is not None:
                target.set(key, value)
        for key in sorted(keys):
            self.secrets.delete(key)
        self.secrets = target

    def _set_streams(self, streams: list[SavedStream]) -> None:
        self.settings.streams = streams
        self.store.save(self.settings)
