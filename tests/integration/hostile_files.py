"""Builders of hostile workbooks (generated at test time): bombs, sparse sheets, mutants."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from import_fixture_files import write_xlsx

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def raw_xlsx(path: Path, sheet_xml: bytes, shared: bytes | None = None) -> Path:
    """A workbook made from a plain one with its sheet (and shared strings) replaced."""
    plain = write_xlsx(path.with_suffix(".plain.xlsx"), {"S": [["昵称"], ["x"]]})
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml
            elif info.filename == "xl/sharedStrings.xml" and shared is not None:
                data = shared
            zout.writestr(info.filename, data)
        if shared is not None and "xl/sharedStrings.xml" not in zin.namelist():
            zout.writestr("xl/sharedStrings.xml", shared)
    plain.unlink()
    return path


def sheet(cells: list[tuple[str, int, str]]) -> bytes:
    """Sheet XML from (column letters, row, inner XML of <c>) in row order."""
    rows: dict[int, list[str]] = {}
    for col, row, inner in cells:
        rows.setdefault(row, []).append(f'<c r="{col}{row}"{inner}</c>')
    body = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in sorted(rows.items()))
    return (
        f'<?xml version="1.0"?><worksheet {NS}><sheetData>{body}</sheetData></worksheet>'.encode()
    )


def text(value: str) -> str:
    return f' t="inlineStr"><is><t>{value}</t></is>'


def shared_strings(*values: str) -> bytes:
    items = "".join(f"<si><t>{v}</t></si>" for v in values)
    return f'<?xml version="1.0"?><sst {NS} count="{len(values)}">{items}</sst>'.encode()


def shared_string_bomb(path: Path, size: int, uses: int) -> Path:
    """One shared string of `size` characters used by `uses` cells (the 备注 of each row)."""
    cells = [("A", 1, text("昵称")), ("B", 1, text("备注"))]
    for r in range(2, uses + 2):
        cells += [("A", r, text(f"m{r}")), ("B", r, ' t="s"><v>0</v>')]
    return raw_xlsx(path, sheet(cells), shared_strings("长" * size))


def sparse(path: Path, far: str, rows: int) -> Path:
    """A small roster with one cell far away at column `far`, row `rows`."""
    cells = [("A", 1, text("昵称")), ("B", 1, text("微信号"))]
    cells += [("A", 2, text("小美")), ("B", 2, text("wx1")), (far, rows, text("x"))]
    return raw_xlsx(path, sheet(cells))


def mutants(seeds: list[Path], count: int, out: Path, seed: int = 20241) -> Iterator[Path]:
    """`count` files, each a seed with a few bytes flipped, cut, repeated or inserted."""
    rng = random.Random(seed)
    datas = [(p.suffix, p.read_bytes()) for p in seeds]
    for n in range(count):
        suffix, data = datas[n % len(datas)]
        buf = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            where = rng.randrange(len(buf))
            action = rng.random()
            if action < 0.5:
                buf[where] = rng.randrange(256)
            elif action < 0.65:
                del buf[where:]
                buf += b"\x00" if not buf else b""
            elif action < 0.8:
                buf[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
            else:
                span = buf[where : where + rng.randint(1, 512)]
                buf[where:where] = span * rng.randint(2, 50)
        path = out / f"mutant-{n:05d}{suffix}"
        path.write_bytes(bytes(buf))
        yield path


def xls(path: Path, sheets: dict[str, list[tuple[int, int, Any]]]) -> Path:
    """A legacy .xls written by xlwt: per sheet, (row, column, value) cells (0-based).

    xlwt keeps each distinct text once in the shared-string table, as Excel does: the same long
    text in many cells is one SST entry and many small LABELSST records."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets.items():
        ws = book.add_sheet(name, cell_overwrite_ok=True)
        for row, col, value in cells:
            ws.write(row, col, value)
    book.save(str(path))
    return path


def xls_string_bomb(path: Path, size: int, uses: int) -> Path:
    """One `size`-character text in `uses` cells: tiny on disk, gigabytes once read."""
    big = "长" * size
    return xls(path, {"名单": [(0, 0, "昵称")] + [(r, 0, big) for r in range(1, uses + 1)]})


def xls_sparse(path: Path, sheets: int = 3) -> Path:
    """A roster sheet, then sheets of two cells at opposite corners (65,536 × 256 grids)."""
    book: dict[str, list[tuple[int, int, Any]]] = {"名单": [(0, 0, "昵称"), (1, 0, "小美")]}
    for n in range(sheets):
        book[f"空{n}"] = [(0, 0, "x"), (65535, 255, "y")]
    return xls(path, book)


def xls_claiming(path: Path, rows: int, columns: int) -> Path:
    """A small .xls whose DIMENSIONS records claim `rows` × `columns`."""
    import struct

    plain = xls(path, {"名单": [(0, 0, "昵称"), (1, 0, "小美")]})
    data = bytearray(plain.read_bytes())
    at = data.find(b"\x00\x02\x0e\x00")  # DIMENSIONS, 14 bytes
    assert at > 0
    struct.pack_into("<IIHH", data, at + 4, 0, rows, 0, columns)
    path.write_bytes(bytes(data))
    return path
