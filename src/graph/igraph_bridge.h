/* igraph_bridge.h: the one place where igraph errors become ag_status, plus the graph -> igraph
 * conversion that the GraphML exporter needs. */
#ifndef AG_GRAPH_IGRAPH_BRIDGE_H
#define AG_GRAPH_IGRAPH_BRIDGE_H

#include <stdio.h>

#include <igraph.h>

#include "actorgraph/error.h"
#include "actorgraph/graph.h"

/* Converts an igraph return code: AG_OK, AG_ENOMEM, or AG_EGRAPH with igraph's reason (copied
 * by our error handler before IGRAPH_FINALLY_FREE()) and the called function's name. */
enum ag_status ag_ig_check(igraph_error_t rc, const char *call, const char *where,
                           struct ag_error *err);

/* st = AG_IG(err, igraph_xxx(...)); never hides a goto or return. */
#define AG_IG(err, call) ag_ig_check((call), #call, AG_HERE, (err))

/* A string filter for exported text: returns the cleaned copy of s (valid until the next call
 * with the same ctx) or NULL when out of memory. */
typedef const char *ag_text_filter(const char *s, void *ctx);

/* Writes g as GraphML with igraph_write_graph_graphml(prefixattr=1): vertex attributes name
 * (= id), label, country, kind and every node metric, edge attributes weight, label (= event),
 * coop, conflict, goldstein_mean, sign, quad_class, cameo, first_date, last_date. Every string
 * passes through filter first. AG_EGRAPH, AG_ENOMEM. O(n + m). */
enum ag_status ag_graph_write_graphml(const struct ag_graph *g, FILE *fp, ag_text_filter *filter,
                                      void *ctx, struct ag_error *err);

#endif
