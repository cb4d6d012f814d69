/* arguments.c: who acts on whom for one predicate: its subject to the left (across
 * appositions, relative clauses, asides and coordinated verbs), its object after it or after
 * its preposition, passive agents, the owners of event nouns, designations, mediators and
 * places of military action. The rules are listed in the README, "How extraction works". */
#include "extract/extract_impl.h"

#include <string.h>

#define SUBJECT_REACH 40 /* tokens scanned left for a subject */
#define OBJECT_REACH  10 /* tokens scanned right for a preposition and its object */

/* Mention whose last token is j, or -1. */
long ag_mention_ending_at(const struct ag_sentence_ctx *s, size_t j)
{
    size_t k;

    for (k = s->nm; k > 0; k--)
        if (s->m[k - 1].last == j + 1)
            return (long)(k - 1);
    return -1;
}

/* Is token i the start of a predicate span (an event noun an adjective can modify)? */
static int predicate_starts_at(const struct ag_sentence_ctx *s, size_t i)
{
    size_t k;

    for (k = 0; k < s->np; k++)
        if (s->p[k].first == i)
            return 1;
    return 0;
}

/* Does a predicate start in tokens [from, to)? Then an actor before it belongs to that one. */
static int predicate_between(const struct ag_sentence_ctx *s, size_t from, size_t to)
{
    size_t k;

    for (k = 0; k < s->np; k++)
        if (s->p[k].first >= from && s->p[k].first < to)
            return 1;
    return 0;
}

/* A mention can be an argument unless it is a bare adjective that modifies nothing relational. */
static int usable(const struct ag_sentence_ctx *s, long k)
{
    const struct ag_mention_span *m = &s->m[k];

    /* "Iran-backed militants", "a US-made drone": the actor only modifies another word */
    if (m->last + 1 < s->last && ag_tok_is(s->t, m->last, "-") &&
        (s->t->tok[m->last].flags & AG_TF_JOINED) && ag_mention_at(s, m->last + 1) < 0)
        return 0;
    return !m->adjectival || predicate_starts_at(s, m->last);
}

/* The mention at k plus the others of its coordination. */
static void take_group(const struct ag_sentence_ctx *s, long k, size_t *out, size_t *n)
{
    size_t j;

    if (!s->m[k].group) {
        out[(*n)++] = (size_t)k;
        return;
    }
    for (j = 0; j < s->nm && *n < AG_MAX_ARGS; j++)
        if (s->m[j].group == s->m[k].group)
            out[(*n)++] = j;
}

int ag_is_clause_break(const struct ag_tokens *t, size_t i)
{
    return ag_tok_is(t, i, ";") || ag_tok_is(t, i, ":") || ag_tok_is(t, i, "--") ||
           ag_tok_is(t, i, "(") || ag_tok_is(t, i, ")");
}

/* Words that may sit between a subject and its verb without changing who acts. */
static int is_verb_group_word(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {
        "has",      "have",     "had",        "is",         "are",         "was",        "were",
        "will",     "would",    "did",        "does",       "do",          "not",        "n't",
        "also",     "already",  "reportedly", "repeatedly", "recently",    "then",       "now",
        "still",    "again",    "later",      "jointly",    "formally",    "officially", "publicly",
        "strongly", "sharply",  "to",         "yet",        "never",       "further",    "could",
        "may",      "might",    "can",        "should",     "must",        "been",       "be",
        "being",    "swiftly",  "quickly",    "once",       "effectively", "directly",   "openly",
        "firmly",   "fiercely", "also",       "'ll",        "'ve",         "'d",         "all",
        "both",     NULL};
    return ag_tok_in(t, i, words);
}

static int ing_form(const struct ag_tokens *t, size_t i)
{
    size_t len = t->tok[i].len;
    return i < t->count && len > 4 && strcmp(ag_tok_lower(t, i) + len - 3, "ing") == 0;
}

/* Is token i a lower-case content word that can head a subject ("voters", "treaty")? Time
 * words, adverbs and function words are not. */
static int plain_noun_subject(const struct ag_sentence_ctx *s, size_t i)
{
    static const char *const transparent[] = {
        "week",      "weeks",   "month",      "months",     "year",        "years",
        "night",     "weekend", "morning",    "evening",    "afternoon",   "today",
        "yesterday", "day",     "days",       "ago",        "earlier",     "later",
        "again",     "also",    "too",        "then",       "now",         "first",
        "finally",   "once",    "twice",      "who",        "which",       "that",
        "and",       "but",     "or",         "nor",        "to",          "not",
        "never",     "n't",     "previously", "meanwhile",  "however",     "instead",
        "together",  "jointly", "itself",     "themselves", "alone",       "both",
        "all",       "each",    "likewise",   "otherwise",  "nonetheless", "nevertheless",
        "soon",      "often",   "always",     "just",       "even",        "still",
        "already",   "yet",     "thus",       "therefore",  "since",       "subsequently",
        "back",      NULL};
    const struct ag_tokens *t = s->t;
    const char *w = ag_tok_lower(t, i);
    size_t len = t->tok[i].len;
    struct ag_phrase_match m[4];

    if (t->tok[i].type != AG_TOK_WORD || (t->tok[i].flags & AG_TF_CAP) ||
        ag_mention_ending_at(s, i) >= 0 || ag_is_preposition(t, i) || ag_is_determiner(t, i) ||
        ag_tok_in(t, i, transparent) || predicate_starts_at(s, i) ||
        ag_phrases_match(&s->lex->role_nouns, t, i, s->last, m, 4) > 0)
        return 0;
    /* adverbs (-ly) and verb forms (-ing, -ed: "is putting off") are not subjects */
    return !(len > 2 && (strcmp(w + len - 2, "ly") == 0 || strcmp(w + len - 2, "ed") == 0)) &&
           !(len > 3 && strcmp(w + len - 3, "ing") == 0);
}

