/* test_repl.c: the interactive REPL driven through a pseudo-terminal (forkpty), as a user would:
 * banner and prompts, echo of results, continuation lines, "_", Ctrl-C at the prompt and while
 * running, Ctrl-D, tracebacks, Tab completion, exit statuses and the history file. The interpreter
 * is TALLY_BIN (default build/debug/tally); HOME is a fresh temporary directory and TERM=dumb.
 * Every wait is for expected text, with a generous limit (5 s), never a fixed sleep. */
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define WAIT_SECONDS 5.0

typedef struct Pty {
    pid_t pid;
    int fd;
    char *buf;              /* everything the REPL wrote so far */
    size_t len, cap;
    size_t mark;            /* expectations search from here: just past the last match */
    char home[64];          /* the temporary HOME */
    bool exited;
    int status;
} Pty;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void tally_bin(char *out, size_t size)
{
    const char *bin = getenv("TALLY_BIN");
    if (bin == NULL || bin[0] == '\0') bin = "build/debug/tally";
    if (access(bin, X_OK) != 0)
        cr_skip_test("interpreter %s not found (set TALLY_BIN, or run `make test`, which builds it)",
                     bin);
    char *abs = realpath(bin, NULL);
    cr_assert_not_null(abs, "realpath(%s) failed", bin);
    snprintf(out, size, "%s", abs);
    free(abs);
}

/* The transcript with control characters made visible, for failure messages. */
static char *visible(const char *s, size_t n)
{
    char *out = malloc(n * 4 + 1), *w = out;
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') w += sprintf(w, "\\n\n");
        else if (c == '\r') w += sprintf(w, "\\r");
        else if (c < 0x20 || c == 0x7f) w += sprintf(w, "\\x%02x", c);
        else *w++ = (char)c;
    }
    *w = '\0';
    return out;
}

