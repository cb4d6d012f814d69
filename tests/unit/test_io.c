/* test_io.c: article parsing, input discovery, JSON Lines, relations.csv and actors.csv. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/io.h"
#include "actorgraph/lexicon.h"
#include "unit.h"
#include "util/buf.h"

/* ---- helpers */

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static enum ag_status parse(struct ag_doc *doc, struct ag_doc_storage **s, const char *data,
                            int strict, struct ag_error *warning, struct ag_error *err)
{
    ag_error_clear(err);
    return ag_doc_parse(doc, s, "doc1", "in/doc1.txt", data, strlen(data), NULL, NULL, strict,
                        warning, err);
}

/* What the input callbacks saw. */
struct seen {
    struct ag_buf docs;     /* "id|date|title|text\n" per article */
    struct ag_buf problems; /* "severity|file|line|msg\n" per problem */
    int nproblems, nerrors;
    long last_line;
};

static enum ag_status on_doc(const struct ag_doc *doc, void *ctx, struct ag_error *err)
{
    struct seen *s = ctx;

    (void)err;
    ag_buf_printf(&s->docs, "%s|%s|%s|%.*s\n", doc->id, doc->date, doc->title, (int)doc->text_len,
                  doc->text);
    return AG_OK;
}

static void on_problem(const struct ag_error *e, const char *severity, void *ctx)
{
    struct seen *s = ctx;

    s->nproblems++;
    if (strcmp(severity, "error") == 0)
        s->nerrors++;
    s->last_line = e->pos.line;
    ag_buf_printf(&s->problems, "%s|%s|%ld|%s\n", severity, e->pos.file ? e->pos.file : "",
                  e->pos.line, e->msg);
}

static void seen_release(struct seen *s)
{
    ag_buf_release(&s->docs);
    ag_buf_release(&s->problems);
}

/* Reads every input under paths into s; returns the number of files, or -1. */
static long read_all(char *const *paths, size_t npaths, struct seen *s)
{
    struct ag_input_options opts = {64u << 20, 0};
    struct ag_inputs *in = NULL;
    struct ag_error err;
    size_t i, n;

    if (ag_inputs_new(&in, paths, npaths, &opts, on_problem, s, &err) != AG_OK)
        return -1;
    n = ag_inputs_files(in);
    for (i = 0; i < n; i++)
        if (ag_inputs_read(in, i, on_doc, s, &err) != AG_OK) {
            ag_inputs_free(in);
            return -1;
        }
    ag_inputs_free(in);
    return (long)n;
}

/* ---- articles */

static void test_io_doc_parse_date_line(void)
{
    struct ag_doc doc;
    struct ag_doc_storage *s = NULL;
    struct ag_error warning, err;

    CHECK(parse(&doc, &s, "  date 2024-03-01   Russia and Ukraine talk\nBody one.\nBody two.\n", 0,
                &warning, &err) == AG_OK);
    CHECK(s != NULL);
    CHECK(warning.status == AG_OK);
    CHECK_STR(doc.id, "doc1");
    CHECK_STR(doc.path, "in/doc1.txt");
    CHECK_STR(doc.date, "2024-03-01");
    CHECK_STR(doc.title, "Russia and Ukraine talk");
    CHECK_STR(doc.text, "Body one.\nBody two.\n");
    CHECK(doc.text_len == strlen("Body one.\nBody two.\n"));
    CHECK(doc.first_line == 2);
    ag_doc_storage_free(s);

    /* a date line without a headline, CRLF line ends and a BOM */
    CHECK(parse(&doc, &s,
                "\xEF\xBB\xBF"
                "date 2023-12-31\r\nOnly body.\r\n",
                0, &warning, &err) == AG_OK);
    CHECK(warning.status == AG_OK);
    CHECK_STR(doc.date, "2023-12-31");
    CHECK_STR(doc.title, "");
    CHECK_STR(doc.text, "Only body.\n");
    ag_doc_storage_free(s);

    /* the whole file is the date line */
    CHECK(parse(&doc, &s, "date 2023-01-02 Headline only", 0, &warning, &err) == AG_OK);
    CHECK_STR(doc.title, "Headline only");
    CHECK_STR(doc.text, "");
    CHECK(doc.text_len == 0);
    ag_doc_storage_free(s);
}

