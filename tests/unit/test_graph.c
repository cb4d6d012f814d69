/* test_graph.c: aggregation, filters, roll-up and igraph metrics on hand-checked graphs. */
#include <math.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "graph/build.h"
#include "graph/centrality.h"
#include "unit.h"

/* A relation with the fields the graph reads; country = first three letters of the id. */
struct row {
    const char *src, *tgt, *date, *cameo, *event;
    int quad;
    double goldstein;
    int negated;
};

static void fill(struct ag_relation *r, const struct row *w, char sc[4], char tc[4])
{
    memset(r, 0, sizeof(*r));
    snprintf(sc, 4, "%s", w->src);
    snprintf(tc, 4, "%s", w->tgt);
    r->doc_id = "doc";
    r->date = w->date;
    r->source = w->src;
    r->source_label = w->src;
    r->source_country = sc;
    r->target = w->tgt;
    r->target_label = w->tgt;
    r->target_country = tc;
    r->cameo = w->cameo;
    r->event = w->event;
    r->quad_class = w->quad;
    r->goldstein = w->goldstein;
    r->negated = w->negated;
    r->trigger = r->evidence = "";
}

/* Builds and finishes a graph from rows (in the given order); NULL on failure. */
static struct ag_graph *build(const struct row *rows, size_t n, const struct ag_graph_options *o)
{
    struct ag_graph *g = NULL;
    struct ag_relation r;
    char sc[4], tc[4];
    size_t i;

    if (ag_graph_new(&g, o, NULL, NULL) != AG_OK)
        return NULL;
    for (i = 0; i < n; i++) {
        fill(&r, &rows[i], sc, tc);
        if (ag_graph_add(g, &r, NULL) != AG_OK)
            break;
    }
    if (i < n || ag_graph_finish(g, NULL) != AG_OK) {
        ag_graph_free(g);
        return NULL;
    }
    return g;
}

static struct ag_graph *build_default(const struct row *rows, size_t n)
{
    struct ag_graph_options o;

    ag_graph_options_init(&o);
    return build(rows, n, &o);
}

/* Index of the node with this id, or (size_t)-1. */
static size_t node_index(const struct ag_graph *g, const char *id)
{
    size_t n, i;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);

    for (i = 0; i < n; i++) {
        if (strcmp(nodes[i].id, id) == 0)
            return i;
    }
    return (size_t)-1;
}

static const struct ag_edge *edge_of(const struct ag_graph *g, const char *s, const char *t)
{
    size_t m, i, si = node_index(g, s), ti = node_index(g, t);
    const struct ag_edge *edges = ag_graph_edges(g, &m);

    for (i = 0; i < m; i++) {
        if (edges[i].source == si && edges[i].target == ti)
            return &edges[i];
    }
    return NULL;
}

#define NROWS(a) (sizeof(a) / sizeof((a)[0]))

static const struct row agg_rows[] = {
    {"AAA_X", "BBB_Y", "2024-01-03", "040", "Consult", 1, 1.0, 0},
    {"AAA_X", "BBB_Y", "2024-01-01", "190", "Use force", 4, -10.0, 0},
    {"AAA_X", "BBB_Y", "2024-01-05", "040", "Consult", 1, 1.0, 0},
    {"BBB_Y", "AAA_X", "", "111", "Criticize", 3, -2.0, 0},
};

