/* mentions.c: which actors a sentence names, and which ones its pronouns point back to. */
#include "extract/extract_impl.h"

#include <string.h>

#include "util/alloc.h"
#include "util/buf.h"

#define MAX_MATCHES 32

/* Kinds that "it"/"its" and "the country" can refer to. */
static int is_collective(const struct ag_actor *a)
{
    return strcmp(a->kind, "leader") != 0 && strcmp(a->kind, "official") != 0;
}

static int is_state(const struct ag_actor *a)
{
    return strcmp(a->kind, "state") == 0 || strcmp(a->kind, "government") == 0;
}

static int is_person(const struct ag_actor *a)
{
    return !is_collective(a);
}

int ag_is_determiner(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"the",  "a",    "an",    "its",   "their", "his",  "her",
                                        "this", "that", "these", "those", "our",   "both", "all",
                                        "some", "any",  "each",  "every", NULL};
    return ag_tok_in(t, i, words);
}

int ag_is_calendar_word(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"monday",    "tuesday", "wednesday", "thursday", "friday",
                                        "saturday",  "sunday",  "january",   "february", "march",
                                        "april",     "may",     "june",      "july",     "august",
                                        "september", "october", "november",  "december", NULL};
    return ag_tok_in(t, i, words);
}

int ag_is_preposition(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {
        "of",        "in",     "on",         "with",  "against", "to",     "from",    "for",
        "by",        "at",     "over",       "about", "near",    "into",   "between", "toward",
        "towards",   "among",  "including",  "like",  "under",   "across", "through", "after",
        "before",    "during", "despite",    "as",    "via",     "within", "without", "behind",
        "beyond",    "amid",   "upon",       "onto",  "outside", "inside", "around",  "along",
        "alongside", "beside", "throughout", NULL};
    return ag_tok_in(t, i, words);
}

int ag_is_be(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"is",    "are", "was", "were", "be",      "been",
                                        "being", "get", "got", "gets", "getting", NULL};
    return ag_tok_in(t, i, words);
}

static int push(struct ag_sentence_ctx *s, size_t first, size_t last, const struct ag_actor *a)
{
    struct ag_mention_span *m;

    if (ag_grow((void **)&s->m, &s->mcap, s->nm + 1, sizeof(*s->m)) != 0)
        return -1;
    m = &s->m[s->nm++];
    memset(m, 0, sizeof(*m));
    m->first = first;
    m->last = last;
    m->actor = a;
    return 0;
}

void ag_synth_release(struct ag_synth_actors *synth)
{
    size_t i;

    for (i = 0; i < synth->count; i++) {
        struct ag_actor *a = synth->items[i];
        ag_free((char *)(uintptr_t)a->id);
        ag_free((char *)(uintptr_t)a->label);
        ag_free(a);
    }
    ag_free(synth->items);
    ag_strmap_release(&synth->by_id);
    memset(synth, 0, sizeof(*synth));
}

/* The actor for a state's role ("Chinese" + "officials" -> CHNGOV): the lexicon's row when there
 * is one, else one made here. Non-state actors stay themselves (NATO forces -> NATO). NULL on
 * out of memory. */
static const struct ag_actor *role_actor(struct ag_synth_actors *synth,
                                         const struct ag_lexicon *lex, const struct ag_actor *state,
                                         const struct ag_role *role)
{
    struct ag_buf id = AG_BUF_INIT, label = AG_BUF_INIT;
    const struct ag_actor *found;
    struct ag_actor *a;
    size_t idx;

    /* non-states stay themselves (NATO forces); suffix "-" means the state itself (Western allies)
     */
    if (strcmp(state->kind, "state") != 0 || strcmp(role->suffix, "-") == 0)
        return state;
    if (ag_buf_printf(&id, "%s%s", state->country, role->suffix) != 0)
        return NULL;
    found = ag_lexicon_actor(lex, id.ptr);
    if (!found && ag_strmap_get(&synth->by_id, id.ptr, id.len, &idx))
        found = synth->items[idx];
    if (found) {
        ag_buf_release(&id);
        return found;
    }
    a = ag_calloc(1, sizeof(*a));
    if (!a || ag_buf_printf(&label, "%s %s", state->label, role->kind) != 0 ||
        ag_grow((void **)&synth->items, &synth->cap, synth->count + 1, sizeof(a)) != 0 ||
        ag_strmap_put(&synth->by_id, id.ptr, id.len, synth->count) != 0) {
        ag_free(a);
        ag_buf_release(&id);
        ag_buf_release(&label);
        return NULL;
    }
    a->id = id.ptr;
    a->label = label.ptr;
    a->country = state->country;
    a->kind = role->kind;
    a->start = a->end = "";
    synth->items[synth->count++] = a;
    return a;
}

/* The name row valid on the article's date among equally long matches; NULL if none is. */
static const struct ag_actor *pick_by_date(const struct ag_sentence_ctx *s,
                                           const struct ag_phrase_match *m, size_t n)
{
    size_t k;

    for (k = 0; k < n && m[k].end == m[0].end; k++) {
        const struct ag_actor *a = ag_lexicon_row(s->lex, m[k].payload);
        if (ag_actor_valid_on(a, s->date))
            return a;
    }
    return NULL;
}