static void test_io_doc_parse_missing_date(void)
{
    struct ag_doc doc;
    struct ag_doc_storage *s = NULL;
    struct ag_error warning, err;

    CHECK(parse(&doc, &s, "Russia attacked Ukraine.\nMore text.", 0, &warning, &err) == AG_OK);
    CHECK_STR(doc.date, "");
    CHECK_STR(doc.title, "");
    CHECK_STR(doc.text, "Russia attacked Ukraine.\nMore text.");
    CHECK(doc.first_line == 1);
    CHECK(warning.status != AG_OK);
    CHECK_STR(warning.pos.file, "in/doc1.txt");
    CHECK(warning.pos.line == 1);
    ag_doc_storage_free(s);

    /* a malformed date is no date */
    CHECK(parse(&doc, &s, "date 2024-3-01 Title\nBody", 0, &warning, &err) == AG_OK);
    CHECK_STR(doc.date, "");
    CHECK(warning.status != AG_OK && warning.pos.line == 1);
    CHECK_STR(doc.text, "date 2024-3-01 Title\nBody");
    ag_doc_storage_free(s);

    /* a date glued to the headline is no date either */
    CHECK(parse(&doc, &s, "date 2024-03-01Title\nBody", 0, &warning, &err) == AG_OK);
    CHECK_STR(doc.date, "");
    ag_doc_storage_free(s);

    /* an empty file */
    CHECK(parse(&doc, &s, "", 0, &warning, &err) == AG_OK);
    CHECK(doc.text_len == 0 && warning.status != AG_OK);
    ag_doc_storage_free(s);
}

static void test_io_doc_parse_invalid_utf8(void)
{
    /* "date 2024-01-01 T\n" is 18 bytes; "ab" puts the bad byte at offset 20, line 2, column 3 */
    static const char data[] = "date 2024-01-01 T\nab\xFF"
                               "cd \xC3\xA9 \xFE!";
    struct ag_doc doc;
    struct ag_doc_storage *s = NULL;
    struct ag_error warning, err;

    CHECK(parse(&doc, &s, data, 0, &warning, &err) == AG_OK);
    CHECK(s != NULL);
    CHECK(warning.status != AG_OK);
    CHECK(warning.pos.offset == 20);
    CHECK(warning.pos.line == 2);
    CHECK(warning.pos.col == 3);
    CHECK_STR(warning.pos.file, "in/doc1.txt");
    CHECK(strstr(warning.msg, "20") != NULL);
    CHECK_STR(doc.date, "2024-01-01");
    CHECK_STR(doc.text, "ab\xEF\xBF\xBD"
                        "cd \xC3\xA9 \xEF\xBF\xBD!");
    ag_doc_storage_free(s);

    s = (struct ag_doc_storage *)&s;
    CHECK(parse(&doc, &s, data, 1, &warning, &err) == AG_EPARSE);
    CHECK(s == NULL);
    CHECK(err.status == AG_EPARSE);
    CHECK(err.pos.offset == 20 && err.pos.line == 2 && err.pos.col == 3);
    CHECK_STR(err.pos.file, "in/doc1.txt");

    /* valid text passes strict mode */
    CHECK(parse(&doc, &s, "date 2024-01-01 T\n\xC3\xA9t\xC3\xA9", 1, &warning, &err) == AG_OK);
    CHECK(warning.status == AG_OK);
    ag_doc_storage_free(s);
}

/* ---- inputs */

