"""Sign-ups and check-ins from a selection on the Members page.

Adds two submenus to the Members page's 批量设置 menu (the bulk bar's, also in the row menu):
报名活动 (activities not yet over) and 今天打卡 (activities running today). Their entries come
from the last list read on the runner, refreshed each time the menu opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ui.env import UiEnv
from ui.operations import UndoText

if TYPE_CHECKING:
    from app.community.domain import ActivityRow


class MembersActivityMenus:
    """The two submenus; `refresh()` reads the activities, `fill()` puts them in the menus."""

    def __init__(self, page: Any, env: UiEnv, clock: Callable[[], dt.date] = dt.date.today) -> None:
        self.page, self.env, self.clock = page, env, clock
        self.rows: list[ActivityRow] = []
        parent: QMenu = page.bulk_bar.set_button.menu()
        parent.addSeparator()
        self.signup_menu = parent.addMenu("")
        self.checkin_menu = parent.addMenu("")
        self.signup_menu.setObjectName("activitySignupMenu")
        self.checkin_menu.setObjectName("activityCheckinMenu")
        parent.aboutToShow.connect(lambda: env.tasks.spawn(self.refresh()))
        self.retranslate()

    def retranslate(self) -> None:
        """The menus' titles and their 没有活动 entries in the language shown."""
        self.signup_menu.setTitle(QCoreApplication.translate("ActivitiesEntry", "活动报名"))
        self.checkin_menu.setTitle(QCoreApplication.translate("ActivitiesEntry", "今天打卡"))
        self.fill()

    async def refresh(self) -> None:
        try:
            self.rows = await self.env.runner.run(self.env.ctx.activities.list_activities)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.fill()

    def fill(self) -> None:
        today = self.clock()
        self.signup_menu.clear()
        self.checkin_menu.clear()
        for r in self.rows:
            if r.end >= today:
                self.signup_menu.addAction(r.name).triggered.connect(
                    lambda _=False, a=r.id: self.sign_up(a)
                )
            if r.start <= today <= r.end:
                self.checkin_menu.addAction(r.name).triggered.connect(
                    lambda _=False, a=r.id: self.check_in(a)
                )
        for menu in (self.signup_menu, self.checkin_menu):
            if menu.isEmpty():
                menu.addAction(
                    QCoreApplication.translate("ActivitiesEntry", "（没有进行中的活动）")
                ).setEnabled(False)

    def _push(self, op: Any, text: UndoText) -> None:
        self.env.ops.push(self.env.stack_for(self.page.key), op, text)

    def sign_up(self, activity_id: int) -> None:
        from app.community.activity_ops import SignUp

        ids = tuple(self.page.selected_ids())
        if ids:
            self._push(
                SignUp(activity_id, ids),
                UndoText.translate("ActivitiesEntry", "%1 位成员报名活动").fill(len(ids)),
            )

    def check_in(self, activity_id: int) -> None:
        from app.community.activity_ops import CheckIn

        ids = tuple(self.page.selected_ids())
        if ids:
            text = UndoText.translate("ActivitiesEntry", "%1 位成员今天打卡").fill(len(ids))
            self._push(CheckIn(activity_id, ids, self.clock()), text)


def install_members_entry(page: Any, env: UiEnv) -> MembersActivityMenus:
    menus = MembersActivityMenus(page, env)
    page.add_ons.append(menus)  # kept alive and retranslated with the page
    return menus
