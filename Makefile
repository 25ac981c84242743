# marsad — two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: install demo test bench model gazetteers lint typecheck eval clean fast test-fast bench-fast clean-compiled

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

# The compiled build (mypyc; about 1.6x faster dates + events) goes into its own venv as a
# normal, non-editable install, so it never shadows the sources that `make test` checks and a
# source edit never silently stops taking effect. `make install`/`make test` never compile.
# Rebuilding takes a few minutes; `make test-fast` runs the whole suite against the compiled
# build, including the compiled-vs-Python comparison (tests/test_compiled.py).
FAST_VENV ?= .venv-fast
FAST_STAMP := $(FAST_VENV)/.installed

$(FAST_STAMP): pyproject.toml setup.py build_backend/marsad_build.py $(shell find marsad -type f ! -name '*.pyc')
	test -x $(FAST_VENV)/bin/python || $(PYTHON) -m venv $(FAST_VENV)
	$(FAST_VENV)/bin/pip install -q --upgrade pip wheel setuptools
	rm -f dist/marsad-*.whl
	MARSAD_COMPILE=1 $(FAST_VENV)/bin/pip wheel -q --no-deps -w dist .
	$(FAST_VENV)/bin/pip install -q --force-reinstall --no-deps dist/marsad-*.whl
	$(FAST_VENV)/bin/pip install -q "$$(ls dist/marsad-*.whl)[dev]"
	touch $(FAST_STAMP)

fast: $(FAST_STAMP)
	@$(FAST_VENV)/bin/python -P -c "from marsad.compiled import build_kind; print('$(FAST_VENV):', build_kind())"

# --import-mode=append: the installed (compiled) marsad, not the checkout, is the one under test
test-fast: $(FAST_STAMP)
	$(FAST_VENV)/bin/pytest --import-mode=append -n 2 tests

bench-fast: $(FAST_STAMP)
	$(FAST_VENV)/bin/python benchmarks/bench_events.py

clean-compiled:
	find marsad -name '*.so' -delete
	rm -rf $(FAST_VENV) build dist

clean: clean-compiled
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
