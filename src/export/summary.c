/* summary.c: summary.json (jansson, keys sorted, indent 2): how the graph was made and its
 * most central actors. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "export/emit.h"
#include "export/sanitize.h"
#include "graph/build.h"

#define TOP_ACTORS 10

/* Adds key: value to obj (value may be NULL after a failed allocation); records failure. */
static void set(json_t *obj, const char *key, json_t *value, int *bad)
{
    if (!obj) {
        json_decref(value);
        *bad = 1;
    } else if (!value || json_object_set_new(obj, key, value) != 0) { /* steals value */
        *bad = 1;
    }
}

/* A real rounded to the 6 decimals the other outputs print. */
static json_t *real6(double x)
{
    char num[AG_NUM_SIZE];

    ag_format_real(num, x);
    return json_real(strtod(num, NULL));
}

static json_t *text_or_null(const char *s, struct ag_buf *scratch, int *bad)
{
    if (!s || !*s)
        return json_null();
    ag_buf_reset(scratch);
    if (ag_text_clean(scratch, s, AG_TEXT_XML) != 0) {
        *bad = 1;
        return NULL;
    }
    return json_string(ag_buf_str(scratch));
}

static json_t *method(const char *how, const char *weights, int *bad)
{
    json_t *m = json_object();

    set(m, "method", json_string(how), bad);
    set(m, "weights", json_string(weights), bad);
    return m;
}

static json_t *methods(const struct ag_graph *g, int *bad)
{
    const struct ag_graph_info *info = ag_graph_info(g);
    json_t *m = json_object();
    char buf[160];

    set(m, "degree",
        method("distinct neighbours (in, out, and total ignoring direction)", "none", bad), bad);
    set(m, "strength", method("sum of edge weights (in and out)", "Weight = mentions", bad), bad);
    snprintf(buf, sizeof(buf), "igraph_betweenness, directed, %s", info->betweenness_method);
    set(m, "betweenness", method(buf, "length = 1/Weight", bad), bad);
    snprintf(buf, sizeof(buf), "igraph_harmonic_centrality, mode all, normalized, %s",
             info->harmonic_method);
    set(m, "harmonic", method(buf, "length = 1/Weight", bad), bad);
    set(m, "pagerank",
        method("igraph_pagerank PRPACK, directed, damping 0.85", "strength = Weight", bad), bad);
    set(m, "hub_authority", method(ag_graph_hub_method(g), "strength = Weight", bad), bad);
    set(m, "coreness",
        method("igraph_coreness, mode all, on the collapsed undirected graph", "none", bad), bad);
    snprintf(buf, sizeof(buf),
             "%s (igraph_community_multilevel, resolution 1) on the collapsed undirected graph; "
             "communities numbered by decreasing size",
             info->community_method);
    set(m, "community", method(buf, "strength = summed Weight of both directions", bad), bad);
    set(m, "layers",
        method("coop_* on the edges with coop > 0, conflict_* on those with conflict > 0: "
               "degree, strength, and PageRank (PRPACK, damping 0.85) on that layer's nodes",
               "coop or conflict mentions", bad),
        bad);
    return m;
}

/* Indices of the (up to) TOP_ACTORS nodes with the highest PageRank, ties by node order. */
static size_t top_actors(const struct ag_node *nodes, size_t n, size_t top[TOP_ACTORS])
{
    size_t k = 0, i, j;

    for (i = 0; i < n; i++) {
        for (j = k; j > 0 && nodes[top[j - 1]].pagerank < nodes[i].pagerank; j--) {
            if (j < TOP_ACTORS)
                top[j] = top[j - 1];
        }
        if (j < TOP_ACTORS) {
            top[j] = i;
            if (k < TOP_ACTORS)
                k++;
        }
    }
    return k;
}

/* "balance": share of balanced triangles and the heaviest unbalanced triads. */
static json_t *balance(const struct ag_graph *g, struct ag_buf *scratch, int *bad)
{
    const struct ag_balance *b = ag_graph_balance(g);
    json_t *obj = json_object(), *worst = json_array();
    size_t n, i;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);

    set(obj, "computed", json_boolean(b->computed), bad);
    set(obj, "method", json_string(b->method ? b->method : ""), bad);
    set(obj, "triangles", json_integer(b->triangles), bad);
    set(obj, "balanced", json_integer(b->balanced), bad);
    set(obj, "unbalanced", json_integer(b->triangles - b->balanced), bad);
    set(obj, "share_balanced", real6(b->share), bad);
    for (i = 0; i < b->nworst; i++) {
        const struct ag_triad *t = &b->worst[i];
        json_t *tr = json_object(), *ids = json_array(), *signs = json_array();
        size_t k, who[3] = {t->a, t->b, t->c};
        int sg[3] = {t->sign_ab, t->sign_bc, t->sign_ca};
        for (k = 0; k < 3; k++) {
            if (!ids || !signs ||
                json_array_append_new(ids, text_or_null(nodes[who[k]].id, scratch, bad)) != 0 ||
                json_array_append_new(signs, json_integer(sg[k])) != 0)
                *bad = 1;
        }
        set(tr, "actors", ids, bad);
        set(tr, "signs", signs, bad);
        set(tr, "weight", json_integer(t->weight), bad);
        if (!tr || !worst || json_array_append_new(worst, tr) != 0)
            *bad = 1;
    }
    set(obj, "most_unbalanced", worst, bad);
    return obj;
}

