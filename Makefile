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
CPPFLAGS := -Iinclude -Isrc -I$(BUILD)/gen -isystem /usr/include/igraph -isystem /usr/include/libxml2
CFLAGS   := $(CFLAGS_WARN) $(CFLAGS_$(FLAVOUR)) -pthread
SANITIZE_asan := -fsanitize=address,undefined
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

.PHONY: all deps test-deps demo test check unit e2e eval asan valgrind format format-check clean \
        golden-update bench
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

test: test-deps $(BIN) $(UNIT_BIN)
	@BIN=$(BIN) UNIT=$(UNIT_BIN) SHARED=$(SHARED) tests/run_all.sh

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
	done

asan:
	$(MAKE) FLAVOUR=asan test

valgrind: test-deps $(BIN) $(UNIT_BIN)
	@BIN=$(BIN) UNIT=$(UNIT_BIN) SHARED=$(SHARED) \
	  WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
	  tests/run_all.sh

golden-update: $(BIN)
	@BIN=$(BIN) tests/golden/update.sh

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(wildcard src/*/*.h include/actorgraph/*.h) $(UNIT_SRC)

format-check:
	clang-format --dry-run -Werror $(LIB_SRC) $(CLI_SRC) $(wildcard src/*/*.h include/actorgraph/*.h)

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
