/* error.h: the one status enum and the caller-owned error record. */
#ifndef ACTORGRAPH_ERROR_H
#define ACTORGRAPH_ERROR_H

#include <stddef.h>

/* The status number is also the CLI exit code family (see README, "Exit codes"). */
enum ag_status { AG_OK = 0, AG_ENOMEM, AG_EIO, AG_EPARSE, AG_EINVAL, AG_EGRAPH };

/* A position in an input: line and col are 1-based (col counts code points), 0 if unknown. */
struct ag_pos {
    const char *file;
    long line, col;
    size_t offset;
};

/* Filled by the function that fails; allocation-free so it works when memory is gone. */
struct ag_error {
    enum ag_status status;
    int sys_errno;
    struct ag_pos pos;
    char file[256]; /* copy of pos.file, so the record outlives the input */
    const char *where;
    char msg[256];
};

#define AG_STR2(x) #x
#define AG_STR(x)  AG_STR2(x)
#define AG_HERE    __FILE__ ":" AG_STR(__LINE__)

/* Records status, position and a printf-style message in err (may be NULL); returns status. */
enum ag_status ag_error_raise(struct ag_error *err, enum ag_status status, const struct ag_pos *pos,
                              const char *where, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#define ag_fail(err, st, pos, ...) ag_error_raise((err), (st), (pos), AG_HERE, __VA_ARGS__)

/* Empties err (no-op on NULL). */
void ag_error_clear(struct ag_error *err);

/* Short English name of a status ("out of memory"). */
const char *ag_status_name(enum ag_status status);

#endif
