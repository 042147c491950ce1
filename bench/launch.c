/* launch.c: bench/run.py's launcher: runs a program and reports its peak resident memory.
 * A child's ru_maxrss counts the memory of the process it was forked from (before exec), so a
 * program started directly by Python would show Python's ~10 MiB at least. Forked from this small
 * process instead, the figure is the program's own. The time is taken here too, from fork to
 * reaping, so it is the program's alone and not the Python runner's process start-up.
 * Usage: launch FD program [arg...]; writes "<maxrss KiB> <exit status> <seconds>" to file
 * descriptor FD and exits with the program's status. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: launch FD program [arg...]\n", stderr);
        return 2;
    }
    int fd = atoi(argv[1]);
    double start = now();
    pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        close(fd);
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int st = 0;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) return 2;
    double seconds = now() - start;
    int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    dprintf(fd, "%ld %d %.6f\n", ru.ru_maxrss, status, seconds);
    return status;
}
