/* gexf.c: GEXF 1.3 (Gephi's dialect, valid against the 1.3 RelaxNG) with libxml2's
 * xmlTextWriter: typed attributes, community colours, PageRank sizes and date intervals. */
#include <libxml/xmlwriter.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "export/emit.h"
#include "export/sanitize.h"
#include "export/style.h"
#include "graph/build.h"
#include "graph/columns.h"
#include "util/alloc.h"

/* The writer and its state; bad/nomem record the first failure. */
struct gx {
    xmlTextWriterPtr w;
    struct ag_buf scratch;
    int bad, nomem;
};

static void check(struct gx *x, int rc)
{
    if (rc < 0)
        x->bad = 1;
}

static void start(struct gx *x, const char *name)
{
    check(x, xmlTextWriterStartElement(x->w, (const xmlChar *)name));
}

static void end(struct gx *x)
{
    check(x, xmlTextWriterEndElement(x->w));
}

/* An attribute whose value is our own ASCII (numbers, names, dates). */
static void attr(struct gx *x, const char *name, const char *value)
{
    check(x, xmlTextWriterWriteAttribute(x->w, (const xmlChar *)name, (const xmlChar *)value));
}

/* An attribute whose value comes from the input: cleaned first (the writer escapes markup). */
static void attr_text(struct gx *x, const char *name, const char *value)
{
    ag_buf_reset(&x->scratch);
    if (ag_text_clean(&x->scratch, value, AG_TEXT_XML) != 0) {
        x->nomem = x->bad = 1;
        return;
    }
    attr(x, name, ag_buf_str(&x->scratch));
}

static void attr_real(struct gx *x, const char *name, double v)
{
    char num[AG_NUM_SIZE];

    ag_format_real(num, v);
    attr(x, name, num);
}

static void attr_long(struct gx *x, const char *name, long v)
{
    char num[AG_NUM_SIZE];

    ag_format_long(num, v);
    attr(x, name, num);
}

static const char *gexf_type(const struct ag_column *c)
{
    if (ag_column_is_text(c))
        return "string";
    return c->kind == AG_COL_REAL ? "double" : "integer";
}

static void declare_cols(struct gx *x, const struct ag_column *cols, size_t from, size_t ncols)
{
    size_t i;

    for (i = from; i < ncols; i++) {
        start(x, "attribute");
        attr(x, "id", cols[i].name);
        attr(x, "title", cols[i].name);
        attr(x, "type", gexf_type(&cols[i]));
        end(x);
    }
}

/* <attributes> for a class: the table's attributes, then (nodes) the layer metrics. */
static void declare(struct gx *x, const char *cls, const struct ag_column *cols, size_t ncols,
                    int layers)
{
    start(x, "attributes");
    attr(x, "class", cls);
    attr(x, "mode", "static");
    declare_cols(x, cols, AG_COL_FIRST_ATTR, ncols);
    if (layers)
        declare_cols(x, ag_layer_columns, 0, ag_layer_ncolumns);
    end(x);
}

/* attvalue elements of item for cols[from..ncols). */
static void attvalue_list(struct gx *x, const void *item, const struct ag_column *cols, size_t from,
                          size_t ncols)
{
    size_t i;

    for (i = from; i < ncols; i++) {
        const struct ag_column *c = &cols[i];
        start(x, "attvalue");
        attr(x, "for", c->name);
        if (ag_column_is_text(c))
            attr_text(x, "value", ag_column_text(item, c));
        else if (c->kind == AG_COL_REAL)
            attr_real(x, "value", ag_column_real(item, c));
        else
            attr_long(x, "value", ag_column_long(item, c));
        end(x);
    }
}

static void attvalues(struct gx *x, const void *item, const struct ag_column *cols, size_t ncols,
                      const struct ag_node_layers *layer)
{
    start(x, "attvalues");
    attvalue_list(x, item, cols, AG_COL_FIRST_ATTR, ncols);
    if (layer)
        attvalue_list(x, layer, ag_layer_columns, 0, ag_layer_ncolumns);
    end(x);
}

/* The windows each node (or edge) is active in, as lists: item i has
 * window[first[i] .. first[i + 1]). */
struct spell_index {
    size_t *first, *window;
};

static void spell_index_release(struct spell_index *si)
{
    ag_free(si->first);
    ag_free(si->window);
    si->first = si->window = NULL;
}

