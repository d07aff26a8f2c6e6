"""Write a plan in one transaction as one import batch (undone by `app.importing.undo`)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain import Changes
from app.errors import CancelledError
from app.importing.bulk import BulkWriter
from app.importing.groups import (
    Memberships,
    active_groups,
    chosen_group,
    ensure_groups,
    fix_sequences,
)
from app.importing.model import (
    CancelFn,
    Conflict,
    ImportPlan,
    ImportResult,
    PlannedMember,
    ProgressFn,
)
from app.members.query import chunks
from app.members.service import SEARCH_FIELDS, member_search_fields, specialty_names
from app.members.tags import TagService
from app.members.vocab import VocabService
from db.bulk import PAIR_SHIFT
from db.deferred_triggers import DeferredMemberTriggers
from db.models import Member, MemberTag, Tag
from db.models_import import ImportBatch, ImportMerge

M = cast(Table, Member.__table__)
MT = cast(Table, MemberTag.__table__)
DEFAULTS: dict[str, Any] = {
    "nickname": "",
    "name": "",
    "wechat": None,
    "phone": None,
    "phone_flagged": False,
    "qq": None,
    "wecom_id": None,
    "gender": "",
    "city": "",
    "skin_type": None,
    "role": None,
    "status": "active",
    "tier": "free",
    "level": 1,
    "points": 0,
    "joined": None,
    "birthday": None,
    "birthday_lunar": False,
    "last_active": None,
    "last_contacted": None,
    "personality": "",
    "note": "",
    "custom": None,
    "merged_into": None,
    "deleted_at": None,
}
MERGE_FIELDS = tuple(
    k
    for k in DEFAULTS
    if k not in ("custom", "merged_into", "deleted_at", "phone_flagged", "birthday_lunar")
)
CHECK_EVERY = 5000
MEMBER_KEYS = (
    *DEFAULTS,
    "search_text",
    "sort_name",
    "id",
    "import_batch_id",
    "created_at",
    "updated_at",
)
LINK_KEYS = ("member_id", "tag_id")
CUSTOM_INDEX = list(DEFAULTS).index("custom")
KEY_INDEX = {k: i for i, k in enumerate(DEFAULTS)}
MERGE_POS = {f: i + 1 for i, f in enumerate(MERGE_FIELDS)}  # in rows of (id, *MERGE_FIELDS, custom)
MergeLog = tuple[int, dict[str, Any], dict[str, Any]]
MERGE_CHUNK = 900  # ids per IN (...): stays under old SQLite's 999-parameter limit


def _empty(field: str, value: Any) -> bool:
    return value is None or value == "" or (field == "points" and value == 0)


def _tick(
    cancel: CancelFn | None, progress: ProgressFn | None, done: int, total: int, what: str
) -> None:
    if cancel is not None and cancel():
        raise CancelledError("已取消导入，数据库没有任何改动。")
    if progress is not None:
        progress(done, total, what)


def apply_plan(
    s: Session,
    plan: ImportPlan,
    decisions: dict[int, str] | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    merged_log: list[MergeLog] | None = None,
) -> ImportResult:
    """Everything inside the caller's transaction; CancelledError rolls it all back.

    `merged_log`, when given, receives (member id, values before, values after) for every
    existing member the import changed: what her audit history shows.
    """
    started = time.perf_counter()
    decisions = decisions or {}
    now = dt.datetime.now().replace(microsecond=0)
    new, merge, skipped = split_plan(plan, decisions)
    total = len(new) + len(merge)
    target = plan.group_id
    # Refused here, before the batch row or anything else is written.
    joining, group_warning = group_room(s, plan, new, merge)
    today = now.date()
    batch = ImportBatch(file_name=plan.file_name, sheet=plan.sheet, at=now)
    s.add(batch)
    s.flush()
    batch_id = batch.id
    max_tag = s.execute(select(func.max(Tag.id))).scalar() or 0
    labels = list(dict.fromkeys(t for m in new + merge for t in m.tags))
    tag_of: dict[str, int] = {}
    for label in labels:
        found = TagService.ensure_tags(s, [label])
        if found:
            tag_of[label] = found[0]
    for role in {m.values.get("role") for m in new + merge} - {None, ""}:
        VocabService.ensure_role(s, role)
    new_tag_ids = list(s.execute(select(Tag.id).where(Tag.id > max_tag)).scalars())
    group_of, new_group_ids = ensure_groups(s, (g for m in new + merge for g in m.groups))
    _tick(cancel, progress, 0, total, "正在写入")

    next_id = (s.execute(select(func.max(Member.id))).scalar() or 0) + 1
    created_ids: list[int] = []
    first_id = next_id
    deferred = DeferredMemberTriggers(s.connection())
    deferred.suspend()  # what the insert triggers do is done once, after the insert
    writer = BulkWriter(s)
    memberships = Memberships(s, writer)  # reads its first id before any threaded insert
    try:
        rows: list[list[Any]] = []
        links: list[int] = []  # member id << 32 | tag id
        defaults = list(DEFAULTS.values())
        for done, member in enumerate(new):
            given = member.values
            values = defaults.copy()
            for key, value in given.items():
                values[KEY_INDEX[key]] = value
            values[CUSTOM_INDEX] = dict(member.custom) or None
            search = member_search_fields(given)
            values += [search["search_text"], search["sort_name"], next_id, batch_id, now, now]
            rows.append(values)
            created_ids.append(next_id)
            if member.tags:
                packed = next_id << PAIR_SHIFT
                links.extend(packed | tag_of[t] for t in member.tags if t in tag_of)
            in_file = [group_of[g] for g in member.groups]
            if in_file:
                memberships.add(next_id, in_file, given.get("joined"), given.get("nickname", ""))
            if target is not None and target not in in_file:
                memberships.add(
                    next_id, [target], given.get("joined") or today, given.get("nickname", "")
                )
            next_id += 1
            if len(rows) >= CHECK_EVERY:
                writer.insert(M, MEMBER_KEYS, rows)
                writer.insert_pairs(MT, LINK_KEYS, links)
                rows, links = [], []
                if cancel is not None and cancel():
                    raise CancelledError("已取消导入，数据库没有任何改动。")
                if progress is not None:
                    progress(done + 1, total, "正在写入新成员")
        writer.insert(M, MEMBER_KEYS, rows)
        writer.insert_pairs(MT, LINK_KEYS, links)
        writer.wait()  # the session is used again from here on
        deferred.resume(first_id, next_id - 1)
        conflicts = _merge(
            s,
            batch_id,
            merge,
            tag_of,
            now,
            len(new),
            total,
            progress,
            cancel,
            group_of,
            memberships,
            merged_log,
            target,
        )
        memberships.flush()  # after the members they point to, once the merge reads are done
    finally:
        writer.close()  # a chunk still being written must finish before commit or rollback
    fix_sequences(s)
    batch.created, batch.merged, batch.skipped = len(new), len(merge), skipped
    batch.problems = sum(1 for p in plan.problems if p.severity == "error")
    batch.new_tag_ids = new_tag_ids
    batch.new_group_ids = new_group_ids
    _tick(cancel, progress, total, total, "正在提交")
    changed = frozenset(created_ids) | frozenset(m.match_id for m in merge if m.match_id)
    return ImportResult(
        batch_id,
        len(new),
        len(merge),
        skipped,
        batch.problems,
        tuple(conflicts),
        time.perf_counter() - started,
        Changes(members=changed, membership=True, vocab=True),
        group_joined=joining,
        created_ids=tuple(created_ids),
        group_warning=group_warning,
    )


def split_plan(
    plan: ImportPlan, decisions: dict[int, str] | None = None
) -> tuple[list[PlannedMember], list[PlannedMember], int]:
    """The planned members the import creates, those it merges into a match, and how many
    matched ones it skips (each match decided by `decisions[index]`, else the plan's rule)."""
    decisions = decisions or {}
    new: list[PlannedMember] = []
    merge: list[PlannedMember] = []
    skipped = 0
    for index, member in enumerate(plan.members):
        if member.match_id is None:
            new.append(member)
            continue
        decision = decisions.get(index, plan.on_duplicate)
        if decision == "new":
            new.append(member)
        elif decision == "merge":
            merge.append(member)
        else:
            skipped += 1
    return new, merge, skipped


def group_room(
    s: Session, plan: ImportPlan, new: Sequence[PlannedMember], merge: Sequence[PlannedMember]
) -> tuple[int, str | None]:
    """How many would join the plan's chosen group, and its 90 % warning; refuses (raises) an
    import that would overfill it. (0, None) without a chosen group."""
    if plan.group_id is None:
        return 0, None
    matched = [m.match_id for m in merge if m.match_id is not None]
    return chosen_group(s, plan.group_id, plan.group_name, len(new), matched)


def _merge(
    s: Session,
    batch_id: int,
    merge: Sequence[PlannedMember],
    tag_of: dict[str, int],
    now: dt.datetime,
    done: int,
    total: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    group_of: dict[str, int],
    memberships: Memberships,
    merged_log: list[MergeLog] | None,
    target: int | None = None,
) -> list[Conflict]:
    """Fill empty fields, add tags and memberships of the existing members matched; `target`
    is the chosen group each of them joins (joined: the row's 入群时间, else today)."""
    conflicts: list[Conflict] = []
    records: list[dict[str, Any]] = []
    columns = [M.c.id, *(M.c[f] for f in MERGE_FIELDS), M.c.custom]
    by_id = {m.match_id: m for m in merge if m.match_id is not None}
    label_of = {t: label for label, t in tag_of.items()}
    ids = list(by_id)
    for part in chunks(ids, MERGE_CHUNK):
        existing = {r[0]: r for r in s.execute(select(*columns).where(M.c.id.in_(part))).all()}
        have_tags: dict[int, set[int]] = {}
        for member_id, tag_id in s.execute(
            select(MT.c.member_id, MT.c.tag_id).where(MT.c.member_id.in_(part))
        ).all():
            have_tags.setdefault(member_id, set()).add(tag_id)
        wants_groups = target is not None or any(by_id[i].groups for i in part)
        in_groups = active_groups(s, part) if wants_groups else {}
        new_links: list[dict[str, int]] = []
        for member_id in part:
            row = existing.get(member_id)
            if row is None:
                continue
            planned = by_id[member_id]
            before: dict[str, Any] = {}
            changes: dict[str, Any] = {}
            for field, value in planned.values.items():
                pos = MERGE_POS.get(field)
                if pos is None:
                    continue
                old = row[pos]
                if old == value:  # a re-import: nearly every value is already there
                    continue
                if _empty(field, old):
                    if not _empty(field, value):
                        before[field] = _json(old)
                        changes[field] = value
                        if field == "phone":
                            changes["phone_flagged"] = planned.values.get("phone_flagged", False)
                elif not _empty(field, value):
                    conflicts.append(Conflict(member_id, field, str(old), str(value)))
            if planned.custom:
                custom = dict(row[-1] or {})
                extra = {k: v for k, v in planned.custom.items() if k not in custom}
                if extra:
                    before["custom"] = row[-1]
                    changes["custom"] = {**custom, **extra}
            if changes:
                if any(f in SEARCH_FIELDS for f in changes):
                    current = dict(zip(("id", *MERGE_FIELDS), row, strict=False))
                    specialties = specialty_names(s, [member_id]).get(member_id, ())
                    changes.update(member_search_fields({**current, **changes}, specialties))
                changes["updated_at"] = now
                s.execute(update(M).where(M.c.id == member_id).values(changes))
            have = have_tags.get(member_id, set())
            added = [tag_of[t] for t in planned.tags if t in tag_of and tag_of[t] not in have]
            if len(added) > 1:
                added = list(dict.fromkeys(added))
            new_links.extend({"member_id": member_id, "tag_id": t} for t in added)
            joined_groups: list[int] = []
            current_groups = in_groups.get(member_id, set())
            joined = planned.values.get("joined")
            nickname = planned.values.get("nickname", "")
            if planned.groups:
                missing = [group_of[g] for g in planned.groups if group_of[g] not in current_groups]
                joined_groups = memberships.add(member_id, missing, joined, nickname)
                current_groups = current_groups | set(missing)
            if target is not None and target not in current_groups:
                joined_groups += memberships.add(
                    member_id, [target], joined or now.date(), nickname
                )
            if merged_log is not None and (before or added):
                after = {f: _json(changes[f]) for f in before}
                if added:
                    after["tags"] = sorted(label_of[t] for t in added)
                merged_log.append((member_id, before, after))
            if before or added or joined_groups:
                records.append(
                    {
                        "batch_id": batch_id,
                        "member_id": member_id,
                        "before": before,
                        "added_tag_ids": added,
                        "added_membership_ids": joined_groups,
                    }
                )
        if new_links:
            s.execute(insert(MT), new_links)
        done += len(part)
        _tick(cancel, progress, done, total, "正在合并已有成员")
    if records:
        s.execute(insert(ImportMerge), records)
    return conflicts


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
