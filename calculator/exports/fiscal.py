"""The fiscal block of the reports: JSON, yearly columns, sources and the brief's section.

Qt-free. Every number comes from :func:`calculator.core.fiscal.fiscal_impact`; every sentence
from the phrasebook (:mod:`calculator.exports.phrases`). :class:`FiscalOptions` is what a user
sets (interest, borrowed share, escape clause, baseline): the command line's flags and the
window's Budget impact view both build one, so both run the engine the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

import numpy as np

from calculator.core.dataset import Dataset
from calculator.core.fiscal import (
    DEFAULT_BORROWED_PCT,
    DEFAULT_INTEREST_PCT,
    ESCAPE_CAP_PP,
    ESCAPE_LAST_YEAR,
    EscapeClause,
    FiscalBaseline,
    FiscalImpact,
    fiscal_impact,
)
from calculator.core.models import Baseline
from calculator.core.own_numbers import baseline_path
from calculator.core.projection import Projection
from calculator.exports import locales, phrases, report_words

QT_TRANSLATE_NOOP = phrases.QT_TRANSLATE_NOOP
say = phrases.say

IMF_SOURCE_ID = "IMF-WEO-2025-10"
IMF_SERIES = ("GGXWDG_NGDP", "GGXCNL_NGDP", "GGR", "GGX")


@dataclass(frozen=True)
class FiscalOptions:
    """The fiscal assumptions a user sets; :meth:`impact` runs the engine with them."""

    interest_pct: float = DEFAULT_INTEREST_PCT
    borrowed_pct: float = DEFAULT_BORROWED_PCT
    escape: EscapeClause = EscapeClause.AUTO
    baseline: FiscalBaseline = FiscalBaseline.CONSTANT_SHARE

    def impact(self, proj: Projection, ds: Dataset) -> FiscalImpact:
        """The fiscal impact of ``proj`` under these assumptions (raises ``FiscalError``).

        When the scenario's baseline is the user's own path (a saved scenario file, such as
        the government's current plan), that path is the counterfactual: its core spending,
        with related spending held at the base-year share as in the named baselines.
        """
        return fiscal_impact(
            proj,
            ds,
            interest_pct=self.interest_pct,
            borrowed_pct=self.borrowed_pct,
            baseline=self.baseline,
            baseline_bn=own_baseline_bn(proj),
            escape=self.escape,
        )


def own_baseline_bn(proj: Projection) -> np.ndarray[Any, Any] | None:
    """Core + related spending of the scenario's own baseline path, or ``None`` without one."""
    if proj.scenario.extra.baseline is not Baseline.OWN_PATH:
        return None
    related = proj.related_share_pct[0] / 100.0 * proj.gdp_bn
    return np.asarray(baseline_path(proj) + related, dtype=float)


# The facts the fiscal block states, with where they come from (../shared/data/fiscal_rules.md).
# ``reported_by`` set: second-hand, cited "as reported".
ESCAPE_CLAUSE_SOURCES: tuple[dict[str, str | None], ...] = (
    {
        "fact": QT_TRANSLATE_NOOP(
            "phrases",
            "EU national escape clause: up to 1.5 % of GDP of additional defence "
            "expenditure a year, up to 2028",
        ),
        "source": "European Commission, press release IP/25/1121",
        "url": "https://openrijk.nl/en/parlement-eu/europese-commissie/artikel/ip-25-1121/"
        "12-member-states-request-activation-of-the-national-escape-clause-in-a-coordinated-"
        "move-to-boost-defence-spending",
        "reported_by": None,
    },
    {
        "fact": QT_TRANSLATE_NOOP(
            "phrases",
            "the increase is measured against the 2021 level of defence expenditure",
        ),
        "source": "European Commission, communication of 19 March 2025",
        "url": "https://ultimasnoticias.agency/bruselas-da-margen-a-espana-para-poder-triplicar-"
        "la-inversion-en-defensa-en-2028-sin-subir-aun-impuestos-ni-recortar-gastos",
        "reported_by": "Últimas Noticias",
    },
    {
        "fact": QT_TRANSLATE_NOOP(
            "phrases",
            "the EU measures defence by COFOG division 02, not NATO's definition",
        ),
        "source": "European Commission, answer to written question E-001294/2025",
        "url": "https://mil-osi1.milnz.nz/2025/07/03/answer-to-a-written-question-eligible-"
        "spending-under-rearm-europe-e-001294-2025asw",
        "reported_by": None,
    },
    {
        "fact": QT_TRANSLATE_NOOP(
            "phrases",
            "activated by the Council on 8 July 2025 for 15 states",
        ),
        "source": "Council of the EU, decision of 8 July 2025",
        "url": "https://sofiaglobe.com/2025/07/08/eu-ministers-activate-flexibility-in-eu-"
        "fiscal-rules-for-bulgaria-14-other-eu-states-to-increase-defence-spending/",
        "reported_by": "The Sofia Globe",
    },
)
DEBT_BRAKE_SOURCES: tuple[dict[str, str | None], ...] = (
    {
        "fact": QT_TRANSLATE_NOOP(
            "phrases",
            "Germany: defence and some security spending above 1 % of GDP is exempt from "
            "the debt brake (constitutional change of March 2025)",
        ),
        "source": "European Security & Defence, March 2025",
        "url": "https://euro-sd.com/2025/03/major-news/43183/german-defence-spending-rise",
        "reported_by": None,
    },
    {
        "fact": QT_TRANSLATE_NOOP(
            "phrases",
            "the exempt definition is broader than NATO's",
        ),
        "source": "Noerr, Bundestag approves exemption from the debt brake",
        "url": "https://noerr.com/en/insights/bundestag-approves-exemption-from-the-debt-brake-"
        "for-defence-spending-and-special-funds-for-investments-in-infrastructure-and-climate-"
        "protection",
        "reported_by": None,
    },
)


def fiscal_sources(fi: FiscalImpact, ds: Dataset) -> list[dict[str, Any]]:
    """The IMF series the baseline debt and the financing readings use, and the rules' sources."""
    imf = ds.manifest.source(IMF_SOURCE_ID)
    out: list[dict[str, Any]] = [
        {
            "id": imf.id,
            "fact": QT_TRANSLATE_NOOP(
                "phrases",
                "baseline gross debt, net lending/borrowing, revenue and expenditure of "
                "general government",
            ),
            "source": f"{imf.publisher}, {imf.title}, {imf.edition}",
            "series": list(IMF_SERIES),
            "url": imf.url,
            "as_reported": False,
        }
    ]
    rules = ESCAPE_CLAUSE_SOURCES + (DEBT_BRAKE_SOURCES if fi.debt_brake_note else ())
    for s in rules:
        out.append(
            {
                "fact": s["fact"],
                "source": s["source"],
                "url": s["url"],
                "as_reported": s["reported_by"] is not None,
                "reported_by": s["reported_by"],
            }
        )
    return out


def source_line(s: dict[str, Any]) -> str:
    """One source as a reader sees it: ``fact: source (as reported by X), url``.

    The fact and "as reported by" in the active language (JSON keeps the English facts).
    """
    reported = say(phrases.AS_REPORTED_BY).format(s["reported_by"]) if s.get("as_reported") else ""
    series = f" ({', '.join(s['series'])})" if s.get("series") else ""
    fact = str(say(s["fact"]))
    return f"{fact[:1].upper()}{fact[1:]}: {s['source']}{series}{reported}. {s['url']}"


def _num(x: float | np.floating[Any]) -> float | None:
    f = float(x)
    return f if math.isfinite(f) else None


def _arr(a: np.ndarray[Any, Any], zero_base: bool = False) -> list[float | None]:
    out = [_num(v) for v in a.tolist()]
    if zero_base and out:
        out[0] = 0.0  # the base year: nothing extra yet (a 0/0 reading is 0, not null)
    return out


def _round(x: float | np.floating[Any]) -> float | None:
    """Points of GDP to six decimals: 2.49, not 2.4899999999999998 (binary noise)."""
    f = _num(x)
    return None if f is None else round(f, 6)


def _by_year(years: np.ndarray[Any, Any], values: np.ndarray[Any, Any]) -> dict[str, float | None]:
    return {str(int(y)): _round(v) for y, v in zip(years, values, strict=True)}


def target_year(fi: FiscalImpact) -> int:
    """The year the fiscal sentences quote: 2035, or the horizon when it comes first."""
    return min(2035, int(fi.years[-1]))


def fiscal_dict(fi: FiscalImpact, ds: Dataset) -> dict[str, Any]:
    """The ``fiscal`` object of ``project --fiscal --format json`` (arrays over ``years``)."""
    ec = fi.escape_clause
    year = target_year(fi)
    return {
        "interest_pct": fi.interest_pct,
        "borrowed_pct": fi.borrowed_pct,
        "baseline": fi.baseline.value,
        "target_year": year,
        "debt_effect_pct_points_at_target": _num(fi.debt_effect_pp(year)),
        "extra_bn": _arr(fi.extra_bn, zero_base=True),
        "borrowed_bn": _arr(fi.borrowed_bn, zero_base=True),
        "extra_debt_bn": _arr(fi.extra_debt_bn, zero_base=True),
        "extra_deficit_pct_gdp": _arr(fi.extra_deficit_pct_gdp, zero_base=True),
        "baseline_debt_pct_gdp": _arr(fi.baseline_debt_pct_gdp),
        "debt_pct_gdp": _arr(fi.debt_pct_gdp),
        "imf_debt_pct_gdp": _arr(fi.imf_debt_pct_gdp),
        "tax_pct_gdp": _arr(fi.tax_pct_gdp, zero_base=True),
        "tax_pct_revenue": _arr(fi.tax_pct_revenue, zero_base=True),
        "cut_pct_other_spending": _arr(fi.cut_pct_other_spending, zero_base=True),
        "escape_clause": {
            "applies": ec.applies,
            "base_share_2021": _num(ec.base_share_2021),
            "cap_pct_points": ESCAPE_CAP_PP,
            "last_year": ESCAPE_LAST_YEAR,
            "rise_pct_points": _by_year(ec.years, ec.rise_pct_points),
            "covered_pct_points": _by_year(ec.years, ec.covered_pct_points),
            "uncovered_pct_points": _by_year(ec.years, ec.uncovered_pct_points),
            "note": phrases.ESCAPE_STAND_IN,
        },
        "debt_brake_note": phrases.DEBT_BRAKE_NOTE if fi.debt_brake_note else None,
        "notes": [phrases.fiscal_assumptions_text(fi)],
        "sources": fiscal_sources(fi, ds),
    }


# Yearly columns the CSV and the command-line table add when the fiscal view is on.
FISCAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("fiscal_extra_bn", "Extra spending (bn)"),
    ("fiscal_borrowed_bn", "Borrowed (bn)"),
    ("fiscal_extra_debt_bn", "Extra debt (bn)"),
    ("fiscal_extra_deficit_pct_gdp", "Extra deficit % GDP"),
    ("fiscal_baseline_debt_pct_gdp", "Debt % GDP without"),
    ("fiscal_debt_pct_gdp", "Debt % GDP with"),
    ("fiscal_tax_pct_gdp", "Tax rise % GDP"),
    ("fiscal_tax_pct_revenue", "Tax rise % revenue"),
    ("fiscal_cut_pct_other_spending", "Cut % other spending"),
)


