/* timeline.c: timeline.csv, the per-window metrics of --window (libcsv, every field quoted). */
#include "export/extra.h"

#include <csv.h>
#include <string.h>

#include "export/emit.h"
#include "export/sanitize.h"
#include "graph/build.h"

static const char *const timeline_head[] = {"window", "start",    "end",     "element", "id",
                                            "source", "target",   "weight",  "coop",    "conflict",
                                            "degree", "strength", "pagerank"};
#define NHEAD (sizeof(timeline_head) / sizeof(timeline_head[0]))

/* Writes one record of NHEAD fields (NULL = empty); cleans text. Returns 0 or -1 (nomem/io). */
static int put_record(FILE *fp, struct ag_buf *scratch, const char *const *f, int *nomem)
{
    size_t i;

    for (i = 0; i < NHEAD; i++) {
        ag_buf_reset(scratch);
        if (ag_text_clean(scratch, f[i] ? f[i] : "", AG_TEXT_CSV) != 0) {
            *nomem = 1;
            return -1;
        }
        if ((i > 0 && fputc(',', fp) == EOF) ||
            csv_fwrite(fp, ag_buf_str(scratch), strlen(ag_buf_str(scratch))) == EOF)
            return -1;
    }
    return fputc('\n', fp) == EOF ? -1 : 0;
}

static enum ag_status write_timeline(const struct ag_graph *g, FILE *fp, struct ag_error *err)
{
    const struct ag_timeline *tl = ag_graph_timeline(g);
    struct ag_buf scratch = AG_BUF_INIT;
    size_t n, m, i, r, nr = 0, er = 0;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);
    const struct ag_edge *edges = ag_graph_edges(g, &m);
    char win[AG_NUM_SIZE], a[AG_NUM_SIZE], b[AG_NUM_SIZE], c[AG_NUM_SIZE];
    int bad, nomem = 0;

    bad = put_record(fp, &scratch, timeline_head, &nomem);
    for (i = 0; tl && !bad && i < tl->nwindows; i++) {
        /* node rows of window i, then its edge rows; both lists are sorted by window */
        ag_format_long(win, (long)i);
        for (; !bad && nr < tl->nnodes && tl->nodes[nr].window == i; nr++) {
            const struct ag_tl_node *t = &tl->nodes[nr];
            const char *f[NHEAD] = {win,
                                    tl->start[i],
                                    tl->end[i],
                                    "node",
                                    nodes[t->node].id,
                                    NULL,
                                    NULL,
                                    NULL,
                                    NULL,
                                    NULL,
                                    a,
                                    b,
                                    c};
            ag_format_long(a, t->degree);
            ag_format_real(b, t->strength);
            ag_format_real(c, t->pagerank);
            bad = put_record(fp, &scratch, f, &nomem);
        }
        for (r = er; !bad && r < tl->nedges && tl->edges[r].window == i; r++) {
            const struct ag_tl_edge *t = &tl->edges[r];
            const struct ag_edge *e = &edges[t->edge];
            const char *f[NHEAD] = {win,
                                    tl->start[i],
                                    tl->end[i],
                                    "edge",
                                    NULL,
                                    nodes[e->source].id,
                                    nodes[e->target].id,
                                    a,
                                    b,
                                    c,
                                    NULL,
                                    NULL,
                                    NULL};
            ag_format_long(a, t->weight);
            ag_format_long(b, t->coop);
            ag_format_long(c, t->conflict);
            bad = put_record(fp, &scratch, f, &nomem);
        }
        er = r;
    }
    ag_buf_release(&scratch);
    (void)m;
    if (nomem)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (bad)
        return ag_fail(err, AG_EIO, NULL, "cannot write CSV record");
    return AG_OK;
}

enum ag_status ag_export_timeline_csv(const struct ag_graph *g, const char *path,
                                      struct ag_error *err)
{
    return ag_export_write(g, path, write_timeline, err);
}
