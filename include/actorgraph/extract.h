/* extract.h: articles in, relation mentions out (streamed through callbacks). */
#ifndef ACTORGRAPH_EXTRACT_H
#define ACTORGRAPH_EXTRACT_H

#include "actorgraph/doc.h"
#include "actorgraph/error.h"
#include "actorgraph/lexicon.h"

/* One relation mention: who did what to whom, in which sentence. All strings are borrowed
 * for the duration of the callback; "" when unknown, never NULL. */
struct ag_relation {
    const char *doc_id;
    const char *date; /* YYYY-MM-DD or "" */
    long sentence;    /* 1-based sentence number in the article (the headline is sentence 0) */
    const char *source, *source_label, *source_country;
    const char *target, *target_label, *target_country;
    const char *cameo; /* CAMEO event code, e.g. "190" */
    const char *event; /* its short English name */
    int quad_class;    /* 1..4 */
    double goldstein;
    int negated;          /* 1: stated as not happening, or only as a possibility */
    const char *trigger;  /* the words that state the relation */
    const char *evidence; /* the sentence */
};

/* One actor mention, for actors.csv. */
struct ag_mention {
    const char *doc_id, *date;
    const struct ag_actor *actor;
};

typedef enum ag_status (*ag_relation_fn)(const struct ag_relation *rel, void *ctx,
                                         struct ag_error *err);

struct ag_extract_sink {
    ag_relation_fn on_relation;
    enum ag_status (*on_mention)(const struct ag_mention *m, void *ctx, struct ag_error *err);
    void *ctx;
};

struct ag_extractor;

/* New extractor over lex (borrowed: it must outlive the extractor). AG_ENOMEM. */
enum ag_status ag_extractor_new(struct ag_extractor **out, const struct ag_lexicon *lex,
                                struct ag_error *err);
void ag_extractor_free(struct ag_extractor *x);

/* Finds the relations doc states and hands each to sink, in text order. Memory is reused between
 * documents. AG_ENOMEM, or what a sink callback returns. Linear in the document length. */
enum ag_status ag_extract_doc(struct ag_extractor *x, const struct ag_doc *doc,
                              const struct ag_extract_sink *sink, struct ag_error *err);

/* Number of sentences seen so far (headline included). */
long ag_extractor_sentences(const struct ag_extractor *x);

#endif
