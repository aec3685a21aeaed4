"""The frozen, validated scenario: every assumption a user can change.

A change makes a new value, ``Scenario.model_validate(old.model_dump() | changes)``, so every
scenario that exists has passed validation. Bounds are stated once here and appear in the
messages users see (see :func:`describe_validation_error`).
"""

from __future__ import annotations

import itertools
import types
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

MIN_YEAR = 2014
MAX_HORIZON = 2050
DEFAULT_HORIZON = 2035
HAGUE_YEAR = 2035
REVIEW_YEAR = 2029
RELATED_CAP_PCT = 1.5

SharePct = Annotated[float, Field(ge=0.0, le=20.0, allow_inf_nan=False)]
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_HORIZON)]


class Frozen(BaseModel):
    """Base for immutable, strictly validated value objects."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    def evolve(self, **changes: Any) -> Self:
        """Return a validated copy with ``changes`` applied (never skips validation)."""
        return type(self).model_validate(self.model_dump() | changes)


class EconomyPreset(StrEnum):
    """Where real growth and inflation come from."""

    IMF = "imf"
    CONSTANT = "constant"


class SpendingMode(StrEnum):
    """How core defence spending evolves after the base year."""

    CONSTANT_SHARE = "constant_share"
    GROWTH = "growth"
    GLIDE = "glide"
    INCREMENT = "increment"
    CUSTOM = "custom"


class RelatedMode(StrEnum):
    """How defence- and security-related spending (the 1.5 % track) evolves."""

    CONSTANT = "constant"
    GLIDE = "glide"


class BaseSource(StrEnum):
    """Where the base-year core spending D_B comes from."""

    NATO_SHARE = "nato_share"  # NATO's share × IMF GDP (the default)
    USER_SHARE = "user_share"  # the user's share of GDP ("user's figure")
    USER_AMOUNT = "user_amount"  # the user's amount, bn national currency ("user's figure")
    NATO_SPENDING = "nato_spending"  # NATO's published national-currency spending


class Prices(StrEnum):
    """Money in current prices or in constant prices of the base year."""

    CURRENT = "current"
    CONSTANT = "constant"


class Currency(StrEnum):
    """The currency money is shown in (national, or converted at IMF implied rates)."""

    NATIONAL = "national"
    USD = "USD"
    EUR = "EUR"


class Baseline(StrEnum):
    """What extra spending is measured against."""

    CONSTANT_SHARE = "constant_share"
    CASH_FREEZE = "cash_freeze"
    REAL_FREEZE = "real_freeze"
    OWN_PATH = "own_path"  # the user's per-year amounts (e.g. the government's current plan)


class Measure(StrEnum):
    """Which share a threshold tests."""

    CORE = "core"
    TOTAL = "total"


class YearOverride(Frozen):
    """Replace the real growth and/or inflation of one year."""

    year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)]
    real_growth_pct: Annotated[float, Field(ge=-15.0, le=15.0, allow_inf_nan=False)] | None = None
    inflation_pct: Annotated[float, Field(ge=-5.0, le=50.0, allow_inf_nan=False)] | None = None


class GdpLevel(Frozen):
    """A nominal GDP level the user gives for one year (bn national currency, current prices)."""

    year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)]
    gdp_bn: Annotated[float, Field(gt=0.0, le=1e9, allow_inf_nan=False)]


class Economy(Frozen):
    """The GDP path: a preset, uniform adjustments in points, and per-year overrides.

    With the constant preset, ``real_growth_from_imf`` / ``inflation_from_imf`` keep that one
    rate on its IMF path (the user gave only the other). ``gdp_path`` fixes nominal GDP in some
    years (constant nominal growth between given years and from the base year to the first;
    after the last the preset's growth continues); ``gdp_source`` names the forecast.
    """

    preset: EconomyPreset = EconomyPreset.IMF
    real_growth_pct: Annotated[float, Field(ge=-15.0, le=15.0, allow_inf_nan=False)] = 1.5
    inflation_pct: Annotated[float, Field(ge=-5.0, le=50.0, allow_inf_nan=False)] = 2.0
    growth_adjust_pp: Annotated[float, Field(ge=-10.0, le=10.0, allow_inf_nan=False)] = 0.0
    inflation_adjust_pp: Annotated[float, Field(ge=-10.0, le=10.0, allow_inf_nan=False)] = 0.0
    overrides: tuple[YearOverride, ...] = ()
    real_growth_from_imf: bool = False
    inflation_from_imf: bool = False
    gdp_path: Annotated[tuple[GdpLevel, ...], Field(max_length=40)] = ()
    gdp_source: Annotated[str, Field(max_length=200)] = ""

    @model_validator(mode="after")
    def _unique_override_years(self) -> Self:
        years = [o.year for o in self.overrides]
        if len(years) != len(set(years)):
            raise ValueError("overrides: each year may appear only once")
        gdp_years = [g.year for g in self.gdp_path]
        if any(b <= a for a, b in itertools.pairwise(gdp_years)):
            raise ValueError("gdp_path: the years must be increasing, each given once")
        return self


class CustomPoint(Frozen):
    """A user-fixed point of the custom path: a share of GDP or an amount for one year."""

    year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)]
    share_pct: SharePct | None = None
    amount_bn: Annotated[float, Field(ge=0.0, le=1e7, allow_inf_nan=False)] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        if (self.share_pct is None) == (self.amount_bn is None):
            raise ValueError("custom point: give exactly one of share_pct or amount_bn")
        return self


class CoreSpending(Frozen):
    """The core defence spending path (NATO's definition of defence expenditure)."""

    mode: SpendingMode = SpendingMode.CONSTANT_SHARE
    growth_pct: Annotated[float, Field(ge=-50.0, le=100.0, allow_inf_nan=False)] = 5.0
    growth_real: bool = False
    glide_target_pct: SharePct = 3.5
    glide_year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)] = HAGUE_YEAR
    increment_bn: Annotated[float, Field(ge=-1e6, le=1e6, allow_inf_nan=False)] = 1.0
    custom_points: tuple[CustomPoint, ...] = ()
    glide_floor: bool = True  # "never below the current share": a glide path never cuts
    base_source: BaseSource = BaseSource.NATO_SHARE
    base_share_pct: SharePct = 2.0  # used with base_source "user_share"
    base_amount_bn: Annotated[float, Field(gt=0.0, le=1e7, allow_inf_nan=False)] = 1.0

    @model_validator(mode="after")
    def _unique_points(self) -> Self:
        years = [p.year for p in self.custom_points]
        if len(years) != len(set(years)):
            raise ValueError("custom_points: each year may appear only once")
        return self


