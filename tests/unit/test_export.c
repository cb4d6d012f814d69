/* test_export.c: the writers' exact formats, escaping, determinism, validity for the real
 * consumers (dot, xmllint) and ag_render's failure modes. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/actorgraph.h"
#include "export/sanitize.h"
#include "unit.h"

/* The awkward label: quote, backslash, markup, newline, a C0 control, DEL, invalid UTF-8. */
#define NASTY "Q\"uo\\te <b>&amp; line1\nline2\x01\x7f bad\xff\xc3(end) \xc3\xb6"

static const char *const files[] = {"nodes.csv",  "edges.csv", "graph.graphml",
                                    "graph.gexf", "graph.dot", "summary.json"};
#define NFILES (sizeof(files) / sizeof(files[0]))

static void add(struct ag_graph *g, const char *s, const char *sl, const char *t, const char *date,
                const char *cameo, const char *event, int quad, double gs)
{
    struct ag_relation r;

    memset(&r, 0, sizeof(r));
    r.doc_id = "d";
    r.date = date;
    r.source = s;
    r.source_label = sl;
    r.source_country = "AAA";
    r.target = t;
    r.target_label = t;
    r.target_country = "BBB";
    r.cameo = cameo;
    r.event = event;
    r.quad_class = quad;
    r.goldstein = gs;
    r.trigger = r.evidence = "";
    CHECK(ag_graph_add(g, &r, NULL) == AG_OK);
}

/* A small graph; reversed adds the same relations in the opposite order. */
static struct ag_graph *sample(int reversed)
{
    struct ag_graph_options o;
    struct ag_graph *g = NULL;
    int i;

    ag_graph_options_init(&o);
    if (ag_graph_new(&g, &o, NULL, NULL) != AG_OK)
        return NULL;
    for (i = 0; i < 5; i++) {
        switch (reversed ? 4 - i : i) {
        case 0:
            add(g, "X\\1", NASTY, "RUS", "2024-02-01", "190", "Use \"force\"", 4, -10.0);
            break;
        case 1:
            add(g, "RUS", "Russia", "UKR", "2024-01-05", "190", "Use force", 4, -10.0);
            break;
        case 2:
            add(g, "UKR", "Ukraine", "RUS", "2024-01-07", "036", "Meet", 1, 4.0);
            break;
        case 3:
            add(g, "UKR", "Ukraine", "USA", "", "042", "Visit\\n", 1, 1.9);
            break;
        default:
            add(g, "RUS", "Russia", "UKR", "2024-01-06", "190", "Use force", 4, -10.0);
            break;
        }
    }
    if (ag_graph_finish(g, NULL) != AG_OK) {
        ag_graph_free(g);
        return NULL;
    }
    return g;
}

static void path_in(char *out, size_t size, const char *dir, const char *name)
{
    snprintf(out, size, "%s/%s", dir, name);
}

