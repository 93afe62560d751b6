"""The Linux screen-reader stack for one test: Xvfb, a D-Bus session, the accessibility bus
(at-spi-bus-launcher, which starts at-spi2-registryd on demand), and the app under it.

Everything is started here, in sessions of its own, and ended here by process group; each wait
polls a condition and fails with a sentence naming what never came.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
#: set by CI: a missing piece of the stack fails the test instead of skipping it
REQUIRED_ENV = "MODERATOR_A11Y_REQUIRED"


def missing_pieces() -> list[str]:
    """What this machine lacks to run the stack (empty: all there)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if not shutil.which(tool)]
    if not LAUNCHER.exists():
        missing.append(f"{LAUNCHER} (at-spi2-core)")
    probe = [str(SYSTEM_PYTHON), "-c", "import pyatspi"]
    if not SYSTEM_PYTHON.exists() or subprocess.run(probe, capture_output=True).returncode:
        missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi)")
    return missing


def wait_until(what: str, probe: Callable[[], bool], limit: float) -> None:
    end = time.monotonic() + limit
    while not probe():
        if time.monotonic() > end:
            raise TimeoutError(f"{what} did not happen within {limit:.0f} s")
        time.sleep(0.05)


class Stack:
    """Start with :meth:`start`; every process is ended by :meth:`stop`."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.env = dict(os.environ)
        self.processes: list[subprocess.Popen[bytes]] = []

    def _spawn(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(args, env=self.env, start_new_session=True, **kwargs)  # type: ignore[call-overload]
        self.processes.append(process)
        return process  # type: ignore[no-any-return]

    def _read_line(self, args: list[str], what: str) -> str:
        """Start ``args`` with an extra pipe as fd 3 and read the first line it writes there."""
        read_end, write_end = os.pipe()
        os.set_inheritable(write_end, True)
        process = self._spawn(
            [a.replace("{fd}", str(write_end)) for a in args],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        line = b""
        with os.fdopen(read_end, "rb") as pipe:
            line = pipe.readline()
        if not line.strip():
            raise RuntimeError(f"{what} did not start (exit code {process.poll()})")
        return line.decode().strip()

    def start(self) -> None:
        runtime = self.workdir / "runtime"
        runtime.mkdir(mode=0o700)
        self.env.update(XDG_RUNTIME_DIR=str(runtime), NO_AT_BRIDGE="0")
        display = self._read_line(
            ["Xvfb", "-displayfd", "{fd}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            "Xvfb",
        )
        self.env["DISPLAY"] = f":{display}"
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(
            ["dbus-daemon", "--session", "--nofork", "--print-address={fd}"], "dbus-daemon"
        )
        self._spawn([str(LAUNCHER), "--launch-immediately"], stderr=subprocess.DEVNULL)
        ask = ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus"]
        ask.append("org.a11y.Bus.GetAddress")
        wait_until(
            "the accessibility bus (org.a11y.Bus) answering",
            lambda: subprocess.run(ask, env=self.env, capture_output=True).returncode == 0,
            20,
        )

    def start_app(self, args: list[str], log: Path) -> subprocess.Popen[bytes]:
        env = {"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        self.env.update(env)
        with log.open("wb") as out:
            return self._spawn([sys.executable, *args], stdout=out, stderr=subprocess.STDOUT)

    def run_reader(self, script: Path, limit: float) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SYSTEM_PYTHON), str(script)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=limit,
        )

    def stop(self) -> None:
        for process in reversed(self.processes):  # the app first, Xvfb last
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)


@contextlib.contextmanager
def screen_reader_stack(workdir: Path) -> Iterator[Stack]:
    stack = Stack(workdir)
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()
