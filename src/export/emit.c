/* emit.c: atomic output for the exporters. */
#include "export/emit.h"

#include "util/outfile.h"

enum ag_status ag_export_write(const struct ag_graph *g, const char *path, ag_graph_writer *write,
                               struct ag_error *err)
{
    struct ag_outfile f;
    enum ag_status st = ag_outfile_open(&f, path, err);

    if (st != AG_OK)
        return st;
    st = write(g, f.fp, err);
    if (st == AG_OK && ferror(f.fp))
        st = ag_fail(err, AG_EIO, NULL, "cannot write '%s'", path);
    if (st != AG_OK) {
        ag_outfile_abort(&f);
        return st;
    }
    return ag_outfile_commit(&f, err);
}
