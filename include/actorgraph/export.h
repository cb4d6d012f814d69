/* export.h: writing a finished graph for Gephi, Graphviz, NetworkX and spreadsheets.
 * Every writer writes PATH.tmp in the same directory and renames it over PATH only on success. */
#ifndef ACTORGRAPH_EXPORT_H
#define ACTORGRAPH_EXPORT_H

#include "actorgraph/error.h"
#include "actorgraph/graph.h"

/* Gephi spreadsheet tables (libcsv). AG_EIO, AG_ENOMEM. */
enum ag_status ag_export_nodes_csv(const struct ag_graph *g, const char *path,
                                   struct ag_error *err);
enum ag_status ag_export_edges_csv(const struct ag_graph *g, const char *path,
                                   struct ag_error *err);
/* GraphML written by igraph (prefixattr=1, strings cleaned). AG_EIO, AG_EGRAPH, AG_ENOMEM. */
enum ag_status ag_export_graphml(const struct ag_graph *g, const char *path, struct ag_error *err);
/* GEXF 1.3 with typed attributes, viz colour/size and dates (libxml2). AG_EIO, AG_ENOMEM. */
enum ag_status ag_export_gexf(const struct ag_graph *g, const char *path, struct ag_error *err);
/* Graphviz DOT, every value quoted. AG_EIO, AG_ENOMEM. */
enum ag_status ag_export_dot(const struct ag_graph *g, const char *path, struct ag_error *err);
/* summary.json (jansson): counts, methods, seed, top actors. AG_EIO, AG_ENOMEM. */
enum ag_status ag_export_summary(const struct ag_graph *g, const char *path, struct ag_error *err);

/* Runs the Graphviz engine (sfdp, neato, fdp, dot) on dot_path into out_path in format
 * (svg, png, pdf), as a child process without a shell, killed after timeout_s seconds.
 * AG_EIO when the engine is missing, fails (its stderr's first line in the message) or times out.
 */
enum ag_status ag_render(const char *dot_path, const char *out_path, const char *format,
                         const char *engine, int timeout_s, struct ag_error *err);

#endif