/* Starts `tally [args]` on a new pseudo-terminal. [keep_home]: reuse p->home (history tests). */
static void pty_start(Pty *p, const char *const args[], bool keep_home)
{
    char bin[PATH_MAX];
    tally_bin(bin, sizeof bin);
    char home[64];
    if (keep_home) {
        snprintf(home, sizeof home, "%s", p->home);
    } else {
        snprintf(home, sizeof home, "/tmp/tally-repl-XXXXXX");
        cr_assert_not_null(mkdtemp(home), "mkdtemp: %s", strerror(errno));
    }
    memset(p, 0, sizeof *p);
    snprintf(p->home, sizeof p->home, "%s", home);
    char *argv[16];
    int argc = 0;
    argv[argc++] = bin;
    for (int i = 0; args != NULL && args[i] != NULL && argc < 15; i++) argv[argc++] = (char *)args[i];
    argv[argc] = NULL;
    struct winsize ws = {.ws_row = 24, .ws_col = 80};
    fflush(stdout);
    fflush(stderr);
    p->pid = forkpty(&p->fd, NULL, NULL, &ws);
    cr_assert(p->pid >= 0, "forkpty: %s", strerror(errno));
    if (p->pid == 0) {
        setenv("HOME", p->home, 1);
        setenv("TERM", "dumb", 1);
        unsetenv("PYTHONSTARTUP");
        signal(SIGINT, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        execv(argv[0], argv);
        _exit(127);
    }
}

/* Reads what is available within [timeout] seconds; false at end of output. */
static bool pty_read(Pty *p, double timeout)
{
    struct pollfd pfd = {p->fd, POLLIN, 0};
    int n = poll(&pfd, 1, (int)(timeout * 1000));
    if (n <= 0) return true;
    char chunk[4096];
    ssize_t k = read(p->fd, chunk, sizeof chunk);
    if (k <= 0) return false;                   /* EIO: the child closed the terminal */
    if (p->len + (size_t)k + 1 > p->cap) {
        p->cap = (p->len + (size_t)k + 1) * 2;
        p->buf = realloc(p->buf, p->cap);
        cr_assert_not_null(p->buf, "out of memory");
    }
    memcpy(p->buf + p->len, chunk, (size_t)k);
    p->len += (size_t)k;
    p->buf[p->len] = '\0';
    return true;
}

static void remove_home(const char *home)
{
    char path[128];
    snprintf(path, sizeof path, "%s/.tally_history", home);
    unlink(path);
    rmdir(home);
}

static void fail_with_transcript(Pty *p, const char *what)
{
    char *seen = visible(p->buf != NULL ? p->buf : "", p->len);
    kill(p->pid, SIGKILL);
    if (p->home[0] != '\0') remove_home(p->home);
    cr_assert_fail("%s\n--- the terminal showed so far (\\r \\n made visible) ---\n%s", what,
                   seen != NULL ? seen : "");
}

/* Waits until [text] appears after the mark (the end of the previous match); moves the mark past it. */
static void pty_expect(Pty *p, const char *text)
{
    double deadline = now() + WAIT_SECONDS;
    for (;;) {
        if (p->buf != NULL) {
            char *hit = memmem(p->buf + p->mark, p->len - p->mark, text, strlen(text));
            if (hit != NULL) {
                p->mark = (size_t)(hit - p->buf) + strlen(text);
                return;
            }
        }
        double left = deadline - now();
        if (left <= 0 || !pty_read(p, left < 0.2 ? left : 0.2)) {
            if (left > 0) {             /* output ended: one last look */
                char *hit = p->buf ? memmem(p->buf + p->mark, p->len - p->mark, text, strlen(text)) : NULL;
                if (hit != NULL) {
                    p->mark = (size_t)(hit - p->buf) + strlen(text);
                    return;
                }
            }
            char *want = visible(text, strlen(text));
            char msg[512];
            snprintf(msg, sizeof msg, "expected \"%s\" within %.0f s", want ? want : text, WAIT_SECONDS);
            free(want);
            fail_with_transcript(p, msg);
        }
    }
}

/* Writes [s] to the terminal as typed keys, at once (for Ctrl-C while code runs). */
static void pty_send_now(Pty *p, const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t k = write(p->fd, s, n);
        if (k < 0 && errno == EINTR) continue;
        cr_assert(k > 0, "write to the terminal: %s", strerror(errno));
        s += k;
        n -= (size_t)k;
    }
}

/* Types [s] at a prompt: first waits until the line editor has the terminal in raw mode. libedit
 * prints the prompt before it leaves cooked mode, and keys arriving in between would be echoed by
 * the terminal itself (and a Ctrl-D would be taken as the terminal's end-of-file and lost). */
static void pty_send(Pty *p, const char *s)
{
    double deadline = now() + WAIT_SECONDS;
    struct termios t;
    while (tcgetattr(p->fd, &t) == 0 && (t.c_lflag & ICANON) != 0) {
        if (now() > deadline) fail_with_transcript(p, "the terminal never left cooked mode at the prompt");
        pty_read(p, 0.001);
    }
    pty_send_now(p, s);
}

/* Waits for the REPL to exit; returns its exit status (128 + signal if killed). */
static int pty_wait_exit(Pty *p)
{
    double deadline = now() + WAIT_SECONDS;
    for (;;) {
        int st;
        pid_t r = waitpid(p->pid, &st, WNOHANG);
        if (r == p->pid) {
            while (pty_read(p, 0.05) && p->len < (1u << 20)) {}    /* drain the rest */
            p->exited = true;
            p->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
            return p->status;
        }
        if (now() > deadline) fail_with_transcript(p, "the REPL did not exit within 5 s");
        pty_read(p, 0.05);
    }
}

static void pty_close(Pty *p)
{
    if (!p->exited) {
        kill(p->pid, SIGKILL);
        waitpid(p->pid, NULL, 0);
    }
    close(p->fd);
    free(p->buf);
    p->buf = NULL;
}

