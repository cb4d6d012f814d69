/* build.c: relation mentions aggregated, as they arrive, into one directed edge per ordered
 * (source, target) pair; ag_graph_finish() filters, sorts and hands the result to igraph. */
#include "graph/build.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/centrality.h"
#include "graph/signed.h"
#include "graph/window.h"
#include "util/alloc.h"
#include "util/strmap.h"

/* One CAMEO code seen on an edge, with its mention count. The strings are interned: one copy
 * per distinct text, owned by the graph, so equal codes are equal pointers. */
struct agg_code {
    const char *code, *event;
    long count;
};

/* An edge while mentions arrive. The Goldstein sum is kept in millionths as an integer so the
 * mean does not depend on the order of the input. */
struct agg_edge {
    size_t src, tgt;
    long weight;
    long quad[5];
    long long goldstein_micro;
    struct agg_code *codes;
    size_t ncodes, capcodes;
    char first[11], last[11];
};

struct agg_node {
    char *id, *label, *country, *kind;
};

struct ag_graph {
    struct ag_graph_options opts;
    char *since, *until;
    const struct ag_lexicon *lex;
    struct ag_strmap node_map; /* id -> index into anodes */
    size_t *pair_slots;        /* open addressing on (src, tgt): 1 + index into aedges, 0 empty */
    size_t pair_cap;           /* a power of two, at least twice naedges */
    struct ag_strmap str_map;  /* interned text -> index into strs */
    char **strs;
    size_t nstrs, capstrs;
    struct agg_node *anodes;
    size_t nanodes, capanodes;
    struct agg_edge *aedges;
    size_t naedges, capaedges;
    int finished;
    struct ag_node *nodes;
    size_t nnodes;
    struct ag_edge *edges;
    char **edge_kinds;
    size_t nedges;
    struct ag_graph_info info;
    const char *hub_method;
    struct ag_graph_filters filters;
    char *filter_actor;
    long skipped_only, nodes_filtered;
    struct ag_tl_rec *recs; /* dated mentions, with --window */
    size_t nrecs, caprecs;
    struct ag_node_layers *layers;
    struct ag_balance balance;
    struct ag_timeline timeline;
    int have_timeline;
};

void ag_graph_options_init(struct ag_graph_options *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->level = AG_LEVEL_ACTOR;
    opts->min_weight = 1;
    opts->seed = 42;
}

static enum ag_status oom(struct ag_error *err)
{
    return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
}

enum ag_status ag_graph_new(struct ag_graph **out, const struct ag_graph_options *opts,
                            const struct ag_lexicon *lex, struct ag_error *err)
{
    struct ag_graph *g;

    *out = NULL;
    g = ag_calloc(1, sizeof(*g));
    if (!g)
        return oom(err);
    g->opts = *opts;
    g->lex = lex;
    if (opts->since && *opts->since && !(g->since = ag_strdup(opts->since)))
        goto nomem;
    if (opts->until && *opts->until && !(g->until = ag_strdup(opts->until)))
        goto nomem;
    g->opts.since = g->since;
    g->opts.until = g->until;
    g->info.seed = opts->seed;
    g->info.level = opts->level;
    g->info.betweenness_method = "exact";
    g->info.harmonic_method = "exact";
    g->info.community_method = "louvain";
    g->hub_method = "unavailable (no edges)";
    ag_graph_filters_init(&g->filters);
    *out = g;
    return AG_OK;
nomem:
    ag_graph_free(g);
    return oom(err);
}

static void free_agg(struct ag_graph *g)
{
    size_t i, j;

    for (i = 0; i < g->nanodes; i++) {
        ag_free(g->anodes[i].id);
        ag_free(g->anodes[i].label);
        ag_free(g->anodes[i].country);
        ag_free(g->anodes[i].kind);
    }
    for (i = 0; i < g->naedges; i++)
        ag_free(g->aedges[i].codes);
    for (j = 0; j < g->nstrs; j++)
        ag_free(g->strs[j]);
    ag_free(g->anodes);
    ag_free(g->aedges);
    ag_free(g->pair_slots);
    ag_free(g->strs);
    g->anodes = NULL;
    g->aedges = NULL;
    g->pair_slots = NULL;
    g->strs = NULL;
    g->nanodes = g->capanodes = g->naedges = g->capaedges = g->pair_cap = 0;
    g->nstrs = g->capstrs = 0;
    ag_strmap_release(&g->node_map);
    ag_strmap_release(&g->str_map);
}

