"""What a downloaded picture is, from its first bytes, whatever the server called it.

Only PNG, JPEG, GIF and WebP are kept. PNG and GIF state their size in a fixed place: a picture
claiming more than the policy's largest side is refused here, before anything decodes it (the
decoder checks every format again before it allocates).
"""

from __future__ import annotations

import struct

from moderator.core.avatars import AvatarRefused

PNG = b"\x89PNG\r\n\x1a\n"


def picture_format(data: bytes) -> str:
    """ "png", "jpeg", "gif" or "webp"; :class:`AvatarRefused` for anything else."""
    if data.startswith(PNG):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    raise AvatarRefused("the server sent something that is not a picture")


def stated_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """The width and height a PNG or GIF states, if it states them where expected."""
    if kind == "png" and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if kind == "gif" and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    return None


def check_picture(data: bytes, max_source_side: int) -> str:
    """The picture's format, once it is one of ours and not too large; else refused."""
    kind = picture_format(data)
    size = stated_size(data, kind)
    if size is not None and max(size) > max_source_side:
        raise AvatarRefused(f"the picture says it is {size[0]}x{size[1]} pixels: too large")
    return kind