static long role_at(const struct ag_sentence_ctx *s, size_t i, size_t *end);

/* Is token i a finite verb rather than a modifier ("Belarus launched military exercises" is no
 * "Belarus ... military")? Past tenses in -ed (not "armed"), third persons in -s and the
 * common irregular pasts. */
static int verb_form(const struct ag_tokens *t, size_t i)
{
    static const char *const irregular[] = {
        "began", "sent",   "held",   "gave",     "took", "made",    "led",  "won", "told",
        "met",   "struck", "fought", "withdrew", "drew", "brought", "kept", "put", "set",
        "built", "sold",   "bought", "sought",   "ran",  "hit",     "shot", "let", NULL};
    const char *w = ag_tok_lower(t, i);
    size_t len = t->tok[i].len;

    if (ag_tok_in(t, i, irregular))
        return 1;
    if (len > 3 && strcmp(w + len - 2, "ed") == 0)
        return !ag_tok_is(t, i, "armed");
    return len > 3 && w[len - 1] == 's' && w[len - 2] != 's';
}

/* A role noun at i, or after one lower-case modifier ("U.N. peacekeeping troops", "Chinese
 * trade officials"); the modifier may not be a function word. */
static long role_near(const struct ag_sentence_ctx *s, size_t i, size_t *end)
{
    const struct ag_tokens *t = s->t;
    long r = role_at(s, i, end);

    if (r >= 0 || i + 1 >= s->last || t->tok[i].type != AG_TOK_WORD ||
        (t->tok[i].flags & AG_TF_CAP) || ag_is_determiner(t, i) || ag_is_preposition(t, i) ||
        ag_is_be(t, i) || ag_tok_is(t, i, "and") || ag_tok_is(t, i, "or") ||
        ag_tok_is(t, i, "'s") || verb_form(t, i))
        return r;
    return role_at(s, i + 1, end);
}

/* A role noun at token i: its index, and the token after it in *end; -1 if none. */
static long role_at(const struct ag_sentence_ctx *s, size_t i, size_t *end)
{
    struct ag_phrase_match m[MAX_MATCHES];
    size_t n;

    if (i >= s->last)
        return -1;
    n = ag_phrases_match(&s->lex->role_nouns, s->t, i, s->last, m, MAX_MATCHES);
    if (!n)
        return -1;
    *end = m[0].end;
    return (long)m[0].payload;
}

static int name_at(const struct ag_sentence_ctx *s, size_t i)
{
    struct ag_phrase_match m[4];
    return i < s->last && ag_phrases_match(&s->lex->names, s->t, i, s->last, m, 4) > 0;
}

/* Capitalised only because it starts the sentence ("Yesterday Jordan said", "On Monday ..."):
 * function words and common openers, not a first name. */
static int sentence_opener(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {
        "yesterday",   "today", "tonight", "meanwhile", "separately", "earlier", "later",
        "now",         "then",  "also",    "however",   "still",      "last",    "next",
        "thus",        "but",   "and",     "so",        "while",      "when",    "after",
        "before",      "since", "as",      "if",        "in",         "on",      "at",
        "by",          "for",   "with",    "from",      "to",         "of",      "neighbouring",
        "neighboring", "why",   "how",     "where",     "both",       "only",    "even",
        "that",        "this",  "there",   "here",      NULL};
    size_t len = t->tok[i].len;
    const char *w = ag_tok_lower(t, i);

    return ag_is_determiner(t, i) || (len > 2 && strcmp(w + len - 2, "ly") == 0) ||
           ag_tok_in(t, i, words);
}

/* A capitalised word right after a one-word place name makes it part of a longer proper noun
 * (Washington Post, Georgia Tech, Jordan River); a capitalised word before it makes it a
 * person's surname (Michael Jordan). Headlines capitalise everything, so they are exempt. */
static int inside_other_proper_noun(const struct ag_sentence_ctx *s, size_t i, size_t end,
                                    const struct ag_actor *a)
{
    const struct ag_tokens *t = s->t;
    size_t dummy;

    if (s->headline || end - i != 1 || !is_state(a))
        return 0;
    if (end < s->last && (t->tok[end].flags & AG_TF_CAP) && t->tok[end].type == AG_TOK_WORD &&
        !(t->tok[end].flags & AG_TF_ALLCAPS) && role_at(s, end, &dummy) < 0 && !name_at(s, end))
        return 1;
    if (i > s->first && (t->tok[i - 1].flags & AG_TF_CAP) && t->tok[i - 1].type == AG_TOK_WORD &&
        !(t->tok[i - 1].flags & AG_TF_ALLCAPS) && role_at(s, i - 1, &dummy) < 0 &&
        !name_at(s, i - 1) && !(i - 1 == s->first && sentence_opener(t, i - 1)) &&
        !ag_is_calendar_word(t, i - 1)) { /* "On Tuesday India hit back" */
        /* "in Jordan" is fine, "Michael Jordan" is not: only a capitalised non-actor word counts */
        return 1;
    }
    return 0;
}