static void test_graph_aggregation(void)
{
    struct ag_graph *g = build_default(agg_rows, NROWS(agg_rows));
    const struct ag_edge *e;
    const struct ag_node *nodes;
    size_t n, m;

    CHECK(g != NULL);
    if (!g)
        return;
    nodes = ag_graph_nodes(g, &n);
    ag_graph_edges(g, &m);
    CHECK(n == 2 && m == 2);
    e = edge_of(g, "AAA_X", "BBB_Y");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->weight == 3 && e->coop == 2 && e->conflict == 1);
        CHECK(e->sign == 1 && e->quad_class == 1);
        CHECK_STR(e->cameo, "040");
        CHECK_STR(e->event, "Consult");
        CHECK_STR(e->first_date, "2024-01-01");
        CHECK_STR(e->last_date, "2024-01-05");
        CHECK(fabs(e->goldstein_mean - (-8.0 / 3.0)) < 1e-9);
    }
    e = edge_of(g, "BBB_Y", "AAA_X");
    CHECK(e && e->sign == -1 && e->quad_class == 3 && e->first_date[0] == '\0');
    CHECK(nodes[0].mentions == 4 && nodes[1].mentions == 4);
    CHECK_STR(nodes[0].id, "AAA_X");
    CHECK_STR(nodes[0].country, "AAA");
    CHECK_STR(nodes[0].kind, "actor");
    CHECK_STR(nodes[0].first_date, "2024-01-01");
    CHECK(ag_graph_info(g)->relations_used == 4 && ag_graph_info(g)->relations_read == 4);
    CHECK_STR(ag_graph_info(g)->first_date, "2024-01-01");
    CHECK_STR(ag_graph_info(g)->last_date, "2024-01-05");
    ag_graph_free(g);
}

static void test_graph_ties(void)
{
    static const struct row rows[] = {
        {"AAA_X", "BBB_Y", "", "042", "Visit", 1, 3.0, 0},
        {"AAA_X", "BBB_Y", "", "036", "Meet", 4, -5.0, 0},
        {"BBB_Y", "AAA_X", "", "042", "Visit", 2, 0.0, 0},
        {"BBB_Y", "AAA_X", "", "173", "Arrest", 3, 0.0, 0},
    };
    struct ag_graph *g = build_default(rows, NROWS(rows));
    const struct ag_edge *e;

    CHECK(g != NULL);
    if (!g)
        return;
    e = edge_of(g, "AAA_X", "BBB_Y");
    CHECK(e && e->coop == 1 && e->conflict == 1);
    CHECK(e && e->sign == -1);      /* tie: Goldstein mean -1 */
    CHECK(e && e->quad_class == 1); /* tie 1 vs 4: the lower */
    CHECK(e && strcmp(e->cameo, "036") == 0 && strcmp(e->event, "Meet") == 0);
    e = edge_of(g, "BBB_Y", "AAA_X");
    CHECK(e && e->sign == 1 && e->goldstein_mean == 0.0 && !signbit(e->goldstein_mean));
    ag_graph_free(g);
}

static const struct row filter_rows[] = {
    {"AAA_X", "BBB_Y", "2024-01-10", "040", "Consult", 1, 1.0, 0},
    {"AAA_X", "BBB_Y", "2024-01-11", "040", "Consult", 1, 1.0, 1}, /* negated */
    {"AAA_X", "BBB_Y", "2023-12-31", "040", "Consult", 1, 1.0, 0}, /* before since */
    {"AAA_X", "BBB_Y", "2024-03-01", "040", "Consult", 1, 1.0, 0}, /* after until */
    {"AAA_X", "BBB_Y", "", "040", "Consult", 1, 1.0, 0},           /* undated: kept */
    {"AAA_X", "AAA_X", "2024-01-10", "040", "Consult", 1, 1.0, 0}, /* self-loop */
    {"CCC_Z", "AAA_X", "2024-01-12", "190", "Use force", 4, -10.0, 0},
};

static void test_graph_filters(void)
{
    struct ag_graph_options o;
    struct ag_graph *g;
    const struct ag_graph_info *info;
    const struct ag_edge *e;

    ag_graph_options_init(&o);
    CHECK(o.min_weight == 1 && o.seed == 42 && o.level == AG_LEVEL_ACTOR);
    o.since = "2024-01-01";
    o.until = "2024-02-01";
    o.min_weight = 2;
    g = build(filter_rows, NROWS(filter_rows), &o);
    CHECK(g != NULL);
    if (!g)
        return;
    info = ag_graph_info(g);
    CHECK(info->relations_read == 7);
    CHECK(info->skipped_negated == 1 && info->skipped_date == 2 && info->skipped_self == 1);
    CHECK(info->skipped_weight == 1); /* CCC_Z -> AAA_X has one mention */
    CHECK(info->nodes == 2 && info->edges == 1 && info->relations_used == 2);
    CHECK(node_index(g, "CCC_Z") == (size_t)-1);
    e = edge_of(g, "AAA_X", "BBB_Y");
    CHECK(e && e->weight == 2);
    ag_graph_free(g);

    ag_graph_options_init(&o);
    o.include_negated = 1;
    g = build(filter_rows, NROWS(filter_rows), &o);
    CHECK(g != NULL);
    if (!g)
        return;
    e = edge_of(g, "AAA_X", "BBB_Y");
    CHECK(e && e->weight == 5);
    CHECK(ag_graph_info(g)->skipped_negated == 0 && ag_graph_info(g)->nodes == 3);
    ag_graph_free(g);
}

