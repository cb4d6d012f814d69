/* extract.c: the pipeline of one article: tokens, sentences, mentions (mentions.c), predicates
 * (predicates.c), their arguments (arguments.c) and modality (modality.c), then one relation
 * per source and target handed to the caller's sink. */
#include "actorgraph/extract.h"

#include <string.h>

#include "extract/extract_impl.h"
#include "util/alloc.h"
#include "util/buf.h"

#define MAX_SENTENCE_TOKENS 400

struct ag_extractor {
    const struct ag_lexicon *lex;
    struct ag_tokens tokens;
    struct ag_sentences sents;
    struct ag_sentence_ctx sc;
    struct ag_synth_actors synth;
    struct ag_discourse disc;
    struct ag_buf evidence, trigger;
    long sentences;    /* all sentences seen, headlines included */
    long doc_sentence; /* body sentences of the current article */
};

enum ag_status ag_extractor_new(struct ag_extractor **out, const struct ag_lexicon *lex,
                                struct ag_error *err)
{
    struct ag_extractor *x = ag_calloc(1, sizeof(*x));

    *out = NULL;
    if (!x)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    x->lex = lex;
    x->sc.lex = lex;
    *out = x;
    return AG_OK;
}

void ag_extractor_free(struct ag_extractor *x)
{
    if (!x)
        return;
    ag_tokens_release(&x->tokens);
    ag_sentences_release(&x->sents);
    ag_free(x->sc.m);
    ag_free(x->sc.p);
    ag_synth_release(&x->synth);
    ag_buf_release(&x->evidence);
    ag_buf_release(&x->trigger);
    ag_free(x);
}

long ag_extractor_sentences(const struct ag_extractor *x)
{
    return x->sentences;
}