void ag_graph_free(struct ag_graph *g)
{
    size_t i;

    if (!g)
        return;
    free_agg(g);
    for (i = 0; i < g->nnodes; i++) {
        ag_free(g->nodes[i].id);
        ag_free(g->nodes[i].label);
        ag_free(g->nodes[i].country);
        ag_free(g->nodes[i].kind);
    }
    for (i = 0; i < g->nedges; i++) {
        ag_free(g->edges[i].cameo);
        ag_free(g->edges[i].event);
        if (g->edge_kinds)
            ag_free(g->edge_kinds[i]);
    }
    ag_free(g->nodes);
    ag_free(g->edges);
    ag_free(g->edge_kinds);
    ag_free(g->filter_actor);
    ag_free(g->recs);
    ag_free(g->layers);
    ag_timeline_release(&g->timeline);
    ag_free(g->since);
    ag_free(g->until);
    ag_free(g);
}

/* How good a candidate text is: 0 empty, 1 equal to the id (a placeholder), 2 real text. */
static int text_rank(const char *s, const char *id)
{
    if (!s || !*s)
        return 0;
    return id && strcmp(s, id) == 0 ? 1 : 2;
}

/* Replaces *slot by a copy of s when s ranks higher or, at the same rank, sorts first, so the
 * kept text does not depend on the input order. id (may be NULL) marks placeholder text.
 * Returns 0 or -1 (out of memory). */
static int keep_best(char **slot, const char *s, const char *id)
{
    int rs = text_rank(s, id), rk = text_rank(*slot, id);
    char *copy;

    if (*slot && (rs < rk || (rs == rk && strcmp(s, *slot) >= 0)))
        return 0;
    copy = ag_strdup(s);
    if (!copy)
        return -1;
    ag_free(*slot);
    *slot = copy;
    return 0;
}

/* The index of node id, created on first sight. Returns 0 or -1 (out of memory). */
static int get_node(struct ag_graph *g, const char *id, const char *label, const char *country,
                    size_t *index)
{
    size_t len = strlen(id), i;
    const struct ag_actor *actor;
    struct agg_node *nd;

    if (ag_strmap_get(&g->node_map, id, len, &i)) {
        *index = i;
        if (g->opts.level == AG_LEVEL_COUNTRY)
            return 0;
        nd = &g->anodes[i];
        return keep_best(&nd->label, *label ? label : id, id) ||
                       keep_best(&nd->country, country, NULL)
                   ? -1
                   : 0;
    }
    if (ag_grow((void **)&g->anodes, &g->capanodes, g->nanodes + 1, sizeof(*g->anodes)) != 0)
        return -1;
    actor = g->lex ? ag_lexicon_actor(g->lex, id) : NULL;
    i = g->nanodes;
    nd = &g->anodes[i];
    memset(nd, 0, sizeof(*nd));
    g->nanodes++; /* counted now so that ag_graph_free() releases partial copies */
    if (g->opts.level == AG_LEVEL_COUNTRY) {
        label = actor && actor->label && *actor->label ? actor->label : id;
        country = id;
    } else if (!*label) {
        label = id;
    }
    nd->id = ag_strdup(id);
    nd->label = ag_strdup(label);
    nd->country = ag_strdup(country);
    nd->kind = ag_strdup(actor && actor->kind && *actor->kind ? actor->kind : "actor");
    if (!nd->id || !nd->label || !nd->country || !nd->kind)
        return -1;
    if (ag_strmap_put(&g->node_map, id, len, i) != 0)
        return -1;
    *index = i;
    return 0;
}

/* 1 when s looks like YYYY-MM-DD. */
static int is_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    size_t i;

    for (i = 0; i < 10; i++) {
        if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
            return 0;
    }
    return s[10] == '\0';
}

static void widen_dates(char *first, char *last, const char *date)
{
    if (!*date)
        return;
    if (!*first || strcmp(date, first) < 0)
        memcpy(first, date, 11);
    if (!*last || strcmp(date, last) > 0)
        memcpy(last, date, 11);
}

