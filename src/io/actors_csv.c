/* actors_csv.c: per-actor mention counts for actors.csv. */
#include "actorgraph/io.h"

#include <stdlib.h>
#include <string.h>

#include "actorgraph/lexicon.h"
#include "io/csvwrite.h"
#include "util/alloc.h"
#include "util/outfile.h"
#include "util/strmap.h"

struct actor_stats {
    const struct ag_actor *actor; /* borrowed from the lexicon or the extractor */
    long mentions, documents;
    char *last_doc; /* to count documents once */
    char first_date[11], last_date[11];
};

struct ag_actor_table {
    struct ag_strmap by_id;
    struct actor_stats *rows;
    size_t count, cap;
};

enum ag_status ag_actor_table_new(struct ag_actor_table **out, struct ag_error *err)
{
    *out = ag_calloc(1, sizeof(**out));
    return *out ? AG_OK : ag_fail(err, AG_ENOMEM, NULL, "out of memory");
}

void ag_actor_table_free(struct ag_actor_table *t)
{
    size_t i;

    if (!t)
        return;
    for (i = 0; i < t->count; i++)
        ag_free(t->rows[i].last_doc);
    ag_free(t->rows);
    ag_strmap_release(&t->by_id);
    ag_free(t);
}

size_t ag_actor_table_count(const struct ag_actor_table *t)
{
    return t->count;
}

enum ag_status ag_actor_table_add(struct ag_actor_table *t, const struct ag_mention *m,
                                  struct ag_error *err)
{
    const char *id = m->actor->id;
    struct actor_stats *a;
    size_t i;

    if (!ag_strmap_get(&t->by_id, id, strlen(id), &i)) {
        if (ag_grow((void **)&t->rows, &t->cap, t->count + 1, sizeof(*a)) != 0 ||
            ag_strmap_put(&t->by_id, id, strlen(id), t->count) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        i = t->count++;
        memset(&t->rows[i], 0, sizeof(t->rows[i]));
        t->rows[i].actor = m->actor;
    }
    a = &t->rows[i];
    a->mentions++;
    if (!a->last_doc || strcmp(a->last_doc, m->doc_id) != 0) {
        ag_free(a->last_doc);
        a->last_doc = ag_strdup(m->doc_id);
        if (!a->last_doc)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        a->documents++;
    }
    if (m->date && strlen(m->date) == 10) {
        if (!a->first_date[0] || strcmp(m->date, a->first_date) < 0)
            memcpy(a->first_date, m->date, 11);
        if (strcmp(m->date, a->last_date) > 0)
            memcpy(a->last_date, m->date, 11);
    }
    return AG_OK;
}

static int by_id(const void *x, const void *y)
{
    const struct actor_stats *const *a = x, *const *b = y;
    return strcmp((*a)->actor->id, (*b)->actor->id);
}

enum ag_status ag_actor_table_write(const struct ag_actor_table *t, const char *path,
                                    struct ag_error *err)
{
    static const char *const header[] = {"id",       "label",     "country",    "kind",
                                         "mentions", "documents", "first_date", "last_date"};
    struct ag_outfile out;
    const struct actor_stats **order = ag_calloc(t->count + 1, sizeof(*order));
    enum ag_status st;
    size_t i;
    int bad;

    if (!order)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    st = ag_outfile_open(&out, path, err);
    if (st != AG_OK) {
        ag_free(order);
        return st;
    }
    for (i = 0; i < t->count; i++)
        order[i] = &t->rows[i];
    qsort(order, t->count, sizeof(*order), by_id);
    bad = ag_csv_write_row(out.fp, header, 8) != 0;
    for (i = 0; i < t->count && !bad; i++) {
        const struct actor_stats *a = order[i];
        char mentions[24], documents[24];
        const char *f[8];
        snprintf(mentions, sizeof(mentions), "%ld", a->mentions);
        snprintf(documents, sizeof(documents), "%ld", a->documents);
        f[0] = a->actor->id;
        f[1] = a->actor->label;
        f[2] = a->actor->country;
        f[3] = a->actor->kind;
        f[4] = mentions;
        f[5] = documents;
        f[6] = a->first_date;
        f[7] = a->last_date;
        bad = ag_csv_write_row(out.fp, f, 8) != 0;
    }
    ag_free(order);
    if (bad) {
        ag_outfile_abort(&out);
        return ag_fail(err, AG_EIO, NULL, "cannot write '%s'", path);
    }
    return ag_outfile_commit(&out, err);
}
