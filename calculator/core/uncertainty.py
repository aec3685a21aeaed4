"""Uncertainty: shocks to real growth and inflation, their model, and summaries of N draws.

The shock model (the model card says it in five lines): each series' deviation from the
economy path follows an AR(1), u_t = ρ u_{t-1} + ε_t with ε_t ~ N(0, σ²), u_B = 0, and the
two innovations are correlated (corr). ρ, σ and the correlation are estimated from the ally's
own IMF history (2014–2024; 2020–2021 left out by default) or set by the user. Draws are
seeded, so the same seed gives the same numbers. Everything is vectorised over the draws.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, Dataset

Array = npt.NDArray[np.float64]

HISTORY_FIRST = 2014
HISTORY_LAST = 2024
DEFAULT_EXCLUDED = (2020, 2021)
DEFAULT_DRAWS = 10_000
MAX_DRAWS = 200_000
PERCENTILES = (5, 10, 50, 90, 95)


@dataclass(frozen=True)
class ShockModel:
    """AR(1) shocks to real growth (g) and inflation (p), in percentage points."""

    rho_growth: float
    sigma_growth: float
    rho_inflation: float
    sigma_inflation: float
    correlation: float
    estimated_from: tuple[int, ...] = ()  # years used, () when the user set the values
    draws: int = DEFAULT_DRAWS
    seed: int = 0

    def lines(self) -> tuple[str, ...]:
        """The model card's facts (numbers only; the phrasebook words them)."""
        return (
            "AR(1) shocks to real growth and GDP-deflator inflation around the economy path",
            self._period(),
            f"real growth: rho {self.rho_growth:.2f}, sigma {self.sigma_growth:.2f} pp",
            f"inflation: rho {self.rho_inflation:.2f}, sigma {self.sigma_inflation:.2f} pp; "
            f"correlation {self.correlation:.2f}",
            f"{self.draws:,} draws, seed {self.seed}",
        )

    def _period(self) -> str:
        if not self.estimated_from:
            return "rho, sigma and the correlation set by the user"
        years = self.estimated_from
        left_out = sorted(set(range(min(years), max(years) + 1)) - set(years))
        gap = f" without {', '.join(map(str, left_out))}" if left_out else ""
        return f"estimated from IMF history {min(years)}-{max(years)}{gap}"


def fit_ar1(values: Array, keep: npt.NDArray[np.bool_]) -> tuple[float, float, float, Array]:
    """Fit x_t − μ = ρ (x_{t−1} − μ) + ε on the consecutive pairs where both years are kept.

    Returns (ρ, σ, μ, residuals aligned to t, NaN where not fitted). ρ is clipped to
    [−0.95, 0.95] so that a short sample cannot give an explosive process.
    """
    mu = float(np.mean(values[keep]))
    x = values - mu
    pair = keep[1:] & keep[:-1]
    prev, curr = x[:-1][pair], x[1:][pair]
    denom = float(np.dot(prev, prev))
    rho = float(np.dot(prev, curr) / denom) if denom > 0 else 0.0
    rho = min(max(rho, -0.95), 0.95)
    resid = np.full(len(values), math.nan)
    resid[1:][pair] = curr - rho * prev
    fitted = resid[~np.isnan(resid)]
    sigma = float(np.sqrt(np.mean(fitted**2))) if fitted.size else 0.0
    return rho, sigma, mu, resid


def estimate_model(
    ds: Dataset,
    iso3: str,
    *,
    exclude: Iterable[int] = DEFAULT_EXCLUDED,
    draws: int = DEFAULT_DRAWS,
    seed: int = 0,
) -> ShockModel:
    """ρ, σ and the correlation from the ally's IMF history (real growth and deflator inflation)."""
    years = np.arange(HISTORY_FIRST, HISTORY_LAST + 1)
    idx = years - FIRST_YEAR
    g = ds.imf_array(iso3, "NGDP_RPCH")[idx]
    defl = ds.imf_array(iso3, "NGDP_D")
    p = np.full(len(years), math.nan)
    p[1:] = 100.0 * (defl[idx[1:]] / defl[idx[1:] - 1] - 1.0)
    excluded = set(exclude)
    keep = np.array([y not in excluded for y in years]) & ~np.isnan(g) & ~np.isnan(p)
    rho_g, sigma_g, _, res_g = fit_ar1(g, keep)
    rho_p, sigma_p, _, res_p = fit_ar1(p, keep)
    both = ~np.isnan(res_g) & ~np.isnan(res_p)
    corr = 0.0
    if both.sum() > 2 and sigma_g > 0 and sigma_p > 0:
        corr = float(np.corrcoef(res_g[both], res_p[both])[0, 1])
    return ShockModel(
        rho_g, sigma_g, rho_p, sigma_p, corr, tuple(int(y) for y in years[keep]), draws, seed
    )


def draw_shocks(model: ShockModel, n_years: int) -> tuple[Array, Array]:
    """Shocks (draws, n_years) to g and p; column 0 (the base year) is 0.

    The innovations are drawn once for all draws and years (one call per series), then the
    AR(1) runs over years, vectorised over draws.
    """
    rng = np.random.default_rng(model.seed)
    z = rng.standard_normal((2, model.draws, n_years))
    c = min(max(model.correlation, -1.0), 1.0)
    eps_g = model.sigma_growth * z[0]
    eps_p = model.sigma_inflation * (c * z[0] + math.sqrt(1.0 - c * c) * z[1])
    return _ar1(eps_g, model.rho_growth), _ar1(eps_p, model.rho_inflation)


def _ar1(eps: Array, rho: float) -> Array:
    out = np.zeros_like(eps)
    for t in range(1, eps.shape[1]):
        out[:, t] = rho * out[:, t - 1] + eps[:, t]
    return out


def percentile_bands(values: Array) -> dict[int, Array]:
    """The 5/10/50/90/95 percentiles over draws (axis 0), per year."""
    qs = np.percentile(values, PERCENTILES, axis=0)
    return {p: qs[k] for k, p in enumerate(PERCENTILES)}


def crossing_years(share: Array, value_pct: float, first_year: int) -> npt.NDArray[np.int_]:
    """Per draw, the first year after the base year with share ≥ value (−1 if never).

    A draw already at or above the value in the base year crosses in the base year.
    """
    at = share >= value_pct - 1e-9
    idx = np.where(at[:, 0], 0, np.argmax(at, axis=1))
    never = ~at.any(axis=1)
    out = first_year + idx
    out[never] = -1
    return out.astype(int)


def probability_by(crossed: npt.NDArray[np.int_], year: int) -> float:
    """Share of draws that reached the value by ``year`` (crossing years from :func:`crossing_years`)."""
    if crossed.size == 0:
        return math.nan
    return float(np.mean((crossed >= 0) & (crossed <= year)))
