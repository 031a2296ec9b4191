# refpy - build with `make`; see README.md.
#
#   make            release build -> ./refpy
#   make test       build, then run every test (ends with "N passed, N failed")
#   make demo       run the memory tour (examples/memory_tour.py)
#   make debug      -O0 -g -DRP_DEBUG -> build/debug/refpy (refcount checks, leak report)
#   make asan       ASan+UBSan        -> build/asan/refpy
#   make switch     switch dispatch instead of computed goto -> build/switch/refpy
#   make test-all   test the release, debug and asan builds
#   make bench      compare with CPython (bench/run.sh)

CC      ?= cc
PYTHON  ?= python3

SRC_DIRS := src/core src/objects src/compiler src/vm src/modules src/viz
SRCS     := $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c)) src/main.c
LIB_PY   := $(sort $(wildcard lib/*.py))

WARN     := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
BASEFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) -MMD -MP
LDLIBS   := -lm

CFLAGS_release := -O2 -DNDEBUG -flto=auto
# link-time optimisation: inlining across files (the object layer into the
# eval loop) is worth 5-10% on the call- and dict-heavy benchmarks
LDFLAGS_release := -O2 -flto=auto
CFLAGS_debug   := -O0 -g -DRP_DEBUG
CFLAGS_asan    := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                  -fno-sanitize-recover=undefined -DRP_DEBUG -DRP_ASAN
LDFLAGS_asan   := -fsanitize=address,undefined
CFLAGS_switch  := -O2 -DNDEBUG -DRP_USE_SWITCH

.PHONY: all release debug asan switch test test-all demo bench clean unit objs

all: release

release: refpy
refpy: build/release/refpy
	cp $< $@

define variant
OBJS_$(1) := $(patsubst src/%.c,build/$(1)/%.o,$(SRCS)) build/$(1)/gen/frozen.o
build/$(1)/refpy: $$(OBJS_$(1))
	$$(CC) $$(LDFLAGS_$(1)) -o $$@ $$^ $$(LDLIBS)
build/$(1)/%.o: src/%.c
	@mkdir -p $$(dir $$@)
	$$(CC) $$(BASEFLAGS) $$(CFLAGS_$(1)) $$(CFLAGS) -c -o $$@ $$<
build/$(1)/gen/frozen.o: build/gen/frozen.c
	@mkdir -p $$(dir $$@)
	$$(CC) $$(BASEFLAGS) -Isrc $$(CFLAGS_$(1)) $$(CFLAGS) -c -o $$@ $$<
-include $$(OBJS_$(1):.o=.d)
endef
$(foreach v,release debug asan switch,$(eval $(call variant,$(v))))

# compile everything without linking (useful while parts are missing)
objs: $(OBJS_release)

debug: build/debug/refpy
asan: build/asan/refpy
switch: build/switch/refpy

# Modules written in Python (lib/*.py) are compiled into the binary as text.
build/gen/frozen.c: $(LIB_PY) tools/freeze.sh
	@mkdir -p build/gen
	sh tools/freeze.sh build/gen $(LIB_PY)

# ---- tests ----
UNIT_SRCS := $(wildcard tests/c/*.c)
UNIT_BINS := $(patsubst tests/c/%.c,build/unit/%,$(UNIT_SRCS))
# unit tests link against an archive so that each pulls in only what it uses
build/debug/librefpy.a: $(filter-out build/debug/main.o,$(OBJS_debug))
	rm -f $@ && ar rcs $@ $^
build/unit/%: tests/c/%.c build/debug/librefpy.a
	@mkdir -p build/unit
	$(CC) $(BASEFLAGS) $(CFLAGS_debug) -Isrc -o $@ $< build/debug/librefpy.a $(LDLIBS)

-include $(wildcard build/unit/*.d)

unit: $(UNIT_BINS)

test: refpy $(UNIT_BINS)
	sh tests/run.sh ./refpy $(UNIT_BINS)

test-all: refpy debug asan $(UNIT_BINS)
	sh tests/run.sh ./refpy $(UNIT_BINS)
	RP_LEAK_CHECK=1 sh tests/run.sh build/debug/refpy
	sh tests/run.sh build/asan/refpy

demo: refpy
	./refpy examples/memory_tour.py

bench: refpy
	sh bench/run.sh

clean:
	rm -rf build refpy
