"""Allies by the names people type: English, French, Spanish and common aliases."""

import pytest

from calculator.storage import bundled_dataset


@pytest.fixture(scope="module")
def ds():
    return bundled_dataset()


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("turquia", "TUR"),
        ("UK", "GBR"),
        ("USA", "USA"),
        ("U.S.", "USA"),
        ("Holland", "NLD"),
        ("Pays-Bas", "NLD"),
        ("Países Bajos", "NLD"),
        ("Allemagne", "DEU"),
        ("España", "ESP"),
        ("esp", "ESP"),
        ("czech republic", "CZE"),
    ],
)
def test_country_by_alias(ds, text, iso3):
    assert ds.country(text).iso3 == iso3


def test_find_country_takes_the_first_partial_match(ds):
    assert ds.find_country("pol").iso3 == "POL"
    assert ds.find_country("allem").iso3 == "DEU"
    assert ds.find_country("Narnia") is None
    with pytest.raises(KeyError):
        ds.country("Narnia")
