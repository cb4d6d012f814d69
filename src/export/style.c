/* style.c: community palette (ColorBrewer Set3 and Pastel1, light enough for black labels) and
 * size scaling. */
#include "export/style.h"

#include <math.h>

static const struct ag_color palette[] = {
    {141, 211, 199, "#8dd3c7"}, {255, 255, 179, "#ffffb3"}, {190, 186, 218, "#bebada"},
    {251, 128, 114, "#fb8072"}, {128, 177, 211, "#80b1d3"}, {253, 180, 98, "#fdb462"},
    {179, 222, 105, "#b3de69"}, {252, 205, 229, "#fccde5"}, {217, 217, 217, "#d9d9d9"},
    {188, 128, 189, "#bc80bd"}, {204, 235, 197, "#ccebc5"}, {255, 237, 111, "#ffed6f"},
};

const struct ag_color *ag_style_community_color(long community)
{
    size_t n = sizeof(palette) / sizeof(palette[0]);

    if (community < 0)
        community = 0;
    return &palette[(size_t)community % n];
}

double ag_style_node_scale(double pagerank, double max_pagerank)
{
    double s;

    if (!(max_pagerank > 0.0) || !(pagerank > 0.0))
        return 0.0;
    s = sqrt(pagerank / max_pagerank);
    return s > 1.0 ? 1.0 : s;
}

double ag_style_max_pagerank(const struct ag_node *nodes, size_t n)
{
    double max = 0.0;
    size_t i;

    for (i = 0; i < n; i++) {
        if (nodes[i].pagerank > max)
            max = nodes[i].pagerank;
    }
    return max;
}

double ag_style_edge_width(long weight)
{
    return 1.0 + 1.5 * log(1.0 + (double)(weight > 0 ? weight : 0));
}

const struct ag_color *ag_style_sign_color(int sign)
{
    static const struct ag_color coop = {26, 152, 80, "#1a9850"};
    static const struct ag_color conflict = {215, 48, 39, "#d73027"};

    return sign < 0 ? &conflict : &coop;
}
