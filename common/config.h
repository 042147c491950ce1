/* config.h: build-wide feature and debug switches, in one place (Wren's wren_common.h idea).
 * Every switch is set by the Makefile's build mode; nothing else defines them. */
#ifndef TALLY_CONFIG_H
#define TALLY_CONFIG_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>
#include <stdlib.h>
#include <string.h>

/* DEBUG_REFS: keep a global total of references (vm_ref_total) and, at exit, check that the
 * total is back to its start-up value and that the allocator has no live blocks.
 * Set by `make debug` and `make asan`. */
#ifndef DEBUG_REFS
#define DEBUG_REFS 0
#endif

/* DEBUG_ALLOC: fill freed blocks with 0xDB and new ones with 0xCB so use-after-free shows. */
#ifndef DEBUG_ALLOC
#define DEBUG_ALLOC 0
#endif

/* USE_COMPUTED_GOTO: threaded dispatch in vm/eval.c. On by default under GCC and Clang;
 * `make test-switch` builds with -DUSE_COMPUTED_GOTO=0 to keep the switch path green. */
#ifndef USE_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif
#endif

/* DEBUG_TRACE_EXEC: print every instruction as it runs (very noisy). */
#ifndef DEBUG_TRACE_EXEC
#define DEBUG_TRACE_EXEC 0
#endif

#define TALLY_VERSION "3.11.7"      /* the CPython version whose behaviour tally follows */
#define TALLY_NAME "tally"

/* Limits that turn runaway input into a clean error rather than a crash. */
#define MAX_PARSE_DEPTH 200         /* nesting of brackets/expressions in the parser */
#define DEFAULT_RECURSION_LIMIT 1000

#if defined(__GNUC__) || defined(__clang__)
#define MUST_CHECK __attribute__((warn_unused_result))
#define NORETURN __attribute__((noreturn))
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define MUST_CHECK
#define NORETURN
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#define PRINTF_LIKE(f, a)
#define ALWAYS_INLINE inline
#endif

#define UNUSED(x) ((void)(x))

#endif
