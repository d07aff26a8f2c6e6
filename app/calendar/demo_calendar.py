"""The demo community's content calendar: daily tips, micro-talks, group buys, a 双11 campaign."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import Group
from db.models_calendar import Post, PostGroup, PostType, Slot, SlotGroup

TIPS = (
    "洗脸水温 32℃ 左右最合适，太热会破坏皮脂膜",
    "防晒要在出门前 15 分钟涂，两小时补一次",
    "敏感肌换季先做减法，停掉酸类和高浓度 VC",
    "面膜一周 2～3 次就够，每次不超过 15 分钟",
    "油皮也要保湿：缺水会让皮肤出更多油",
    "精华按质地由薄到厚叠加",
    "熬夜后先补水再修护",
    "眼霜用无名指点涂，力度最轻",
    "卸妆要彻底，防晒也要卸",
    "刷酸期间一定要做好防晒",
)
TALKS = (
    "成分党入门：看懂配料表",
    "敏感肌的换季修护",
    "抗老从 25 岁开始吗？",
    "防晒霜怎么选",
    "医美后的护理要点",
    "痘痘肌的日常护理",
    "美白成分大比拼",
    "身体护理也要认真",
)
BUYS = ("氨基酸洁面", "修护精华", "保湿面霜", "防晒乳", "补水面膜", "卸妆油", "身体乳", "眼霜")


def fill_calendar(s: Session, today: dt.date, seed: int = 7) -> int:
    """Add the demo calendar inside the caller's transaction; returns the number of posts.

    Its size depends on the date span only, never on the number of members.
    """
    rng = random.Random(seed * 31 + 4)
    types = dict(s.execute(select(PostType.name, PostType.id)).all())
    groups = list(
        s.execute(select(Group.id, Group.name).where(Group.parent_id.is_(None)).order_by(Group.id))
    )
    main = [g for g, name in groups if "护肤交流" in name] or [g for g, _ in groups[:1]]
    buy_group = [g for g, name in groups if "团购" in name] or main[:1]
    vip = [g for g, name in groups if "VIP" in name]
    start = today - dt.timedelta(days=60)
    slots = {
        "tip": _slot(s, "每日知识锦囊", types.get("知识锦囊"), "daily", dt.time(8, 0), start, main),
        "talk": _slot(
            s,
            "微分享",
            types.get("微分享"),
            "weekly",
            dt.time(20, 0),
            start,
            main + vip,
            weekdays="0,2,4,6",
        ),
        "rule": _slot(
            s,
            "周一群规提醒",
            types.get("群规提醒"),
            "weekly",
            dt.time(9, 0),
            start,
            main,
            weekdays="0",
        ),
    }
    posts: list[tuple[dict[str, Any], list[int]]] = []
    now = dt.datetime.combine(today, dt.time(9, 30))

    def add(
        title: str,
        body: str,
        kind: str,
        at: dt.datetime,
        targets: list[int],
        slot: str | None = None,
        late: bool = False,
        status: str | None = None,
    ) -> None:
        if status is None:
            status = "published" if at < now and not late else "scheduled"
        published = at + dt.timedelta(minutes=rng.randint(0, 6)) if status == "published" else None
        result = ""
        if status == "published":
            result = (
                f"接龙 {rng.randint(12, 80)} 单"
                if kind == "团购接龙"
                else f"回复 {rng.randint(3, 60)} 条"
            )
        posts.append(
            (
                {
                    "title": title,
                    "body": body,
                    "type_id": types.get(kind),
                    "planned_at": at,
                    "status": status,
                    "published_at": published,
                    "result": result,
                    "segment_id": None,
                    "slot_id": slots[slot] if slot else None,
                    "slot_date": at.date() if slot else None,
                    "reminded_at": None,
                    "created_at": now,
                    "updated_at": now,
                },
                targets,
            )
        )

    late_days = {today - dt.timedelta(days=1), today - dt.timedelta(days=9)}
    for offset in range(-60, 4):
        day = today + dt.timedelta(days=offset)
        tip = TIPS[(offset + 60) % len(TIPS)]
        add(
            f"【知识锦囊】{day.month}月{day.day}日",
            f"今天的 2 分钟护肤小知识：\n{tip}。",
            "知识锦囊",
            dt.datetime.combine(day, dt.time(8, 0)),
            main,
            "tip",
            late=day in late_days,
        )
        item = BUYS[(offset + 60) % len(BUYS)]
        add(
            f"【团购接龙】{item}",
            f"今日团购：{item}\n团购价：{rng.choice((59, 79, 99, 129))} 元\n"
            "截止时间：今晚 22:00\n\n接龙：\n1. ",
            "团购接龙",
            dt.datetime.combine(day, dt.time(12, 0)),
            buy_group,
            late=day == today - dt.timedelta(days=3),
        )
        if day.weekday() in (0, 2, 4, 6) and offset < 2:
            add(
                f"【微分享】{TALKS[(offset + 60) % len(TALKS)]}",
                "今晚 20:00 微分享，欢迎准时参加。",
                "微分享",
                dt.datetime.combine(day, dt.time(20, 0)),
                main + vip,
                "talk",
            )
        if day.weekday() == 0 and offset < 7:
            add(
                "【群规提醒】本周群规",
                "温馨提醒：本群禁止发广告和拉人，违者第一次警告，第二次移出。",
                "群规提醒",
                dt.datetime.combine(day, dt.time(9, 0)),
                main,
                "rule",
            )
    _double_eleven(add, today, main + buy_group)
    rows = [p for p, _ in posts]
    ids = list(
        s.execute(insert(Post).returning(Post.id, sort_by_parameter_order=True), rows).scalars()
    )
    links = [
        {"post_id": pid, "group_id": g}
        for pid, (_, targets) in zip(ids, posts, strict=True)
        for g in dict.fromkeys(targets)
    ]
    if links:
        s.execute(insert(PostGroup), links)
    return len(rows)


def _double_eleven(add: Any, today: dt.date, targets: list[int]) -> None:
    """The 双11 campaign of this year (or next year's once this one is long past)."""
    year = today.year if today <= dt.date(today.year, 11, 30) else today.year + 1
    campaign = (
        (dt.datetime(year, 11, 1, 19, 0), "【活动预告】双11 福利提前看", "活动预告"),
        (dt.datetime(year, 11, 8, 20, 30), "【活动预告】双11 预售开启", "活动预告"),
        (dt.datetime(year, 11, 10, 21, 0), "【团购接龙】双11 零点开抢清单", "团购接龙"),
        (dt.datetime(year, 11, 11, 10, 0), "【节日】双11 狂欢 · 全场满减", "节日"),
        (dt.datetime(year, 11, 12, 10, 0), "【活动预告】双11 返场 + 晒单抽奖", "活动预告"),
    )
    for at, title, kind in campaign:
        add(
            title,
            "双11 活动安排：\n1. 10 点前下单赠小样\n2. 晒单抽 3 位送正装\n",
            kind,
            at,
            targets,
        )


def _slot(
    s: Session,
    name: str,
    type_id: int | None,
    freq: str,
    at: dt.time,
    start: dt.date,
    groups: list[int],
    weekdays: str = "",
) -> int:
    slot = Slot(
        name=name,
        type_id=type_id,
        freq=freq,
        interval=1,
        weekdays=weekdays,
        month_day=None,
        at_time=at,
        start=start,
        end=None,
        template_title="",
        template_body="",
        active=True,
    )
    s.add(slot)
    s.flush()
    if groups:
        s.execute(
            insert(SlotGroup), [{"slot_id": slot.id, "group_id": g} for g in dict.fromkeys(groups)]
        )
    return slot.id
