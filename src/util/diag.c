/* diag.c: filling struct ag_error. */
#include "util/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum ag_status ag_error_raise(struct ag_error *err, enum ag_status status, const struct ag_pos *pos,
                              const char *where, const char *fmt, ...)
{
    va_list ap;

    if (!err)
        return status;
    err->status = status;
    err->where = where;
    err->file[0] = '\0';
    if (pos) {
        err->pos = *pos;
        if (pos->file)
            snprintf(err->file, sizeof(err->file), "%s", pos->file);
    } else {
        memset(&err->pos, 0, sizeof(err->pos));
    }
    err->pos.file = err->file[0] ? err->file : NULL;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    return status;
}

void ag_error_clear(struct ag_error *err)
{
    if (err)
        memset(err, 0, sizeof(*err));
}

const char *ag_status_name(enum ag_status status)
{
    switch (status) {
    case AG_OK:
        return "ok";
    case AG_ENOMEM:
        return "out of memory";
    case AG_EIO:
        return "i/o error";
    case AG_EPARSE:
        return "parse error";
    case AG_EINVAL:
        return "invalid input";
    case AG_EGRAPH:
        return "graph error";
    }
    return "unknown error";
}
