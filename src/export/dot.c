/* dot.c: our own Graphviz writer (igraph 0.10.2's prints numbers Graphviz cannot parse): every
 * id and value double-quoted and escaped, numbers with %.6f, no Graphviz `weight`. */
#include <string.h>

#include "actorgraph/export.h"
#include "export/emit.h"
#include "export/sanitize.h"
#include "export/style.h"

struct dw {
    FILE *fp;
    struct ag_buf scratch, text;
    int nomem;
};

/* Writes s as a DOT quoted string. */
static void quoted(struct dw *d, const char *s)
{
    ag_buf_reset(&d->scratch);
    if (ag_text_clean(&d->scratch, s ? s : "", AG_TEXT_DOT) != 0) {
        d->nomem = 1;
        return;
    }
    fprintf(d->fp, "\"%s\"", ag_buf_str(&d->scratch));
}

/* Writes `sep name="value"`, value escaped. */
static void kv(struct dw *d, const char *sep, const char *name, const char *value)
{
    fprintf(d->fp, "%s%s=", sep, name);
    quoted(d, value);
}

static void kv_real(struct dw *d, const char *name, double v)
{
    char num[AG_NUM_SIZE];

    ag_format_real(num, v);
    fprintf(d->fp, ", %s=\"%s\"", name, num);
}

static const char *shape_of(const char *kind)
{
    static const char *const shapes[][2] = {
        {"state", "box"},        {"government", "house"},
        {"military", "hexagon"}, {"legislature", "invhouse"},
        {"leader", "ellipse"},   {"official", "ellipse"},
        {"igo", "octagon"},      {"bloc", "doubleoctagon"},
        {"group", "diamond"},    {"media", "note"},
    };
    size_t i;

    for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++) {
        if (strcmp(kind, shapes[i][0]) == 0)
            return shapes[i][1];
    }
    return "ellipse";
}

/* The node tooltip: name, kind, country and metrics, one per line. */
static const char *tooltip(struct dw *d, const struct ag_node *nd)
{
    char pr[AG_NUM_SIZE], bt[AG_NUM_SIZE], hc[AG_NUM_SIZE];

    ag_format_real(pr, nd->pagerank);
    ag_format_real(bt, nd->betweenness);
    ag_format_real(hc, nd->harmonic);
    ag_buf_reset(&d->text);
    if (ag_buf_printf(&d->text,
                      "%s (%s)\nkind: %s, country: %s\nmentions: %ld\n"
                      "degree: in %ld, out %ld, total %ld\npagerank: %s\nbetweenness: %s\n"
                      "harmonic: %s\ncoreness: %ld\ncommunity: %ld",
                      nd->label, nd->id, nd->kind, nd->country, nd->mentions, nd->in_degree,
                      nd->out_degree, nd->degree, pr, bt, hc, nd->coreness, nd->community) != 0) {
        d->nomem = 1;
        return "";
    }
    return ag_buf_str(&d->text);
}

static void write_dot_body(struct dw *d, const struct ag_graph *g)
{
    size_t n, m, i;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);
    const struct ag_edge *edges = ag_graph_edges(g, &m);
    double max_pr = ag_style_max_pagerank(nodes, n);

    fputs("digraph \"actorgraph\" {\n"
          "  graph [fontname=\"DejaVu Sans\", overlap=\"prism\", splines=\"curved\", "
          "outputorder=\"edgesfirst\", start=\"42\", labelloc=\"b\", fontsize=\"16\", "
          "label=\"colour: community (Louvain)   size: PageRank   green solid: cooperation   "
          "red dashed: conflict   width: relation mentions   labelled: edges stated twice or "
          "more (hover an edge for its event)\"];\n" /* a fixed layout seed and curved (not
                                                      * routed) edges: the same picture every
                                                      * run; Graphviz 2.43's spline router
                                                      * is not deterministic */
          "  node [fontname=\"DejaVu Sans\", style=\"filled\", color=\"#555555\", "
          "fontcolor=\"#000000\"];\n"
          "  edge [fontname=\"DejaVu Sans\", fontsize=\"8.000000\", arrowsize=\"0.600000\"];\n",
          d->fp);
    for (i = 0; i < n && !d->nomem; i++) {
        const struct ag_node *nd = &nodes[i];
        double s = ag_style_node_scale(nd->pagerank, max_pr);
        fputs("  ", d->fp);
        quoted(d, nd->id);
        kv(d, " [", "label", nd->label);
        kv(d, ", ", "tooltip", tooltip(d, nd));
        kv(d, ", ", "fillcolor", ag_style_community_color(nd->community)->hex);
        kv(d, ", ", "shape", shape_of(nd->kind));
        kv_real(d, "width", 0.6 + 1.4 * s);
        kv_real(d, "height", 0.4 + 0.8 * s);
        kv_real(d, "fontsize", 10.0 + 14.0 * s);
        fputs("];\n", d->fp);
    }
    for (i = 0; i < m && !d->nomem; i++) {
        const struct ag_edge *e = &edges[i];
        fputs("  ", d->fp);
        quoted(d, nodes[e->source].id);
        fputs(" -> ", d->fp);
        quoted(d, nodes[e->target].id);
        /* a label on every edge buries the picture: only repeated relations get one; every
         * edge carries its event as a tooltip (SVG, report) */
        kv(d, " [", "tooltip", e->event);
        if (e->weight >= 2)
            kv(d, ", ", "label", e->event);
        kv(d, ", ", "color", ag_style_sign_color(e->sign)->hex);
        kv(d, ", ", "style", e->sign < 0 ? "dashed" : "solid");
        kv_real(d, "penwidth", ag_style_edge_width(e->weight));
        fputs("];\n", d->fp);
    }
    fputs("}\n", d->fp);
}

static enum ag_status write_dot(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    struct dw d = {fp, AG_BUF_INIT, AG_BUF_INIT, 0};

    write_dot_body(&d, g);
    ag_buf_release(&d.scratch);
    ag_buf_release(&d.text);
    if (d.nomem)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    return AG_OK;
}

enum ag_status ag_export_dot(const struct ag_graph *g, const char *path, struct ag_error *err)
{
    return ag_export_write(g, path, write_dot, err);
}
