/* lexicon_impl.h: the lexicon's tables, shared with the extractor (the next module in the chain).
 */
#ifndef AG_LEXICON_IMPL_H
#define AG_LEXICON_IMPL_H

#include <stdint.h>

#include "actorgraph/lexicon.h"
#include "lexicon/phrases.h"

/* How a predicate's words are matched and its arguments found. */
enum ag_pred_pos { AG_POS_VERB, AG_POS_NOUN, AG_POS_ADJ, AG_POS_FIXED };

/* Which inflection of a verb matched (for passive voice and tense). */
enum ag_form { AG_FORM_BASE, AG_FORM_S, AG_FORM_ED, AG_FORM_ING, AG_FORM_NOUN, AG_FORM_OTHER };

#define AG_MAX_PREPS 9 /* 8 prepositions and the NULL */

struct ag_predicate {
    const char *phrase; /* as written in relations.csv */
    enum ag_pred_pos pos;
    const struct ag_cameo *cameo;
    int mutual;
    int reversed;                    /* dir ts: the subject is the target */
    int direct_obj;                  /* the target may follow directly */
    const char *preps[AG_MAX_PREPS]; /* words introducing the target (NULL-terminated) */
    long line;                       /* in relations.csv, for messages */
};

struct ag_role {
    const char *suffix; /* GOV, MIL, LEG, MED */
    const char *kind;   /* government, military ... */
    const char *noun;
};

struct ag_lexicon {
    struct ag_actor *actors; /* rows of actors.csv and leaders.csv */
    size_t nactors, actors_cap;
    struct ag_strmap actor_by_id; /* id -> first row */
    struct ag_phrase_table names; /* case-sensitive; payload: actor row */

    const char **demonym_country; /* payload of demonyms: index -> country code */
    size_t ndemonyms, demonyms_cap;
    struct ag_phrase_table demonyms; /* case-sensitive */

    struct ag_role *roles;
    size_t nroles, roles_cap;
    struct ag_phrase_table role_nouns; /* lower case; payload: role index */

    struct ag_cameo *cameo;
    size_t ncameo, cameo_cap;
    struct ag_strmap cameo_by_code;

    struct ag_predicate *preds;
    size_t npreds, preds_cap;
    struct ag_phrase_table predicates; /* lower case; payload: pred index << 3 | enum ag_form */

    char **strings; /* owned copies of every text field */
    size_t nstrings, strings_cap;
};

/* Actor row by index. */
static inline const struct ag_actor *ag_lexicon_row(const struct ag_lexicon *lex, size_t i)
{
    return &lex->actors[i];
}

/* 1 when the actor row is valid on date (YYYY-MM-DD; "" = any date). */
int ag_actor_valid_on(const struct ag_actor *a, const char *date);

#endif
