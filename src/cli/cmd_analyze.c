/* cmd_analyze.c: relations.csv in, the actor graph and its exports out. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "util/buf.h"

static const char analyze_help[] =
    "usage: actorgraph analyze [options] DIR\n"
    "\n"
    "Reads DIR/relations.csv, builds the actor graph with igraph and writes DIR/nodes.csv,\n"
    "DIR/edges.csv (Gephi spreadsheet tables), DIR/graph.graphml, DIR/graph.gexf, DIR/graph.dot\n"
    "and DIR/summary.json.\n"
    "\n"
    "options:\n"
    "  -l, --level actor|country  one node per actor (default), or per state/organisation\n"
    "  -w, --min-weight N         drop edges with fewer than N relation mentions (default 1)\n"
    "      --since DATE           skip relations dated before DATE (YYYY-MM-DD)\n"
    "      --until DATE           skip relations dated after DATE\n"
    "      --include-negated      count negated and hypothetical relations too\n"
    "      --seed N               seed of the community detection (default 42)\n"
    "  -L, --lexicon DIR          lexicon for labels and kinds (default: built in)\n"
    "      --skip-bad-rows        skip malformed rows (and say how many) instead of failing\n"
    "  -q, --quiet                no summary\n"
    "  -h, --help                 this help\n"
    "\n"
    "exit codes: 0 ok, 1 input rejected, 2 usage error, 3 i/o error,\n"
    "  4 out of memory or internal error\n";

struct analyze_state {
    struct ag_graph *g;
};

static enum ag_status add_relation(const struct ag_relation *r, void *ctx, struct ag_error *err)
{
    struct analyze_state *s = ctx;
    return ag_graph_add(s->g, r, err);
}

typedef enum ag_status (*export_fn)(const struct ag_graph *g, const char *path,
                                    struct ag_error *err);

static const struct {
    const char *file;
    export_fn fn;
} exports[] = {
    {"nodes.csv", ag_export_nodes_csv},   {"edges.csv", ag_export_edges_csv},
    {"graph.graphml", ag_export_graphml}, {"graph.gexf", ag_export_gexf},
    {"graph.dot", ag_export_dot},         {"summary.json", ag_export_summary},
};

int run_analyze(const struct cli_options *o, struct ag_graph **graph_out)
{
    struct analyze_state s;
    struct ag_lexicon *lex = NULL;
    struct ag_buf path = AG_BUF_INIT;
    struct ag_error err;
    enum ag_status st;
    long skipped = 0;
    size_t i;

    memset(&s, 0, sizeof(s));
    ag_error_clear(&err);
    st = ag_lexicon_load(&lex, o->lexicon, &err);
    if (st == AG_OK)
        st = ag_graph_new(&s.g, &o->graph, lex, &err);
    if (st == AG_OK && ag_buf_printf(&path, "%s/relations.csv", o->output) != 0)
        st = ag_fail(&err, AG_ENOMEM, NULL, "out of memory");
    if (st == AG_OK)
        st = ag_relations_read(path.ptr, o->skip_bad_rows, add_relation, &s, &skipped, &err);
    if (st == AG_OK)
        st = ag_graph_finish(s.g, &err);
    for (i = 0; st == AG_OK && i < sizeof(exports) / sizeof(exports[0]); i++) {
        ag_buf_reset(&path);
        if (ag_buf_printf(&path, "%s/%s", o->output, exports[i].file) != 0)
            st = ag_fail(&err, AG_ENOMEM, NULL, "out of memory");
        else
            st = exports[i].fn(s.g, path.ptr, &err);
    }
    if (st != AG_OK)
        cli_report(&err, "error");
    if (skipped)
        fprintf(stderr, "actorgraph: warning: %ld malformed rows of '%s/relations.csv' skipped\n",
                skipped, o->output);
    ag_buf_release(&path);
    if (st == AG_OK && graph_out) {
        *graph_out = s.g;
        s.g = NULL;
    }
    ag_graph_free(s.g);
    ag_lexicon_free(lex);
    if (st != AG_OK)
        return cli_exit_code(st);
    return skipped ? AG_EXIT_REJECTED : AG_EXIT_OK;
}

int cmd_analyze(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"level", required_argument, NULL, 'l'},   {"min-weight", required_argument, NULL, 'w'},
        {"since", required_argument, NULL, 'S'},   {"until", required_argument, NULL, 'U'},
        {"include-negated", no_argument, NULL, 'n'}, {"seed", required_argument, NULL, 'r'},
        {"lexicon", required_argument, NULL, 'L'}, {"skip-bad-rows", no_argument, NULL, 'B'},
        {"quiet", no_argument, NULL, 'q'},         {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    struct cli_options o;
    struct ag_graph *g = NULL;
    int c, rc;

    cli_options_init(&o);
    while ((c = getopt_long(argc, argv, "l:w:L:qh", longopts, NULL)) != -1) {
        if (c == 'h') {
            fputs(analyze_help, stdout);
            return AG_EXIT_OK;
        }
        if (c == '?')
            return cli_usage_error("analyze", "%s", "bad option");
        rc = cli_common_option(&o, c, optarg, "analyze");
        if (rc != 0)
            return rc;
    }
    if (optind != argc - 1)
        return cli_usage_error("analyze", "%s", "give exactly one DIR (holding relations.csv)");
    o.output = argv[optind];
    rc = run_analyze(&o, &g);
    if (g && !o.quiet) {
        const struct ag_graph_info *info = ag_graph_info(g);
        fprintf(stderr,
                "actorgraph: %ld relations used of %ld read, %zu nodes, %zu edges, %ld communities "
                "-> %s/{nodes.csv,edges.csv,graph.graphml,graph.gexf,graph.dot,summary.json}\n",
                info->relations_used, info->relations_read, info->nodes, info->edges,
                info->communities, o.output);
    }
    ag_graph_free(g);
    return rc;
}