/* Builds the index from count rows whose item and window are read by at(). Returns 0 or -1. */
static int spell_index_build(struct spell_index *si, size_t nitems, size_t rows,
                             void (*at)(const struct ag_timeline *, size_t, size_t *, size_t *),
                             const struct ag_timeline *tl)
{
    size_t *fill, i, item, w;

    si->first = ag_calloc(nitems + 2, sizeof(*si->first));
    si->window = ag_malloc((rows + 1) * sizeof(*si->window));
    fill = ag_malloc((nitems + 1) * sizeof(*fill));
    if (!si->first || !si->window || !fill) {
        ag_free(fill);
        spell_index_release(si);
        return -1;
    }
    for (i = 0; i < rows; i++) {
        at(tl, i, &item, &w);
        si->first[item + 1]++;
    }
    for (i = 0; i < nitems; i++)
        si->first[i + 1] += si->first[i];
    memcpy(fill, si->first, nitems * sizeof(*fill));
    for (i = 0; i < rows; i++) { /* rows are sorted by window: each list comes out sorted */
        at(tl, i, &item, &w);
        si->window[fill[item]++] = w;
    }
    ag_free(fill);
    return 0;
}

static void node_at(const struct ag_timeline *tl, size_t row, size_t *item, size_t *w)
{
    *item = tl->nodes[row].node;
    *w = tl->nodes[row].window;
}

static void edge_at(const struct ag_timeline *tl, size_t row, size_t *item, size_t *w)
{
    *item = tl->edges[row].edge;
    *w = tl->edges[row].window;
}

/* <spells> of item i, one per run of consecutive windows. */
static void when(struct gx *x, const struct ag_timeline *tl, const struct spell_index *si, size_t i)
{
    size_t k, from;

    start(x, "spells");
    for (k = si->first[i]; k < si->first[i + 1]; k = from) {
        for (from = k + 1; from < si->first[i + 1] && si->window[from] == si->window[from - 1] + 1;
             from++)
            ;
        start(x, "spell");
        attr(x, "start", tl->start[si->window[k]]);
        attr(x, "end", tl->end[si->window[from - 1]]);
        end(x);
    }
    end(x);
}

static void color(struct gx *x, const struct ag_color *c)
{
    start(x, "viz:color");
    attr_long(x, "r", c->r);
    attr_long(x, "g", c->g);
    attr_long(x, "b", c->b);
    end(x);
}

/* start/end of a node or edge, when it has dates. */
static void interval(struct gx *x, const char *first, const char *last)
{
    if (first[0] && last[0]) {
        attr(x, "start", first);
        attr(x, "end", last);
    }
}

/* <nodes count="n"> or <edges count="n">. */
static void start_list(struct gx *x, const char *name, size_t n)
{
    start(x, name);
    attr_long(x, "count", (long)n);
}

static void write_nodes(struct gx *x, const struct ag_graph *g, const struct ag_node *nodes,
                        size_t n, const struct spell_index *si)
{
    const struct ag_node_layers *layers = ag_graph_layers(g);
    const struct ag_timeline *tl = ag_graph_timeline(g);
    double max_pr = ag_style_max_pagerank(nodes, n);
    size_t i;

    start_list(x, "nodes", n);
    for (i = 0; i < n && !x->bad; i++) {
        const struct ag_node *nd = &nodes[i];
        start(x, "node");
        attr_text(x, "id", nd->id);
        attr_text(x, "label", nd->label);
        if (!tl || si->first[i] == si->first[i + 1])
            interval(x, nd->first_date, nd->last_date);
        attvalues(x, nd, ag_node_columns, ag_node_ncolumns, layers ? &layers[i] : NULL);
        if (tl && si->first[i] < si->first[i + 1])
            when(x, tl, si, i);
        color(x, ag_style_community_color(nd->community));
        start(x, "viz:size");
        attr_real(x, "value", 5.0 + 45.0 * ag_style_node_scale(nd->pagerank, max_pr));
        end(x);
        end(x);
    }
    end(x);
}

