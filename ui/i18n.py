"""The interface language: which QTranslators are installed, switched while the app runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("zh", "en")
log = logging.getLogger(__name__)


def install_translation(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """English: our .qm; Chinese (the source language): Qt's own zh_CN for standard buttons."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(str(TRANSLATIONS), "shequn_en")] if lang == "en" else [(qt_dir, "qtbase_zh_CN")]
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return translators


Installer = Callable[[QCoreApplication, str], list[QTranslator]]


class Language:
    """The language in use; `switch(lang)` replaces the installed translators.

    Widgets then show the new language once retranslated: `MainWindow.retranslate()` does the
    shell and calls `Page.retranslate()` on every page.
    """

    def __init__(
        self, app: QCoreApplication, lang: str = "zh", installer: Installer = install_translation
    ) -> None:
        self.app = app
        self.code = lang
        self._install = installer
        self._translators = installer(app, lang)

    def switch(self, lang: str) -> bool:
        """Install `lang` instead of the current language; False when it is already in use."""
        if lang not in LANGUAGES:
            raise ValueError(lang)
        if lang == self.code:
            return False
        for translator in self._translators:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = self._install(self.app, lang)
        self.code = lang
        return True

    def uninstall(self) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []


if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's name)
        """Marks `source` for lupdate and returns it unchanged (typed: PySide6 says object)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401
