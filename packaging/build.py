"""Build the PyInstaller bundle, smoke-test the frozen app, and (on Linux) pack the tarball.

    uv run --group packaging python packaging/build.py            build, test, pack
    uv run --group packaging python packaging/build.py --no-build test and pack an existing dist/

Any failed check stops the script with exit status 1, so CI fails with it. The smoke tests run
the frozen app with an environment built from nothing (what ``env -i`` gives, plus the few
variables Qt needs), so the bundle cannot lean on the build machine's shell.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import ssl
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICONS = ROOT / "moderator" / "resources" / "icons"
LINUX = sys.platform.startswith("linux")
VERSION = version("moderator")


class BuildFailed(Exception):
    pass


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def check(condition: bool, what: str) -> None:
    if not condition:
        raise BuildFailed(what)
    print(f"   ok: {what}")


def bundle_dir() -> Path:
    return DIST / ("Moderator.app" if sys.platform == "darwin" else "moderator")


def frozen_executable() -> Path:
    if sys.platform == "win32":
        return DIST / "moderator" / "moderator.exe"
    if sys.platform == "darwin":
        return DIST / "Moderator.app" / "Contents" / "MacOS" / "moderator"
    return DIST / "moderator" / "moderator"


def build() -> float:
    """Run PyInstaller on the spec from scratch; the seconds it took."""
    started = time.perf_counter()
    # the translations' .qm, next to their .ts, where collect_data_files picks them up
    subprocess.run([sys.executable, "-m", "tools.i18n", "release"], cwd=ROOT, check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "moderator.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def clean_env(home: Path) -> dict[str, str]:
    """The whole environment of a smoke run: nothing is inherited from this process."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        # an inherited CA path that points nowhere must not matter: the app uses certifi's own
        "SSL_CERT_FILE": str(home / "missing" / "ca-certificates.pem"),
    }
    if sys.platform == "win32":  # Windows will not start a process without these
        env |= {"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"), "USERPROFILE": str(home)}
    return env


def run_frozen(*args: str, home: Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(frozen_executable()), *args],
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def check_contents() -> None:
    step("bundle contents")
    root = bundle_dir()
    check(frozen_executable().is_file(), f"{frozen_executable().relative_to(ROOT)} exists")
    cafiles = list(root.rglob("certifi/cacert.pem"))
    check(bool(cafiles), "certifi's CA bundle is in the bundle")
    stats = ssl.create_default_context(cafile=cafiles[0]).cert_store_stats()
    check(stats["x509_ca"] > 50, f"it loads as a CA bundle ({stats['x509_ca']} authorities)")
    check(any(root.rglob(f"moderator-{VERSION}.dist-info")), "the package metadata is in")
    check(any(root.rglob("moderator/resources/icons/moderator-256.png")), "the icons are in")
    check(not any(root.rglob("*QtWebEngine*")), "no QtWebEngine")
    check(not any(root.rglob("*Qt6Quick*")), "no QtQuick")
    qt_words = sorted(p.name for p in root.rglob("translations/*.qm"))
    check(qt_words == [f"qtbase_{c}.qm" for c in ("de", "es", "ko", "tr")], "Qt's words: 4 only")
    for code in ("tr", "ko", "de", "es"):
        check(any(root.rglob(f"resources/i18n/moderator_{code}.qm")), f"the {code} translation")
    check(not any(root.rglob("tkinter")), "no tkinter")
    numpy_core = any(root.rglob("numpy/_core/_multiarray_umath*"))
    check(numpy_core, "numpy is in (the backtest's workers import it, the GUI never does)")
    if LINUX:
        fonts = sorted(p.name for p in root.rglob("moderator/resources/fonts/*.ttf"))
        check(len(fonts) == 4, f"the fonts for CJK and emoji are in ({', '.join(fonts)})")


def smoke_test(scratch: Path) -> None:
    step("frozen app, clean environment")
    result = run_frozen("--version", home=scratch / "home-version", timeout=30)
    check(result.returncode == 0, "--version exits 0")
    if sys.platform != "win32":  # a windowed Windows app has no stdout to print to
        check(result.stdout.strip() == f"Moderator {VERSION}", f"--version says {VERSION}")

    profile = scratch / "profile"
    result = run_frozen(
        "--demo", "--quit-after", "5", "--profile", str(profile), home=scratch / "home-demo"
    )
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", file=sys.stderr)
    check(result.returncode == 0, "--demo --quit-after 5 exits 0")
    log_file = profile / "logs" / "moderator.log"
    log = log_file.read_text(encoding="utf-8") if log_file.is_file() else ""
    check(f"Moderator {VERSION} starting" in log, "it writes its log file and knows its version")
    check("Traceback" not in log + result.stderr, "no traceback on stderr or in the log")
    # the frozen app starts its network process as itself (multiprocessing's spawn): every tab's
    # chat comes through it, so a child that cannot start leaves the tabs empty
    started = "network process" in log and "the network process has gone" not in log
    check(started, "its network process started and stayed")
    closing = re.search(r"closing (\d+) streams \((.*)\)$", log, re.MULTILINE)
    counts = [int(n) for n in re.findall(r": (\d+) messages", closing[2])] if closing else []
    check(bool(counts) and min(counts) > 0, f"chat reached all {len(counts)} demo tabs through it")


