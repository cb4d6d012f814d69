/* buf.h: an owned, growable, always NUL-terminated byte string. */
#ifndef AG_UTIL_BUF_H
#define AG_UTIL_BUF_H

#include <stddef.h>

struct ag_buf {
    char *ptr; /* NULL until the first append */
    size_t len, cap;
};

#define AG_BUF_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }

/* Appends; returns 0, or -1 when out of memory (the buffer is then released and empty). */
int ag_buf_append(struct ag_buf *b, const char *s, size_t len);
int ag_buf_puts(struct ag_buf *b, const char *s);
int ag_buf_putc(struct ag_buf *b, char c);
int ag_buf_printf(struct ag_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties but keeps capacity. */
void ag_buf_reset(struct ag_buf *b);
void ag_buf_release(struct ag_buf *b);
/* The string ("" when empty); valid until the next append. */
const char *ag_buf_str(const struct ag_buf *b);

#endif