class RelatedSpending(Frozen):
    """Defence- and security-related spending, counted up to ``cap_pct`` of GDP."""

    mode: RelatedMode = RelatedMode.CONSTANT
    share_pct: SharePct = 0.0
    glide_target_pct: SharePct = 1.5
    glide_year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)] = HAGUE_YEAR
    cap_pct: Annotated[float, Field(ge=0.0, le=5.0, allow_inf_nan=False)] = RELATED_CAP_PCT


class Threshold(Frozen):
    """A level of spending to test: value, measure, target year and label."""

    value_pct: Annotated[float, Field(gt=0.0, le=20.0, allow_inf_nan=False)]
    measure: Measure = Measure.CORE
    target_year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)] = HAGUE_YEAR
    label: Annotated[str, Field(max_length=80)] = ""
    enabled: bool = True

    @property
    def display_label(self) -> str:
        """The label, or a generated one such as ``3.5% core``."""
        return self.label or f"{self.value_pct:g}% {self.measure.value}"


class YearAmount(Frozen):
    """An amount of core spending in one year (bn national currency, current prices)."""

    year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)]
    amount_bn: Annotated[float, Field(ge=0.0, le=1e7, allow_inf_nan=False)]


class MoneyView(Frozen):
    """How money is shown: prices (current or base-year) and currency (national, USD, EUR)."""

    prices: Prices = Prices.CURRENT
    currency: Currency = Currency.NATIONAL


class ExtraSpending(Frozen):
    """Extra core spending against a baseline, summed over a window of years.

    ``baseline_path`` (with ``baseline`` "own_path"): the counterfactual's amounts for some years,
    straight lines between them from the base-year spending, the last one held.
    ``window_start``/``window_end`` default to B+1 and min(2035, horizon).
    """

    baseline: Baseline = Baseline.CONSTANT_SHARE
    baseline_path: Annotated[tuple[YearAmount, ...], Field(max_length=60)] = ()
    baseline_name: Annotated[str, Field(max_length=200)] = ""
    window_start: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)] | None = None
    window_end: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        years = [a.year for a in self.baseline_path]
        if len(years) != len(set(years)):
            raise ValueError("baseline_path: each year may appear only once")
        if self.baseline is Baseline.OWN_PATH and not years:
            raise ValueError("baseline_path: an own baseline needs at least one year's amount")
        if (
            self.window_start is not None
            and self.window_end is not None
            and self.window_end < self.window_start
        ):
            raise ValueError(
                f"window_end: {self.window_end} is before the window's start {self.window_start}"
            )
        return self


class Claim(Frozen):
    """A published claim to check: "``amount_bn`` is ``share_pct`` % of GDP in ``year``"."""

    amount_bn: Annotated[float, Field(gt=0.0, le=1e7, allow_inf_nan=False)]
    share_pct: Annotated[float, Field(gt=0.0, le=20.0, allow_inf_nan=False)]
    year: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)]


# "Spain's position" is context for every ally (Spain's stated 2.1 %), not the ally's own claim.
# Labels are free text: a scenario file saved with the old default "Spain's claim" keeps it.
DEFAULT_THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(value_pct=2.1, measure=Measure.CORE, label="Spain's position"),
    Threshold(value_pct=3.5, measure=Measure.CORE, label="Hague core, 2035"),
    Threshold(value_pct=5.0, measure=Measure.TOTAL, label="Hague total, 2035"),
)
WALES_THRESHOLD = Threshold(value_pct=2.0, measure=Measure.CORE, label="Wales 2014", enabled=False)