static void test_io_inputs_directory_tree(void)
{
    char dir[64], *paths[1];
    struct seen s1, s2;
    long n1, n2;
    char expect[2048];

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    CHECK(unit_write_file(dir, "b/x.txt", "date 2024-01-02 Second\nB body.") == 0);
    CHECK(unit_write_file(dir, "a/x.txt", "date 2024-01-01 First\nA body.") == 0);
    CHECK(unit_write_file(dir, "a/deep/er/y.txt", "date 2024-01-03 Deep\nY body.") == 0);
    CHECK(unit_write_file(dir, "notes.md", "not an article") == 0);
    CHECK(unit_write_file(dir, "b/readme", "not an article") == 0);
    CHECK(unit_write_file(dir, ".hidden.txt", "hidden") == 0);
    CHECK(unit_write_file(dir, "z.txt", "date 2024-01-04 Top\nZ body.") == 0);

    memset(&s1, 0, sizeof(s1));
    memset(&s2, 0, sizeof(s2));
    paths[0] = dir;
    n1 = read_all(paths, 1, &s1);
    n2 = read_all(paths, 1, &s2);
    CHECK(n1 == 4);
    CHECK(n2 == 4);
    snprintf(expect, sizeof(expect),
             "y|2024-01-03|Deep|Y body.\n"
             "x|2024-01-01|First|A body.\n"
             "%s/b/x|2024-01-02|Second|B body.\n"
             "z|2024-01-04|Top|Z body.\n",
             dir);
    CHECK_STR(ag_buf_str(&s1.docs), expect);
    CHECK_STR(ag_buf_str(&s1.docs), ag_buf_str(&s2.docs));
    /* the renamed id is announced as a warning */
    CHECK(s1.nerrors == 0);
    CHECK(strstr(ag_buf_str(&s1.problems), "warning|") != NULL);
    seen_release(&s1);
    seen_release(&s2);
    unit_rm_tree(dir);
}

static void test_io_inputs_counts_and_missing_path(void)
{
    char dir[64], missing[128], file[128], *paths[2];
    struct ag_input_options opts = {64u << 20, 0};
    struct ag_inputs *in = NULL;
    struct ag_error err;
    struct seen s;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    CHECK(unit_write_file(dir, "one.txt", "date 2024-01-01 T\n12345") == 0);
    snprintf(missing, sizeof(missing), "%s/missing.txt", dir);
    snprintf(file, sizeof(file), "%s/one.txt", dir);
    memset(&s, 0, sizeof(s));
    paths[0] = missing;
    paths[1] = file;
    CHECK(ag_inputs_new(&in, paths, 2, &opts, on_problem, &s, &err) == AG_OK);
    if (in) {
        CHECK(ag_inputs_files(in) == 1);
        CHECK(ag_inputs_bytes(in) == strlen("date 2024-01-01 T\n12345"));
        CHECK(ag_inputs_rejected(in) == 1);
        ag_inputs_free(in);
    }
    CHECK(s.nerrors == 1);
    CHECK(strstr(ag_buf_str(&s.problems), "missing.txt") != NULL);
    seen_release(&s);
    unit_rm_tree(dir);
}

static void test_io_inputs_jsonl_bad_line(void)
{
    char dir[64], path[128], *paths[1];
    struct seen s;
    char expect[512];

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    CHECK(
        unit_write_file(dir, "feed.jsonl",
                        "{\"id\":\"j1\",\"date\":\"2024-02-01\",\"title\":\"T1\",\"text\":\"Body "
                        "one.\"}\n"
                        "{\"id\":\"j2\",\"text\": \n"
                        "{\"id\":\"j3\",\"date\":\"2024-02-03\",\"title\":\"T3\",\"text\":\"Body\\n"
                        "three.\"}\n") == 0);
    snprintf(path, sizeof(path), "%s/feed.jsonl", dir);
    memset(&s, 0, sizeof(s));
    paths[0] = dir;
    CHECK(read_all(paths, 1, &s) == 1);
    CHECK_STR(ag_buf_str(&s.docs), "j1|2024-02-01|T1|Body one.\n"
                                   "j3|2024-02-03|T3|Body\nthree.\n");
    CHECK(s.nproblems == 1);
    CHECK(s.nerrors == 1);
    CHECK(s.last_line == 2);
    snprintf(expect, sizeof(expect), "error|%s|2|", path);
    CHECK(strncmp(ag_buf_str(&s.problems), expect, strlen(expect)) == 0);
    seen_release(&s);
    unit_rm_tree(dir);
}

