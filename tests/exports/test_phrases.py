"""The phrasebook: the sentence a staffer pastes into a briefing, and every status and gap."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.exports.phrases import (
    ally_name,
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
    assert summary_sentence(proj) == (
        "With core defence spending rising 8 % a year in cash terms from 2026, Spain reaches "
        "2.1 % in 2028; 3.5 % is not reached by 2035 and would need core spending to grow 10.6 % "
        "a year in cash terms from 2026; 5 % in total (related spending assumed at 0 %) is not "
        "reached by 2035 and would need 15.1 % a year."
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
    assert text.startswith(
        "With core defence spending rising 5 % a year above inflation from 2026, the United "
        "States already meets 2.1 %"
    )
    assert "would need core spending to grow 9.1 % a year in cash terms from 2026" in text


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


@pytest.mark.parametrize(
    ("core", "opening"),
    [
        ({}, "With core defence spending held at 2.00 % of GDP from 2026, Spain"),
        (
            {"mode": SpendingMode.GROWTH, "growth_pct": 2.25},
            "With core defence spending rising 2.25 % a year in cash terms from 2026, Spain",
        ),
        (
            {"mode": SpendingMode.GROWTH, "growth_pct": -2},
            "With core defence spending falling 2 % a year in cash terms from 2026, Spain",
        ),
        (
            {"mode": SpendingMode.GROWTH, "growth_pct": 0},
            "With core defence spending frozen in cash terms from 2026, Spain",
        ),
        (
            {"mode": SpendingMode.GROWTH, "growth_pct": 3, "growth_real": True},
            "With core defence spending rising 3 % a year above inflation from 2026, Spain",
        ),
        (
            {"mode": SpendingMode.GLIDE, "glide_target_pct": 3.5, "glide_year": 2031},
            "With core defence spending on a straight line from 2.00 % of GDP in 2026 to 3.5 % "
            "by 2031, Spain",
        ),
        (
            {"mode": SpendingMode.GLIDE, "glide_target_pct": 1.5},
            "With core defence spending held at 2.00 % of GDP from 2026 (the glide target 1.5 % "
            "is below it), Spain",
        ),
        (
            {"mode": SpendingMode.INCREMENT, "increment_bn": 5},
            "With 5.00 bn EUR added to core defence spending each year from 2026, Spain",
        ),
        (
            {"mode": SpendingMode.INCREMENT, "increment_bn": -0.25},
            "With 250 m EUR taken off core defence spending each year from 2026, Spain",
        ),
        (
            {"mode": SpendingMode.CUSTOM, "custom_points": ({"year": 2030, "share_pct": 3.0},)},
            "With core defence spending following the custom path from 2026, Spain",
        ),
    ],
)
def test_the_sentence_says_what_grows_in_every_mode(ds, core, opening: str) -> None:  # type: ignore[no-untyped-def]
    proj = project(ds, Scenario(country="ESP", core=core))
    assert summary_sentence(proj).startswith(opening)


def test_required_growth_is_nominal_core_growth_from_the_base_year(ds) -> None:
    proj = project(ds, Scenario(country="ESP"))
    text = summary_sentence(proj)
    # Said in full once, then the rate alone: the sentence stays short enough to paste.
    assert text.count("would need core spending to grow") == 1
    assert (
        "2.1 % by 2035 and would need core spending to grow 4.5 % a year in cash terms from "
        "2026;" in text
    )
    assert "3.5 % is not reached by 2035 and would need 10.6 % a year;" in text
    poland = summary_sentence(project(ds, Scenario(country="POL", horizon=2030)))
    assert "to get there by 2035" in poland


def test_related_spending_assumed_zero_only_when_it_is(ds) -> None:
    zero = summary_sentence(project(ds, Scenario(country="ESP")))
    assert "5 % in total (related spending assumed at 0 %) is not reached" in zero
    some = summary_sentence(project(ds, Scenario(country="ESP", related={"share_pct": 1.0})))
    assert "assumed at 0 %" not in some
    core_only = Scenario(country="ESP").evolve(thresholds=Scenario().thresholds[:2])
    assert "related spending" not in summary_sentence(project(ds, core_only))


@pytest.mark.parametrize(
    ("iso3", "middle", "start"),
    [
        ("NLD", "the Netherlands", "The Netherlands"),
        ("USA", "the United States", "The United States"),
        ("GBR", "the United Kingdom", "The United Kingdom"),
        ("CZE", "Czechia", "Czechia"),
        ("SVK", "Slovakia", "Slovakia"),
        ("ESP", "Spain", "Spain"),
    ],
)
def test_ally_names_take_their_article(ds, iso3: str, middle: str, start: str) -> None:  # type: ignore[no-untyped-def]
    country = ds.country(iso3)
    assert ally_name(country) == middle
    assert ally_name(country, start=True) == start
    proj = project(ds, Scenario(country=iso3))
    assert f", {middle} " in summary_sentence(proj)
