/* utf8.h: the one UTF-8 decoder, and the cleaning pass every article goes through. */
#ifndef AG_TEXT_UTF8_H
#define AG_TEXT_UTF8_H

#include <stddef.h>

#include "util/buf.h"

/* Decodes one code point at p (p < end) into *cp; returns the bytes used (1..4).
 * Invalid sequences (overlongs, surrogates, > U+10FFFF, truncated) give *cp = 0xFFFD and 1. */
size_t ag_utf8_next(const char *p, const char *end, unsigned long *cp);

/* Appends the UTF-8 encoding of cp to out; 0 or -1 (out of memory). */
int ag_utf8_put(struct ag_buf *out, unsigned long cp);

struct ag_clean_report {
    size_t invalid;       /* invalid sequences replaced by U+FFFD */
    size_t first_invalid; /* byte offset of the first one in the input */
    size_t nul_bytes;     /* NUL bytes dropped */
};

/* Copies text to out as valid UTF-8: skips a BOM, turns CRLF and lone CR into LF, drops NUL,
 * replaces invalid sequences with U+FFFD. 0 or -1 (out of memory). Linear. */
int ag_utf8_clean(const char *text, size_t len, struct ag_buf *out, struct ag_clean_report *rep);

/* Code points in s[0..len). */
size_t ag_utf8_count(const char *s, size_t len);

#endif
