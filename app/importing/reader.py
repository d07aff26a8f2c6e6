"""Read every sheet of a spreadsheet into plain rows with python-calamine (CSV with the csv module)."""

from __future__ import annotations

import csv
import io
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


def read_sheets(path: Path, sniffed: Sniffed) -> list[SheetData]:
    """All sheets with data; raises FileRefusedError when the reader cannot make sense of it."""
    if sniffed.kind == "csv":
        return [_read_csv(path, sniffed.encoding)]
    import python_calamine as pc

    name = path.name
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        out: list[SheetData] = []
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            rows = sheet.to_python(skip_empty_area=False)
            try:
                merged = list(sheet.merged_cell_ranges or [])
            except Exception:  # merged ranges are a nicety; some formats do not report them
                merged = []
            out.append(SheetData(sheet_name, rows, merged))
        book.close()
    except pc.PasswordError:
        raise FileRefusedError(
            f"「{name}」设置了打开密码：请在 Excel/WPS 中取消密码后另存，再导入。"
        ) from None
    except (pc.ZipError, pc.XmlError) as exc:
        raise FileRefusedError(
            f"「{name}」已损坏或不完整，无法读取（{str(exc)[:80]}）：请重新导出后再导入。"
        ) from None
    except pc.CalamineError as exc:
        raise FileRefusedError(
            f"「{name}」无法读取（{str(exc)[:80]}）：请用 Excel/WPS 另存为 .xlsx 后再导入。"
        ) from None
    except Exception as exc:
        raise FileRefusedError(
            f"「{name}」无法读取（{str(exc)[:80]}）：请用 Excel/WPS 另存为 .xlsx 后再导入。"
        ) from None
    return out


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
