"""Command-line test set-up: the user data folder (active dataset, imports) is a temp folder."""

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _user_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(folder))
    return folder