def bare_machine_test(scratch: Path) -> None:
    """The demo on a machine with no font at all (an empty fontconfig): the bundle's own fonts
    draw Korean, Chinese, Japanese, Turkish and emoji, and nothing crashes."""
    step("frozen app, no system fonts")
    home = scratch / "home-bare"
    config = scratch / "no-fonts.conf"
    config.write_text(f"<fontconfig><cachedir>{scratch}/fc-cache</cachedir></fontconfig>")
    profile = scratch / "profile-bare"
    result = subprocess.run(
        [str(frozen_executable()), "--demo", "--quit-after", "5", "--profile", str(profile)],
        env=clean_env(home) | {"FONTCONFIG_FILE": str(config)},
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", file=sys.stderr)
    check(result.returncode == 0, "--demo with no system fonts exits 0")
    log = (profile / "logs" / "moderator.log").read_text(encoding="utf-8")
    check("sample glyphs missing: none" in log, "the bundled fonts cover CJK, Turkish and emoji")


def startup_seconds(scratch: Path, runs: int = 3) -> float:
    """Median wall time from exec to exit with --quit-after 0: start, show, close, quit."""
    times = []
    for n in range(runs):
        started = time.perf_counter()
        result = run_frozen("--demo", "--quit-after", "0", home=scratch / f"home-start-{n}")
        times.append(time.perf_counter() - started)
        check(result.returncode == 0, f"start-and-quit run {n + 1} exits 0")
    return statistics.median(times)


def tree_size(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())


def pack_tarball() -> Path:
    """dist/moderator-VERSION-linux-ARCH.tar.gz: the bundle, the menu entry, icons, scripts."""
    step("tarball")
    top = f"moderator-{VERSION}"
    tarball = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    linux = PACKAGING / "linux"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle_dir(), f"{top}/app", filter=owned_by_root)
        for name in ("moderator.desktop", "install.sh", "uninstall.sh"):
            tar.add(linux / name, f"{top}/{name}", filter=owned_by_root)
        for png in sorted(ICONS.glob("moderator-*.png")):
            size = png.stem.removeprefix("moderator-")
            arcname = f"{top}/icons/hicolor/{size}x{size}/apps/moderator.png"
            tar.add(png, arcname, filter=owned_by_root)
        svg = f"{top}/icons/hicolor/scalable/apps/moderator.svg"
        tar.add(ICONS / "moderator.svg", svg, filter=owned_by_root)
    check(tarball.is_file(), f"{tarball.relative_to(ROOT)} written")
    return tarball


def validate_desktop_file(path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        print(f"   skipped: desktop-file-validate is not installed ({path.name})")
        return
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    check(result.returncode == 0 and not result.stdout.strip(), f"{path.name} validates")


def test_install(tarball: Path, scratch: Path) -> None:
    """Unpack as a user would, install under a throwaway HOME, start it, uninstall."""
    step("install.sh and uninstall.sh under a throwaway HOME")
    unpacked = scratch / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(unpacked)], check=True)
    (folder,) = unpacked.iterdir()
    home = scratch / "home-install"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(folder / "install.sh")], env=env, check=True)
    data = home / ".local" / "share"
    link = home / ".local" / "bin" / "moderator"
    check(link.is_symlink() and link.resolve().is_file(), "~/.local/bin/moderator links the app")
    desktop = data / "applications" / "moderator.desktop"
    check(desktop.is_file(), "the menu entry is installed")
    validate_desktop_file(desktop)
    hicolor = data / "icons" / "hicolor"
    pngs = [hicolor / f"{n}x{n}" / "apps" / "moderator.png" for n in (16, 32, 48, 64, 128, 256)]
    check(all(p.is_file() for p in pngs), "the icons are installed in the hicolor theme")
    result = subprocess.run(
        [str(link), "--version"], env=clean_env(home), capture_output=True, text=True, check=False
    )
    check(result.stdout.strip() == f"Moderator {VERSION}", "the installed app starts")
    subprocess.run(["sh", str(folder / "uninstall.sh")], env=env, check=True)
    leftovers = [p for p in home.rglob("*moderator*") if "runtime" not in p.parts]
    check(not leftovers, f"uninstall.sh leaves nothing behind{leftovers or ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test and pack the existing dist/")
    args = parser.parse_args(argv)
    figures: list[str] = []
    try:
        if not args.no_build:
            step("PyInstaller")
            figures.append(f"build time      {build():.1f} s")
        check_contents()
        size = tree_size(bundle_dir())
        figures.append(f"bundle size     {size / 1e6:.0f} MB ({bundle_dir().relative_to(ROOT)})")
        with tempfile.TemporaryDirectory(prefix="moderator-build-") as tmp:
            scratch = Path(tmp)
            smoke_test(scratch)
            if LINUX:
                bare_machine_test(scratch)
            figures.append(f"start-to-quit   {startup_seconds(scratch):.2f} s (median of 3)")
            if LINUX:
                validate_desktop_file(PACKAGING / "linux" / "moderator.desktop")
                tarball = pack_tarball()
                figures.append(
                    f"tarball         {tarball.stat().st_size / 1e6:.0f} MB ({tarball.name})"
                )
                test_install(tarball, scratch)
    except (BuildFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
        print(f"\nBUILD FAILED: {err}", file=sys.stderr)
        return 1
    step("done")
    print("\n".join(f"   {line}" for line in figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
