# Every target is idempotent: `install` only reinstalls when pyproject.toml changed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-marked test-all bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

demo: install
	$(PY) -m parallax run examples/demo --store out/demo/parallax.sqlite --out out/demo
	@echo "Outputs: out/demo/stories.json, out/demo/stories/<story>.json|.html|.txt"

# The fast default suite, one worker per core (pytest-xdist; each test file stays on one worker so its
# module-level fixtures are built once).  Plain `pytest` still runs it in one process.
test: install
	$(PY) -m pytest -n auto --dist loadfile

# The marked suites alone: slow integration, browser, PostgreSQL and accuracy-floor tests.  One process, since
# the regex growth test times patterns and reads a loaded machine's jitter as growth.
test-marked: install
	$(PY) -m pytest -m "slow or browser or bench or postgres" --timeout 1200

# Everything (what .ci/run runs, as `make test` then `make test-marked`).
test-all: test test-marked

bench: install
	$(PY) -m benchmarks

lint: install
	$(VENV)/bin/ruff check parallax tests benchmarks scripts

clean:
	rm -rf out .pytest_cache
