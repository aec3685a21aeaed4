"""The frozen Scenario: bounds, one-line messages naming field and range, projection errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from calculator.core.alliance import project_alliance
from calculator.core.models import (
    DEFAULT_THRESHOLDS,
    CoreSpending,
    Scenario,
    Threshold,
    describe_validation_error,
)
from calculator.core.projection import ProjectionError, project


def message_for(data):
    with pytest.raises(ValidationError) as info:
        Scenario.model_validate(data)
    return describe_validation_error(info.value)


# ------------------------------------------------------------------------------ bounds


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"economy": {"real_growth_pct": 20}},
            "economy.real_growth_pct: 20 is out of range; allowed -15 to 15",
        ),
        (
            {"economy": {"real_growth_pct": -15.5}},
            "economy.real_growth_pct: -15.5 is out of range; allowed -15 to 15",
        ),
        (
            {"economy": {"inflation_pct": 50.01}},
            "economy.inflation_pct: 50.01 is out of range; allowed -5 to 50",
        ),
        (
            {"economy": {"inflation_pct": -6}},
            "economy.inflation_pct: -6 is out of range; allowed -5 to 50",
        ),
        (
            {"economy": {"growth_adjust_pp": 11}},
            "economy.growth_adjust_pp: 11 is out of range; allowed -10 to 10",
        ),
        (
            {"economy": {"overrides": [{"year": 2030, "real_growth_pct": 16}]}},
            "economy.overrides.0.real_growth_pct: 16 is out of range; allowed -15 to 15",
        ),
        (
            {"economy": {"overrides": [{"year": 2030, "inflation_pct": 51}]}},
            "economy.overrides.0.inflation_pct: 51 is out of range; allowed -5 to 50",
        ),
        ({"horizon": 2051}, "horizon: 2051 is out of range; allowed 2015 to 2050"),
        ({"base_year": 2013}, "base_year: 2013 is out of range; allowed 2014 to 2049"),
        (
            {"core": {"glide_target_pct": 20.5}},
            "core.glide_target_pct: 20.5 is out of range; allowed 0 to 20",
        ),
        (
            {"core": {"glide_year": 2051}},
            "core.glide_year: 2051 is out of range; allowed 2015 to 2050",
        ),
        ({"core": {"growth_pct": -51}}, "core.growth_pct: -51 is out of range; allowed -50 to 100"),
        (
            {"core": {"custom_points": [{"year": 2030, "share_pct": 21}]}},
            "core.custom_points.0.share_pct: 21 is out of range; allowed 0 to 20",
        ),
        ({"related": {"share_pct": -1}}, "related.share_pct: -1 is out of range; allowed 0 to 20"),
        (
            {"related": {"glide_target_pct": 25}},
            "related.glide_target_pct: 25 is out of range; allowed 0 to 20",
        ),
        ({"related": {"cap_pct": 6}}, "related.cap_pct: 6 is out of range; allowed 0 to 5"),
        (
            {"thresholds": [{"value_pct": 3.5, "target_year": 2051}]},
            "thresholds.0.target_year: 2051 is out of range; allowed 2015 to 2050",
        ),
    ],
)
def test_out_of_range_message_names_field_and_range(data, expected):
    assert message_for(data) == expected


@pytest.mark.parametrize("value", [20.5, 100])
def test_threshold_value_above_20_is_refused(value):
    msg = message_for({"thresholds": [{"value_pct": value}]})
    assert msg.startswith(f"thresholds.0.value_pct: {value} is out of range; allowed ")
    assert msg.endswith(" 20")


@pytest.mark.parametrize("value", [0, -1.5])
def test_threshold_value_must_be_positive_and_the_message_says_so(value):
    """The lower bound of value_pct is exclusive (gt=0): 0 must not be called allowed."""
    msg = message_for({"thresholds": [{"value_pct": value}]})
    assert msg.startswith(f"thresholds.0.value_pct: {value} is out of range; allowed ")
    assert "20" in msg
    # "0 is out of range; allowed 0 to 20" contradicts itself
    assert "allowed 0 to 20" not in msg


@pytest.mark.parametrize(
    "data",
    [
        {"economy": {"real_growth_pct": -15, "inflation_pct": -5}},
        {"economy": {"real_growth_pct": 15, "inflation_pct": 50}},
        {"horizon": 2050},
        {"core": {"glide_target_pct": 0}},
        {"core": {"glide_target_pct": 20}},
        {"related": {"share_pct": 20, "cap_pct": 5}},
        {"thresholds": [{"value_pct": 20}, {"value_pct": 1e-6}]},
    ],
)
def test_bounds_are_inclusive_where_stated(data):
    Scenario.model_validate(data)


def test_not_a_number_names_field_and_range():
    assert message_for({"economy": {"real_growth_pct": "abc"}}) == (
        "economy.real_growth_pct: 'abc' is not a number; allowed -15 to 15"
    )


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_nan_and_inf_are_refused(bad):
    with pytest.raises(ValidationError):
        Scenario.model_validate({"economy": {"inflation_pct": bad}})


def test_unknown_choice_lists_the_allowed_ones():
    msg = message_for({"economy": {"preset": "bogus"}})
    assert msg.startswith("economy.preset: 'bogus' is not allowed")
    assert "'imf'" in msg
    assert "'constant'" in msg


def test_horizon_must_follow_base_year():
    msg = message_for({"base_year": 2030, "horizon": 2030})
    assert msg.startswith("horizon: ")
    # DESIGN.md section 5: bad input gives a message naming the field and the allowed range
    assert "2031" in msg
    assert "2050" in msg


def test_custom_point_needs_exactly_one_value():
    msg = message_for({"core": {"custom_points": [{"year": 2030, "share_pct": 2, "amount_bn": 3}]}})
    assert msg.startswith("core.custom_points.0: ")
    assert "exactly one" in msg
    with pytest.raises(ValidationError):
        Scenario.model_validate({"core": {"custom_points": [{"year": 2030}]}})


def test_duplicate_years_are_refused():
    assert "once" in message_for(
        {
            "core": {
                "custom_points": [{"year": 2030, "share_pct": 2}, {"year": 2030, "share_pct": 3}]
            }
        }
    )
    assert "once" in message_for(
        {
            "economy": {
                "overrides": [
                    {"year": 2030, "inflation_pct": 2},
                    {"year": 2030, "real_growth_pct": 3},
                ]
            }
        }
    )


def test_unknown_fields_are_refused():
    assert message_for({"core": {"growht_pct": 3}}).startswith("core.growht_pct: ")


def test_at_most_12_thresholds():
    msg = message_for({"thresholds": [{"value_pct": 1}] * 13})
    assert msg.startswith("thresholds: ")
    assert "12" in msg


def test_defaults():
    s = Scenario()
    assert s.country == "ESP"
    assert s.nato_edition == "2026"
    assert s.base_year is None
    assert s.horizon == 2035
    assert s.economy.preset == "imf"
    assert s.core.mode == "constant_share"
    assert s.related.share_pct == 0.0
    assert s.related.cap_pct == 1.5
    assert s.thresholds == DEFAULT_THRESHOLDS
    assert [(t.value_pct, t.measure.value, t.target_year) for t in s.thresholds] == [
        (2.1, "core", 2035),
        (3.5, "core", 2035),
        (5.0, "total", 2035),
    ]


def test_threshold_display_label():
    assert Threshold(value_pct=3.5).display_label == "3.5% core"
    assert Threshold(value_pct=5, measure="total").display_label == "5% total"
    assert Threshold(value_pct=2.1, label="Spain's claim").display_label == "Spain's claim"


# ------------------------------------------------------------------------------ frozen


def test_scenario_is_frozen():
    s = Scenario()
    with pytest.raises(ValidationError):
        s.horizon = 2040  # type: ignore[misc]
    with pytest.raises(ValidationError):
        s.economy.real_growth_pct = 3.0  # type: ignore[misc]
    with pytest.raises(ValidationError):
        s.thresholds[0].value_pct = 9.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        s.thresholds[0] = Threshold(value_pct=1.0)  # type: ignore[index]
    assert s == Scenario()
    assert hash(s) == hash(Scenario())


def test_evolve_validates_and_leaves_the_original():
    s = Scenario()
    t = s.evolve(horizon=2040, core=CoreSpending(mode="growth", growth_pct=3.0))
    assert (t.horizon, t.core.growth_pct) == (2040, 3.0)
    assert s.horizon == 2035
    with pytest.raises(ValidationError):
        s.evolve(horizon=2070)
    with pytest.raises(ValidationError):
        s.economy.evolve(real_growth_pct=30)


# ------------------------------------------------------------------------------ projection errors


def test_base_year_outside_the_data(ds):
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ESP", base_year=2030, horizon=2035))
    err = info.value
    assert err.field == "base_year"
    assert str(err).startswith("base_year: 2030 ")
    assert "allowed 2014 to 2026" in str(err)


def test_base_year_in_an_older_edition(ds):
    with pytest.raises(ProjectionError, match=r"^base_year: .*allowed 2014 to 2025"):
        project(ds, Scenario(country="ESP", nato_edition="2025", base_year=2026))
    # Germany 2025e is blank in the August 2025 edition
    with pytest.raises(ProjectionError, match=r"^base_year: 2025 .*allowed 2014 to 2024"):
        project(ds, Scenario(country="DEU", nato_edition="2025", base_year=2025))
    assert project(ds, Scenario(country="DEU", nato_edition="2025")).base_year == 2024


def test_horizon_not_after_the_default_base_year(ds):
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ESP", horizon=2026))
    assert info.value.field == "horizon"
    assert "allowed 2027 to 2050" in str(info.value)


def test_iceland_has_no_figure(ds):
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ISL"))
    err = info.value
    assert err.field == "country"
    assert "Iceland" in err.message
    assert "no defence expenditure figure" in err.message


def test_unknown_ally(ds):
    with pytest.raises(ProjectionError, match=r"^country: unknown ally 'XXX'"):
        project(ds, Scenario(country="XXX"))


@pytest.mark.parametrize("code", ["NATO_TOTAL", "NATO_EUR_CAN"])
def test_aggregates_are_history_only(ds, code):
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country=code))
    assert info.value.field == "country"
    assert "history only" in info.value.message
    # They do have a NATO share history in every edition.
    for edition, last in (("2026", 2026), ("2025", 2024), ("2024", 2024)):
        share = ds.nato_share(code, edition)
        assert min(share) == 2014, edition
        assert ds.latest_share_year(code, edition) == last, edition
        assert all(1.0 < o.value < 4.0 for o in share.values() if o.value == o.value), edition


def test_alliance_skips_iceland_and_aggregates(ds):
    iso = {p.country.iso3 for p in project_alliance(ds, Scenario())}
    assert len(iso) == 31
    assert not iso & {"ISL", "NATO_TOTAL", "NATO_EUR_CAN"}


# ------------------------------------------------------------------------------ no Qt


def test_core_imports_no_qt():
    code = (
        "import sys; import calculator.core.dataset, calculator.core.models, "
        "calculator.core.projection; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'pyqtgraph', 'superqt'} or m.startswith('calculator.gui'));"
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
