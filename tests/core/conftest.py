"""Fixtures for the Qt-free core tests: the bundled dataset (loaded once) and hand calculations.

The helpers in :class:`Hand` recompute DESIGN.md section 4 from the raw IMF and NATO figures,
one year at a time in plain Python, so that the engine's numpy arithmetic is checked against an
independent implementation of the written formulas rather than against itself.
"""

from __future__ import annotations

import math

import pytest

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.storage import bundled_dataset

IMF_LAST = 2030
END = 2050


class Hand:
    """Hand calculations straight from DESIGN.md section 4, using the raw published figures."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds

    def imf(self, iso3: str, indicator: str, year: int) -> float:
        """One IMF WEO figure as published."""
        return self.ds.imf_series(iso3, indicator)[year].value

    def share(self, iso3: str, year: int, edition: str = "2026") -> float:
        """NATO's share of GDP (%) as published."""
        return self.ds.nato_share(iso3, edition)[year].value

    def imf_g(self, iso3: str, year: int) -> float:
        """IMF baseline real growth g_t: NGDP_RPCH_t, held at 2030 after 2030."""
        return self.imf(iso3, "NGDP_RPCH", min(year, IMF_LAST))

    def imf_p(self, iso3: str, year: int) -> float:
        """IMF baseline inflation p_t = 100 (NGDP_D_t / NGDP_D_{t-1} - 1), held after 2030."""
        y = min(year, IMF_LAST)
        return 100.0 * (self.imf(iso3, "NGDP_D", y) / self.imf(iso3, "NGDP_D", y - 1) - 1.0)

    def gdp_path(
        self, iso3: str, base: int, g: dict[int, float], p: dict[int, float], last: int = END
    ) -> dict[int, float]:
        """GDP_t = GDP_{t-1} (1 + g_t/100)(1 + p_t/100) from IMF NGDP_B."""
        gdp = {base: self.imf(iso3, "NGDP", base)}
        for t in range(base + 1, last + 1):
            gdp[t] = gdp[t - 1] * (1.0 + g[t] / 100.0) * (1.0 + p[t] / 100.0)
        return gdp

    def imf_rates(
        self, iso3: str, base: int, last: int = END
    ) -> tuple[dict[int, float], dict[int, float]]:
        """The IMF baseline g_t and p_t for t = B+1..last."""
        years = range(base + 1, last + 1)
        return ({t: self.imf_g(iso3, t) for t in years}, {t: self.imf_p(iso3, t) for t in years})

    def imf_gdp(self, iso3: str, base: int, last: int = END) -> dict[int, float]:
        """GDP under the IMF baseline preset."""
        g, p = self.imf_rates(iso3, base, last)
        return self.gdp_path(iso3, base, g, p, last)

    def constant_gdp(
        self, iso3: str, base: int, g: float, p: float, last: int = END
    ) -> dict[int, float]:
        """GDP under the constant preset: GDP_B ((1 + g/100)(1 + p/100))^(t - B)."""
        gdp_b = self.imf(iso3, "NGDP", base)
        return {
            t: gdp_b * ((1.0 + g / 100.0) * (1.0 + p / 100.0)) ** (t - base)
            for t in range(base, last + 1)
        }

    @staticmethod
    def first_year_reached(
        years: list[int], share: list[float], value: float
    ) -> tuple[int | None, bool]:
        """DESIGN.md's year_reached and already_met, written out literally."""
        if share[0] >= value - 1e-9:
            return years[0], True
        for t, s in zip(years[1:], share[1:], strict=True):
            if s >= value - 1e-9:
                return t, False
        return None, False

    @staticmethod
    def log_crossing_year(
        share_last: float, value: float, ratio: float, last_year: int = END
    ) -> int:
        """First year after ``last_year`` when share_last * ratio^k reaches value, using logs."""
        return last_year + math.ceil(math.log(value / share_last) / math.log(ratio))


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return bundled_dataset()


@pytest.fixture(scope="session")
def hand(ds: Dataset) -> Hand:
    return Hand(ds)


@pytest.fixture(scope="session")
def spain() -> Scenario:
    """Spain with every default: IMF baseline, constant share, base year 2026e, horizon 2035."""
    return Scenario(country="ESP")