/* Writes every export of g into dir; returns the number of failures. */
static int export_all(const struct ag_graph *g, const char *dir)
{
    enum ag_status (*const fns[])(const struct ag_graph *, const char *, struct ag_error *) = {
        ag_export_nodes_csv, ag_export_edges_csv, ag_export_graphml,
        ag_export_gexf,      ag_export_dot,       ag_export_summary};
    char path[512];
    struct ag_error err;
    size_t i;
    int bad = 0;

    for (i = 0; i < NFILES; i++) {
        path_in(path, sizeof(path), dir, files[i]);
        ag_error_clear(&err);
        if (fns[i](g, path, &err) != AG_OK) {
            fprintf(stderr, "export %s: %s\n", files[i], err.msg);
            bad++;
        }
    }
    return bad;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    char *data = NULL;
    long size;

    *len = 0;
    if (!fp)
        return NULL;
    if (fseek(fp, 0, SEEK_END) == 0 && (size = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0) {
        data = malloc((size_t)size + 1);
        if (data && fread(data, 1, (size_t)size, fp) == (size_t)size) {
            data[size] = '\0';
            *len = (size_t)size;
        } else {
            free(data);
            data = NULL;
        }
    }
    fclose(fp);
    return data;
}

static void remove_dir(const char *dir)
{
    char path[512];
    size_t i;

    for (i = 0; i < NFILES; i++) {
        path_in(path, sizeof(path), dir, files[i]);
        unlink(path);
    }
    path_in(path, sizeof(path), dir, "graph.svg");
    unlink(path);
    path_in(path, sizeof(path), dir, "slow.sh");
    unlink(path);
    rmdir(dir);
}

/* The sample graph, exported into the new directory dir (a mkdtemp template); NULL on failure. */
static struct ag_graph *exported_sample(char *dir)
{
    struct ag_graph *g = sample(0);

    CHECK(g != NULL);
    if (g && (!mkdtemp(dir) || export_all(g, dir) != 0)) {
        CHECK(!"cannot export the sample graph");
        ag_graph_free(g);
        g = NULL;
    }
    return g;
}

/* The contents of dir/name (malloc'd), or NULL. */
static char *read_export(const char *dir, const char *name)
{
    char path[512];
    size_t len;

    path_in(path, sizeof(path), dir, name);
    return slurp(path, &len);
}

static int starts_with(const char *text, const char *prefix)
{
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

static int have(const char *path)
{
    return access(path, X_OK) == 0;
}

/* Runs a shell command; returns its exit status. */
static int run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int run(const char *fmt, ...)
{
    char cmd[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(cmd, sizeof(cmd), fmt, ap);
    va_end(ap);
    return system(cmd);
}

static void test_export_clean_text(void)
{
    struct ag_buf b = AG_BUF_INIT;

    CHECK(ag_text_clean(&b,
                        "a\"b\\c\nd\te\x01\x7f\xc2\x85"
                        "f\xff",
                        AG_TEXT_DOT) == 0);
    CHECK_STR(ag_buf_str(&b), "a\\\"b\\\\c\\nde"
                              "f\xef\xbf\xbd");
    ag_buf_reset(&b);
    CHECK(ag_text_clean(&b, "a\\b\tc\r\n\x1f\xc0\xaf\xed\xa0\x80", AG_TEXT_CSV) == 0);
    CHECK_STR(ag_buf_str(&b), "a\\\\b\tc\r\n\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
                              "\xef\xbf\xbd");
    ag_buf_reset(&b);
    CHECK(ag_text_clean(&b, "Zelensky \xc3\x96\xe2\x82\xac\xf0\x9f\x98\x80", AG_TEXT_XML) == 0);
    CHECK_STR(ag_buf_str(&b), "Zelensky \xc3\x96\xe2\x82\xac\xf0\x9f\x98\x80");
    ag_buf_reset(&b);
    CHECK(ag_text_clean(&b, "", AG_TEXT_XML) == 0);
    CHECK_STR(ag_buf_str(&b), "");
    ag_buf_release(&b);
}

static void test_export_format_numbers(void)
{
    char num[AG_NUM_SIZE];

    ag_format_real(num, -0.0);
    CHECK_STR(num, "0.000000");
    ag_format_real(num, -1e-9);
    CHECK_STR(num, "0.000000");
    ag_format_real(num, 0.0 / 0.0);
    CHECK_STR(num, "0.000000");
    ag_format_real(num, 1.7e9);
    CHECK_STR(num, "1700000000.000000");
    ag_format_real(num, -2.5);
    CHECK_STR(num, "-2.500000");
}

static void test_export_csv(void)
{
    char dir[] = "/tmp/ag_export_XXXXXX";
    struct ag_graph *g = exported_sample(dir);
    char *text;

    if (!g)
        return;
    text = read_export(dir, "nodes.csv");
    CHECK(text != NULL);
    if (text) {
        CHECK(starts_with(
            text, "\"Id\",\"Label\",\"country\",\"kind\",\"mentions\",\"in_degree\","
                  "\"out_degree\",\"degree\",\"in_strength\",\"out_strength\",\"betweenness\","
                  "\"harmonic\",\"pagerank\",\"hub\",\"authority\",\"coreness\",\"community\","
                  "\"first_date\",\"last_date\",\"coop_degree\",\"coop_strength\","
                  "\"coop_pagerank\",\"conflict_degree\",\"conflict_strength\","
                  "\"conflict_pagerank\"\n"));
        CHECK(strstr(text, "\n\"RUS\",\"Russia\",\"AAA\",\"actor\",\"4\",\"2\",\"1\",\"2\","
                           "\"2.000000\",\"2.000000\",") != NULL);
        CHECK(strstr(text, "\"X\\\\1\"") != NULL); /* backslash doubled for Gephi */
        CHECK(strstr(text, "\r") == NULL && strstr(text, "\x01") == NULL);
        free(text);
    }
    text = read_export(dir, "edges.csv");
    CHECK(text != NULL);
    if (text) {
        CHECK(starts_with(text,
                          "\"Source\",\"Target\",\"Type\",\"Kind\",\"Label\",\"Weight\",\"coop\","
                          "\"conflict\",\"goldstein_mean\",\"sign\",\"quad_class\",\"cameo\","
                          "\"first_date\",\"last_date\",\"Interval\"\n"));
        CHECK(strstr(text, "\"RUS\",\"UKR\",\"Directed\",\"Use force\",\"Use force\",\"2\",\"0\","
                           "\"2\",\"-10.000000\",\"-1\",\"4\",\"190\",\"2024-01-05\","
                           "\"2024-01-06\",\"<[2024-01-05, 2024-01-06]>\"\n") != NULL);
        CHECK(strstr(text,
                     "\"UKR\",\"USA\",\"Directed\",\"Visit\\\\n\",\"Visit\\\\n\",\"1\","
                     "\"1\",\"0\",\"1.900000\",\"1\",\"1\",\"042\",\"\",\"\",\"\"\n") != NULL);
        free(text);
    }
    ag_graph_free(g);
    remove_dir(dir);
}

static void test_export_deterministic(void)
{
    char d1[] = "/tmp/ag_export_XXXXXX", d2[] = "/tmp/ag_export_XXXXXX";
    char p1[512], p2[512];
    struct ag_graph *a = sample(0), *b = sample(1);
    size_t i, l1, l2;

    CHECK(a && b && mkdtemp(d1) && mkdtemp(d2));
    if (a && b) {
        CHECK(export_all(a, d1) == 0);
        CHECK(export_all(b, d2) == 0);
        for (i = 0; i < NFILES; i++) {
            char *x, *y;
            path_in(p1, sizeof(p1), d1, files[i]);
            path_in(p2, sizeof(p2), d2, files[i]);
            x = slurp(p1, &l1);
            y = slurp(p2, &l2);
            CHECK(x && y && l1 == l2 && l1 > 0 && memcmp(x, y, l1) == 0);
            if (x && (strstr(x, "nan") || strstr(x, "inf") || strstr(x, "-0.000000")))
                CHECK(!"nan, inf or -0 in output");
            free(x);
            free(y);
        }
    }
    ag_graph_free(a);
    ag_graph_free(b);
    remove_dir(d1);
    remove_dir(d2);
}

/* graph.dot through dot, GraphML and GEXF through xmllint (with the schemas when present). */
static void test_export_consumers(void)
{
    char dir[] = "/tmp/ag_export_XXXXXX", path[512], schema[512];
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    struct ag_graph *g = exported_sample(dir);
    char *text;

    if (!g)
        return;
    path_in(path, sizeof(path), dir, "graph.dot");
    text = read_export(dir, "graph.dot");
    CHECK(text && strstr(text, "\"X\\\\1\" [label=\"Q\\\"uo\\\\te <b>&amp; line1\\nline2 bad") &&
          !strstr(text, "weight=") && !strstr(text, "\x01"));
    CHECK(text && strstr(text, "style=\"dashed\"") && strstr(text, "color=\"#d73027\""));
    free(text);
    if (have("/usr/bin/dot"))
        CHECK(run("/usr/bin/dot -Tsvg '%s' -o /dev/null", path) == 0);
    else
        fprintf(stderr, "test_export_consumers: dot absent, DOT check skipped\n");
    if (!have("/usr/bin/xmllint")) {
        fprintf(stderr, "test_export_consumers: xmllint absent, XML checks skipped\n");
    } else {
        path_in(path, sizeof(path), dir, "graph.graphml");
        CHECK(run("/usr/bin/xmllint --noout '%s'", path) == 0);
        snprintf(schema, sizeof(schema), "%s/schemas/graphml-1.0/graphml.xsd", shared);
        if (access(schema, R_OK) == 0)
            CHECK(run("/usr/bin/xmllint --noout --schema '%s' '%s'", schema, path) == 0);
        path_in(path, sizeof(path), dir, "graph.gexf");
        CHECK(run("/usr/bin/xmllint --noout '%s'", path) == 0);
        snprintf(schema, sizeof(schema), "%s/schemas/gexf-1.3/gexf.rng", shared);
        if (access(schema, R_OK) == 0)
            CHECK(run("/usr/bin/xmllint --noout --relaxng '%s' '%s'", schema, path) == 0);
        else
            fprintf(stderr, "test_export_consumers: %s absent, schema checks skipped\n", schema);
    }
    ag_graph_free(g);
    remove_dir(dir);
}

static void test_export_summary(void)
{
    char dir[] = "/tmp/ag_export_XXXXXX", path[512];
    struct ag_graph *g = exported_sample(dir);
    json_t *root, *top;
    json_error_t jerr;

    if (!g)
        return;
    path_in(path, sizeof(path), dir, "summary.json");
    root = json_load_file(path, 0, &jerr);
    CHECK(root != NULL);
    if (root) {
        CHECK_STR(json_string_value(json_object_get(root, "version")), AG_VERSION);
        CHECK_STR(json_string_value(json_object_get(root, "level")), "actor");
        CHECK(json_integer_value(json_object_get(root, "seed")) == 42);
        CHECK(json_integer_value(json_object_get(json_object_get(root, "counts"), "nodes")) == 4);
        CHECK(json_integer_value(json_object_get(json_object_get(root, "counts"), "edges")) == 4);
        CHECK_STR(json_string_value(json_object_get(json_object_get(root, "dates"), "first")),
                  "2024-01-05");
        CHECK(json_object_get(json_object_get(root, "methods"), "betweenness") != NULL);
        top = json_object_get(root, "top_actors");
        CHECK(json_array_size(top) == 4);
        CHECK(json_real_value(json_object_get(json_array_get(top, 0), "pagerank")) >=
              json_real_value(json_object_get(json_array_get(top, 1), "pagerank")));
        json_decref(root);
    }
    ag_graph_free(g);
    remove_dir(dir);
}

static void test_export_render(void)
{
    char dir[] = "/tmp/ag_export_XXXXXX", dot[512], svg[512], slow[512];
    struct ag_graph *g = exported_sample(dir);
    struct ag_error err;
    FILE *fp;

    if (!g)
        return;
    path_in(dot, sizeof(dot), dir, "graph.dot");
    path_in(svg, sizeof(svg), dir, "graph.svg");
    ag_error_clear(&err);
    CHECK(ag_render(dot, svg, "svg", "no-such-engine-ag", 10, &err) == AG_EIO);
    CHECK(strstr(err.msg, "not installed") != NULL);
    CHECK(ag_render(dot, svg, "svg", "-rf", 10, &err) == AG_EINVAL);
    CHECK(access(svg, F_OK) != 0);
    if (have("/usr/bin/sfdp")) {
        CHECK(ag_render(dot, svg, "svg", "sfdp", 60, &err) == AG_OK);
        CHECK(access(svg, F_OK) == 0);
        ag_error_clear(&err);
        CHECK(ag_render(dot, svg, "no_such_format", "dot", 60, &err) == AG_EIO);
        CHECK(strstr(err.msg, "failed") != NULL && strstr(err.msg, "no_such_format") != NULL);
    } else {
        fprintf(stderr, "test_export_render: sfdp absent, rendering skipped\n");
    }
    path_in(slow, sizeof(slow), dir, "slow.sh");
    fp = fopen(slow, "w");
    CHECK(fp != NULL);
    if (fp) {
        fputs("#!/bin/sh\nsleep 30\n", fp);
        fclose(fp);
        chmod(slow, 0700);
        ag_error_clear(&err);
        CHECK(ag_render(dot, svg, "svg", slow, 1, &err) == AG_EIO);
        CHECK(strstr(err.msg, "timed out") != NULL);
    }
    ag_graph_free(g);
    remove_dir(dir);
}

const struct unit_test unit_tests_export[] = {
    {"export_clean_text", test_export_clean_text},
    {"export_format_numbers", test_export_format_numbers},
    {"export_csv", test_export_csv},
    {"export_deterministic", test_export_deterministic},
    {"export_consumers", test_export_consumers},
    {"export_summary", test_export_summary},
    {"export_render", test_export_render},
    {NULL, NULL},
};
