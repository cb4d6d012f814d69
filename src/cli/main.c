/* main.c: command dispatch and what every subcommand shares. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/outfile.h"

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const struct {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"extract", cmd_extract, "find actors and relations in articles: relations.csv, actors.csv"},
    {"analyze", cmd_analyze, "build the actor graph: metrics, GraphML, GEXF, DOT, Gephi CSV"},
    {"run", cmd_run, "extract, analyze and render in one go"},
    {"render", cmd_render, "draw graph.dot with Graphviz (svg, png, pdf)"},
    {"report", cmd_report, "write report.html: the graph, its evidence, a timeline, one page"},
    {"help", cmd_help, "show this help"},
    {"version", cmd_version, "show the version"},
};

static void usage(FILE *fp)
{
    size_t i;

    fprintf(fp, "usage: actorgraph <command> [options]\n\ncommands:\n");
    for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(fp, "\n'actorgraph <command> --help' tells more. Quick start:\n"
                "  actorgraph run datasets/articles -o out\n\n"
                "exit codes: 0 ok, 1 some input rejected (outputs written for the rest),\n"
                "  2 usage error, 3 i/o error, 4 out of memory or internal error\n");
}

static int cmd_help(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    usage(stdout);
    return AG_EXIT_OK;
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("actorgraph %s\n", AG_VERSION);
    return AG_EXIT_OK;
}

void cli_options_init(struct cli_options *o)
{
    memset(o, 0, sizeof(*o));
    o->output = "out";
    ag_graph_options_init(&o->graph);
    o->input.max_article_bytes = 64u << 20;
    o->format = "svg";
    o->engine = "sfdp";
    o->timeout = 60;
    o->render = 1;
}

/* Escapes what would break the one-line message (the message itself is already clean). */
void cli_report(const struct ag_error *e, const char *severity)
{
    if (e->pos.file && e->pos.line > 0)
        fprintf(stderr, "actorgraph: %s:%ld:%ld: %s: %s\n", e->pos.file, e->pos.line,
                e->pos.col > 0 ? e->pos.col : 1, severity, e->msg);
    else if (e->pos.file)
        fprintf(stderr, "actorgraph: %s: %s: %s\n", e->pos.file, severity, e->msg);
    else
        fprintf(stderr, "actorgraph: %s: %s\n", severity, e->msg);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "actorgraph: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\ntry 'actorgraph %s --help'\n", cmd);
    return AG_EXIT_USAGE;
}

int cli_exit_code(enum ag_status st)
{
    switch (st) {
    case AG_OK:
        return AG_EXIT_OK;
    case AG_EPARSE:
    case AG_EINVAL:
        return AG_EXIT_REJECTED;
    case AG_EIO:
        return AG_EXIT_IO;
    case AG_ENOMEM:
    case AG_EGRAPH:
        return AG_EXIT_INTERNAL;
    }
    return AG_EXIT_INTERNAL;
}

enum ag_status cli_make_dir(const char *dir, struct ag_error *err)
{
    char path[4096];
    size_t i, n = strlen(dir);

    if (n == 0 || n >= sizeof(path))
        return ag_fail(err, AG_EIO, NULL, "bad output directory '%s'", dir);
    memcpy(path, dir, n + 1);
    for (i = 1; i <= n; i++) {
        if (path[i] == '/' || path[i] == '\0') {
            char c = path[i];
            path[i] = '\0';
            if (mkdir(path, 0777) != 0 && errno != EEXIST)
                return ag_fail(err, AG_EIO, NULL, "cannot create directory '%s': %s", path,
                               strerror(errno));
            path[i] = c;
        }
    }
    return AG_OK;
}

