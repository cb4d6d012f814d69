/* extract_impl.h: what the extractor's parts share: the sentence being read and its mentions. */
#ifndef AG_EXTRACT_IMPL_H
#define AG_EXTRACT_IMPL_H

#include <stddef.h>

#include "actorgraph/extract.h"
#include "lexicon/lexicon_impl.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "util/strmap.h"

/* An actor mentioned in the sentence. */
struct ag_mention_span {
    size_t first, last; /* tokens [first, last) */
    const struct ag_actor *actor;
    int adjectival; /* a bare nationality adjective: counts only as the modifier of an event noun */
    int possessive; /* followed by 's or ' */
    int pronoun;    /* resolved from it, its, the two sides ... */
    int group;      /* mentions of one coordination (X and Y) share this number; 0: none */
};

/* A predicate found in the sentence. */
struct ag_pred_span {
    size_t first, last; /* tokens [first, last) */
    const struct ag_predicate *pred;
    enum ag_form form;
    int alternative; /* another reading of the span before it: tried only if that one found
                        no arguments */
};

/* Actors made from a nationality and a role ("Chinese officials" -> CHNGOV) when the lexicon
 * has no such row: owned here, stable for the extractor's life. */
struct ag_synth_actors {
    struct ag_strmap by_id;
    struct ag_actor **items;
    size_t count, cap;
};

/* Discourse memory for pronouns, carried from sentence to sentence. */
struct ag_discourse {
    const struct ag_actor *last_subject; /* first actor of the last sentence that had one */
    const struct ag_actor *last_state;   /* most recent state-like actor */
    const struct ag_actor *last_person;  /* most recent leader or official */
    const struct ag_actor *last_org;     /* most recent organisation */
    const struct ag_actor *last_group;   /* most recent armed group */
    const struct ag_actor *pair[2];      /* last coordinated pair, or last two countries */
    const struct ag_actor *rel_pair[2];  /* source and target of the last relation */
    int pair_age;                        /* sentences since pair was set */
    const struct ag_actor *recent[2];    /* last two distinct countries mentioned */
    const struct ag_actor *persons[2];   /* last two people of different countries */
    const struct ag_actor *attacker[4], *attacked[4]; /* the last conflict relations written */
    unsigned conflicts;                               /* how many were written (ring index) */
};

struct ag_sentence_ctx {
    const struct ag_lexicon *lex;
    const struct ag_tokens *t;
    size_t first, last; /* the sentence's tokens */
    const char *date;
    int headline;
    struct ag_mention_span *m;
    size_t nm, mcap;
    struct ag_pred_span *p;
    size_t np, pcap;
    size_t condition_at; /* first token of a condition (if, unless ...), or last */
};

/* Finds the actor mentions of the sentence (names, nationality + role, pronouns), in order.
 * 0 or -1 (out of memory). */
int ag_find_mentions(struct ag_sentence_ctx *s, struct ag_synth_actors *synth,
                     struct ag_discourse *d);
/* Updates the discourse memory with the sentence's mentions. */
void ag_discourse_update(struct ag_discourse *d, const struct ag_sentence_ctx *s);
void ag_synth_release(struct ag_synth_actors *synth);

/* Finds the predicates of the sentence. 0 or -1. */
int ag_find_predicates(struct ag_sentence_ctx *s);

/* Is mention k (with its coordination) the object of a preposition ("in Kyiv", "with Qatar and
 * Egypt")? Not after "of" that follows a role noun ("the ambassadors of Japan"). */
int ag_mention_is_object(const struct ag_sentence_ctx *s, size_t k);

/* Mention index starting at token i, or -1. */
long ag_mention_at(const struct ag_sentence_ctx *s, size_t i);

/* Word classes used by the argument finder. */
int ag_is_determiner(const struct ag_tokens *t, size_t i);
int ag_is_preposition(const struct ag_tokens *t, size_t i);
int ag_is_calendar_word(const struct ag_tokens *t, size_t i); /* weekday or month */
int ag_is_speech_verb(const struct ag_tokens *t, size_t i);   /* said, told, stated ... */
int ag_is_be(const struct ag_tokens *t, size_t i);

/* ---- arguments.c */

#define AG_MAX_ARGS 8

struct ag_args {
    size_t src[AG_MAX_ARGS], tgt[AG_MAX_ARGS]; /* mention indices */
    size_t nsrc, ntgt;
    int pairwise; /* mutual predicate with a plural subject: relate the subjects to each other */
};

/* Who acts on whom for predicate ps (the README's argument rules). */
void ag_find_args(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps,
                  struct ag_args *a);
/* Mention whose last token is j, or -1. */
long ag_mention_ending_at(const struct ag_sentence_ctx *s, size_t j);
/* The subject of the verb group ending before token b, or -1. */
long ag_subject_before(const struct ag_sentence_ctx *s, size_t b);
/* The actor named by "in"/"inside" + place within a few words from token from, or -1. */
long ag_place_after(const struct ag_sentence_ctx *s, size_t from);
/* ; : -- ( ) end a clause for the argument search. */
int ag_is_clause_break(const struct ag_tokens *t, size_t i);

/* ---- modality.c */

enum ag_modality { AG_MOD_ASSERTED, AG_MOD_NEGATED, AG_MOD_INTENT, AG_MOD_THREAT };

/* Is the predicate stated as happening, denied or only possible, intended or threatened? */
enum ag_modality ag_modality(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps);
/* The CAMEO code for an intention (03) or threat (13) to do what c names; c otherwise. */
const struct ag_cameo *ag_recode(const struct ag_lexicon *lex, const struct ag_cameo *c,
                                 enum ag_modality mod);
/* "suspended talks" (160), "lifted the sanctions" (080): the code of an ended event, or NULL. */
const char *ag_ended_event_code(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps);
/* "Kyiv insists that Russia must ...": the mention demanding of subject subj, or -1. */
long ag_demander(const struct ag_sentence_ctx *s, const struct ag_pred_span *ps, size_t subj);
/* The first token of a condition (if, unless, whether, "should X ..."), or s->last. */
size_t ag_condition_at(const struct ag_sentence_ctx *s);

#endif
