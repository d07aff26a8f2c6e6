"""The base of every page shown in the sidebar."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the main window. Subclasses set `key` and return their (translated) title.

    `activate()` is called when the page becomes visible, so it can load lazily;
    `retranslate()` after the interface language changed while the app runs.
    """

    key: str = ""

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        """The sidebar icon: by default the one `ui.icons` names for the page's key."""
        from ui import icons

        return icons.icon(self.key)

    def activate(self) -> None:
        """Called each time the page is shown (load data on first call)."""

    def retranslate(self) -> None:
        """Set every text again with `tr()` (the language changed). Default: nothing, the page
        shows the new language after a restart."""
