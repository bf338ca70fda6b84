# Kỹ Năng Số — run `make help` for the list of targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
# The suite runs on this many processes (pytest-xdist); each module stays on one of them, so the
# data a module builds once is built once. The browser journeys run after, in one process.
TEST_WORKERS ?= 2
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist loadscope
# Tests that commit and empty the tables: after the rest, in one process of their own. Each
# restores the rows the migrations made (the site, the root page) before it runs.
TRANSACTIONAL = $(PY) -m pytest -m transactional -p no:randomly $(PYTEST_ARGS)
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install lock wrk run serve gettext test test-fast lint format bench messages compilemessages seed migrate chromium check clean scorm-again ralph topology topology-stop topology-test worker scheduler

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --constraint requirements.lock -e '.[dev,rq,s3]'
	@touch $(STAMP)

lock: ## Resolve pyproject.toml's ranges afresh and write the exact versions to requirements.lock
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet --upgrade pip
	.venv-lock/bin/pip install --quiet -e '.[dev,rq,s3]'
	.venv-lock/bin/pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock
	rm -rf .venv-lock

install: $(STAMP) compilemessages ## Create the virtualenv and install everything

compilemessages: $(STAMP) ## Compile translation catalogues (.po -> .mo)
	$(PY) manage.py compile_catalogues -v0

messages: $(STAMP) gettext ## Extract translatable strings into the .po catalogues
	$(PY) manage.py makemessages --locale vi --no-obsolete --ignore '.venv/*' --ignore 'translations/*' --ignore 'bench/*' --ignore 'tests/*'
	$(PY) manage.py makemessages --locale vi --domain djangojs --ignore '.venv/*' --ignore 'staticfiles/*'

migrate: install ## Apply database migrations
	$(PY) manage.py migrate --noinput

seed: migrate ## Load the demo content (idempotent)
	$(PY) manage.py create_signing_key --if-missing
	$(PY) manage.py seed_demo

run: seed ## Install, migrate, load the demo and serve http://127.0.0.1:8000 (SQLite by default)
	@echo
	@echo "Serving Kỹ Năng Số on http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

chromium: ## Install Debian's Chromium for the browser tests when missing
	@if [ ! -x "$(CHROMIUM)" ]; then \
		echo "Installing Chromium for the browser tests..."; \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@test -x "$(CHROMIUM)" || { echo "Chromium is missing at $(CHROMIUM)"; exit 1; }

gettext: ## Install GNU gettext (string extraction, checked by the tests) when missing
	@if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then \
		echo "Installing GNU gettext..."; \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq gettext >/dev/null; \
	fi

RALPH_VENV := .venv-ralph
RALPH_VERSION := 5.1.0

ralph: $(RALPH_VENV)/bin/ralph ## Install Ralph, the xAPI Learning Record Store the tests send to, in its own virtualenv

$(RALPH_VENV)/bin/ralph:
	$(PYTHON) -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/pip install --quiet --upgrade pip
	$(RALPH_VENV)/bin/pip install --quiet 'ralph-malph[cli,lrs]==$(RALPH_VERSION)' 'requests>=2.31,<3'

test: install chromium gettext ralph ## Run the whole test suite (unit, integration, browser)
	$(PY) -m pytest -m "not e2e and not topology and not transactional" $(PYTEST_PARALLEL) $(PYTEST_ARGS)
	$(TRANSACTIONAL)
	$(PY) -m pytest -m e2e $(PYTEST_ARGS)

test-fast: install gettext ralph ## Run the suite without the browser journeys
	$(PY) -m pytest -m "not e2e and not topology and not transactional" $(PYTEST_PARALLEL) $(PYTEST_ARGS)
	$(TRANSACTIONAL)

lint: install ## Lint, check formatting and check types
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: install ## Format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django checks: deploy settings and migrations
	$(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=check-only-$$(head -c 48 /dev/urandom | base64 | tr -d '/+=') ALLOWED_HOSTS=example.org SITE_URL=https://example.org REDIS_URL=redis://127.0.0.1:6379/15 \
		$(PY) manage.py check --deploy --fail-level WARNING

topology: install ## Start the production topology on 127.0.0.1 (PostgreSQL + replica, 2 app servers, nginx, worker, scheduler)
	scripts/topology/topology.sh start

topology-stop: ## Stop the production topology and delete its scratch folder
	scripts/topology/topology.sh stop

topology-test: install ## Start the topology, run its test through nginx, stop it
	scripts/topology/topology.sh stop
	scripts/topology/topology.sh start && \
		KNS_TOPOLOGY_REQUIRED=1 $(PY) -m pytest tests/topology -m topology -s $(PYTEST_ARGS); \
		status=$$?; scripts/topology/topology.sh stop; exit $$status

worker: install ## Run a background task worker (needs TASKS_BACKEND=django_tasks_db.DatabaseBackend)
	$(PY) manage.py run_worker --queue-name '*'

scheduler: install ## Run the scheduler that hands periodic jobs to the worker
	$(PY) manage.py run_scheduler

bench: install wrk ## Run the benchmarks and print their figures (BENCH_ONLY=pages,reports picks some)
	$(PY) -m bench

wrk: ## Install wrk, the HTTP load generator of the page benchmark, when missing
	@if ! command -v wrk >/dev/null 2>&1; then \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk >/dev/null; \
	fi

clean: ## Remove the virtualenv and generated files
	rm -rf $(VENV) $(RALPH_VENV) staticfiles

SCORM_AGAIN_VERSION := 3.4.3
SCORM_AGAIN_INTEGRITY := sha512-Zbe+7ArMUbT1lVnqYxsbGRfI9JD9JVqEPzZLQdk0nfNmcDYJ404rMO9nbkQ0Hzwux5uACF9zKsvc29Q/ZzMOdg==
SCORM_AGAIN_DIR := $(CURDIR)/courses/static/courses/vendor/scorm-again

scorm-again: ## Fetch the pinned SCORM run-time (scorm-again) with npm and copy its dist files
	@command -v npm >/dev/null || { echo "npm is needed to fetch scorm-again"; exit 1; }
	@tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent scorm-again@$(SCORM_AGAIN_VERSION) >/dev/null \
		&& got="sha512-$$(openssl dgst -sha512 -binary scorm-again-$(SCORM_AGAIN_VERSION).tgz | base64 -w0)" \
		&& [ "$$got" = "$(SCORM_AGAIN_INTEGRITY)" ] || { echo "scorm-again: integrity mismatch"; exit 1; }; \
		tar xzf $$tmp/scorm-again-$(SCORM_AGAIN_VERSION).tgz -C $$tmp \
		&& for f in scorm12.min.js scorm12.min.js.map scorm2004.min.js scorm2004.min.js.map; do cp $$tmp/package/dist/$$f $(SCORM_AGAIN_DIR)/; done \
		&& cp $$tmp/package/LICENSE $(SCORM_AGAIN_DIR)/LICENSE && rm -rf $$tmp && echo "scorm-again $(SCORM_AGAIN_VERSION) copied"
