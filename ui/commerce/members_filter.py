"""Fills the Members page's 购买 filter with the categories and actives products have."""

from __future__ import annotations

from typing import Any

from ui.env import UiEnv

AREA = "commerce"


def install_purchase_filter(page: Any, env: UiEnv) -> None:
    """Read the choices now and again whenever products change."""

    async def refresh() -> None:
        try:
            choices = await env.runner.run(env.ctx.products.categories)
        except Exception as exc:
            env.show_error(exc)
            return
        page.filter_bar.set_purchase_choices(choices)

    def on_changed(changes: object) -> None:
        if AREA in getattr(changes, "areas", frozenset()):
            env.tasks.spawn(refresh())

    env.runner.changed.connect(on_changed)
    env.tasks.spawn(refresh())