static json_t *windows(const struct ag_graph *g, int *bad)
{
    const struct ag_timeline *tl = ag_graph_timeline(g);
    json_t *obj;

    if (!tl)
        return json_null();
    obj = json_object();
    set(obj, "unit", json_string(ag_window_name(tl->unit)), bad);
    set(obj, "count", json_integer((json_int_t)tl->nwindows), bad);
    set(obj, "first", tl->nwindows ? json_string(tl->start[0]) : json_null(), bad);
    set(obj, "last", tl->nwindows ? json_string(tl->end[tl->nwindows - 1]) : json_null(), bad);
    set(obj, "file", json_string("timeline.csv"), bad);
    return obj;
}

static json_t *build(const struct ag_graph *g, struct ag_buf *scratch, int *bad)
{
    const struct ag_graph_info *info = ag_graph_info(g);
    const struct ag_graph_options *opts = ag_graph_get_options(g);
    json_t *root = json_object(), *filters = json_object(), *counts = json_object();
    json_t *dates = json_object(), *top = json_array();
    size_t n, k, i, idx[TOP_ACTORS];
    const struct ag_node *nodes = ag_graph_nodes(g, &n);

    set(root, "version", json_string(AG_VERSION), bad);
    set(root, "level", json_string(info->level == AG_LEVEL_COUNTRY ? "country" : "actor"), bad);
    set(root, "seed", json_integer((json_int_t)info->seed), bad);
    set(filters, "min_weight", json_integer(opts->min_weight), bad);
    set(filters, "since", text_or_null(opts->since, scratch, bad), bad);
    set(filters, "until", text_or_null(opts->until, scratch, bad), bad);
    set(filters, "include_negated", json_boolean(opts->include_negated), bad);
    {
        const struct ag_graph_filters *f = ag_graph_get_filters(g);
        set(filters, "only", json_string(ag_only_name(f->only)), bad);
        set(filters, "top", json_integer(f->top), bad);
        set(filters, "actor", text_or_null(f->actor, scratch, bad), bad);
        set(filters, "radius", f->actor ? json_integer(f->radius) : json_null(), bad);
        set(filters, "giant", json_boolean(f->giant), bad);
        set(filters, "window", f->window ? json_string(ag_window_name(f->window)) : json_null(),
            bad);
    }
    set(root, "filters", filters, bad);
    set(counts, "relations_read", json_integer(info->relations_read), bad);
    set(counts, "relations_used", json_integer(info->relations_used), bad);
    set(counts, "skipped_negated", json_integer(info->skipped_negated), bad);
    set(counts, "skipped_date", json_integer(info->skipped_date), bad);
    set(counts, "skipped_self", json_integer(info->skipped_self), bad);
    set(counts, "skipped_weight", json_integer(info->skipped_weight), bad);
    set(counts, "skipped_only", json_integer(ag_graph_skipped_only(g)), bad);
    set(counts, "nodes_filtered", json_integer(ag_graph_nodes_filtered(g)), bad);
    set(counts, "nodes", json_integer((json_int_t)info->nodes), bad);
    set(counts, "edges", json_integer((json_int_t)info->edges), bad);
    set(counts, "communities", json_integer(info->communities), bad);
    set(root, "counts", counts, bad);
    set(root, "methods", methods(g, bad), bad);
    set(root, "modularity", real6(info->modularity), bad);
    set(root, "communities", json_integer(info->communities), bad);
    set(dates, "first", text_or_null(info->first_date, scratch, bad), bad);
    set(dates, "last", text_or_null(info->last_date, scratch, bad), bad);
    set(root, "dates", dates, bad);
    k = top_actors(nodes, n, idx);
    for (i = 0; i < k; i++) {
        const struct ag_node *nd = &nodes[idx[i]];
        json_t *a = json_object();
        set(a, "id", text_or_null(nd->id, scratch, bad), bad);
        set(a, "label", text_or_null(nd->label, scratch, bad), bad);
        set(a, "pagerank", real6(nd->pagerank), bad);
        set(a, "degree", json_integer(nd->degree), bad);
        if (!a || !top || json_array_append_new(top, a) != 0) {
            if (!top)
                json_decref(a);
            *bad = 1;
        }
    }
    set(root, "top_actors", top, bad);
    set(root, "balance", balance(g, scratch, bad), bad);
    set(root, "windows", windows(g, bad), bad);
    return root;
}

static enum ag_status write_summary(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    struct ag_buf scratch = AG_BUF_INIT;
    int bad = 0;
    json_t *root = build(g, &scratch, &bad);
    enum ag_status st = AG_OK;

    ag_buf_release(&scratch);
    if (bad)
        st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    else if (json_dumpf(root, fp, JSON_SORT_KEYS | JSON_INDENT(2) | JSON_REAL_PRECISION(10)) != 0 ||
             fputc('\n', fp) == EOF)
        st = ag_fail(err, AG_EIO, NULL, "cannot write summary");
    json_decref(root);
    return st;
}

enum ag_status ag_export_summary(const struct ag_graph *g, const char *path, struct ag_error *err)
{
    return ag_export_write(g, path, write_summary, err);
}
