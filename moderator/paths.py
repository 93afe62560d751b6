"""Where Moderator keeps its files. The only module that asks platformdirs.

A profile is one folder tree (settings, data, logs). ``--profile DIR`` puts it anywhere; the
demo uses a temporary one and never touches the user's.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from moderator import APP_NAME, ORGANIZATION
from moderator.storage.files import make_private_dir


@dataclass(frozen=True, slots=True)
class Profile:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    temporary: bool = False
    #: where things fetched again at will are kept (authors' pictures); None: under data_dir
    cache_root: Path | None = None

    @classmethod
    def default(cls) -> Profile:
        dirs = platformdirs.PlatformDirs(APP_NAME, ORGANIZATION)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_log_dir),
            cache_root=Path(dirs.user_cache_dir),
        )

    @classmethod
    def at(cls, root: Path, *, temporary: bool = False) -> Profile:
        return cls(root / "config", root / "data", root / "logs", temporary=temporary)

    @classmethod
    def throwaway(cls) -> Profile:
        return cls.at(Path(tempfile.mkdtemp(prefix="moderator-demo-")), temporary=True)

    def create(self) -> Profile:
        """The folders, made private (0700, files 0600 on POSIX), also those of an older profile."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            make_private_dir(folder)
        return self

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def cache_dir(self) -> Path:
        return self.cache_root if self.cache_root is not None else self.data_dir / "cache"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "moderator.log"

    def discard(self) -> None:
        """Remove a temporary profile (a real one is never removed)."""
        if self.temporary:
            shutil.rmtree(self.config_dir.parent, ignore_errors=True)
