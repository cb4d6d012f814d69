# actorgraph: plain GNU make. `make demo` and `make test` work on a fresh Debian 12 machine:
# missing Debian packages are installed first (as root), with one line saying which.

FLAVOUR ?= release
BUILD   := build/$(FLAVOUR)
BIN     := $(BUILD)/actorgraph
SHARED  ?= ../shared

BUILD_PKGS := gcc make libigraph-dev libcsv-dev libxml2-dev libjansson-dev graphviz
TEST_PKGS  := libxml2-utils python3 python3-networkx python3-igraph

CC ?= gcc
CFLAGS_WARN := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Werror -Wshadow \
  -Wstrict-prototypes -Wmissing-prototypes -Wold-style-definition -Wwrite-strings -Wpointer-arith \
  -Wcast-qual -Wformat=2 -Wundef -Wvla -Wconversion -Wno-sign-conversion -fno-common
CFLAGS_release := -O2 -g
CFLAGS_debug   := -O0 -g
CFLAGS_asan    := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# fuzz: libFuzzer builds with clang (make fuzz); clang warns differently, so warnings stay warnings
CFLAGS_fuzz    := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
  -fno-omit-frame-pointer -Wno-error
CPPFLAGS := -Iinclude -Isrc -I$(BUILD)/gen -isystem /usr/include/igraph -isystem /usr/include/libxml2
CFLAGS   := $(CFLAGS_WARN) $(CFLAGS_$(FLAVOUR)) -pthread
SANITIZE_asan := -fsanitize=address,undefined
SANITIZE_fuzz := -fsanitize=address,undefined
LDFLAGS  := $(SANITIZE_$(FLAVOUR)) -pthread
LDLIBS   := -ligraph -lcsv -lxml2 -ljansson -lm

