"""The demo community's life: a 21-day check-in camp in progress, past activities with feedback,
and a points ledger whose lines add up to every member's points."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.orm import Session

from app.community.rules import PointsRules
from app.dates import not_after_now
from db.models import Group, Member, MemberSpecialty
from db.models_community import Activity, ActivityGroup, Checkin, PointsEntry, Signup

DEMO_SOURCE = "demo"


@dataclass
class _Rows:
    signups: list[dict[str, Any]] = field(default_factory=list)
    checkins: list[dict[str, Any]] = field(default_factory=list)
    ledger: list[dict[str, Any]] = field(default_factory=list)
    next_checkin: int = 1

    def signup(self, activity: int, member: int, at: dt.datetime) -> None:
        self.signups.append(
            {"activity_id": activity, "member_id": member, "at": at, "source": DEMO_SOURCE}
        )

    def checkin(self, activity: int, member: int, day: dt.date, at: dt.datetime) -> int:
        cid = self.next_checkin
        self.next_checkin += 1
        self.checkins.append(
            {
                "id": cid,
                "activity_id": activity,
                "member_id": member,
                "day": day,
                "at": at,
                "source": DEMO_SOURCE,
            }
        )
        return cid

    def points(
        self,
        member: int,
        at: dt.datetime,
        delta: int,
        reason: str,
        note: str,
        activity: int | None = None,
        checkin: int | None = None,
    ) -> None:
        self.ledger.append(
            {
                "member_id": member,
                "at": at,
                "delta": delta,
                "reason": reason,
                "note": note,
                "source": DEMO_SOURCE,
                "activity_id": activity,
                "checkin_id": checkin,
            }
        )


def _activity(s: Session, groups: list[int], **values: Any) -> int:
    a = Activity(**values)
    s.add(a)
    s.flush()
    for g in groups:
        s.add(ActivityGroup(activity_id=a.id, group_id=g))
    return a.id


def _camp(
    rows: _Rows,
    rng: random.Random,
    rules: PointsRules,
    activity: int,
    name: str,
    start: dt.date,
    days: int,
    members: list[int],
    today: dt.date,
) -> dict[int, int]:
    """Sign-ups and check-ins of a camp up to today; returns each member's check-in count."""
    counts: dict[int, int] = {}
    for m in members:
        rows.signup(
            activity,
            m,
            dt.datetime.combine(
                start - dt.timedelta(days=rng.randint(1, 6)), dt.time(20, rng.randint(0, 59))
            ),
        )
        # Most members keep going; some slow down, a few drop out after a while.
        diligence = rng.choice((0.97, 0.92, 0.85, 0.75, 0.6, 0.4))
        stop = days if rng.random() < 0.8 else rng.randint(2, days)
        for i in range(min(days, stop)):
            day = start + dt.timedelta(days=i)
            if day > today:
                break
            chance = diligence * (0.55 if day == today else 1.0)
            if rng.random() >= chance:
                continue
            at = not_after_now(
                dt.datetime.combine(
                    day, dt.time(rng.choice((7, 8, 12, 21, 22)), rng.randint(0, 59))
                )
            )
            cid = rows.checkin(activity, m, day, at)
            rows.points(m, at, rules.checkin, "checkin", f"{name} {day:%m-%d}", activity, cid)
            counts[m] = counts.get(m, 0) + 1
    return counts


