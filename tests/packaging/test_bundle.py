"""The frozen app (PyInstaller, packaging/calculator.spec) builds, starts and exports.

The build takes a minute or two, so it runs only with ``CALCULATOR_TEST_PACKAGE=1`` (and the
``package`` extra installed: ``make package`` does both). The quick check below always runs: the
modules the specs leave out of the bundle are never imported by the app, so leaving them out
cannot break a start-up.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_left_out_modules_are_never_imported():
    """What the app imports at start-up and for every export is not among the excluded modules."""
    freeze_common = _load("freeze_common")
    code = (
        "import sys\n"
        "import calculator.cli, calculator.gui.app, calculator.gui.main_window\n"
        "import calculator.render.pdf, calculator.render.images, calculator.render.report\n"
        "import calculator.exports.xlsx, calculator.storage\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    loaded = set(done.stdout.split())
    excluded = set(freeze_common.EXCLUDED_MODULES)
    assert not {m for m in loaded if m in excluded or m.split(".")[0] in excluded}
    # Measured: pyqtgraph needs these at start-up, so no spec may leave them out.
    assert {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtTest"} <= (
        loaded - excluded
    )


def test_trim_keeps_what_the_app_needs_and_drops_the_network():
    freeze_common = _load("freeze_common")
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "", "BINARY"),
        ("PySide6/Qt/lib/libQt6DBus.so.6", "", "BINARY"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "", "DATA"),
        ("resources/translations/calculator_fr.qm", "", "DATA"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "", "BINARY"),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", "", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "", "BINARY"),
        ("PySide6/Qt/translations/qtbase_ja.qm", "", "DATA"),
        ("PySide6/Qt/translations/qt_help_fr.qm", "", "DATA"),
    ]
    kept = [dest for dest, _, _ in freeze_common.trim(toc)]
    assert kept == [dest for dest, _, _ in toc[:7]]


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    if os.environ.get("CALCULATOR_TEST_PACKAGE") != "1":
        pytest.skip("builds the frozen app (1-2 min): set CALCULATOR_TEST_PACKAGE=1 to run")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("CALCULATOR_TEST_PACKAGE=1 needs PyInstaller: pip install -e '.[package]'")
    work = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(PACKAGING / "calculator.spec")],
        check=True, cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    exe = work / "dist" / "budget-calculator" / "budget-calculator"
    return exe.with_suffix(".exe") if os.name == "nt" else exe


def test_frozen_app_passes_the_smoke_test(frozen_app):
    smoke = _load("smoke_test")
    smoke.check(frozen_app)


def test_frozen_app_carries_its_resources(frozen_app):
    internal = frozen_app.parent / "_internal"
    resources = internal / "resources"
    assert (resources / "data" / "manifest.json").is_file()
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "images" / "icon.png").is_file()
    assert list((resources / "translations").glob("calculator_*.*"))
    assert not list(internal.rglob("QtNetwork*"))
