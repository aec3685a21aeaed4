"""``budget-calculator``: the headless commands, and the window when no command is given.

Every error is one line on stderr, never a traceback (:data:`EXIT_STATUS`): bad input (a flag,
a value, a scenario or data file) exits 2 naming the flag, or the file and the field, and the
allowed range, with nothing written; a file that could not be written or read exits 1, with the
previous file unchanged.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from pydantic import BaseModel, ValidationError

from calculator import __version__
from calculator.core.alliance import check_alliance_scenario, project_alliance
from calculator.core.dataset import Dataset, DatasetError
from calculator.core.models import (
    DEFAULT_THRESHOLDS,
    EconomyPreset,
    Measure,
    RelatedMode,
    Scenario,
    SpendingMode,
    Threshold,
    describe_validation_error,
    field_range,
)
from calculator.core.own_numbers import Money
from calculator.core.projection import Projection, ProjectionError, project, resolve_base_year
from calculator.exports import phrases
from calculator.exports import report_words as words
from calculator.exports.errors import ExportError
from calculator.exports.locales import LANGUAGES, collation_key, localize_months, set_language
from calculator.exports.own_numbers import chosen_units
from calculator.exports.report import (
    ALLIANCE_FORMATS,
    REPORT_FORMATS,
    report_format,
    yearly_csv,
)
from calculator.exports.tabular import (
    alliance_rows,
    dataset_info,
    format_table,
    projection_dict,
    reach_text,
    threshold_key,
    to_csv,
    yearly_rows,
)
from calculator.storage import (
    ReadError,
    ScenarioFileError,
    WriteError,
    bundled_dataset,
    clean_stale_temps,
    load_scenario,
    shown,
)
from calculator.storage.translations import translator

PROG = "budget-calculator"
MAX_MESSAGE_CHARS = 400
EXIT_STATUS = (
    "exit status: 0 done; 2 bad input (a flag, a value, or a scenario or data file that is "
    "missing, not a file, too large or invalid), nothing written; 1 a file could not be "
    "written or read (disk full, no permission, a folder or a symbolic link in the way), the "
    "previous file unchanged; 130 interrupted. Every error is one line on stderr."
)

# Scenario field path → the flag a user typed, so validation messages name the flag.
FLAG_OF_FIELD = {
    "country": "--country",
    "nato_edition": "--edition",
    "base_year": "--base-year",
    "horizon": "--horizon",
    "economy.real_growth_pct": "--real-growth",
    "economy.inflation_pct": "--inflation",
    "economy.growth_adjust_pp": "--growth-adjust",
    "economy.inflation_adjust_pp": "--inflation-adjust",
    "core.growth_pct": "--spending-growth",
    "core.glide_target_pct": "--glide",
    "core.glide_year": "--glide",
    "core.increment_bn": "--increment",
    "related.share_pct": "--related-share",
    "related.glide_target_pct": "--related-glide",
    "related.glide_year": "--related-glide",
    "thresholds.target_year": "--target-year",
    "core.custom_points.year": "--scenario",
    "core.base_share_pct": "--base-share",
    "core.base_amount_bn": "--base-amount",
    "core.base_source": "--base-from",
    "economy.gdp_path.year": "--gdp-path",
    "economy.gdp_path.gdp_bn": "--gdp-path",
    "economy.gdp_path": "--gdp-path",
    "economy.gdp_source": "--gdp-source",
    "economy.overrides.real_growth_pct": "--real-growth-path",
    "economy.overrides.inflation_pct": "--inflation-path",
    "extra.window_start": "--window",
    "extra.window_end": "--window",
    "extra.baseline_path.year": "--baseline",
    "money.currency": "--currency",
    "claim.year": "--check-claim",
}


class UsageError(Exception):
    """Bad command-line input; the message is shown as one line, exit status 2."""


def _fail(message: str) -> NoReturn:
    raise UsageError(message)


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line (no usage dump) and exit status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--growth" must not quietly mean --growth-adjust when the user
        # meant --spending-growth; an unknown flag is refused with its name.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        # "-1:2030" is a (bad) value of --glide, not an unknown option: let it reach the
        # flag's own check, which names the allowed range.
        self._negative_number_matcher = re.compile(r"^-\d+$|^-\d*\.\d+$|^-[\d.]+:\d+$")

    def error(self, message: str) -> NoReturn:
        _fail(message)


def _number(flag: str, field: str) -> Any:
    """An argparse type that names the flag and the allowed range of the model field."""
    from calculator.core.models import CoreSpending, Economy, RelatedSpending

    models: dict[str, type[BaseModel]] = {
        "economy": Economy,
        "core": CoreSpending,
        "related": RelatedSpending,
    }
    group, _, name = field.partition(".")
    lo, hi, _ = field_range(models[group], [name]) if name else field_range(Scenario, [group])

    def convert(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if value != value or value in (float("inf"), float("-inf")):
            _fail(f"{flag}: {shown(text)} is not a number; allowed {_range(lo, hi)}")
        return value

    convert.__name__ = flag
    return convert


def _int(flag: str, lo: int, hi: int) -> Any:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            _fail(f"{flag}: {shown(text)} is not a whole year; allowed {lo} to {hi}")
        if not lo <= value <= hi:
            _fail(f"{flag}: {value} is out of range; allowed {lo} to {hi}")
        return value

    convert.__name__ = flag
    return convert


def _range(lo: float | None, hi: float | None) -> str:
    if lo is None or hi is None:
        return "a number"
    return f"{lo:g} to {hi:g}"


def _pct_year(flag: str) -> Any:
    def convert(text: str) -> tuple[float, int]:
        pct, sep, year = text.partition(":")
        try:
            if not sep:
                raise ValueError
            return float(pct), int(year)
        except ValueError:
            _fail(
                f"{flag}: {shown(text)} must be PCT:YEAR, for example 3.5:2035 "
                "(PCT 0 to 20, YEAR up to 2050)"
            )

    convert.__name__ = flag
    return convert


def _thresholds(text: str) -> list[Threshold]:
    out = []
    for item in filter(None, (p.strip() for p in text.split(","))):
        measure, sep, rest = item.partition(":")
        value, _, year = rest.partition("@")
        try:
            if not sep or measure not in ("core", "total"):
                raise ValueError
            kwargs: dict[str, Any] = {"value_pct": float(value), "measure": Measure(measure)}
            if year:
                kwargs["target_year"] = int(year)
            out.append(Threshold.model_validate(kwargs))
        except ValueError:
            _fail(
                f"--thresholds: {shown(item)} must be MEASURE:PCT[@YEAR] with MEASURE core or total, "
                "PCT above 0 up to 20, YEAR up to 2050 (e.g. core:2.1,core:3.5,total:5)"
            )
    if not out:
        _fail("--thresholds: give at least one, e.g. core:2.1,core:3.5,total:5")
    if len(out) > 12:
        _fail(f"--thresholds: {len(out)} given; allowed 1 to 12")
    return out


def _add_scenario_options(p: argparse.ArgumentParser, *, with_country: bool = True) -> None:
    g = p.add_argument_group("scenario")
    if with_country:
        g.add_argument(
            "--country",
            metavar="ISO3|NAME",
            help="ally, an ISO3 code or English name, e.g. POL or Poland (default ESP, Spain)",
        )
    g.add_argument(
        "--scenario",
        type=Path,
        metavar="FILE",
        help="start from a saved .scenario.json; other flags override it",
    )
    g.add_argument(
        "--edition",
        metavar="YEAR",
        help="NATO edition for the base share: one the dataset has (bundled 2024, 2025, 2026; "
        "an imported release adds its own, see `data list`); default the dataset's latest",
    )
    g.add_argument(
        "--base-year",
        type=_int("--base-year", 2014, 2049),
        metavar="YEAR",
        help="base year, 2014 to 2049 (default: the ally's latest NATO figure, 2026e)",
    )
    g.add_argument(
        "--horizon",
        type=_int("--horizon", 2015, 2050),
        metavar="YEAR",
        help="last projected year, up to 2050 (default 2035)",
    )
    e = p.add_argument_group("economy (default: IMF WEO October 2025 baseline)")
    e.add_argument(
        "--real-growth",
        type=_number("--real-growth", "economy.real_growth_pct"),
        metavar="PCT",
        help="constant real GDP growth, %% a year, -15 to 15 (default: the IMF path)",
    )
    e.add_argument(
        "--inflation",
        type=_number("--inflation", "economy.inflation_pct"),
        metavar="PCT",
        help="constant GDP-deflator inflation, %% a year, -5 to 50 (default: the IMF path)",
    )
    e.add_argument(
        "--growth-adjust",
        type=_number("--growth-adjust", "economy.growth_adjust_pp"),
        metavar="PP",
        help="shift real growth by PP points every year, -10 to 10 (default 0)",
    )
    e.add_argument(
        "--inflation-adjust",
        type=_number("--inflation-adjust", "economy.inflation_adjust_pp"),
        metavar="PP",
        help="shift inflation by PP points every year, -10 to 10 (default 0)",
    )
    s = p.add_argument_group("core defence spending (default: constant share of GDP)")
    m = s.add_mutually_exclusive_group()
    m.add_argument(
        "--constant-share",
        action="store_true",
        help="keep the base-year share of GDP (no policy change; the default)",
    )
    m.add_argument(
        "--spending-growth",
        type=_number("--spending-growth", "core.growth_pct"),
        metavar="PCT",
        help="grow core spending PCT %% a year in cash terms (nominal; -50 to 100)",
    )
    m.add_argument(
        "--glide",
        type=_pct_year("--glide"),
        metavar="PCT:YEAR",
        help="straight line from the base share to PCT %% of GDP in YEAR, e.g. 3.5:2035",
    )
    m.add_argument(
        "--increment",
        type=_number("--increment", "core.increment_bn"),
        metavar="AMOUNT_BN",
        help="add AMOUNT_BN billions of national currency every year (negative cuts)",
    )
    s.add_argument(
        "--real",
        action="store_true",
        help="with --spending-growth: growth on top of GDP-deflator inflation (real terms)",
    )
    # Group titles are printed as written (no %-formatting): a single "%" here.
    r = p.add_argument_group("defence- and security-related spending (the 1.5 % track)")
    r.add_argument(
        "--related-share",
        type=_number("--related-share", "related.share_pct"),
        metavar="PCT",
        help="related spending as %% of GDP (default 0; counted in the total up to 1.5)",
    )
    r.add_argument(
        "--related-glide",
        type=_pct_year("--related-glide"),
        metavar="PCT:YEAR",
        help="related spending rises in a straight line to PCT %% of GDP by YEAR",
    )
    t = p.add_argument_group("thresholds")
    t.add_argument(
        "--thresholds",
        type=_thresholds,
        metavar="LIST",
        help="MEASURE:PCT[@YEAR],... e.g. core:3.5@2032 (default core:2.1,core:3.5,total:5)",
    )
    t.add_argument(
        "--target-year",
        type=_int("--target-year", 2015, 2050),
        metavar="YEAR",
        help="target year for every threshold (default 2035)",
    )
    _add_own_options(p, with_country=with_country)


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = _Parser(
        prog=PROG,
        description="Defence Budget What-If Calculator: when does a "
        "NATO ally reach 2.1 %, 3.5 % and 5 % of GDP, and what does it cost?",
        epilog=EXIT_STATUS,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="render the window offscreen to PATH.png and exit",
    )
    parser.add_argument(
        "--view",
        choices=("ally", "money", "alliance", "compare", "fiscal", "uncertainty", "vintages"),
        help="with --screenshot: the view to render (default ally: share chart and scoreboard)",
    )
    parser.add_argument(
        "--size",
        type=_window_size,
        metavar="WxH",
        help="with --screenshot: the window size in pixels (default 1400x900)",
    )
    parser.add_argument("--data", type=Path, metavar="FOLDER", help=argparse.SUPPRESS)
    _add_scenario_options(parser)
    sub = parser.add_subparsers(
        dest="command",
        parser_class=_Parser,
        title="commands",
        metavar="COMMAND",
        description="without a command the window opens; "
        "'budget-calculator COMMAND --help' describes each",
    )

    c = sub.add_parser(
        "countries",
        help="list the allies, their currency and latest share",
        description="List every ally and NATO aggregate with its currency and the latest NATO "
        "share of GDP in an edition.",
        epilog=EXIT_STATUS,
    )
    c.add_argument(
        "--format",
        choices=["table", "json"],
        default="table",
        help="table for reading, json for scripts (default table)",
    )
    c.add_argument(
        "--edition",
        metavar="YEAR",
        help="NATO edition: one the dataset has (bundled 2024, 2025, 2026; an imported release "
        "adds its own, see `data list`); default the dataset's latest",
    )

    pr = sub.add_parser(
        "project",
        help="project one ally under a scenario",
        description="Project one ally's core defence spending and GDP from the base year to the "
        "horizon: the year each threshold is reached, the gap at the target year, the growth "
        "that would reach it, and the yearly table. Default: Spain (ESP), IMF baseline economy, "
        "core spending at a constant share of GDP.",
        epilog=EXIT_STATUS,
    )
    _add_scenario_options(pr)
    _add_dataset_option(pr)
    _add_fiscal_options(pr)
    _add_uncertainty_options(pr)
    pr.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table for reading; json (calculator.projection/1) or csv (one row a year, with "
        "the ally, currency and dataset) for scripts (default table)",
    )
    pr.add_argument(
        "--save-scenario",
        type=Path,
        metavar="FILE",
        help="also write the scenario the flags describe to FILE.scenario.json (open it in the "
        "window, or give it to --scenario, report or compare)",
    )

    al = sub.add_parser(
        "alliance",
        help="every ally under the same assumptions",
        description="Every ally under the same assumptions (no --country, no --increment: an "
        "amount in one currency cannot apply to all): the year each threshold is reached.",
        epilog=EXIT_STATUS,
    )
    _add_scenario_options(al, with_country=False)
    _add_dataset_option(al)
    al.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table for reading, json or csv for scripts (default table)",
    )
    al.add_argument(
        "--sort",
        metavar="COLUMN",
        default="name",
        help="sort by a column key, e.g. base_share_pct or reach_core_3.5 (default name)",
    )
    al.add_argument("--descending", action="store_true", help="sort from largest to smallest")
    _add_uncertainty_options(al, alliance=True)
    rp = sub.add_parser(
        "report",
        help="write a report: PDF, Excel, CSV, JSON, PNG or SVG",
        description="Write a report for one ally (the type from OUT's extension); a batch, one "
        "report per scenario file or per ally, into a folder (created if missing); or the "
        "alliance overview with --alliance. Default ally: Spain (ESP).",
        epilog=EXIT_STATUS,
    )
    _add_scenario_options(rp)
    _add_dataset_option(rp)
    _add_fiscal_options(rp)
    _add_uncertainty_options(rp)
    rp.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="OUT.pdf|xlsx|csv|json|png|svg; a folder for batch reports (created if missing)",
    )
    rp.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="SCENARIO_FILE",
        help="batch: one report per scenario file, written into the -o folder",
    )
    rp.add_argument(
        "--all-allies",
        action="store_true",
        help="batch: one report per ally under the same assumptions",
    )
    rp.add_argument(
        "--alliance",
        action="store_true",
        help="one alliance overview report (pdf, xlsx, csv or json); not with --country",
    )
    rp.add_argument(
        "--type",
        choices=list(REPORT_FORMATS),
        default="pdf",
        help="report type for batch reports (default pdf)",
    )
    rp.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="PDF paper size (default a4)"
    )
    rp.add_argument(
        "--vintages",
        metavar="DATASET[@EDITION]",
        help="add 'What changed between editions' (PDF, xlsx, json): the same scenario on this "
        "dataset or edition beside the one the report uses, e.g. bundled@2025 (see `data list`)",
    )
    _add_compare_command(sub)
    _add_data_commands(sub)
    for each in (parser, *sub.choices.values()):
        _add_language_options(each, top=each is parser)
    for command in sub.choices.values():
        _inherit_options_given_before(parser, command)
    return parser


def _refuse_exclusive_split(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse two options of one either-or group given on both sides of the command.

    argparse checks a group within one parser only: ``--spending-growth 8 project --glide
    3.5:2035`` would otherwise keep one path silently.
    """
    for group in parser._mutually_exclusive_groups:
        given = [
            a.option_strings[0]
            for a in group._group_actions
            if getattr(args, a.dest, a.default) != a.default
        ]
        if len(given) > 1:
            _fail(f"{given[1]}: not allowed with {given[0]} (give one of them)")


