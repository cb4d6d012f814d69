/* csvwrite.c: records written with libcsv's csv_fwrite, which quotes every field. */
#include "io/csvwrite.h"

#include <csv.h>
#include <string.h>

int ag_csv_write_row(FILE *fp, const char *const *fields, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        const char *f = fields[i] ? fields[i] : "";
        if (i && putc(',', fp) == EOF)
            return -1;
        if (csv_fwrite(fp, f, strlen(f)) != 0)
            return -1;
    }
    return putc('\n', fp) == EOF ? -1 : 0;
}
