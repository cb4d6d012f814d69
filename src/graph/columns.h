/* columns.h: the node and edge fields every exporter writes, in order, with one name each.
 * GraphML, GEXF and the Gephi CSV tables all walk these tables, so a field is added in one place.
 */
#ifndef AG_GRAPH_COLUMNS_H
#define AG_GRAPH_COLUMNS_H

#include <stddef.h>

#include "actorgraph/graph.h"
#include "graph/build.h"

enum ag_col_kind {
    AG_COL_TEXT, /* char * (NULL reads as "") */
    AG_COL_DATE, /* char[11], "" when unknown */
    AG_COL_LONG, /* long */
    AG_COL_INT,  /* int */
    AG_COL_REAL  /* double */
};

struct ag_column {
    const char *name; /* GraphML attribute and GEXF/CSV column name */
    enum ag_col_kind kind;
    size_t offset; /* into struct ag_node or struct ag_edge */
};

/* Nodes: name (the id), label, then country, kind, mentions, the metrics, first/last date. */
extern const struct ag_column ag_node_columns[];
extern const size_t ag_node_ncolumns;
/* Edges: label (the event), weight, then coop, conflict, ..., first/last date. */
extern const struct ag_column ag_edge_columns[];
extern const size_t ag_edge_ncolumns;
/* The node's cooperation and conflict layer metrics (struct ag_node_layers, ag_graph_layers()),
 * written after the node columns. */
extern const struct ag_column ag_layer_columns[];
extern const size_t ag_layer_ncolumns;
/* The first column index that is an ordinary attribute (after the id/label or label/weight
 * that GEXF and Gephi's CSV treat specially). */
#define AG_COL_FIRST_ATTR 2

int ag_column_is_text(const struct ag_column *c);
/* The text of a text or date column of item ("" for NULL). */
const char *ag_column_text(const void *item, const struct ag_column *c);
/* The value of a number column as double, and of a LONG or INT column as long. */
double ag_column_real(const void *item, const struct ag_column *c);
long ag_column_long(const void *item, const struct ag_column *c);

#endif
