/* gen_corpus.c: a large, varied benchmark corpus made from the sample articles.
 *
 * usage: gen_corpus ARTICLES_DIR OUT_DIR MEGABYTES [SEED]
 *
 * Each generated article takes a headline and 4-12 paragraphs drawn at random from the sample
 * articles, swaps country names and their adjectives by a random permutation (Russia/Russian ->
 * Brazil/Brazilian, ...), and gets a random date in 2015-2025, so the text is not one file
 * repeated. Writes OUT_DIR/files/dNNN/bNNNNNNN.txt (500 files a folder) and the same articles as
 * OUT_DIR/corpus.jsonl, until the .txt files hold MEGABYTES * 10^6 bytes. Deterministic for a
 * seed. Exits 1 on an error. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "splitmix.h"

#define MAX_ARTICLES 1024
#define MAX_PARAS 16384

static const char *const countries[][2] = {
    {"Russia", "Russian"},     {"Ukraine", "Ukrainian"},   {"China", "Chinese"},
    {"Iran", "Iranian"},       {"Israel", "Israeli"},      {"India", "Indian"},
    {"Pakistan", "Pakistani"}, {"Japan", "Japanese"},      {"France", "French"},
    {"Germany", "German"},     {"Turkey", "Turkish"},      {"Brazil", "Brazilian"},
    {"Egypt", "Egyptian"},     {"Syria", "Syrian"},        {"Poland", "Polish"},
    {"Canada", "Canadian"},    {"Mexico", "Mexican"},      {"Italy", "Italian"},
    {"Spain", "Spanish"},      {"Nigeria", "Nigerian"},    {"Kenya", "Kenyan"},
    {"Vietnam", "Vietnamese"}, {"Indonesia", "Indonesian"}, {"Australia", "Australian"},
    {"Sweden", "Swedish"},     {"Greece", "Greek"},        {"Qatar", "Qatari"},
    {"Lebanon", "Lebanese"},   {"Iraq", "Iraqi"},          {"Ethiopia", "Ethiopian"},
    {"Sudan", "Sudanese"},     {"Philippines", "Philippine"}, {"Yemen", "Yemeni"},
    {"Taiwan", "Taiwanese"},   {"Venezuela", "Venezuelan"}, {"Serbia", "Serbian"},
};
#define NCOUNTRIES (sizeof(countries) / sizeof(countries[0]))

struct text {
    char *p;
    size_t len;
};

static struct text headlines[MAX_ARTICLES], paras[MAX_PARAS];
static size_t nheadlines, nparas;

static size_t below(size_t n)
{
    return (size_t)(rnd() % n);
}

static void die(const char *what, const char *arg)
{
    fprintf(stderr, "gen_corpus: %s '%s': %s\n", what, arg, strerror(errno));
    exit(1);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    char *buf;
    long n;

    if (!fp || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0)
        die("cannot read", path);
    buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, fp) != (size_t)n)
        die("cannot read", path);
    buf[n] = '\0';
    fclose(fp);
    *len = (size_t)n;
    return buf;
}

static int is_blank(const char *s, const char *e)
{
    for (; s < e; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r')
            return 0;
    return 1;
}

/* Splits an article into its headline (after "date YYYY-MM-DD ") and its paragraphs. */
static void split_article(char *buf, size_t len)
{
    char *p = buf, *end = buf + len, *nl = memchr(p, '\n', len), *para = NULL;

    if (!nl)
        return;
    if (strncmp(p, "date ", 5) == 0 && nl - p > 16 && nheadlines < MAX_ARTICLES) {
        headlines[nheadlines].p = p + 16;
        headlines[nheadlines++].len = (size_t)(nl - p - 16);
    }
    p = nl + 1;
    while (p < end) {
        char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        if (is_blank(p, e)) {
            if (para && nparas < MAX_PARAS) {
                paras[nparas].p = para;
                paras[nparas++].len = (size_t)(p - para - 1);
            }
            para = NULL;
        } else if (!para) {
            para = p;
        }
        p = e + 1;
    }
    if (para && nparas < MAX_PARAS) {
        paras[nparas].p = para;
        paras[nparas++].len = (size_t)(end - para);
        while (paras[nparas - 1].len && paras[nparas - 1].p[paras[nparas - 1].len - 1] == '\n')
            paras[nparas - 1].len--;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char *names[MAX_ARTICLES];
    size_t n = 0, i;

    if (!d)
        die("cannot open", dir);
    while ((e = readdir(d)) != NULL && n < MAX_ARTICLES) {
        size_t k = strlen(e->d_name);
        if (k > 4 && strcmp(e->d_name + k - 4, ".txt") == 0)
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof(names[0]), cmp_str);
    for (i = 0; i < n; i++) {
        char path[4096];
        size_t len = 0;
        char *buf;
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        buf = slurp(path, &len);
        split_article(buf, len);
        free(names[i]);
    }
    if (!nheadlines || !nparas) {
        fprintf(stderr, "gen_corpus: no articles in '%s'\n", dir);
        exit(1);
    }
}

/* ---- output buffer with country substitution */

struct out {
    char *p;
    size_t len, cap;
};

static void put(struct out *o, const char *s, size_t n)
{
    if (o->len + n + 1 > o->cap) {
        o->cap = (o->len + n + 1) * 2;
        o->p = realloc(o->p, o->cap);
        if (!o->p) {
            fprintf(stderr, "gen_corpus: out of memory\n");
            exit(1);
        }
    }
    memcpy(o->p + o->len, s, n);
    o->len += n;
}

static int is_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Appends s with every country name and adjective replaced by that of perm[country]. */
static void put_swapped(struct out *o, const char *s, size_t n, const size_t *perm)
{
    size_t i = 0, start = 0;

    while (i < n) {
        size_t c, best_len = 0, best_c = 0;
        int best_form = 0, form;
        if (s[i] < 'A' || s[i] > 'Z' || (i > 0 && is_alnum(s[i - 1]))) {
            i++;
            continue;
        }
        for (c = 0; c < NCOUNTRIES; c++)
            for (form = 0; form < 2; form++) {
                const char *w = countries[c][form];
                size_t k = strlen(w);
                if (k > best_len && k <= n - i && memcmp(s + i, w, k) == 0 &&
                    (i + k == n || !is_alnum(s[i + k]))) {
                    best_len = k;
                    best_c = c;
                    best_form = form;
                }
            }
        if (!best_len) {
            i++;
            continue;
        }
        put(o, s + start, i - start);
        put(o, countries[perm[best_c]][best_form], strlen(countries[perm[best_c]][best_form]));
        i += best_len;
        start = i;
    }
    put(o, s + start, n - start);
}

static void put_json_string(struct out *o, const char *s, size_t n)
{
    size_t i, start = 0;

    put(o, "\"", 1);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c != '"' && c != '\\' && c >= 0x20)
            continue;
        put(o, s + start, i - start);
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            put(o, esc, 2);
        } else if (c == '\n') {
            put(o, "\\n", 2);
        } else {
            snprintf(esc, sizeof(esc), "\\u%04x", c);
            put(o, esc, 6);
        }
        start = i + 1;
    }
    put(o, s + start, n - start);
    put(o, "\"", 1);
}

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
        die("cannot create", path);
}

