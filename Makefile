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
.PHONY: help run test install install-test migrate demo lint format clean

help:
	@echo "make run    create .venv, install, migrate, load demo content, serve http://$(HOST):$(PORT)"
	@echo "make test   ruff, makemigrations --check, pytest on SQLite and PostgreSQL, browser tests"
	@echo "make lint   ruff check and ruff format --check"
	@echo "make format ruff format and ruff check --fix"
	@echo "make clean  remove .venv, the SQLite database, media and test artifacts"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The project itself (editable), reinstalled when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	@touch $@

# The [test] extra on top: pytest, ruff, Playwright (which drives Debian's Chromium; no browser download).
$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e '.[test]'
	@touch $@

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
