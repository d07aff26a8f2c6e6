"""The export dialog names the columns in the language shown; the file keeps the core's (Chinese)
headers, which the importer reads back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.exporting.service import COLUMNS
from app.members.domain import MemberFilter

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    from ui.i18n import Language

    language = Language(qapp, "zh")
    yield language
    language.uninstall()  # the test QApplication is shared: leave it untranslated


def _items(dialog: Any) -> list[tuple[str, str, str]]:
    from PySide6.QtCore import Qt

    out = []
    for i in range(dialog.columns.count()):
        item = dialog.columns.item(i)
        out.append((str(item.data(Qt.ItemDataRole.UserRole)), item.text(), item.toolTip()))
    return out


def test_every_core_column_has_a_name_in_the_dialog() -> None:
    from ui.importing.export_dialog import COLUMN_LABELS

    assert set(COLUMN_LABELS) == {key for key, _header, _kind in COLUMNS}


def test_columns_in_english_and_the_file_in_chinese(
    env: Any, qtbot: Any, tmp_path: Path, language: Any
) -> None:
    import openpyxl

    from ui.importing.export_dialog import ExportDialog

    headers = {key: header for key, header, _kind in COLUMNS}
    dialog = ExportDialog(env, MemberFilter(skin_types=("干性",)), [])
    qtbot.addWidget(dialog)
    assert [(k, t) for k, t, _tip in _items(dialog)] == list(headers.items())
    assert all(tip == "" for _k, _t, tip in _items(dialog))  # the same name as in the file

    language.switch("en")
    dialog.retranslate()  # what the window does for its dialogs on a switch
    items = {key: (text, tip) for key, text, tip in _items(dialog)}
    assert items["nickname"] == ("Nickname", "Header in the file: 昵称")
    assert items["wecom_id"][0] == "WeCom external contact ID"
    assert items["custom"][0] == "Custom fields"
    chinese = [text for text, _tip in items.values() if CJK.search(text)]
    assert chinese == [], chinese
    dialog.export_to(str(tmp_path / "dry"))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    first = next(openpyxl.load_workbook(tmp_path / "dry.xlsx").active.iter_rows(values_only=True))
    assert [h for h in first if not str(h).startswith("自定义:")] == [
        headers[k] for k in headers if k not in ("last_active", "last_contacted", "custom")
    ]

    language.switch("zh")
    dialog.retranslate()
    assert [(k, t) for k, t, _tip in _items(dialog)] == list(headers.items())
