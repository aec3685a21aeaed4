"""The uncertainty block of the outputs: JSON, the table section, report rows.

Qt-free. The numbers come from :mod:`calculator.core.montecarlo` and
:mod:`calculator.core.sensitivity`; the sentences from the phrasebook. :class:`UncertaintyOptions`
is what a user sets (draws, seed, the years left out, execution risk, the sensitivity step):
the command line and the window both build one and run it the same way.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import Dataset
from calculator.core.models import Measure, Scenario, Threshold
from calculator.core.montecarlo import (
    ExecutionRisk,
    FiscalAssumptions,
    MonteCarlo,
    Spread,
    ThresholdOdds,
    monte_carlo,
)
from calculator.core.projection import resolve_base_year
from calculator.core.sensitivity import DEFAULT_STEPS, Sensitivity, sensitivity
from calculator.core.uncertainty import (
    DEFAULT_DRAWS,
    DEFAULT_EXCLUDED,
    PERCENTILES,
    ShockModel,
    estimate_model,
)
from calculator.exports import phrases
from calculator.exports.phrases import Translate, identity

HAGUE_CORE = Threshold(value_pct=3.5, measure=Measure.CORE, target_year=2035, label="Hague core")


@dataclass(frozen=True)
class UncertaintyOptions:
    """The uncertainty settings a user chooses."""

    draws: int = DEFAULT_DRAWS
    seed: int = 0
    exclude: tuple[int, ...] = DEFAULT_EXCLUDED
    execution_risk: ExecutionRisk | None = None
    steps: tuple[float, ...] = DEFAULT_STEPS

    def model(self, ds: Dataset, scenario: Scenario) -> ShockModel:
        """The shock model estimated from the scenario's ally (raises ``ProjectionError``)."""
        country, _ = resolve_base_year(ds, scenario)
        return estimate_model(
            ds, country.iso3, exclude=self.exclude, draws=self.draws, seed=self.seed
        )


@dataclass(frozen=True)
class UncertaintyResult:
    """A Monte Carlo run and the sensitivity table of one scenario."""

    mc: MonteCarlo
    sensitivity: Sensitivity
    currency: str = ""

    @property
    def model(self) -> ShockModel:
        """The shock model used."""
        return self.mc.model


def run(
    ds: Dataset,
    scenario: Scenario,
    options: UncertaintyOptions,
    *,
    fiscal: FiscalAssumptions | None = None,
) -> UncertaintyResult:
    """Estimate the model, run the draws and the sensitivity rows."""
    model = options.model(ds, scenario)
    mc = monte_carlo(ds, scenario, model, execution_risk=options.execution_risk, fiscal=fiscal)
    sens = sensitivity(ds, scenario, options.steps)
    return UncertaintyResult(mc, sens, ds.country(scenario.country).currency)


# ------------------------------------------------------------------------------------ JSON


def _round(values: npt.NDArray[np.float64], digits: int = 6) -> list[float | None]:
    return [round(float(v), digits) if math.isfinite(float(v)) else None for v in values]


def _bands(bands: dict[int, npt.NDArray[np.float64]] | None) -> dict[str, Any] | None:
    if bands is None:
        return None
    return {f"p{q}": _round(bands[q]) for q in PERCENTILES}


def model_dict(model: ShockModel, tr: Translate = identity) -> dict[str, Any]:
    """``uncertainty.model``: the model card's lines and its numbers."""
    return {
        "card": list(phrases.model_card(model, tr)),
        "shocks": "AR(1) on real growth and GDP-deflator inflation, correlated innovations",
        "estimated_from": list(model.estimated_from),
        "rho_growth": round(model.rho_growth, 6),
        "sigma_growth_pp": round(model.sigma_growth, 6),
        "rho_inflation": round(model.rho_inflation, 6),
        "sigma_inflation_pp": round(model.sigma_inflation, 6),
        "correlation": round(model.correlation, 6),
        "draws": model.draws,
        "seed": model.seed,
    }


