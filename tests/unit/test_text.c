/* test_text.c: the UTF-8 decoder and cleaner, the tokenizer and the sentence splitter. */
#include <string.h>

#include "text/sentence.h"
#include "text/tokenize.h"
#include "text/utf8.h"
#include "unit.h"
#include "util/buf.h"

/* ---- helpers */

static size_t next_of(const char *s, size_t len, unsigned long *cp)
{
    return ag_utf8_next(s, s + len, cp);
}

/* Tokenizes text and returns the folded forms joined by single spaces (in out). */
static const char *forms(struct ag_tokens *t, struct ag_buf *out, const char *text)
{
    size_t i;

    ag_buf_reset(out);
    if (ag_tokenize(t, text, strlen(text)) != 0)
        return "(tokenize failed)";
    for (i = 0; i < t->count; i++) {
        if (i)
            ag_buf_putc(out, ' ');
        ag_buf_puts(out, ag_tok_form(t, i));
    }
    return ag_buf_str(out);
}

/* Index of the first token whose form is s, or t->count. */
static size_t find_tok(const struct ag_tokens *t, const char *s)
{
    size_t i;

    for (i = 0; i < t->count; i++)
        if (strcmp(ag_tok_form(t, i), s) == 0)
            return i;
    return t->count;
}

/* Splits text into sentences and returns them as original text, joined by " || ". */
static const char *sentences(const char *text, size_t max_tokens, struct ag_buf *out)
{
    struct ag_tokens t = {0};
    struct ag_sentences s = {0};
    size_t i;

    ag_buf_reset(out);
    if (ag_tokenize(&t, text, strlen(text)) != 0 || ag_sentences_split(&s, &t, max_tokens) != 0) {
        ag_tokens_release(&t);
        ag_sentences_release(&s);
        return "(failed)";
    }
    for (i = 0; i < s.count; i++) {
        uint32_t a = t.tok[s.s[i].first].start, b = t.tok[s.s[i].last - 1].end;
        if (i)
            ag_buf_puts(out, " || ");
        ag_buf_append(out, text + a, b - a);
    }
    ag_tokens_release(&t);
    ag_sentences_release(&s);
    return ag_buf_str(out);
}

/* ---- utf8 */