static void test_graph_country_level(void)
{
    static const struct row rows[] = {
        {"RUS_PUTIN", "UKR_ZELENSKY", "2024-01-02", "190", "Use force", 4, -10.0, 0},
        {"RUSGOV", "UKR", "2024-01-03", "111", "Criticize", 3, -2.0, 0},
        {"RUS_PUTIN", "RUSGOV", "2024-01-03", "040", "Consult", 1, 1.0, 0}, /* self after roll-up */
    };
    struct ag_graph_options o;
    struct ag_graph *g;
    const struct ag_edge *e;
    const struct ag_node *nodes;
    size_t n;

    ag_graph_options_init(&o);
    o.level = AG_LEVEL_COUNTRY;
    g = build(rows, NROWS(rows), &o);
    CHECK(g != NULL);
    if (!g)
        return;
    nodes = ag_graph_nodes(g, &n);
    CHECK(n == 2);
    CHECK(n == 2 && strcmp(nodes[0].id, "RUS") == 0 && strcmp(nodes[1].id, "UKR") == 0);
    CHECK(n == 2 && strcmp(nodes[0].label, "RUS") == 0 && strcmp(nodes[0].kind, "actor") == 0);
    e = edge_of(g, "RUS", "UKR");
    CHECK(e && e->weight == 2 && e->conflict == 2);
    CHECK(ag_graph_info(g)->skipped_self == 1 && ag_graph_info(g)->level == AG_LEVEL_COUNTRY);
    ag_graph_free(g);
}

/* With the compiled-in lexicon (when the lexicon module provides one), country nodes take
 * their label and kind from it. */
static void test_graph_country_lexicon(void)
{
    static const struct row rows[] = {
        {"RUS_PUTIN", "UKR_ZELENSKY", "2024-01-02", "190", "Use force", 4, -10.0, 0},
    };
    struct ag_lexicon *lex = NULL;
    struct ag_graph_options o;
    struct ag_graph *g = NULL;
    struct ag_relation r;
    const struct ag_actor *rus;
    const struct ag_node *nodes;
    char sc[4], tc[4];
    size_t n;

    if (ag_lexicon_load(&lex, NULL, NULL) != AG_OK) {
        fprintf(stderr, "test_graph_country_lexicon: skipped (no compiled-in lexicon)\n");
        return;
    }
    rus = ag_lexicon_actor(lex, "RUS");
    ag_graph_options_init(&o);
    o.level = AG_LEVEL_COUNTRY;
    CHECK(ag_graph_new(&g, &o, lex, NULL) == AG_OK);
    fill(&r, &rows[0], sc, tc);
    CHECK(g && ag_graph_add(g, &r, NULL) == AG_OK && ag_graph_finish(g, NULL) == AG_OK);
    if (g && rus) {
        nodes = ag_graph_nodes(g, &n);
        CHECK(n == 2);
        CHECK_STR(nodes[0].label, rus->label);
        CHECK_STR(nodes[0].kind, rus->kind);
    }
    ag_graph_free(g);
    ag_lexicon_free(lex);
}