def _inherit_options_given_before(
    top: argparse.ArgumentParser, command: argparse.ArgumentParser
) -> None:
    """Let a scenario option given before the command reach it (``--country POL project``).

    A command's copy of an option the top level also has gets no default of its own (SUPPRESS),
    so it no longer overwrites, with its default, the value given before the command.
    """
    top_dests = {a.dest for a in top._actions if a.dest != "help"}
    for action in command._actions:
        if action.dest in top_dests:
            action.default = argparse.SUPPRESS


def _add_language_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    """Add --lang and --csv-style, accepted before or after the command.

    A command's copy never overrides the value given before it: SUPPRESS leaves it alone.
    """
    default = None if top else argparse.SUPPRESS
    g = p.add_argument_group("language")
    g.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=default,
        help="language of the text, numbers and ally names: en (default), fr, es, nl, de",
    )
    g.add_argument(
        "--csv-style",
        choices=["locale", "plain"],
        default=default,
        help="CSV separators: locale (default; ';' and decimal comma for fr, es, nl, de) or "
        "plain (',' and decimal point in every language)",
    )


def _apply_language(args: argparse.Namespace) -> None:
    """Make --lang the active language: phrasebook texts from the committed .ts, no Qt."""
    lang = getattr(args, "lang", None) or "en"
    style = getattr(args, "csv_style", None) or "locale"
    tr = None if lang == "en" else translator(lang)
    set_language(lang, tr, "plain" if style == "plain" else "locale")


def scenario_from_args(args: argparse.Namespace, ds: Dataset) -> Scenario:
    """Combine a scenario file (if any) with the flags into one validated Scenario.

    A refusal names the flag when a flag set the field, else the scenario file and the field.
    """
    args.typed_fields = {field for field, flag in FLAG_OF_FIELD.items() if _flag_given(args, flag)}
    base = Scenario()
    if getattr(args, "scenario", None) is not None:
        base, _dataset_id = load_scenario(args.scenario)
    doc = base.model_dump()
    if getattr(args, "country", None):
        try:
            doc["country"] = ds.country(args.country).iso3
        except KeyError:
            names = ", ".join(c.iso3 for c in ds.allies())
            _fail(
                f"--country: unknown ally {shown(args.country)}; allowed an ISO3 code or English "
                f"name: {names}"
            )
    if args.edition:
        doc["nato_edition"] = args.edition
    if args.base_year is not None:
        doc["base_year"] = args.base_year
    if args.horizon is not None:
        doc["horizon"] = args.horizon
    eco = doc["economy"]
    if args.real_growth is not None or args.inflation is not None:
        # Only one given: the other keeps its IMF path (or the file's constant rate).
        was_imf = eco["preset"] is EconomyPreset.IMF or eco["preset"] == "imf"
        eco["preset"] = EconomyPreset.CONSTANT
        if args.real_growth is not None:
            eco["real_growth_pct"] = args.real_growth
            eco["real_growth_from_imf"] = False
        elif was_imf:
            eco["real_growth_from_imf"] = True
        if args.inflation is not None:
            eco["inflation_pct"] = args.inflation
            eco["inflation_from_imf"] = False
        elif was_imf:
            eco["inflation_from_imf"] = True
    if args.growth_adjust is not None:
        eco["growth_adjust_pp"] = args.growth_adjust
    if args.inflation_adjust is not None:
        eco["inflation_adjust_pp"] = args.inflation_adjust
    core = doc["core"]
    if args.real and args.spending_growth is None:
        _fail("--real: only with --spending-growth PCT")
    if args.constant_share:
        core["mode"] = SpendingMode.CONSTANT_SHARE
    elif args.spending_growth is not None:
        core.update(
            mode=SpendingMode.GROWTH, growth_pct=args.spending_growth, growth_real=args.real
        )
    elif args.glide is not None:
        core.update(
            mode=SpendingMode.GLIDE, glide_target_pct=args.glide[0], glide_year=args.glide[1]
        )
    elif args.increment is not None:
        core.update(mode=SpendingMode.INCREMENT, increment_bn=args.increment)
    rel = doc["related"]
    if args.related_share is not None:
        rel["share_pct"] = args.related_share
    if args.related_glide is not None:
        rel.update(
            mode=RelatedMode.GLIDE,
            glide_target_pct=args.related_glide[0],
            glide_year=args.related_glide[1],
        )
    if args.thresholds is not None:
        doc["thresholds"] = [t.model_dump() for t in args.thresholds]
    elif getattr(args, "scenario", None) is None:
        doc["thresholds"] = [t.model_dump() for t in DEFAULT_THRESHOLDS]
    if args.target_year is not None:
        for t in doc["thresholds"]:
            t["target_year"] = args.target_year
    _own_into_doc(args, doc, ds)
    try:
        scenario = Scenario.model_validate(doc)
    except ValidationError as exc:
        err = exc.errors()[0]
        path = ".".join(str(p) for p in err["loc"] if not isinstance(p, int))
        message = describe_validation_error(exc)
        flag = FLAG_OF_FIELD.get(path)
        if flag and not _from_file(args, path):
            message = f"{flag}: " + message.split(": ", 1)[1]
        _fail(_blame(message, args))
    _check_rate_path_years(args, scenario, ds)
    return scenario


