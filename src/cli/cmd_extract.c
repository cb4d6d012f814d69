/* cmd_extract.c: articles in, relations.csv and actors.csv out. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/parallel.h"
#include "cli/progress.h"
#include "util/buf.h"

static const char extract_help[] =
    "usage: actorgraph extract [options] INPUT... -o DIR\n"
    "\n"
    "Finds political actors and the relations between them in news articles and writes\n"
    "DIR/relations.csv (one row per relation mention) and DIR/actors.csv.\n"
    "INPUT: article files (first line 'date YYYY-MM-DD Headline', then the body), directories\n"
    "(searched recursively for *.txt and *.jsonl), JSON Lines files (one {\"id\",\"date\",\n"
    "\"title\",\"text\"} object per line), or - for standard input.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR          where to write (default: out)\n"
    "  -L, --lexicon DIR         read the lexicon CSV files from DIR (default: built in)\n"
    "      --max-article-bytes N reject larger articles (default: 67108864)\n"
    "      --utf8 replace|strict invalid UTF-8: replace with U+FFFD and warn (default), or\n"
    "                            reject the article\n"
    "  -j, --threads N           extract on N threads (default: the number of cores); the\n"
    "                            output is the same whatever N\n"
    "  -q, --quiet               no warnings or summary (and no progress line, which is\n"
    "                            shown only when stderr is a terminal)\n"
    "  -h, --help                this help\n"
    "\n"
    "exit codes: 0 ok, 1 some input rejected (outputs written for the rest), 2 usage error,\n"
    "  3 i/o error, 4 out of memory or internal error\n";

struct extract_state {
    const struct cli_options *o;
    struct ag_extractor *x; /* one thread */
    struct cli_pool *pool;  /* more threads */
    struct ag_relations_writer *w;
    struct ag_actor_table *actors;
    struct extract_totals *totals;
    struct cli_progress progress;
    size_t files_done;
    unsigned long long bytes_done; /* article text handed to extraction */
};

static void on_problem(const struct ag_error *e, const char *severity, void *ctx)
{
    struct extract_state *s = ctx;
    if (strcmp(severity, "error") == 0 || !s->o->quiet) {
        cli_progress_clear(&s->progress);
        cli_report(e, severity);
    }
}

static enum ag_status on_relation(const struct ag_relation *r, void *ctx, struct ag_error *err)
{
    struct extract_state *s = ctx;
    s->totals->relations++;
    s->totals->negated += r->negated;
    return ag_relations_write(s->w, r, err);
}

static enum ag_status on_mention(const struct ag_mention *m, void *ctx, struct ag_error *err)
{
    struct extract_state *s = ctx;
    return ag_actor_table_add(s->actors, m, err);
}

static enum ag_status on_doc(const struct ag_doc *doc, void *ctx, struct ag_error *err)
{
    struct extract_state *s = ctx;
    struct ag_extract_sink sink = {on_relation, on_mention, s};
    s->totals->articles++;
    s->bytes_done += doc->text_len + (doc->title ? strlen(doc->title) : 0);
    cli_progress_update(&s->progress, s->files_done, s->bytes_done);
    if (s->pool)
        return cli_pool_submit(s->pool, doc, err);
    return ag_extract_doc(s->x, doc, &sink, err);
}

static enum ag_status output_path(struct ag_buf *b, const char *dir, const char *file,
                                  struct ag_error *err)
{
    ag_buf_reset(b);
    if (ag_buf_printf(b, "%s/%s", dir, file) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    return AG_OK;
}

int run_extract(const struct cli_options *o, char **inputs, int ninputs,
                struct extract_totals *totals)
{
    return run_extract_threads(o, cli_online_cores(), inputs, ninputs, totals);
}

int run_extract_threads(const struct cli_options *o, int threads, char **inputs, int ninputs,
                        struct extract_totals *totals)
{
    struct extract_state s;
    struct ag_extract_sink sink = {on_relation, on_mention, NULL};
    struct ag_lexicon *lex = NULL;
    struct ag_inputs *in = NULL;
    struct ag_buf path = AG_BUF_INIT;
    struct ag_error err;
    enum ag_status st;
    size_t i;