/* Names that are ordinary words unless a determiner precedes them ("the West"). */
static int needs_article(const struct ag_sentence_ctx *s, size_t i, size_t end)
{
    return end - i == 1 && strcmp(ag_tok_form(s->t, i), "West") == 0 &&
           !(i > s->first && ag_tok_is(s->t, i - 1, "the"));
}

/* "Washington's military operations": the role noun begins an event phrase, not an actor. */
static int starts_longer_predicate(const struct ag_sentence_ctx *s, size_t i, size_t role_end)
{
    struct ag_phrase_match m[MAX_MATCHES];
    size_t n = ag_phrases_match(&s->lex->predicates, s->t, i, s->last, m, MAX_MATCHES);
    return n > 0 && m[0].end > role_end;
}

/* A name (with an optional role after it) at i; returns the next token, or i when none. */
static size_t scan_name(struct ag_sentence_ctx *s, size_t i, struct ag_synth_actors *synth,
                        int *oom)
{
    const struct ag_tokens *t = s->t;
    struct ag_phrase_match m[MAX_MATCHES];
    size_t n = ag_phrases_match(&s->lex->names, t, i, s->last, m, MAX_MATCHES), end, k, rend;
    const struct ag_actor *a;
    int poss = 0;
    long role;

    if (!n)
        return i;
    end = m[0].end;
    a = pick_by_date(s, m, n);
    if (!a || needs_article(s, i, end) || inside_other_proper_noun(s, i, end, a))
        return end; /* out of office on this date, or not this actor: consume, no mention */
    k = end;
    if (k < s->last &&
        (ag_tok_is(t, k, "'s") || (ag_tok_is(t, k, "'") && !(t->tok[k].flags & AG_TF_SPACE)))) {
        poss = 1;
        k++;
    }
    role = role_near(s, k, &rend);
    if (role >= 0 && !name_at(s, rend) && !starts_longer_predicate(s, k, rend)) {
        const struct ag_role *r = &s->lex->roles[role];
        const struct ag_actor *state = a;
        if (is_person(a)) /* "Biden officials", "Putin's government" */
            state = ag_lexicon_actor(s->lex, a->country);
        if (state) {
            a = role_actor(synth, s->lex, state, r);
            if (!a) {
                *oom = 1;
                return end;
            }
            if (push(s, i, rend, a) != 0)
                *oom = 1;
            return rend;
        }
    }
    if (push(s, i, end, a) != 0) {
        *oom = 1;
        return end;
    }
    s->m[s->nm - 1].possessive = poss;
    return end;
}

/* A nationality adjective at i ("Chinese officials", "Russian invasion"). */
static size_t scan_demonym(struct ag_sentence_ctx *s, size_t i, struct ag_synth_actors *synth,
                           int *oom)
{
    const struct ag_tokens *t = s->t;
    struct ag_phrase_match m[MAX_MATCHES];
    size_t n = ag_phrases_match(&s->lex->demonyms, t, i, s->last, m, MAX_MATCHES), end, rend;
    const struct ag_actor *state;
    long role;

    if (!n)
        return i;
    end = m[0].end;
    state = ag_lexicon_actor(s->lex, s->lex->demonym_country[m[0].payload]);
    if (!state)
        return end;
    role = role_near(s, end, &rend);
    if (role >= 0 && !starts_longer_predicate(s, end, rend)) {
        const struct ag_actor *a;
        if (name_at(s, rend)) /* a title: "Chinese President Xi Jinping" */
            return rend;
        a = role_actor(synth, s->lex, state, &s->lex->roles[role]);
        if (!a || push(s, i, rend, a) != 0)
            *oom = 1;
        return rend;
    }
    if (push(s, i, end, state) != 0) {
        *oom = 1;
        return end;
    }
    s->m[s->nm - 1].adjectival = 1;
    (void)t;
    return end;
}

int ag_mention_is_object(const struct ag_sentence_ctx *s, size_t k)
{
    size_t i = s->m[k].first, j;
    size_t dummy;

    /* a coordination is judged by its first member: "with Qatar and Egypt" */
    for (j = 0; s->m[k].group && j < k; j++)
        if (s->m[j].group == s->m[k].group) {
            i = s->m[j].first;
            break;
        }
    while (i > s->first && ag_is_determiner(s->t, i - 1))
        i--;
    if (i == s->first || !ag_is_preposition(s->t, i - 1) || ag_tok_is(s->t, i - 1, "as"))
        return 0;
    /* "the ambassadors of the United States": the role noun before "of" makes it the head */
    return !(ag_tok_is(s->t, i - 1, "of") && i >= s->first + 2 && role_at(s, i - 2, &dummy) >= 0);
}

