/* build.h: graph-module internals shared with the metrics code, the exporters and the CLI:
 * filters applied before export, the cooperation and conflict layers, structural balance and
 * time windows. */
#ifndef AG_GRAPH_BUILD_H
#define AG_GRAPH_BUILD_H

#include <stddef.h>

#include "actorgraph/graph.h"

/* The options the graph was made with (since/until are the graph's own copies). */
const struct ag_graph_options *ag_graph_get_options(const struct ag_graph *g);

/* How hub and authority scores were computed, or why they are unavailable. */
const char *ag_graph_hub_method(const struct ag_graph *g);

/* The Gephi edge kind of edge i: the name of its CAMEO root code when the lexicon knows it, else
 * the edge's event. Valid after ag_graph_finish(). */
const char *ag_graph_edge_kind(const struct ag_graph *g, size_t i);

/* ---- filters before export ------------------------------------------------------------- */

enum ag_only { AG_ONLY_ALL = 0, AG_ONLY_COOP, AG_ONLY_CONFLICT };
enum ag_window { AG_WINDOW_NONE = 0, AG_WINDOW_DAY, AG_WINDOW_WEEK, AG_WINDOW_MONTH };

/* Applied in this order: only (quad classes 1-2 or 3-4, as mentions arrive), then, after
 * min_weight, the ego network of actor within radius hops (ignoring direction), the largest
 * weakly connected component (giant), and the top actors by PageRank (metrics are computed on the
 * graph so far, the top nodes kept, and every metric computed again on what is left). */
struct ag_graph_filters {
    long top;          /* 0: every actor */
    enum ag_only only; /* cooperation or conflict mentions only */
    const char *actor; /* NULL: no ego network; else a node id */
    int radius;        /* 1 or 2 */
    int giant;         /* keep the largest weakly connected component only */
    enum ag_window window;
};

void ag_graph_filters_init(struct ag_graph_filters *f);
/* Sets the filters (strings copied) before the first ag_graph_add(). AG_ENOMEM, AG_EINVAL. */
enum ag_status ag_graph_set_filters(struct ag_graph *g, const struct ag_graph_filters *f,
                                    struct ag_error *err);
const struct ag_graph_filters *ag_graph_get_filters(const struct ag_graph *g);
/* Mentions skipped by --only, and nodes removed by the ego, giant and top filters. */
long ag_graph_skipped_only(const struct ag_graph *g);
long ag_graph_nodes_filtered(const struct ag_graph *g);
/* "coop", "conflict" or "all"; "1d", "7d", "1m" or NULL. */
const char *ag_only_name(enum ag_only only);
const char *ag_window_name(enum ag_window w);

/* ---- signed layers and structural balance ---------------------------------------------- */

/* Metrics of a node in the cooperation layer (edges with coop > 0, weight coop) and in the
 * conflict layer (edges with conflict > 0, weight conflict): distinct neighbours ignoring
 * direction, summed weight in and out, PageRank on the nodes of that layer (0 outside it). */
struct ag_node_layers {
    long coop_degree;
    double coop_strength, coop_pagerank;
    long conflict_degree;
    double conflict_strength, conflict_pagerank;
};

/* Parallel to ag_graph_nodes(); NULL before ag_graph_finish() or when there are no nodes. */
const struct ag_node_layers *ag_graph_layers(const struct ag_graph *g);

#define AG_BALANCE_WORST 10

/* A triangle of the undirected signed graph: three node indices and the sign of each side
 * (ab, bc, ca), +1 when its cooperation mentions (both directions) outnumber its conflict ones. */
struct ag_triad {
    size_t a, b, c;
    int sign_ab, sign_bc, sign_ca;
    long weight; /* mentions on the three sides */
};

struct ag_balance {
    int computed;                            /* 0 when the graph was too large (see method) */
    const char *method;                      /* how it was counted */
    long triangles, balanced;                /* balanced: an even number of negative sides */
    double share;                            /* balanced / triangles, 0 when there are none */
    struct ag_triad worst[AG_BALANCE_WORST]; /* unbalanced triads, heaviest first */
    size_t nworst;
};

const struct ag_balance *ag_graph_balance(const struct ag_graph *g);

/* ---- time windows ---------------------------------------------------------------------- */

struct ag_tl_node {
    size_t window, node;
    long degree;
    double strength, pagerank;
};

struct ag_tl_edge {
    size_t window, edge;
    long weight, coop, conflict;
};

/* Per-window metrics, when the graph was made with a window: windows[i] spans start..end
 * (YYYY-MM-DD, inclusive); rows sorted by window, then node or edge index. Undated mentions
 * belong to no window. */
struct ag_timeline {
    enum ag_window unit;
    size_t nwindows;
    char (*start)[11], (*end)[11];
    struct ag_tl_node *nodes;
    size_t nnodes;
    struct ag_tl_edge *edges;
    size_t nedges;
};

/* NULL unless a window was set. */
const struct ag_timeline *ag_graph_timeline(const struct ag_graph *g);

/* The first day of the window holding date (YYYY-MM-DD) into start, and its last day into end.
 * Weeks start on Monday. Returns 0, or -1 when date is not a valid date. */
int ag_window_bounds(enum ag_window unit, const char *date, char start[11], char end[11]);

#endif