def _check_rate_path_years(args: argparse.Namespace, scenario: Scenario, ds: Dataset) -> None:
    """--real-growth-path / --inflation-path years must lie in the projection (B+1 to H).

    A year outside it would change nothing, silently; the projection's own checks name the
    flag for any other bad setting (an unknown ally, a base year without data).
    """
    paths = [
        (f, getattr(args, f.removeprefix("--").replace("-", "_"), None) or [])
        for f in ("--real-growth-path", "--inflation-path")
    ]
    if not any(values for _flag, values in paths):
        return
    try:
        _country, base = resolve_base_year(ds, scenario)
    except ProjectionError:
        return
    for flag, values in paths:
        for year, _value in values:
            if year <= base:
                _fail(
                    f"{flag}: {year} is not after the base year {base}; "
                    f"allowed {base + 1} to {scenario.horizon}"
                )
            if year > scenario.horizon:
                _fail(
                    f"{flag}: {year} is after the horizon {scenario.horizon}; "
                    f"allowed {base + 1} to {scenario.horizon}"
                )


def _flag_given(args: argparse.Namespace, flag: str) -> bool:
    if flag == "--scenario":
        return False
    value = getattr(args, flag.removeprefix("--").replace("-", "_"), None)
    return value is not None and value is not False


def _from_file(args: argparse.Namespace, path: str) -> bool:
    """Whether the field ``path`` holds a value of the ``--scenario`` file, not of a flag."""
    if getattr(args, "scenario", None) is None:
        return False
    return path not in getattr(args, "typed_fields", set())


# ------------------------------------------------------------------------------- commands


def _cmd_countries(args: argparse.Namespace, ds: Dataset) -> str:
    rows = []
    # In the chosen language's names and its dictionary order (English: as the dataset has them).
    for c in sorted(
        ds.countries.values(),
        key=lambda c: (c.kind != "ally", collation_key(words.ally(c.iso3, c.name))),
    ):
        year = ds.latest_share_year(c.iso3, args.edition)
        share = ds.nato_share(c.iso3, args.edition).get(year) if year else None
        rows.append(
            {
                "iso3": c.iso3,
                "name": c.name,
                "kind": c.kind,
                "currency": c.currency or None,
                "latest_year": year,
                "latest_share_pct": share.value if share else None,
                "status": share.status if share else None,
                "note": c.note or None,
            }
        )
    if args.format == "json":
        return json.dumps(
            {
                "schema": "calculator.countries/1",
                "edition": args.edition,
                "countries": rows,
                "dataset": dataset_info(ds),
            },
            indent=2,
            ensure_ascii=False,
        )
    headers = [
        (key, words.word(head))
        for key, head in (
            ("iso3", "ISO3"),
            ("name", "Name"),
            ("kind", "Kind"),
            ("currency", "Currency"),
            ("latest_year", "Year"),
            ("latest_share_pct", "Share % GDP"),
            ("status", "Status"),
        )
    ]
    shown = [
        row
        | {
            "name": words.ally(str(row["iso3"]), str(row["name"])),
            "kind": words.word(str(row["kind"])),
            "status": None if row["status"] is None else words.status_word(str(row["status"])),
        }
        for row in rows
    ]
    table = format_table(shown, headers)
    return (
        f"{table}\n\n"
        + words.sentence(words.CLI_COUNTRIES_EDITION, args.edition, _sources_line(ds, args.edition))
        + "\n"
        + words.word("Iceland has no armed forces: NATO publishes no figure.")
    )


def _sources_line(ds: Dataset, edition: str = "2026") -> str:
    wanted = (ds.manifest.nato_editions[edition], "IMF-WEO-2025-10")
    srcs = [s for s in ds.manifest.sources if s.id in wanted]
    return words.sentence(
        words.CLI_SOURCES,
        "; ".join(
            words.sentence(
                words.CLI_SOURCE, s.publisher, s.title, localize_months(s.edition), s.cut_off
            )
            for s in srcs
        ),
    )


def _cmd_project(args: argparse.Namespace, ds: Dataset) -> str:
    scenario = scenario_from_args(args, ds)
    proj = project(ds, scenario)
    if args.save_scenario is not None:
        _save_scenario_flag(args.save_scenario, scenario, ds)
    fi = _fiscal_from_args(args, proj, ds)
    unc = _uncertainty_from_args(args, scenario, ds, fi)
    if args.format == "json":
        return json.dumps(
            _with_uncertainty(_with_equipment(projection_dict(proj, ds, fiscal=fi), proj, ds), unc),
            indent=2,
            ensure_ascii=False,
        )
    if args.format == "csv":
        return yearly_csv(proj, ds, fi).rstrip("\n")
    d = _with_equipment(projection_dict(proj, ds), proj, ds)
    cur = proj.country.currency
    # Money in the chosen units (--currency, --prices), the same numbers as JSON's `money`.
    units = chosen_units(proj, ds)
    unit = phrases.money_code(units, cur)
    headers = [
        ("year", words.word("Year")),
        ("gdp_bn", f"{words.word('GDP')} {words.billions()} {unit}"),
        ("core_defence_bn", f"{words.word('Core')} {words.billions()} {unit}"),
        ("core_share_pct", words.word("Core %")),
        ("related_share_pct", words.word("Related %")),
        ("total_share_pct", words.word("Total %")),
        ("extra_bn", phrases.extra_column_label(d["extra"]["baseline"])),
    ]
    rows = _yearly_rows_in(proj, units)
    # The extra against the chosen baseline, in the chosen units, over the chosen window (JSON's
    # extra.per_year_bn; a dash outside the window).
    for row, extra in zip(rows, d["extra"]["per_year_bn"], strict=True):
        row["extra_bn"] = extra
    lines = [
        phrases.summary_sentence(proj, fiscal=fi),
        "",
        words.sentence(
            words.CLI_BASE,
            words.ally(proj.country.iso3, proj.country.name),
            proj.country.iso3,
            proj.base_year,
            words.status_word(d["base"]["share_status"]),
            proj.base_share_pct,
            proj.base_core_bn,
            words.billions(),
            cur,
            phrases.base_derivation_text(proj.scenario),
        ),
        words.sentence(words.CLI_ECONOMY, _economy_text(scenario), _spending_text(scenario, cur)),
        "",
        format_table(rows, headers),
        "",
    ]
    columns = [phrases.say(h) for h in phrases.THRESHOLD_COLUMNS]
    th_rows = [
        dict(zip(columns, phrases.threshold_cells(proj, t, units=units), strict=True))
        for t in proj.thresholds
    ]
    lines.append(format_table(th_rows, [(c, c) for c in columns]))
    cap_note = phrases.related_cap_note(proj)
    if cap_note is not None:
        lines += ["", cap_note]
    lines += ["", phrases.hague_text(proj.hague)]
    lines += ["", phrases.extra_spending_text(proj, units=units)]
    lines += ["", *_own_lines(proj, ds)]
    if "equipment" in d:
        lines += ["", _equipment_line(d["equipment"], cur)]
    # The national-currency note is about JSON's arrays; the table states its own units.
    notes = [n for n in d["notes"] if units is None or n != phrases.MONEY_NOTE]
    lines += [words.sentence(words.CLI_NOTE, phrases.note_text(n)) for n in notes]
    if fi is not None:
        lines += ["", *_fiscal_lines(proj, fi, ds)]
    lines += _uncertainty_section(unc)
    lines += [
        _sources_line(ds, scenario.nato_edition) + ". " + words.sentence(words.CLI_DATASET, ds.id)
    ]
    return "\n".join(lines)


def _economy_text(s: Scenario) -> str:
    return phrases.economy_text(s)


def _spending_text(s: Scenario, currency: str = "") -> str:
    return phrases.core_path_text(s, currency)


def _cmd_alliance(args: argparse.Namespace, ds: Dataset) -> str:
    if args.increment is not None:
        _fail(
            "--increment: an amount in national currency cannot apply to every ally; "
            "use --spending-growth PCT or --glide PCT:YEAR"
        )
    args.country = None
    scenario = scenario_from_args(args, ds)
    projs = _every_ally(ds, scenario, "--scenario")
    rows = alliance_rows(projs)
    odds_headers = _add_alliance_odds(args, ds, scenario, projs, rows)
    if rows and args.sort not in rows[0]:
        _fail(f"--sort: {args.sort!r} is not a column; allowed {', '.join(rows[0])}")
    present = [r for r in rows if r[args.sort] is not None]
    missing = [r for r in rows if r[args.sort] is None]
    # names in the chosen language's dictionary order (Dänemark before Deutschland)
    order = (
        (lambda r: collation_key(r["name"])) if args.sort == "name" else (lambda r: r[args.sort])
    )
    present.sort(key=order, reverse=args.descending)
    rows = present + missing
    if args.format == "json":
        return json.dumps(
            _alliance_money(
                {
                    "schema": "calculator.alliance/1",
                    "horizon": scenario.horizon,
                    "assumptions": scenario.model_dump(mode="json"),
                    "allies": rows,
                    "dataset": dataset_info(ds),
                },
                projs,
                ds,
                args.currency,
            ),
            indent=2,
            ensure_ascii=False,
        )
    if args.format == "csv":
        return to_csv(rows).rstrip("\n")
    headers = [
        ("iso3", "ISO3"),
        ("name", words.word("Ally")),
        ("base_year", words.word("Base")),
        ("base_share_pct", words.word("Base %")),
        ("core_share_at_horizon_pct", words.sentence(words.CORE_AT, scenario.horizon)),
    ]
    shown = [dict(r) for r in rows]
    headers += odds_headers
    for row, src in zip(shown, rows, strict=True):
        for key, _ in odds_headers:
            row[key] = None if src[key] is None else phrases.probability_pct(src[key])
    for t in projs[0].thresholds if projs else ():
        key = threshold_key(t)
        headers.append((key, phrases.threshold_short(t.threshold.value_pct, t.threshold.measure)))
        for row, src in zip(shown, rows, strict=True):
            row[key] = reach_text(src, key)
    return "\n".join(
        [
            words.sentence(
                words.CLI_EVERY_ALLY,
                _economy_text(scenario),
                _spending_text(scenario),
                phrases.reach_legend(scenario.horizon),
            ),
            "",
            format_table(shown, headers),
            "",
            words.sentence(words.ALLIANCE_ICELAND),
            *_alliance_total_lines(projs, ds, args.currency),
            _sources_line(ds, scenario.nato_edition) + ".",
        ]
    )