def probability_dicts(mc: MonteCarlo) -> list[dict[str, Any]]:
    """``probabilities``: per enabled threshold, the probability of reaching it by its target."""
    return [
        {
            "label": o.threshold.display_label,
            "value_pct": o.threshold.value_pct,
            "measure": o.threshold.measure.value,
            "target_year": o.threshold.target_year,
            "probability": round(o.probability, 6),
        }
        for o in mc.odds
    ]


def crossing_dicts(mc: MonteCarlo) -> list[dict[str, Any]]:
    """The distribution of the first year each threshold is reached, incl. not by the horizon."""
    return [
        {
            "label": o.threshold.display_label,
            "years": {
                str(int(y)): round(float(s), 6)
                for y, s in zip(o.years, o.first_reached, strict=True)
                if s > 0
            },
            "not_by_horizon": round(o.not_by_horizon, 6),
        }
        for o in mc.odds
    ]


def sensitivity_dict(sens: Sensitivity) -> dict[str, Any]:
    """The sensitivity table as data: per row, per threshold, crossing year and target share."""

    def cells(results: Iterable[Any]) -> list[dict[str, Any]]:
        return [
            {
                "label": th.display_label,
                "crossing_year": v.crossing_year,
                "share_at_target_pct": round(v.share_at_target_pct, 6),
            }
            for th, v in zip(sens.thresholds, results, strict=True)
        ]

    return {
        "central": cells(sens.central),
        "rows": [
            {"factor": r.factor.value, "step_pp": r.step_pp, "thresholds": cells(r.results)}
            for r in sens.rows
        ],
    }


def uncertainty_json(result: UncertaintyResult, tr: Translate = identity) -> dict[str, Any]:
    """The keys the projection JSON gains: ``bands``, ``probabilities`` and ``uncertainty``."""
    mc = result.mc
    risk = mc.execution_risk
    return {
        "bands": {
            "years": [int(y) for y in mc.years],
            "percentiles": list(PERCENTILES),
            "core_share_pct": _bands(mc.core_share),
            "total_share_pct": _bands(mc.total_share),
            "core_bn": _bands(mc.core_bn),
            "debt_pct_gdp": _bands(mc.debt_pct_gdp),
        },
        "probabilities": probability_dicts(mc),
        "uncertainty": {
            "model": model_dict(mc.model, tr),
            "spread": {"kind": mc.spread.value, "text": phrases.spread_text(mc.spread, tr)},
            "execution_risk": None
            if risk is None
            else {
                "mean_pct": risk.mean_pct,
                "sd_pct": risk.sd_pct,
                "text": phrases.execution_risk_text(risk.mean_pct, risk.sd_pct, tr),
            },
            "crossing_years": crossing_dicts(mc),
            "sensitivity": sensitivity_dict(result.sensitivity),
        },
    }


# ------------------------------------------------------------------------------------ rows


def most_likely_year(o: ThresholdOdds) -> int | None:
    """The year most draws first reach the threshold (``None``: most never do by H)."""
    if o.first_reached.size == 0 or o.not_by_horizon >= float(o.first_reached.max()):
        return None
    return int(o.years[int(np.argmax(o.first_reached))])


def probability_rows(mc: MonteCarlo, tr: Translate = identity) -> list[list[str]]:
    """Rows under :data:`phrases.UNC_COLUMNS`: threshold, target, probability, mode, not by H."""
    horizon = int(mc.years[-1])
    out = []
    for o in mc.odds:
        likely = most_likely_year(o)
        out.append(
            [
                phrases.threshold_title(o.threshold, tr),
                str(o.threshold.target_year),
                phrases.probability_pct(o.probability),
                phrases.say(phrases.UNC_NOT_BY, tr).format(horizon)
                if likely is None
                else str(likely),
                phrases.probability_pct(o.not_by_horizon),
            ]
        )
    return out


def crossing_rows(o: ThresholdOdds, horizon: int, tr: Translate = identity) -> list[list[str]]:
    """Year → share of draws first reaching the threshold then, and "not by H" last."""
    rows = [
        [str(int(y)), phrases.probability_pct(float(s))]
        for y, s in zip(o.years, o.first_reached, strict=True)
        if s > 0
    ]
    rows.append(
        [
            phrases.say(phrases.UNC_NOT_BY, tr).format(horizon),
            phrases.probability_pct(o.not_by_horizon),
        ]
    )
    return rows


