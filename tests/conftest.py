"""Shared test set-up: Qt renders offscreen (set before any Qt import); user folders untouched.

The "nothing lost" tests add their counts (cases fuzzed, kills, full-disk cases) to the
``tally`` fixture; the counts are printed after the run so they can be quoted.
"""

import collections
import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_DEBUG_PLUGINS", "0")


@pytest.fixture(autouse=True)
def _language_restored_after_each_test():
    """Each test leaves the language as it found it: the active phrasebook language and the Qt
    translators. A command run with ``--lang fr`` sets both for its process (right for the
    command line) and once left the next test's window speaking French."""
    from calculator.exports import locales

    before = (locales.active_language(), locales.active_translate(), locales.active_csv_style())
    qtcore = sys.modules.get("PySide6.QtCore")
    app = qtcore.QCoreApplication.instance() if qtcore else None
    translators = set(app.findChildren(qtcore.QTranslator)) if app is not None else set()
    yield
    locales.set_language(*before)
    qtcore = sys.modules.get("PySide6.QtCore")
    app = qtcore.QCoreApplication.instance() if qtcore else None
    for translator in app.findChildren(qtcore.QTranslator) if app is not None else []:
        if translator not in translators:
            app.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> collections.Counter[str]:
    """Counts a test adds to (cases fuzzed, kills, full-disk cases); shown after the run."""
    counts: collections.Counter[str] = request.config.__dict__.setdefault(
        "_nothing_lost_tally", collections.Counter()
    )
    return counts


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    counts = config.__dict__.get("_nothing_lost_tally")
    if counts:
        terminalreporter.section("nothing lost: counts")
        for key in sorted(counts):
            terminalreporter.write_line(f"{key}: {counts[key]}")