class Scenario(Frozen):
    """Everything that defines one projection. Frozen; build changes with :meth:`evolve`."""

    name: Annotated[str, Field(max_length=200)] = ""
    notes: Annotated[str, Field(max_length=20000)] = ""
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$|^NATO_[A-Z_]+$")] = "ESP"
    nato_edition: Annotated[str, Field(pattern=r"^20[0-9]{2}$")] = "2026"  # imported editions too
    base_year: Annotated[int, Field(ge=MIN_YEAR, le=MAX_HORIZON - 1)] | None = None
    horizon: Annotated[int, Field(ge=MIN_YEAR + 1, le=MAX_HORIZON)] = DEFAULT_HORIZON
    economy: Economy = Economy()
    core: CoreSpending = CoreSpending()
    related: RelatedSpending = RelatedSpending()
    thresholds: Annotated[tuple[Threshold, ...], Field(max_length=12)] = DEFAULT_THRESHOLDS
    money: MoneyView = MoneyView()
    extra: ExtraSpending = ExtraSpending()
    claim: Claim | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _upper_country(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _years_in_order(self) -> Self:
        if self.base_year is not None and self.horizon <= self.base_year:
            raise ValueError(
                f"horizon: {self.horizon} must be after the base year "
                f"{self.base_year}; allowed {self.base_year + 1} to {MAX_HORIZON}"
            )
        return self


def describe_validation_error(exc: ValidationError, model: type[BaseModel] = Scenario) -> str:
    """One line naming the first bad field and its allowed range, for users (CLI, dialogs)."""
    err = exc.errors()[0]
    parts = [p for p in err["loc"] if not isinstance(p, int)]
    loc = ".".join(_loc_part(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    got = err.get("input")
    lo, hi, strict = field_range(model, [str(p) for p in parts])
    where = f"{loc}: " if loc else ""
    if err["type"] in _RANGE_ERRORS and (lo is not None or hi is not None):
        return f"{where}{_fmt(got)} is out of range; allowed {_range_text(lo, hi, strict)}"
    if err["type"] in {"float_parsing", "int_parsing", "float_type", "int_type", "int_from_float"}:
        allowed = _range_text(lo, hi, strict)
        return f"{where}{_fmt(got)} is not a number" + (f"; allowed {allowed}" if allowed else "")
    if err["type"] == "enum":
        return f"{where}{_fmt(got)} is not allowed; {msg[0].lower()}{msg[1:]}"
    return f"{where}{msg}"


_RANGE_ERRORS = {
    "greater_than",
    "greater_than_equal",
    "less_than",
    "less_than_equal",
    "too_long",
    "too_short",
    "string_too_long",
}


def _loc_part(part: object) -> str:
    """A field name for a message: a name a file made up is quoted and cut (one line)."""
    text = str(part)
    return text if text.isidentifier() or text.isdigit() else _fmt(text, 30)


def _fmt(value: object, limit: int = 60) -> str:
    """A bad value for a one-line message, cut to ``limit`` characters with "…"."""
    if isinstance(value, float):
        return f"{value:g}"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _range_text(lo: float | None, hi: float | None, strict_lo: bool = False) -> str:
    if lo is not None and hi is not None:
        return f"more than {lo:g} up to {hi:g}" if strict_lo else f"{lo:g} to {hi:g}"
    if lo is not None:
        return f"{'more than' if strict_lo else 'at least'} {lo:g}"
    if hi is not None:
        return f"at most {hi:g}"
    return ""


def field_range(model: type[BaseModel], path: list[str]) -> tuple[float | None, float | None, bool]:
    """The (lower, upper, lower-is-strict) bounds declared for a nested field."""
    current: Any = model
    metadata: list[Any] = []
    for name in path:
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None, None, False
        info = current.model_fields.get(name)
        if info is None:
            return None, None, False
        metadata = list(info.metadata)
        current, extra = _unwrap(info.annotation)
        metadata += extra
    lo = hi = None
    strict = False
    for m in metadata:
        if lo is None and getattr(m, "gt", None) is not None:
            lo, strict = m.gt, True
        elif lo is None and getattr(m, "ge", None) is not None:
            lo = m.ge
        hi = getattr(m, "le", getattr(m, "lt", hi)) if hi is None else hi
    return lo, hi, strict


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """Strip Optional/tuple/Annotated to the inner type, collecting constraint metadata."""
    import typing

    extra: list[Any] = []
    for _ in range(6):
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            annotation, extra = args[0], extra + list(args[1:])
        elif origin in (typing.Union, types.UnionType, tuple):
            inner = [a for a in args if a is not type(None) and a is not Ellipsis]
            if len(inner) != 1:
                break
            annotation = inner[0]
        else:
            break
    return annotation, [m for e in extra for m in (getattr(e, "metadata", None) or [e])]
