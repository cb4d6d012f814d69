/* article.c: one article file: clean the bytes, split off the "date YYYY-MM-DD Headline" line. */
#include "actorgraph/io.h"

#include <string.h>

#include "text/utf8.h"
#include "util/alloc.h"
#include "util/buf.h"

struct ag_doc_storage {
    struct ag_buf text; /* cleaned text: header line, then body */
    char *title;
    char date[11];
};

void ag_doc_storage_free(struct ag_doc_storage *s)
{
    if (!s)
        return;
    ag_buf_release(&s->text);
    ag_free(s->title);
    ag_free(s);
}

/* A real calendar date YYYY-MM-DD (2024-02-30 is not), followed by the end or a blank. */
static int is_date(const char *p, const char *end)
{
    static const char shape[] = "dddd-dd-dd";
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int i, month, day, year;

    if (end - p < 10)
        return 0;
    for (i = 0; i < 10; i++) {
        if (shape[i] == 'd' ? (p[i] < '0' || p[i] > '9') : p[i] != '-')
            return 0;
    }
    year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    month = (p[5] - '0') * 10 + (p[6] - '0');
    day = (p[8] - '0') * 10 + (p[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return 0;
    if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return 0;
    return end - p == 10 || p[10] == ' ' || p[10] == '\t';
}

/* 1-based line number of byte offset off: LF, CRLF and a lone CR each end a line, as the
 * cleaning counts them. Linear. */
static long line_of(const char *text, size_t off)
{
    long line = 1;
    size_t i;

    for (i = 0; i < off; i++)
        line += text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n');
    return line;
}

/* Start of the line holding byte offset off (after the last LF or CR before it). */
static size_t line_start(const char *text, size_t off)
{
    while (off > 0 && text[off - 1] != '\n' && text[off - 1] != '\r')
        off--;
    return off;
}

enum ag_status ag_doc_parse(struct ag_doc *doc, struct ag_doc_storage **storage, const char *id,
                            const char *path, const char *data, size_t len, const char *date,
                            const char *title, int strict_utf8, struct ag_error *warning,
                            struct ag_error *err)
{
    struct ag_doc_storage *s = ag_calloc(1, sizeof(*s));
    struct ag_clean_report rep;
    const char *text, *end, *line_end, *p;

    *storage = NULL;
    memset(doc, 0, sizeof(*doc));
    ag_error_clear(warning);
    if (!s || ag_utf8_clean(data, len, &s->text, &rep) != 0) {
        ag_doc_storage_free(s);
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    if (rep.invalid) {
        struct ag_pos pos = {path, line_of(data, rep.first_invalid), 1, rep.first_invalid};
        size_t ls = line_start(data, rep.first_invalid);
        pos.col = (long)ag_utf8_count(data + ls, rep.first_invalid - ls) + 1;
        if (strict_utf8) {
            ag_doc_storage_free(s);
            return ag_fail(err, AG_EPARSE, &pos, "invalid UTF-8 byte 0x%02x",
                           (unsigned char)data[rep.first_invalid]);
        }
        ag_fail(warning, AG_EPARSE, &pos,
                "invalid UTF-8 byte 0x%02x at offset %zu (%zu sequence%s replaced by U+FFFD)",
                (unsigned char)data[rep.first_invalid], rep.first_invalid, rep.invalid,
                rep.invalid == 1 ? "" : "s");
    }
    text = ag_buf_str(&s->text);
    end = text + s->text.len;
    doc->first_line = 1;
    if (title) {
        /* fields given by the caller: no header line to look for */
        if (date && is_date(date, date + strlen(date)) && strlen(date) == 10)
            memcpy(s->date, date, 10);
        s->title = ag_strdup(title);
        if (!s->title) {
            ag_doc_storage_free(s);
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        }
    } else {
        line_end = memchr(text, '\n', s->text.len);
        if (!line_end)
            line_end = end;
        p = text;
        while (p < line_end && (*p == ' ' || *p == '\t'))
            p++;
        if ((size_t)(line_end - p) >= 5 && memcmp(p, "date ", 5) == 0 && is_date(p + 5, line_end)) {
            const char *headline = p + 15;
            memcpy(s->date, p + 5, 10);
            while (headline < line_end && (*headline == ' ' || *headline == '\t'))
                headline++;
            s->title = ag_strndup(headline, (size_t)(line_end - headline));
            if (!s->title) {
                ag_doc_storage_free(s);
                return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
            }
            text = line_end < end ? line_end + 1 : end;
            doc->first_line = 2;
        } else if (!warning || warning->status == AG_OK) {
            struct ag_pos pos = {path, 1, 1, 0};
            if ((size_t)(line_end - p) >= 5 && memcmp(p, "date ", 5) == 0) {
                /* quote at most 10 bytes of the bad date, cut at a character boundary */
                size_t n = 0;
                const char *d = p + 5;
                while (d + n < line_end && n < 10 && d[n] != ' ' && d[n] != '\t')
                    n++;
                while (n > 0 && d + n < line_end && ((unsigned char)d[n] & 0xC0) == 0x80)
                    n--;
                pos.col = (long)(p - text) + 6;
                ag_fail(warning, AG_EPARSE, &pos,
                        "malformed date '%.*s' in the first line (want 'date YYYY-MM-DD "
                        "Headline'); the article has no date",
                        (int)n, d);
            } else {
                ag_fail(warning, AG_EPARSE, &pos,
                        "no 'date YYYY-MM-DD Headline' first line; the article has no date");
            }
        }
    }
    doc->id = id;
    doc->date = s->date;
    doc->title = s->title ? s->title : "";
    doc->text = text;
    doc->text_len = (size_t)(end - text);
    doc->path = path;
    *storage = s;
    return AG_OK;
}
