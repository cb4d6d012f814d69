/* cmd_run.c: the whole pipeline (extract, analyze, render), and render on its own. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/buf.h"

static const char run_help[] =
    "usage: actorgraph run [options] INPUT... -o DIR\n"
    "\n"
    "Extracts relations from the articles, builds and analyses the graph and, when Graphviz is\n"
    "installed, renders DIR/graph.svg and writes DIR/report.html; then prints a summary. Takes the options of extract and\n"
    "analyze, and:\n"
    "  -f, --format svg|png|pdf   picture format (default svg)\n"
    "  -e, --engine NAME          sfdp (default), neato, fdp or dot\n"
    "      --timeout SECONDS      stop Graphviz after this long (default 60)\n"
    "      --no-render            do not draw the picture\n"
    "      --no-report            do not write report.html\n"
    "  filters and time windows (see 'actorgraph analyze --help'):\n"
    "      --only coop|conflict, --actor ID, --radius 1|2, --giant, --top N, --window 1d|7d|1m\n"
    "\n"
    "exit codes: 0 ok, 1 some input rejected (outputs written for the rest), 2 usage error,\n"
    "  3 i/o error, 4 out of memory or internal error\n";

static const char render_help[] =
    "usage: actorgraph render [options] DIR\n"
    "\n"
    "Draws DIR/graph.dot with Graphviz into DIR/graph.svg (or .png, .pdf). Graphviz runs as a\n"
    "child process, without a shell, and is stopped after --timeout seconds.\n"
    "\n"
    "options:\n"
    "  -f, --format svg|png|pdf   (default svg)\n"
    "  -e, --engine NAME          sfdp (default), neato, fdp or dot (dot is slow on big graphs)\n"
    "      --timeout SECONDS      (default 60)\n"
    "  -q, --quiet                no message\n"
    "  -h, --help                 this help\n"
    "\n"
    "exit codes: 0 ok, 2 usage error, 3 Graphviz missing or failed\n";

/* Is the program on PATH? Lets run skip rendering quietly when Graphviz is absent. */
static int on_path(const char *prog)
{
    const char *path = getenv("PATH");
    struct ag_buf candidate = AG_BUF_INIT;
    int found = 0;

    while (path && *path && !found) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        ag_buf_reset(&candidate);
        if (ag_buf_printf(&candidate, "%.*s/%s", (int)len, path, prog) == 0)
            found = access(candidate.ptr, X_OK) == 0;
        path = colon ? colon + 1 : NULL;
    }
    ag_buf_release(&candidate);
    return found;
}

int run_render(const struct cli_options *o, int required)
{
    struct ag_buf dot = AG_BUF_INIT, picture = AG_BUF_INIT;
    struct ag_error err;
    enum ag_status st;

    ag_error_clear(&err);
    if (!on_path(o->engine)) {
        fprintf(stderr,
                "actorgraph: %s: Graphviz's '%s' is not installed (apt-get install graphviz); "
                "graph.dot is written, the picture is not\n",
                required ? "error" : "note", o->engine);
        return required ? AG_EXIT_IO : AG_EXIT_OK;
    }
    if (ag_buf_printf(&dot, "%s/graph.dot", o->output) != 0 ||
        ag_buf_printf(&picture, "%s/graph.%s", o->output, o->format) != 0)
        st = ag_fail(&err, AG_ENOMEM, NULL, "out of memory");
    else
        st = ag_render(dot.ptr, picture.ptr, o->format, o->engine, o->timeout, &err);
    if (st != AG_OK)
        cli_report(&err, "error");
    ag_buf_release(&dot);
    ag_buf_release(&picture);
    return st == AG_OK ? AG_EXIT_OK : AG_EXIT_IO;
}

static const struct option run_longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"max-article-bytes", required_argument, NULL, 'M'},
                                             {"utf8", required_argument, NULL, 'u'},
                                             {"level", required_argument, NULL, 'l'},
                                             {"min-weight", required_argument, NULL, 'w'},
                                             {"since", required_argument, NULL, 'S'},
                                             {"until", required_argument, NULL, 'U'},
                                             {"include-negated", no_argument, NULL, 'n'},
                                             {"seed", required_argument, NULL, 'r'},
                                             {"format", required_argument, NULL, 'f'},
                                             {"engine", required_argument, NULL, 'e'},
                                             {"timeout", required_argument, NULL, 'T'},
                                             {"no-render", no_argument, NULL, 'N'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"help", no_argument, NULL, 'h'},
                                             {"no-report", no_argument, NULL, CLI_OPT_NO_REPORT},
                                             AG_GRAPH_LONGOPTS{NULL, 0, NULL, 0}};

