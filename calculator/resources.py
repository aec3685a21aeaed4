"""The one place that knows where ``resources/`` lives (source tree, installed, or frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the ``resources`` folder.

    ``BUDGET_CALCULATOR_RESOURCES`` overrides it (tests, packagers); a frozen bundle keeps it next
    to the executable's unpacked files; otherwise it sits beside the ``calculator`` package.
    """
    override = os.environ.get("BUDGET_CALCULATOR_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """Return the folder of the bundled dataset (``resources/data``)."""
    return resources_dir() / "data"


def font_path() -> Path:
    """Return the TTF the GUI loads so that screen, images and PDFs look alike everywhere."""
    return resources_dir() / "fonts" / "DejaVuSans.ttf"
