"""Property-based fuzz of command lines, in-process: exit 0 or 2, never a traceback.

Every refusal is one line on stderr naming a flag (or the file or the dataset) it is about.
"""

from __future__ import annotations

import collections

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculator.cli import main

CLI_EXAMPLES = 2000

NUMBER_FLAGS = [
    "--real-growth",
    "--inflation",
    "--growth-adjust",
    "--inflation-adjust",
    "--spending-growth",
    "--increment",
    "--related-share",
]
YEAR_FLAGS = ["--base-year", "--horizon", "--target-year"]
PAIR_FLAGS = ["--glide", "--related-glide"]
SWITCHES = ["--constant-share", "--real"]

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**6), max_value=10**6).map(str),
    st.sampled_from(["", "-", "1e400", "nan", "inf", "2,5", "3.5%", "0x10", "½", "9" * 5000]),
    st.text(max_size=12),
)
years = st.one_of(st.integers(min_value=1900, max_value=2100).map(str), numbers)
pairs = st.one_of(
    st.tuples(numbers, years).map(lambda t: f"{t[0]}:{t[1]}"),
    st.sampled_from(["3.5:2035", "1.5:2030", ":", "-1:2030", "20:2050", "3.5"]),
    st.text(max_size=12),
)
thresholds = st.one_of(
    st.lists(
        st.tuples(st.sampled_from(["core", "total", "x", ""]), numbers, years).map(
            lambda t: f"{t[0]}:{t[1]}@{t[2]}"
        ),
        max_size=14,
    ).map(",".join),
    st.sampled_from(["core:2.1,core:3.5,total:5", "core:3.5@2032", ",", ""]),
)
countries = st.one_of(
    st.sampled_from(["ESP", "Spain", "pol", "ISL", "NATO_TOTAL", "XXX", "", "Türkiye", "EST"]),
    st.text(max_size=20),
)


@st.composite
def option(draw: st.DrawFn) -> list[str]:
    kind = draw(
        st.sampled_from(
            ["number", "year", "pair", "switch", "country", "thresholds", "edition", "junk"]
        )
    )
    if kind == "number":
        return [draw(st.sampled_from(NUMBER_FLAGS)), draw(numbers)]
    if kind == "year":
        return [draw(st.sampled_from(YEAR_FLAGS)), draw(years)]
    if kind == "pair":
        return [draw(st.sampled_from(PAIR_FLAGS)), draw(pairs)]
    if kind == "switch":
        return [draw(st.sampled_from(SWITCHES))]
    if kind == "country":
        return ["--country", draw(countries)]
    if kind == "thresholds":
        return ["--thresholds", draw(thresholds)]
    if kind == "edition":
        return ["--edition", draw(st.sampled_from(["2026", "2025", "2024", "2023", ""]))]
    return [draw(st.text(max_size=10))]


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(["project"] * 6 + ["alliance", "countries", "bogus"]))
    argv = [command]
    for opt in draw(st.lists(option(), max_size=5)):
        argv += opt
    if command != "countries" and draw(st.booleans()):
        argv += ["--format", draw(st.sampled_from(["json", "csv", "table", "xml"]))]
    return argv


@pytest.fixture(scope="module")
def counts(request: pytest.FixtureRequest) -> collections.Counter[str]:
    tally: collections.Counter[str] = request.config.__dict__.setdefault(
        "_nothing_lost_tally", collections.Counter()
    )
    return tally


@settings(
    max_examples=CLI_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
@given(argv=command_lines())
def test_fuzz_command_lines(
    argv: list[str], capsys: pytest.CaptureFixture[str], counts: collections.Counter[str]
) -> None:
    counts["command lines fuzzed"] += 1
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if code == 0:
        assert out
        assert not err.strip(), err
        return
    assert code == 2, (argv, code, err)
    assert out == ""
    assert err.count("\n") == 1, err
    message = err.removeprefix("budget-calculator: error: ")
    assert message != err, err
    assert len(message) <= 420, len(message)
    # it names what it is about: a flag, a command, or the scenario file
    assert (
        message.startswith(("-", "argument", "unrecognized", "invalid choice", "the following"))
        or "--" in message
    ), message
