/* render.c: runs a Graphviz engine binary on graph.dot (no shell, no libgvc) with a wall-clock
 * timeout, into OUT.tmp renamed over OUT on success. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "actorgraph/export.h"
#include "util/buf.h"
#include "util/outfile.h"

extern char **environ;

/* 1 when s is a plain word or path ([A-Za-z0-9_:./-]+, not starting with '-') that we can pass
 * as an engine or a format without it being read as an option. */
static int plain_word(const char *s)
{
    if (!s || !*s || *s == '-')
        return 0;
    for (; *s; s++) {
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '_' || *s == ':' || *s == '.' || *s == '-' || *s == '/'))
            return 0;
    }
    return 1;
}

/* The first line of what the child wrote to fd (rewound), quotes and controls dropped. */
static void first_line(int fd, char *line, size_t size)
{
    ssize_t got;
    size_t i, j = 0;
    char raw[256];

    line[0] = '\0';
    if (lseek(fd, 0, SEEK_SET) != 0)
        return;
    got = read(fd, raw, sizeof(raw) - 1);
    if (got <= 0)
        return;
    raw[got] = '\0';
    for (i = 0; raw[i] && raw[i] != '\n' && j + 1 < size; i++) {
        unsigned char c = (unsigned char)raw[i];
        if (c >= 0x20 && c != 0x7F)
            line[j++] = (char)c;
    }
    line[j] = '\0';
}

/* Waits for pid up to timeout_s seconds (polling every 10 ms), then kills its process group.
 * Returns 0 with *status set, or -1 after a timeout (the child is reaped). */
static int wait_with_timeout(pid_t pid, int timeout_s, int *status)
{
    struct timespec now, deadline, nap = {0, 10 * 1000 * 1000};

    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += timeout_s > 0 ? timeout_s : 60;
    for (;;) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid)
            return 0;
        if (r < 0 && errno != EINTR)
            return 0;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec > deadline.tv_sec ||
            (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec)) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            while (waitpid(pid, status, 0) < 0 && errno == EINTR)
                ;
            return -1;
        }
        nanosleep(&nap, NULL);
    }
}

/* Spawns argv[0] with stdin from /dev/null, stdout to /dev/null and stderr to errfd, in its own
 * process group. Returns 0 or an errno value. */
static int spawn(pid_t *pid, char *const argv[], int errfd)
{
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    int rc;

    if ((rc = posix_spawn_file_actions_init(&fa)) != 0)
        return rc;
    if ((rc = posix_spawnattr_init(&attr)) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return rc;
    }
    rc = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    if (rc == 0)
        rc = posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    if (rc == 0)
        rc = posix_spawn_file_actions_adddup2(&fa, errfd, 2);
    if (rc == 0)
        rc = posix_spawnattr_setpgroup(&attr, 0);
    if (rc == 0)
        rc = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    if (rc == 0)
        rc = posix_spawnp(pid, argv[0], &fa, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    return rc;
}

enum ag_status ag_render(const char *dot_path, const char *out_path, const char *format,
                         const char *engine, int timeout_s, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    struct ag_buf tflag = AG_BUF_INIT, tmp = AG_BUF_INIT, prog = AG_BUF_INIT, in = AG_BUF_INIT;
    char dpi[] = "-Gdpi=150", oflag[] = "-o";
    char *argv[8]; /* posix_spawnp's argv is not const: every string is our own copy */
    char line[200];
    FILE *errf = NULL;
    pid_t pid;
    int rc, status = 0, argc = 0, tracked = 0;

    if (!plain_word(engine) || !plain_word(format))
        return ag_fail(err, AG_EINVAL, NULL, "invalid Graphviz engine '%s' or format '%s'",
                       engine ? engine : "", format ? format : "");
    if (ag_buf_printf(&tflag, "-T%s", format) != 0 ||
        ag_buf_printf(&tmp, "%s.tmp", out_path) != 0 || ag_buf_puts(&prog, engine) != 0 ||
        ag_buf_puts(&in, dot_path) != 0) {
        st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        goto out;
    }
    if (ag_outfile_track(tmp.ptr) != 0) { /* removed if we are interrupted */
        st = ag_fail(err, AG_EIO, NULL, "too many open outputs to render '%s'", dot_path);
        goto out;
    }
    tracked = 1;
    errf = tmpfile();
    if (!errf) {
        st = ag_fail(err, AG_EIO, NULL, "cannot create a temporary file: %s", strerror(errno));
        goto out;
    }
    argv[argc++] = prog.ptr;
    argv[argc++] = tflag.ptr;
    if (strcmp(format, "png") == 0)
        argv[argc++] = dpi;
    argv[argc++] = oflag;
    argv[argc++] = tmp.ptr;
    argv[argc++] = in.ptr;
    argv[argc] = NULL;
    rc = spawn(&pid, argv, fileno(errf));
    if (rc == 0)
        ag_outfile_track_child((int)pid); /* killed first if we are interrupted */
    if (rc != 0) {
        st = ag_fail(err, AG_EIO, NULL,
                     rc == ENOENT
                         ? "Graphviz engine '%s' is not installed (apt-get install graphviz)"
                         : "cannot run Graphviz engine '%s'",
                     engine);
        if (err)
            err->sys_errno = rc;
        goto out;
    }
    rc = wait_with_timeout(pid, timeout_s, &status);
    ag_outfile_track_child(0);
    if (rc != 0) {
        st = ag_fail(err, AG_EIO, NULL, "'%s' timed out after %d s on '%s'", engine,
                     timeout_s > 0 ? timeout_s : 60, dot_path);
        unlink(tmp.ptr);
        goto out;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        /* exec failed in the child (posix_spawnp implementations that fork report it so) */
        st = ag_fail(
            err, AG_EIO, NULL,
            "Graphviz engine '%s' is not installed or cannot run (apt-get install graphviz)",
            engine);
        unlink(tmp.ptr);
        goto out;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        first_line(fileno(errf), line, sizeof(line));
        st = ag_fail(err, AG_EIO, NULL, "'%s' failed on '%s': %s", engine, dot_path,
                     line[0] ? line : (WIFSIGNALED(status) ? "killed by a signal" : "exit status"));
        unlink(tmp.ptr);
        goto out;
    }
    if (rename(tmp.ptr, out_path) != 0) {
        st = ag_fail(err, AG_EIO, NULL, "cannot rename '%s' to '%s': %s", tmp.ptr, out_path,
                     strerror(errno));
        unlink(tmp.ptr);
    }
out:
    if (tracked)
        ag_outfile_untrack(tmp.ptr);
    if (errf)
        fclose(errf);
    ag_buf_release(&tflag);
    ag_buf_release(&tmp);
    ag_buf_release(&prog);
    ag_buf_release(&in);
    return st;
}