MODULES  := util text lexicon extract io graph export
LIB_SRC  := $(foreach m,$(MODULES),$(wildcard src/$(m)/*.c))
CLI_SRC  := $(wildcard src/cli/*.c)
LEXICON  := $(sort $(wildcard datasets/lexicon/*.csv))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/lexicon_data.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libactorgraph.a
UNIT_SRC := $(wildcard tests/unit/test_*.c) tests/unit/unit_main.c tests/unit/unit_files.c
UNIT_BIN := $(BUILD)/unit_tests
FUZZ_TARGETS := article csv lexicon
FUZZ_SECONDS ?= 600
FUZZ_COMMON  := $(BUILD)/tests/fuzz/fuzz_util.o
FUZZ_REPLAY  := $(FUZZ_TARGETS:%=$(BUILD)/fuzz_replay_%)

.PHONY: all deps test-deps demo test check unit e2e eval asan valgrind format format-check clean \
        golden-update bench fuzz fuzz-bins fuzz-run check-oom test-browser
all: deps $(BIN)

# Installs what is missing; does nothing (quickly) when all is there.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "actorgraph: missing Debian packages:$$missing; run 'sudo apt-get install$$missing' or make as root" >&2; exit 1; \
	  fi; \
	  echo "installing missing Debian packages:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing) >/dev/null \
	    || { echo "actorgraph: apt-get install$$missing failed" >&2; exit 1; }; \
	fi
endef

deps:
	$(call install_missing,$(BUILD_PKGS))

test-deps: deps
	$(call install_missing,$(TEST_PKGS))

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

$(BUILD)/gen/lexicon_data.c: $(BUILD)/tools/embed $(LEXICON)
	@mkdir -p $(dir $@)
	@echo "  EMBED $(LEXICON)"
	@$(BUILD)/tools/embed $@ $(LEXICON)

$(BUILD)/gen/lexicon_data.o: $(BUILD)/gen/lexicon_data.c
	@$(CC) $(CPPFLAGS) -O0 -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	@echo "  AR $@"
	@ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	@echo "  LD $@"
	@$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(UNIT_BIN): $(UNIT_SRC:%.c=$(BUILD)/%.o) $(LIB)
	@echo "  LD $@"
	@$(CC) $(LDFLAGS) -o $@ $(UNIT_SRC:%.c=$(BUILD)/%.o) $(LIB) $(LDLIBS)

# The whole pipeline on the sample articles, then a summary on stdout.
demo: all
	$(BIN) run datasets/articles -o out

test: test-deps $(BIN) $(UNIT_BIN) $(FUZZ_REPLAY)
	@BIN=$(BIN) UNIT=$(UNIT_BIN) SHARED=$(SHARED) FUZZ_REPLAY_DIR=$(BUILD) tests/run_all.sh

check: test

unit: $(UNIT_BIN)
	$(UNIT_BIN)

eval: all
	@if [ ! -d $(SHARED)/eval ]; then echo "eval: $(SHARED)/eval is absent; nothing to score"; exit 0; fi; \
	for set in dev seed; do \
	  tmp=$$(mktemp -d); \
	  $(BIN) extract -q $(SHARED)/eval/$$set/articles -o $$tmp || exit 1; \
	  echo "== $$set"; \
	  python3 $(SHARED)/eval/score.py --articles $(SHARED)/eval/$$set/articles \
	    --gold $(SHARED)/eval/$$set/gold.csv --pred $$tmp/relations.csv; \
	  rm -rf $$tmp; \
	done; \
	tmp=$$(mktemp -d); $(BIN) extract -q datasets/articles -o $$tmp && echo "== datasets/articles (our own annotation, datasets/gold)" && \
	  python3 $(SHARED)/eval/score.py --articles datasets/articles --gold datasets/gold/articles-gold.csv \
	    --pred $$tmp/relations.csv; rm -rf $$tmp

asan:
	$(MAKE) FLAVOUR=asan test

valgrind: test-deps $(BIN) $(UNIT_BIN) $(FUZZ_REPLAY)
	@BIN=$(BIN) UNIT=$(UNIT_BIN) SHARED=$(SHARED) FUZZ_REPLAY_DIR=$(BUILD) \
	  WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
	  tests/run_all.sh

# ---- fuzzing (tests/fuzz/): libFuzzer targets built with clang in build/fuzz; the same targets
# linked with a plain replay main (gcc, any flavour) replay tests/fuzz/corpus/<target>/ in make test.

$(BUILD)/fuzz_replay_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/replay_main.o $(FUZZ_COMMON) $(LIB)
	@echo "  LD $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/fuzzer_%: $(BUILD)/tests/fuzz/fuzz_%.o $(FUZZ_COMMON) $(LIB)
	@echo "  LD $@"
	@$(CC) $(LDFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

.SECONDARY: $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/fuzz_%.o) $(BUILD)/tests/fuzz/replay_main.o $(FUZZ_COMMON)

fuzz:
	@$(MAKE) --no-print-directory FLAVOUR=fuzz CC=clang fuzz-bins

fuzz-bins: deps $(FUZZ_TARGETS:%=$(BUILD)/fuzzer_%)

# Runs each target FUZZ_SECONDS (default 600) from its committed corpus, then merges what it
# found back into tests/fuzz/corpus/<target>, minimised to a set cover of the edges (a few hundred
# files at most: -merge=1 keeps one per hit-count feature, thousands). Findings go to build/fuzz/.
fuzz-run: fuzz
	@set -e; for t in $(FUZZ_TARGETS); do \
	  work=build/fuzz/corpus/$$t; min=build/fuzz/corpus/$$t.min; mkdir -p $$work tests/fuzz/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  build/fuzz/fuzzer_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=2048 \
	    -max_len=16384 -print_final_stats=1 -artifact_prefix=build/fuzz/$$t- \
	    $$work tests/fuzz/corpus/$$t 2>build/fuzz/$$t.log || { tail -40 build/fuzz/$$t.log; exit 1; }; \
	  tail -12 build/fuzz/$$t.log | grep -E 'stat::number_of_executed_units|stat::peak_rss|Done'; \
	  rm -rf $$min; mkdir -p $$min; \
	  build/fuzz/fuzzer_$$t -set_cover_merge=1 -use_counters=0 $$min tests/fuzz/corpus/$$t $$work 2>/dev/null; \
	  rm -f tests/fuzz/corpus/$$t/*; cp $$min/* tests/fuzz/corpus/$$t/; \
	  echo "fuzz: $$t corpus $$(ls tests/fuzz/corpus/$$t | wc -l) files"; \
	done

# Fails the Nth allocation for every N of a small extract and analyze run: each must exit 4 with
# the previous outputs kept and no leak (LeakSanitizer, asan flavour); then again with 2 threads.
check-oom:
	@$(MAKE) --no-print-directory FLAVOUR=asan build/asan/actorgraph
	@top=$(CURDIR) BIN=build/asan/actorgraph sh -c '. tests/e2e/robustness.sh && oom_walk 1 -j 1 && oom_walk 1 -j 2'

# The report in a real browser: installs Debian's chromium and playwright-core (npm, under
# build/browser) when missing, then runs the browser test of tests/e2e/report.sh.
test-browser: test-deps $(BIN)
	$(call install_missing,chromium)
	@command -v npm >/dev/null || { echo "actorgraph: test-browser needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
	@[ -d build/browser/node_modules/playwright-core ] || { mkdir -p build/browser && cd build/browser && \
	  { [ -f package.json ] || echo '{"name":"ag-browser-test","private":true}' >package.json; } && \
	  npm install --no-audit --no-fund --silent playwright-core; }
	@tmp=$$(mktemp -d) && cd $$tmp && top=$(CURDIR) BIN=$(CURDIR)/$(BIN) PY=/usr/bin/python3 WRAP= \
	  SHARED=$(SHARED) sh -c '. $(CURDIR)/tests/e2e/report.sh && test_browser_clicks_an_edge_and_sees_its_evidence' \
	  && echo "test-browser: passed (screenshot: out/report-screenshot.png)"; rc=$$?; rm -rf $$tmp; exit $$rc

golden-update: $(BIN)
	@BIN=$(BIN) tests/golden/update.sh

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(wildcard src/*/*.h include/actorgraph/*.h) $(UNIT_SRC)

format-check:
	clang-format --dry-run -Werror $(LIB_SRC) $(CLI_SRC) $(wildcard src/*/*.h include/actorgraph/*.h)

# ---- benchmark: `make bench` (not part of make test; README, "Performance"). Generates, or
# reuses, a corpus of BENCH_MB megabytes and a relations.csv of BENCH_ROWS rows under build/bench,
# then writes the figures to out/bench.json.
BENCH_MB     ?= 200
BENCH_ROWS   ?= 5000000
BENCH_ACTORS ?= 5000
BENCH_TOOLS  := $(BUILD)/tools/bench/gen_corpus $(BUILD)/tools/bench/gen_relations

$(BUILD)/tools/bench/%: tools/bench/%.c tools/bench/splitmix.h
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS_WARN) -O2 -o $@ $< -lm

bench: all $(BENCH_TOOLS)
	$(call install_missing,time python3)
	@/usr/bin/python3 tools/bench/bench.py --bin $(BIN) --gen-corpus $(BUILD)/tools/bench/gen_corpus \
	  --gen-relations $(BUILD)/tools/bench/gen_relations --articles datasets/articles \
	  --work build/bench --out out/bench.json --mb $(BENCH_MB) --rows $(BENCH_ROWS) \
	  --actors $(BENCH_ACTORS)

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