static void test_io_inputs_jsonl_ids(void)
{
    char dir[64], path[128], *paths[1];
    struct seen s;
    char expect[512];

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    /* a repeated id and a missing id get "path:line"; a line without text is an error */
    CHECK(unit_write_file(dir, "f.jsonl",
                          "{\"id\":\"a\",\"date\":\"2024-01-01\",\"text\":\"one\"}\n"
                          "\n"
                          "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"two\"}\n"
                          "{\"date\":\"2024-01-03\",\"text\":\"three\"}\n"
                          "{\"id\":\"b\"}\n"
                          "[1,2]\n") == 0);
    snprintf(path, sizeof(path), "%s/f.jsonl", dir);
    memset(&s, 0, sizeof(s));
    paths[0] = path;
    CHECK(read_all(paths, 1, &s) == 1);
    snprintf(expect, sizeof(expect),
             "a|2024-01-01||one\n%s:3|2024-01-02||two\n%s:4|2024-01-03||three\n", path, path);
    CHECK_STR(ag_buf_str(&s.docs), expect);
    CHECK(s.nerrors == 2);
    CHECK(s.nproblems == 2);
    snprintf(expect, sizeof(expect), "error|%s|5|", path);
    CHECK(strstr(ag_buf_str(&s.problems), expect) != NULL);
    snprintf(expect, sizeof(expect), "error|%s|6|", path);
    CHECK(strstr(ag_buf_str(&s.problems), expect) != NULL);
    seen_release(&s);
    unit_rm_tree(dir);
}

static void test_io_inputs_jsonl_without_date(void)
{
    char dir[64], path[128], *paths[1];
    struct seen s;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    /* no date (or a short one): the article has no date, but keeps its title and its text */
    CHECK(unit_write_file(dir, "f.jsonl",
                          "{\"id\":\"c\",\"title\":\"Hello\",\"text\":\"Russia attacked.\"}\n"
                          "{\"id\":\"d\",\"date\":\"2024\",\"text\":\"Body.\"}\n") == 0);
    snprintf(path, sizeof(path), "%s/f.jsonl", dir);
    memset(&s, 0, sizeof(s));
    paths[0] = path;
    CHECK(read_all(paths, 1, &s) == 1);
    CHECK_STR(ag_buf_str(&s.docs), "c||Hello|Russia attacked.\nd|||Body.\n");
    CHECK(s.nerrors == 0);
    seen_release(&s);
    unit_rm_tree(dir);
}

/* ---- relations.csv */

struct got_rel {
    int n;
    struct ag_buf rows;
};

static enum ag_status collect_rel(const struct ag_relation *r, void *ctx, struct ag_error *err)
{
    struct got_rel *g = ctx;

    (void)err;
    g->n++;
    ag_buf_printf(&g->rows, "%s|%s|%ld|%s|%s|%s|%s|%s|%s|%s|%s|%d|%.1f|%d|%s|%s\n", r->doc_id,
                  r->date, r->sentence, r->source, r->source_label, r->source_country, r->target,
                  r->target_label, r->target_country, r->cameo, r->event, r->quad_class,
                  r->goldstein, r->negated, r->trigger, r->evidence);
    return AG_OK;
}

static void fill_relation(struct ag_relation *r, int k)
{
    memset(r, 0, sizeof(*r));
    r->doc_id = k ? "doc \"two\"" : "doc1";
    r->date = k ? "" : "2024-05-06";
    r->sentence = k ? 12 : 1;
    r->source = "RUS";
    r->source_label = k ? "Russia, the state" : "Russia";
    r->source_country = "RUS";
    r->target = "UKR";
    r->target_label = "Ukraine";
    r->target_country = "UKR";
    r->cameo = "190";
    r->event = "use conventional military force";
    r->quad_class = k ? 4 : 1;
    r->goldstein = k ? -10.0 : 3.5;
    r->negated = k;
    r->trigger = "attacked";
    r->evidence = k ? "He said \"no, never\",\nthen \"\"left\"\".\r\nEnd" : "Plain evidence.";
}

