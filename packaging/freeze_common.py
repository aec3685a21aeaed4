"""What both PyInstaller specs leave out of a bundle, kept in one place so both trim alike.

``packaging/calculator.spec`` (the app) and ``packaging/bare/bare.spec`` (the yardstick: one
window, one pyqtgraph plot) import this file, so ``bundle_mb`` and ``bare_bundle_mb`` compare what
the app adds, not two ways of building.

Kept on purpose (measured): pyqtgraph imports QtOpenGL, QtOpenGLWidgets, QtSvg and QtTest at
start-up, so those stay; ``strip=True`` breaks numpy, so the specs never strip; libQt6DBus stays
because libQt6Gui links it (and screen readers on Linux talk AT-SPI over D-Bus).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Python modules never imported by the app or by pyqtgraph's start-up. PyInstaller finds some of
# them through pyqtgraph's optional imports. Leaving out QtNetwork and ssl also means the bundle
# cannot talk to a network even if a later change tried (see tests/test_offline.py).
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
    "ssl",
    "tkinter",
    # Development tools that optional imports drag in (pydantic's mypy and hypothesis plugins,
    # rich tracebacks); the app imports none of them when it runs.
    "mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "rich",
    "markdown_it",
    "IPython",
    "setuptools",
    "distutils",
    "pkg_resources",
]

# Qt plugin folders and files (paths inside the bundle, '/'-separated) left out, with why.
DROPPED_QT_PARTS = (
    # Network reachability and TLS back-ends: they need QtNetwork, which the app never uses.
    "PySide6/Qt/plugins/networkinformation/",
    "PySide6/Qt/plugins/tls/",
    # Embedded-device input and EGL full-screen back-ends: not used on a laptop desktop.
    "PySide6/Qt/plugins/generic/",
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    # The GTK 3 theme loads the system's libgtk-3 against bundled cairo/pango copies (a known
    # crash source in frozen apps); without it Qt draws its own dialogs. The xdg portal stays.
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    # Libraries that only the plugins above load.
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
    "libQt6Network.so.6",
    "libQt6EglFSDeviceIntegration.so.6",
    "libQt6EglFsKmsSupport.so.6",
    "libssl.so",
)

# Libraries pulled in only by the GTK 3 theme (checked with ldd on a default build).
GTK_ONLY_LIBS = (
    "libatk-1.0.so",
    "libcairo-gobject.so",
    "libcairo.so",
    "libgdk_pixbuf-2.0.so",
    "libpango-1.0.so",
    "libpangocairo-1.0.so",
    "libpangoft2-1.0.so",
    "libpixman-1.so",
    "libthai.so",
    "libdatrie.so",
    "libfribidi.so",
    "libgraphite2.so",
)

# Qt's own translations (standard dialogs, "OK"/"Cancel") only for the app's languages.
QT_TRANSLATION_LANGS = ("de", "en", "es", "fr", "nl")


def _dropped(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if any(dest.startswith(part) for part in DROPPED_QT_PARTS):
        return True
    if "/" not in dest and any(name.startswith(lib) for lib in GTK_ONLY_LIBS):
        return True
    if dest.startswith("PySide6/Qt/translations/") and name.endswith(".qm"):
        if name.startswith("qt_help_"):  # Qt Help (Assistant) is not used
            return True
        lang = name.removesuffix(".qm").rsplit("_", 1)[-1]
        return lang not in QT_TRANSLATION_LANGS
    return False


def trim(toc: Iterable[Any]) -> list[Any]:
    """The TOC entries (``(dest, source, kind)``) that the bundle keeps."""
    return [entry for entry in toc if not _dropped(entry[0])]
