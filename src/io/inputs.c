/* inputs.c: finding the input files and reading articles out of them. */
#include "actorgraph/io.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/alloc.h"
#include "util/buf.h"
#include "util/strmap.h"

#define MAX_DEPTH 64

struct input_file {
    char *path;
    char *id; /* doc id for .txt files: base name, or a longer relative path when that repeats */
    int jsonl;
    int is_stdin;
    unsigned long long size;
};

struct ag_inputs {
    struct input_file *files;
    size_t count, cap;
    unsigned long long bytes;
    struct ag_input_options opts;
    ag_problem_fn on_problem;
    void *problem_ctx;
    long rejected;
    struct ag_strmap ids; /* doc ids given out, to keep them distinct */
};

static void problem(struct ag_inputs *in, const char *severity, enum ag_status st, const char *file,
                    long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void problem(struct ag_inputs *in, const char *severity, enum ag_status st, const char *file,
                    long line, long col, const char *fmt, ...)
{
    struct ag_error e;
    struct ag_pos pos = {file, line, col, 0};
    char msg[256];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    ag_error_clear(&e);
    ag_error_raise(&e, st, &pos, AG_HERE, "%s", msg);
    if (strcmp(severity, "error") == 0)
        in->rejected++;
    if (in->on_problem)
        in->on_problem(&e, severity, in->problem_ctx);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static enum ag_status add_file(struct ag_inputs *in, const char *path, unsigned long long size,
                               struct ag_error *err)
{
    struct input_file *f;

    if (ag_grow((void **)&in->files, &in->cap, in->count + 1, sizeof(*f)) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    f = &in->files[in->count];
    memset(f, 0, sizeof(*f));
    f->path = ag_strdup(path);
    if (!f->path)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    f->jsonl = has_suffix(path, ".jsonl");
    f->is_stdin = strcmp(path, "-") == 0;
    f->size = size;
    in->bytes += size;
    in->count++;
    return AG_OK;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct visited {
    dev_t dev[MAX_DEPTH];
    ino_t ino[MAX_DEPTH];
    int depth;
};

static enum ag_status walk(struct ag_inputs *in, const char *dir, struct visited *v,
                           struct ag_error *err);

/* One path given by the user or found in a directory. */
static enum ag_status visit(struct ag_inputs *in, const char *path, int explicit_path,
                            struct visited *v, struct ag_error *err)
{
    struct stat st;

    if (stat(path, &st) != 0) {
        int e = errno;
        struct stat lst;
        /* a link found in a directory that leads nowhere is skipped with a warning; a path the
         * user named that cannot be read rejects it */
        if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
            problem(in, explicit_path ? "error" : "warning", AG_EIO, path, 0, 0, "%s",
                    e == ELOOP ? "symbolic link loop, skipped"
                               : "dangling symbolic link (its target does not exist), skipped");
        else
            problem(in, "error", AG_EIO, path, 0, 0, "cannot read: %s", strerror(e));
        return AG_OK;
    }
    if (S_ISDIR(st.st_mode)) {
        int k;
        for (k = 0; k < v->depth; k++)
            if (v->dev[k] == st.st_dev && v->ino[k] == st.st_ino) {
                problem(in, "warning", AG_EIO, path, 0, 0, "%s", "directory loop skipped");
                return AG_OK;
            }
        if (v->depth >= MAX_DEPTH) {
            problem(in, "warning", AG_EIO, path, 0, 0, "%s", "directory nested too deep, skipped");
            return AG_OK;
        }
        v->dev[v->depth] = st.st_dev;
        v->ino[v->depth] = st.st_ino;
        v->depth++;
        {
            enum ag_status rc = walk(in, path, v, err);
            v->depth--;
            return rc;
        }
    }
    if (!S_ISREG(st.st_mode)) {
        problem(in, "warning", AG_EIO, path, 0, 0, "%s", "not a regular file, skipped");
        return AG_OK;
    }
    if (!explicit_path && !has_suffix(path, ".txt") && !has_suffix(path, ".jsonl"))
        return AG_OK;
    return add_file(in, path, (unsigned long long)st.st_size, err);
}

static enum ag_status walk(struct ag_inputs *in, const char *dir, struct visited *v,
                           struct ag_error *err)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0, i;
    enum ag_status st = AG_OK;

    if (!d) {
        problem(in, "error", AG_EIO, dir, 0, 0, "cannot read directory: %s", strerror(errno));
        return AG_OK;
    }
    while ((e = readdir(d)) != NULL) {
        char *name;
        if (e->d_name[0] == '.')
            continue;
        name = ag_strdup(e->d_name);
        if (!name || ag_grow((void **)&names, &cap, n + 1, sizeof(char *)) != 0) {
            ag_free(name);
            st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
            break;
        }
        names[n++] = name;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(char *), compare_names);
    for (i = 0; i < n && st == AG_OK; i++) {
        struct ag_buf path = AG_BUF_INIT;
        if (ag_buf_printf(&path, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", names[i]) != 0)
            st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        else
            st = visit(in, path.ptr, 0, v, err);
        ag_buf_release(&path);
    }
    for (i = 0; i < n; i++)
        ag_free(names[i]);
    ag_free(names);
    return st;
}

/* doc id: the file name without .txt; a repeated one gets its path (without .txt) instead, and
 * then a number, so ids stay distinct and depend only on the sorted input list. */
static enum ag_status assign_ids(struct ag_inputs *in, struct ag_error *err)
{
    size_t i;

    for (i = 0; i < in->count; i++) {
        struct input_file *f = &in->files[i];
        const char *base = strrchr(f->path, '/');
        struct ag_buf id = AG_BUF_INIT;
        size_t dummy, len;
        int n = 1;
        if (f->jsonl)
            continue;
        base = base ? base + 1 : f->path;
        if (f->is_stdin)
            base = "stdin";
        len = has_suffix(base, ".txt") ? strlen(base) - 4 : strlen(base);
        if (ag_buf_append(&id, base, len) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        if (ag_strmap_get(&in->ids, id.ptr, id.len, &dummy)) {
            const char *p = f->path;
            ag_buf_reset(&id);
            while (p[0] == '.' && p[1] == '/')
                p += 2;
            len = has_suffix(p, ".txt") ? strlen(p) - 4 : strlen(p);
            if (ag_buf_append(&id, p, len) != 0)
                return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
            while (ag_strmap_get(&in->ids, id.ptr, id.len, &dummy)) {
                ag_buf_reset(&id);
                if (ag_buf_printf(&id, "%.*s~%d", (int)len, p, ++n) != 0)
                    return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
            }
            problem(in, "warning", AG_OK, f->path, 0, 0, "file name used before; doc_id is '%s'",
                    id.ptr);
        }
        if (ag_strmap_put(&in->ids, id.ptr, id.len, i) != 0) {
            ag_buf_release(&id);
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        }
        f->id = id.ptr;
    }
    return AG_OK;
}

enum ag_status ag_inputs_new(struct ag_inputs **out, char *const *paths, size_t npaths,
                             const struct ag_input_options *opts, ag_problem_fn on_problem,
                             void *problem_ctx, struct ag_error *err)
{
    struct ag_inputs *in = ag_calloc(1, sizeof(*in));
    enum ag_status st = AG_OK;
    size_t i;

    *out = NULL;
    if (!in)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    in->opts = *opts;
    in->on_problem = on_problem;
    in->problem_ctx = problem_ctx;
    for (i = 0; i < npaths && st == AG_OK; i++) {
        struct visited v;
        v.depth = 0;
        if (strcmp(paths[i], "-") == 0)
            st = add_file(in, "-", 0, err);
        else
            st = visit(in, paths[i], 1, &v, err);
    }
    if (st == AG_OK)
        st = assign_ids(in, err);
    if (st != AG_OK) {
        ag_inputs_free(in);
        return st;
    }
    *out = in;
    return AG_OK;
}

void ag_inputs_free(struct ag_inputs *in)
{
    size_t i;

    if (!in)
        return;
    for (i = 0; i < in->count; i++) {
        ag_free(in->files[i].path);
        ag_free(in->files[i].id);
    }
    ag_free(in->files);
    ag_strmap_release(&in->ids);
    ag_free(in);
}

size_t ag_inputs_files(const struct ag_inputs *in)
{
    return in->count;
}

unsigned long long ag_inputs_bytes(const struct ag_inputs *in)
{
    return in->bytes;
}

long ag_inputs_rejected(const struct ag_inputs *in)
{
    return in->rejected;
}

/* Reads a whole file (or stdin) into *data, up to max bytes. *failed is set when the file could
 * not be read (already reported); *too_big when it is over the limit (not reported). */
static enum ag_status slurp(struct ag_inputs *in, const struct input_file *f, struct ag_buf *data,
                            int *too_big, int *failed, struct ag_error *err)
{
    FILE *fp = f->is_stdin ? stdin : fopen(f->path, "rb");
    char block[65536];
    size_t n;

    *too_big = 0;
    *failed = 0;
    if (!fp) {
        problem(in, "error", AG_EIO, f->path, 0, 0, "cannot read: %s", strerror(errno));
        *failed = 1;
        return AG_OK;
    }
    if (!f->is_stdin && f->size > in->opts.max_article_bytes) {
        fclose(fp);
        *too_big = 1;
        return AG_OK;
    }
    while ((n = fread(block, 1, sizeof(block), fp)) > 0) {
        if (data->len + n > in->opts.max_article_bytes) {
            *too_big = 1;
            break;
        }
        if (ag_buf_append(data, block, n) != 0) {
            if (!f->is_stdin)
                fclose(fp);
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory reading '%s'", f->path);
        }
    }
    if (!*too_big && ferror(fp)) {
        problem(in, "error", AG_EIO, f->path, 0, 0, "cannot read: %s", strerror(errno));
        *failed = 1;
    }
    if (!f->is_stdin)
        fclose(fp);
    return AG_OK;
}

/* Binary and UTF-16 files are not articles: say so instead of extracting noise. A few NUL bytes
 * in text are dropped (with a warning); many mean a binary file, and NULs at every other byte of
 * otherwise ASCII text mean UTF-16 without a byte order mark. */
static const char *not_text(const char *data, size_t len)
{
    size_t i, nul = 0, nul_even = 0, nul_odd = 0, n = len < 4096 ? len : 4096;

    if (len >= 2 && ((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE))
        return "UTF-16 text (little-endian): convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)";
    if (len >= 2 && ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))
        return "UTF-16 text (big-endian): convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)";
    for (i = 0; i < n; i++) {
        if (data[i] != '\0')
            continue;
        nul++;
        if (i % 2)
            nul_odd++;
        else
            nul_even++;
    }
    if (n >= 4 && nul_odd * 10 >= n * 4 && nul_even * 50 <= n)
        return "UTF-16 text (little-endian, no byte order mark): convert it to UTF-8 first "
               "(iconv -f UTF-16LE -t UTF-8)";
    if (n >= 4 && nul_even * 10 >= n * 4 && nul_odd * 50 <= n)
        return "UTF-16 text (big-endian, no byte order mark): convert it to UTF-8 first "
               "(iconv -f UTF-16BE -t UTF-8)";
    if (nul * 10 > n)
        return "binary file (NUL bytes), skipped";
    return NULL;
}

/* Nothing but white space (and a BOM): nothing to extract. */
static int blank(const char *data, size_t len)
{
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

    for (; i < len; i++)
        if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r')
            return 0;
    return 1;
}

/* Reports the NUL bytes of a text file, which the cleaning drops. */
static void report_nul(struct ag_inputs *in, const char *path, const char *data, size_t len)
{
    const char *first = memchr(data, '\0', len);
    size_t count = 0, i;

    if (!first)
        return;
    for (i = (size_t)(first - data); i < len; i++)
        count += data[i] == '\0';
    problem(in, "warning", AG_EPARSE, path, 0, 0, "%zu NUL byte%s dropped, the first at offset %zu",
            count, count == 1 ? "" : "s", (size_t)(first - data));
}

static enum ag_status one_article(struct ag_inputs *in, const char *id, const char *path,
                                  const char *data, size_t len, const char *date, const char *title,
                                  ag_doc_fn fn, void *ctx, struct ag_error *err)
{
    struct ag_doc doc;
    struct ag_doc_storage *storage = NULL;
    struct ag_error warning, bad;
    enum ag_status st;

    ag_error_clear(&bad);
    st = ag_doc_parse(&doc, &storage, id, path, data, len, date, title, in->opts.strict_utf8,
                      &warning, &bad);
    if (st == AG_ENOMEM) {
        *err = bad;
        return st;
    }
    if (st != AG_OK) {
        in->rejected++;
        if (in->on_problem)
            in->on_problem(&bad, "error", in->problem_ctx);
        return AG_OK;
    }
    if (warning.status != AG_OK && in->on_problem)
        in->on_problem(&warning, "warning", in->problem_ctx);
    st = fn(&doc, ctx, err);
    ag_doc_storage_free(storage);
    return st;
}

static const char *string_field(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* One JSON Lines line (without its newline): an object with id, date, title and text. */
static enum ag_status jsonl_line(struct ag_inputs *in, const struct input_file *f, const char *p,
                                 size_t n, long line, struct ag_buf *id, ag_doc_fn fn, void *ctx,
                                 struct ag_error *err)
{
    json_error_t jerr;
    json_t *obj;
    const char *text, *date, *title, *jid;
    size_t dummy;
    enum ag_status st;

    if (line == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3; /* a BOM */
        n -= 3;
    }
    while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (n == 0)
        return AG_OK;
    obj = json_loadb(p, n, JSON_REJECT_DUPLICATES, &jerr);
    if (!obj || !json_is_object(obj)) {
        problem(in, "error", AG_EPARSE, f->path, line, obj ? 1 : jerr.column,
                "invalid JSON line: %s", obj ? "not an object" : jerr.text);
        json_decref(obj);
        return AG_OK;
    }
    text = string_field(obj, "text");
    if (!text) {
        problem(in, "error", AG_EINVAL, f->path, line, 1, "%s",
                "JSON line without a string 'text' field, skipped");
        json_decref(obj);
        return AG_OK;
    }
    date = string_field(obj, "date");
    title = string_field(obj, "title");
    jid = string_field(obj, "id");
    ag_buf_reset(id);
    if (jid && *jid && !ag_strmap_get(&in->ids, jid, strlen(jid), &dummy))
        ag_buf_puts(id, jid);
    else
        ag_buf_printf(id, "%s:%ld", f->path, line);
    if (!id->ptr || ag_strmap_put(&in->ids, id->ptr, id->len, 0) != 0) {
        json_decref(obj);
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    /* json strings may hold \u0000: the text ends there, as the C API gives it */
    st = one_article(in, id->ptr, f->path, text, strlen(text), date, title ? title : "", fn, ctx,
                     err);
    json_decref(obj);
    return st;
}

/* Streams a JSON Lines file: memory holds one line at a time, and a line longer than the
 * article limit is rejected without being kept. Linear in the file size. */
static enum ag_status read_jsonl(struct ag_inputs *in, const struct input_file *f, ag_doc_fn fn,
                                 void *ctx, struct ag_error *err)
{
    FILE *fp = fopen(f->path, "rb");
    struct ag_buf pending = AG_BUF_INIT, id = AG_BUF_INIT;
    enum ag_status st = AG_OK;
    char block[65536];
    long line = 1;
    int skipping = 0, first = 1;
    size_t n;

    if (!fp) {
        problem(in, "error", AG_EIO, f->path, 0, 0, "cannot read: %s", strerror(errno));
        return AG_OK;
    }
    while (st == AG_OK && (n = fread(block, 1, sizeof(block), fp)) > 0) {
        const char *p = block, *end = block + n;
        if (first) {
            const char *why = not_text(block, n);
            first = 0;
            if (why) {
                problem(in, "error", AG_EINVAL, f->path, 0, 0, "%s", why);
                break;
            }
        }
        while (st == AG_OK && p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
            if (!skipping && pending.len + k > in->opts.max_article_bytes) {
                char limit[32];
                snprintf(limit, sizeof(limit), "%zu", in->opts.max_article_bytes);
                problem(in, "error", AG_EINVAL, f->path, line, 1,
                        "JSON line longer than the limit of %s bytes (--max-article-bytes), "
                        "skipped",
                        limit);
                skipping = 1;
                ag_buf_release(&pending);
            }
            if (!skipping && ag_buf_append(&pending, p, k) != 0)
                st = ag_fail(err, AG_ENOMEM, NULL, "out of memory reading '%s'", f->path);
            if (st == AG_OK && nl) {
                if (!skipping && memchr(pending.ptr ? pending.ptr : "", '\0', pending.len))
                    problem(in, "error", AG_EPARSE, f->path, line, 1, "%s",
                            "NUL byte in a JSON line, skipped");
                else if (!skipping)
                    st = jsonl_line(in, f, ag_buf_str(&pending), pending.len, line, &id, fn, ctx,
                                    err);
                skipping = 0;
                ag_buf_reset(&pending);
                line++;
            }
            p += k + (nl ? 1 : 0);
        }
    }
    if (st == AG_OK && ferror(fp))
        problem(in, "error", AG_EIO, f->path, 0, 0, "cannot read: %s", strerror(errno));
    else if (st == AG_OK && !skipping && pending.len) {
        if (memchr(pending.ptr, '\0', pending.len))
            problem(in, "error", AG_EPARSE, f->path, line, 1, "%s",
                    "NUL byte in a JSON line, skipped");
        else
            st = jsonl_line(in, f, ag_buf_str(&pending), pending.len, line, &id, fn, ctx, err);
    }
    fclose(fp);
    ag_buf_release(&pending);
    ag_buf_release(&id);
    return st;
}

enum ag_status ag_inputs_read(struct ag_inputs *in, size_t i, ag_doc_fn fn, void *ctx,
                              struct ag_error *err)
{
    const struct input_file *f = &in->files[i];
    struct ag_buf data = AG_BUF_INIT;
    enum ag_status st;
    const char *why;
    int too_big, failed;

    if (f->jsonl && !f->is_stdin)
        return read_jsonl(in, f, fn, ctx, err);
    st = slurp(in, f, &data, &too_big, &failed, err);
    if (st != AG_OK) {
        ag_buf_release(&data);
        return st;
    }
    if (failed) {
        /* reported by slurp */
    } else if (too_big) {
        char msg[64];
        snprintf(msg, sizeof(msg), "%zu", in->opts.max_article_bytes);
        problem(in, "error", AG_EINVAL, f->path, 0, 0,
                "article larger than the limit of %s bytes (--max-article-bytes), skipped", msg);
    } else if ((why = not_text(ag_buf_str(&data), data.len)) != NULL) {
        problem(in, "error", AG_EINVAL, f->path, 0, 0, "%s", why);
    } else if (blank(ag_buf_str(&data), data.len)) {
        problem(in, "warning", AG_EINVAL, f->path, 0, 0, "%s", "empty file, skipped");
    } else {
        report_nul(in, f->path, ag_buf_str(&data), data.len);
        st = one_article(in, f->id, f->path, ag_buf_str(&data), data.len, NULL, NULL, fn, ctx, err);
    }
    ag_buf_release(&data);
    return st;
}
