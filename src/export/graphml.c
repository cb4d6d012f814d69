/* graphml.c: GraphML through igraph's writer, with every string cleaned first. */
#include "actorgraph/export.h"
#include "export/emit.h"
#include "export/sanitize.h"
#include "graph/igraph_bridge.h"

static enum ag_status write_graphml(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    struct ag_buf scratch = AG_BUF_INIT;
    enum ag_status st = ag_graph_write_graphml(g, fp, ag_text_filter_xml, &scratch, err);

    ag_buf_release(&scratch);
    return st;
}

enum ag_status ag_export_graphml(const struct ag_graph *g, const char *path, struct ag_error *err)
{
    return ag_export_write(g, path, write_graphml, err);
}
