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
    assert "新增 2 人" in text and "还没有购买记录" in text
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
    assert figures["purchase_rate"] is None and figures["revenue"] is None  # none yet, not 0
    assert main(["--db", str(db_path), "report", str(out)]) == 0  # last week, by default
    assert "还没有购买记录" in capsys.readouterr().out
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
    fx.build(ctx.session_factory)
    fx.build_purchases(ctx.session_factory)  # every sheet and all five charts
    ctx.reports.write(path, fx.PERIOD, now=fx.NOW)
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


def test_purchase_sheets_goals_and_repurchase_chart(ctx: Any, tmp_path: Path) -> None:
    """With purchases (report_fixture.build_purchases) and goals: the 概览 rows, the purchase
    sheets and a fifth chart (repurchase bars) that points at the products sheet."""
    from app.settings.setting_ops import SetSetting

    fx.build(ctx.session_factory)
    fx.build_purchases(ctx.session_factory)
    ctx.run(SetSetting("reports.quarter_goals", {"default": {"total": 50, "revenue": 200}}))
    path = tmp_path / "购买.xlsx"
    data = ctx.reports.write(path, fx.PERIOD, now=fx.NOW).data
    wb = openpyxl.load_workbook(path)
    assert {"购买与复购", "购买排行", "不适合的购买"} <= set(wb.sheetnames)
    ws = wb["概览"]
    rows: dict[str, Any] = {}
    for r in ws.iter_rows(values_only=True):  # the KPI table comes before the goals table
        if r and r[0]:
            rows.setdefault(r[0], r[1:6])
    assert rows["购买率"][:2] == (pytest.approx(0.5), pytest.approx(0.2))
    assert rows["销售额"][:2] == (300, 50)
    assert rows["成员总数"][:2] == (5, 4)
    assert rows["销售额"][:3] == (300, 50, change_text(data.kpi("revenue")))
    # Goals table: label, goal, base, target, actual, progress.
    goal_rows = [r for r in ws.iter_rows(values_only=True) if r and r[1] in ("+50%", "+200%")]
    assert [tuple(r[:5]) for r in goal_rows] == [
        ("成员总数", "+50%", 3, 4.5, 5),
        ("销售额", "+200%", 100, 300, 350),
    ]
    text = " ".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c)
    assert "销售额 ¥300.00（已扣除退款" in text and "2026-Q4 目标：成员总数 +50%" in text
    products = [r for r in wb["购买与复购"].iter_rows(min_row=2, values_only=True)]
    assert [r[:5] for r in products] == [("面膜", 4, 200, 2, 1), ("果酸焕肤水", 1, 100, 1, 0)]
    buyers = list(wb["购买排行"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[4], r[6]) for r in buyers] == [(1, 2, 150), (3, 1, 100), (2, 1, 50)]
    assert buyers[0][2] == "138****1234"  # masked
    bad = wb["不适合的购买"]
    lines = list(bad.iter_rows(min_row=2, max_row=3, values_only=True))
    assert {(r[1], r[4], r[7]) for r in lines} == {
        (1, "果酸焕肤水", "干性肌肤，果酸类慎用"),
        (3, "果酸焕肤水", "干性肌肤，果酸类慎用"),
    }
    values = [c for r in bad.iter_rows(values_only=True) for c in r if c is not None]
    assert "本期退款" in values and "不适合" in values
    assert bad.freeze_panes == "A2" and bad.auto_filter.ref
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 5
    assert any("购买与复购!$D$2:$D$3" in c and "购买与复购!$E$2:$E$3" in c for c in charts)


def test_sections_without_data_say_so(ctx: Any, tmp_path: Path) -> None:
    """An empty database: every sheet is there and says what is missing, no purchases
    included."""
    path = tmp_path / "空.xlsx"
    ctx.reports.write(path, fx.PERIOD, now=fx.NOW)
    wb = openpyxl.load_workbook(path)
    for sheet in ("购买与复购", "购买排行", "不适合的购买"):
        assert "还没有购买记录" in str(wb[sheet]["A2"].value)
    assert "这个时间段没有新成员" in str(wb["新成员"]["A2"].value)
    text = " ".join(str(c) for r in wb["概览"].iter_rows(values_only=True) for c in r if c)
    assert "还没有设定季度目标" in text and "还没有购买记录" in text


def test_locked_target_file_is_one_sentence(ctx: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """A file open in Excel (Windows refuses the rename) or a read-only folder: one sentence,
    and no half-written file left behind."""
    import os

    fx.build(ctx.session_factory)
    target = tmp_path / "open.xlsx"
    target.write_bytes(b"the boss's copy")

    def locked(src: Any, dst: Any) -> None:
        raise PermissionError(13, "locked", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="正在 Excel/WPS 中打开"):
        ctx.reports.write(target, fx.PERIOD, now=fx.NOW)
    assert target.read_bytes() == b"the boss's copy"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cli_report_json_with_purchases(
    ctx: Any, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    fx.build(ctx.session_factory)
    fx.build_purchases(ctx.session_factory)
    out = tmp_path / "cli.xlsx"
    args = ["--db", str(db_path), "report", str(out), "--from", "2026-11-23", "--to", "2026-11-29"]
    assert main([*args, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["purchase_rate"] == pytest.approx(0.5)
    assert figures["repurchase_rate"] == pytest.approx(1 / 3)
    assert (figures["revenue"], figures["revenue_previous"]) == (300, 50)
    assert figures["top_products"][0] == {
        "product": "面膜",
        "quantity": 4,
        "revenue": 200,
        "buyers": 2,
        "repeat_buyers": 1,
    }
    assert figures["left_out"] == [] and figures["goals"] == []
    assert main(args) == 0
    assert "还没有购买记录" not in capsys.readouterr().out