static void test_text_utf8_accepts_valid(void)
{
    unsigned long cp = 0;

    CHECK(next_of("A", 1, &cp) == 1 && cp == 'A');
    CHECK(next_of("\xC3\xA9", 2, &cp) == 2 && cp == 0xE9);             /* é */
    CHECK(next_of("\xC2\x80", 2, &cp) == 2 && cp == 0x80);             /* smallest 2-byte */
    CHECK(next_of("\xE2\x82\xAC", 3, &cp) == 3 && cp == 0x20AC);       /* € */
    CHECK(next_of("\xEF\xBF\xBD", 3, &cp) == 3 && cp == 0xFFFD);       /* a real U+FFFD */
    CHECK(next_of("\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600);  /* emoji */
    CHECK(next_of("\xF4\x8F\xBF\xBF", 4, &cp) == 4 && cp == 0x10FFFF); /* the last code point */
    CHECK(next_of("\xED\x9F\xBF", 3, &cp) == 3 && cp == 0xD7FF);       /* just below surrogates */
    CHECK(next_of("\xC3\xA9xyz", 5, &cp) == 2 && cp == 0xE9);          /* stops after one */
}

static void test_text_utf8_rejects_invalid(void)
{
    unsigned long cp = 0;

    CHECK(next_of("\xC0\xAF", 2, &cp) == 1 && cp == 0xFFFD);         /* overlong '/' */
    CHECK(next_of("\xC1\xBF", 2, &cp) == 1 && cp == 0xFFFD);         /* overlong */
    CHECK(next_of("\xE0\x80\xAF", 3, &cp) == 1 && cp == 0xFFFD);     /* 3-byte overlong */
    CHECK(next_of("\xF0\x80\x80\xAF", 4, &cp) == 1 && cp == 0xFFFD); /* 4-byte overlong */
    CHECK(next_of("\xED\xA0\x80", 3, &cp) == 1 && cp == 0xFFFD);     /* surrogate D800 */
    CHECK(next_of("\xED\xBF\xBF", 3, &cp) == 1 && cp == 0xFFFD);     /* surrogate DFFF */
    CHECK(next_of("\xF4\x90\x80\x80", 4, &cp) == 1 && cp == 0xFFFD); /* U+110000 */
    CHECK(next_of("\xF5\x80\x80\x80", 4, &cp) == 1 && cp == 0xFFFD);
    CHECK(next_of("\xFF", 1, &cp) == 1 && cp == 0xFFFD);
    CHECK(next_of("\x80", 1, &cp) == 1 && cp == 0xFFFD); /* lone continuation */
    /* truncated: the buffer ends early, or a non-continuation byte follows */
    CHECK(next_of("\xC3", 1, &cp) == 1 && cp == 0xFFFD);
    CHECK(next_of("\xE2\x82", 2, &cp) == 1 && cp == 0xFFFD);
    CHECK(next_of("\xF0\x9F\x98", 3, &cp) == 1 && cp == 0xFFFD);
    CHECK(next_of("\xE2\x82\xAC", 2, &cp) == 1 && cp == 0xFFFD); /* end before the last byte */
    CHECK(next_of("\xE2\x82"
                  "A",
                  3, &cp) == 1 &&
          cp == 0xFFFD);
    CHECK(next_of("\xC3"
                  "A",
                  2, &cp) == 1 &&
          cp == 0xFFFD);
}

static void test_text_utf8_put_round_trip(void)
{
    static const unsigned long cps[] = {0x41,   0x7F,   0x80,    0x7FF,   0x800,
                                        0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    struct ag_buf b = AG_BUF_INIT;
    size_t i, bad = 0;

    for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
        unsigned long cp = 0;
        size_t n;
        ag_buf_reset(&b);
        CHECK(ag_utf8_put(&b, cps[i]) == 0);
        n = ag_utf8_next(b.ptr, b.ptr + b.len, &cp);
        if (n != b.len || cp != cps[i])
            bad++;
    }
    CHECK(bad == 0);
    CHECK(ag_utf8_count("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 10) == 4);
    ag_buf_release(&b);
}

static void test_text_utf8_clean(void)
{
    /* offsets: 0-2 BOM, 3 a, 4-5 CRLF, 6 b, 7 CR, 8 c, 9 NUL, 10 d, 11 0xFF, 12 e, 13 0xC0 */
    static const char in[] = "\xEF\xBB\xBF"
                             "a\r\nb\rc\0d\xFF"
                             "e\xC0";
    struct ag_buf out = AG_BUF_INIT;
    struct ag_clean_report rep;

    CHECK(ag_utf8_clean(in, sizeof(in) - 1, &out, &rep) == 0);
    CHECK_STR(ag_buf_str(&out), "a\nb\ncd\xEF\xBF\xBD"
                                "e\xEF\xBF\xBD");
    CHECK(rep.nul_bytes == 1);
    CHECK(rep.invalid == 2);
    CHECK(rep.first_invalid == 11);
    ag_buf_release(&out);

    /* clean input comes through byte for byte, a real U+FFFD is not counted */
    CHECK(ag_utf8_clean("Z\xC3\xBCrich \xEF\xBF\xBD\tok\n", 15, &out, &rep) == 0);
    CHECK_STR(ag_buf_str(&out), "Z\xC3\xBCrich \xEF\xBF\xBD\tok\n");
    CHECK(rep.invalid == 0 && rep.nul_bytes == 0);
    ag_buf_release(&out);

    /* a BOM only counts at the very start; CR at the end; surrogate bytes replaced one by one */
    CHECK(ag_utf8_clean("x\r\r\n\xED\xA0\x80", 7, &out, &rep) == 0);
    CHECK_STR(ag_buf_str(&out), "x\n\n\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(rep.invalid == 3 && rep.first_invalid == 4);
    ag_buf_release(&out);
}

/* ---- tokenizer */

static void test_text_tokenize_clitics(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b, "Russia's army didn't move."), "Russia 's army did n't move .");
    CHECK(t.count == 7);
    CHECK(t.tok[0].type == AG_TOK_WORD && t.tok[1].type == AG_TOK_WORD);
    CHECK_STR(forms(&t, &b, "They don't and won't."), "They do n't and wo n't .");
    CHECK_STR(forms(&t, &b, "Russia\xE2\x80\x99s envoy"), "Russia 's envoy");
    CHECK_STR(forms(&t, &b, "Russia's"), "Russia 's");
    CHECK_STR(forms(&t, &b, "the states' rights"), "the states ' rights");
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_initialisms(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b, "U.S. and U.N. officials"), "U.S. and U.N. officials");
    CHECK(t.count == 4);
    CHECK(t.tok[0].flags & AG_TF_ALLCAPS);
    CHECK(t.tok[0].flags & AG_TF_CAP);
    CHECK_STR(ag_tok_lower(&t, 0), "u.s.");
    CHECK(ag_tok_is(&t, 0, "u.s."));
    CHECK(!ag_tok_is(&t, 99, "u.s."));
    /* a single capital and a period is a word then a period */
    CHECK_STR(forms(&t, &b, "Plan A."), "Plan A .");
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_hyphen_and_dashes(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;
    size_t h;

    CHECK_STR(forms(&t, &b, "Iran-backed militias"), "Iran - backed militias");
    CHECK(t.count == 4);
    h = find_tok(&t, "-");
    CHECK(h == 1);
    if (h == 1) {
        CHECK(t.tok[1].type == AG_TOK_PUNCT);
        CHECK(t.tok[1].flags & AG_TF_JOINED);
        CHECK(!(t.tok[1].flags & AG_TF_SPACE));
        CHECK(!(t.tok[0].flags & AG_TF_JOINED));
        CHECK(!(t.tok[2].flags & AG_TF_JOINED));
        CHECK_STR(ag_tok_form(&t, 2), "backed");
    }
    /* em dash, en dash and a free-standing hyphen fold to -- */
    CHECK_STR(forms(&t, &b, "war\xE2\x80\x94peace \xE2\x80\x93 talks - now"),
              "war -- peace -- talks -- now");
    CHECK(!(t.tok[1].flags & AG_TF_JOINED));
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_quotes_fold(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b,
                    "\xE2\x80\x9CNo,\xE2\x80\x9D he said \xE2\x80\x98"
                    "firmly\xE2\x80\x99"),
              "\" No , \" he said ' firmly '");
    CHECK_STR(forms(&t, &b, "\"plain\""), "\" plain \"");
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_numbers(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b, "3.5 percent of 1,000 troops, 2024."),
              "3.5 percent of 1,000 troops , 2024 .");
    CHECK(t.count == 8);
    CHECK(t.tok[0].type == AG_TOK_NUM);
    CHECK(t.tok[1].type == AG_TOK_WORD);
    CHECK(t.tok[3].type == AG_TOK_NUM);
    CHECK(t.tok[6].type == AG_TOK_NUM);
    CHECK(t.tok[5].type == AG_TOK_PUNCT);
    CHECK_STR(forms(&t, &b, "1,000,000 and 10.25"), "1,000,000 and 10.25");
    CHECK(t.count == 3 && t.tok[0].type == AG_TOK_NUM && t.tok[2].type == AG_TOK_NUM);
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_case_flags(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b, "NATO warned Russia and a EU envoy I"),
              "NATO warned Russia and a EU envoy I");
    CHECK((t.tok[0].flags & (AG_TF_CAP | AG_TF_ALLCAPS)) == (AG_TF_CAP | AG_TF_ALLCAPS));
    CHECK(!(t.tok[1].flags & (AG_TF_CAP | AG_TF_ALLCAPS)));
    CHECK((t.tok[2].flags & AG_TF_CAP) && !(t.tok[2].flags & AG_TF_ALLCAPS));
    CHECK(!(t.tok[4].flags & AG_TF_CAP));
    CHECK(t.tok[5].flags & AG_TF_ALLCAPS);
    CHECK((t.tok[7].flags & AG_TF_CAP) && !(t.tok[7].flags & AG_TF_ALLCAPS)); /* one letter */
    CHECK_STR(ag_tok_lower(&t, 0), "nato");
    CHECK_STR(ag_tok_form(&t, 0), "NATO");
    /* accented letters: upper case \xC3\x96 (Ö) is a capital, lower case \xC3\xA9 (é) is not */
    CHECK_STR(forms(&t, &b, "\xC3\x96sterreich \xC3\xA9lite"), "\xC3\x96sterreich \xC3\xA9lite");
    CHECK(t.count == 2 && (t.tok[0].flags & AG_TF_CAP));
    CHECK(t.count == 2 && !(t.tok[1].flags & AG_TF_CAP));
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_offsets_multibyte(void)
{
    /* Z=0, ü=1-2, rich=3-6, 's=7-8, space=9, mayor=10-14, space=15, “=16-18, Ω=19-20, ”=21-23 */
    static const char text[] = "Z\xC3\xBCrich's mayor \xE2\x80\x9C\xCE\xA9\xE2\x80\x9D";
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b, text), "Z\xC3\xBCrich 's mayor \" \xCE\xA9 \"");
    CHECK(t.count == 6);
    if (t.count == 6) {
        CHECK(t.tok[0].start == 0 && t.tok[0].end == 7);
        CHECK(memcmp(text + t.tok[0].start, "Z\xC3\xBCrich", 7) == 0);
        CHECK(t.tok[0].len == 7);
        CHECK(t.tok[1].start == 7 && t.tok[1].end == 9);
        CHECK(t.tok[2].start == 10 && t.tok[2].end == 15);
        CHECK(t.tok[2].flags & AG_TF_SPACE);
        CHECK(t.tok[3].start == 16 && t.tok[3].end == 19);
        CHECK(t.tok[4].start == 19 && t.tok[4].end == 21);
        CHECK(t.tok[5].start == 21 && t.tok[5].end == 24);
        CHECK(t.tok[4].type == AG_TOK_WORD);
    }
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

