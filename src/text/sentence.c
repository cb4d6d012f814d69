/* sentence.c: rule-based splitting; news prose is regular enough for it. */
#include "text/sentence.h"

#include <string.h>

#include "util/alloc.h"

/* Abbreviations after which a period does not end a sentence. */
static const char *const abbreviations[] = {
    "mr",   "mrs",  "ms",  "dr",     "gen", "lt",   "col",  "sen", "rep",  "gov", "st",   "no",
    "jan",  "feb",  "mar", "apr",    "aug", "sept", "sep",  "oct", "nov",  "dec", "prof", "adm",
    "maj",  "capt", "sgt", "jr",     "sr",  "vs",   "inc",  "co",  "corp", "ltd", "pres", "amb",
    "cmdr", "brig", "fig", "approx", "est", "dept", "univ", "vol", NULL};

static int is_abbreviation(const struct ag_tokens *t, size_t i)
{
    const char *w = ag_tok_lower(t, i);
    size_t k;

    for (k = 0; abbreviations[k]; k++)
        if (strcmp(w, abbreviations[k]) == 0)
            return 1;
    return 0;
}

static int push(struct ag_sentences *out, size_t first, size_t last)
{
    if (first >= last)
        return 0;
    if (ag_grow((void **)&out->s, &out->cap, out->count + 1, sizeof(*out->s)) != 0)
        return -1;
    out->s[out->count].first = first;
    out->s[out->count].last = last;
    out->count++;
    return 0;
}

/* Index just after the closing quotes and brackets that follow token i. */
static size_t after_closers(const struct ag_tokens *t, size_t i)
{
    while (i < t->count && t->tok[i].type == AG_TOK_PUNCT && !(t->tok[i].flags & AG_TF_NEWLINE)) {
        const char *f = ag_tok_form(t, i);
        if (strcmp(f, "\"") != 0 && strcmp(f, "'") != 0 && strcmp(f, ")") != 0 &&
            strcmp(f, "]") != 0)
            break;
        i++;
    }
    return i;
}

int ag_sentences_split(struct ag_sentences *out, const struct ag_tokens *t, size_t max_tokens)
{
    size_t i, first = 0;

    out->count = 0;
    for (i = 0; i < t->count; i++) {
        const struct ag_token *k = &t->tok[i];
        if (i > first && (k->flags & AG_TF_NEWLINE)) {
            if (push(out, first, i) != 0)
                return -1;
            first = i;
        }
        if (i + 1 - first >= max_tokens) {
            if (push(out, first, i + 1) != 0)
                return -1;
            first = i + 1;
            continue;
        }
        if (k->type == AG_TOK_PUNCT && k->len == 1) {
            char c = ag_tok_form(t, i)[0];
            size_t next;
            if (c != '.' && c != '!' && c != '?')
                continue;
            if (c == '.' && i > first && is_abbreviation(t, i - 1) && t->tok[i - 1].end == k->start)
                continue;
            next = after_closers(t, i + 1);
            if (next < t->count && !(t->tok[next].flags & AG_TF_NEWLINE)) {
                const struct ag_token *n = &t->tok[next];
                /* a lower-case continuation is not a new sentence */
                if (!(n->flags & AG_TF_CAP) && n->type == AG_TOK_WORD)
                    continue;
            }
            if (push(out, first, next) != 0)
                return -1;
            first = next;
            i = next - 1;
        }
    }
    return push(out, first, t->count);
}

void ag_sentences_release(struct ag_sentences *out)
{
    ag_free(out->s);
    memset(out, 0, sizeof(*out));
}
