/* csvread.c: line-aware wrapper around libcsv.
 * libcsv reports no positions, so input is fed one line at a time: when a record ends we know
 * the line it ends on, and subtract the newlines embedded in its fields to get its first line. */
#include "util/csvread.h"

#include <csv.h>
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/buf.h"

struct reader {
    struct ag_buf text;     /* fields of the current record, NUL-separated */
    size_t *offsets, *lens; /* per field, into text */
    const char **ptrs;
    size_t nfields, cap;
    long newlines;     /* newlines inside the current record's fields */
    long line;         /* line being fed */
    long records;      /* records delivered */
    long record_start; /* first line after the last record ended: where an open quote began */
    enum ag_status st; /* first failure inside a callback */
    ag_csv_row_fn fn;
    void *ctx;
    struct ag_error *err;
    const char *name;
    int oom;
};

static void on_field(void *field, size_t len, void *data)
{
    struct reader *r = data;
    const char *f = field ? field : "";
    size_t i;

    if (r->st != AG_OK || r->oom)
        return;
    if (r->nfields == r->cap) {
        size_t c1 = r->cap, c2 = r->cap, c3 = r->cap;
        if (ag_grow((void **)&r->offsets, &c1, r->cap + 1, sizeof(size_t)) != 0 ||
            ag_grow((void **)&r->lens, &c2, r->cap + 1, sizeof(size_t)) != 0 ||
            ag_grow((void **)&r->ptrs, &c3, r->cap + 1, sizeof(char *)) != 0) {
            r->oom = 1;
            return;
        }
        r->cap = c1 < c2 ? (c1 < c3 ? c1 : c3) : (c2 < c3 ? c2 : c3);
    }
    r->offsets[r->nfields] = r->text.len;
    r->lens[r->nfields] = len;
    if (ag_buf_append(&r->text, f, len) != 0 || ag_buf_putc(&r->text, '\0') != 0) {
        r->oom = 1;
        return;
    }
    for (i = 0; i < len; i++)
        r->newlines += f[i] == '\n';
    r->nfields++;
}

static void on_record(int term, void *data)
{
    struct reader *r = data;
    struct ag_csv_record rec;
    size_t i;

    (void)term;
    if (r->st == AG_OK && !r->oom) {
        for (i = 0; i < r->nfields; i++)
            r->ptrs[i] = r->text.ptr + r->offsets[i];
        rec.nfields = r->nfields;
        rec.fields = r->ptrs;
        rec.lens = r->lens;
        rec.line = r->line - r->newlines;
        rec.index = r->records++;
        r->st = r->fn(&rec, r->ctx, r->err);
    }
    r->nfields = 0;
    r->newlines = 0;
    r->record_start = r->line + 1;
    ag_buf_reset(&r->text);
}

static void *csv_realloc(void *p, size_t n)
{
    return ag_realloc(p, n);
}

/* Code-point column of byte offset off within the line starting at line_start. */
static long column_of(const char *line_start, size_t off)
{
    long col = 1;
    size_t i;

    for (i = 0; i < off; i++)
        col += ((unsigned char)line_start[i] & 0xC0) != 0x80;
    return col;
}

static enum ag_status feed(struct reader *r, struct csv_parser *p, const char *chunk, size_t len)
{
    size_t done = csv_parse(p, chunk, len, on_field, on_record, r);

    if (r->oom)
        return ag_fail(r->err, AG_ENOMEM, NULL, "out of memory reading '%s'", r->name);
    if (r->st != AG_OK)
        return r->st;
    if (done != len) {
        struct ag_pos pos = {r->name, r->line, column_of(chunk, done), 0};
        if (csv_error(p) == CSV_ENOMEM)
            return ag_fail(r->err, AG_ENOMEM, NULL, "out of memory reading '%s'", r->name);
        return ag_fail(r->err, AG_EPARSE, &pos, "malformed CSV: stray or unbalanced quote");
    }
    return AG_OK;
}

/* Feeds data line by line so that r->line is the line being parsed. */
static enum ag_status feed_lines(struct reader *r, struct csv_parser *p, const char *data,
                                 size_t len)
{
    enum ag_status st = AG_OK;

    while (len && st == AG_OK) {
        const char *nl = memchr(data, '\n', len);
        size_t n = nl ? (size_t)(nl - data) + 1 : len;
        st = feed(r, p, data, n);
        if (nl)
            r->line++;
        data += n;
        len -= n;
    }
    return st;
}

