/* utf8.c: strict decoding (RFC 3629) and cleaning. */
#include "text/utf8.h"

#include <string.h>

size_t ag_utf8_next(const char *p, const char *end, unsigned long *cp)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t avail = (size_t)(end - p), need, i;
    unsigned long c, min;

    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        need = 2;
        c = s[0] & 0x1F;
        min = 0x80;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        need = 3;
        c = s[0] & 0x0F;
        min = 0x800;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        need = 4;
        c = s[0] & 0x07;
        min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (avail < need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return need;
}

int ag_utf8_put(struct ag_buf *out, unsigned long cp)
{
    char b[4];
    size_t n;

    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return ag_buf_append(out, b, n);
}

int ag_utf8_clean(const char *text, size_t len, struct ag_buf *out, struct ag_clean_report *rep)
{
    const char *p = text, *end = text + len, *run = NULL;

    memset(rep, 0, sizeof(*rep));
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    run = p;
    /* Copy runs of good bytes in one append; handle the exceptions one by one. */
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        unsigned long cp;
        size_t n;
        if (c >= 0x20 && c < 0x80) {
            p++;
            continue;
        }
        if (c == '\n' || c == '\t') {
            p++;
            continue;
        }
        if (c >= 0x80) {
            n = ag_utf8_next(p, end, &cp);
            if (cp != 0xFFFD || n == 3) {
                p += n;
                continue;
            }
        }
        if (ag_buf_append(out, run, (size_t)(p - run)) != 0)
            return -1;
        if (c == '\r') {
            if (ag_buf_putc(out, '\n') != 0)
                return -1;
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else if (c == 0) {
            rep->nul_bytes++;
            p++;
        } else if (c < 0x20) {
            if (ag_buf_putc(out, ' ') != 0) /* other controls become spaces */
                return -1;
            p++;
        } else {
            if (!rep->invalid)
                rep->first_invalid = (size_t)(p - text);
            rep->invalid++;
            if (ag_utf8_put(out, 0xFFFD) != 0)
                return -1;
            p++;
        }
        run = p;
    }
    if (ag_buf_append(out, run, (size_t)(p - run)) != 0)
        return -1;
    return 0;
}

size_t ag_utf8_count(const char *s, size_t len)
{
    size_t n = 0, i;

    for (i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}
