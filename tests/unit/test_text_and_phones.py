"""Normalisation rules from PRODUCT.md: text, pinyin keys, tags, phones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.phones import mask_phone, normalize_phone
from app.text import clean, fold, like_pattern, normal, pinyin_keys, search_blob, split_tags


def test_clean_strips_whitespace_keeps_what_was_typed_fold_normalises() -> None:
    assert clean("\u3000小美　🌸 ") == "小美 🌸"
    assert clean("ＡＢＣ１２３，备注：好") == "ＡＢＣ１２３，备注：好"
    assert normal("ＡＢＣ１２３") == "ABC123"
    assert fold("ＡＢＣ１２３") == "abc123"
    assert clean(None) == "" and normal(None) == ""
    assert fold("  Amy ") == "amy"


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=16) | st.text(max_size=8))
def test_fold_is_normal_then_casefold_for_any_text(text: str) -> None:
    # `fold` takes a short cut for tidy ASCII; it must give what the long way gives.
    assert fold(text) == normal(text).casefold()


def test_pinyin_full_and_initials() -> None:
    keys = pinyin_keys("小美")
    assert "xiaomei" in keys and "xm" in keys


@pytest.mark.parametrize(
    ("text", "expected"), [("曾小美", {"zxm", "cxm"}), ("单丽", {"sl", "dl", "cl"})]
)
def test_every_reading_of_heteronyms_is_indexed(text: str, expected: set[str]) -> None:
    assert expected <= set(pinyin_keys(text))


def test_pinyin_keys_mixed_and_plain_text() -> None:
    keys = pinyin_keys("Amy小美")
    assert "amyxiaomei" in keys and "amyxm" in keys
    assert pinyin_keys("hello") == []


_NAME_CHARS = st.sampled_from(
    list("小美曾单乐行长重张丽王静婷Amy019 _-·、，。😀ⅫⅡ①ÉßK\x01\x02\u3400\u4dbf\u9fff\uf900")
)


@given(st.text(alphabet=_NAME_CHARS, max_size=10) | st.text(max_size=6))
def test_pinyin_keys_of_any_text_are_the_spelling_of_each_reading(text: str) -> None:
    """The quick translation (one reading per character) gives what spelling every
    combination of readings gives: the search index stores these keys."""
    from app.text import _pinyin_keys, _spellings

    expected = _spellings(fold(text)) if fold(text) else ()
    assert _pinyin_keys.__wrapped__(text) == expected


def test_search_blob_holds_fields_and_pinyin() -> None:
    blob = search_blob(
        nickname="小美🌸",
        name="曾丽",
        wechat="XM_01",
        phone="13800138000",
        qq=None,
        note="对酒精敏感",
    )
    for needle in ("小美", "xm_01", "0013", "酒精", "xm", "zl", "cl", "zengli"):
        assert needle in blob


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_a") == "%50\\%\\_a%"


def test_split_tags_on_every_separator() -> None:
    assert split_tags("成分党，抗老、美白,防晒/祛痘;彩妆；香水|身体护理 高意向") == [
        "成分党",
        "抗老",
        "美白",
        "防晒",
        "祛痘",
        "彩妆",
        "香水",
        "身体护理",
        "高意向",
    ]
    assert split_tags("  ") == []
    assert split_tags("a,a,b") == ["a", "b"]


@pytest.mark.parametrize(
    "raw",
    [
        "+86 138 0013 8000",
        "138-0013-8000",
        13800138000,
        13800138000.0,
        "1.38001380E10",
        "13800138000.0",
        "0086 13800138000",
        "８６１３８００１３８０００",
    ],
)
def test_mainland_phones_normalised(raw: object) -> None:
    assert normalize_phone(raw) == ("13800138000", False)


@pytest.mark.parametrize("raw", ["021-12345678", "12345", "n/a", "+1 415 555 0100"])
def test_other_phones_kept_verbatim_and_flagged(raw: str) -> None:
    phone, flagged = normalize_phone(raw)
    assert flagged and phone == clean(raw)


def test_empty_phone() -> None:
    assert normalize_phone(None) == (None, False)
    assert normalize_phone("  ") == (None, False)
    assert normalize_phone(float("nan")) == (None, False)


def test_mask_phone() -> None:
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("021-12345678") == "02********78"
    assert mask_phone(None) == ""


def test_char_readings_agree_with_pypinyin_for_every_han_character() -> None:
    """The single-character table gives what pypinyin's own conversion gives, for all of them
    (the search index stores these keys: a difference would hide members from search)."""
    from pypinyin import Style, pinyin

    from app.text import char_readings

    ranges = (range(0x3400, 0xA000), range(0xF900, 0xFB00))
    differ = []
    for cp in (c for r in ranges for c in r):
        ch = chr(cp)
        got = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
        want = tuple(dict.fromkeys(r.replace("ü", "v") for r in got[0])) if got and got[0] else ()
        if char_readings(ch) != want:
            differ.append((ch, char_readings(ch), want))
    assert differ == []


@given(st.integers(min_value=10**10, max_value=10**11 - 1))
def test_an_eleven_digit_number_reads_the_same_as_number_float_and_text(n: int) -> None:
    """Phones come as numbers, floats or text: each reads the same; a mainland mobile
    (1, then 3–9) is kept as its 11 digits, any other number is kept and flagged."""
    mobile = str(n)[0] == "1" and str(n)[1] in "3456789"
    expected = (str(n), not mobile)
    assert normalize_phone(n) == normalize_phone(float(n)) == normalize_phone(str(n)) == expected
    assert normalize_phone(f" {str(n)[:3]}-{str(n)[3:7]}-{str(n)[7:]} ")[1] is not mobile
