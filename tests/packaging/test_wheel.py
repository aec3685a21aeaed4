"""The built wheel is a working app: data, fonts and translations ship inside the package.

Builds the wheel from this checkout, installs it into a fresh virtual environment outside the
checkout (the dependencies are borrowed from the test environment through a path file, so no
download is needed), and runs the commands from another folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_for_the_wheel():
    """pyproject.toml lists the packages by name: a new subpackage must be added there."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "calculator").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert listed - {"calculator.bundled"} == on_disk
    assert config["tool"]["setuptools"]["package-dir"]["calculator.bundled"] == "resources"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with only the built wheel installed in it."""
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        cwd=work,
        capture_output=True,
        text=True,
    )
    wheel = next(dist.glob("*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    target = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The wheel itself, unpacked by this environment's pip into the new venv's site-packages.
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", target, str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    # Dependencies (numpy, PySide6, …) from the test environment, behind the wheel's own files.
    # The test environment's editable install of the app is not seen: path files inside a
    # directory added this way are not processed.
    deps = sysconfig.get_paths()["purelib"]
    (Path(target) / "zz_test_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    return env_dir


def _run(env_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    py = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUDGET_CALCULATOR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(py), "-c", "import sys; from calculator.cli import main; sys.exit(main())", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_installed_wheel_runs_from_another_folder(installed, tmp_path):
    where = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import calculator, calculator.resources as r; print(calculator.__file__); "
            "print(r.resources_dir())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert str(installed) in where[0], "the app must come from the wheel, not the checkout"
    assert where[1].endswith(os.path.join("calculator", "bundled"))

    done = _run(installed, tmp_path, "project", "--country", "ESP", "--format", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["country"]["iso3"] == "ESP"
    assert doc["dataset"]["id"]

    # Help ▸ User guide ships in every language, with its pictures
    guide = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import calculator.resources as r; g = r.resources_dir() / 'guide'; "
            "print(sorted(p.name for p in g.glob('guide_*.md'))); "
            "print(len(list(g.rglob('*.png'))))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert guide[0] == str([f"guide_{lang}.md" for lang in ("de", "en", "es", "fr", "nl")])
    assert int(guide[1]) == len(list((ROOT / "resources" / "guide").rglob("*.png")))

    done = _run(installed, tmp_path, "report", "--country", "ESP", "-o", "x.pdf")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