def fill_community(s: Session, today: dt.date, seed: int = 7) -> int:
    """Add the demo activities and ledger inside the caller's transaction; returns ledger lines.

    Members' `points` and `level` are then set from the ledger, so the two always agree.
    """
    rng = random.Random(seed * 31 + 6)
    rules = PointsRules()
    people = s.execute(select(Member.id, Member.status).order_by(Member.id)).all()
    if not people:
        return 0
    alive = [m for m, status in people if status in ("active", "silent")] or [people[0][0]]
    active = [m for m, status in people if status == "active"] or alive
    groups = list(
        s.execute(select(Group.id, Group.name).where(Group.parent_id.is_(None)).order_by(Group.id))
    )
    main = [g for g, name in groups if "护肤交流" in name][:2] or [g for g, _ in groups[:1]]
    vip = [g for g, name in groups if "VIP" in name]
    buy = [g for g, name in groups if "团购" in name] or main
    water = s.execute(select(Member.id).where(Member.role == "喝水委员").limit(1)).scalar()
    expert = s.execute(select(MemberSpecialty.member_id).limit(1)).scalar()
    host = water or alive[0]
    rows = _Rows()

    def pick(pool: list[int], n: int) -> list[int]:
        return sorted(rng.sample(pool, min(len(pool), n)))

    size = min(1000, max(8, len(people) * 2 // 5))
    # The camp in progress: day 14 of 21.
    start = today - dt.timedelta(days=13)
    name = "21 天早C晚A打卡营（第 3 期）"
    camp = _activity(
        s,
        vip + main[:1],
        name=name,
        kind="打卡营",
        online=True,
        goal="养成早C晚A的习惯，每天喝够 8 杯水；全勤奖励 50 积分",
        start=start,
        end=start + dt.timedelta(days=20),
        host_id=host,
        note="每晚 22:00 前在群里发打卡照片",
    )
    _camp(rows, rng, rules, camp, name, start, 21, pick(active, size), today)

    # The previous camp, finished, with its full-attendance awards.
    start2 = today - dt.timedelta(days=80)
    name2 = "21 天熬夜修护打卡营（第 2 期）"
    camp2 = _activity(
        s,
        main,
        name=name2,
        kind="打卡营",
        online=True,
        goal="21 天规律作息，修护熬夜肌",
        start=start2,
        end=start2 + dt.timedelta(days=20),
        host_id=host,
        feedback=4.6,
        note="完成率比第 1 期高，下期加晚间提醒",
    )
    counts = _camp(rows, rng, rules, camp2, name2, start2, 21, pick(alive, size), today)
    end2 = dt.datetime.combine(start2 + dt.timedelta(days=21), dt.time(10, 0))
    for m, n in sorted(counts.items()):
        if n == 21:
            rows.points(m, end2, rules.win, "win", "打卡营全勤奖", camp2)

    # A Wednesday micro-talk: members who shared their experience got the share rule.
    talk_day = today - dt.timedelta(days=(today.weekday() - 2) % 7 + 7)
    talk = _activity(
        s,
        main + vip,
        name="周三微分享：敏感肌换季修护",
        kind="分享会",
        online=True,
        goal="讲清楚换季泛红的原因和修护步骤",
        start=talk_day,
        end=talk_day,
        host_id=expert or host,
        feedback=4.8,
    )
    at = dt.datetime.combine(talk_day, dt.time(20, 0))
    listeners = pick(alive, min(size, max(3, len(alive) // 5)))
    for m in listeners:
        rows.signup(talk, m, at - dt.timedelta(hours=rng.randint(1, 48)))
    for m in pick(listeners, max(1, len(listeners) // 20)):
        rows.points(
            m, at + dt.timedelta(minutes=50), rules.share, "share", "分享换季修护使用感", talk
        )

    # A lottery and a contest with their winners, a group buy, and a live talk still to come.
    def event(
        groups: list[int], pool: list[int], n: int, winners: int, prize: str, **values: Any
    ) -> None:
        """A one-off activity: sign-ups from `pool`, then `winners` of them get the win rule."""
        aid = _activity(s, groups, online=True, **values)
        day: dt.date = values["start"]
        entrants = pick(pool, n)
        for m in entrants:
            at = dt.datetime.combine(day, dt.time(rng.randint(8, 22), rng.randint(0, 59)))
            rows.signup(aid, m, at)
        won = dt.datetime.combine(values["end"] + dt.timedelta(days=1), dt.time(20, 0))
        for m in pick(entrants, winners):
            rows.points(m, won, rules.win, "win", prize, aid)

    lottery = today - dt.timedelta(days=23)
    event(
        main + buy,
        alive,
        min(2 * size, max(5, len(alive) // 4)),
        5,
        "抽中福利",
        name="双11 福利抽奖",
        kind="抽奖",
        goal="回馈老会员，拉新 200 人",
        start=lottery,
        end=lottery,
        feedback=4.2,
    )
    contest = today - dt.timedelta(days=40)
    event(
        main,
        active,
        min(size // 2, max(4, len(active) // 12)),
        3,
        "护肤台评选前三",
        name="晒出你的护肤台",
        kind="比赛",
        goal="收集真实使用场景照片",
        start=contest,
        end=contest + dt.timedelta(days=6),
        feedback=4.4,
    )
    buy_day = today - dt.timedelta(days=5)
    event(
        buy,
        alive,
        min(size, max(3, len(alive) // 8)),
        0,
        "",
        name="冬季修护面霜团购",
        kind="团购",
        goal="团购 300 份",
        start=buy_day,
        end=buy_day + dt.timedelta(days=2),
        feedback=4.5,
    )
    live = today + dt.timedelta(days=4)
    _activity(
        s,
        main + vip,
        name="成分党直播答疑",
        kind="直播",
        online=True,
        goal="答疑 30 个问题",
        start=live,
        end=live,
        host_id=expert or host,
    )
    offline = today - dt.timedelta(days=120)
    _activity(
        s,
        vip,
        name="上海线下下午茶",
        kind="分享会",
        online=False,
        goal="VIP 会员见面",
        start=offline,
        end=offline,
        feedback=4.9,
        note="静安区，到场 18 人",
    )

    # Points carried over from the old spreadsheet, and a few redemptions.
    opened = dt.datetime.combine(today - dt.timedelta(days=150), dt.time(10, 0))
    for m in alive:
        if rng.random() < 0.4:
            rows.points(m, opened, rng.randint(1, 40) * 5, "manual", "迁入旧积分表")
    spent: dict[int, int] = {}
    for r in rows.ledger:
        spent[r["member_id"]] = spent.get(r["member_id"], 0) + r["delta"]
    for m, balance in sorted(spent.items()):
        if balance >= 100 and rng.random() < 0.25:
            day = dt.datetime.combine(today - dt.timedelta(days=rng.randint(1, 30)), dt.time(15, 0))
            rows.points(m, day, -100, "redeem", "兑换旅行装小样")

    for model, data in (
        (Signup, rows.signups),
        (Checkin, rows.checkins),
        (PointsEntry, rows.ledger),
    ):
        for i in range(0, len(data), 20000):
            s.execute(insert(cast(Table, model.__table__)), data[i : i + 20000])
    if s.get_bind().dialect.name == "postgresql":
        # Check-in ids were given here (the ledger links them): move the sequence past them.
        s.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('checkins', 'id'), "
                "(SELECT COALESCE(MAX(id), 1) FROM checkins))"
            )
        )
    _points_from_ledger(s, rules, rows.ledger)
    return len(rows.ledger)


def _points_from_ledger(s: Session, rules: PointsRules, ledger: list[dict[str, Any]]) -> None:
    """Every member's points = the sum of her ledger lines, and her level from the thresholds."""
    totals: dict[int, int] = {}
    for r in ledger:
        totals[r["member_id"]] = totals.get(r["member_id"], 0) + r["delta"]
    s.execute(update(Member).values(points=0, level=1))
    by_value: dict[int, list[int]] = {}
    for m, points in totals.items():
        by_value.setdefault(points, []).append(m)
    for points, ids in by_value.items():
        for i in range(0, len(ids), 900):
            s.execute(
                update(Member)
                .where(Member.id.in_(ids[i : i + 900]))
                .values(points=points, level=rules.level_for(points))
            )
