/* modality.c: whether a predicate is stated as happening, and what that makes of its CAMEO
 * code: negation, possibility and conditions (not asserted), intentions and threats (CAMEO 03
 * and 13), obligations on another actor (demands, 100), ended events (160, 080). */
#include "extract/extract_impl.h"

#include <string.h>

/* "called for a ceasefire", "urged an end to the talks", "demanded a truce": an event noun that
 * is asked for has not happened. Looks back over a determiner and up to two modifiers. */
static int asked_for(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const asking[] = {
        "urge",      "urges",     "urged",   "urging",   "demand",    "demands", "demanded",
        "demanding", "seek",      "seeks",   "sought",   "seeking",   "propose", "proposes",
        "proposed",  "proposing", "request", "requests", "requested", NULL};
    static const char *const before_for[] = {
        "call",    "calls",   "called",  "calling",  "appeal", "appeals", "appealed",
        "press",   "pressed", "presses", "pressing", "push",   "pushed",  "pushes",
        "pushing", "plea",    "pleas",   "pressure", NULL};
    const struct ag_tokens *t = s->t;
    size_t j = ps->first, steps = 0;

    if (ps->pred->pos != AG_POS_NOUN)
        return 0;
    while (j > s->first && steps < 3 && t->tok[j - 1].type == AG_TOK_WORD &&
           ag_mention_ending_at(s, j - 1) < 0 && !ag_tok_in(t, j - 1, asking) &&
           !ag_tok_is(t, j - 1, "for")) {
        j--;
        steps++;
    }
    if (j == s->first)
        return 0;
    if (ag_tok_in(t, j - 1, asking))
        return 1;
    return ag_tok_is(t, j - 1, "for") && j - 1 > s->first && ag_tok_in(t, j - 2, before_for);
}

/* "what it said was a drone attack", "what Kyiv called an invasion": an act only one side
 * asserts is alleged, not reported. */
static int attributed_claim(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const claiming[] = {"said",      "says",      "called",  "calls",
                                           "described", "describes", "claimed", "claims",
                                           "termed",    "alleged",   NULL};
    const struct ag_tokens *t = s->t;
    size_t lo = ps->first > s->first + 8 ? ps->first - 8 : s->first, j, k;

    for (j = ps->first; j > lo; j--) {
        if (!ag_tok_is(t, j - 1, "what"))
            continue;
        for (k = j; k < ps->first && k < j + 4; k++)
            if (ag_tok_in(t, k, claiming))
                return 1;
    }
    return 0;
}

/* Is the predicate stated as happening, denied, only possible, intended or threatened? */
enum ag_modality ag_modality(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const negators[] = {
        "not",     "n't",       "never",    "no",       "neither", "nor",     "without", "refused",
        "refuses", "refuse",    "declined", "declines", "failed",  "fails",   "yet",     "rather",
        "alleged", "allegedly", "denied",   "denies",   "deny",    "stopped", "halted",  "stop",
        "stops",   "cease",     "ceased",   "ceases",   NULL};
    static const char *const hypothetical[] = {"could", "might", "may",     "should", "can",
                                               "must",  "ought", "whether", NULL};
    static const char *const intent[] = {
        "will",    "'ll",      "would",     "shall",    "pledged", "pledges", "vowed",
        "vows",    "promised", "promises",  "agreed",   "agrees",  "plans",   "plan",
        "planned", "intends",  "intend",    "ready",    "set",     "going",   "wants",
        "want",    "seeks",    "seek",      "hopes",    "aims",    "offered", "offers",
        "decided", "prepared", "committed", "expected", NULL};
    static const char *const threat[] = {"threatened", "threatens", "threaten", "warned", NULL};
    const struct ag_tokens *t = s->t;
    size_t lo = ps->first > s->first + 10 ? ps->first - 10 : s->first, j;
    int has_intent = 0;

    if (ag_tok_is(t, s->last - 1, "?") || s->condition_at < ps->first || asked_for(s, ps) ||
        attributed_claim(s, ps))
        return AG_MOD_NEGATED;
    /* "accused X of attacking": an alleged act is not asserted */
    if (ps->form == AG_FORM_ING && ps->first > s->first && ag_tok_is(t, ps->first - 1, "of"))
        return AG_MOD_NEGATED;
    for (j = ps->first; j > lo; j--) {
        size_t w = j - 1;
        /* "Hamas denied this and blamed Israel": a coordinated verb has its own polarity */
        if (ag_mention_ending_at(s, w) >= 0 || ag_tok_is(t, w, ",") || ag_is_clause_break(t, w) ||
            ag_tok_is(t, w, "and") || ag_tok_is(t, w, "but"))
            break;
        if (ag_tok_in(t, w, negators) || ag_tok_in(t, w, hypothetical))
            return AG_MOD_NEGATED;
        if (ag_tok_is(t, w, "to") && w > s->first) {
            /* the verb before "to", across a short time phrase ("expected on Tuesday to") */
            size_t v = w - 1, back = 0;
            while (v > s->first && back < 3 && !ag_tok_in(t, v, intent) &&
                   !ag_tok_in(t, v, threat) && ag_mention_ending_at(s, v) < 0 &&
                   t->tok[v].type == AG_TOK_WORD && !ag_tok_is(t, v, "and")) {
                v--;
                back++;
            }
            if (ag_tok_in(t, v, threat))
                return AG_MOD_THREAT;
            if (ag_tok_in(t, v, intent))
                has_intent = 1;
            else if (ps->form == AG_FORM_BASE)
                return AG_MOD_NEGATED; /* "urged X to impose": demanded, not done */
        }
        if (ag_tok_in(t, w, intent))
            has_intent = 1;
    }
    return has_intent ? AG_MOD_INTENT : AG_MOD_ASSERTED;
}

