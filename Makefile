# reflectbot: `make run` and `make test` work on a fresh clone; everything else is optional.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCALES := locales
DOMAIN := reflectbot

.PHONY: run test lint typecheck unit i18n i18n-compile bench bench-quick pins audit clean help

help:
	@echo "make run     - the Telegram bot if REFLECTBOT_TOKEN is set, else a reflection in the terminal"
	@echo "make test    - set up, lint, type-check and run the tests"
	@echo "make i18n    - extract msgids, update and compile the catalogs"
	@echo "make bench   - every benchmark (long runs, ~40 min); rewrites the table in docs/performance.md"
	@echo "make audit   - pip-audit of the pinned runtime set in requirements.lock (needs network)"

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) i18n-compile
	@if [ -n "$$REFLECTBOT_TOKEN" ] || grep -qs '^REFLECTBOT_TOKEN=.' .env; then \
		$(BIN)/reflectbot run; \
	else \
		echo "No REFLECTBOT_TOKEN set: starting the reflection in this terminal."; \
		echo "To connect Telegram, get a token from @BotFather and put REFLECTBOT_TOKEN=... in .env."; \
		$(BIN)/reflectbot chat; \
	fi

test: $(STAMP) i18n-compile lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check --output-format concise bot tests benchmarks
	$(BIN)/ruff format --check bot tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -n auto --dist worksteal --cov --cov-report=term

i18n: $(STAMP)
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ -k Np_:1,2 --sort-by-file --no-wrap \
		--project=reflectbot --copyright-holder="reflectbot developers" \
		-o $(LOCALES)/$(DOMAIN).pot .
	$(BIN)/pybabel -q update -i $(LOCALES)/$(DOMAIN).pot -d $(LOCALES) -D $(DOMAIN) \
		--no-wrap --no-fuzzy-matching --ignore-obsolete
	$(BIN)/python -m bot.i18n_tools fill-source $(LOCALES)
	$(MAKE) --no-print-directory i18n-compile

i18n-compile: $(STAMP)
	$(BIN)/pybabel -q compile -d $(LOCALES) -D $(DOMAIN)

# The benchmarks' own environment: the project plus Presidio (a comparison, never a dependency).
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: pyproject.toml
	test -d $(BENCH_VENV) || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -e . presidio-analyzer
	touch $@

bench: $(STAMP) i18n-compile $(BENCH_VENV)/.installed
	$(BIN)/python -m benchmarks.all

bench-quick: $(STAMP) i18n-compile
	$(BIN)/python -m benchmarks.all --runs 1 --quick

# The runtime dependency set, exactly as tested: rewrite it after changing dependencies.
pins:
	rm -rf .venv-pins && $(PYTHON) -m venv .venv-pins
	.venv-pins/bin/python -m pip install --quiet .
	{ echo "# The runtime dependency set reflectbot was last tested and audited with (make pins)."; \
	  echo "# Install exactly this set with: pip install -c requirements.lock ."; \
	  .venv-pins/bin/python -m pip freeze --exclude reflectbot; } > requirements.lock
	rm -rf .venv-pins

audit:
	test -d .venv-audit || $(PYTHON) -m venv .venv-audit
	.venv-audit/bin/python -m pip install --quiet pip-audit
	.venv-audit/bin/pip-audit --requirement requirements.lock --no-deps --strict

clean:
	rm -rf $(VENV) $(BENCH_VENV) .venv-audit .venv-pins .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
	find $(LOCALES) -name '*.mo' -delete
