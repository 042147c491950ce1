/* test_scripts.c: the script suite (scripts::run, each .py under tests/scripts run as `tally x.py`
 * in its directory) and the REPL transcripts (transcripts::run, each tests/repl/x.txt fed to
 * `tally -q -i`), against TALLY_BIN (default build/debug/tally); one case per file, found at run
 * time, compared with x.out: stdout, "--- stderr ---" + stderr, "--- exit N ---" (tests/README.md;
 * "<absolute dir>/" is removed first, as CPython 3.11 prints the script's absolute path). */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CASE_PATH_MAX 512
#define DEFAULT_TIMEOUT 10          /* seconds per program; TALLY_TEST_TIMEOUT overrides */
#define OUTPUT_CAP (8u << 20)       /* bytes kept per stream; more means a runaway program */
#define RESULTS_DIR "build/test-results"

typedef struct TestCase {
    char path[CASE_PATH_MAX];       /* relative to the repository root, e.g. tests/scripts/a/b.py */
} TestCase;

typedef struct Text {
    char *data;
    size_t len, cap;
} Text;

typedef struct RunResult {
    Text out, err;
    int status;                     /* exit code, or 128 + signal */
    bool timed_out, truncated;
} RunResult;

/* ---- text buffers ---- */

static void text_add(Text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 1024;
        while (cap < t->len + n + 1) cap *= 2;
        char *p = realloc(t->data, cap);
        cr_assert_not_null(p, "out of memory");
        t->data = p;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void text_adds(Text *t, const char *s)
{
    text_add(t, s, strlen(s));
}

static void text_free(Text *t)
{
    free(t->data);
    t->data = NULL;
    t->len = t->cap = 0;
}

static bool read_file(const char *path, Text *t)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) return false;
    char chunk[65536];
    size_t n;
    text_add(t, "", 0);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) text_add(t, chunk, n);
    fclose(f);
    return true;
}

/* ---- finding the cases (in the runner process, before any test runs) ---- */

typedef struct PathList {
    char **items;
    size_t len, cap;
} PathList;

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static void collect(const char *dir, const char *suffix, bool recurse, PathList *list)
{
    DIR *d = opendir(dir);
    if (d == NULL) return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char path[CASE_PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path) continue;
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            if (recurse) collect(path, suffix, recurse, list);
        } else if (has_suffix(e->d_name, suffix)) {
            if (list->len == list->cap) {
                list->cap = list->cap ? list->cap * 2 : 64;
                list->items = realloc(list->items, list->cap * sizeof(char *));
                if (list->items == NULL) abort();
            }
            list->items[list->len++] = strdup(path);
        }
    }
    closedir(d);
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_cases(struct criterion_test_params *params)
{
    cr_free(params->params);
}

/* The sorted cases under [dir] as a Criterion parameter array (in shared memory: the tests run in
 * other processes). An empty or missing directory gives one case with an empty path, which fails
 * with an explanation instead of vanishing. */
static struct criterion_test_params make_cases(const char *dir, const char *suffix, bool recurse)
{
    PathList list = {0};
    collect(dir, suffix, recurse, &list);
    qsort(list.items, list.len, sizeof(char *), compare_paths);
    size_t n = list.len ? list.len : 1;
    TestCase *cases = cr_calloc(n, sizeof(TestCase));
    for (size_t i = 0; i < list.len; i++) {
        snprintf(cases[i].path, sizeof cases[i].path, "%s", list.items[i]);
        free(list.items[i]);
    }
    free(list.items);
    return cr_make_param_array(TestCase, cases, n, free_cases);
}

/* ---- the interpreter under test ---- */

/* TALLY_BIN as an absolute path (the program runs in another directory), or skips the test. */
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

