"""Files the import must refuse with one clear sentence, leaving the database unchanged."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import count, write_xlsx

from app.errors import FileRefusedError


def _good(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "good.xlsx", {"S": [["昵称", "微信号"], ["小美", "wx1"]]})


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def _truncated(tmp_path: Path) -> Path:
    data = _good(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _encrypted(tmp_path: Path) -> Path:
    # An OLE2 compound file holding an EncryptionInfo stream: how Office stores a password workbook.
    path = tmp_path / "secret.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 2048)
    return path


def _png(tmp_path: Path) -> Path:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def _docx(tmp_path: Path) -> Path:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    return path


def _pdf(tmp_path: Path) -> Path:
    path = tmp_path / "report.csv"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")
    return path


def _no_columns(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "colours.xlsx", {"S": [["颜色", "尺寸"], ["红", "L"]]})


def _huge_dimension(tmp_path: Path) -> Path:
    source = _good(tmp_path)
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
            zout.writestr(info, data)
    return path


def _zip_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<" + b"\x00" * (64 * 1024 * 1024))
    return path


def _entity_expansion(tmp_path: Path) -> Path:
    path = tmp_path / "laughs.xlsx"
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        'uniqueCount="1"><si><t>&lol3;</t></si></sst>'
    )
    source = write_xlsx(tmp_path / "plain.xlsx", {"S": [["昵称"], ["x"]]})
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, lol if info.filename == "xl/sharedStrings.xml" else zin.read(info))
    return path


REFUSED = {
    "empty": (_empty, "空文件"),
    "truncated": (_truncated, "不完整"),
    "encrypted": (_encrypted, "密码"),
    "png": (_png, "不是表格"),
    "docx": (_docx, "不是表格"),
    "pdf": (_pdf, "不是表格"),
    "no_columns": (_no_columns, "找不到可识别的列"),
    "huge_dimension": (_huge_dimension, "大得不合常理"),
    "zip_bomb": (_zip_bomb, "压缩炸弹"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_one_sentence_and_nothing_written(
    case: str, demo_ctx: Any, tmp_path: Path
) -> None:
    make, words = REFUSED[case]
    path = make(tmp_path)
    before = count(demo_ctx)
    with pytest.raises(FileRefusedError) as info:
        demo_ctx.imports.plan(path)
    message = str(info.value)
    assert words in message and path.name in message
    assert "\n" not in message and message.endswith("。")
    assert count(demo_ctx) == before
    assert demo_ctx.imports.history() == []


def test_entity_expansion_does_not_expand(ctx: Any, tmp_path: Path) -> None:
    path = _entity_expansion(tmp_path)
    try:
        plan = ctx.imports.plan(path)
    except FileRefusedError:
        return
    assert all("lollollol" not in str(m.values) for m in plan.members)


@pytest.mark.parametrize("case", ["empty", "truncated", "zip_bomb", "no_columns"])
def test_cli_refusal_exit_2_one_line_db_unchanged(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "demo", "--members", "20"]) == 0
    capsys.readouterr()
    path = REFUSED[case][0](tmp_path)
    assert main(["--db", db, "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and REFUSED[case][1] in err
    assert main(["--db", db, "members", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 20