/* A quiet REPL at its first prompt. */
static void start_quiet(Pty *p)
{
    static const char *const quiet[] = {"-q", NULL};
    pty_start(p, quiet, false);
    pty_expect(p, ">>> ");
}

static void finish(Pty *p, int expected_status)
{
    int status = pty_wait_exit(p);
    if (status != expected_status) {
        char msg[128];
        snprintf(msg, sizeof msg, "exit status %d, expected %d", status, expected_status);
        fail_with_transcript(p, msg);
    }
    pty_close(p);
    remove_home(p->home);
}

Test(repl, banner_and_prompt)
{
    Pty p;
    pty_start(&p, NULL, false);
    pty_expect(&p, "tally 3.11");
    pty_expect(&p, "Python 3.11 compatible");
    pty_expect(&p, "\n");
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, quiet_has_no_banner)
{
    Pty p;
    start_quiet(&p);
    cr_assert(strstr(p.buf, "compatible") == NULL, "-q printed a banner: %s", p.buf);
    pty_send(&p, "\x04");
    finish(&p, 0);
}

Test(repl, expression_value_is_echoed)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "1+1\r");
    pty_expect(&p, "\n2\r\n>>> ");
    pty_send(&p, "x = 5\r");
    pty_expect(&p, "\n>>> ");               /* an assignment prints nothing */
    pty_send(&p, "x * 'ab'\r");
    pty_expect(&p, "\n'ababababab'\r\n>>> ");
    pty_send(&p, "None\r");
    pty_expect(&p, "None\r\n>>> ");        /* the echo of the input line, then straight a prompt */
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, block_with_continuation_lines)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "def double(x):\r");
    pty_expect(&p, "\n... ");
    pty_send(&p, "    return x * 2\r");
    pty_expect(&p, "\n... ");
    pty_send(&p, "\r");                     /* a blank line ends the block */
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "double(21)\r");
    pty_expect(&p, "\n42\r\n>>> ");
    pty_send(&p, "for i in range(3):\r");
    pty_expect(&p, "\n... ");
    pty_send(&p, "    print(i * 10)\r");
    pty_expect(&p, "\n... ");
    pty_send(&p, "\r");
    pty_expect(&p, "\n0\r\n10\r\n20\r\n>>> ");
    pty_send(&p, "[1,\r");                  /* an open bracket continues too */
    pty_expect(&p, "\n... ");
    pty_send(&p, "2]\r");
    pty_expect(&p, "\n[1, 2]\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, underscore_holds_last_value)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "6 * 7\r");
    pty_expect(&p, "\n42\r\n>>> ");
    pty_send(&p, "_ + 1\r");
    pty_expect(&p, "\n43\r\n>>> ");
    pty_send(&p, "y = 0\r");
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "_\r");                    /* assignments leave _ alone */
    pty_expect(&p, "\n43\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, ctrl_c_at_prompt)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "abc");
    pty_expect(&p, "abc");
    pty_send(&p, "\x03");
    pty_expect(&p, "\nKeyboardInterrupt\r\n>>> ");
    pty_send(&p, "if True:\r");             /* also inside a block: the block is dropped */
    pty_expect(&p, "\n... ");
    pty_send(&p, "\x03");
    pty_expect(&p, "\nKeyboardInterrupt\r\n>>> ");
    pty_send(&p, "2 + 3\r");
    pty_expect(&p, "\n5\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, ctrl_c_while_running)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "while True: pass\r");
    pty_expect(&p, "\n... ");
    pty_send(&p, "\r");
    pty_expect(&p, "\r\n");                 /* Enter on the blank line: the loop runs now */
    pty_send_now(&p, "\x03");
    pty_expect(&p, "Traceback (most recent call last):");
    pty_expect(&p, "KeyboardInterrupt\r\n>>> ");
    pty_send(&p, "'alive'\r");
    pty_expect(&p, "\n'alive'\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, ctrl_d_exits_with_status_0)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "1\r");
    pty_expect(&p, "\n1\r\n>>> ");
    pty_send(&p, "'xyz'\x02\x02\x04\r");  /* on a non-empty line Ctrl-D deletes under the cursor */
    pty_expect(&p, "\n'xy'\r\n>>> ");
    pty_send(&p, "\x04");
    finish(&p, 0);
    cr_assert(strstr(p.buf == NULL ? "" : p.buf, "^D") == NULL, "Ctrl-D was echoed as ^D");
}

Test(repl, exception_prints_traceback_and_continues)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "1/0\r");
    pty_expect(&p, "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n");
    pty_expect(&p, "ZeroDivisionError: division by zero\r\n>>> ");
    pty_send(&p, "undefined_thing\r");
    pty_expect(&p, "NameError: name 'undefined_thing' is not defined\r\n>>> ");
    pty_send(&p, "def f(:\r");              /* a syntax error is reported at once */
    pty_expect(&p, "SyntaxError: invalid syntax\r\n>>> ");
    pty_send(&p, "'still here'\r");
    pty_expect(&p, "\n'still here'\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, tab_completes_names)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "pri\t");
    pty_expect(&p, "print(");
    pty_send(&p, "'completed')\r");
    pty_expect(&p, "\ncompleted\r\n>>> ");
    pty_send(&p, "longish_name = 3\r");
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "longish_n\t");
    pty_expect(&p, "longish_name");
    pty_send(&p, " + 1\r");
    pty_expect(&p, "\n4\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, exit_statuses)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "raise SystemExit(3)\r");
    finish(&p, 3);
    start_quiet(&p);
    pty_send(&p, "import sys\r");
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "sys.exit(5)\r");
    finish(&p, 5);
}

