/* lexicon.c: loading and validating the lexicon CSV files (format: README, "Lexicon files"). */
#include "actorgraph/lexicon.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/embedded.h"
#include "lexicon/inflect.h"
#include "lexicon/lexicon_impl.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/csvread.h"

struct loader {
    struct ag_lexicon *lex;
    const char *file;
    long cols[8]; /* header column index per expected column */
    struct ag_tokens scratch;
};

static const char *keep(struct ag_lexicon *lex, const char *s)
{
    char *copy;

    if (ag_grow((void **)&lex->strings, &lex->strings_cap, lex->nstrings + 1, sizeof(char *)) != 0)
        return NULL;
    copy = ag_strdup(s);
    if (copy)
        lex->strings[lex->nstrings++] = copy;
    return copy;
}

/* Maps header names to columns; every name in want must be present. */
static enum ag_status read_header(struct loader *ld, const struct ag_csv_record *rec,
                                  const char *const *want, struct ag_error *err)
{
    size_t i;

    for (i = 0; want[i]; i++) {
        ld->cols[i] = ag_csv_column(rec, want[i]);
        if (ld->cols[i] < 0) {
            struct ag_pos pos = {ld->file, rec->line, 1, 0};
            return ag_fail(err, AG_EINVAL, &pos, "missing column '%s'", want[i]);
        }
    }
    return AG_OK;
}

static const char *field(const struct loader *ld, const struct ag_csv_record *rec, int col)
{
    long c = ld->cols[col];
    return c >= 0 && (size_t)c < rec->nfields ? rec->fields[c] : "";
}

static enum ag_status fail_at(struct loader *ld, const struct ag_csv_record *rec,
                              struct ag_error *err, enum ag_status st, const char *msg,
                              const char *subject)
{
    struct ag_pos pos = {ld->file, rec->line, 1, 0};
    if (st == AG_ENOMEM)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory loading '%s'", ld->file);
    return ag_fail(err, st, &pos, "%s '%s'", msg, subject);
}

