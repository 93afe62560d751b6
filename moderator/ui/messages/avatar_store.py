"""Authors' pictures as the lists paint them: asked for once, decoded off the GUI thread, kept few.

The store knows no HTTP: the composition root gives it an
:class:`~moderator.core.avatars.AvatarSource` (``moderator.avatars.AvatarFetcher``) and
:func:`install`\\ s it; every message delegate made afterwards paints pictures from it. A row asks
:meth:`AvatarStore.image` while painting; the first ask starts the fetch and gets ``None`` (the
row shows initials), and :attr:`AvatarStore.arrived` asks the lists to paint again when the
picture is ready. A picture that failed stays initials; nothing here ever waits.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from moderator.core.avatars import AvatarSource, provider_of
from moderator.storage.settings import Settings
from moderator.ui.kit.avatar_image import decode_avatar

log = logging.getLogger(__name__)

#: decoded pictures kept: 64 px a side is 16 KB each, so at most 16 MB
KEPT = 1024
#: the side pictures are decoded to: twice a chat row's picture (sharp on a 2x screen) and
#: the size the user card shows
SIDE = 64


class AvatarStore(QObject):
    #: a picture (its URL) is ready or was refused: the lists paint again
    arrived = Signal(str)
    #: the setting turned pictures on or off: the lists lay their rows out again
    toggled = Signal(bool)

    def __init__(
        self,
        source: AvatarSource,
        *,
        enabled: bool = True,
        side: int = SIDE,
        kept: int = KEPT,
        on_hosts: Callable[[dict[str, list[str]]], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        #: gives the fetcher the hosts from the settings (the UI itself fetches nothing)
        self._on_hosts = on_hosts
        self._hosts: dict[str, list[str]] | None = None
        self._enabled = enabled
        self.side = side
        self._kept = kept
        #: url -> the picture, or None once it failed (not asked again while kept)
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        #: the app is closing: no fetch starts any more (initials are painted instead)
        self._stopped = False
        self._decoding: asyncio.Semaphore | None = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.toggled.emit(enabled)

    def apply(self, settings: Settings) -> None:
        """The settings' switch and allowed hosts; pictures refused before are asked again."""
        if settings.avatar_hosts != self._hosts:
            self._hosts = dict(settings.avatar_hosts)
            if self._on_hosts is not None:
                self._on_hosts(self._hosts)
            for url in [u for u, image in self._images.items() if image is None]:
                del self._images[url]
            self.arrived.emit("")
        self.set_enabled(settings.avatars)

    def image(self, stream_key: str, url: str | None) -> QImage | None:
        """The picture if it is here; else None, and the first ask for it starts fetching it."""
        if not self._enabled or not url:
            return None
        if url in self._images:
            self._images.move_to_end(url)
            return self._images[url]
        if url not in self._pending:
            self._start(provider_of(stream_key), url)
        return None

    def kept(self, url: str | None) -> QImage | None:
        """The picture if it is here, without fetching it or marking it used."""
        return self._images.get(url) if self._enabled and url else None

    def pending(self) -> int:
        return len(self._pending)

    def settled(self, url: str) -> bool:
        """Whether ``url`` was fetched (or refused) and is still kept."""
        return url in self._images

    def _start(self, provider: str, url: str) -> None:
        if self._stopped:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # painted outside the app's loop (a screenshot tool): initials
            return
        self._pending.add(url)
        task = loop.create_task(self._load(provider, url))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load(self, provider: str, url: str) -> None:
        image: QImage | None = None
        try:
            data = await self._source.fetch(provider, url)
            if data is not None:
                if self._decoding is None:
                    self._decoding = asyncio.Semaphore(1)  # one decode at a time beside the GUI
                async with self._decoding:
                    image = await asyncio.to_thread(decode_avatar, data, self.side)
        except Exception:  # a picture is never worth a crash: initials instead
            log.exception("avatar %s could not be shown", url[:200])
        finally:
            self._pending.discard(url)
        self._keep(url, image)
        self.arrived.emit(url)

    def _keep(self, url: str, image: QImage | None) -> None:
        self._images[url] = image
        self._images.move_to_end(url)
        while len(self._images) > self._kept:
            self._images.popitem(last=False)

    def cancel(self) -> None:
        """Stop every fetch under way (the window is closing)."""
        for task in list(self._tasks):
            task.cancel()

    async def stop(self) -> None:
        """Stop every fetch under way and wait until each has let go (its timers included):
        a fetch left running past the loop's end fires its time limit into a stopped loop."""
        self._stopped = True
        tasks = list(self._tasks)
        self.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


_installed: AvatarStore | None = None


def install(store: AvatarStore | None) -> None:
    """Lists made from now on paint pictures from ``store`` (None: no pictures at all)."""
    global _installed
    _installed = store


def installed() -> AvatarStore | None:
    return _installed
