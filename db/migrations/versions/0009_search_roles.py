"""search text: self-claimed titles and specialties, with their pinyin

Revision ID: 0009_search_roles
Revises: 0008_products

A member's search text gains her role (自封头衔) and her specialties, folded and with their
pinyin keys, at its end (`app/text.py search_blob`, `titles`). Only members with a role or a
specialty change, so the text of everyone else is left as it is: the work is one read and
one executemany over those members (a few thousand of 100,000).

`db/` may not import `app/`, and a migration must keep doing what it did when the app
changes: the folding and pinyin rules of `app/text.py` at this revision are copied here.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product

import sqlalchemy as sa
from alembic import op

revision = "0009_search_roles"
down_revision = "0008_products"
branch_labels = None
depends_on = None

_SPACES = re.compile(r"\s+")
_MAX_VARIANTS = 16


def _fold(value: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip().casefold()


def _readings(char: str) -> tuple[str, ...]:
    if not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"):
        return ()
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    if not found or not found[0]:
        return ()
    return tuple(dict.fromkeys(r.replace("ü", "v") for r in found[0]))


def _pinyin_keys(text: str) -> list[str]:
    parts: list[tuple[str, ...]] = []
    has_han = False
    for ch in _fold(text):
        readings = _readings(ch)
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
        if count >= _MAX_VARIANTS:
            break
        fulls.append("".join(combo))
        initials.append("".join(p[0] for p in combo))
    return list(dict.fromkeys(fulls + initials))


def _titles_text(titles: list[str]) -> list[str]:
    out: list[str] = []
    for title in titles:
        out += [_fold(title), *_pinyin_keys(title)]
    return [t for t in out if t]


def _members(conn: sa.Connection) -> list[tuple[int, str, list[str]]]:
    """(id, search text, titles) of the members with a role or a specialty."""
    specialties: dict[int, list[str]] = {}
    for member_id, name in conn.execute(
        sa.text(
            "SELECT ms.member_id, s.name FROM member_specialties ms "
            "JOIN specialties s ON s.id = ms.specialty_id"
        )
    ):
        specialties.setdefault(member_id, []).append(name)
    rows = conn.execute(
        sa.text(
            "SELECT id, search_text, role FROM members "
            "WHERE (role IS NOT NULL AND role <> '') "
            "OR id IN (SELECT member_id FROM member_specialties)"
        )
    ).all()
    return [
        (i, text or "", [t for t in (role or "", *sorted(specialties.get(i, ()))) if t])
        for i, text, role in rows
    ]


def _rewrite(add: bool) -> None:
    conn = op.get_bind()
    updates = []
    for member_id, text, titles in _members(conn):
        extra = _titles_text(titles)
        if not extra:
            continue
        tail = "\n".join(extra)
        if add:
            new = f"{text}\n{tail}" if text else tail
        elif text.endswith(tail):
            new = text[: -len(tail)].rstrip("\n")
        else:
            continue
        updates.append({"id": member_id, "text": new})
    if updates:
        conn.execute(sa.text("UPDATE members SET search_text = :text WHERE id = :id"), updates)


def upgrade() -> None:
    _rewrite(add=True)


def downgrade() -> None:
    _rewrite(add=False)