static void write_edges(struct gx *x, const struct ag_graph *g, const struct ag_node *nodes,
                        const struct ag_edge *edges, size_t m, const struct spell_index *si)
{
    const struct ag_timeline *tl = ag_graph_timeline(g);
    char id[AG_NUM_SIZE];
    size_t i;

    start_list(x, "edges", m);
    for (i = 0; i < m && !x->bad; i++) {
        const struct ag_edge *e = &edges[i];
        start(x, "edge");
        ag_format_long(id, (long)i);
        attr(x, "id", id);
        attr_text(x, "source", nodes[e->source].id);
        attr_text(x, "target", nodes[e->target].id);
        attr_text(x, "label", e->event);
        attr_text(x, "kind", e->event);
        attr_long(x, "weight", e->weight);
        if (!tl || si->first[i] == si->first[i + 1])
            interval(x, e->first_date, e->last_date);
        attvalues(x, e, ag_edge_columns, ag_edge_ncolumns, NULL);
        if (tl && si->first[i] < si->first[i + 1])
            when(x, tl, si, i);
        color(x, ag_style_sign_color(e->sign));
        start(x, "viz:thickness");
        attr_real(x, "value", ag_style_edge_width(e->weight));
        end(x);
        end(x);
    }
    end(x);
}

static void write_doc(struct gx *x, const struct ag_graph *g)
{
    const struct ag_graph_info *info = ag_graph_info(g);
    size_t n, m;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);
    const struct ag_edge *edges = ag_graph_edges(g, &m);
    int dated = info->first_date[0] && info->last_date[0];
    const struct ag_timeline *tl = ag_graph_timeline(g);
    struct spell_index nsi = {NULL, NULL}, esi = {NULL, NULL};

    check(x, xmlTextWriterSetIndent(x->w, 1));
    check(x, xmlTextWriterSetIndentString(x->w, (const xmlChar *)"  "));
    check(x, xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL));
    start(x, "gexf");
    attr(x, "xmlns", "http://gexf.net/1.3");
    attr(x, "xmlns:viz", "http://gexf.net/1.3/viz");
    attr(x, "version", "1.3");
    start(x, "meta");
    if (dated)
        attr(x, "lastmodifieddate", info->last_date);
    check(x, xmlTextWriterWriteElement(x->w, (const xmlChar *)"creator",
                                       (const xmlChar *)"actorgraph " AG_VERSION));
    check(x, xmlTextWriterWriteElement(
                 x->w, (const xmlChar *)"description",
                 (const xmlChar *)(info->level == AG_LEVEL_COUNTRY
                                       ? "Political actors aggregated by country, "
                                         "linked by news relation mentions"
                                       : "Political actors linked by news relation mentions")));
    end(x);
    start(x, "graph");
    attr(x, "defaultedgetype", "directed");
    attr(x, "mode", dated ? "dynamic" : "static");
    if (dated)
        attr(x, "timeformat", "date");
    declare(x, "node", ag_node_columns, ag_node_ncolumns, 1);
    declare(x, "edge", ag_edge_columns, ag_edge_ncolumns, 0);
    if (tl && (spell_index_build(&nsi, n, tl->nnodes, node_at, tl) != 0 ||
               spell_index_build(&esi, m, tl->nedges, edge_at, tl) != 0)) {
        x->nomem = x->bad = 1;
        spell_index_release(&nsi);
        return;
    }
    write_nodes(x, g, nodes, n, &nsi);
    write_edges(x, g, nodes, edges, m, &esi);
    spell_index_release(&nsi);
    spell_index_release(&esi);
    end(x);
    end(x);
    check(x, xmlTextWriterEndDocument(x->w));
}

static enum ag_status write_gexf(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    struct gx x = {NULL, AG_BUF_INIT, 0, 0};
    xmlOutputBufferPtr out = xmlOutputBufferCreateFile(fp, NULL);

    if (!out)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    x.w = xmlNewTextWriter(out); /* owns out from here on */
    if (!x.w) {
        xmlOutputBufferClose(out);
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    write_doc(&x, g);
    xmlFreeTextWriter(x.w); /* flushes and closes out; fp stays open */
    ag_buf_release(&x.scratch);
    if (x.nomem)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (x.bad)
        return ag_fail(err, AG_EIO, NULL, "cannot write GEXF");
    return AG_OK;
}

enum ag_status ag_export_gexf(const struct ag_graph *g, const char *path, struct ag_error *err)
{
    return ag_export_write(g, path, write_gexf, err);
}
