/* window.c: calendar windows and the per-window timeline. */
#include "graph/window.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/signed.h"
#include "util/alloc.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static long days_from_civil(long y, long m, long d)
{
    long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, long *m, long *d)
{
    long era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

static int month_days(long y, long m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    return m == 2 && leap ? 29 : days[m - 1];
}

static void put_date(char out[11], long y, long m, long d)
{
    long v[3] = {y, m, d};
    int width[3] = {4, 2, 2}, i, k, pos = 0;

    for (i = 0; i < 3; i++) {
        long x = v[i] < 0 ? 0 : v[i];
        for (k = width[i] - 1; k >= 0; k--) {
            out[pos + k] = (char)('0' + x % 10);
            x /= 10;
        }
        pos += width[i];
        if (i < 2)
            out[pos++] = '-';
    }
    out[10] = '\0';
}

int ag_window_bounds(enum ag_window unit, const char *date, char start[11], char end[11])
{
    long y, m, d, z, wd;
    int i;

    for (i = 0; i < 10; i++) {
        if ((i == 4 || i == 7) ? date[i] != '-' : (date[i] < '0' || date[i] > '9'))
            return -1;
    }
    if (date[10] != '\0')
        return -1;
    y = strtol(date, NULL, 10);
    m = strtol(date + 5, NULL, 10);
    d = strtol(date + 8, NULL, 10);
    if (m < 1 || m > 12 || d < 1 || d > month_days(y, m))
        return -1;
    switch (unit) {
    case AG_WINDOW_WEEK:
        z = days_from_civil(y, m, d);
        wd = ((z % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday: Monday is 0 */
        civil_from_days(z - wd, &y, &m, &d);
        put_date(start, y, m, d);
        civil_from_days(z - wd + 6, &y, &m, &d);
        put_date(end, y, m, d);
        break;
    case AG_WINDOW_MONTH:
        put_date(start, y, m, 1);
        put_date(end, y, m, month_days(y, m));
        break;
    default:
        put_date(start, y, m, d);
        put_date(end, y, m, d);
        break;
    }
    return 0;
}

static int cmp_rec(const void *x, const void *y)
{
    const struct ag_tl_rec *p = x, *q = y;
    int c = strcmp(p->key, q->key);

    if (c != 0)
        return c;
    if (p->edge != q->edge)
        return p->edge < q->edge ? -1 : 1;
    return 0;
}

void ag_timeline_release(struct ag_timeline *tl)
{
    ag_free(tl->start);
    ag_free(tl->end);
    ag_free(tl->nodes);
    ag_free(tl->edges);
    memset(tl, 0, sizeof(*tl));
}

/* Appends a window and its rows; 0 or -1 (out of memory). */
static int push_window(struct ag_timeline *tl, size_t *capw, const char *key)
{
    char dummy[11];

    if (ag_grow((void **)&tl->start, capw, tl->nwindows + 1, sizeof(*tl->start)) != 0)
        return -1;
    {
        void *p = ag_realloc(tl->end, *capw * sizeof(*tl->end));
        if (!p)
            return -1;
        tl->end = p;
    }
    memcpy(tl->start[tl->nwindows], key, 11);
    if (ag_window_bounds(tl->unit, key, dummy, tl->end[tl->nwindows]) != 0)
        memcpy(tl->end[tl->nwindows], key, 11);
    tl->nwindows++;
    return 0;
}

/* Per-window node rows from the window's edge rows tl->edges[first..). 0 or -1 (memory). */
static enum ag_status window_nodes(struct ag_timeline *tl, size_t w, size_t first,
                                   const struct ag_edge *edges, size_t n, struct ag_sub_edge *sub,
                                   long *degree, double *strength, double *pagerank, size_t *capn,
                                   struct ag_error *err)
{
    enum ag_status st;
    size_t k, m = tl->nedges - first;

    for (k = 0; k < m; k++) {
        const struct ag_edge *e = &edges[tl->edges[first + k].edge];
        sub[k].s = e->source;
        sub[k].t = e->target;
        sub[k].w = (double)tl->edges[first + k].weight;
    }
    st = ag_sub_metrics(n, sub, m, degree, strength, pagerank, err);
    for (k = 0; st == AG_OK && k < n; k++) {
        struct ag_tl_node *tn;
        if (degree[k] == 0)
            continue;
        if (ag_grow((void **)&tl->nodes, capn, tl->nnodes + 1, sizeof(*tl->nodes)) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        tn = &tl->nodes[tl->nnodes++];
        tn->window = w;
        tn->node = k;
        tn->degree = degree[k];
        tn->strength = strength[k];
        tn->pagerank = pagerank[k];
    }
    return st;
}

enum ag_status ag_timeline_compute(struct ag_timeline *tl, enum ag_window unit,
                                   struct ag_tl_rec *recs, size_t nrecs,
                                   const struct ag_edge *edges, size_t n, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    struct ag_sub_edge *sub = NULL;
    long *degree = NULL;
    double *strength = NULL, *pagerank = NULL;
    size_t capw = 0, capn = 0, cape = 0, capsub = 0, i = 0, j, k;

    memset(tl, 0, sizeof(*tl));
    tl->unit = unit;
    qsort(recs, nrecs, sizeof(*recs), cmp_rec);
    degree = ag_malloc((n + 1) * sizeof(*degree));
    strength = ag_malloc((n + 1) * sizeof(*strength));
    pagerank = ag_malloc((n + 1) * sizeof(*pagerank));
    if (!degree || !strength || !pagerank)
        goto nomem;
    while (i < nrecs && st == AG_OK) {
        size_t first = tl->nedges;
        for (j = i; j < nrecs && strcmp(recs[j].key, recs[i].key) == 0; j++)
            ;
        for (k = i; k < j; k++) {
            struct ag_tl_edge *te;
            if (recs[k].edge == SIZE_MAX)
                continue;
            if (tl->nedges == first || tl->edges[tl->nedges - 1].edge != recs[k].edge) {
                if (ag_grow((void **)&tl->edges, &cape, tl->nedges + 1, sizeof(*tl->edges)) != 0)
                    goto nomem;
                te = &tl->edges[tl->nedges++];
                memset(te, 0, sizeof(*te));
                te->window = tl->nwindows;
                te->edge = recs[k].edge;
            }
            te = &tl->edges[tl->nedges - 1];
            te->weight++;
            if (recs[k].quad == 1 || recs[k].quad == 2)
                te->coop++;
            else if (recs[k].quad == 3 || recs[k].quad == 4)
                te->conflict++;
        }
        if (first < tl->nedges) {
            if (push_window(tl, &capw, recs[i].key) != 0 ||
                ag_grow((void **)&sub, &capsub, tl->nedges - first, sizeof(*sub)) != 0)
                goto nomem;
            st = window_nodes(tl, tl->nwindows - 1, first, edges, n, sub, degree, strength,
                              pagerank, &capn, err);
        }
        i = j;
    }
    goto out;
nomem:
    st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
out:
    ag_free(sub);
    ag_free(degree);
    ag_free(strength);
    ag_free(pagerank);
    if (st != AG_OK)
        ag_timeline_release(tl);
    return st;
}
