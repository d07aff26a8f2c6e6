"""Hostile files: each is imported or refused with one sentence; nothing else escapes.

The mutation fuzz runs FUZZ_COUNT mutants in the normal run; the slow battery sets
`SHEQUN_FUZZ_COUNT` (e.g. `SHEQUN_FUZZ_COUNT=5000 pytest tests/integration/test_import_hostile.py`).
"""

from __future__ import annotations

import os
import resource
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hostile_files import mutants, raw_xlsx, shared_string_bomb, sheet, sparse, text
from import_fixture_files import count, import_file, member_by, write_xlsx

from app.errors import FileRefusedError

FUZZ_COUNT = int(os.environ.get("SHEQUN_FUZZ_COUNT", "200"))


def _refused(ctx: Any, path: Path, words: str = "") -> str:
    with pytest.raises(FileRefusedError) as info:
        ctx.imports.plan(path)
    message = str(info.value)
    assert "\n" not in message and message.endswith("。") and path.name in message
    assert words in message, message
    return message


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_one_long_shared_string_used_thousands_of_times_is_refused_early(
    ctx: Any, tmp_path: Path
) -> None:
    before = _peak_mb()
    path = shared_string_bomb(tmp_path / "sst-bomb.xlsx", 1_000_000, 5000)
    assert path.stat().st_size < 1_000_000
    _refused(ctx, path, "32,767")
    assert _peak_mb() - before < 300


def test_shared_string_under_the_cell_limit_but_repeated_past_the_budget(
    ctx: Any, tmp_path: Path
) -> None:
    path = shared_string_bomb(tmp_path / "sst-many.xlsx", 30_000, 8000)
    before = _peak_mb()
    _refused(ctx, path, "展开后文字超过")
    assert _peak_mb() - before < 300


def test_a_few_long_shared_strings_are_imported(ctx: Any, tmp_path: Path) -> None:
    path = shared_string_bomb(tmp_path / "sst-ok.xlsx", 20_000, 6)
    plan, result = import_file(ctx, path)
    assert result.created == 6 and len(member_by(ctx, nickname="m2").note) == 20_000


@pytest.mark.parametrize(("far", "rows"), [("XFD", 400), ("Z", 300_000), ("AMJ", 50_000)])
def test_sparse_far_away_cell_is_refused_before_the_grid_is_built(
    ctx: Any, tmp_path: Path, far: str, rows: int
) -> None:
    before = _peak_mb()
    _refused(ctx, sparse(tmp_path / f"sparse-{far}.xlsx", far, rows), "散布")
    assert _peak_mb() - before < 300


def test_a_modestly_sparse_sheet_is_imported(ctx: Any, tmp_path: Path) -> None:
    plan, result = import_file(ctx, sparse(tmp_path / "sparse-ok.xlsx", "AZ", 2000))
    assert result.created == 1 and member_by(ctx, wechat="wx1").nickname == "小美"


def test_a_megabyte_inline_cell_is_refused(ctx: Any, tmp_path: Path) -> None:
    cells = [("A", 1, text("昵称")), ("A", 2, text("长" * 1_000_000))]
    _refused(ctx, raw_xlsx(tmp_path / "big-cell.xlsx", sheet(cells)), "32,767")


def test_a_damaged_deflate_stream_is_refused(ctx: Any, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "good.xlsx", {"S": [["昵称", "微信号"]] + [["小美", "wx"]] * 50})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 5, start + info.compress_size - 5, 7):
        data[i] ^= 0x5A
    bad = tmp_path / "deflate.xlsx"
    bad.write_bytes(bytes(data))
    _refused(ctx, bad, "损坏")


def test_column_letters_stay_right_when_the_first_columns_are_empty(
    ctx: Any, tmp_path: Path
) -> None:
    rows = [["", "", "昵称", "微信号", "性别"], ["", "", "小美", "wx1", "外星"]]
    plan, result = import_file(ctx, write_xlsx(tmp_path / "offset.xlsx", {"S": rows}))
    assert result.created == 1
    [problem] = plan.problems
    assert problem.column == "性别（E列）"


def _seeds(tmp_path: Path) -> list[Path]:
    import pandas as pd

    rows = [["昵称", "微信号", "手机号", "等级", "入群时间", "标签"]]
    rows += [
        [f"成员{i}", f"wx{i}", 13800138000 + i, f"LV{i}", "2024/1/5", "美白、抗老"]
        for i in range(30)
    ]
    xlsx = write_xlsx(tmp_path / "seed.xlsx", {"名单": rows})
    csv = tmp_path / "seed.csv"
    csv.write_text("\n".join(",".join(str(c) for c in r) for r in rows), encoding="utf-8")
    ods = tmp_path / "seed.ods"
    pd.DataFrame(rows[1:], columns=rows[0]).to_excel(ods, engine="odf", index=False)
    return [xlsx, csv, ods]


def test_mutated_files_are_imported_or_refused_never_crash(ctx: Any, tmp_path: Path) -> None:
    out = tmp_path / "mutants"
    out.mkdir()
    seeds = _seeds(tmp_path)
    before = count(ctx)
    outcomes = {"planned": 0, "refused": 0}
    started = time.monotonic()
    for path in mutants(seeds, FUZZ_COUNT, out):
        try:
            ctx.imports.plan(path)
        except FileRefusedError as exc:
            message = str(exc)
            assert "\n" not in message and message.endswith("。"), (path.name, message)
            outcomes["refused"] += 1
        else:
            outcomes["planned"] += 1
        path.unlink()
    assert outcomes["planned"] and outcomes["refused"], outcomes
    assert count(ctx) == before
    assert FUZZ_COUNT > 200 or time.monotonic() - started < 60


def _ods_with(tmp_path: Path, name: str, rows: int, columns: int) -> Path:
    import pandas as pd

    seed = tmp_path / "seed-plain.ods"
    pd.DataFrame([["小美", "wx1"]], columns=["昵称", "微信号"]).to_excel(
        seed, engine="odf", index=False
    )
    with zipfile.ZipFile(seed) as zin:
        parts = [(i, zin.read(i)) for i in zin.infolist()]
    old = (
        '<table:table-row><table:table-cell office:value-type="string" office:string-value="小美">'
    )
    new = (
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}" '
        'office:value-type="string" office:string-value="小美">'
    )
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts:
            if info.filename == "content.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            zout.writestr(info, data)
    return path


def test_ods_repeated_rows_and_cells_past_the_grid_are_refused(ctx: Any, tmp_path: Path) -> None:
    before = _peak_mb()
    _refused(ctx, _ods_with(tmp_path, "repeat-bomb.ods", 1_000_000, 16_384), "重复的行列")
    assert _peak_mb() - before < 300


def test_ods_with_a_few_repeated_cells_is_imported(ctx: Any, tmp_path: Path) -> None:
    plan, _ = import_file(ctx, _ods_with(tmp_path, "repeat-ok.ods", 3, 1))
    assert plan.file_duplicates == 2 and len(plan.members) == 1


@pytest.mark.parametrize("case", ["sst", "sparse", "ods"])
def test_cli_refuses_hostile_files_with_exit_2_and_one_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    make = {
        "sst": lambda: shared_string_bomb(tmp_path / "b.xlsx", 1_000_000, 5000),
        "sparse": lambda: sparse(tmp_path / "s.xlsx", "XFD", 400),
        "ods": lambda: _ods_with(tmp_path, "r.ods", 1_000_000, 16_384),
    }
    path = make[case]()
    assert main(["--db", str(tmp_path / "cli.sqlite3"), "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and path.name in err