/* The graph's one copy of s, or NULL when out of memory. */
static const char *intern(struct ag_graph *g, const char *s)
{
    size_t len = strlen(s), i;
    char *copy;

    if (ag_strmap_get(&g->str_map, s, len, &i))
        return g->strs[i];
    if (ag_grow((void **)&g->strs, &g->capstrs, g->nstrs + 1, sizeof(*g->strs)) != 0)
        return NULL;
    copy = ag_strndup(s, len);
    if (!copy)
        return NULL;
    g->strs[g->nstrs] = copy;
    if (ag_strmap_put(&g->str_map, s, len, g->nstrs) != 0) {
        ag_free(copy);
        return NULL;
    }
    return g->strs[g->nstrs++];
}

/* keep_best() for interned strings: the slot takes s itself, no copy. */
static void keep_best_interned(const char **slot, const char *s)
{
    int rs = text_rank(s, NULL), rk = text_rank(*slot, NULL);

    if (*slot && (rs < rk || (rs == rk && strcmp(s, *slot) >= 0)))
        return;
    *slot = s;
}

static int add_code(struct ag_graph *g, struct agg_edge *e, const char *code, const char *event)
{
    size_t i;
    struct agg_code *c;

    if (!*code)
        return 0;
    code = intern(g, code);
    event = code ? intern(g, event) : NULL;
    if (!event)
        return -1;
    for (i = 0; i < e->ncodes; i++) {
        if (e->codes[i].code == code) {
            e->codes[i].count++;
            keep_best_interned(&e->codes[i].event, event);
            return 0;
        }
    }
    if (ag_grow((void **)&e->codes, &e->capcodes, e->ncodes + 1, sizeof(*e->codes)) != 0)
        return -1;
    c = &e->codes[e->ncodes];
    c->code = code;
    c->event = event;
    c->count = 1;
    e->ncodes++;
    return 0;
}

