"""A small, fast .xlsx writer: one sheet, typed cells, bold frozen header, autofilter, widths.

It writes the sheet XML itself (inline strings, four styles), which is several times faster than a
general-purpose writer. Text is never written as a formula: a value starting with `=` stays text.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any, BinaryIO
from xml.sax.saxutils import escape

TEXT, INT, DATE = "text", "int", "date"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = dt.date(1899, 12, 30)
_FIRST_REAL = dt.date(1900, 3, 1)

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""
_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Shequn</Application></Properties>"""
_WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
# Styles: 0 default, 1 bold header, 2 date yyyy-mm-dd, 3 text (@) so Excel keeps phones as text.
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEFF3F8"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def col_letters(n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        letters, index = "", i + 1
        while index:
            index, rem = divmod(index - 1, 26)
            letters = chr(65 + rem) + letters
        out.append(letters)
    return out


def _text_xml(value: str) -> str:
    value = _ILLEGAL.sub("", value)
    text = escape(value).replace("\r", "&#13;")
    if value[:1].isspace() or value[-1:].isspace():
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


def display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_xlsx(
    out: BinaryIO,
    sheet_name: str,
    headers: Sequence[str],
    kinds: Sequence[str],
    rows: Iterable[Sequence[Any]],
    total: int,
    widths: Sequence[float],
    tick: Callable[[int], None] | None = None,
) -> int:
    """Write one sheet; `kinds[i]` is text, int or date. Returns the number of data rows."""
    ncols = len(headers)
    letters = col_letters(ncols)
    last = letters[-1] if letters else "A"
    safe_name = escape(sheet_name[:31])
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{safe_name}" sheetId="1" r:id="rId1"/></sheets>'
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"'{safe_name}'!$A$1:${last}${total + 1}</definedName></definedNames></workbook>"
    )
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("docProps/app.xml", _APP)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            cols = "".join(
                f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
                for i, w in enumerate(widths)
            )
            head = "".join(
                f'<c r="{letters[i]}1" s="1" t="inlineStr">{_text_xml(h)}</c>'
                for i, h in enumerate(headers)
            )
            fh.write(
                (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    f'<dimension ref="A1:{last}{total + 1}"/>'
                    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                    '<sheetFormatPr defaultRowHeight="15"/>'
                    f'<cols>{cols}</cols><sheetData><row r="1">{head}</row>'
                ).encode()
            )
            count = _write_rows(fh, letters, kinds, rows, tick)
            fh.write(
                (
                    f'</sheetData><autoFilter ref="A1:{last}{count + 1}"/>'
                    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                    'footer="0.3"/></worksheet>'
                ).encode()
            )
    return count


def _write_rows(
    fh: IO[bytes],
    letters: Sequence[str],
    kinds: Sequence[str],
    rows: Iterable[Sequence[Any]],
    tick: Callable[[int], None] | None,
) -> int:
    parts: list[str] = []
    append = parts.append
    count = 0
    cols = list(zip(letters, kinds, strict=True))
    for count, row in enumerate(rows, start=1):
        r = count + 1
        append(f'<row r="{r}">')
        for (letter, kind), value in zip(cols, row, strict=False):
            if value is None or value == "":
                continue
            if kind == DATE and isinstance(value, dt.date):
                if value >= _FIRST_REAL:
                    append(f'<c r="{letter}{r}" s="2"><v>{(value - _EPOCH).days}</v></c>')
                    continue
                value = value.isoformat()
            elif kind == INT and isinstance(value, int) and not isinstance(value, bool):
                append(f'<c r="{letter}{r}"><v>{value}</v></c>')
                continue
            append(f'<c r="{letter}{r}" s="3" t="inlineStr">{_text_xml(str(value))}</c>')
        append("</row>")
        if count % 2000 == 0:
            fh.write("".join(parts).encode())
            parts.clear()
            if tick is not None:
                tick(count)
    fh.write("".join(parts).encode())
    return count