static void test_graph_order_independent(void)
{
    static const struct row fwd[] = {
        {"AAA_X", "BBB_Y", "2024-01-03", "040", "Consult", 1, 1.1, 0},
        {"CCC_Z", "AAA_X", "2024-01-01", "190", "Use force", 4, -10.0, 0},
        {"AAA_X", "BBB_Y", "2024-01-05", "042", "Visit", 1, 1.9, 0},
        {"BBB_Y", "CCC_Z", "", "111", "Criticize", 3, -2.0, 0},
        {"AAA_X", "BBB_Y", "2024-01-02", "042", "Visit", 1, 0.7, 0},
    };
    struct row rev[NROWS(fwd)];
    struct ag_graph *a, *b;
    const struct ag_node *na, *nb;
    const struct ag_edge *ea, *eb;
    size_t n1, n2, m1, m2, i;

    for (i = 0; i < NROWS(fwd); i++)
        rev[i] = fwd[NROWS(fwd) - 1 - i];
    a = build_default(fwd, NROWS(fwd));
    b = build_default(rev, NROWS(rev));
    CHECK(a && b);
    if (a && b) {
        na = ag_graph_nodes(a, &n1);
        nb = ag_graph_nodes(b, &n2);
        ea = ag_graph_edges(a, &m1);
        eb = ag_graph_edges(b, &m2);
        CHECK(n1 == n2 && m1 == m2);
        for (i = 0; i < n1 && i < n2; i++) {
            CHECK_STR(na[i].id, nb[i].id);
            CHECK(na[i].pagerank == nb[i].pagerank && na[i].community == nb[i].community);
        }
        for (i = 0; i < m1 && i < m2; i++) {
            CHECK(ea[i].source == eb[i].source && ea[i].target == eb[i].target);
            CHECK(ea[i].goldstein_mean == eb[i].goldstein_mean);
            CHECK_STR(ea[i].cameo, eb[i].cameo);
        }
    }
    ag_graph_free(a);
    ag_graph_free(b);
}

static void test_graph_degree_strength(void)
{
    static const struct row rows[] = {
        {"A", "B", "", "040", "Consult", 1, 1.0, 0},
        {"A", "B", "", "040", "Consult", 1, 1.0, 0},
        {"B", "A", "", "040", "Consult", 1, 1.0, 0},
        {"A", "C", "", "040", "Consult", 1, 1.0, 0},
    };
    struct ag_graph *g = build_default(rows, NROWS(rows));
    const struct ag_node *nodes;
    double sum = 0;
    size_t n, i;

    CHECK(g != NULL);
    if (!g)
        return;
    nodes = ag_graph_nodes(g, &n);
    CHECK(n == 3);
    if (n == 3) {
        CHECK(nodes[0].out_degree == 2 && nodes[0].in_degree == 1 && nodes[0].degree == 2);
        CHECK(nodes[1].degree == 1 && nodes[2].degree == 1);
        CHECK(nodes[0].out_strength == 3.0 && nodes[0].in_strength == 1.0);
        CHECK(nodes[1].in_strength == 2.0 && nodes[1].out_strength == 1.0);
    }
    for (i = 0; i < n; i++) {
        sum += nodes[i].pagerank;
        CHECK(nodes[i].pagerank > 0);
    }
    CHECK(fabs(sum - 1.0) < 1e-9);
    ag_graph_free(g);
}

static void test_graph_betweenness_path(void)
{
    static const struct row rows[] = {
        {"A", "B", "", "040", "Consult", 1, 1.0, 0},
        {"B", "C", "", "040", "Consult", 1, 1.0, 0},
    };
    struct ag_graph *g = build_default(rows, NROWS(rows));
    const struct ag_node *nodes;
    size_t n;

    CHECK(g != NULL);
    if (!g)
        return;
    nodes = ag_graph_nodes(g, &n);
    CHECK(n == 3);
    if (n == 3) {
        CHECK(nodes[1].betweenness == 1.0);
        CHECK(nodes[0].betweenness == 0.0 && nodes[2].betweenness == 0.0);
        /* harmonic, mode all, normalised: A reaches B (1) and C (2) -> (1 + 1/2) / 2 */
        CHECK(fabs(nodes[0].harmonic - 0.75) < 1e-9);
        CHECK(fabs(nodes[1].harmonic - 1.0) < 1e-9);
    }
    CHECK_STR(ag_graph_info(g)->betweenness_method, "exact");
    ag_graph_free(g);
}