static int timeout_seconds(void)
{
    const char *s = getenv("TALLY_TEST_TIMEOUT");
    int t = s != NULL ? atoi(s) : 0;
    return t > 0 ? t : DEFAULT_TIMEOUT;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs argv[0] with [args] in [cwd], stdin from [stdin_path], capturing both output streams; kills
 * its process group after [timeout] seconds. */
static void run_program(char *const argv[], const char *cwd, const char *stdin_path, int timeout,
                        RunResult *r)
{
    memset(r, 0, sizeof *r);
    text_add(&r->out, "", 0);
    text_add(&r->err, "", 0);
    int out_pipe[2], err_pipe[2];
    cr_assert(pipe(out_pipe) == 0 && pipe(err_pipe) == 0, "pipe: %s", strerror(errno));
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    cr_assert(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        setpgid(0, 0);
        int in = open(stdin_path, O_RDONLY);
        if (in < 0 || chdir(cwd) != 0) _exit(126);
        dup2(in, 0);
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        close(in);
        close(out_pipe[0]);
        close(out_pipe[1]);
        close(err_pipe[0]);
        close(err_pipe[1]);
        signal(SIGPIPE, SIG_DFL);
        execv(argv[0], argv);
        _exit(127);
    }
    setpgid(pid, pid);
    close(out_pipe[1]);
    close(err_pipe[1]);
    struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    Text *texts[2] = {&r->out, &r->err};
    int open_fds = 2;
    double deadline = now() + timeout;
    while (open_fds > 0) {
        double left = deadline - now();
        if (left <= 0) {
            r->timed_out = true;
            break;
        }
        int n = poll(fds, 2, (int)(left * 1000) + 1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            char chunk[65536];
            ssize_t k = read(fds[i].fd, chunk, sizeof chunk);
            if (k > 0) {
                if (texts[i]->len + (size_t)k > OUTPUT_CAP) r->truncated = true;
                else text_add(texts[i], chunk, (size_t)k);
            } else if (k == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
            }
        }
        if (r->truncated) break;
    }
    if (r->timed_out || r->truncated) kill(-pid, SIGKILL);
    for (int i = 0; i < 2; i++)
        if (fds[i].fd >= 0) close(fds[i].fd);
    int wstatus = 0;
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {}
    r->status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
}

/* Removes every occurrence of [what] from [t]. */
static void text_remove_all(Text *t, const char *what)
{
    size_t n = strlen(what), w = 0;
    if (n == 0) return;
    for (size_t r = 0; r < t->len;) {
        if (r + n <= t->len && memcmp(t->data + r, what, n) == 0) {
            r += n;
            continue;
        }
        t->data[w++] = t->data[r++];
    }
    t->len = w;
    t->data[w] = '\0';
}

/* stdout, "--- stderr ---" + stderr, "--- exit N ---": the expectation format. */
static void build_actual(const RunResult *r, Text *t)
{
    text_add(t, r->out.data, r->out.len);
    if (r->err.len > 0) {
        if (t->len > 0 && t->data[t->len - 1] != '\n') text_adds(t, "\n");
        text_adds(t, "--- stderr ---\n");
        text_add(t, r->err.data, r->err.len);
    }
    if (r->status != 0) {
        char line[64];
        snprintf(line, sizeof line, "--- exit %d ---\n", r->status);
        if (t->len > 0 && t->data[t->len - 1] != '\n') text_adds(t, "\n");
        text_adds(t, line);
    }
}

/* ---- reporting a difference ---- */

typedef struct Lines {
    const char **start;
    size_t *len;
    size_t n;
} Lines;

static Lines split_lines(const char *s, size_t n)
{
    Lines l = {0};
    size_t cap = 16;
    l.start = malloc(cap * sizeof(char *));
    l.len = malloc(cap * sizeof(size_t));
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n') j++;
        if (l.n == cap) {
            cap *= 2;
            l.start = realloc(l.start, cap * sizeof(char *));
            l.len = realloc(l.len, cap * sizeof(size_t));
        }
        l.start[l.n] = s + i;
        l.len[l.n] = j < n ? j - i + 1 : j - i;      /* with its '\n' when it has one */
        l.n++;
        i = j + 1;
    }
    return l;
}