def _every_ally(ds: Dataset, scenario: Scenario, flag: str) -> list[Projection]:
    """Every ally under ``scenario`` by the one alliance rule; a refusal names ``flag``."""
    try:
        check_alliance_scenario(scenario)
    except ProjectionError as exc:
        _fail(f"{flag}: {exc.message}")
    return project_alliance(ds, scenario)


def _progress(done: int, total: int, label: str) -> None:
    width = 30
    filled = width * done // total
    bar = "#" * filled + "." * (width - filled)
    end = "\n" if done == total or not sys.stderr.isatty() else ""
    sys.stderr.write(f"\r[{bar}] {done}/{total} {label[:40]:40}{end}")
    sys.stderr.flush()


def _cmd_report(args: argparse.Namespace, ds: Dataset) -> str:
    from calculator.render.report import write_alliance_report, write_report

    out: Path = args.output
    batch = bool(args.files) or args.all_allies
    if args.files and args.all_allies:
        _fail("--all-allies: give either scenario files or --all-allies, not both")
    if args.alliance:
        if args.fiscal:
            _fail("--fiscal: one ally's budget impact; not with --alliance")
        if args.uncertainty is not None:
            _fail("--uncertainty: one ally's band and odds; not with --alliance")
        if batch:
            _fail("--alliance: one overview report; not with scenario files or --all-allies")
        if args.vintages:
            _fail("--vintages: one ally's scenario on two datasets; not with --alliance")
        if args.country:
            _fail(
                f"--country: not with --alliance, which covers every ally; drop --country "
                f"{shown(args.country)} or drop --alliance for one ally's report"
            )
        _check_report_path(out, ALLIANCE_FORMATS)
        args.country = None
        scenario = scenario_from_args(args, ds)
        write_alliance_report(out, _every_ally(ds, scenario, "--alliance"), ds, paper=args.paper)
        return f"Wrote {out}"
    other = _vintages_target(args, out.suffix.lower().lstrip(".") if not batch else args.type)
    if not batch:
        _check_report_path(out, REPORT_FORMATS)
        proj = project(ds, scenario_from_args(args, ds))
        vint = _vintages_for(other, proj, ds)
        fi = _fiscal_from_args(args, proj, ds)
        unc = _uncertainty_from_args(args, proj.scenario, ds, fi)
        write_report(out, proj, ds, paper=args.paper, fiscal=fi, uncertainty=unc, vintages=vint)
        return f"Wrote {out}"
    if out.exists() and not out.is_dir():
        _fail(f"--output: {out} is not a folder; batch reports are written into a folder")
    if not out.exists() and out.suffix.lower().lstrip(".") in REPORT_FORMATS:
        _fail(
            f"--output: batch reports are written into a folder, not {out.name}; "
            f"give a folder and --type {out.suffix.lower().lstrip('.')}"
        )
    # Validate every scenario before writing anything.
    jobs: list[tuple[Path, Projection]] = []
    if args.all_allies:
        args.country = None
        base = scenario_from_args(args, ds)
        for p in _every_ally(ds, base, "--all-allies"):
            jobs.append((out / f"{p.country.iso3}.{args.type}", p))
    else:
        for f, name in zip(args.files, _report_names(args.files, args.type), strict=True):
            args.scenario = f
            proj = project(ds, scenario_from_args(args, ds))
            jobs.append((out / name, proj))
    vints = [_vintages_for(other, proj, ds) for _, proj in jobs]
    try:  # only now, with every scenario valid: a refused batch leaves no empty folder
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"{out}: cannot create the folder ({exc.strerror or exc})") from exc
    written = 0
    for i, ((path, proj), vint) in enumerate(zip(jobs, vints, strict=True), start=1):
        try:
            fi = _fiscal_from_args(args, proj, ds)
            unc = _uncertainty_from_args(args, proj.scenario, ds, fi)
            write_report(
                path, proj, ds, paper=args.paper, fiscal=fi, uncertainty=unc, vintages=vint
            )
        except (ExportError, WriteError) as exc:
            raise WriteError(f"{exc} ({written} of {len(jobs)} reports written)") from exc
        written += 1
        _progress(i, len(jobs), proj.country.name)
    return f"Wrote {written} report{'' if written == 1 else 's'} to {out}"


VINTAGES_FORMATS = ("pdf", "xlsx", "json")


def _vintages_target(args: argparse.Namespace, fmt: str) -> tuple[Dataset, str] | None:
    """``report --vintages ID[@EDITION]``: the dataset and edition to compare with, checked."""
    ref = getattr(args, "vintages", None)
    if not ref:
        return None
    if fmt not in VINTAGES_FORMATS:
        _fail(
            f"--vintages: 'What changed between editions' is a section of PDF, xlsx and json "
            f"reports; not of {shown(fmt or '(none)')}"
        )
    return _open_dataset_ref(ref, "--vintages")


def _vintages_for(other: tuple[Dataset, str] | None, proj: Projection, ds: Dataset) -> Any:
    """The :class:`VintageComparison` of ``proj`` against ``other`` (``None`` without one)."""
    from calculator.exports.vintages import compare_vintages

    if other is None:
        return None
    ds_b, edition = other
    here = f"{ds.id}@{proj.scenario.nato_edition}"
    if f"{ds_b.id}@{edition}" == here:
        others = sorted((e for e in ds.manifest.nato_editions if e != edition), reverse=True)
        typed = "bundled" if ds_b.id == bundled_dataset().id else ds_b.id
        hint = f"; give another, e.g. {typed}@{others[0]}" if others else ""
        _fail(f"--vintages: {here} is the dataset and edition the report uses{hint}")
    try:
        return compare_vintages(ds, proj, ds_b, edition)
    except ProjectionError as exc:
        _fail(f"--vintages: {ds_b.id}@{edition} cannot project this scenario: {exc.message}")


def _clean_output_folders(args: argparse.Namespace) -> None:
    """Remove stale temp files a killed earlier run left where this run writes."""
    folders: list[Path] = []
    if args.screenshot is not None:
        folders.append(args.screenshot.parent)
    out = getattr(args, "output", None)
    if out is not None:
        folders.append(out if out.is_dir() else out.parent)
    for folder in folders:
        clean_stale_temps(folder)


def _report_names(files: Sequence[Path], ext: str) -> list[str]:
    """One output name per scenario file; files that share a name get -2, -3, … appended."""
    names: list[str] = []
    taken: set[str] = set()
    for f in files:
        stem = f.name.removesuffix(".json").removesuffix(".scenario") or "scenario"
        name, n = f"{stem}.{ext}", 1
        while name.casefold() in taken:  # case-insensitive file systems too
            n += 1
            name = f"{stem}-{n}.{ext}"
        taken.add(name.casefold())
        names.append(name)
    return names


def _check_report_path(out: Path, allowed: Sequence[str]) -> None:
    try:
        report_format(out, allowed)
    except ExportError as exc:
        _fail(f"--output: {exc}")
    if not out.parent.is_dir():
        _fail(f"--output: folder {out.parent} does not exist")


def _open_window(args: argparse.Namespace, ds: Dataset) -> int:
    scenario = scenario_from_args(args, ds) if _any_scenario_flag(args) else None
    if scenario is not None:
        project(ds, scenario)  # validate before any window opens
    from calculator.gui.app import run_app

    try:
        return int(
            run_app(
                scenario=scenario,
                screenshot=args.screenshot,
                dataset=ds,
                view=args.view,
                size=args.size or (1400, 900),
            )
        )
    except WriteError:
        raise  # a ValueError too, reported like every failed write
    except ValueError as exc:  # a view this build has not got
        _fail(f"--view: {exc}")


def _window_size(text: str) -> tuple[int, int]:
    """``1280x720`` → (1280, 720), each 320 to 4000 pixels (``--size``)."""
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x720") from None
    if not (320 <= w <= 4000 and 320 <= h <= 4000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side 320 to 4000 pixels")
    return w, h


def _any_scenario_flag(args: argparse.Namespace) -> bool:
    keys = (
        "country",
        "scenario",
        "edition",
        "base_year",
        "horizon",
        "real_growth",
        "inflation",
        "growth_adjust",
        "inflation_adjust",
        "spending_growth",
        "glide",
        "increment",
        "related_share",
        "related_glide",
        "thresholds",
        "target_year",
        *OWN_FLAGS,
    )
    return (
        args.constant_share
        or getattr(args, "allow_cuts", False)
        or any(getattr(args, k, None) is not None for k in keys)
    )


def _with_equipment(d: dict[str, Any], proj: Projection, ds: Dataset) -> dict[str, Any]:
    """Add the ``equipment`` object (NATO's 20 % guideline) where the dataset has Table 8a."""
    from calculator.exports.vintages import equipment_summary

    eq = equipment_summary(proj, ds)
    if eq is not None:
        d["equipment"] = eq
    return d


def _equipment_line(eq: dict[str, Any], currency: str) -> str:
    from calculator.exports.vintages import equipment_text

    return equipment_text(eq, currency)


# ------------------------------------------------------------------------- datasets (issue 14)
DIFF_SCHEMA = "calculator.diff/1"


def _add_dataset_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dataset",
        metavar="ID",
        help="dataset to use: 'bundled' or an imported one (see `data list`; default: the active one)",
    )


