"""Import, merge, undo and export on PostgreSQL, when a server is given in SHEQUN_TEST_PG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import count, import_file, member_by, tag_labels, write_xlsx

pytestmark = pytest.mark.postgres


def test_import_merge_undo_and_export_on_postgres(pg_ctx: Any, tmp_path: Path) -> None:
    ctx = pg_ctx
    ctx.members.create({"nickname": "老会员", "wechat": "wx_old"}, ["美白"])
    rows = [
        ["昵称", "微信号", "手机", "入群时间", "标签", "积分", "来源"],
        ["新人", "wx_new", 13800138000, "2024-01-05", "兴趣:抗老、美白", 3, "小红书"],
        ["老会员", "wx_old", "139-0013-9000", "", "高意向", 5, ""],
    ]
    path = write_xlsx(tmp_path / "pg.xlsx", {"S": rows})
    _, result = import_file(
        ctx,
        path,
        mapping=("nickname", "wechat", "phone", "joined", "tags", "points", "custom:来源"),
    )
    assert (result.created, result.merged) == (1, 1)
    new = member_by(ctx, wechat="wx_new")
    assert new.custom == {"来源": "小红书"} and tag_labels(new) == {"兴趣:抗老", "美白"}
    assert member_by(ctx, wechat="wx_old").phone == "13900139000"
    later, _ = ctx.members.create({"nickname": "之后新建"})  # the id sequence moved past the import
    assert later > new.id
    ctx.exports.export(tmp_path / "pg_out.xlsx")
    ctx.imports.undo(result.batch_id)
    assert count(ctx) == 2 and member_by(ctx, wechat="wx_old").phone is None
    assert tag_labels(member_by(ctx, wechat="wx_old")) == {"美白"}
