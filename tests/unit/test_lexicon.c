/* test_lexicon.c: inflection, phrase matching, the built-in lexicon and loading from a directory.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/lexicon.h"
#include "lexicon/inflect.h"
#include "lexicon/lexicon_impl.h"
#include "lexicon/phrases.h"
#include "text/tokenize.h"
#include "unit.h"

/* ---- helpers */

static const char good_cameo[] = "code,name,goldstein\n"
                                 "042,make a visit,1.9\n"
                                 "163,impose embargo or sanctions,-8.0\n"
                                 "190,use conventional military force,-10.0\n";
static const char good_actors[] = "id,label,country,kind,start,end,names\n"
                                  "RUS,Russia,RUS,state,,,Russia|Russian Federation\n"
                                  "UKR,Ukraine,UKR,state,,,Ukraine\n";
static const char good_relations[] = "phrase,pos,cameo,mutual,dir,prep,forms\n"
                                     "attack,verb,190,0,st,,\n"
                                     "impose sanction,verb,163,0,st,on|against,\n";

/* A lexicon directory with the three required files; 0 or -1. */
static int make_lexicon_dir(char *dir, size_t cap, const char *cameo, const char *actors,
                            const char *relations)
{
    if (unit_make_tmpdir(dir, cap) != 0)
        return -1;
    if ((cameo && unit_write_file(dir, "cameo.csv", cameo) != 0) ||
        (actors && unit_write_file(dir, "actors.csv", actors) != 0) ||
        (relations && unit_write_file(dir, "relations.csv", relations) != 0)) {
        unit_rm_tree(dir);
        return -1;
    }
    return 0;
}

static int tok(struct ag_tokens *t, const char *text)
{
    return ag_tokenize(t, text, strlen(text));
}

static const char *inflect(const char *word, enum ag_form form, char *out, size_t cap)
{
    ag_inflect_word(word, form, out, cap);
    return out;
}

/* ---- inflection */

static void test_lexicon_inflect_regular_verbs(void)
{
    char w[64];

    CHECK_STR(inflect("attack", AG_FORM_BASE, w, sizeof(w)), "attack");
    CHECK_STR(inflect("attack", AG_FORM_S, w, sizeof(w)), "attacks");
    CHECK_STR(inflect("attack", AG_FORM_ED, w, sizeof(w)), "attacked");
    CHECK_STR(inflect("attack", AG_FORM_ING, w, sizeof(w)), "attacking");
    CHECK_STR(inflect("impose", AG_FORM_S, w, sizeof(w)), "imposes");
    CHECK_STR(inflect("impose", AG_FORM_ED, w, sizeof(w)), "imposed");
    CHECK_STR(inflect("impose", AG_FORM_ING, w, sizeof(w)), "imposing");
    CHECK_STR(inflect("ally", AG_FORM_S, w, sizeof(w)), "allies");
    CHECK_STR(inflect("ally", AG_FORM_ED, w, sizeof(w)), "allied");
    CHECK_STR(inflect("ally", AG_FORM_ING, w, sizeof(w)), "allying");
    CHECK_STR(inflect("reach", AG_FORM_S, w, sizeof(w)), "reaches");
    CHECK_STR(inflect("push", AG_FORM_S, w, sizeof(w)), "pushes");
    CHECK_STR(inflect("fix", AG_FORM_S, w, sizeof(w)), "fixes");
    CHECK_STR(inflect("tie", AG_FORM_ING, w, sizeof(w)), "tying");
    CHECK_STR(inflect("tie", AG_FORM_ED, w, sizeof(w)), "tied");
    CHECK_STR(inflect("tie", AG_FORM_S, w, sizeof(w)), "ties");
    CHECK_STR(inflect("agree", AG_FORM_ING, w, sizeof(w)), "agreeing");
    CHECK_STR(inflect("agree", AG_FORM_ED, w, sizeof(w)), "agreed");
    CHECK_STR(inflect("destroy", AG_FORM_S, w, sizeof(w)), "destroys");
    CHECK_STR(inflect("destroy", AG_FORM_ED, w, sizeof(w)), "destroyed");
}

static void test_lexicon_inflect_nouns(void)
{
    char w[64];

    CHECK_STR(inflect("sanction", AG_FORM_NOUN, w, sizeof(w)), "sanctions");
    CHECK_STR(inflect("ally", AG_FORM_NOUN, w, sizeof(w)), "allies");
    CHECK_STR(inflect("match", AG_FORM_NOUN, w, sizeof(w)), "matches");
    CHECK_STR(inflect("embargo", AG_FORM_NOUN, w, sizeof(w)), "embargos");
    /* the output is bounded by cap */
    ag_inflect_word("attack", AG_FORM_ING, w, 4);
    CHECK_STR(w, "att");
}

/* ---- phrase tables */

static void test_lexicon_phrases_longest_name_first(void)
{
    struct ag_phrase_table pt;
    struct ag_tokens scratch = {0}, t = {0};
    struct ag_phrase_match m[8];
    static const char text[] = "Russian President Vladimir Putin met Putin's aides.";
    size_t n;

    ag_phrases_init(&pt, 0);
    CHECK(ag_phrases_add(&pt, "Putin", 0, 1, &scratch) == 0);
    CHECK(ag_phrases_add(&pt, "Vladimir Putin", 0, 2, &scratch) == 0);
    CHECK(ag_phrases_add(&pt, "Vladimir", 0, 3, &scratch) == 0);
    CHECK(ag_phrases_add(&pt, "   ", 0, 4, &scratch) == 1); /* no word */
    CHECK(ag_tokenize(&t, text, strlen(text)) == 0);
    /* tokens: Russian President Vladimir Putin met Putin 's aides . */
    n = ag_phrases_match(&pt, &t, 2, t.count, m, 8);
    CHECK(n == 2);
    CHECK(n >= 1 && m[0].payload == 2 && m[0].end == 4);
    CHECK(n >= 2 && m[1].payload == 3 && m[1].end == 3);
    n = ag_phrases_match(&pt, &t, 3, t.count, m, 8);
    CHECK(n == 1 && m[0].payload == 1 && m[0].end == 4);
    n = ag_phrases_match(&pt, &t, 5, t.count, m, 8);
    CHECK(n == 1 && m[0].payload == 1 && m[0].end == 6);
    /* max bounds the output; limit stops a phrase from crossing it */
    n = ag_phrases_match(&pt, &t, 2, t.count, m, 1);
    CHECK(n == 1);
    n = ag_phrases_match(&pt, &t, 2, 3, m, 8);
    CHECK(n == 1 && m[0].payload == 3);
    CHECK(ag_phrases_match(&pt, &t, 0, t.count, m, 8) == 0);
    ag_phrases_release(&pt);
    ag_tokens_release(&scratch);
    ag_tokens_release(&t);
}

static void test_lexicon_phrases_names_case_sensitive(void)
{
    struct ag_phrase_table pt;
    struct ag_tokens scratch = {0}, t = {0};
    struct ag_phrase_match m[4];
    static const char text[] = "vladimir putin and VLADIMIR PUTIN and Vladimir Putin";

    ag_phrases_init(&pt, 0);
    CHECK(ag_phrases_add(&pt, "Vladimir Putin", 0, 9, &scratch) == 0);
    CHECK(ag_tokenize(&t, text, strlen(text)) == 0);
    CHECK(ag_phrases_match(&pt, &t, 0, t.count, m, 4) == 0);
    CHECK(ag_phrases_match(&pt, &t, 3, t.count, m, 4) == 0);
    CHECK(ag_phrases_match(&pt, &t, 6, t.count, m, 4) == 1 && m[0].payload == 9);
    ag_phrases_release(&pt);
    ag_tokens_release(&scratch);
    ag_tokens_release(&t);
}

/* Matches of tbl at the token whose form is word; 0 when there is none. */
static size_t match_at(const struct ag_phrase_table *tbl, const struct ag_tokens *t,
                       const char *word, struct ag_phrase_match *m, size_t max, size_t *at)
{
    size_t i;

    for (i = 0; i < t->count; i++)
        if (strcmp(ag_tok_form(t, i), word) == 0) {
            *at = i;
            return ag_phrases_match(tbl, t, i, t->count, m, max);
        }
    *at = t->count;
    return 0;
}

