/* cli.h: what the subcommands share: options, messages, exit codes. */
#ifndef AG_CLI_H
#define AG_CLI_H

#include "actorgraph/actorgraph.h"
#include "actorgraph/io.h"
#include "graph/build.h"

/* Exit codes (README, "Exit codes"). */
enum ag_exit {
    AG_EXIT_OK = 0,
    AG_EXIT_REJECTED = 1,
    AG_EXIT_USAGE = 2,
    AG_EXIT_IO = 3,
    AG_EXIT_INTERNAL = 4
};

struct cli_options {
    const char *output;  /* -o DIR */
    const char *lexicon; /* --lexicon DIR, NULL: built-in */
    int quiet;
    struct ag_graph_options graph;
    struct ag_input_options input;
    const char *format, *engine;
    int timeout;
    int skip_bad_rows;
    int render;                      /* run: render when Graphviz is present */
    struct ag_graph_filters filters; /* analyze, run: --top, --only, --actor, --radius, --giant,
                                        --window (all zero: none) */
    int no_report;                   /* run: --no-report */
};

/* Totals of an extraction, for the summary. */
struct extract_totals {
    size_t files, articles;
    long sentences, relations, negated;
    size_t actors;
    long rejected;
};

void cli_options_init(struct cli_options *o);
/* Prints "actorgraph: FILE:LINE:COL: error: message" (the position when known). */
void cli_report(const struct ag_error *e, const char *severity);
/* Prints a usage error and the hint; returns AG_EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Exit code for a status. */
int cli_exit_code(enum ag_status st);
/* Creates DIR (and parents) if missing. */
enum ag_status cli_make_dir(const char *dir, struct ag_error *err);
/* Parses the options shared by extract, analyze and run; returns -1 when opt is not one of them,
 * AG_EXIT_USAGE on a bad value, 0 when handled. */
int cli_common_option(struct cli_options *o, int opt, const char *arg, const char *cmd);

int cmd_extract(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_report(int argc, char **argv);

/* Long options of the graph filters (codes above 255, so they never clash with short ones),
 * for the getopt_long tables of analyze and run; AG_GRAPH_LONGOPTS ends with a comma. */
enum {
    CLI_OPT_TOP = 0x200,
    CLI_OPT_ONLY,
    CLI_OPT_ACTOR,
    CLI_OPT_RADIUS,
    CLI_OPT_GIANT,
    CLI_OPT_WINDOW,
    CLI_OPT_NO_REPORT
};
#define AG_GRAPH_LONGOPTS                                                                          \
    {"top", required_argument, NULL, CLI_OPT_TOP},                                                 \
        {"only", required_argument, NULL, CLI_OPT_ONLY},                                           \
        {"actor", required_argument, NULL, CLI_OPT_ACTOR},                                         \
        {"radius", required_argument, NULL, CLI_OPT_RADIUS},                                       \
        {"giant", no_argument, NULL, CLI_OPT_GIANT},                                               \
        {"window", required_argument, NULL, CLI_OPT_WINDOW},
/* Parses one graph filter option; returns -1 when opt is not one, AG_EXIT_USAGE on a bad
 * value, 0 when handled. */
int cli_graph_option(struct cli_options *o, int opt, const char *arg, const char *cmd);
/* Writes DIR/report.html (o->output); required: a failure is an error, else a warning. */
int run_report(const struct cli_options *o, int required);

/* The stages, shared by run. */
int run_extract(const struct cli_options *o, char **inputs, int ninputs,
                struct extract_totals *totals);
int run_analyze(const struct cli_options *o, struct ag_graph **graph_out);
int run_render(const struct cli_options *o, int required);

#endif