/* Mentions k and k+1 joined by "and" (before coordinations are numbered). */
static int coordinated_pair(const struct ag_sentence_ctx *s, size_t k)
{
    const struct ag_mention_span *p = &s->m[k], *m = &s->m[k + 1];
    return !p->adjectival && !m->adjectival && m->first == p->last + 1 &&
           ag_tok_is(s->t, p->last, "and") && strcmp(p->actor->country, m->actor->country) != 0;
}

static const char *const pair_nouns[] = {
    "countries", "nations", "sides",    "governments", "leaders", "neighbours", "neighbors",
    "states",    "allies",  "partners", "rivals",      "powers",  "capitals",   NULL};

static int is_pair_noun(const struct ag_tokens *t, size_t i)
{
    size_t k;

    for (k = 0; pair_nouns[k]; k++)
        if (ag_tok_is(t, i, pair_nouns[k]))
            return 1;
    return 0;
}

static int relational_noun(const struct ag_tokens *t, size_t i)
{
    return ag_tok_is(t, i, "allies") || ag_tok_is(t, i, "partners") || ag_tok_is(t, i, "rivals") ||
           ag_tok_is(t, i, "neighbours") || ag_tok_is(t, i, "neighbors");
}

/* "the government of Japan", "the two sides in Kyiv": the words after name the actor. */
static int followed_by_owner(const struct ag_sentence_ctx *s, size_t i)
{
    return i + 1 < s->last && (ag_tok_is(s->t, i, "of") || ag_tok_is(s->t, i, "in")) &&
           name_at(s, i + 1 + (ag_is_determiner(s->t, i + 1) ? 1 : 0));
}

/* The kind of actor a definite description ("the regime", "the rebels", "the bloc") points
 * back to ("state", "group", "igo"), or NULL when token i is no such word. */
static const char *description_kind(const struct ag_tokens *t, size_t i)
{
    static const char *const state_words[] = {
        "regime",   "government",  "administration", "junta",   "kingdom",
        "republic", "authorities", "leadership",     "country", NULL};
    static const char *const group_words[] = {"rebels",  "militants", "insurgents", "fighters",
                                              "militia", "group",     "movement",   NULL};
    static const char *const org_words[] = {"bloc",         "alliance", "organisation",
                                            "organization", "union",    NULL};
    size_t k;

    for (k = 0; state_words[k]; k++)
        if (ag_tok_is(t, i, state_words[k]))
            return "state";
    for (k = 0; group_words[k]; k++)
        if (ag_tok_is(t, i, group_words[k]))
            return "group";
    for (k = 0; org_words[k]; k++)
        if (ag_tok_is(t, i, org_words[k]))
            return "igo";
    return NULL;
}

static const struct ag_actor *remembered_of(const struct ag_discourse *d, const char *kind)
{
    return strcmp(kind, "state") == 0   ? d->last_state
           : strcmp(kind, "group") == 0 ? d->last_group
                                        : d->last_org;
}

/* "The West has rejected it": an object "it" is not its own clause's subject; when that subject
 * is the only candidate in the sentence, it points back to the previous sentence. An "it"
 * followed by an auxiliary ("said it had fired") is a subject. */
static int object_pronoun(const struct ag_sentence_ctx *s, size_t i)
{
    static const char *const aux[] = {"has",  "had",   "have",    "is",  "was",  "were",  "are",
                                      "will", "would", "could",   "can", "may",  "might", "should",
                                      "must", "did",   "does",    "do",  "also", "still", "then",
                                      "now",  "never", "already", "'s",  "'d",   "'ll",   NULL};
    const struct ag_tokens *t = s->t;
    size_t k;

    if (!ag_tok_is(t, i, "it") || i == s->first || t->tok[i - 1].type != AG_TOK_WORD)
        return 0;
    if (i + 1 < s->last)
        for (k = 0; aux[k]; k++)
            if (ag_tok_is(t, i + 1, aux[k]))
                return 0;
    return 1;
}

/* Is mention k the subject of the verb right before token i ("The West has rejected it")? */
static int subject_of_verb_before(const struct ag_sentence_ctx *s, size_t k, size_t i)
{
    size_t j;

    if (i - s->m[k].last > 3)
        return 0;
    for (j = s->m[k].last; j < i; j++)
        if (s->t->tok[j].type != AG_TOK_WORD || ag_tok_is(s->t, j, "and") ||
            ag_tok_is(s->t, j, "that") || ag_tok_is(s->t, j, "or"))
            return 0;
    return 1;
}

/* "Ukraine's energy minister said the country would ...": an earlier actor of the same kind in
 * the sentence comes before the discourse memory (remembered is what the memory offers; kind
 * is "state", "group" or "igo"). A state's body stands for its state. */
