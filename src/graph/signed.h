/* signed.h: the cooperation and conflict layers, structural balance, and the small metric set
 * (degree, strength, PageRank) that layers and time windows share. */
#ifndef AG_GRAPH_SIGNED_H
#define AG_GRAPH_SIGNED_H

#include <stddef.h>

#include "actorgraph/graph.h"
#include "graph/build.h"

struct ag_sub_edge {
    size_t s, t; /* node indices, s != t, no pair twice */
    double w;    /* > 0 */
};

/* For n nodes and m weighted directed edges, fills degree (distinct neighbours ignoring
 * direction), strength (summed weight in and out) and pagerank (PRPACK, directed, damping 0.85,
 * weighted, on the nodes that have an edge; 0 for the others), each an array of n.
 * AG_EGRAPH, AG_ENOMEM. O(m log m) plus igraph's PageRank. */
enum ag_status ag_sub_metrics(size_t n, const struct ag_sub_edge *e, size_t m, long *degree,
                              double *strength, double *pagerank, struct ag_error *err);

/* Fills out[0..n) with the metrics of the cooperation and conflict layers. AG_EGRAPH, AG_ENOMEM.
 */
enum ag_status ag_layers_compute(size_t n, const struct ag_edge *edges, size_t m,
                                 struct ag_node_layers *out, struct ag_error *err);

/* Counts the balanced triangles of the undirected signed graph (one side per linked pair, its
 * sign from both directions' coop and conflict mentions) and keeps the heaviest unbalanced ones.
 * Skipped (computed = 0) above AG_BALANCE_WORK adjacency steps. AG_ENOMEM.
 * O(sum over sides of the smaller degree) with a mark array. */
enum ag_status ag_balance_compute(size_t n, const struct ag_edge *edges, size_t m,
                                  struct ag_balance *out, struct ag_error *err);

#endif
