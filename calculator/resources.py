"""The one place that knows where the resources (data, fonts, images, translations) live.

In the source tree they are the top-level ``resources/`` folder; an installed wheel carries the
same folder as the package ``calculator.bundled``; a frozen bundle keeps it next to its unpacked
files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the resources folder.

    ``BUDGET_CALCULATOR_RESOURCES`` overrides it (tests, packagers).
    """
    override = os.environ.get("BUDGET_CALCULATOR_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "bundled"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def data_dir() -> Path:
    """Return the folder of the bundled dataset (``resources/data``)."""
    return resources_dir() / "data"


def font_path() -> Path:
    """Return the TTF the GUI loads so that screen, images and PDFs look alike everywhere."""
    return resources_dir() / "fonts" / "DejaVuSans.ttf"


def translations_dir() -> Path:
    """Return the folder of the ``.ts`` sources and the compiled ``.qm`` translations."""
    return resources_dir() / "translations"
