"""What moved between two datasets or editions, and the equipment guideline where a dataset has it.

Qt-free numbers that ``budget-calculator diff`` prints and the window's Vintages view shows: the
same scenario re-run on another dataset (``ID@EDITION``), fitted to what that dataset holds, and
the rows of what changed (base year, base share, base-year money, crossing years, required
growth). The words come from the phrasebook through a translate hook ``tr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from calculator.core.dataset import Dataset
from calculator.core.equipment import equipment_history, guideline_money_bn
from calculator.core.models import Scenario
from calculator.core.projection import Projection, ProjectionError, project
from calculator.exports import locales, phrases
from calculator.exports.phrases import Translate, identity, say
from calculator.exports.tabular import dataset_info, threshold_dict
from calculator.storage.releases import bundled_id


# ------------------------------------------------------------------------------ fitting
@dataclass(frozen=True)
class Fitted:
    """A scenario fitted to a dataset, its projection and what had to change (one line each)."""

    scenario: Scenario
    projection: Projection
    notes: tuple[str, ...] = field(default=())


def _evolve(scenario: Scenario, **changes: Any) -> Scenario:
    return Scenario.model_validate(scenario.model_dump() | changes)


def fit_scenario(
    ds: Dataset, scenario: Scenario, edition: str | None = None, tr: Translate = identity
) -> Fitted:
    """Run ``scenario`` on ``ds`` (at ``edition``), falling back where the dataset lacks something.

    An edition the dataset does not have becomes its default one; a base year it does not have
    becomes its latest; an ally it cannot project becomes the default ally. Each fall-back adds a
    note. Raises :class:`ProjectionError` if even the default ally cannot be projected.
    """
    notes: list[str] = []
    editions = ds.manifest.nato_editions
    wanted = edition or scenario.nato_edition
    if wanted not in editions:
        notes.append(
            say(phrases.FALLBACK_EDITION, tr).format(
                ds.id, wanted, ds.manifest.default_nato_edition
            )
        )
        wanted = ds.manifest.default_nato_edition
    if wanted != scenario.nato_edition:
        scenario = _evolve(scenario, nato_edition=wanted)
    try:
        return Fitted(scenario, project(ds, scenario), tuple(notes))
    except ProjectionError as exc:
        first = exc
    if scenario.base_year is not None:
        latest = _evolve(scenario, base_year=None)
        try:
            proj = project(ds, latest)
        except ProjectionError:
            pass
        else:
            notes.append(
                say(phrases.FALLBACK_BASE_YEAR, tr).format(
                    scenario.base_year, ds.id, proj.base_year
                )
            )
            return Fitted(latest, proj, tuple(notes))
    default = Scenario().country
    if scenario.country == default:
        raise first
    other = _evolve(scenario, country=default, base_year=None)
    proj = project(ds, other)  # raises if the dataset cannot even project the default ally
    name = (
        ds.country(scenario.country).name if scenario.country in ds.countries else scenario.country
    )
    notes.append(say(phrases.FALLBACK_ALLY, tr).format(name, ds.id, proj.country.name))
    return Fitted(other, proj, tuple(notes))


# ------------------------------------------------------------------------------- naming
def short_name(ds: Dataset, tr: Translate = identity) -> str:
    """How the A and B lines name a dataset: ``bundled`` (as ``--dataset`` takes it), else its id.

    The bundled id (``nato-2026-07_imf-weo-2025-10``) is long and says nothing a reader needs;
    an imported one (``nato-2024-06_1897e2ea``) is what ``data list`` and ``--dataset`` show.
    """
    try:
        shipped = bundled_id()
    except Exception:  # a damaged installation: the id is still true
        shipped = ""
    return say(phrases.DATASET_SHORT_BUNDLED, tr) if ds.id == shipped else ds.id


def run_label(ds: Dataset, proj: Projection, tr: Translate = identity) -> str:
    """``bundled · NATO August 2025 (edition 2025)``; an import: ``nato-2024-06_1897e2ea · …``."""
    edition = proj.scenario.nato_edition
    src = ds.manifest.source(ds.manifest.nato_editions[edition])
    return say(phrases.DIFF_RUN_LABEL, tr).format(
        short_name(ds, tr), locales.localize_months(src.edition), edition
    )


def dataset_name(ds: Dataset, edition: str, tr: Translate = identity) -> str:
    """A dataset as a reader names it: ``NATO July 2026``, or an own source's title and date."""
    src = ds.manifest.source(ds.manifest.nato_editions[edition])
    if src.publisher.startswith("NATO"):
        return say(phrases.DATASET_NAME_NATO, tr).format(locales.localize_months(src.edition))
    return f"{src.title}, {src.edition}"


