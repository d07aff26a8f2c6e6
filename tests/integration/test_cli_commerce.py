"""`shequn products`, `shequn purchases` and `shequn purchases-import` (a 快团团-style sheet)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _shop(db: Path) -> dict[str, Any]:
    """Two products and three members: one with a 微信号, one with a phone, two 糖糖s."""
    from app.bootstrap import open_context
    from app.commerce.domain import ProductSpec
    from app.commerce.product_ops import CreateProduct
    from app.members.create_ops import CreateMember

    ctx = open_context(str(db))
    try:
        run = ctx.run
        acid = run(
            CreateProduct(
                ProductSpec(
                    "果酸焕肤水", 168.0, "酸类焕肤", ("焕肤水",), ("果酸",), (), ("敏感性",)
                )
            )
        ).value
        serum = run(
            CreateProduct(ProductSpec("修护精华液", 299.0, "精华", ("精华", "小棕瓶")))
        ).value
        mei = run(CreateMember({"nickname": "小美", "wechat": "xiaomei88", "skin_type": "敏感性"}))
        peach = run(CreateMember({"nickname": "桃子", "phone": "13800138000", "skin_type": "油性"}))
        t1 = run(CreateMember({"nickname": "糖糖"})).value
        t2 = run(CreateMember({"nickname": "糖糖"})).value
        return {
            "acid": acid,
            "serum": serum,
            "mei": mei.value,
            "peach": peach.value,
            "tangs": (t1, t2),
        }
    finally:
        ctx.close()


def _sheet(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订单"
    ws.append(["快团团 · 双12 团购订单导出"])
    ws.append([])
    ws.append(["订单号", "下单人", "微信号", "手机号", "商品", "数量", "金额", "下单时间"])
    ws.append(
        ["A1", "小美🐰", "xiaomei88", None, "焕肤水", 1, 168, dt.datetime(2026, 11, 3, 20, 15)]
    )
    ws.append(["A2", "桃桃", None, "+86 138 0013 8000", "小棕瓶", 2, "¥538.00", "2026/11/04 09:01"])
    ws.append(["A3", "糖糖", None, None, "精华", 1, 299, "2026-11-05"])
    ws.append(["A4", "无名氏", None, None, "精华", 1, 299, "2026-11-05"])
    ws.append(["A5", "桃子", None, None, "面膜", 1, 99, "2026-11-05"])
    ws.append(["", "合计", None, None, None, 6, 1403, None])
    wb.save(path)
    return path


def test_purchases_import_matches_by_wechat_phone_and_refuses_the_unsure(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = _shop(db_path)
    sheet = _sheet(tmp_path / "团购订单.xlsx")
    db = ["--db", str(db_path)]
    assert main(["purchases-import", str(sheet), "--dry-run", "--json", *db]) == 0
    rows = {r["row"]: r for r in _lines(capsys)}
    assert sorted(rows) == [4, 5, 6, 7, 8]  # title, blank, header and totals rows skipped
    assert (rows[4]["member_id"], rows[4]["matched_by"], rows[4]["product_id"]) == (
        shop["mei"],
        "wechat",
        shop["acid"],
    )
    assert (rows[5]["member_id"], rows[5]["matched_by"], rows[5]["unit_price"]) == (
        shop["peach"],
        "phone",
        269.0,
    )
    assert rows[6]["decision"] == "ambiguous" and rows[6]["candidates"] == list(shop["tangs"])
    assert rows[7]["decision"] == "unmatched"
    assert rows[8]["decision"] == "problem" and "面膜" in rows[8]["problem"]
    assert main(["purchases", "--json", *db]) == 0
    assert _lines(capsys) == []  # the dry run wrote nothing

    assert main(["purchases-import", str(sheet), *db]) == 0
    out = capsys.readouterr().out
    assert "已记录 2 笔购买" in out and "敏感性肌肤，果酸类慎用" in out
    assert "第 6 行未导入" in out and "第 8 行未导入" in out
    assert main(["purchases", "--json", "--member", str(shop["peach"]), *db]) == 0
    (peach,) = _lines(capsys)
    assert (
        peach["product"],
        peach["quantity"],
        peach["amount"],
        peach["date"],
        peach["source"],
    ) == (
        "修护精华液",
        2,
        538.0,
        "2026-11-04",
        "sheet",
    )
    assert main(["undo", *db]) == 0
    capsys.readouterr()
    assert main(["purchases", "--json", *db]) == 0
    assert _lines(capsys) == []


def test_products_and_purchases_lists(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    assert main(["demo", "--members", "120", *db]) == 0
    capsys.readouterr()
    assert main(["products", "--json", *db]) == 0
    products = _lines(capsys)
    acid = next(p for p in products if p["name"] == "果酸焕肤水")
    assert "果酸" in acid["actives"] and "敏感性" in acid["unsuitable"]
    assert any(not p["active"] for p in products)
    assert main(["products", *db]) == 0
    assert "[已下架]" in capsys.readouterr().out
    today = dt.date.today()
    since = (today - dt.timedelta(days=60)).isoformat()
    assert main(["purchases", "--json", "--from", since, "--to", today.isoformat(), *db]) == 0
    rows = _lines(capsys)
    assert rows and all(since <= r["date"] <= today.isoformat() for r in rows)
    assert main(["purchases", "--json", *db]) == 0
    everything = _lines(capsys)
    assert len(everything) > len(rows)
    assert any(r["unsuitable"] and r["refunded_on"] for r in everything)
    member = everything[0]["member_id"]
    assert main(["purchases", "--json", "--member", str(member), *db]) == 0
    assert {r["member_id"] for r in _lines(capsys)} == {member}


def test_purchases_refusals(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert main(["purchases", "--member", "999", *db]) == 2
    assert "999" in capsys.readouterr().err
    assert main(["purchases", "--from", "2026-12-01", "--to", "2026-11-01", *db]) == 2
    assert "--from" in capsys.readouterr().err
    bad = tmp_path / "名单.csv"
    bad.write_text("昵称,手机\n小美,13800138000\n", encoding="utf-8")
    assert main(["purchases-import", str(bad), *db]) == 2
    assert "下单人" in capsys.readouterr().err