/* "the sanctions Europe imposed", "as Quad members agreed": a lone capitalised word right before
 * the verb that names no actor is the subject, and it is not coded. Calendar words ("on Monday
 * imposed") and the last word of a longer name ("Prime Minister Narendra Modi") are not. */
static int unknown_proper_subject(const struct ag_sentence_ctx *s, size_t i)
{
    const struct ag_tokens *t = s->t;

    if (t->tok[i].type != AG_TOK_WORD || !(t->tok[i].flags & AG_TF_CAP) ||
        ag_mention_at(s, i) >= 0 || ag_is_calendar_word(t, i))
        return 0;
    return i == s->first ||
           (!(t->tok[i - 1].flags & AG_TF_CAP) && ag_mention_ending_at(s, i - 1) < 0 &&
            t->tok[i - 1].type == AG_TOK_WORD);
}

/* The subject of the verb group ending before token b: see the README for the rules. */
long ag_subject_before(const struct ag_sentence_ctx *s, size_t b)
{
    const struct ag_tokens *t = s->t;
    size_t j = b, steps = 0;

    /* a relative pronoun right before the verb group: its antecedent acts */
    while (j > s->first && is_verb_group_word(t, j - 1))
        j--;
    if (j > s->first && (ag_tok_is(t, j - 1, "who") || ag_tok_is(t, j - 1, "which") ||
                         ag_tok_is(t, j - 1, "that"))) {
        size_t a = j - 1;
        long k;
        if (a > s->first && ag_tok_is(t, a - 1, ","))
            a--;
        k = a > s->first ? ag_mention_ending_at(s, a - 1) : -1;
        if (k >= 0 && usable(s, k) && !ag_mention_is_object(s, (size_t)k))
            return k;
        /* "a base in Jordan that killed", "facilities that supported": the antecedent is not
         * an actor, so the verb has none */
        return -1;
    }
    /* "voters backed", "the treaty covers": a common noun right before the verb is its
     * subject, and it is no actor */
    if (j > s->first && plain_noun_subject(s, j - 1) && !ing_form(t, b))
        return -1; /* but "would keep working": keep is a verb before a participle */
    if (j > s->first && unknown_proper_subject(s, j - 1) && !s->headline)
        return -1;
    /* "X thanked the EU and urged it", "X welcomed the plan but insists": a second verb of the
     * same subject, which is the sentence's first acting actor */
    if (j > s->first && (ag_tok_is(t, j - 1, "and") || ag_tok_is(t, j - 1, "but")) &&
        ag_mention_ending_at(s, j - 2) < 0) {
        size_t k;
        for (k = 0; k < s->nm && s->m[k].last < j; k++)
            if (usable(s, (long)k) && !ag_mention_is_object(s, k) && !s->m[k].possessive)
                return (long)k;
    }
    for (j = b; j > s->first && steps < SUBJECT_REACH; steps++) {
        long k;
        j--;
        if (ag_tok_is(t, j, "--")) {
            /* "Russia -- despite warnings -- attacked": the subject precedes the aside */
            size_t c = j;
            while (c > s->first && !ag_tok_is(t, c - 1, "--"))
                c--;
            if (c > s->first + 1) {
                k = ag_mention_ending_at(s, c - 2);
                if (k >= 0 && usable(s, k) && !ag_mention_is_object(s, (size_t)k))
                    return k;
            }
            /* "Diplomats in Manila -- among them the envoys of X, Y and Z -- issued": the
             * actors named inside the aside */
            for (k = 0; c > s->first && (size_t)k < s->nm; k++)
                if (s->m[k].first >= c && s->m[k].last <= j && usable(s, k) &&
                    !ag_mention_is_object(s, (size_t)k))
                    return k;
            return -1;
        }
        if (ag_is_clause_break(t, j))
            return -1;
        if (ag_tok_is(t, j, ",")) {
            /* the end of an apposition or relative clause: the subject precedes its start */
            size_t c = j;
            while (c > s->first && !ag_tok_is(t, c - 1, ",") && !ag_is_clause_break(t, c - 1))
                c--;
            if (c > s->first + 1 && ag_tok_is(t, c - 1, ",")) {
                k = ag_mention_ending_at(s, c - 2);
                if (k >= 0 && usable(s, k) && !ag_mention_is_object(s, (size_t)k))
                    return k;
            }
            continue;
        }
        k = ag_mention_ending_at(s, j);
        if (k < 0)
            continue;
        if (!usable(s, k) || ag_mention_is_object(s, (size_t)k)) {
            j = s->m[k].first;
            continue;
        }
        return k;
    }
    return -1;
}

/* Words that open a new clause: an actor after them is not an object of what came before. */
static int opens_clause(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"that",    "which", "who",   "whether", "if",       "while",
                                        "because", "when",  "after", "before",  "although", "but",
                                        "unless",  "since", "where", NULL};
    return ag_tok_in(t, i, words);
}

/* "all of", "part of": a quantity of what follows, which is still the object. */
static int quantifier(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"all",  "some", "most", "many", "much",    "any",
                                        "none", "each", "one",  "part", "several", NULL};
    return ag_tok_in(t, i, words);
}

/* "with his Chinese counterpart": mention k is an owner pronoun right before another mention,
 * which is the object itself. */
static int owner_pronoun_before_mention(const struct ag_sentence_ctx *s, long k)
{
    long next;

    if (!s->m[k].pronoun || !s->m[k].possessive || s->m[k].last >= s->last)
        return 0;
    next = ag_mention_at(s, s->m[k].last);
    return next >= 0 && !s->m[next].pronoun;
}

