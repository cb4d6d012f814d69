/* outfile.c: atomic outputs, so an interrupted run never leaves a half-written file.
 *
 * Open temporaries are kept in a fixed table of atomic pointers that the signal handler reads
 * without locks. This is a mutable global, against the style guide's rule, because a signal
 * handler can reach nothing else. Order of operations keeps each window safe: a path is
 * registered before its file is created and unregistered only after the rename (a handler that
 * runs in between unlinks a name that no longer exists, which is harmless). */
#include "util/outfile.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/buf.h"

#define MAX_TEMPS 256

static _Atomic(const char *) temps[MAX_TEMPS];

int ag_outfile_track(const char *path)
{
    size_t i;

    for (i = 0; i < MAX_TEMPS; i++) {
        const char *expected = NULL;
        if (atomic_compare_exchange_strong(&temps[i], &expected, path))
            return 0;
    }
    return -1;
}

void ag_outfile_untrack(const char *path)
{
    size_t i;

    if (!path)
        return;
    for (i = 0; i < MAX_TEMPS; i++) {
        const char *expected = path;
        if (atomic_compare_exchange_strong(&temps[i], &expected, NULL))
            return;
    }
}

/* A child process group (Graphviz) to stop first, so it cannot write its output after the
 * temporary is removed; 0 when none. */
static atomic_int child_group;

void ag_outfile_track_child(int pgid)
{
    atomic_store(&child_group, pgid);
}

static void on_signal(int sig)
{
    int saved = errno;
    int pgid = atomic_exchange(&child_group, 0);
    size_t i;

    if (pgid > 0)
        kill(-pgid, SIGKILL);
    for (i = 0; i < MAX_TEMPS; i++) {
        const char *p = atomic_exchange(&temps[i], NULL);
        if (p)
            unlink(p);
    }
    errno = saved;
    /* SA_RESETHAND restored the default action; the signal is blocked until we return, then it
     * ends the process */
    raise(sig);
}

int ag_outfile_install_signal_handlers(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction sa;
    size_t i;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
        sigaddset(&sa.sa_mask, sigs[i]);
    for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction old;
        /* keep a signal ignored when the parent ignored it (nohup, background jobs) */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        if (sigaction(sigs[i], &sa, NULL) != 0)
            return -1;
    }
    return 0;
}

static void release(struct ag_outfile *f)
{
    ag_outfile_untrack(f->tmp);
    ag_free(f->path);
    ag_free(f->tmp);
    f->path = f->tmp = NULL;
    f->fp = NULL;
}

enum ag_status ag_outfile_open(struct ag_outfile *f, const char *path, struct ag_error *err)
{
    struct ag_buf tmp = AG_BUF_INIT;

    memset(f, 0, sizeof(*f));
    if (ag_buf_printf(&tmp, "%s.tmp", path) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    f->tmp = tmp.ptr;
    f->path = ag_strdup(path);
    if (!f->path) {
        release(f);
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    ag_outfile_track(f->tmp);
    f->fp = fopen(f->tmp, "wb");
    if (!f->fp) {
        int e = errno;
        enum ag_status st =
            ag_fail(err, AG_EIO, NULL, "cannot write '%s': %s", f->tmp, strerror(e));
        if (err)
            err->sys_errno = e;
        release(f);
        return st;
    }
    return AG_OK;
}

enum ag_status ag_outfile_commit(struct ag_outfile *f, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    int bad = fflush(f->fp) != 0 || ferror(f->fp);
    int e = errno;

    if (fclose(f->fp) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    f->fp = NULL;
    if (bad) {
        st = ag_fail(err, AG_EIO, NULL, "cannot write '%s': %s", f->path,
                     e ? strerror(e) : "write error");
        if (err)
            err->sys_errno = e;
        unlink(f->tmp);
    } else if (rename(f->tmp, f->path) != 0) {
        e = errno;
        st = ag_fail(err, AG_EIO, NULL, "cannot rename '%s' to '%s': %s", f->tmp, f->path,
                     strerror(e));
        if (err)
            err->sys_errno = e;
        unlink(f->tmp);
    }
    release(f);
    return st;
}

void ag_outfile_abort(struct ag_outfile *f)
{
    if (!f->tmp)
        return;
    if (f->fp)
        fclose(f->fp);
    unlink(f->tmp);
    release(f);
}
