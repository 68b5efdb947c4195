# One Makefile is what CI and people run (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

.PHONY: install run test lint format bench docs clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "paperlist needs Python 3.11 or newer: set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## Ingest the seed digests into your default database and print the reading list.
run: install
	$(BIN)/paperlist ingest seeds/
	$(BIN)/paperlist list

## Install what the tests need and run them.
test: install
	$(PY) -m pytest

lint: install
	$(BIN)/ruff check paperlist tests benchmarks scripts
	$(BIN)/ruff format --check paperlist tests benchmarks scripts
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix paperlist tests benchmarks scripts
	$(BIN)/ruff format paperlist tests benchmarks scripts

## Regenerate the README's command reference from --help.
docs: install
	$(PY) scripts/command_reference.py

## Run every benchmark script; each prints its own figures.
bench: install
	@for script in benchmarks/bench_*.py; do \
		echo "== $$script"; $(PY) $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
