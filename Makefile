# reform_kb: `make run` to browse, `make test` to check. See README.md.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# PostgreSQL for the second test run: DATABASE_URL if it points at PostgreSQL, else the local server.
PG_URL ?= $(if $(filter postgres%,$(DATABASE_URL)),$(DATABASE_URL),postgres://postgres@127.0.0.1:5432/postgres)

.PHONY: help venv browser-deps run test test-sqlite test-postgres lint bench soak clean score relevance messages

help:
	@echo "make run    – install, migrate, import seeds/ and serve on http://$(HOST):$(PORT)/"
	@echo "make test   – ruff and the import contracts, then the test suite on SQLite and (if reachable) PostgreSQL"
	@echo "make bench  – speed benchmark (see bench/)"
	@echo "make bench-parse – parse throughput on a 10 MB text (bench/RESULTS-parse.md)"
	@echo "make score  – the pipeline scored on the real corpus (corpus/README.md); ARGS=\"--part dev --misses\""
	@echo "make train-lines – the line-role classifier: cross-validated on dev beside the rules, then trained"
	@echo "make soak   – resilience benchmark: 60 s of load with a PostgreSQL restart (bench/RESULTS-resilience.md)"
	@echo "make relevance – search relevance on the seeds: success@3 and nDCG@10 per database (issue 12)"

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(VENV)/.installed

# The browser suite (tests/browser) needs Debian's Chromium and ChromeDriver and axe-core from npm.
# Installed here, never at test time; where neither apt (as root) nor npm is available, it says so and
# the suite is skipped with that reason (under CI a missing browser fails the suite instead).
CHROMIUM_PACKAGES := /usr/bin/chromium /usr/bin/chromedriver
browser-deps: node_modules/axe-core/axe.min.js
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "== Installing Debian's chromium and chromium-driver for the browser suite"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else \
		echo "== Chromium is not installed and cannot be installed here (needs root and apt): the browser suite is skipped"; \
	fi

node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "== npm is not installed: axe-core is missing and the browser suite is skipped"; fi

# `run` also starts a background worker for "Lägg till källa" imports (issue 15), stopped with the server.
run: venv
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py import_seeds seeds/ || true
	@echo
	@echo "Skapa ett redaktörskonto:  DJANGO_DEBUG=1 $(PY) manage.py create_editor NAMN"
	@echo "Sidan:  http://$(HOST):$(PORT)/   Redaktion:  http://$(HOST):$(PORT)/admin/"
	@echo
	DJANGO_DEBUG=1 $(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; \
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache --no-logo

test: lint browser-deps test-sqlite test-postgres

test-sqlite: venv
	@echo "== Test suite on SQLite"
	env -u DATABASE_URL $(VENV)/bin/pytest

test-postgres: venv
	@if $(PY) -c "import sys, psycopg; psycopg.connect(sys.argv[1], connect_timeout=3).close()" "$(PG_URL)" 2>/dev/null; then \
		echo "== Test suite on PostgreSQL ($(PG_URL)); the browser suite ran in the SQLite pass (its own server)"; \
		DATABASE_URL="$(PG_URL)" $(VENV)/bin/pytest --create-db -m "not browser"; \
	else \
		echo "== PostgreSQL is not reachable at $(PG_URL): tested on SQLite only."; \
	fi

bench: venv bench-parse
	bash bench/run.sh

# Parse throughput (issue 10, item 9): the text pipeline alone on a 10 MB text, MB/s to bench/RESULTS-parse.md.
.PHONY: bench-parse
bench-parse: venv
	$(PY) -m bench.parse_speed

# Restarts the local PostgreSQL cluster halfway (SOAK_PG_CLUSTER, default "15 main"); see bench/soak.py.
soak: venv
	env -u DJANGO_DEBUG $(PY) -m bench.soak

# The real corpus (issue 10): every field per part; ARGS="--part dev --misses" for the failures.
score: venv
	$(PY) -m corpus.score $(ARGS)
# The line-role classifier (issue 10, item 2): cross-validated by publisher on dev, rules beside it, then
# trained on all of dev into reform_kb/pipeline/segment/line_roles.crfsuite. ARGS="--score" adds make
# score's dev figures with cross-fitted models; ARGS="--cv-only" keeps the committed model.
.PHONY: train-lines
train-lines: venv
	$(PY) -m corpus.train_lines $(ARGS)
# The organisation-name tagger (issue 10, items 2 and 6): cross-validated by publisher on dev, rules alone
# beside rules and tagger, then trained on all of dev into reform_kb/pipeline/org_mentions.crfsuite.
# ARGS="--cv-only" keeps the committed model; ARGS="--masked-copies" adds lines without the rules' features.
.PHONY: train-orgs
train-orgs: venv
	$(PY) -m corpus.train_orgs $(ARGS)
# Search relevance (issue 12): the judged set of tests/search/relevance.py on SQLite, then PostgreSQL if reachable.
relevance: venv
	@echo "== Relevance on SQLite"
	env -u DATABASE_URL $(VENV)/bin/pytest -q -p no:cacheprovider tests/search/test_relevance.py
	@if $(PY) -c "import sys, psycopg; psycopg.connect(sys.argv[1], connect_timeout=3).close()" "$(PG_URL)" 2>/dev/null; then \
		echo "== Relevance on PostgreSQL ($(PG_URL))"; \
		DATABASE_URL="$(PG_URL)" $(VENV)/bin/pytest -q -p no:cacheprovider --create-db tests/search/test_relevance.py; \
	else \
		echo "== PostgreSQL is not reachable at $(PG_URL): measured on SQLite only."; \
	fi
# i18n (issue 14): collect the interface strings into locale/en/LC_MESSAGES/django.po, then compile
# the .mo that is committed with it (tests/test_translations.py checks both). Needs GNU gettext.
messages: venv
	DJANGO_DEBUG=1 $(PY) manage.py makemessages -l en --ignore=.venv --ignore=node_modules \
		--ignore=corpus --ignore=tests --ignore=bench --ignore=staticfiles
	msgfmt --check -o locale/en/LC_MESSAGES/django.mo locale/en/LC_MESSAGES/django.po

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