/* The first usable mention starting within a few tokens of i (determiners, adjectives skipped).
 * Where the object may be: adjectival_ok accepts a nationality ("Russian positions");
 * place_ok lets "in"/"inside" lead to it ("hit hideouts in Afghanistan": the schema codes
 * military action in a place as action against its state) and "of" ("hideouts of X", "part of
 * Ukraine"); "all of X's terms" is an object whatever the verb. */
static long mention_near_as(const struct ag_sentence_ctx *s, size_t i, size_t reach,
                            int adjectival_ok, int place_ok)
{
    size_t j;

    for (j = i; j < s->last && j < i + reach; j++) {
        long k = ag_mention_at(s, j);
        /* "the Pakistani Taliban": a nationality before a name only modifies it */
        if (k >= 0 && s->m[k].adjectival && (size_t)k + 1 < s->nm &&
            s->m[k + 1].first == s->m[k].last && !s->m[k + 1].adjectival)
            continue;
        if (k >= 0 && owner_pronoun_before_mention(s, k)) {
            j = s->m[k].last - 1;
            continue;
        }
        if (k >= 0 && (usable(s, k) || (adjectival_ok && s->m[k].adjectival)))
            return k;
        if (k >= 0 && s->m[k].last < s->last && ag_tok_is(s->t, s->m[k].last, "-")) {
            j = s->m[k].last; /* "Hamas-ruled Gaza": look past the modifier */
            continue;
        }
        if (k >= 0)
            return -1;
        if (s->t->tok[j].type == AG_TOK_PUNCT && !(s->t->tok[j].flags & AG_TF_JOINED))
            return -1;
        if (ag_is_preposition(s->t, j) &&
            !(place_ok && (ag_tok_is(s->t, j, "in") || ag_tok_is(s->t, j, "inside") ||
                           ag_tok_is(s->t, j, "of"))) &&
            !(ag_tok_is(s->t, j, "of") && quantifier(s->t, j - 1)))
            return -1; /* "met officials from Iraq": the object ends at the preposition */
        /* "denies arming the Houthis": the object is another event, not an actor */
        if (predicate_starts_at(s, j) || opens_clause(s->t, j))
            return -1;
    }
    return -1;
}

static long mention_near(const struct ag_sentence_ctx *s, size_t i, size_t reach)
{
    return mention_near_as(s, i, reach, 0, 0);
}

/* Is one reading of the predicate starting at token i a noun? */
static int noun_reading_at(const struct ag_sentence_ctx *s, size_t i)
{
    size_t k;

    for (k = 0; k < s->np; k++)
        if (s->p[k].first == i && s->p[k].pred->pos == AG_POS_NOUN)
            return 1;
    return 0;
}

static int is_prep_of(const struct ag_predicate *p, const struct ag_tokens *t, size_t i)
{
    size_t k;

    for (k = 0; p->preps[k]; k++)
        if (ag_tok_is(t, i, p->preps[k]))
            return 1;
    return 0;
}

/* The target after the predicate: behind one of its prepositions, or as a direct object. */
static long target_after(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    const struct ag_tokens *t = s->t;
    size_t j;

    if (ps->pred->preps[0]) {
        for (j = ps->last; j < s->last && j < ps->last + OBJECT_REACH; j++) {
            if (ag_is_clause_break(t, j) || ag_tok_is(t, j, ",") || ag_tok_is(t, j, ".") ||
                ag_tok_is(t, j, "that") || ag_tok_is(t, j, "which") || ag_tok_is(t, j, "who"))
                break;
            /* another event ends the search, unless it is this verb's own object noun
             * ("gave funds to Hungary") */
            if ((predicate_starts_at(s, j) && !(j <= ps->last + 2 && noun_reading_at(s, j))) ||
                opens_clause(t, j))
                break;
            if (is_prep_of(ps->pred, t, j)) {
                /* material conflict hits what a nationality names ("fired at a British
                 * tanker") */
                long k = mention_near_as(s, j + 1, 4, ps->pred->cameo->quad_class == 4, 0);
                if (k >= 0)
                    return k;
            }
        }
    }
    /* event nouns take their target through a preposition ("attack on"), never directly;
     * material conflict hits what a nationality names ("struck Russian positions") */
    if (ps->pred->direct_obj && ps->pred->pos != AG_POS_NOUN) {
        int force = ps->pred->cameo->quad_class == 4;
        return mention_near_as(s, ps->last, force ? 8 : 4, force, force);
    }
    return -1;
}

/* The agent of a passive: "by" + actor after the predicate ("brokered in July by Turkey"). */
static long passive_agent(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    size_t j;

    for (j = ps->last; j < s->last && j < ps->last + 8; j++) {
        if (ag_tok_is(s->t, j, "by"))
            return mention_near(s, j + 1, 4);
        if (s->t->tok[j].type == AG_TOK_PUNCT || predicate_starts_at(s, j) || opens_clause(s->t, j))
            return -1;
    }
    return -1;
}

static int is_passive(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    const struct ag_tokens *t = s->t;
    size_t j = ps->first;

    if (ps->pred->pos != AG_POS_VERB || ps->form != AG_FORM_ED)
        return 0;
    while (j > s->first) {
        j--;
        if (ag_is_be(t, j))
            return 1;
        if (!is_verb_group_word(t, j) && !ag_tok_is(t, j, ","))
            break;
    }
    return passive_agent(s, ps) >= 0 &&
           !(ps->first > s->first && ag_mention_ending_at(s, ps->first - 1) >= 0);
}

