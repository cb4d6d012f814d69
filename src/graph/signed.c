/* signed.c: cooperation and conflict layers, structural balance, and degree/strength/PageRank
 * of a sub-graph (a layer or a time window). */
#include "graph/signed.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/igraph_bridge.h"
#include "util/alloc.h"

/* Triangle counting stops (balance "not computed") after this many adjacency steps. */
#define AG_BALANCE_WORK 3e8

struct upair {
    size_t a, b; /* a < b */
};

static int cmp_upair(const void *x, const void *y)
{
    const struct upair *p = x, *q = y;

    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    return 0;
}

static enum ag_status oom(struct ag_error *err)
{
    return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
}

static enum ag_status sub_pagerank(size_t n, const struct ag_sub_edge *e, size_t m,
                                   const long *degree, double *pagerank, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    size_t *map = NULL, i, k = 0;
    igraph_vector_int_t ev;
    igraph_vector_t w, res;
    igraph_t ig;
    igraph_real_t value;
    int have = 0;

    map = ag_malloc((n + 1) * sizeof(*map));
    if (!map)
        return oom(err);
    for (i = 0; i < n; i++)
        map[i] = degree[i] > 0 ? k++ : SIZE_MAX;
    st = AG_IG(err, igraph_vector_int_init(&ev, (igraph_integer_t)(2 * m)));
    if (st != AG_OK)
        goto out;
    have |= 1;
    st = AG_IG(err, igraph_vector_init(&w, (igraph_integer_t)m));
    if (st != AG_OK)
        goto out;
    have |= 2;
    for (i = 0; i < m; i++) {
        VECTOR(ev)[2 * i] = (igraph_integer_t)map[e[i].s];
        VECTOR(ev)[2 * i + 1] = (igraph_integer_t)map[e[i].t];
        VECTOR(w)[i] = e[i].w;
    }
    st = AG_IG(err, igraph_vector_init(&res, 0));
    if (st != AG_OK)
        goto out;
    have |= 4;
    st = AG_IG(err, igraph_create(&ig, &ev, (igraph_integer_t)k, IGRAPH_DIRECTED));
    if (st != AG_OK)
        goto out;
    have |= 8;
    st = AG_IG(err, igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value,
                                    igraph_vss_all(), IGRAPH_DIRECTED, 0.85, &w, NULL));
    for (i = 0; st == AG_OK && i < n; i++) {
        double x = map[i] == SIZE_MAX ? 0.0 : VECTOR(res)[(igraph_integer_t)map[i]];
        pagerank[i] = isfinite(x) && x != 0.0 ? x : 0.0;
    }
out:
    if (have & 8)
        igraph_destroy(&ig);
    if (have & 4)
        igraph_vector_destroy(&res);
    if (have & 2)
        igraph_vector_destroy(&w);
    if (have & 1)
        igraph_vector_int_destroy(&ev);
    ag_free(map);
    return st;
}

enum ag_status ag_sub_metrics(size_t n, const struct ag_sub_edge *e, size_t m, long *degree,
                              double *strength, double *pagerank, struct ag_error *err)
{
    struct upair *pairs = NULL;
    enum ag_status st;
    size_t i;

    for (i = 0; i < n; i++) {
        degree[i] = 0;
        strength[i] = 0.0;
        pagerank[i] = 0.0;
    }
    if (m == 0)
        return AG_OK;
    pairs = ag_malloc(m * sizeof(*pairs));
    if (!pairs)
        return oom(err);
    for (i = 0; i < m; i++) {
        strength[e[i].s] += e[i].w;
        strength[e[i].t] += e[i].w;
        pairs[i].a = e[i].s < e[i].t ? e[i].s : e[i].t;
        pairs[i].b = e[i].s < e[i].t ? e[i].t : e[i].s;
    }
    qsort(pairs, m, sizeof(*pairs), cmp_upair);
    for (i = 0; i < m; i++) {
        if (i > 0 && cmp_upair(&pairs[i], &pairs[i - 1]) == 0)
            continue;
        degree[pairs[i].a]++;
        degree[pairs[i].b]++;
    }
    ag_free(pairs);
    st = sub_pagerank(n, e, m, degree, pagerank, err);
    return st;
}

enum ag_status ag_layers_compute(size_t n, const struct ag_edge *edges, size_t m,
                                 struct ag_node_layers *out, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    struct ag_sub_edge *sub = NULL;
    long *degree = NULL;
    double *strength = NULL, *pagerank = NULL;
    size_t i, k;
    int layer;

    memset(out, 0, n * sizeof(*out));
    sub = ag_malloc((m + 1) * sizeof(*sub));
    degree = ag_malloc((n + 1) * sizeof(*degree));
    strength = ag_malloc((n + 1) * sizeof(*strength));
    pagerank = ag_malloc((n + 1) * sizeof(*pagerank));
    if (!sub || !degree || !strength || !pagerank) {
        st = oom(err);
        goto out;
    }
    for (layer = 0; layer < 2 && st == AG_OK; layer++) {
        for (i = k = 0; i < m; i++) {
            long w = layer == 0 ? edges[i].coop : edges[i].conflict;
            if (w > 0) {
                sub[k].s = edges[i].source;
                sub[k].t = edges[i].target;
                sub[k++].w = (double)w;
            }
        }
        st = ag_sub_metrics(n, sub, k, degree, strength, pagerank, err);
        for (i = 0; st == AG_OK && i < n; i++) {
            if (layer == 0) {
                out[i].coop_degree = degree[i];
                out[i].coop_strength = strength[i];
                out[i].coop_pagerank = pagerank[i];
            } else {
                out[i].conflict_degree = degree[i];
                out[i].conflict_strength = strength[i];
                out[i].conflict_pagerank = pagerank[i];
            }
        }
    }
out:
    ag_free(sub);
    ag_free(degree);
    ag_free(strength);
    ag_free(pagerank);
    return st;
}

/* ---- balance ------------------------------------------------------------------------------ */

/* One side of the undirected graph, stored in both endpoints' adjacency. */
struct side {
    size_t a, b;
    long coop, conflict, weight;
    double goldstein; /* summed goldstein_mean x weight, for ties */
};

struct adj {
    size_t node, side;
};

static int cmp_side(const void *x, const void *y)
{
    const struct side *p = x, *q = y;

    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    return 0;
}

static int side_sign(const struct side *s)
{
    if (s->coop != s->conflict)
        return s->coop > s->conflict ? 1 : -1;
    return s->goldstein < 0 ? -1 : 1;
}

/* Keeps t among the AG_BALANCE_WORST heaviest (ties: the earlier found, which is node order). */
static void keep_worst(struct ag_balance *out, const struct ag_triad *t)
{
    size_t j = out->nworst;

    if (j == AG_BALANCE_WORST && out->worst[j - 1].weight >= t->weight)
        return;
    if (j == AG_BALANCE_WORST)
        j--;
    while (j > 0 && out->worst[j - 1].weight < t->weight) {
        out->worst[j] = out->worst[j - 1];
        j--;
    }
    out->worst[j] = *t;
    if (out->nworst < AG_BALANCE_WORST)
        out->nworst++;
}

