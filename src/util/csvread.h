/* csvread.h: RFC 4180 record reader over libcsv that knows line numbers.
 * It sits in util/ rather than io/ because the lexicon loader (before io/ in the module chain)
 * reads CSV too, and one reader means one set of error messages. */
#ifndef AG_UTIL_CSVREAD_H
#define AG_UTIL_CSVREAD_H

#include <stdio.h>

#include "actorgraph/error.h"

struct ag_csv_record {
    size_t nfields;
    const char *const *fields; /* NUL-terminated copies, valid during the callback */
    const size_t *lens;
    long line;  /* line where the record starts, 1-based */
    long index; /* 0 for the first record (the header) */
};

/* Called once per record; a non-AG_OK return stops reading and is returned. */
typedef enum ag_status (*ag_csv_row_fn)(const struct ag_csv_record *rec, void *ctx,
                                        struct ag_error *err);

/* Reads all records of fp (or of data[0..len)), strict RFC 4180, skipping a UTF-8 BOM.
 * name is used in error positions. AG_EPARSE (malformed CSV), AG_EIO, AG_ENOMEM, or what fn
 * returns. */
enum ag_status ag_csv_read_file(FILE *fp, const char *name, ag_csv_row_fn fn, void *ctx,
                                struct ag_error *err);
enum ag_status ag_csv_read_mem(const char *data, size_t len, const char *name, ag_csv_row_fn fn,
                               void *ctx, struct ag_error *err);

/* Index of the header field equal to name (ASCII case-insensitive), or -1. */
long ag_csv_column(const struct ag_csv_record *header, const char *name);

/* Column of the record's field `field` (1-based, in code points) is not known to the reader;
 * callers report the record's line and the field number. */

#endif
