"""Phone numbers as text: mainland mobiles normalised to 11 digits, anything else kept and flagged."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.text import clean, normal

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_IN_TEXT = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)")
_SCI = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+]?\d+$")


def normalize_phone(value: object) -> tuple[str | None, bool]:
    """Return (phone, flagged). Mobiles become 11 digits; other text is kept verbatim, flagged.

    Accepts `+86 138 0013 8000`, `138-0013-8000`, numbers (13800138000 or 13800138000.0),
    and `1.38001380E10` as Excel shows a long number.
    """
    if value is None:
        return None, False
    if isinstance(value, bool):
        return clean(value), True
    if isinstance(value, int):
        digits = str(value)
    elif isinstance(value, float):
        if value != value:  # NaN
            return None, False
        digits = str(int(value)) if value.is_integer() else clean(value)
    else:
        typed = clean(value)
        if not typed:
            return None, False
        text = normal(typed)  # full-width digits (１３８…) are read as digits
        if _SCI.match(text):
            try:
                number = Decimal(text)
                digits = str(int(number)) if number == number.to_integral_value() else text
            except InvalidOperation:
                digits = text
        else:
            digits = text
        if digits == text:
            digits = typed  # what is kept (flagged) is the text as typed
    raw = digits
    if len(digits) == 11 and _MOBILE.match(digits):  # most cells: a mobile, nothing to tidy
        return digits, False
    if re.fullmatch(r"\d+\.0+", digits):
        digits = digits.split(".")[0]
    compact = re.sub(r"[\s\-().·]", "", normal(digits))
    for prefix in ("+86", "0086", "86"):
        if compact.startswith(prefix) and len(compact) == len(prefix) + 11:
            compact = compact[len(prefix) :]
            break
    if _MOBILE.match(compact):
        return compact, False
    return raw, True


def phone_in_text(text: str) -> str | None:
    """The first mainland mobile written inside a text (`手机13800138001`, `电话: 138-0013-8003`)."""
    match = _IN_TEXT.search(text)
    if match is None:
        return None
    phone, flagged = normalize_phone(match.group(0))
    return phone if phone and not flagged else None


def mask_phone(phone: str | None) -> str:
    """138****1234 for mobiles; other values keep their first and last two characters."""
    if not phone:
        return ""
    if _MOBILE.match(phone):
        return f"{phone[:3]}****{phone[-4:]}"
    if len(phone) <= 4:
        return "*" * len(phone)
    return phone[:2] + "*" * (len(phone) - 4) + phone[-2:]