def _add_data_commands(sub: Any) -> None:
    d = sub.add_parser(
        "data",
        help="NATO releases and own datasets: list, import, use, remove",
        description="The datasets the calculator can use: the bundled NATO/IMF data and the "
        "ones imported from NATO's Excel tables or the CSV template.",
        epilog=EXIT_STATUS,
    )
    dsub = d.add_subparsers(
        dest="data_command", parser_class=_Parser, required=True, title="commands"
    )
    ls = dsub.add_parser(
        "list",
        help="bundled and imported datasets; * marks the active one",
        description="List the bundled and imported datasets; * marks the active one.",
    )
    ls.add_argument(
        "--format",
        choices=["table", "json"],
        default="table",
        help="table for reading, json for scripts (default table)",
    )
    im = dsub.add_parser(
        "import",
        help="import NATO's Excel tables (.xlsx) or the CSV template",
        description="Import NATO's Excel tables (.xlsx) or the CSV template of own figures "
        "as a new dataset; the file is checked before anything is stored.",
    )
    im.add_argument(
        "file", type=Path, metavar="FILE", help="NATO's .xlsx workbook or a filled-in CSV template"
    )
    im.add_argument("--use", action="store_true", help="make it the active dataset at once")
    us = dsub.add_parser(
        "use",
        help="make a dataset the active one ('bundled' for the shipped)",
        description="Make a dataset the active one, used when no --dataset is given.",
    )
    us.add_argument("id", metavar="ID", help="a dataset id from `data list`, or 'bundled'")
    rm = dsub.add_parser(
        "remove",
        help="delete an imported dataset (never the bundled one)",
        description="Delete an imported dataset; the bundled one cannot be removed.",
    )
    rm.add_argument("id", metavar="ID", help="an imported dataset's id from `data list`")

    df = sub.add_parser(
        "diff",
        help="the same scenario on two datasets: what changed",
        description="Project the same scenario on two datasets (or editions) and show what "
        "changed: base share, base-year money, crossing years, required growth.",
        epilog=EXIT_STATUS,
    )
    _add_scenario_options(df)
    df.add_argument(
        "--dataset",
        action="append",
        metavar="ID[@EDITION]",
        required=True,
        help="give twice: the datasets to compare, e.g. bundled@2025 and bundled (2026)",
    )
    df.add_argument(
        "--format",
        choices=["table", "json"],
        default="table",
        help="table for reading, json for scripts (default table)",
    )


def _open_dataset_ref(ref: str, flag: str = "--dataset") -> tuple[Dataset, str]:
    """A dataset and its edition from ``ID`` or ``ID@EDITION`` (default: its default edition)."""
    from calculator.storage import releases

    dataset_id, _, edition = ref.partition("@")
    try:
        ds = releases.open_dataset(dataset_id)
    except releases.ReleaseError as exc:
        _fail(f"{flag}: {exc}")
    edition = edition or ds.manifest.default_nato_edition
    _check_edition(ds, edition, flag)
    return ds, edition


def _check_edition(ds: Dataset, edition: str, flag: str = "--edition") -> None:
    """Refuse an edition ``ds`` lacks in one line with the allowed ones (imported ones too)."""
    if edition not in ds.manifest.nato_editions:
        allowed = ", ".join(sorted(ds.manifest.nato_editions))
        text = edition if edition.isdigit() and len(edition) == 4 else shown(edition)
        _fail(f"{flag}: dataset {ds.id} has no {text} edition; allowed {allowed}")


def _dataset_for(args: argparse.Namespace) -> Dataset:
    """The dataset a command runs on: ``--data``, ``--dataset ID[@EDITION]`` or the active one.

    A dataset without the scenario's edition (an imported June 2024 release has no 2026
    figures) runs on its own default edition unless ``--edition`` says otherwise.
    """
    from calculator.storage import releases

    if args.data is not None:
        ds = bundled_dataset(args.data)
        if args.edition is not None:
            _check_edition(ds, args.edition)
        elif args.command == "countries":
            args.edition = ds.manifest.default_nato_edition
        return ds
    if args.command is None and not _any_scenario_flag(args):
        # The window opens on the active dataset, as `data use` and Data ▸ Datasets… set it,
        # and fits its starting scenario (edition, base year) to it.
        return releases.open_dataset()
    ref = getattr(args, "dataset", None)
    if ref:
        ds, edition = _open_dataset_ref(ref)
    else:
        ds = releases.open_dataset()
        edition = ds.manifest.default_nato_edition
    editions = ds.manifest.nato_editions
    if args.edition is not None:
        _check_edition(ds, args.edition)
        return ds
    if args.command == "countries":
        args.edition = edition
        return ds
    path = getattr(args, "scenario", None)
    wanted = load_scenario(path)[0].nato_edition if path is not None else Scenario().nato_edition
    if (ref and "@" in ref) or wanted not in editions:
        args.edition = edition
    return ds


def _cmd_data(args: argparse.Namespace) -> str:
    from calculator.storage import releases

    try:
        if args.data_command == "list":
            entries = releases.list_datasets()
            if args.format == "json":
                return json.dumps(
                    {
                        "schema": "calculator.datasets/1",
                        "active": next((e.id for e in entries if e.active), None),
                        "datasets": [e.as_dict() for e in entries],
                    },
                    indent=2,
                    ensure_ascii=False,
                )
            rows = [
                {
                    "active": "*" if e.active else "",
                    "id": e.id,
                    "kind": e.kind,
                    "editions": ", ".join(e.editions),
                    "edition": e.edition_label,
                    "cut_off": e.cut_off,
                    "source": f"DAMAGED: {e.problem}" if e.problem else e.source,
                    "imported": e.imported_at[:10],
                }
                for e in entries
            ]
            headers = [("active", ""), ("id", "ID")] + [
                (key, words.word(head))
                for key, head in (
                    ("kind", "Kind"),
                    ("editions", "Editions"),
                    ("edition", "Edition"),
                    ("cut_off", "Cut-off"),
                    ("imported", "Imported"),
                    ("source", "Source"),
                )
            ]
            shown = [
                row
                | {
                    "kind": words.word(str(row["kind"])),
                    "edition": localize_months(str(row["edition"])),
                }
                for row in rows
            ]
            footer = words.word("* the active dataset (`data use ID`)")
            return format_table(shown, headers) + "\n\n" + footer
        if args.data_command == "import":
            entry = releases.import_release(args.file)
            lines = [
                f"Imported {args.file.name} as {entry.id}: {entry.source} ({entry.edition_label},"
                f" edition {entry.default_edition}; cut-off {entry.cut_off}).",
            ]
            if entry.has_equipment:
                lines.append("It has NATO's distribution by category (equipment, personnel).")
            if args.use:
                releases.use_dataset(entry.id)
                lines.append(f"{entry.id} is now the active dataset.")
            else:
                lines.append(f"Use it with --dataset {entry.id}, or `data use {entry.id}`.")
            return "\n".join(lines)
        if args.data_command == "use":
            entry = releases.use_dataset(args.id)
            return f"Active dataset: {entry.id} ({entry.source}, {entry.edition_label})."
        entry = releases.remove_dataset(args.id)
        return f"Removed {entry.id}; active dataset: {releases.active_dataset_id()}."
    except releases.ReleaseError as exc:
        _fail(f"data {args.data_command}: {exc}")


def _cmd_diff(args: argparse.Namespace) -> str:
    """The same scenario on two datasets (or editions) side by side: what moved."""
    from calculator.exports import vintages

    if len(args.dataset) != 2:
        _fail(f"--dataset: give exactly two (A and B); {len(args.dataset)} given")
    given_edition = args.edition
    runs = []
    for ref in args.dataset:
        ds, edition = _open_dataset_ref(ref)
        args.edition = given_edition or edition
        _check_edition(ds, args.edition)
        proj = project(ds, scenario_from_args(args, ds))
        runs.append((ref, ds, proj, projection_dict(proj, ds)))
    (_, ds_a, pa, da), (_, ds_b, pb, _db) = runs
    cur = pa.country.currency
    rows = vintages.diff_rows(pa, pb)
    if args.format == "json":
        return json.dumps(
            {
                "schema": DIFF_SCHEMA,
                "country": da["country"],
                "datasets": [
                    {"ref": ref, "edition": p.scenario.nato_edition, **dataset_info(ds)}
                    for ref, ds, p, _ in runs
                ],
                "rows": rows,
                "assumptions": [p.scenario.model_dump(mode="json") for _, _, p, _ in runs],
            },
            indent=2,
            ensure_ascii=False,
        )

    table = format_table(
        [
            {
                "what": r["label"],
                "a": r["a_text"],
                "b": r["b_text"],
                "change": r["change_text"],
            }
            for r in rows
        ],
        [("what", ""), ("a", "A"), ("b", "B"), ("change", "B − A")],
    )
    return "\n".join(
        [
            f"{pa.country.name} ({pa.country.iso3}): the same scenario on two datasets. "
            f"Economy: {_economy_text(pa.scenario)}; core spending: {_spending_text(pa.scenario, cur)}.",
            f"A: {vintages.run_label(ds_a, pa)}",
            f"B: {vintages.run_label(ds_b, pb)}",
            "",
            table,
        ]
    )


# ------------------------------------------------------------------------- compare (issue 10)


def _add_compare_command(sub: Any) -> None:
    from calculator.exports.compare import BASELINE_SERIES, DEFAULT_BASELINE

    cm = sub.add_parser(
        "compare",
        help="scenario files side by side: PDF, Excel or CSV",
        description="Scenario files side by side: for each, the year each threshold is "
        "reached, the shares in the target year and the extra core spending against a "
        "baseline, cumulative to 2035; the PDF and the workbook have the overlay chart. "
        "Without -o the table is printed.",
        epilog=EXIT_STATUS,
    )
    cm.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="SCENARIO_FILE",
        help=".scenario.json files (the window's Save, or project --save-scenario); the first "
        "is drawn dashed with its thresholds, the others over it",
    )
    cm.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="OUT.pdf|xlsx|csv (default: print the table)",
    )
    cm.add_argument(
        "--baseline",
        choices=list(BASELINE_SERIES),
        default=DEFAULT_BASELINE,
        help=f"what extra spending is measured against (default {DEFAULT_BASELINE})",
    )
    cm.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="PDF paper size (default a4)"
    )
    _add_dataset_option(cm)


def _cmd_compare(args: argparse.Namespace, ds: Dataset) -> str:
    from calculator.exports.compare import MAX_COMPARED, build_comparison, compare_format

    out: Path | None = args.output
    if out is not None:
        try:
            compare_format(out)
        except ExportError as exc:
            _fail(f"--output: {exc}")
        if not out.parent.is_dir():
            _fail(f"--output: folder {out.parent} does not exist")
    if len(args.files) > MAX_COMPARED:
        _fail(f"compare: {len(args.files)} scenario files given; allowed 1 to {MAX_COMPARED}")
    projs: list[Projection] = []
    editions = ds.manifest.nato_editions
    forced = bool(args.dataset and "@" in args.dataset)
    for path in args.files:
        scenario, _dataset_id = load_scenario(path)
        if args.edition is not None and (forced or scenario.nato_edition not in editions):
            # the dataset's own edition (``--dataset ID@EDITION``, or one lacking the file's)
            scenario = scenario.evolve(nato_edition=args.edition)
        try:
            projs.append(project(ds, scenario))
        except ProjectionError as exc:
            _fail(f"{path}: scenario.{exc}")
    comp = build_comparison(projs, baseline=args.baseline)
    if out is None:
        headers = [h.replace("\n", " ") for h in comp.headers()]
        rows = [dict(zip(headers, cells, strict=True)) for cells in comp.cells()]
        return "\n".join(
            [
                format_table(rows, [(h, h) for h in headers]),
                "",
                phrases.compare_legend(),
                f"Dataset {ds.id}.",
            ]
        )
    from calculator.render.report import write_comparison_report

    write_comparison_report(out, comp, ds, paper=args.paper)
    return f"Wrote {out}"


