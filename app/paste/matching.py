"""Matching pasted names to members: group nickname, nickname, name; then pinyin; then fuzzy.

Every match carries a confidence (0–1) and its candidates, best first. Only a unique exact match
(after normalising) is certain; a pinyin or fuzzy match, or two members with the same name, is
"ambiguous" and waits for the user. Members of the preferred groups (the chosen group, or the
activity's groups) win a tie.
"""

from __future__ import annotations

import copy
import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.text import char_readings, fold
from db.models import GroupMembership, Member
from db.models_paste import MatchChar, MatchName, MatchSpelling

MATCHED, AMBIGUOUS, UNMATCHED, DUPLICATE = "matched", "ambiguous", "unmatched", "duplicate"
CERTAIN = 0.9
RAW, EXACT, STRIPPED, PINYIN, FUZZY = 0.96, 0.93, 0.9, 0.8, 0.75
TIE = 0.025  # candidates this close to the best one make a line ambiguous
FUZZY_CUTOFF = 70
MAX_CANDIDATES = 5
NEAR_LIMIT = 2000
NEAR_CHARS = 8  # the rarest characters of a name that choose its near keys
MEMO_LIMIT = 20_000  # matches kept for the next preview  # keys the fuzzy scorer looks at per name (those sharing most characters)

_BRACKETS = re.compile(r"[(\[【〔<《][^)\]】〕>》]*[)\]】〕>》]")
_SUFFIX = re.compile(r"^(.+?)\s*[-_|/~·•@]\s*\S.*$")
_SPACES = re.compile(r"\s+")
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
            if len(readings) == 1:
                one = readings[0]
                combos = [c + one for c in combos]
            else:
                combos = [c + r for c in combos for r in readings][:16]
        elif ch.isalnum():
            combos = [c + ch for c in combos]
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


_VIA = ("昵称", "姓名", "群昵称")  # the code of a name's source is its index here
_PLAIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
BONUS = 0.03  # members of the preferred groups


def name_keys(text: str) -> tuple[str, str, str]:
    """(raw, full, stripped) keys of a name; a plain name (Han, latin, digits) is its own key."""
    if _PLAIN.fullmatch(text):
        low = text.lower()
        return low, low, low
    folded = fold(text)
    shown = _no_emoji(folded)
    full = _SPACES.sub("", shown)
    t = _BRACKETS.sub("", shown).strip()
    if m := _SUFFIX.match(t):
        t = m.group(1)
    return _SPACES.sub("", folded), full, _SPACES.sub("", t) or full


class _Lazy:
    """What an index builds on first need: the pinyin spellings, the keys, keys by character."""

    def __init__(self) -> None:
        self.pinyin: dict[str, tuple[int, ...]] | None = None
        self.keys: list[str] | None = None
        self.by_char: dict[str, set[int]] | None = None
        # Matches already made (the page previews again on every edit of the same lines).
        self.matches: dict[tuple[str, frozenset[int]], Match] = {}