static bool line_eq(const Lines *a, size_t i, const Lines *b, size_t j)
{
    return a->len[i] == b->len[j] && memcmp(a->start[i], b->start[j], a->len[i]) == 0;
}

/* One line for the report: control characters escaped, a missing final newline marked. */
static void add_line(Text *t, const char *prefix, const char *s, size_t n)
{
    text_adds(t, prefix);
    bool nl = n > 0 && s[n - 1] == '\n';
    if (nl) n--;
    for (size_t i = 0; i < n && i < 400; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c == '\t' || c >= 0x20) text_add(t, (const char *)&s[i], 1);
        else {
            snprintf(esc, sizeof esc, "\\x%02x", c);
            text_adds(t, esc);
        }
    }
    if (n > 400) text_adds(t, "...");
    text_adds(t, nl ? "\n" : "\n\\ No newline at end\n");
}

/* A unified-diff-like hunk from the first differing line to the last (common tail trimmed), with
 * two lines of context, at most 8 lines per side. */
static void describe_diff(Text *msg, const char *exp, size_t elen, const char *got, size_t glen)
{
    Lines e = split_lines(exp, elen), g = split_lines(got, glen);
    size_t first = 0;
    while (first < e.n && first < g.n && line_eq(&e, first, &g, first)) first++;
    size_t ee = e.n, ge = g.n;
    while (ee > first && ge > first && line_eq(&e, ee - 1, &g, ge - 1)) { ee--; ge--; }
    char head[128];
    snprintf(head, sizeof head, "@@ first difference at line %zu (- expected, + got) @@\n", first + 1);
    text_adds(msg, head);
    for (size_t i = first >= 2 ? first - 2 : 0; i < first; i++) add_line(msg, "  ", e.start[i], e.len[i]);
    for (size_t i = first; i < ee && i < first + 8; i++) add_line(msg, "- ", e.start[i], e.len[i]);
    if (ee > first + 8) text_adds(msg, "- ...\n");
    for (size_t i = first; i < ge && i < first + 8; i++) add_line(msg, "+ ", g.start[i], g.len[i]);
    if (ge > first + 8) text_adds(msg, "+ ...\n");
    for (size_t i = ee; i < e.n && i < ee + 2; i++) add_line(msg, "  ", e.start[i], e.len[i]);
    free(e.start);
    free(e.len);
    free(g.start);
    free(g.len);
}

/* Saves what the program printed (in the expectation format) under build/test-results/, if that
 * directory can be made, so that a failure can be inspected or diffed whole. */