static void print_summary(const struct cli_options *o, const struct extract_totals *t,
                          const struct ag_graph *g, int rendered, int reported)
{
    const struct ag_graph_info *info = ag_graph_info(g);
    size_t n, i, k, top[5], ntop = 0;
    const struct ag_node *nodes = ag_graph_nodes(g, &n);

    /* the five highest PageRank scores; ties keep id order, so output is stable */
    for (k = 0; k < 5 && k < n; k++) {
        size_t best = n;
        for (i = 0; i < n; i++) {
            size_t j;
            int used = 0;
            for (j = 0; j < ntop; j++)
                used |= top[j] == i;
            if (!used && (best == n || nodes[i].pagerank > nodes[best].pagerank))
                best = i;
        }
        top[ntop++] = best;
    }
    printf("articles   %zu (%zu files)\n", t->articles, t->files);
    printf("sentences  %ld\n", t->sentences);
    printf("relations  %ld (%ld negated or hypothetical, not in the graph)\n", t->relations,
           t->negated);
    printf("actors     %zu mentioned, %zu in the graph, %zu edges, %ld communities\n", t->actors,
           info->nodes, info->edges, info->communities);
    printf("most central (PageRank):\n");
    for (k = 0; k < ntop; k++)
        printf("  %zu. %-28s %.4f  degree %ld\n", k + 1, nodes[top[k]].label,
               nodes[top[k]].pagerank, nodes[top[k]].degree);
    {
        const struct ag_balance *b = ag_graph_balance(g);
        if (b->computed && b->triangles > 0)
            printf("balance    %.1f%% of %ld triangles balanced\n", 100.0 * b->share, b->triangles);
    }
    printf("files in %s/: relations.csv actors.csv nodes.csv edges.csv graph.graphml graph.gexf "
           "graph.dot summary.json%s%s%s%s\n",
           o->output, o->filters.window != AG_WINDOW_NONE ? " timeline.csv" : "",
           rendered ? " graph." : "", rendered ? o->format : "", reported ? " report.html" : "");
}

int cmd_run(int argc, char **argv)
{
    struct cli_options o;
    struct extract_totals totals;
    struct ag_graph *g = NULL;
    int c, rc, rc_extract, rendered = 0, reported = 0;

    cli_options_init(&o);
    while ((c = getopt_long(argc, argv, "o:L:l:w:f:e:qh", run_longopts, NULL)) != -1) {
        if (c == 'h') {
            fputs(run_help, stdout);
            return AG_EXIT_OK;
        }
        if (c == '?')
            return cli_usage_error("run", "%s", "bad option");
        if (c == CLI_OPT_NO_REPORT) {
            o.no_report = 1;
            continue;
        }
        rc = cli_graph_option(&o, c, optarg, "run");
        if (rc == -1)
            rc = cli_common_option(&o, c, optarg, "run");
        if (rc != 0)
            return rc;
    }
    if (optind >= argc)
        return cli_usage_error("run", "%s", "no INPUT given");
    rc_extract = run_extract(&o, argv + optind, argc - optind, &totals);
    if (rc_extract > AG_EXIT_REJECTED)
        return rc_extract;
    rc = run_analyze(&o, &g);
    if (rc == AG_EXIT_OK && o.render) {
        rc = run_render(&o, 0);
        rendered = rc == AG_EXIT_OK && on_path(o.engine);
    }
    if (rc == AG_EXIT_OK && !o.no_report) {
        {
            struct cli_options ro = o;
            ro.quiet = 1; /* run says it in the summary */
            reported = run_report(&ro, 0) == AG_EXIT_OK;
        }
    }
    if (g && !o.quiet)
        print_summary(&o, &totals, g, rendered, reported);
    ag_graph_free(g);
    return rc != AG_EXIT_OK ? rc : rc_extract;
}

int cmd_render(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},  {"engine", required_argument, NULL, 'e'},
        {"timeout", required_argument, NULL, 'T'}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0}};
    struct cli_options o;
    int c, rc;

    cli_options_init(&o);
    while ((c = getopt_long(argc, argv, "f:e:qh", longopts, NULL)) != -1) {
        if (c == 'h') {
            fputs(render_help, stdout);
            return AG_EXIT_OK;
        }
        if (c == '?')
            return cli_usage_error("render", "%s", "bad option");
        rc = cli_common_option(&o, c, optarg, "render");
        if (rc != 0)
            return rc;
    }
    if (optind != argc - 1)
        return cli_usage_error("render", "%s", "give exactly one DIR (holding graph.dot)");
    o.output = argv[optind];
    rc = run_render(&o, 1);
    if (rc == AG_EXIT_OK && !o.quiet)
        fprintf(stderr, "actorgraph: wrote %s/graph.%s\n", o.output, o.format);
    return rc;
}
