"""Storage test set-up: the bundled dataset, loaded once."""

import pytest

from calculator.core.dataset import Dataset
from calculator.storage import bundled_dataset


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return bundled_dataset()
