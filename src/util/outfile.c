/* outfile.c: atomic outputs, so an interrupted run never leaves a half-written file. */
#include "util/outfile.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/buf.h"

static void release(struct ag_outfile *f)
{
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
    f->fp = fopen(f->tmp, "wb");
    if (!f->fp) {
        int e = errno;
        enum ag_status st = ag_fail(err, AG_EIO, NULL, "cannot write '%s': %s", f->tmp, strerror(e));
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
    int bad = ferror(f->fp);
    int e = errno;

    if (fclose(f->fp) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    f->fp = NULL;
    if (bad) {
        st = ag_fail(err, AG_EIO, NULL, "cannot write '%s': %s", f->path, strerror(e));
        unlink(f->tmp);
    } else if (rename(f->tmp, f->path) != 0) {
        e = errno;
        st = ag_fail(err, AG_EIO, NULL, "cannot rename '%s' to '%s': %s", f->tmp, f->path,
                     strerror(e));
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
