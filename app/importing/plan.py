"""Turn the rows of a sheet into a plan: normalised members, problems, duplicates, matches."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from app.errors import CancelledError, FileRefusedError
from app.importing.columns import col_letter, norm_header, target_label
from app.importing.model import CancelFn, PlannedMember, Problem, ProgressFn
from app.importing.values import (
    BadValue,
    level_or_tier,
    raw_text,
    shown,
    to_bool,
    to_date,
    to_gender,
    to_int,
    to_status,
    to_text,
    to_tier,
)
from app.members.tags import parse_label
from app.members.vocab import SkinTypes
from app.phones import normalize_phone, phone_in_text
from app.text import clean, fold, normal

DATE_TARGETS = ("joined", "birthday", "last_active", "last_contacted")
MAX_LEN = {
    "nickname": 200,
    "name": 100,
    "wechat": 100,
    "phone": 40,
    "qq": 20,
    "wecom_id": 100,
    "city": 60,
    "role": 60,
    "personality": 200,
}
IDENTITY = ("wechat", "phone", "qq", "wecom_id")
# Where a second, contradicting identity of the same person is kept (never dropped).
OTHER_ID = {"wechat": "其他微信号", "phone": "其他手机号", "qq": "其他QQ", "wecom_id": "其他企微ID"}
# Only a problem in one of these costs the row; any other value is kept in a custom field.
ROW_FIELDS = frozenset({"nickname", "name", "wechat", "phone", "qq", "wecom_id"})
IDENTITY_LABEL = {"wechat": "微信号", "phone": "手机", "qq": "QQ", "wecom_id": "企微外部联系人ID"}
_TOTALS = re.compile(r"^(合计|总计|小计|共计|汇总|total|sum)\b", re.IGNORECASE)
SKIN_GROUP = "肤质"
MAX_SECONDS = 60.0
GROUPS_KEY = "_groups"  # planned group names ride in a row's values until the row is folded


class RowPlanner:
    """Normalises rows of one sheet and folds rows of the same person together."""

    def __init__(
        self,
        sheet: str,
        headers: Sequence[Any],
        mapping: Sequence[str],
        skin: SkinTypes,
        date1904: bool,
    ) -> None:
        self.sheet = sheet
        self.skin = skin
        self.date1904 = date1904
        self.columns = [
            (i, t, f"{clean(headers[i]) if i < len(headers) else ''}（{col_letter(i)}列）")
            for i, t in enumerate(mapping)
            if t
        ]
        # Where a value that does not fit its field is kept: a custom field named by its header.
        self.keep_as = {
            i: (clean(headers[i]) if i < len(headers) else "") or target_label(t)
            for i, t, _ in self.columns
        }
        self.header_keys = {
            i: norm_header(headers[i])
            for i, _, _ in self.columns
            if i < len(headers) and norm_header(headers[i])
        }
        self._first_header = next(iter(self.header_keys.items()), None)
        self._first_raw = (
            str(headers[self._first_header[0]]).strip() if self._first_header is not None else ""
        )
        self._skin_memo: dict[str, str | None] = {}
        self.handlers = [(i, t, self._handler(t), column) for i, t, column in self.columns]
        self.problems: list[Problem] = []
        self.members: list[dict[str, Any]] = []
        self.by_key: dict[tuple[str, str], int] = {}
        self.skipped = 0
        self.folded = 0

    # one row ---------------------------------------------------------------------------------
    def add_row(self, excel_row: int, row: Sequence[Any]) -> None:
        width = len(row)
        first: Any = None
        for v in row:
            if v is not None and v != "":
                first = v
                break
        if first is None:
            self.skipped += 1
            return
        if isinstance(first, str) and _TOTALS.match(first.strip()):
            self.skipped += 1
            return
        if self._first_header is not None and self._repeats_header(row, width):
            self.skipped += 1
            return
        values: dict[str, Any] = {}
        tags: list[str] = []
        custom: dict[str, str] = {}
        errors: list[Problem] | None = None
        for index, target, handler, column in self.handlers:
            if index >= width:
                continue
            raw = row[index]
            if raw is None or raw == "":
                continue
            try:
                handler(raw, values, tags, custom, excel_row, column)
            except BadValue as exc:
                if target in ROW_FIELDS:
                    errors = errors or []
                    errors.append(Problem(self.sheet, excel_row, column, shown(raw), str(exc)))
                else:
                    self._keep(index, raw, custom, excel_row, column, str(exc))
        if not errors and not (
            values.get("nickname")
            or values.get("name")
            or values.get("wechat")
            or values.get("phone")
            or values.get("qq")
            or values.get("wecom_id")
        ):
            errors = [
                Problem(self.sheet, excel_row, "", shown(first), "没有昵称、姓名或任何联系方式")
            ]
        if errors:
            self.problems.extend(errors)
            return
        if not values.get("phone") and values.get("note"):
            self._phone_from_note(excel_row, values)
        self._fold(excel_row, values, tags, custom)

    def _phone_from_note(self, excel_row: int, values: dict[str, Any]) -> None:
        """A mobile written in 备注 (`手机13800138001`, `电话: 138-0013-8003`) offered as the phone."""
        phone = phone_in_text(values["note"])
        if phone:
            values["phone"], values["phone_flagged"] = phone, False
            self._warn(excel_row, "备注", phone, "备注里的手机号已作为手机导入（备注保持不变）")

    def _handler(self, target: str) -> Callable[..., None]:
        """The function that puts one cell of this column into the row's values."""
        if target in MAX_LEN and target != "phone":
            limit = MAX_LEN[target]

            identity = target in ("wechat", "qq", "wecom_id")

            def text_cell(raw: Any, values: dict[str, Any], *_: Any) -> None:
                text = to_text(raw)
                if identity:
                    text = normal(text)  # full-width `１２３４５` is the QQ 12345
                if len(text) > limit:
                    raise BadValue(f"{target_label(target)}最多 {limit} 个字")
                if text:
                    values[target] = text

            return text_cell
        if target == "tags" or target.startswith("tag_group:"):
            group = target.split(":", 1)[1] if target != "tags" else None

            def tag_cell(
                raw: Any,
                values: dict[str, Any],
                tags: list[str],
                _c: Any,
                excel_row: int,
                column: str,
            ) -> None:
                for piece in _split(to_text(raw)):
                    if group is None and ":" not in piece and "：" not in piece:
                        tag_group, name = None, piece
                    else:
                        tag_group, name = parse_label(f"{group}:{piece}" if group else piece)
                    if tag_group == SKIN_GROUP and self.skin.canonical(name):
                        values.setdefault("skin_type", self.skin.canonical(name))
                    elif len(name) > 60:
                        self._warn(excel_row, column, name[:30], "标签超过 60 个字，未导入该标签")
                    elif name:
                        tags.append(f"{tag_group}:{name}" if tag_group else name)

            return tag_cell

        def generic(
            raw: Any,
            values: dict[str, Any],
            tags: list[str],
            custom: dict[str, str],
            excel_row: int,
            column: str,
        ) -> None:
            self._cell(target, raw, values, tags, custom, excel_row, column)

        return generic

    def _repeats_header(self, row: Sequence[Any], width: int) -> bool:
        """A header row repeated inside the data (pasted sheets, page breaks)."""
        first = self._first_header
        if first is None or first[0] >= width:
            return False
        cell = row[first[0]]
        # Cheap test first: a repeated header row repeats the header text itself.
        if not isinstance(cell, str) or cell.strip() != self._first_raw:
            return False
        repeats = sum(
            1
            for i, key in self.header_keys.items()
            if i < width and isinstance(row[i], str) and norm_header(row[i]) == key
        )
        return repeats >= max(2, len(self.header_keys) // 2) or len(self.header_keys) == 1

    def _cell(
        self,
        target: str,
        raw: Any,
        values: dict[str, Any],
        tags: list[str],
        custom: dict[str, str],
        excel_row: int,
        column: str,
    ) -> None:
        if target == "phone":
            phone, flagged = normalize_phone(raw)
            if phone:
                values["phone"], values["phone_flagged"] = phone, flagged
                if flagged:
                    self._warn(excel_row, column, phone, "不是 11 位大陆手机号：已按原样保存并标记")
        elif target in DATE_TARGETS:
            values[target] = to_date(raw, self.date1904)
        elif target == "skin_type":
            text = to_text(raw)
            canonical = self._skin_memo.get(text, "")
            if canonical == "":
                canonical = self._skin_memo[text] = self.skin.canonical(text)
            if canonical:
                values["skin_type"] = canonical
            elif text:
                custom["肤质"] = text
                self._warn(
                    excel_row,
                    column,
                    text,
                    "未知的肤质，已存入自定义字段「肤质」（可在设置中添加同义词）",
                )
        elif target == "gender":
            values["gender"] = to_gender(raw)
        elif target == "points":
            values["points"] = to_int(raw)
        elif target == "level":
            field, value = level_or_tier(raw)
            if field == "tier":
                values.setdefault("tier", value)
                self._warn(excel_row, column, shown(raw), "是会员类型而不是等级：已记为会员类型")
            else:
                values["level"] = value
        elif target == "groups":
            for name in _GROUP_SEPARATORS.split(to_text(raw)):
                name = name.strip()
                if len(name) > 100:
                    self._warn(excel_row, column, name[:30], "群名称超过 100 个字，未加入该群")
                elif name:
                    values.setdefault(GROUPS_KEY, []).append(name)
        elif target == "birthday_lunar":
            values["birthday_lunar"] = to_bool(raw)
        elif target == "status":
            values["status"] = to_status(raw)
        elif target == "tier":
            values["tier"] = to_tier(raw)
        elif target.startswith("custom:"):
            # Kept as typed (like MemberService.set_custom): stripped, not NFKC-folded.
            text = raw_text(raw)
            if text:
                custom[target.split(":", 1)[1]] = text
        elif target == "note":
            values["note"] = raw_text(raw)
        else:
            text = to_text(raw)
            if text:
                values[target] = text

    def _keep(
        self, index: int, raw: Any, custom: dict[str, str], row: int, column: str, why: str
    ) -> None:
        """A value that does not fit its field: kept verbatim in a custom field, flagged."""
        name = self.keep_as[index]
        text = raw_text(raw)
        custom[name] = text
        self._warn(row, column, shown(raw), f"{why}：已原样存入自定义字段「{name}」")

    def _warn(self, row: int, column: str, value: str, reason: str) -> None:
        self.problems.append(Problem(self.sheet, row, column, value, reason, "warning"))

    # same person on several rows ---------------------------------------------------------------
    def _fold(
        self, excel_row: int, values: dict[str, Any], tags: list[str], custom: dict[str, str]
    ) -> None:
        groups: list[str] = values.pop(GROUPS_KEY, [])
        keys = [(k, fold(values[k])) for k in IDENTITY if values.get(k)]
        found = next((self.by_key[k] for k in keys if k in self.by_key), None)
        if found is None:
            index = len(self.members)
            self.members.append(
                {
                    "rows": [excel_row],
                    "values": values,
                    "tags": tags,
                    "custom": custom,
                    "groups": groups,
                }
            )
        else:
            self.folded += 1
            index = found
            target = self.members[found]
            target["rows"].append(excel_row)
            have = target["values"]
            for key, value in values.items():
                if have.get(key) in (None, "", 0):
                    have[key] = value
                elif key in OTHER_ID and value.casefold() != have[key].casefold():
                    # Same person by another identity, but this one contradicts: keep both.
                    custom[OTHER_ID[key]] = value
                    self._warn(
                        excel_row,
                        IDENTITY_LABEL[key],
                        value,
                        f"与第 {target['rows'][0]} 行是同一人，但{IDENTITY_LABEL[key]}不同"
                        f"（「{have[key]}」）：已存入自定义字段「{OTHER_ID[key]}」，请核对",
                    )
            target["tags"].extend(tags)
            target["groups"].extend(groups)
            kept = target["custom"]
            for key, value in custom.items():
                if key not in kept:
                    kept[key] = value
                elif value not in kept[key].split("、"):
                    # One row per 添加人 in WeCom exports: every colleague is kept.
                    kept[key] = f"{kept[key]}、{value}"
        for identity in keys:
            self.by_key.setdefault(identity, index)

    def planned(self) -> list[PlannedMember]:
        return [
            PlannedMember(
                rows=tuple(m["rows"]),
                values=m["values"],
                tags=tuple(dict.fromkeys(m["tags"])),
                custom=m["custom"],
                groups=tuple(dict.fromkeys(m["groups"])),
            )
            for m in self.members
        ]


# Group names may contain spaces (“VIP 付费会员群”): split on punctuation only.
_GROUP_SEPARATORS = re.compile(r"[，、,;；|\n]+")
_SEPARATORS = re.compile(r"[，、,/;；|\s]+")


def _split(text: str) -> list[str]:
    """split_tags for text that is already clean (tags are matching keys: normalised)."""
    return [p for p in _SEPARATORS.split(normal(text)) if p] if text else []


def plan_rows(
    planner: RowPlanner,
    rows: Sequence[Sequence[Any]],
    header_row: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> None:
    total = len(rows) - header_row - 1
    step = 5000
    deadline = time.monotonic() + MAX_SECONDS
    for offset, row in enumerate(rows[header_row + 1 :]):
        if offset % step == 0:
            if cancel is not None and cancel():
                raise CancelledError("已取消导入，数据库没有任何改动。")
            if time.monotonic() > deadline:
                raise FileRefusedError(
                    f"工作表「{planner.sheet}」检查超过一分钟仍未完成（文件过大或异常）："
                    f"请拆分后再导入。"
                )
            if progress is not None:
                progress(offset, total, "正在检查数据")
        planner.add_row(header_row + offset + 2, row)
