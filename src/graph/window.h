/* window.h: per-window metrics (--window 1d|7d|1m). */
#ifndef AG_GRAPH_WINDOW_H
#define AG_GRAPH_WINDOW_H

#include <stddef.h>

#include "actorgraph/graph.h"
#include "graph/build.h"

/* One dated relation mention kept for the timeline: its window's first day and its edge. */
struct ag_tl_rec {
    char key[11];
    size_t edge; /* aggregate index while mentions arrive, final edge index (or SIZE_MAX) after */
    int quad;
};

/* Fills tl from the records (sorted here): one window per distinct key, its edges' weights and
 * its nodes' degree, strength and PageRank (ag_sub_metrics). Records whose edge is SIZE_MAX are
 * skipped; edges are the final edges (sources and targets), n the node count. AG_ENOMEM, AG_EGRAPH.
 * O(r log r + windows x (n + PageRank)). */
enum ag_status ag_timeline_compute(struct ag_timeline *tl, enum ag_window unit,
                                   struct ag_tl_rec *recs, size_t nrecs,
                                   const struct ag_edge *edges, size_t n, struct ag_error *err);
void ag_timeline_release(struct ag_timeline *tl);

#endif
