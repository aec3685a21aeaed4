"""The batched engine against the per-ally engine it replaced (tests/core/reference_engine.py).

Every array and every threshold and Hague field of every projection must agree to 1e-12, for
one ally (``project``) and for the alliance (``project_alliance``, one batch of 31 rows), over
generated scenarios: every spending mode, both related modes, both economy presets with
adjustments and per-year overrides, thresholds on either measure, horizons and base years.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calculator.core.alliance import project_alliance
from calculator.core.engine import GRID, ally_inputs, economy_paths, run_batch
from calculator.core.models import (
    CoreSpending,
    CustomPoint,
    Economy,
    EconomyPreset,
    Measure,
    RelatedMode,
    RelatedSpending,
    Scenario,
    SpendingMode,
    Threshold,
    YearOverride,
)
from calculator.core.projection import ProjectionError, project


def _load_reference() -> Any:
    name = "reference_engine_oracle"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(
        name, Path(__file__).with_name("reference_engine.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ref = _load_reference()
TOL = 1e-12
ALLIES = ["ESP", "BEL", "DEU", "USA", "POL", "BGR", "TUR", "GBR", "LUX", "EST", "CAN", "NLD"]
ARRAY_FIELDS = [
    f.name
    for f in dataclasses.fields(ref.Projection)
    if f.name not in {"scenario", "country", "thresholds", "hague", "history", "notes"}
    and f.name not in {"base_year", "horizon", "gdp_source"}
]
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def close(a: Any, b: Any) -> bool:
    """Equal, or floats within TOL (relative, or absolute near zero); None and NaN match only themselves."""
    if not all(isinstance(v, int | float) for v in (a, b)) or any(
        isinstance(v, bool) for v in (a, b)
    ):
        return bool(a == b) and type(a) is type(b)  # None, bools, strings, the Threshold itself
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= TOL * max(1.0, abs(a), abs(b))


def assert_same(new: Any, old: Any) -> None:
    """Every field of a batched Projection equals the reference engine's."""
    assert new.scenario == old.scenario
    assert new.country == old.country
    assert (new.base_year, new.horizon) == (old.base_year, old.horizon)
    assert type(new.base_year) is int
    assert new.gdp_source == old.gdp_source
    assert new.notes == old.notes
    for name in ARRAY_FIELDS:
        a, b = getattr(new, name), getattr(old, name)
        assert a.shape == b.shape, name
        assert a.dtype == b.dtype, name
        np.testing.assert_allclose(a, b, rtol=TOL, atol=TOL, equal_nan=True, err_msg=name)
    assert len(new.thresholds) == len(old.thresholds)
    for tn, to in zip(new.thresholds, old.thresholds, strict=True):
        for f in dataclasses.fields(ref.ThresholdResult):
            x, y = getattr(tn, f.name), getattr(to, f.name)
            assert close(x, y), (tn.threshold.display_label, f.name, x, y)
    for f in dataclasses.fields(ref.HagueCheck):
        x, y = getattr(new.hague, f.name), getattr(old.hague, f.name)
        assert close(x, y), ("hague", f.name, x, y)
    for f in dataclasses.fields(ref.History):
        x, y = getattr(new.history, f.name), getattr(old.history, f.name)
        if isinstance(y, np.ndarray):
            np.testing.assert_array_equal(x, y)
        else:
            assert x == y


# ----------------------------------------------------------------------------- strategies

