# Two commands on a fresh machine: `make run` opens the app, `make test` runs every check.
# Each target creates .venv if needed and installs only when pyproject.toml changed.

PYTHON ?= python3
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORE_VENV := .venv-core
CORE_STAMP := $(CORE_VENV)/.installed
PIP_FLAGS := --disable-pip-version-check --quiet
export PIP_NO_INPUT := 1

.PHONY: help run test lint bench bench-bundle core-test screenshot guide dataset translations clean sysdeps sysdeps-window package

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
	@# The app's Qt-free dependencies (pyproject.toml minus PySide6 and pyqtgraph) and pytest.
	@$(CORE_VENV)/bin/python -m pip install $(PIP_FLAGS) "numpy>=1.26" "pydantic>=2.7" "platformdirs>=4.2" \
		"XlsxWriter>=3.1" "openpyxl>=3.1" "pytest>=8" "hypothesis>=6.100" 2>&1 | grep -v "is ignored" || true
	@$(CORE_VENV)/bin/python -m pip install $(PIP_FLAGS) --no-deps -e . 2>&1 | grep -v "is ignored" || true
	@touch $(CORE_STAMP)

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 24

sysdeps: ## Check (as root: install) Qt's system libraries for offscreen use
	@bash packaging/system_deps.sh offscreen

sysdeps-window: ## Check (as root: install) Qt's system libraries for a real window and Xvfb
	@bash packaging/system_deps.sh window

run: $(STAMP) ## Open the app (creates .venv and installs on first use; without a display, renders a screenshot)
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

lint: $(STAMP) ## ruff (check and format), mypy --strict, import-linter contracts
	@echo "== ruff"; $(VENV)/bin/ruff check calculator tests packaging && $(VENV)/bin/ruff format --check calculator tests packaging
	@echo "== mypy (strict, whole package)"; $(VENV)/bin/mypy
	@echo "== import contracts"; $(VENV)/bin/lint-imports

core-test: $(CORE_STAMP) ## The core and storage tests in a venv without Qt
	@echo "== core tests without Qt installed"
	@! $(CORE_VENV)/bin/python -c "import PySide6" 2>/dev/null || (echo "PySide6 must not be in $(CORE_VENV)" && exit 1)
	@$(CORE_VENV)/bin/python -m pytest -q -c tests/core/pytest-core.ini --rootdir=. tests/core tests/storage

test: $(STAMP) sysdeps lint core-test ## Lint, types, import contracts, the Qt-free core tests and the whole suite offscreen
	@echo "== whole suite (offscreen Qt)"
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --ignore=tests/gui
	@# Each window test module in a process of its own: windows left for Qt to delete by one
	@# module cannot be painted or filtered in the middle of another's (a rare crash seen in one
	@# long process).
	@status=0; for f in tests/gui/test_*.py; do \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $$f || status=1; \
	done; exit $$status

bench: $(STAMP) sysdeps ## The benchmark: one JSON line of timings and ratios on stdout
	@QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench.py

bench-bundle: $(STAMP) sysdeps ## The benchmark plus the frozen bundle's size and start against a bare bundle (builds both)
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install $(PIP_FLAGS) -e ".[package]"
	@CALCULATOR_BENCH_BUNDLE=1 QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench.py

screenshot: $(STAMP) sysdeps ## Render the window to out/screenshot.png offscreen
	@mkdir -p out && QT_QPA_PLATFORM=offscreen $(VENV)/bin/budget-calculator --screenshot out/screenshot.png && echo out/screenshot.png

# The user guide's pictures come from the app itself (--screenshot --view, report -o x.png);
# the README's "User guide" section is copied from resources/guide/guide_en.md.
guide: $(STAMP) sysdeps ## Regenerate the guide pictures (resources/guide/images/*.png, images/<lang>/*.png) with the app and copy the guide into the README
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/make_guide_screenshots.py

# Every marked string of the whole package (self.tr, QT_TR_NOOP, QT_TRANSLATE_NOOP: the phrasebook
# in calculator/exports/phrases.py too) goes into the four .ts files (English is the source;
# vanished texts dropped, no line numbers so that the committed files change only with the texts),
# then packaging/translate_ts.py fills them from packaging/translations/*.txt and lists what is
# still missing, and lrelease compiles the .qm files (not committed).
TS_FILES := $(foreach l,fr es nl de,resources/translations/calculator_$(l).ts)
translations: $(STAMP) ## Extract marked strings into resources/translations/*.ts, fill them from packaging/translations, compile .qm
	@$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(find calculator -name '*.py' | sort) -ts $(TS_FILES)
	@$(PY) packaging/translate_ts.py
	@$(VENV)/bin/pyside6-lrelease -silent $(TS_FILES)

# PyInstaller comes from the optional "package" extra, installed only for this target.
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	@echo "Installing PyInstaller (the package extra) into $(VENV)..."
	@$(PY) -m pip install $(PIP_FLAGS) -e ".[test,package]" 2>&1 | grep -v "is ignored" || true
	@$(VENV)/bin/pyinstaller --version >/dev/null || (echo "Installing PyInstaller failed" && exit 1)
	@touch $(PACKAGE_STAMP)

# .qm files are compiled from the committed .ts (lrelease only: lupdate would rewrite the .ts).
package: $(PACKAGE_STAMP) sysdeps ## Build the one-folder app into dist/budget-calculator/ and smoke-test it
	@if ls resources/translations/*.ts >/dev/null 2>&1; then $(VENV)/bin/pyside6-lrelease -silent resources/translations/*.ts; fi
	@echo "== PyInstaller (one folder) -> dist/budget-calculator/"
	@$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/calculator.spec
	@echo "== smoke test of the frozen app"
	@$(PY) packaging/smoke_test.py dist/budget-calculator/budget-calculator

# Rebuild resources/data from ../shared/data (the committed files are its output).
dataset: ## Rebuild resources/data from ../shared/data
	@$(PYTHON) packaging/build_dataset.py

clean: ## Remove the virtual environments, caches, out/ and the packaged app
	rm -rf $(VENV) $(CORE_VENV) out .pytest_cache .mypy_cache .ruff_cache .hypothesis dist build/pyinstaller
