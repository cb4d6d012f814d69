/* inflect.h: English inflection of predicate phrases (attack -> attacks, attacked, attacking). */
#ifndef AG_LEXICON_INFLECT_H
#define AG_LEXICON_INFLECT_H

#include <stdint.h>

#include "lexicon/lexicon_impl.h"

/* Adds every inflected form of phrase to pt with payload (pred << 3 | enum ag_form).
 * verb: the first word gets base, -s, -ed, -ing (or the '|'-separated irregular forms, in the
 * order base|s|past|ing|participle), later words singular and plural; noun: singular and plural
 * of the last word (or the forms given); adj, fixed: as written. 0 or -1 (out of memory). */
int ag_inflect_add(struct ag_phrase_table *pt, const char *phrase, enum ag_pred_pos pos,
                   const char *forms, uint32_t pred, struct ag_tokens *scratch);

/* Writes the regular form of word into out (size cap); for tests and the loader. */
void ag_inflect_word(const char *word, enum ag_form form, char *out, size_t cap);

#endif
