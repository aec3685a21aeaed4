"""Offline guarantee: the window, a projection and every export run with the network cut off.

Sockets are blocked at the Python level (connect, DNS look-ups, bind): any attempt is recorded
and fails the test, even if the caller swallowed the error. The import-linter contract
"Offline" in pyproject.toml forbids network clients in ``calculator``; the Qt network modules
are parts of PySide6, which import-linter cannot name, so they are checked here.
"""

from __future__ import annotations

import ast
import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from calculator.cli import main
from calculator.core.alliance import project_alliance
from calculator.core.models import Scenario
from calculator.core.projection import project
from calculator.exports.report import ALLIANCE_FORMATS, REPORT_FORMATS
from calculator.storage import bundled_dataset

pytestmark = pytest.mark.gui  # the window and the PDF/PNG/SVG exports need Qt

PACKAGE = Path(__file__).resolve().parents[1] / "calculator"
QT_NETWORK_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebView",
    "PySide6.QtHttpServer",
    "PySide6.QtRemoteObjects",
)
NETWORK_MODULES = ("ssl", "http.client", "urllib.request", *QT_NETWORK_MODULES)


class NetworkAttempt(OSError):
    """Raised instead of a network call."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block every Python-level socket connection and name look-up; yield the attempts made."""
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttempt(f"network access attempted: {name}")

        return blocked

    for method in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, method, refuse(f"socket.{method}"))
    for function in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, function, refuse(function))
    before = set(sys.modules)
    yield attempts
    newly_loaded = sorted(m for m in NETWORK_MODULES if m in sys.modules and m not in before)
    assert not newly_loaded, f"network modules imported: {newly_loaded}"


@pytest.fixture(scope="module")
def dataset():
    return bundled_dataset()


def test_blocker_catches_a_connection(no_network):
    """The fixture itself works: a connection attempt is refused and recorded."""
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 80), timeout=1)
    with socket.socket() as sock, pytest.raises(NetworkAttempt):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
    no_network.clear()


def test_projection_runs_offline(no_network, capsys):
    assert main(["project", "--country", "ESP", "--format", "json"]) == 0
    projection = json.loads(capsys.readouterr().out)
    assert projection["country"]["iso3"] == "ESP"
    assert no_network == []


def test_every_export_runs_offline(no_network, qtbot, dataset, tmp_path):
    from calculator.render.report import write_alliance_report, write_report

    scenario = Scenario(country="ESP")
    proj = project(dataset, scenario)
    for fmt in REPORT_FORMATS:
        write_report(tmp_path / f"spain.{fmt}", proj, dataset)
    alliance = project_alliance(dataset, scenario, skip_unfit=True)
    for fmt in ALLIANCE_FORMATS:
        write_alliance_report(tmp_path / f"alliance.{fmt}", alliance, dataset)
    written = sorted(p.name for p in tmp_path.iterdir() if p.stat().st_size > 0)
    assert written == sorted(
        [f"spain.{f}" for f in REPORT_FORMATS] + [f"alliance.{f}" for f in ALLIANCE_FORMATS]
    )
    assert no_network == []


def test_window_runs_offline(no_network, qtbot, dataset):
    from calculator.gui.main_window import MainWindow

    window = MainWindow(dataset, settings=None)
    window.controller.merge_window_s = 0.0
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.controller.update(country="DEU")
    qtbot.waitUntil(lambda: window.controller.scenario.country == "DEU")
    assert not window.grab().isNull()
    assert no_network == []


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_imports_qt_networking():
    """What the import-linter contract cannot say: no part of PySide6 that talks to a network."""
    offenders = {
        str(path.relative_to(PACKAGE.parent)): sorted(found)
        for path in sorted(PACKAGE.rglob("*.py"))
        if (found := {m for m in _imported_modules(path) if m.startswith(QT_NETWORK_MODULES)})
    }
    assert offenders == {}
