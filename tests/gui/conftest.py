"""GUI fixtures: a qasync loop on the pytest-qt QApplication, a UiEnv over real SQLite, the page."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _unfreeze_gc() -> Iterator[None]:
    """A window freezes the collector's heap (ui.gc_idle); a test's objects must not stay frozen
    into the next test, where their cycles would never be collected. The test's garbage is
    collected here, after its widgets and runner are gone, not in whichever later test happens
    to cross the collector's threshold."""
    import gc

    yield
    gc.unfreeze()
    gc.collect()


@pytest.fixture(scope="session")
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """qasync's loop over the test QApplication, marked running for the whole session, so
    `qtbot.waitUntil`/`waitSignal` drive both Qt events and asyncio tasks."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def env(qloop: Any, demo_ctx: Any, qtbot: Any) -> Iterator[Any]:

    from ui.env import UiEnv
    from ui.runner import DbRunner

    errors: list[BaseException] = []
    messages: list[str] = []
    runner = DbRunner()
    environment = UiEnv(
        ctx=demo_ctx,
        runner=runner,
        show_error=errors.append,
        show_message=messages.append,
    )
    environment.errors = errors  # type: ignore[attr-defined]
    environment.messages = messages  # type: ignore[attr-defined]
    yield environment
    qtbot.waitUntil(lambda: environment.tasks.idle, timeout=10_000)
    runner.shutdown()


@pytest.fixture
def page(env: Any, qtbot: Any) -> Iterator[Any]:
    """The Members page over 300 demo members, loaded and shown."""
    from ui.members.members_page import MembersPage

    members = MembersPage(env)
    members.resize(1300, 800)
    members.show()
    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        members.activate()
    qtbot.waitUntil(lambda: env.tasks.idle, timeout=10_000)
    yield members
    # Not qtbot.addWidget: the page must outlive its last background task.
    qtbot.waitUntil(lambda: env.tasks.idle, timeout=10_000)
    members.close()
    members.deleteLater()


@pytest.fixture
def settle(qtbot: Any, env: Any) -> Any:
    """`settle()` waits until every background task (queries, commands, refreshes) is done."""

    def wait() -> None:
        qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)

    return wait


@pytest.fixture
def open_main_window(qloop: Any, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """A factory: `open_main_window(ctx, **build_window_kwargs)` shows the real main window on the
    Members page; on teardown the window waits for its background work, closes and stops its
    runner (not qtbot.addWidget: the window must outlive its last background task)."""
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    opened: list[Any] = []

    def idle(win: Any) -> bool:
        return bool(win.env.tasks.idle and not win.env.runner.busy)

    def make(ctx: Any, **kwargs: Any) -> Any:
        win = build_window(ctx, UiSettings(tmp_path / "ui.ini"), **kwargs)
        win.resize(1400, 860)
        win.show()
        with qtbot.waitSignal(win.page("members").results_shown, timeout=10_000):
            win.show_page("members")
        opened.append(win)
        return win

    yield make
    for win in opened:
        qtbot.waitUntil(lambda w=win: idle(w), timeout=10_000)
        win.close()
        win.env.runner.shutdown()


@pytest.fixture
def open_calendar_page(qloop: Any, qtbot: Any) -> Iterator[Any]:
    """A factory: `open_calendar_page(ctx, seed=, today=, now=)` fills a 40-member demo around
    `today` and shows the calendar page with its clock fixed at `now`. On teardown it waits for
    the page's background work and asserts that no error reached the error presenter."""

    from app.demo import fill
    from ui.calendar.calendar_page import CalendarPage
    from ui.env import UiEnv
    from ui.runner import DbRunner

    opened: list[tuple[Any, list[BaseException]]] = []

    def make(ctx: Any, *, seed: int, today: Any, now: Any) -> Any:
        fill(ctx.session_factory, members=40, seed=seed, today=today)
        errors: list[BaseException] = []
        env = UiEnv(
            ctx=ctx,
            runner=DbRunner(),
            show_error=errors.append,
            show_message=lambda _text: None,
        )
        page = CalendarPage(env, clock=lambda: now)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        with qtbot.waitSignal(page.view_ready, timeout=10_000):
            page.activate()
        opened.append((page, errors))
        return page

    yield make
    for page, errors in opened:
        qtbot.waitUntil(lambda p=page: p.env.tasks.idle and not p.env.runner.busy, timeout=10_000)
        page.env.runner.shutdown()
        assert errors == []
