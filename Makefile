# Set-up and the two everyday jobs. Needs python3 (>= 3.11) and, for the tests, node, npm, Java 17 with
# Maven (a real Neo4j) and Debian's package manager (the browser tests use Debian's chromium).
VENV := .venv
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP := $(VENV)/.installed
LINT := tools/cypher-lint/node_modules/.installed
HARNESS := tools/neo4j-harness/target/classpath.txt
OWLCHECK := tools/owl-profile/target/classpath.txt

.PHONY: demo test neo4j-harness

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -e ".[test]"
	touch $@

$(LINT): tools/cypher-lint/package-lock.json
	npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
	touch $@

# Java tools for the tests, built with Maven from Maven Central (Java 17): a real Neo4j
# (neo4j-harness) and the OWL API's OWL 2 DL profile checker.
.SECONDEXPANSION:
tools/%/target/classpath.txt: tools/%/pom.xml $$(shell find tools/$$*/src -name '*.java')
	@if command -v mvn >/dev/null && command -v java >/dev/null; then mvn -q -B -f tools/$*/pom.xml package; \
	else echo "Java or Maven not found: the tests that need tools/$* will be skipped"; fi

neo4j-harness: $(HARNESS)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium

demo: $(STAMP)
	$(VENV)/bin/govgraph demo

test: $(STAMP) $(LINT) $(CHROMIUM) $(HARNESS) $(OWLCHECK)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest
