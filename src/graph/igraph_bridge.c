/* igraph_bridge.c: igraph's process-wide handlers, error conversion and the GraphML writer. */
#include "graph/igraph_bridge.h"

#include <libxml/xmlerror.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "graph/columns.h"

/* Set by the error handler, read by ag_ig_check(): the igraph handler state of ag_init(). */
static char ig_reason[200];

static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t e)
{
    (void)file;
    (void)line;
    (void)e;
    /* Copy first: IGRAPH_FINALLY_FREE() may free the memory reason points into. */
    snprintf(ig_reason, sizeof(ig_reason), "%s", reason ? reason : "");
    IGRAPH_FINALLY_FREE();
}

static void on_igraph_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

/* libxml2 (GEXF, and igraph's GraphML) reports write failures on stderr by itself; our writers
 * check every call and say which file failed, so its own lines are dropped. */
static void quiet_xml_error(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void ag_init(void)
{
    igraph_set_error_handler(on_igraph_error);
    igraph_set_warning_handler(on_igraph_warning);
    igraph_set_attribute_table(&igraph_cattribute_table);
    xmlSetGenericErrorFunc(NULL, quiet_xml_error);
}

enum ag_status ag_ig_check(igraph_error_t rc, const char *call, const char *where,
                           struct ag_error *err)
{
    size_t n = strcspn(call, "(");
    enum ag_status st;

    if (rc == IGRAPH_SUCCESS)
        return AG_OK;
    if (rc == IGRAPH_ENOMEM)
        st = ag_error_raise(err, AG_ENOMEM, NULL, where, "out of memory in igraph");
    else
        st = ag_error_raise(err, AG_EGRAPH, NULL, where, "%.*s failed: %s (%s)", (int)n, call,
                            ig_reason[0] ? ig_reason : "no reason given", igraph_strerror(rc));
    ig_reason[0] = '\0';
    return st;
}

/* ---- GraphML ---------------------------------------------------------------------------- */

/* Sets every column of items (count of them, size bytes apart) as vertex or edge attributes. */
static enum ag_status set_columns(igraph_t *ig, int vertex, const void *items, size_t count,
                                  size_t size, const struct ag_column *cols, size_t ncols,
                                  ag_text_filter *filter, void *ctx, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    igraph_strvector_t sv;
    igraph_vector_t nv;
    size_t c, i;

    st = AG_IG(err, igraph_strvector_init(&sv, (igraph_integer_t)count));
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_init(&nv, (igraph_integer_t)count));
    if (st != AG_OK) {
        igraph_strvector_destroy(&sv);
        return st;
    }
    for (c = 0; c < ncols && st == AG_OK; c++) {
        const struct ag_column *col = &cols[c];
        for (i = 0; i < count && st == AG_OK; i++) {
            const void *item = (const char *)items + i * size;
            if (!ag_column_is_text(col)) {
                VECTOR(nv)[i] = ag_column_real(item, col);
            } else {
                const char *s = filter(ag_column_text(item, col), ctx);
                if (!s)
                    st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
                else
                    st = AG_IG(err, igraph_strvector_set(&sv, (igraph_integer_t)i, s));
            }
        }
        if (st != AG_OK)
            break;
        if (!ag_column_is_text(col))
            st = vertex ? AG_IG(err, SETVANV(ig, col->name, &nv))
                        : AG_IG(err, SETEANV(ig, col->name, &nv));
        else
            st = vertex ? AG_IG(err, SETVASV(ig, col->name, &sv))
                        : AG_IG(err, SETEASV(ig, col->name, &sv));
    }
    igraph_vector_destroy(&nv);
    igraph_strvector_destroy(&sv);
    return st;
}

enum ag_status ag_graph_write_graphml(const struct ag_graph *g, FILE *fp, ag_text_filter *filter,
                                      void *ctx, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    const struct ag_node *nodes;
    const struct ag_edge *edges;
    size_t n, m, i;
    igraph_vector_int_t ev;
    igraph_t ig;
    int have_ev = 0, have_ig = 0;

    nodes = ag_graph_nodes(g, &n);
    edges = ag_graph_edges(g, &m);
    st = AG_IG(err, igraph_vector_int_init(&ev, (igraph_integer_t)(2 * m)));
    if (st != AG_OK)
        goto out;
    have_ev = 1;
    for (i = 0; i < m; i++) {
        VECTOR(ev)[2 * i] = (igraph_integer_t)edges[i].source;
        VECTOR(ev)[2 * i + 1] = (igraph_integer_t)edges[i].target;
    }
    st = AG_IG(err, igraph_create(&ig, &ev, (igraph_integer_t)n, IGRAPH_DIRECTED));
    if (st != AG_OK)
        goto out;
    have_ig = 1;
    st = set_columns(&ig, 1, nodes, n, sizeof(*nodes), ag_node_columns, ag_node_ncolumns, filter,
                     ctx, err);
    if (st != AG_OK)
        goto out;
    if (n > 0 && ag_graph_layers(g))
        st = set_columns(&ig, 1, ag_graph_layers(g), n, sizeof(struct ag_node_layers),
                         ag_layer_columns, ag_layer_ncolumns, filter, ctx, err);
    if (st != AG_OK)
        goto out;
    st = set_columns(&ig, 0, edges, m, sizeof(*edges), ag_edge_columns, ag_edge_ncolumns, filter,
                     ctx, err);
    if (st != AG_OK)
        goto out;
    st = AG_IG(err, igraph_write_graph_graphml(&ig, fp, 1));
out:
    if (have_ig)
        igraph_destroy(&ig);
    if (have_ev)
        igraph_vector_int_destroy(&ev);
    return st;
}
