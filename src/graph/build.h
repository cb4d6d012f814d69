/* build.h: graph-module internals shared with the metrics code and the exporters. */
#ifndef AG_GRAPH_BUILD_H
#define AG_GRAPH_BUILD_H

#include "actorgraph/graph.h"

/* The options the graph was made with (since/until are the graph's own copies). */
const struct ag_graph_options *ag_graph_get_options(const struct ag_graph *g);

/* How hub and authority scores were computed, or why they are unavailable. */
const char *ag_graph_hub_method(const struct ag_graph *g);

/* The Gephi edge kind of edge i: the name of its CAMEO root code when the lexicon knows it, else
 * the edge's event. Valid after ag_graph_finish(). */
const char *ag_graph_edge_kind(const struct ag_graph *g, size_t i);

#endif
