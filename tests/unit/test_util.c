/* test_util.c: growable strings, the string map, the line-aware CSV reader and atomic outputs. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "util/buf.h"
#include "util/csvread.h"
#include "util/outfile.h"
#include "util/strmap.h"

/* ---- helpers */

static int write_text(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    int rc;

    if (!fp)
        return -1;
    rc = fputs(text, fp) < 0 ? -1 : 0;
    return fclose(fp) != 0 ? -1 : rc;
}

/* Whole file content (caller frees), or NULL. */
static char *read_text(const char *path)
{
    FILE *fp = fopen(path, "rb");
    struct ag_buf b = AG_BUF_INIT;
    char block[4096];
    size_t n;

    if (!fp)
        return NULL;
    while ((n = fread(block, 1, sizeof(block), fp)) > 0)
        ag_buf_append(&b, block, n);
    fclose(fp);
    if (ag_buf_append(&b, "", 0) != 0)
        return NULL;
    return b.ptr;
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Records as text: "<line>#<index>:" then fields separated by '|', one record per '\n'. */
static enum ag_status collect(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct ag_buf *out = ctx;
    size_t i;

    (void)err;
    ag_buf_printf(out, "%ld#%ld:", rec->line, rec->index);
    for (i = 0; i < rec->nfields; i++) {
        if (i)
            ag_buf_putc(out, '|');
        ag_buf_append(out, rec->fields[i], rec->lens[i]);
        if (strlen(rec->fields[i]) != rec->lens[i])
            ag_buf_puts(out, "<LEN MISMATCH>");
    }
    ag_buf_putc(out, '\n');
    return AG_OK;
}

static enum ag_status read_mem(const char *data, size_t len, struct ag_buf *out,
                               struct ag_error *err)
{
    ag_buf_reset(out);
    ag_error_clear(err);
    return ag_csv_read_mem(data, len, "mem.csv", collect, out, err);
}

static enum ag_status read_via_file(const char *data, size_t len, struct ag_buf *out,
                                    struct ag_error *err)
{
    FILE *fp = tmpfile();
    enum ag_status st;

    ag_buf_reset(out);
    ag_error_clear(err);
    if (!fp)
        return AG_EIO;
    if (fwrite(data, 1, len, fp) != len) {
        fclose(fp);
        return AG_EIO;
    }
    rewind(fp);
    st = ag_csv_read_file(fp, "file.csv", collect, out, err);
    fclose(fp);
    return st;
}

/* ---- buf */

static void test_util_buf_append_printf_reset(void)
{
    struct ag_buf b = AG_BUF_INIT;
    size_t cap;
    int i;

    CHECK_STR(ag_buf_str(&b), "");
    CHECK(ag_buf_append(&b, "abc", 3) == 0);
    CHECK(ag_buf_puts(&b, "de") == 0);
    CHECK(ag_buf_putc(&b, 'f') == 0);
    CHECK(ag_buf_append(&b, "xyz", 0) == 0);
    CHECK_STR(ag_buf_str(&b), "abcdef");
    CHECK(b.len == 6);
    CHECK(ag_buf_printf(&b, "-%d-%s-%.2f", 42, "q", 1.5) == 0);
    CHECK_STR(ag_buf_str(&b), "abcdef-42-q-1.50");
    CHECK(b.len == strlen("abcdef-42-q-1.50"));

    cap = b.cap;
    ag_buf_reset(&b);
    CHECK(b.len == 0);
    CHECK(b.cap == cap);
    CHECK_STR(ag_buf_str(&b), "");

    /* growth well past the first allocation, through printf */
    for (i = 0; i < 1000; i++)
        CHECK(ag_buf_printf(&b, "%04d,", i) == 0);
    CHECK(b.len == 5000);
    CHECK(strncmp(b.ptr, "0000,0001,", 10) == 0);
    CHECK(strcmp(b.ptr + 4995, "0999,") == 0);
    CHECK(strlen(b.ptr) == b.len);

    ag_buf_release(&b);
    CHECK(b.ptr == NULL && b.len == 0 && b.cap == 0);
    CHECK_STR(ag_buf_str(&b), "");
}

static void test_util_buf_binary_bytes(void)
{
    struct ag_buf b = AG_BUF_INIT;

    CHECK(ag_buf_append(&b, "a\0b", 3) == 0);
    CHECK(b.len == 3);
    CHECK(b.ptr[1] == '\0' && b.ptr[2] == 'b' && b.ptr[3] == '\0');
    ag_buf_release(&b);
}

/* ---- strmap */

static void test_util_strmap_put_get_overwrite(void)
{
    struct ag_strmap m = AG_STRMAP_INIT;
    size_t v = 99;

    CHECK(ag_strmap_get(&m, "x", 1, &v) == 0);
    CHECK(v == 99);
    CHECK(ag_strmap_put(&m, "Russia", 6, 1) == 0);
    CHECK(ag_strmap_put(&m, "Russ", 4, 2) == 0);
    CHECK(ag_strmap_put(&m, "", 0, 3) == 0);
    CHECK(m.count == 3);
    CHECK(ag_strmap_get(&m, "Russia", 6, &v) == 1 && v == 1);
    CHECK(ag_strmap_get(&m, "Russ", 4, &v) == 1 && v == 2);
    CHECK(ag_strmap_get(&m, "", 0, &v) == 1 && v == 3);
    /* the length is what counts, not a terminator */
    CHECK(ag_strmap_get(&m, "Russian", 4, &v) == 1 && v == 2);
    CHECK(ag_strmap_get(&m, "Rus", 3, &v) == 0);
    CHECK(ag_strmap_get(&m, "russia", 6, &v) == 0);

    CHECK(ag_strmap_put(&m, "Russia", 6, 10) == 0);
    CHECK(m.count == 3);
    CHECK(ag_strmap_get(&m, "Russia", 6, &v) == 1 && v == 10);
    ag_strmap_release(&m);
    CHECK(m.count == 0 && m.slots == NULL);
    CHECK(ag_strmap_get(&m, "Russia", 6, &v) == 0);
}

static void test_util_strmap_growth_past_10000_keys(void)
{
    struct ag_strmap m = AG_STRMAP_INIT;
    char key[32];
    size_t i, v, bad = 0;
    const size_t n = 25000;

    for (i = 0; i < n; i++) {
        int len = snprintf(key, sizeof(key), "key-%zu", i);
        if (ag_strmap_put(&m, key, (size_t)len, i * 3) != 0)
            bad++;
    }
    CHECK(bad == 0);
    CHECK(m.count == n);
    CHECK(m.cap >= 2 * n);
    for (i = 0; i < n; i++) {
        int len = snprintf(key, sizeof(key), "key-%zu", i);
        if (!ag_strmap_get(&m, key, (size_t)len, &v) || v != i * 3)
            bad++;
    }
    CHECK(bad == 0);
    /* overwrite half; count unchanged */
    for (i = 0; i < n; i += 2) {
        int len = snprintf(key, sizeof(key), "key-%zu", i);
        ag_strmap_put(&m, key, (size_t)len, 7);
    }
    CHECK(m.count == n);
    for (i = 0; i < n; i++) {
        int len = snprintf(key, sizeof(key), "key-%zu", i);
        if (!ag_strmap_get(&m, key, (size_t)len, &v) || v != (i % 2 ? i * 3 : 7))
            bad++;
    }
    CHECK(bad == 0);
    CHECK(ag_strmap_get(&m, "key-25000", 9, &v) == 0);
    CHECK(ag_strmap_get(&m, "key-", 4, &v) == 0);
    ag_strmap_release(&m);
}

/* ---- csvread */

static void test_util_csv_quoted_fields(void)
{
    static const char data[] = "id,text,n\n"
                               "1,\"a, b\",x\n"
                               "2,\"say \"\"hi\"\"\",y\n"
                               "3,\"line one\nline two\nline three\",z\n"
                               "4,plain,w\n";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_error err;

    CHECK(read_mem(data, strlen(data), &out, &err) == AG_OK);
    CHECK_STR(ag_buf_str(&out), "1#0:id|text|n\n"
                                "2#1:1|a, b|x\n"
                                "3#2:2|say \"hi\"|y\n"
                                "4#3:3|line one\nline two\nline three|z\n"
                                "7#4:4|plain|w\n");
    ag_buf_release(&out);
}

static void test_util_csv_line_after_multiline_field(void)
{
    /* the record after a 3-line field starts on line 5; a 2-line one on line 2 */
    static const char data[] = "a,b\n\"x\ny\",1\n\"p\nq\nr\",2\nlast,3";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_error err;

    CHECK(read_mem(data, strlen(data), &out, &err) == AG_OK);
    CHECK_STR(ag_buf_str(&out), "1#0:a|b\n2#1:x\ny|1\n4#2:p\nq\nr|2\n7#3:last|3\n");
    ag_buf_release(&out);
}

static void test_util_csv_bom_and_crlf(void)
{
    static const char data[] = "\xEF\xBB\xBF"
                               "code,name\r\n"
                               "01,\"two\r\nlines\"\r\n"
                               "02,b\r\n";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_error err;

    CHECK(read_mem(data, strlen(data), &out, &err) == AG_OK);
    CHECK_STR(ag_buf_str(&out), "1#0:code|name\n2#1:01|two\r\nlines\n4#2:02|b\n");
    CHECK(read_via_file(data, strlen(data), &out, &err) == AG_OK);
    CHECK_STR(ag_buf_str(&out), "1#0:code|name\n2#1:01|two\r\nlines\n4#2:02|b\n");
    ag_buf_release(&out);
}

static void test_util_csv_empty_fields_and_no_final_newline(void)
{
    static const char data[] = "a,b,c\n,,\n1,,3";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_error err;

    CHECK(read_mem(data, strlen(data), &out, &err) == AG_OK);
    CHECK_STR(ag_buf_str(&out), "1#0:a|b|c\n2#1:||\n3#2:1||3\n");
    ag_buf_release(&out);
}

static void test_util_csv_stray_quote_is_parse_error(void)
{
    static const char data[] = "a,b\n\"q\nr\",1\nok,2\nbad\"quote,3\nnever,4\n";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_error err;

    CHECK(read_mem(data, strlen(data), &out, &err) == AG_EPARSE);
    CHECK(err.status == AG_EPARSE);
    CHECK_STR(err.pos.file, "mem.csv");
    CHECK(err.pos.line == 5);
    CHECK(err.pos.col == 4); /* the quote, counted in characters */
    CHECK(strstr(ag_buf_str(&out), "never") == NULL);

    CHECK(read_via_file(data, strlen(data), &out, &err) == AG_EPARSE);
    CHECK_STR(err.pos.file, "file.csv");
    CHECK(err.pos.line == 5);

    /* text after a closing quote */
    CHECK(read_mem("a,b\n\"x\"y,1\n", 11, &out, &err) == AG_EPARSE);
    CHECK(err.pos.line == 2);
    ag_buf_release(&out);
}

static void test_util_csv_unterminated_quote_at_eof(void)
{
    static const char data[] = "a,b\n1,\"never closed\nstill open\n";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_error err;

    CHECK(read_mem(data, strlen(data), &out, &err) == AG_EPARSE);
    CHECK(err.status == AG_EPARSE);
    CHECK_STR(err.pos.file, "mem.csv");
    /* the file has 3 lines and the unclosed record starts on line 2 */
    CHECK(err.pos.line == 2);
    CHECK(read_via_file(data, strlen(data), &out, &err) == AG_EPARSE);
    CHECK_STR(err.pos.file, "file.csv");
    ag_buf_release(&out);
}

static void test_util_csv_file_blocks_match_memory(void)
{
    struct ag_buf data = AG_BUF_INIT, mem = AG_BUF_INIT, file = AG_BUF_INIT;
    struct ag_error err;
    int i;

    ag_buf_puts(&data, "\xEF\xBB\xBFid,text,note\r\n");
    for (i = 0; i < 4000; i++) {
        if (i % 7 == 0)
            ag_buf_printf(&data, "%d,\"multi\nline, \"\"quoted\"\"\nfield %d\",n%d\n", i, i, i);
        else if (i % 11 == 0)
            ag_buf_printf(&data, "%d,plain %d,\"\"\r\n", i, i);
        else
            ag_buf_printf(&data, "%d,some words for row %d,x\n", i, i);
    }
    /* one line longer than a block, and a quoted field crossing two block boundaries */
    ag_buf_puts(&data, "long,");
    for (i = 0; i < 70000; i++)
        ag_buf_putc(&data, (char)('a' + i % 26));
    ag_buf_puts(&data, ",end\nspan,\"");
    for (i = 0; i < 140000; i++)
        ag_buf_putc(&data, i % 1000 == 999 ? '\n' : 'z');
    ag_buf_puts(&data, "\",tail\nlast,row,no newline");
    CHECK(data.len > 200000);

    CHECK(read_mem(data.ptr, data.len, &mem, &err) == AG_OK);
    CHECK(read_via_file(data.ptr, data.len, &file, &err) == AG_OK);
    CHECK(mem.len == file.len);
    CHECK(mem.len > 0 && file.len == mem.len && memcmp(mem.ptr, file.ptr, mem.len) == 0);
    CHECK(strstr(ag_buf_str(&mem), "#4000:3999|") != NULL);
    CHECK(strstr(ag_buf_str(&mem), "#4003:last|row|no newline\n") != NULL);
    CHECK(strncmp(ag_buf_str(&mem), "1#0:id|text|note\n", 17) == 0);
    ag_buf_release(&data);
    ag_buf_release(&mem);
    ag_buf_release(&file);
}

static enum ag_status stop_at_second(const struct ag_csv_record *rec, void *ctx,
                                     struct ag_error *err)
{
    int *seen = ctx;
    (*seen)++;
    if (rec->index == 1)
        return ag_fail(err, AG_EINVAL, NULL, "stop");
    return AG_OK;
}

static void test_util_csv_callback_status_stops(void)
{
    static const char data[] = "h\n1\n2\n3\n";
    struct ag_error err;
    int seen = 0;

    ag_error_clear(&err);
    CHECK(ag_csv_read_mem(data, strlen(data), "m", stop_at_second, &seen, &err) == AG_EINVAL);
    CHECK(seen == 2);
    CHECK_STR(err.msg, "stop");
}

static enum ag_status check_columns(const struct ag_csv_record *rec, void *ctx,
                                    struct ag_error *err)
{
    int *ok = ctx;

    (void)err;
    if (rec->index == 0)
        *ok = ag_csv_column(rec, "id") == 0 && ag_csv_column(rec, "NAME") == 1 &&
              ag_csv_column(rec, "goldstein") == 2 && ag_csv_column(rec, "missing") == -1 &&
              ag_csv_column(rec, "nam") == -1;
    return AG_OK;
}

static void test_util_csv_column_case_insensitive(void)
{
    static const char data[] = "ID,Name,GoldStein\n1,a,2\n";
    struct ag_error err;
    int ok = 0;

    CHECK(ag_csv_read_mem(data, strlen(data), "m", check_columns, &ok, &err) == AG_OK);
    CHECK(ok == 1);
}

/* ---- outfile */

static void test_util_outfile_commit_renames(void)
{
    char dir[64], path[128], tmp[160];
    struct ag_outfile f;
    struct ag_error err;
    char *got;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    snprintf(path, sizeof(path), "%s/out.csv", dir);
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    CHECK(write_text(path, "old\n") == 0);
    CHECK(ag_outfile_open(&f, path, &err) == AG_OK);
    CHECK(exists(tmp));
    fputs("new content\n", f.fp);
    /* until commit, the target keeps its old content */
    got = read_text(path);
    CHECK_STR(got, "old\n");
    free(got);
    CHECK(ag_outfile_commit(&f, &err) == AG_OK);
    CHECK(!exists(tmp));
    got = read_text(path);
    CHECK_STR(got, "new content\n");
    free(got);
    unit_rm_tree(dir);
}

static void test_util_outfile_abort_keeps_target(void)
{
    char dir[64], path[128], tmp[160], fresh[128];
    struct ag_outfile f;
    struct ag_error err;
    char *got;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    snprintf(path, sizeof(path), "%s/out.csv", dir);
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    CHECK(write_text(path, "precious\n") == 0);
    CHECK(ag_outfile_open(&f, path, &err) == AG_OK);
    fputs("half-written", f.fp);
    ag_outfile_abort(&f);
    CHECK(!exists(tmp));
    got = read_text(path);
    CHECK_STR(got, "precious\n");
    free(got);
    ag_outfile_abort(&f); /* no-op on a released outfile */

    /* abort without an existing target leaves nothing */
    snprintf(fresh, sizeof(fresh), "%s/fresh.csv", dir);
    CHECK(ag_outfile_open(&f, fresh, &err) == AG_OK);
    ag_outfile_abort(&f);
    CHECK(!exists(fresh));
    unit_rm_tree(dir);
}

static void test_util_outfile_open_missing_dir(void)
{
    char dir[64], path[128];
    struct ag_outfile f;
    struct ag_error err;

    if (unit_make_tmpdir(dir, sizeof(dir)) != 0) {
        CHECK(!"mkdtemp");
        return;
    }
    snprintf(path, sizeof(path), "%s/no/such/dir/out.csv", dir);
    ag_error_clear(&err);
    CHECK(ag_outfile_open(&f, path, &err) == AG_EIO);
    CHECK(err.status == AG_EIO);
    CHECK(strstr(err.msg, "out.csv") != NULL);
    CHECK(f.path == NULL && f.tmp == NULL && f.fp == NULL);
    unit_rm_tree(dir);
}

/* ---- diag */

static void test_util_error_raise_copies_position(void)
{
    struct ag_error err;
    char name[32];
    struct ag_pos pos;

    snprintf(name, sizeof(name), "input.csv");
    pos.file = name;
    pos.line = 12;
    pos.col = 3;
    pos.offset = 40;
    CHECK(ag_fail(&err, AG_EINVAL, &pos, "bad %s %d", "value", 7) == AG_EINVAL);
    name[0] = 'X'; /* the record must not point into the caller's string */
    CHECK_STR(err.pos.file, "input.csv");
    CHECK(err.pos.line == 12 && err.pos.col == 3 && err.pos.offset == 40);
    CHECK_STR(err.msg, "bad value 7");
    CHECK(ag_fail(NULL, AG_EIO, NULL, "ignored") == AG_EIO);
    ag_error_clear(&err);
    CHECK(err.status == AG_OK);
    CHECK_STR(ag_status_name(AG_ENOMEM), "out of memory");
}

const struct unit_test unit_tests_util[] = {
    {"util_buf_append_printf_reset", test_util_buf_append_printf_reset},
    {"util_buf_binary_bytes", test_util_buf_binary_bytes},
    {"util_strmap_put_get_overwrite", test_util_strmap_put_get_overwrite},
    {"util_strmap_growth_past_10000_keys", test_util_strmap_growth_past_10000_keys},
    {"util_csv_quoted_fields", test_util_csv_quoted_fields},
    {"util_csv_line_after_multiline_field", test_util_csv_line_after_multiline_field},
    {"util_csv_bom_and_crlf", test_util_csv_bom_and_crlf},
    {"util_csv_empty_fields_and_no_final_newline", test_util_csv_empty_fields_and_no_final_newline},
    {"util_csv_stray_quote_is_parse_error", test_util_csv_stray_quote_is_parse_error},
    {"util_csv_unterminated_quote_at_eof", test_util_csv_unterminated_quote_at_eof},
    {"util_csv_file_blocks_match_memory", test_util_csv_file_blocks_match_memory},
    {"util_csv_callback_status_stops", test_util_csv_callback_status_stops},
    {"util_csv_column_case_insensitive", test_util_csv_column_case_insensitive},
    {"util_outfile_commit_renames", test_util_outfile_commit_renames},
    {"util_outfile_abort_keeps_target", test_util_outfile_abort_keeps_target},
    {"util_outfile_open_missing_dir", test_util_outfile_open_missing_dir},
    {"util_error_raise_copies_position", test_util_error_raise_copies_position},
    {NULL, NULL},
};