static void test_text_tokenize_newline_flags(void)
{
    struct ag_tokens t = {0};
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(forms(&t, &b, "One\nTwo\n\nThree four"), "One Two Three four");
    CHECK(t.tok[0].flags & AG_TF_NEWLINE);
    CHECK((t.tok[1].flags & AG_TF_NEWLINE) && !(t.tok[1].flags & AG_TF_PARA));
    CHECK((t.tok[2].flags & AG_TF_NEWLINE) && (t.tok[2].flags & AG_TF_PARA));
    CHECK(!(t.tok[3].flags & AG_TF_NEWLINE) && (t.tok[3].flags & AG_TF_SPACE));
    /* re-tokenizing replaces what the set held */
    CHECK_STR(forms(&t, &b, ""), "");
    CHECK(t.count == 0);
    ag_tokens_release(&t);
    ag_buf_release(&b);
}

/* ---- sentences */

static void test_text_sentences_basic_split(void)
{
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(sentences("Russia attacked Ukraine. Kyiv responded. Talks stalled.", 100, &b),
              "Russia attacked Ukraine. || Kyiv responded. || Talks stalled.");
    CHECK_STR(sentences("Will Russia attack? Nobody knows! Wait and see.", 100, &b),
              "Will Russia attack? || Nobody knows! || Wait and see.");
    /* a lower-case continuation does not start a sentence */
    CHECK_STR(sentences("The vote was 3 to 2. but it failed.", 100, &b),
              "The vote was 3 to 2. but it failed.");
    CHECK_STR(sentences("", 100, &b), "");
    ag_buf_release(&b);
}

