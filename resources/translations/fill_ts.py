"""Write English translations into shequn_en.ts for the contexts an area owns.

Each `fill_<area>_en.py` holds a table {context: {Chinese source: English}} and calls `run()`.
Run them after `pyside6-lupdate` (see `make translations`), then `pyside6-lrelease`.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = Path(__file__).with_name("shequn_en.ts")


def fill(path: str, tables: dict[str, dict[str, str]], common: dict[str, str] | None = None) -> int:
    """Fill the listed contexts; returns 1 (and prints them) when a source has no English."""
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        if name not in tables:
            continue
        table = {**(common or {}), **tables[name]}
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if source in table:
                translation.text = table[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(f"{name}: {source!r}")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print("missing English:", line)
    return 1 if missing else 0


def run(tables: dict[str, dict[str, str]], common: dict[str, str] | None = None) -> None:
    raise SystemExit(fill(sys.argv[1] if len(sys.argv) > 1 else str(TS_FILE), tables, common))
