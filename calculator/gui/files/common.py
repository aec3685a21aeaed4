"""What the file rooms share: the prompts tests replace, file names and the last folder used.

Every prompt goes through :func:`message_box`, :func:`get_open_path` and :func:`get_save_path`,
and the rooms call them as ``common.message_box(...)``, so tests replace them here instead of
clicking through modal dialogs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SCENARIO_SUFFIX = ".scenario.json"
FOLDER_KEY = "files/last_folder"

StandardButton = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: StandardButton = StandardButton.Ok,
    default: StandardButton = StandardButton.NoButton,
    informative: str = "",
    *,
    texts: Mapping[StandardButton, str] | None = None,
) -> StandardButton:
    """Show a modal message box and return the button pressed; ``texts`` relabels buttons."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    for which, label in (texts or {}).items():
        button = box.button(which)
        if button is not None:
            button.setText(label)
    if default != StandardButton.NoButton:
        box.setDefaultButton(default)
    return StandardButton(box.exec())


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Say why a file operation failed, in a modal box."""
    message_box(parent, QMessageBox.Icon.Critical, title, message)


def get_open_path(parent: QWidget | None, caption: str, folder: str, filters: str) -> Path | None:
    """Ask for a file to open; ``None`` if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return Path(name) if name else None


def get_save_path(parent: QWidget | None, caption: str, start: str, filters: str) -> Path | None:
    """Ask for a file to write; ``None`` if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    return Path(name) if name else None


def slug(text: str) -> str:
    """A file-name stem made from a scenario name (letters, digits, ``-`` and ``_``)."""
    return re.sub(r"[^\w\-]+", "-", text, flags=re.UNICODE).strip("-")[:60]


def last_folder(settings: QSettings | None, key: str, current: Path | None) -> str:
    """The folder a file dialog starts in: the one last used, else the current file's, else home."""
    value = settings.value(key) if settings is not None else None
    if isinstance(value, str) and Path(value).is_dir():
        return value
    if current is not None:
        return str(current.parent)
    return str(Path.home())