static int valid_date(const char *s)
{
    int i;

    if (strlen(s) != 10)
        return 0;
    for (i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    return 1;
}

static int parse_long(const char *arg, long min, long *out)
{
    char *end = NULL;
    long v;

    errno = 0;
    v = strtol(arg, &end, 10);
    if (errno || !*arg || *end || v < min)
        return -1;
    *out = v;
    return 0;
}

int cli_common_option(struct cli_options *o, int opt, const char *arg, const char *cmd)
{
    long v;

    switch (opt) {
    case 'o':
        o->output = arg;
        return 0;
    case 'q':
        o->quiet = 1;
        return 0;
    case 'L':
        o->lexicon = arg;
        return 0;
    case 'l':
        if (strcmp(arg, "actor") == 0)
            o->graph.level = AG_LEVEL_ACTOR;
        else if (strcmp(arg, "country") == 0)
            o->graph.level = AG_LEVEL_COUNTRY;
        else
            return cli_usage_error(cmd, "--level must be 'actor' or 'country', not '%s'", arg);
        return 0;
    case 'w':
        if (parse_long(arg, 1, &v) != 0)
            return cli_usage_error(cmd, "--min-weight wants a whole number >= 1, not '%s'", arg);
        o->graph.min_weight = v;
        return 0;
    case 'S':
        if (!valid_date(arg))
            return cli_usage_error(cmd, "--since wants a date YYYY-MM-DD, not '%s'", arg);
        o->graph.since = arg;
        return 0;
    case 'U':
        if (!valid_date(arg))
            return cli_usage_error(cmd, "--until wants a date YYYY-MM-DD, not '%s'", arg);
        o->graph.until = arg;
        return 0;
    case 'n':
        o->graph.include_negated = 1;
        return 0;
    case 'r':
        if (parse_long(arg, 0, &v) != 0)
            return cli_usage_error(cmd, "--seed wants a whole number >= 0, not '%s'", arg);
        o->graph.seed = (unsigned long)v;
        return 0;
    case 'M':
        if (parse_long(arg, 1, &v) != 0)
            return cli_usage_error(cmd, "--max-article-bytes wants a number >= 1, not '%s'", arg);
        o->input.max_article_bytes = (size_t)v;
        return 0;
    case 'u':
        if (strcmp(arg, "strict") == 0)
            o->input.strict_utf8 = 1;
        else if (strcmp(arg, "replace") == 0)
            o->input.strict_utf8 = 0;
        else
            return cli_usage_error(cmd, "--utf8 must be 'replace' or 'strict', not '%s'", arg);
        return 0;
    case 'B':
        o->skip_bad_rows = 1;
        return 0;
    case 'f':
        if (strcmp(arg, "svg") && strcmp(arg, "png") && strcmp(arg, "pdf"))
            return cli_usage_error(cmd, "--format must be svg, png or pdf, not '%s'", arg);
        o->format = arg;
        return 0;
    case 'e':
        if (strcmp(arg, "sfdp") && strcmp(arg, "neato") && strcmp(arg, "fdp") && strcmp(arg, "dot"))
            return cli_usage_error(cmd, "--engine must be sfdp, neato, fdp or dot, not '%s'", arg);
        o->engine = arg;
        return 0;
    case 'T':
        if (parse_long(arg, 1, &v) != 0 || v > 86400)
            return cli_usage_error(cmd, "--timeout wants seconds (1 to 86400), not '%s'", arg);
        o->timeout = (int)v;
        return 0;
    case 'N':
        o->render = 0;
        return 0;
    }
    return -1;
}

/* stdout carries data (the summary of run, --help): a failed write is an I/O error, not a
 * silent success. */
static int finish(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "actorgraph: error: cannot write standard output: %s\n", strerror(errno));
        if (rc == AG_EXIT_OK || rc == AG_EXIT_REJECTED)
            rc = AG_EXIT_IO;
    }
    return rc;
}

int main(int argc, char **argv)
{
    size_t i;

    if (argc < 2) {
        usage(stderr);
        return AG_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
        return finish(cmd_help(argc, argv));
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)
        return finish(cmd_version(argc, argv));
    ag_init();
    /* SIGINT, SIGTERM, SIGHUP remove the temporary outputs, then end the process as before */
    if (ag_outfile_install_signal_handlers() != 0)
        fprintf(stderr, "actorgraph: warning: cannot install signal handlers: %s\n",
                strerror(errno));
    for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return finish(commands[i].fn(argc - 1, argv + 1));
    fprintf(stderr, "actorgraph: unknown command '%s'\ntry 'actorgraph --help'\n", argv[1]);
    return AG_EXIT_USAGE;
}