static void test_io_relations_round_trip(void)
{
    char dir[64], path[128], tmp[160];
    struct ag_relations_writer *w = NULL;
    struct ag_relation r;
    struct ag_error err;
    struct got_rel got = {0, AG_BUF_INIT};
    struct ag_buf want = AG_BUF_INIT;
    long skipped = -1;
    int k;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    snprintf(path, sizeof(path), "%s/relations.csv", dir);
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    CHECK(ag_relations_writer_open(&w, path, &err) == AG_OK);
    for (k = 0; k < 2 && w; k++) {
        fill_relation(&r, k);
        CHECK(ag_relations_write(w, &r, &err) == AG_OK);
    }
    CHECK(!exists(path));
    CHECK(ag_relations_writer_close(w, 1, &err) == AG_OK);
    CHECK(exists(path));
    CHECK(!exists(tmp));

    for (k = 0; k < 2; k++) {
        struct got_rel one = {0, AG_BUF_INIT};
        fill_relation(&r, k);
        collect_rel(&r, &one, NULL);
        ag_buf_puts(&want, ag_buf_str(&one.rows));
        ag_buf_release(&one.rows);
    }
    CHECK(ag_relations_read(path, 0, collect_rel, &got, &skipped, &err) == AG_OK);
    CHECK(got.n == 2);
    CHECK(skipped == 0);
    CHECK_STR(ag_buf_str(&got.rows), ag_buf_str(&want));
    ag_buf_release(&got.rows);
    ag_buf_release(&want);

    /* close without commit leaves no file */
    unlink(path);
    CHECK(ag_relations_writer_open(&w, path, &err) == AG_OK);
    fill_relation(&r, 0);
    if (w)
        CHECK(ag_relations_write(w, &r, &err) == AG_OK);
    CHECK(ag_relations_writer_close(w, 0, &err) == AG_OK);
    CHECK(!exists(path) && !exists(tmp));
    unit_rm_tree(dir);
}

static void test_io_relations_missing_column(void)
{
    char dir[64], path[128];
    struct ag_error err;
    struct got_rel got = {0, AG_BUF_INIT};

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    CHECK(unit_write_file(dir, "r.csv",
                          "doc_id,source,target,source_country,target_country,cameo\n"
                          "d,RUS,UKR,RUS,UKR,190\n") == 0);
    snprintf(path, sizeof(path), "%s/r.csv", dir);
    ag_error_clear(&err);
    CHECK(ag_relations_read(path, 1, collect_rel, &got, NULL, &err) == AG_EINVAL);
    CHECK(strstr(err.msg, "quad_class") != NULL);
    CHECK_STR(err.pos.file, path);
    CHECK(err.pos.line == 1);
    CHECK(got.n == 0);

    /* a file that is not there */
    snprintf(path, sizeof(path), "%s/none.csv", dir);
    CHECK(ag_relations_read(path, 0, collect_rel, &got, NULL, &err) == AG_EIO);
    ag_buf_release(&got.rows);
    unit_rm_tree(dir);
}

static void test_io_relations_bad_rows(void)
{
    char dir[64], path[128];
    struct ag_error err;
    struct got_rel got = {0, AG_BUF_INIT};
    long skipped = -1;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    /* columns in another order and upper case; row 2 spans lines 2-3; the bad row is line 4 */
    CHECK(unit_write_file(
              dir, "r.csv",
              "QUAD_CLASS,source,target,source_country,target_country,evidence,goldstein\n"
              "3,RUS,UKR,RUS,UKR,\"two\nlines\",-2\n"
              "7,RUS,UKR,RUS,UKR,bad quad,1\n"
              "2,USA,CHN,USA,CHN,ok,1.5\n"
              "1,USA,CHN,USA,CHN,bad goldstein,11\n"
              "\n"
              "1,,CHN,USA,CHN,no source,1\n") == 0);
    snprintf(path, sizeof(path), "%s/r.csv", dir);
    ag_error_clear(&err);
    CHECK(ag_relations_read(path, 0, collect_rel, &got, &skipped, &err) == AG_EINVAL);
    CHECK_STR(err.pos.file, path);
    CHECK(err.pos.line == 4);
    CHECK(err.pos.col == 1);
    CHECK(strstr(err.msg, "quad_class") != NULL);
    CHECK(got.n == 1);
    CHECK(skipped == 0);

    got.n = 0;
    ag_buf_reset(&got.rows);
    CHECK(ag_relations_read(path, 1, collect_rel, &got, &skipped, &err) == AG_OK);
    CHECK(got.n == 2);
    CHECK(skipped == 3);
    CHECK_STR(ag_buf_str(&got.rows), "||0|RUS|RUS|RUS|UKR|UKR|UKR|||3|-2.0|0||two\nlines\n"
                                     "||0|USA|USA|USA|CHN|CHN|CHN|||2|1.5|0||ok\n");
    ag_buf_release(&got.rows);
    unit_rm_tree(dir);
}

