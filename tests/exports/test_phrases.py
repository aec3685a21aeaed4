"""The plain-language sentence: what a staffer pastes into a briefing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.exports.text import pct, summary_sentence, threshold_status
from calculator.storage import bundled_dataset


@pytest.fixture(scope="module")
def ds():  # type: ignore[no-untyped-def]
    return bundled_dataset()


def test_issue_example_sentence(ds) -> None:
    proj = project(
        ds, Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    )
    assert summary_sentence(proj).startswith(
        "At 8 % a year Spain reaches 2.1 % in 2028; 3.5 % is not reached by 2035 and would "
        "need 10.6 % a year;"
    )


def test_already_met_and_translate_hook(ds) -> None:
    proj = project(ds, Scenario(country="POL"))
    text = summary_sentence(proj)
    assert "Poland already meets 2.1 %; 3.5 % is already met" in text
    shouted = summary_sentence(proj, tr=str.upper)
    assert "POLAND" not in shouted  # names are data, not translated phrases
    assert "ALREADY MEETS" in shouted


def test_threshold_status_texts(ds) -> None:
    proj = project(
        ds, Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    )
    assert [threshold_status(t, proj.horizon) for t in proj.thresholds] == [
        "reached in 2028",
        "not by 2035 (in 2041)",
        "not by 2035 (in 2050)",
    ]


def test_pct_format() -> None:
    assert (pct(3.5), pct(2.0), pct(10.644)) == ("3.5 %", "2 %", "10.6 %")


@settings(max_examples=40, deadline=None)
@given(growth=st.floats(-10, 30), iso3=st.sampled_from(["ESP", "BEL", "DEU", "USA", "TUR"]))
def test_sentence_names_the_ally_and_each_threshold(growth: float, iso3: str) -> None:
    ds = bundled_dataset()
    proj = project(
        ds, Scenario(country=iso3, core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=growth))
    )
    text = summary_sentence(proj)
    assert proj.country.name in text
    assert text.endswith(".")
    for t in proj.thresholds:
        assert pct(t.threshold.value_pct) in text
        if t.year_reached is not None and not t.already_met:
            assert str(t.year_reached) in text


def test_real_path_says_the_needed_rate_is_in_cash_terms(ds) -> None:
    proj = project(
        ds,
        Scenario(
            country="USA",
            core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=5, growth_real=True),
        ),
    )
    text = summary_sentence(proj)
    assert text.startswith("At 5 % a year above inflation United States")
    assert "% a year in cash terms" in text


def test_short_horizon_says_the_path_gets_there_by_the_target(ds) -> None:
    proj = project(
        ds,
        Scenario(
            country="ESP", horizon=2030, core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=12)
        ),
    )
    text = summary_sentence(proj)
    assert "3.5 % is not reached by 2030 but is on this path in 2034, by the 2035 target" in text
