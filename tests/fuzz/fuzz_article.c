/* fuzz_article.c: the article reader and the extractor.
 * The first byte picks the path and options: bits 0-1 the reader (0 ag_doc_parse on the bytes as
 * a file, 1 as a JSON Lines body with caller date and title, 2 an input file *.txt through
 * ag_inputs, 3 an input file *.jsonl through ag_inputs), bit 2 strict UTF-8, bit 3 a small
 * --max-article-bytes. The rest is the article. Every article read is extracted with the
 * built-in lexicon. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "actorgraph/io.h"

static struct ag_lexicon *lex;
static struct ag_extractor *x;

static enum ag_status on_mention(const struct ag_mention *m, void *ctx, struct ag_error *err)
{
    size_t *n = ctx;
    (void)err;
    *n += strlen(m->doc_id) + strlen(m->actor->id);
    return AG_OK;
}

static enum ag_status on_doc(const struct ag_doc *doc, void *ctx, struct ag_error *err)
{
    struct ag_extract_sink sink = {fuzz_touch_relation, on_mention, ctx};
    if (strlen(doc->text) != doc->text_len)
        abort(); /* the cleaned text holds no NUL */
    return ag_extract_doc(x, doc, &sink, err);
}

static void on_problem(const struct ag_error *problem, const char *severity, void *ctx)
{
    (void)ctx;
    if (strlen(problem->msg) == 0 || !severity)
        abort();
    if (strchr(problem->msg, '\n'))
        abort(); /* messages stay on one line */
}

static void init(void)
{
    if (lex)
        return;
    ag_init();
    if (ag_lexicon_load(&lex, NULL, NULL) != AG_OK || ag_extractor_new(&x, lex, NULL) != AG_OK)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ag_input_options opts;
    struct ag_error err;
    size_t seen = 0;
    unsigned mode;
    const char *text;

    if (size < 1)
        return 0;
    init();
    mode = data[0];
    text = (const char *)data + 1;
    size--;
    opts.strict_utf8 = (mode & 4) != 0;
    opts.max_article_bytes = (mode & 8) ? 64 : 1u << 20;
    ag_error_clear(&err);
    if ((mode & 3) < 2) {
        struct ag_doc doc;
        struct ag_doc_storage *storage = NULL;
        struct ag_error warning;
        enum ag_status st = ag_doc_parse(
            &doc, &storage, "fuzz", "fuzz.txt", text, size, (mode & 3) == 1 ? "2024-02-29" : NULL,
            (mode & 3) == 1 ? "Title" : NULL, opts.strict_utf8, &warning, &err);
        if (st == AG_OK)
            on_doc(&doc, &seen, &err);
        ag_doc_storage_free(storage);
    } else {
        const char *path = fuzz_write_file((mode & 3) == 2 ? "a.txt" : "a.jsonl", text, size);
        struct ag_inputs *in = NULL;
        char copy[256];
        char *paths[1] = {copy};
        size_t i;
        if (!path || strlen(path) >= sizeof(copy))
            abort();
        memcpy(copy, path, strlen(path) + 1);
        if (ag_inputs_new(&in, paths, 1, &opts, on_problem, NULL, &err) != AG_OK)
            return 0;
        for (i = 0; i < ag_inputs_files(in); i++)
            if (ag_inputs_read(in, i, on_doc, &seen, &err) != AG_OK)
                break;
        ag_inputs_free(in);
    }
    return 0;
}
