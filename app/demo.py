"""A realistic demo community: a skincare brand's member groups, two years old."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.dates import not_after_now
from app.errors import ShequnError
from app.members.service import member_search_fields
from app.members.tags import PALETTE, tag_keys
from db.models import (
    Group,
    GroupMembership,
    Member,
    MemberSpecialty,
    MemberTag,
    Role,
    Specialty,
    Tag,
    TagGroup,
    TimelineEntry,
)
from db.statistics import refresh_member_statistics

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺单"
)
GIVEN = (
    "小美丽娜婷雪梅芳静敏燕霞红艳玲丹萍琳颖欣怡佳雨晴悦琪涵诗梦瑶璐蕾薇岚婉嘉宁月晓露"
    "思慧倩然彤洁云菲妍可心"
)
NICK_WORDS = (
    "小美",
    "糖糖",
    "桃子",
    "橙子",
    "奶茶",
    "布丁",
    "小鹿",
    "阿狸",
    "木木",
    "七七",
    "安安",
    "晴天",
    "小雨",
    "月亮",
    "星星",
    "花花",
    "果果",
    "团子",
    "芝士",
    "可乐",
    "柚子",
    "饭团",
    "喵喵",
    "兔兔",
    "豆豆",
    "甜甜",
    "小熊",
    "云朵",
    "西西",
    "朵朵",
)
NICK_SUFFIX = (
    "",
    "",
    "",
    "酱",
    "呀",
    "🌸",
    "✨",
    "🍑",
    "💄",
    "🌙",
    "_",
    "🐰",
    "宝宝",
    "同学",
    "妈妈",
)
CITIES = (
    "上海",
    "北京",
    "杭州",
    "广州",
    "深圳",
    "成都",
    "南京",
    "武汉",
    "苏州",
    "重庆",
    "长沙",
    "西安",
    "厦门",
    "青岛",
    "天津",
    "郑州",
    "合肥",
    "昆明",
    "宁波",
    "大连",
)
SKIN = (("干性", 18), ("油性", 20), ("混合性", 34), ("中性", 10), ("敏感性", 14), (None, 4))
ROLES = (
    ("院长", "群里的大家长，活跃气氛"),
    ("御膳房掌勺", "分享美食和养生食谱"),
    ("体育委员", "每天带大家运动打卡"),
    ("喝水委员", "提醒大家按时喝水"),
    ("护肤课代表", "整理每期护肤知识"),
    ("团购小能手", "帮忙统计团购接龙"),
    ("夜猫子队长", "晚上陪聊"),
    ("成分党主任", "研究产品成分"),
)
SPECIALTIES = (
    "化学成分",
    "摄影",
    "烘焙",
    "瑜伽",
    "化妆",
    "穿搭",
    "营养学",
    "中医养生",
    "写文案",
    "画画",
)
TAG_GROUPS = {
    "兴趣": ("成分党", "抗老", "美白", "祛痘", "防晒", "彩妆", "香水", "身体护理"),
    "购买意向": ("高意向", "观望中", "已复购", "价格敏感"),
    "来源": ("朋友推荐", "小红书", "公众号", "线下门店", "直播间"),
    "服务": ("需回访", "退过款", "投诉过", "KOC候选"),
}
NOTES = (
    "喜欢成分党产品，对酒精敏感",
    "上次买的精华说有点刺痛，已退款",
    "宝妈，晚上九点后才有空",
    "在医院工作，懂一些皮肤科知识",
    "经常帮忙回答新人问题",
    "想要美白类产品，预算 300 左右",
    "对价格比较敏感，团购时才下单",
    "性格外向，愿意分享使用体验",
    "做过医美，需要温和修护",
    "学生党，周末比较活跃",
    "",
)
PERSONALITY = ("外向健谈", "安静潜水", "热心肠", "较真细致", "幽默", "慢热", "")
TIMELINE = (
    "私聊回访：对上次的面霜很满意",
    "咨询了敏感肌的修护方案",
    "参加了周三的微分享",
    "团购下单 精华×2",
    "反馈产品有刺痛感，已安排退款",
    "推荐了两位朋友入群",
    "生日祝福已发送",
    "打卡满 21 天，奖励积分",
)


@dataclass(frozen=True)
class DemoResult:
    members: int
    groups: int
    tags: int


Filler = Callable[[sessionmaker[Session], random.Random, dt.date, int], None]
# Other areas (calendar, activities …) register functions that add their part of the demo.
EXTRA_FILLERS: list[Filler] = []


def _weighted(rng: random.Random, items: tuple[tuple[object, int], ...]) -> object:
    total = sum(w for _, w in items)
    pick = rng.uniform(0, total)
    for value, weight in items:
        pick -= weight
        if pick <= 0:
            return value
    return items[-1][0]


def _wechat_id(rng: random.Random, i: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    stem = "".join(rng.choice(letters) for _ in range(rng.randint(4, 8)))
    return rng.choice((f"{stem}{rng.randint(10, 9999)}", f"wxid_{stem}{i}", f"{stem}_{i % 1000}"))


def fill(
    session_factory: sessionmaker[Session],
    members: int = 1000,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Fill an empty database with a demo community of `members` members."""
    if members < 1:
        raise ShequnError("示例成员数至少为 1。")
    today = today or dt.date.today()
    rng = random.Random(seed)
    with session_factory.begin() as s:
        existing = s.execute(select(func.count()).select_from(Member)).scalar_one()
        if existing:
            raise ShequnError(
                f"数据库里已经有 {existing} 位成员；示例数据只填充空数据库，"
                "请用 --db 指定一个新文件。"
            )
        group_count = max(4, -(-members // 450))
        groups = _make_groups(s, group_count)
        tag_ids = _make_tags(s)
        role_names = [name for name, _ in ROLES]
        for name, desc in ROLES:
            s.add(Role(name=name, description=desc))
        spec_ids = []
        for name in SPECIALTIES:
            spec = Specialty(name=name)
            s.add(spec)
            s.flush()
            spec_ids.append(spec.id)

        start = today - dt.timedelta(days=730)
        now = not_after_now(dt.datetime.combine(today, dt.time(9, 0)))
        batch: list[dict[str, object]] = []
        links: list[dict[str, int]] = []
        memberships: list[dict[str, object]] = []
        timeline: list[dict[str, object]] = []
        specs: list[dict[str, int]] = []
        seen_wechat: set[str] = set()
        big_groups = [g for g in groups if g[1] != VIP_GROUP]
        vip = next(g for g in groups if g[1] == VIP_GROUP)
        for i in range(1, members + 1):
            surname = rng.choice(SURNAMES)
            name = surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
            nickname = rng.choice(NICK_WORDS) + rng.choice(NICK_SUFFIX)
            if rng.random() < 0.25:
                nickname = name[1:] + rng.choice(NICK_SUFFIX)
            wechat = _wechat_id(rng, i)
            while wechat in seen_wechat:
                wechat = _wechat_id(rng, i)
            seen_wechat.add(wechat)
            phone = (
                f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"
                if rng.random() < 0.85
                else None
            )
            joined = start + dt.timedelta(days=int(730 * rng.random() ** 0.8))
            status = _weighted(
                rng, (("active", 58), ("silent", 25), ("zombie", 11), ("left", 5), ("blocked", 1))
            )
            last_active = None
            if status != "zombie":
                last_active = min(
                    today, joined + dt.timedelta(days=rng.randint(0, (today - joined).days or 1))
                )
                if status == "active":
                    last_active = today - dt.timedelta(days=rng.randint(0, 14))
            note = rng.choice(NOTES)
            values: dict[str, object] = {
                "id": i,
                "nickname": nickname,
                "name": name if rng.random() < 0.8 else "",
                "wechat": wechat,
                "phone": phone,
                "phone_flagged": False,
                "qq": str(rng.randint(10000000, 2999999999)) if rng.random() < 0.3 else None,
                "wecom_id": None,
                "gender": "女" if rng.random() < 0.88 else "男",
                "city": rng.choice(CITIES),
                "skin_type": _weighted(rng, SKIN),
                "role": rng.choice(role_names) if rng.random() < 0.03 else None,
                "status": status,
                "tier": "paid" if rng.random() < 0.3 else "free",
                "level": rng.choice((1, 1, 1, 2, 2, 3, 4, 5)),
                "points": rng.randint(0, 60) * 5,
                "joined": joined,
                "birthday": dt.date(rng.randint(1975, 2004), rng.randint(1, 12), rng.randint(1, 28))
                if rng.random() < 0.6
                else None,
                "birthday_lunar": rng.random() < 0.15,
                "last_active": last_active,
                "last_contacted": today - dt.timedelta(days=rng.randint(0, 120))
                if rng.random() < 0.5
                else None,
                "personality": rng.choice(PERSONALITY),
                "note": note,
                "custom": None,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
                "merged_into": None,
                "import_batch_id": None,
            }
            values.update(member_search_fields(values))
            batch.append(values)
            for tag_id in rng.sample(tag_ids, rng.choice((0, 1, 2, 3, 3, 4, 4, 5, 6))):
                links.append({"member_id": i, "tag_id": tag_id})
            group = big_groups[(i - 1) * len(big_groups) // members]
            memberships.append(
                {
                    "member_id": i,
                    "group_id": group[0],
                    "joined": joined,
                    "left": today if status == "left" else None,
                    "group_nickname": nickname,
                    "role_in_group": "",
                }
            )
            if values["tier"] == "paid" and rng.random() < 0.5:
                memberships.append(
                    {
                        "member_id": i,
                        "group_id": vip[0],
                        "joined": joined,
                        "left": None,
                        "group_nickname": f"{nickname}",
                        "role_in_group": "",
                    }
                )
            if rng.random() < 0.2:
                for _ in range(rng.randint(1, 3)):
                    timeline.append(
                        {
                            "member_id": i,
                            "kind": "note",
                            "text": rng.choice(TIMELINE),
                            "at": now
                            - dt.timedelta(
                                days=rng.randint(0, (today - joined).days or 1),
                                minutes=rng.randint(0, 600),
                            ),
                        }
                    )
            if rng.random() < 0.08:
                spec_id = rng.choice(spec_ids)
                specs.append({"member_id": i, "specialty_id": spec_id})
                # Found by her specialty too (the row is still in the batch, not yet written).
                name = SPECIALTIES[spec_ids.index(spec_id)]
                values.update(member_search_fields(values, [name]))
            if len(batch) >= 5000:
                _flush(s, batch, links, memberships, timeline, specs)
                if progress:
                    progress(i, members)
        _flush(s, batch, links, memberships, timeline, specs)
        _make_subgroups(s, groups)
        from app.calendar.demo_calendar import fill_calendar

        fill_calendar(s, today, seed)
        from app.community.demo_care import fill_care

        fill_care(s, today, seed)

        from app.community.demo_community import fill_community

        fill_community(s, today, seed)
        from app.commerce.demo_commerce import fill_commerce

        fill_commerce(s, today, seed)
        for filler in EXTRA_FILLERS:
            filler(session_factory, rng, today, members)
        if progress:
            progress(members, members)
        result = DemoResult(members, len(groups), len(tag_ids))
    with session_factory.begin() as s:  # a bulk write: the planner's statistics follow it
        if s.get_bind().dialect.name == "sqlite":
            refresh_member_statistics(s.connection().exec_driver_sql)
    return result


def _flush(
    s: Session,
    batch: list[dict[str, object]],
    links: list[dict[str, int]],
    memberships: list[dict[str, object]],
    timeline: list[dict[str, object]],
    specs: list[dict[str, int]],
) -> None:
    # Core inserts (not the ORM bulk path): the demo sets ids itself, so nothing is returned.
    for model, rows in (
        (Member, batch),
        (MemberTag, links),
        (GroupMembership, memberships),
        (TimelineEntry, timeline),
        (MemberSpecialty, specs),
    ):
        if rows:
            s.execute(insert(cast(Table, model.__table__)), rows)
            rows.clear()


VIP_GROUP = "VIP 付费会员群"


def _make_groups(s: Session, count: int) -> list[tuple[int, str]]:
    specs = [(f"护肤交流{i}群", "wechat", 500) for i in range(1, count - 1)]
    specs += [
        ("福利团购群", "wechat", 500),
        ("QQ 护肤粉丝群", "qq", 2000),
        (VIP_GROUP, "wecom", 500),
    ]
    out: list[tuple[int, str]] = []
    for name, platform, capacity in specs:
        group = Group(name=name, platform=platform, capacity=capacity)
        s.add(group)
        s.flush()
        out.append((group.id, name))
    return out


def _make_subgroups(s: Session, groups: list[tuple[int, str]]) -> None:
    vip = next(g for g in groups if g[1] == VIP_GROUP)
    members = list(
        s.execute(
            select(GroupMembership.member_id).where(GroupMembership.group_id == vip[0]).limit(60)
        ).scalars()
    )
    for n in range(min(4, len(members) // 15)):
        leader = members[n * 15]
        sub = Group(
            name=f"VIP 打卡小组{n + 1}",
            platform="wecom",
            capacity=15,
            parent_id=vip[0],
            leader_id=leader,
        )
        s.add(sub)
        s.flush()
        rows = [
            {
                "member_id": m,
                "group_id": sub.id,
                "joined": None,
                "left": None,
                "group_nickname": "",
                "role_in_group": "组长" if m == leader else "",
            }
            for m in members[n * 15 : (n + 1) * 15]
        ]
        s.execute(insert(cast(Table, GroupMembership.__table__)), rows)


def _make_tags(s: Session) -> list[int]:
    ids: list[int] = []
    for position, (group_name, names) in enumerate(TAG_GROUPS.items()):
        group = TagGroup(
            name=group_name, color=PALETTE[(position * 3) % len(PALETTE)], position=position
        )
        s.add(group)
        s.flush()
        for name in names:
            tag = Tag(name=name, group_id=group.id, search_text=tag_keys(name))
            s.add(tag)
            s.flush()
            ids.append(tag.id)
    return ids
