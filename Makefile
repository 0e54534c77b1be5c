# Two commands: `make run` (web page on http://localhost:8501) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: run test install index clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever pyproject.toml changes. torch is pinned in pyproject.toml
# (2.13.0, the CPU build on this machine's disk); see DEVELOPERS.md.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Build the index on first use; later runs reuse it (kb index is incremental).
index: install
	@test -f index/CURRENT || $(BIN)/kb index

run: index
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf index .pytest_cache
