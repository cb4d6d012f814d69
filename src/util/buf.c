/* buf.c: growable strings (git's strbuf, curl's dynbuf). */
#include "util/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"

static int reserve(struct ag_buf *b, size_t extra)
{
    size_t need;

    if (__builtin_add_overflow(b->len, extra + 1, &need) ||
        ag_grow((void **)&b->ptr, &b->cap, need, 1) != 0) {
        ag_buf_release(b);
        return -1;
    }
    return 0;
}

int ag_buf_append(struct ag_buf *b, const char *s, size_t len)
{
    if (reserve(b, len) != 0)
        return -1;
    if (len)
        memcpy(b->ptr + b->len, s, len);
    b->len += len;
    b->ptr[b->len] = '\0';
    return 0;
}

int ag_buf_puts(struct ag_buf *b, const char *s)
{
    return ag_buf_append(b, s, strlen(s));
}

int ag_buf_putc(struct ag_buf *b, char c)
{
    return ag_buf_append(b, &c, 1);
}

int ag_buf_printf(struct ag_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || reserve(b, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void ag_buf_reset(struct ag_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

void ag_buf_release(struct ag_buf *b)
{
    ag_free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

const char *ag_buf_str(const struct ag_buf *b)
{
    return b->ptr ? b->ptr : "";
}