    memset(&s, 0, sizeof(s));
    memset(totals, 0, sizeof(*totals));
    ag_error_clear(&err);
    s.o = o;
    s.totals = totals;
    sink.ctx = &s;
    cli_progress_init(&s.progress, stderr, 0, 0, 0);
    st = ag_lexicon_load(&lex, o->lexicon, &err);
    if (st == AG_OK)
        st = cli_make_dir(o->output, &err);
    if (st == AG_OK)
        st = ag_inputs_new(&in, inputs, (size_t)ninputs, &o->input, on_problem, &s, &err);
    if (st == AG_OK && threads <= 1)
        st = ag_extractor_new(&s.x, lex, &err);
    else if (st == AG_OK)
        st = cli_pool_new(&s.pool, lex, threads, &sink, &err);
    if (st == AG_OK)
        st = ag_actor_table_new(&s.actors, &err);
    if (st == AG_OK && (st = output_path(&path, o->output, "relations.csv", &err)) == AG_OK)
        st = ag_relations_writer_open(&s.w, path.ptr, &err);
    if (st == AG_OK)
        cli_progress_init(&s.progress, stderr, !o->quiet, ag_inputs_files(in), ag_inputs_bytes(in));
    for (i = 0; st == AG_OK && i < ag_inputs_files(in); i++) {
        st = ag_inputs_read(in, i, on_doc, &s, &err);
        s.files_done = i + 1;
        cli_progress_update(&s.progress, s.files_done, s.bytes_done);
    }
    if (st == AG_OK && s.pool)
        st = cli_pool_drain(s.pool, &err);
    cli_progress_clear(&s.progress);
    if (s.w) {
        enum ag_status cst = ag_relations_writer_close(s.w, st == AG_OK, st == AG_OK ? &err : NULL);
        if (st == AG_OK)
            st = cst;
    }
    if (st == AG_OK && (st = output_path(&path, o->output, "actors.csv", &err)) == AG_OK)
        st = ag_actor_table_write(s.actors, path.ptr, &err);
    if (in) {
        totals->files = ag_inputs_files(in);
        totals->rejected = ag_inputs_rejected(in);
    }
    if (s.actors)
        totals->actors = ag_actor_table_count(s.actors);
    if (s.x)
        totals->sentences = ag_extractor_sentences(s.x);
    if (s.pool)
        totals->sentences = cli_pool_sentences(s.pool);
    if (st != AG_OK)
        cli_report(&err, "error");
    ag_buf_release(&path);
    cli_pool_free(s.pool);
    ag_actor_table_free(s.actors);
    ag_extractor_free(s.x);
    ag_inputs_free(in);
    ag_lexicon_free(lex);
    if (st != AG_OK)
        return cli_exit_code(st) == AG_EXIT_REJECTED ? AG_EXIT_IO : cli_exit_code(st);
    if (totals->files == 0 && totals->rejected == 0) {
        fprintf(stderr, "actorgraph: warning: no articles found (*.txt, *.jsonl) in the inputs\n");
        return AG_EXIT_REJECTED;
    }
    return totals->rejected ? AG_EXIT_REJECTED : AG_EXIT_OK;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"max-article-bytes", required_argument, NULL, 'M'},
                                             {"utf8", required_argument, NULL, 'u'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"threads", required_argument, NULL, 'j'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    struct cli_options o;
    struct extract_totals totals;
    int c, rc, threads = cli_online_cores();

    cli_options_init(&o);
    while ((c = getopt_long(argc, argv, "o:L:j:qh", longopts, NULL)) != -1) {
        if (c == 'h') {
            fputs(extract_help, stdout);
            return AG_EXIT_OK;
        }
        if (c == 'j') {
            char *end = NULL;
            long n;
            errno = 0;
            n = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || n < 1 || n > 256)
                return cli_usage_error("extract",
                                       "--threads must be a whole number from 1 to 256, "
                                       "not '%s'",
                                       optarg);
            threads = (int)n;
            continue;
        }
        if (c == '?')
            return cli_usage_error("extract", "%s", "bad option");
        rc = cli_common_option(&o, c, optarg, "extract");
        if (rc != 0)
            return rc;
    }
    if (optind >= argc)
        return cli_usage_error("extract", "%s", "no INPUT given");
    rc = run_extract_threads(&o, threads, argv + optind, argc - optind, &totals);
    if (!o.quiet && rc <= AG_EXIT_REJECTED)
        fprintf(stderr,
                "actorgraph: %zu articles, %ld sentences, %ld relations (%ld negated or "
                "hypothetical), %zu actors -> %s/relations.csv, %s/actors.csv\n",
                totals.articles, totals.sentences, totals.relations, totals.negated, totals.actors,
                o.output, o.output);
    return rc;
}
