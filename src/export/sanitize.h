/* sanitize.h: the one text cleaner and number formatter shared by every exporter. */
#ifndef AG_EXPORT_SANITIZE_H
#define AG_EXPORT_SANITIZE_H

#include <stddef.h>

#include "util/buf.h"

enum ag_text_mode {
    AG_TEXT_XML, /* valid UTF-8; TAB, LF, CR kept (the XML writer escapes markup) */
    AG_TEXT_CSV, /* as XML, and '\' doubled because Gephi's CSV reader treats it as an escape */
    AG_TEXT_DOT  /* inside a DOT "string": '\' -> \\, '"' -> \", LF -> \n, TAB and CR dropped */
};

/* Appends s to out, cleaned: invalid UTF-8 (bad bytes, overlongs, surrogates, above U+10FFFF)
 * becomes U+FFFD, U+0000-U+001F (but TAB, LF, CR as mode says) and U+007F-U+009F are dropped.
 * Returns 0, or -1 when out of memory (out is then released). O(strlen(s)). */
int ag_text_clean(struct ag_buf *out, const char *s, enum ag_text_mode mode);

/* ag_text_filter for igraph's GraphML writer: ctx is a struct ag_buf reused for each string;
 * returns the AG_TEXT_XML-cleaned copy of s, or NULL when out of memory. */
const char *ag_text_filter_xml(const char *s, void *ctx);

#define AG_NUM_SIZE 64

/* x with "%.6f": NaN and infinities as 0, and anything that would print as -0.000000 as
 * 0.000000, so that outputs never hold "nan", "inf" or "-0". */
void ag_format_real(char out[AG_NUM_SIZE], double x);
void ag_format_long(char out[AG_NUM_SIZE], long x);

#endif
