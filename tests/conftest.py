"""Shared test set-up: Qt renders offscreen (set before any Qt import); user folders untouched.

Every test that needs PySide6 carries the ``gui`` marker: all of ``tests/gui`` and
``tests/packaging`` by folder, and any other module that sets ``pytestmark = pytest.mark.gui``.
``pytest -m "not gui"`` runs the Qt-free rest.
"""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_DEBUG_PLUGINS", "0")

GUI_FOLDERS = ("gui", "packaging")
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.path)).resolve().relative_to(HERE).parts
        if parts and parts[0] in GUI_FOLDERS:
            item.add_marker(pytest.mark.gui)