/* Can token i be the verb that carries an event noun ("imposed", "launched", "held")? */
static int light_verb(const struct ag_sentence_ctx *s, size_t i)
{
    /* the verbs news uses to carry an event noun, in their usual forms */
    static const char *const verbs[] = {
        "launch",     "launched",   "launches",   "launching",    "carried",     "carry",
        "carries",    "carrying",   "conduct",    "conducted",    "conducts",    "conducting",
        "stage",      "staged",     "stages",     "staging",      "mount",       "mounted",
        "mounts",     "impose",     "imposed",    "imposes",      "imposing",    "announce",
        "announced",  "announces",  "announcing", "hold",         "held",        "holds",
        "holding",    "sign",       "signed",     "signs",        "signing",     "issue",
        "issued",     "issues",     "issuing",    "express",      "expressed",   "expresses",
        "expressing", "voice",      "voiced",     "voices",       "offer",       "offered",
        "offers",     "offering",   "provide",    "provided",     "provides",    "providing",
        "give",       "gave",       "given",      "gives",        "giving",      "extend",
        "extended",   "extends",    "pledge",     "pledged",      "pledges",     "send",
        "sent",       "sends",      "sending",    "deliver",      "delivered",   "delivers",
        "make",       "made",       "makes",      "making",       "take",        "took",
        "taken",      "takes",      "lead",       "led",          "leads",       "open",
        "opened",     "opens",      "begin",      "began",        "begun",       "begins",
        "start",      "started",    "starts",     "resume",       "resumed",     "resumes",
        "continue",   "continued",  "continues",  "intensify",    "intensified", "escalate",
        "escalated",  "order",      "ordered",    "orders",       "approve",     "approved",
        "approves",   "unveil",     "unveiled",   "unveils",      "adopt",       "adopted",
        "adopts",     "reach",      "reached",    "reaches",      "seal",        "sealed",
        "conclude",   "concluded",  "struck",     "broker",       "brokered",    "host",
        "hosted",     "hosts",      "attend",     "attended",     "join",        "joined",
        "put",        "level",      "levelled",   "leveled",      "lodge",       "lodged",
        "file",       "filed",      "raise",      "raised",       "renew",       "renewed",
        "reiterate",  "reiterated", "repeat",     "repeated",     "reaffirm",    "reaffirmed",
        "deepen",     "deepened",   "strengthen", "strengthened", "expand",      "expanded",
        "boost",      "boosted",    "bolster",    "bolstered",    "pursue",      "pursued",
        "seek",       "sought",     "seeks",      "accept",       "accepted",    "propose",
        "proposed",   "proposes",   "prepare",    "prepared",     "step",        "stepped",
        "told",       "tell",       "tells",      "had",          "has",         "have",
        "got",        "secured",    "secure",     "won",          "win",         "mark",
        "marked",     "welcomed",   "welcome",    "welcomes",     "agreed",      "agree",
        "agrees",     "allow",      "allowed",    "keep",         "kept",        "maintain",
        "maintained", "discuss",    "discussed",  "putting",      "calling",     "off",
        "out",        NULL};

    return ag_mention_ending_at(s, i) < 0 && ag_tok_in(s->t, i, verbs);
}

static int amount_word(const struct ag_tokens *t, size_t i)
{
    static const char *const words[] = {"billion", "million", "thousand", "bn",   "m",
                                        "euros",   "dollars", "pounds",   "yuan", "rubles",
                                        "roubles", "yen",     "worth",    NULL};
    return ag_tok_in(t, i, words);
}

/* Could token i be an adjective before a noun? Words ending in -s are plural nouns or verbs
 * ("the treaty covers attacks"), except -ous and -less. */
static int may_be_adjective(const struct ag_tokens *t, size_t i)
{
    const char *w = ag_tok_lower(t, i);
    size_t len = t->tok[i].len;

    if (len < 2 || w[len - 1] != 's')
        return 1;
    return (len > 3 && strcmp(w + len - 3, "ous") == 0) ||
           (len > 4 && strcmp(w + len - 4, "less") == 0);
}

static long main_actor(const struct ag_sentence_ctx *s);

static int money_sign(const struct ag_tokens *t, size_t i)
{
    return ag_tok_is(t, i, "$") || ag_tok_is(t, i, "€") || ag_tok_is(t, i, "£") ||
           ag_tok_is(t, i, "¥");
}

/* Source of an event noun: the possessive or modifier right before it (Russia's invasion,
 * Russian invasion, US-China talks), else the subject of its light verb (launched an invasion). */
