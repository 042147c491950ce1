/* vm.h: the interpreter's state and its entry points: start-up, running a program or a REPL line,
 * shutdown (with the leak check of debug builds). One interpreter per process. */
#ifndef TALLY_VM_H
#define TALLY_VM_H

#include "objects/object.h"
#include <signal.h>

/* Start-up: types, singletons, builtins, sys (argv from [argv][0..argc)), __main__.
 * Returns 0, or -1 after printing a message (out of memory). */
int vm_init(int argc, char **argv);
/* Shutdown: clears modules, running what finalizers are due. DEBUG_REFS builds then free everything
 * and check that the reference total is balanced and the allocator has no live block, printing a
 * report to stderr if not (release builds leave the interpreter's own memory to the system).
 * Returns 0 if clean, -1 if something leaked (main then exits non-zero). */
int vm_fini(void);

/* Runs a whole program as __main__. Uncaught exceptions print CPython's traceback to stderr.
 * Returns the process exit status: 0, 1 for an uncaught exception, SystemExit's code. */
int vm_run_source(const char *src, size_t len, const char *filename);
/* Reads and runs [path]; a missing file prints python3's message
 * ("tally: can't open file '/abs/x.py': [Errno 2] No such file or directory") and returns 2. */
int vm_run_file(const char *path);

/* REPL: compiles [src] in interactive mode and runs it in __main__, echoing expression values.
 * Returns REPL_INCOMPLETE when more lines are needed (nothing was run), REPL_EXIT when SystemExit
 * was raised (its status in *exit_status), otherwise REPL_OK (errors are printed). */
typedef enum { REPL_OK, REPL_INCOMPLETE, REPL_EXIT } ReplResult;
ReplResult vm_repl_exec(const char *src, size_t len, int *exit_status);

/* Completion candidates for [text] ("pri", "os.pa"): a new list of str, or NULL. Never raises. */
Object *vm_complete(const char *text);

/* Set by the SIGINT handler; the eval loop turns it into KeyboardInterrupt at the next check
 * (backward jumps and calls). */
extern volatile sig_atomic_t vm_interrupt_pending;
void vm_install_sigint(void);     /* installs the handler that sets vm_interrupt_pending */

/* The running program's state, for builtins such as globals(), locals(), eval() and exec(). */
Object *vm_globals_borrow(void);          /* the innermost frame's globals (__main__'s when idle) */
Object *vm_locals(void);                  /* locals() of the innermost frame: a new dict or its locals dict */
Object *vm_builtins_borrow(void);         /* the builtins module's dict */
Object *vm_modules_borrow(void);          /* sys.modules */
/* Runs [code] with the given namespaces (locals may be NULL: same as globals). New ref to the result. */
Object *vm_eval_code(Object *code, Object *globals, Object *locals);
/* Imports a module by absolute name (sys.modules, then built-in modules, then .py files on sys.path). */
Object *vm_import(const char *name);

int vm_recursion_depth(void);             /* current depth, as counted against the recursion limit */
Object *vm_handled_exception_borrow(void); /* the exception being handled (sys.exc_info()), or NULL */

/* Flushes sys.stdout / sys.stderr buffers (before reading input, at exit). */
void vm_flush_std(void);

#endif
