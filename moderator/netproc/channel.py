"""The app's end of the network process's pipe: writes never block the loop, reads never stop.

``Connection.send`` blocks while the pipe is full. The app and its network process both wrote
with it, so in a fast chat each could fill the other's pipe while waiting for its own write to
finish: neither read again, and the window froze for good (the demo at 200 messages a second,
automod acting on many authors at once, froze this way within a minute). Here the app's
writes that do not fit wait in a buffer and go as the pipe drains (``add_writer``), and the
loop goes on reading, so the child's own blocking writes always finish.

The bytes on the pipe are ``Connection``'s own (a 4-byte length, or -1 and an 8-byte length,
then a pickle), so the child reads and writes with ``Connection`` as before.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import select
import struct
import time
from collections.abc import Callable
from multiprocessing.connection import Connection as Pipe
from multiprocessing.reduction import ForkingPickler
from typing import Any

SHORT = struct.Struct("!i")
LONG = struct.Struct("!Q")
#: bytes read at a time
CHUNK = 1 << 18


class Channel:
    """Messages to and from the child over ``pipe``, on ``loop``."""

    def __init__(
        self,
        pipe: Pipe,
        loop: asyncio.AbstractEventLoop,
        received: Callable[[Any], None],
        gone: Callable[[], None],
    ) -> None:
        self.pipe = pipe
        self.fd = pipe.fileno()
        self.loop = loop
        self._received = received
        self._gone = gone
        self._out = bytearray()
        self._in = bytearray()
        self._waiting_to_write = False
        self.closed = False
        os.set_blocking(self.fd, False)
        loop.add_reader(self.fd, self._readable)

    # -- writing --------------------------------------------------------------------------------

    def send(self, message: Any) -> bool:
        """Send ``message`` now, or as soon as the pipe takes it; False once the child is gone."""
        if self.closed:
            return False
        data = ForkingPickler.dumps(message)
        size = len(data)
        if size > 0x7FFFFFFF:
            self._out += SHORT.pack(-1) + LONG.pack(size)
        else:
            self._out += SHORT.pack(size)
        self._out += data
        if not self._waiting_to_write:
            self._write()
        return not self.closed

    def _write(self) -> None:
        sent = 0
        try:
            with memoryview(self._out) as view:
                while sent < len(view):
                    sent += os.write(self.fd, view[sent:])
        except BlockingIOError:
            pass
        except OSError:
            self._lose()
            return
        finally:
            del self._out[:sent]
        self._wait_to_write(bool(self._out))

    def _wait_to_write(self, wait: bool) -> None:
        if wait and not self._waiting_to_write:
            self.loop.add_writer(self.fd, self._write)
        elif not wait and self._waiting_to_write:
            self.loop.remove_writer(self.fd)
        self._waiting_to_write = wait

    def flush(self, timeout: float) -> bool:
        """Wait (blocking) up to ``timeout`` seconds for what is unsent to go: at quit only."""
        deadline = time.monotonic() + timeout
        while self._out and not self.closed:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            select.select([], [self.fd], [], left)
            self._write()
        return not self._out

    # -- reading --------------------------------------------------------------------------------

    def _readable(self) -> None:
        try:
            while True:
                chunk = os.read(self.fd, CHUNK)
                if not chunk:
                    raise EOFError
                self._in += chunk
                if len(chunk) < CHUNK:
                    break
        except BlockingIOError:
            pass
        except (EOFError, OSError):
            self._deliver()  # what came before the end still counts
            self._lose()
            return
        self._deliver()

    def _deliver(self) -> None:
        messages = []
        start, size = 0, len(self._in)
        with memoryview(self._in) as view:
            while size - start >= SHORT.size:
                (length,) = SHORT.unpack_from(view, start)
                head = SHORT.size
                if length == -1:
                    if size - start < SHORT.size + LONG.size:
                        break
                    (length,) = LONG.unpack_from(view, start + SHORT.size)
                    head += LONG.size
                if size - start - head < length:
                    break
                body = view[start + head : start + head + length]
                messages.append(pickle.loads(body))
                body.release()
                start += head + length
        del self._in[:start]
        for message in messages:
            if self.closed:
                return
            self._received(message)

    # -- the end --------------------------------------------------------------------------------

    def _lose(self) -> None:
        if not self.closed:
            self.close()
            self._gone()

    def close(self) -> None:
        """Stop reading and writing, and close the app's end of the pipe."""
        if self.closed:
            return
        self.closed = True
        self.loop.remove_reader(self.fd)
        if self._waiting_to_write:
            self.loop.remove_writer(self.fd)
            self._waiting_to_write = False
        self._out.clear()
        self.pipe.close()
