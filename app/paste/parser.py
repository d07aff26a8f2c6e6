"""Reading the text operators copy out of a group chat: 接龙 lists, name lists, chat copies.

Pure functions, no database. `parse(text)` gives one `PastedLine` per line of the text (1-based,
as the operator sees them in an editor), each an entry with a name part and items, a header, or
an ignored line with the reason; and a guess of what the text is (orders, sign-ups, check-ins).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from app.errors import ValidationError

MAX_CHARS = 1_000_000
MAX_LINES = 5_000

ORDERS, SIGNUPS, CHECKINS = "orders", "signups", "checkins"
HEADER, ENTRY, IGNORED = "header", "entry", "ignored"

_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ①..⑳ (NFKC would turn them into digits)
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_UNITS = "瓶盒支个件份套袋罐片只包箱组斤单"
_NUM = r"(?:\d{1,4}|[一二两俩三四五六七八九十])"

_NUMBERED = re.compile(r"^(?:\((\d{1,4})\)|(\d{1,4})\s*[.、:)]\s*|(\d{1,4})\s+)(.*)$")
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?)"
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2}|昨天|前天|今天|星期.|周.)"
_STAMP = re.compile(rf"^(?:{_DATE}\s*)?(?:上午|下午|晚上|凌晨)?\s*{_TIME}$")
_NAME_STAMP = re.compile(rf"^(.+?)[:：]?\s+(?:{_DATE}\s+)?(?:上午|下午|晚上|凌晨)?\s*{_TIME}$")
_MEDIA = re.compile(
    r"^\[(?:图片|表情|动画表情|视频|语音|文件|链接|位置|红包|转账|Photo|Sticker)\]$"
)
_RULE = re.compile(r"^[-—_=~*·.。]{3,}$")
_DEADLINE = re.compile(r"^(?:截止|截至|结束时间|报名截止|\d{1,2}[点:：]\d{0,2}\s*截止)")
_EXAMPLE = re.compile(r"^(?:例|例如|示例|格式|举例|比如)\s*[:：]")
_JIELONG = re.compile(r"^#\s*接龙")
_TIMES_QTY = re.compile(rf"^(.*?)[×xX*]\s*({_NUM})$")
_PLUS_QTY = re.compile(rf"^(.*?)\+\s*({_NUM})$")
_UNIT_QTY = re.compile(rf"^(.*?)({_NUM})\s*[{_UNITS}](.*)$")
_WS = re.compile(r"\s+")
_SPLIT = re.compile(r"[\s,，;；]+")

_ORDER_WORDS = ("团购", "拼团", "下单", "订购", "预订", "订单", "价格", "¥", "元", "包邮", "秒杀")
_SIGNUP_WORDS = ("报名", "参加", "名额", "分享会", "活动", "讲座", "直播", "沙龙")
_CHECKIN_WORDS = ("打卡", "签到", "第", "天", "day", "Day")


@dataclass(frozen=True)
class Item:
    """One product on a line; `product` is empty when the line names none (the header's)."""

    product: str
    quantity: int


@dataclass(frozen=True)
class PastedLine:
    line: int
    text: str
    kind: str
    name: str = ""
    items: tuple[Item, ...] = ()
    skipped: str = ""
    number: int | None = None
    # Lines folded into this entry (a wrapped line, a chat message's body), by line number.
    joined: tuple[int, ...] = ()


@dataclass(frozen=True)
class Parsed:
    lines: tuple[PastedLine, ...]
    guess: str
    title: str = ""
    header_product: str = ""
    chat_copy: bool = False
    entries: tuple[PastedLine, ...] = field(default=())


def check_text(text: str) -> str:
    """The pasted text, or a refusal: binary data, too long, nothing in it."""
    if (
        "\x00" in text
        or sum(1 for c in text[:4096] if unicodedata.category(c) == "Cc" and c not in "\r\n\t") > 40
    ):
        raise ValidationError("粘贴的内容不是文字（像是图片或文件的数据）：没有做任何修改。")
    if len(text) > MAX_CHARS:
        raise ValidationError(
            f"粘贴的文字太长了（{len(text):,} 个字，最多 {MAX_CHARS:,}）：请分几次粘贴。"
        )
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise ValidationError(f"粘贴的文字有 {len(lines)} 行，最多 {MAX_LINES} 行：请分几次粘贴。")
    return text


def _norm(line: str) -> str:
    first = line.lstrip()[:1]
    if first in _CIRCLED:
        line = line.replace(first, f"{_CIRCLED[first]}. ", 1)
    text = unicodedata.normalize("NFKC", line)
    return _WS.sub(" ", text).strip()


def _qty(text: str) -> int:
    return int(text) if text.isdigit() else _CN_DIGITS.get(text, 1)


def _token_item(tok: str, products: tuple[str, ...]) -> tuple[str, Item | None]:
    """Split one token into (name text before it, item) when it holds a quantity or a product."""
    if m := _PLUS_QTY.match(tok):
        # `院长+1`: what comes before a plus is the name, unless it ends with a known product
        before, qty = m.group(1), _qty(m.group(2))
        product = _known_suffix(before, products)
        return before[: len(before) - len(product)], Item(product, qty)
    if m := _TIMES_QTY.match(tok):
        before, qty = m.group(1), _qty(m.group(2))
        name, product = _split_product(before, products)
        return name, Item(product, qty)
    if m := _UNIT_QTY.match(tok):
        before, qty, after = m.group(1), _qty(m.group(2)), m.group(3)
        if after:
            return before, Item(after, qty)
        name, product = _split_product(before, products)
        return name, Item(product, qty)
    if products and (product := _known_suffix(tok, products)):
        return tok[: len(tok) - len(product)], Item(product, 1)
    return tok, None


def _split_product(text: str, products: tuple[str, ...]) -> tuple[str, str]:
    """`小美精华` → (`小美`, `精华`) when 精华 is a known product name; else ("", text)."""
    product = _known_suffix(text, products)
    if not product:
        return "", text
    return text[: len(text) - len(product)], product


def _known_suffix(text: str, products: tuple[str, ...]) -> str:
    """The known product name `text` ends with (as written in `text`), or ""."""
    folded = text.casefold()
    for p in _folded(products):  # longest first (see `parse`), so 小棕瓶精华 wins over 精华
        if p and folded.endswith(p):
            return text[len(text) - len(p) :]
    return ""


@lru_cache(maxsize=16)
def _folded(products: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.casefold() for p in products)


def split_body(body: str, products: Iterable[str] = ()) -> tuple[str, tuple[Item, ...]]:
    """An entry's text → (name part, items). `精华×1 面膜×2`, `+1`, `2瓶`, `两盒面膜`…"""
    known = tuple(sorted({p for p in products if p}, key=len, reverse=True))
    tokens = [t for t in _SPLIT.split(body) if t]
    name_parts: list[str] = []
    items: list[Item] = []
    pending = ""  # a product word waiting for its quantity: `精华 ×2`
    for tok in tokens:
        before, item = _token_item(tok, known)
        if item is None:
            if items:
                pending = tok  # words after the first item are products, not the name
                items.append(Item(tok, 1))
            else:
                name_parts.append(tok)
            continue
        if not item.product and pending and items and items[-1].product == pending:
            items[-1] = Item(pending, item.quantity)
            pending = ""
            continue
        if before:
            if _PLUS_QTY.match(tok) and not items:
                name_parts.append(before)
            elif items or (not item.product and not known and name_parts):
                item = Item(before + item.product, item.quantity)
            elif item.product or known:
                name_parts.append(before)
            else:
                item = Item(before, item.quantity)
        elif (
            not item.product
            and name_parts
            and not items
            and len(name_parts) > 1
            and any(ch.isalnum() for ch in name_parts[-1])
        ):
            # `小美 精华 ×2`: the word just before a bare quantity is its product (not `小美 🌸 x2`)
            item = Item(name_parts.pop(), item.quantity)
        items.append(item)
        pending = item.product if not _has_qty(tok) else ""
    return " ".join(name_parts), tuple(items)


def _header_reason(text: str) -> str:
    if _JIELONG.match(text):
        return "接龙标记"
    if _EXAMPLE.match(text):
        return "示例行"
    if _RULE.match(text):
        return "分隔线"
    if _DEADLINE.match(text):
        return "截止时间"
    return ""


def _guess(title: str, entries: list[PastedLine], chat_copy: bool, all_text: str) -> str:
    heading = title + " " + all_text[:400]
    has_products = any(i.product for e in entries for i in e.items)
    if any(w in heading for w in ("打卡", "签到")) or (chat_copy and not has_products):
        return CHECKINS
    if has_products or any(w in heading for w in _ORDER_WORDS):
        return ORDERS
    if any(w in heading for w in _SIGNUP_WORDS) or any(e.number for e in entries):
        return SIGNUPS
    return CHECKINS


def _chat_speakers(norm: list[str]) -> set[int]:
    """Indexes of lines that start a message in WeChat's copy of several messages."""
    out: set[int] = set()
    for i, text in enumerate(norm):
        if not text:
            continue
        if _NAME_STAMP.match(text) and not _STAMP.match(text):
            out.add(i)
        elif (_STAMP.match(text) or _MEDIA.match(text)) and i > 0 and norm[i - 1]:
            if not (_STAMP.match(norm[i - 1]) or _MEDIA.match(norm[i - 1])):
                if _STAMP.match(text) or i - 1 not in out:
                    out.add(i - 1)
    return out


def _parse_chat(raw: list[str], norm: list[str], known: tuple[str, ...]) -> list[PastedLine]:
    speakers = _chat_speakers(norm)
    out: list[PastedLine] = []
    current: int | None = None
    for i, (r, t) in enumerate(zip(raw, norm, strict=True)):
        n = i + 1
        if i in speakers:
            m = _NAME_STAMP.match(t)
            name = (m.group(1) if m and not _STAMP.match(t) else t).rstrip(":：").strip()
            out.append(PastedLine(n, r, ENTRY, name=name))
            current = len(out) - 1
        elif not t:
            out.append(PastedLine(n, r, IGNORED, skipped="空行"))
        elif _STAMP.match(t) or _MEDIA.match(t):
            out.append(PastedLine(n, r, IGNORED, skipped="消息时间或图片"))
        elif current is None:
            reason = _header_reason(t) or "第一条消息之前的文字"
            out.append(PastedLine(n, r, HEADER, skipped=reason))
        else:
            _, items = split_body(t, known) if known or _has_qty(t) else ("", ())
            owner = out[current]
            out[current] = _with(owner, items=owner.items + items, joined=owner.joined + (n,))
            out.append(PastedLine(n, r, IGNORED, skipped=f"第 {owner.line} 行那条消息的内容"))
    return out


_TITLE_WORDS = ("接龙", "打卡", "签到", "报名", "团购", "拼团", "名单")


def _titled(text: str) -> bool:
    """The first line of an unnumbered list that reads as its title, not as a name."""
    return text.endswith((":", "：")) or any(w in text for w in _TITLE_WORDS)


_QTY = re.compile(rf"[×xX*+]\s*{_NUM}(?!\S*[:：])|{_NUM}\s*[{_UNITS}]")


def _has_qty(text: str) -> bool:
    return bool(_QTY.search(text))


def _with(line: PastedLine, **changes: object) -> PastedLine:
    from dataclasses import replace

    return replace(line, **changes)  # type: ignore[arg-type]


def parse(text: str, products: Iterable[str] = ()) -> Parsed:
    """Read pasted text. `products`: known product names and aliases, to split `小美精华×2`."""
    check_text(text)
    known = tuple(sorted({p for p in products if p}, key=len, reverse=True))
    raw = text.splitlines()
    norm = [_norm(r) for r in raw]
    chat = bool(_chat_speakers(norm)) and sum(1 for t in norm if _STAMP.match(t)) >= 1
    chat = chat or sum(1 for t in norm if _MEDIA.match(t)) >= 2
    title = ""
    if chat:
        lines = _parse_chat(raw, norm, known)
    else:
        lines, title = _parse_list(raw, norm, known)
    entries = [p for p in lines if p.kind == ENTRY]
    header_product = ""
    if known and title:
        header_product = next((p for p in known if p.casefold() in title.casefold()), "")
    guess = _guess(title, entries, chat, "\n".join(norm))
    return Parsed(tuple(lines), guess, title, header_product, chat, tuple(entries))


def _parse_list(
    raw: list[str], norm: list[str], known: tuple[str, ...]
) -> tuple[list[PastedLine], str]:
    numbered = [_NUMBERED.match(t) for t in norm]
    first_numbered = next((i for i, m in enumerate(numbered) if m), None)
    out: list[PastedLine] = []
    title = ""
    marked = ""  # the text after a `#接龙` mark
    last_entry: int | None = None
    for i, (r, t) in enumerate(zip(raw, norm, strict=True)):
        n = i + 1
        m = numbered[i]
        if not t:
            out.append(PastedLine(n, r, IGNORED, skipped="空行"))
            continue
        if reason := _header_reason(t):
            if not marked and _JIELONG.match(t):
                marked = _JIELONG.sub("", t).strip()  # `#接龙 小棕瓶团购`: the title follows
            out.append(PastedLine(n, r, HEADER, skipped=reason))
            continue
        if m:
            number = int(m.group(1) or m.group(2) or m.group(3))
            body = m.group(4).strip()
            if not body:
                out.append(PastedLine(n, r, IGNORED, skipped="只有编号，没有名字", number=number))
                continue
            name, items = split_body(body, known)
            out.append(PastedLine(n, r, ENTRY, name=name, items=items, number=number))
            last_entry = len(out) - 1
            continue
        if (first_numbered is not None and i < first_numbered) or (
            first_numbered is None and not title and last_entry is None and _titled(t)
        ):
            if not title:
                title = t
            out.append(PastedLine(n, r, HEADER, skipped="标题" if title == t else "说明文字"))
            continue
        name, items = split_body(t, known)
        if first_numbered is not None and last_entry is not None and not name:
            # a numbered list's unnumbered line without a name continues the line above
            owner = out[last_entry]
            out[last_entry] = _with(owner, items=owner.items + items, joined=owner.joined + (n,))
            out.append(PastedLine(n, r, IGNORED, skipped=f"接第 {owner.line} 行"))
            continue
        if not name:
            out.append(PastedLine(n, r, IGNORED, skipped="没有名字"))
            continue
        out.append(PastedLine(n, r, ENTRY, name=name, items=items))
        last_entry = len(out) - 1
    return out, " ".join(t for t in (marked, title) if t)
