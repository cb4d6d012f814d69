/* cmd_report.c: actorgraph report DIR -> DIR/report.html (also run by actorgraph run). */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>

#include "export/extra.h"

static const char report_help[] =
    "usage: actorgraph report [options] DIR\n"
    "\n"
    "Writes DIR/report.html, one self-contained page (no network access): the graph drawn by\n"
    "Graphviz with clickable nodes and edges, the evidence sentences of each edge, a sortable\n"
    "actor table, summary figures, structural balance and a timeline of relations. Reads\n"
    "DIR/nodes.csv, edges.csv, summary.json, graph.dot (written by analyze) and relations.csv.\n"
    "\n"
    "options:\n"
    "  -e, --engine NAME          Graphviz layout: sfdp (default), neato, fdp or dot\n"
    "      --timeout SECONDS      stop Graphviz after this long (default 60)\n"
    "  -q, --quiet                no message\n"
    "  -h, --help                 this help\n"
    "\n"
    "exit codes: 0 ok, 1 input rejected (bad CSV or JSON), 2 usage error, 3 i/o error (an input\n"
    "  missing, cannot write), 4 out of memory or internal error\n";

int run_report(const struct cli_options *o, int required)
{
    struct ag_report_options ro = {o->engine, o->timeout, 50};
    struct ag_error err, warning;
    enum ag_status st;

    ag_error_clear(&err);
    ag_error_clear(&warning);
    st = ag_export_report(o->output, &ro, &warning, &err);
    if (st != AG_OK) {
        cli_report(&err, required ? "error" : "warning");
        return required ? cli_exit_code(st) : AG_EXIT_OK;
    }
    if (warning.msg[0] && !o->quiet)
        fprintf(stderr, "actorgraph: note: report.html has no picture: %s\n", warning.msg);
    return AG_EXIT_OK;
}

int cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {{"engine", required_argument, NULL, 'e'},
                                             {"timeout", required_argument, NULL, 'T'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    struct cli_options o;
    int c, rc;

    cli_options_init(&o);
    while ((c = getopt_long(argc, argv, "e:qh", longopts, NULL)) != -1) {
        if (c == 'h') {
            fputs(report_help, stdout);
            return AG_EXIT_OK;
        }
        if (c == '?')
            return cli_usage_error("report", "%s", "bad option");
        rc = cli_common_option(&o, c, optarg, "report");
        if (rc != 0)
            return rc;
    }
    if (optind != argc - 1)
        return cli_usage_error("report", "%s", "give exactly one DIR (written by analyze)");
    o.output = argv[optind];
    rc = run_report(&o, 1);
    if (rc == AG_EXIT_OK && !o.quiet)
        fprintf(stderr, "actorgraph: wrote %s/report.html\n", o.output);
    return rc;
}
