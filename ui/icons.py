"""The icon set: Lucide SVGs bundled in resources/icons (ISC licence there), each named once here.

`icon("undo")` is a QIcon drawn from the SVG at whatever size and device pixel ratio Qt asks
for (crisp at 200 %), in the theme's icon colour (`ui.theme`), greyed when disabled and in the
accent colour when selected; it follows a theme switch without being set again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui import theme

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"

NAMES: dict[str, str] = {
    # sidebar pages, by page key
    "members": "users",
    "groups": "messages-square",
    "calendar": "calendar-days",
    "activities": "trophy",
    "warnings": "triangle-alert",
    "complaints": "message-square-warning",
    "products": "package",
    "paste": "clipboard-paste",
    "reports": "chart-column",
    "settings": "settings",
    # toolbar and main buttons
    "undo": "undo-2",
    "redo": "redo-2",
    "backup": "hard-drive-download",
    "restore": "history",
    "import": "file-spreadsheet",
    "export": "file-down",
    "new_member": "user-plus",
    "trash": "trash-2",
    "restore_members": "archive-restore",
    "purge": "eraser",
    "add_tag": "tag",
    "remove_tag": "tags",
    "bulk_set": "sliders-horizontal",
    "merge": "merge",
    "clear": "x",
    "save_segment": "bookmark-plus",
    "clear_filter": "filter-x",
    "more_filters": "list-filter",
    "previous": "chevron-left",
    "next": "chevron-right",
    "today": "rotate-ccw",
    "new_post": "calendar-plus",
    "add": "plus",
}

# Which toolbar actions (by object name) get which icon.
ACTIONS: dict[str, str] = {
    "undoAction": "undo",
    "redoAction": "redo",
    "backupAction": "backup",
    "importAction": "import",
    "exportAction": "export",
    "newMemberAction": "new_member",
}

_svg: dict[str, str] = {}
_renderers: dict[tuple[str, str], QSvgRenderer] = {}


def _source(name: str) -> str:
    if name not in _svg:
        _svg[name] = (FOLDER / f"{name}.svg").read_text(encoding="utf-8")
    return _svg[name]


def _renderer(name: str, colour: str) -> QSvgRenderer:
    key = (name, colour)
    if key not in _renderers:
        data = _source(name).replace("currentColor", colour)
        _renderers[key] = QSvgRenderer(QByteArray(data.encode("utf-8")))
    return _renderers[key]


class _TintedSvg(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _colour(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Disabled:
            return theme.token("disabled")
        if mode == QIcon.Mode.Selected:
            return theme.token("accent")
        return theme.token("icon")

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        _renderer(self.name, self._colour(mode)).render(painter, square)

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return size

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name)

    def key(self) -> str:
        return "shequnTintedSvg"

    def isNull(self) -> bool:  # noqa: N802
        return False


def icon(what: str) -> QIcon:
    """The icon for `what` (a key of NAMES); an empty icon for an unknown key."""
    name = NAMES.get(what)
    if name is None:
        return QIcon()
    return QIcon(_TintedSvg(name))