/* The metrics entry point directly, with an isolated node (ag_graph_finish() never keeps one). */
static void test_graph_isolate_metrics(void)
{
    struct ag_node nodes[3];
    struct ag_edge edge;
    struct ag_graph_info info;
    const char *hub = NULL;

    memset(nodes, 0, sizeof(nodes));
    memset(&edge, 0, sizeof(edge));
    memset(&info, 0, sizeof(info));
    edge.source = 0;
    edge.target = 1;
    edge.weight = 2;
    CHECK(ag_metrics_compute(nodes, 3, &edge, 1, 42, &info, &hub, NULL) == AG_OK);
    CHECK(nodes[2].harmonic == 0.0 && nodes[2].betweenness == 0.0 && nodes[2].degree == 0);
    CHECK(nodes[0].harmonic > 0.0);
    CHECK(fabs(nodes[0].pagerank + nodes[1].pagerank + nodes[2].pagerank - 1.0) < 1e-9);
    CHECK(nodes[2].community != nodes[0].community && nodes[0].community == nodes[1].community);
    CHECK(nodes[0].community == 0 && info.communities == 2);
    CHECK(hub != NULL);
}

static void test_graph_communities(void)
{
    static const char *const left[] = {"a", "b", "c", "d"}, *const right[] = {"e", "f", "g", "h"};
    struct row rows[14];
    struct ag_graph *g;
    const struct ag_node *nodes;
    size_t n, i, j, k = 0;

    for (i = 0; i < 4; i++) {
        for (j = i + 1; j < 4; j++) {
            rows[k++] = (struct row){left[i], left[j], "", "040", "Consult", 1, 1.0, 0};
            rows[k++] = (struct row){right[i], right[j], "", "040", "Consult", 1, 1.0, 0};
        }
    }
    rows[k++] = (struct row){"d", "e", "", "190", "Use force", 4, -10.0, 0};
    rows[k++] = (struct row){"h", "a", "", "111", "Criticize", 3, -2.0, 0};
    g = build_default(rows, k);
    CHECK(g != NULL);
    if (!g)
        return;
    nodes = ag_graph_nodes(g, &n);
    CHECK(n == 8);
    CHECK(ag_graph_info(g)->communities == 2);
    CHECK(ag_graph_info(g)->modularity > 0.3);
    for (i = 0; i < n; i++)
        CHECK(nodes[i].community == (i < 4 ? 0 : 1));
    CHECK(nodes[0].coreness == 3 && nodes[7].coreness == 3);
    CHECK(nodes[0].degree == 4 && nodes[1].degree == 3);
    ag_graph_free(g);
}

/* A triangle with one conflict side is unbalanced; the layers split the sides. */
static const struct row signed_rows[] = {
    {"AAA_X", "BBB_Y", "2024-01-01", "040", "Consult", 1, 1.0, 0},
    {"BBB_Y", "CCC_Z", "2024-01-02", "040", "Consult", 1, 1.0, 0},
    {"CCC_Z", "AAA_X", "2024-01-09", "190", "Use force", 4, -10.0, 0},
    {"AAA_X", "DDD_W", "2024-02-03", "190", "Use force", 4, -10.0, 0},
};

static void test_graph_signed_layers_and_balance(void)
{
    struct ag_graph *g = build_default(signed_rows, 4);
    const struct ag_node_layers *l;
    const struct ag_balance *b;
    size_t a;

    CHECK(g != NULL);
    if (!g)
        return;
    l = ag_graph_layers(g);
    b = ag_graph_balance(g);
    a = node_index(g, "AAA_X");
    CHECK(l != NULL && l[a].coop_degree == 1 && l[a].conflict_degree == 2);
    CHECK(l != NULL && l[node_index(g, "DDD_W")].coop_pagerank == 0.0);
    CHECK(b->computed && b->triangles == 1 && b->balanced == 0 && b->nworst == 1);
    CHECK(b->nworst == 1 && b->worst[0].sign_ab * b->worst[0].sign_bc * b->worst[0].sign_ca < 0);
    ag_graph_free(g);
}

