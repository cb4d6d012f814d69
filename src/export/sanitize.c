/* sanitize.c: one UTF-8 cleaning pass for GraphML, GEXF, DOT and the Gephi CSV tables. */
#include "export/sanitize.h"

#include <math.h>
#include <stdio.h>

/* Decodes one code point at p (before end). Returns its length in bytes, or 0 when the bytes
 * are not valid UTF-8 (overlong, surrogate, above U+10FFFF, truncated). */
static size_t utf8_decode(const unsigned char *p, const unsigned char *end, unsigned long *cp)
{
    size_t len, i;
    unsigned long c, min;

    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        len = 2;
        c = p[0] & 0x1Fu;
        min = 0x80;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        len = 3;
        c = p[0] & 0x0Fu;
        min = 0x800;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        len = 4;
        c = p[0] & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < len)
        return 0;
    for (i = 1; i < len; i++) {
        if ((p[i] & 0xC0u) != 0x80u)
            return 0;
        c = (c << 6) | (p[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFFul || (c >= 0xD800ul && c <= 0xDFFFul))
        return 0;
    *cp = c;
    return len;
}

/* 1 when the code point is dropped in this mode. */
static int dropped(unsigned long cp, enum ag_text_mode mode)
{
    if (cp >= 0x7F && cp <= 0x9F)
        return 1;
    if (cp >= 0x20)
        return 0;
    if (cp == '\n')
        return 0;
    if (cp == '\t' || cp == '\r')
        return mode == AG_TEXT_DOT;
    return 1;
}

int ag_text_clean(struct ag_buf *out, const char *s, enum ag_text_mode mode)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *end = p;
    const unsigned char *run;

    while (*end)
        end++;
    if (ag_buf_append(out, "", 0) != 0) /* "" rather than NULL for an empty result */
        return -1;
    run = p;
    while (p < end) {
        unsigned long cp = 0;
        size_t len = utf8_decode(p, end, &cp);
        const char *repl = NULL;
        if (len == 0)
            repl = "\xEF\xBF\xBD";
        else if (dropped(cp, mode))
            repl = "";
        else if (mode == AG_TEXT_DOT && (cp == '\\' || cp == '"' || cp == '\n'))
            repl = cp == '\\' ? "\\\\" : cp == '"' ? "\\\"" : "\\n";
        else if (mode == AG_TEXT_CSV && cp == '\\')
            repl = "\\\\";
        if (repl) {
            if (ag_buf_append(out, (const char *)run, (size_t)(p - run)) != 0 ||
                ag_buf_puts(out, repl) != 0)
                return -1;
            p += len ? len : 1;
            run = p;
        } else {
            p += len;
        }
    }
    return ag_buf_append(out, (const char *)run, (size_t)(p - run));
}

const char *ag_text_filter_xml(const char *s, void *ctx)
{
    struct ag_buf *b = ctx;

    ag_buf_reset(b);
    if (ag_text_clean(b, s, AG_TEXT_XML) != 0)
        return NULL;
    return ag_buf_str(b);
}

void ag_format_real(char out[AG_NUM_SIZE], double x)
{
    if (!isfinite(x) || fabs(x) < 5e-7 || fabs(x) >= 1e15)
        x = isfinite(x) && fabs(x) >= 1e15 ? copysign(1e15, x) : 0.0;
    snprintf(out, AG_NUM_SIZE, "%.6f", x);
}

void ag_format_long(char out[AG_NUM_SIZE], long x)
{
    snprintf(out, AG_NUM_SIZE, "%ld", x);
}
