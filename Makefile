# tracker: articles in data/, reports out in reports/.  `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
BENCH  ?= ../shared/bench
CORPUS ?= ../shared/corpus/bbc-500.jsonl
INPUT  ?= data
DB     ?= data/tracker.db
SET    ?= newsquant-dev

.PHONY: help install report test eval seeds bench fuzz lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(BIN)/tracker: requirements.lock pyproject.toml  ## the virtualenv, from the hash-pinned lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

install: $(BIN)/tracker  ## install into .venv if needed

report: install  ## extract the articles in data/ (or INPUT=) and write reports/
	$(BIN)/tracker report $(INPUT) --out reports

test: install  ## run the whole test suite
	$(BIN)/python -m pytest -q

seeds: install  ## score the seed articles against their gold figures
	$(BIN)/tracker extract data/ --out reports/seeds.csv
	$(BIN)/python $(BENCH)/score.py ../shared/seeds/gold.jsonl reports/seeds.csv

eval: install  ## score every benchmark set in BENCH= (SHOW=set for its errors)
	$(BIN)/tracker eval $(BENCH) $(if $(SHOW),--show $(SHOW))

bench: install  ## words/s and memory on CORPUS=, against quantulum3
	$(BIN)/python -m tracker.bench $(CORPUS)

fuzz: install  ## a long property-based run of the extractor
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q tests/test_fuzz.py

lock:  ## re-pin requirements.in into requirements.lock with hashes
	$(PYTHON) -m venv /tmp/tracker-lock && /tmp/tracker-lock/bin/pip install -q pip-tools
	/tmp/tracker-lock/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras -q -o requirements.lock requirements.in

clean:  ## remove generated reports and the virtualenv
	rm -rf reports/* $(VENV)
