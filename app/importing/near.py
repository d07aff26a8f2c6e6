"""Near-duplicate nicknames after an import: offered for merge, never merged silently.

A member the batch created and a member who was already there are a pair when their nicknames
are the same once normalised the way pasted names are (NFKC, case, emoji, spaces and group
suffixes: `小美🐰`, `Amy-杭州`, `ＡＭＹ` all become the key of `小美` / `amy`), or close by
rapidfuzz's ratio on those keys. Identities decide against a pair: two members who share a 微信号,
手机, QQ or 企微 id were already matched by the import (a "new" row is the user's choice), and two
who hold different ones are two people. Keys that differ in their digits (`小美12`, `小美13`) are
different people too.

Cost: one pass over the keys with a dict for the exact pairs; the fuzzy pass compares only keys
that share their first character, block by block with `rapidfuzz.process.cdist`, within a budget
of comparisons (past it only exact pairs are offered).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.importing.model import NearDuplicate
from app.paste.matching import stripped_key
from db.models import Member

FUZZY_CUTOFF = 85
FUZZY_MIN_LEN = 3  # shorter keys only pair when equal
FUZZY_BUDGET = 30_000_000  # key comparisons the fuzzy pass may make
PER_MEMBER = 5  # pairs offered for one imported member
MAX_PAIRS = 500
IDENTITIES = (2, 3, 4, 5)  # positions of wechat, phone, qq, wecom_id in a row
_DIGITS = re.compile(r"\d+")

Row = Sequence[Any]  # id, nickname, wechat, phone, qq, wecom_id


def _rows(s: Session, batch_id: int) -> tuple[list[Row], list[Row]]:
    columns = (Member.id, Member.nickname, Member.wechat, Member.phone, Member.qq, Member.wecom_id)
    live = (Member.deleted_at.is_(None), Member.merged_into.is_(None))
    created = s.execute(select(*columns).where(Member.import_batch_id == batch_id, *live)).all()
    others = s.execute(
        select(*columns).where(
            or_(Member.import_batch_id.is_(None), Member.import_batch_id != batch_id), *live
        )
    ).all()
    return [tuple(r) for r in created], [tuple(r) for r in others]


def _related(a: Row, b: Row) -> bool:
    """True when identities already tell: a shared one (matched) or a different one (two people)."""
    return any(a[i] and b[i] for i in IDENTITIES)


def _keys(rows: Sequence[Row]) -> dict[str, list[int]]:
    """Normalised nickname key → positions of the rows carrying it."""
    out: dict[str, list[int]] = defaultdict(list)
    for pos, row in enumerate(rows):
        key = stripped_key(row[1] or "")
        if key:
            out[key].append(pos)
    return out


def _fuzzy_pairs(new_keys: list[str], old_keys: list[str]) -> list[tuple[str, str, float]]:
    """Close keys sharing their first character (equal keys are the exact pass's)."""
    blocks_old: dict[str, list[str]] = defaultdict(list)
    for key in old_keys:
        if len(key) >= FUZZY_MIN_LEN:
            blocks_old[key[0]].append(key)
    blocks_new: dict[str, list[str]] = defaultdict(list)
    for key in new_keys:
        if len(key) >= FUZZY_MIN_LEN and key[0] in blocks_old:
            blocks_new[key[0]].append(key)
    budget = FUZZY_BUDGET
    out: list[tuple[str, str, float]] = []
    for first, queries in blocks_new.items():
        choices = blocks_old[first]
        budget -= len(queries) * len(choices)
        if budget < 0:
            break
        scores = process.cdist(
            queries, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, workers=-1
        )
        for i, j in zip(*scores.nonzero(), strict=True):
            a, b = queries[int(i)], choices[int(j)]
            if a != b and _DIGITS.findall(a) == _DIGITS.findall(b):
                out.append((a, b, float(scores[i, j])))
    return out


def near_duplicates(s: Session, batch_id: int) -> list[NearDuplicate]:
    """Pairs (created by batch `batch_id`, already there) with near-duplicate nicknames, best first."""
    created, others = _rows(s, batch_id)
    if not created or not others:
        return []
    new_index, old_index = _keys(created), _keys(others)
    scored: list[tuple[str, str, float]] = [(k, k, 100.0) for k in new_index if k in old_index]
    scored += _fuzzy_pairs(list(new_index), list(old_index))
    scored.sort(key=lambda t: -t[2])
    offered: dict[int, int] = defaultdict(int)
    pairs: list[NearDuplicate] = []
    for new_key, old_key, score in scored:
        for i in new_index[new_key]:
            a = created[i]
            for j in old_index[old_key]:
                b = others[j]
                if offered[a[0]] >= PER_MEMBER or _related(a, b):
                    continue
                offered[a[0]] += 1
                pairs.append(NearDuplicate(a[0], a[1], b[0], b[1], score))
                if len(pairs) >= MAX_PAIRS:
                    return _ordered(pairs)
    return _ordered(pairs)


def _ordered(pairs: list[NearDuplicate]) -> list[NearDuplicate]:
    return sorted(pairs, key=lambda p: (-p.score, p.imported_id, p.existing_id))
