"""Matching pasted names to members: group nickname, nickname, name; then pinyin; then fuzzy.

Every match carries a confidence (0–1) and its candidates, best first. Only a unique exact match
(after normalising) is certain; a pinyin or fuzzy match, or two members with the same name, is
"ambiguous" and waits for the user. Members of the preferred groups (the chosen group, or the
activity's groups) win a tie.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.text import char_readings, fold
from db.models import GroupMembership, Member

MATCHED, AMBIGUOUS, UNMATCHED, DUPLICATE = "matched", "ambiguous", "unmatched", "duplicate"
CERTAIN = 0.9
RAW, EXACT, STRIPPED, PINYIN, FUZZY = 0.96, 0.93, 0.9, 0.8, 0.75
TIE = 0.025  # candidates this close to the best one make a line ambiguous
FUZZY_CUTOFF = 70
MAX_CANDIDATES = 5
NEAR_LIMIT = 2000  # keys the fuzzy scorer looks at per name (those sharing most characters)

_BRACKETS = re.compile(r"[(\[【〔<《][^)\]】〕>》]*[)\]】〕>》]")
_SUFFIX = re.compile(r"^(.+?)\s*[-_|/~·•@]\s*\S.*$")
_INVISIBLE = {"\u200d", "\ufe0f", "\ufe0e", "\u200b", "\u20e3"}


def _no_emoji(text: str) -> str:
    return "".join(
        ch
        for ch in text
        if ch not in _INVISIBLE and unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co", "Mn")
    )


def raw_key(text: str) -> str:
    """NFKC, casefold, no spaces; emoji kept (`琪💄` and `琪` are different people first)."""
    return re.sub(r"\s+", "", fold(text))


def full_key(text: str) -> str:
    """NFKC, casefold, no emoji, no spaces: `小美🐰　` → `小美`."""
    return re.sub(r"\s+", "", _no_emoji(fold(text)))


def stripped_key(text: str) -> str:
    """The full key without group suffixes: `小美🐰（3群）`, `小美-杭州` → `小美`."""
    t = _no_emoji(fold(text))
    t = _BRACKETS.sub("", t).strip()
    if m := _SUFFIX.match(t):
        t = m.group(1)
    return re.sub(r"\s+", "", t) or full_key(text)


def spellings(key: str) -> set[str]:
    """Full pinyin spellings of a key (each combination of readings, capped); latin stays."""
    combos: list[str] = [""]
    han = False
    for ch in key:
        readings = char_readings(ch)
        if readings:
            han = True
        opts = readings or ((ch,) if ch.isalnum() else ())
        if opts:
            combos = [c + r for c in combos for r in opts][:16]
    if not han:
        return {key} if key.isascii() and key.isalpha() else set()
    return set(combos)


@dataclass(frozen=True)
class Candidate:
    member_id: int
    label: str
    score: float
    via: str


@dataclass(frozen=True)
class Match:
    member_id: int | None
    confidence: float
    decision: str
    candidates: tuple[Candidate, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class _Name:
    member_id: int
    text: str
    via: str
    group_id: int | None


class MemberIndex:
    """Names of the live members, indexed by their keys (built once per paste)."""

    def __init__(self, names: Iterable[_Name], labels: dict[int, str], preferred: set[int]) -> None:
        self.labels = labels
        self.preferred = preferred  # members of the preferred groups
        self.raw: dict[str, list[_Name]] = {}
        self.full: dict[str, list[_Name]] = {}
        self.stripped: dict[str, list[_Name]] = {}
        for n in names:
            if k := raw_key(n.text):
                self.raw.setdefault(k, []).append(n)
            if k := full_key(n.text):
                self.full.setdefault(k, []).append(n)
            if k := stripped_key(n.text):
                self.stripped.setdefault(k, []).append(n)
        self._pinyin: dict[str, list[_Name]] | None = None
        self._keys: list[str] | None = None
        self._by_char: dict[str, list[int]] | None = None

    @classmethod
    def load(cls, s: Session, group_ids: Sequence[int] = ()) -> MemberIndex:
        names: list[_Name] = []
        labels: dict[int, str] = {}
        live = Member.deleted_at.is_(None) & Member.merged_into.is_(None)
        for mid, nick, name in s.execute(
            select(Member.id, Member.nickname, Member.name).where(live)
        ):
            labels[mid] = nick or name or f"#{mid}"
            names += [_Name(mid, nick, "昵称", None), _Name(mid, name, "姓名", None)]
        preferred: set[int] = set()
        rows = s.execute(
            select(
                GroupMembership.member_id,
                GroupMembership.group_id,
                GroupMembership.group_nickname,
                GroupMembership.left,
            )
        )
        for mid, gid, gnick, left in rows:
            if mid not in labels:
                continue
            if gid in group_ids and left is None:
                preferred.add(mid)
            if gnick:
                names.append(_Name(mid, gnick, "群昵称", gid))
        return cls(names, labels, preferred)

    def pinyin(self) -> dict[str, list[_Name]]:
        if self._pinyin is None:
            self._pinyin = {}
            for key, found in self.stripped.items():
                for sp in spellings(key):
                    self._pinyin.setdefault(sp, []).extend(found)
        return self._pinyin

    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = list(self.stripped)
        return self._keys

    def near(self, key: str) -> list[str]:
        """Keys sharing the most characters with `key`: what the fuzzy scorer compares against.

        Scoring every key of 100,000 members for each unknown name is too slow; a key with no
        character in common cannot reach the cutoff anyway.
        """
        keys = self.keys()
        if self._by_char is None:
            self._by_char = {}
            for i, k in enumerate(keys):
                for ch in set(k):
                    self._by_char.setdefault(ch, []).append(i)
        shared: dict[int, int] = {}
        for ch in set(key):
            for i in self._by_char.get(ch, ()):
                shared[i] = shared.get(i, 0) + 1
        best = sorted(shared, key=lambda i: -shared[i])[:NEAR_LIMIT]
        return [keys[i] for i in best]

    def match(self, name: str) -> Match:
        if not full_key(name):
            return Match(None, 0.0, UNMATCHED, note="这一行没有名字")
        scored: dict[int, Candidate] = {}

        def add(found: Iterable[_Name], score: float) -> None:
            for n in found:
                bonus = 0.03 if n.member_id in self.preferred else 0.0
                s = score + bonus
                if n.member_id not in scored or scored[n.member_id].score < s:
                    scored[n.member_id] = Candidate(
                        n.member_id, self.labels[n.member_id], round(s, 3), n.via
                    )

        fk, sk = full_key(name), stripped_key(name)
        add(self.raw.get(raw_key(name), ()), RAW)
        add(self.full.get(fk, ()), EXACT)
        add(self.stripped.get(sk, ()), STRIPPED)
        if not scored:
            hits = [n for sp in spellings(sk) for n in self.pinyin().get(sp, ())]
            add([_Name(n.member_id, n.text, "拼音", n.group_id) for n in hits], PINYIN)
        if not scored:
            for key, score, _ in process.extract(
                sk,
                self.near(sk),
                scorer=fuzz.WRatio,
                limit=MAX_CANDIDATES,
                score_cutoff=FUZZY_CUTOFF,
            ):
                found = [_Name(n.member_id, n.text, "相似", n.group_id) for n in self.stripped[key]]
                add(found, FUZZY * score / 100)
        return _decide(sorted(scored.values(), key=lambda c: (-c.score, c.member_id)))


def _decide(cands: list[Candidate]) -> Match:
    top = tuple(cands[:MAX_CANDIDATES])
    if not top:
        return Match(None, 0.0, UNMATCHED, note="没有找到这个名字的成员")
    best = top[0]
    rivals = [c for c in top[1:] if c.score >= best.score - TIE]
    if best.score >= CERTAIN and not rivals:
        return Match(best.member_id, best.score, MATCHED, top)
    if rivals:
        note = f"有 {len(rivals) + 1} 位成员都叫这个名字，请选择"
    elif best.via == "拼音":
        note = "只是读音相同，请确认"
    else:
        note = "名字不完全一样，请确认"
    return Match(None, best.score, AMBIGUOUS, top, note)


def confirmed(m: Match, member_id: int, label: str) -> Match:
    """The user chose `member_id` for an unsure line."""
    return Match(member_id, 1.0, MATCHED, m.candidates, f"已确认为「{label}」")