/* ---- actors.csv */

static void test_io_actor_table_counts(void)
{
    char dir[64], path[128];
    struct ag_actor_table *t = NULL;
    struct ag_error err;
    struct ag_actor rus = {"RUS", "Russia", "RUS", "state", "", ""};
    struct ag_actor ukr = {"UKR", "Ukraine, \"the state\"", "UKR", "state", "", ""};
    struct ag_mention m;
    FILE *fp;
    char text[1024];
    size_t n;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    snprintf(path, sizeof(path), "%s/actors.csv", dir);
    CHECK(ag_actor_table_new(&t, &err) == AG_OK);
    if (!t) {
        unit_rm_tree(dir);
        return;
    }
    m.actor = &ukr;
    m.doc_id = "d1";
    m.date = "2024-01-05";
    CHECK(ag_actor_table_add(t, &m, &err) == AG_OK);
    m.actor = &rus;
    CHECK(ag_actor_table_add(t, &m, &err) == AG_OK);
    m.date = "2024-01-01";
    CHECK(ag_actor_table_add(t, &m, &err) == AG_OK);
    m.doc_id = "d2";
    m.date = "";
    CHECK(ag_actor_table_add(t, &m, &err) == AG_OK);
    m.doc_id = "d3";
    m.date = "2024-02-01";
    CHECK(ag_actor_table_add(t, &m, &err) == AG_OK);
    CHECK(ag_actor_table_count(t) == 2);
    CHECK(ag_actor_table_write(t, path, &err) == AG_OK);
    ag_actor_table_free(t);

    fp = fopen(path, "rb");
    n = fp ? fread(text, 1, sizeof(text) - 1, fp) : 0;
    if (fp)
        fclose(fp);
    text[n] = '\0';
    CHECK_STR(text,
              "\"id\",\"label\",\"country\",\"kind\",\"mentions\",\"documents\","
              "\"first_date\",\"last_date\"\n"
              "\"RUS\",\"Russia\",\"RUS\",\"state\",\"4\",\"3\",\"2024-01-01\",\"2024-02-01\"\n"
              "\"UKR\",\"Ukraine, \"\"the state\"\"\",\"UKR\",\"state\",\"1\",\"1\","
              "\"2024-01-05\",\"2024-01-05\"\n");
    unit_rm_tree(dir);
}

const struct unit_test unit_tests_io[] = {
    {"io_doc_parse_date_line", test_io_doc_parse_date_line},
    {"io_doc_parse_missing_date", test_io_doc_parse_missing_date},
    {"io_doc_parse_invalid_utf8", test_io_doc_parse_invalid_utf8},
    {"io_inputs_directory_tree", test_io_inputs_directory_tree},
    {"io_inputs_counts_and_missing_path", test_io_inputs_counts_and_missing_path},
    {"io_inputs_jsonl_bad_line", test_io_inputs_jsonl_bad_line},
    {"io_inputs_jsonl_ids", test_io_inputs_jsonl_ids},
    {"io_inputs_jsonl_without_date", test_io_inputs_jsonl_without_date},
    {"io_relations_round_trip", test_io_relations_round_trip},
    {"io_relations_missing_column", test_io_relations_missing_column},
    {"io_relations_bad_rows", test_io_relations_bad_rows},
    {"io_actor_table_counts", test_io_actor_table_counts},
    {NULL, NULL},
};
