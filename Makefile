# Set-up and the two everyday jobs. Needs python3 (>= 3.11) and, for the tests, node and npm.
VENV := .venv
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

demo: $(STAMP)
	$(VENV)/bin/govgraph demo

test: $(STAMP) $(LINT)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest
