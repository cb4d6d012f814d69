/* report.c: DIR/report.html, one self-contained page (no network): the graph as inline SVG drawn
 * by Graphviz, clickable nodes and edges, the evidence of each edge, a sortable actor table,
 * summary figures, structural balance and a timeline chart. Every input text is untrusted and
 * goes through html() (cleaned to valid UTF-8, then & < > " ' escaped). */
#include "export/extra.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actorgraph/export.h"
#include "actorgraph/io.h"
#include "export/sanitize.h"
#include "export/style.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/csvread.h"
#include "util/outfile.h"
#include "util/strmap.h"

#define PARTNERS 8

/* A CSV file held as strings: head[ncols], cells[row * ncols + col]. */
struct table {
    size_t ncols, nrows, cap;
    char **head, **cells;
};

struct rel {
    char *doc, *date, *event, *cameo, *trigger, *evidence;
    long sentence;
    int quad;
};

struct edge_info {
    size_t src, tgt;
    long weight, coop, conflict;
    struct rel *rels;
    size_t nrels, caprels;
    long total;
};

struct day {
    char date[11];
    long quad[5];
};

struct report {
    const char *dir;
    int max_evidence;
    json_t *summary;
    int country, include_negated;
    const char *since, *until, *only;
    struct table nodes, edges;
    long col_id, col_label, col_pagerank, col_community, col_degree;
    struct ag_strmap node_map, edge_map, day_map, docs, sentences;
    struct edge_info *einfo;
    struct day *days;
    size_t ndays, capdays;
    long relations_shown;
    struct ag_buf scratch, key;
    FILE *fp;
    int nomem;
};

/* ---- reading ---------------------------------------------------------------------------- */

static void table_release(struct table *t)
{
    size_t i;

    for (i = 0; i < t->ncols; i++)
        ag_free(t->head ? t->head[i] : NULL);
    for (i = 0; t->cells && i < t->nrows * t->ncols; i++)
        ag_free(t->cells[i]);
    ag_free(t->head);
    ag_free(t->cells);
    memset(t, 0, sizeof(*t));
}

static enum ag_status table_row(const struct ag_csv_record *rec, void *ctx, struct ag_error *err)
{
    struct table *t = ctx;
    size_t i;

    if (rec->index == 0) {
        t->head = ag_calloc(rec->nfields + 1, sizeof(*t->head));
        if (!t->head)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        t->ncols = rec->nfields;
        for (i = 0; i < rec->nfields; i++) {
            if (!(t->head[i] = ag_strdup(rec->fields[i])))
                return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        }
        return AG_OK;
    }
    if (ag_grow((void **)&t->cells, &t->cap, (t->nrows + 1) * t->ncols, sizeof(*t->cells)) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    for (i = 0; i < t->ncols; i++)
        t->cells[t->nrows * t->ncols + i] = NULL;
    t->nrows++;
    for (i = 0; i < t->ncols; i++) {
        char *c = ag_strdup(i < rec->nfields ? rec->fields[i] : "");
        if (!c)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        t->cells[(t->nrows - 1) * t->ncols + i] = c;
    }
    return AG_OK;
}

static enum ag_status read_table(struct report *r, const char *file, struct table *t,
                                 struct ag_error *err)
{
    struct ag_buf path = AG_BUF_INIT;
    enum ag_status st;
    FILE *fp;

    if (ag_buf_printf(&path, "%s/%s", r->dir, file) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    fp = fopen(path.ptr, "rb");
    if (!fp) {
        st = ag_fail(err, AG_EIO, NULL, "cannot open '%s' (run 'actorgraph analyze' first)",
                     path.ptr);
    } else {
        st = ag_csv_read_file(fp, path.ptr, table_row, t, err);
        fclose(fp);
    }
    ag_buf_release(&path);
    return st;
}

static const char *cell(const struct table *t, size_t row, long col)
{
    if (col < 0 || (size_t)col >= t->ncols || row >= t->nrows)
        return "";
    return t->cells[row * t->ncols + (size_t)col];
}

static long column(const struct table *t, const char *name)
{
    size_t i;

    for (i = 0; i < t->ncols; i++) {
        if (strcmp(t->head[i], name) == 0)
            return (long)i;
    }
    return -1;
}

/* The key of an ordered pair in edge_map: "source\x1ftarget". */
static const char *pair_key(struct report *r, const char *s, const char *t)
{
    ag_buf_reset(&r->key);
    if (ag_buf_puts(&r->key, s) != 0 || ag_buf_putc(&r->key, '\x1f') != 0 ||
        ag_buf_puts(&r->key, t) != 0) {
        r->nomem = 1;
        return NULL;
    }
    return r->key.ptr;
}

static enum ag_status index_graph(struct report *r, struct ag_error *err)
{
    long es, et, ew, ec, ek;
    size_t i, s, t;

    r->col_id = column(&r->nodes, "Id");
    r->col_label = column(&r->nodes, "Label");
    r->col_pagerank = column(&r->nodes, "pagerank");
    r->col_community = column(&r->nodes, "community");
    r->col_degree = column(&r->nodes, "degree");
    es = column(&r->edges, "Source");
    et = column(&r->edges, "Target");
    ew = column(&r->edges, "Weight");
    ec = column(&r->edges, "coop");
    ek = column(&r->edges, "conflict");
    if (r->col_id < 0 || r->col_label < 0 || es < 0 || et < 0 || ew < 0)
        return ag_fail(err, AG_EPARSE, NULL,
                       "nodes.csv or edges.csv lacks its Id, Label, Source, "
                       "Target or Weight column");
    for (i = 0; i < r->nodes.nrows; i++) {
        const char *id = cell(&r->nodes, i, r->col_id);
        if (ag_strmap_put(&r->node_map, id, strlen(id), i) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    r->einfo = ag_calloc(r->edges.nrows + 1, sizeof(*r->einfo));
    if (!r->einfo)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    for (i = 0; i < r->edges.nrows; i++) {
        const char *src = cell(&r->edges, i, es), *tgt = cell(&r->edges, i, et), *k;
        struct edge_info *e = &r->einfo[i];
        if (!ag_strmap_get(&r->node_map, src, strlen(src), &s) ||
            !ag_strmap_get(&r->node_map, tgt, strlen(tgt), &t))
            return ag_fail(err, AG_EPARSE, NULL, "edges.csv names an actor missing from nodes.csv");
        e->src = s;
        e->tgt = t;
        e->weight = strtol(cell(&r->edges, i, ew), NULL, 10);
        e->coop = strtol(cell(&r->edges, i, ec), NULL, 10);
        e->conflict = strtol(cell(&r->edges, i, ek), NULL, 10);
        k = pair_key(r, src, tgt);
        if (!k || ag_strmap_put(&r->edge_map, k, strlen(k), i) != 0)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    }
    return AG_OK;
}

static const char *json_text(json_t *obj, const char *path1, const char *path2)
{
    json_t *v = json_object_get(obj, path1);

    if (path2)
        v = json_object_get(v, path2);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static enum ag_status read_summary(struct report *r, struct ag_error *err)
{
    struct ag_buf path = AG_BUF_INIT;
    json_error_t jerr;
    json_t *f;

    if (ag_buf_printf(&path, "%s/summary.json", r->dir) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    r->summary = json_load_file(path.ptr, 0, &jerr);
    if (!r->summary) {
        enum ag_status st =
            access(path.ptr, F_OK) != 0
                ? ag_fail(err, AG_EIO, NULL, "cannot open '%s' (run 'actorgraph analyze' first)",
                          path.ptr)
                : ag_fail(err, AG_EPARSE, NULL, "'%s' is not valid JSON", path.ptr);
        ag_buf_release(&path);
        return st;
    }
    ag_buf_release(&path);
    r->country = json_text(r->summary, "level", NULL) &&
                 strcmp(json_text(r->summary, "level", NULL), "country") == 0;
    f = json_object_get(r->summary, "filters");
    r->include_negated = json_is_true(json_object_get(f, "include_negated"));
    r->since = json_text(f, "since", NULL);
    r->until = json_text(f, "until", NULL);
    r->only = json_text(f, "only", NULL);
    return AG_OK;
}

static struct day *get_day(struct report *r, const char *date)
{
    size_t i;

    if (ag_strmap_get(&r->day_map, date, strlen(date), &i))
        return &r->days[i];
    if (ag_grow((void **)&r->days, &r->capdays, r->ndays + 1, sizeof(*r->days)) != 0 ||
        ag_strmap_put(&r->day_map, date, strlen(date), r->ndays) != 0)
        return NULL;
    memset(&r->days[r->ndays], 0, sizeof(*r->days));
    memcpy(r->days[r->ndays].date, date, 11);
    return &r->days[r->ndays++];
}

static int in_class(const char *only, int quad)
{
    if (only && strcmp(only, "coop") == 0)
        return quad == 1 || quad == 2;
    if (only && strcmp(only, "conflict") == 0)
        return quad == 3 || quad == 4;
    return 1;
}

static char *dup_or_empty(const char *s)
{
    return ag_strdup(s ? s : "");
}

/* Each relations.csv row that the graph counted goes to its edge, the timeline and the counts. */
static enum ag_status add_relation(const struct ag_relation *rel, void *ctx, struct ag_error *err)
{
    struct report *r = ctx;
    const char *date = rel->date ? rel->date : "";
    const char *s = r->country ? rel->source_country : rel->source;
    const char *t = r->country ? rel->target_country : rel->target;
    const char *k;
    size_t i;
    struct edge_info *e;
    struct rel *x;

    if ((rel->negated && !r->include_negated) || !in_class(r->only, rel->quad_class))
        return AG_OK;
    if (*date &&
        ((r->since && strcmp(date, r->since) < 0) || (r->until && strcmp(date, r->until) > 0)))
        return AG_OK;
    k = pair_key(r, s ? s : "", t ? t : "");
    if (!k)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (!ag_strmap_get(&r->edge_map, k, strlen(k), &i))
        return AG_OK;
    e = &r->einfo[i];
    e->total++;
    if (strlen(date) == 10) {
        struct day *d = get_day(r, date);
        if (!d)
            return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        if (rel->quad_class >= 1 && rel->quad_class <= 4)
            d->quad[rel->quad_class]++;
    }
    if (rel->doc_id && ag_strmap_put(&r->docs, rel->doc_id, strlen(rel->doc_id), 0) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    ag_buf_reset(&r->key);
    if (ag_buf_printf(&r->key, "%s\x1f%ld", rel->doc_id ? rel->doc_id : "", rel->sentence) != 0 ||
        ag_strmap_put(&r->sentences, r->key.ptr, r->key.len, 0) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (e->nrels >= (size_t)r->max_evidence)
        return AG_OK;
    if (ag_grow((void **)&e->rels, &e->caprels, e->nrels + 1, sizeof(*e->rels)) != 0)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    x = &e->rels[e->nrels++];
    memset(x, 0, sizeof(*x));
    x->sentence = rel->sentence;
    x->quad = rel->quad_class;
    x->doc = dup_or_empty(rel->doc_id);
    x->date = dup_or_empty(rel->date);
    x->event = dup_or_empty(rel->event);
    x->cameo = dup_or_empty(rel->cameo);
    x->trigger = dup_or_empty(rel->trigger);
    x->evidence = dup_or_empty(rel->evidence);
    if (!x->doc || !x->date || !x->event || !x->cameo || !x->trigger || !x->evidence)
        return ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    r->relations_shown++;
    return AG_OK;
}

/* ---- writing ---------------------------------------------------------------------------- */

/* Writes s[0..len) HTML-escaped (after cleaning to valid UTF-8 without control characters). */
static void html_n(struct report *r, const char *s, size_t len)
{
    const char *p, *end;

    ag_buf_reset(&r->scratch);
    if (ag_buf_append(&r->scratch, s, len) != 0) {
        r->nomem = 1;
        return;
    }
    {
        struct ag_buf clean = AG_BUF_INIT;
        if (ag_text_clean(&clean, r->scratch.ptr, AG_TEXT_XML) != 0) {
            r->nomem = 1;
            return;
        }
        for (p = clean.ptr ? clean.ptr : "", end = p + strlen(p); p < end; p++) {
            switch (*p) {
            case '&':
                fputs("&amp;", r->fp);
                break;
            case '<':
                fputs("&lt;", r->fp);
                break;
            case '>':
                fputs("&gt;", r->fp);
                break;
            case '"':
                fputs("&quot;", r->fp);
                break;
            case '\'':
                fputs("&#39;", r->fp);
                break;
            default:
                fputc(*p, r->fp);
            }
        }
        ag_buf_release(&clean);
    }
}

static void html(struct report *r, const char *s)
{
    html_n(r, s ? s : "", s ? strlen(s) : 0);
}

/* ASCII case-insensitive search of needle[0..nlen) in hay from offset from. */
static const char *find_ci(const char *hay, const char *needle, size_t nlen)
{
    size_t i, hl = strlen(hay);

    if (nlen == 0 || nlen > hl)
        return NULL;
    for (i = 0; i + nlen <= hl; i++) {
        size_t k;
        for (k = 0; k < nlen; k++) {
            char a = hay[i + k], b = needle[k];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z')
                b = (char)(b - 'A' + 'a');
            if (a != b)
                break;
        }
        if (k == nlen)
            return hay + i;
    }
    return NULL;
}

/* The evidence with the trigger (or, when the trigger is not contiguous, each of its words)
 * inside <mark>. */
static void evidence(struct report *r, const char *ev, const char *trigger)
{
    const char *at = find_ci(ev, trigger, strlen(trigger));
    const char *pos = ev;

    if (at) {
        html_n(r, ev, (size_t)(at - ev));
        fputs("<mark>", r->fp);
        html_n(r, at, strlen(trigger));
        fputs("</mark>", r->fp);
        html(r, at + strlen(trigger));
        return;
    }
    while (*trigger) { /* word by word, left to right */
        size_t wl;
        while (*trigger == ' ')
            trigger++;
        wl = strcspn(trigger, " ");
        at = wl >= 2 ? find_ci(pos, trigger, wl) : NULL;
        if (at) {
            html_n(r, pos, (size_t)(at - pos));
            fputs("<mark>", r->fp);
            html_n(r, at, wl);
            fputs("</mark>", r->fp);
            pos = at + wl;
        }
        trigger += wl;
    }
    html(r, pos);
}

static const char *const quad_names[5] = {"", "verbal cooperation", "material cooperation",
                                          "verbal conflict", "material conflict"};
static const char *const quad_colors[5] = {"#999999", "#91cf60", "#1a9850", "#fc8d59", "#d73027"};

static const char page_head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    "<title>actorgraph report</title>\n<style>\n"
    "body{font:14px/1.4 'DejaVu Sans',Arial,sans-serif;margin:0;color:#222;background:#fafafa}\n"
    "header{background:#263238;color:#fff;padding:10px 20px}header h1{margin:0;font-size:20px}\n"
    "main{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:16px;"
    "padding:16px}\n"
    "section{background:#fff;border:1px solid #ddd;border-radius:4px;padding:10px 14px;"
    "margin-bottom:16px}\n"
    "h2{font-size:16px;margin:4px 0 10px}\n"
    "#graph svg{width:100%;height:auto;max-height:80vh}\n"
    "#graph g.node,#graph g.edge{cursor:pointer}\n"
    "#graph g.edge:hover path{stroke-width:4}#graph g.node:hover polygon,"
    "#graph g.node:hover ellipse{stroke-width:3}\n"
    ".sel path,.sel polygon,.sel ellipse{stroke:#1565c0!important;stroke-width:4!important}\n"
    ".figures{display:flex;flex-wrap:wrap;gap:8px}.fig{background:#eceff1;border-radius:4px;"
    "padding:6px 10px;min-width:90px}.fig b{display:block;font-size:18px}\n"
    "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eee;padding:3px 6px;"
    "text-align:left;vertical-align:top}th{background:#f5f5f5;position:sticky;top:0}\n"
    "#actors th{cursor:pointer;white-space:nowrap}#actors th.asc::after{content:' \\25B2'}"
    "#actors th.desc::after{content:' \\25BC'}\n"
    "#actors tbody tr{cursor:pointer}#actors tbody tr:hover{background:#e3f2fd}\n"
    ".tablewrap{max-height:420px;overflow:auto}\n"
    "td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "mark{background:#ffe082;padding:0 1px}\n"
    ".legend span.sw{display:inline-block;width:12px;height:12px;border:1px solid #555;"
    "margin:0 4px -2px 10px}\n"
    ".legend span.ln{display:inline-block;width:26px;height:0;margin:0 4px 3px 10px}\n"
    ".q1{color:#4d9221}.q2{color:#1a9850}.q3{color:#e66101}.q4{color:#d73027}\n"
    "#detail .ev{margin:6px 0;padding:6px;border-left:3px solid #90a4ae;background:#fafafa}\n"
    "#detail .meta{color:#555;font-size:12px}\n"
    "</style>\n</head>\n<body>\n";

static const char page_script[] =
    "<script>\n"
    "(function(){\n"
    "'use strict';\n"
    "var byKey={};\n"
    "document.querySelectorAll('#details > div[data-key]').forEach(function(d){"
    "byKey[d.getAttribute('data-key')]=d;});\n"
    "var detail=document.getElementById('detail');\n"
    "var selected=null;\n"
    "function show(key,el){var d=byKey[key];if(!d){return false;}\n"
    "  detail.replaceChildren(d.cloneNode(true));detail.firstChild.hidden=false;\n"
    "  if(selected){selected.classList.remove('sel');}selected=el||null;\n"
    "  if(selected){selected.classList.add('sel');}\n"
    "  detail.setAttribute('data-shown',key);return true;}\n"
    "function titleOf(g){var t=g.querySelector('title');return t?t.textContent:'';}\n"
    "document.querySelectorAll('#graph g.node').forEach(function(g){\n"
    "  g.addEventListener('click',function(ev){ev.stopPropagation();"
    "show('n:'+titleOf(g),g);});});\n"
    "document.querySelectorAll('#graph g.edge').forEach(function(g){\n"
    "  g.addEventListener('click',function(ev){ev.stopPropagation();"
    "var t=titleOf(g);var i=t.indexOf('->');\n"
    "  show('e:'+t.slice(0,i)+'\\u001f'+t.slice(i+2),g);});});\n"
    "document.querySelectorAll('#actors tbody tr').forEach(function(tr){\n"
    "  tr.addEventListener('click',function(){show('n:'+tr.getAttribute('data-id'),null);"
    "detail.scrollIntoView({block:'nearest'});});});\n"
    "document.addEventListener('click',function(ev){var a=ev.target.closest('a[data-show]');\n"
    "  if(a){ev.preventDefault();show(a.getAttribute('data-show'),null);}});\n"
    "var table=document.getElementById('actors');\n"
    "table.querySelectorAll('th').forEach(function(th,col){\n"
    "  th.addEventListener('click',function(){var body=table.tBodies[0];"
    "var rows=Array.prototype.slice.call(body.rows);\n"
    "    var asc=!th.classList.contains('asc');"
    "table.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});\n"
    "    th.classList.add(asc?'asc':'desc');\n"
    "    rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;\n"
    "      var nx=parseFloat(x),ny=parseFloat(y);var c;\n"
    "      if(!isNaN(nx)&&!isNaN(ny)&&String(nx)!=='NaN'){c=nx-ny;}else{c=x.localeCompare(y);}\n"
    "      return asc?c:-c;});\n"
    "    rows.forEach(function(r){body.appendChild(r);});});});\n"
    "})();\n"
    "</script>\n";

static void figure(struct report *r, const char *label, const char *value)
{
    fputs("<div class=\"fig\"><b>", r->fp);
    html(r, value);
    fputs("</b>", r->fp);
    html(r, label);
    fputs("</div>\n", r->fp);
}

static void figure_long(struct report *r, const char *label, long v)
{
    char num[AG_NUM_SIZE];

    ag_format_long(num, v);
    figure(r, label, num);
}

static long summary_long(struct report *r, const char *a, const char *b)
{
    json_t *v = json_object_get(r->summary, a);

    if (b)
        v = json_object_get(v, b);
    return json_is_integer(v) ? (long)json_integer_value(v) : 0;
}

static double summary_real(struct report *r, const char *a, const char *b)
{
    json_t *v = json_object_get(r->summary, a);

    if (b)
        v = json_object_get(v, b);
    return json_is_number(v) ? json_number_value(v) : 0.0;
}

static void write_figures(struct report *r)
{
    long coop = 0, conflict = 0, used;
    size_t i;
    char buf[96];

    for (i = 0; i < r->edges.nrows; i++) {
        coop += r->einfo[i].coop;
        conflict += r->einfo[i].conflict;
    }
    used = summary_long(r, "counts", "relations_used");
    fputs("<section id=\"summary\"><h2>Summary</h2><div class=\"figures\">\n", r->fp);
    figure_long(r, "articles with relations", (long)r->docs.count);
    figure_long(r, "sentences with relations", (long)r->sentences.count);
    figure_long(r, "relations in the graph", used);
    figure_long(r, "relations read", summary_long(r, "counts", "relations_read"));
    figure_long(r, "actors", (long)r->nodes.nrows);
    figure_long(r, "edges", (long)r->edges.nrows);
    snprintf(buf, sizeof(buf), "%.0f%%",
             coop + conflict > 0 ? 100.0 * (double)coop / (double)(coop + conflict) : 0.0);
    figure(r, "cooperation", buf);
    snprintf(buf, sizeof(buf), "%.0f%%",
             coop + conflict > 0 ? 100.0 * (double)conflict / (double)(coop + conflict) : 0.0);
    figure(r, "conflict", buf);
    figure_long(r, "communities", summary_long(r, "communities", NULL));
    snprintf(buf, sizeof(buf), "%.3f", summary_real(r, "modularity", NULL));
    figure(r, "modularity", buf);
    fputs("</div>\n<p class=\"meta\">Level: ", r->fp);
    html(r, r->country ? "country" : "actor");
    if (r->since || r->until || (r->only && strcmp(r->only, "all") != 0)) {
        fputs("; filters:", r->fp);
        if (r->since) {
            fputs(" since ", r->fp);
            html(r, r->since);
        }
        if (r->until) {
            fputs(" until ", r->fp);
            html(r, r->until);
        }
        if (r->only && strcmp(r->only, "all") != 0) {
            fputs(" only ", r->fp);
            html(r, r->only);
        }
    }
    fputs(".</p></section>\n", r->fp);
}

static const char *node_label(struct report *r, size_t i)
{
    return cell(&r->nodes, i, r->col_label);
}

static void write_balance(struct report *r)
{
    json_t *b = json_object_get(r->summary, "balance"), *worst, *t;
    size_t i, k, idx;
    char buf[96];

    fputs("<section id=\"balance\"><h2>Structural balance</h2>\n", r->fp);
    if (!b || !json_is_true(json_object_get(b, "computed"))) {
        fputs("<p>Not computed for this graph.</p></section>\n", r->fp);
        return;
    }
    snprintf(buf, sizeof(buf), "%.1f%%",
             100.0 * json_number_value(json_object_get(b, "share_balanced")));
    fputs("<p>", r->fp);
    html(r, buf);
    fputs(" of the ", r->fp);
    snprintf(buf, sizeof(buf), "%lld",
             (long long)json_integer_value(json_object_get(b, "triangles")));
    html(r, buf);
    fputs(" triangles are balanced (an even number of conflict sides: the friend of a friend is "
          "a friend, the enemy of an enemy is a friend).</p>\n",
          r->fp);
    worst = json_object_get(b, "most_unbalanced");
    if (json_array_size(worst) > 0) {
        fputs("<table><thead><tr><th>most unbalanced triads</th><th>sides</th>"
              "<th class=\"num\">mentions</th></tr></thead><tbody>\n",
              r->fp);
        json_array_foreach(worst, i, t)
        {
            json_t *ids = json_object_get(t, "actors"), *signs = json_object_get(t, "signs");
            fputs("<tr><td>", r->fp);
            for (k = 0; k < 3; k++) {
                const char *id = json_string_value(json_array_get(ids, k));
                if (k)
                    fputs(" &ndash; ", r->fp);
                if (id && ag_strmap_get(&r->node_map, id, strlen(id), &idx))
                    html(r, node_label(r, idx));
                else
                    html(r, id);
            }
            fputs("</td><td>", r->fp);
            for (k = 0; k < 3; k++)
                fputs(json_integer_value(json_array_get(signs, k)) > 0
                          ? "<span class=\"q2\">+</span>"
                          : "<span class=\"q4\">&minus;</span>",
                      r->fp);
            snprintf(buf, sizeof(buf), "%lld",
                     (long long)json_integer_value(json_object_get(t, "weight")));
            fputs("</td><td class=\"num\">", r->fp);
            html(r, buf);
            fputs("</td></tr>\n", r->fp);
        }
        fputs("</tbody></table>\n", r->fp);
    }
    fputs("</section>\n", r->fp);
}

static int cmp_day(const void *a, const void *b)
{
    return strcmp(((const struct day *)a)->date, ((const struct day *)b)->date);
}

/* Days since 1970-01-01 of YYYY-MM-DD (Hinnant's days_from_civil). */
static long day_number(const char *d)
{
    long y = strtol(d, NULL, 10), m = strtol(d + 5, NULL, 10), dd = strtol(d + 8, NULL, 10);
    long era, yoe, doy;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* Relations per day (or per week from Monday when the dates span more than 120 days), stacked
 * by quad class, as an SVG bar chart. */
static void write_timeline(struct report *r)
{
    long first, last, nb, b, maxv = 1, unit = 1, *bins = NULL;
    const double W = 860.0, H = 220.0, L = 40.0, B = 30.0, T = 10.0;
    size_t i;
    int q;

    fputs("<section id=\"timeline\"><h2>Relations over time</h2>\n", r->fp);
    if (r->ndays == 0) {
        fputs("<p>No dated relations.</p></section>\n", r->fp);
        return;
    }
    qsort(r->days, r->ndays, sizeof(*r->days), cmp_day);
    first = day_number(r->days[0].date);
    last = day_number(r->days[r->ndays - 1].date);
    if (last - first > 120) {
        unit = 7;
        first -= ((first % 7) + 7 + 3) % 7; /* the Monday on or before */
    }
    nb = (last - first) / unit + 1;
    if (nb > 5000)
        nb = 5000;
    bins = ag_calloc((size_t)nb * 5, sizeof(*bins));
    if (!bins) {
        r->nomem = 1;
        return;
    }
    for (i = 0; i < r->ndays; i++) {
        long k = (day_number(r->days[i].date) - first) / unit, tot = 0;
        if (k < 0 || k >= nb)
            continue;
        for (q = 1; q <= 4; q++) {
            bins[k * 5 + q] += r->days[i].quad[q];
            tot += bins[k * 5 + q];
        }
        if (tot > maxv)
            maxv = tot;
    }
    fprintf(r->fp,
            "<svg id=\"timeline-chart\" viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" "
            "aria-label=\"relations per %s by quad class\" "
            "xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\">\n",
            W, H, unit == 7 ? "week" : "day");
    fprintf(r->fp,
            "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#888\"/>\n"
            "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">%ld</text>\n"
            "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">0</text>\n",
            L, H - B, W, H - B, L - 4, T + 8, maxv, L - 4, H - B);
    for (b = 0; b < nb; b++) {
        double bw = (W - L) / (double)nb, x = L + (double)b * bw, y = H - B;
        for (q = 1; q <= 4; q++) {
            double h = (H - B - T) * (double)bins[b * 5 + q] / (double)maxv;
            if (bins[b * 5 + q] == 0)
                continue;
            y -= h;
            fprintf(r->fp,
                    "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\">"
                    "<title>%ld %s</title></rect>\n",
                    x + 0.5, y, bw > 2 ? bw - 1 : bw, h, quad_colors[q], bins[b * 5 + q],
                    quad_names[q]);
        }
    }
    /* first and last labels, and a few between */
    for (b = 0; b < nb; b += (nb + 5) / 6) {
        long y, m, d, z = first + b * unit + 719468, era, doe, yoe, doy, mp;
        era = (z >= 0 ? z : z - 146096) / 146097;
        doe = z - era * 146097;
        yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        mp = (5 * doy + 2) / 153;
        d = doy - (153 * mp + 2) / 5 + 1;
        m = mp < 10 ? mp + 3 : mp - 9;
        y = yoe + era * 400 + (m <= 2);
        fprintf(r->fp, "<text x=\"%.2f\" y=\"%.0f\">%04ld-%02ld-%02ld</text>\n",
                L + (double)b * (W - L) / (double)nb, H - B + 16, y, m, d);
    }
    fputs("</svg>\n<div class=\"legend\">", r->fp);
    for (q = 1; q <= 4; q++)
        fprintf(r->fp, "<span class=\"sw\" style=\"background:%s\"></span>%s", quad_colors[q],
                quad_names[q]);
    fprintf(r->fp, " &mdash; one bar per %s</div></section>\n", unit == 7 ? "week" : "day");
    ag_free(bins);
}

static void write_legend(struct report *r)
{
    long communities = summary_long(r, "communities", NULL), c;
    size_t i;

    fputs("<div class=\"legend\">Node colour: community", r->fp);
    for (c = 0; c < communities && c < 8; c++) {
        size_t best = r->nodes.nrows;
        double bp = -1.0;
        for (i = 0; i < r->nodes.nrows; i++) {
            double p = strtod(cell(&r->nodes, i, r->col_pagerank), NULL);
            if (strtol(cell(&r->nodes, i, r->col_community), NULL, 10) == c && p > bp) {
                bp = p;
                best = i;
            }
        }
        if (best == r->nodes.nrows)
            continue;
        fprintf(r->fp, "<span class=\"sw\" style=\"background:%s\"></span>",
                ag_style_community_color(c)->hex);
        html(r, node_label(r, best));
    }
    if (communities > 8)
        fputs(" &hellip;", r->fp);
    fputs("<br>Node size: PageRank. Edge width: relation mentions. "
          "<span class=\"ln\" style=\"border-top:3px solid #1a9850\"></span>cooperation"
          "<span class=\"ln\" style=\"border-top:3px dashed #d73027\"></span>conflict. "
          "Click a node or an edge for its details.</div>\n",
          r->fp);
}

/* The inline SVG: Graphviz's output without its XML prologue, doctype and comments. */
static void write_graph(struct report *r, const char *svg_path, struct ag_error *warning)
{
    FILE *in = svg_path ? fopen(svg_path, "rb") : NULL;
    struct ag_buf svg = AG_BUF_INIT;
    char chunk[8192];
    size_t got;
    const char *start;

    fputs("<section id=\"graph\"><h2>Actor graph</h2>\n", r->fp);
    while (in && (got = fread(chunk, 1, sizeof(chunk), in)) > 0) {
        if (ag_buf_append(&svg, chunk, got) != 0) {
            r->nomem = 1;
            break;
        }
    }
    if (in)
        fclose(in);
    start = svg.ptr ? strstr(svg.ptr, "<svg") : NULL;
    if (start) {
        const char *p = start, *c;
        while ((c = strstr(p, "<!--")) != NULL) { /* drop comments: they may hold node ids */
            const char *e = strstr(c, "-->");
            fwrite(p, 1, (size_t)(c - p), r->fp);
            if (!e) {
                p = c + strlen(c);
                break;
            }
            p = e + 3;
        }
        fputs(p, r->fp);
        fputs("\n", r->fp);
    } else {
        fputs("<p>The picture is missing: Graphviz did not draw graph.dot", r->fp);
        if (warning && warning->msg[0]) {
            fputs(" (", r->fp);
            html(r, warning->msg);
            fputs(")", r->fp);
        }
        fputs(".</p>\n", r->fp);
    }
    ag_buf_release(&svg);
    write_legend(r);
    fputs("</section>\n", r->fp);
}

static int is_number(const char *s)
{
    char *end;

    if (!*s)
        return 0;
    (void)strtod(s, &end);
    return *end == '\0';
}

static void write_actor_table(struct report *r)
{
    size_t i, c;

    fputs("<section id=\"table\"><h2>Actors</h2><p class=\"meta\">Click a column to sort, a row "
          "for details.</p><div class=\"tablewrap\"><table id=\"actors\"><thead><tr>",
          r->fp);
    for (c = 0; c < r->nodes.ncols; c++) {
        fputs("<th>", r->fp);
        html(r, r->nodes.head[c]);
        fputs("</th>", r->fp);
    }
    fputs("</tr></thead><tbody>\n", r->fp);
    for (i = 0; i < r->nodes.nrows && !r->nomem; i++) {
        fputs("<tr data-id=\"", r->fp);
        html(r, cell(&r->nodes, i, r->col_id));
        fputs("\">", r->fp);
        for (c = 0; c < r->nodes.ncols; c++) {
            const char *v = cell(&r->nodes, i, (long)c);
            fputs(is_number(v) ? "<td class=\"num\">" : "<td>", r->fp);
            html(r, v);
            fputs("</td>", r->fp);
        }
        fputs("</tr>\n", r->fp);
    }
    fputs("</tbody></table></div></section>\n", r->fp);
}

static void edge_link(struct report *r, size_t e)
{
    const struct edge_info *x = &r->einfo[e];

    fputs("<a href=\"#\" data-show=\"e:", r->fp);
    html(r, cell(&r->nodes, x->src, r->col_id));
    fputs("&#31;", r->fp);
    html(r, cell(&r->nodes, x->tgt, r->col_id));
    fputs("\">", r->fp);
    html(r, node_label(r, x->src));
    fputs(" &rarr; ", r->fp);
    html(r, node_label(r, x->tgt));
    fputs("</a>", r->fp);
}

/* partners[0..npartners): the node's heaviest edges. */
static void write_node_detail(struct report *r, size_t n, const size_t *partners, size_t npartners)
{
    size_t c, k;
    char buf[64];

    fputs("<div hidden data-key=\"n:", r->fp);
    html(r, cell(&r->nodes, n, r->col_id));
    fputs("\"><h3>", r->fp);
    html(r, node_label(r, n));
    fputs(" <span class=\"meta\">(", r->fp);
    html(r, cell(&r->nodes, n, r->col_id));
    fputs(")</span></h3><table>", r->fp);
    for (c = 2; c < r->nodes.ncols; c++) {
        fputs("<tr><th>", r->fp);
        html(r, r->nodes.head[c]);
        fputs("</th><td>", r->fp);
        html(r, cell(&r->nodes, n, (long)c));
        fputs("</td></tr>", r->fp);
    }
    fputs("</table><h4>Strongest partners</h4><ol>", r->fp);
    for (k = 0; k < npartners; k++) {
        const struct edge_info *x = &r->einfo[partners[k]];
        fputs("<li>", r->fp);
        edge_link(r, partners[k]);
        snprintf(buf, sizeof(buf), ": %ld mentions, %ld cooperation, %ld conflict", x->weight,
                 x->coop, x->conflict);
        html(r, buf);
        fputs("</li>", r->fp);
    }
    fputs("</ol></div>\n", r->fp);
}

static void write_edge_detail(struct report *r, size_t e)
{
    const struct edge_info *x = &r->einfo[e];
    size_t k;
    char buf[128];

    fputs("<div hidden data-key=\"e:", r->fp);
    html(r, cell(&r->nodes, x->src, r->col_id));
    fputs("&#31;", r->fp);
    html(r, cell(&r->nodes, x->tgt, r->col_id));
    fputs("\" class=\"edge-detail\"><h3>", r->fp);
    html(r, node_label(r, x->src));
    fputs(" &rarr; ", r->fp);
    html(r, node_label(r, x->tgt));
    fputs("</h3><p class=\"meta\">", r->fp);
    snprintf(buf, sizeof(buf), "%ld mentions: %ld cooperation, %ld conflict", x->weight, x->coop,
             x->conflict);
    html(r, buf);
    fputs("</p>\n", r->fp);
    for (k = 0; k < x->nrels; k++) {
        const struct rel *rl = &x->rels[k];
        int q = rl->quad >= 1 && rl->quad <= 4 ? rl->quad : 0;
        fprintf(r->fp, "<div class=\"ev\"><div class=\"meta\"><b class=\"q%d\">", q);
        html(r, rl->event);
        fputs("</b> (CAMEO ", r->fp);
        html(r, rl->cameo);
        fputs(", ", r->fp);
        html(r, quad_names[q]);
        fputs(") &middot; ", r->fp);
        html(r, *rl->date ? rl->date : "undated");
        fputs(" &middot; article ", r->fp);
        html(r, rl->doc);
        snprintf(buf, sizeof(buf), ", sentence %ld", rl->sentence);
        html(r, buf);
        fputs("</div><div class=\"evidence\">", r->fp);
        evidence(r, rl->evidence, rl->trigger);
        fputs("</div></div>\n", r->fp);
    }
    if (x->total > (long)x->nrels) {
        snprintf(buf, sizeof(buf), "and %ld more in relations.csv", x->total - (long)x->nrels);
        fputs("<p class=\"meta\">", r->fp);
        html(r, buf);
        fputs("</p>\n", r->fp);
    }
    if (x->total == 0)
        fputs("<p class=\"meta\">No sentence of relations.csv matches this edge.</p>\n", r->fp);
    fputs("</div>\n", r->fp);
}

struct weight_ref {
    long weight;
    size_t i;
};

static int cmp_weight_ref(const void *a, const void *b)
{
    const struct weight_ref *x = a, *y = b;

    if (x->weight != y->weight)
        return x->weight > y->weight ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Hidden detail blocks, one per node (metrics, strongest partners) and per edge (evidence). */
static void write_details(struct report *r)
{
    size_t n = r->nodes.nrows, m = r->edges.nrows, i;
    struct weight_ref *order = ag_malloc((m + 1) * sizeof(*order));
    size_t *partners = ag_malloc((n * PARTNERS + 1) * sizeof(*partners));
    size_t *count = ag_calloc(n + 1, sizeof(*count));

    if (!order || !partners || !count) {
        r->nomem = 1;
        goto out;
    }
    for (i = 0; i < m; i++) {
        order[i].weight = r->einfo[i].weight;
        order[i].i = i;
    }
    qsort(order, m, sizeof(*order), cmp_weight_ref);
    for (i = 0; i < m; i++) {
        const struct edge_info *x = &r->einfo[order[i].i];
        if (count[x->src] < PARTNERS)
            partners[x->src * PARTNERS + count[x->src]++] = order[i].i;
        if (count[x->tgt] < PARTNERS)
            partners[x->tgt * PARTNERS + count[x->tgt]++] = order[i].i;
    }
    fputs("<div id=\"details\" hidden>\n", r->fp);
    for (i = 0; i < n && !r->nomem; i++)
        write_node_detail(r, i, partners + i * PARTNERS, count[i]);
    for (i = 0; i < m && !r->nomem; i++)
        write_edge_detail(r, i);
    fputs("</div>\n", r->fp);
out:
    ag_free(order);
    ag_free(partners);
    ag_free(count);
}

static void write_page(struct report *r, const char *svg_path, struct ag_error *warning)
{
    fputs(page_head, r->fp);
    fputs("<header><h1>actorgraph report: who does what to whom</h1></header>\n<main>\n<div>\n",
          r->fp);
    write_graph(r, svg_path, warning);
    write_timeline(r);
    write_actor_table(r);
    fputs("</div>\n<div>\n", r->fp);
    write_figures(r);
    fputs("<section><h2>Details</h2><div id=\"detail\" aria-live=\"polite\"><p>Click a node or "
          "an edge of the graph, or a row of the table.</p></div></section>\n",
          r->fp);
    write_balance(r);
    fputs("</div>\n</main>\n", r->fp);
    write_details(r);
    fputs(page_script, r->fp);
    fputs("</body>\n</html>\n", r->fp);
}

static void release(struct report *r)
{
    size_t i, k;

    for (i = 0; r->einfo && i < r->edges.nrows; i++) {
        for (k = 0; k < r->einfo[i].nrels; k++) {
            struct rel *x = &r->einfo[i].rels[k];
            ag_free(x->doc);
            ag_free(x->date);
            ag_free(x->event);
            ag_free(x->cameo);
            ag_free(x->trigger);
            ag_free(x->evidence);
        }
        ag_free(r->einfo[i].rels);
    }
    ag_free(r->einfo);
    ag_free(r->days);
    table_release(&r->nodes);
    table_release(&r->edges);
    ag_strmap_release(&r->node_map);
    ag_strmap_release(&r->edge_map);
    ag_strmap_release(&r->day_map);
    ag_strmap_release(&r->docs);
    ag_strmap_release(&r->sentences);
    ag_buf_release(&r->scratch);
    ag_buf_release(&r->key);
    json_decref(r->summary);
}

enum ag_status ag_export_report(const char *dir, const struct ag_report_options *opts,
                                struct ag_error *warning, struct ag_error *err)
{
    struct report r;
    struct ag_buf path = AG_BUF_INIT, svg = AG_BUF_INIT, dot = AG_BUF_INIT;
    struct ag_outfile out = {NULL, NULL, NULL};
    enum ag_status st;
    int have_svg = 0, opened = 0;
    long skipped = 0;

    memset(&r, 0, sizeof(r));
    r.dir = dir;
    r.max_evidence = opts && opts->max_evidence > 0 ? opts->max_evidence : 50;
    st = read_summary(&r, err);
    if (st == AG_OK)
        st = read_table(&r, "nodes.csv", &r.nodes, err);
    if (st == AG_OK)
        st = read_table(&r, "edges.csv", &r.edges, err);
    if (st == AG_OK)
        st = index_graph(&r, err);
    if (st == AG_OK && ag_buf_printf(&path, "%s/relations.csv", dir) != 0)
        st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (st == AG_OK)
        st = ag_relations_read(path.ptr, 1, add_relation, &r, &skipped, err);
    if (st == AG_OK && (ag_buf_printf(&dot, "%s/graph.dot", dir) != 0 ||
                        ag_buf_printf(&svg, "%s/report-graph.svg.tmp", dir) != 0))
        st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
    if (st == AG_OK) {
        struct ag_error rerr;
        ag_error_clear(&rerr);
        snprintf(rerr.msg, sizeof(rerr.msg), "%s", "too many temporary files");
        if (ag_outfile_track(svg.ptr) == 0) {
            have_svg =
                ag_render(dot.ptr, svg.ptr, "svg", opts && opts->engine ? opts->engine : "sfdp",
                          opts && opts->timeout_s > 0 ? opts->timeout_s : 60, &rerr) == AG_OK;
        }
        if (!have_svg && warning)
            *warning = rerr;
        ag_buf_reset(&path);
        if (ag_buf_printf(&path, "%s/report.html", dir) != 0)
            st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        else
            st = ag_outfile_open(&out, path.ptr, err);
        opened = st == AG_OK;
    }
    if (st == AG_OK) {
        r.fp = out.fp;
        write_page(&r, have_svg ? svg.ptr : NULL, warning);
        if (r.nomem)
            st = ag_fail(err, AG_ENOMEM, NULL, "out of memory");
        else if (ferror(out.fp))
            st = ag_fail(err, AG_EIO, NULL, "cannot write '%s'", path.ptr);
    }
    if (opened)
        st = st == AG_OK ? ag_outfile_commit(&out, err) : (ag_outfile_abort(&out), st);
    if (svg.ptr) {
        unlink(svg.ptr);
        ag_outfile_untrack(svg.ptr);
    }
    release(&r);
    ag_buf_release(&path);
    ag_buf_release(&svg);
    ag_buf_release(&dot);
    return st;
}
