/* centrality.h: node metrics and communities with igraph 0.10.2. */
#ifndef AG_GRAPH_CENTRALITY_H
#define AG_GRAPH_CENTRALITY_H

#include <stddef.h>

#include "actorgraph/graph.h"

/* Fills degree, betweenness, harmonic, pagerank, hub, authority, coreness and community of the n
 * nodes (in_strength/out_strength/in_degree/out_degree are the caller's) from the m edges, which
 * are sorted by (source, target) with no self-loops and no duplicates. Sets communities,
 * modularity and the method strings of info; *hub_method says how hubs were computed.
 * AG_EGRAPH, AG_ENOMEM, AG_EINVAL (a weight that is not finite and > 0).
 * Complexity: igraph's (exact betweenness O(n m + n^2 log n) below 5,000 nodes). */
enum ag_status ag_metrics_compute(struct ag_node *nodes, size_t n, const struct ag_edge *edges,
                                  size_t m, unsigned long seed, struct ag_graph_info *info,
                                  const char **hub_method, struct ag_error *err);

#endif
