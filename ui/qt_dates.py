"""Python dates to Qt's and back, typed (PySide6's stubs accept neither direction)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def py_to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdate_to_py(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def py_to_qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime(
        py_to_qdate(when.date()),
        QTime(when.hour, when.minute, when.second, when.microsecond // 1000),
    )


def qdatetime_to_py(when: QDateTime) -> dt.datetime:
    d, t = when.date(), when.time()
    return dt.datetime(
        d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000
    )
