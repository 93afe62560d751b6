"""Joins the picture fetcher (``moderator.avatars``, httpx) to the lists that paint pictures
(``moderator.ui.messages.avatar_store``): part of the composition root, like ``app.py``.

In the demo the pictures come from the demo's own https server on 127.0.0.1 (a certificate
made when it started): the fetcher trusts that certificate alone and allows that host alone,
so the demo shows pictures without relaxing the https-only rule or trusting it anywhere else.
"""

from __future__ import annotations

import ssl
import threading
from typing import Any

from moderator.avatars.cache import AvatarCache
from moderator.avatars.fetcher import AvatarFetcher
from moderator.core.avatars import AvatarPolicy
from moderator.paths import Profile
from moderator.storage.settings import Settings
from moderator.ui.messages.avatar_store import AvatarStore, install


def install_avatars(profile: Profile, settings: Settings, demo: Any = None) -> AvatarStore:
    """Make the fetcher and the store, and let every list made from now on paint pictures."""
    policy = AvatarPolicy()
    verify: ssl.SSLContext | None = None
    pictures = getattr(demo, "pictures", None)
    if pictures is not None:
        policy = policy.with_hosts(pictures.hosts)
        verify = ssl.create_default_context(cadata=pictures.cert_pem.decode("ascii"))
    cache = AvatarCache(profile.cache_dir / "avatars", ttl_s=policy.ttl_s)
    threading.Thread(target=cache.prune, name="avatar-cache-prune", daemon=True).start()
    fetcher = AvatarFetcher(policy, cache, verify=verify)
    store = AvatarStore(fetcher, on_hosts=fetcher.set_hosts)
    store.apply(settings)
    install(store)
    _fetchers.append(fetcher)
    return store


_fetchers: list[AvatarFetcher] = []


async def close_avatars() -> None:
    """Before the loop ends: every fetch stopped, every connection closed."""
    from moderator.ui.messages.avatar_store import installed

    if (store := installed()) is not None:
        await store.stop()
    while _fetchers:
        await _fetchers.pop().aclose()
