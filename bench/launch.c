/* launch.c: bench/run.py's launcher: runs a program and reports its peak resident memory.
 * A child's ru_maxrss counts the memory of the process it was forked from (before exec), so a
 * program started directly by Python would show Python's ~10 MiB at least. Forked from this small
 * process instead, the figure is the program's own. Usage: launch FD program [arg...]; writes
 * "<maxrss KiB> <exit status>" to file descriptor FD and exits with the program's status. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: launch FD program [arg...]\n", stderr);
        return 2;
    }
    int fd = atoi(argv[1]);
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
    int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    dprintf(fd, "%ld %d\n", ru.ru_maxrss, status);
    return status;
}
