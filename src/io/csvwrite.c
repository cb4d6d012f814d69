/* csvwrite.c: records quoted by libcsv's csv_write (every field quoted), assembled in a small
 * buffer and written with one fwrite: csv_fwrite's putc per byte was a tenth of extraction. */
#include "io/csvwrite.h"

#include <csv.h>
#include <string.h>

#include "util/alloc.h"

int ag_csv_write_row(FILE *fp, const char *const *fields, size_t n)
{
    char local[4096], *buf = local;
    size_t need = 1, used = 0, i;
    int rc;

    for (i = 0; i < n; i++) {
        const char *f = fields[i] ? fields[i] : "";
        need += csv_write(NULL, 0, f, strlen(f)) + 1; /* quoted field and its comma */
    }
    if (need > sizeof(local) && !(buf = ag_malloc(need)))
        return -1;
    for (i = 0; i < n; i++) {
        const char *f = fields[i] ? fields[i] : "";
        if (i)
            buf[used++] = ',';
        used += csv_write(buf + used, need - used, f, strlen(f));
    }
    buf[used++] = '\n';
    rc = fwrite(buf, 1, used, fp) == used ? 0 : -1;
    if (buf != local)
        ag_free(buf);
    return rc;
}
