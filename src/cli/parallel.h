/* parallel.h: extraction on worker threads with the output kept in input order.
 * The reading thread submits each article (copied into a slot of a bounded ring); each worker has
 * its own extractor over the shared read-only lexicon and records the article's relations and
 * mentions in the slot; the reading thread hands finished slots to the sink strictly in
 * submission order, so the output is the same whatever the number of threads. Memory is bounded
 * by the ring: at most 4 slots per worker and 8 MiB of queued article text (one article always
 * fits). */
#ifndef AG_CLI_PARALLEL_H
#define AG_CLI_PARALLEL_H

#include "actorgraph/extract.h"
#include "cli/cli.h"

struct cli_pool;

/* Starts nthreads (>= 1) workers over lex (borrowed; it must outlive the pool). sink (copied) is
 * called from the calling thread only, in input order. AG_ENOMEM, AG_EIO (thread creation). */
enum ag_status cli_pool_new(struct cli_pool **out, const struct ag_lexicon *lex, int nthreads,
                            const struct ag_extract_sink *sink, struct ag_error *err);
/* Queues a copy of doc; may first wait for a slot and emit finished articles. AG_ENOMEM, or what
 * the sink or an earlier article's extraction returned. */
enum ag_status cli_pool_submit(struct cli_pool *p, const struct ag_doc *doc, struct ag_error *err);
/* Waits for every queued article and emits it. Same errors as cli_pool_submit. */
enum ag_status cli_pool_drain(struct cli_pool *p, struct ag_error *err);
/* Sentences seen by all workers (headlines included). */
long cli_pool_sentences(const struct cli_pool *p);
/* Stops and joins the workers (queued articles are dropped) and frees everything. NULL is ok. */
void cli_pool_free(struct cli_pool *p);

/* run_extract with threads extraction threads (1: no worker threads at all); run_extract uses
 * cli_online_cores(). */
int run_extract_threads(const struct cli_options *o, int threads, char **inputs, int ninputs,
                        struct extract_totals *totals);

/* The number of online processors, at least 1. */
int cli_online_cores(void);

#endif
