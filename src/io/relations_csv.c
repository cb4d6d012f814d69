/* relations_csv.c: relations.csv, written row by row as extraction goes, and read back. */
#include "actorgraph/io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/csvwrite.h"
#include "util/alloc.h"
#include "util/csvread.h"
#include "util/outfile.h"

enum col {
    C_DOC,
    C_DATE,
    C_SENTENCE,
    C_SOURCE,
    C_SOURCE_LABEL,
    C_SOURCE_COUNTRY,
    C_TARGET,
    C_TARGET_LABEL,
    C_TARGET_COUNTRY,
    C_CAMEO,
    C_EVENT,
    C_QUAD,
    C_GOLDSTEIN,
    C_NEGATED,
    C_TRIGGER,
    C_EVIDENCE,
    C_COUNT
};

static const char *const column_names[C_COUNT] = {
    "doc_id",    "date",         "sentence",       "source",  "source_label", "source_country",
    "target",    "target_label", "target_country", "cameo",   "event",        "quad_class",
    "goldstein", "negated",      "trigger",        "evidence"};

struct ag_relations_writer {
    struct ag_outfile out;
};

enum ag_status ag_relations_writer_open(struct ag_relations_writer **out, const char *path,
                                        struct ag_error *err)
{
    struct ag_relations_writer *w = ag_calloc(1, sizeof(*w));
    enum ag_status st;

    *out = NULL;
    if (!w)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    st = ag_outfile_open(&w->out, path, err);
    if (st != AG_OK) {
        ag_free(w);
        return st;
    }
    if (ag_csv_write_row(w->out.fp, column_names, C_COUNT) != 0) {
        ag_outfile_abort(&w->out);
        ag_free(w);
        return ag_fail(err, AG_EIO, NULL, "cannot write '%s'", path);
    }
    *out = w;
    return AG_OK;
}

enum ag_status ag_relations_write(struct ag_relations_writer *w, const struct ag_relation *r,
                                  struct ag_error *err)
{
    char sentence[24], quad[8], goldstein[24];
    const char *f[C_COUNT];

    snprintf(sentence, sizeof(sentence), "%ld", r->sentence);
    snprintf(quad, sizeof(quad), "%d", r->quad_class);
    snprintf(goldstein, sizeof(goldstein), "%.1f", r->goldstein);
    f[C_DOC] = r->doc_id;
    f[C_DATE] = r->date;
    f[C_SENTENCE] = sentence;
    f[C_SOURCE] = r->source;
    f[C_SOURCE_LABEL] = r->source_label;
    f[C_SOURCE_COUNTRY] = r->source_country;
    f[C_TARGET] = r->target;
    f[C_TARGET_LABEL] = r->target_label;
    f[C_TARGET_COUNTRY] = r->target_country;
    f[C_CAMEO] = r->cameo;
    f[C_EVENT] = r->event;
    f[C_QUAD] = quad;
    f[C_GOLDSTEIN] = goldstein;
    f[C_NEGATED] = r->negated ? "1" : "0";
    f[C_TRIGGER] = r->trigger;
    f[C_EVIDENCE] = r->evidence;
    if (ag_csv_write_row(w->out.fp, f, C_COUNT) != 0)
        return ag_fail(err, AG_EIO, NULL, "cannot write '%s': %s", w->out.path, strerror(errno));
    return AG_OK;
}

enum ag_status ag_relations_writer_close(struct ag_relations_writer *w, int commit,
                                         struct ag_error *err)
{
    enum ag_status st = AG_OK;

    if (!w)
        return AG_OK;
    if (commit)
        st = ag_outfile_commit(&w->out, err);
    else
        ag_outfile_abort(&w->out);
    ag_free(w);
    return st;
}

/* ---- reading */

#define SKIPPED_NOTED 3 /* bad rows whose position the summary lists */

struct reader {
    const char *path;
    long col[C_COUNT];
    size_t header_fields;
    ag_relation_fn fn;
    void *ctx;
    int skip_bad;
    long skipped;
    long skipped_line[SKIPPED_NOTED], skipped_col[SKIPPED_NOTED];
};

static const char *get(const struct reader *r, const struct ag_csv_record *rec, enum col c)
{
    long i = r->col[c];
    return i >= 0 && (size_t)i < rec->nfields ? rec->fields[i] : "";
}

/* A bad row at field number col (1-based): an error, or counted when skipping bad rows. */
static enum ag_status bad_field(struct reader *r, const struct ag_csv_record *rec, long col,
                                const char *what, const char *column, struct ag_error *err)
{
    struct ag_pos pos = {r->path, rec->line, col, 0};

    if (r->skip_bad) {
        if (r->skipped < SKIPPED_NOTED) {
            r->skipped_line[r->skipped] = rec->line;
            r->skipped_col[r->skipped] = col;
        }
        r->skipped++;
        return AG_OK;
    }
    if (column)
        return ag_fail(err, AG_EINVAL, &pos, "%s in column '%s'", what, column);
    return ag_fail(err, AG_EINVAL, &pos, "%s", what);
}

static enum ag_status bad_row(struct reader *r, const struct ag_csv_record *rec, enum col c,
                              const char *what, struct ag_error *err)
{
    return bad_field(r, rec, r->col[c] + 1, what, column_names[c], err);
}