int main(int argc, char **argv)
{
    struct out title = {0}, body = {0}, json = {0};
    unsigned long long target, written = 0;
    size_t perm[NCOUNTRIES], i, k = 0;
    char path[4096];
    FILE *jsonl;

    if (argc < 4 || argc > 5) {
        fprintf(stderr, "usage: gen_corpus ARTICLES_DIR OUT_DIR MEGABYTES [SEED]\n");
        return 2;
    }
    target = strtoull(argv[3], NULL, 10) * 1000000ULL;
    rng_state = argc == 5 ? strtoull(argv[4], NULL, 10) : 42;
    load(argv[1]);
    make_dir(argv[2]);
    snprintf(path, sizeof(path), "%s/files", argv[2]);
    make_dir(path);
    snprintf(path, sizeof(path), "%s/corpus.jsonl", argv[2]);
    jsonl = fopen(path, "wb");
    if (!jsonl)
        die("cannot create", path);
    for (k = 0; written < target; k++) {
        size_t np = 4 + below(9);
        char date[16], id[32];
        FILE *fp;
        for (i = 0; i < NCOUNTRIES; i++)
            perm[i] = i;
        for (i = NCOUNTRIES - 1; i > 0; i--) { /* Fisher-Yates */
            size_t j = below(i + 1), t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        snprintf(date, sizeof(date), "%04d-%02d-%02d", 2015 + (int)below(11), 1 + (int)below(12),
                 1 + (int)below(28));
        snprintf(id, sizeof(id), "b%07zu", k);
        title.len = body.len = json.len = 0;
        i = below(nheadlines);
        put_swapped(&title, headlines[i].p, headlines[i].len, perm);
        for (i = 0; i < np; i++) {
            const struct text *t = &paras[below(nparas)];
            if (i)
                put(&body, "\n\n", 2);
            put_swapped(&body, t->p, t->len, perm);
        }
        put(&body, "\n", 1);
        if (k % 500 == 0) {
            snprintf(path, sizeof(path), "%s/files/d%04zu", argv[2], k / 500);
            make_dir(path);
        }
        snprintf(path, sizeof(path), "%s/files/d%04zu/%s.txt", argv[2], k / 500, id);
        fp = fopen(path, "wb");
        if (!fp || fprintf(fp, "date %s %.*s\n\n", date, (int)title.len, title.p) < 0 ||
            fwrite(body.p, 1, body.len, fp) != body.len || fclose(fp) != 0)
            die("cannot write", path);
        written += 19 + title.len + body.len;
        put(&json, "{\"id\":\"", 7);
        put(&json, id, strlen(id));
        put(&json, "\",\"date\":\"", 10);
        put(&json, date, strlen(date));
        put(&json, "\",\"title\":", 10);
        put_json_string(&json, title.p, title.len);
        put(&json, ",\"text\":", 8);
        put_json_string(&json, body.p, body.len);
        put(&json, "}\n", 2);
        if (fwrite(json.p, 1, json.len, jsonl) != json.len)
            die("cannot write", "corpus.jsonl");
    }
    if (fclose(jsonl) != 0)
        die("cannot write", "corpus.jsonl");
    printf("gen_corpus: %zu articles, %llu bytes of .txt files in %s/files and %s/corpus.jsonl\n",
           k, written, argv[2], argv[2]);
    return 0;
}
