/* gephi_csv.c: nodes.csv and edges.csv for Gephi's spreadsheet importer, written with libcsv
 * (every field quoted, "\n" line ends, backslashes doubled for Gephi's escape handling). */
#include <csv.h>
#include <string.h>

#include "actorgraph/export.h"
#include "export/emit.h"
#include "export/sanitize.h"
#include "graph/build.h"
#include "graph/columns.h"
#include "util/alloc.h"

/* One record being written; bad is set by the first failed write or allocation. */
struct row {
    FILE *fp;
    struct ag_buf scratch;
    int nfields, bad, nomem;
};

/* One field quoted by libcsv's csv_write into a stack buffer (csv_fwrite writes a byte at a
 * time, a tenth of a large analyze). */
static void put_raw(struct row *r, const char *s)
{
    char local[512], *buf = local;
    size_t n = strlen(s), need = csv_write(NULL, 0, s, n) + 1, used = 0;

    if (need > sizeof(local) && !(buf = ag_malloc(need))) {
        r->nomem = r->bad = 1;
        return;
    }
    if (r->nfields++ > 0)
        buf[used++] = ',';
    used += csv_write(buf + used, need - used, s, n);
    if (fwrite(buf, 1, used, r->fp) != used)
        r->bad = 1;
    if (buf != local)
        ag_free(buf);
}

static void put_str(struct row *r, const char *s)
{
    ag_buf_reset(&r->scratch);
    if (ag_text_clean(&r->scratch, s ? s : "", AG_TEXT_CSV) != 0) {
        r->nomem = r->bad = 1;
        return;
    }
    put_raw(r, ag_buf_str(&r->scratch));
}

static void put_real(struct row *r, double x)
{
    char num[AG_NUM_SIZE];

    ag_format_real(num, x);
    put_raw(r, num);
}

static void put_long(struct row *r, long x)
{
    char num[AG_NUM_SIZE];

    ag_format_long(num, x);
    put_raw(r, num);
}

static void end_row(struct row *r)
{
    if (fputc('\n', r->fp) == EOF)
        r->bad = 1;
    r->nfields = 0;
}

/* One field of item from a column table. */
static void put_column(struct row *r, const void *item, const struct ag_column *c)
{
    if (ag_column_is_text(c))
        put_str(r, ag_column_text(item, c));
    else if (c->kind == AG_COL_REAL)
        put_real(r, ag_column_real(item, c));
    else
        put_long(r, ag_column_long(item, c));
}

/* The header: the fixed Gephi names, then the table's attribute names, then the tail. */
static void put_header(struct row *r, const char *const *head, const struct ag_column *cols,
                       size_t ncols, const char *tail)
{
    size_t i;

    for (; *head; head++)
        put_raw(r, *head);
    for (i = AG_COL_FIRST_ATTR; i < ncols; i++)
        put_raw(r, cols[i].name);
    if (tail)
        put_raw(r, tail);
    end_row(r);
}

static enum ag_status finish_rows(struct row *r, struct ag_error *err)
{
    ag_buf_release(&r->scratch);
    if (r->nomem)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (r->bad)
        return ag_fail(err, AG_EIO, NULL, "cannot write CSV record");
    return AG_OK;
}

static enum ag_status write_nodes(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    static const char *const head[] = {"Id", "Label", NULL};
    const char *const *head_p = head;
    struct row r = {fp, AG_BUF_INIT, 0, 0, 0};
    size_t n, i, c;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);

    const struct ag_node_layers *layers = ag_graph_layers(g);

    for (; *head_p; head_p++)
        put_raw(&r, *head_p);
    for (c = AG_COL_FIRST_ATTR; c < ag_node_ncolumns; c++)
        put_raw(&r, ag_node_columns[c].name);
    for (c = 0; c < ag_layer_ncolumns; c++)
        put_raw(&r, ag_layer_columns[c].name);
    end_row(&r);
    for (i = 0; i < n && !r.bad; i++) {
        static const struct ag_node_layers none;
        for (c = 0; c < ag_node_ncolumns; c++)
            put_column(&r, &nodes[i], &ag_node_columns[c]);
        for (c = 0; c < ag_layer_ncolumns; c++)
            put_column(&r, layers ? &layers[i] : &none, &ag_layer_columns[c]);
        end_row(&r);
    }
    return finish_rows(&r, err);
}

static enum ag_status write_edges(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    static const char *const head[] = {"Source", "Target", "Type", "Kind", "Label", "Weight", NULL};
    struct row r = {fp, AG_BUF_INIT, 0, 0, 0};
    size_t n, m, i, c;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);
    const struct ag_edge *edges = ag_graph_edges(g, &m);
    char interval[32];

    put_header(&r, head, ag_edge_columns, ag_edge_ncolumns, "Interval");
    for (i = 0; i < m && !r.bad; i++) {
        const struct ag_edge *e = &edges[i];
        put_str(&r, nodes[e->source].id);
        put_str(&r, nodes[e->target].id);
        put_raw(&r, "Directed");
        put_str(&r, ag_graph_edge_kind(g, i));
        for (c = 0; c < ag_edge_ncolumns; c++)
            put_column(&r, e, &ag_edge_columns[c]);
        interval[0] = '\0';
        if (e->first_date[0] && e->last_date[0])
            snprintf(interval, sizeof(interval), "<[%s, %s]>", e->first_date, e->last_date);
        put_raw(&r, interval);
        end_row(&r);
    }
    return finish_rows(&r, err);
}

enum ag_status ag_export_nodes_csv(const struct ag_graph *g, const char *path, struct ag_error *err)
{
    return ag_export_write(g, path, write_nodes, err);
}

enum ag_status ag_export_edges_csv(const struct ag_graph *g, const char *path, struct ag_error *err)
{
    return ag_export_write(g, path, write_edges, err);
}
