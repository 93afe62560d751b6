"""Fetching authors' pictures over https under ``moderator.core.avatars``' policy (httpx).

The UI never imports this package: the composition root gives it an :class:`AvatarFetcher`
as a ``moderator.core.avatars.AvatarSource``."""