static void test_lexicon_phrases_predicate_inflections_and_gap(void)
{
    struct ag_phrase_table pt;
    struct ag_tokens scratch = {0}, t = {0};
    struct ag_phrase_match m[8];
    size_t n, at;

    ag_phrases_init(&pt, 1);
    CHECK(ag_inflect_add(&pt, "impose sanction", AG_POS_VERB, "", 5, &scratch) == 0);
    CHECK(ag_inflect_add(&pt, "attack", AG_POS_VERB, "", 6, &scratch) == 0);

    /* one word between the verb and its noun, noun in the plural */
    CHECK(tok(&t, "The EU imposed new sanctions on Russia.") == 0);
    n = match_at(&pt, &t, "imposed", m, 8, &at);
    CHECK(n == 1);
    CHECK(n >= 1 && m[0].payload == (5u << 3 | AG_FORM_ED));
    CHECK(n >= 1 && m[0].end == at + 3 && m[0].gap_words == 1);
    CHECK(n >= 1 && strcmp(ag_tok_form(&t, m[0].end), "on") == 0);

    /* predicates are matched case-insensitively */
    CHECK(tok(&t, "BRUSSELS IMPOSES SANCTION ON MINSK") == 0);
    n = match_at(&pt, &t, "IMPOSES", m, 8, &at);
    CHECK(n == 1 && m[0].payload == (5u << 3 | AG_FORM_S) && m[0].gap_words == 0);

    CHECK(tok(&t, "They are imposing tough new sanctions") == 0);
    n = match_at(&pt, &t, "imposing", m, 8, &at);
    CHECK(n == 1 && m[0].payload == (5u << 3 | AG_FORM_ING) && m[0].gap_words == 2);

    /* more than two words in the gap: no match */
    CHECK(tok(&t, "They imposed a raft of new sanctions") == 0);
    CHECK(match_at(&pt, &t, "imposed", m, 8, &at) == 0);

    /* punctuation is not skipped by the gap */
    CHECK(tok(&t, "They imposed, then sanctions") == 0);
    CHECK(match_at(&pt, &t, "imposed", m, 8, &at) == 0);

    CHECK(tok(&t, "Russia attacked and keeps attacking; attacks") == 0);
    n = match_at(&pt, &t, "attacked", m, 8, &at);
    CHECK(n == 1 && m[0].payload == (6u << 3 | AG_FORM_ED) && m[0].end == at + 1);
    n = match_at(&pt, &t, "attacking", m, 8, &at);
    CHECK(n == 1 && m[0].payload == (6u << 3 | AG_FORM_ING));
    n = match_at(&pt, &t, "attacks", m, 8, &at);
    CHECK(n == 1 && m[0].payload == (6u << 3 | AG_FORM_S));
    ag_phrases_release(&pt);
    ag_tokens_release(&scratch);
    ag_tokens_release(&t);
}

static void test_lexicon_inflect_irregular_forms(void)
{
    struct ag_phrase_table pt;
    struct ag_tokens scratch = {0}, t = {0};
    struct ag_phrase_match m[4];
    size_t at;

    ag_phrases_init(&pt, 1);
    CHECK(ag_inflect_add(&pt, "meet", AG_POS_VERB, "meet|meets|met|meeting|met", 2, &scratch) == 0);
    CHECK(ag_inflect_add(&pt, "ally", AG_POS_NOUN, "", 3, &scratch) == 0);
    CHECK(tok(&t, "Putin met Xi; the allies meeting") == 0);
    CHECK(match_at(&pt, &t, "met", m, 4, &at) >= 1 && m[0].payload == (2u << 3 | AG_FORM_ED));
    CHECK(match_at(&pt, &t, "meeting", m, 4, &at) == 1 && m[0].payload == (2u << 3 | AG_FORM_ING));
    CHECK(match_at(&pt, &t, "allies", m, 4, &at) == 1 && m[0].payload == (3u << 3 | AG_FORM_NOUN));
    CHECK(tok(&t, "meeted") == 0);
    CHECK(ag_phrases_match(&pt, &t, 0, t.count, m, 4) == 0);
    ag_phrases_release(&pt);
    ag_tokens_release(&scratch);
    ag_tokens_release(&t);
}

