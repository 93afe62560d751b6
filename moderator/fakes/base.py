"""What every fake offers to tests, the demo and the standalone server."""

from __future__ import annotations

import random
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, TypeVar

from starlette.applications import Starlette
from starlette.types import ASGIApp

from moderator.fakes.faults import FaultMiddleware, FaultPlan, RequestLog
from moderator.fakes.hostile import PageShape

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What the platform itself now knows of one message (for contract tests)."""

    exists: bool
    deleted: bool = False
    read: bool = False
    flagged: bool = False


class FakeService(ABC):
    """An in-memory platform: an ASGI app plus knobs for tests."""

    name: ClassVar[str]
    #: path endings of sign-in endpoints, never faulted: a fault there would only test sign-in
    fault_exempt: ClassVar[tuple[str, ...]] = ()
    #: path endings whose answer is the only record of a change (never garbled, see faults.py)
    fault_readable: ClassVar[tuple[str, ...]] = ()
    #: where this platform's pages keep a message's id and text (for the hostile faults)
    page_shape: ClassVar[PageShape] = PageShape()
    #: where the platform keeps authors' pictures ("" for none); the demo sets
    #: :attr:`picture_base` to its own https picture server (fakes/picture_server.py)
    picture_host: ClassVar[str] = ""
    picture_base: str | None = None

    def __init__(self, *, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        # the demo serves a fake from another thread while tests may read its state
        self.lock = threading.RLock()
        #: off (rate 0) until a test or ``serve --faults`` turns it on
        self.faults = FaultPlan(seed=seed, exempt=self.fault_exempt, readable=self.fault_readable)
        #: every request the fake applied, answer lost or not: what exactly-once is counted by
        self.requests = RequestLog()
        self._turn = 0
        self._issued: set[str] = set()

    def picture_url(self, path: str) -> str:
        """An author's picture address on this platform's picture host (or the demo's)."""
        return f"{self.picture_base or self.picture_host}{path}"

    def remember(self, *secrets: str) -> None:
        """Record credentials this platform handed out (or holds), for :meth:`issued_secrets`."""
        with self.lock:
            self._issued.update(secrets)

    def issued_secrets(self) -> frozenset[str]:
        """Every secret of this fake: its fixed credentials and each token it issued so far
        (renewed access tokens, session tokens), so a test can search logs and files for the
        ones a client only ever saw at run time."""
        with self.lock:
            return frozenset(self._issued)

    def next_turn(self, streams: Sequence[T]) -> T:
        """The stream whose turn it is to get a message, round the streams across calls: the
        demo adds one message a tick, so a turn that restarted each call would feed the first
        stream only."""
        self._turn += 1
        return streams[(self._turn - 1) % len(streams)]

    @cached_property
    def app(self) -> ASGIApp:
        """The platform's routes behind the fault injector (which does nothing at rate 0)."""
        plan, expire = (lambda: self.faults), self._expire_locked
        return FaultMiddleware(self.build_app(), plan, expire, self.requests, self.page_shape)

    def _expire_locked(self) -> None:
        with self.lock:
            self.expire_credentials()

    @abstractmethod
    def build_app(self) -> Starlette:
        """The routes, exactly as the platform's documentation describes them."""

    @abstractmethod
    def expire_credentials(self) -> None:
        """Every access token stops working now; refresh tokens or passwords still work."""

    @abstractmethod
    def message_ids(self, stream_id: str) -> list[str]:
        """The ids of every chat message a stream has now, as its client normalizes them."""

    @abstractmethod
    def add_chatter(self, count: int = 1) -> None:
        """Make ``count`` synthetic viewers say something, spread over the fake's streams."""

    @abstractmethod
    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        """What a client needs to reach each of this fake's streams at ``base_url``, one dict
        a stream, as plain values (the fake knows no client's settings types: ``fakelink``
        turns these into them)."""

    @abstractmethod
    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        """The platform's own view of a message: gone, soft-deleted, read, flagged."""

    @abstractmethod
    def texts(self, stream_id: str) -> list[str]:
        """The texts a stream's chat shows now, oldest first."""

    @abstractmethod
    def restriction(self, stream_id: str, author_id: str) -> str | None:
        """``"banned"``, ``"timeout"`` or None: how the platform restricts an author now."""

    def describe(self, base_url: str) -> dict[str, Any]:
        """What a person needs to talk to the fake by hand (printed by ``serve``)."""
        return {
            "base_url": base_url,
            # a fake's credentials are made up and meant to be typed into curl: show them
            "connections": self.credentials(base_url),
        }
