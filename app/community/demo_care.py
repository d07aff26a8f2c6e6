"""The demo community's warnings, deposits (押金) and complaints."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.dates import not_after_now
from db.models import GroupMembership, Member
from db.models_care import Complaint, Deposit, MemberWarning

COMPLAINTS = (
    ("产品质量", "群聊", "收到的精华瓶口漏了，包装也压坏了，拍了照片发在群里。"),
    ("物流", "私聊", "团购的面膜一周了还没发货，问了两次没人回。"),
    ("服务态度", "私聊", "直播间老师怼我，说我问的问题太基础。"),
    ("活动规则", "群聊", "打卡营的大作业要求没说清楚，押金退不了不合理。"),
    ("退款", "电话", "买的防晒不适合敏感肌，想退款。"),
    ("其他", "公众号", "群里广告太多了，希望管理一下。"),
    ("产品质量", "私聊", "用了新的面霜脸上起了小疙瘩。"),
)


def fill_care(s: Session, today: dt.date, seed: int) -> None:
    """A few warnings (one member removed, her deposit forfeited), deposits, complaints."""
    rng = random.Random(seed * 31 + 3)
    active = list(
        s.execute(select(Member.id).where(Member.status == "active").order_by(Member.id)).scalars()
    )
    if len(active) < 12:
        return
    picked = rng.sample(active, 12)
    now = not_after_now(dt.datetime.combine(today, dt.time(9, 0)))
    warned, spammer, removed, revoked = picked[:4]
    deposit_members = picked[4:12]

    amounts = (99, 99, 50, 99, 50, 99, 50, 99)
    for days, (member, amount) in enumerate(zip(deposit_members, amounts, strict=True)):
        held_on = today - dt.timedelta(days=40 + 3 * days)
        refunded = days >= 6
        s.add(
            Deposit(
                member_id=member,
                amount=float(amount),
                status="refunded" if refunded else "held",
                held_on=held_on,
                closed_on=held_on + dt.timedelta(days=21) if refunded else None,
                note="21 天打卡营押金" + ("，打卡完成已退还" if refunded else ""),
            )
        )
    s.add(
        Deposit(
            member_id=removed,
            amount=99.0,
            status="forfeited",
            held_on=today - dt.timedelta(days=30),
            closed_on=today - dt.timedelta(days=3),
            note="第 2 次警告（广告）后移出，押金没收",
        )
    )
    warnings = (
        (warned, 12, "刷屏", "连续发了 20 多条表情包", False, "warning"),
        (spammer, 5, "私加好友", "私聊好几位群友推销代购", False, "warning"),
        (removed, 9, "广告", "在群里发微商二维码", False, "warning"),
        (removed, 3, "广告", "又发了拼团裂变链接", False, "removal"),
        (revoked, 20, "引战", "误判：她只是在反驳不实信息", True, "warning"),
    )
    for member, days_ago, reason, evidence, is_revoked, outcome in warnings:
        s.add(
            MemberWarning(
                member_id=member,
                at=now - dt.timedelta(days=days_ago, minutes=rng.randint(0, 300)),
                reason=reason,
                evidence=evidence,
                group_id=None,
                expires_at=None,
                revoked=is_revoked,
                outcome=outcome,
            )
        )
    removed_on = today - dt.timedelta(days=3)
    s.execute(update(Member).where(Member.id == removed).values(status="left"))
    s.execute(
        update(GroupMembership)
        .where(GroupMembership.member_id == removed, GroupMembership.left.is_(None))
        .values(left=removed_on)
    )

    clock = not_after_now(dt.datetime.combine(today, dt.time(8, 30)))
    for i, (category, channel, text) in enumerate(COMPLAINTS):
        member = rng.choice(active)
        if i < 3:  # open: waiting a few hours, one already answered
            received = clock - dt.timedelta(hours=2 + 5 * i, minutes=rng.randint(0, 50))
            response = received + dt.timedelta(minutes=25) if i == 2 else None
            resolved = None
        else:
            received = clock - dt.timedelta(days=3 + 4 * i, hours=rng.randint(0, 8))
            response = received + dt.timedelta(minutes=rng.randint(5, 180))
            resolved = response + dt.timedelta(hours=rng.randint(1, 30))
        s.add(
            Complaint(
                received_at=received,
                channel=channel,
                member_id=member,
                category=category,
                text=text,
                first_response_at=response,
                resolved_at=resolved,
                status="resolved" if resolved else ("processing" if response else "open"),
                product_id=None,
                activity_id=None,
            )
        )
    s.flush()
