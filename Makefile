# Afterview developer commands. Only python3 and make are needed to start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed
AV := $(BIN)/afterview
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test lint types pytest js bench bench-scale bench-parse bench-parse-worst bench-invariance train-screen screenshots e2e container-e2e deploy-check clean

# `make run` installs only what the service needs; `make test` adds the dev tools.
$(RUN_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP) $(RUN_STAMP)

run: $(RUN_STAMP)
	$(AV) db upgrade
	# Printed and mailed links follow HOST and PORT unless AFTERVIEW_BASE_URL is set.
	$(AV) demo --host $(HOST) --port $(PORT)
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

# The whole stack at 100,000 users / 1,000,000 interviews on PostgreSQL
# (AFTERVIEW_BENCH_DATABASE_URL); the bulk seed alone takes minutes.
bench-scale: $(STAMP)
	AFTERVIEW_BENCH_SCALE=1 $(BIN)/python tests/bench/bench_scale.py

bench-parse: $(STAMP)
	$(BIN)/python tests/bench/bench_parse.py

# Transformations that must not change a reading (forwards, encodings, signatures, ...):
# how many dev and held-out mails change under each (tests/bench/README.md).
bench-invariance: $(STAMP)
	$(BIN)/python tests/bench/bench_invariance.py

# Retrain the screen (service/parsing/screen.py) on the dev split after corpus batches land.
train-screen: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,train]'
	$(BIN)/python tests/bench/train_screen.py
	$(BIN)/python tests/bench/train_screen.py --calendar

# The slowest parse of a randomized set of hostile mails, against the median normal parse.
bench-parse-worst: $(STAMP)
	$(BIN)/python tests/bench/bench_parse_worst.py

screenshots: $(STAMP)
	$(BIN)/python deploy/screenshots.py

# The production path for real: gunicorn (2 workers), two `afterview scheduler`
# processes, aiosmtpd as relay; on PostgreSQL (a fresh database, dropped after) and on
# the embedded SQLite default. E2E_DATABASE=sqlite|postgresql|both.
E2E_DATABASE ?= both
e2e: $(STAMP)
	$(BIN)/python tests/e2e/run_e2e.py --database $(E2E_DATABASE)

# The image and the compose stack for real: a Debian base made with debootstrap (cached
# in ~/.cache/afterview), the image built with BuildKit, deploy/compose.yaml run on the
# host network with the host's PostgreSQL (a fresh database, dropped after), Caddy with an
# internal certificate, aiosmtpd as relay; stopped, taken down and brought up again.
# Skipped, loudly, only when no Docker engine answers.
container-e2e: $(STAMP)
	$(BIN)/python tests/e2e/run_container_e2e.py

# Static and behavioural checks of deploy/ (hadolint, systemd-analyze, docker-compose
# config, caddy); part of `make test` through pytest. A missing tool is a skip locally
# and a failure in CI (AFTERVIEW_REQUIRE_DEPLOY_TOOLS=1).
deploy-check: $(STAMP)
	$(BIN)/pytest -q -ra tests/deploy/test_deploy_files.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
