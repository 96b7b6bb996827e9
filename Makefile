# The two commands: `make run` (a running site with demo content) and `make test` (the whole suite).
# Only Python 3.11 is needed; everything else goes into .venv. Stamp files in .venv keep a second run
# from reinstalling until pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PIP := $(BIN)/python -m pip --disable-pip-version-check
# Links in notification emails and load_demo's login line point at the server `make run` starts.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help run test install install-test lock migrate demo lint format clean

help:
	@echo "make run    create .venv, install, migrate, load demo content, serve http://$(HOST):$(PORT)"
	@echo "make test   ruff, makemigrations --check, pytest on SQLite and PostgreSQL, browser tests"
	@echo "make lint   ruff check and ruff format --check"
	@echo "make format ruff format and ruff check --fix"
	@echo "make lock   regenerate requirements/*.txt (hashed lock files) after editing pyproject.toml"
	@echo "make clean  remove .venv, the SQLite database, media and test artifacts"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Dependencies come from the hashed lock files in requirements/ (docs/dependencies.md): base.txt for the site,
# test.txt for the suite (a superset with the same pins). Then the project itself, editable and without
# dependencies, built with the locked build requirements (--all-build-deps puts setuptools in the lock). `pip check` fails when pyproject.toml names a dependency
# that the lock lacks (run `make lock`). Reinstalled when a lock or pyproject.toml changes.
define install_locked
	$(PIP) install --quiet --require-hashes --no-deps -r $(1)
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	$(PIP) check
endef

$(VENV)/.installed: requirements/base.txt pyproject.toml | $(BIN)/python
	$(call install_locked,requirements/base.txt)
	@touch $@

# The suite's lock on top: pytest, ruff, Playwright (which drives Debian's Chromium; no browser download).
$(VENV)/.installed-test: requirements/test.txt $(VENV)/.installed
	$(call install_locked,requirements/test.txt)
	@touch $@

# Regenerates the lock files from pyproject.toml against pypi.org only (this machine's local wheel folders
# and pip configuration stay out of it). Existing pins are kept; UPGRADE=1 moves everything to the newest
# versions pyproject.toml allows, UPGRADE_PACKAGE=name moves one.
PIP_COMPILE = PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= $(BIN)/pip-compile --quiet --generate-hashes \
	--allow-unsafe --all-build-deps --strip-extras --no-emit-index-url --index-url https://pypi.org/simple \
	$(if $(UPGRADE),--upgrade) $(if $(UPGRADE_PACKAGE),--upgrade-package $(UPGRADE_PACKAGE))
lock: | $(BIN)/python
	$(PIP) install --quiet 'pip-tools>=7.5,<8'
	$(PIP_COMPILE) --extra test -o requirements/test.txt pyproject.toml
	$(PIP_COMPILE) --constraint requirements/test.txt -o requirements/base.txt pyproject.toml

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	$(BIN)/python manage.py migrate --noinput

# load_demo is idempotent; it creates the admin account and prints its login. load_demo_translations
# translates part of it into nynorsk and English (also idempotent: a second run writes nothing).
demo: migrate
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py load_demo_translations

run: demo
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)  Ctrl-C stops."
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-test
	bash tests/run.sh

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 media test-artifacts
