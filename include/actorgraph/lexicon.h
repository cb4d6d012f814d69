/* lexicon.h: actors (states, their bodies, leaders, organisations, groups) and relation predicates,
 * loaded from the CSV files in datasets/lexicon/ (compiled in as the default). */
#ifndef ACTORGRAPH_LEXICON_H
#define ACTORGRAPH_LEXICON_H

#include <stddef.h>

#include "actorgraph/error.h"

struct ag_actor {
    const char *id;      /* RUS, RUSGOV, RUS_PUTIN, NATO ... */
    const char *label;   /* Russia, Russian government, Vladimir Putin ... */
    const char *country; /* the scoring code: ISO3 of the state, or the organisation/group code */
    const char *kind;    /* state, government, military, legislature, media, leader, official, igo,
                            group, bloc */
    const char *start, *end; /* dates in office (people), "" when open */
};

struct ag_cameo {
    const char *code, *name;
    double goldstein;
    int quad_class;
};

struct ag_lexicon;

/* Loads the lexicon: from the CSV files of directory dir, or the compiled-in copy when dir is NULL.
 * AG_EIO (a file cannot be read), AG_EPARSE (malformed CSV, with file:line), AG_EINVAL (a bad
 * entry, with file:line), AG_ENOMEM. */
enum ag_status ag_lexicon_load(struct ag_lexicon **out, const char *dir, struct ag_error *err);
void ag_lexicon_free(struct ag_lexicon *lex);

/* The actor with this id (the first office row for people), or NULL. */
const struct ag_actor *ag_lexicon_actor(const struct ag_lexicon *lex, const char *id);
/* The CAMEO code entry, or NULL. */
const struct ag_cameo *ag_lexicon_cameo(const struct ag_lexicon *lex, const char *code);
/* Counts, for messages: actors (rows), names, predicates. */
void ag_lexicon_stats(const struct ag_lexicon *lex, size_t *actors, size_t *names,
                      size_t *predicates);

#endif
