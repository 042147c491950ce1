/* repl.h: the interactive loop (python3's REPL): prompts, continuation lines, line editing and
 * history with libedit, Tab completion, Ctrl-C / Ctrl-D handling. */
#ifndef TALLY_REPL_H
#define TALLY_REPL_H

#include <stdbool.h>

/* Reads statements from stdin and runs them in __main__ until end of input, exit() or SystemExit.
 * vm_init must have run. With a terminal on stdin and stdout: libedit editing, history in
 * ~/.tally_history (not when HOME is unset), prompts on stdout. Otherwise (`tally -i < file`)
 * lines are read raw and prompts (and the banner) go to stderr, as python3 does.
 * [banner]: print the two start-up lines first. Returns the process exit status. */
int repl_run(bool banner);

#endif
