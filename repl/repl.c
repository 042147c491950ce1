/* repl.c: the interactive loop, python3's: ">>> "/"... " prompts, a compound statement ends with a
 * blank line, Ctrl-C at the prompt prints KeyboardInterrupt, Ctrl-D on an empty line leaves (0).
 * On a terminal libedit edits (history in ~/.tally_history, Tab completion via vm_complete) and
 * reads through our getc, so SIGINT ends the wait; otherwise lines are read raw, byte by byte, and
 * prompts go to stderr, as with `python3 -i < file`. */
#include "repl/repl.h"
#include "common/config.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "parser/parser.h"
#include "vm/errors.h"
#include "vm/vm.h"

#include <editline/readline.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#define PS1 ">>> "
#define PS2 "... "
#define HISTORY_FILE ".tally_history"
#define HISTORY_MAX 1000
#define INDENT "    "           /* what Tab inserts at the start of a line */

typedef enum { LINE_OK, LINE_EOF, LINE_INTERRUPT } LineStatus;

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static bool use_editline;       /* stdin and stdout are terminals */
static bool interrupted;        /* getc_hook saw SIGINT: the line in progress is abandoned */
static char *history_path;      /* NULL: no history */
static int history_loaded;      /* entries read at start; later ones are appended at exit */

/* ---- small helpers ---- */

