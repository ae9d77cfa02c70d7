# 法治看板 — `make run` and `make test` set up everything they need on a fresh machine.
# No cargo-leptos needed: the wasm is built with cargo, wasm-bindgen and wasm-opt directly.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

TARGET_DIR ?= $(or $(CARGO_TARGET_DIR),target)
SITE_ROOT := $(TARGET_DIR)/site
PKG := $(SITE_ROOT)/pkg
OUTPUT_NAME := fazhi-kanban
ADDR ?= 127.0.0.1:3000
SERVER_BIN := $(TARGET_DIR)/release/server
WASM := $(TARGET_DIR)/wasm32-unknown-unknown/wasm-release/app.wasm
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
WASM_OPT := end2end/node_modules/.bin/wasm-opt
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
export CARGO_TARGET_DIR := $(TARGET_DIR)
# A fixed mmap threshold: blocks of 4 MiB and more (an index's rows, a frame's columns at
# national size) are mapped on their own and given back when a replaced dataset is dropped,
# instead of glibc's moving threshold putting them in arenas that keep them (server RSS after 7
# edits at 5.75 M: 624 → 518 MiB; BENCHMARKS.md). glibc reads it only at a process's start.
MALLOC_ENV := GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304
SERVE_ENV := LEPTOS_SITE_ROOT=$(SITE_ROOT) LEPTOS_OUTPUT_NAME=$(OUTPUT_NAME) $(MALLOC_ENV)

.PHONY: run dev build site server tools npm-packages test-tools test test-rust test-api-schema test-e2e screenshot fuzz bench browser-bench edit-bench loadtest attack gen run-synthetic lint fmt clean test-postgres test-cluster cluster-bench

## run: install what is missing, build in release mode, serve the seed data on $(ADDR)
run: build
	$(SERVE_ENV) $(SERVER_BIN) --addr $(ADDR)

build: tools site server

## dev: serve, and rebuild and restart on every saved change (inotify-tools installed if missing)
dev: tools
	@command -v inotifywait >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends inotify-tools; }
	SERVE_ENV="$(SERVE_ENV)" SERVER_BIN=$(SERVER_BIN) ADDR=$(ADDR) scripts/dev.sh

## tools: the wasm32 target, wasm-bindgen matching Cargo.lock (a debug build: 49 s to compile
## instead of 7 minutes, 0.24 s instead of 0.05 s per run, the same bytes), wasm-opt (npm binaryen), a
## CJK font for chart PNGs (Debian's fonts-noto-cjk, SIL Open Font License 1.1) and brotli to
## precompress the site's files
tools: npm-packages
	@dpkg -s fonts-noto-cjk >/dev/null 2>&1 && command -v brotli >/dev/null || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends fonts-noto-cjk brotli; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about a minute)"; \
		cargo install --debug wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

npm-packages: end2end/node_modules/.package-lock.json

end2end/node_modules/.package-lock.json: end2end/package-lock.json
	cd end2end && npm ci --no-audit --no-fund
	@touch $@

server:
	cargo build --release -p server

## site: the hydration wasm + JS and the stylesheet, under $(PKG)
site: $(PKG)/$(OUTPUT_NAME).css
	cargo build -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate --profile wasm-release
	@if [ ! -f $(PKG)/$(OUTPUT_NAME)_bg.wasm ] || [ $(WASM) -nt $(PKG)/$(OUTPUT_NAME)_bg.wasm ]; then \
		wasm-bindgen --target web --no-typescript --out-dir $(PKG) --out-name $(OUTPUT_NAME) $(WASM); \
		$(WASM_OPT) -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
			--enable-mutable-globals --enable-reference-types --enable-multivalue \
			-o $(PKG)/$(OUTPUT_NAME)_bg.wasm $(PKG)/$(OUTPUT_NAME)_bg.wasm; \
		echo "wasm: $$(gzip -9c $(PKG)/$(OUTPUT_NAME)_bg.wasm | wc -c) bytes gzipped"; \
	fi
	scripts/site_hashes.sh $(SITE_ROOT) $(OUTPUT_NAME)

