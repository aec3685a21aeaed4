"""The phrasebook: the sentence a staffer pastes into a briefing, and every status and gap."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.exports.phrases import (
    gap_text,
    pct,
    required_growth_text,
    summary_sentence,
    threshold_status,
)
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
        "not by 2035 (2041 on this path)",
        "not by 2035 (2050 on this path)",
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


def test_gaps_are_never_signed(ds) -> None:
    spain = project(
        ds, Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    )
    hague = spain.thresholds[1]
    assert hague.gap_pct_points_at_target is not None
    assert hague.gap_pct_points_at_target > 0
    assert gap_text(hague, "EUR") == (
        f"short by {hague.gap_pct_points_at_target:.2f} pp ({hague.gap_bn_at_target:,.1f} bn EUR)"
    )
    poland = project(ds, Scenario(country="POL"))
    met = poland.thresholds[1]
    assert met.gap_pct_points_at_target is not None
    assert met.gap_pct_points_at_target < 0
    assert gap_text(met, "PLN") == f"above by {-met.gap_pct_points_at_target:.2f} pp"
    assert threshold_status(met, poland.horizon) == "already met in 2026"
    for t in (*spain.thresholds, *poland.thresholds):
        assert "-" not in gap_text(t, "X")


def test_required_growth_reads_as_a_rate_or_a_fall(ds) -> None:
    poland = project(ds, Scenario(country="POL"))
    low = poland.thresholds[0]  # 2.1 %: spending could fall and still meet it
    assert low.required_nominal_growth_pct is not None
    assert low.required_nominal_growth_pct < 0
    assert required_growth_text(low) == f"a fall of {-low.required_nominal_growth_pct:.1f} % a year"
    total = poland.thresholds[2]
    assert required_growth_text(total) == f"{total.required_nominal_growth_pct:.1f} % a year"