static const struct ag_actor *description_in_sentence(const struct ag_sentence_ctx *s,
                                                      const char *kind,
                                                      const struct ag_actor *remembered)
{
    size_t k;

    for (k = s->nm; k > 0; k--) {
        const struct ag_actor *a = s->m[k - 1].actor;
        int state_like = is_collective(a) && strcmp(a->kind, "igo") != 0 &&
                         strcmp(a->kind, "group") != 0 && strcmp(a->kind, "bloc") != 0;
        if (s->m[k - 1].adjectival || s->m[k - 1].pronoun || ag_mention_is_object(s, k - 1))
            continue;
        if (strcmp(kind, "state") == 0 && (state_like || is_person(a))) {
            const struct ag_actor *st = ag_lexicon_actor(s->lex, a->country);
            return st ? st : a;
        }
        if (strcmp(a->kind, kind) == 0)
            return a;
    }
    return remembered;
}

/* The first acting actor of the sentence so far (not a bare nationality or an object). */
static const struct ag_actor *sentence_subject(const struct ag_sentence_ctx *s)
{
    size_t k;

    for (k = 0; k < s->nm; k++)
        if (!s->m[k].adjectival && !ag_mention_is_object(s, k))
            return s->m[k].actor;
    return NULL;
}

/* Pronouns and definite descriptions; returns the next token, or i when none. */
static size_t scan_reference(struct ag_sentence_ctx *s, size_t i, const struct ag_discourse *d,
                             struct ag_synth_actors *synth, int *oom)
{
    const struct ag_tokens *t = s->t;
    const struct ag_actor *a = NULL, *b = NULL;
    size_t end = i + 1, k;
    int poss = 0;

