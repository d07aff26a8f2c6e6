"""The calendar's business setting as an operation: how many minutes before a post to remind."""

from __future__ import annotations

from dataclasses import dataclass

from app.calendar.domain import CALENDAR_AREA, CALENDAR_VOCAB_AREA, REMINDER_KEY
from app.ops import Operation, UnitOfWork
from app.settings.declared import declared, store

SETTING_ENTITY_ID = 0  # settings are keyed by text: one audit entity, the key in the values


@dataclass(frozen=True)
class SetReminderMinutes(Operation):
    """Store the reminder lead time; `None` removes the setting (back to the default)."""

    kind = "calendar.set_reminder_minutes"
    minutes: int | None

    def label(self) -> str:
        return f"提醒时间改为提前 {self.minutes} 分钟" if self.minutes else "恢复默认提醒时间"

    def apply(self, uow: UnitOfWork) -> None:
        minutes = self.minutes
        if minutes is not None:
            declared(REMINDER_KEY).check(minutes)
        old = store(uow.s, REMINDER_KEY, minutes)
        before = int(old) if old is not None else None
        uow.audit(
            "setting",
            SETTING_ENTITY_ID,
            self.kind,
            {REMINDER_KEY: before},
            {REMINDER_KEY: minutes},
        )
        uow.touch(areas={CALENDAR_AREA, CALENDAR_VOCAB_AREA})  # the page shows the setting
        uow.undo_with(SetReminderMinutes(before))
