/* gexf.c: GEXF 1.3 (Gephi's dialect, valid against the 1.3 RelaxNG) with libxml2's
 * xmlTextWriter: typed attributes, community colours, PageRank sizes and date intervals. */
#include <libxml/xmlwriter.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "export/emit.h"
#include "export/sanitize.h"
#include "export/style.h"
#include "graph/columns.h"

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

static void declare(struct gx *x, const char *cls, const struct ag_column *cols, size_t ncols)
{
    size_t i;

    start(x, "attributes");
    attr(x, "class", cls);
    attr(x, "mode", "static");
    for (i = AG_COL_FIRST_ATTR; i < ncols; i++) {
        start(x, "attribute");
        attr(x, "id", cols[i].name);
        attr(x, "title", cols[i].name);
        attr(x, "type", gexf_type(&cols[i]));
        end(x);
    }
    end(x);
}

static void attvalues(struct gx *x, const void *item, const struct ag_column *cols, size_t ncols)
{
    size_t i;

    start(x, "attvalues");
    for (i = AG_COL_FIRST_ATTR; i < ncols; i++) {
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

static void write_nodes(struct gx *x, const struct ag_node *nodes, size_t n)
{
    double max_pr = ag_style_max_pagerank(nodes, n);
    size_t i;

    start_list(x, "nodes", n);
    for (i = 0; i < n && !x->bad; i++) {
        const struct ag_node *nd = &nodes[i];
        start(x, "node");
        attr_text(x, "id", nd->id);
        attr_text(x, "label", nd->label);
        interval(x, nd->first_date, nd->last_date);
        attvalues(x, nd, ag_node_columns, ag_node_ncolumns);
        color(x, ag_style_community_color(nd->community));
        start(x, "viz:size");
        attr_real(x, "value", 5.0 + 45.0 * ag_style_node_scale(nd->pagerank, max_pr));
        end(x);
        end(x);
    }
    end(x);
}

static void write_edges(struct gx *x, const struct ag_node *nodes, const struct ag_edge *edges,
                        size_t m)
{
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
        interval(x, e->first_date, e->last_date);
        attvalues(x, e, ag_edge_columns, ag_edge_ncolumns);
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
    declare(x, "node", ag_node_columns, ag_node_ncolumns);
    declare(x, "edge", ag_edge_columns, ag_edge_ncolumns);
    write_nodes(x, nodes, n);
    write_edges(x, nodes, edges, m);
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
