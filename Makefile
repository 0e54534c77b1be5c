# Two commands: `make run` (web page on http://localhost:8501, this machine only) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501
# Only this machine can reach the page by default; to serve a team put a TLS reverse proxy in
# front (README, "Serving a team") or, on a trusted network only, run `make run ADDRESS=0.0.0.0`.
ADDRESS ?= 127.0.0.1

.PHONY: run test test-fast check install index clean chromium bench bench-browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever pyproject.toml changes. torch is pinned in pyproject.toml
# (2.13.0, the CPU build on this machine's disk); see DEVELOPERS.md.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Build the index on first use; later runs bring it up to date (kb index is incremental: an
# unchanged corpus publishes nothing, and an index of an older format is rebuilt from the cache).
index: install
	@$(BIN)/kb index

run: index
	$(BIN)/streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) --server.headless true

# The browser tests drive Debian's chromium (never a downloaded one); install it if missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The fast part: lint, format and types (also the first step of make test, so CI enforces them).
check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The unit tier: fake embedder, tmp_path, no browser, no kill trials.
test-fast: check
	$(BIN)/python -m pytest -q -m "not integration and not browser and not slow"

# Everything: checks, then every tier (unit, slow, integration with the bundled model, browser).
test: check chromium
	$(BIN)/python -m pytest -q

# Every benchmark in one run (under 20 minutes on 2 cores): writes docs/benchmarks.md, .json, .png.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) index chromium
	$(BIN)/python bench/run.py

# Enter -> answer in a real browser, warm (figures in README.md)
bench-browser: index chromium
	$(BIN)/python bench/browser_latency.py

clean:
	rm -rf index .pytest_cache