static void test_text_sentences_abbreviations(void)
{
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(sentences("Mr. Putin met Gen. Milley in Jan. 2020. They talked.", 100, &b),
              "Mr. Putin met Gen. Milley in Jan. 2020. || They talked.");
    CHECK_STR(sentences("U.S. officials said Iran agreed. Talks resume.", 100, &b),
              "U.S. officials said Iran agreed. || Talks resume.");
    CHECK_STR(sentences("Sanctions by the U.S. Treasury hit Iran. Tehran objected.", 100, &b),
              "Sanctions by the U.S. Treasury hit Iran. || Tehran objected.");
    ag_buf_release(&b);
}

static void test_text_sentences_closing_quote(void)
{
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(sentences("He said \"we will win.\" Then he left.", 100, &b),
              "He said \"we will win.\" || Then he left.");
    CHECK_STR(sentences("She asked \xE2\x80\x9CWhy?\xE2\x80\x9D Nobody answered.", 100, &b),
              "She asked \xE2\x80\x9CWhy?\xE2\x80\x9D || Nobody answered.");
    CHECK_STR(sentences("They met (in Geneva.) Then they left.", 100, &b),
              "They met (in Geneva.) || Then they left.");
    ag_buf_release(&b);
}

static void test_text_sentences_newlines_split(void)
{
    struct ag_buf b = AG_BUF_INIT;

    CHECK_STR(sentences("Headline without a period\nbody starts here\n\nsecond paragraph", 100, &b),
              "Headline without a period || body starts here || second paragraph");
    CHECK_STR(sentences("He said\n\"no\" today.", 100, &b), "He said || \"no\" today.");
    ag_buf_release(&b);
}

