/* style.h: the visual encoding shared by the GEXF and DOT writers. */
#ifndef AG_EXPORT_STYLE_H
#define AG_EXPORT_STYLE_H

#include <stddef.h>

#include "actorgraph/graph.h"

struct ag_color {
    unsigned char r, g, b;
    const char *hex; /* "#rrggbb" */
};

/* The fixed palette colour of a community (cycled when there are more communities). */
const struct ag_color *ag_style_community_color(long community);

/* A node's size in [0, 1]: sqrt(pagerank / largest pagerank), 0 when the largest is 0. */
double ag_style_node_scale(double pagerank, double max_pagerank);

/* The largest PageRank of the n nodes (0 when none). O(n). */
double ag_style_max_pagerank(const struct ag_node *nodes, size_t n);

/* Edge colour by sign: green for cooperation (+1), red for conflict (-1). */
const struct ag_color *ag_style_sign_color(int sign);

/* Edge thickness: 1 + 1.5 * log(1 + weight). */
double ag_style_edge_width(long weight);

#endif
