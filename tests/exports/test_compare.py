"""The comparison table (Qt-free): its numbers against hand-computed ones, and its CSV and XLSX."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from calculator.core.models import Measure, Scenario, Threshold
from calculator.core.projection import project
from calculator.exports import phrases
from calculator.exports.compare import (
    BASELINE_SERIES,
    MAX_COMPARED,
    build_comparison,
    comparison_csv,
    comparison_rows,
    scenario_labels,
    write_comparison_csv,
    write_comparison_xlsx,
)
from calculator.exports.errors import ExportError
from calculator.storage import bundled_dataset


@pytest.fixture(scope="module")
def ds():
    return bundled_dataset()


@pytest.fixture(scope="module")
def projs(ds):
    return [
        project(ds, Scenario(core={"mode": "growth", "growth_pct": 8.0})),
        project(
            ds,
            Scenario(
                country="POL", core={"mode": "glide", "glide_target_pct": 5.0, "glide_year": 2030}
            ),
        ),
        project(ds, Scenario(country="BEL", horizon=2030)),
    ]


def test_numbers_are_the_projections_own(projs):
    rows = comparison_rows(projs)
    assert [r["scenario"] for r in rows] == [
        "Spain · 8 %/yr",
        "Poland · 5 % by 2030",
        "Belgium · constant share",
    ]
    spain, poland, belgium = rows
    assert spain["reach_core_2.1_by_2035"] == 2028
    assert spain["reach_core_3.5_by_2035"] is None
    assert spain["reach_core_3.5_by_2035_status"] == "not by 2035 (2041 on this path)"
    assert poland["reach_core_3.5_by_2035_status"] == "already met in 2026"
    p = projs[0]
    assert spain["core_share_pct"] == pytest.approx(p.core_share_pct[2035 - p.base_year])
    # extra spending against a constant share, by hand: core minus base share × GDP, 2027..2035
    by_hand = np.sum((p.core_bn - p.core_share_pct[0] / 100 * p.gdp_bn)[1:])
    assert spain["extra_cumulative_bn"] == pytest.approx(by_hand, rel=1e-9)
    assert (spain["extra_from_year"], spain["extra_to_year"]) == (2027, 2035)
    # a horizon before 2035: summed to the horizon; the share year is outside the years
    assert (belgium["extra_to_year"], belgium["core_share_pct"]) == (2030, None)
    assert belgium["extra_cumulative_bn"] == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("baseline", list(BASELINE_SERIES))
def test_each_baseline_sums_its_own_series(projs, baseline):
    p = projs[0]
    row = comparison_rows(projs, baseline=baseline)[0]
    freeze = {
        "constant-share": p.core_bn - p.core_share_pct[0] / 100 * p.gdp_bn,
        "cash-freeze": p.core_bn - p.core_bn[0],
        "real-freeze": p.core_bn - p.core_bn[0] * p.deflator,
    }[baseline]
    assert row["extra_cumulative_bn"] == pytest.approx(float(np.sum(freeze[1:])), rel=1e-9)
    assert row["baseline"] == baseline


def test_unknown_baseline_is_refused(projs):
    with pytest.raises(ExportError, match="baseline: 'gold' is not known; allowed constant-share"):
        build_comparison(projs, baseline="gold")


def test_cells_come_from_the_phrasebook(projs):
    comp = build_comparison(projs)
    headers = comp.headers()
    assert headers[0] == "Scenario"
    assert headers[1] == "2.1 % core\nby 2035"
    assert headers[-1] == "Extra vs a constant share\ncumulative to 2035"
    spain, poland, belgium = comp.cells()
    assert spain[1:4] == ["2028", "not by 2035 (2041)", "not by 2035 (2050)"]
    assert poland[1:3] == ["already met", "already met"]
    assert spain[-1] == "+" + phrases.money(comp.rows[0].extra_bn, "EUR")
    assert belgium[-1] == "the same (to 2030)"
    assert belgium[4] == phrases.NONE
    # a translate hook reaches every word
    shout = build_comparison(projs).cells(str.upper)
    assert shout[1][1] == "ALREADY MET"


def test_thresholds_are_matched_by_value_measure_and_year(ds):
    a = project(ds, Scenario())
    b = project(
        ds,
        Scenario(thresholds=[Threshold(value_pct=3.5, measure=Measure.CORE, target_year=2030)]),
    )
    comp = build_comparison([a, b])
    keys = [c.key for c in comp.columns]
    assert keys == [
        "reach_core_2.1_by_2035",
        "reach_core_3.5_by_2035",
        "reach_total_5_by_2035",
        "reach_core_3.5_by_2030",
    ]
    cells = comp.cells()
    assert cells[1][1:4] == [phrases.NONE] * 3  # b has none of a's thresholds
    assert cells[0][4] == phrases.NONE
    assert comp.share_year == 2035  # most thresholds aim at 2035


def test_a_lost_threshold_says_so(ds):
    cut = project(ds, Scenario(country="POL", core={"mode": "increment", "increment_bn": -40.0}))
    t = cut.thresholds[1]
    assert t.already_met
    assert not t.holds_through_horizon
    assert phrases.compare_reach_text(t, cut.horizon) == "already met, lost"


def test_repeated_names_are_numbered(ds):
    p = project(ds, Scenario())
    assert scenario_labels([p, p, p]) == [
        "Spain · constant share",
        "Spain · constant share (2)",
        "Spain · constant share (3)",
    ]
    assert MAX_COMPARED == 6


def test_csv_reads_back(projs, ds, tmp_path):
    out = tmp_path / "c.csv"
    comp = build_comparison(projs, baseline="real-freeze")
    write_comparison_csv(out, comp, ds)
    assert out.read_text(encoding="utf-8") == comparison_csv(comp, ds)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["ally"] for r in rows] == ["ESP", "POL", "BEL"]
    assert rows[0]["reach_core_2.1_by_2035"] == "2028"
    assert rows[0]["reach_core_3.5_by_2035"] == ""
    assert float(rows[1]["extra_cumulative_bn"]) == pytest.approx(comp.rows[1].extra_bn, abs=1e-6)
    assert {r["baseline"] for r in rows} == {"real-freeze"}
    assert {r["dataset_id"] for r in rows} == {ds.id}


def test_xlsx_reads_back_with_numbers_and_a_chart(projs, ds, tmp_path):
    import openpyxl

    out = tmp_path / "c.xlsx"
    comp = build_comparison(projs)
    write_comparison_xlsx(out, comp, ds)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Comparison", "Share of GDP", "Scenarios"]
    ws = wb["Comparison"]
    header = [c.value for c in ws[3]]
    assert header[:2] == ["Scenario", "2.1 % core by 2035"]
    assert header[-2:] == ["Extra vs a constant share cumulative to 2035 (bn)", "Currency"]
    spain = [c.value for c in ws[4]]
    assert spain[0] == "Spain · 8 %/yr"
    assert spain[1] == 2028  # a number, not text
    assert spain[2] == "not by 2035 (2041)"
    assert spain[-2] == pytest.approx(comp.rows[0].extra_bn)
    assert spain[-1] == "EUR"
    assert [c.value for c in ws[5]][1] == "already met"
    assert len(ws._charts) == 1
    share = wb["Share of GDP"]
    assert [c.value for c in share[1]] == ["Year", *[r.label for r in comp.rows]]
    first = [c.value for c in share[2]]
    assert first[0] == 2026
    assert first[1] == pytest.approx(projs[0].core_share_pct[0])


def test_a_failed_write_keeps_the_old_file(projs, ds, tmp_path, monkeypatch):
    import os

    out = tmp_path / "c.xlsx"
    out.write_bytes(b"old")

    def refuse(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=r"c\.xlsx"):
        write_comparison_xlsx(out, build_comparison(projs), ds)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx"]