def _save_scenario_flag(path: Path, scenario: Scenario, ds: Dataset) -> None:
    """``project --save-scenario FILE``: write the scenario the flags describe."""
    from calculator.storage import save_scenario

    if not path.name.lower().endswith(".json"):
        _fail(f"--save-scenario: {shown(path.name)} must end in .scenario.json (a scenario file)")
    if path.is_dir():
        _fail(f"--save-scenario: {path} is a folder; give a file name ending in .scenario.json")
    if not path.parent.is_dir():
        _fail(f"--save-scenario: folder {path.parent} does not exist")
    save_scenario(path, scenario, ds.id)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = argparse.Namespace(command="", screenshot=None)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        _apply_language(args)
        _refuse_exclusive_split(parser, args)
        if args.command == "alliance" and getattr(args, "country", None) is not None:
            _fail(f"--country: not with {args.command}, which covers every ally; drop --country")
        if args.screenshot is not None and args.command:
            _fail("--screenshot: only without a command (it renders the window)")
        if getattr(args, "view", None) is not None and args.screenshot is None:
            _fail("--view: only with --screenshot FILE.png")
        if getattr(args, "size", None) is not None and args.screenshot is None:
            _fail("--size: only with --screenshot FILE.png")
        if args.screenshot is not None and not args.screenshot.parent.is_dir():
            _fail(f"--screenshot: folder {args.screenshot.parent} does not exist")
        if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
            _fail(f"--screenshot: {shown(args.screenshot.name)} must end in .png (a PNG image)")
        _clean_output_folders(args)
        if args.command in ("data", "diff"):
            return _print(_cmd_data(args) if args.command == "data" else _cmd_diff(args))
        ds = _dataset_for(args)
        if args.command is None:
            return _open_window(args, ds)
        handler = {
            "countries": _cmd_countries,
            "project": _cmd_project,
            "alliance": _cmd_alliance,
            "report": _cmd_report,
            "compare": _cmd_compare,
        }[args.command]
        out = handler(args, ds)
    except UsageError as exc:
        _say(str(exc))
        return 2
    except (ExportError, WriteError, ReadError) as exc:  # could not write or read: exit 1
        _say(str(exc))
        return 1
    except ProjectionError as exc:
        _say(_blame(str(exc), args))
        return 2
    except ScenarioFileError as exc:
        _say(str(exc))
        return 2
    except DatasetError as exc:
        _say(f"dataset: {exc}")
        if args.command is None and args.screenshot is None:
            # Started as a desktop app, perhaps with no terminal to read: say it in a window.
            from calculator.gui.app import show_fatal_error

            show_fatal_error(f"The bundled data cannot be used: {exc}")
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # anything the system refused that no writer above turned into words
        _say(f"{getattr(exc, 'filename', None) or 'a file'}: {exc.strerror or exc}")
        return 1
    return _print(out)


def _say(message: str) -> None:
    """Print an error as one line on stderr, cut if long (a value may echo a whole file)."""
    line = " ".join(message.split())
    if len(line) > MAX_MESSAGE_CHARS:
        line = line[: MAX_MESSAGE_CHARS - 1] + "…"
    with contextlib.suppress(OSError):
        print(f"{PROG}: error: {line}", file=sys.stderr)


def _print(out: str) -> int:
    """Write the result to stdout; a full disk or a closed pipe is one line, never a traceback."""
    try:
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        _silence_stdout()
        _say(f"standard output: cannot write ({exc.strerror or exc})")
        return 1
    return 0


