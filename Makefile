# zhdoc — every target bootstraps .venv first, so each works on a fresh clone.
# `make test` is exactly what CI runs (.ci/run calls it).

PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: install run test eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11'"; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m flows.ingest samples --out output

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m flows.evaluate --out output/eval

bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf output/*/ output/_journal.json .prefect .cache .pytest_cache
