/* parallel.c: a bounded ring of article slots, filled by the reading thread, extracted by worker
 * threads, and emitted by the reading thread in submission order. */
#include "cli/parallel.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/buf.h"

#define SLOTS_PER_WORKER  4
#define QUEUED_BYTES_MAX  (8u << 20) /* article text waiting in the ring */
#define KEEP_CAPACITY_MAX (1u << 20) /* larger slot buffers are freed after use */
#define NO_STRING         SIZE_MAX

/* The strings of a recorded relation (or, for a mention, the first two). */
enum rec_str {
    S_DOC,
    S_DATE,
    S_SOURCE,
    S_SOURCE_LABEL,
    S_SOURCE_COUNTRY,
    S_TARGET,
    S_TARGET_LABEL,
    S_TARGET_COUNTRY,
    S_CAMEO,
    S_EVENT,
    S_TRIGGER,
    S_EVIDENCE,
    S_COUNT
};

/* One relation or mention, its strings stored by offset in the slot's string buffer. */
struct rec {
    int is_mention;
    const struct ag_actor *actor; /* mentions: points into the shared lexicon */
    size_t str[S_COUNT];
    long sentence;
    double goldstein;
    int quad_class, negated;
};

struct slot {
    struct ag_buf text; /* the submitted doc's strings, NUL-separated */
    struct ag_doc doc;
    struct ag_buf strings;   /* recorded strings, NUL-separated */
    size_t doc_id, doc_date; /* offsets of the doc's id and date in strings */
    struct rec *recs;
    size_t nrecs, caprecs;
    size_t bytes; /* text length, for the queue limit */
    int done;     /* set by the worker, under the lock */
    enum ag_status st;
    struct ag_error err;
};

struct worker {
    struct cli_pool *pool;
    struct ag_extractor *x;
    pthread_t tid;
    int started;
};

struct cli_pool {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    struct slot *slots;
    size_t nslots;
    size_t head;  /* next slot to emit (reading thread only) */
    size_t claim; /* next slot for a worker (under mu) */
    size_t tail;  /* next slot to fill (written under mu) */
    size_t queued_bytes;
    int closing;
    struct worker *workers;
    int nworkers;
    struct ag_extract_sink sink;
};

static enum ag_status oom(struct ag_error *err)
{
    return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
}

/* Appends s and its NUL to b; *off is where it starts. Returns 0 or -1 (out of memory). */
static int store(struct ag_buf *b, const char *s, size_t len, size_t *off)
{
    *off = b->len;
    return ag_buf_append(b, s, len) != 0 || ag_buf_putc(b, '\0') != 0 ? -1 : 0;
}

static int store_opt(struct ag_buf *b, const char *s, size_t *off)
{
    if (!s) {
        *off = NO_STRING;
        return 0;
    }
    return store(b, s, strlen(s), off);
}

static const char *at(const struct ag_buf *b, size_t off)
{
    return off == NO_STRING ? NULL : b->ptr + off;
}

/* ---- worker side */

static int intern(struct slot *s, const char *str, size_t *off)
{
    if (str == s->doc.id) {
        *off = s->doc_id;
        return 0;
    }
    if (str == s->doc.date) {
        *off = s->doc_date;
        return 0;
    }
    return store(&s->strings, str ? str : "", str ? strlen(str) : 0, off);
}

static struct rec *new_rec(struct slot *s)
{
    struct rec *r;

    if (ag_grow((void **)&s->recs, &s->caprecs, s->nrecs + 1, sizeof(*s->recs)) != 0)
        return NULL;
    r = &s->recs[s->nrecs];
    memset(r, 0, sizeof(*r));
    return r;
}

static enum ag_status record_relation(const struct ag_relation *rel, void *ctx,
                                      struct ag_error *err)
{
    struct slot *s = ctx;
    struct rec *r = new_rec(s);
    const char *str[S_COUNT];
    size_t i;

    if (!r)
        return oom(err);
    str[S_DOC] = rel->doc_id;
    str[S_DATE] = rel->date;
    str[S_SOURCE] = rel->source;
    str[S_SOURCE_LABEL] = rel->source_label;
    str[S_SOURCE_COUNTRY] = rel->source_country;
    str[S_TARGET] = rel->target;
    str[S_TARGET_LABEL] = rel->target_label;
    str[S_TARGET_COUNTRY] = rel->target_country;
    str[S_CAMEO] = rel->cameo;
    str[S_EVENT] = rel->event;
    str[S_TRIGGER] = rel->trigger;
    str[S_EVIDENCE] = rel->evidence;
    for (i = 0; i < S_COUNT; i++)
        if (intern(s, str[i], &r->str[i]) != 0)
            return oom(err);
    r->sentence = rel->sentence;
    r->goldstein = rel->goldstein;
    r->quad_class = rel->quad_class;
    r->negated = rel->negated;
    s->nrecs++;
    return AG_OK;
}