    if (ag_tok_is(t, i, "it") || ag_tok_is(t, i, "its")) {
        poss = ag_tok_is(t, i, "its");
        /* "it is", "it was": usually not a reference to an actor */
        if (!poss && end < s->last && (ag_is_be(t, end) || ag_tok_is(t, end, "'s")))
            return end;
        /* the nearest earlier actor that is not the object of a preposition ("the EU stood
         * with Poland and said it would ...": it is the EU) */
        for (k = s->nm; k > 0 && !a; k--)
            if (!s->m[k - 1].adjectival && is_collective(s->m[k - 1].actor) &&
                !ag_mention_is_object(s, k - 1) &&
                !(object_pronoun(s, i) && subject_of_verb_before(s, k - 1, i)))
                a = s->m[k - 1].actor;
        if (!a && d->last_subject && is_collective(d->last_subject))
            a = d->last_subject;
    } else if (ag_tok_is(t, i, "he") || ag_tok_is(t, i, "his") || ag_tok_is(t, i, "she") ||
               ag_tok_is(t, i, "her") || ag_tok_is(t, i, "him")) {
        poss = ag_tok_is(t, i, "his") || ag_tok_is(t, i, "her");
        for (k = s->nm; k > 0 && !a; k--)
            if (is_person(s->m[k - 1].actor))
                a = s->m[k - 1].actor;
        /* "Putin met Xi. He praised ...": the last subject before the last person named */
        if (!a)
            a = d->last_subject && is_person(d->last_subject) ? d->last_subject : d->last_person;
    } else if ((ag_tok_is(t, i, "those") || ag_tok_is(t, i, "these")) && i + 2 < s->last &&
               ag_tok_is(t, i + 1, "two") && is_pair_noun(t, i + 2)) {
        a = d->pair[0];
        b = d->pair[1];
        end = i + 3;
    } else if (i >= s->first + 3 && s->nm && s->m[s->nm - 1].last == i - 2 &&
               (t->tok[i - 2].flags & AG_TF_JOINED) && ag_tok_is(t, i - 2, "-") &&
               description_kind(t, i)) {
        /* "the Iran-backed group": the description after a hyphenated modifier */
        const char *kind = description_kind(t, i);
        a = description_in_sentence(s, kind, remembered_of(d, kind));
        if (a == s->m[s->nm - 1].actor)
            a = remembered_of(d, kind);
        end = i + 1;
    } else if (ag_tok_is(t, i, "the") && i + 1 < s->last && ag_tok_is(t, i + 1, "island")) {
        /* "Beijing held drills around the island": the last country named that is not the
         * sentence's acting subject */
        const struct ag_actor *subject = sentence_subject(s);
        for (k = s->nm; k > 0 && !a; k--)
            if (!s->m[k - 1].adjectival && is_state(s->m[k - 1].actor) &&
                (!subject || strcmp(s->m[k - 1].actor->country, subject->country) != 0))
                a = s->m[k - 1].actor;
        if (!a) {
            a = d->recent[0];
            if (a && subject && strcmp(a->country, subject->country) == 0)
                a = d->recent[1];
        }
        end = i + 2;
    } else if (ag_tok_is(t, i, "the") && i + 1 < s->last && description_kind(t, i + 1) &&
               !followed_by_owner(s, i + 2)) {
        /* "the regime", "the rebels": the nearest actor of that kind in the sentence, else the
         * last one of the text, unless a name follows ("the government in Kyiv") */
        const char *kind = description_kind(t, i + 1);
        a = description_in_sentence(s, kind, remembered_of(d, kind));
        end = i + 2;
    } else if (ag_tok_is(t, i, "the") && i + 2 < s->last && ag_tok_is(t, i + 1, "two") &&
               is_pair_noun(t, i + 2) &&
               (relational_noun(t, i + 2) || !followed_by_owner(s, i + 3))) {
        /* "the two countries of the region" name their own actors; "the two allies of the
         * United States" are still the pair, allied to a third */
        /* "Qatar and Egypt, the two countries that ...": a pair just named in the sentence;
         * else "the two leaders" are the last two people, the others the last pair */
        int people = ag_tok_is(t, i + 2, "leaders") && d->persons[1];
        a = people ? d->persons[0] : d->pair[0];
        b = people ? d->persons[1] : d->pair[1];
        for (k = s->nm; k >= 2; k--)
            if (coordinated_pair(s, k - 2) && s->m[k - 1].last + 2 >= i) {
                a = s->m[k - 2].actor;
                b = s->m[k - 1].actor;
                break;
            }
        end = i + 3;
    } else if (ag_tok_is(t, i, "the") && i + 1 < s->last &&
               (ag_tok_is(t, i + 1, "sides") || ag_tok_is(t, i + 1, "parties") ||
                (i + 2 < s->last && ag_tok_is(t, i + 1, "warring") &&
                 (ag_tok_is(t, i + 2, "sides") || ag_tok_is(t, i + 2, "parties"))))) {
        /* "talks between the sides", "the warring parties": the last related pair */
        a = d->rel_pair[0] ? d->rel_pair[0] : d->pair[0];
        b = d->rel_pair[0] ? d->rel_pair[1] : d->pair[1];
        end = ag_tok_is(t, i + 1, "warring") ? i + 3 : i + 2;
    } else if (ag_tok_is(t, i, "both") && i + 1 < s->last &&
               (ag_tok_is(t, i + 1, "sides") || ag_tok_is(t, i + 1, "countries") ||
                ag_tok_is(t, i + 1, "nations") || ag_tok_is(t, i + 1, "governments"))) {
        /* "both sides" are the parties of the last relation; "both countries" the last pair */
        int sides = ag_tok_is(t, i + 1, "sides") && d->rel_pair[0];
        a = sides ? d->rel_pair[0] : d->pair[0];
        b = sides ? d->rel_pair[1] : d->pair[1];
        end = i + 2;
    } else if (ag_tok_is(t, i, "they") || ag_tok_is(t, i, "their") || ag_tok_is(t, i, "them")) {
        poss = ag_tok_is(t, i, "their");
        /* a coordinated subject earlier in this sentence ("Mali and Burkina Faso warned that
         * they ..."), else the last pair of the text */
        for (k = 0; k + 1 < s->nm && !a; k++)
            if (coordinated_pair(s, k) && !ag_mention_is_object(s, k)) {
                a = s->m[k].actor;
                b = s->m[k + 1].actor;
            }
        /* "The Houthis launched drones, saying they ...": a group that is this sentence's
         * subject */
        if (!a && s->nm && !s->m[0].pronoun && !ag_mention_is_object(s, 0) &&
            strcmp(s->m[0].actor->kind, "group") == 0)
            a = s->m[0].actor;
        if (!a && d->pair_age <= 1) {
            a = d->pair[0];
            b = d->pair[1];
        }
    }
    if (!a)
        return (end > i + 1) ? end : i;
    if (!b && end < s->last && (poss || ag_tok_is(t, end, "'s"))) {
        /* "its forces", "the country's army": the role of the state referred to */
        size_t from = poss ? end : end + 1, rend;
        long role = role_near(s, from, &rend);
        const struct ag_actor *state = ag_lexicon_actor(s->lex, a->country);
        if (role >= 0 && state && !name_at(s, rend)) {
            const struct ag_actor *r = role_actor(synth, s->lex, state, &s->lex->roles[role]);
            if (!r) {
                *oom = 1;
                return end;
            }
            a = r;
            end = rend;
            poss = 0;
        }
    }
    if (push(s, i, end, a) != 0) {
        *oom = 1;
        return end;
    }
    s->m[s->nm - 1].pronoun = 1;
    s->m[s->nm - 1].possessive = poss;
    if (b && b != a) {
        /* both members of the pair, as one coordination */
        if (push(s, i, end, b) != 0) {
            *oom = 1;
            return end;
        }
        s->m[s->nm - 1].pronoun = 1;
        s->m[s->nm - 1].possessive = poss;
        s->m[s->nm - 2].group = s->m[s->nm - 1].group = -1; /* renumbered below */
    }
    return end;
}

/* "agrees with US that Congo needs": that/this/these/those do not join a coordination. */
static int demonstrative(const struct ag_tokens *t, size_t j)
{
    return ag_tok_is(t, j, "that") || ag_tok_is(t, j, "this") || ag_tok_is(t, j, "these") ||
           ag_tok_is(t, j, "those");
}

/* "the army and the paramilitary Rapid Support Forces": one lower-case word right before the
 * second member, after "and" and a determiner, describes it. */