class MemberIndex:
    """Names of the live members by their keys, built once and kept while no name changes.

    A name is stored as the int `member_id << 2 | via` (via: 0 nickname, 1 name, 2 group
    nickname) under each of its keys: 300,000 names of 100,000 members stay small and quick to
    build, and a sorted list gives each member once, lowest id first, with the name she was
    found by that counts first. A name whose three keys are one (most names: plain Han or
    latin) is stored once, in `plain`; the others under each key in `raw`, `full`, `stripped`.
    """

    def __init__(self, labels: dict[int, str], preferred: set[int] | frozenset[int] = frozenset()):
        self.labels = labels
        self.preferred: set[int] | frozenset[int] = preferred
        # Tuples, not lists: tuples of ints are left out of the garbage collector's rounds, so
        # a big index does not make every full collection slow.
        self.plain: dict[str, tuple[int, ...]] = {}
        self.raw: dict[str, tuple[int, ...]] = {}
        self.full: dict[str, tuple[int, ...]] = {}
        self.stripped: dict[str, tuple[int, ...]] = {}
        self._lazy = _Lazy()  # shared with the views `for_preferred` makes

    def add(self, text: str, codes: Iterable[int]) -> None:
        """File the names `codes` (`member_id << 2 | via`) that read `text` under its keys."""
        if not text:
            return
        self._file(*name_keys(text), tuple(codes))

    def _file(self, raw: str, full: str, stripped: str, more: tuple[int, ...]) -> None:
        if raw == full == stripped:
            if raw:
                self.plain[raw] = self.plain.get(raw, ()) + more
            return
        for table, key in ((self.raw, raw), (self.full, full), (self.stripped, stripped)):
            if key:
                table[key] = table.get(key, ()) + more

    @classmethod
    def load(cls, s: Session, group_ids: Iterable[int] = ()) -> MemberIndex:
        labels: dict[int, str] = {}
        # Names repeat (many members are 小美): each text is keyed once, for all who bear it.
        by_text: dict[str, list[int]] = {}
        live = Member.deleted_at.is_(None) & Member.merged_into.is_(None)
        conn = s.connection()
        for mid, nick, name in conn.execute(
            select(Member.id, Member.nickname, Member.name).where(live).order_by(Member.id)
        ).all():
            labels[mid] = nick or name or f"#{mid}"
            if nick:
                by_text.setdefault(nick, []).append(mid << 2)
            if name:
                by_text.setdefault(name, []).append(mid << 2 | 1)
        for mid, gnick in conn.execute(
            select(GroupMembership.member_id, GroupMembership.group_nickname).where(
                GroupMembership.group_nickname != ""
            )
        ).all():
            if mid in labels:
                by_text.setdefault(gnick, []).append(mid << 2 | 2)
        index = cls(labels)
        for text, codes in by_text.items():
            index.add(text, codes)
        index.seal()
        if groups := tuple(group_ids):
            index.preferred = preferred_members(s, groups)
        return index

    def for_preferred(self, preferred: set[int] | frozenset[int]) -> MemberIndex:
        """The same index (shared, not copied) with other preferred members."""
        view = copy.copy(self)
        view.preferred = preferred
        return view

    def warm(self) -> None:
        """Build now what the first unsure name would build (pinyin, characters)."""
        self.pinyin()
        self.near("")

    def seal(self) -> None:
        """Sort every list of codes (after the last `add`): `match` reads them in order."""
        for table in (self.plain, self.raw, self.full, self.stripped):
            for key, codes in table.items():
                table[key] = tuple(sorted(codes))
        self._lazy = _Lazy()

    def _found(self, table: dict[str, tuple[int, ...]], key: str) -> Iterable[int]:
        """Codes of the names with this key in `table` or among the plain names, in order."""
        a, b = self.plain.get(key), table.get(key)
        if a and b:
            return heapq.merge(a, b)  # lazily: `take` often stops after a few
        return a or b or ()

    def pinyin(self) -> dict[str, tuple[int, ...]]:
        lazy = self._lazy
        if lazy.pinyin is None:
            out: dict[str, list[int]] = {}
            for table in (self.plain, self.stripped):
                for key, codes in table.items():
                    for sp in spellings(key):
                        out.setdefault(sp, []).extend(codes)
            lazy.pinyin = {sp: tuple(codes) for sp, codes in out.items()}
        return lazy.pinyin

    def _spelled(self, found: set[str]) -> list[int]:
        """Codes of the names whose stripped key reads as one of these spellings, in order."""
        table = self.pinyin()
        return sorted({c for sp in found for c in table.get(sp, ())})

    def _need_keys(self, keys: Iterable[str]) -> None:
        """Make sure the names of these stripped keys are known (all are, here)."""

    def prepare(self, names: Iterable[str]) -> None:
        """Get ready to match these names (all names are known here)."""

    def keys(self) -> list[str]:
        """Every stripped key (what the fuzzy scorer compares against)."""
        lazy = self._lazy
        if lazy.keys is None:
            lazy.keys = list(dict.fromkeys([*self.plain, *self.stripped]))
        return lazy.keys

    def near(self, key: str) -> list[str]:
        """Keys sharing the most characters with `key`: what the fuzzy scorer compares against.

        Scoring every key of 100,000 members for each unknown name is too slow; a key with no
        character in common cannot reach the cutoff anyway. Keys sharing two characters or more
        come first (set intersections, most shared first), then keys sharing one, rarest
        character first, up to `NEAR_LIMIT`.
        """
        keys, lazy = self.keys(), self._lazy
        if lazy.by_char is None:
            by_char: dict[str, set[int]] = {}
            for i, k in enumerate(keys):
                for ch in set(k):
                    by_char.setdefault(ch, set()).add(i)
            lazy.by_char = by_char
        found = [lazy.by_char[ch] for ch in set(key) if ch in lazy.by_char]
        found.sort(key=len)
        found = found[:NEAR_CHARS]
        shared: Counter[int] = Counter()
        for i, one in enumerate(found):
            for other in found[i + 1 :]:
                shared.update(one & other)
        best = [i for i, _ in shared.most_common(NEAR_LIMIT)]
        seen = set(best)
        for one in found:
            need = NEAR_LIMIT - len(best)
            if need <= 0:
                break
            more = list(islice(one - seen if seen else one, need))
            best += more
            seen.update(more)
        return [keys[i] for i in best]

    def match(self, name: str) -> Match:
        """The member a pasted name is (or the candidates); the same answer while the index
        lives, so it is kept for the next preview."""
        memo = self._lazy.matches
        key = (name, frozenset(self.preferred))
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            found = memo[key] = self._match(name)
        return found

    def _match(self, name: str) -> Match:
        if not full_key(name):
            return Match(None, 0.0, UNMATCHED, note="这一行没有名字")
        best: dict[int, tuple[float, str]] = {}
        preferred = self.preferred

        def take(codes: Iterable[int], score: float, via: str = "") -> None:
            """Score the members of sorted `codes`: the preferred ones, and the first few others
            (those with a higher id cannot rank before them: same score, higher id)."""
            others, last = 0, -1
            for code in codes:
                mid = code >> 2
                if mid == last:
                    continue
                last = mid
                if mid in preferred:
                    s = score + BONUS
                elif others < MAX_CANDIDATES:
                    others += 1
                    s = score
                elif preferred:
                    continue
                else:
                    break
                if mid not in best or best[mid][0] < s:
                    best[mid] = (s, via or _VIA[code & 3])

        raw, full, stripped = name_keys(name)
        take(self._found(self.raw, raw), RAW)
        take(self._found(self.full, full), EXACT)
        take(self._found(self.stripped, stripped), STRIPPED)
        if not best:
            take(self._spelled(spellings(stripped)), PINYIN, "拼音")
        if not best:
            scored = process.extract(
                stripped,
                self.near(stripped),
                scorer=fuzz.WRatio,
                limit=None,
                score_cutoff=FUZZY_CUTOFF,
            )
            # Ties (a part of the name matches many keys equally) go to the key closest in
            # length, then in code order: the same keys however the near keys were found.
            n = len(stripped)
            scored.sort(key=lambda h: (-h[1], abs(len(h[0]) - n), h[0]))
            hits = scored[: MAX_CANDIDATES * 4]
            self._need_keys([key for key, _, _ in hits])
            taken = 0
            for key, score, _ in hits:
                codes = tuple(self._found(self.stripped, key))
                if codes and taken < MAX_CANDIDATES:
                    taken += 1
                    take(codes, FUZZY * score / 100, "相似")
        cands = [
            Candidate(mid, self.labels[mid], round(s, 3), via) for mid, (s, via) in best.items()
        ]
        return _decide(sorted(cands, key=lambda c: (-c.score, c.member_id)))


