"""The 产品 page: products, recording with the unsuitable warning, refund and undo; the detail
panel's purchases section; the members page's 购买 filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app.commerce.domain import ProductSpec, PurchaseFilter, PurchaseLine
from app.members.domain import MemberFilter


@pytest.fixture
def products_page(env: Any, qtbot: Any, settle: Any) -> Iterator[Any]:
    from ui.commerce.products_page import ProductsPage

    page = ProductsPage(env)
    page.resize(1300, 850)
    page.show()
    with qtbot.waitSignal(page.loaded_signal, timeout=10_000):
        page.activate()
    settle()
    yield page
    settle()
    page.close()
    page.deleteLater()


def _sensitive(ctx: Any) -> int:
    return int(ctx.query.ids(MemberFilter(skin_types=("敏感性",)))[0])


def test_products_table_and_models(products_page: Any, env: Any, qtmodeltester: Any) -> None:
    page = products_page
    names = [page.model.row_at(i).name for i in range(page.model.rowCount())]
    assert "果酸焕肤水" in names and len(names) == len(env.ctx.products.products())
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.purchases.model)
    page.search.setText("小棕瓶")
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == ["修护精华液"]


def test_recording_an_unsuitable_purchase_warns_then_refund_and_undo(
    products_page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    page, ctx = products_page, env.ctx
    member, acid = _sensitive(ctx), ctx.products.resolve("焕肤水")
    acid_row = next(i for i, r in enumerate(page.model.rows) if r.id == acid)
    page.view.selectRow(acid_row)
    settle()
    assert page.purchases.product_id == acid
    before = len(ctx.purchases.purchases(PurchaseFilter(product_id=acid)))
    qtbot.waitUntil(lambda: page.purchases.model.rowCount() == before)

    page.purchases.record((PurchaseLine(member, acid, 1),))
    settle()
    qtbot.waitUntil(lambda: page.purchases.model.rowCount() == before + 1)
    assert page.purchases.banner.isVisible()
    assert "敏感性肌肤，果酸类慎用" in page.purchases.banner.text()
    assert any("敏感性肌肤，果酸类慎用" in m for m in env.messages)
    top = page.purchases.model.row_at(0)
    assert top.member_id == member and top.warning == "敏感性肌肤，果酸类慎用"

    page.purchases.view.selectRow(0)
    page.purchases.ask_refund = lambda row: (dt.date.today(), row.warning)
    page.purchases.refund_button.click()
    settle()
    qtbot.waitUntil(lambda: page.purchases.model.row_at(0).refunded_on is not None)
    assert page.purchases.model.row_at(0).refund_reason == "敏感性肌肤，果酸类慎用"
    page.purchases.view.selectRow(0)
    page.purchases.refund_button.click()  # already refunded: said so, nothing pushed
    assert "退款过了" in env.messages[-1]

    stack = env.stack_for("products")
    stack.undo()  # the refund
    settle()
    qtbot.waitUntil(lambda: page.purchases.model.row_at(0).refunded_on is None)
    stack.undo()  # the purchase
    settle()
    qtbot.waitUntil(lambda: page.purchases.model.rowCount() == before)
    assert env.errors == []


def test_create_retire_and_delete_a_product(
    products_page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    from app.commerce.product_ops import CreateProduct

    page, ctx = products_page, env.ctx
    count = page.model.rowCount()
    env.ops.push(page.stack, CreateProduct(ProductSpec("杏仁酸精华", 239.0, actives=("杏仁酸",))))
    settle()
    qtbot.waitUntil(lambda: page.model.rowCount() == count + 1)
    row = next(i for i, r in enumerate(page.model.rows) if r.name == "杏仁酸精华")
    page.view.selectRow(row)
    page.retire_button.click()
    settle()
    qtbot.waitUntil(lambda: not next(r for r in page.model.rows if r.name == "杏仁酸精华").active)
    row = next(i for i, r in enumerate(page.model.rows) if r.name == "杏仁酸精华")
    page.view.selectRow(row)
    assert page.retire_button.text() == "重新上架"
    page.delete_button.click()
    settle()
    qtbot.waitUntil(lambda: page.model.rowCount() == count)
    assert ctx.products.resolve("杏仁酸精华") is None
    env.stack_for("products").undo()
    settle()
    qtbot.waitUntil(lambda: page.model.rowCount() == count + 1)
    # A product with purchases is refused with its sentence, the table unchanged.
    sold = next(i for i, r in enumerate(page.model.rows) if r.purchases)
    page.view.selectRow(sold)
    page.delete_button.click()
    settle()
    qtbot.waitUntil(lambda: bool(env.errors))
    assert "下架" in str(env.errors[-1])
    env.errors.clear()


def test_rates_tab_shows_every_grouping(products_page: Any, env: Any, qtbot: Any) -> None:
    rates = products_page.rates
    products_page.tabs.setCurrentWidget(rates)
    for i in reversed(range(rates.by.count())):
        with qtbot.waitSignal(rates.loaded, timeout=10_000):
            rates.by.setCurrentIndex(i)
        assert rates.model.rowCount() > 0
    assert "复购率" in rates.overall.text()


def test_detail_panel_flags_unsuitable_and_refunds(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    from app.commerce.purchase_ops import RecordPurchases

    ctx = env.ctx
    member, acid = _sensitive(ctx), ctx.products.resolve("焕肤水")
    ctx.run(RecordPurchases((PurchaseLine(member, acid, 1),)), "test")
    box = page.detail.purchases
    box.bind(env, page.key)
    with qtbot.waitSignal(box.loaded, timeout=10_000):
        page.select_ids([member])  # the detail panel shows her, with her purchases
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member)
    qtbot.waitUntil(lambda: box.member_id == member and box.isVisible())
    assert "敏感性肌肤，果酸类慎用" in box.warning.text()
    assert box.selected() is not None and box.selected().warning
    box.refund_button.click()
    settle()
    qtbot.waitUntil(
        lambda: (
            not ctx.purchases.purchases(
                PurchaseFilter(member_id=member, refunded=False, unsuitable_only=True)
            )
        )
    )
    qtbot.waitUntil(lambda: not box.warning.isVisible())
    env.stack_for(page.key).undo()
    settle()
    qtbot.waitUntil(lambda: box.warning.isVisible())


def test_members_purchase_filter(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    bar = page.filter_bar
    bar.set_purchase_choices(env.ctx.products.categories())
    index = bar.bought.findData("cat:果酸")
    assert index > 0
    bar.bought.setCurrentIndex(index)
    f = bar.member_filter()
    assert f.bought_categories == ("果酸",)
    bar.bought.setCurrentIndex(bar.bought.findData("never"))
    assert bar.member_filter().never_bought
    bar.apply_filter(MemberFilter(bought_min=2))
    assert bar.bought.currentData() == "min:2"
    settle()


def test_import_a_group_buy_sheet_previews_then_records(
    products_page: Any, env: Any, qtbot: Any, settle: Any, tmp_path: Any
) -> None:
    import openpyxl

    ctx = env.ctx
    member = ctx.members.get(_sensitive(ctx))
    path = tmp_path / "快团团订单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["下单人", "微信号", "商品", "数量", "金额", "下单时间"])
    ws.append(["随便写的昵称", member.wechat, "焕肤水", 1, 168, "2026-11-20 21:03"])
    ws.append(["无名氏", None, "小棕瓶", 1, 299, "2026-11-20 21:05"])
    wb.save(path)
    shown: list[Any] = []
    view = products_page.purchases
    view.ask_sheet = lambda: path
    view.confirm_sheet = lambda plan: shown.append(plan) or True
    before = len(ctx.purchases.member_purchases(member.id))
    view.sheet_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    settle()
    plan = shown[0]
    assert [e.decision for e in plan.entries] == ["matched", "unmatched"]
    qtbot.waitUntil(lambda: len(ctx.purchases.member_purchases(member.id)) == before + 1)
    bought = ctx.purchases.member_purchases(member.id)
    assert any(r.source == "sheet" and r.warning for r in bought)
    qtbot.waitUntil(view.banner.isVisible)
    assert "敏感性肌肤，果酸类慎用" in view.banner.text()

    from ui.commerce.order_sheet_dialog import OrderSheetDialog

    dialog = OrderSheetDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.record_button.isEnabled()
    assert "1 笔" in dialog.record_button.text()