static int valid_date(const char *s)
{
    int i;

    if (!*s)
        return 1;
    if (strlen(s) != 10)
        return 0;
    for (i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    return 1;
}

/* ---- actors.csv, leaders.csv: id,label,country,kind,start,end,names */

static const char *const actor_cols[] = {"id",    "label", "country", "kind",
                                         "start", "end",   "names",   NULL};

static enum ag_status actor_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct loader *ld = ctx;
    struct ag_lexicon *lex = ld->lex;
    struct ag_actor *a;
    const char *names, *p;
    size_t row, existing;

    if (rec->index == 0)
        return read_header(ld, rec, actor_cols, err);
    if (!*field(ld, rec, 0) || !*field(ld, rec, 2))
        return fail_at(ld, rec, err, AG_EINVAL, "actor without id or country:", field(ld, rec, 0));
    if (!valid_date(field(ld, rec, 4)) || !valid_date(field(ld, rec, 5)))
        return fail_at(ld, rec, err, AG_EINVAL, "bad date (want YYYY-MM-DD) for actor",
                       field(ld, rec, 0));
    if (ag_grow((void **)&lex->actors, &lex->actors_cap, lex->nactors + 1, sizeof(*a)) != 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    row = lex->nactors;
    a = &lex->actors[row];
    a->id = keep(lex, field(ld, rec, 0));
    a->label = keep(lex, *field(ld, rec, 1) ? field(ld, rec, 1) : field(ld, rec, 0));
    a->country = keep(lex, field(ld, rec, 2));
    a->kind = keep(lex, *field(ld, rec, 3) ? field(ld, rec, 3) : "actor");
    a->start = keep(lex, field(ld, rec, 4));
    a->end = keep(lex, field(ld, rec, 5));
    if (!a->id || !a->label || !a->country || !a->kind || !a->start || !a->end)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    lex->nactors++;
    if (!ag_strmap_get(&lex->actor_by_id, a->id, strlen(a->id), &existing) &&
        ag_strmap_put(&lex->actor_by_id, a->id, strlen(a->id), row) != 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    names = field(ld, rec, 6);
    for (p = names; *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        char *name = ag_strndup(p, len);
        int rc;
        if (!name)
            return fail_at(ld, rec, err, AG_ENOMEM, "", "");
        rc = ag_phrases_add(&lex->names, name, 0, (uint32_t)row, &ld->scratch);
        ag_free(name);
        if (rc < 0)
            return fail_at(ld, rec, err, AG_ENOMEM, "", "");
        p += len;
        if (*p == '|')
            p++;
    }
    return AG_OK;
}

/* ---- demonyms.csv: adjective,country */

static const char *const demonym_cols[] = {"adjective", "country", NULL};

static enum ag_status demonym_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct loader *ld = ctx;
    struct ag_lexicon *lex = ld->lex;
    const char *country;

    if (rec->index == 0)
        return read_header(ld, rec, demonym_cols, err);
    if (!*field(ld, rec, 0) || !*field(ld, rec, 1))
        return fail_at(ld, rec, err, AG_EINVAL, "empty adjective or country near",
                       field(ld, rec, 0));
    if (ag_grow((void **)&lex->demonym_country, &lex->demonyms_cap, lex->ndemonyms + 1,
                sizeof(char *)) != 0 ||
        !(country = keep(lex, field(ld, rec, 1))) ||
        ag_phrases_add(&lex->demonyms, field(ld, rec, 0), 0, (uint32_t)lex->ndemonyms,
                       &ld->scratch) < 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    lex->demonym_country[lex->ndemonyms++] = country;
    return AG_OK;
}

/* ---- roles.csv: noun,suffix,kind */

static const char *const role_cols[] = {"noun", "suffix", "kind", NULL};

static enum ag_status role_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct loader *ld = ctx;
    struct ag_lexicon *lex = ld->lex;
    struct ag_role *r;

    if (rec->index == 0)
        return read_header(ld, rec, role_cols, err);
    if (!*field(ld, rec, 0) || !*field(ld, rec, 1))
        return fail_at(ld, rec, err, AG_EINVAL, "empty noun or suffix near", field(ld, rec, 0));
    if (ag_grow((void **)&lex->roles, &lex->roles_cap, lex->nroles + 1, sizeof(*r)) != 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    r = &lex->roles[lex->nroles];
    r->noun = keep(lex, field(ld, rec, 0));
    r->suffix = keep(lex, field(ld, rec, 1));
    r->kind = keep(lex, *field(ld, rec, 2) ? field(ld, rec, 2) : "government");
    if (!r->noun || !r->suffix || !r->kind ||
        ag_phrases_add(&lex->role_nouns, r->noun, 0, (uint32_t)lex->nroles, &ld->scratch) < 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    lex->nroles++;
    return AG_OK;
}

/* ---- cameo.csv: code,name,goldstein */

static const char *const cameo_cols[] = {"code", "name", "goldstein", NULL};

static enum ag_status cameo_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct loader *ld = ctx;
    struct ag_lexicon *lex = ld->lex;
    struct ag_cameo *c;
    const char *code, *gs;
    char *end = NULL;
    double g;
    int root;

    if (rec->index == 0)
        return read_header(ld, rec, cameo_cols, err);
    code = field(ld, rec, 0);
    gs = field(ld, rec, 2);
    errno = 0;
    g = strtod(gs, &end);
    if (!*gs || *end || errno || g < -10.0 || g > 10.0)
        return fail_at(ld, rec, err, AG_EINVAL, "bad goldstein weight", gs);
    if (strlen(code) < 2 || strlen(code) > 4 || code[0] < '0' || code[0] > '2' || code[1] < '0' ||
        code[1] > '9')
        return fail_at(ld, rec, err, AG_EINVAL, "bad CAMEO code", code);
    root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20)
        return fail_at(ld, rec, err, AG_EINVAL, "bad CAMEO root in", code);
    if (ag_grow((void **)&lex->cameo, &lex->cameo_cap, lex->ncameo + 1, sizeof(*c)) != 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    c = &lex->cameo[lex->ncameo];
    c->code = keep(lex, code);
    c->name = keep(lex, field(ld, rec, 1));
    c->goldstein = g;
    c->quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    if (!c->code || !c->name || ag_strmap_put(&lex->cameo_by_code, code, strlen(code), lex->ncameo))
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    lex->ncameo++;
    return AG_OK;
}

/* ---- relations.csv: phrase,pos,cameo,mutual,dir,prep,forms */

static const char *const pred_cols[] = {"phrase", "pos",  "cameo", "mutual",
                                        "dir",    "prep", "forms", NULL};

static int parse_pos(const char *s, enum ag_pred_pos *pos)
{
    static const char *const names[] = {"verb", "noun", "adj", "fixed"};
    int i;

    for (i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0) {
            *pos = (enum ag_pred_pos)i;
            return 0;
        }
    return -1;
}

static enum ag_status pred_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct loader *ld = ctx;
    struct ag_lexicon *lex = ld->lex;
    struct ag_predicate *pr;
    const char *code, *prep, *p;
    size_t ci, np = 0;
    enum ag_pred_pos pos;
    int rc;

    if (rec->index == 0)
        return read_header(ld, rec, pred_cols, err);
    if (!*field(ld, rec, 0))
        return fail_at(ld, rec, err, AG_EINVAL, "empty phrase", "");
    if (parse_pos(field(ld, rec, 1), &pos) != 0)
        return fail_at(ld, rec, err, AG_EINVAL, "bad pos (verb, noun, adj, fixed)",
                       field(ld, rec, 1));
    code = field(ld, rec, 2);
    if (!ag_strmap_get(&lex->cameo_by_code, code, strlen(code), &ci))
        return fail_at(ld, rec, err, AG_EINVAL, "unknown CAMEO code", code);
    if (ag_grow((void **)&lex->preds, &lex->preds_cap, lex->npreds + 1, sizeof(*pr)) != 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    pr = &lex->preds[lex->npreds];
    memset(pr, 0, sizeof(*pr));
    pr->phrase = keep(lex, field(ld, rec, 0));
    pr->pos = pos;
    pr->cameo = &lex->cameo[ci];
    pr->mutual = strcmp(field(ld, rec, 3), "1") == 0;
    pr->reversed = strcmp(field(ld, rec, 4), "ts") == 0;
    pr->line = rec->line;
    prep = field(ld, rec, 5);
    pr->direct_obj = !*prep;
    for (p = prep; *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        char *w;
        if (np == AG_MAX_PREPS - 1) /* a silently dropped preposition would lose targets */
            return fail_at(ld, rec, err, AG_EINVAL, "too many prepositions (at most 8)", prep);
        w = ag_strndup(p, len);
        if (!w)
            return fail_at(ld, rec, err, AG_ENOMEM, "", "");
        if (strcmp(w, "-") == 0)
            pr->direct_obj = 1;
        else
            pr->preps[np++] = keep(lex, w);
        ag_free(w);
        p += len;
        if (*p == '|')
            p++;
    }
    if (!pr->phrase)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    rc = ag_inflect_add(&lex->predicates, pr->phrase, pos, field(ld, rec, 6), (uint32_t)lex->npreds,
                        &ld->scratch);
    if (rc < 0)
        return fail_at(ld, rec, err, AG_ENOMEM, "", "");
    lex->npreds++;
    return AG_OK;
}

/* ---- loading */

struct lexicon_file {
    const char *name;
    ag_csv_row_fn fn;
    int required;
};

/* cameo.csv before relations.csv: predicates refer to codes. */
static const struct lexicon_file files[] = {
    {"cameo.csv", cameo_row, 1},      {"actors.csv", actor_row, 1}, {"leaders.csv", actor_row, 0},
    {"demonyms.csv", demonym_row, 0}, {"roles.csv", role_row, 0},   {"relations.csv", pred_row, 1},
};

static const struct ag_embedded_file *embedded(const char *name)
{
    const struct ag_embedded_file *f;

    for (f = ag_embedded_lexicon; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

static enum ag_status load_file(struct loader *ld, const char *dir, const struct lexicon_file *lf,
                                struct ag_error *err)
{
    struct ag_buf path = AG_BUF_INIT;
    enum ag_status st;
    FILE *fp;

    memset(ld->cols, 0xff, sizeof(ld->cols));
    if (!dir) {
        const struct ag_embedded_file *e = embedded(lf->name);
        if (!e)
            return lf->required
                       ? ag_fail(err, AG_EIO, NULL, "built-in lexicon lacks '%s'", lf->name)
                       : AG_OK;
        ld->file = e->name;
        return ag_csv_read_mem(e->data, (size_t)e->len, e->name, lf->fn, ld, err);
    }
    if (ag_buf_printf(&path, "%s/%s", dir, lf->name) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    fp = fopen(path.ptr, "rb");
    if (!fp) {
        int e = errno;
        if (e == ENOENT && !lf->required) {
            ag_buf_release(&path);
            return AG_OK;
        }
        st = ag_fail(err, AG_EIO, NULL, "cannot open '%s': %s", path.ptr, strerror(e));
        ag_buf_release(&path);
        return st;
    }
    ld->file = path.ptr;
    st = ag_csv_read_file(fp, path.ptr, lf->fn, ld, err);
    fclose(fp);
    ag_buf_release(&path);
    return st;
}

enum ag_status ag_lexicon_load(struct ag_lexicon **out, const char *dir, struct ag_error *err)
{
    struct ag_lexicon *lex;
    struct loader ld;
    enum ag_status st = AG_OK;
    size_t i;

    *out = NULL;
    lex = ag_calloc(1, sizeof(*lex));
    if (!lex)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    ag_phrases_init(&lex->names, 0);
    ag_phrases_init(&lex->demonyms, 0);
    ag_phrases_init(&lex->role_nouns, 1);
    ag_phrases_init(&lex->predicates, 1);
    memset(&ld, 0, sizeof(ld));
    ld.lex = lex;
    for (i = 0; i < sizeof(files) / sizeof(files[0]) && st == AG_OK; i++)
        st = load_file(&ld, dir, &files[i], err);
    ag_tokens_release(&ld.scratch);
    if (st != AG_OK) {
        ag_lexicon_free(lex);
        return st;
    }
    *out = lex;
    return AG_OK;
}

void ag_lexicon_free(struct ag_lexicon *lex)
{
    size_t i;

    if (!lex)
        return;
    for (i = 0; i < lex->nstrings; i++)
        ag_free(lex->strings[i]);
    ag_free(lex->strings);
    ag_free(lex->actors);
    ag_strmap_release(&lex->actor_by_id);
    ag_phrases_release(&lex->names);
    ag_free(lex->demonym_country);
    ag_phrases_release(&lex->demonyms);
    ag_free(lex->roles);
    ag_phrases_release(&lex->role_nouns);
    ag_free(lex->cameo);
    ag_strmap_release(&lex->cameo_by_code);
    ag_free(lex->preds);
    ag_phrases_release(&lex->predicates);
    ag_free(lex);
}

const struct ag_actor *ag_lexicon_actor(const struct ag_lexicon *lex, const char *id)
{
    size_t i;

    if (!lex || !ag_strmap_get(&lex->actor_by_id, id, strlen(id), &i))
        return NULL;
    return &lex->actors[i];
}

const struct ag_cameo *ag_lexicon_cameo(const struct ag_lexicon *lex, const char *code)
{
    size_t i;

    if (!lex || !ag_strmap_get(&lex->cameo_by_code, code, strlen(code), &i))
        return NULL;
    return &lex->cameo[i];
}

void ag_lexicon_stats(const struct ag_lexicon *lex, size_t *actors, size_t *names,
                      size_t *predicates)
{
    *actors = lex->nactors;
    *names = lex->names.count;
    *predicates = lex->npreds;
}

int ag_actor_valid_on(const struct ag_actor *a, const char *date)
{
    if (!date || !*date)
        return 1;
    if (*a->start && strcmp(date, a->start) < 0)
        return 0;
    if (*a->end && strcmp(date, a->end) > 0)
        return 0;
    return 1;
}
