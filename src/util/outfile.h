/* outfile.h: write-to-temporary-then-rename output files. */
#ifndef AG_UTIL_OUTFILE_H
#define AG_UTIL_OUTFILE_H

#include <stdio.h>

#include "actorgraph/error.h"

struct ag_outfile {
    char *path, *tmp;
    FILE *fp;
};

/* Opens PATH.tmp for writing. AG_EIO, AG_ENOMEM. On failure f holds nothing to release. */
enum ag_status ag_outfile_open(struct ag_outfile *f, const char *path, struct ag_error *err);
/* Flushes, closes (checked) and renames over PATH. On failure the temporary is removed. AG_EIO. */
enum ag_status ag_outfile_commit(struct ag_outfile *f, struct ag_error *err);
/* Closes and removes the temporary; PATH is untouched. No-op on a released f. */
void ag_outfile_abort(struct ag_outfile *f);

#endif