static void save_actual(const char *case_path, const Text *actual, char *saved, size_t size)
{
    saved[0] = '\0';
    char path[CASE_PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s.got", RESULTS_DIR, case_path);
    for (char *p = path + 1; *p != '\0'; p++) {
        if (*p != '/') continue;
        *p = '\0';
        mkdir(path, 0777);
        *p = '/';
    }
    FILE *f = fopen(path, "wb");
    if (f == NULL) return;
    fwrite(actual->data, 1, actual->len, f);
    fclose(f);
    snprintf(saved, size, "%s", path);
}

/* Runs one case and compares it with its expectation file. */
static void check_case(const char *case_path, const char *expect_suffix, bool transcript)
{
    cr_assert(case_path[0] != '\0', "no test files found (tests/scripts/**/*.py, tests/repl/*.txt): "
              "run the tests from the repository root");
    char bin[PATH_MAX];
    tally_bin(bin, sizeof bin);

    /* tests/scripts/a/b.py -> dir tests/scripts/a, base b.py, stem tests/scripts/a/b */
    char dir[CASE_PATH_MAX], stem[CASE_PATH_MAX], expect_path[CASE_PATH_MAX + 8], in_path[CASE_PATH_MAX + 8];
    snprintf(dir, sizeof dir, "%s", case_path);
    char *slash = strrchr(dir, '/');
    const char *base = slash != NULL ? case_path + (slash - dir) + 1 : case_path;
    if (slash != NULL) *slash = '\0';
    else snprintf(dir, sizeof dir, ".");
    snprintf(stem, sizeof stem, "%s", case_path);
    char *dot = strrchr(stem, '.');
    if (dot != NULL) *dot = '\0';
    snprintf(expect_path, sizeof expect_path, "%s%s", stem, expect_suffix);
    snprintf(in_path, sizeof in_path, "%s.in", stem);

    Text expected = {0};
    if (!read_file(expect_path, &expected))
        cr_assert_fail("%s: no expectation file %s (run `make expectations` to generate it with "
                       "python3, or write it by hand for a '# tally-only:' script)", case_path, expect_path);

    char *argv[6];
    int argc = 0;
    argv[argc++] = bin;
    char abs_stdin[PATH_MAX];
    if (transcript) {
        argv[argc++] = (char *)"-q";
        argv[argc++] = (char *)"-i";
        cr_assert_not_null(realpath(case_path, abs_stdin), "realpath(%s)", case_path);
    } else {
        argv[argc++] = (char *)base;
        if (access(in_path, R_OK) == 0) cr_assert_not_null(realpath(in_path, abs_stdin), "realpath(%s)", in_path);
        else snprintf(abs_stdin, sizeof abs_stdin, "/dev/null");
    }
    argv[argc] = NULL;

    RunResult r;
    int timeout = timeout_seconds();
    run_program(argv, dir, abs_stdin, timeout, &r);
    char abs_dir[PATH_MAX + 1];
    cr_assert_not_null(realpath(dir, abs_dir), "realpath(%s)", dir);
    strcat(abs_dir, "/");
    text_remove_all(&r.out, abs_dir);
    text_remove_all(&r.err, abs_dir);
    Text actual = {0};
    text_add(&actual, "", 0);
    build_actual(&r, &actual);

    bool same = !r.timed_out && !r.truncated && actual.len == expected.len &&
                memcmp(actual.data, expected.data, actual.len) == 0;
    if (!same) {
        Text msg = {0};
        char line[CASE_PATH_MAX * 2 + 128];
        if (r.timed_out) {
            snprintf(line, sizeof line, "%s: killed after %d s (TALLY_TEST_TIMEOUT raises the limit)\n",
                     case_path, timeout);
        } else if (r.truncated) {
            snprintf(line, sizeof line, "%s: killed after printing more than %u bytes\n", case_path,
                     OUTPUT_CAP);
        } else {
            snprintf(line, sizeof line, "%s: output differs from %s\n", case_path, expect_path);
        }
        text_adds(&msg, line);
        if (r.status > 128 && !r.timed_out && !r.truncated) {
            snprintf(line, sizeof line, "(the interpreter was killed by signal %d: %s)\n", r.status - 128,
                     strsignal(r.status - 128));
            text_adds(&msg, line);
        }
        describe_diff(&msg, expected.data, expected.len, actual.data, actual.len);
        char saved[CASE_PATH_MAX + 64];
        save_actual(case_path, &actual, saved, sizeof saved);
        if (saved[0] != '\0') {
            snprintf(line, sizeof line, "whole output: %s (diff it with %s)", saved, expect_path);
            text_adds(&msg, line);
        }
        cr_log_error("%s", msg.data);
        text_free(&msg);
    }
    text_free(&expected);
    text_free(&actual);
    text_free(&r.out);
    text_free(&r.err);
    cr_assert(same, "%s differs from its expectation (see above)", case_path);
}

/* ---- the two parameterized tests ---- */

ParameterizedTestParameters(scripts, run)
{
    return make_cases("tests/scripts", ".py", true);
}

ParameterizedTest(TestCase *c, scripts, run, .timeout = 120)
{
    check_case(c->path, ".out", false);
}

ParameterizedTestParameters(transcripts, run)
{
    return make_cases("tests/repl", ".txt", false);
}

ParameterizedTest(TestCase *c, transcripts, run, .timeout = 120)
{
    check_case(c->path, ".out", true);
}
