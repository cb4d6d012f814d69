/* graph.h: relation mentions aggregated into an actor graph, with igraph metrics. */
#ifndef ACTORGRAPH_GRAPH_H
#define ACTORGRAPH_GRAPH_H

#include <stddef.h>

#include "actorgraph/error.h"
#include "actorgraph/extract.h"
#include "actorgraph/lexicon.h"

enum ag_level { AG_LEVEL_ACTOR = 0, AG_LEVEL_COUNTRY };

struct ag_graph_options {
    enum ag_level level;
    long min_weight;     /* edges with fewer mentions are dropped (then isolated nodes) */
    const char *since;   /* YYYY-MM-DD or NULL: relations dated before are skipped */
    const char *until;   /* YYYY-MM-DD or NULL: relations dated after are skipped */
    int include_negated; /* count negated/hypothetical mentions too */
    unsigned long seed;  /* RNG seed for community detection */
};

/* Sets the documented defaults (actor level, min_weight 1, seed 42). */
void ag_graph_options_init(struct ag_graph_options *opts);

struct ag_node {
    char *id, *label, *country, *kind;
    long mentions; /* relation mentions with this node as source or target */
    char first_date[11], last_date[11];
    long in_degree, out_degree, degree; /* distinct neighbours */
    double in_strength, out_strength;   /* sums of edge weights */
    double betweenness, harmonic, pagerank, hub, authority;
    long coreness, community;
};

struct ag_edge {
    size_t source, target; /* indices into the node array */
    long weight;           /* relation mentions */
    long coop, conflict;   /* mentions in quad classes 1-2 and 3-4 */
    double goldstein_mean;
    int sign;       /* +1 cooperation dominates, -1 conflict dominates */
    int quad_class; /* most frequent quad class */
    char *cameo;    /* most frequent CAMEO code */
    char *event;    /* its name */
    char first_date[11], last_date[11];
};

/* What was computed and how, for summary.json. */
struct ag_graph_info {
    long relations_read, relations_used, skipped_negated, skipped_date, skipped_self,
        skipped_weight;
    size_t nodes, edges;
    long communities;
    double modularity;
    unsigned long seed;
    enum ag_level level;
    char first_date[11], last_date[11];
    const char *betweenness_method; /* "exact" or "cutoff N" */
    const char *harmonic_method;
    const char *community_method;
};

struct ag_graph;

/* New empty graph. lex (borrowed, may be NULL) gives labels and kinds at country level.
 * AG_ENOMEM. */
enum ag_status ag_graph_new(struct ag_graph **out, const struct ag_graph_options *opts,
                            const struct ag_lexicon *lex, struct ag_error *err);
void ag_graph_free(struct ag_graph *g);

/* Adds one relation mention (filters from the options apply). AG_ENOMEM. O(1) amortised. */
enum ag_status ag_graph_add(struct ag_graph *g, const struct ag_relation *rel,
                            struct ag_error *err);

/* Aggregates, sorts nodes by id and edges by (source, target), and computes every node metric
 * with igraph. AG_EGRAPH when igraph fails, AG_ENOMEM. Call once, after the last ag_graph_add. */
enum ag_status ag_graph_finish(struct ag_graph *g, struct ag_error *err);

const struct ag_node *ag_graph_nodes(const struct ag_graph *g, size_t *count);
const struct ag_edge *ag_graph_edges(const struct ag_graph *g, size_t *count);
const struct ag_graph_info *ag_graph_info(const struct ag_graph *g);

#endif
