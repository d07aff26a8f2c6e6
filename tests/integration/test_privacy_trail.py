"""Exports, backups and restores are in the audit trail; a killed export's part file (it holds
member data) is removed at the next start."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.cli import main


def _events(db: Path, capsys: Any) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["--db", str(db), "audit", "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_export_and_backup_are_audited(db_path: Path, tmp_path: Path, capsys: Any) -> None:
    assert main(["--db", str(db_path), "demo", "--members", "40"]) == 0
    assert main(["--db", str(db_path), "export", str(tmp_path / "out.xlsx"), "--mask-phones"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    events = _events(db_path, capsys)
    kinds = {e["action"]: e for e in events if e["entity"] == "file"}
    assert kinds["export"]["after"]["members"] == 40 and kinds["export"]["after"]["masked"]
    assert kinds["export"]["source"] == "cli" and "手机号已打码" in kinds["export"]["label"]
    assert kinds["backup"]["source"] == "cli"


def test_a_killed_exports_part_file_is_removed_at_next_start(db_path: Path, tmp_path: Path) -> None:
    from app.bootstrap import open_context
    from app.exporting.parts import track_part

    open_context(str(db_path)).close()
    part = tmp_path / ".名单.xlsx.part"
    part.write_bytes(b"13800138000 phone numbers of members")
    track_part(part)  # as an export does before it writes; the process is killed here
    open_context(str(db_path)).close()
    assert not part.exists()