/* CAMEO code for an intention or threat to do what code names (CAMEO roots 03 and 13). */
const struct ag_cameo *ag_recode(const struct ag_lexicon *lex, const struct ag_cameo *c,
                                 enum ag_modality mod)
{
    int root = (c->code[0] - '0') * 10 + (c->code[1] - '0');
    const char *code = NULL;
    const struct ag_cameo *r;

    if (mod == AG_MOD_INTENT) {
        if (root == 4)
            code = "036";
        else if (root == 7)
            code = "033";
        else if (root == 6)
            code = "031";
        else if (root <= 5 || root == 8)
            code = "030";
        else if (root >= 14)
            code = root >= 18 || root == 15 ? "138" : "130";
    } else if (mod == AG_MOD_THREAT) {
        code = root >= 18 || root == 15 ? "138" : "130";
    }
    if (!code)
        return c;
    r = ag_lexicon_cameo(lex, code);
    return r ? r : c;
}

/* "tore up its agreements with", "suspended talks with": a verb that ends what an event noun
 * names. Ending cooperation reduces relations (CAMEO 160); ending a conflict act ("lifted the
 * sanctions on", "withdrew its complaint against") yields (080). NULL when no such verb. */
const char *ag_ended_event_code(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps)
{
    static const char *const verbs[] = {
        "tear",     "tore",      "torn",      "tears",
        "tearing",  "scrap",     "scraps",    "scrapped",
        "suspend",  "suspends",  "suspended", "suspending",
        "cancel",   "cancels",   "cancelled", "canceled",
        "end",      "ends",      "ended",     "ending",
        "halt",     "halts",     "halted",    "freeze",
        "froze",    "frozen",    "abandon",   "abandoned",
        "quit",     "quits",     "terminate", "terminated",
        "revoke",   "revoked",   "cut",       "cuts",
        "sever",    "severed",   "severs",    "break",
        "broke",    "broken",    "downgrade", "downgraded",
        "withdraw", "withdrew",  "withdrawn", "withdrawing",
        "exit",     "exited",    "ditch",     "ditched",
        "renounce", "renounced", "shelve",    "shelved",
        "postpone", "postponed", "postpones", "annul",
        "annulled", "denounce",  "denounced", "off" /* put off, call off */,
        "block",    "blocked",   "blocks",    "blocking",
        NULL};
    static const char *const relief[] = {
        "lift",     "lifts",    "lifted",    "lifting",     "ease",      "eases",
        "eased",    "easing",   "drop",      "drops",       "dropped",   "dropping",
        "withdraw", "withdrew", "withdrawn", "withdrawing", "end",       "ends",
        "ended",    "ending",   "suspend",   "suspends",    "suspended", "suspending",
        "halt",     "halts",    "halted",    "cancel",      "cancelled", "canceled",
        "scrap",    "scrapped", "remove",    "removed",     "removes",   "relax",
        "relaxed",  "unfreeze", "unfroze",   "unfrozen",    "unfreezes", "unfreezing",
        "release",  "released", "releases",  "releasing",   NULL};
    int coop = ps->pred->cameo->quad_class <= 2;
    size_t j, lo;

    if (ps->pred->pos != AG_POS_NOUN)
        return NULL;
    lo = ps->first > s->first + 5 ? ps->first - 5 : s->first;
    for (j = ps->first; j > lo; j--) {
        if (ag_mention_ending_at(s, j - 1) >= 0 &&
            !s->m[ag_mention_ending_at(s, j - 1)].possessive &&
            !s->m[ag_mention_ending_at(s, j - 1)].pronoun)
            break;
        if (ag_tok_in(s->t, j - 1, coop ? verbs : relief))
            return coop ? "160" : "080";
    }
    return NULL;
}

/* "Kyiv insists that Russia has to pull out", "X said Y must stop": an obligation put on the
 * clause's subject by the speaker of the main clause is a demand (CAMEO 100) on that subject.
 * Returns the demander's mention, or -1. */
long ag_demander(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps, size_t subj)
{
    static const char *const deontic[] = {"must", "should", "ought", NULL};
    const struct ag_tokens *t = s->t;
    size_t j, that = 0;
    int obliged = 0;

    for (j = s->m[subj].last; j < ps->first; j++) {
        if (ag_tok_in(t, j, deontic) || ((ag_tok_is(t, j, "has") || ag_tok_is(t, j, "have") ||
                                          ag_tok_is(t, j, "needs") || ag_tok_is(t, j, "need")) &&
                                         j + 1 < ps->first && ag_tok_is(t, j + 1, "to")))
            obliged = 1;
    }
    if (!obliged)
        return -1;
    /* "that" before the subject, possibly across a short aside */
    for (j = s->m[subj].first; j > s->first && s->m[subj].first - j < 8; j--)
        if (ag_tok_is(t, j - 1, "that")) {
            that = j - 1;
            break;
        }
    if (!that || that <= s->first + 1)
        return -1;
    return ag_subject_before(s, that - 1); /* the subject of the verb before "that" */
}

/* The first token of the sentence that makes what follows conditional ("if", "unless",
 * "whether", an inverted "should Hungary block ..."), or s->last. */
size_t ag_condition_at(const struct ag_sentence_ctx *s)
{
    static const char *const conditional[] = {"if", "unless", "whether", NULL};
    size_t j;

    for (j = s->first; j < s->last; j++)
        if (ag_tok_in(s->t, j, conditional) ||
            (ag_tok_is(s->t, j, "should") && ag_mention_at(s, j + 1) >= 0))
            return j;
    return s->last;
}