static void noun_source(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                        struct ag_args *a)
{
    const struct ag_tokens *t = s->t;
    size_t j = ps->first, skipped = 0;
    long k;

    /* "the two allies of the US": the noun is itself a reference to the pair */
    for (k = 0; (size_t)k < s->nm; k++)
        if (s->m[k].pronoun && s->m[k].first < ps->first && ps->first < s->m[k].last) {
            take_group(s, k, a->src, &a->nsrc);
            return;
        }
    /* up to two adjectives: "Russia's full-scale invasion" */
    while (j > s->first && skipped < 4 && ag_mention_ending_at(s, j - 1) < 0 &&
           (t->tok[j - 1].type == AG_TOK_WORD || (t->tok[j - 1].flags & AG_TF_JOINED) ||
            t->tok[j - 1].type == AG_TOK_NUM || money_sign(t, j - 1)) && /* "a $1 billion" */
           !ag_is_determiner(t, j - 1) &&
           !ag_is_preposition(t, j - 1) && !ag_tok_is(t, j - 1, "'s") &&
           !predicate_starts_at(s, j - 1) && !(t->tok[j - 1].flags & AG_TF_CAP) &&
           may_be_adjective(t, j - 1) &&
           !light_verb(s, j - 1)) { /* "X and Y launched military exercises" */
        j--;
        skipped++;
    }
    if (j > s->first && (ag_tok_is(t, j - 1, "'s") || ag_tok_is(t, j - 1, "'")))
        j--;
    k = j > s->first ? ag_mention_ending_at(s, j - 1) : -1;
    /* "US and Britain Strike Houthi Targets": a coordination of names is a subject, not the
     * modifier of a noun ("US and British strikes" would use adjectives) */
    if (k >= 0 && s->m[k].group && !s->m[k].adjectival && !s->m[k].possessive && !s->m[k].pronoun)
        return;
    if (k >= 0) {
        const struct ag_mention_span *m = &s->m[k];
        /* US-China talks: a hyphenated pair before the noun relates the two */
        if (k > 0 && m->first > s->first + 1 && ag_tok_is(t, m->first - 1, "-") &&
            (t->tok[m->first - 1].flags & AG_TF_JOINED) && s->m[k - 1].last == m->first - 1) {
            a->src[a->nsrc++] = (size_t)(k - 1);
            a->tgt[a->ntgt++] = (size_t)k;
            return;
        }
        take_group(s, k, a->src, &a->nsrc);
        return;
    }
    /* a light verb before the noun phrase ("imposed new sanctions", "launched an invasion",
     * "put their signatures to a new partnership"): the clause's subject is the source */
    /* "pledged 40 billion euros in military aid to Ukraine": an amount of the event noun is
     * the object of the clause's verb */
    if (j >= s->first + 2 && (ag_tok_is(t, j - 1, "in") || ag_tok_is(t, j - 1, "of")) &&
        amount_word(t, j - 2)) {
        size_t v = j - 2;
        while (v > s->first && (amount_word(t, v - 1) || t->tok[v - 1].type == AG_TOK_NUM ||
                                ag_tok_is(t, v - 1, "at") || ag_tok_is(t, v - 1, "least") ||
                                ag_tok_is(t, v - 1, "about") || ag_tok_is(t, v - 1, "some") ||
                                ag_tok_is(t, v - 1, "$") || ag_tok_is(t, v - 1, "more") ||
                                ag_tok_is(t, v - 1, "than")))
            v--;
        if (v > s->first && (k = ag_subject_before(s, v - 1)) >= 0) {
            take_group(s, k, a->src, &a->nsrc);
            return;
        }
    }
    /* "has been in peace talks with", "is at war with": the subject of the be-verb */
    if (j >= s->first + 2 && (ag_tok_is(t, j - 1, "in") || ag_tok_is(t, j - 1, "at")) &&
        ag_is_be(t, j - 2) && (k = ag_subject_before(s, j - 2)) >= 0) {
        take_group(s, k, a->src, &a->nsrc);
        return;
    }
    if (j > s->first && ag_is_determiner(t, j - 1))
        j--;
    /* the verb is the word before the noun phrase, or, when the words skipped as adjectives
     * begin right after punctuation ("-- issued strong condemnations"), the first of them */
    if (skipped && j > s->first && t->tok[j - 1].type == AG_TOK_PUNCT)
        j++;
    if (j > s->first && light_verb(s, j - 1)) {
        k = ag_subject_before(s, j - 1);
        if (k >= 0 && !predicate_between(s, s->m[k].last, j - 1))
            take_group(s, k, a->src, &a->nsrc);
        return;
    }
    /* "X and Y said in a joint statement": the speakers; "In a joint statement, X and Y said":
     * the sentence's acting subject */
    if (j > s->first && ag_tok_is(t, j - 1, "in")) {
        if (j - 1 == s->first && ps->last < s->last && ag_tok_is(t, ps->last, ","))
            k = main_actor(s);
        else
            k = j - 1 > s->first && ag_is_speech_verb(t, j - 2) ? ag_subject_before(s, j - 2) : -1;
        if (k >= 0)
            take_group(s, k, a->src, &a->nsrc);
    }
}

/* "X is Y's closest ally", "X remains one of Y's biggest backers", "X, a key Y ally, ...": a
 * support or partnership noun owned by Y (or modified by it) and predicated of X relates X to
 * Y. Only standing support (CAMEO 05 and 07) reads this way. */
static int standing_relation(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                             struct ag_args *a)
{
    static const char *const copulas[] = {"is",      "was",    "are",      "were",
                                          "remains", "remain", "remained", "became",
                                          "becomes", "become", "been",     NULL};
    const struct ag_tokens *t = s->t;
    const char *code = ps->pred->cameo->code;
    size_t j = ps->first, steps = 0;
    long owner, subject = -1;

    if (strncmp(code, "05", 2) != 0 && strncmp(code, "07", 2) != 0)
        return 0;
    while (j > s->first && steps < 3 && ag_mention_ending_at(s, j - 1) < 0 &&
           t->tok[j - 1].type == AG_TOK_WORD && !(t->tok[j - 1].flags & AG_TF_CAP) &&
           !ag_is_determiner(t, j - 1) && !ag_is_preposition(t, j - 1) &&
           !ag_tok_in(t, j - 1, copulas)) {
        j--; /* "closest", "biggest military" */
        steps++;
    }
    owner = j > s->first ? ag_mention_ending_at(s, j - 1) : -1;
    if (owner < 0 || s->m[owner].pronoun || !usable(s, owner))
        return 0;
    j = s->m[owner].first;
    if (!s->m[owner].possessive && j >= s->first + 2 && t->tok[j - 1].type == AG_TOK_WORD &&
        !(t->tok[j - 1].flags & AG_TF_CAP) && ag_is_determiner(t, j - 2))
        j--; /* the adjective of "a key US ally" */
    if (j > s->first && ag_is_determiner(t, j - 1))
        j--;
    if (j >= s->first + 2 && ag_tok_is(t, j - 1, "of") && ag_tok_is(t, j - 2, "one"))
        j -= 2; /* "one of Ukraine's backers" */
    if (j > s->first && ag_tok_in(t, j - 1, copulas))
        subject = ag_subject_before(s, j - 1);
    else if (j >= s->first + 2 && ag_tok_is(t, j - 1, ",") && !s->m[owner].possessive)
        subject = ag_mention_ending_at(s, j - 2); /* the apposition's head */
    if (subject < 0 || (size_t)subject == (size_t)owner || !usable(s, subject) ||
        s->m[subject].actor == s->m[owner].actor)
        return 0;
    take_group(s, subject, a->src, &a->nsrc);
    take_group(s, owner, a->tgt, &a->ntgt);
    return 1;
}

