# Every target is idempotent: `install` only reinstalls when pyproject.toml changed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-all bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

demo: install
	$(PY) -m parallax run examples/demo --store out/demo/parallax.sqlite --out out/demo
	@echo "Outputs: out/demo/stories.json, out/demo/stories/<story>.json|.html|.txt"

test: install
	$(PY) -m pytest

# Everything, including slow integration, browser, PostgreSQL and accuracy-floor tests (what .ci/run runs).
test-all: install
	$(PY) -m pytest -m "" --timeout 1200

bench: install
	$(PY) -m benchmarks

lint: install
	$(VENV)/bin/ruff check parallax tests benchmarks scripts

clean:
	rm -rf out .pytest_cache
