/* emit.c: atomic output for the exporters. */
#include "export/emit.h"

#include <errno.h>
#include <string.h>

#include "util/outfile.h"

enum ag_status ag_export_write(const struct ag_graph *g, const char *path, ag_graph_writer *write,
                               struct ag_error *err)
{
    struct ag_outfile f;
    enum ag_status st = ag_outfile_open(&f, path, err);

    if (st != AG_OK)
        return st;
    errno = 0;
    st = write(g, f.fp, err);
    /* name the file and the reason (a full disk, say) whatever the writer said */
    if (st == AG_EIO || (st == AG_OK && ferror(f.fp)))
        st = ag_fail(err, AG_EIO, NULL, "cannot write '%s': %s", path,
                     errno ? strerror(errno) : "write error");
    if (st != AG_OK) {
        ag_outfile_abort(&f);
        return st;
    }
    return ag_outfile_commit(&f, err);
}