/* "called Moscow Beijing's most important partner", "regards Niger as a key partner", "called
 * Xi a dictator": a designation verb, its object, then the noun that states the relation. The
 * source is a possessive before the noun, else the verb's subject. */
static int designation(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                       struct ag_args *a)
{
    static const char *const verbs[] = {
        "call",      "calls",     "called",     "calling",    "regard",      "regards", "regarded",
        "regarding", "consider",  "considers",  "considered", "considering", "see",     "sees",
        "saw",       "seeing",    "view",       "views",      "viewed",      "viewing", "describe",
        "describes", "described", "describing", "brand",      "brands",      "branded", "branding",
        "label",     "labels",    "labelled",   "labeled",    "dub",         "dubs",    "dubbed",
        "name",      "names",     "named",      "treat",      "treats",      "treated", "hail",
        "hails",     "hailed",    NULL};
    long owner = -1, k;
    size_t j, i;

    for (j = ps->first; j > s->first && ps->first - j < 8; j--) {
        k = ag_mention_ending_at(s, j - 1);
        if (k < 0)
            continue;
        if (s->m[k].possessive && owner < 0) {
            /* "its closest partner" means the subject's: only a named owner replaces it */
            owner = s->m[k].pronoun ? -2 : k;
            j = s->m[k].first + 1;
            continue;
        }
        /* "describing the US strikes as ...": an actor right before the noun modifies it;
         * a designation has "as", an article or an owner in between */
        if (s->m[k].last == ps->first ||
            (s->m[k].last + 1 == ps->first && !ag_is_determiner(s->t, s->m[k].last) &&
             !ag_tok_is(s->t, s->m[k].last, "as")))
            return 0;
        i = s->m[k].first;
        while (i > s->first && ag_is_determiner(s->t, i - 1))
            i--;
        if (i == s->first || !ag_tok_in(s->t, i - 1, verbs) || !usable(s, k))
            return 0;
        if (owner < 0)
            owner = ag_subject_before(s, i - 1);
        if (owner < 0)
            return 0;
        take_group(s, owner, a->src, &a->nsrc);
        take_group(s, k, a->tgt, &a->ntgt);
        return 1;
    }
    return 0;
}

/* "talks between X and Y", "cooperation between Moscow and Beijing": a mutual noun followed by
 * "between" and a coordination relates its members. */
static int between_pair(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                        struct ag_args *a)
{
    long k;

    if (!ps->pred->mutual || ps->last >= s->last || !ag_tok_is(s->t, ps->last, "between"))
        return 0;
    k = mention_near_as(s, ps->last + 1, 4, 1, 0);
    if (k < 0)
        return 0;
    take_group(s, k, a->src, &a->nsrc);
    /* "between Israeli and Hamas forces", "between it, Britain and Guyana": a list the
     * coordination pass did not join */
    while (a->nsrc < AG_MAX_ARGS && (size_t)k + 1 < s->nm &&
           s->m[k + 1].first <= s->m[k].last + 2 && s->m[k + 1].first > s->m[k].last &&
           (ag_tok_is(s->t, s->m[k].last, "and") || ag_tok_is(s->t, s->m[k].last, ","))) {
        k++;
        if (!s->m[k].group || s->m[k].group != s->m[a->src[a->nsrc - 1]].group)
            a->src[a->nsrc++] = (size_t)k;
    }
    if (a->nsrc < 2) {
        a->nsrc = 0;
        return 0;
    }
    a->pairwise = 1;
    return 1;
}

/* "struck hideouts of the Taliban in Afghanistan": force used in a place is also used against
 * the place's state (the schema's rule), so the place joins the targets. */
/* The actor named by "in"/"inside" + place within a few words from token from, or -1. */
long ag_place_after(const struct ag_sentence_ctx *s, size_t from)
{
    size_t j;
    long k;

    for (j = from; j < s->last && j < from + 8; j++) {
        if (s->t->tok[j].type == AG_TOK_PUNCT || opens_clause(s->t, j) ||
            (predicate_starts_at(s, j) && j > from))
            return -1;
        if ((ag_tok_is(s->t, j, "in") || ag_tok_is(s->t, j, "inside")) &&
            (k = mention_near(s, j + 1, 3)) >= 0)
            return k;
    }
    return -1;
}

static void add_place_target(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                             size_t target, struct ag_args *a)
{
    long k;

    if (ps->pred->cameo->quad_class != 4 || a->ntgt >= AG_MAX_ARGS)
        return;
    k = ag_place_after(s, s->m[target].last);
    if (k >= 0 && s->m[k].first > s->m[target].last)
        a->tgt[a->ntgt++] = (size_t)k;
}

/* "Qatar brokered talks between Israel and Hamas": a verb whose object is a mutual event between
 * two parties acts on each of them. */
static void mediated_parties(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                             struct ag_args *a)
{
    size_t k;
    long g;

    for (k = 0; k < s->np; k++) {
        const struct ag_pred_span *n = &s->p[k];
        if (n->first < ps->last || n->first > ps->last + 3 || n->pred->pos != AG_POS_NOUN ||
            !n->pred->mutual || n->last >= s->last || !ag_tok_is(s->t, n->last, "between"))
            continue;
        g = mention_near_as(s, n->last + 1, 4, 1, 0);
        if (g >= 0)
            take_group(s, g, a->tgt, &a->ntgt);
        return;
    }
}

/* "close ties to the rival generals", "agreed to train pilots": a mutual predicate whose
 * complement names no actor relates its subjects to that complement, not to each other. */
