/* tokenize.h: words and punctuation of a cleaned document, with folded forms for matching. */
#ifndef AG_TEXT_TOKENIZE_H
#define AG_TEXT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util/buf.h"

enum ag_tok_type { AG_TOK_WORD = 1, AG_TOK_NUM, AG_TOK_PUNCT };

enum ag_tok_flag {
    AG_TF_CAP = 1,      /* starts with an upper-case letter */
    AG_TF_SPACE = 2,    /* whitespace before it */
    AG_TF_NEWLINE = 4,  /* a line break before it */
    AG_TF_PARA = 8,     /* a blank line before it */
    AG_TF_JOINED = 16,  /* a hyphen with word characters on both sides (Iran-backed) */
    AG_TF_ALLCAPS = 32, /* two or more letters, all upper case */
    AG_TF_LINK = 64,    /* a word that links phrases: to, that, of, with, by, not ... */
};

struct ag_token {
    uint32_t start, end; /* bytes of the original (cleaned) text */
    uint32_t form;       /* offset of the folded, case-kept form in the token set's strings */
    uint32_t lower;      /* offset of the folded, lower-case form */
    uint16_t len;        /* length of both forms */
    uint8_t type, flags;
    unsigned long hform, hlower; /* ag_hash_bytes of both forms, for the lexicon's lookups */
};

struct ag_tokens {
    struct ag_token *tok;
    size_t count, cap;
    struct ag_buf strings; /* NUL-separated forms */
};

/* Tokenizes text[0..len) (valid UTF-8) into t, replacing what it held; 0 or -1 (out of memory).
 * Curly quotes and apostrophes fold to ' and ", dashes to - (joined) or -- (free-standing);
 * "Russia's" gives Russia + 's, "don't" do + n't, "U.S." stays one token. Linear. */
int ag_tokenize(struct ag_tokens *t, const char *text, size_t len);
void ag_tokens_release(struct ag_tokens *t);

static inline const char *ag_tok_form(const struct ag_tokens *t, size_t i)
{
    return t->strings.ptr + t->tok[i].form;
}

static inline const char *ag_tok_lower(const struct ag_tokens *t, size_t i)
{
    return t->strings.ptr + t->tok[i].lower;
}

/* 1 when token i's lower-case form equals s. Inline: it is the extractor's most frequent
 * call. */
static inline int ag_tok_is(const struct ag_tokens *t, size_t i, const char *s)
{
    const char *w;

    if (i >= t->count)
        return 0;
    w = t->strings.ptr + t->tok[i].lower;
    return w[0] == s[0] && strcmp(w, s) == 0; /* the first byte rejects almost every word */
}

/* 1 when token i's lower-case form is one of words (NULL-terminated). */
static inline int ag_tok_in(const struct ag_tokens *t, size_t i, const char *const *words)
{
    size_t k;

    for (k = 0; words[k]; k++)
        if (ag_tok_is(t, i, words[k]))
            return 1;
    return 0;
}

#endif
