/* io.h: reading articles (text files, directories, JSON Lines, stdin) and the CSV tables. */
#ifndef ACTORGRAPH_IO_H
#define ACTORGRAPH_IO_H

#include <stdio.h>

#include "actorgraph/doc.h"
#include "actorgraph/error.h"
#include "actorgraph/extract.h"

/* ---- articles */

struct ag_input_options {
    size_t max_article_bytes; /* larger articles are rejected (default 64 MiB) */
    int strict_utf8;          /* 1: invalid UTF-8 rejects the article instead of U+FFFD */
};

/* Called for each article read; the doc and its strings live until the callback returns. */
typedef enum ag_status (*ag_doc_fn)(const struct ag_doc *doc, void *ctx, struct ag_error *err);
/* Called for each problem that does not stop the run (a skipped file, a bad JSON line, a
 * replaced byte): severity "warning" (article kept) or "error" (article rejected). */
typedef void (*ag_problem_fn)(const struct ag_error *problem, const char *severity, void *ctx);

struct ag_inputs;

/* Collects the articles named by paths (files, directories searched recursively for *.txt and
 * *.jsonl in sorted order, or "-" for standard input). AG_ENOMEM. */
enum ag_status ag_inputs_new(struct ag_inputs **out, char *const *paths, size_t npaths,
                             const struct ag_input_options *opts, ag_problem_fn on_problem,
                             void *problem_ctx, struct ag_error *err);
void ag_inputs_free(struct ag_inputs *in);
/* Number of input files found, and their total size in bytes. */
size_t ag_inputs_files(const struct ag_inputs *in);
unsigned long long ag_inputs_bytes(const struct ag_inputs *in);
/* Problems reported so far that rejected an input (for the exit code). */
long ag_inputs_rejected(const struct ag_inputs *in);

/* Reads file number i and hands each article in it to fn (one for .txt, one per line for
 * .jsonl). Problems with the file go to on_problem and return AG_OK; AG_ENOMEM, or what fn
 * returns, stops. */
enum ag_status ag_inputs_read(struct ag_inputs *in, size_t i, ag_doc_fn fn, void *ctx,
                              struct ag_error *err);

/* Parses one article into doc, pointing into a cleaned copy kept in *storage (caller frees with
 * ag_doc_storage_free). With title == NULL, data is a file: its "date YYYY-MM-DD Headline" first
 * line gives date and title, and *warning is set when that line is missing. Otherwise data is
 * the body and date (YYYY-MM-DD or NULL) and title come from the caller (JSON Lines).
 * AG_ENOMEM, AG_EPARSE (invalid UTF-8 in strict mode). */
struct ag_doc_storage;
enum ag_status ag_doc_parse(struct ag_doc *doc, struct ag_doc_storage **storage, const char *id,
                            const char *path, const char *data, size_t len, const char *date,
                            const char *title, int strict_utf8, struct ag_error *warning,
                            struct ag_error *err);
void ag_doc_storage_free(struct ag_doc_storage *s);

/* ---- relations.csv */

struct ag_relations_writer;

/* Opens DIR/relations.csv (through a temporary file) and writes the header. AG_EIO, AG_ENOMEM. */
enum ag_status ag_relations_writer_open(struct ag_relations_writer **out, const char *path,
                                        struct ag_error *err);
enum ag_status ag_relations_write(struct ag_relations_writer *w, const struct ag_relation *r,
                                  struct ag_error *err);
/* Closes and renames into place (commit = 1) or discards (commit = 0). AG_EIO. Frees w. */
enum ag_status ag_relations_writer_close(struct ag_relations_writer *w, int commit,
                                         struct ag_error *err);

/* Reads a relations file and hands each row to fn. Required columns: source, target,
 * source_country, target_country, quad_class. AG_EIO, AG_EPARSE and AG_EINVAL (with
 * file:line:col), AG_ENOMEM. skip_bad_rows: count bad rows in *skipped instead of failing. */
enum ag_status ag_relations_read(const char *path, int skip_bad_rows, ag_relation_fn fn, void *ctx,
                                 long *skipped, struct ag_error *err);

/* ---- actors.csv */

struct ag_actor_table;

enum ag_status ag_actor_table_new(struct ag_actor_table **out, struct ag_error *err);
void ag_actor_table_free(struct ag_actor_table *t);
/* Counts one mention. AG_ENOMEM. */
enum ag_status ag_actor_table_add(struct ag_actor_table *t, const struct ag_mention *m,
                                  struct ag_error *err);
size_t ag_actor_table_count(const struct ag_actor_table *t);
/* Writes id,label,country,kind,mentions,documents,first_date,last_date sorted by id. AG_EIO. */
enum ag_status ag_actor_table_write(const struct ag_actor_table *t, const char *path,
                                    struct ag_error *err);

#endif
