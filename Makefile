# Two commands do everything on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Output folders (the tests point them at temporary folders).
SITE_DIR ?= site
OFFLINE_SITE_DIR ?= site-offline
DIST_DIR ?= dist
MERMAID_JS := docs/assets/javascripts/mermaid.min.js
MERMAID_ESM := docs/assets/javascripts/mermaid-esm
# Material's offline plugin needs this shim for search from file:// (else it uses a CDN).
IFRAME_WORKER_JS := docs/assets/javascripts/iframe-worker-shim.js
# Silence the MkDocs 2 banners of Material and of the properdocs package.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: system-packages setup serve preview build dist check test test-unit test-site test-browser bench lock clean

setup: $(VENV)/.installed $(MERMAID_JS) $(MERMAID_ESM)/mermaid.esm.min.mjs $(IFRAME_WORKER_JS)

# Python: a venv with the pinned, hash-checked packages of requirements.txt, and this
# project's own package `scripts` installed editable (pyproject.toml), so edits count at once.
$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	touch $@

# npm: the pinned Mermaid and iframe-worker packages (package-lock.json), copied into
# docs/ so the site serves them itself. The copies are generated and ignored by git;
# docs/assets/javascripts/mermaid-loader.js (committed) decides which Mermaid loads.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(MERMAID_JS): node_modules/.package-lock.json
	mkdir -p $(dir $@)
	cp node_modules/mermaid/dist/mermaid.min.js $@

# The ES module build with its chunks (no source maps): loaded by mermaid-loader.js.
$(MERMAID_ESM)/mermaid.esm.min.mjs: node_modules/.package-lock.json
	rm -rf $(MERMAID_ESM)
	mkdir -p $(MERMAID_ESM)/chunks/mermaid.esm.min
	cp node_modules/mermaid/dist/chunks/mermaid.esm.min/*.mjs $(MERMAID_ESM)/chunks/mermaid.esm.min/
	cp node_modules/mermaid/dist/mermaid.esm.min.mjs $@

$(IFRAME_WORKER_JS): node_modules/.package-lock.json
	mkdir -p $(dir $@)
	cp node_modules/iframe-worker/shim/index.js $@

# Debian's Chromium (it draws the diagrams at build time, and runs the browser tests) and
# Hunspell with the Dutch dictionary; installed when missing and you are root. The test
# targets need them before they build; `make build` and `make serve` draw with Chromium
# when there is one and else let the reader's browser draw (with a notice).
system-packages:
	scripts/ensure-system-packages.sh

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# Build into a fresh folder and swap it in only when the strict build succeeded,
# so a failed build never leaves a half-written site/.
# `make build` makes the site to publish: it stops while organisatie.yml still holds
# example values. `make preview` builds the same site anyway, with a notice on every page.
build: PUBLISH := 1
build: site-swap
preview: PUBLISH := 0
preview: site-swap

.PHONY: site-swap
site-swap: setup
	rm -rf $(SITE_DIR).partial
	PROTOCOL_PUBLICEREN=$(PUBLISH) $(BIN)/mkdocs build --strict --site-dir $(SITE_DIR).partial || { rm -rf $(SITE_DIR).partial; exit 1; }
	chmod -R a+rX $(SITE_DIR).partial
	rm -rf $(SITE_DIR)
	mv $(SITE_DIR).partial $(SITE_DIR)

# Offline bundle for a file share: the site for file:// (mkdocs-offline.yml) with the
# zakkaart as zakkaart.pdf, zipped as dist/protocol-huiselijk-geweld-v<versie>.zip.
dist: setup
	rm -rf $(OFFLINE_SITE_DIR).partial
	PROTOCOL_PUBLICEREN=$${PROTOCOL_PUBLICEREN:-1} $(BIN)/mkdocs build --strict --config-file mkdocs-offline.yml --site-dir $(OFFLINE_SITE_DIR).partial \
	  || { rm -rf $(OFFLINE_SITE_DIR).partial; exit 1; }
	$(BIN)/python -m scripts.zakkaartpdf $(OFFLINE_SITE_DIR).partial || { rm -rf $(OFFLINE_SITE_DIR).partial; exit 1; }
	rm -rf $(OFFLINE_SITE_DIR)
	mv $(OFFLINE_SITE_DIR).partial $(OFFLINE_SITE_DIR)
	$(BIN)/python -m scripts.bundle $(OFFLINE_SITE_DIR) $(DIST_DIR)

# The tests build a preview: they must pass with the shipped example values too.
# Two processes (pytest-xdist): one builds or waits on a server while the other uses the
# browser. A test file stays in one process, so its fixtures (a server, a browser walk)
# run once; a build for several files is made once (tests/shared.py). The files go out
# in the order of tests/conftest.py (slow files first), not by their number of tests.
PYTEST_PARALLEL := -n 2 --dist loadfile --no-loadscope-reorder

test: system-packages preview
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

# For content owners: what they can break (settings, pages, flows, links, spelling,
# readability), without the browser tests and the slow failure-path builds.
check: system-packages preview
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) -q tests/unit tests/site -m "not slow"

# The three layers of the suite, one at a time (make test runs them all):
# unit tests need no site (seconds), site tests read the built site or make a build of
# their own, browser tests open the built site in headless Chromium.
test-unit: system-packages setup
	$(BIN)/python -m pytest tests/unit

test-site: system-packages preview
	$(BIN)/python -m pytest tests/site

test-browser: system-packages preview
	$(BIN)/python -m pytest tests/browser

# Benchmarks (not tests), side by side in one run: build time against plain Material,
# time until the flowcharts are drawn, page weight, generator scaling. Writes bench/REPORT.md.
bench: system-packages preview
	$(BIN)/python -m bench $(SITE_DIR)

# Regenerate the lock file after editing requirements.in.
lock:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/pip" install --quiet pip-tools==7.6.2 && \
	"$$tmp/venv/bin/pip-compile" --quiet --generate-hashes --allow-unsafe \
	  --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in

clean:
	rm -rf $(SITE_DIR) $(SITE_DIR).partial $(OFFLINE_SITE_DIR) $(OFFLINE_SITE_DIR).partial $(DIST_DIR) $(VENV) node_modules $(MERMAID_JS) $(MERMAID_ESM) $(IFRAME_WORKER_JS)