static enum ag_status start(struct reader *r, struct csv_parser *p, const char *name,
                            ag_csv_row_fn fn, void *ctx, struct ag_error *err)
{
    memset(r, 0, sizeof(*r));
    r->line = 1;
    r->record_start = 1;
    r->fn = fn;
    r->ctx = ctx;
    r->err = err;
    r->name = name;
    if (csv_init(p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory reading '%s'", name);
    csv_set_realloc_func(p, csv_realloc);
    csv_set_free_func(p, ag_free);
    return AG_OK;
}

static enum ag_status finish(struct reader *r, struct csv_parser *p, enum ag_status st)
{
    if (st == AG_OK && csv_fini(p, on_field, on_record, r) != 0) {
        struct ag_pos pos = {r->name, r->record_start, 1, 0};
        st = ag_fail(r->err, AG_EPARSE, &pos,
                     "malformed CSV: quoted field not closed at end of file");
    }
    if (st == AG_OK && r->oom)
        st = ag_fail(r->err, AG_ENOMEM, NULL, "out of memory reading '%s'", r->name);
    if (st == AG_OK)
        st = r->st;
    csv_free(p);
    ag_buf_release(&r->text);
    ag_free(r->offsets);
    ag_free(r->lens);
    ag_free(r->ptrs);
    return st;
}

static size_t bom_len(const char *data, size_t len)
{
    return len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

enum ag_status ag_csv_read_mem(const char *data, size_t len, const char *name, ag_csv_row_fn fn,
                               void *ctx, struct ag_error *err)
{
    struct reader r;
    struct csv_parser p;
    enum ag_status st = start(&r, &p, name, fn, ctx, err);
    size_t skip;

    if (st != AG_OK)
        return st;
    skip = bom_len(data, len);
    st = feed_lines(&r, &p, data + skip, len - skip);
    return finish(&r, &p, st);
}

static const char *last_newline(const char *data, size_t len)
{
    while (len--)
        if (data[len] == '\n')
            return data + len;
    return NULL;
}

enum ag_status ag_csv_read_file(FILE *fp, const char *name, ag_csv_row_fn fn, void *ctx,
                                struct ag_error *err)
{
    struct reader r;
    struct csv_parser p;
    enum ag_status st = start(&r, &p, name, fn, ctx, err);
    struct ag_buf pending = AG_BUF_INIT; /* bytes read but not fed: a partial last line */
    char block[65536];
    int first = 1;

    while (st == AG_OK) {
        size_t n = fread(block, 1, sizeof(block), fp), skip = 0, whole;
        const char *nl;
        if (n == 0)
            break;
        if (first) {
            skip = bom_len(block, n);
            first = 0;
        }
        if (n == skip)
            continue; /* only a BOM so far */
        if (ag_buf_append(&pending, block + skip, n - skip) != 0) {
            st = ag_fail(err, AG_ENOMEM, NULL, "out of memory reading '%s'", name);
            break;
        }
        /* Feed whole lines only, so line numbers stay exact across blocks. Only the new bytes
         * are searched, so a file without newlines stays linear. */
        nl = last_newline(pending.ptr + pending.len - (n - skip), n - skip);
        if (!nl)
            continue;
        whole = (size_t)(nl - pending.ptr) + 1;
        st = feed_lines(&r, &p, pending.ptr, whole);
        memmove(pending.ptr, pending.ptr + whole, pending.len - whole);
        pending.len -= whole;
    }
    if (st == AG_OK && ferror(fp))
        st = ag_fail(err, AG_EIO, NULL, "cannot read '%s': %s", name, strerror(errno));
    if (st == AG_OK && pending.len)
        st = feed_lines(&r, &p, pending.ptr, pending.len);
    ag_buf_release(&pending);
    return finish(&r, &p, st);
}

long ag_csv_column(const struct ag_csv_record *header, const char *name)
{
    size_t i;

    for (i = 0; i < header->nfields; i++)
        if (strcasecmp(header->fields[i], name) == 0)
            return (long)i;
    return -1;
}
