"""The Linux bundle's fonts cover Korean, Chinese, Japanese, Turkish and emoji, and Qt draws
them on a machine with no font of its own (an empty fontconfig, in a child process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from moderator.ui.kit.fonts import SAMPLE, missing_glyphs

#: where Debian's packages put the fonts the bundle takes (packaging/moderator.spec)
SYSTEM = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
]
needs_fonts = pytest.mark.skipif(
    not all(p.is_file() for p in SYSTEM), reason="the bundle's fonts are not installed here"
)

CHILD = """
import sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication
from moderator.ui.kit.fonts import SAMPLE, install_fonts
app = QApplication([])
assert not {"DejaVu Sans", "NanumGothic"} & set(QFontDatabase.families()), "a bare machine"
install_fonts(Path(sys.argv[1]))
for char in "김こ你ş🎮":
    layout = QTextLayout(char, app.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    runs = layout.glyphRuns()
    print(char, runs[0].rawFont().familyName().lower(), min(runs[0].glyphIndexes()))
"""


@needs_fonts
def test_the_bundled_fonts_cover_the_sample(qapp: QApplication) -> None:
    assert missing_glyphs(SAMPLE, SYSTEM) == []
    assert missing_glyphs("김 你 🎮", SYSTEM[:1]) == ["김", "你", "🎮"]
    assert missing_glyphs("김", SYSTEM[2:3]) == ["김"], "Debian's Droid has almost no Hangul"


@needs_fonts
def test_a_machine_without_fonts_draws_them_from_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "fonts"
    bundle.mkdir()
    for path in SYSTEM:
        (bundle / path.name).symlink_to(path)
    config = tmp_path / "empty.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(bundle)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    drawn = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert set(drawn) == set("김こ你ş🎮")
    assert drawn["김"].startswith("nanumgothic ") and drawn["你"].startswith("droid sans fallback ")
    assert drawn["ş"].startswith("dejavu sans ") and drawn["🎮"].startswith("noto color emoji ")
    assert all(not value.endswith(" 0") for value in drawn.values()), "no empty box"