def dataset_status(
    ds: Dataset, edition: str, imported_at: str = "", tr: Translate = identity
) -> str:
    """The status bar's line: ``Dataset: NATO June 2024 (imported 2026-05-02)``."""
    name = dataset_name(ds, edition, tr)
    if imported_at:
        return say(phrases.DATASET_STATUS_IMPORTED, tr).format(name, imported_at[:10])
    return say(phrases.DATASET_STATUS_BUNDLED, tr).format(name)


def dataset_tooltip(ds: Dataset, edition: str, tr: Translate = identity) -> str:
    """The id, edition and cut-off behind the status bar's line."""
    src = ds.manifest.source(ds.manifest.nato_editions[edition])
    return say(phrases.DATASET_TOOLTIP, tr).format(ds.id, src.edition, src.cut_off)


# --------------------------------------------------------------------------------- diff
def reach_text(t: dict[str, Any], tr: Translate = identity) -> str:
    """A threshold's crossing year as ``diff`` writes it: ``2031``, ``met (2026)``."""
    if t["already_met"]:
        return say(phrases.DIFF_MET, tr).format(t["year_reached"])
    if t["year_reached"] is not None:
        return str(t["year_reached"])
    return say(phrases.DIFF_NOT_BY_HORIZON, tr)


def diff_row(
    key: str,
    label: str,
    a: Any,
    b: Any,
    text: tuple[str, str] | None = None,
    tr: Translate = identity,
) -> dict[str, Any]:
    """One row of what moved: both values, their difference and the three as text."""

    def fmt(v: Any) -> str:
        if v is None:
            return phrases.NONE
        return f"{v:,.2f}" if isinstance(v, float) else str(v)

    change: float | int | None = None
    if isinstance(a, int | float) and isinstance(b, int | float):
        change = b - a
    if change is None:
        change_text = say(phrases.DIFF_SAME if a == b else phrases.DIFF_CHANGED, tr)
    elif change == 0:
        change_text = say(phrases.DIFF_SAME, tr)
    else:
        change_text = f"{change:+,.2f}" if isinstance(change, float) else f"{change:+d}"
    return {
        "key": key,
        "label": label,
        "a": a,
        "b": b,
        "change": change,
        "a_text": text[0] if text else fmt(a),
        "b_text": text[1] if text else fmt(b),
        "change_text": change_text,
    }


def diff_rows(pa: Projection, pb: Projection, tr: Translate = identity) -> list[dict[str, Any]]:
    """What moved from ``pa`` to ``pb`` (the same scenario on two datasets), row by row.

    Keys are stable for scripts: ``base_year``, ``base_share_pct``, ``base_core_bn``, and per
    threshold ``year_reached:<measure>:<value>`` and ``required_growth:<measure>:<value>``.
    ``base_core_bn`` holds billions; its texts are written as every report writes money
    (:func:`calculator.exports.phrases.money`: ``150.0 bn PLN``, Montenegro's ``154 m EUR``).
    A threshold already met on both sides is ``same`` (each is met in its own base year).
    """
    cur = pa.country.currency
    money_row = diff_row(
        "base_core_bn",
        say(phrases.DIFF_BASE_MONEY, tr),
        pa.base_core_bn,
        pb.base_core_bn,
        text=(phrases.money(pa.base_core_bn, cur), phrases.money(pb.base_core_bn, cur)),
        tr=tr,
    )
    if isinstance(money_row["change"], float) and money_row["change"] != 0:
        money_row["change_text"] = phrases.signed_money(money_row["change"], cur, tr)
    rows: list[dict[str, Any]] = [
        diff_row("base_year", say(phrases.DIFF_BASE_YEAR, tr), pa.base_year, pb.base_year, tr=tr),
        diff_row(
            "base_share_pct",
            say(phrases.DIFF_BASE_SHARE, tr),
            pa.base_share_pct,
            pb.base_share_pct,
            tr=tr,
        ),
        money_row,
    ]
    for ra, rb in zip(pa.thresholds, pb.thresholds, strict=True):
        ta, tb = threshold_dict(ra), threshold_dict(rb)
        name = phrases.threshold_short(ta["value_pct"], ta["measure"], tr)
        ident = f"{ta['measure']}:{ta['value_pct']:g}"
        reached = diff_row(
            f"year_reached:{ident}",
            say(phrases.DIFF_REACHES, tr).format(name),
            ta["year_reached"],
            tb["year_reached"],
            text=(reach_text(ta, tr), reach_text(tb, tr)),
            tr=tr,
        )
        if ta["already_met"] and tb["already_met"]:
            # met in each side's own base year: no later or earlier crossing, nothing moved
            reached["change"], reached["change_text"] = None, say(phrases.DIFF_SAME, tr)
        rows.append(reached)
        rows.append(
            diff_row(
                f"required_growth:{ident}",
                say(phrases.DIFF_REQUIRED, tr).format(name, ta["target_year"]),
                ta["required_nominal_growth_pct"],
                tb["required_nominal_growth_pct"],
                tr=tr,
            )
        )
    return rows