static enum ag_status on_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    static const enum col required[] = {C_SOURCE, C_TARGET, C_SOURCE_COUNTRY, C_TARGET_COUNTRY,
                                        C_QUAD};
    struct reader *r = ctx;
    struct ag_relation rel;
    const char *q, *g, *n, *s;
    char *end = NULL;
    size_t i;

    if (rec->index == 0) {
        for (i = 0; i < C_COUNT; i++)
            r->col[i] = ag_csv_column(rec, column_names[i]);
        for (i = 0; i < sizeof(required) / sizeof(required[0]); i++)
            if (r->col[required[i]] < 0) {
                struct ag_pos pos = {r->path, rec->line, 1, 0};
                return ag_fail(err, AG_EINVAL, &pos, "missing required column '%s'",
                               column_names[required[i]]);
            }
        r->header_fields = rec->nfields;
        return AG_OK;
    }
    if (rec->nfields == 1 && rec->lens[0] == 0)
        return AG_OK; /* a blank line */
    if (rec->nfields != r->header_fields) {
        char what[96];
        snprintf(what, sizeof(what), "row has %zu fields, the header has %zu", rec->nfields,
                 r->header_fields);
        size_t first_odd = rec->nfields < r->header_fields ? rec->nfields : r->header_fields;
        return bad_field(r, rec, (long)first_odd + 1, what, NULL, err);
    }
    memset(&rel, 0, sizeof(rel));
    q = get(r, rec, C_QUAD);
    if (strlen(q) != 1 || q[0] < '1' || q[0] > '4')
        return bad_row(r, rec, C_QUAD, "quad_class must be 1, 2, 3 or 4", err);
    rel.quad_class = q[0] - '0';
    g = get(r, rec, C_GOLDSTEIN);
    if (*g) {
        errno = 0;
        rel.goldstein = strtod(g, &end);
        if (*end || errno || rel.goldstein < -10.0 || rel.goldstein > 10.0)
            return bad_row(r, rec, C_GOLDSTEIN, "goldstein must be a number from -10 to 10", err);
    }
    n = get(r, rec, C_NEGATED);
    rel.negated = strcmp(n, "1") == 0 || strcmp(n, "true") == 0;
    if (!rel.negated && *n && strcmp(n, "0") != 0 && strcmp(n, "false") != 0)
        return bad_row(r, rec, C_NEGATED, "negated must be 0 or 1", err);
    s = get(r, rec, C_SENTENCE);
    if (*s) {
        errno = 0;
        rel.sentence = strtol(s, &end, 10);
        if (*end || errno || rel.sentence < 0)
            return bad_row(r, rec, C_SENTENCE, "sentence must be a whole number", err);
    }
    if (!*get(r, rec, C_SOURCE) || !*get(r, rec, C_TARGET))
        return bad_row(r, rec, *get(r, rec, C_SOURCE) ? C_TARGET : C_SOURCE, "empty actor id", err);
    rel.doc_id = get(r, rec, C_DOC);
    rel.date = get(r, rec, C_DATE);
    rel.source = get(r, rec, C_SOURCE);
    rel.source_label = *get(r, rec, C_SOURCE_LABEL) ? get(r, rec, C_SOURCE_LABEL) : rel.source;
    rel.source_country = get(r, rec, C_SOURCE_COUNTRY);
    rel.target = get(r, rec, C_TARGET);
    rel.target_label = *get(r, rec, C_TARGET_LABEL) ? get(r, rec, C_TARGET_LABEL) : rel.target;
    rel.target_country = get(r, rec, C_TARGET_COUNTRY);
    rel.cameo = get(r, rec, C_CAMEO);
    rel.event = get(r, rec, C_EVENT);
    rel.trigger = get(r, rec, C_TRIGGER);
    rel.evidence = get(r, rec, C_EVIDENCE);
    return r->fn(&rel, r->ctx, err);
}

enum ag_status ag_relations_read(const char *path, int skip_bad_rows, ag_relation_fn fn, void *ctx,
                                 long *skipped, struct ag_error *err)
{
    struct reader r;
    enum ag_status st;
    FILE *fp = fopen(path, "rb");

    if (skipped)
        *skipped = 0;
    if (!fp)
        return ag_fail(err, AG_EIO, NULL, "cannot open '%s': %s", path, strerror(errno));
    memset(&r, 0, sizeof(r));
    r.path = path;
    r.fn = fn;
    r.ctx = ctx;
    r.skip_bad = skip_bad_rows;
    st = ag_csv_read_file(fp, path, on_row, &r, err);
    fclose(fp);
    if (st == AG_OK && r.skipped && err) {
        /* AG_OK, but err describes the skipped rows: the first one's position, and in msg the
         * first few "line:col" positions, for the caller's warning */
        struct ag_pos pos = {path, r.skipped_line[0], r.skipped_col[0], 0};
        char list[128];
        size_t used = 0, i;
        list[0] = '\0';
        for (i = 0; i < SKIPPED_NOTED && i < (size_t)r.skipped && used < sizeof(list); i++) {
            int k = snprintf(list + used, sizeof(list) - used, "%s%ld:%ld", i ? ", " : "",
                             r.skipped_line[i], r.skipped_col[i]);
            if (k < 0)
                break;
            used += (size_t)k;
        }
        ag_fail(err, AG_OK, &pos, "%ld malformed row%s skipped, at line:field %s%s", r.skipped,
                r.skipped == 1 ? "" : "s", list, r.skipped > SKIPPED_NOTED ? ", ..." : "");
    }
    if (skipped)
        *skipped = r.skipped;
    return st;
}
