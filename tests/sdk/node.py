"""The official Stream Chat JS SDK as a child process that a test drives line by line.

``driver.mjs`` reads one JSON command per line and answers each on its own line; this side sends
commands and waits (bounded) for their answers. The test is skipped only where node is missing
on a developer machine; in CI (``CI=true``) a missing node or ``npm ci`` fails it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
DRIVER = HERE / "driver.mjs"
#: seconds any one command may take (a loaded CI machine); the SDK gives a request 20 s
ANSWER_TIMEOUT = 45.0


def node_or_skip() -> str:
    """The node executable; skips without one, except in CI, where it fails."""
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
            pytest.fail("CI must run the Stream SDK test: node is missing (.ci/run installs it)")
        pytest.skip("node is not installed (apt-get install nodejs npm; then npm ci in tests/sdk)")
    if not (HERE / "node_modules" / "stream-chat" / "package.json").is_file():
        pytest.fail("the Stream Chat SDK is not installed: run `npm ci` in tests/sdk")
    return node


class SdkFailed(AssertionError):
    """The SDK answered a command with an error."""


class Sdk:
    """One running ``driver.mjs``: ``await sdk.call("watch", type=..., id=...)``."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self._process = process
        self._seq = 0
        self._stderr: list[str] = []
        self._drain = asyncio.ensure_future(self._read_stderr())

    @classmethod
    async def start(cls, node: str) -> Sdk:
        process = await asyncio.create_subprocess_exec(
            node,
            str(DRIVER),
            cwd=HERE,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(process)

    async def _read_stderr(self) -> None:
        assert self._process.stderr is not None
        async for line in self._process.stderr:
            self._stderr.append(line.decode(errors="replace").rstrip())

    def stderr(self) -> str:
        return "\n".join(self._stderr[-40:])

    async def call(self, op: str, **args: Any) -> dict[str, Any]:
        """The SDK's answer to one command; raises SdkFailed when it answered with an error."""
        answer = await self.attempt(op, **args)
        if not answer["ok"]:
            raise SdkFailed(f"{op}: {answer}\n--- driver stderr ---\n{self.stderr()}")
        return answer

    async def attempt(self, op: str, **args: Any) -> dict[str, Any]:
        """The SDK's answer, error or not."""
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        self._seq += 1
        stdin.write(json.dumps({"seq": self._seq, "op": op, **args}).encode() + b"\n")
        await stdin.drain()
        async with asyncio.timeout(ANSWER_TIMEOUT):
            while line := await stdout.readline():
                with contextlib.suppress(ValueError):
                    answer = json.loads(line)
                    if isinstance(answer, dict) and answer.get("reply") == self._seq:
                        return answer
        raise SdkFailed(f"{op}: the driver exited\n--- driver stderr ---\n{self.stderr()}")

    async def close(self) -> None:
        with contextlib.suppress(SdkFailed, TimeoutError, BrokenPipeError, ConnectionError):
            await self.attempt("close")
        try:
            async with asyncio.timeout(10):
                await self._process.wait()
        except TimeoutError:
            self._process.kill()
            await self._process.wait()
        self._drain.cancel()
