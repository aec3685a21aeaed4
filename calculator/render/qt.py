"""The Qt application the renderers need, with the bundled fonts (offscreen without a display)."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication


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
    return app
