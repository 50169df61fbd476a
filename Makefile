# zhdoc — every target bootstraps .venv first, so each works on a fresh clone.
# `make test` is exactly what CI runs (.ci/run calls it).

PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: install run test soak eval bench serve clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11'"; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@# bytecode of the project's own modules: an editable install leaves none, and where
	@# PYTHONDONTWRITEBYTECODE is set every process (each worker's fork server too) would
	@# compile them from source again (~0.1 s before the first document)
	$(PY) -m compileall -q zhdoc flows tasks > /dev/null
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m flows.ingest samples --out output

# the suite in one process per core (at most 4), a test file to a process: a file's session
# fixtures (a section's readings of the real pages) are computed once, in its own process;
# `make test TEST_WORKERS=0` runs it in this process
TEST_WORKERS ?= auto
test: $(STAMP)
	$(PY) -m pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile

# kills at several points, two runs at once, the bad-input corpus, long property runs
soak: $(STAMP)
	$(PY) -m pytest -m soak -s -p no:randomly tests/test_soak.py

serve: $(STAMP)
	$(PY) -m flows.serve --inbox inbox --out output

eval: $(STAMP)
	$(PY) -m flows.evaluate --out output/eval

bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf output/*/ output/_journal.json output/.lock output/.cache .prefect .cache .pytest_cache
