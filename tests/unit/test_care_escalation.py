"""Warnings escalate by the policy; a confirmed removal ends memberships and forfeits deposits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from app.community.care_ops import SetCareSetting
from app.community.care_settings import EXPIRY_KEY, POLICY_KEY
from app.community.complaint_ops import LogComplaint, ResolveComplaint, RespondComplaint
from app.community.deposit_ops import HoldDeposit, RefundDeposit
from app.community.warning_ops import IssueWarning, RemovalNeedsConfirmation, RevokeWarning
from app.errors import NotFoundError, ValidationError
from app.members.domain import MemberFilter
from db.models import GroupMembership
from db.models_care import MemberWarning


def _fresh(ctx: Any) -> int:
    """An active member without warnings or deposits who is in at least one group."""
    warned = {w.member_id for w in ctx.care.warnings()}
    deposited = {d.member_id for d in ctx.care.deposits()}
    for row in ctx.query.first_rows(MemberFilter(statuses=("active",)), 300):
        if row.id not in warned | deposited and row.groups:
            return int(row.id)
    raise AssertionError("no fresh member in the demo")


def _open_memberships(ctx: Any, member: int) -> int:
    with ctx.session_factory() as s:
        return int(
            s.execute(
                select(func.count()).where(
                    GroupMembership.member_id == member, GroupMembership.left.is_(None)
                )
            ).scalar_one()
        )


def _warning_count(ctx: Any) -> int:
    with ctx.session_factory() as s:
        return int(s.execute(select(func.count()).select_from(MemberWarning)).scalar_one())


def test_first_warning_is_a_warning_second_proposes_removal(demo_ctx: Any) -> None:
    ctx = demo_ctx
    member = _fresh(ctx)
    assert ctx.care.proposal(member).step == "warning"
    first = ctx.run(IssueWarning(member, "刷屏", "刷了 30 条"), "test")
    assert first.value.count == 1 and ctx.members.get(member).status == "active"
    proposal = ctx.care.proposal(member)
    assert (proposal.count, proposal.step) == (2, "removal")
    before = _warning_count(ctx)
    with pytest.raises(RemovalNeedsConfirmation) as refused:
        ctx.run(IssueWarning(member, "广告"), "test")
    assert refused.value.proposal.step == "removal"
    assert "第 2 次警告" in str(refused.value)
    assert _warning_count(ctx) == before  # nothing written
    assert ctx.members.get(member).status == "active"


def test_confirmed_removal_ends_memberships_forfeits_deposit_and_undo_restores(
    demo_ctx: Any,
) -> None:
    ctx = demo_ctx
    member = _fresh(ctx)
    groups = _open_memberships(ctx, member)
    assert groups >= 1
    ctx.run(IssueWarning(member, "刷屏"), "test")
    ctx.run(HoldDeposit(member, 99.0, dt.date.today() - dt.timedelta(days=3)), "test")
    totals = ctx.care.deposit_totals()
    done = ctx.run(IssueWarning(member, "广告", confirm_removal=True), "test")
    assert done.value.step == "removal"
    assert ctx.members.get(member).status == "left"
    assert _open_memberships(ctx, member) == 0
    [deposit] = ctx.care.deposits(member_id=member)
    assert deposit.status == "forfeited" and deposit.closed_on == dt.date.today()
    after = ctx.care.deposit_totals()
    assert after.forfeited == pytest.approx(totals.forfeited + 99)
    assert after.held == pytest.approx(totals.held - 99)
    audit = ctx.audit.history("member", member, None, 50)
    assert any(a.action == "warnings.issue" for a in audit)

    ctx.ops.undo(done.op_id, "test")
    assert ctx.members.get(member).status == "active"
    assert _open_memberships(ctx, member) == groups
    assert ctx.care.deposits(member_id=member)[0].status == "held"
    assert len(ctx.care.warnings(member_id=member)) == 1


def test_a_removed_member_cannot_be_warned(demo_ctx: Any) -> None:
    ctx = demo_ctx
    member = _fresh(ctx)
    ctx.run(IssueWarning(member, "刷屏"), "test")
    ctx.run(IssueWarning(member, "广告", confirm_removal=True), "test")
    before = _warning_count(ctx)
    with pytest.raises(ValidationError, match="已经移出"):
        ctx.run(IssueWarning(member, "引战", confirm_removal=True), "test")
    assert _warning_count(ctx) == before
    with pytest.raises(NotFoundError, match="没有编号为 999999 的成员"):
        ctx.run(IssueWarning(999999, "广告"), "test")
    with pytest.raises(ValidationError, match="不在原因列表"):
        ctx.run(IssueWarning(_fresh(ctx), "吃瓜"), "test")


def test_revoked_and_expired_warnings_do_not_count(demo_ctx: Any) -> None:
    ctx = demo_ctx
    member = _fresh(ctx)
    first = ctx.run(IssueWarning(member, "刷屏"), "test")
    warning_id = ctx.care.warnings(member_id=member)[0].id
    ctx.run(RevokeWarning(warning_id), "test")
    assert ctx.care.proposal(member).step == "warning"
    with pytest.raises(ValidationError, match="已经撤回"):
        ctx.run(RevokeWarning(warning_id), "test")
    assert first.value.count == 1
    ctx.run(SetCareSetting(EXPIRY_KEY, 30), "test")
    old = dt.datetime.now() - dt.timedelta(days=40)
    ctx.run(IssueWarning(member, "广告", at=old), "test")
    assert ctx.care.proposal(member).count == 1  # the 40-day-old warning expired after 30
    ctx.run(SetCareSetting(POLICY_KEY, ("warning", "warning", "removal")), "test")
    ctx.run(IssueWarning(member, "广告"), "test")
    assert ctx.care.proposal(member).step == "warning"  # 2nd of a three-step policy
    with pytest.raises(ValidationError):
        ctx.run(SetCareSetting(POLICY_KEY, ("warning", "ban")), "test")


def test_a_deposit_is_refunded_once(demo_ctx: Any) -> None:
    ctx = demo_ctx
    member = _fresh(ctx)
    deposit = ctx.run(HoldDeposit(member, 50.0), "test").value
    ctx.run(RefundDeposit(deposit), "test")
    with pytest.raises(ValidationError, match="已经.*退还.*不能再退还"):
        ctx.run(RefundDeposit(deposit), "test")
    with pytest.raises(ValidationError, match="金额"):
        ctx.run(HoldDeposit(member, -5.0), "test")


def test_complaint_times_and_open_list_by_waiting(demo_ctx: Any) -> None:
    ctx = demo_ctx
    received = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=30)
    cid = ctx.run(LogComplaint("漏发", None, "私聊", "物流", received), "test").value
    opened = ctx.complaints.complaints(open_only=True)
    assert opened[0].id == cid  # the longest waiting first
    waits = [c.received_at for c in opened]
    assert waits == sorted(waits)
    ctx.run(RespondComplaint(cid, received + dt.timedelta(minutes=45)), "test")
    ctx.run(ResolveComplaint(cid, received + dt.timedelta(hours=26)), "test")
    row = next(c for c in ctx.complaints.complaints() if c.id == cid)
    assert (row.response_minutes(), row.resolution_hours()) == (45, 26.0)
    assert cid not in {c.id for c in ctx.complaints.complaints(open_only=True)}
    with pytest.raises(ValidationError, match="已经解决"):
        ctx.run(ResolveComplaint(cid), "test")
    with pytest.raises(ValidationError, match="不能为空"):
        ctx.run(LogComplaint("  "), "test")
    with pytest.raises(ValidationError, match="不能早于"):
        later = ctx.run(LogComplaint("又一条"), "test").value
        ctx.run(RespondComplaint(later, received), "test")


def test_a_nameless_member_is_named_by_the_reader(demo_ctx: Any) -> None:
    """The core hands over her plain name ("" when she has none) and id: its own Chinese
    sentences say 「未命名」（#12）, the window words it in the language it shows."""
    from sqlalchemy import update

    from db.models import Member

    ctx = demo_ctx
    member = _fresh(ctx)
    with ctx.session_factory() as s:
        s.execute(update(Member).where(Member.id == member).values(nickname="", name=""))
        s.commit()
    ctx.run(IssueWarning(member, "刷屏"), "test")
    proposal = ctx.care.proposal(member)
    assert (proposal.name, proposal.member_id) == ("", member)
    assert proposal.member == f"「未命名」（#{member}）"
    assert proposal.question().startswith(f"这是「未命名」（#{member}）的第 2 次警告")
    (row,) = ctx.care.warnings(member_id=member)
    assert (row.member, row.member_id) == ("", member)