static enum ag_status emit(struct ag_extractor *x, const struct ag_doc *doc, long sentence_no,
                           const struct ag_pred_span *ps, const struct ag_mention_span *src,
                           const struct ag_mention_span *tgt, const struct ag_cameo *cameo,
                           int negated, const struct ag_extract_sink *sink, struct ag_error *err)
{
    const struct ag_sentence_ctx *s = &x->sc;
    struct ag_relation r;

    /* names the lexicon knows only to keep them from matching shorter ones ("Washington Post",
     * "Pakistani Taliban", "Latin America") are not actors of relations */
    if (strcmp(src->actor->country, tgt->actor->country) == 0 ||
        strcmp(src->actor->kind, "uncoded") == 0 || strcmp(tgt->actor->kind, "uncoded") == 0)
        return AG_OK;
    /* "both sides", "the two countries" in later sentences mean the last pair that related */
    x->disc.rel_pair[0] = src->actor;
    x->disc.rel_pair[1] = tgt->actor;
    if (!negated && cameo->quad_class >= 3) {
        x->disc.attacker[x->disc.conflicts % 4] = src->actor;
        x->disc.attacked[x->disc.conflicts % 4] = tgt->actor;
        x->disc.conflicts++;
    }
    ag_buf_reset(&x->trigger);
    memset(&r, 0, sizeof(r));
    r.doc_id = doc->id;
    r.date = doc->date ? doc->date : "";
    r.sentence = sentence_no;
    r.source = src->actor->id;
    r.source_label = src->actor->label;
    r.source_country = src->actor->country;
    r.target = tgt->actor->id;
    r.target_label = tgt->actor->label;
    r.target_country = tgt->actor->country;
    r.cameo = cameo->code;
    r.event = cameo->name;
    r.quad_class = cameo->quad_class;
    r.goldstein = cameo->goldstein;
    r.negated = negated;
    r.evidence = ag_buf_str(&x->evidence);
    {
        const char *text = s->headline ? doc->title : doc->text;
        const struct ag_token *a = &s->t->tok[ps->first], *b = &s->t->tok[ps->last - 1];
        if (ag_buf_append(&x->trigger, text + a->start, b->end - a->start) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    r.trigger = ag_buf_str(&x->trigger);
    return sink->on_relation ? sink->on_relation(&r, sink->ctx, err) : AG_OK;
}

/* Who last acted against victim's country (of the last four conflict relations), or NULL. */
static const struct ag_actor *last_attacker_of(const struct ag_discourse *d,
                                               const struct ag_actor *victim)
{
    unsigned n;

    for (n = d->conflicts; n > 0 && d->conflicts - n < 4; n--)
        if (strcmp(d->attacked[(n - 1) % 4]->country, victim->country) == 0)
            return d->attacker[(n - 1) % 4];
    return NULL;
}

/* "hit back", "fired back", "retaliated": a response with no object of its own. */
static int retaliation(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    return ps->pred->cameo->quad_class >= 3 &&
           ((ps->last < s->last && ag_tok_is(s->t, ps->last, "back")) ||
            strncmp(ps->pred->phrase, "retaliat", 8) == 0);
}

static enum ag_status relate(struct ag_extractor *x, const struct ag_doc *doc, long sentence_no,
                             const struct ag_pred_span *ps, const struct ag_extract_sink *sink,
                             int *found, struct ag_error *err)
{
    const struct ag_sentence_ctx *s = &x->sc;
    enum ag_modality mod = ag_modality(s, ps);
    const struct ag_cameo *cameo = ag_recode(x->lex, ps->pred->cameo, mod);
    int negated = mod == AG_MOD_NEGATED;
    enum ag_status st = AG_OK;
    const struct ag_actor *last;
    const char *ended;
    struct ag_args a;
    size_t i, j;

    if ((ended = ag_ended_event_code(s, ps)) != NULL && ag_lexicon_cameo(x->lex, ended))
        cameo = ag_lexicon_cameo(x->lex, ended);
    ag_find_args(s, ps, &a);
    /* a noun reading that found its owner settles the span ("the Jeddah talks"): its verb
     * reading is not tried after it */
    *found = (a.nsrc && a.ntgt) || a.pairwise || (a.nsrc && ps->pred->pos == AG_POS_NOUN);
    if (a.nsrc && !a.ntgt && !a.pairwise && retaliation(s, ps) &&
        (last = last_attacker_of(&x->disc, s->m[a.src[0]].actor)) != NULL) {
        /* "India hit back", "the Taliban fired back": at whoever last acted against them */
        struct ag_mention_span attacker;
        memset(&attacker, 0, sizeof(attacker));
        attacker.actor = last;
        long place = ag_place_after(s, ps->last);
        *found = 1;
        for (i = 0; i < a.nsrc && st == AG_OK; i++) {
            st = emit(x, doc, sentence_no, ps, &s->m[a.src[i]], &attacker, cameo, negated, sink,
                      err);
            if (st == AG_OK && place >= 0) /* "struck back in southern Lebanon" */
                st = emit(x, doc, sentence_no, ps, &s->m[a.src[i]], &s->m[place], cameo, negated,
                          sink, err);
        }
        return st;
    }
    if (a.nsrc && !a.pairwise && ag_lexicon_cameo(x->lex, "100")) {
        long d = ag_demander(s, ps, a.src[0]);
        for (i = 0; d >= 0 && i < a.nsrc && st == AG_OK; i++)
            st = emit(x, doc, sentence_no, ps, &s->m[d], &s->m[a.src[i]],
                      ag_lexicon_cameo(x->lex, "100"), 0, sink, err);
    }
    if (a.pairwise) {
        /* a mutual event is written once per pair; "accused each other" goes both ways */
        for (i = 0; i < a.nsrc && st == AG_OK; i++)
            for (j = 0; j < a.nsrc && st == AG_OK; j++)
                if (i < j || (i > j && !ps->pred->mutual))
                    st = emit(x, doc, sentence_no, ps, &s->m[a.src[i]], &s->m[a.src[j]], cameo,
                              negated, sink, err);
        return st;
    }
    for (i = 0; i < a.nsrc && st == AG_OK; i++)
        for (j = 0; j < a.ntgt && st == AG_OK; j++)
            st = emit(x, doc, sentence_no, ps, &s->m[a.src[i]], &s->m[a.tgt[j]], cameo, negated,
                      sink, err);
    return st;
}

static enum ag_status report_mentions(struct ag_extractor *x, const struct ag_doc *doc,
                                      const struct ag_extract_sink *sink, struct ag_error *err)
{
    size_t k;

    if (!sink->on_mention)
        return AG_OK;
    for (k = 0; k < x->sc.nm; k++) {
        const struct ag_mention_span *m = &x->sc.m[k];
        struct ag_mention mm;
        enum ag_status st;
        if (m->pronoun || m->adjectival)
            continue;
        mm.doc_id = doc->id;
        mm.date = doc->date ? doc->date : "";
        mm.actor = m->actor;
        st = sink->on_mention(&mm, sink->ctx, err);
        if (st != AG_OK)
            return st;
    }
    return AG_OK;
}

/* A headline in capitals ("US WARNS CHINA") cannot tell "US" from "us": it is skipped. */
static int all_caps(const struct ag_tokens *t, size_t first, size_t last)
{
    size_t i, words = 0;

    for (i = first; i < last; i++) {
        if (t->tok[i].type != AG_TOK_WORD)
            continue;
        words++;
        if (!(t->tok[i].flags & AG_TF_ALLCAPS) && t->tok[i].len > 1)
            return 0;
    }
    return words > 2;
}

static enum ag_status process(struct ag_extractor *x, const struct ag_doc *doc, const char *text,
                              size_t len, int headline, const struct ag_extract_sink *sink,
                              struct ag_error *err)
{
    size_t si;
    enum ag_status st = AG_OK;

    if (ag_tokenize(&x->tokens, text, len) != 0 ||
        ag_sentences_split(&x->sents, &x->tokens, MAX_SENTENCE_TOKENS) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    for (si = 0; si < x->sents.count && st == AG_OK; si++) {
        struct ag_sentence_ctx *s = &x->sc;
        const struct ag_token *a, *b;
        size_t k;
        long sentence_no = headline ? 0 : ++x->doc_sentence;
        x->sentences++;
        s->t = &x->tokens;
        s->first = x->sents.s[si].first;
        s->last = x->sents.s[si].last;
        s->date = doc->date;
        s->headline = headline;
        if (headline && all_caps(s->t, s->first, s->last))
            continue;
        if (ag_find_mentions(s, &x->synth, &x->disc) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        if (s->nm == 0) { /* no actor: nothing can relate; skip the predicate search */
            ag_discourse_update(&x->disc, s);
            continue;
        }
        if (ag_find_predicates(s) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        s->condition_at = ag_condition_at(s);
        st = report_mentions(x, doc, sink, err);
        a = &s->t->tok[s->first];
        b = &s->t->tok[s->last - 1];
        ag_buf_reset(&x->evidence);
        if (ag_buf_append(&x->evidence, text + a->start, b->end - a->start) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        for (k = 0; k < s->np && st == AG_OK && s->nm >= 1; k++) {
            int found = 0;
            st = relate(x, doc, sentence_no, &s->p[k], sink, &found, err);
            /* skip the other readings of a span once one found its arguments */
            while (found && k + 1 < s->np && s->p[k + 1].alternative)
                k++;
        }
        ag_discourse_update(&x->disc, s);
    }
    return st;
}

enum ag_status ag_extract_doc(struct ag_extractor *x, const struct ag_doc *doc,
                              const struct ag_extract_sink *sink, struct ag_error *err)
{
    enum ag_status st = AG_OK;

    memset(&x->disc, 0, sizeof(x->disc));
    x->doc_sentence = 0;
    if (doc->title && *doc->title)
        st = process(x, doc, doc->title, strlen(doc->title), 1, sink, err);
    if (st == AG_OK && doc->text)
        st = process(x, doc, doc->text, doc->text_len, 0, sink, err);
    return st;
}
