"""PNG screenshots of the 报表 page with purchases, goals and the Monday offer, into
$SHEQUN_SCREENSHOTS (run under xvfb-run for real fonts)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHOTS = os.environ.get("SHEQUN_SCREENSHOTS")
pytestmark = pytest.mark.skipif(
    not SHOTS, reason="set SHEQUN_SCREENSHOTS to a folder to take screenshots"
)


@pytest.fixture
def shot_ctx(tmp_path: Path) -> Iterator[Any]:
    from app.bootstrap import open_context
    from app.demo import fill
    from app.settings.setting_ops import SetSetting

    ctx = open_context(str(tmp_path / "shots.sqlite3"))
    fill(ctx.session_factory, members=1000, seed=7)
    ctx.run(SetSetting("reports.quarter_goals", {"default": {"active": 30, "new": 50}}))
    yield ctx
    ctx.close()


def _save(widget: Any, name: str) -> Path:
    folder = Path(SHOTS or ".")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


def test_reports_page_with_purchases_and_goals(
    qloop: Any, qapp: Any, qtbot: Any, shot_ctx: Any, tmp_path: Path
) -> None:
    from ui.app import apply_style, build_window
    from ui.ui_settings import UiSettings

    apply_style(qapp)
    window = build_window(shot_ctx, UiSettings(tmp_path / "ui.ini"))
    window.resize(1600, 1000)
    window.show()
    page = window.page("reports")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        window.show_page("reports")
    # The Monday offer comes from the window's reminder service (the banner where no tray).
    service = window.reminders
    service._tray_available = lambda: False
    service.clock = lambda: dt.datetime(2026, 11, 30, 8, 0)
    with qtbot.waitSignal(service.reminded, timeout=20_000):
        assert service.check_now()
    qtbot.waitUntil(lambda: service.banner is not None and service.banner.isVisible())
    assert "周报" in service.banner.label.text()
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=20_000)
    qtbot.wait(100)
    saved = [_save(window, "reports-purchases-window")]
    # The whole page body, scrolled parts included (cards, six panels).
    inner = page.goals_view.parentWidget()
    inner.resize(1500, inner.sizeHint().height() + 200)
    saved.append(_save(inner, "reports-purchases-page"))
    assert all(p.stat().st_size > 10_000 for p in saved)
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=10_000)
    window.close()
    window.env.runner.shutdown()
