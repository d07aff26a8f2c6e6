"""Text normalisation and the pinyin keys used by search (full spelling and initials)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

_SPACES = re.compile(r"\s+")
MAX_PINYIN_VARIANTS = 16


def clean(value: object) -> str:
    """NFKC-normalise and strip stray whitespace (full-width spaces included); keeps emoji."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return _SPACES.sub(" ", text).strip()


def fold(value: object) -> str:
    """The form used for matching: cleaned and lower-cased."""
    return clean(value).casefold()


@lru_cache(maxsize=65536)
def char_readings(char: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of one Han character (曾 → zeng, ceng); () for others."""
    if not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"):
        return ()
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    if not readings or not readings[0]:
        return ()
    seen: dict[str, None] = {}
    for reading in readings[0]:
        seen.setdefault(reading.replace("ü", "v"), None)
    return tuple(seen)


def pinyin_keys(value: str) -> list[str]:
    """Full spellings and initials of a text, one per combination of readings (capped).

    Non-Han characters are kept as they are (folded), so `Amy小美` yields `amyxiaomei` and `amyxm`.
    """
    text = fold(value)
    if not text:
        return []
    parts: list[tuple[str, ...]] = []
    has_han = False
    for ch in text:
        readings = char_readings(ch)
        if readings:
            has_han = True
            parts.append(readings)
        elif ch.isalnum():
            parts.append((ch,))
    if not has_han:
        return []
    fulls: list[str] = []
    initials: list[str] = []
    for count, combo in enumerate(product(*parts)):
        if count >= MAX_PINYIN_VARIANTS:
            break
        fulls.append("".join(combo))
        initials.append("".join(p[0] for p in combo))
    return list(dict.fromkeys(fulls + initials))


def search_blob(
    *,
    nickname: str,
    name: str,
    wechat: str | None,
    phone: str | None,
    qq: str | None,
    note: str,
    extra: str = "",
    titles: Sequence[str] = (),
) -> str:
    """The text a member is found by: fields folded, plus pinyin keys of name and nickname.

    `titles` (her self-claimed title and specialties) come last, folded and with their pinyin
    keys (`hsw` finds 喝水委员); without them the text is what it always was.
    """
    fields = [
        fold(nickname),
        fold(name),
        fold(wechat),
        fold(phone),
        fold(qq),
        fold(note),
        fold(extra),
    ]
    keys = pinyin_keys(nickname) + pinyin_keys(name)
    for title in titles:
        keys += [fold(title), *pinyin_keys(title)]
    return "\n".join(f for f in fields + keys if f)


def like_pattern(needle: str) -> str:
    """A `LIKE … ESCAPE '\\'` pattern matching `needle` anywhere."""
    escaped = fold(needle).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def split_tags(value: object) -> list[str]:
    """Split a tag cell on `，、,/;；|` and spaces; empty pieces dropped, order kept, no repeats."""
    text = clean(value)
    if not text:
        return []
    pieces = re.split(r"[，、,/;；|\s]+", text)
    return list(dict.fromkeys(p for p in pieces if p))