def sensitivity_header(sens: Sensitivity, tr: Translate = identity) -> list[str]:
    """Header of :func:`sensitivity_rows`: the variant, then one column per threshold."""
    return [""] + [
        phrases.say(phrases.SENS_HEADER, tr).format(
            phrases.pct(th.value_pct), phrases.measure_name(th.measure, tr), th.target_year
        )
        for th in sens.thresholds
    ]


def sensitivity_rows(sens: Sensitivity, tr: Translate = identity) -> list[list[str]]:
    """The central case and each moved assumption: ``crossing year · target-year share``."""
    not_by = phrases.say(phrases.UNC_NOT_BY, tr).format(sens.horizon)

    def cells(results: Sequence[Any]) -> list[str]:
        return [
            (not_by if v.crossing_year is None else str(v.crossing_year))
            + " · "
            + phrases.pct(v.share_at_target_pct, 2)
            for v in results
        ]

    rows = [[phrases.say(phrases.SENS_CENTRAL, tr), *cells(sens.central)]]
    for r in sens.rows:
        rows.append([phrases.sensitivity_label(r.factor.value, r.step_pp, tr), *cells(r.results)])
    return rows


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def uncertainty_lines(result: UncertaintyResult, tr: Translate = identity) -> list[str]:
    """The table output's section: the probabilities, which spreads, sensitivity, model card."""
    mc = result.mc
    lines = [phrases.say(phrases.UNC_TITLE, tr)]
    lines += ["  " + phrases.probability_text(o.threshold, o.probability, tr) for o in mc.odds]
    lines.append(phrases.spread_text(mc.spread, tr))
    lines.append("")
    header = [phrases.say(h, tr) for h in phrases.UNC_COLUMNS]
    lines += _table(header, probability_rows(mc, tr))
    lines.append("")
    lines.append(phrases.say(phrases.SENS_TITLE, tr))
    lines += _table(
        sensitivity_header(result.sensitivity, tr), sensitivity_rows(result.sensitivity, tr)
    )
    lines.append(phrases.say(phrases.SENS_NOTE, tr))
    lines.append("")
    lines.append(phrases.say(phrases.UNC_MODEL_TITLE, tr) + ":")
    lines += ["  " + s for s in phrases.model_card(mc.model, tr)]
    if mc.execution_risk is not None:
        risk = mc.execution_risk
        lines.append("  " + phrases.execution_risk_text(risk.mean_pct, risk.sd_pct, tr))
    return lines


# ------------------------------------------------------------------------------------ reports

BAND_SERIES = (
    ("core_share_pct", "core_share"),
    ("total_share_pct", "total_share"),
    ("core_bn", "core_bn"),
)


def band_columns() -> list[str]:
    """The CSV's band columns: ``core_share_pct_p5`` … ``core_bn_p95``."""
    return [f"{key}_p{q}" for key, _ in BAND_SERIES for q in PERCENTILES]


def band_rows(mc: MonteCarlo, years: Sequence[int]) -> list[dict[str, float | None]]:
    """Per year of ``years`` (the projection's B..H), the band columns (blank outside the run)."""
    index = {int(y): i for i, y in enumerate(mc.years)}
    rows: list[dict[str, float | None]] = []
    for year in years:
        i = index.get(int(year))
        row: dict[str, float | None] = {}
        for key, attr in BAND_SERIES:
            bands: dict[int, npt.NDArray[np.float64]] = getattr(mc, attr)
            for q in PERCENTILES:
                v = math.nan if i is None else float(bands[q][i])
                row[f"{key}_p{q}"] = round(v, 6) if math.isfinite(v) else None
        rows.append(row)
    return rows


def band_of_share(mc: MonteCarlo) -> dict[int, npt.NDArray[np.float64]] | None:
    """The core-share band the chart draws, or ``None`` where the share does not spread."""
    if mc.spread is Spread.SHARE_FIXED:
        return None
    return mc.core_share


