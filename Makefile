# Two commands on a fresh machine: `make run` opens the app, `make test` runs every check.
# Each target creates .venv if needed and installs only when pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORE_VENV := .venv-core
CORE_STAMP := $(CORE_VENV)/.installed
PIP_FLAGS := --disable-pip-version-check --quiet
export PIP_NO_INPUT := 1

.PHONY: run test lint bench core-test screenshot dataset translations clean sysdeps sysdeps-window

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; found " + sys.version.split()[0])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing the app and its test tools into $(VENV)..."
	@$(PY) -m pip install $(PIP_FLAGS) -e ".[test]" 2>&1 | grep -v "is ignored" || true
	@$(PY) -c "import calculator, PySide6, pyqtgraph, pytest" || (echo "Installation failed" && exit 1)
	@touch $(STAMP)

# The core's tests in a venv without Qt: proves calculator.core never needs PySide6.
$(CORE_STAMP): pyproject.toml
	@test -x $(CORE_VENV)/bin/python || $(PYTHON) -m venv $(CORE_VENV)
	@$(CORE_VENV)/bin/python -m pip install $(PIP_FLAGS) "numpy>=1.26" "pydantic>=2.7" "pytest>=8" "hypothesis>=6.100" 2>&1 | grep -v "is ignored" || true
	@$(CORE_VENV)/bin/python -m pip install $(PIP_FLAGS) --no-deps -e . 2>&1 | grep -v "is ignored" || true
	@touch $(CORE_STAMP)

sysdeps:
	@bash packaging/system_deps.sh offscreen

sysdeps-window:
	@bash packaging/system_deps.sh window

run: $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		bash packaging/system_deps.sh window && $(VENV)/bin/budget-calculator; \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset)."; \
		echo "Rendering the window under Xvfb to out/screenshot.png and printing the default projection instead."; \
		bash packaging/system_deps.sh window || exit 1; \
		mkdir -p out; \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(VENV)/bin/budget-calculator --screenshot out/screenshot.png \
			&& echo "Saved out/screenshot.png (open it with any image viewer)."; \
		echo; $(VENV)/bin/budget-calculator project; \
	fi

lint: $(STAMP)
	@echo "== ruff"; $(VENV)/bin/ruff check calculator tests packaging && $(VENV)/bin/ruff format --check calculator tests packaging
	@echo "== mypy (strict on calculator.core)"; $(VENV)/bin/mypy
	@echo "== import contracts"; $(VENV)/bin/lint-imports

core-test: $(CORE_STAMP)
	@echo "== core tests without Qt installed"
	@! $(CORE_VENV)/bin/python -c "import PySide6" 2>/dev/null || (echo "PySide6 must not be in $(CORE_VENV)" && exit 1)
	@$(CORE_VENV)/bin/python -m pytest -q -c tests/core/pytest-core.ini --rootdir=. tests/core tests/storage

test: $(STAMP) sysdeps lint core-test
	@echo "== whole suite (offscreen Qt)"
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) sysdeps
	@QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench.py

screenshot: $(STAMP) sysdeps
	@mkdir -p out && QT_QPA_PLATFORM=offscreen $(VENV)/bin/budget-calculator --screenshot out/screenshot.png && echo out/screenshot.png

# Extract tr() strings into resources/translations/*.ts and compile them to .qm (not committed).
translations: $(STAMP)
	@$(VENV)/bin/pyside6-lupdate calculator/gui/*.py calculator/gui/*/*.py -ts resources/translations/calculator_fr.ts
	@$(VENV)/bin/pyside6-lrelease resources/translations/*.ts

# Rebuild resources/data from ../shared/data (the committed files are its output).
dataset:
	@$(PYTHON) packaging/build_dataset.py

clean:
	rm -rf $(VENV) $(CORE_VENV) out .pytest_cache .mypy_cache .ruff_cache .hypothesis
