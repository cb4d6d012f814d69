/* predicates.c: where the sentence states a relation, and whether as a verb or a noun. */
#include "extract/extract_impl.h"

#include <string.h>

#include "util/alloc.h"

#define MAX_MATCHES 32

/* Token i is covered by a (non-adjectival) actor mention. */
static int inside_mention(const struct ag_sentence_ctx *s, size_t i)
{
    size_t k;

    for (k = 0; k < s->nm; k++)
        if (!s->m[k].pronoun && i >= s->m[k].first && i < s->m[k].last)
            return 1;
    return 0;
}

static int mention_ends_at(const struct ag_sentence_ctx *s, size_t j)
{
    size_t k;

    for (k = 0; k < s->nm; k++)
        if (s->m[k].last == j + 1)
            return 1;
    return 0;
}

/* Is token i right after an article or a possessive, where no verb can stand? */
static int article_before(const struct ag_sentence_ctx *s, size_t i)
{
    static const char *const words[] = {"a",   "an",  "the", "its", "their", "his",
                                        "her", "our", "my",  "'s",  "'",     NULL};
    return i > s->first && ag_tok_in(s->t, i - 1, words);
}

/* Does token i read as a noun here? 2: surely (after a determiner, a possessive or a number:
 * "the attack", "Russia's invasion", "60 targets"); 1: probably (after an actor used as a
 * modifier, "US sanctions", a preposition, or a determiner and one more word); 0: no. */
static int noun_context(const struct ag_sentence_ctx *s, size_t i)
{
    const struct ag_tokens *t = s->t;
    size_t k;

    if (i == s->first)
        return 0;
    k = i - 1;
    if (ag_is_determiner(t, k) || ag_tok_is(t, k, "'s") || ag_tok_is(t, k, "'") ||
        t->tok[k].type == AG_TOK_NUM)
        return 2;
    /* "the Jeddah talks", "the Minsk agreements": a determiner and a proper noun before it */
    if (i >= s->first + 2 && (t->tok[k].flags & AG_TF_CAP) && t->tok[k].type == AG_TOK_WORD &&
        ag_is_determiner(t, i - 2) && !mention_ends_at(s, k) && !inside_mention(s, k))
        return 2;
    if (ag_is_preposition(t, k) && !ag_tok_is(t, k, "to"))
        return 1;
    /* "against military targets": a preposition and one word before it */
    if (i >= s->first + 2 && t->tok[k].type == AG_TOK_WORD && !(t->tok[k].flags & AG_TF_CAP) &&
        ag_is_preposition(t, i - 2) && !ag_tok_is(t, i - 2, "to") && !mention_ends_at(s, k))
        return 2;
    /* "the new sanctions", "Russia's full-scale invasion"; but also "its forces attacked" */
    if (i >= s->first + 2 && t->tok[i - 1].type == AG_TOK_WORD &&
        (ag_is_determiner(t, i - 2) || ag_tok_is(t, i - 2, "'s")) && !mention_ends_at(s, i - 1))
        return 1;
    for (k = 0; k < s->nm; k++)
        if (s->m[k].last == i)
            return 1;
    return 0;
}

/* "sent Ukraine weapons" is "send" with an object, not "send weapons" with a gap: a phrase
 * may not skip over an actor. Returns the number of matches kept (order kept). */
static size_t drop_gaps_over_actors(const struct ag_sentence_ctx *s, size_t i,
                                    struct ag_phrase_match *m, size_t n)
{
    size_t k, kept = 0, j;

    for (k = 0; k < n; k++) {
        int over = 0;
        for (j = i + 1; j <= i + m[k].gap_words && !over; j++)
            over = inside_mention(s, j);
        if (!over)
            m[kept++] = m[k];
    }
    return kept;
}

static int push(struct ag_sentence_ctx *s, size_t first, size_t last,
                const struct ag_predicate *pred, enum ag_form form, int alternative)
{
    struct ag_pred_span *p;

    if (ag_grow((void **)&s->p, &s->pcap, s->np + 1, sizeof(*s->p)) != 0)
        return -1;
    p = &s->p[s->np++];
    p->first = first;
    p->last = last;
    p->pred = pred;
    p->form = form;
    p->alternative = alternative;
    return 0;
}

/* "ordered two Estonian diplomats to leave", "ordered a Canadian diplomat out of the country":
 * an order that sends an actor away is an expulsion, coded as the lexicon's verb "expel" on
 * the order verb. Returns that predicate and sets *form, or NULL. */
static const struct ag_predicate *expulsion_order(const struct ag_sentence_ctx *s, size_t i,
                                                  enum ag_form *form)
{
    static const char *const order[] = {"order", "orders", "ordered", "ordering", NULL};
    const struct ag_tokens *t = s->t;
    size_t j, k;