def band_sentence(mc: MonteCarlo, tr: Translate = identity) -> str:
    """What the chart's band shows, under the chart (the reports) or beside it."""
    if band_of_share(mc) is None:
        return phrases.spread_text(mc.spread, tr)
    return (
        phrases.spread_text(mc.spread, tr)
        + " "
        + phrases.say(phrases.UNC_BAND_NOTE, tr).format(f"{mc.draws:,}")
    )


def _html_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}'>{escape(h)}</th>"
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(phrases.keep_units_together(c))}</td>"
            if j == 0
            else f"<td class='n' align='right'>{escape(phrases.keep_units_together(c))}</td>"
            for j, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead>"
        f"{body}</table>"
    )


def band_table_rows(mc: MonteCarlo, every: int = 5) -> list[list[str]]:
    """The band every ``every`` years (and the horizon): 5/10/50/90/95 of core share and money."""
    years = [int(y) for y in mc.years]
    keep = [i for i, y in enumerate(years) if (y - years[0]) % every == 0 or i == len(years) - 1]
    return [
        [str(years[i])]
        + [f"{float(mc.core_share[q][i]):.2f} %" for q in PERCENTILES]
        + [f"{float(mc.core_bn[q][i]):,.1f}" for q in (10, 50, 90)]
        for i in keep
    ]


def band_table_header(currency: str, tr: Translate = identity) -> list[str]:
    """Header of :func:`band_table_rows`."""
    share = [phrases.say(phrases.UNC_BAND_SHARE, tr).format(q) for q in PERCENTILES]
    money = [phrases.say(phrases.UNC_BAND_MONEY, tr).format(q, currency) for q in (10, 50, 90)]
    return [phrases.say(phrases.UNC_CROSSING_COLUMNS[0], tr), *share, *money]


def uncertainty_html(result: UncertaintyResult, tr: Translate = identity) -> str:
    """The brief's "How sure is that year?" section: odds, band, crossing years, sensitivity."""
    mc = result.mc
    horizon = int(mc.years[-1])
    parts = [f"<h2>{escape(phrases.say(phrases.UNC_TITLE, tr))}</h2>"]
    odds = "; ".join(phrases.probability_text(o.threshold, o.probability, tr) for o in mc.odds)
    if odds:
        parts.append(f"<p><b>{escape(phrases.keep_units_together(odds))}</b></p>")
    parts.append(f"<p>{escape(phrases.keep_units_together(band_sentence(mc, tr)))}</p>")
    header = [phrases.say(h, tr) for h in phrases.UNC_COLUMNS]
    parts.append(_html_table(header, probability_rows(mc, tr)))
    parts.append(
        f"<p class='small'>{escape(phrases.say(phrases.UNC_BAND_TITLE, tr))}</p>"
        + _html_table(band_table_header(result.currency, tr), band_table_rows(mc))
    )
    for o in mc.odds:
        title = phrases.say(phrases.UNC_CROSSING_TITLE, tr).format(
            phrases.threshold_title(o.threshold, tr)
        )
        cells = "; ".join(f"{y}: {s}" for y, s in crossing_rows(o, horizon, tr))
        parts.append(f"<p class='small'><b>{escape(title)}</b> {escape(cells)}</p>")
    sens = result.sensitivity
    parts.append(
        f"<p style='margin-top:6pt'><b>{escape(phrases.say(phrases.SENS_TITLE, tr))}</b></p>"
    )
    parts.append(_html_table(sensitivity_header(sens, tr), sensitivity_rows(sens, tr)))
    parts.append(f"<p class='small'>{escape(phrases.say(phrases.SENS_NOTE, tr))}</p>")
    card = list(phrases.model_card(mc.model, tr))
    if mc.execution_risk is not None:
        risk = mc.execution_risk
        card.append(phrases.execution_risk_text(risk.mean_pct, risk.sd_pct, tr))
    items = "".join(f"<li>{escape(phrases.keep_units_together(c))}</li>" for c in card)
    parts.append(
        f"<p style='margin-top:6pt'><b>{escape(phrases.say(phrases.UNC_MODEL_TITLE, tr))}</b></p>"
        "<ul class='small'>"
        f"{items}</ul>"
    )
    return "\n".join(parts)
