"""The Qt application the renderers need, with the bundled fonts (offscreen without a display)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from calculator.exports.locales import active_language
from calculator.resources import translations_dir
from calculator.storage.translations import load_catalogue


class TsTranslator(QTranslator):
    """A translator over a committed ``.ts`` (no ``.qm`` built): looks texts up as Qt does.

    A text lupdate filed in another context (module-level ``tr()`` calls land in the empty
    one) is found by its source alone.
    """

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._catalogue = load_catalogue(lang)
        self._by_source = {source: text for (_, source), text in self._catalogue.items()}

    def isEmpty(self) -> bool:
        """Whether there is nothing to translate."""
        return not self._catalogue

    def translate(  # noqa: D102 (QTranslator's contract)
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:  # None: not here, ask the next translator
        # An empty string would be taken as the translation and blank every text the .ts
        # lacks (Qt's own, and any text newer than the file); None lets Qt fall back.
        return self._catalogue.get((context, sourceText)) or self._by_source.get(sourceText)


def install_translations(app: QCoreApplication, lang: str) -> bool:
    """Install ``lang``'s texts for ``self.tr()``; return whether a translation is in use.

    Qt's own texts (standard buttons) come from Qt's ``qtbase_<lang>.qm`` when present. Qt
    asks the last installed translator first: the compiled ``.qm`` (fast, C++) when built,
    then the ``.ts`` reader, which also finds texts lupdate filed under another context (the
    module-level ``tr = widget.tr`` helpers land in the empty one) and serves a checkout
    where no ``.qm`` was built.
    """
    if lang == "en":
        return False
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    from_ts = TsTranslator(lang, app)
    installed = not from_ts.isEmpty() and app.installTranslator(from_ts)
    compiled = QTranslator(app)
    if compiled.load(f"calculator_{lang}", str(translations_dir())):
        installed = app.installTranslator(compiled) or installed
    return installed


def load_fonts(app: QApplication) -> str | None:
    """Register the bundled DejaVu fonts and make DejaVu Sans the application font.

    Returns the family name, or ``None`` if the font could not be loaded (the platform font
    is then kept).
    """
    from PySide6.QtGui import QFont, QFontDatabase

    from calculator.resources import font_path

    regular = font_path()
    family = None
    for path in (regular, regular.with_name("DejaVuSans-Bold.ttf")):
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    if family:
        font = QFont(family)
        font.setPointSizeF(9.5)
        app.setFont(font)
    return family


def ensure_app() -> QApplication:
    """The running QApplication, made (offscreen when there is no display) if there is none.

    The bundled fonts are loaded once, so that exported charts and PDFs look the same on every
    machine.
    """
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not getattr(app, "_calculator_fonts", False):
        load_fonts(app)
        app._calculator_fonts = True  # type: ignore[attr-defined]
    lang = active_language()  # the command line's --lang: charts drawn for a report speak it
    if lang != "en" and not any(t.lang == lang for t in app.findChildren(TsTranslator)):
        install_translations(app, lang)
    return app