static int coordination_adjective(const struct ag_sentence_ctx *s, size_t j, size_t member)
{
    const struct ag_tokens *t = s->t;
    return j + 1 == member && j >= s->first + 2 && t->tok[j].type == AG_TOK_WORD &&
           !(t->tok[j].flags & AG_TF_CAP) && ag_is_determiner(t, j - 1) &&
           ag_tok_is(t, j - 2, "and");
}

/* X and Y, X, Y and Z, X as well as Y: the same group number. */
static void group_coordinations(struct ag_sentence_ctx *s)
{
    const struct ag_tokens *t = s->t;
    int next_group = 1;
    size_t k;

    for (k = 0; k < s->nm; k++) {
        struct ag_mention_span *m = &s->m[k];
        if (m->group == -1) {
            /* a resolved pair: this and the next share a group */
            m->group = s->m[k + 1].group = next_group++;
            k++;
            continue;
        }
        if (k > 0 && !m->pronoun) {
            const struct ag_mention_span *p = &s->m[k - 1];
            size_t gap = m->first - p->last, j;
            int joins = gap >= 1 && gap <= 4 && p->adjectival == m->adjectival;
            for (j = p->last; joins && j < m->first; j++)
                if (!ag_tok_is(t, j, "and") && !ag_tok_is(t, j, ",") &&
                    !(ag_tok_is(t, j, "as") && ag_tok_is(t, j + 1, "well")) &&
                    !(ag_tok_is(t, j, "well") && ag_tok_is(t, j + 1, "as")) &&
                    !(ag_tok_is(t, j, "as") && ag_tok_is(t, j - 1, "well")) &&
                    !ag_tok_is(t, j, "other") && !ag_tok_is(t, j, "fellow") &&
                    !(ag_is_determiner(t, j) && !demonstrative(t, j)) &&
                    !coordination_adjective(s, j, m->first))
                    joins = 0;
            if (joins && gap == 1 && ag_tok_is(t, p->last, ",")) {
                /* "X, Y and Z" is a list; "X, Y said" is not (an apposition or a new clause) */
                size_t n = m->last;
                joins = 0;
                if (k + 1 < s->nm && s->m[k + 1].first > n && s->m[k + 1].first - n <= 2) {
                    joins = 1;
                    for (j = n; j < s->m[k + 1].first; j++)
                        if (!ag_tok_is(t, j, ",") && !ag_tok_is(t, j, "and"))
                            joins = 0;
                }
            }
            if (joins && ag_tok_is(t, p->last, ",") && !p->group) {
                /* ", and" ends a list only when a list came before ("Russia, China, and
                 * Iran"); after a single actor it starts a new clause ("a meeting of the
                 * Security Council, and China urged ...") */
                for (j = p->last; j < m->first && joins; j++)
                    if (ag_tok_is(t, j, "and"))
                        joins = 0;
            }
            if (joins) {
                if (!p->group)
                    s->m[k - 1].group = next_group++;
                m->group = s->m[k - 1].group;
            }
        }
    }
}

/* "Polish and Belarusian soldiers": the role after the last nationality applies to each. */
static int share_roles(struct ag_sentence_ctx *s, struct ag_synth_actors *synth)
{
    size_t k;

    for (k = s->nm; k >= 2; k--) {
        struct ag_mention_span *p = &s->m[k - 2];
        const struct ag_mention_span *m = &s->m[k - 1];
        const struct ag_actor *a;
        size_t rend;
        long role;
        if (!p->adjectival || m->adjectival || m->first != p->last + 1 ||
            (!ag_tok_is(s->t, p->last, "and") && !ag_tok_is(s->t, p->last, ",")))
            continue;
        /* the role noun ends m: find it after m's nationality */
        role = role_at(s, m->last - 1, &rend);
        if (role < 0 || rend != m->last) {
            size_t j;
            for (j = m->first + 1, role = -1; j < m->last && role < 0; j++)
                if ((role = role_at(s, j, &rend)) >= 0 && rend != m->last)
                    role = -1;
        }
        if (role < 0)
            continue;
        a = role_actor(synth, s->lex, p->actor, &s->lex->roles[role]);
        if (!a)
            return -1;
        p->actor = a;
        p->adjectival = 0;
    }
    return 0;
}

int ag_is_speech_verb(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"said",      "says",     "told",     "added",     "stated",
                                        "declared",  "insisted", "wrote",    "noted",     "argued",
                                        "continued", "warned",   "stressed", "announced", NULL};
    return ag_tok_in(t, i, words);
}

/* Who speaks the quotation of the sentence: "..., said X", "..., X said", "X said: ...". */
static long quote_speaker(const struct ag_sentence_ctx *s)
{
    const struct ag_tokens *t = s->t;
    size_t i, k;

    for (i = s->first; i + 1 < s->last; i++) {
        if (!ag_is_speech_verb(t, i))
            continue;
        /* the actor right after the verb ("said a Philippine task force") or right before it */
        for (k = 0; k < s->nm; k++) {
            const struct ag_mention_span *m = &s->m[k];
            if (m->adjectival || m->pronoun)
                continue;
            if ((m->first > i && m->first <= i + 3) || m->last == i)
                return (long)k;
        }
    }
    return -1;
}

