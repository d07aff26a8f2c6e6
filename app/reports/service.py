"""The reports service: figures of a period, and the boss workbook written from the same figures."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from app.exporting.parts import track_part, untrack_part
from app.ops import OpRunner, RecordEvent
from app.reports.domain import ReportCharts, ReportData, ReportHeadline
from app.reports.figures import compute, page_figures
from app.reports.periods import Period

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: str
    data: ReportData


class ReportService:
    def __init__(self, session_factory: sessionmaker[Session], ops: OpRunner | None = None) -> None:
        self._sf = session_factory
        self._ops = ops

    def figures(self, period: Period, now: dt.datetime | None = None) -> ReportData:
        """Every figure of `period` (the workbook's and `--json`'s)."""
        with self._sf() as s:
            return compute(s, period, now)

    def page(
        self,
        period: Period,
        on_headline: Callable[[ReportHeadline], None] | None = None,
        now: dt.datetime | None = None,
    ) -> tuple[ReportHeadline, ReportCharts]:
        """The 报表 page's figures: the KPIs go to `on_headline` (called on this thread) as
        soon as they are known, then the charts are worked out from the same read."""
        with self._sf() as s:
            return page_figures(s, period, on_headline, now)

    def write(
        self,
        path: str | Path,
        period: Period,
        unmask_phones: bool = False,
        progress: ProgressFn | None = None,
        source: str = "window",
        now: dt.datetime | None = None,
    ) -> ReportResult:
        """Compute the figures and write the workbook to `path` (under a hidden part name,
        renamed when complete); the report is recorded in the audit trail."""
        from app.reports.workbook import write_workbook

        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise ValidationError(f"报表文件「{path.name}」要以 .xlsx 结尾。")
        if not path.parent.is_dir():
            raise ValidationError(f"保存报表的文件夹「{path.parent}」不存在。")
        if progress:
            progress(0, 3, "正在计算报表")
        data = self.figures(period, now)
        if progress:
            progress(1, 3, "正在写入 Excel")
        tmp = path.with_name(f".{path.name}.part")
        try:
            track_part(tmp)
            try:
                write_workbook(tmp, data, unmask_phones)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
                untrack_part(tmp)
        except PermissionError:
            raise ValidationError(
                f"无法写入「{path}」：文件可能正在 Excel/WPS 中打开，或者这个文件夹没有写入权限。"
                "请关闭文件或换一个位置再试。"
            ) from None
        if progress:
            progress(3, 3, "完成")
        if self._ops is not None:
            what = "手机号未打码" if unmask_phones else "手机号已打码"
            self._ops.run(
                RecordEvent(
                    "report",
                    f"生成报表 {path.name}（{period.text()}，{what}）",
                    {
                        "file": str(path),
                        "from": period.start.isoformat(),
                        "to": period.end.isoformat(),
                        "masked": not unmask_phones,
                    },
                ),
                source,
            )
        return ReportResult(str(path), data)
