/* main.c: tally's command line, python3's: `tally [option] ... [-c cmd | file | -] [arg] ...`.
 * Parses the options, starts the VM with sys.argv, runs the program (or prints its bytecode with
 * --dis), enters the REPL when asked (-i) or when stdin is a terminal, and exits with python3's
 * statuses: 0, 1 for an uncaught exception, 2 for a usage error or a missing file, SystemExit's code;
 * 70 when a debug build finds leaked references or blocks at exit. */
#include "common/config.h"
#include "compiler/compiler.h"
#include "objects/codeobject.h"
#include "repl/repl.h"
#include "vm/errors.h"
#include "vm/vm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXIT_LEAK 70            /* EX_SOFTWARE: the debug build's leak check failed */

static const char usage_line[] = "usage: tally [option] ... [-c cmd | file | -] [arg] ...\n";

static const char help_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the version number (\"tally " TALLY_VERSION "\") and exit (also --version)\n"
    "--dis  : print the bytecode of the program (as dis.dis) instead of running it\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct Options {
    bool inspect;               /* -i */
    bool quiet;                 /* -q */
    bool dis;                   /* --dis */
    bool unbuffered;            /* -u or PYTHONUNBUFFERED: stdout and stderr write through */
    const char *command;        /* -c */
    const char *script;         /* a file, or "-" for stdin */
    int rest;                   /* argv index of the first argument after the program */
} Options;

static int usage_error(const char *fmt, const char *what)
{
    fprintf(stderr, fmt, what);
    fputs(usage_line, stderr);
    fputs("Try `tally -h' for more information.\n", stderr);
    return 2;
}

/* Returns -1 to go on, or an exit status (help, version, usage error). */
static int parse_options(int argc, char **argv, Options *o)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;          /* the program */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--help") == 0) {
                printf("%s%s", usage_line, help_text);
                return 0;
            }
            if (strcmp(a, "--version") == 0) {
                printf("%s %s\n", TALLY_NAME, TALLY_VERSION);
                return 0;
            }
            if (strcmp(a, "--dis") == 0) {
                o->dis = true;
                continue;
            }
            return usage_error("unknown option %s\n", a);
        }
        for (const char *p = a + 1; *p != '\0'; p++) {
            switch (*p) {
            case 'c':
                if (p[1] != '\0') o->command = p + 1;
                else if (i + 1 < argc) o->command = argv[++i];
                else return usage_error("Argument expected for the -%s option\n", "c");
                o->rest = i + 1;
                return -1;
            case 'h': case '?':
                printf("%s%s", usage_line, help_text);
                return 0;
            case 'i': o->inspect = true; break;
            case 'q': o->quiet = true; break;
            case 'u': o->unbuffered = true; break;
            case 'V':
                printf("%s %s\n", TALLY_NAME, TALLY_VERSION);
                return 0;
            default: {
                char opt[3] = {'-', *p, '\0'};
                return usage_error("Unknown option: %s\n", opt);
            }
            }
        }
    }
    if (i < argc) {
        o->script = argv[i];
        o->rest = i + 1;
    } else {
        o->rest = argc;
    }
    return -1;
}

/* Reads all of a file (or stdin for fd 0). malloc'd, NUL-terminated; NULL with errno set. */
static char *read_all(int fd, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *data = malloc(cap);
    if (data == NULL) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *p = realloc(data, cap * 2);
            if (p == NULL) {
                free(data);
                errno = ENOMEM;
                return NULL;
            }
            data = p;
            cap *= 2;
        }
        ssize_t k = read(fd, data + n, cap - n - 1);
        if (k == 0) break;
        if (k < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(data);
            errno = e;
            return NULL;
        }
        n += (size_t)k;
    }
    data[n] = '\0';
    *len = n;
    return data;
}

/* python3's message for a program file that cannot be read; returns 2. */
static int cannot_open(const char *path, int err)
{
    char cwd[4096];
    bool rel = path[0] != '/' && getcwd(cwd, sizeof cwd) != NULL;
    fprintf(stderr, "%s: can't open file '%s%s%s': [Errno %d] %s\n", TALLY_NAME, rel ? cwd : "",
            rel ? "/" : "", path, err, strerror(err));
    return 2;
}

/* --dis: compile [src] as a module and print its disassembly. A compile error is reported as
 * running the program would report it (the same error, status 1). */
static int disassemble(const char *src, size_t len, const char *filename)
{
    Object *co = compile_source(src, len, filename, PARSE_FILE, NULL);
    if (co == NULL) {
        exc_clear();
        return vm_run_source(src, len, filename);   /* fails to compile again, printing the error */
    }
    vm_flush_std();
    fflush(stdout);
    disasm_code((CodeObject *)co, stdout);
    fflush(stdout);
    OBJ_DECREF(co);
    return 0;
}

static int run_program(const Options *o)
{
    if (o->command != NULL) {
        size_t n = strlen(o->command);
        return o->dis ? disassemble(o->command, n, "<string>") : vm_run_source(o->command, n, "<string>");
    }
    if (o->script != NULL && strcmp(o->script, "-") != 0) {
        if (!o->dis) return vm_run_file(o->script);
        FILE *f = fopen(o->script, "rb");
        if (f == NULL) return cannot_open(o->script, errno);
        size_t n = 0;
        char *src = read_all(fileno(f), &n);
        int err = errno;
        fclose(f);
        if (src == NULL) return cannot_open(o->script, err);
        int status = disassemble(src, n, o->script);
        free(src);
        return status;
    }
    /* stdin: `tally -`, or `tally` with stdin not a terminal */
    size_t n = 0;
    char *src = read_all(0, &n);
    if (src == NULL) {
        fprintf(stderr, "%s: can't read stdin: %s\n", TALLY_NAME, strerror(errno));
        return 1;
    }
    int status = o->dis ? disassemble(src, n, "<stdin>") : vm_run_source(src, n, "<stdin>");
    free(src);
    return status;
}

int main(int argc, char **argv)
{
    Options o = {0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0) return status;
    const char *unbuf = getenv("PYTHONUNBUFFERED");
    if (o.unbuffered || (unbuf != NULL && unbuf[0] != '\0')) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }

    /* sys.argv: ['-c', args...], [script, args...], ['-', args...] or [''] */
    int sys_argc = 1 + (argc - o.rest);
    char **sys_argv = calloc((size_t)sys_argc + 1, sizeof(char *));
    if (sys_argv == NULL) {
        fputs("tally: out of memory\n", stderr);
        return 1;
    }
    static char empty[] = "", dash_c[] = "-c";
    sys_argv[0] = o.command != NULL ? dash_c : o.script != NULL ? (char *)o.script : empty;
    for (int i = o.rest; i < argc; i++) sys_argv[1 + i - o.rest] = argv[i];

    if (vm_init(sys_argc, sys_argv) < 0) {
        free(sys_argv);
        return 1;
    }
    vm_install_sigint();

    if (o.command != NULL || o.script != NULL) {
        status = run_program(&o);
        /* -i: the REPL follows, even after an uncaught exception or SystemExit (as python3 3.11) */
        if (o.inspect && !o.dis) {
            bool from_stdin = o.command == NULL && strcmp(o.script, "-") == 0;
            status = repl_run(from_stdin && !o.quiet);
        }
    } else if (o.dis || (!isatty(0) && !o.inspect)) {
        status = run_program(&o);       /* the program is all of stdin */
    } else {
        status = repl_run(!o.quiet);
    }
    vm_flush_std();
    fflush(stdout);
    fflush(stderr);
    if (vm_fini() < 0 && status == 0) status = EXIT_LEAK;
    free(sys_argv);
    return status;
}
