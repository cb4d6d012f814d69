/* doc.h: one article. */
#ifndef ACTORGRAPH_DOC_H
#define ACTORGRAPH_DOC_H

#include <stddef.h>

struct ag_doc {
    const char *id;    /* file name without .txt, or the JSONL "id" */
    const char *date;  /* YYYY-MM-DD, or "" when the article has none */
    const char *title; /* headline, "" when none */
    const char *text;  /* body, valid UTF-8, NUL-terminated */
    size_t text_len;
    const char *path; /* where it came from, for messages */
    long first_line;  /* line of path where text starts */
};

#endif
