# Afterview developer commands. Only python3 and make are needed to start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AV := $(BIN)/afterview
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test lint types pytest js bench bench-parse screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(AV) db upgrade
	$(AV) demo
	AFTERVIEW_RUN_SCHEDULER=1 $(AV) serve --host $(HOST) --port $(PORT)

test: lint types js pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy --strict service feeds

js:
	@if command -v npm >/dev/null && [ -f tests/js/package-lock.json ]; then \
		npm ci --prefix tests/js --no-audit --no-fund --silent; \
	else echo "npm not found: the ical.js checks will be skipped"; fi

pytest: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python tests/bench/run_all.py

bench-parse: $(STAMP)
	$(BIN)/python tests/bench/bench_parse.py

screenshots: $(STAMP)
	$(BIN)/python deploy/screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
