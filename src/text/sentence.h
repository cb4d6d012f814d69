/* sentence.h: sentence boundaries over tokens. */
#ifndef AG_TEXT_SENTENCE_H
#define AG_TEXT_SENTENCE_H

#include <stddef.h>

#include "text/tokenize.h"

struct ag_span_tok {
    size_t first, last; /* tokens [first, last) */
};

struct ag_sentences {
    struct ag_span_tok *s;
    size_t count, cap;
};

/* Splits t into sentences: after . ! ? (not after titles and month abbreviations, not inside
 * initialisms followed by a name), at every line break (headlines, paragraphs), and every
 * max_tokens tokens so that one endless "sentence" cannot make work quadratic. 0 or -1. */
int ag_sentences_split(struct ag_sentences *out, const struct ag_tokens *t, size_t max_tokens);
void ag_sentences_release(struct ag_sentences *out);

#endif