/* ---- the built-in lexicon */

static void test_lexicon_builtin_loads(void)
{
    struct ag_lexicon *lex = NULL;
    struct ag_error err;
    const struct ag_actor *a;
    const struct ag_cameo *c;
    size_t actors = 0, names = 0, preds = 0;

    ag_error_clear(&err);
    CHECK(ag_lexicon_load(&lex, NULL, &err) == AG_OK);
    if (!lex)
        return;
    ag_lexicon_stats(lex, &actors, &names, &preds);
    CHECK(actors > 100 && names > 100 && preds > 50);
    a = ag_lexicon_actor(lex, "RUS");
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->kind, "state");
        CHECK_STR(a->country, "RUS");
        CHECK_STR(a->label, "Russia");
        CHECK_STR(a->start, "");
    }
    a = ag_lexicon_actor(lex, "RUS_PUTIN");
    CHECK(a != NULL && strcmp(a->country, "RUS") == 0 && *a->start);
    CHECK(ag_lexicon_actor(lex, "NOPE") == NULL);
    CHECK(ag_lexicon_actor(lex, "rus") == NULL);
    c = ag_lexicon_cameo(lex, "190");
    CHECK(c != NULL);
    if (c) {
        CHECK(c->quad_class == 4);
        CHECK(c->goldstein < 0);
        CHECK(*c->name);
    }
    c = ag_lexicon_cameo(lex, "042");
    CHECK(c != NULL && c->quad_class == 1 && c->goldstein > 0);
    c = ag_lexicon_cameo(lex, "163");
    CHECK(c != NULL && c->quad_class == 4);
    c = ag_lexicon_cameo(lex, "111");
    CHECK(c != NULL && c->quad_class == 3);
    c = ag_lexicon_cameo(lex, "0");
    CHECK(c == NULL);
    CHECK(ag_lexicon_cameo(lex, "") == NULL);
    CHECK(ag_lexicon_cameo(lex, "999") == NULL);
    ag_lexicon_free(lex);
    ag_lexicon_free(NULL);
}

static void test_lexicon_builtin_names_match(void)
{
    struct ag_lexicon *lex = NULL;
    struct ag_tokens t = {0};
    struct ag_phrase_match m[8];
    static const char text[] = "Russian President Vladimir Putin said";
    size_t n;

    CHECK(ag_lexicon_load(&lex, NULL, NULL) == AG_OK);
    if (!lex)
        return;
    CHECK(ag_tokenize(&t, text, strlen(text)) == 0);
    n = ag_phrases_match(&lex->names, &t, 2, t.count, m, 8);
    CHECK(n >= 1);
    if (n >= 1) {
        CHECK(m[0].end == 4);
        CHECK_STR(ag_lexicon_row(lex, m[0].payload)->id, "RUS_PUTIN");
    }
    CHECK(tok(&t, "vladimir putin said") == 0);
    CHECK(ag_phrases_match(&lex->names, &t, 0, t.count, m, 8) == 0);
    CHECK(ag_phrases_match(&lex->names, &t, 1, t.count, m, 8) == 0);
    ag_tokens_release(&t);
    ag_lexicon_free(lex);
}

/* ---- loading from a directory */

