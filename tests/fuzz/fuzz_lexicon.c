/* fuzz_lexicon.c: the lexicon loader (a --lexicon directory) and the extractor over what it loads.
 * Input: byte 0, then parts separated by 0x1e. Part j replaces lexicon file (byte0 + j) mod 6;
 * the other files get a small valid default. When the lexicon loads, a fixed text and the last
 * part are extracted with it. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "actorgraph/io.h"

static const char *const names[6] = {"cameo.csv",    "actors.csv", "leaders.csv",
                                     "demonyms.csv", "roles.csv",  "relations.csv"};

static const char *const defaults[6] = {
    "code,name,goldstein\n01,make public statement,0.0\n051,praise or endorse,3.4\n"
    "163,\"impose embargo, boycott, or sanctions\",-8.0\n19,fight,-10.0\n"
    "190,use conventional military force,-10.0\n",
    "id,label,country,kind,start,end,names\nRUS,Russia,RUS,state,,,Russia|Russian Federation\n"
    "RUSGOV,Russian government,RUS,government,,,Kremlin|Moscow\n"
    "UKR,Ukraine,UKR,state,,,Ukraine\nCHN,China,CHN,state,,,China|PRC\n"
    "NATO,NATO,NATO,igo,,,NATO|North Atlantic Treaty Organization\n",
    "id,label,country,kind,start,end,names\n"
    "RUS_PUTIN,Vladimir Putin,RUS,leader,2012-05-07,,Putin|Vladimir Putin\n",
    "adjective,country\nRussian,RUS\nChinese,CHN\nUkrainian,UKR\nSino,CHN\n",
    "noun,suffix,kind\ngovernment,GOV,government\ntroops,MIL,military\npeople,-,state\n",
    "phrase,pos,cameo,mutual,dir,prep,forms\nattack,verb,190,0,st,,\n"
    "attack,noun,190,0,st,on|against,\npraise,verb,051,0,st,,\n"
    "impose sanctions,fixed,163,0,st,on|against,\nmeet,verb,04,1,st,with|-,met\n",
};

static const char sample[] =
    "Russia attacked Ukraine. Chinese officials praised Putin, and the Kremlin imposed sanctions "
    "on NATO. Russian troops did not attack China. It met Ukraine.";

static enum ag_status on_relation(const struct ag_relation *r, void *ctx, struct ag_error *err)
{
    size_t *n = ctx;
    (void)err;
    *n += strlen(r->source) + strlen(r->source_label) + strlen(r->source_country) +
          strlen(r->target) + strlen(r->target_label) + strlen(r->target_country) +
          strlen(r->cameo) + strlen(r->event) + strlen(r->trigger) + strlen(r->evidence);
    return AG_OK;
}

static enum ag_status on_mention(const struct ag_mention *m, void *ctx, struct ag_error *err)
{
    size_t *n = ctx;
    (void)err;
    *n += strlen(m->actor->id) + strlen(m->actor->label) + strlen(m->actor->kind);
    return AG_OK;
}

static void extract(struct ag_extractor *x, const char *text, size_t len)
{
    struct ag_doc doc;
    struct ag_doc_storage *storage = NULL;
    struct ag_error warning, err;
    size_t seen = 0;
    struct ag_extract_sink sink = {on_relation, on_mention, &seen};

    if (ag_doc_parse(&doc, &storage, "fuzz", "fuzz.txt", text, len, "2024-01-01", "", 0, &warning,
                     &err) == AG_OK)
        ag_extract_doc(x, &doc, &sink, &err);
    ag_doc_storage_free(storage);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *given[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    size_t given_len[6] = {0, 0, 0, 0, 0, 0};
    const char *p, *end, *last = NULL;
    size_t last_len = 0, i;
    unsigned j = 0, first;
    struct ag_lexicon *lex = NULL;
    struct ag_error err;

    if (size < 1)
        return 0;
    first = data[0];
    p = (const char *)data + 1;
    end = (const char *)data + size;
    while (p <= end && j < 6) {
        const char *sep = memchr(p, 0x1e, (size_t)(end - p));
        size_t n = sep ? (size_t)(sep - p) : (size_t)(end - p);
        i = (first + j) % 6;
        given[i] = p;
        given_len[i] = n;
        last = p;
        last_len = n;
        j++;
        if (!sep)
            break;
        p = sep + 1;
    }
    for (i = 0; i < 6; i++) {
        const char *t = given[i] ? given[i] : defaults[i];
        size_t n = given[i] ? given_len[i] : strlen(defaults[i]);
        if (!fuzz_write_file(names[i], t, n))
            abort();
    }
    ag_error_clear(&err);
    if (ag_lexicon_load(&lex, fuzz_tmpdir(), &err) == AG_OK) {
        struct ag_extractor *x = NULL;
        if (ag_extractor_new(&x, lex, &err) == AG_OK) {
            extract(x, sample, sizeof(sample) - 1);
            if (last)
                extract(x, last, last_len);
        }
        ag_extractor_free(x);
    } else if (!err.msg[0]) {
        abort(); /* a failure says why */
    }
    ag_lexicon_free(lex);
    return 0;
}
