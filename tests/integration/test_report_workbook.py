"""The boss workbook read back with openpyxl, and `shequn report` from the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.reports.summary import change_text
from db.models_audit import OperationRecord
from tests.unit import report_fixture as fx


def _write(ctx: Any, path: Path, unmask: bool = False) -> Any:
    fx.build(ctx.session_factory)
    return ctx.reports.write(path, fx.PERIOD, unmask_phones=unmask, now=fx.NOW).data


def test_workbook_values_charts_and_masked_phones(ctx: Any, tmp_path: Path) -> None:
    path = tmp_path / "周报.xlsx"
    data = _write(ctx, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "概览"
    assert {"趋势", "肤质与标签", "内容计划", "留存", "新成员", "僵尸成员", "活动", "投诉"} <= set(
        wb.sheetnames
    )
    ws = wb["概览"]
    rows = {r[0]: r[1:4] for r in ws.iter_rows(values_only=True) if r and r[0]}
    for kpi in data.kpis:
        value, previous, change = rows[kpi.label]
        assert value == (pytest.approx(kpi.value) if kpi.value is not None else None)
        assert previous == (pytest.approx(kpi.previous) if kpi.previous is not None else None)
        assert change == change_text(kpi)
    text = " ".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c)
    assert "新增 2 人" in text and "购买与复购数据尚未记录" in text
    assert ws.freeze_panes == "A2"
    # Native charts: chart parts in the package, drawn on the 概览 sheet.
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        kinds = " ".join(z.read(n).decode() for n in charts)
    assert len(charts) == 4
    for tag in ("<c:lineChart>", "<c:barChart>", "<c:pieChart>"):
        assert tag in kinds
    new = wb["新成员"]
    phones = [r[3] for r in new.iter_rows(min_row=2, values_only=True)]
    assert "139****2222" in phones and "13911112222" not in phones
    assert new.freeze_panes == "A2" and new.auto_filter.ref
    assert [r[0] for r in new.iter_rows(min_row=2, values_only=True)] == [
        m.id for m in data.new_members
    ]
    retention = wb["留存"]
    assert retention.conditional_formatting  # the cohort heat map


def test_unmasked_phones_and_audit(ctx: Any, tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    _write(ctx, path, unmask=True)
    phones = [
        r[3] for r in openpyxl.load_workbook(path)["新成员"].iter_rows(min_row=2, values_only=True)
    ]
    assert "13911112222" in phones
    with ctx.session_factory() as s:
        labels = s.scalars(
            select(OperationRecord.label).where(OperationRecord.kind == "event")
        ).all()
    assert any("r.xlsx" in label and "未打码" in label for label in labels)


def test_cli_report_json(ctx: Any, db_path: Path, tmp_path: Path, capsys: Any) -> None:
    fx.build(ctx.session_factory)
    out = tmp_path / "cli.xlsx"
    code = main(
        [
            "--db",
            str(db_path),
            "report",
            str(out),
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-29",
            "--json",
        ]
    )
    assert code == 0 and out.exists()
    figures = json.loads(capsys.readouterr().out)
    assert figures["period"] == {"from": "2026-11-23", "to": "2026-11-29"}
    assert figures["previous_period"] == {"from": "2026-11-16", "to": "2026-11-22"}
    assert (figures["members_total"], figures["members_new"], figures["members_left"]) == (5, 2, 1)
    assert (figures["posts_planned"], figures["posts_published"], figures["posts_late"]) == (
        3,
        2,
        1,
    )
    assert figures["complaints_open"] == 3 and figures["left_out"] == ["purchases"]
    masked = [
        r[3] for r in openpyxl.load_workbook(out)["新成员"].iter_rows(min_row=2, values_only=True)
    ]
    assert "139****2222" in masked


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2026-11-29", "--to", "2026-11-23"], "空的"),
        (["--from", "2999-01-01"], "还没有开始"),
    ],
)
def test_cli_refuses_bad_periods(
    ctx: Any, db_path: Path, tmp_path: Path, capsys: Any, args: list[str], words: str
) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["--db", str(db_path), "report", str(out), *args]) == 2
    assert words in capsys.readouterr().err and not out.exists()


def test_cli_refuses_missing_folder(ctx: Any, db_path: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "nope" / "x.xlsx"
    assert main(["--db", str(db_path), "report", str(out)]) == 2
    assert "不存在" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_workbook(ctx: Any, tmp_path: Path) -> None:
    path = tmp_path / "lo.xlsx"
    _write(ctx, path)
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "lo.pdf"
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000
