"""The workbook's Uncertainty sheet: probabilities, the band per year, crossing years, sensitivity.

Numbers are stored as numbers (probabilities in %, shares in % of GDP, money in the Yearly
sheet's unit) so that they can be charted and sorted; the sentences come from the phrasebook,
as in the brief. A native line chart draws the band of the core share.
"""

from __future__ import annotations

from typing import Any

from calculator.core.projection import Projection
from calculator.core.uncertainty import PERCENTILES
from calculator.exports import phrases, report_words
from calculator.exports.report_words import sheet_name
from calculator.exports.uncertainty import (
    UncertaintyResult,
    band_sentence,
    most_likely_year,
)
from calculator.exports.xlsx import _Formats, _Sheet

SHEET = "Uncertainty"
CHART_ROWS = 18  # rows the band chart covers at the right of the band table


def uncertainty_sheet(wb: Any, fmt: _Formats, proj: Projection, result: UncertaintyResult) -> None:
    """Add the Uncertainty sheet to ``wb``."""
    sh = _Sheet(wb.add_worksheet(sheet_name(SHEET)), fmt)
    mc = result.mc
    unit = phrases.money_unit(proj.core_bn)
    m = unit.scale
    money_kind = "m" if unit is phrases.MILLIONS else "bn"
    cur = proj.country.currency
    horizon = int(mc.years[-1])
    not_by = phrases.say(phrases.UNC_NOT_BY).format(horizon)
    sh.title(
        0,
        report_words.sentence(
            report_words.UNC_HEADING,
            phrases.say(phrases.UNC_TITLE),
            report_words.ally(proj.country.iso3, proj.country.name),
        ),
    )
    odds = "; ".join(phrases.probability_text(o.threshold, o.probability) for o in mc.odds)
    sh.paragraph(1, 0, 10, odds)
    sh.paragraph(2, 0, 10, band_sentence(mc))

    # the probability of each threshold by its target year
    row = 4
    names = [phrases.say(h) for h in phrases.UNC_COLUMNS]
    sh.header(row, [names[0], names[1], names[2] + " (%)", names[3], names[4] + " (%)"])
    for o in mc.odds:
        row += 1
        sh.text(row, 0, phrases.threshold_title(o.threshold))
        sh.number(row, 1, o.threshold.target_year, "year")
        sh.number(row, 2, 100.0 * o.probability, "pct")
        likely = most_likely_year(o)
        if likely is None:
            sh.text(row, 3, not_by)
        else:
            sh.number(row, 3, likely, "year")
        sh.number(row, 4, 100.0 * o.not_by_horizon, "pct")
    sh.text(row + 1, 0, "Probability and not by the horizon: % of the draws", fmt.muted, fit=False)
    # (the muted notes, labels and headings are translated by _Sheet.text)

    # the band per year
    row += 3
    band_top = row
    header = [report_words.word("Year")]
    header += [phrases.say(phrases.UNC_BAND_SHARE).format(q) for q in PERCENTILES]
    header += [report_words.sentence(report_words.TOTAL_BAND, q) for q in PERCENTILES]
    header += [
        phrases.say(phrases.UNC_BAND_MONEY).format(q, cur).replace(" bn ", f" {unit.short} ")
        for q in PERCENTILES
    ]
    sh.text(row - 1, 0, phrases.say(phrases.UNC_BAND_TITLE), fmt.label, fit=False)
    sh.header(row, header)
    for i, year in enumerate(mc.years):
        r = row + 1 + i
        sh.number(r, 0, int(year), "year")
        for k, q in enumerate(PERCENTILES):
            sh.number(r, 1 + k, float(mc.core_share[q][i]), "pct")
            sh.number(r, 6 + k, float(mc.total_share[q][i]), "pct")
            sh.number(r, 11 + k, float(mc.core_bn[q][i]) * m, money_kind)
    last = row + len(mc.years)
    _band_chart(wb, sh, band_top, last)

    # the year each threshold is first reached
    row = last + 2
    draws = report_words.word("% of the draws")
    sh.text(row, 0, phrases.say(phrases.UNC_CROSSING_TITLE).format(draws), fmt.label)
    row += 1
    sh.header(
        row,
        [phrases.say(phrases.UNC_CROSSING_COLUMNS[0])]
        + [phrases.threshold_title(o.threshold) for o in mc.odds],
    )
    for i, year in enumerate(mc.years):
        r = row + 1 + i
        sh.number(r, 0, int(year), "year")
        for k, o in enumerate(mc.odds):
            sh.number(r, 1 + k, 100.0 * float(o.first_reached[i]), "pct")
    row += len(mc.years) + 1
    sh.text(row, 0, not_by)
    for k, o in enumerate(mc.odds):
        sh.number(row, 1 + k, 100.0 * o.not_by_horizon, "pct")

    # sensitivity: crossing year and target-year share per variant
    sens = result.sensitivity
    row += 2
    sh.text(row, 0, phrases.say(phrases.SENS_TITLE), fmt.label, fit=False)
    row += 1
    heads = []
    for th in sens.thresholds:
        name = f"{phrases.pct(th.value_pct)} {phrases.measure_name(th.measure)}"
        heads += [
            report_words.sentence(report_words.SENS_YEAR, name),
            report_words.sentence(report_words.SENS_SHARE, name, th.target_year),
        ]
    sh.header(row, ["", *heads])
    variants = [(phrases.say(phrases.SENS_CENTRAL), sens.central)]
    variants += [
        (phrases.sensitivity_label(r.factor.value, r.step_pp), r.results) for r in sens.rows
    ]
    for label, results in variants:
        row += 1
        sh.text(row, 0, label)
        for k, v in enumerate(results):
            if v.crossing_year is None:
                sh.text(row, 1 + 2 * k, not_by)
            else:
                sh.number(row, 1 + 2 * k, v.crossing_year, "year")
            sh.number(row, 2 + 2 * k, v.share_at_target_pct, "pct")
    row += 1
    sh.paragraph(row, 0, 10, phrases.say(phrases.SENS_NOTE))

    # the model card
    row += 2
    sh.text(row, 0, phrases.say(phrases.UNC_MODEL_TITLE), fmt.label)
    card = list(phrases.model_card(mc.model))
    if mc.execution_risk is not None:
        risk = mc.execution_risk
        card.append(phrases.execution_risk_text(risk.mean_pct, risk.sd_pct))
    for line in card:
        row += 1
        sh.paragraph(row, 0, 10, line)
    sh.ws.freeze_panes(band_top + 1, 1)
    sh.finish()


def _band_chart(wb: Any, sh: _Sheet, header_row: int, last_row: int) -> None:
    """A line chart of the core share's percentiles, beside the band table."""
    chart = wb.add_chart({"type": "line"})
    name = sheet_name(SHEET)
    cats = [name, header_row + 1, 0, last_row, 0]
    styles = {5: ("#9BC4E2", "dash"), 10: ("#0072B2", "dash"), 50: ("#0B3C5D", "solid")}
    styles |= {90: styles[10], 95: styles[5]}
    for k, q in enumerate(PERCENTILES):
        colour, dash = styles[q]
        chart.add_series(
            {
                "name": [name, header_row, 1 + k],
                "categories": cats,
                "values": [name, header_row + 1, 1 + k, last_row, 1 + k],
                "line": {"color": colour, "width": 2.0 if q == 50 else 1.25, "dash_type": dash},
            }
        )
    chart.set_title(
        {
            "name": report_words.word("Core share of GDP over the draws (%)"),
            "name_font": {"size": 11},
        }
    )
    chart.set_y_axis({"name": report_words.word("% of GDP"), "major_gridlines": {"visible": True}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 620, "height": 340})
    sh.ws.insert_chart(header_row, 17, chart)
