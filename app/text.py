"""Text normalisation and the pinyin keys used by search (full spelling and initials)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

from app.errors import BadValue

_SPACES = re.compile(r"\s+")
MAX_PINYIN_VARIANTS = 16


def clean(value: object) -> str:
    """Text as it is stored: stray whitespace stripped and runs of it (full-width spaces
    included) made one space; otherwise exactly as typed — full-width `，：` stay, emoji stay."""
    if value is None:
        return ""
    return _tidy(str(value))


def _tidy(text: str) -> str:
    # Fast path (most values, every import cell): nothing to strip or collapse.
    if text.isprintable() and "  " not in text and text == text.strip():
        return text
    return _SPACES.sub(" ", text).strip()


def normal(value: object) -> str:
    """NFKC-normalised and cleaned: the form values are compared and parsed in (`２０２４` is
    2024, `ＶＩＰ` is VIP), never the form they are stored in."""
    if value is None:
        return ""
    text = str(value)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _tidy(text)


def fold(value: object) -> str:
    """The key used for matching (search text, identity keys, tags): normalised, lower-cased."""
    # Fast path (微信号, phones, QQ: most keys of an import): tidy printable ASCII is its own
    # NFKC form, and its case fold is its lower case.
    if (
        type(value) is str
        and value.isascii()
        and value.isprintable()
        and "  " not in value
        and value == value.strip()
    ):
        return value.lower()
    return normal(value).casefold()


GENDER_WORDS: dict[str, str] = {
    "男": "男",
    "女": "女",
    "1": "男",
    "2": "女",
    "m": "男",
    "f": "女",
    "male": "男",
    "female": "女",
    "男性": "男",
    "女性": "女",
    "先生": "男",
    "女士": "女",
    "0": "",
    "未知": "",
    "保密": "",
    "": "",
}
"""Every way a sheet or a user writes a gender, folded, to the stored 男 / 女 / "" (unknown)."""


def parse_gender(value: object) -> str:
    """男, 女 or "" for what was written (女士, F, 2 …); `BadValue` for anything else."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    key = fold(value)
    if key in GENDER_WORDS:
        return GENDER_WORDS[key]
    raise BadValue("性别只能是 男/女/1/2/M/F（或 先生/女士），也可以留空")


@lru_cache(maxsize=65536)
def char_readings(char: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of one Han character (曾 → zeng, ceng); () for others.

    Read from pypinyin's single-character table: the same readings, in the same order, as
    `pinyin(char, style=NORMAL, heteronym=True)` (a test compares every character), without
    loading the phrase dictionary, a large JSON file whose parsing holds the interpreter for
    over 100 ms and is not needed for one character."""
    if not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"):
        return ()
    raw = _char_table().get(ord(char))
    if not raw:
        return ()
    seen: dict[str, None] = {}
    for reading in raw.split(","):
        seen.setdefault(_toneless(reading), None)
    return tuple(seen)


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """pypinyin's table of single characters (code point → readings with tones), read from its
    data file. Importing the package itself would also parse its phrase dictionary."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pypinyin")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            table = json.loads(path.read_text(encoding="utf-8"))
            return {int(k): v for k, v in table.items()}
    from pypinyin.pinyin_dict import pinyin_dict  # a packaging without the data file

    return dict(pinyin_dict)


def warm_pinyin() -> None:
    """Read the character table now (a worker calls this after the first paint), so the first
    search or tag edit does not pause for it."""
    _char_table()


def _toneless(reading: str) -> str:
    """`zēng` → `zeng`, `lǜ` → `lv`, `ê̄` → `ê` (pypinyin's NORMAL style, ü written v)."""
    parts = unicodedata.normalize("NFD", reading).replace("u\u0308", "v").replace("e\u0302", "ê")
    return "".join(c for c in parts if not unicodedata.combining(c))


def pinyin_keys(value: str) -> list[str]:
    """Full spellings and initials of a text, one per combination of readings (capped).

    Non-Han characters are kept as they are (folded), so `Amy小美` yields `amyxiaomei` and `amyxm`.
    """
    return list(_pinyin_keys(value))


@lru_cache(maxsize=16384)
def _pinyin_keys(value: str) -> tuple[str, ...]:
    # Cached: a member's nickname is spelled for her search text and again for her sort key,
    # and names repeat across a roster.
    text = fold(value)
    if not text:
        return ()
    # Most names have one reading per character: both spellings by str.translate.
    full = text.translate(_FULL)
    if _SEVERAL in full:
        return _spellings(text)
    if _HAN not in full:
        return ()
    full = full.replace(_HAN, "")
    initials = text.translate(_INITIAL).replace(_HAN, "")
    return (full,) if full == initials else (full, initials)


def _spellings(text: str) -> tuple[str, ...]:
    """Full spellings, then initials, one per combination of readings (capped); () without Han."""
    parts: list[tuple[str, ...]] = []
    has_han = False
    for ch in text:
        readings, han = _spelling(ch)
        if readings:
            parts.append(readings)
            has_han = has_han or han
    if not has_han:
        return ()
    fulls: list[str] = []
    initials: list[str] = []
    for count, combo in enumerate(product(*parts)):
        if count >= MAX_PINYIN_VARIANTS:
            break
        fulls.append("".join(combo))
        initials.append("".join(p[0] for p in combo))
    return tuple(dict.fromkeys(fulls + initials))


def _spelling(ch: str) -> tuple[tuple[str, ...], bool]:
    """What one character of folded text contributes to a spelling, and whether it is Han:
    its readings; other letters and digits themselves; anything else nothing."""
    readings = char_readings(ch)
    if readings:
        return readings, True
    return ((ch,) if ch.isalnum() else ()), False


_SEVERAL = "\x01"  # in a translation: a character with several readings (spelt the long way)
_HAN = "\x02"  # in a translation: after each Han character's reading


class _SpellingTable(dict[int, str]):
    """A str.translate table filled as characters are met: a Han character with one reading
    becomes that reading (or its initial) and a mark, other letters and digits stay, anything
    else goes."""

    def __init__(self, initial: bool) -> None:
        super().__init__()
        self._initial = initial

    def __missing__(self, code: int) -> str:
        readings, han = _spelling(chr(code))
        if len(readings) > 1:
            out = _SEVERAL
        elif not readings:
            out = ""
        elif han:
            out = (readings[0][0] if self._initial else readings[0]) + _HAN
        else:
            out = readings[0]
        self[code] = out
        return out


_FULL = _SpellingTable(initial=False)
_INITIAL = _SpellingTable(initial=True)


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
    text = normal(value)  # tags are matching keys: `ＶＩＰ／新人` is VIP and 新人
    if not text:
        return []
    pieces = re.split(r"[，、,/;；|\s]+", text)
    return list(dict.fromkeys(p for p in pieces if p))
