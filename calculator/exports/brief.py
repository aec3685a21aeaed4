"""The content of the PDF brief as HTML (pure: no Qt), laid out by :mod:`qt_report`.

Kept apart from the Qt renderer so that its text can be checked without a display and the
same content could feed another renderer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from calculator.core.dataset import Dataset
from calculator.core.fiscal import FiscalImpact
from calculator.core.models import DEFAULT_THRESHOLDS, BaseSource, Scenario
from calculator.core.own_numbers import extra as own_extra
from calculator.core.projection import Projection
from calculator.exports import locales, phrases
from calculator.exports import report_words as words
from calculator.exports.fiscal import fiscal_html
from calculator.exports.own_numbers import alliance_money, assumption_lines, chosen_units
from calculator.exports.tabular import alliance_rows, reach_text, threshold_key
from calculator.exports.uncertainty import UncertaintyResult, uncertainty_html
from calculator.exports.vintages import (
    VintageComparison,
    equipment_rows,
    equipment_summary,
    equipment_text,
    personnel_text,
    vintages_headers,
    vintages_intro,
)

QT_TRANSLATE_NOOP = phrases.QT_TRANSLATE_NOOP
# The brief's headings, in the phrasebook's context so that they are translated with its sentences.
HEADINGS = {
    "Thresholds": QT_TRANSLATE_NOOP("phrases", "Thresholds"),
    "Hague path check": QT_TRANSLATE_NOOP("phrases", "Hague path check"),
    "Extra": QT_TRANSLATE_NOOP("phrases", "Extra spending against the baselines"),
    "Own": QT_TRANSLATE_NOOP("phrases", "Your own numbers"),
    "Money": QT_TRANSLATE_NOOP("phrases", "Money needed, in one currency"),
    "Assumptions": QT_TRANSLATE_NOOP("phrases", "Assumptions"),
    "Year by year": QT_TRANSLATE_NOOP("phrases", "Year by year"),
    "Method": QT_TRANSLATE_NOOP("phrases", "Method and caveats"),
    "Sources": QT_TRANSLATE_NOOP("phrases", "Sources"),
    "Assumption": QT_TRANSLATE_NOOP("phrases", "Assumption"),
    "This scenario": QT_TRANSLATE_NOOP("phrases", "This scenario"),
    "Default": QT_TRANSLATE_NOOP("phrases", "Default (where changed)"),
}


def _h(key: str) -> str:
    """A heading of the brief in the active language, escaped for HTML."""
    return escape(phrases.say(HEADINGS[key]))


CSS = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; color: #0b3c5d; }
h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; color: #0b3c5d; }
p { margin: 0 0 4pt 0; }
.meta { color: #555555; font-size: 8pt; }
.summary { font-size: 10.5pt; background-color: #eef3f8; padding: 6pt; }
table { border-collapse: collapse; }
th { background-color: #dde6ee; font-weight: bold; padding-left: 4px; padding-right: 4px; }
td { padding-left: 4px; padding-right: 4px; border-bottom: 1px solid #dddddd; }
h2.newpage { page-break-before: always; }
td.n { text-align: right; }
.small { font-size: 7.5pt; color: #444444; }
"""


def _num(v: float | None, decimals: int = 2) -> str:
    """Fixed decimals; a value that rounds to zero prints as 0, never as -0.00."""
    if v is None:
        return "–"
    text = f"{v:,.{decimals}f}"
    text = text[1:] if text.startswith("-") and float(text.replace(",", "")) == 0 else text
    return locales.localize_number(text)  # 4.565,27 in German


def _unit_short(short: str) -> str:
    """A column header's money unit in the active language: ``bn`` → ``Mrd.``, ``Md``."""
    if words.in_english():
        return short
    style = locales.STYLES[locales.active_language()]
    return {"bn": style.bn, "m": style.m}.get(short, short)