def fiscal_rows(fi: FiscalImpact) -> list[dict[str, float | None]]:
    """One dict per year with the keys of :data:`FISCAL_COLUMNS` (base-year flows 0)."""
    series = {
        "fiscal_extra_bn": (fi.extra_bn, True),
        "fiscal_borrowed_bn": (fi.borrowed_bn, True),
        "fiscal_extra_debt_bn": (fi.extra_debt_bn, True),
        "fiscal_extra_deficit_pct_gdp": (fi.extra_deficit_pct_gdp, True),
        "fiscal_baseline_debt_pct_gdp": (fi.baseline_debt_pct_gdp, False),
        "fiscal_debt_pct_gdp": (fi.debt_pct_gdp, False),
        "fiscal_tax_pct_gdp": (fi.tax_pct_gdp, True),
        "fiscal_tax_pct_revenue": (fi.tax_pct_revenue, True),
        "fiscal_cut_pct_other_spending": (fi.cut_pct_other_spending, True),
    }
    cols = {key: _arr(arr, zero_base) for key, (arr, zero_base) in series.items()}
    return [{key: col[i] for key, col in cols.items()} for i in range(len(fi.years))]


def fiscal_paragraphs(
    proj: Projection, fi: FiscalImpact, tr: phrases.Translate = phrases.identity
) -> list[str]:
    """The fiscal block in sentences: effect, assumptions, financing, escape clause, notes."""
    out = [
        phrases.debt_effect_text(fi, proj.country.currency, tr),
        phrases.fiscal_assumptions_text(fi, tr),
        phrases.financing_text(proj, fi, tr),
        phrases.escape_clause_text(proj, fi, tr),
    ]
    if fi.debt_brake_note:
        out.append(phrases.debt_brake_text(proj, fi, tr))
    return out