def _silence_stdout() -> None:
    """Point stdout at the null device so that the flush at exit cannot fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _custom_points_flag(args: argparse.Namespace, rest: str) -> str | None:
    """The custom-path flag holding the year a message starts with (``None``: not a flag's)."""
    year = rest.split(" ", 1)[0]
    for flag in ("--custom-share", "--custom-amount"):
        values = getattr(args, flag.removeprefix("--").replace("-", "_"), None) or []
        if any(str(y) == year for y, _v in values):
            return flag
    return None


def _blame(message: str, args: argparse.Namespace) -> str:
    """Name what the user gave: the flag they typed, or the scenario file and its field."""
    field, sep, rest = message.partition(": ")
    path = ".".join(p for p in field.split(".") if not p.isdigit())
    flag = FLAG_OF_FIELD.get(path)
    custom = _custom_points_flag(args, rest) if path == "core.custom_points.year" else None
    if sep and custom:  # a point of --custom-share/--custom-amount, not of the scenario file
        return f"{custom}: {rest}"
    if sep and flag and _from_file(args, path):
        return f"{args.scenario}: scenario.{field}: {rest}"
    if flag == "--target-year" and field != path:  # one threshold's year: say which
        return f"{flag} (threshold {int(field.split('.')[1]) + 1}): {rest}"
    return f"{flag}: {rest}" if sep and flag else message


# ------------------------------------------------------------------------- fiscal (issue 12)


def _fiscal_number(flag: str, lo: float, hi: float) -> Any:
    """An argparse type for a fiscal rate: a number within [lo, hi], else one line naming it."""
    from calculator.core.fiscal import FiscalError, check_range

    def convert(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            _fail(f"{flag}: {shown(text)} is not a number; allowed {lo:g} to {hi:g}")
        try:
            return check_range(flag, value, lo, hi)
        except FiscalError as exc:
            _fail(f"{flag}: {exc.message}")

    convert.__name__ = flag
    return convert


def _add_fiscal_options(p: argparse.ArgumentParser) -> None:
    from calculator.core.fiscal import (
        BORROWED_RANGE,
        DEFAULT_BORROWED_PCT,
        DEFAULT_INTEREST_PCT,
        INTEREST_RANGE,
        EscapeClause,
    )

    f = p.add_argument_group("budget impact (deficit and debt; DESIGN.md section 4)")
    f.add_argument(
        "--fiscal",
        action="store_true",
        help="add the deficit and debt the extra spending implies, the financing and the EU "
        "escape clause (JSON: a 'fiscal' object)",
    )
    f.add_argument(
        "--interest",
        type=_fiscal_number("--interest", *INTEREST_RANGE),
        metavar="PCT",
        help=f"effective interest rate on the extra debt, %% a year, nominal, "
        f"{INTEREST_RANGE[0]:g} to {INTEREST_RANGE[1]:g} (default {DEFAULT_INTEREST_PCT:g})",
    )
    f.add_argument(
        "--borrowed",
        type=_fiscal_number("--borrowed", *BORROWED_RANGE),
        metavar="PCT",
        help=f"share of the extra spending that is borrowed, {BORROWED_RANGE[0]:g} to "
        f"{BORROWED_RANGE[1]:g} %%; the rest is paid for by taxes or cuts "
        f"(default {DEFAULT_BORROWED_PCT:g})",
    )
    f.add_argument(
        "--escape-clause",
        choices=[e.value for e in EscapeClause],
        metavar="auto|on|off",
        help="the EU national escape clause: auto as the Council activated it (8 July 2025), "
        "or forced on or off (default auto)",
    )
    f.add_argument(
        "--baseline",
        type=_baseline_arg,
        metavar="constant-share|cash-freeze|real-freeze|FILE",
        help="what the extra spending is measured against: a named baseline or a scenario "
        "FILE of the same ally, e.g. the current plan (default constant-share)",
    )


FISCAL_ONLY_FLAGS = ("interest", "borrowed", "escape_clause")


def _fiscal_from_args(args: argparse.Namespace, proj: Projection, ds: Dataset) -> Any:
    """The :class:`FiscalImpact` the fiscal flags ask for, or ``None`` without ``--fiscal``."""
    from calculator.core.fiscal import EscapeClause, FiscalBaseline
    from calculator.exports.fiscal import FiscalOptions

    if not getattr(args, "fiscal", False):
        for name in FISCAL_ONLY_FLAGS:
            if getattr(args, name, None) is not None:
                _fail(f"--{name.replace('_', '-')}: only with --fiscal")
        return None
    defaults = FiscalOptions()
    options = FiscalOptions(
        interest_pct=defaults.interest_pct if args.interest is None else args.interest,
        borrowed_pct=defaults.borrowed_pct if args.borrowed is None else args.borrowed,
        escape=EscapeClause(args.escape_clause or defaults.escape.value),
        baseline=FiscalBaseline(
            args.baseline if args.baseline in NAMED_BASELINES else defaults.baseline.value
        ),
    )
    return options.impact(proj, ds)


def _fiscal_lines(proj: Projection, fi: Any, ds: Dataset) -> list[str]:
    """The table output's budget-impact section: a yearly table, sentences and sources."""
    from calculator.exports.fiscal import fiscal_paragraphs, fiscal_rows, fiscal_sources

    cur = proj.country.currency
    headers = [
        ("year", "Year"),
        ("fiscal_extra_bn", f"Extra bn {cur}"),
        ("fiscal_extra_debt_bn", f"Extra debt bn {cur}"),
        ("fiscal_extra_deficit_pct_gdp", "Extra deficit %"),
        ("fiscal_baseline_debt_pct_gdp", "Debt % without"),
        ("fiscal_debt_pct_gdp", "Debt % with"),
        ("fiscal_tax_pct_gdp", "Tax % GDP"),
        ("fiscal_tax_pct_revenue", "Tax % revenue"),
    ]
    rows = [{"year": int(y)} | row for y, row in zip(proj.years, fiscal_rows(fi), strict=True)]
    sources = "; ".join(
        s["source"] + (f" (as reported by {s['reported_by']})" if s["as_reported"] else "")
        for s in fiscal_sources(fi, ds)
    )
    return [
        "Budget impact",
        format_table(rows, headers),
        "",
        *fiscal_paragraphs(proj, fi),
        f"Fiscal sources: {sources}.",
        "",
    ]


# ------------------------------------------------------------------------- uncertainty (issue 13)

UNCERTAINTY_ONLY_FLAGS = ("seed", "exclude_years", "execution_risk", "sensitivity_step")


def _add_uncertainty_options(p: argparse.ArgumentParser, *, alliance: bool = False) -> None:
    from calculator.core.uncertainty import DEFAULT_DRAWS, MAX_DRAWS

    u = p.add_argument_group("uncertainty (Monte Carlo; DESIGN.md section 4)")
    what = (
        "each ally's probability of reaching 3.5 %% core by 2035"
        if alliance
        else "percentile bands, the probability of reaching each threshold by its target "
        "year, the crossing-year distribution, the sensitivity table and the model card "
        "(JSON: 'bands', 'probabilities', 'uncertainty')"
    )
    u.add_argument(
        "--uncertainty",
        type=_int_flag("--uncertainty", 1, MAX_DRAWS, "a whole number of draws"),
        metavar="N",
        help=f"run N draws of growth and inflation shocks (1 to {MAX_DRAWS:,}; the window "
        f"uses {DEFAULT_DRAWS:,}) and add {what}",
    )
    u.add_argument(
        "--seed",
        type=_int_flag("--seed", 0, 2**32 - 1, "a whole number"),
        metavar="S",
        help="seed of the draws: the same seed gives the same numbers (default 0)",
    )
    u.add_argument(
        "--exclude-years",
        type=_exclude_years,
        metavar="YEARS",
        help="years of the IMF history 2014-2024 left out of the estimate, comma-separated, "
        "or none (default 2020,2021)",
    )
    if alliance:
        return
    u.add_argument(
        "--execution-risk",
        type=_execution_risk,
        metavar="MEAN:SD",
        help="a yearly shortfall of planned core spending, in %% of the plan: mean and spread "
        "(e.g. 5:3; default none)",
    )
    u.add_argument(
        "--sensitivity-step",
        type=_step,
        metavar="PP",
        help="a second step for the sensitivity table, in points (0.1 to 5; 1 is always shown)",
    )


def _int_flag(flag: str, lo: int, hi: int, what: str) -> Any:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            _fail(f"{flag}: {shown(text)} is not {what}; allowed {lo:,} to {hi:,}")
        if not lo <= value <= hi:
            _fail(f"{flag}: {value:,} is out of range; allowed {lo:,} to {hi:,}")
        return value

    convert.__name__ = flag
    return convert


def _exclude_years(text: str) -> tuple[int, ...]:
    from calculator.core.uncertainty import HISTORY_FIRST, HISTORY_LAST

    if text.strip().lower() in ("", "none"):
        return ()
    years = []
    for part in text.split(","):
        try:
            year = int(part)
        except ValueError:
            _fail(
                f"--exclude-years: {shown(part)} is not a year; allowed {HISTORY_FIRST} to "
                f"{HISTORY_LAST}, comma-separated, or none"
            )
        if not HISTORY_FIRST <= year <= HISTORY_LAST:
            _fail(
                f"--exclude-years: {year} is out of range; allowed {HISTORY_FIRST} to "
                f"{HISTORY_LAST}"
            )
        years.append(year)
    return tuple(sorted(set(years)))


def _execution_risk(text: str) -> Any:
    import math

    from calculator.core.montecarlo import (
        EXECUTION_MEAN_RANGE,
        EXECUTION_SD_RANGE,
        ExecutionRisk,
    )

    (mlo, mhi), (slo, shi) = EXECUTION_MEAN_RANGE, EXECUTION_SD_RANGE
    allowed = f"allowed MEAN:SD with MEAN {mlo:g} to {mhi:g} and SD {slo:g} to {shi:g} (%)"
    mean, sep, sd = text.partition(":")
    try:
        values = (float(mean), float(sd))
    except ValueError:
        _fail(f"--execution-risk: {shown(text)} is not MEAN:SD; {allowed}")
    if not sep or not all(math.isfinite(v) for v in values):
        _fail(f"--execution-risk: {shown(text)} is not MEAN:SD; {allowed}")
    if not (mlo <= values[0] <= mhi and slo <= values[1] <= shi):
        _fail(f"--execution-risk: {shown(text)} is out of range; {allowed}")
    return ExecutionRisk(*values)


def _step(text: str) -> float:
    import math

    from calculator.core.sensitivity import STEP_RANGE

    lo, hi = STEP_RANGE
    try:
        value = float(text)
    except ValueError:
        _fail(f"--sensitivity-step: {shown(text)} is not a number; allowed {lo:g} to {hi:g}")
    if not (math.isfinite(value) and lo <= value <= hi):
        _fail(f"--sensitivity-step: {shown(text)} is out of range; allowed {lo:g} to {hi:g}")
    return value


def _uncertainty_options(args: argparse.Namespace) -> Any:
    """The :class:`UncertaintyOptions` the flags ask for, or ``None`` without --uncertainty."""
    from calculator.exports.uncertainty import UncertaintyOptions

    if getattr(args, "uncertainty", None) is None:
        for name in UNCERTAINTY_ONLY_FLAGS:
            if getattr(args, name, None) is not None:
                _fail(f"--{name.replace('_', '-')}: only with --uncertainty")
        return None
    defaults = UncertaintyOptions()
    step = getattr(args, "sensitivity_step", None)
    return UncertaintyOptions(
        draws=args.uncertainty,
        seed=defaults.seed if args.seed is None else args.seed,
        exclude=defaults.exclude if args.exclude_years is None else args.exclude_years,
        execution_risk=getattr(args, "execution_risk", None),
        steps=defaults.steps if step is None else tuple(dict.fromkeys((1.0, step))),
    )


def _uncertainty_from_args(
    args: argparse.Namespace, scenario: Scenario, ds: Dataset, fiscal: Any
) -> Any:
    """Run the Monte Carlo and the sensitivity table the flags ask for (``None`` without)."""
    from calculator.exports.fiscal import FiscalOptions
    from calculator.exports.uncertainty import run

    options = _uncertainty_options(args)
    if options is None:
        return None
    assumptions = None
    if fiscal is not None:
        assumptions = FiscalOptions(
            interest_pct=fiscal.interest_pct,
            borrowed_pct=fiscal.borrowed_pct,
            baseline=fiscal.baseline,
        )
    return run(ds, scenario, options, fiscal=assumptions)


def _with_uncertainty(d: dict[str, Any], unc: Any) -> dict[str, Any]:
    from calculator.exports.uncertainty import uncertainty_json

    return d if unc is None else d | uncertainty_json(unc)


def _uncertainty_section(unc: Any) -> list[str]:
    from calculator.exports.uncertainty import uncertainty_lines

    return [] if unc is None else ["", *uncertainty_lines(unc)]


def _add_alliance_odds(
    args: argparse.Namespace,
    ds: Dataset,
    scenario: Scenario,
    projs: Sequence[Projection],
    rows: list[dict[str, Any]],
) -> list[tuple[str, str]]:
    """``alliance --uncertainty N``: each ally's probability of 3.5 % core by 2035 (a column)."""
    from calculator.core.montecarlo import alliance_probabilities
    from calculator.exports.uncertainty import HAGUE_CORE, UncertaintyOptions

    options = _uncertainty_options(args)
    if options is None:
        return []
    assert isinstance(options, UncertaintyOptions)
    odds = alliance_probabilities(
        ds,
        scenario,
        [p.country.iso3 for p in projs],
        HAGUE_CORE,
        draws=options.draws,
        seed=options.seed,
        exclude=options.exclude,
    )
    key = "probability_3.5_core_2035"
    for row in rows:
        value = odds.get(row["iso3"])
        row[key] = None if value is None else round(value, 6)
    return [(key, "P(3.5 % by 2035)")]


# ------------------------------------------------------------------------- own numbers (issue 11)

NAMED_BASELINES = ("constant-share", "cash-freeze", "real-freeze")


def _year_values(
    flag: str, what: str, lo: float, hi: float, example: str, *, above: bool = False
) -> Any:
    """An argparse type for ``YEAR:VALUE,…``: each year 2015..2050 once, each value in range."""
    rng = f"more than {lo:g} up to {hi:g}" if above else f"{lo:g} to {hi:g}"

    def convert(text: str) -> list[tuple[int, float]]:
        out: list[tuple[int, float]] = []
        for item in filter(None, (p.strip() for p in text.split(","))):
            y, sep, v = item.partition(":")
            try:
                if not sep:
                    raise ValueError
                year, value = int(y), float(v)
                if value != value or value in (float("inf"), float("-inf")):
                    raise ValueError
            except ValueError:
                _fail(
                    f"{flag}: {shown(item)} must be YEAR:{what}, e.g. {example} "
                    f"(YEAR 2015 to 2050, {what} {rng})"
                )
            if not 2015 <= year <= 2050:
                _fail(f"{flag}: year {year} is out of range; allowed 2015 to 2050")
            if (value <= lo if above else value < lo) or value > hi:
                _fail(f"{flag}: {value:g} for {year} is out of range; allowed {rng}")
            if any(year == seen for seen, _ in out):
                _fail(f"{flag}: {year} is given twice; give each year once")
            out.append((year, value))
        if not out:
            _fail(f"{flag}: give at least one YEAR:{what}, e.g. {example}")
        return out

    convert.__name__ = flag
    return convert


def _claim(text: str) -> tuple[float, float, int]:
    parts = text.split(":")
    try:
        if len(parts) != 3:
            raise ValueError
        amount, share, year = float(parts[0]), float(parts[1]), int(parts[2])
        if not (0 < amount <= 1e7 and 0 < share <= 20 and 2015 <= year <= 2050):
            raise ValueError
    except ValueError:
        _fail(
            f"--check-claim: {shown(text)} must be AMOUNT:PCT:YEAR, e.g. 45:2.1:2029 (AMOUNT "
            "bn national currency above 0, PCT above 0 up to 20, YEAR 2015 to 2050)"
        )
    return amount, share, year


def _window(text: str) -> tuple[int, int]:
    a, sep, b = text.partition(":")
    try:
        if not sep:
            raise ValueError
        y1, y2 = int(a), int(b)
        if not (2015 <= y1 <= y2 <= 2050):
            raise ValueError
    except ValueError:
        _fail(
            f"--window: {shown(text)} must be Y1:Y2 with 2015 <= Y1 <= Y2 <= 2050, e.g. "
            "2027:2030 (years after the base year, within the projection)"
        )
    return y1, y2


def _baseline_arg(text: str) -> str:
    """``--baseline``: a named baseline, or a scenario file whose core path is the baseline."""
    if text in NAMED_BASELINES:
        return text
    if not text.lower().endswith(".json"):
        _fail(
            f"--baseline: {shown(text)} is not allowed; allowed constant-share, cash-freeze, "
            "real-freeze or a scenario FILE ending in .json"
        )
    return text


def _add_own_options(p: argparse.ArgumentParser, *, with_country: bool = True) -> None:
    from calculator.core.models import CoreSpending, GdpLevel, YearOverride

    share_lo, share_hi = (float(v or 0) for v in field_range(CoreSpending, ["base_share_pct"])[:2])
    o = p.add_argument_group("your own numbers (DESIGN.md section 4)")
    if with_country:
        b = o.add_mutually_exclusive_group()
        b.add_argument(
            "--base-share",
            type=_number("--base-share", "core.base_share_pct"),
            metavar="PCT",
            help=f"your base-year share of GDP, {share_lo:g} to {share_hi:g} (user's figure; "
            "default NATO's)",
        )
        b.add_argument(
            "--base-amount",
            type=_number("--base-amount", "core.base_amount_bn"),
            metavar="BN",
            help="your base-year core spending, bn national currency (user's figure)",
        )
        b.add_argument(
            "--base-from",
            choices=["nato-spending"],
            help="nato-spending: NATO's published national-currency spending for the base year "
            "instead of NATO share × IMF GDP",
        )
        gdp_hi = field_range(GdpLevel, ["gdp_bn"])[1] or 1e9
        o.add_argument(
            "--gdp-path",
            type=_year_values("--gdp-path", "BN", 0.0, gdp_hi, "2027:1800,2030:2000", above=True),
            metavar="Y:BN,...",
            help="nominal GDP, bn national currency, for some years (constant growth between "
            "them; the economy path's growth after the last)",
        )
        o.add_argument(
            "--gdp-source", metavar="TEXT", help="who made the GDP forecast of --gdp-path"
        )
        o.add_argument(
            "--custom-share",
            type=_year_values("--custom-share", "PCT", 0.0, 20.0, "2028:2.5,2030:3"),
            metavar="Y:PCT,...",
            help="custom core path: shares of GDP for some years (straight lines between)",
        )
        o.add_argument(
            "--custom-amount",
            type=_year_values("--custom-amount", "BN", 0.0, 1e7, "2028:40,2030:50"),
            metavar="Y:BN,...",
            help="custom core path: amounts, bn national currency, for some years",
        )
        o.add_argument(
            "--check-claim",
            type=_claim,
            metavar="AMOUNT:PCT:YEAR",
            help="check a claim 'AMOUNT bn is PCT %% of GDP in YEAR': the GDP it implies, the "
            "nominal growth that needs, against the IMF path",
        )
    g_lo, g_hi = (float(v or 0) for v in field_range(YearOverride, ["real_growth_pct"])[:2])
    i_lo, i_hi = (float(v or 0) for v in field_range(YearOverride, ["inflation_pct"])[:2])
    o.add_argument(
        "--real-growth-path",
        type=_year_values("--real-growth-path", "PCT", g_lo, g_hi, "2027:1.2,2028:0.8"),
        metavar="Y:PCT,...",
        help=f"real growth for some years, {g_lo:g} to {g_hi:g} (per-year overrides)",
    )
    o.add_argument(
        "--inflation-path",
        type=_year_values("--inflation-path", "PCT", i_lo, i_hi, "2027:2.5,2028:2.1"),
        metavar="Y:PCT,...",
        help=f"GDP-deflator inflation for some years, {i_lo:g} to {i_hi:g} (per-year overrides)",
    )
    o.add_argument(
        "--prices",
        choices=["current", "constant"],
        help="money in current prices (default) or constant base-year prices",
    )
    o.add_argument(
        "--currency",
        choices=["national", "USD", "EUR"],
        help="money in national currency (default), USD or EUR at IMF implied exchange rates",
    )
    o.add_argument(
        "--window",
        type=_window,
        metavar="Y1:Y2",
        help="years summed for the extra spending (default base year + 1 to 2035)",
    )
    o.add_argument(
        "--allow-cuts",
        action="store_true",
        help="let a glide path to a share below the current one cut spending (default: never "
        "below the current share)",
    )


OWN_FLAGS = (
    "base_share",
    "base_amount",
    "base_from",
    "gdp_path",
    "gdp_source",
    "custom_share",
    "custom_amount",
    "check_claim",
    "real_growth_path",
    "inflation_path",
    "prices",
    "currency",
    "window",
)


def _own_into_doc(args: argparse.Namespace, doc: dict[str, Any], ds: Dataset) -> None:
    """Write the own-number flags into the scenario document (validated by the caller)."""
    eco, core = doc["economy"], doc["core"]
    if getattr(args, "base_share", None) is not None:
        core.update(base_source="user_share", base_share_pct=args.base_share)
    elif getattr(args, "base_amount", None) is not None:
        core.update(base_source="user_amount", base_amount_bn=args.base_amount)
    elif getattr(args, "base_from", None) == "nato-spending":
        core["base_source"] = "nato_spending"
    if getattr(args, "gdp_path", None) is not None:
        years = [y for y, _ in args.gdp_path]
        if years != sorted(years):
            _fail(f"--gdp-path: the years must increase; {shown(','.join(map(str, years)))}")
        eco["gdp_path"] = [{"year": y, "gdp_bn": v} for y, v in args.gdp_path]
    if getattr(args, "gdp_source", None) is not None:
        if not eco["gdp_path"]:
            _fail("--gdp-source: only with --gdp-path Y:BN,...")
        if len(args.gdp_source) > 200:
            _fail("--gdp-source: at most 200 characters")
        eco["gdp_source"] = args.gdp_source
    per_year: dict[int, dict[str, Any]] = {o["year"]: dict(o) for o in eco["overrides"]}
    for flag, key in (
        ("real_growth_path", "real_growth_pct"),
        ("inflation_path", "inflation_pct"),
    ):
        for year, value in getattr(args, flag, None) or ():
            per_year.setdefault(year, {"year": year})[key] = value
    eco["overrides"] = sorted(per_year.values(), key=lambda o: o["year"])
    shares = getattr(args, "custom_share", None) or []
    amounts = getattr(args, "custom_amount", None) or []
    if shares or amounts:
        flag = "--custom-share" if shares else "--custom-amount"
        for other in ("spending_growth", "glide", "increment"):
            if getattr(args, other, None) is not None or args.constant_share:
                _fail(f"{flag}: a custom path; not with --{other.replace('_', '-')}")
        both = {y for y, _ in shares} & {y for y, _ in amounts}
        if both:
            _fail(f"--custom-amount: {min(both)} is also in --custom-share; one value a year")
        points = [{"year": y, "share_pct": v} for y, v in shares]
        points += [{"year": y, "amount_bn": v} for y, v in amounts]
        core.update(mode=SpendingMode.CUSTOM, custom_points=sorted(points, key=lambda p: p["year"]))
    if getattr(args, "allow_cuts", False):
        core["glide_floor"] = False
    money = doc["money"]
    if getattr(args, "prices", None):
        money["prices"] = args.prices
    if getattr(args, "currency", None):
        money["currency"] = args.currency
    extra = doc["extra"]
    if getattr(args, "window", None) is not None:
        extra["window_start"], extra["window_end"] = args.window
    if getattr(args, "check_claim", None) is not None:
        a, s, y = args.check_claim
        doc["claim"] = {"amount_bn": a, "share_pct": s, "year": y}
    baseline = getattr(args, "baseline", None)
    if baseline in NAMED_BASELINES:
        extra.update(baseline=baseline.replace("-", "_"), baseline_path=[], baseline_name="")
    elif baseline is not None:
        from calculator.exports.own_numbers import baseline_from_file

        try:
            extra.update(baseline_from_file(Path(baseline), doc["country"], ds))
        except ValueError as exc:
            _fail(f"--baseline: {exc}")


def _yearly_rows_in(proj: Projection, units: Money | None) -> list[dict[str, Any]]:
    """The table's yearly rows with GDP and core spending in ``units``.

    The extra column is filled by the caller from JSON's ``extra`` (the chosen baseline).
    """
    rows = yearly_rows(proj)
    if units is None:
        return rows
    for i, row in enumerate(rows):
        row.update(gdp_bn=float(units.gdp_bn[i]), core_defence_bn=float(units.core_bn[i]))
    return rows


def _own_lines(proj: Projection, ds: Dataset) -> list[str]:
    """The table output's own-number assumptions (always the base, money and extra lines)."""
    from calculator.exports.own_numbers import assumption_lines

    own = words.word("Your own numbers:")
    return [own, *(f"  {line}." for line in assumption_lines(proj, ds))]


def _alliance_totals(
    projs: Sequence[Projection], ds: Dataset
) -> tuple[list[dict[str, Any]], dict[str, dict[str, float]], list[str]] | None:
    """The alliance's money in the ``--currency`` chosen (``None``: national currency)."""
    from calculator.exports.own_numbers import alliance_money

    try:
        return alliance_money(projs, ds)
    except ProjectionError as exc:
        _fail(f"--currency: {exc.message}")


def _alliance_total_lines(
    projs: Sequence[Projection], ds: Dataset, currency: str | None
) -> list[str]:
    """``alliance --currency EUR|USD``: what each group spends and must add, per threshold."""
    money = _alliance_totals(projs, ds)
    if money is None:
        return []
    lines = money[2]
    return [lines[0] + ":", *(f"  {line}." for line in lines[1:])]


def _alliance_money(
    doc: dict[str, Any], projs: Sequence[Projection], ds: Dataset, currency: str | None
) -> dict[str, Any]:
    """``alliance --currency EUR|USD --format json``: each ally's ``money`` and the ``totals``.

    ``totals_window`` names the years the ``cumulative_needed_…`` amounts sum; each
    ``needed_…`` amount is the gap in the threshold's target year alone (``totals_keys``).
    """
    from calculator.core.own_numbers import alliance_window

    money = _alliance_totals(projs, ds)
    if money is None:
        return doc
    money_rows, totals, _lines = money
    by_iso = {r["iso3"]: r for r in money_rows}
    for row in doc["allies"]:
        row["money"] = {k: v for k, v in by_iso[row["iso3"]].items() if k != "iso3"}
    doc["money_currency"] = projs[0].scenario.money.currency.value
    doc["money_prices"] = projs[0].scenario.money.prices.value
    doc["totals"] = totals
    doc["totals_window"] = list(alliance_window(projs))
    doc["totals_keys"] = {
        "needed_<measure>_<pct>_by_<year>_bn": "money added in the target year alone to reach "
        "the threshold (the gap in that year; 0 where met)",
        "cumulative_needed_<measure>_<pct>_by_<year>_bn": "money a straight-line path from the "
        "base year to the threshold would add over totals_window (each year's shortfall below "
        "the line, summed)",
    }
    return doc
