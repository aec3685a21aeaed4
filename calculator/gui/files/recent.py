"""RecentFiles: the scenario files opened or saved lately, kept in QSettings, and their menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from calculator.gui.files import common
from calculator.gui.files.common import FOLDER_KEY

MAX_RECENT = 8
RECENT_KEY = "files/recent"


class RecentFiles(QObject):
    """The File ▸ Open Recent list, newest first.

    Parameters
    ----------
    window
        Parent of the menu and of the message boxes.
    settings
        Where the list and the last folder are kept; ``None`` keeps them in memory only.
    open_file
        Opens a file after offering to save unsaved changes; returns whether it opened.
    """

    recentFilesChanged = Signal()

    def __init__(
        self,
        window: QWidget,
        settings: QSettings | None,
        open_file: Callable[[Path], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._open_file = open_file
        self._recent: list[Path] = self._read()
        self.menu = QMenu(self.tr("Open &Recent"), window)
        self._rebuild_menu()

    def files(self) -> list[Path]:
        """The recently opened or saved files, newest first."""
        return list(self._recent)

    def remember(self, path: Path) -> None:
        """Put ``path`` first in the list; its folder is where the next dialog starts."""
        path = path.absolute()
        self._recent = [path, *(p for p in self._recent if p != path)][:MAX_RECENT]
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(path.parent))
        self._write()

    @Slot()
    def clear(self) -> None:
        """Forget the recent files."""
        self._recent = []
        self._write()

    def open(self, path: Path) -> bool:
        """Open a recent file; a file that no longer exists leaves the list with a message."""
        if not path.is_file():
            self._recent = [p for p in self._recent if p != path]
            self._write()
            common.show_error(
                self.window,
                self.tr("File not found"),
                self.tr("{0}: no such file; removed from the recent files.").format(path),
            )
            return False
        return self._open_file(path)

    def _read(self) -> list[Path]:
        if self.settings is None:
            return []
        value = self.settings.value(RECENT_KEY)
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(n) for n in names if isinstance(n, str) and n][:MAX_RECENT]

    def _write(self) -> None:
        if self.settings is not None:
            self.settings.setValue(RECENT_KEY, [str(p) for p in self._recent])
        self._rebuild_menu()
        self.recentFilesChanged.emit()

    def _rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        for i, path in enumerate(self._recent, start=1):
            action = menu.addAction(f"&{i} {path.name}")
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
        if not self._recent:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.triggered.connect(self.clear)

    @Slot()
    def _on_recent_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open(Path(str(action.data())))
