"""Screenshots of the calendar (month, week, agenda, editor, slots menu) in Chinese and English.

Only runs when SHEQUN_SCREENSHOTS names a folder, e.g. under Xvfb:
SHEQUN_SCREENSHOTS=screenshots xvfb-run -a -s "-screen 0 1600x1000x24" \
    .venv/bin/pytest -q tests/gui/test_calendar_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

OUT = os.environ.get("SHEQUN_SCREENSHOTS")
# Early October: 国庆 holidays and a 调休 Saturday in the month, the 双11 campaign ahead.
TODAY = dt.date(2026, 10, 9)
NOW = dt.datetime(2026, 10, 9, 9, 30)
WAIT = 10_000
pytestmark = pytest.mark.skipif(
    not OUT, reason="set SHEQUN_SCREENSHOTS to a folder to take screenshots"
)


@pytest.fixture
def shot_env(qloop: Any, ctx: Any, qtbot: Any) -> Iterator[Any]:

    from app.calendar.domain import PostValues
    from app.calendar.post_ops import CreatePost
    from app.demo import fill
    from ui.env import UiEnv
    from ui.runner import DbRunner

    fill(ctx.session_factory, members=60, seed=7, today=TODAY)
    # A clash with tonight's 微分享, so the warnings panel shows every kind of warning.
    groups = [g.id for g in ctx.groups.list_groups()][:1]
    ctx.run(
        CreatePost(
            PostValues(
                "【活动预告】周末打卡挑战",
                "本周末 21 天打卡挑战开始报名。",
                None,
                dt.datetime(2026, 10, 9, 20, 30),
                "scheduled",
                tuple(groups),
            )
        )
    )
    env = UiEnv(ctx=ctx, runner=DbRunner(), show_error=print, show_message=print)
    yield env
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=WAIT)
    env.runner.shutdown()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_calendar_screenshots(shot_env: Any, qtbot: Any, qapp: Any, lang: str) -> None:
    from PySide6.QtCore import QTranslator

    from ui.app import RESOURCES, apply_style
    from ui.calendar.calendar_page import CalendarPage

    out = Path(str(OUT))
    out.mkdir(parents=True, exist_ok=True)
    apply_style(qapp)
    translator = QTranslator()
    if lang == "en":
        assert translator.load("shequn_en", str(RESOURCES / "translations"))
        qapp.installTranslator(translator)
    try:
        page = CalendarPage(shot_env, clock=lambda: NOW)
        qtbot.addWidget(page)
        page.setWindowTitle(page.title())
        page.resize(1560, 940)
        page.show()
        with qtbot.waitSignal(page.view_ready, timeout=WAIT):
            page.activate()
        qtbot.waitUntil(
            lambda: page.warnings.count() > 1 and page.type_filter.count() > 1, timeout=WAIT
        )
        qtbot.waitUntil(lambda: shot_env.tasks.idle and not shot_env.runner.busy, timeout=WAIT)
        page.grab().save(str(out / f"calendar-month-{lang}.png"))
        menu = page.setup_menu  # slot rules and type names, as the app words them
        menu.popup(page.setup_button.mapToGlobal(page.setup_button.rect().bottomLeft()))
        qtbot.waitExposed(menu)
        menu.grab().save(str(out / f"calendar-slots-menu-{lang}.png"))
        menu.hide()
        with qtbot.waitSignal(page.view_ready, timeout=WAIT):
            page.set_mode("week")
        label = page.period_label  # let the toolbar lay out the longer week title first
        qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width(), timeout=WAIT)
        page.grab().save(str(out / f"calendar-week-{lang}.png"))
        post = next(p for p in page.data.posts if "微分享" in p.title and p.status == "published")
        editor = page.open_editor(post)
        editor.resize(620, 680)
        qtbot.waitExposed(editor)
        editor.grab().save(str(out / f"calendar-editor-{lang}.png"))
        editor.reject()
        with qtbot.waitSignal(page.view_ready, timeout=WAIT):
            page.set_mode("agenda")
        page.grab().save(str(out / f"calendar-agenda-{lang}.png"))
        qtbot.waitUntil(lambda: shot_env.tasks.idle and not shot_env.runner.busy, timeout=WAIT)
    finally:
        qapp.removeTranslator(translator)
    for name in ("month", "week", "editor", "agenda"):
        assert (out / f"calendar-{name}-{lang}.png").stat().st_size > 10_000
    assert (out / f"calendar-slots-menu-{lang}.png").stat().st_size > 2_000
