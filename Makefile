# One Makefile is what CI and people run (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
# Folders with Python code to lint (benchmarks/ may not exist yet).
CODE   := $(wildcard paperlist tests benchmarks scripts)

.PHONY: help install bytecode browser run test test-fast drills lint format bench docs clean
.DEFAULT_GOAL := help

## List the targets and what each does.
help:
	@echo "make TARGET, where TARGET is one of:"
	@awk '/^## /{doc = (doc == "" ? "" : doc " ") substr($$0, 4); next} /^[a-z-]+:/{if (doc != "") {split($$1, t, ":"); printf "  %-10s %s\n", t[1], doc}; doc = ""; next} {doc = ""}' $(MAKEFILE_LIST)

## Create .venv and install paperlist with its development tools (the other targets do it when needed).
install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "paperlist needs Python 3.11 or newer: set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)
	@$(MAKE) --no-print-directory bytecode

# An editable install leaves paperlist's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE is set (as on
# some CI and sandbox machines) Python would compile them again at every start: half of `paperlist list`'s
# start-up, and of each ingest worker's (docs/performance.md). Cheap when nothing changed.
bytecode:
	@$(PY) -m compileall -q paperlist

## Ingest the seed digests into your default database and print the reading list.
run: install bytecode
	$(BIN)/paperlist ingest seeds/
	$(BIN)/paperlist list

# Where apt cannot be used the browser test is skipped, and this says so instead of failing.
## Headless Chromium and a CJK font (Debian's), for the test that loads the HTML export in a real browser.
browser:
	@if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi; \
	if [ "$$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then \
		echo "make: installing headless Chromium and a CJK font (Debian's packages, once): one test loads the HTML export in a real browser"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null \
		|| echo "could not install chromium: the HTML browser test will be skipped"; \
	else \
		echo "chromium is not installed and apt-get cannot be used here: the HTML browser test will be skipped"; \
	fi

## Install what the tests need and run them: the whole suite, failure drills included (what CI runs), a test
## module per process on every core (the drills hold on a busy machine: see docs/reliability.md).
test: install bytecode browser
	$(PY) -m pytest -n auto --dist loadscope

## The suite without the slow failure drills: a quicker loop while developing.
test-fast: install bytecode
	$(PY) -m pytest -m "not slow"

## The failure drills alone (tests/drills/): crash, concurrency, network, bad input, hostile text.
drills: install bytecode
	$(PY) -m pytest tests/drills

## ruff (lint and format check) and mypy (strict) on the package, tests, benchmarks and scripts.
lint: install
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy
	$(BIN)/mypy benchmarks

## Fix what ruff can fix and format the code.
format: install
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/ruff format $(CODE)

## Regenerate the generated parts of README.md and docs/ (a test fails when one is stale).
docs: install
	$(PY) scripts/command_reference.py
	$(PY) scripts/session.py
	$(PY) scripts/screenshots.py

## Run every benchmark script; each prints its own figures.
bench: install bytecode
	@for script in benchmarks/bench_*.py; do \
		echo "== $$script"; $(PY) $$script || exit 1; \
	done

## Remove .venv and every cache.
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