static void test_text_sentences_max_tokens_cap(void)
{
    struct ag_buf text = AG_BUF_INIT;
    struct ag_tokens t = {0};
    struct ag_sentences s = {0};
    const size_t max = 64;
    size_t i, expect = 0, too_long = 0, gaps = 0;

    for (i = 0; i < 10000; i++)
        ag_buf_puts(&text, i ? " word" : "Word");
    ag_buf_puts(&text, ".");
    CHECK(ag_tokenize(&t, text.ptr, text.len) == 0);
    CHECK(t.count == 10001);
    CHECK(ag_sentences_split(&s, &t, max) == 0);
    CHECK(s.count >= 10001 / max);
    for (i = 0; i < s.count; i++) {
        if (s.s[i].first != expect)
            gaps++;
        if (s.s[i].last - s.s[i].first > max || s.s[i].last <= s.s[i].first)
            too_long++;
        expect = s.s[i].last;
    }
    CHECK(gaps == 0);
    CHECK(too_long == 0);
    CHECK(expect == t.count);
    ag_tokens_release(&t);
    ag_sentences_release(&s);
    ag_buf_release(&text);
}

static void test_text_sentences_cover_all_tokens(void)
{
    static const char text[] = "Dr. Smith (of the U.N.) spoke. \"Stop!\" he said.\nNew line? Yes.";
    struct ag_tokens t = {0};
    struct ag_sentences s = {0};
    size_t i, expect = 0, gaps = 0;

    CHECK(ag_tokenize(&t, text, strlen(text)) == 0);
    CHECK(ag_sentences_split(&s, &t, 1000) == 0);
    for (i = 0; i < s.count; i++) {
        if (s.s[i].first != expect || s.s[i].last <= s.s[i].first)
            gaps++;
        expect = s.s[i].last;
    }
    CHECK(gaps == 0);
    CHECK(expect == t.count);
    ag_tokens_release(&t);
    ag_sentences_release(&s);
}

const struct unit_test unit_tests_text[] = {
    {"text_utf8_accepts_valid", test_text_utf8_accepts_valid},
    {"text_utf8_rejects_invalid", test_text_utf8_rejects_invalid},
    {"text_utf8_put_round_trip", test_text_utf8_put_round_trip},
    {"text_utf8_clean", test_text_utf8_clean},
    {"text_tokenize_clitics", test_text_tokenize_clitics},
    {"text_tokenize_initialisms", test_text_tokenize_initialisms},
    {"text_tokenize_hyphen_and_dashes", test_text_tokenize_hyphen_and_dashes},
    {"text_tokenize_quotes_fold", test_text_tokenize_quotes_fold},
    {"text_tokenize_numbers", test_text_tokenize_numbers},
    {"text_tokenize_case_flags", test_text_tokenize_case_flags},
    {"text_tokenize_offsets_multibyte", test_text_tokenize_offsets_multibyte},
    {"text_tokenize_newline_flags", test_text_tokenize_newline_flags},
    {"text_sentences_basic_split", test_text_sentences_basic_split},
    {"text_sentences_abbreviations", test_text_sentences_abbreviations},
    {"text_sentences_closing_quote", test_text_sentences_closing_quote},
    {"text_sentences_newlines_split", test_text_sentences_newlines_split},
    {"text_sentences_max_tokens_cap", test_text_sentences_max_tokens_cap},
    {"text_sentences_cover_all_tokens", test_text_sentences_cover_all_tokens},
    {NULL, NULL},
};