# ---------------------------------------------------------------------------- equipment
def equipment_summary(proj: Projection, ds: Dataset) -> dict[str, Any] | None:
    """The ``equipment`` object (NATO's 20 % guideline) where the dataset has Table 8a.

    :func:`calculator.core.equipment.equipment_history` plus ``money_at_guideline_bn``: 20 % of
    each projected year's core budget (same units). ``None`` without Table 8a.
    """
    eq = equipment_history(ds, proj.country.iso3, proj.scenario.nato_edition)
    if eq is not None:
        eq["money_at_guideline_bn"] = guideline_money_bn([float(v) for v in proj.core_bn])
    return eq


def equipment_text(eq: dict[str, Any], currency: str, tr: Translate = identity) -> str:
    """One sentence: the equipment share against the guideline, what 20 % would mean, the source."""
    verdict = say(phrases.EQUIPMENT_MEETS if eq["meets_guideline"] else phrases.EQUIPMENT_BELOW, tr)
    money = eq["money_at_guideline_bn"]
    return say(phrases.EQUIPMENT_LINE, tr).format(
        eq["latest_equipment_share_pct"],
        _year_label(eq, eq["latest_year"]),
        verdict,
        eq["guideline_pct"],
        phrases.money(money[0], currency),  # Montenegro's 31 m EUR, Poland's 30.0 bn PLN
        phrases.money(money[-1], currency),
        eq["source"],
    )


def personnel_text(eq: dict[str, Any], tr: Translate = identity) -> str | None:
    """Personnel's share in the latest year that has one, or ``None``."""
    known = [
        (y, v) for y, v in zip(eq["years"], eq["personnel_share_pct"], strict=True) if v is not None
    ]
    if not known:
        return None
    year, value = known[-1]
    return say(phrases.EQUIPMENT_PERSONNEL, tr).format(value, _year_label(eq, year))


def _year_label(eq: dict[str, Any], year: int) -> str:
    """``2024e`` for a NATO estimate (NATO's own mark), else ``2023``."""
    statuses = dict(zip(eq["years"], eq.get("status", []), strict=False))
    return f"{year}e" if statuses.get(year) == "estimate" else str(year)


# ------------------------------------------------------------------------------ reports
@dataclass(frozen=True)
class VintageComparison:
    """A report's scenario (A) beside the same scenario on another dataset or edition (B).

    ``rows`` are :func:`diff_rows` of the two, the same as ``budget-calculator diff`` and the
    window's Vintages view show; ``notes`` say what had to change for B (:func:`fit_scenario`).
    """

    ds_a: Dataset
    proj_a: Projection
    ds_b: Dataset
    proj_b: Projection
    rows: tuple[dict[str, Any], ...]
    notes: tuple[str, ...] = ()

    @property
    def ref_a(self) -> str:
        """``ID@EDITION`` of A."""
        return f"{self.ds_a.id}@{self.proj_a.scenario.nato_edition}"

    @property
    def ref_b(self) -> str:
        """``ID@EDITION`` of B."""
        return f"{self.ds_b.id}@{self.proj_b.scenario.nato_edition}"


