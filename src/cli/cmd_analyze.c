/* cmd_analyze.c: relations.csv in, the actor graph and its exports out. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/extra.h"
#include "util/buf.h"

static const char analyze_help[] =
    "usage: actorgraph analyze [options] DIR\n"
    "\n"
    "Reads DIR/relations.csv, builds the actor graph with igraph and writes DIR/nodes.csv,\n"
    "DIR/edges.csv (Gephi spreadsheet tables), DIR/graph.graphml, DIR/graph.gexf, DIR/graph.dot\n"
    "and DIR/summary.json (with the cooperation and conflict layers and structural balance).\n"
    "Filters apply in this order: --only, --since/--until, --min-weight, --actor, --giant,\n"
    "--top (metrics are then computed on what is left).\n"
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
    "      --only coop|conflict   keep cooperation (quad 1-2) or conflict (quad 3-4) mentions\n"
    "      --actor ID             keep the ego network of actor ID (a node id) ...\n"
    "      --radius 1|2           ... within this many steps, ignoring direction (default 1)\n"
    "      --giant                keep the largest connected component only\n"
    "      --top N                keep the N actors with the highest PageRank\n"
    "      --window 1d|7d|1m      per-window metrics in DIR/timeline.csv, spells in the GEXF\n"
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
    {"timeline.csv", ag_export_timeline_csv}, /* only with --window (below) */
    {"nodes.csv", ag_export_nodes_csv},
    {"edges.csv", ag_export_edges_csv},
    {"graph.graphml", ag_export_graphml},
    {"graph.gexf", ag_export_gexf},
    {"graph.dot", ag_export_dot},
    {"summary.json", ag_export_summary},
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
    if (st == AG_OK)
        st = ag_graph_set_filters(s.g, &o->filters, &err);
    if (st == AG_OK && ag_buf_printf(&path, "%s/relations.csv", o->output) != 0)
        st = ag_fail(&err, AG_ENOMEM, NULL, "out of memory");
    if (st == AG_OK)
        st = ag_relations_read(path.ptr, o->skip_bad_rows, add_relation, &s, &skipped, &err);
    if (st == AG_OK && skipped) {
        cli_report(&err, "warning"); /* how many rows, and where the first ones are */
        ag_error_clear(&err);
    }
    if (st == AG_OK)
        st = ag_graph_finish(s.g, &err);
    for (i = 0; st == AG_OK && i < sizeof(exports) / sizeof(exports[0]); i++) {
        if (exports[i].fn == ag_export_timeline_csv && o->filters.window == AG_WINDOW_NONE)
            continue;
        ag_buf_reset(&path);
        if (ag_buf_printf(&path, "%s/%s", o->output, exports[i].file) != 0)
            st = ag_fail(&err, AG_ENOMEM, NULL, "out of memory");
        else
            st = exports[i].fn(s.g, path.ptr, &err);
    }
    if (st != AG_OK)
        cli_report(&err, "error");
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
        {"level", required_argument, NULL, 'l'},     {"min-weight", required_argument, NULL, 'w'},
        {"since", required_argument, NULL, 'S'},     {"until", required_argument, NULL, 'U'},
        {"include-negated", no_argument, NULL, 'n'}, {"seed", required_argument, NULL, 'r'},
        {"lexicon", required_argument, NULL, 'L'},   {"skip-bad-rows", no_argument, NULL, 'B'},
        {"quiet", no_argument, NULL, 'q'},           {"help", no_argument, NULL, 'h'},
        AG_GRAPH_LONGOPTS{NULL, 0, NULL, 0}};
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
        rc = cli_graph_option(&o, c, optarg, "analyze");
        if (rc == -1)
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
                "-> %s/{nodes.csv,edges.csv,graph.graphml,graph.gexf,graph.dot,summary.json%s}\n",
                info->relations_used, info->relations_read, info->nodes, info->edges,
                info->communities, o.output,
                o.filters.window != AG_WINDOW_NONE ? ",timeline.csv" : "");
    }
    ag_graph_free(g);
    return rc;
}

/* A whole number in [lo, hi], or -1. */
static long parse_count(const char *arg, long lo, long hi)
{
    char *end;
    long v;

    if (!arg || !*arg || *arg == '-' || *arg == '+')
        return -1;
    v = strtol(arg, &end, 10);
    return *end == '\0' && v >= lo && v <= hi ? v : -1;
}

int cli_graph_option(struct cli_options *o, int opt, const char *arg, const char *cmd)
{
    struct ag_graph_filters *f = &o->filters;

    switch (opt) {
    case CLI_OPT_TOP:
        f->top = parse_count(arg, 1, 100000000L);
        if (f->top < 0)
            return cli_usage_error(cmd, "bad --top '%s' (a number of actors, at least 1)", arg);
        return 0;
    case CLI_OPT_ONLY:
        if (strcmp(arg, "coop") == 0)
            f->only = AG_ONLY_COOP;
        else if (strcmp(arg, "conflict") == 0)
            f->only = AG_ONLY_CONFLICT;
        else
            return cli_usage_error(cmd, "bad --only '%s' (coop or conflict)", arg);
        return 0;
    case CLI_OPT_ACTOR:
        if (!*arg)
            return cli_usage_error(cmd, "%s", "empty --actor");
        f->actor = arg;
        if (f->radius == 0)
            f->radius = 1;
        return 0;
    case CLI_OPT_RADIUS:
        f->radius = (int)parse_count(arg, 1, 2);
        if (f->radius < 0)
            return cli_usage_error(cmd, "bad --radius '%s' (1 or 2)", arg);
        return 0;
    case CLI_OPT_GIANT:
        f->giant = 1;
        return 0;
    case CLI_OPT_WINDOW:
        if (strcmp(arg, "1d") == 0)
            f->window = AG_WINDOW_DAY;
        else if (strcmp(arg, "7d") == 0)
            f->window = AG_WINDOW_WEEK;
        else if (strcmp(arg, "1m") == 0)
            f->window = AG_WINDOW_MONTH;
        else
            return cli_usage_error(cmd, "bad --window '%s' (1d, 7d or 1m)", arg);
        return 0;
    default:
        return -1;
    }
}
