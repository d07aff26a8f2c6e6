"""PNG screenshots of every import wizard step (with a messy file), the history and export dialogs.

Run under Xvfb with a CJK font (skipped unless SHEQUN_SCREENSHOTS names a folder):
`SHEQUN_SCREENSHOTS=shots xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/pytest tests/gui/test_import_screenshots.py`
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_import_wizard import _first_wechat, messy_roster

SHOTS = os.environ.get("SHEQUN_SCREENSHOTS")
pytestmark = pytest.mark.skipif(
    not SHOTS, reason="set SHEQUN_SCREENSHOTS to a folder to take screenshots"
)


def _save(widget: Any, qtbot: Any, name: str, settle: bool = True) -> Path:
    if settle:
        qtbot.wait(80)  # one layout and paint pass before grabbing
    folder = Path(SHOTS or ".")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


def test_import_wizard_screenshots(env: Any, qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    from app.members.domain import MemberFilter
    from ui.app import apply_style
    from ui.importing.export_dialog import ExportDialog
    from ui.importing.import_history_dialog import ImportHistoryDialog
    from ui.importing.import_wizard import ImportWizard

    apply_style(qapp)
    path = messy_roster(tmp_path / "秋季护肤营名单（含说明页）.xlsx", _first_wechat(env.ctx))
    wizard = ImportWizard(env, None, str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 680)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    saved = [_save(wizard, qtbot, "import-1-file")]
    wizard.next()
    saved.append(_save(wizard, qtbot, "import-2-sheet"))
    wizard.next()
    wizard.mapping_page.set_target(7, "custom:最爱色号")
    saved.append(_save(wizard, qtbot, "import-3-mapping"))
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    saved.append(_save(wizard, qtbot, "import-4-preview-problems"))
    wizard.preview_page.tabs.setCurrentIndex(1)
    saved.append(_save(wizard, qtbot, "import-4-preview-duplicates"))
    wizard.next()
    saved.append(_save(wizard, qtbot, "import-5-progress", settle=False))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=15_000)
    saved.append(_save(wizard, qtbot, "import-6-result"))
    history = ImportHistoryDialog(env, None, confirm=False)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=10_000)
    history.table.selectRow(0)
    saved.append(_save(history, qtbot, "import-history"))
    export = ExportDialog(env, MemberFilter(), env.ctx.query.ids(MemberFilter())[:12], None)
    qtbot.addWidget(export)
    export.show()
    saved.append(_save(export, qtbot, "export-dialog"))
    from ui.i18n import Language

    english = Language(qapp, "en")  # the column names in English (the file keeps Chinese)
    try:
        export.retranslate()
        saved.append(_save(export, qtbot, "export-dialog-en"))
    finally:
        english.uninstall()
    assert all(p.stat().st_size > 5000 for p in saved)


def test_import_into_group_and_near_duplicates_screenshots(
    env: Any, qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    from ui.app import apply_style
    from ui.importing.import_wizard import ImportWizard

    apply_style(qapp)
    env.ctx.groups.create("秋季护肤营 2 群", capacity=500)
    env.ctx.members.create({"nickname": "小美 🌸（3群）"})
    env.ctx.members.create({"nickname": "院长大人"})
    path = messy_roster(tmp_path / "秋季护肤营2群.xlsx", "nobody")
    wizard = ImportWizard(env, None, str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 680)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    qtbot.waitUntil(lambda: preview.group_combo.count() > 1, timeout=10_000)
    preview.group_combo.setCurrentIndex(
        preview.group_combo.findText("秋季护肤营 2 群", flags=Qt.MatchFlag.MatchStartsWith)
    )
    saved = [_save(wizard, qtbot, "import-4-preview-group")]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=15_000)
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.near_list.count() > 0, timeout=10_000)
    page.near_list.setCurrentRow(0)
    saved.append(_save(wizard, qtbot, "import-6-result-near-duplicates"))
    assert all(p.stat().st_size > 5000 for p in saved)
