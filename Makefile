# tally: the one Makefile.
#   make            release build -> build/release/tally (and ./tally, a link to it), runs nothing else
#   make run-example   builds, then runs examples/hello.py (the README's first command)
#   make test       debug build; unit tests + script tests + REPL tests in one Criterion run
#   make test-asan  the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make test-switch   the suite with switch dispatch instead of computed goto
#   make bench      the allocator against malloc, then the programs against python3 (and lua5.4)
#   make expectations  regenerate tests/scripts/**/*.out with python3 (CPython 3.11)
#   make deps       install re2c, bison, libcriterion-dev, libedit-dev (apt-get, as root)
# Objects go to build/<mode>/<dir>/; generated lexer and parser sources to build/gen/.

CC      ?= cc
MODE    ?= release
SHELL   := /bin/bash

WARN    := -Wall -Wextra -Wshadow -Wundef -Wmissing-prototypes -Wstrict-prototypes -Wwrite-strings
BASE    := -std=c11 -D_GNU_SOURCE -I. -Ibuild/gen -MMD -MP
ifeq ($(MODE),release)
  OPT   := -O2 -g
else ifeq ($(MODE),debug)
  OPT   := -O0 -g -DDEBUG_REFS=1 -DDEBUG_ALLOC=1
else ifeq ($(MODE),asan)
  OPT   := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -DDEBUG_REFS=1
else ifeq ($(MODE),switch)
  OPT   := -O0 -g -DDEBUG_REFS=1 -DUSE_COMPUTED_GOTO=0
endif
CFLAGS_ALL := $(BASE) $(OPT) $(WARN) $(EXTRA_CFLAGS)
# libedit and the libraries it needs are linked statically when their archives are installed
# (they come with libedit-dev): loading four shared libraries was a fifth of an empty program's
# start-up. Without the archives, the shared library.
LIBDIR  := /usr/lib/$(shell $(CC) -dumpmachine 2>/dev/null)
EDIT_ARCHIVES := $(foreach l,edit tinfo bsd md,$(LIBDIR)/lib$(l).a)
ifeq ($(words $(wildcard $(EDIT_ARCHIVES))),4)
  LDLIBS := -lm -Wl,-Bstatic -ledit -ltinfo -lbsd -lmd -Wl,-Bdynamic
else
  LDLIBS := -lm -ledit
endif
OUT     ?= build/$(MODE)

SRC_DIRS := common gc objects lexer parser compiler vm stdlib
LIB_SRCS := $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c))
GEN_SRCS := build/gen/lexer.c build/gen/grammar.tab.c build/gen/frozen.c
LIB_OBJS := $(patsubst %.c,$(OUT)/%.o,$(LIB_SRCS)) $(OUT)/gen/lexer.o $(OUT)/gen/grammar.tab.o $(OUT)/gen/frozen.o
PY_LIB  := $(sort $(wildcard stdlib/lib/*.py))
MAIN_SRCS := $(wildcard repl/*.c)
MAIN_OBJS := $(patsubst %.c,$(OUT)/%.o,$(MAIN_SRCS))
TEST_SRCS := $(wildcard tests/unit/*.c)
TEST_OBJS := $(patsubst %.c,$(OUT)/%.o,$(TEST_SRCS))

.PHONY: all deps run-example test test-unit test-asan test-switch bench expectations clean lint
.DEFAULT_GOAL := all

all: deps
	@$(MAKE) --no-print-directory MODE=release build/release/tally
	@ln -sf build/release/tally tally

# ---- dependencies: installed when missing (root), otherwise a clear message ----
DEPS_OK := build/.deps-ok
deps: $(DEPS_OK)
$(DEPS_OK):
	@missing=""; \
	command -v re2c >/dev/null || missing="$$missing re2c"; \
	command -v bison >/dev/null || missing="$$missing bison"; \
	[ -f /usr/include/criterion/criterion.h ] || missing="$$missing libcriterion-dev"; \
	[ -f /usr/include/histedit.h ] || [ -f /usr/include/editline/readline.h ] || missing="$$missing libedit-dev"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null || \
	      { echo "apt-get install failed for:$$missing"; exit 1; }; \
	  else \
	    echo "tally needs these Debian packages:$$missing"; \
	    echo "install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi
	@mkdir -p build && touch $@

# ---- generated front end ----
build/gen/lexer.c: lexer/lexer.re build/gen/grammar.tab.h | $(DEPS_OK)
	@mkdir -p build/gen
	re2c -W --no-generation-date $(RE2C_FLAGS) $< -o $@

build/gen/grammar.tab.c build/gen/grammar.tab.h: parser/grammar.y | $(DEPS_OK)
	@mkdir -p build/gen
	bison -Wall -d $< -o build/gen/grammar.tab.c

# the standard-library modules written in Python, embedded in the binary
build/gen/frozen.c: $(PY_LIB) stdlib/embed.sh
	@mkdir -p build/gen
	sh stdlib/embed.sh $@ $(PY_LIB)

# generated code is compiled without the strict prototype warnings
$(OUT)/gen/%.o: build/gen/%.c build/gen/grammar.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(OPT) -Wall -Wno-unused-function -Wno-unused-but-set-variable $(EXTRA_CFLAGS) -c $< -o $@

$(OUT)/%.o: %.c | build/gen/grammar.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(FILE_CFLAGS) -c $< -o $@

# The eval loop's dispatch must stay one indirect jump per opcode: merging the jumps (GCC's
# cross-jumping and GCSE) would make the CPU's branch predictor see a single jump for all opcodes.
$(OUT)/vm/eval.o: FILE_CFLAGS := -fno-gcse -fno-crossjumping

$(OUT)/libtally.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(OUT)/tally: $(MAIN_OBJS) $(OUT)/libtally.a
	$(CC) $(OPT) $(EXTRA_CFLAGS) -o $@ $(MAIN_OBJS) $(OUT)/libtally.a $(LDLIBS)

$(OUT)/tally-tests: $(TEST_OBJS) $(OUT)/libtally.a
	$(CC) $(OPT) $(EXTRA_CFLAGS) -o $@ $(TEST_OBJS) $(OUT)/libtally.a $(LDLIBS) -lcriterion -lutil

-include $(LIB_OBJS:.o=.d) $(MAIN_OBJS:.o=.d) $(TEST_OBJS:.o=.d)

# ---- running ----
run-example: all
	./tally examples/hello.py

# The test binary finds the interpreter under test through TALLY_BIN.
JOBS ?= 2
test: deps
	@$(MAKE) --no-print-directory MODE=debug build/debug/tally build/debug/tally-tests
	TALLY_BIN=build/debug/tally build/debug/tally-tests --jobs $(JOBS) $(TEST_ARGS)

test-asan: deps
	@$(MAKE) --no-print-directory MODE=asan build/asan/tally build/asan/tally-tests
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 TALLY_BIN=build/asan/tally build/asan/tally-tests --jobs $(JOBS) $(TEST_ARGS)

test-switch: deps
	@$(MAKE) --no-print-directory MODE=switch build/switch/tally build/switch/tally-tests
	TALLY_BIN=build/switch/tally build/switch/tally-tests --jobs $(JOBS) $(TEST_ARGS)

# The pooled allocator against malloc/free (a C micro-benchmark), then the programs.
bench: all
	$(CC) -O2 -std=c11 -D_GNU_SOURCE -I. bench/alloc_bench.c gc/alloc.c -o build/alloc_bench
	build/alloc_bench 3000000
	python3 bench/run.py

expectations:
	bash tests/gen_expected.sh

lint:
	@bash tests/lint.sh

clean:
	rm -rf build tally