Test(repl, history_file_is_written)
{
    Pty p;
    start_quiet(&p);
    pty_send(&p, "history_marker = 12345\r");
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "\x04");
    cr_assert_eq(pty_wait_exit(&p), 0);
    pty_close(&p);
    char path[128];
    snprintf(path, sizeof path, "%s/.tally_history", p.home);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "no history file %s", path);
    char line[256];
    bool found = false;
    while (fgets(line, sizeof line, f) != NULL)
        if (strstr(line, "history_marker") != NULL) found = true;
    fclose(f);
    cr_assert(found, "the line typed is not in %s", path);

    /* A second session sees it: Up arrow (ESC [ A) recalls it. */
    static const char *const quiet[] = {"-q", NULL};
    pty_start(&p, quiet, true);
    pty_expect(&p, ">>> ");
    pty_send(&p, "\x1b[A");
    pty_expect(&p, "history_marker = 12345");
    pty_send(&p, "\r");
    pty_expect(&p, "\n>>> ");
    pty_send(&p, "history_marker\r");
    pty_expect(&p, "\n12345\r\n>>> ");
    pty_send(&p, "exit()\r");
    finish(&p, 0);
}

Test(repl, works_without_home)
{
    char bin[PATH_MAX];
    tally_bin(bin, sizeof bin);
    Pty p;
    memset(&p, 0, sizeof p);
    fflush(stdout);
    fflush(stderr);
    p.pid = forkpty(&p.fd, NULL, NULL, NULL);
    cr_assert(p.pid >= 0, "forkpty: %s", strerror(errno));
    if (p.pid == 0) {
        unsetenv("HOME");
        setenv("TERM", "dumb", 1);
        execl(bin, bin, "-q", (char *)NULL);
        _exit(127);
    }
    pty_expect(&p, ">>> ");
    pty_send(&p, "3 * 3\r");
    pty_expect(&p, "\n9\r\n>>> ");
    pty_send(&p, "\x04");
    cr_assert_eq(pty_wait_exit(&p), 0);
    pty_close(&p);
}