static int complement_follows(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    const struct ag_tokens *t = s->t;
    size_t j = ps->last;

    if (j >= s->last)
        return 0;
    if (is_prep_of(ps->pred, t, j) && !ag_tok_is(t, j, "with"))
        return 1;
    /* "agreed to" + a verb: a joint intention about something else, which that verb codes
     * ("agreed to train pilots"); "agreed to talks" names the joint event itself */
    return ag_tok_is(t, j, "to") && j + 1 < s->last && !ag_is_determiner(t, j + 1) &&
           !noun_reading_at(s, j + 1) && t->tok[j + 1].type == AG_TOK_WORD &&
           !(t->tok[j + 1].flags & AG_TF_CAP);
}

/* The sentence's first acting actor: not a bare nationality, a possessive or the object of a
 * preposition. -1 if none. */
static long main_actor(const struct ag_sentence_ctx *s)
{
    size_t k;

    for (k = 0; k < s->nm; k++)
        if (usable(s, (long)k) && !s->m[k].adjectival && !s->m[k].possessive &&
            !ag_mention_is_object(s, k))
            return (long)k;
    return -1;
}

/* "China resisted Western pressure", "Kyiv rejected Moscow's demands": an event noun owned by
 * another actor and governed by a verb is directed at that verb's subject. */
static long governing_subject(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                              const struct ag_args *a)
{
    size_t owner = s->m[a->src[0]].first, k;

    if (s->m[a->src[0]].last + 3 < ps->first) /* the owner must modify this noun */
        return -1;
    for (k = 0; k < s->np; k++) {
        const struct ag_pred_span *v = &s->p[k];
        long subj;
        if (v->pred->pos != AG_POS_VERB || v->alternative || v->last > owner || owner - v->last > 2)
            continue;
        /* only answers to the event: rejecting it (CAMEO 12) or giving in to it (08) */
        if (strncmp(v->pred->cameo->code, "12", 2) != 0 && strncmp(v->pred->cameo->code, "08", 2))
            continue;
        subj = ag_subject_before(s, v->first);
        if (subj >= 0 && (size_t)subj != a->src[0])
            return subj;
    }
    return -1;
}

/* "China refused to join Western sanctions", "rejected Moscow's demands": a rejection (CAMEO
 * 12) of an event that another actor owns is directed at that owner. */
static long rejected_owner(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    size_t k;

    if (strncmp(ps->pred->cameo->code, "12", 2) != 0)
        return -1;
    for (k = 0; k < s->np; k++) {
        const struct ag_pred_span *n = &s->p[k];
        size_t j;
        long owner = -1;
        if (n->first < ps->last || n->first > ps->last + 5 || n->pred->pos != AG_POS_NOUN)
            continue;
        for (j = n->first; j > ps->last && owner < 0 && n->first - j < 3; j--)
            owner = ag_mention_ending_at(s, j - 1);
        if (owner >= 0 && s->m[owner].first >= ps->last)
            return owner;
        return -1;
    }
    return -1;
}

/* "Putin, whom Poland accused", "the deal, which Russia signed": the relative pronoun before
 * the subject stands for the object. */
static long object_antecedent(const struct ag_sentence_ctx *s, size_t subject)
{
    size_t i = s->m[subject].first, back = 0;
    long k;

    /* titles may stand between: "whom Polish prime minister Mateusz Morawiecki accused" */
    while (i > s->first && back < 5 && s->t->tok[i - 1].type == AG_TOK_WORD &&
           !ag_tok_is(s->t, i - 1, "whom") && !ag_tok_is(s->t, i - 1, "which") &&
           ag_mention_ending_at(s, i - 1) < 0) {
        i--;
        back++;
    }
    if (i == s->first || (!ag_tok_is(s->t, i - 1, "whom") && !ag_tok_is(s->t, i - 1, "which")))
        return -1;
    i--;
    if (i > s->first && ag_tok_is(s->t, i - 1, ","))
        i--;
    k = i > s->first ? ag_mention_ending_at(s, i - 1) : -1;
    return k >= 0 && usable(s, k) ? k : -1;
}

/* "confront one another", "accused each other". */
static int reciprocal_object(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    size_t j = ps->last;
    return j + 1 < s->last && ((ag_tok_is(s->t, j, "each") && ag_tok_is(s->t, j + 1, "other")) ||
                               (ag_tok_is(s->t, j, "one") && ag_tok_is(s->t, j + 1, "another")));
}

/* "Putin accused X, while commending Y": a participle after a comma or a subordinator shares
 * the subject of the verb before it. */
static long participle_subject(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const openers[] = {",",  "while", "after", "before", "when",
                                          "by", "since", "as",    NULL};
    const struct ag_pred_span *prev = NULL;
    size_t j = ps->first, k;

    if (j == s->first || !ag_tok_in(s->t, j - 1, openers))
        return -1;
    for (k = 0; k < s->np && s->p[k].first < ps->first; k++)
        if (s->p[k].pred->pos == AG_POS_VERB && !s->p[k].alternative && s->p[k].form != AG_FORM_ING)
            prev = &s->p[k];
    return prev ? ag_subject_before(s, prev->first) : -1;
}

static int gerund_after_preposition(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const keep[] = {"by",    "after", "before", "while", "when",
                                       "since", "of",    "to",     "as",    NULL};
    size_t j = ps->first;

    return j > s->first && ag_is_preposition(s->t, j - 1) && !ag_tok_in(s->t, j - 1, keep);
}

/* "Thailand and Cambodia exchanged fire along their border": a target that is one of the
 * sources ("their") is no target. */
static void drop_self_targets(const struct ag_sentence_ctx *s, struct ag_args *a)
{
    size_t i, j, kept = 0;

    for (j = 0; j < a->ntgt; j++) {
        int self = 0;
        for (i = 0; i < a->nsrc; i++)
            self |= s->m[a->src[i]].actor == s->m[a->tgt[j]].actor;
        if (!self)
            a->tgt[kept++] = a->tgt[j];
    }
    a->ntgt = kept;
}