class StoredIndex(MemberIndex):
    """The member index read from the stored match keys, only as far as a paste needs.

    A new process (the CLI) has no index built: instead of keying 100,000 members it looks the
    paste's own keys up in `match_names` (exact keys), `match_spellings` (pinyin) and
    `match_chars` (the fuzzy scorer's near keys), and loads only the names found. It answers as
    `MemberIndex` does; the stored keys must be complete (`app.paste.keys.pending` empty).
    """

    def __init__(self, s: Session) -> None:
        super().__init__({})
        self._s = s.connection()  # Core rows: no ORM work per row
        self._texts: set[str] = set()
        self._spellings: dict[str, tuple[str, ...]] = {}
        self._prepared: set[str] = set()
        self._keyed: set[str] = set()  # stripped keys whose every text is loaded

    def prepare(self, names: Iterable[str]) -> None:
        todo = {n for n in names if n not in self._prepared}
        if not todo:
            return
        self._prepared |= todo
        raws, fulls, strips = set(), set(), set()
        spelled: set[str] = set()
        for n in todo:
            raw, full, stripped = name_keys(n)
            raws.add(raw)
            fulls.add(full)
            strips.add(stripped)
            spelled |= spellings(stripped)
        # An empty key is nobody's (a name of emoji only has no full key).
        raws.discard("")
        fulls.discard("")
        strips.discard("")
        spelled -= self._spellings.keys()
        N, S = MatchName, MatchSpelling
        rows: list[tuple[str, str, str, str]] = []
        for table, column in ((raws, N.raw_key), (fulls, N.full_key), (strips, N.stripped_key)):
            for part in _parts(table):
                rows += self._s.execute(
                    select(N.text, N.raw_key, N.full_key, N.stripped_key).where(column.in_(part))
                ).all()
        found: dict[str, list[str]] = {}
        for part in _parts(spelled):
            for sp, key in self._s.execute(select(S.spelling, S.key).where(S.spelling.in_(part))):
                found.setdefault(sp, []).append(key)
        for sp in spelled:
            self._spellings[sp] = tuple(found.get(sp, ()))
        self._load(rows)
        self._keyed |= strips
        self._need_keys({k for keys in found.values() for k in keys})

    def _need_keys(self, keys: Iterable[str]) -> None:
        N = MatchName
        todo = set(keys) - self._keyed
        self._keyed |= todo
        rows: list[tuple[str, str, str, str]] = []
        for part in _parts(todo):
            rows += self._s.execute(
                select(N.text, N.raw_key, N.full_key, N.stripped_key).where(
                    N.stripped_key.in_(part)
                )
            ).all()
        self._load(rows)

    def _load(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """File the live members bearing these texts (text, raw, full, stripped)."""
        keyed = {t: (r, f, st) for t, r, f, st in rows if t not in self._texts}
        if not keyed:
            return
        self._texts |= keyed.keys()
        by_text: dict[str, list[int]] = {}
        live = Member.deleted_at.is_(None) & Member.merged_into.is_(None)
        M, G = Member, GroupMembership
        for part in _parts(set(keyed)):
            for mid, nick, name in self._s.execute(
                select(M.id, M.nickname, M.name).where(
                    live, or_(M.nickname.in_(part), M.name.in_(part))
                )
            ):
                self.labels[mid] = nick or name or f"#{mid}"
                if nick in keyed:
                    by_text.setdefault(nick, []).append(mid << 2)
                if name in keyed:
                    by_text.setdefault(name, []).append(mid << 2 | 1)
            for mid, gnick, nick, name in self._s.execute(
                select(G.member_id, G.group_nickname, M.nickname, M.name)
                .join(M, M.id == G.member_id)
                .where(live, G.group_nickname.in_(part))
            ):
                self.labels[mid] = nick or name or f"#{mid}"
                by_text.setdefault(gnick, []).append(mid << 2 | 2)
        for text, codes in by_text.items():
            raw, full, stripped = keyed[text]
            self._file(raw, full, stripped, tuple(codes))
            for table, key in (
                (self.plain, raw),
                (self.raw, raw),
                (self.full, full),
                (self.stripped, stripped),
            ):
                if key in table:
                    table[key] = tuple(sorted(set(table[key])))

    def match(self, name: str) -> Match:
        self.prepare((name,))
        return super().match(name)

    def _spelled(self, found: set[str]) -> list[int]:
        keys = {k for sp in found for k in self._spellings.get(sp, ())}
        return sorted({c for k in keys for c in self._found(self.stripped, k)})

    def near(self, key: str) -> list[str]:
        """Stored keys sharing the most characters with `key`, up to `NEAR_LIMIT`."""
        chars = sorted(set(key))[:NEAR_CHARS]
        if not chars:
            return []
        C = MatchChar
        shared = func.count()
        return list(
            self._s.execute(
                select(C.key)
                .where(C.ch.in_(chars))
                .group_by(C.key)
                .order_by(shared.desc(), C.key)
                .limit(NEAR_LIMIT)
            ).scalars()
        )


def _parts(items: set[str], size: int = 500) -> Iterable[list[str]]:
    ordered = sorted(items)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def preferred_members(s: Session, group_ids: Iterable[int]) -> frozenset[int]:
    """Members still in one of these groups: they win a tie."""
    groups = tuple(group_ids)
    if not groups:
        return frozenset()
    return frozenset(
        s.execute(
            select(GroupMembership.member_id).where(
                GroupMembership.group_id.in_(groups), GroupMembership.left.is_(None)
            )
        ).scalars()
    )


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
