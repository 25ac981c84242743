# marsad — two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: install demo test bench model gazetteers lint typecheck eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip wheel setuptools
	$(PIP) install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/marsad analyze marsad/samples/demo-article.txt --published 2026-03-04 --format text

test: $(STAMP)
	$(PY) -m pytest -n 2 tests

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

model: $(STAMP)
	$(PY) scripts/train_ner.py

gazetteers: $(STAMP)
	$(PIP) install -q -e '.[build]'
	$(PY) scripts/build_gazetteers.py

eval: $(STAMP)
	$(VENV)/bin/marsad eval ../shared/data/articles/dev

lint: $(STAMP)
	$(VENV)/bin/ruff check marsad tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy marsad

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
