"""Every user-visible string in ui/ has an English translation, and the compiled .qm exists."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "shequn_en.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _unfinished(ts: Path) -> list[str]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished" or not (translation is not None and translation.text):
                out.append(f"{ctx.findtext('name')}: {message.findtext('source')!r}")
    return out


def test_committed_translation_has_no_unfinished_string() -> None:
    assert _unfinished(TS) == []
    assert (TS.with_suffix(".qm")).stat().st_size > 10_000


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed next to python")
def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    copy = tmp_path / "shequn_en.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", str(ROOT / "ui"), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    missing = _unfinished(copy)
    assert missing == [], "strings without English (run `make translations`):\n" + "\n".join(
        missing
    )