static void test_lexicon_load_from_directory(void)
{
    char dir[64];
    struct ag_lexicon *lex = NULL;
    struct ag_error err;
    size_t actors = 0, names = 0, preds = 0;
    const struct ag_cameo *c;

    if (make_lexicon_dir(dir, sizeof(dir), good_cameo, good_actors, good_relations) != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(unit_write_file(
              dir, "leaders.csv",
              "id,label,country,kind,start,end,names\n"
              "RUS_PUTIN,Vladimir Putin,RUS,leader,2012-05-07,,Putin|Vladimir Putin\n") == 0);
    ag_error_clear(&err);
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_OK);
    if (lex) {
        ag_lexicon_stats(lex, &actors, &names, &preds);
        CHECK(actors == 3);
        CHECK(names == 5);
        CHECK(preds == 2);
        CHECK(ag_lexicon_actor(lex, "UKR") != NULL);
        CHECK(ag_lexicon_actor(lex, "RUS_PUTIN") != NULL &&
              strcmp(ag_lexicon_actor(lex, "RUS_PUTIN")->start, "2012-05-07") == 0);
        CHECK(ag_actor_valid_on(ag_lexicon_actor(lex, "RUS_PUTIN"), "2020-01-01"));
        CHECK(!ag_actor_valid_on(ag_lexicon_actor(lex, "RUS_PUTIN"), "2010-01-01"));
        c = ag_lexicon_cameo(lex, "163");
        CHECK(c != NULL && c->quad_class == 4 && c->goldstein == -8.0);
        CHECK(lex->npreds == 2 && lex->preds[1].cameo == c && lex->preds[1].line == 3);
        CHECK(lex->npreds == 2 && lex->preds[0].direct_obj && !lex->preds[1].direct_obj);
        CHECK(lex->npreds == 2 && strcmp(lex->preds[1].preps[1], "against") == 0);
        ag_lexicon_free(lex);
    }
    unit_rm_tree(dir);
}

static void test_lexicon_load_unknown_cameo_code(void)
{
    char dir[64];
    struct ag_lexicon *lex = (struct ag_lexicon *)&lex;
    struct ag_error err;

    /* lines 3-4 hold a two-line field, line 5 is blank: the bad row is on line 6 */
    if (make_lexicon_dir(dir, sizeof(dir), good_cameo, good_actors,
                         "phrase,pos,cameo,mutual,dir,prep,forms\n"
                         "attack,verb,190,0,st,,\n"
                         "\"impose\nsanction\",verb,163,0,st,on,\n"
                         "\n"
                         "bomb,verb,1999,0,st,,\n"
                         "visit,verb,042,0,st,,\n") != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    ag_error_clear(&err);
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EINVAL);
    CHECK(lex == NULL);
    CHECK(err.status == AG_EINVAL);
    CHECK(err.pos.file != NULL && strstr(err.pos.file, "relations.csv") != NULL);
    CHECK(err.pos.file != NULL && strncmp(err.pos.file, dir, strlen(dir)) == 0);
    CHECK(err.pos.line == 6);
    CHECK(strstr(err.msg, "1999") != NULL);
    unit_rm_tree(dir);
}

static void test_lexicon_load_bad_entries(void)
{
    char dir[64];
    struct ag_lexicon *lex = NULL;
    struct ag_error err;

    /* a bad pos */
    if (make_lexicon_dir(dir, sizeof(dir), good_cameo, good_actors,
                         "phrase,pos,cameo,mutual,dir,prep,forms\nattack,verbish,190,0,st,,\n") !=
        0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EINVAL);
    CHECK(err.pos.line == 2 && strstr(err.msg, "verbish") != NULL);
    unit_rm_tree(dir);

    /* more prepositions than a predicate holds: refused, not silently cut */
    if (make_lexicon_dir(dir, sizeof(dir), good_cameo, good_actors,
                         "phrase,pos,cameo,mutual,dir,prep,forms\n"
                         "attack,verb,190,0,st,at|on|in|into|onto|upon|over|near|against,\n") !=
        0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EINVAL);
    CHECK(err.pos.line == 2 && strstr(err.msg, "prepositions") != NULL);
    unit_rm_tree(dir);

    /* a Goldstein weight out of range in cameo.csv */
    if (make_lexicon_dir(dir, sizeof(dir), "code,name,goldstein\n190,force,-10.0\n042,visit,12\n",
                         good_actors, good_relations) != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EINVAL);
    CHECK(err.pos.file && strstr(err.pos.file, "cameo.csv") != NULL && err.pos.line == 3);
    unit_rm_tree(dir);

    /* a bad date in actors.csv */
    if (make_lexicon_dir(dir, sizeof(dir), good_cameo,
                         "id,label,country,kind,start,end,names\n"
                         "RUS,Russia,RUS,state,,,Russia\n"
                         "X,Y,RUS,leader,2020-1-1,,Y\n",
                         good_relations) != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EINVAL);
    CHECK(err.pos.file && strstr(err.pos.file, "actors.csv") != NULL && err.pos.line == 3);
    unit_rm_tree(dir);

    /* malformed CSV */
    if (make_lexicon_dir(dir, sizeof(dir), good_cameo,
                         "id,label,country,kind,start,end,names\nRUS,Rus\"sia,RUS,state,,,R\n",
                         good_relations) != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EPARSE);
    CHECK(err.pos.file && strstr(err.pos.file, "actors.csv") != NULL && err.pos.line == 2);
    CHECK(lex == NULL);
    unit_rm_tree(dir);
}