/* "Egypt and the UAE have hosted talks": hosts of a mutual event are not its parties. */
static int hosted_event(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const hosts[] = {
        "host",      "hosts",    "hosted",    "hosting",   "broker",     "brokered",    "brokers",
        "mediate",   "mediated", "mediates",  "mediating", "facilitate", "facilitated", "organise",
        "organised", "organize", "organized", "arrange",   "arranged",   "sponsor",     "sponsored",
        "welcome",   "welcomed", "welcomes",  "support",   "supported",  "back",        "backed",
        "urge",      "urged",    "call",      "called",    NULL};
    size_t j, lo;

    if (ps->pred->pos != AG_POS_NOUN)
        return 0;
    lo = ps->first > s->first + 4 ? ps->first - 4 : s->first;
    for (j = ps->first; j > lo; j--)
        if (ag_tok_in(s->t, j - 1, hosts))
            return 1;
    return 0;
}

/* Who acts on whom for one predicate. */
void ag_find_args(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps, struct ag_args *a)
{
    const struct ag_tokens *t = s->t;
    const struct ag_predicate *p = ps->pred;
    long k;

    memset(a, 0, sizeof(*a));
    /* X-backed Y, Russian-held Z: the hyphenated actor acts on what follows */
    if (ps->first > s->first + 1 && ag_tok_is(t, ps->first - 1, "-") &&
        (t->tok[ps->first - 1].flags & AG_TF_JOINED) &&
        (k = ag_mention_ending_at(s, ps->first - 2)) >= 0 &&
        (p->pos == AG_POS_ADJ || ps->form == AG_FORM_ED)) {
        long tk = mention_near_as(s, ps->last, 5, 0, 1); /* "Russian-held part of Ukraine" */
        a->src[a->nsrc++] = (size_t)k;
        if (tk >= 0)
            take_group(s, tk, a->tgt, &a->ntgt);
        return;
    }
    if (is_passive(s, ps)) {
        long agent = passive_agent(s, ps);
        k = ag_subject_before(s, ps->first);
        if (agent >= 0)
            take_group(s, agent, a->src, &a->nsrc);
        if (k >= 0)
            take_group(s, k, a->tgt, &a->ntgt);
        return;
    }
    if (p->pos == AG_POS_NOUN &&
        (between_pair(s, ps, a) || designation(s, ps, a) || standing_relation(s, ps, a)))
        return;
    if (ps->form == AG_FORM_ING && p->pos == AG_POS_VERB && gerund_after_preposition(s, ps))
        return; /* "progress on normalising ties": whose normalising is not said */
    if (ps->form == AG_FORM_ING && (k = participle_subject(s, ps)) >= 0) {
        take_group(s, k, a->src, &a->nsrc);
        if ((k = target_after(s, ps)) >= 0)
            take_group(s, k, a->tgt, &a->ntgt);
        return;
    }
    if (p->pos == AG_POS_NOUN && ps->last < s->last && ag_tok_is(t, ps->last, "by")) {
        /* "an attack by X on Y": the agent acts, and nobody else if it is not an actor */
        k = passive_agent(s, ps);
        if (k < 0)
            return;
        take_group(s, k, a->src, &a->nsrc);
    } else if (p->pos == AG_POS_NOUN)
        noun_source(s, ps, a);
    else if ((k = ag_subject_before(s, ps->first)) >= 0)
        take_group(s, k, a->src, &a->nsrc);
    if (a->ntgt == 0 && (k = target_after(s, ps)) >= 0) {
        take_group(s, k, a->tgt, &a->ntgt);
        add_place_target(s, ps, (size_t)k, a);
        /* "hours after a truce with Hamas expired": a mutual event noun with a partner and no
         * owner belongs to the sentence's main actor */
        if (a->nsrc == 0 && p->pos == AG_POS_NOUN && p->mutual && (k = main_actor(s)) >= 0 &&
            s->m[k].first < ps->first)
            take_group(s, k, a->src, &a->nsrc);
    }
    if (a->ntgt == 0 && a->nsrc && (k = object_antecedent(s, a->src[0])) >= 0)
        take_group(s, k, a->tgt, &a->ntgt);
    if (a->ntgt == 0 && a->nsrc && p->pos == AG_POS_NOUN && (k = governing_subject(s, ps, a)) >= 0)
        take_group(s, k, a->tgt, &a->ntgt);
    if (a->ntgt == 0 && a->nsrc && p->pos == AG_POS_VERB && (k = rejected_owner(s, ps)) >= 0)
        take_group(s, k, a->tgt, &a->ntgt);
    /* host, broker, mediate (CAMEO 04), appeal for (02) or demand (10) a mutual event: act on
     * its parties */
    if (a->ntgt == 0 && a->nsrc && p->pos == AG_POS_VERB &&
        (strncmp(p->cameo->code, "04", 2) == 0 || strncmp(p->cameo->code, "02", 2) == 0 ||
         strncmp(p->cameo->code, "10", 2) == 0))
        mediated_parties(s, ps, a);
    drop_self_targets(s, a);
    if (a->ntgt == 0 && a->nsrc >= 2 &&
        ((p->mutual && !complement_follows(s, ps) && !hosted_event(s, ps) &&
          !(p->pos == AG_POS_VERB && mention_near_as(s, ps->last, 3, 1, 0) >= 0)) ||
         reciprocal_object(s, ps)))
        a->pairwise = 1;
    if (p->reversed) {
        size_t tmp[AG_MAX_ARGS], n = a->nsrc;
        memcpy(tmp, a->src, sizeof(tmp));
        memcpy(a->src, a->tgt, sizeof(tmp));
        a->nsrc = a->ntgt;
        memcpy(a->tgt, tmp, sizeof(tmp));
        a->ntgt = n;
    }
}
