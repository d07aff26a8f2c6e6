"""Operation cases of warnings, deposits and complaints (over the demo's care data)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.community.care_ops import SetCareSetting
from app.community.care_settings import REASONS_KEY
from app.community.complaint_ops import (
    EditComplaint,
    LogComplaint,
    ReopenComplaint,
    ResolveComplaint,
    RespondComplaint,
)
from app.community.deposit_ops import ForfeitDeposit, HoldDeposit, RefundDeposit
from app.community.warning_ops import IssueWarning, RevokeWarning
from tests.unit.op_cases import case


def _once_warned(ctx: Any) -> int:
    """A member with exactly one warning in force who is still in the community."""
    now = dt.datetime.now()
    counts: dict[int, int] = {}
    for w in ctx.care.warnings():
        if w.in_force(now):
            counts[w.member_id] = counts.get(w.member_id, 0) + 1
    return next(
        m for m, n in sorted(counts.items()) if n == 1 and ctx.members.get(m).status != "left"
    )


def _held(ctx: Any) -> int:
    return ctx.care.deposits(status="held")[0].id


@case("warnings.issue")
def issue_warning_with_removal(ctx: Any) -> Any:
    # The second warning: she is removed, her memberships end and her new deposit is forfeited.
    member = _once_warned(ctx)
    ctx.run(HoldDeposit(member, 88.0, dt.date.today() - dt.timedelta(days=5)), "test")
    return IssueWarning(member, "广告", "发了二维码", confirm_removal=True)


@case("warnings.revoke")
def revoke_warning(ctx: Any) -> Any:
    return RevokeWarning(next(w.id for w in ctx.care.warnings() if not w.revoked))


@case("deposits.hold")
def hold_deposit(ctx: Any) -> Any:
    return HoldDeposit(_once_warned(ctx), 99.0, note="打卡营押金")


@case("deposits.refund")
def refund_deposit(ctx: Any) -> Any:
    return RefundDeposit(_held(ctx), note="打卡完成")


@case("deposits.forfeit")
def forfeit_deposit(ctx: Any) -> Any:
    return ForfeitDeposit(_held(ctx), note="中途退营")


def _open(ctx: Any, responded: bool) -> int:
    return next(
        c.id
        for c in ctx.complaints.complaints(open_only=True)
        if (c.first_response_at is not None) == responded
    )


@case("complaints.log")
def log_complaint(ctx: Any) -> Any:
    return LogComplaint("面膜少发了一片", _once_warned(ctx), "私聊", "物流")


@case("complaints.respond")
def respond_complaint(ctx: Any) -> Any:
    return RespondComplaint(_open(ctx, responded=False))


@case("complaints.resolve")
def resolve_complaint(ctx: Any) -> Any:
    return ResolveComplaint(_open(ctx, responded=False))


@case("complaints.reopen")
def reopen_complaint(ctx: Any) -> Any:
    return ReopenComplaint(next(c.id for c in ctx.complaints.complaints() if not c.is_open))


@case("complaints.edit")
def edit_complaint(ctx: Any) -> Any:
    c = ctx.complaints.complaints()[0]
    return EditComplaint(c.text + "（补充：要求换货）", None, "电话", "退款", complaint_id=c.id)


@case("care.set_setting")
def set_reasons(ctx: Any) -> Any:
    return SetCareSetting(REASONS_KEY, ("广告", "刷屏", "拉人"))
