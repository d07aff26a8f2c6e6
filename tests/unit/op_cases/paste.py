"""Operation cases of the paste step: a 接龙 whose unmatched lines become new members."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.paste.service import plan_operation
from tests.unit.op_cases import case


@case("paste.record")
def record_paste_with_new_members(ctx: Any) -> Any:
    """Orders from two members nobody has yet (two lines of one of them) and one known member;
    the inverse takes the purchases back and deletes the two new members."""
    from app.members.domain import MemberFilter

    known = next(m for m in ctx.query.rows(ctx.query.ids(MemberFilter())[:20]) if m.nickname)
    text = (
        "#接龙 精华团购\n"
        "1. 从没见过的小芸 精华×1\n"
        f"2. {known.nickname} +1\n"
        "3. 陌生人阿紫 两盒\n"
        "4. 从没见过的小芸 +1\n"
    )
    preview = ctx.paste.preview(
        text, "orders", day=dt.date.today(), create_unmatched=True, choices={3: (known.id, "x")}
    )
    assert preview.new_members() == ("从没见过的小芸", "陌生人阿紫")
    return plan_operation(preview)