static enum ag_status record_mention(const struct ag_mention *m, void *ctx, struct ag_error *err)
{
    struct slot *s = ctx;
    struct rec *r = new_rec(s);

    if (!r || intern(s, m->doc_id, &r->str[S_DOC]) != 0 || intern(s, m->date, &r->str[S_DATE]) != 0)
        return oom(err);
    r->is_mention = 1;
    r->actor = m->actor;
    s->nrecs++;
    return AG_OK;
}

static void extract_slot(struct ag_extractor *x, struct slot *s)
{
    struct ag_extract_sink sink = {record_relation, record_mention, s};

    ag_error_clear(&s->err);
    s->nrecs = 0;
    ag_buf_reset(&s->strings);
    if (store(&s->strings, s->doc.id, strlen(s->doc.id), &s->doc_id) != 0 ||
        store(&s->strings, s->doc.date, strlen(s->doc.date), &s->doc_date) != 0) {
        s->st = oom(&s->err);
        return;
    }
    s->st = ag_extract_doc(x, &s->doc, &sink, &s->err);
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct cli_pool *p = w->pool;

    pthread_mutex_lock(&p->mu);
    for (;;) {
        struct slot *s;
        while (p->claim == p->tail && !p->closing)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->closing)
            break;
        s = &p->slots[p->claim++ % p->nslots];
        pthread_mutex_unlock(&p->mu);
        extract_slot(w->x, s);
        pthread_mutex_lock(&p->mu);
        s->done = 1;
        pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- reading-thread side */

/* Copies doc into s->text and points s->doc into it. Returns 0 or -1 (out of memory). */
static int fill_slot(struct slot *s, const struct ag_doc *doc)
{
    size_t id, date, title, path, text;

    ag_buf_reset(&s->text);
    if (store_opt(&s->text, doc->id ? doc->id : "", &id) != 0 ||
        store_opt(&s->text, doc->date ? doc->date : "", &date) != 0 ||
        store_opt(&s->text, doc->title, &title) != 0 ||
        store_opt(&s->text, doc->path, &path) != 0 ||
        store(&s->text, doc->text ? doc->text : "", doc->text ? doc->text_len : 0, &text) != 0)
        return -1;
    s->doc.id = at(&s->text, id);
    s->doc.date = at(&s->text, date);
    s->doc.title = at(&s->text, title);
    s->doc.path = at(&s->text, path);
    s->doc.text = at(&s->text, text);
    s->doc.text_len = doc->text ? doc->text_len : 0;
    s->doc.first_line = doc->first_line;
    s->bytes = s->text.len;
    s->done = 0;
    return 0;
}

/* Hands the slot's records to the sink, in the order they were found. */
static enum ag_status emit_slot(struct cli_pool *p, struct slot *s, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    size_t i;

    if (s->st != AG_OK) {
        if (err)
            *err = s->err;
        return s->st;
    }
    for (i = 0; i < s->nrecs && st == AG_OK; i++) {
        const struct rec *r = &s->recs[i];
        const struct ag_buf *b = &s->strings;
        if (r->is_mention) {
            struct ag_mention m;
            m.doc_id = at(b, r->str[S_DOC]);
            m.date = at(b, r->str[S_DATE]);
            m.actor = r->actor;
            if (p->sink.on_mention)
                st = p->sink.on_mention(&m, p->sink.ctx, err);
        } else {
            struct ag_relation rel;
            rel.doc_id = at(b, r->str[S_DOC]);
            rel.date = at(b, r->str[S_DATE]);
            rel.sentence = r->sentence; /* numbered within its article */
            rel.source = at(b, r->str[S_SOURCE]);
            rel.source_label = at(b, r->str[S_SOURCE_LABEL]);
            rel.source_country = at(b, r->str[S_SOURCE_COUNTRY]);
            rel.target = at(b, r->str[S_TARGET]);
            rel.target_label = at(b, r->str[S_TARGET_LABEL]);
            rel.target_country = at(b, r->str[S_TARGET_COUNTRY]);
            rel.cameo = at(b, r->str[S_CAMEO]);
            rel.event = at(b, r->str[S_EVENT]);
            rel.quad_class = r->quad_class;
            rel.goldstein = r->goldstein;
            rel.negated = r->negated;
            rel.trigger = at(b, r->str[S_TRIGGER]);
            rel.evidence = at(b, r->str[S_EVIDENCE]);
            if (p->sink.on_relation)
                st = p->sink.on_relation(&rel, p->sink.ctx, err);
        }
    }
    return st;
}

/* Emits the oldest slot; waits for it when wait is set, else returns AG_OK with *emitted = 0
 * when it is not finished. */
static enum ag_status emit_head(struct cli_pool *p, int wait, int *emitted, struct ag_error *err)
{
    struct slot *s = &p->slots[p->head % p->nslots];
    enum ag_status st;
    int done;

    pthread_mutex_lock(&p->mu);
    while (!s->done && wait)
        pthread_cond_wait(&p->done, &p->mu);
    done = s->done;
    pthread_mutex_unlock(&p->mu);
    *emitted = done;
    if (!done)
        return AG_OK;
    st = emit_slot(p, s, err);
    p->head++;
    p->queued_bytes -= s->bytes;
    s->done = 0; /* no worker can see this slot until the reading thread refills it */
    if (s->text.cap > KEEP_CAPACITY_MAX)
        ag_buf_release(&s->text);
    if (s->strings.cap > KEEP_CAPACITY_MAX)
        ag_buf_release(&s->strings);
    if (s->caprecs * sizeof(*s->recs) > KEEP_CAPACITY_MAX) {
        ag_free(s->recs);
        s->recs = NULL;
        s->caprecs = 0;
    }
    return st;
}

enum ag_status cli_pool_submit(struct cli_pool *p, const struct ag_doc *doc, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    struct slot *s;
    int emitted = 1;

    while (p->tail - p->head == p->nslots ||
           (p->tail > p->head && p->queued_bytes + doc->text_len > QUEUED_BYTES_MAX)) {
        st = emit_head(p, 1, &emitted, err);
        if (st != AG_OK)
            return st;
    }
    s = &p->slots[p->tail % p->nslots];
    if (fill_slot(s, doc) != 0)
        return oom(err);
    p->queued_bytes += s->bytes;
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    while (st == AG_OK && emitted && p->head != p->tail)
        st = emit_head(p, 0, &emitted, err);
    return st;
}

enum ag_status cli_pool_drain(struct cli_pool *p, struct ag_error *err)
{
    enum ag_status st = AG_OK;
    int emitted;

    while (st == AG_OK && p->head != p->tail)
        st = emit_head(p, 1, &emitted, err);
    return st;
}

long cli_pool_sentences(const struct cli_pool *p)
{
    long n = 0;
    int i;

    for (i = 0; i < p->nworkers; i++)
        n += ag_extractor_sentences(p->workers[i].x);
    return n;
}

enum ag_status cli_pool_new(struct cli_pool **out, const struct ag_lexicon *lex, int nthreads,
                            const struct ag_extract_sink *sink, struct ag_error *err)
{
    struct cli_pool *p;
    enum ag_status st = AG_OK;
    int i;

    *out = NULL;
    if (nthreads < 1)
        nthreads = 1;
    p = ag_calloc(1, sizeof(*p));
    if (!p)
        return oom(err);
    if (pthread_mutex_init(&p->mu, NULL) != 0) {
        ag_free(p);
        return oom(err);
    }
    if (pthread_cond_init(&p->work, NULL) != 0) {
        pthread_mutex_destroy(&p->mu);
        ag_free(p);
        return oom(err);
    }
    if (pthread_cond_init(&p->done, NULL) != 0) {
        pthread_cond_destroy(&p->work);
        pthread_mutex_destroy(&p->mu);
        ag_free(p);
        return oom(err);
    }
    p->sink = *sink;
    p->nslots = (size_t)nthreads * SLOTS_PER_WORKER;
    p->slots = ag_calloc(p->nslots, sizeof(*p->slots));
    p->workers = ag_calloc((size_t)nthreads, sizeof(*p->workers));
    if (!p->slots || !p->workers) {
        cli_pool_free(p);
        return oom(err);
    }
    p->nworkers = nthreads;
    for (i = 0; i < nthreads && st == AG_OK; i++) {
        p->workers[i].pool = p;
        st = ag_extractor_new(&p->workers[i].x, lex, err);
    }
    for (i = 0; i < nthreads && st == AG_OK; i++) {
        if (pthread_create(&p->workers[i].tid, NULL, worker_main, &p->workers[i]) != 0)
            st = ag_fail(err, AG_EIO, NULL, "cannot start extraction thread %d of %d", i + 1,
                         nthreads);
        else
            p->workers[i].started = 1;
    }
    if (st != AG_OK) {
        cli_pool_free(p);
        return st;
    }
    *out = p;
    return AG_OK;
}

void cli_pool_free(struct cli_pool *p)
{
    size_t k;
    int i;

    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->closing = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (i = 0; p->workers && i < p->nworkers; i++) {
        if (p->workers[i].started)
            pthread_join(p->workers[i].tid, NULL);
        ag_extractor_free(p->workers[i].x);
    }
    for (k = 0; p->slots && k < p->nslots; k++) {
        ag_buf_release(&p->slots[k].text);
        ag_buf_release(&p->slots[k].strings);
        ag_free(p->slots[k].recs);
    }
    ag_free(p->slots);
    ag_free(p->workers);
    pthread_cond_destroy(&p->done);
    pthread_cond_destroy(&p->work);
    pthread_mutex_destroy(&p->mu);
    ag_free(p);
}

int cli_online_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
