/* fuzz_csv.c: the CSV record reader (util/csvread.c, over libcsv) and the relations.csv reader.
 * The first byte picks: bit 0 --skip-bad-rows, bit 1 the relations reader on a file (else the
 * record reader on memory and on a file, which must agree). The rest is the CSV text. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "actorgraph/io.h"
#include "util/csvread.h"

struct tally {
    unsigned long hash;
    long records, last_line;
};

static enum ag_status on_record(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct tally *t = ctx;
    size_t i, j;

    (void)err;
    /* records in order; lines never decrease (a lone CR ends a record but not a line) */
    if (rec->index != t->records || rec->line < 1 || rec->line < t->last_line)
        abort();
    t->records++;
    t->last_line = rec->line;
    for (i = 0; i < rec->nfields; i++) {
        if (strlen(rec->fields[i]) > rec->lens[i])
            abort();
        for (j = 0; j < rec->lens[i]; j++)
            t->hash = t->hash * 31 + (unsigned char)rec->fields[i][j];
        t->hash = t->hash * 31 + 0xff;
    }
    t->hash = t->hash * 31 + 0xfe;
    /* a callback failure stops the reader: exercise that path now and then */
    return (t->hash & 0xfff) == 0x123 ? ag_fail(err, AG_EINVAL, NULL, "stop") : AG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ag_error err;
    const char *text, *path;
    unsigned mode;

    if (size < 1)
        return 0;
    mode = data[0];
    text = (const char *)data + 1;
    size--;
    ag_error_clear(&err);
    path = fuzz_write_file("relations.csv", text, size);
    if (!path)
        abort();
    if (mode & 2) {
        long skipped = 0;
        size_t n = 0;
        enum ag_status st =
            ag_relations_read(path, mode & 1, fuzz_touch_relation, &n, &skipped, &err);
        if (st != AG_OK && (err.status != st || !err.msg[0]))
            abort();
        if (skipped < 0 || (!(mode & 1) && skipped))
            abort();
    } else {
        struct tally a = {0, 0, 0}, b = {0, 0, 0};
        struct ag_error err2;
        enum ag_status s1, s2;
        FILE *fp = fopen(path, "rb");
        if (!fp)
            abort();
        ag_error_clear(&err2);
        s1 = ag_csv_read_mem(text, size, "mem.csv", on_record, &a, &err);
        s2 = ag_csv_read_file(fp, "file.csv", on_record, &b, &err2);
        fclose(fp);
        /* the file reader feeds blocks, the memory reader the whole text: same records */
        if (s1 != s2 || a.hash != b.hash || a.records != b.records ||
            (s1 != AG_OK && (err.pos.line != err2.pos.line || err.pos.col != err2.pos.col)))
            abort();
    }
    return 0;
}