static size_t pair_hash(size_t s, size_t t)
{
    unsigned long long h = (unsigned long long)s * 0x9E3779B97F4A7C15ULL ^
                           ((unsigned long long)t + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
    return (size_t)(h ^ (h >> 29));
}

/* The slot of (s, t) in pair_slots: where it is, or the empty slot where it would go. */
static size_t pair_slot(const struct ag_graph *g, size_t s, size_t t)
{
    size_t mask = g->pair_cap - 1, i = pair_hash(s, t) & mask;

    for (;; i = (i + 1) & mask) {
        size_t v = g->pair_slots[i];
        if (v == 0 || (g->aedges[v - 1].src == s && g->aedges[v - 1].tgt == t))
            return i;
    }
}

/* Doubles the pair table (or makes the first one). Returns 0 or -1 (out of memory). */
static int pair_grow(struct ag_graph *g)
{
    size_t *old = g->pair_slots, oldcap = g->pair_cap, i;
    size_t cap = oldcap ? oldcap * 2 : 1024;

    g->pair_slots = ag_calloc(cap, sizeof(*g->pair_slots));
    if (!g->pair_slots) {
        g->pair_slots = old;
        return -1;
    }
    g->pair_cap = cap;
    for (i = 0; i < oldcap; i++) {
        size_t v = old[i];
        if (v)
            g->pair_slots[pair_slot(g, g->aedges[v - 1].src, g->aedges[v - 1].tgt)] = v;
    }
    ag_free(old);
    return 0;
}

static int get_edge(struct ag_graph *g, size_t s, size_t t, struct agg_edge **out)
{
    size_t i, slot;
    struct agg_edge *e;

    if (g->pair_cap && g->pair_slots[slot = pair_slot(g, s, t)] != 0) {
        *out = &g->aedges[g->pair_slots[slot] - 1];
        return 0;
    }
    if ((g->naedges + 1) * 2 > g->pair_cap && pair_grow(g) != 0)
        return -1;
    if (ag_grow((void **)&g->aedges, &g->capaedges, g->naedges + 1, sizeof(*g->aedges)) != 0)
        return -1;
    i = g->naedges;
    g->pair_slots[pair_slot(g, s, t)] = i + 1;
    e = &g->aedges[i];
    memset(e, 0, sizeof(*e));
    e->src = s;
    e->tgt = t;
    g->naedges++;
    *out = e;
    return 0;
}

enum ag_status ag_graph_add(struct ag_graph *g, const struct ag_relation *rel, struct ag_error *err)
{
    const char *date = rel->date && is_date(rel->date) ? rel->date : "";
    const char *src, *tgt;
    size_t s, t;
    struct agg_edge *e;
    double gs;

    if (g->finished)
        return ag_fail(err, AG_EINVAL, NULL, "graph already finished");
    g->info.relations_read++;
    if (rel->negated && !g->opts.include_negated) {
        g->info.skipped_negated++;
        return AG_OK;
    }
    if (*date &&
        ((g->since && strcmp(date, g->since) < 0) || (g->until && strcmp(date, g->until) > 0))) {
        g->info.skipped_date++;
        return AG_OK;
    }
    if (g->opts.level == AG_LEVEL_COUNTRY) {
        src = rel->source_country ? rel->source_country : "";
        tgt = rel->target_country ? rel->target_country : "";
    } else {
        src = rel->source ? rel->source : "";
        tgt = rel->target ? rel->target : "";
    }
    if (!*src || !*tgt)
        return AG_OK;
    if (strcmp(src, tgt) == 0) {
        g->info.skipped_self++;
        return AG_OK;
    }
    if ((g->filters.only == AG_ONLY_COOP && rel->quad_class != 1 && rel->quad_class != 2) ||
        (g->filters.only == AG_ONLY_CONFLICT && rel->quad_class != 3 && rel->quad_class != 4)) {
        g->skipped_only++;
        return AG_OK;
    }
    if (get_node(g, src, rel->source_label ? rel->source_label : "",
                 rel->source_country ? rel->source_country : "", &s) != 0 ||
        get_node(g, tgt, rel->target_label ? rel->target_label : "",
                 rel->target_country ? rel->target_country : "", &t) != 0 ||
        get_edge(g, s, t, &e) != 0)
        return oom(err);
    e->weight++;
    if (rel->quad_class >= 1 && rel->quad_class <= 4)
        e->quad[rel->quad_class]++;
    gs = rel->goldstein;
    if (isfinite(gs) && fabs(gs) < 1e9)
        e->goldstein_micro += llround(gs * 1e6);
    widen_dates(e->first, e->last, date);
    if (add_code(g, e, rel->cameo ? rel->cameo : "", rel->event ? rel->event : "") != 0)
        return oom(err);
    if (g->filters.window != AG_WINDOW_NONE && *date) {
        struct ag_tl_rec *r;
        char end[11];
        if (ag_grow((void **)&g->recs, &g->caprecs, g->nrecs + 1, sizeof(*g->recs)) != 0)
            return oom(err);
        r = &g->recs[g->nrecs];
        if (ag_window_bounds(g->filters.window, date, r->key, end) == 0) {
            r->edge = (size_t)(e - g->aedges);
            r->quad = rel->quad_class;
            g->nrecs++;
        }
    }
    return AG_OK;
}

/* ---- finish ----------------------------------------------------------------------------- */

struct id_ref {
    const char *id;
    size_t old;
};

static int cmp_id_ref(const void *a, const void *b)
{
    return strcmp(((const struct id_ref *)a)->id, ((const struct id_ref *)b)->id);
}

struct pair_ref {
    size_t s, t, agg;
};

static int cmp_pair_ref(const void *a, const void *b)
{
    const struct pair_ref *x = a, *y = b;

    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    if (x->t != y->t)
        return x->t < y->t ? -1 : 1;
    return 0;
}

/* Index of the dominant code: most mentions, ties to the smallest code; ncodes when none. */
static size_t dominant_code(const struct agg_edge *e)
{
    size_t best = e->ncodes, i;

    for (i = 0; i < e->ncodes; i++) {
        if (best == e->ncodes || e->codes[i].count > e->codes[best].count ||
            (e->codes[i].count == e->codes[best].count &&
             strcmp(e->codes[i].code, e->codes[best].code) < 0))
            best = i;
    }
    return best;
}

/* The Gephi kind: the lexicon's name for the CAMEO root (first two digits), else the event. */
static char *edge_kind(const struct ag_graph *g, const char *cameo, const char *event)
{
    char root[3];
    const struct ag_cameo *c = NULL;

    if (g->lex && strlen(cameo) >= 2) {
        memcpy(root, cameo, 2);
        root[2] = '\0';
        c = ag_lexicon_cameo(g->lex, root);
    }
    return ag_strdup(c && c->name && *c->name ? c->name : event);
}

/* Moves the aggregated edge a into the final edge e (strings change owner). */
static int fill_edge(struct ag_graph *g, struct ag_edge *e, struct agg_edge *a, char **kind)
{
    size_t best = dominant_code(a);
    int q;

    e->weight = a->weight;
    e->coop = a->quad[1] + a->quad[2];
    e->conflict = a->quad[3] + a->quad[4];
    e->goldstein_mean = (double)a->goldstein_micro / (double)a->weight / 1e6;
    if (e->goldstein_mean == 0.0 || !isfinite(e->goldstein_mean))
        e->goldstein_mean = 0.0;
    if (e->coop != e->conflict)
        e->sign = e->coop > e->conflict ? 1 : -1;
    else
        e->sign = e->goldstein_mean < 0 ? -1 : 1;
    e->quad_class = 0;
    for (q = 1; q <= 4; q++) {
        if (a->quad[q] > 0 && (e->quad_class == 0 || a->quad[q] > a->quad[e->quad_class]))
            e->quad_class = q;
    }
    if (best < a->ncodes) {
        e->cameo = ag_strdup(a->codes[best].code);
        e->event = ag_strdup(a->codes[best].event);
    } else {
        e->cameo = ag_strdup("");
        e->event = ag_strdup("");
    }
    memcpy(e->first_date, a->first, 11);
    memcpy(e->last_date, a->last, 11);
    if (!e->cameo || !e->event)
        return -1;
    *kind = edge_kind(g, e->cameo, e->event);
    return *kind ? 0 : -1;
}

/* Per-node sums over the final edges: mentions, dates, in/out degree and strength. */
static void node_sums(struct ag_graph *g)
{
    size_t i;

    for (i = 0; i < g->nedges; i++) {
        const struct ag_edge *e = &g->edges[i];
        struct ag_node *s = &g->nodes[e->source], *t = &g->nodes[e->target];
        s->mentions += e->weight;
        t->mentions += e->weight;
        s->out_degree++;
        t->in_degree++;
        s->out_strength += (double)e->weight;
        t->in_strength += (double)e->weight;
        widen_dates(s->first_date, s->last_date, e->first_date);
        widen_dates(s->first_date, s->last_date, e->last_date);
        widen_dates(t->first_date, t->last_date, e->first_date);
        widen_dates(t->first_date, t->last_date, e->last_date);
        widen_dates(g->info.first_date, g->info.last_date, e->first_date);
        widen_dates(g->info.first_date, g->info.last_date, e->last_date);
        g->info.relations_used += e->weight;
    }
}

/* Builds the sorted node and edge arrays from the aggregates. AG_ENOMEM. */
static enum ag_status assemble(struct ag_graph *g, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    size_t *newidx = NULL, i, n = 0, m = 0;
    struct id_ref *ids = NULL;
    struct pair_ref *pairs = NULL;

    newidx = ag_malloc((g->nanodes + 1) * sizeof(*newidx));
    ids = ag_malloc((g->nanodes + 1) * sizeof(*ids));
    pairs = ag_malloc((g->naedges + 1) * sizeof(*pairs));
    if (!newidx || !ids || !pairs) {
        st = oom(err);
        goto out;
    }
    for (i = 0; i < g->nanodes; i++)
        newidx[i] = (size_t)-1;
    for (i = 0; i < g->naedges; i++) {
        const struct agg_edge *a = &g->aedges[i];
        if (a->weight < g->opts.min_weight) {
            g->info.skipped_weight += a->weight;
            continue;
        }
        pairs[m++].agg = i;
        newidx[a->src] = newidx[a->tgt] = 0;
    }
    for (i = 0; i < g->nanodes; i++) {
        if (newidx[i] == 0) {
            ids[n].id = g->anodes[i].id;
            ids[n++].old = i;
        }
    }
    qsort(ids, n, sizeof(*ids), cmp_id_ref);
    g->nodes = ag_calloc(n + 1, sizeof(*g->nodes));
    g->edges = ag_calloc(m + 1, sizeof(*g->edges));
    g->edge_kinds = ag_calloc(m + 1, sizeof(*g->edge_kinds));
    if (!g->nodes || !g->edges || !g->edge_kinds) {
        st = oom(err);
        goto out;
    }
    for (i = 0; i < n; i++) {
        struct agg_node *a = &g->anodes[ids[i].old];
        struct ag_node *nd = &g->nodes[i];
        newidx[ids[i].old] = i;
        nd->id = a->id;
        nd->label = a->label;
        nd->country = a->country;
        nd->kind = a->kind;
        a->id = a->label = a->country = a->kind = NULL;
    }
    g->nnodes = n;
    for (i = 0; i < m; i++) {
        const struct agg_edge *a = &g->aedges[pairs[i].agg];
        pairs[i].s = newidx[a->src];
        pairs[i].t = newidx[a->tgt];
    }
    qsort(pairs, m, sizeof(*pairs), cmp_pair_ref);
    if (g->nrecs > 0) { /* aggregate index -> final edge index, SIZE_MAX when dropped */
        size_t *amap = ag_malloc((g->naedges + 1) * sizeof(*amap));
        if (!amap) {
            st = oom(err);
            goto out;
        }
        for (i = 0; i < g->naedges; i++)
            amap[i] = SIZE_MAX;
        for (i = 0; i < m; i++)
            amap[pairs[i].agg] = i;
        for (i = 0; i < g->nrecs; i++)
            g->recs[i].edge = amap[g->recs[i].edge];
        ag_free(amap);
    }
    for (i = 0; i < m; i++) {
        struct ag_edge *e = &g->edges[i];
        e->source = pairs[i].s;
        e->target = pairs[i].t;
        g->nedges = i + 1; /* so that ag_graph_free() sees what was moved */
        if (fill_edge(g, e, &g->aedges[pairs[i].agg], &g->edge_kinds[i]) != 0) {
            st = oom(err);
            goto out;
        }
    }
    node_sums(g);
out:
    ag_free(newidx);
    ag_free(ids);
    ag_free(pairs);
    return st;
}

/* ---- filters after aggregation ----------------------------------------------------------- */

/* Keeps the nodes with keep[i] != 0 and the edges between them; node sums are recounted and
 * timeline records follow their edges. AG_ENOMEM. O(n + m + records). */
static enum ag_status keep_nodes(struct ag_graph *g, const unsigned char *keep,
                                 struct ag_error *err)
{
    size_t *nmap = NULL, *emap = NULL, i, n = 0, m = 0;

    nmap = ag_malloc((g->nnodes + 1) * sizeof(*nmap));
    emap = ag_malloc((g->nedges + 1) * sizeof(*emap));
    if (!nmap || !emap) {
        ag_free(nmap);
        ag_free(emap);
        return oom(err);
    }
    for (i = 0; i < g->nnodes; i++) {
        struct ag_node *nd = &g->nodes[i];
        if (keep[i]) {
            nmap[i] = n;
            g->nodes[n] = *nd;
            memset(&g->nodes[n].mentions, 0,
                   sizeof(*nd) - offsetof(struct ag_node, mentions)); /* recounted below */
            n++;
        } else {
            nmap[i] = SIZE_MAX;
            ag_free(nd->id);
            ag_free(nd->label);
            ag_free(nd->country);
            ag_free(nd->kind);
            g->nodes_filtered++;
        }
    }
    for (i = 0; i < g->nedges; i++) {
        struct ag_edge *e = &g->edges[i];
        if (nmap[e->source] != SIZE_MAX && nmap[e->target] != SIZE_MAX) {
            emap[i] = m;
            g->edges[m] = *e;
            g->edges[m].source = nmap[e->source];
            g->edges[m].target = nmap[e->target];
            g->edge_kinds[m++] = g->edge_kinds[i];
        } else {
            emap[i] = SIZE_MAX;
            ag_free(e->cameo);
            ag_free(e->event);
            ag_free(g->edge_kinds[i]);
        }
    }
    for (i = 0; i < g->nrecs; i++) {
        if (g->recs[i].edge != SIZE_MAX)
            g->recs[i].edge = emap[g->recs[i].edge];
    }
    g->nnodes = n;
    g->nedges = m;
    g->info.relations_used = 0;
    g->info.first_date[0] = g->info.last_date[0] = '\0';
    node_sums(g);
    ag_free(nmap);
    ag_free(emap);
    return AG_OK;
}

/* Marks the nodes within radius hops of node c, ignoring direction. O(radius x m). */
static void mark_ego(const struct ag_graph *g, size_t c, int radius, unsigned char *keep)
{
    size_t i;
    int r;

    keep[c] = 1;
    for (r = 1; r <= radius; r++) {
        for (i = 0; i < g->nedges; i++) { /* reached at step r-1 -> step r, tagged r+1 */
            const struct ag_edge *e = &g->edges[i];
            if (keep[e->source] && keep[e->source] <= r && !keep[e->target])
                keep[e->target] = (unsigned char)(r + 1);
            if (keep[e->target] && keep[e->target] <= r && !keep[e->source])
                keep[e->source] = (unsigned char)(r + 1);
        }
    }
}

static size_t uf_find(size_t *parent, size_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

/* Marks the largest weakly connected component (ties: the one holding the smallest id).
 * AG_ENOMEM. O(m alpha(n)). */
static enum ag_status mark_giant(const struct ag_graph *g, unsigned char *keep,
                                 struct ag_error *err)
{
    size_t *parent = ag_malloc((g->nnodes + 1) * sizeof(*parent));
    size_t *size = ag_calloc(g->nnodes + 1, sizeof(*size));
    size_t i, best = 0;

    if (!parent || !size) {
        ag_free(parent);
        ag_free(size);
        return oom(err);
    }
    for (i = 0; i < g->nnodes; i++)
        parent[i] = i;
    for (i = 0; i < g->nedges; i++) {
        size_t a = uf_find(parent, g->edges[i].source), b = uf_find(parent, g->edges[i].target);
        if (a != b)
            parent[a > b ? a : b] = a < b ? a : b;
    }
    for (i = 0; i < g->nnodes; i++)
        size[uf_find(parent, i)]++;
    for (i = 0; i < g->nnodes; i++) {
        if (size[i] > size[best])
            best = i;
    }
    for (i = 0; i < g->nnodes; i++)
        keep[i] = uf_find(parent, i) == best;
    ag_free(parent);
    ag_free(size);
    return AG_OK;
}

struct rank_ref {
    double pagerank;
    size_t i;
};

static int cmp_rank_ref(const void *a, const void *b)
{
    const struct rank_ref *x = a, *y = b;

    if (x->pagerank != y->pagerank)
        return x->pagerank > y->pagerank ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Marks the top nodes by PageRank (ties: id order). AG_ENOMEM. O(n log n). */
static enum ag_status mark_top(const struct ag_graph *g, long top, unsigned char *keep,
                               struct ag_error *err)
{
    struct rank_ref *r = ag_malloc((g->nnodes + 1) * sizeof(*r));
    size_t i;

    if (!r)
        return oom(err);
    for (i = 0; i < g->nnodes; i++) {
        r[i].pagerank = g->nodes[i].pagerank;
        r[i].i = i;
        keep[i] = 0;
    }
    qsort(r, g->nnodes, sizeof(*r), cmp_rank_ref);
    for (i = 0; i < g->nnodes && i < (size_t)top; i++)
        keep[r[i].i] = 1;
    ag_free(r);
    return AG_OK;
}

static enum ag_status structural_filters(struct ag_graph *g, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    unsigned char *keep = NULL;
    size_t i;

    if (!g->filter_actor && !g->filters.giant)
        return AG_OK;
    keep = ag_calloc(g->nnodes + 1, 1);
    if (!keep)
        return oom(err);
    if (g->filter_actor) {
        for (i = 0; i < g->nnodes && strcmp(g->nodes[i].id, g->filter_actor) != 0; i++)
            ;
        if (i == g->nnodes) {
            st = ag_fail(err, AG_EINVAL, NULL, "actor '%s' is not in the graph", g->filter_actor);
            goto out;
        }
        mark_ego(g, i, g->filters.radius, keep);
        st = keep_nodes(g, keep, err);
    }
    if (st == AG_OK && g->filters.giant) {
        st = mark_giant(g, keep, err);
        if (st == AG_OK)
            st = keep_nodes(g, keep, err);
    }
out:
    ag_free(keep);
    return st;
}

static enum ag_status compute_metrics(struct ag_graph *g, struct ag_error *err)
{
    size_t i;

    for (i = 0; i < g->nnodes; i++) { /* metrics may be computed a second time (--top) */
        g->nodes[i].degree = 0;
        g->nodes[i].coreness = g->nodes[i].community = 0;
    }
    g->info.nodes = g->nnodes;
    g->info.edges = g->nedges;
    return ag_metrics_compute(g->nodes, g->nnodes, g->edges, g->nedges, g->opts.seed, &g->info,
                              &g->hub_method, err);
}

enum ag_status ag_graph_finish(struct ag_graph *g, struct ag_error *err)
{
    enum ag_status st;

    if (g->finished)
        return ag_fail(err, AG_EINVAL, NULL, "graph already finished");
    g->finished = 1;
    st = assemble(g, err);
    free_agg(g);
    if (st == AG_OK)
        st = structural_filters(g, err);
    if (st == AG_OK)
        st = compute_metrics(g, err);
    if (st == AG_OK && g->filters.top > 0 && (size_t)g->filters.top < g->nnodes) {
        unsigned char *keep = ag_calloc(g->nnodes + 1, 1);
        st = keep ? mark_top(g, g->filters.top, keep, err) : oom(err);
        if (st == AG_OK)
            st = keep_nodes(g, keep, err);
        ag_free(keep);
        if (st == AG_OK)
            st = compute_metrics(g, err);
    }
    if (st != AG_OK)
        return st;
    g->layers = ag_calloc(g->nnodes + 1, sizeof(*g->layers));
    if (!g->layers)
        return oom(err);
    st = ag_layers_compute(g->nnodes, g->edges, g->nedges, g->layers, err);
    if (st == AG_OK)
        st = ag_balance_compute(g->nnodes, g->edges, g->nedges, &g->balance, err);
    if (st == AG_OK && g->filters.window != AG_WINDOW_NONE) {
        st = ag_timeline_compute(&g->timeline, g->filters.window, g->recs, g->nrecs, g->edges,
                                 g->nnodes, err);
        g->have_timeline = st == AG_OK;
    }
    ag_free(g->recs);
    g->recs = NULL;
    g->nrecs = g->caprecs = 0;
    return st;
}

const struct ag_node *ag_graph_nodes(const struct ag_graph *g, size_t *count)
{
    *count = g->nnodes;
    return g->nodes;
}

const struct ag_edge *ag_graph_edges(const struct ag_graph *g, size_t *count)
{
    *count = g->nedges;
    return g->edges;
}

const struct ag_graph_info *ag_graph_info(const struct ag_graph *g)
{
    return &g->info;
}

const struct ag_graph_options *ag_graph_get_options(const struct ag_graph *g)
{
    return &g->opts;
}

const char *ag_graph_hub_method(const struct ag_graph *g)
{
    return g->hub_method;
}

const char *ag_graph_edge_kind(const struct ag_graph *g, size_t i)
{
    return i < g->nedges && g->edge_kinds && g->edge_kinds[i] ? g->edge_kinds[i] : "";
}

void ag_graph_filters_init(struct ag_graph_filters *f)
{
    memset(f, 0, sizeof(*f));
    f->radius = 1;
}

enum ag_status ag_graph_set_filters(struct ag_graph *g, const struct ag_graph_filters *f,
                                    struct ag_error *err)
{
    if (g->finished || g->info.relations_read > 0)
        return ag_fail(err, AG_EINVAL, NULL, "filters must be set before the first relation");
    if (f->top < 0 || (f->actor && (f->radius < 1 || f->radius > 2)))
        return ag_fail(err, AG_EINVAL, NULL, "bad filter value");
    ag_free(g->filter_actor);
    g->filter_actor = NULL;
    g->filters = *f;
    if (f->actor && !(g->filter_actor = ag_strdup(f->actor)))
        return oom(err);
    g->filters.actor = g->filter_actor;
    return AG_OK;
}

const struct ag_graph_filters *ag_graph_get_filters(const struct ag_graph *g)
{
    return &g->filters;
}

long ag_graph_skipped_only(const struct ag_graph *g)
{
    return g->skipped_only;
}

long ag_graph_nodes_filtered(const struct ag_graph *g)
{
    return g->nodes_filtered;
}

const char *ag_only_name(enum ag_only only)
{
    return only == AG_ONLY_COOP ? "coop" : only == AG_ONLY_CONFLICT ? "conflict" : "all";
}

const char *ag_window_name(enum ag_window w)
{
    static const char *const names[] = {NULL, "1d", "7d", "1m"};

    return (size_t)w < sizeof(names) / sizeof(names[0]) ? names[w] : NULL;
}

const struct ag_node_layers *ag_graph_layers(const struct ag_graph *g)
{
    return g->layers;
}

const struct ag_balance *ag_graph_balance(const struct ag_graph *g)
{
    return &g->balance;
}

const struct ag_timeline *ag_graph_timeline(const struct ag_graph *g)
{
    return g->have_timeline ? &g->timeline : NULL;
}
