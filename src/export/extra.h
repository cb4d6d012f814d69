/* extra.h: exporters beyond the public export.h: the per-window timeline and the HTML report. */
#ifndef AG_EXPORT_EXTRA_H
#define AG_EXPORT_EXTRA_H

#include "actorgraph/error.h"
#include "actorgraph/graph.h"

/* timeline.csv (libcsv): one row per window and active node (degree, strength, PageRank in that
 * window) and per window and edge (weight, coop, conflict). Writes a header only when the graph
 * has no timeline. AG_EIO, AG_ENOMEM. */
enum ag_status ag_export_timeline_csv(const struct ag_graph *g, const char *path,
                                      struct ag_error *err);

struct ag_report_options {
    const char *engine; /* Graphviz layout for the picture (default sfdp) */
    int timeout_s;      /* Graphviz time limit */
    int max_evidence;   /* relations listed per edge (default 50) */
};

/* DIR/report.html, one self-contained file, from DIR/nodes.csv, edges.csv, relations.csv,
 * summary.json and graph.dot (rendered to inline SVG by Graphviz through a temporary file).
 * Every text from the inputs is HTML-escaped. Without Graphviz the report is written without
 * the picture and *warning says so. AG_EIO (a missing input, cannot write), AG_EPARSE (a bad
 * CSV or JSON input), AG_ENOMEM. */
enum ag_status ag_export_report(const char *dir, const struct ag_report_options *opts,
                                struct ag_error *warning, struct ag_error *err);

#endif
