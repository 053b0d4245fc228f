# tracker: articles in data/, reports out in reports/.  `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
BENCH  ?= ../shared/bench
CORPUS ?=
INPUT  ?= data
DB     ?= data/tracker.db
CURRENCY ?= USD
SET    ?= newsquant-dev

.PHONY: help install report test eval seeds bench fuzz lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(BIN)/tracker: requirements.lock pyproject.toml  ## the virtualenv, from the hash-pinned lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -c "from tracker import gazetteer, units; units.quantulum_units(); gazetteer.known('x'); gazetteer.country('x')"
	@touch $@

install: $(BIN)/tracker  ## install into .venv if needed

report: install  ## store data/ (or CORPUS=file into its own store) and write reports/
ifeq ($(CORPUS),)
	$(BIN)/tracker report $(INPUT) --db $(DB) --out reports --currency $(CURRENCY)
else
	$(BIN)/tracker report $(CORPUS) --db reports/corpus/tracker.db --out reports/corpus --currency $(CURRENCY)
endif

# Spread over the machine's cores (at most 4: each worker loads its own spaCy model);
# worksteal keeps both busy while one runs the long fuzz test.
test: install  ## run the whole test suite
	$(BIN)/python -m pytest -q -n logical --maxprocesses 4 --dist worksteal

seeds: install  ## score the seed articles against their gold figures
	$(BIN)/tracker extract data/ --out reports/seeds.csv -q
	$(BIN)/python $(BENCH)/score.py ../shared/seeds/gold.jsonl reports/seeds.csv

eval: install  ## score every benchmark set in BENCH= (SHOW=set for its errors)
	$(BIN)/tracker eval $(BENCH) $(if $(SHOW),--show $(SHOW))

REPEAT ?= 3
bench: install  ## words/s and memory on CORPUS= (default bbc-500), against quantulum3; best of REPEAT runs
	$(BIN)/python -m tracker.bench $(or $(CORPUS),../shared/corpus/bbc-500.jsonl) --workers-check --repeat $(REPEAT)

fuzz: install  ## a long property-based run of the extractor
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q tests/test_fuzz.py

lock:  ## re-pin requirements.in into requirements.lock with hashes
	$(PYTHON) -m venv /tmp/tracker-lock && /tmp/tracker-lock/bin/pip install -q pip-tools
	/tmp/tracker-lock/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras -q -o requirements.lock requirements.in

clean:  ## remove generated reports, the store and the virtualenv
	rm -rf reports/* $(VENV) $(DB) $(DB)-wal $(DB)-shm