def _text(text: str) -> str:
    """Escaped for HTML, with a number and its unit kept on one line (``3.5\u00a0%``)."""
    return escape(phrases.keep_units_together(text))


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric_from: int = 1,
    width: str = "100%",
) -> str:
    head = "".join(
        f"<th align='{'right' if i >= numeric_from else 'left'}'>{escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = []
    for row in rows:
        cells = "".join(
            f"<td class='n' align='right'>{_text(c)}</td>"
            if i >= numeric_from
            else f"<td>{_text(c)}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return (
        f"<table width='{width}' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr>"
        f"</thead>{''.join(body)}</table>"
    )


def core_path_text(scenario: Scenario, currency: str = "") -> str:
    """The core spending path in a few words (the phrasebook's wording)."""
    return phrases.core_path_text(scenario, currency)


def assumption_rows(
    scenario: Scenario, proj: Projection | None = None, ds: Dataset | None = None
) -> list[tuple[str, str, str]]:
    """(assumption, value, default) rows; the default column is blank where nothing changed.

    The default edition is ``ds``'s own (an imported 2024 workbook defaults to 2024).
    """
    d = Scenario(country=scenario.country)
    if ds is not None:
        d = d.model_copy(update={"nato_edition": ds.manifest.default_nato_edition})
    e = scenario.economy
    rows: list[tuple[str, str, str]] = []

    def add(name: str, value: str, default: str) -> None:
        rows.append((words.word(name), value, "" if value == default else default))

    add("NATO edition", scenario.nato_edition, d.nato_edition)
    add(
        "Base year",
        str(proj.base_year if proj else scenario.base_year or words.word("latest")),
        str(proj.base_year) if proj else words.word("latest"),
    )
    add("Horizon", str(scenario.horizon), str(d.horizon))
    add(
        "Economy",
        phrases.economy_text(scenario, adjustments=False),
        phrases.economy_text(d, adjustments=False),
    )
    points = phrases.say(phrases.ADJUST_POINTS)  # "+0 points"; "+0 Pp." in German
    add("Growth adjustment", points.format(e.growth_adjust_pp), points.format(0.0))
    add("Inflation adjustment", points.format(e.inflation_adjust_pp), points.format(0.0))
    if e.overrides:
        add(
            "Per-year overrides",
            "; ".join(
                f"{o.year}: "
                + ", ".join(
                    x
                    for x in (
                        f"growth {o.real_growth_pct:g} %" if o.real_growth_pct is not None else "",
                        f"inflation {o.inflation_pct:g} %" if o.inflation_pct is not None else "",
                    )
                    if x
                )
                for o in e.overrides
            ),
            "none",
        )
    currency = proj.country.currency if proj else ""
    add("Core spending path", core_path_text(scenario, currency), core_path_text(d))
    add("Related spending", phrases.related_path_text(scenario), phrases.related_path_text(d))
    add(
        "Thresholds",
        phrases.thresholds_text(scenario.thresholds),
        phrases.thresholds_text(DEFAULT_THRESHOLDS),
    )
    return rows


METHOD = QT_TRANSLATE_NOOP(
    "phrases",
    "Base year B is the latest year with a NATO figure for the ally. Core defence spending in B "
    "is NATO's share of GDP × IMF nominal GDP (derived, not published by NATO). GDP grows by "
    "real growth and GDP-deflator inflation: GDP<sub>t</sub> = GDP<sub>t−1</sub> × (1 + g) × "
    "(1 + p); the IMF baseline uses WEO October 2025 rates to 2030 and holds the 2030 rates "
    "after. A threshold is reached in the first year whose share is at or above it. Required "
    "growth is the constant nominal growth of core spending from B that reaches the threshold "
    "in its target year: r* = ((value × GDP<sub>Y</sub>) / D<sub>B</sub>)<sup>1/(Y−B)</sup> − 1. "
    "Related (defence- and security-related) spending counts towards the total up to 1.5 % of "
    "GDP. The Hague path check asks whether the core share never falls, reaches 3.5 % by 2035, "
    "and where it stands in 2029 against a straight line from B to 3.5 % in 2035.",
)

CAVEATS = QT_TRANSLATE_NOOP(
    "phrases",
    "Figures for 2025 and 2026 are NATO estimates; IMF figures after the last actual year "
    "(2024 for most allies) are projections. NATO's share of GDP (Table 3) is a ratio at 2021 "
    "prices; for the Netherlands it differs from spending ÷ nominal GDP. NATO publishes no "
    "per-ally figure for defence- and security-related spending, so it is 0 % unless set. "
    "NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and "
    "the UK). Money is in the currency of the IMF figures, in billions at current prices, "
    "never converted silently.",
)


TEXTS = {"method": METHOD, "caveats": CAVEATS}  # said in the active language


def sources_html(ds: Dataset) -> str:
    """Sources with editions, cut-off dates and addresses, and the dataset's identity."""
    items = "".join(
        f"<li><b>{escape(s.publisher)}</b>, <i>{escape(s.title)}</i>, "
        f"{escape(locales.localize_months(s.edition))} "
        f"({escape(words.sentence(words.CUT_OFF, s.cut_off))}). {escape(s.url)}</li>"
        for s in ds.manifest.sources
    )
    checked = words.sentence(words.DATASET_CHECKED, ds.id)
    return f"<ul>{items}</ul><p class='small'>{escape(checked)}</p>"


def method_and_sources_html(ds: Dataset) -> str:
    """The closing sections every report carries: method, caveats and sources."""
    return (
        f"<h2>{_h('Method')}</h2><p>{phrases.say(TEXTS['method'])}</p>"
        f"<p>{escape(phrases.say(TEXTS['caveats']))}</p>"
        f"<h2>{_h('Sources')}</h2>{sources_html(ds)}"
    )


def vintages_html(v: VintageComparison) -> str:
    """The "What changed between editions" section: both runs named, the rows of ``diff``."""
    rows = [[str(r["label"]), r["a_text"], r["b_text"], r["change_text"]] for r in v.rows]
    notes = "".join(f"<p class='small'>{_text(n)}</p>" for n in v.notes)
    return (
        f"<h2>{escape(phrases.say(phrases.VINTAGES_TITLE))}</h2>"
        f"<p>{_text(vintages_intro(v))}</p>{notes}"
        f"{_table(vintages_headers(v), rows)}"
        f"<p class='small'>{_text(phrases.say(phrases.VINTAGES_EXPLAIN))}</p>"
    )


def equipment_html(proj: Projection, ds: Dataset, chart_src: str | None = None) -> str:
    """NATO's 20 % equipment guideline where the dataset has Table 8a, else nothing.

    The sentence (share, verdict, what 20 % of the projected budget is, the source), the
    history chart (``chart_src``) and one row a year: published shares, then projected money.
    """
    eq = equipment_summary(proj, ds)
    if eq is None:
        return ""
    cur = proj.country.currency
    unit = phrases.money_unit(proj.core_bn)
    decimals = 0 if unit is phrases.MILLIONS else 2
    lines = [equipment_text(eq, cur)]
    personnel = personnel_text(eq)
    if personnel:
        lines.append(personnel)
    year, equipment, personnel_h, core, guideline = (
        phrases.say(h) for h in phrases.EQUIPMENT_COLUMNS
    )
    money = f"{unit.short} {cur}"
    rows = [
        [
            r["label"],
            _num(r["equipment_share_pct"], 1),
            _num(r["personnel_share_pct"], 1),
            _num(None if r["core_bn"] is None else r["core_bn"] * unit.scale, decimals),
            _num(None if r["guideline_bn"] is None else r["guideline_bn"] * unit.scale, decimals),
        ]
        for r in equipment_rows(eq, proj)
    ]
    chart = f"<p><img src='{chart_src}' width='560'></p>" if chart_src else ""
    note = phrases.say(phrases.EQUIPMENT_TABLE_NOTE).format(eq["edition"])
    headers = [year, equipment, personnel_h, core.format(money), guideline.format(money)]
    return (
        f"<h2>{escape(phrases.say(phrases.EQUIPMENT_TITLE))}</h2>"
        f"<p>{' '.join(_text(line) for line in lines)}</p>{chart}"
        f"{_table(headers, rows, width='80%')}<p class='small'>{_text(note)}</p>"
    )


def brief_html(
    proj: Projection,
    ds: Dataset,
    chart_src: str = "chart.png",
    today: dt.date | None = None,
    fiscal: FiscalImpact | None = None,
    uncertainty: UncertaintyResult | None = None,
    vintages: VintageComparison | None = None,
    equipment_chart_src: str | None = None,
) -> str:
    """The whole brief: summary, results, chart, assumptions, yearly table, method, sources.

    ``fiscal`` (the fiscal view on) adds its clause to the summary and a Budget impact section;
    ``uncertainty`` (a Monte Carlo run) a "How sure is that year?" section after the thresholds;
    ``vintages`` a "What changed between editions" section. Where the dataset has NATO's
    Table 8a the equipment guideline has a section (with ``equipment_chart_src``'s chart).
    """
    s, c = proj.scenario, proj.country
    cur = c.currency
    today = today or dt.date.today()
    title = (
        escape(s.name)
        if s.name
        else escape(words.sentence(words.BRIEF_TITLE, words.ally(c.iso3, c.name)))
    )
    english = words.in_english()
    prepared = today.isoformat() if english else locales.format_date(today)
    in_sentence = c.name if english else locales.ally_in_sentence(c.iso3, c.name)
    # Money in the units the scenario chose (--currency, --prices), as the window and the CLI
    # show it; the extra column against the chosen baseline over the chosen window.
    units = chosen_units(proj, ds)
    th_rows = [phrases.threshold_cells(proj, t, units=units) for t in proj.thresholds]
    gdp_bn = proj.gdp_bn if units is None else units.gdp_bn
    core_bn = proj.core_bn if units is None else units.core_bn
    extra = own_extra(proj, ds, units)
    shown = phrases.money_code(units, cur)  # "USD, 2026 prices"; the national code when unchosen
    unit = phrases.money_unit(core_bn)
    m = unit.scale
    money_decimals = 0 if unit is phrases.MILLIONS else 2
    yearly = [
        [
            str(int(y)),
            _num(gdp_bn[i] * m, money_decimals),
            _num(core_bn[i] * m, money_decimals),
            _num(proj.core_share_pct[i]),
            _num(proj.related_share_pct[i]),
            _num(proj.total_share_pct[i]),
            _num(None if e is None else e * m, money_decimals),
            _num(proj.core_pct_of_gov_exp[i], 1),
        ]
        for i, (y, e) in enumerate(zip(proj.years, extra.per_year_bn, strict=True))
    ]
    extra_heading = phrases.extra_column_label(extra.baseline.value)
    base_status = proj.history.status[-1] if proj.history.status else ""
    notes = f"<p><b>{escape(words.word('Notes:'))}</b> {escape(s.notes)}</p>" if s.notes else ""
    country_note = f"<p class='small'>{escape(c.note)}</p>" if c.note else ""
    engine_notes = "".join(f"<p class='small'>{escape(n)}</p>" for n in proj.notes)
    return f"""<html><head><style>{CSS}</style></head><body>
<h1>{title}</h1>
<p class='meta'>{
        escape(
            words.sentence(
                words.BRIEF_META,
                words.ally(c.iso3, c.name),
                c.iso3,
                phrases.say(unit.long),
                cur,
                prepared,
            )
            if units is None
            else words.sentence(
                words.BRIEF_META_UNITS,
                words.ally(c.iso3, c.name),
                c.iso3,
                phrases.say(unit.long),
                units.currency,
                phrases.prices_text(units.prices.value, proj.base_year),
                prepared,
            )
        )
    }</p>
{notes}
<p class='summary'>{_text(phrases.summary_sentence(proj, fiscal=fiscal))}</p>
<p>{
        _text(
            _base_sentence(
                proj, words.status_word(base_status), in_sentence, core_path_text(s, cur)
            )
        )
    }</p>
{country_note}{engine_notes}
<p><img src='{chart_src}' width='640'></p>
<h2>{_h("Thresholds")}</h2>
{_table([phrases.say(h) for h in phrases.THRESHOLD_COLUMNS], th_rows, numeric_from=7)}
{uncertainty_html(uncertainty) if uncertainty is not None else ""}
<h2>{_h("Hague path check")}</h2>
<p>{_text(phrases.hague_text(proj.hague))}</p>
<h2>{_h("Extra")}</h2>
<p>{_text(phrases.extra_spending_text(proj, units=chosen_units(proj, ds)))}</p>
{equipment_html(proj, ds, equipment_chart_src)}
{vintages_html(vintages) if vintages is not None else ""}
<h2>{_h("Own")}</h2>
<ul>{"".join(f"<li>{_text(line)}</li>" for line in assumption_lines(proj, ds))}</ul>
{fiscal_html(proj, fiscal, ds) if fiscal is not None else ""}
<h2>{_h("Assumptions")}</h2>
{
        _table(
            [_h("Assumption"), _h("This scenario"), _h("Default")],
            [list(r) for r in assumption_rows(s, proj, ds)],
            numeric_from=9,
        )
    }
<h2>{_h("Year by year")}</h2>
{
        _table(
            [
                *(
                    words.word(h)
                    for h in (
                        "Year",
                        f"GDP ({unit.short} {shown})",
                        f"Core ({unit.short} {shown})",
                        "Core %",
                        "Related %",
                        "Total %",
                    )
                ),
                f"{extra_heading} ({_unit_short(unit.short)} {shown})",
                words.word("Core % gov. spending"),
            ],
            yearly,
        )
    }
{method_and_sources_html(ds)}
</body></html>"""


def alliance_html(
    projs: Sequence[Projection],
    ds: Dataset,
    today: dt.date | None = None,
    chart_src: str | None = None,
) -> str:
    """The alliance overview report: every ally under the same assumptions."""
    today = today or dt.date.today()
    rows = alliance_rows(projs)
    s = projs[0].scenario if projs else Scenario()
    ths = projs[0].thresholds if projs else ()
    headers = [words.word("Ally"), words.word("Base %"), words.sentence(words.CORE_AT, s.horizon)]
    headers += [
        f"{t.threshold.value_pct:g} % {t.threshold.measure.value}"
        if words.in_english()
        else f"{phrases.pct(t.threshold.value_pct)} {phrases.measure_name(t.threshold.measure)}"
        for t in ths
    ]
    chart = f"<p><img src='{chart_src}' width='640'></p>" if chart_src else ""
    money = alliance_money(projs, ds)  # totals in EUR or USD, when the scenario asks for them
    totals = (
        f"<h2>{_h('Money')}</h2><p>{_text(money[2][0])}.</p>"
        + "<ul>"
        + "".join(f"<li>{_text(line)}.</li>" for line in money[2][1:])
        + "</ul>"
        if money is not None
        else ""
    )
    body = []
    for r in rows:
        body.append(
            [r["name"], _num(r["base_share_pct"]), _num(r["core_share_at_horizon_pct"])]
            + [reach_text(r, threshold_key(t)) for t in ths]
        )
    return f"""<html><head><style>{CSS}</style></head><body>
<h1>{escape(words.sentence(words.ALLIANCE_HEADING))}</h1>
<p class='meta'>{
        escape(
            words.sentence(
                words.ALLIANCE_META,
                today.isoformat() if words.in_english() else locales.format_date(today),
                ds.id,
            )
        )
    }</p>
<p>{_text(words.sentence(words.ALLIANCE_INTRO, core_path_text(s)))}
{_text(phrases.reach_legend(s.horizon))}</p>
{chart}
{_table(headers, body)}
<p class='small'>{escape(words.sentence(words.ALLIANCE_ICELAND))}</p>
{totals}
<h2>{_h("Assumptions")}</h2>
{
        _table(
            [_h("Assumption"), _h("This scenario"), _h("Default")],
            [list(r) for r in assumption_rows(s)][2:],
            numeric_from=9,
        )
    }
{method_and_sources_html(ds)}
</body></html>"""


def _base_sentence(proj: Projection, status: str, ally_in_sentence: str, path: str) -> str:
    """Where the base year's spending comes from: NATO's share, or the user's own figure."""
    cur = proj.country.currency
    if proj.scenario.core.base_source is BaseSource.NATO_SHARE:
        return words.sentence(
            words.BRIEF_BASE,
            proj.base_year,
            status,
            ally_in_sentence,
            proj.base_share_pct,
            phrases.money(proj.base_core_bn, cur),
            path,
        )
    return words.sentence(words.BRIEF_BASE_OWN, phrases.base_source_text(proj), path)
