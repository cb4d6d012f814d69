/* columns.c: field tables over struct ag_node and struct ag_edge. */
#include "graph/columns.h"

#include <string.h>

#define COL(type, field, kind)                                                                     \
    {                                                                                              \
#field, kind, offsetof(struct type, field)                                                 \
    }

const struct ag_column ag_node_columns[] = {
    {"name", AG_COL_TEXT, offsetof(struct ag_node, id)},
    COL(ag_node, label, AG_COL_TEXT),
    COL(ag_node, country, AG_COL_TEXT),
    COL(ag_node, kind, AG_COL_TEXT),
    COL(ag_node, mentions, AG_COL_LONG),
    COL(ag_node, in_degree, AG_COL_LONG),
    COL(ag_node, out_degree, AG_COL_LONG),
    COL(ag_node, degree, AG_COL_LONG),
    COL(ag_node, in_strength, AG_COL_REAL),
    COL(ag_node, out_strength, AG_COL_REAL),
    COL(ag_node, betweenness, AG_COL_REAL),
    COL(ag_node, harmonic, AG_COL_REAL),
    COL(ag_node, pagerank, AG_COL_REAL),
    COL(ag_node, hub, AG_COL_REAL),
    COL(ag_node, authority, AG_COL_REAL),
    COL(ag_node, coreness, AG_COL_LONG),
    COL(ag_node, community, AG_COL_LONG),
    COL(ag_node, first_date, AG_COL_DATE),
    COL(ag_node, last_date, AG_COL_DATE),
};
const size_t ag_node_ncolumns = sizeof(ag_node_columns) / sizeof(ag_node_columns[0]);

const struct ag_column ag_layer_columns[] = {
    COL(ag_node_layers, coop_degree, AG_COL_LONG),
    COL(ag_node_layers, coop_strength, AG_COL_REAL),
    COL(ag_node_layers, coop_pagerank, AG_COL_REAL),
    COL(ag_node_layers, conflict_degree, AG_COL_LONG),
    COL(ag_node_layers, conflict_strength, AG_COL_REAL),
    COL(ag_node_layers, conflict_pagerank, AG_COL_REAL),
};
const size_t ag_layer_ncolumns = sizeof(ag_layer_columns) / sizeof(ag_layer_columns[0]);

const struct ag_column ag_edge_columns[] = {
    {"label", AG_COL_TEXT, offsetof(struct ag_edge, event)},
    COL(ag_edge, weight, AG_COL_LONG),
    COL(ag_edge, coop, AG_COL_LONG),
    COL(ag_edge, conflict, AG_COL_LONG),
    COL(ag_edge, goldstein_mean, AG_COL_REAL),
    COL(ag_edge, sign, AG_COL_INT),
    COL(ag_edge, quad_class, AG_COL_INT),
    COL(ag_edge, cameo, AG_COL_TEXT),
    COL(ag_edge, first_date, AG_COL_DATE),
    COL(ag_edge, last_date, AG_COL_DATE),
};
const size_t ag_edge_ncolumns = sizeof(ag_edge_columns) / sizeof(ag_edge_columns[0]);

int ag_column_is_text(const struct ag_column *c)
{
    return c->kind == AG_COL_TEXT || c->kind == AG_COL_DATE;
}

const char *ag_column_text(const void *item, const struct ag_column *c)
{
    const char *base = (const char *)item + c->offset;
    const char *s;

    if (c->kind == AG_COL_DATE)
        return base;
    if (c->kind != AG_COL_TEXT)
        return "";
    memcpy(&s, base, sizeof(s));
    return s ? s : "";
}

long ag_column_long(const void *item, const struct ag_column *c)
{
    const char *base = (const char *)item + c->offset;
    long l = 0;
    int i;

    if (c->kind == AG_COL_LONG) {
        memcpy(&l, base, sizeof(l));
    } else if (c->kind == AG_COL_INT) {
        memcpy(&i, base, sizeof(i));
        l = i;
    }
    return l;
}

double ag_column_real(const void *item, const struct ag_column *c)
{
    double d;

    if (c->kind == AG_COL_REAL) {
        memcpy(&d, (const char *)item + c->offset, sizeof(d));
        return d;
    }
    return (double)ag_column_long(item, c);
}