/* "we", "our", "us" inside quotation marks are the speaker's country. */
static int resolve_first_person(struct ag_sentence_ctx *s)
{
    const struct ag_tokens *t = s->t;
    const struct ag_actor *speaker, *state;
    size_t i, last_quote = s->first, k;
    long sk;
    int quotes = 0;

    for (i = s->first; i < s->last; i++)
        if (ag_tok_is(t, i, "\"")) {
            quotes++;
            last_quote = i;
        }
    if (!quotes || (sk = quote_speaker(s)) < 0)
        return 0;
    speaker = s->m[sk].actor;
    state = is_person(speaker) ? ag_lexicon_actor(s->lex, speaker->country) : speaker;
    if (!state)
        return 0;
    for (i = s->first; i < last_quote; i++) {
        if (!ag_tok_is(t, i, "we") && !ag_tok_is(t, i, "our") && !ag_tok_is(t, i, "us"))
            continue;
        if (ag_grow((void **)&s->m, &s->mcap, s->nm + 1, sizeof(*s->m)) != 0)
            return -1;
        for (k = s->nm; k > 0 && s->m[k - 1].first > i; k--)
            s->m[k] = s->m[k - 1];
        memset(&s->m[k], 0, sizeof(s->m[k]));
        s->m[k].first = i;
        s->m[k].last = i + 1;
        s->m[k].actor = state;
        s->m[k].pronoun = 1;
        s->m[k].possessive = ag_tok_is(t, i, "our");
        s->nm++;
    }
    return 0;
}

int ag_find_mentions(struct ag_sentence_ctx *s, struct ag_synth_actors *synth,
                     struct ag_discourse *d)
{
    size_t i = s->first;
    int oom = 0;

    s->nm = 0;
    while (i < s->last && !oom) {
        size_t next = scan_name(s, i, synth, &oom);
        if (next == i)
            next = scan_demonym(s, i, synth, &oom);
        if (next == i)
            next = scan_reference(s, i, d, synth, &oom);
        i = next == i ? i + 1 : next;
    }
    if (oom || share_roles(s, synth) != 0 || resolve_first_person(s) != 0)
        return -1;
    group_coordinations(s);
    return 0;
}

long ag_mention_at(const struct ag_sentence_ctx *s, size_t i)
{
    size_t k;

    for (k = 0; k < s->nm; k++)
        if (s->m[k].first == i)
            return (long)k;
    return -1;
}

static void remember_country(struct ag_discourse *d, const struct ag_actor *a)
{
    if (d->recent[0] && strcmp(d->recent[0]->country, a->country) == 0)
        return;
    d->recent[1] = d->recent[0];
    d->recent[0] = a;
}

/* A coordination or hyphenated pair of two countries starting at mention k, not the object of a
 * preposition ("Japan and South Korea agreed", "the Japan-South Korea summit"). */
static int subject_pair(const struct ag_sentence_ctx *s, size_t k)
{
    const struct ag_mention_span *m = &s->m[k], *n;

    if (k + 1 >= s->nm || m->pronoun || m->adjectival)
        return 0;
    n = &s->m[k + 1];
    if (n->pronoun || strcmp(m->actor->country, n->actor->country) == 0)
        return 0;
    if (n->first == m->last + 1 && ag_tok_is(s->t, m->last, "-") &&
        (s->t->tok[m->last].flags & AG_TF_JOINED))
        return 1;
    return m->group && n->group == m->group && !ag_mention_is_object(s, k);
}

void ag_discourse_update(struct ag_discourse *d, const struct ag_sentence_ctx *s)
{
    size_t k;
    int first = 1;

    d->pair_age++; /* a pair set by a relation of this sentence (age -1) becomes 0 */
    for (k = 0; k < s->nm; k++) {
        const struct ag_mention_span *m = &s->m[k];
        const struct ag_actor *a = m->actor;
        if (m->adjectival)
            continue;
        if (first) {
            d->last_subject = a;
            first = 0;
        }
        if (is_person(a)) {
            d->last_person = a;
            if (!d->persons[0] || strcmp(d->persons[0]->country, a->country) != 0) {
                d->persons[1] = d->persons[0];
                d->persons[0] = a;
            }
        } else if (strcmp(a->kind, "igo") == 0) {
            d->last_org = a;
        } else if (strcmp(a->kind, "group") == 0) {
            d->last_group = a;
        }
        if (is_collective(a) && strcmp(a->kind, "igo") != 0 && strcmp(a->kind, "group") != 0)
            d->last_state = a;
        if (!m->pronoun)
            remember_country(d, a);
        if (subject_pair(s, k)) {
            d->pair[0] = a;
            d->pair[1] = s->m[k + 1].actor;
            d->pair_age = 0;
        }
    }
    if (!d->pair[0] && d->recent[1]) {
        d->pair[0] = d->recent[1];
        d->pair[1] = d->recent[0];
        d->pair_age = 0;
    }
}
