# Set-up and the two everyday jobs. Needs python3 (>= 3.11) and, for the tests, node, npm and
# Debian's package manager (the browser tests use Debian's chromium).
VENV := .venv
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP := $(VENV)/.installed
LINT := tools/cypher-lint/node_modules/.installed

.PHONY: demo test

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -e ".[test]"
	touch $@

$(LINT): tools/cypher-lint/package-lock.json
	npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
	touch $@

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

demo: $(STAMP)
	$(VENV)/bin/govgraph demo

test: $(STAMP) $(LINT) $(CHROMIUM)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest
