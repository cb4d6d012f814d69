/* centrality.c: node metrics with igraph 0.10.2 on the directed graph (one edge per ordered
 * pair) and communities on its collapsed undirected copy. */
#include "graph/centrality.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph/igraph_bridge.h"
#include "util/alloc.h"

/* Betweenness and harmonic centrality need one shortest-path search per source node: O(n m log n)
 * in all. Exact while nodes x edges stays under AG_EXACT_WORK (5,000 nodes with 40,000 edges,
 * a few seconds); above, both are estimated from AG_SAMPLE_SOURCES source nodes spread evenly
 * over the id order, which bounds the work to AG_SAMPLE_SOURCES searches, O(m log n) each,
 * whatever the density. (A cutoff on path length would not bound it: with length 1/Weight,
 * and on dense news graphs even in hops, two steps reach nearly every node.) */
#define AG_EXACT_WORK     2e8
#define AG_SAMPLE_SOURCES 64
#define AG_SAMPLED_BETWEENNESS                                                                     \
    "sampled: 64 source nodes evenly spaced by id, scaled by n/64 (exact when nodes x edges "      \
    "<= 2e8)"
#define AG_SAMPLED_HARMONIC                                                                        \
    "sampled: mean over 64 source nodes evenly spaced by id (exact when nodes x edges <= 2e8)"

static double finite_or_zero(double x)
{
    return isfinite(x) && x != 0.0 ? x : 0.0;
}

/* AG_EINVAL unless every weight is finite and > 0 (igraph 0.10.2 does not always check). */
static enum ag_status check_weights(const igraph_vector_t *w, struct ag_error *err)
{
    igraph_integer_t i, n = igraph_vector_size(w);

    for (i = 0; i < n; i++) {
        double x = VECTOR(*w)[i];
        if (!isfinite(x) || x <= 0.0)
            return ag_fail(err, AG_EINVAL, NULL, "edge weight %f is not finite and positive", x);
    }
    return AG_OK;
}

/* The metrics that return one double per vertex. */
enum real_metric { M_BETWEENNESS, M_HARMONIC, M_PAGERANK };

/* 1 when the path-based metrics are to be sampled rather than exact. */
static int sampled(size_t n, size_t m)
{
    return (double)n * (double)m > AG_EXACT_WORK && n > AG_SAMPLE_SOURCES;
}

/* The sampled source nodes: AG_SAMPLE_SOURCES indices spread evenly over 0..n-1. */
static enum ag_status sample_sources(igraph_vector_int_t *src, size_t n, struct ag_error *err)
{
    enum ag_status st = AG_IG(err, igraph_vector_int_init(src, AG_SAMPLE_SOURCES));
    size_t k;

    for (k = 0; st == AG_OK && k < AG_SAMPLE_SOURCES; k++)
        VECTOR(*src)[k] = (igraph_integer_t)(k * n / AG_SAMPLE_SOURCES);
    return st;
}

/* Betweenness from the sampled sources to every target, scaled by n / sources: an unbiased
 * estimate of the exact value (Brandes and Pich 2007). */
static enum ag_status sampled_betweenness(const igraph_t *ig, igraph_vector_t *res,
                                          const igraph_vector_t *lengths, size_t n,
                                          struct ag_error *err)
{
    igraph_vector_int_t src;
    igraph_vs_t from;
    enum ag_status st = sample_sources(&src, n, err);

    if (st != AG_OK)
        return st;
    from = igraph_vss_vector(&src);
    st = AG_IG(err, igraph_betweenness_subset(ig, res, igraph_vss_all(), IGRAPH_DIRECTED, from,
                                              igraph_vss_all(), lengths));
    if (st == AG_OK)
        igraph_vector_scale(res, (double)n / AG_SAMPLE_SOURCES);
    igraph_vector_int_destroy(&src);
    return st;
}

/* Harmonic centrality ignoring direction, normalised: for each node the mean of 1/d(s, v) over
 * the sampled sources s other than itself (unreachable: 0), which estimates the mean over all
 * nodes. */
static enum ag_status sampled_harmonic(const igraph_t *ig, igraph_vector_t *res,
                                       const igraph_vector_t *lengths, size_t n,
                                       struct ag_error *err)
{
    igraph_vector_int_t src;
    igraph_matrix_t d;
    enum ag_status st = sample_sources(&src, n, err);
    size_t k, v;

    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_matrix_init(&d, 0, 0));
    if (st != AG_OK) {
        igraph_vector_int_destroy(&src);
        return st;
    }
    st = AG_IG(err, igraph_distances_dijkstra(ig, &d, igraph_vss_vector(&src), igraph_vss_all(),
                                              lengths, IGRAPH_ALL));
    if (st == AG_OK)
        st = AG_IG(err, igraph_vector_resize(res, (igraph_integer_t)n));
    for (v = 0; st == AG_OK && v < n; v++) {
        double sum = 0.0;
        long count = 0;
        for (k = 0; k < AG_SAMPLE_SOURCES; k++) {
            double x = MATRIX(d, k, v);
            if ((size_t)VECTOR(src)[k] == v)
                continue;
            count++;
            if (isfinite(x) && x > 0.0)
                sum += 1.0 / x;
        }
        VECTOR(*res)[v] = count ? sum / (double)count : 0.0;
    }
    igraph_matrix_destroy(&d);
    igraph_vector_int_destroy(&src);
    return st;
}

static enum ag_status real_metric(const igraph_t *ig, enum real_metric which,
                                  const igraph_vector_t *weights, const igraph_vector_t *lengths,
                                  struct ag_node *nodes, size_t n, struct ag_error *err)
{
    enum ag_status st;
    igraph_vector_t res;
    igraph_real_t value = 0;
    int big = sampled(n, (size_t)igraph_ecount(ig));
    size_t i;

    st = check_weights(which == M_PAGERANK ? weights : lengths, err);
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_init(&res, 0));
    if (st != AG_OK)
        return st;
    switch (which) {
    case M_BETWEENNESS:
        st = big ? sampled_betweenness(ig, &res, lengths, n, err)
                 : AG_IG(err,
                         igraph_betweenness(ig, &res, igraph_vss_all(), IGRAPH_DIRECTED, lengths));
        break;
    case M_HARMONIC:
        st = big ? sampled_harmonic(ig, &res, lengths, n, err)
                 : AG_IG(err, igraph_harmonic_centrality(ig, &res, igraph_vss_all(), IGRAPH_ALL,
                                                         lengths, 1));
        break;
    case M_PAGERANK:
        st = AG_IG(err, igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value,
                                        igraph_vss_all(), IGRAPH_DIRECTED, 0.85, weights, NULL));
        break;
    }
    for (i = 0; st == AG_OK && i < n; i++) {
        double x = finite_or_zero(VECTOR(res)[i]);
        if (which == M_BETWEENNESS)
            nodes[i].betweenness = x;
        else if (which == M_HARMONIC)
            nodes[i].harmonic = x;
        else
            nodes[i].pagerank = x;
    }
    igraph_vector_destroy(&res);
    return st;
}

/* Hub and authority scores; an igraph failure other than out-of-memory (ARPACK not converging)
 * leaves them 0 and says so in *method. */
static enum ag_status hub_authority(const igraph_t *ig, const igraph_vector_t *weights,
                                    struct ag_node *nodes, size_t n, const char **method,
                                    struct ag_error *err)
{
    enum ag_status st;
    igraph_vector_t hub, auth;
    igraph_real_t value = 0;
    struct ag_error scratch;
    size_t i;

    st = check_weights(weights, err);
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_init(&hub, 0));
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_init(&auth, 0));
    if (st != AG_OK) {
        igraph_vector_destroy(&hub);
        return st;
    }
    st =
        AG_IG(&scratch, igraph_hub_and_authority_scores(ig, &hub, &auth, &value, 1, weights, NULL));
    if (st == AG_OK) {
        *method = "hub_and_authority_scores (weights = Weight, scale = 1)";
        for (i = 0; i < n; i++) {
            nodes[i].hub = finite_or_zero(VECTOR(hub)[i]);
            nodes[i].authority = finite_or_zero(VECTOR(auth)[i]);
        }
    } else if (st == AG_ENOMEM) {
        st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    } else {
        *method = "unavailable (igraph hub_and_authority_scores failed; values set to 0)";
        for (i = 0; i < n; i++)
            nodes[i].hub = nodes[i].authority = 0.0;
        st = AG_OK;
    }
    igraph_vector_destroy(&auth);
    igraph_vector_destroy(&hub);
    return st;
}

/* Index of edge (s, t) in the sorted edges, or m. O(log m). */
static size_t find_edge(const struct ag_edge *edges, size_t m, size_t s, size_t t)
{
    size_t lo = 0, hi = m;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct ag_edge *e = &edges[mid];
        if (e->source < s || (e->source == s && e->target < t))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m && edges[lo].source == s && edges[lo].target == t ? lo : m;
}

/* The collapsed undirected copy: one edge per unordered pair, weights summed. */
static enum ag_status build_undirected(igraph_t *ug, igraph_vector_t *uw,
                                       const struct ag_edge *edges, size_t m, size_t n,
                                       struct ag_error *err)
{
    enum ag_status st;
    igraph_vector_int_t ev;
    size_t i;

    st = AG_IG(err, igraph_vector_int_init(&ev, 0));
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_init(uw, 0));
    if (st != AG_OK) {
        igraph_vector_int_destroy(&ev);
        return st;
    }
    for (i = 0; i < m && st == AG_OK; i++) {
        const struct ag_edge *e = &edges[i];
        size_t r = find_edge(edges, m, e->target, e->source);
        double w = (double)e->weight;
        if (r < m && e->source > e->target)
            continue; /* counted with its reverse */
        if (r < m)
            w += (double)edges[r].weight;
        st = AG_IG(err, igraph_vector_int_push_back(&ev, (igraph_integer_t)e->source));
        if (st == AG_OK)
            st = AG_IG(err, igraph_vector_int_push_back(&ev, (igraph_integer_t)e->target));
        if (st == AG_OK)
            st = AG_IG(err, igraph_vector_push_back(uw, w));
    }
    if (st == AG_OK)
        st = AG_IG(err, igraph_create(ug, &ev, (igraph_integer_t)n, IGRAPH_UNDIRECTED));
    if (st != AG_OK)
        igraph_vector_destroy(uw);
    igraph_vector_int_destroy(&ev);
    return st;
}

/* Degree (distinct neighbours ignoring direction) and coreness on the undirected copy. */
static enum ag_status degree_coreness(const igraph_t *ug, struct ag_node *nodes, size_t n,
                                      struct ag_error *err)
{
    enum ag_status st;
    igraph_vector_int_t v;
    size_t i;

    st = AG_IG(err, igraph_vector_int_init(&v, 0));
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_degree(ug, &v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
    for (i = 0; st == AG_OK && i < n; i++)
        nodes[i].degree = (long)VECTOR(v)[i];
    if (st == AG_OK)
        st = AG_IG(err, igraph_coreness(ug, &v, IGRAPH_ALL));
    for (i = 0; st == AG_OK && i < n; i++)
        nodes[i].coreness = (long)VECTOR(v)[i];
    igraph_vector_int_destroy(&v);
    return st;
}

struct comm_ref {
    long size;
    size_t first; /* smallest node index */
    long id;
};

static int cmp_comm(const void *a, const void *b)
{
    const struct comm_ref *x = a, *y = b;

    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Numbers communities by decreasing size, ties by smallest node index, from 0. */
static enum ag_status renumber(const igraph_vector_int_t *memb, struct ag_node *nodes, size_t n,
                               long *count, struct ag_error *err)
{
    struct comm_ref *refs = ag_calloc(n + 1, sizeof(*refs));
    long *newid = ag_malloc((n + 1) * sizeof(*newid));
    size_t i, k = 0;

    if (!refs || !newid) {
        ag_free(refs);
        ag_free(newid);
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    for (i = 0; i < n; i++) {
        refs[i].id = (long)i;
        refs[i].first = n;
    }
    for (i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(*memb)[i];
        if (c < 0 || (size_t)c >= n)
            continue;
        if (refs[c].size++ == 0) {
            refs[c].first = i;
            k++;
        }
    }
    qsort(refs, n, sizeof(*refs), cmp_comm);
    for (i = 0; i < n; i++)
        newid[refs[i].id] = (long)i;
    for (i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(*memb)[i];
        nodes[i].community = c >= 0 && (size_t)c < n ? newid[c] : 0;
    }
    *count = (long)k;
    ag_free(refs);
    ag_free(newid);
    return AG_OK;
}

static enum ag_status communities(const igraph_t *ug, const igraph_vector_t *uw, unsigned long seed,
                                  struct ag_node *nodes, size_t n, struct ag_graph_info *info,
                                  struct ag_error *err)
{
    enum ag_status st;
    igraph_vector_int_t memb;
    igraph_vector_t q;
    igraph_integer_t levels;

    st = check_weights(uw, err);
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed));
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_int_init(&memb, 0));
    if (st != AG_OK)
        return st;
    st = AG_IG(err, igraph_vector_init(&q, 0));
    if (st != AG_OK) {
        igraph_vector_int_destroy(&memb);
        return st;
    }
    st = AG_IG(err, igraph_community_multilevel(ug, uw, 1.0, &memb, NULL, &q));
    if (st == AG_OK)
        st = renumber(&memb, nodes, n, &info->communities, err);
    if (st == AG_OK) {
        levels = igraph_vector_size(&q);
        info->modularity = levels > 0 ? finite_or_zero(VECTOR(q)[levels - 1]) : 0.0;
    }
    igraph_vector_destroy(&q);
    igraph_vector_int_destroy(&memb);
    return st;
}

enum ag_status ag_metrics_compute(struct ag_node *nodes, size_t n, const struct ag_edge *edges,
                                  size_t m, unsigned long seed, struct ag_graph_info *info,
                                  const char **hub_method, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    igraph_vector_int_t ev;
    igraph_vector_t w, len, uw;
    igraph_t dg, ug;
    int have = 0; /* 1 ev, 2 w, 4 len, 8 dg, 16 ug (with uw) */
    size_t i;

    info->betweenness_method = sampled(n, m) ? AG_SAMPLED_BETWEENNESS : "exact";
    info->harmonic_method = sampled(n, m) ? AG_SAMPLED_HARMONIC : "exact";
    info->community_method = "louvain";
    info->communities = 0;
    info->modularity = 0.0;
    *hub_method = "unavailable (no edges)";
    if (n == 0 || m == 0) {
        for (i = 0; i < n; i++)
            nodes[i].community = (long)i;
        info->communities = (long)n;
        return AG_OK;
    }
    st = AG_IG(err, igraph_vector_int_init(&ev, (igraph_integer_t)(2 * m)));
    if (st != AG_OK)
        goto out;
    have |= 1;
    st = AG_IG(err, igraph_vector_init(&w, (igraph_integer_t)m));
    if (st != AG_OK)
        goto out;
    have |= 2;
    st = AG_IG(err, igraph_vector_init(&len, (igraph_integer_t)m));
    if (st != AG_OK)
        goto out;
    have |= 4;
    for (i = 0; i < m; i++) {
        VECTOR(ev)[2 * i] = (igraph_integer_t)edges[i].source;
        VECTOR(ev)[2 * i + 1] = (igraph_integer_t)edges[i].target;
        VECTOR(w)[i] = (double)edges[i].weight;
        VECTOR(len)[i] = 1.0 / (double)edges[i].weight;
    }
    st = AG_IG(err, igraph_create(&dg, &ev, (igraph_integer_t)n, IGRAPH_DIRECTED));
    if (st != AG_OK)
        goto out;
    have |= 8;
    st = real_metric(&dg, M_BETWEENNESS, &w, &len, nodes, n, err);
    if (st == AG_OK)
        st = real_metric(&dg, M_HARMONIC, &w, &len, nodes, n, err);
    if (st == AG_OK)
        st = real_metric(&dg, M_PAGERANK, &w, &len, nodes, n, err);
    if (st == AG_OK)
        st = hub_authority(&dg, &w, nodes, n, hub_method, err);
    if (st != AG_OK)
        goto out;
    st = build_undirected(&ug, &uw, edges, m, n, err);
    if (st != AG_OK)
        goto out;
    have |= 16;
    st = degree_coreness(&ug, nodes, n, err);
    if (st == AG_OK)
        st = communities(&ug, &uw, seed, nodes, n, info, err);
out:
    if (have & 16) {
        igraph_destroy(&ug);
        igraph_vector_destroy(&uw);
    }
    if (have & 8)
        igraph_destroy(&dg);
    if (have & 4)
        igraph_vector_destroy(&len);
    if (have & 2)
        igraph_vector_destroy(&w);
    if (have & 1)
        igraph_vector_int_destroy(&ev);
    return st;
}
