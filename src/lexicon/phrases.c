/* phrases.c: first-word hash plus a short candidate list per first word. */
#include "lexicon/phrases.h"

#include <string.h>

#include "util/alloc.h"

void ag_phrases_init(struct ag_phrase_table *pt, int lower)
{
    memset(pt, 0, sizeof(*pt));
    pt->lower = lower;
}

void ag_phrases_release(struct ag_phrase_table *pt)
{
    size_t i;

    for (i = 0; i < pt->nwords; i++)
        ag_free(pt->words[i]);
    ag_free(pt->words);
    ag_free(pt->hashes);
    ag_free(pt->ph);
    ag_strmap_release(&pt->first);
    memset(pt, 0, sizeof(*pt));
}

static const char *tok_text(const struct ag_phrase_table *pt, const struct ag_tokens *t, size_t i)
{
    return pt->lower ? ag_tok_lower(t, i) : ag_tok_form(t, i);
}

static unsigned long tok_hash(const struct ag_phrase_table *pt, const struct ag_tokens *t, size_t i)
{
    return pt->lower ? t->tok[i].hlower : t->tok[i].hform;
}

/* Does token k equal word w of the table? Hashes first, bytes only when they agree. */
static int same_word(const struct ag_phrase_table *pt, const struct ag_tokens *t, size_t k,
                     size_t w)
{
    return tok_hash(pt, t, k) == pt->hashes[w] && strcmp(tok_text(pt, t, k), pt->words[w]) == 0;
}

int ag_phrases_add(struct ag_phrase_table *pt, const char *text, uint8_t gap, uint32_t payload,
                   struct ag_tokens *scratch)
{
    struct ag_phrase *p;
    size_t i, head;

    if (ag_tokenize(scratch, text, strlen(text)) != 0)
        return -1;
    if (scratch->count == 0)
        return 1;
    if (scratch->count > 0xFFFF)
        return 1;
    if (ag_grow((void **)&pt->words, &pt->wcap, pt->nwords + scratch->count, sizeof(char *)) != 0 ||
        ag_grow((void **)&pt->hashes, &pt->hcap, pt->nwords + scratch->count,
                sizeof(unsigned long)) != 0 ||
        ag_grow((void **)&pt->ph, &pt->cap, pt->count + 1, sizeof(*pt->ph)) != 0)
        return -1;
    p = &pt->ph[pt->count];
    p->word0 = (uint32_t)pt->nwords;
    p->nwords = (uint16_t)scratch->count;
    p->gap = gap;
    p->payload = payload;
    p->next = AG_PHRASE_END;
    for (i = 0; i < scratch->count; i++) {
        char *w = ag_strdup(tok_text(pt, scratch, i));
        if (!w)
            return -1;
        pt->hashes[pt->nwords] = tok_hash(pt, scratch, i);
        pt->words[pt->nwords++] = w;
    }
    /* Chain behind the existing phrases with the same first word (keeps file order). */
    if (ag_strmap_get(&pt->first, pt->words[p->word0], strlen(pt->words[p->word0]), &head)) {
        while (pt->ph[head].next != AG_PHRASE_END)
            head = pt->ph[head].next;
        pt->ph[head].next = (uint32_t)pt->count;
    } else if (ag_strmap_put(&pt->first, pt->words[p->word0], strlen(pt->words[p->word0]),
                             pt->count) != 0) {
        return -1;
    }
    pt->count++;
    return 0;
}

/* Does phrase p match from token i? Sets *end and *gap_used. */
static int match_one(const struct ag_phrase_table *pt, const struct ag_phrase *p,
                     const struct ag_tokens *t, size_t i, size_t limit, size_t *end,
                     size_t *gap_used)
{
    size_t w, k = i + 1, skipped = 0;

    for (w = 1; w < p->nwords; w++) {
        size_t want = p->word0 + w;
        size_t allowed = (w == 1) ? p->gap : 0;
        while (k < limit && !same_word(pt, t, k, want) && allowed > 0 &&
               t->tok[k].type == AG_TOK_WORD && !(t->tok[k].flags & AG_TF_LINK)) {
            k++;
            skipped++;
            allowed--;
        }
        if (k >= limit || !same_word(pt, t, k, want))
            return 0;
        /* a hyphen inside a phrase must be joined in the text too (all-in) */
        k++;
    }
    *end = k;
    *gap_used = skipped;
    return 1;
}

size_t ag_phrases_match(const struct ag_phrase_table *pt, const struct ag_tokens *t, size_t i,
                        size_t limit, struct ag_phrase_match *m, size_t max)
{
    const char *w = tok_text(pt, t, i);
    size_t head, n = 0, a, b;

    if (!ag_strmap_get_hashed(&pt->first, w, t->tok[i].len, tok_hash(pt, t, i), &head))
        return 0;
    for (; head != AG_PHRASE_END && n < max; head = pt->ph[head].next) {
        size_t end, gap;
        if (match_one(pt, &pt->ph[head], t, i, limit, &end, &gap)) {
            m[n].payload = pt->ph[head].payload;
            m[n].end = end;
            m[n].gap_words = gap;
            n++;
        }
    }
    /* longest first; stable for equal lengths (insertion sort: lists are short) */
    for (a = 1; a < n; a++) {
        struct ag_phrase_match x = m[a];
        for (b = a; b > 0 && m[b - 1].end < x.end; b--)
            m[b] = m[b - 1];
        m[b] = x;
    }
    return n;
}
