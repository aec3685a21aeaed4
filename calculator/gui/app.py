"""Entry point of the window. Importing this module imports no Qt (the CLI imports it cheaply).

Start-up timing (``make bench``): with the environment variable
``CALCULATOR_EXIT_AFTER_FIRST_PAINT=1`` the window prints ``first-paint <time.time()>`` on stdout
once its first frame has been painted, then quits (the benchmark runs it with an empty home folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from calculator.core.dataset import Dataset
    from calculator.core.models import Scenario

ORGANIZATION = "DefenceBudgetCalculator"
APPLICATION = "Defence Budget What-If Calculator"
FIRST_PAINT_ENV = "CALCULATOR_EXIT_AFTER_FIRST_PAINT"


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    set_window_icon(app)  # the fatal-error box too
    return app


def set_window_icon(app: QApplication) -> None:
    """Give every window (and the taskbar entry) the app icon, ``resources/images/icon.png``.

    ``setDesktopFileName`` ties the window to ``budget-calculator.desktop`` on Wayland, whose
    taskbars take the icon from the desktop entry rather than the window.
    """
    from PySide6.QtGui import QIcon

    from calculator.resources import resources_dir

    path = resources_dir() / "images" / "icon.png"
    if path.is_file():  # a missing file would give an empty icon: keep the platform's
        app.setWindowIcon(QIcon(str(path)))
    app.setDesktopFileName("budget-calculator")


def load_translation(app: QApplication, settings: QSettings | None = None) -> bool:
    """Install the window's language: ``--lang`` if given, else View ▸ Language, else the system's.

    The compiled ``.qm`` (``make translations``, the packaging) or, without one, the committed
    ``.ts`` read directly (:mod:`calculator.gui.language`); English needs no file.
    """
    from calculator.exports.locales import active_language
    from calculator.gui.language import chosen_language, install_language

    lang = active_language()  # the command line's --lang, English unless given
    if lang == "en" and settings is not None:  # screenshots (no settings) stay English
        lang = chosen_language(settings)
    return install_language(app, lang)


NO_DISPLAY_MESSAGE = (
    "budget-calculator: no display to open the window on (DISPLAY, WAYLAND_DISPLAY and "
    "QT_QPA_PLATFORM are unset); use --screenshot FILE.png to render it, or a command such as "
    "'budget-calculator project --country ESP' (see --help)."
)


def has_display() -> bool:
    """Whether a window can be opened (always on Windows and macOS).

    Elsewhere it needs a display server (X11, Wayland) or a Qt platform set in QT_QPA_PLATFORM.
    """
    if sys.platform.startswith(("win", "darwin")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def show_fatal_error(message: str) -> None:
    """A message box for an error that stops the app before its window opens.

    Does nothing without a display (the message is already on stderr there).
    """
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return
    from PySide6.QtWidgets import QMessageBox

    _application()
    QMessageBox.critical(None, APPLICATION, message)


def run_app(
    scenario: Scenario | None = None,
    screenshot: Path | None = None,
    size: tuple[int, int] = (1400, 900),
    dataset: Dataset | None = None,
    view: str | None = None,
) -> int:
    """Open the calculator window (or render it to ``screenshot`` and return).

    Parameters
    ----------
    scenario
        Assumptions to start from; ``None`` starts from the defaults (and the last ally used).
    screenshot
        If given, lay the window out offscreen at ``size``, save it as a PNG there (atomically;
        :class:`calculator.storage.WriteError` if it cannot be written) and return 0 without
        running the event loop. Nothing is read from or written to user settings.
    size
        Window size in pixels.
    dataset
        The data the window shows: the one the command line loaded (the active dataset,
        ``--data``); ``None`` loads the active dataset (``data use``, Data ▸ Datasets…).
    view
        With ``screenshot``: the view to render (``calculator.gui.guide.VIEWS``: ``ally``,
        ``money``, ``alliance``, ``compare``, ``fiscal``, ``uncertainty``); ``ValueError`` if
        the window has none such.

    Returns
    -------
    int
        The exit status.
    """
    if (
        screenshot is not None
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if screenshot is None and not has_display():
        # Qt would abort ("could not connect to display"): say what works instead.
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from calculator.gui.main_window import MainWindow
    from calculator.render.images import flush_deletions, png_bytes
    from calculator.render.qt import load_fonts
    from calculator.storage import atomic_write_bytes, releases

    app = _application()
    load_fonts(app)
    set_window_icon(app)  # also when a QApplication already existed (tests, embedding)
    load_translation(app, QSettings(ORGANIZATION, APPLICATION) if screenshot is None else None)
    if dataset is None:
        dataset = releases.open_dataset()
    if screenshot is not None:
        window = MainWindow(dataset, settings=None, scenario=scenario)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*size)
        window.show()
        for _ in range(3):
            QApplication.processEvents()
        window.resize(*size)
        QApplication.processEvents()
        if view is not None:
            from calculator.gui.guide import show_view

            show_view(window, view)
            for _ in range(3):
                QApplication.processEvents()
        image = window.grab().toImage()
        window.close()
        window.deleteLater()
        # processEvents() does not run deleteLater at this level: delete the window here, not
        # at some later turn of the loop in the middle of another window's layout.
        flush_deletions()
        QApplication.processEvents()
        # Encoded in memory and written atomically (never through a symbolic link), so a full
        # disk is an error and the previous file stays whole.
        atomic_write_bytes(screenshot, png_bytes(image, screenshot))
        return 0
    settings = QSettings(ORGANIZATION, APPLICATION)
    from calculator.storage import user_data_dir

    # Autosave (and the offer to recover after a crash) only in real runs, never screenshots.
    window = MainWindow(dataset, settings=settings, scenario=scenario, autosave_dir=user_data_dir())
    if settings.value("window/geometry") is None:
        window.resize(*size)
    if os.environ.get(FIRST_PAINT_ENV):
        _exit_after_first_paint(window)
    window.show()
    _quit_on_ctrl_c(window)
    return app.exec()


def _exit_after_first_paint(window: QWidget) -> None:
    """Print the time once the window's first frame is painted, then quit (start-up benchmark).

    The first paint event of the window or of any widget in it starts the report; a zero timer
    lets the rest of that frame be painted first. The filter is removed at the first paint.
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    def report() -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
                QTimer.singleShot(0, report)
            return False

    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(FirstPaint(window))


def _quit_on_ctrl_c(window: QWidget) -> None:
    """Ctrl+C in the terminal closes the window cleanly (autosave marked, settings kept).

    Python only sees the signal when it runs, so a timer lets it run a few times a second.
    """
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_args: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