years_after_2026 = st.integers(2027, 2050)
overrides = st.lists(
    st.builds(
        YearOverride,
        year=st.integers(2015, 2050),
        real_growth_pct=st.none() | st.floats(-15, 15),
        inflation_pct=st.none() | st.floats(-5, 50),
    ),
    max_size=4,
    unique_by=lambda o: o.year,
).map(tuple)
economies = st.builds(
    Economy,
    preset=st.sampled_from(EconomyPreset),
    real_growth_pct=st.floats(-15, 15),
    inflation_pct=st.floats(-5, 50),
    growth_adjust_pp=st.sampled_from([0.0]) | st.floats(-10, 10),
    inflation_adjust_pp=st.sampled_from([0.0]) | st.floats(-10, 10),
    overrides=overrides,
    real_growth_from_imf=st.booleans(),
    inflation_from_imf=st.booleans(),
)
# The user's own base (issue 11): NATO's share, a share of GDP or an amount.
bases = st.fixed_dictionaries(
    {
        "base_source": st.sampled_from(["nato_share", "user_share", "user_amount"]),
        "base_share_pct": st.floats(0, 20),
        "base_amount_bn": st.floats(0.1, 200),
    }
)
custom_points = st.lists(
    st.builds(
        CustomPoint,
        year=years_after_2026,
        share_pct=st.floats(0, 20),
    )
    | st.builds(CustomPoint, year=years_after_2026, amount_bn=st.floats(0, 200)),
    max_size=4,
    unique_by=lambda p: p.year,
).map(tuple)
cores = st.one_of(
    st.builds(CoreSpending, mode=st.just(SpendingMode.CONSTANT_SHARE)),
    st.builds(
        lambda base, **kw: CoreSpending(**kw, **base),
        base=bases,
        mode=st.just(SpendingMode.GROWTH),
        growth_pct=st.floats(-3, 12) | st.floats(-50, 100),
        growth_real=st.booleans(),
    ),
    st.builds(
        lambda base, **kw: CoreSpending(**kw, **base),
        base=bases,
        mode=st.just(SpendingMode.GLIDE),
        glide_target_pct=st.floats(0, 20),
        glide_year=years_after_2026,
        glide_floor=st.booleans(),
    ),
    st.builds(
        CoreSpending,
        mode=st.just(SpendingMode.INCREMENT),
        increment_bn=st.floats(-50, 50),
    ),
    st.builds(CoreSpending, mode=st.just(SpendingMode.CUSTOM), custom_points=custom_points),
)
relateds = st.one_of(
    st.builds(
        RelatedSpending,
        mode=st.just(RelatedMode.CONSTANT),
        share_pct=st.floats(0, 3),
        cap_pct=st.floats(0, 5),
    ),
    st.builds(
        RelatedSpending,
        mode=st.just(RelatedMode.GLIDE),
        share_pct=st.floats(0, 3),
        glide_target_pct=st.floats(0, 3),
        glide_year=years_after_2026,
        cap_pct=st.floats(0, 5),
    ),
)
thresholds = st.lists(
    st.builds(
        Threshold,
        value_pct=st.floats(0.1, 6) | st.floats(0.1, 20) | st.sampled_from([2.0, 2.1, 3.5, 5.0]),
        measure=st.sampled_from(Measure),
        target_year=st.integers(2027, 2050) | st.integers(2027, 2050) | st.integers(2015, 2026),
        enabled=st.booleans(),
    ),
    max_size=5,
).map(tuple)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    base = draw(st.none() | st.integers(2014, 2026))
    return Scenario(
        country=draw(st.sampled_from(ALLIES)),
        nato_edition=draw(st.sampled_from(["2026", "2026", "2025", "2024"])),
        base_year=base,
        horizon=draw(
            st.integers(max(base or 2026, 2026) + 1, 2050) | st.integers((base or 2014) + 1, 2050)
        ),
        economy=draw(economies),
        core=draw(cores),
        related=draw(relateds),
        thresholds=draw(thresholds),
    )


def _outcome(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except (ProjectionError, ref.ProjectionError) as exc:
        return exc


# ----------------------------------------------------------------------------- properties


@SETTINGS
@given(scenario=scenarios())
def test_one_ally_matches_the_reference_engine(hand, scenario):
    ds = hand.ds  # the session dataset; `hand` keeps hypothesis reports short
    new = _outcome(project, ds, scenario)
    old = _outcome(ref.project, ds, scenario)
    if isinstance(old, ref.ProjectionError):
        assert isinstance(new, ProjectionError)
        assert (new.field, new.message) == (old.field, old.message)
        return
    assert not isinstance(new, ProjectionError), new
    assert_same(new, old)


@settings(max_examples=25, deadline=None)
@given(scenario=scenarios(), skip_unfit=st.booleans())
def test_alliance_matches_one_reference_run_per_ally(hand, scenario, skip_unfit):
    ds = hand.ds
    assume(scenario.core.mode is not SpendingMode.INCREMENT)
    assume(not any(p.amount_bn is not None for p in scenario.core.custom_points))
    new = _outcome(project_alliance, ds, scenario, skip_unfit=skip_unfit)
    old = _outcome(ref.project_alliance, ds, scenario, skip_unfit=skip_unfit)
    if isinstance(old, ref.ProjectionError):
        assert isinstance(new, ProjectionError)
        assert (new.field, new.message) == (old.field, old.message)
        return
    assert not isinstance(new, ProjectionError), new
    assert [p.country.iso3 for p in new] == [p.country.iso3 for p in old]
    for a, b in zip(new, old, strict=True):
        assert_same(a, b)


# ----------------------------------------------------------------------------- examples


def test_default_alliance_matches_and_is_one_batch(ds):
    scenario = Scenario(core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8.0))
    new, old = project_alliance(ds, scenario), ref.project_alliance(ds, scenario)
    assert len(new) == len(old) == 31
    for a, b in zip(new, old, strict=True):
        assert_same(a, b)
    # The rows share one set of batch arrays: every ally's path is a view of the same block.
    assert all(p.gdp_bn.base is new[0].gdp_bn.base is not None for p in new)