static void test_lexicon_load_missing_column(void)
{
    char dir[64];
    struct ag_lexicon *lex = NULL;
    struct ag_error err;

    if (make_lexicon_dir(dir, sizeof(dir), good_cameo, good_actors,
                         "phrase,pos,cameo,mutual,dir,forms\nattack,verb,190,0,st,\n") != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    ag_error_clear(&err);
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EINVAL);
    CHECK(lex == NULL);
    CHECK(strstr(err.msg, "'prep'") != NULL);
    CHECK(err.pos.file && strstr(err.pos.file, "relations.csv") != NULL);
    CHECK(err.pos.line == 1);
    unit_rm_tree(dir);

    /* column names are case-insensitive and may come in any order */
    if (make_lexicon_dir(dir, sizeof(dir), "Name,GOLDSTEIN,Code\nforce,-10,190\nsanction,-8,163\n",
                         good_actors, good_relations) != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_OK);
    CHECK(lex && ag_lexicon_cameo(lex, "190") && ag_lexicon_cameo(lex, "190")->goldstein == -10.0);
    ag_lexicon_free(lex);
    unit_rm_tree(dir);
}

static void test_lexicon_load_missing_required_file(void)
{
    char dir[64];
    struct ag_lexicon *lex = NULL;
    struct ag_error err;

    if (make_lexicon_dir(dir, sizeof(dir), good_cameo, NULL, good_relations) != 0) {
        CHECK(!"lexicon dir");
        return;
    }
    ag_error_clear(&err);
    CHECK(ag_lexicon_load(&lex, dir, &err) == AG_EIO);
    CHECK(lex == NULL);
    CHECK(strstr(err.msg, "actors.csv") != NULL);
    unit_rm_tree(dir);

    /* a directory that does not exist */
    ag_error_clear(&err);
    CHECK(ag_lexicon_load(&lex, "/nonexistent/ag-lexicon", &err) == AG_EIO);
    CHECK(strstr(err.msg, "cameo.csv") != NULL);
}

const struct unit_test unit_tests_lexicon[] = {
    {"lexicon_inflect_regular_verbs", test_lexicon_inflect_regular_verbs},
    {"lexicon_inflect_nouns", test_lexicon_inflect_nouns},
    {"lexicon_phrases_longest_name_first", test_lexicon_phrases_longest_name_first},
    {"lexicon_phrases_names_case_sensitive", test_lexicon_phrases_names_case_sensitive},
    {"lexicon_phrases_predicate_inflections_and_gap",
     test_lexicon_phrases_predicate_inflections_and_gap},
    {"lexicon_inflect_irregular_forms", test_lexicon_inflect_irregular_forms},
    {"lexicon_builtin_loads", test_lexicon_builtin_loads},
    {"lexicon_builtin_names_match", test_lexicon_builtin_names_match},
    {"lexicon_load_from_directory", test_lexicon_load_from_directory},
    {"lexicon_load_unknown_cameo_code", test_lexicon_load_unknown_cameo_code},
    {"lexicon_load_bad_entries", test_lexicon_load_bad_entries},
    {"lexicon_load_missing_column", test_lexicon_load_missing_column},
    {"lexicon_load_missing_required_file", test_lexicon_load_missing_required_file},
    {NULL, NULL},
};
