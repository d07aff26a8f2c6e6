"""Recognise a file by its bytes and refuse the ones we must not open (empty, broken, hostile)."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.errors import FileRefusedError
from app.importing.guard import check_ods, check_xlsx
from app.importing.guard_xls import check_xls

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# A sane roster inflates to a few hundred MB at most; more is a zip bomb or not a roster.
MAX_UNZIPPED = 800 * 1024 * 1024
MAX_RATIO = 200
MAX_CELLS = 20_000_000
MAX_ROWS = 1_048_576
MAX_FILE = 300 * 1024 * 1024
_DIM = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_DATE1904 = re.compile(rb'date1904="(1|true)"')


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What a file is: kind is xlsx, xls, ods or csv; encoding only for csv."""

    kind: str
    encoding: str = ""
    date1904: bool = False


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def sniff(path: Path) -> Sniffed:
    """Decide what `path` holds from its bytes; raise FileRefusedError with one clear sentence."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise FileRefusedError(f"找不到文件「{name}」：请确认路径是否正确。") from None
    except OSError as exc:
        raise FileRefusedError(
            f"无法读取「{name}」（{exc.strerror or exc}）：请检查文件权限。"
        ) from None
    if size == 0 or not head.strip(b"\x00 \r\n\t\xef\xbb\xbf"):
        raise FileRefusedError(f"「{name}」是空文件：请重新导出或选择有内容的表格。")
    if size > MAX_FILE:
        raise FileRefusedError(
            f"「{name}」有 {size // 1024 // 1024} MB，超过导入上限 300 MB：请拆分后再导入。"
        )
    if head.startswith(ZIP_MAGIC):
        return _sniff_zip(path, name)
    if head.startswith(OLE_MAGIC):
        data = _read_all(path)
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data:
            raise FileRefusedError(
                f"「{name}」设置了打开密码：请在 Excel/WPS 中取消密码后另存，再导入。"
            )
        check_xls(data, name)
        return Sniffed("xls")
    if head.startswith(b"PK"):
        raise FileRefusedError(f"「{name}」不完整（压缩包已损坏或被截断）：请重新下载或重新导出。")
    return Sniffed("csv", _csv_encoding(path, name, head))


def _read_all(path: Path) -> bytes:
    return path.read_bytes()


def _sniff_zip(path: Path, name: str) -> Sniffed:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNZIPPED or (total > 50 * 1024 * 1024 and total / packed > MAX_RATIO):
                raise FileRefusedError(
                    f"「{name}」解压后有 {total // 1024 // 1024} MB，远超正常名单（疑似压缩炸弹）：已拒绝导入。"
                )
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    check_ods(zf, name)
                    return Sniffed("ods")
                raise FileRefusedError(
                    f"「{name}」不是表格文件（可能是文字文档或演示文稿）：请选择 Excel、WPS 或 CSV 表格。"
                )
            if "xl/workbook.xml" not in names:
                raise FileRefusedError(
                    f"「{name}」不是表格文件：请选择 .xlsx、.xls、.ods 或 .csv 表格。"
                )
            date1904 = bool(_DATE1904.search(zf.read("xl/workbook.xml")[:20000]))
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with zf.open(info) as fh:
                        _check_dimension(fh.read(4096), name)
            check_xlsx(zf, name)
            return Sniffed("xlsx", date1904=date1904)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, OSError):
        # A damaged deflate stream, a bad CRC, a truncated member: all the same to the user.
        raise FileRefusedError(
            f"「{name}」不完整（文件被截断或已损坏）：请重新下载或重新导出。"
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        if "encrypted" in str(exc) or "password" in str(exc):
            raise FileRefusedError(f"「{name}」设置了密码：请取消密码后另存，再导入。") from None
        raise FileRefusedError(
            f"「{name}」无法解压（{exc}）：请用 Excel/WPS 另存为 .xlsx 后再导入。"
        ) from None


def _check_dimension(head: bytes, name: str) -> None:
    match = _DIM.search(head)
    if not match:
        return
    last_col, last_row = match.group(3) or match.group(1), match.group(4) or match.group(2)
    rows, cols = int(last_row), _col_number(last_col)
    if rows > MAX_ROWS or cols > 16384 or rows * cols > MAX_CELLS:
        raise FileRefusedError(
            f"「{name}」声称有 {rows} 行 × {cols} 列，大得不合常理（文件可能被篡改）：已拒绝导入，"
            f"请在 Excel/WPS 中另存后再试。"
        )


def _csv_encoding(path: Path, name: str, head: bytes) -> str:
    if b"\x00" in head:
        raise FileRefusedError(
            f"「{name}」不是表格文件（是二进制数据）：请选择 Excel、WPS 或 CSV 表格。"
        )
    lowered = head[:400].lstrip().lower()
    if lowered.startswith((b"<!doctype", b"<html", b"%pdf", b"{\\rtf")):
        raise FileRefusedError(
            f"「{name}」不是表格文件（是网页或文档）：请选择 Excel、WPS 或 CSV 表格。"
        )
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    data = path.read_bytes()
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    raise FileRefusedError(
        f"「{name}」的文字编码无法识别：请在 Excel/WPS 中另存为 UTF-8 CSV 或 .xlsx。"
    )
