"""Bound the work of reading a workbook before the reader turns it into values.

The reader (calamine) builds each sheet as a dense grid and copies a shared string into every
cell that uses it, so what a workbook costs is not its size on disk: one 1 MB shared string used
5,000 times is 5 GB, two far-apart cells are a grid of billions. The XML parts are streamed here
(never whole in memory) and measured: real inflated bytes, the longest text, the grid the sheet
spans and the text its cells decode to. Anything over the caps is refused with one sentence.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from app.errors import FileRefusedError

CHUNK = 4 * 1024 * 1024
MAX_INFLATED = 500 * 1024 * 1024  # all XML parts together, as really inflated
MAX_CELL_BYTES = 256 * 1024  # one cell's text with its markup; Excel allows 32,767 characters
MAX_GRID = 6_000_000  # rows × columns of the grid a sheet spans (the reader allocates it whole)
MAX_DECODED = 200 * 1024 * 1024  # text all cells of the workbook decode to
_ROW = re.compile(rb'row\b[^>]*?\sr="(\d{1,9})"')
_WIDE = re.compile(rb' r="([A-Z]{2,3})\d')
_NARROW = re.compile(rb' r="([A-Z])\d')
_SHARED = re.compile(rb'\bt="s"[^>]*>\s*<(?:\w+:)?v>(\d{1,9})<')
_LONG_TEXT = re.compile(rb">[^<]{%d}" % MAX_CELL_BYTES)


@dataclass(slots=True)
class _Sheet:
    rows: int = 0
    columns: int = 0
    cells: int = 0


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


class _Budget:
    """Counts inflated bytes across all parts; refuses past MAX_INFLATED."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.used = 0

    def stream(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                self.used += len(chunk)
                if self.used > MAX_INFLATED:
                    raise FileRefusedError(
                        f"「{self.name}」解压后超过 {MAX_INFLATED // 1024 // 1024} MB，"
                        "远超正常名单（疑似压缩炸弹）：已拒绝导入。"
                    )
                yield chunk


def _too_long(name: str) -> FileRefusedError:
    return FileRefusedError(
        f"「{name}」中有单元格的文字超过 Excel 的上限 32,767 个字（文件异常或被篡改）：已拒绝导入，"
        "请在 Excel/WPS 中检查后另存再试。"
    )


def _shared_sizes(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> list[int]:
    """Byte size of each shared string (markup included: an upper bound of its text)."""
    sizes: list[int] = []
    carry = b""
    for chunk in budget.stream(zf, info):
        parts = (carry + chunk).split(b"</si>")
        carry = parts.pop()
        found = [len(p) for p in parts]
        if len(carry) > MAX_CELL_BYTES or max(found, default=0) > MAX_CELL_BYTES:
            raise _too_long(budget.name)
        sizes.extend(found)
    return sizes


_WINDOW = MAX_CELL_BYTES // 2


def _has_long_text(data: bytes) -> bool:
    """Whether `data` holds a text of MAX_CELL_BYTES without markup. Such a run covers a whole
    window of half that size at some multiple of it: only windows without any `<` are searched
    (an ordinary sheet has none, and each probe stops at its first `<`)."""
    for start in range(0, len(data), _WINDOW):
        if data.find(b"<", start, start + _WINDOW) < 0:
            low = max(0, start - MAX_CELL_BYTES)
            if _LONG_TEXT.search(data, low, start + _WINDOW + MAX_CELL_BYTES):
                return True
    return False


def _scan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> _Sheet:
    sheet = _Sheet()
    tail = b""
    narrow = True
    for chunk in budget.stream(zf, info):
        data = tail + chunk
        if _has_long_text(data):
            raise _too_long(budget.name)
        sheet.rows = max(sheet.rows, max(map(int, _ROW.findall(data)), default=0))
        for letters in set(_WIDE.findall(data)):
            sheet.columns = max(sheet.columns, _col_number(letters))
            narrow = False
        sheet.cells += data.count(b"<c ") + data.count(b"<c>") - tail.count(b"<c ")
        sheet.cells -= tail.count(b"<c>")
        # A tag or a long text may straddle two chunks: look at the seam again next time.
        tail = data[-MAX_CELL_BYTES:]
    if narrow:
        sheet.columns = 0  # no column past Z: measured only when the rows make it matter
    return sheet


def _narrow_width(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The last column (A–Z) any cell of a sheet is in."""
    width = 1
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            for letter in set(_NARROW.findall(chunk)):
                width = max(width, letter[0] - 64)
    return width


def _decoded(
    zf: zipfile.ZipFile, sheets: list[zipfile.ZipInfo], sizes: list[int], budget: _Budget
) -> int:
    """Exact text of every shared-string cell: only asked when the quick bound is too high."""
    total = 0
    count = len(sizes)
    for info in sheets:
        tail = b""
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                data = tail + chunk
                cut = data.rfind(b"</c>") + 4 if b"</c>" in data else 0
                for index in _SHARED.findall(data, 0, cut):
                    i = int(index)
                    total += sizes[i] if i < count else 0
                if total > MAX_DECODED:
                    return total
                tail = data[cut:][-MAX_CELL_BYTES:]
    return total


def check_xlsx(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose reading would take more than the caps allow."""
    budget = _Budget(name)
    infos = zf.infolist()
    sheets = [
        i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
    ]
    shared = next((i for i in infos if i.filename == "xl/sharedStrings.xml"), None)
    try:
        sizes = _shared_sizes(zf, shared, budget) if shared is not None else []
        scanned = [_scan_sheet(zf, info, budget) for info in sheets]
        for info, sheet in zip(sheets, scanned, strict=True):
            if sheet.columns == 0 and sheet.rows * 26 > MAX_GRID:
                sheet.columns = _narrow_width(zf, info)
            sheet.columns = sheet.columns or 26
            grid = sheet.rows * sheet.columns
            if grid > MAX_GRID and sheet.cells * 2 < grid:
                raise FileRefusedError(
                    f"「{name}」的数据散布在 {sheet.rows} 行 × {sheet.columns} 列的范围里"
                    "（远处有零星单元格）：已拒绝导入，请删除多余的行列后另存再试。"
                )
        cells = sum(max(s.cells, min(s.rows * s.columns, MAX_GRID + 1)) for s in scanned)
        if cells > MAX_GRID:
            raise FileRefusedError(
                f"「{name}」有约 {cells} 个单元格，超过导入上限 {MAX_GRID} 个：请拆分后再导入。"
            )
        largest = max(sizes, default=0)
        if largest * cells > MAX_DECODED and _decoded(zf, sheets, sizes, budget) > MAX_DECODED:
            raise FileRefusedError(
                f"「{name}」的单元格展开后文字超过 {MAX_DECODED // 1024 // 1024} MB"
                "（同一段长文字被大量重复引用，疑似恶意文件）：已拒绝导入。"
            )
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise FileRefusedError(
            f"「{name}」已损坏或不完整（{str(exc)[:60] or type(exc).__name__}）："
            "请重新下载或重新导出。"
        ) from None


_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d{1,9})"')
_COLS_REPEATED = re.compile(rb'number-columns-repeated="(\d{1,9})"')


def _repeat(pattern: re.Pattern[bytes], attrs: bytes) -> int:
    match = pattern.search(attrs)
    return int(match.group(1)) if match else 1


class _OdsGrid:
    """The grid each table of an .ods spans once its repeated rows and cells are expanded."""

    def __init__(self) -> None:
        self.largest = 0
        self._reset()

    def _reset(self) -> None:
        self.rows = self.last_row = self.width = 0
        self.row_repeat = self.pos = self.last = 0

    def tag(self, closing: bytes, kind: bytes, attrs: bytes, empty: bytes) -> None:
        if kind == b"table":
            if not closing:
                self._reset()
            return
        if kind == b"table-row":
            if closing:
                self._end_row()
            else:
                self.row_repeat, self.pos, self.last = _repeat(_ROWS_REPEATED, attrs), 0, 0
                if empty:
                    self._end_row()
            return
        if closing:
            return
        self.pos += _repeat(_COLS_REPEATED, attrs)
        if not empty:  # a cell with content: the reader fills every repeated copy of it
            self.last = self.pos

    def _end_row(self) -> None:
        self.rows += self.row_repeat
        if self.last:
            self.last_row, self.width = self.rows, max(self.width, self.last)
        self.largest = max(self.largest, self.last_row * self.width)


def check_ods(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse an .ods whose repeated rows and cells would expand past the grid cap."""
    budget = _Budget(name)
    grid = _OdsGrid()
    try:
        info = zf.getinfo("content.xml")
        carry = b""
        for chunk in budget.stream(zf, info):
            data = carry + chunk
            cut = data.rfind(b">") + 1
            for match in _ODS_TAG.finditer(data, 0, cut):
                grid.tag(*match.groups())
                if grid.largest > MAX_GRID:
                    raise FileRefusedError(
                        f"「{name}」展开重复的行列后超过 {MAX_GRID} 个单元格（文件异常或被篡改）："
                        "已拒绝导入，请删除多余的行列后另存再试。"
                    )
            carry = data[cut:]
            if len(carry) > MAX_CELL_BYTES:
                raise _too_long(name)
    except KeyError:
        raise FileRefusedError(f"「{name}」不是完整的 ODS 表格（缺少内容）：请重新导出。") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise FileRefusedError(
            f"「{name}」已损坏或不完整（{str(exc)[:60] or type(exc).__name__}）："
            "请重新下载或重新导出。"
        ) from None