# One stylesheet: the files `style/main.css` imports, in its order.
$(PKG)/$(OUTPUT_NAME).css: style/*.css
	@mkdir -p $(PKG)
	sed -n 's/^@import url("\(.*\)");/style\/\1/p' style/main.css | xargs cat > $@

## test-tools: npm packages and Debian's Chromium (with CJK fonts) for the end2end suite
test-tools: npm-packages
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium fonts-noto-cjk; }

## test: every test — formatting and clippy on the ssr and hydrate builds (`lint`), unit,
## router, integration (with property tests), the API against its OpenAPI document, end2end
test: build test-tools lint test-rust test-postgres test-cluster test-api-schema test-e2e

# The project's source article (not part of the repository: its prose may not be copied).
SEED_ARTICLE_PATH := ../shared/seed/000_60369e14be3b84a9.txt
SEED_ARTICLE := $(wildcard $(SEED_ARTICLE_PATH))

test-rust:
	# One test at a time: a panicking test can leave concurrent in-process renders waiting
	# forever on Leptos' shared executor, turning one failure into a hang.
	$(if $(SEED_ARTICLE),,@echo "note: $(SEED_ARTICLE_PATH) is not beside this checkout: the seed-article recall test is skipped")
	$(if $(SEED_ARTICLE),,FAZHI_NO_SHARED_SEED=1) cargo test --release --workspace -- --test-threads=1

# Pinned: schemathesis' command line and checks change between releases (3.x → 4.x did).
SCHEMATHESIS_VERSION := 4.32.5
SCHEMATHESIS_VENV := $(TARGET_DIR)/schemathesis-venv
API_SCHEMA_ADDR := 127.0.0.1:3904

## test-api-schema: schemathesis (PyPI, in a venv under $(TARGET_DIR)) calls every operation of
## /api/v1/openapi.json with generated and boundary parameters against the release server on a
## fresh store: no server error, every status, header, media type and body as documented.
## A fixed seed and example count keep it deterministic (about a minute).
test-api-schema: server
	@python3 -c 'import ensurepip, venv' 2>/dev/null || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends python3-venv; }
	@[ "$$($(SCHEMATHESIS_VENV)/bin/schemathesis --version 2>/dev/null)" = "schemathesis, version $(SCHEMATHESIS_VERSION)" ] || \
		{ rm -rf $(SCHEMATHESIS_VENV) && python3 -m venv $(SCHEMATHESIS_VENV) && \
		  $(SCHEMATHESIS_VENV)/bin/pip install --quiet --disable-pip-version-check schemathesis==$(SCHEMATHESIS_VERSION); }
	dir=$$(mktemp -d); $(MALLOC_ENV) $(SERVER_BIN) --addr $(API_SCHEMA_ADDR) --data-dir $$dir & pid=$$!; \
		trap 'kill $$pid; wait $$pid 2>/dev/null; rm -rf $$dir' EXIT; \
		for i in $$(seq 120); do curl -sf $(API_SCHEMA_ADDR)/healthz >/dev/null && break; \
			kill -0 $$pid || exit 1; sleep 0.5; done; \
		$(SCHEMATHESIS_VENV)/bin/schemathesis --config-file tests/schemathesis.toml \
			run http://$(API_SCHEMA_ADDR)/api/v1/openapi.json \
			--checks all --max-examples 200 --seed 14 --generation-database none --no-color

test-e2e:
	cd end2end && SERVER_BIN=$(abspath $(SERVER_BIN)) LEPTOS_SITE_ROOT=$(abspath $(SITE_ROOT)) \
		LEPTOS_OUTPUT_NAME=$(OUTPUT_NAME) npx playwright test

## screenshot: the README's picture of the overview (end2end/screenshots/overview.png), on purpose
screenshot: build test-tools
	cd end2end && README_SCREENSHOT=1 SERVER_BIN=$(abspath $(SERVER_BIN)) LEPTOS_SITE_ROOT=$(abspath $(SITE_ROOT)) \
		LEPTOS_OUTPUT_NAME=$(OUTPUT_NAME) npx playwright test --project js-on -g "fits a 1280px"

FUZZ_SECONDS ?= 60
FUZZ_TARGETS := decode_upload entry_csv period_parse figure_read
FUZZ_FLAGS := -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1

## fuzz: cargo-fuzz (nightly, installed if missing) on the parsers of outside input, each target
## for FUZZ_SECONDS (default 60): inputs tried and crashes per target, failing on any crash.
## Not part of `make test`. Its own workspace and target directory (fuzz/target): the first
## build compiles Polars under nightly with sanitizers (about 30 minutes on 2 cores).
## Corpora grow in fuzz/corpus/ from fuzz/seeds/; crashing inputs land in fuzz/artifacts/.
fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@cargo +nightly fuzz --version >/dev/null 2>&1 || cargo +nightly install cargo-fuzz --locked
	cd fuzz && CARGO_TARGET_DIR=target cargo +nightly fuzz build -O
	@cd fuzz && mkdir -p artifacts && failed=0 && for t in $(FUZZ_TARGETS); do \
		mkdir -p corpus/$$t artifacts/$$t; \
		CARGO_TARGET_DIR=target cargo +nightly fuzz run -O $$t corpus/$$t seeds/$$t -- $(FUZZ_FLAGS) \
			> artifacts/$$t.log 2>&1 && result="no crash" || { result="CRASH: $$(grep -o 'artifacts/[^ ]*' artifacts/$$t.log | tail -1)"; failed=1; }; \
		runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' artifacts/$$t.log | tail -1); \
		printf '%-14s %12s inputs in %ss  %s\n' $$t "$${runs:-?}" $(FUZZ_SECONDS) "$$result"; \
	done; exit $$failed

## bench: criterion benchmarks of the data layer (seed and national size) and of page requests
## (BENCH_NATIONAL_DIR=<a `server gen` directory> adds the national compare page; see BENCHMARKS.md)
bench:
	$(MALLOC_ENV) cargo bench -p data --features lazy-reference
	$(MALLOC_ENV) cargo bench -p integration-tests --bench render

## loadtest: wrk against the release server with a browser's headers, beside nginx serving the
## same page precompressed; then the national URL mix (Zipf, >= 10,000 URLs) from a fresh server,
## alone and beside a loop of made-up URLs (scripts/loadtest.sh; figures in BENCHMARKS.md)
loadtest: build
	@command -v wrk >/dev/null && command -v nginx >/dev/null || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends wrk nginx; }
	$(SERVE_ENV) SERVER_BIN=$(abspath $(SERVER_BIN)) scripts/loadtest.sh

## edit-bench: an accepted edit end to end at national size — a supervisor's correction posted
## to the release server (on a copy of var-synthetic/), then the public compare page until it shows
edit-bench: server gen
	$(MALLOC_ENV) SERVER_BIN=$(abspath $(SERVER_BIN)) scripts/edit-visible.sh

## attack: the attacks of issue 14 against the release server over ~500,000 synthetic figures
## (hostile uploads, a burst of guesses, login timing, paged lists): what each costs, and the answer
attack: server
	$(MALLOC_ENV) SERVER_BIN=$(abspath $(SERVER_BIN)) scripts/attack.sh

## browser-bench: the compare page's first load in headless Chromium (bytes, paint, hydration)
browser-bench: build test-tools
	$(SERVE_ENV) $(SERVER_BIN) --addr 127.0.0.1:3903 \
		--data-dir $$(mktemp -d) & pid=$$!; trap "kill $$pid" EXIT; \
		until curl -sf 127.0.0.1:3903/healthz >/dev/null; do sleep 0.5; done; \
		cd end2end && BASE_URL=http://127.0.0.1:3903 node bench/first-load.mjs

## gen: a synthetic national dataset in var-synthetic/; `make run-synthetic` serves it
gen: server
	@[ -f var-synthetic/fazhi-kanban.sqlite3 ] || $(SERVER_BIN) gen --data-dir var-synthetic

run-synthetic: build gen
	$(SERVE_ENV) $(SERVER_BIN) --addr $(ADDR) --data-dir var-synthetic

## test-postgres: the store's tests on PostgreSQL too: a throw-away cluster (Debian's postgresql-15,
## installed if missing; scripts/postgres.sh) on the first loopback port from 55432 it can bind
## (a free-looking port there may be some connection's own), always stopped and removed after.
## The PostgreSQL variants are ignored tests, included here with the URL set.
## `PG_TEST_SCOPE='-p data'` builds the data crate's tests alone (a separate build of Polars).
PG_TEST_SCOPE ?= --workspace
PG_TESTS := --test store --test store_security --test import_stream --test migration --test login_throttle --test store_replicas --test store_copy
test-postgres:
	scripts/with-postgres.sh FAZHI_TEST_POSTGRES \
		cargo test --release $(PG_TEST_SCOPE) $(PG_TESTS) -- --include-ignored --test-threads=1

## test-cluster: three servers on one throw-away PostgreSQL, behind nginx (tests/tests/cluster.rs):
## an edit through one shown by all, a replica killed under load, a commit cut off, the throttle
test-cluster:
	@command -v nginx >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends nginx; }
	scripts/with-postgres.sh FAZHI_CLUSTER_DATABASE \
		cargo test --release --workspace --test cluster -- --ignored --test-threads=1

## cluster-bench: the national dataset on PostgreSQL beside SQLite: copy, start, an edit seen by
## every server, the URL mix on one server and on two behind nginx (scripts/cluster-bench.sh)
cluster-bench: server
	@command -v wrk >/dev/null && command -v nginx >/dev/null || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends wrk nginx; }
	SERVER_BIN=$(abspath $(SERVER_BIN)) scripts/with-postgres.sh FAZHI_BENCH_DATABASE scripts/cluster-bench.sh

## lint: clippy as CI of the style guide wants it (ssr and hydrate separately, never together)
lint:
	cargo fmt --all --check
	scripts/check_test_features.sh
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings

clean:
	cargo clean
