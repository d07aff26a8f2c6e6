"""The export dialog masks phones unless the user unticks it."""

from __future__ import annotations

from typing import Any

from app.members.domain import MemberFilter


def test_the_export_dialog_masks_phones_by_default(qtbot: Any, env: Any) -> None:
    from ui.importing.export_dialog import ExportDialog

    dialog = ExportDialog(env, MemberFilter(), [])
    qtbot.addWidget(dialog)
    assert dialog.mask_box.isChecked()
