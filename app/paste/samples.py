"""Sample 接龙 texts written from the database's own members, so a paste can be tried at once.

Each sample shows the forms the parser reads: a header, numbering styles, emoji and group
suffixes, quantities, a wrapped line, a repeated name and a name nobody has.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.paste.matching import full_key, spellings
from app.paste.parser import CHECKINS, ORDERS
from db.models import Member

_STYLES = ("1. ", "2、", "3 ", "④ ", "(5) ", "6. ")


def _names(s: Session, n: int) -> list[str]:
    rows = s.execute(
        select(Member.nickname)
        .where(Member.deleted_at.is_(None), Member.merged_into.is_(None), Member.nickname != "")
        .order_by(Member.id)
        .limit(n)
    ).scalars()
    return list(rows)


def _spelled(name: str) -> str:
    """A name as someone typed it in pinyin (a match the user confirms)."""
    found = sorted(spellings(full_key(name)))
    return found[0] if found else name


def sample_text(s: Session, kind: str) -> str:
    names = _names(s, 6) or ["小美🐰", "院长", "Amy", "阿花", "莉莉", "清清子"]
    names = (names * 6)[:6]
    names[3] = _spelled(names[3])
    if kind == CHECKINS:
        body = [f"{names[0]}", "08:12", "打卡第3天 ✅", f"{names[1]}（3群）", "08:15", "[图片]"]
        body += [f"{names[2]}-杭州", "08:20", "今天也坚持了", names[3], "08:26", "[图片]"]
        body += ["路人甲", "08:31", "[图片]"]
        return "\n".join(body) + "\n"
    if kind == ORDERS:
        lines = ["#接龙", "小棕瓶精华 团购价 199 元", "例：小美 精华×2", "---"]
        lines += [
            f"{_STYLES[0]}{names[0]} 精华×1 面膜×2",
            f"{_STYLES[1]}{names[1]}（3群） +1",
            f"{_STYLES[2]}{names[2]}-杭州 两盒",
            f"{_STYLES[3]}{names[3]} 精华*2",
            "面膜x1",
            f"{_STYLES[4]}路人甲 +1",
            f"{_STYLES[5]}{names[0]} +1",
            "截止时间：今晚 20:00",
        ]
        return "\n".join(lines) + "\n"
    lines = ["#接龙 周三微分享报名", "例：1. 小美", "---"]
    lines += [f"{style}{name}" for style, name in zip(_STYLES, names, strict=True)]
    lines[4] += "（3群）"
    lines += ["7. 路人甲", "截止时间：周二 22:00"]
    return "\n".join(lines) + "\n"
