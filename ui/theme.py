"""Light and dark themes: one set of colour tokens each, the Fusion palette and the stylesheet.

Every colour the interface paints comes from here: the stylesheet template
(`resources/styles/theme.qss`, `{token}` placeholders), painted views (`color("surface")` at
paint time) and labels marked with a role (`set_role(label, "muted")`, styled by the template).

The mode is "system" (follow `QStyleHints.colorScheme()` and its `colorSchemeChanged` signal),
"light" or "dark" (设置 → 外观, kept as `ui/theme`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MODES = ("system", "light", "dark")

LIGHT: dict[str, str] = {
    "window": "#f7f8fa",
    "sidebar": "#eef1f6",
    "surface": "#ffffff",
    "surface_alt": "#f9fafb",
    "header": "#f3f4f6",
    "border": "#e5e7eb",
    "input_border": "#d1d5db",
    "grid": "#eef0f3",
    "text": "#1f2937",
    "text_strong": "#111827",
    "text_soft": "#374151",
    "text_muted": "#6b7280",
    "text_faint": "#8a8f98",
    "disabled": "#9ca3af",
    "icon": "#4b5563",
    "accent": "#1d4ed8",
    "accent_strong": "#1a73e8",
    "accent_soft": "#dbe6ff",
    "accent_border": "#93b4ff",
    "focus": "#3b82f6",
    "hover": "#e3e8f2",
    "button_hover": "#f3f4f6",
    "danger": "#b91c1c",
    "danger_border": "#f3b4b4",
    "danger_soft": "#fdecec",
    "error": "#c62828",
    "warn_text": "#8a6d00",
    "warn_soft": "#fff8e1",
    "warn_border": "#f4c542",
    "good": "#2e7d32",
    "bulk": "#e8efff",
    "bulk_border": "#bfd0ff",
    "today": "#eaf2ff",
    "holiday": "#fff4f2",
    "dim": "#f8f9fa",
    "on_accent": "#ffffff",
}

DARK: dict[str, str] = {
    "window": "#1c1e22",
    "sidebar": "#16181b",
    "surface": "#24272c",
    "surface_alt": "#282b31",
    "header": "#2c3036",
    "border": "#383d45",
    "input_border": "#4a505a",
    "grid": "#32363d",
    "text": "#e4e7eb",
    "text_strong": "#f3f4f6",
    "text_soft": "#d1d5db",
    "text_muted": "#a0a7b1",
    "text_faint": "#838a94",
    "disabled": "#6b7280",
    "icon": "#c4c9d1",
    "accent": "#8ab4ff",
    "accent_strong": "#7aa7ff",
    "accent_soft": "#2b3a5c",
    "accent_border": "#4a67a8",
    "focus": "#5b8def",
    "hover": "#2c3138",
    "button_hover": "#31363d",
    "danger": "#f87171",
    "danger_border": "#7f2d2d",
    "danger_soft": "#3b2326",
    "error": "#f28b82",
    "warn_text": "#e3bd55",
    "warn_soft": "#3a3220",
    "warn_border": "#8a6d1f",
    "good": "#81c995",
    "bulk": "#243150",
    "bulk_border": "#3b4f7a",
    "today": "#22324d",
    "holiday": "#35282b",
    "dim": "#202328",
    "on_accent": "#111827",
}

_tokens: dict[str, str] = LIGHT
_theme: Theme | None = None


def token(name: str) -> str:
    """The colour `name` of the theme in use, as "#rrggbb"."""
    return _tokens[name]


def color(name: str) -> QColor:
    """The colour `name` of the theme in use (read at paint time: it follows a theme switch)."""
    return QColor(_tokens[name])


def is_dark() -> bool:
    return _tokens is DARK


def set_role(widget: QWidget, role: str) -> None:
    """Style `widget` by a role of the stylesheet ("muted", "error", "warn", "stat", "banner")
    instead of a colour of its own, so it follows the theme."""
    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # styled already: again
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def palette(tokens: dict[str, str]) -> QPalette:
    """The Fusion palette of a theme: dialogs and Qt's own widgets follow it too."""
    c = {k: QColor(v) for k, v in tokens.items()}
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, key in (
        (role.Window, "window"),
        (role.WindowText, "text"),
        (role.Base, "surface"),
        (role.AlternateBase, "surface_alt"),
        (role.ToolTipBase, "surface"),
        (role.ToolTipText, "text"),
        (role.PlaceholderText, "text_faint"),
        (role.Text, "text"),
        (role.Button, "surface"),
        (role.ButtonText, "text"),
        (role.BrightText, "error"),
        (role.Highlight, "accent_soft"),
        (role.HighlightedText, "text_strong"),
        (role.Link, "accent"),
        (role.LinkVisited, "accent"),
        (role.Light, "surface"),
        (role.Midlight, "border"),
        (role.Mid, "text_faint"),
        (role.Dark, "input_border"),
        (role.Shadow, "text_strong"),
    ):
        p.setColor(r, c[key])
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, c["disabled"])
    return p


def stylesheet(tokens: dict[str, str]) -> str:
    """The application stylesheet: the template with this theme's colours and the icon folder."""
    text = (RESOURCES / "styles" / "theme.qss").read_text(encoding="utf-8")
    text = text.replace("{icons}", (RESOURCES / "icons").as_posix())
    # The check mark in the theme's on-accent colour (an image in a stylesheet is not tinted).
    text = text.replace("{check}", "check-dark.svg" if tokens is DARK else "check-light.svg")
    for key, value in tokens.items():
        text = text.replace("{" + key + "}", value)
    return text


def system_is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Theme(QObject):
    """The theme in use for the application; `changed(dark)` after it was switched."""

    changed = Signal(bool)

    def __init__(self, app: QApplication, mode: str = "system", *, sheet: bool = True) -> None:
        super().__init__(app)
        self.app = app
        self.mode = mode if mode in MODES else "system"
        app.styleHints().colorSchemeChanged.connect(self._on_system)
        self.apply(sheet=sheet)

    @property
    def dark(self) -> bool:
        if self.mode == "system":
            return system_is_dark(self.app)
        return self.mode == "dark"

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.apply()

    def apply(self, *, sheet: bool = True) -> None:
        global _tokens
        tokens = DARK if self.dark else LIGHT
        changed = tokens is not _tokens
        _tokens = tokens
        self.app.setPalette(palette(tokens))
        if sheet:
            self.app.setStyleSheet(stylesheet(tokens))
        if changed:
            for widget in self.app.allWidgets():
                widget.update()  # painted views read color() at paint time
            self.changed.emit(tokens is DARK)

    def _on_system(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            self.apply()


def install(app: QApplication, mode: str = "system", *, sheet: bool = True) -> Theme:
    """The application's theme (made on first call; later calls set the mode).

    `sheet=False` sets the colours but not yet the stylesheet: the window is then built faster
    (with an application stylesheet, every widget added to a parent is styled again), and a
    later `install` sets it before the window shows."""
    global _theme
    theme = _theme if _theme is not None and _theme.app is app else None
    if theme is None:
        theme = _theme = Theme(app, mode, sheet=sheet)
    elif mode != theme.mode:
        theme.set_mode(mode)
    else:
        theme.apply(sheet=sheet)
    return theme


def current() -> Theme | None:
    """The installed theme (None before `install`, e.g. in tests that do not style)."""
    return _theme