static void buf_append(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->data, cap);
        if (p == NULL) {
            fputs("tally: out of memory\n", stderr);
            exit(1);
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_clear(Buf *b)
{
    b->len = 0;
    if (b->data != NULL) b->data[0] = '\0';
}

/* Only spaces, tabs, form feeds, or a comment: nothing to run (python3 shows ">>> " again). */
static bool is_blank_or_comment(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == '\0' || *s == '#';
}

static bool is_blank(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == '\0';
}

/* Prompts and messages of the loop itself: stdout on a terminal, stderr otherwise (python3). */
static FILE *prompt_stream(void)
{
    return use_editline ? stdout : stderr;
}

static void flush_all(void)
{
    vm_flush_std();
    fflush(stdout);
    fflush(stderr);
}

/* ---- input without a terminal ---- */

/* One line from fd 0 without its newline (malloc'd), read a byte at a time so that whatever follows
 * stays in stdin for the program (input()). A last line without '\n' is still a line. */
static char *read_raw_line(const char *prompt, LineStatus *st)
{
    fputs(prompt, stderr);
    fflush(stderr);
    Buf b = {0};
    buf_append(&b, "", 0);
    for (;;) {
        char c;
        ssize_t n = read(0, &c, 1);
        if (n == 1) {
            if (c == '\n') break;
            buf_append(&b, &c, 1);
            continue;
        }
        if (n < 0 && errno == EINTR) {
            if (vm_interrupt_pending) {
                vm_interrupt_pending = 0;
                free(b.data);
                *st = LINE_INTERRUPT;
                return NULL;
            }
            continue;
        }
        if (b.len > 0) break;      /* end of input after a partial line */
        free(b.data);
        *st = LINE_EOF;
        return NULL;
    }
    *st = LINE_OK;
    return b.data;
}

/* ---- input with libedit ---- */

/* Waits for input with pselect so that SIGINT (the VM's handler sets vm_interrupt_pending) ends the
 * wait; then: -1 (libedit sees end of input, and readline() returns NULL) with [interrupted] set. */
static int wait_byte(int fd)
{
    sigset_t block, orig;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    for (;;) {
        sigprocmask(SIG_BLOCK, &block, &orig);
        if (vm_interrupt_pending) {
            vm_interrupt_pending = 0;
            sigprocmask(SIG_SETMASK, &orig, NULL);
            interrupted = true;
            return -1;
        }
        fd_set rd;
        FD_ZERO(&rd);
        FD_SET(fd, &rd);
        int n = pselect(fd + 1, &rd, NULL, NULL, NULL, &orig);
        int err = errno;
        sigprocmask(SIG_SETMASK, &orig, NULL);
        if (n < 0 && err != EINTR) return -1;
        if (n <= 0) continue;
        unsigned char c;
        ssize_t k = read(fd, &c, 1);
        if (k == 1) return c;
        if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        return -1;                  /* end of input or error */
    }
}

/* libedit's rl_getc_function: one character as a code point (libedit stores wide characters, so
 * UTF-8 is decoded here; a malformed sequence gives U+FFFD). */
static int getc_hook(FILE *f)
{
    int fd = fileno(f);
    int c = wait_byte(fd);
    if (c < 0x80) return c;         /* ASCII, or -1 */
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (more < 0 || c >= 0xF8) return 0xFFFD;
    int cp = c & (0x3F >> more);
    while (more-- > 0) {
        int d = wait_byte(fd);
        if (d < 0) return -1;
        if ((d & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (d & 0x3F);
    }
    return cp;
}

/* Completion: the candidates of vm_complete for the word before the cursor. */
static char **candidates;
static size_t ncandidates;

static void free_candidates(void)
{
    for (size_t i = 0; i < ncandidates; i++) free(candidates[i]);
    free(candidates);
    candidates = NULL;
    ncandidates = 0;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_candidates(const char *text)
{
    free_candidates();
    Object *list = vm_complete(text);
    if (list == NULL) return;
    if (LIST_CHECK(list) && LIST_SIZE(list) > 0) {
        candidates = calloc((size_t)LIST_SIZE(list), sizeof(char *));
        for (ssize_t i = 0; candidates != NULL && i < LIST_SIZE(list); i++) {
            Object *item = LIST_GET(list, i);
            if (!STR_CHECK(item)) continue;
            char *s = strdup(STR_DATA(item));
            if (s != NULL) candidates[ncandidates++] = s;
        }
    }
    OBJ_DECREF(list);
    /* sorted, without duplicates (a name can be both a global and a builtin) */
    if (ncandidates > 1) qsort(candidates, ncandidates, sizeof(char *), compare_strings);
    size_t kept = 0;
    for (size_t i = 0; i < ncandidates; i++) {
        if (kept > 0 && strcmp(candidates[kept - 1], candidates[i]) == 0) free(candidates[i]);
        else candidates[kept++] = candidates[i];
    }
    ncandidates = kept;
}

/* Characters that end the word Tab completes (rlcompleter's delimiters: '.' is part of the word,
 * so "os.pa" completes as a whole). */
static const char word_breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/* A key function bound with rl_add_defun inserted text: redraw the prompt and the line from the
 * start of the row (libedit's own refresh would draw after the old text, and its redisplay key,
 * ^R, is bound to search). */
static void redraw_line(void)
{
    fputc('\r', rl_outstream);
    fflush(rl_outstream);
    rl_forced_update_display();
}

/* Prints the candidates in columns under the line, then redraws the prompt and the line. */
static void list_candidates(void)
{
    size_t width = 0;
    for (size_t i = 0; i < ncandidates; i++)
        if (strlen(candidates[i]) > width) width = strlen(candidates[i]);
    width += 2;
    int rows = 0, cols = 0;
    rl_get_screen_size(&rows, &cols);
    size_t per_line = cols > 0 && (size_t)cols > width ? (size_t)cols / width : 1;
    FILE *out = rl_outstream;
    fputc('\n', out);
    for (size_t i = 0; i < ncandidates; i++) {
        bool last = (i + 1) % per_line == 0 || i + 1 == ncandidates;
        if (last) fprintf(out, "%s\n", candidates[i]);
        else fprintf(out, "%-*s", (int)width, candidates[i]);
    }
    fflush(out);
    rl_forced_update_display();
}

/* Tab (bound with rl_add_defun): completes the word before the cursor with vm_complete's candidates
 * (as far as they agree; when they agree no further, lists them). Before any text on the line it
 * indents instead, as CPython's rlcompleter does (it inserts a tab; we insert four spaces). */
static int tab_key(int count, int key)
{
    UNUSED(count);
    UNUSED(key);
    int start = rl_point;
    while (start > 0 && strchr(word_breaks, rl_line_buffer[start - 1]) == NULL) start--;
    bool at_indent = start == rl_point;
    for (int i = 0; at_indent && i < start; i++)
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') at_indent = false;
    if (at_indent) {
        rl_insert_text(INDENT);
        redraw_line();
        return 0;
    }
    size_t wlen = (size_t)(rl_point - start);
    char *word = malloc(wlen + 1);
    if (word == NULL) return 0;
    memcpy(word, rl_line_buffer + start, wlen);
    word[wlen] = '\0';
    load_candidates(word);
    free(word);
    if (ncandidates == 0) return 0;
    size_t common = strlen(candidates[0]);            /* longest common prefix */
    for (size_t i = 1; i < ncandidates; i++) {
        size_t k = 0;
        while (k < common && candidates[i][k] == candidates[0][k]) k++;
        common = k;
    }
    if (common > wlen) {
        char *add = strndup(candidates[0] + wlen, common - wlen);
        if (add != NULL) rl_insert_text(add);
        free(add);
        redraw_line();
    } else if (ncandidates > 1) {
        list_candidates();
    }
    return 0;
}

/* Ctrl-D: end of input on an empty line (python3 then prints just a newline, where libedit alone
 * would echo "^D"); otherwise delete the character under the cursor. The deletion goes through
 * libedit's own keys, queued with rl_insert (they run in order, after this function): Ctrl-F moves
 * past the character, Ctrl-H deletes it; rl_delete_text mishandles UTF-8 and the line's end. */
static int ctrl_d_key(int count, int key)
{
    UNUSED(count);
    UNUSED(key);
    if (rl_end == 0) {
        rl_done = 1;
        return 0;
    }
    if (rl_point < rl_end) {
        rl_insert(1, 0x06);     /* ed-next-char */
        rl_insert(1, 0x08);     /* em-delete-prev-char */
    }
    return 0;
}

static void history_init(void)
{
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0') return;
    size_t n = strlen(home) + sizeof(HISTORY_FILE) + 2;
    history_path = malloc(n);
    if (history_path == NULL) return;
    snprintf(history_path, n, "%s/%s", home, HISTORY_FILE);
    using_history();
    read_history(history_path);             /* a missing file is fine */
    history_loaded = history_length;
}

static void history_save(void)
{
    if (history_path == NULL) return;
    int fresh = history_length - history_loaded;
    struct stat st;
    if (fresh > 0) {
        if (stat(history_path, &st) == 0) append_history(fresh, history_path);
        else write_history(history_path);
        history_truncate_file(history_path, HISTORY_MAX);
    }
    free(history_path);
    history_path = NULL;
    clear_history();
}

static void editline_init(void)
{
    /* libedit needs the user's character set for non-ASCII input (python3 sets LC_CTYPE too). */
    const char *loc = setlocale(LC_CTYPE, "");
    if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
        setlocale(LC_CTYPE, "C.UTF-8");
    rl_readline_name = TALLY_NAME;
    rl_catch_signals = 0;                   /* SIGINT is ours (getc_hook), not libedit's */
    rl_getc_function = getc_hook;           /* read before rl_initialize */
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_initialize();
    rl_add_defun("tally-complete", tab_key, '\t');
    rl_add_defun("tally-eof-or-delete", ctrl_d_key, 4);
    history_init();
}

static void editline_fini(void)
{
    history_save();
    free_candidates();
}

static char *read_edit_line(const char *prompt, LineStatus *st)
{
    interrupted = false;
    char *line = readline(prompt);
    if (interrupted) {
        free(line);
        *st = LINE_INTERRUPT;
        return NULL;
    }
    if (line == NULL) {
        *st = LINE_EOF;
        return NULL;
    }
    if (!is_blank(line)) add_history(line);
    *st = LINE_OK;
    return line;
}

static char *read_line(const char *prompt, LineStatus *st)
{
    flush_all();
    return use_editline ? read_edit_line(prompt, st) : read_raw_line(prompt, st);
}

/* ---- deciding when a statement is complete ---- */

typedef enum { NEED_MORE, RUN_NOW } Verdict;

/* Does [src] hold a whole interactive statement? Parsed in PARSE_SINGLE mode (the compiler will
 * parse it again): unfinished input needs more lines; a compound statement (def, if, for...) waits
 * for the blank line that ends it; anything else, including a syntax error, runs now (the error is
 * then reported by vm_repl_exec). */
static Verdict classify(const char *src, size_t len)
{
    AstArena *arena = ast_arena_new();
    if (arena == NULL) return RUN_NOW;
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Verdict v = RUN_NOW;
    Module *mod = parse_source(src, len, "<stdin>", PARSE_SINGLE, arena, &err);
    if (mod == NULL) {
        if (err.incomplete) v = NEED_MORE;
        parse_error_fini(&err);
    } else {
        for (int i = 0; i < mod->body.len; i++) {
            Stmt *s = mod->body.items[i];
            switch (s->kind) {
            case STMT_RETURN: case STMT_DELETE: case STMT_ASSIGN: case STMT_AUGASSIGN:
            case STMT_ANNASSIGN: case STMT_RAISE: case STMT_ASSERT: case STMT_IMPORT:
            case STMT_IMPORTFROM: case STMT_GLOBAL: case STMT_NONLOCAL: case STMT_EXPR:
            case STMT_PASS: case STMT_BREAK: case STMT_CONTINUE:
                break;
            default:
                v = NEED_MORE;          /* compound: wait for the blank line */
                break;
            }
        }
    }
    ast_arena_free(arena);
    return v;
}

/* End of input inside a statement: python3 runs what was typed as if a blank line followed, and an
 * unfinished statement is a SyntaxError ("'(' was never closed"). */
static int run_at_eof(Buf *b, int *exit_status)
{
    buf_append(b, "\n", 1);
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Module *mod = arena != NULL ? parse_source(b->data, b->len, "<stdin>", PARSE_SINGLE, arena, &err)
                                : NULL;
    bool print_error = arena != NULL && mod == NULL && err.incomplete;
    if (print_error) {
        flush_all();
        parse_print_error(&err, stderr);
        fflush(stderr);
    }
    if (arena != NULL && mod == NULL) parse_error_fini(&err);
    if (arena != NULL) ast_arena_free(arena);
    if (print_error) return 0;
    return vm_repl_exec(b->data, b->len, exit_status) == REPL_EXIT;
}

/* ---- the loop ---- */

static void print_banner(void)
{
#if defined(__clang__)
    const char *cc = "Clang " __clang_version__;
#elif defined(__GNUC__)
    const char *cc = "GCC " __VERSION__;
#else
    const char *cc = "unknown compiler";
#endif
    FILE *out = stderr;
    fprintf(out, "%s %s (Python 3.11 compatible interpreter%s) [%s] on linux\n", TALLY_NAME, TALLY_VERSION,
            DEBUG_REFS ? ", debug build" : "", cc);
    fputs("Type \"exit()\" or press Ctrl-D to leave, Ctrl-C to interrupt.\n", out);
    fflush(out);
}

int repl_run(bool banner)
{
    use_editline = isatty(0) && isatty(1);
    if (use_editline) editline_init();
    if (banner) print_banner();

    Buf buf = {0};
    buf_append(&buf, "", 0);
    int status = 0;
    for (;;) {
        LineStatus st;
        char *line = read_line(buf.len == 0 ? PS1 : PS2, &st);
        if (st == LINE_INTERRUPT) {
            flush_all();
            fputs("\nKeyboardInterrupt\n", stderr);
            fflush(stderr);
            buf_clear(&buf);
            continue;
        }
        if (st == LINE_EOF) {
            fputc('\n', prompt_stream());
            fflush(prompt_stream());
            if (buf.len == 0) break;
            /* python3 runs the unfinished statement, then reads again (a terminal may go on). */
            int done = run_at_eof(&buf, &status);
            buf_clear(&buf);
            if (done) break;
            status = 0;
            continue;
        }
        bool continuing = buf.len > 0;
        if (!continuing && is_blank_or_comment(line)) {
            free(line);
            continue;
        }
        bool blank = is_blank(line);
        buf_append(&buf, line, strlen(line));
        buf_append(&buf, "\n", 1);
        free(line);
        /* A blank line ends a block; otherwise ask the parser whether the statement is whole. */
        if (!(continuing && blank) && classify(buf.data, buf.len) == NEED_MORE) continue;
        ReplResult r = vm_repl_exec(buf.data, buf.len, &status);
        if (r == REPL_INCOMPLETE) continue;
        buf_clear(&buf);
        if (r == REPL_EXIT) break;
        status = 0;
    }
    free(buf.data);
    flush_all();
    if (use_editline) editline_fini();
    return status;
}
