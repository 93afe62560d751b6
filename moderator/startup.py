"""What the app reads from the profile before its window: settings (once) and the secret store.

Nothing read here may stop the start: a damaged settings or secrets file is moved aside and
said in ``problems`` (shown in the window once it is there), a wrong passphrase is asked again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from moderator.errors import StorageError
from moderator.paths import Profile
from moderator.storage.secrets import SecretChoice, SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.unlock import AskPassphrase, unlock_secrets

DEMO_NOTICE = "This is the demo: sign-ins are kept for this session only."


@dataclass
class Startup:
    store: SettingsStore
    settings: Settings
    secrets: SecretChoice
    #: sentences for the moderator: what was damaged, what was kept, where the copy is
    problems: list[str] = field(default_factory=list)


def load_startup(profile: Profile, *, demo: bool, ask: AskPassphrase) -> Startup:
    """Settings and secrets, each read once; ``ask`` prompts for the passphrase if one is needed."""
    store = SettingsStore(profile.settings_file)
    settings = store.load()
    problems = [store.problem] if store.problem else []
    if demo:  # the demo never touches the moderator's keyring
        return Startup(store, settings, SecretChoice(SessionOnlyStore(), DEMO_NOTICE), problems)
    try:
        choice, more = unlock_secrets(settings.secret_store, secrets_path(profile), ask)
    except StorageError as err:  # a keyring that fails outright, say
        choice = SecretChoice(SessionOnlyStore(), f"{err} Sign-ins are kept for this session only.")
        more = []
    return Startup(store, settings, choice, problems + more)


def secrets_path(profile: Profile) -> Path:
    return profile.config_dir / "secrets.enc"