def compare_vintages(
    ds_a: Dataset,
    proj_a: Projection,
    ds_b: Dataset,
    edition_b: str | None = None,
    tr: Translate = identity,
) -> VintageComparison:
    """Re-run ``proj_a``'s scenario on ``ds_b`` (at ``edition_b``) and say what moved.

    Raises :class:`ProjectionError` if ``ds_b`` cannot project the scenario even after the
    fall-backs of :func:`fit_scenario`.
    """
    fitted = fit_scenario(ds_b, proj_a.scenario, edition_b, tr)
    rows = tuple(diff_rows(proj_a, fitted.projection, tr))
    return VintageComparison(ds_a, proj_a, ds_b, fitted.projection, rows, fitted.notes)


def vintages_headers(v: VintageComparison, tr: Translate = identity) -> list[str]:
    """The table's column headers: ``What``, ``A: NATO August 2025``, ``B: …``, ``B − A``."""
    what, a, b, change = (say(h, tr) for h in phrases.VINTAGES_COLUMNS)
    name_a = dataset_name(v.ds_a, v.proj_a.scenario.nato_edition, tr)
    name_b = dataset_name(v.ds_b, v.proj_b.scenario.nato_edition, tr)
    if name_a == name_b:  # two datasets of one release: bundled, or the imported one's id
        name_a = f"{name_a} ({short_name(v.ds_a, tr)})"
        name_b = f"{name_b} ({short_name(v.ds_b, tr)})"
        if name_a == name_b:  # one dataset twice (two editions named alike): ID@EDITION
            name_a, name_b = v.ref_a, v.ref_b
    return [what, a.format(name_a), b.format(name_b), change]


def vintages_intro(v: VintageComparison, tr: Translate = identity) -> str:
    """``Poland: the same scenario on two datasets. A (the figures of this report): …``."""
    c = v.proj_a.country
    return say(phrases.VINTAGES_INTRO, tr).format(
        locales.ally_name(c.iso3, c.name),
        run_label(v.ds_a, v.proj_a, tr),
        run_label(v.ds_b, v.proj_b, tr),
    )


def vintages_json(v: VintageComparison) -> dict[str, Any]:
    """The ``vintages`` object of a JSON report: both runs and the rows, as ``diff`` writes them."""

    def side(ds: Dataset, proj: Projection, ref: str) -> dict[str, Any]:
        edition = proj.scenario.nato_edition
        return {
            "ref": ref,
            "edition": edition,
            "name": dataset_name(ds, edition),
            "base_year": proj.base_year,
            **dataset_info(ds),
        }

    return {
        "vintages": {
            "a": side(v.ds_a, v.proj_a, v.ref_a),
            "b": side(v.ds_b, v.proj_b, v.ref_b),
            "rows": [dict(r) for r in v.rows],
            "notes": list(v.notes),
            "assumptions_b": v.proj_b.scenario.model_dump(mode="json"),
        }
    }


def equipment_rows(eq: dict[str, Any], proj: Projection) -> list[dict[str, Any]]:
    """One row a year from NATO's first Table 8a year to the horizon, for the brief and workbook.

    Keys: ``year``, ``label`` (``2024e`` for an estimate), ``equipment_share_pct`` and
    ``personnel_share_pct`` (published years, else ``None``), ``core_bn`` and
    ``guideline_bn`` (20 % of it; projected years, else ``None``).
    """
    shares = dict(zip(eq["years"], eq["equipment_share_pct"], strict=True))
    personnel = dict(zip(eq["years"], eq["personnel_share_pct"], strict=True))
    status = dict(zip(eq["years"], eq["status"], strict=True))
    years = [int(y) for y in proj.years]
    money = dict(zip(years, (float(v) for v in proj.core_bn), strict=True))
    guideline = dict(zip(years, eq["money_at_guideline_bn"], strict=True))
    rows = []
    for year in range(min(eq["years"][0], years[0]), years[-1] + 1):
        if year not in shares and year not in money:
            continue
        estimate = status.get(year) == "estimate"
        rows.append(
            {
                "year": year,
                "label": f"{year}e" if estimate else str(year),
                "equipment_share_pct": shares.get(year),
                "personnel_share_pct": personnel.get(year),
                "core_bn": money.get(year),
                "guideline_bn": guideline.get(year),
            }
        )
    return rows