def test_increment_floor_note_and_custom_amounts_match(ds):
    for core in (
        CoreSpending(mode=SpendingMode.INCREMENT, increment_bn=-4.0),
        CoreSpending(
            mode=SpendingMode.CUSTOM,
            custom_points=(
                CustomPoint(year=2028, amount_bn=30.0),
                CustomPoint(year=2031, share_pct=3.0),
                CustomPoint(year=2040, amount_bn=90.0),
            ),
        ),
    ):
        scenario = Scenario(country="ESP", horizon=2050, core=core)
        assert_same(project(ds, scenario), ref.project(ds, scenario))
    assert project(ds, Scenario(core=CoreSpending(mode="increment", increment_bn=-4.0))).notes


def test_a_base_year_note_is_kept_for_the_latest_base_only(ds):
    """Allies whose edition lacks the latest year say why; a chosen base year says nothing."""
    noted = [p for p in project_alliance(ds, Scenario()) if p.notes]
    for p in noted:
        assert_same(p, ref.project(ds, p.scenario))
        chosen = p.scenario.evolve(base_year=p.base_year)
        assert project(ds, chosen).notes == ref.project(ds, chosen).notes == ()


def test_the_mismatch_check_can_fail(ds):
    """assert_same is not a tautology: a changed scenario gives a different projection."""
    a = project(ds, Scenario(core=CoreSpending(mode="growth", growth_pct=5.0)))
    b = ref.project(ds, Scenario(core=CoreSpending(mode="growth", growth_pct=5.0 + 1e-9)))
    with pytest.raises(AssertionError):
        assert_same(a, b)


def test_economy_paths_are_cached_per_assumptions_and_read_only(ds):
    inputs = ally_inputs(ds, "2026", ["ESP", "DEU"], [2026, 2026])
    assert ally_inputs(ds, "2026", ("ESP", "DEU"), (2026, 2026)) is inputs
    g, p = economy_paths(ds, inputs, Economy())
    assert economy_paths(ds, inputs, Economy()) == (g, p)
    assert economy_paths(ds, inputs, Economy())[0] is g
    assert economy_paths(ds, inputs, Economy(growth_adjust_pp=1.0))[0] is not g
    assert g.shape == p.shape == (2, len(GRID))
    assert np.isnan(g[:, : 2026 - 2014 + 1]).all()
    with pytest.raises(ValueError, match="read-only"):
        g[0, -1] = 0.0


def test_draws_of_one_ally_share_its_inputs(ds):
    """A Monte Carlo run: one row of inputs, n rows of economy paths, one call."""
    inputs = ally_inputs(ds, "2026", ["POL"], [2026])
    scenario = Scenario(country="POL", core=CoreSpending(mode="growth", growth_pct=6.0))
    g, p = economy_paths(ds, inputs, scenario.economy)
    rng = np.random.default_rng(7)
    gs = g + rng.normal(0.0, 1.0, size=(200, g.shape[1]))
    ps = p + rng.normal(0.0, 1.0, size=(200, p.shape[1]))
    gs[0], ps[0] = g[0], p[0]
    batch = run_batch(inputs, scenario, gs, ps)
    assert batch.core_share.shape == (200, len(GRID))
    assert batch.thresholds.year_reached.shape == (3, 200)
    one = project(ds, scenario)
    cut = slice(one.base_year - 2014, one.horizon - 2014 + 1)
    np.testing.assert_allclose(batch.core_share[0, cut], one.core_share_pct, rtol=TOL)
    assert np.unique(batch.core_share[:, -1]).size > 100  # the draws really differ


HARD_CASES = [
    # Reached only beyond 2050 at the constant rate, on both measures, real and nominal growth.
    Scenario(
        country="DEU",
        horizon=2030,
        core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=4.5),
        related=RelatedSpending(share_pct=0.8),
        thresholds=(
            Threshold(value_pct=6.0, measure=Measure.TOTAL),
            Threshold(value_pct=9.0, measure=Measure.CORE, target_year=2050),
        ),
    ),
    Scenario(
        country="ESP",
        core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=1.0, growth_real=True),
        economy=Economy(preset=EconomyPreset.CONSTANT, real_growth_pct=0.2),
        thresholds=(Threshold(value_pct=3.0),),
    ),
    # The earliest base year (no 2013 deflator), a 2050 horizon and overrides at both ends.
    Scenario(
        country="POL",
        base_year=2014,
        horizon=2050,
        economy=Economy(
            overrides=(
                YearOverride(year=2015, inflation_pct=9.0),
                YearOverride(year=2050, real_growth_pct=-3.0),
            )
        ),
        core=CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=4.0, glide_year=2020),
        related=RelatedSpending(
            mode=RelatedMode.GLIDE, share_pct=0.5, glide_target_pct=2.5, glide_year=2040
        ),
    ),
]


@pytest.mark.parametrize("scenario", HARD_CASES)
def test_hard_cases_match(ds, scenario):
    assert_same(project(ds, scenario), ref.project(ds, scenario))


def test_hard_cases_cover_the_constant_rate_crossing(ds):
    methods = {t.beyond_horizon_method for s in HARD_CASES[:2] for t in project(ds, s).thresholds}
    assert "constant_rate" in methods