static void test_graph_filters_and_windows(void)
{
    struct ag_graph_options o;
    struct ag_graph_filters f;
    struct ag_graph *g = NULL;
    struct ag_relation r;
    const struct ag_timeline *tl;
    char sc[4], tc[4], s[11], e[11];
    size_t i, n;

    CHECK(ag_window_bounds(AG_WINDOW_WEEK, "2024-01-03", s, e) == 0);
    CHECK_STR(s, "2024-01-01");
    CHECK_STR(e, "2024-01-07");
    CHECK(ag_window_bounds(AG_WINDOW_MONTH, "2024-02-10", s, e) == 0);
    CHECK_STR(e, "2024-02-29");
    CHECK(ag_window_bounds(AG_WINDOW_DAY, "2024-02-30", s, e) == -1);
    ag_graph_options_init(&o);
    ag_graph_filters_init(&f);
    f.only = AG_ONLY_CONFLICT;
    f.window = AG_WINDOW_WEEK;
    CHECK(ag_graph_new(&g, &o, NULL, NULL) == AG_OK);
    if (!g)
        return;
    CHECK(ag_graph_set_filters(g, &f, NULL) == AG_OK);
    for (i = 0; i < 4; i++) {
        fill(&r, &signed_rows[i], sc, tc);
        CHECK(ag_graph_add(g, &r, NULL) == AG_OK);
    }
    CHECK(ag_graph_finish(g, NULL) == AG_OK);
    ag_graph_nodes(g, &n);
    CHECK(n == 3 && ag_graph_skipped_only(g) == 2);
    tl = ag_graph_timeline(g);
    CHECK(tl != NULL && tl->nwindows == 2 && tl->nedges == 2);
    if (tl && tl->nwindows == 2) {
        CHECK_STR(tl->start[0], "2024-01-08");
        CHECK_STR(tl->end[1], "2024-02-04");
    }
    ag_graph_free(g);
    g = NULL;
    ag_graph_filters_init(&f);
    f.actor = "DDD_W";
    f.radius = 1;
    CHECK(ag_graph_new(&g, &o, NULL, NULL) == AG_OK);
    if (!g)
        return;
    CHECK(ag_graph_set_filters(g, &f, NULL) == AG_OK);
    for (i = 0; i < 4; i++) {
        fill(&r, &signed_rows[i], sc, tc);
        CHECK(ag_graph_add(g, &r, NULL) == AG_OK);
    }
    CHECK(ag_graph_finish(g, NULL) == AG_OK);
    ag_graph_nodes(g, &n);
    CHECK(n == 2 && ag_graph_nodes_filtered(g) == 2);
    ag_graph_free(g);
}

static void test_graph_empty(void)
{
    struct ag_graph *g = build_default(NULL, 0);
    size_t n = 1, m = 1;

    CHECK(g != NULL);
    if (!g)
        return;
    ag_graph_nodes(g, &n);
    ag_graph_edges(g, &m);
    CHECK(n == 0 && m == 0 && ag_graph_info(g)->communities == 0);
    CHECK(ag_graph_finish(g, NULL) == AG_EINVAL);
    ag_graph_free(g);
    ag_graph_free(NULL);
}

const struct unit_test unit_tests_graph[] = {
    {"graph_aggregation", test_graph_aggregation},
    {"graph_ties", test_graph_ties},
    {"graph_filters", test_graph_filters},
    {"graph_country_level", test_graph_country_level},
    {"graph_country_lexicon", test_graph_country_lexicon},
    {"graph_order_independent", test_graph_order_independent},
    {"graph_degree_strength", test_graph_degree_strength},
    {"graph_betweenness_path", test_graph_betweenness_path},
    {"graph_isolate_metrics", test_graph_isolate_metrics},
    {"graph_communities", test_graph_communities},
    {"graph_empty", test_graph_empty},
    {"graph_signed_layers_and_balance", test_graph_signed_layers_and_balance},
    {"graph_filters_and_windows", test_graph_filters_and_windows},
    {NULL, NULL},
};
