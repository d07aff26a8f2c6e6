"""Read every sheet of a spreadsheet into plain rows with python-calamine (CSV with the csv module)."""

from __future__ import annotations

import csv
import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import FileRefusedError
from app.importing.sniff import Sniffed


@dataclass(slots=True)
class SheetData:
    """Rows of one sheet; rows[i] is Excel row i + 1. Merged ranges as ((r0, c0), (r1, c1))."""

    name: str
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]]


SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}
MAX_SECONDS = 60.0
ROWS_PER_CHECK = 2000


def read_sheets(path: Path, sniffed: Sniffed) -> list[SheetData]:
    """All sheets with data; raises FileRefusedError when the reader cannot make sense of it."""
    if sniffed.kind == "csv":
        return [_read_csv(path, sniffed.encoding)]
    name = path.name
    try:
        return _read_book(path, sniffed)
    except FileRefusedError:
        raise
    except Exception as exc:
        raise _refusal(name, exc) from None
    except BaseException as exc:
        # A Rust panic inside the reader arrives as pyo3's PanicException, which derives from
        # BaseException: refuse the file for that one; KeyboardInterrupt and the like go on.
        if not _is_panic(exc):
            raise
        raise _refusal(name, exc) from None


def _is_panic(exc: BaseException) -> bool:
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"


def _refusal(name: str, exc: BaseException) -> FileRefusedError:
    import python_calamine as pc

    detail = (str(exc).splitlines() or [type(exc).__name__])[0][:80]
    if isinstance(exc, pc.PasswordError):
        return FileRefusedError(
            f"「{name}」设置了打开密码：请在 Excel/WPS 中取消密码后另存，再导入。"
        )
    if isinstance(exc, pc.ZipError | pc.XmlError):
        return FileRefusedError(
            f"「{name}」已损坏或不完整，无法读取（{detail}）：请重新导出后再导入。"
        )
    return FileRefusedError(
        f"「{name}」无法读取（{detail}）：请用 Excel/WPS 另存为 .xlsx 后再导入。"
    )


def _read_book(path: Path, sniffed: Sniffed) -> list[SheetData]:
    import python_calamine as pc

    deadline = time.monotonic() + MAX_SECONDS
    if path.suffix.lower() in SUFFIXES[sniffed.kind]:
        book = pc.CalamineWorkbook.from_path(str(path))
    else:
        # The reader picks its format by the file name; under a wrong name it must go by bytes.
        with path.open("rb") as fh:
            book = pc.CalamineWorkbook.from_filelike(fh)
    out: list[SheetData] = []
    try:
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            out.append(SheetData(sheet_name, _rows(sheet, path.name, deadline), _merged(sheet)))
    finally:
        book.close()
    return out


def _rows(sheet: Any, name: str, deadline: float) -> list[list[Any]]:
    """The sheet's rows from A1: row by row (the reader lets other threads run in between).

    The reader starts each row at the sheet's first used column: put the empty columns
    before it back, so column letters in problem reports are the ones Excel shows."""
    start = sheet.start
    lead = [""] * (start[1] if start else 0)
    rows: list[list[Any]] = []
    for count, row in enumerate(sheet.iter_rows()):
        rows.append(lead + row if lead else row)
        if count % ROWS_PER_CHECK == 0 and time.monotonic() > deadline:
            raise FileRefusedError(
                f"「{name}」读取超过一分钟，文件过大或结构异常：请拆分后再导入。"
            )
    return rows


def _merged(sheet: Any) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    try:
        return list(sheet.merged_cell_ranges or [])
    except Exception:  # merged ranges are a nicety; some formats do not report them
        return []


def _read_csv(path: Path, encoding: str) -> SheetData:
    text = path.read_bytes().decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:4096]
    delimiter = ","
    if sample.count("\t") > sample.count(","):
        delimiter = "\t"
    elif sample.count(";") > sample.count(",") and sample.count(";") > sample.count("\t"):
        delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows: list[list[Any]] = [[_unquote(c) for c in r] for r in reader]
    except csv.Error as exc:
        raise FileRefusedError(
            f"「{path.name}」不是有效的 CSV 表格（{exc}）：请用 Excel/WPS 另存后再导入。"
        ) from None
    return SheetData(path.stem, rows, [])


_QUOTED = ("=", "+", "-", "@", "\t", "\r", "'")


def _unquote(cell: str) -> str:
    """Our CSV export protects formula-like text (and a leading quote) with a quote: take it off."""
    if cell[:1] == "'" and cell[1:2] in _QUOTED and cell[1:2] != "":
        return cell[1:]
    return cell