    if (!ag_tok_in(t, i, order))
        return NULL;
    for (j = i + 1; j < s->last && j <= i + 4 && !inside_mention(s, j); j++)
        if (t->tok[j].type == AG_TOK_PUNCT)
            return NULL;
    for (k = 0; k < s->nm && !(s->m[k].first == j && !s->m[k].pronoun); k++)
        ;
    if (k == s->nm || s->m[k].last + 1 >= s->last)
        return NULL;
    j = s->m[k].last;
    if (!(ag_tok_is(t, j, "out") || (ag_tok_is(t, j, "to") && ag_tok_is(t, j + 1, "leave"))))
        return NULL;
    *form = ag_tok_is(t, i, "order")     ? AG_FORM_BASE
            : ag_tok_is(t, i, "orders")  ? AG_FORM_S
            : ag_tok_is(t, i, "ordered") ? AG_FORM_ED
                                         : AG_FORM_ING;
    for (k = 0; k < s->lex->npreds; k++)
        if (s->lex->preds[k].pos == AG_POS_VERB && strcmp(s->lex->preds[k].phrase, "expel") == 0)
            return &s->lex->preds[k];
    return NULL;
}

int ag_find_predicates(struct ag_sentence_ctx *s)
{
    struct ag_phrase_match m[MAX_MATCHES];
    size_t i;

    s->np = 0;
    for (i = s->first; i < s->last;) {
        size_t n, k, best = MAX_MATCHES;
        int noun, as_noun, hyphenated;
        const struct ag_predicate *expel;
        enum ag_form form;
        if (s->t->tok[i].type != AG_TOK_WORD || inside_mention(s, i)) {
            i++;
            continue;
        }
        if ((expel = expulsion_order(s, i, &form)) != NULL) {
            if (push(s, i, i + 1, expel, form, 0) != 0)
                return -1;
            i++;
            continue;
        }
        n = drop_gaps_over_actors(
            s, i, m, ag_phrases_match(&s->lex->predicates, s->t, i, s->last, m, MAX_MATCHES));
        /* a word inside a hyphenated compound ("stand-off", "long-running") is not the
         * predicate; "Iran-backed" is, because an actor comes before the hyphen */
        if (n && m[0].end < s->last && (s->t->tok[m[0].end].flags & AG_TF_JOINED) &&
            ag_tok_is(s->t, m[0].end, "-"))
            n = 0;
        if (n && i > s->first && (s->t->tok[i - 1].flags & AG_TF_JOINED) &&
            ag_tok_is(s->t, i - 1, "-") && !mention_ends_at(s, i - 2))
            n = 0;
        if (!n) {
            i++;
            continue;
        }
        noun = noun_context(s, i);
        as_noun = noun > 0;
        hyphenated = i > s->first && (s->t->tok[i - 1].flags & AG_TF_JOINED);
        /* among the longest matches, the one whose part of speech fits the context: after a
         * hyphen ("Iran-backed") a descriptor, else a noun or a verb as the words before say */
        for (k = 0; k < n && m[k].end == m[0].end; k++) {
            const struct ag_predicate *p = &s->lex->preds[m[k].payload >> 3];
            int is_noun = p->pos == AG_POS_NOUN, is_adj = p->pos == AG_POS_ADJ;
            if (best == MAX_MATCHES)
                best = k;
            if (hyphenated ? is_adj : (is_noun == as_noun || is_adj || p->pos == AG_POS_FIXED)) {
                best = k;
                break;
            }
        }
        /* a verb where a noun must stand ("more than 60 targets") states nothing, nor does a
         * finite verb form after a preposition ("at odds over trade"; "to" and gerunds aside) */
        if (s->lex->preds[m[best].payload >> 3].pos == AG_POS_VERB &&
            (noun == 2 ||
             (i > s->first && ag_is_preposition(s->t, i - 1) && !ag_tok_is(s->t, i - 1, "to") &&
              (m[best].payload & 7) != AG_FORM_ING))) {
            i = m[best].end;
            continue;
        }
        if (push(s, i, m[best].end, &s->lex->preds[m[best].payload >> 3],
                 (enum ag_form)(m[best].payload & 7), 0) != 0)
            return -1;
        /* the other readings of the same words (another preposition or code), in file order;
         * after an article or a possessive ("said a strike in X killed") no verb reading */
        for (k = 0; k < n && m[k].end == m[best].end; k++) {
            const struct ag_predicate *p = &s->lex->preds[m[k].payload >> 3];
            if (k == best || (p->pos == AG_POS_VERB && article_before(s, i)))
                continue;
            if (push(s, i, m[k].end, p, (enum ag_form)(m[k].payload & 7), 1) != 0)
                return -1;
        }
        i = m[best].end;
    }
    return 0;
}