enum ag_status ag_balance_compute(size_t n, const struct ag_edge *edges, size_t m,
                                  struct ag_balance *out, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    struct side *sides = NULL;
    struct adj *adj = NULL;
    size_t *start = NULL, *mark = NULL, ns = 0, i, j, u;
    double work = 0.0;

    memset(out, 0, sizeof(*out));
    out->computed = 1;
    out->method = "triangles of the undirected graph; a side is positive when its cooperation "
                  "mentions (both directions) outnumber its conflict ones; balanced when an even "
                  "number of sides is negative";
    sides = ag_malloc((m + 1) * sizeof(*sides));
    adj = ag_malloc((2 * m + 1) * sizeof(*adj));
    start = ag_calloc(n + 2, sizeof(*start));
    mark = ag_malloc((n + 1) * sizeof(*mark));
    if (!sides || !adj || !start || !mark) {
        st = oom(err);
        goto out;
    }
    for (i = 0; i < m; i++) {
        const struct ag_edge *e = &edges[i];
        sides[i].a = e->source < e->target ? e->source : e->target;
        sides[i].b = e->source < e->target ? e->target : e->source;
        sides[i].coop = e->coop;
        sides[i].conflict = e->conflict;
        sides[i].weight = e->weight;
        sides[i].goldstein = e->goldstein_mean * (double)e->weight;
    }
    qsort(sides, m, sizeof(*sides), cmp_side);
    for (i = 0; i < m; i++) { /* merge the two directions of a pair */
        if (ns > 0 && cmp_side(&sides[ns - 1], &sides[i]) == 0) {
            sides[ns - 1].coop += sides[i].coop;
            sides[ns - 1].conflict += sides[i].conflict;
            sides[ns - 1].weight += sides[i].weight;
            sides[ns - 1].goldstein += sides[i].goldstein;
        } else {
            sides[ns++] = sides[i];
        }
    }
    for (i = 0; i < ns; i++) {
        start[sides[i].a + 1]++;
        start[sides[i].b + 1]++;
    }
    for (u = 0; u < n; u++)
        start[u + 1] += start[u];
    for (u = 0; u < n; u++)
        mark[u] = SIZE_MAX;
    {
        size_t *fill = ag_malloc((n + 1) * sizeof(*fill));
        if (!fill) {
            st = oom(err);
            goto out;
        }
        memcpy(fill, start, n * sizeof(*fill));
        for (i = 0; i < ns; i++) { /* sides sorted by (a, b): each list comes out sorted */
            adj[fill[sides[i].a]].node = sides[i].b;
            adj[fill[sides[i].a]++].side = i;
            adj[fill[sides[i].b]].node = sides[i].a;
            adj[fill[sides[i].b]++].side = i;
        }
        ag_free(fill);
    }
    /* u < v < w: mark u's neighbours (remembering the side), then walk each v > u. */
    for (u = 0; u < n && out->computed; u++) {
        for (j = start[u]; j < start[u + 1]; j++)
            mark[adj[j].node] = adj[j].side;
        for (j = start[u]; j < start[u + 1] && out->computed; j++) {
            size_t v = adj[j].node, k;
            if (v <= u)
                continue;
            work += (double)(start[v + 1] - start[v]);
            if (work > AG_BALANCE_WORK) {
                out->computed = 0;
                break;
            }
            for (k = start[v]; k < start[v + 1]; k++) {
                size_t w = adj[k].node;
                const struct side *uv, *vw, *wu;
                struct ag_triad t;
                if (w <= v || mark[w] == SIZE_MAX)
                    continue;
                uv = &sides[adj[j].side];
                vw = &sides[adj[k].side];
                wu = &sides[mark[w]];
                t.a = u;
                t.b = v;
                t.c = w;
                t.sign_ab = side_sign(uv);
                t.sign_bc = side_sign(vw);
                t.sign_ca = side_sign(wu);
                t.weight = uv->weight + vw->weight + wu->weight;
                out->triangles++;
                if (t.sign_ab * t.sign_bc * t.sign_ca > 0)
                    out->balanced++;
                else
                    keep_worst(out, &t);
            }
        }
        for (j = start[u]; j < start[u + 1]; j++)
            mark[adj[j].node] = SIZE_MAX;
    }
    if (!out->computed) {
        out->method = "not computed: the graph is too large (more than 3e8 adjacency steps)";
        out->triangles = out->balanced = 0;
        out->nworst = 0;
    }
    out->share = out->triangles > 0 ? (double)out->balanced / (double)out->triangles : 0.0;
out:
    ag_free(sides);
    ag_free(adj);
    ag_free(start);
    ag_free(mark);
    return st;
}
