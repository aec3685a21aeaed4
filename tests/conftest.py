"""Shared test set-up: Qt renders offscreen (set before any Qt import); user folders untouched.

The "nothing lost" tests add their counts (cases fuzzed, kills, full-disk cases) to the
``tally`` fixture; the counts are printed after the run so they can be quoted.
"""

import collections
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_DEBUG_PLUGINS", "0")


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
