/* phrases.h: multi-word phrase tables matched against tokens (names, demonyms, predicates). */
#ifndef AG_LEXICON_PHRASES_H
#define AG_LEXICON_PHRASES_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"
#include "util/strmap.h"

#define AG_PHRASE_END UINT32_MAX

struct ag_phrase {
    uint32_t word0; /* index of its first word in the table's words */
    uint16_t nwords;
    uint8_t gap;      /* words allowed between its first and second word */
    uint32_t payload; /* caller's meaning */
    uint32_t next;    /* next phrase with the same first word */
};

struct ag_phrase_table {
    struct ag_strmap first; /* first word -> index of its first phrase */
    struct ag_phrase *ph;
    size_t count, cap;
    char **words;
    unsigned long *hashes; /* ag_hash_bytes of each word: compared before the bytes */
    size_t nwords, wcap, hcap;
    int lower; /* 1: matched on lower-case forms */
};

struct ag_phrase_match {
    uint32_t payload;
    size_t end; /* one past the last token matched */
    size_t gap_words;
};

void ag_phrases_init(struct ag_phrase_table *pt, int lower);
void ag_phrases_release(struct ag_phrase_table *pt);

/* Adds a phrase given as text (tokenized like articles); 0, or -1 when out of memory,
 * or 1 when the text has no word. */
int ag_phrases_add(struct ag_phrase_table *pt, const char *text, uint8_t gap, uint32_t payload,
                   struct ag_tokens *scratch);

/* Phrases that match at token i (not crossing token `limit`), longest first; returns how many
 * were written to m (at most max). Cost: one hash lookup when no phrase starts with token i. */
size_t ag_phrases_match(const struct ag_phrase_table *pt, const struct ag_tokens *t, size_t i,
                        size_t limit, struct ag_phrase_match *m, size_t max);

#endif
