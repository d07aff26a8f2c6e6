"""The bytes decide what a file is; a header without data is refused; nothing written is no batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import count, import_file, member_by, write_xlsx

from app.errors import FileRefusedError

ROWS = [["昵称", "微信号", "积分"], ["旧格式", "wx_old", 7]]


def _xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("名单")
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    book.save(str(path))
    return path


def _ods(path: Path) -> Path:
    import pandas as pd

    with pd.ExcelWriter(path, engine="odf") as writer:
        pd.DataFrame(ROWS[1:], columns=ROWS[0]).to_excel(writer, index=False)
    return path


def _xlsx(path: Path) -> Path:
    return write_xlsx(path, {"名单": ROWS})


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (_xls, "really-xls.xlsx"),
        (_ods, "really-ods.xlsx"),
        (_xlsx, "really-xlsx.xls"),
        (_xlsx, "really-xlsx.ods"),
        (_ods, "really-ods.xls"),
        (_xls, "really-xls.ods"),
        (_xls, "no-extension"),
    ],
)
def test_a_workbook_under_a_wrong_name_is_read_as_what_it_is(
    ctx: Any, tmp_path: Path, make: Any, name: str
) -> None:
    built = make(tmp_path / f"built{'.ods' if make is _ods else ''}")
    path = tmp_path / name
    built.rename(path)
    _, result = import_file(ctx, path)
    assert result.created == 1 and member_by(ctx, wechat="wx_old").points == 7


def test_a_header_without_data_rows_is_refused(ctx: Any, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "header-only.xlsx", {"S": [["昵称", "微信号", "手机号"]]})
    with pytest.raises(FileRefusedError) as info:
        ctx.imports.plan(path)
    assert "没有数据行" in str(info.value) and str(info.value).count("。") == 1
    assert ctx.imports.history() == []


def test_cli_header_only_exit_2_and_nothing_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    db = str(tmp_path / "cli.sqlite3")
    path = write_xlsx(tmp_path / "header-only.xlsx", {"S": [["昵称", "微信号"], ["", ""]]})
    assert main(["--db", db, "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "没有数据行" in err


def test_cli_every_row_refused_is_not_a_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.bootstrap import open_context
    from app.cli import main

    db = str(tmp_path / "cli.sqlite3")
    path = write_xlsx(tmp_path / "bad.xlsx", {"S": [["昵称", "城市"], ["", "北京"], ["", "上海"]]})
    assert main(["--db", db, "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out.count("问题：") == 2 and err.count("\n") == 1 and "没有可导入的行" in err
    ctx = open_context(db)
    assert ctx.imports.history() == [] and count(ctx) == 0