def fiscal_html(proj: Projection, fi: FiscalImpact, ds: Dataset) -> str:
    """The brief's "Budget impact" section: sentences, a table every few years, sources."""
    text = "".join(
        f"<p>{escape(phrases.keep_units_together(p))}</p>" for p in fiscal_paragraphs(proj, fi)
    )
    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}'>{escape(report_words.word(h))}</th>"
        for i, h in enumerate(
            (
                "Year",
                "Extra deficit % GDP",
                "Debt % GDP without",
                "Debt % GDP with",
                "Effect (points)",
                "Escape clause: covered",
                "not covered",
            )
        )
    )
    ec = fi.escape_clause
    body = []
    for i, y in enumerate(fi.years):
        k = int(y) - int(ec.years[0])
        covered = f"{ec.covered_pct_points[k]:.2f}" if 0 <= k < len(ec.years) else "–"
        uncovered = f"{ec.uncovered_pct_points[k]:.2f}" if 0 <= k < len(ec.years) else "–"
        cells = [
            str(int(y)),
            f"{(fi.extra_deficit_pct_gdp[i] if i else 0.0):.2f}",
            f"{fi.baseline_debt_pct_gdp[i]:.1f}",
            f"{fi.debt_pct_gdp[i]:.1f}",
            f"{fi.debt_pct_gdp[i] - fi.baseline_debt_pct_gdp[i]:+.2f}",
            covered,
            uncovered,
        ]
        tds = "".join(
            f"<td>{c}</td>"
            if j == 0
            else f"<td class='n' align='right'>{locales.localize_number(c)}</td>"
            for j, c in enumerate(cells)
        )
        body.append(f"<tr>{tds}</tr>")
    table = (
        f"<table width='100%' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead>"
        f"{''.join(body)}</table>"
    )
    sources = "".join(f"<li>{escape(source_line(s))}</li>" for s in fiscal_sources(fi, ds))
    return (
        f"<h2>{escape(report_words.word('Budget impact: deficit and debt'))}</h2>{text}{table}"
        f"<p class='small'>{escape(report_words.word('Sources of the fiscal block:'))}</p>"
        f"<ul class='small'>{sources}</ul>"
    )
