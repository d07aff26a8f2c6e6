"""Fills the Members page's 购买 filter with the categories and actives products have."""

from __future__ import annotations

from typing import Any

from ui.env import UiEnv

AREA = "commerce"


def install_purchase_filter(page: Any, env: UiEnv) -> None:
    """Read the choices once the page has shown its first rows, and again when products change.

    Not at install time: the window may be built and closed without ever showing a page.
    """
    state = {"read": False}

    async def refresh() -> None:
        try:
            choices = await env.runner.run(env.ctx.products.categories)
        except Exception as exc:
            env.show_error(exc)
            return
        page.filter_bar.set_purchase_choices(choices)

    def on_shown(*_args: object) -> None:
        if not state["read"]:
            state["read"] = True
            env.tasks.spawn(refresh())

    def on_changed(changes: object) -> None:
        if state["read"] and AREA in getattr(changes, "areas", frozenset()):
            env.tasks.spawn(refresh())

    page.results_shown.connect(on_shown)
    env.runner.changed.connect(on_changed)
