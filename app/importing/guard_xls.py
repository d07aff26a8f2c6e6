"""Bound the work of reading a legacy .xls before the reader turns it into values.

An .xls is a compound file (sectors chained by a FAT) holding a `Workbook` stream of BIFF
records. What reading it costs is not its size: the reader builds each sheet as a dense grid
from its first to its last cell, and copies a shared string (SST) into every cell that uses it,
so two far-apart cells are a grid of millions and one 32,767-character string used 20,000 times
is more than a gigabyte. Here the stream's records are walked (no value is made) and measured:
the grid each sheet spans, its cells, and the text its cells decode to. The caps are those of
the .xlsx guard; anything over them is refused with one sentence.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from app.errors import FileRefusedError
from app.importing.guard import MAX_DECODED, MAX_GRID

ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
MAX_REGULAR = 0xFFFFFFFA  # sector numbers above are markers
MAX_ROWS, MAX_COLUMNS = 65536, 256  # what a BIFF8 sheet can hold
BOF, EOF, SST, CONTINUE, DIMENSIONS = 0x0809, 0x000A, 0x00FC, 0x003C, 0x0200
LABELSST, LABEL, RSTRING = 0x00FD, 0x0204, 0x00D6
# Records holding one cell (row, column first) and those holding a run (row, first, …, last).
ONE_CELL = frozenset({0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6, 0x00FD})
RUNS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK
_U16 = struct.Struct("<H")
_HEAD = struct.Struct("<HH")
_CELL = struct.Struct("<HH")


class _Broken(Exception):
    """The compound file or its records do not hold together."""


@dataclass(slots=True)
class _Sheet:
    rows: int = 0  # last row + 1
    columns: int = 0  # last column + 1
    cells: int = 0
    declared: tuple[int, int] = (0, 0)  # rows, columns its DIMENSIONS record claims


@dataclass(slots=True)
class _Book:
    strings: list[int] = field(default_factory=list)  # UTF-8 bytes each shared string decodes to
    sheets: list[_Sheet] = field(default_factory=list)
    decoded: int = 0


def _u32(data: bytes, offset: int) -> int:
    value: int = struct.unpack_from("<I", data, offset)[0]
    return value


class _Compound:
    """Just enough of a compound file to read one stream."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512:
            raise _Broken("header")
        self.data = data
        shift = _U16.unpack_from(data, 0x1E)[0]
        mini_shift = _U16.unpack_from(data, 0x20)[0]
        if shift not in (9, 12) or mini_shift != 6:
            raise _Broken("sector size")
        self.size = 1 << shift
        self.count = max(0, (len(data) - self.size) // self.size)  # sectors in the file
        fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
        difat, difat_count = _u32(data, 0x44), _u32(data, 0x48)
        per = self.size // 4 - 1
        for _ in range(min(difat_count, self.count)):
            if difat >= MAX_REGULAR:
                break
            block = self._sector(difat)
            fat_sectors += struct.unpack_from(f"<{per}I", block)
            difat = _u32(block, per * 4)
        self.fat: list[int] = []
        for sector in fat_sectors:
            if sector < MAX_REGULAR:
                block = self._sector(sector)
                self.fat += struct.unpack_from(f"<{self.size // 4}I", block)
        self.cutoff = _u32(data, 0x38)
        self.directory = self._chain(_u32(data, 0x30))
        root = self._entry(0)
        self.mini_stream = self._chain(root[1], root[2]) if root else b""
        mini_fat = self._chain(_u32(data, 0x3C)) if _u32(data, 0x3C) < MAX_REGULAR else b""
        self.mini_fat = list(struct.unpack_from(f"<{len(mini_fat) // 4}I", mini_fat))

    def _sector(self, n: int) -> bytes:
        if n >= self.count:
            raise _Broken("sector out of file")
        start = (n + 1) * self.size
        return self.data[start : start + self.size]

    def _chain(self, first: int, size: int | None = None) -> bytes:
        parts: list[bytes] = []
        sector, seen = first, 0
        while sector < MAX_REGULAR:
            seen += 1
            if seen > self.count or sector >= len(self.fat):
                raise _Broken("sector chain")
            parts.append(self._sector(sector))
            sector = self.fat[sector]
        out = b"".join(parts)
        return out if size is None else out[:size]

    def _mini_chain(self, first: int, size: int) -> bytes:
        parts: list[bytes] = []
        sector, seen = first, 0
        while sector < MAX_REGULAR and len(parts) * 64 < size:
            seen += 1
            if seen > len(self.mini_fat) or sector >= len(self.mini_fat):
                raise _Broken("mini sector chain")
            parts.append(self.mini_stream[sector * 64 : sector * 64 + 64])
            sector = self.mini_fat[sector]
        return b"".join(parts)[:size]

    def _entry(self, index: int) -> tuple[str, int, int] | None:
        raw = self.directory[index * 128 : index * 128 + 128]
        if len(raw) < 128 or raw[66] not in (1, 2, 5):
            return None
        length = min(_U16.unpack_from(raw, 64)[0], 64)
        name = raw[: max(0, length - 2)].decode("utf-16-le", "replace")
        return name, _u32(raw, 116), _u32(raw, 120)

    def stream(self, names: tuple[str, ...]) -> bytes | None:
        for index in range(len(self.directory) // 128):
            entry = self._entry(index)
            if entry is None or entry[0] not in names:
                continue
            _, first, size = entry
            if size < self.cutoff:
                return self._mini_chain(first, size)
            return self._chain(first, size)
        return None


def _sst_sizes(parts: list[bytes]) -> list[int]:
    """UTF-8 size of each string of an SST record and its CONTINUE records.

    A string's characters may run over into the next record, which then starts with one byte
    saying whether the rest are 8-bit or 16-bit; its formatting runs continue without one."""
    if not parts or len(parts[0]) < 8:
        return []
    unique = _u32(parts[0], 4)
    sizes: list[int] = []
    part, pos = 0, 8
    data = parts[0]

    def take(n: int) -> bytes:
        nonlocal part, pos, data
        out = b""
        while n > 0:
            if pos >= len(data):
                part += 1
                if part >= len(parts):
                    raise _Broken("SST")
                data, pos = parts[part], 0
            chunk = data[pos : pos + n]
            out += chunk
            pos += len(chunk)
            n -= len(chunk)
        return out

    for _ in range(unique):
        if part >= len(parts) - 1 and pos >= len(data):
            break
        # Fast path: the whole string lies in this record (nearly always).
        if pos + 9 <= len(data):
            count, flags = _U16.unpack_from(data, pos)[0], data[pos + 2]
            head = 3
            runs = ext = 0
            if flags & 0x08:
                runs = _U16.unpack_from(data, pos + head)[0]
                head += 2
            if flags & 0x04:
                ext = _u32(data, pos + head)
                head += 4
            wide = flags & 0x01
            need = head + count * (2 if wide else 1) + 4 * runs + ext
            if pos + need <= len(data):
                pos += need
                sizes.append(count * (3 if wide else 1))
                continue
        count = _U16.unpack(take(2))[0]
        flags = take(1)[0]
        runs = _U16.unpack(take(2))[0] if flags & 0x08 else 0
        ext = struct.unpack("<I", take(4))[0] if flags & 0x04 else 0
        wide, left, utf8 = flags & 0x01, count, 0
        while left > 0:
            if pos >= len(data):  # characters go on in the next record, after its own flag
                part += 1
                if part >= len(parts):
                    raise _Broken("SST")
                data, pos = parts[part], 0
                wide = take(1)[0] & 0x01
            room = (len(data) - pos) // (2 if wide else 1)
            n = min(left, max(room, 1))
            take(n * (2 if wide else 1))
            utf8 += n * (3 if wide else 1)
            left -= n
        take(4 * runs + ext)
        sizes.append(utf8)
    return sizes


def _walk(stream: bytes) -> _Book:
    book = _Book()
    sheet: _Sheet | None = None
    sst: list[bytes] | None = None
    pos, end = 0, len(stream)
    strings = book.strings
    count_strings = 0
    while pos + 4 <= end:
        kind, length = _HEAD.unpack_from(stream, pos)
        body = pos + 4
        pos = body + length
        if sst is not None:
            if kind == CONTINUE:
                sst.append(stream[body:pos])
                continue
            strings.extend(_sst_sizes(sst))
            count_strings = len(strings)
            sst = None
        if kind in ONE_CELL or kind in RUNS:
            if sheet is None or length < 4:
                continue
            row, col = _CELL.unpack_from(stream, body)
            if kind in RUNS and length >= 6:
                col = _U16.unpack_from(stream, pos - 2)[0]
            if row >= sheet.rows:
                sheet.rows = row + 1
            if col >= sheet.columns:
                sheet.columns = col + 1
            sheet.cells += 1
            if kind == LABELSST and length >= 10:
                index = _u32(stream, body + 6)
                book.decoded += strings[index] if index < count_strings else 0
            elif kind in (LABEL, RSTRING):
                book.decoded += length * 2
        elif kind == SST:
            sst = [stream[body:pos]]
        elif kind == BOF and length >= 4:
            substream = _U16.unpack_from(stream, body + 2)[0]
            if substream in (0x0010, 0x0020):  # a worksheet (or a chart sheet's data)
                sheet = _Sheet()
                book.sheets.append(sheet)
            else:
                sheet = None
        elif kind == DIMENSIONS and sheet is not None and length >= 12:
            first_row, last_row = _u32(stream, body), _u32(stream, body + 4)
            first_col, last_col = _CELL.unpack_from(stream, body + 8)
            sheet.declared = (max(0, last_row - first_row), max(0, last_col - first_col))
        elif kind == EOF:
            sheet = None
    if sst is not None:
        strings.extend(_sst_sizes(sst))
    return book


def check_xls(data: bytes, name: str) -> None:
    """Refuse an .xls whose reading would take more than the caps allow (one sentence)."""
    try:
        stream = _Compound(data).stream(("Workbook", "Book", "WORKBOOK", "BOOK"))
        if stream is None:
            raise FileRefusedError(
                f"「{name}」不是 Excel 表格（旧版文件里没有工作簿内容）：请选择 .xls、.xlsx 或 .csv 表格。"
            )
        book = _walk(stream)
    except (_Broken, struct.error, IndexError, ValueError) as exc:
        raise FileRefusedError(
            f"「{name}」已损坏或不完整（{exc or type(exc).__name__}）：请重新下载或重新导出。"
        ) from None
    for sheet in book.sheets:
        rows, cols = sheet.declared
        if rows > MAX_ROWS or cols > MAX_COLUMNS:
            # The reader goes by the cells, not by this claim: only a claim the format cannot
            # hold (a tampered file) is refused for itself.
            raise FileRefusedError(
                f"「{name}」声称有 {rows} 行 × {cols} 列，超出 .xls 格式的上限 "
                f"{MAX_ROWS} 行 × {MAX_COLUMNS} 列（文件可能被篡改）：已拒绝导入。"
            )
        grid = sheet.rows * sheet.columns
        if grid > MAX_GRID and sheet.cells * 2 < grid:
            raise FileRefusedError(
                f"「{name}」的数据散布在 {sheet.rows} 行 × {sheet.columns} 列的范围里"
                "（远处有零星单元格）：已拒绝导入，请删除多余的行列后另存再试。"
            )
    cells = sum(max(s.cells, s.rows * s.columns) for s in book.sheets)
    if cells > MAX_GRID:
        raise FileRefusedError(
            f"「{name}」有约 {cells} 个单元格，超过导入上限 {MAX_GRID} 个：请拆分后再导入。"
        )
    if book.decoded > MAX_DECODED:
        raise FileRefusedError(
            f"「{name}」的单元格展开后文字超过 {MAX_DECODED // 1024 // 1024} MB"
            "（同一段长文字被大量重复引用，疑似恶意文件）：已拒绝导入。"
        )
