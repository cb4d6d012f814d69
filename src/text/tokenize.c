/* tokenize.c: a small hand-written scanner; news English needs only a few special cases. */
#include "text/tokenize.h"

#include <string.h>

#include "text/utf8.h"
#include "util/alloc.h"
#include "util/strmap.h"

/* What a code point is to the scanner. */
enum cls { C_SPACE, C_NEWLINE, C_ALPHA, C_DIGIT, C_APOS, C_QUOTE, C_HYPHEN, C_DASH, C_PUNCT };

static enum cls classify(unsigned long cp)
{
    if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200B ||
        cp == 0xFEFF)
        return C_SPACE;
    if (cp == '\n')
        return C_NEWLINE;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        return C_ALPHA;
    if (cp >= '0' && cp <= '9')
        return C_DIGIT;
    if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
        return C_APOS;
    if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB)
        return C_QUOTE;
    if (cp == '-' || cp == 0x2010 || cp == 0x2011)
        return C_HYPHEN;
    if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212)
        return C_DASH;
    if (cp < 0x80)
        return C_PUNCT;
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD)
        return C_PUNCT;
    return C_ALPHA; /* letters of other scripts, accented letters */
}

struct scan {
    const char *text, *end, *p;
    struct ag_tokens *t;
    int pending_flags;
};

static int is_upper_ascii(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Upper-case first letter: ASCII, Latin-1 and Latin Extended-A, Greek and Cyrillic capitals
 * (no ICU; enough for names in news text). */
static int starts_upper(const char *form, size_t flen)
{
    unsigned long cp;

    ag_utf8_next(form, form + flen, &cp);
    if (cp < 0x80)
        return is_upper_ascii((char)cp);
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F)
        return (cp & 1) == (cp >= 0x139 && cp <= 0x148 ? 1 : 0) || cp == 0x178;
    return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

/* Words that link one phrase to the next; a multi-word expression never skips over them
 * ("threatened to attack" is not "threaten attack"). */
static int is_link_word(const char *w)
{
    static const char *const words[] = {"to",  "that", "which",   "who", "of",      "on",  "with",
                                        "for", "by",   "against", "if",  "whether", "not", NULL};
    size_t k;

    for (k = 0; words[k]; k++)
        if (w[0] == words[k][0] && strcmp(w, words[k]) == 0)
            return 1;
    return 0;
}

/* Appends a token whose folded form is form[0..flen). */
static int emit(struct scan *s, const char *start, const char *stop, const char *form, size_t flen,
                enum ag_tok_type type)
{
    struct ag_tokens *t = s->t;
    struct ag_token *k;
    size_t i, letters = 0, upper = 0, need;
    unsigned long hf = 1469598103934665603UL, hl = hf; /* ag_hash_bytes, computed in the copy */
    char *dst;

    if (flen > 0xFFFF)
        flen = 0xFFFF;
    if (t->count == t->cap && ag_grow((void **)&t->tok, &t->cap, t->count + 1, sizeof(*t->tok)))
        return -1;
    /* both forms in one reservation: form NUL lower NUL */
    need = t->strings.len + 2 * flen + 2;
    if (need + 1 > t->strings.cap &&
        ag_grow((void **)&t->strings.ptr, &t->strings.cap, need + 1, 1))
        return -1;
    k = &t->tok[t->count];
    k->start = (uint32_t)(start - s->text);
    k->end = (uint32_t)(stop - s->text);
    k->type = (uint8_t)type;
    k->len = (uint16_t)flen;
    k->flags = (uint8_t)s->pending_flags;
    k->form = (uint32_t)t->strings.len;
    k->lower = (uint32_t)(t->strings.len + flen + 1);
    dst = t->strings.ptr + t->strings.len;
    for (i = 0; i < flen; i++) {
        char c = form[i];
        dst[i] = c;
        hf = (hf ^ (unsigned char)c) * 1099511628211UL;
        if (is_upper_ascii(c)) {
            upper++;
            c = (char)(c - 'A' + 'a');
        }
        letters += (c >= 'a' && c <= 'z');
        dst[flen + 1 + i] = c;
        hl = (hl ^ (unsigned char)c) * 1099511628211UL;
    }
    dst[flen] = '\0';
    dst[2 * flen + 1] = '\0';
    t->strings.len = need;
    t->strings.ptr[need] = '\0';
    k->hform = hf;
    k->hlower = hl;
    if (flen <= 7 && is_link_word(t->strings.ptr + k->lower))
        k->flags |= AG_TF_LINK;
    if (flen && starts_upper(form, flen))
        k->flags |= AG_TF_CAP;
    if (letters >= 2 && upper == letters)
        k->flags |= AG_TF_ALLCAPS;
    t->count++;
    s->pending_flags = 0;
    return 0;
}

static unsigned long peek(const struct scan *s, const char *p, size_t *n)
{
    unsigned long cp = 0;

    if (p >= s->end) {
        *n = 0;
        return 0;
    }
    *n = ag_utf8_next(p, s->end, &cp);
    return cp;
}

/* A word: letters and digits, with inner periods for initialisms (U.S., U.N.) and
 * inner dots/commas for numbers (3.5, 1,000). */
static int scan_word(struct scan *s)
{
    const char *start = s->p, *q = s->p;
    int digits_only = 1, initialism = 1, letters_since_dot = 0;
    size_t n;
    unsigned long cp;

    for (;;) {
        enum cls c;
        cp = peek(s, q, &n);
        if (!n)
            break;
        c = classify(cp);
        if (c == C_ALPHA || c == C_DIGIT) {
            if (c == C_ALPHA)
                digits_only = 0;
            letters_since_dot++;
            if (letters_since_dot > 1)
                initialism = 0;
            q += n;
            continue;
        }
        if (cp == '.' && initialism && !digits_only && letters_since_dot == 1) {
            /* U.S. : a single letter then a dot */
            size_t n2;
            unsigned long nx = peek(s, q + 1, &n2);
            q += 1;
            letters_since_dot = 0;
            if (!(n2 && classify(nx) == C_ALPHA))
                break;
            continue;
        }
        if ((cp == '.' || cp == ',') && digits_only) {
            size_t n2;
            unsigned long nx = peek(s, q + 1, &n2);
            if (n2 && classify(nx) == C_DIGIT) {
                q += 1;
                continue;
            }
        }
        break;
    }
    /* A lone capital followed by a dot that is not an initialism ("A.") stays a word + dot. */
    if (q - start == 2 && q[-1] == '.') {
        q--;
    }
    /* didn't, won't: split into did + n't so negation is one token */
    if (q - start >= 2 && q[-1] == 'n' && !digits_only) {
        size_t na, nt;
        unsigned long a = peek(s, q, &na), tt = na ? peek(s, q + na, &nt) : 0;
        if (na && classify(a) == C_APOS && tt == 't' &&
            !(q + na + 1 < s->end && classify((unsigned char)q[na + 1]) == C_ALPHA)) {
            const char *neg = q - 1;
            s->p = q + na + 1;
            if (emit(s, start, neg, start, (size_t)(neg - start), AG_TOK_WORD) != 0)
                return -1;
            return emit(s, neg, s->p, "n't", 3, AG_TOK_WORD);
        }
    }
    s->p = q;
    return emit(s, start, q, start, (size_t)(q - start), digits_only ? AG_TOK_NUM : AG_TOK_WORD);
}

static int prev_is_word(const struct scan *s)
{
    const struct ag_tokens *t = s->t;
    return t->count && t->tok[t->count - 1].end == (uint32_t)(s->p - s->text) &&
           t->tok[t->count - 1].type != AG_TOK_PUNCT;
}

int ag_tokenize(struct ag_tokens *t, const char *text, size_t len)
{
    struct scan s;
    int newlines = 0;

    t->count = 0;
    ag_buf_reset(&t->strings);
    s.text = s.p = text;
    s.end = text + len;
    s.t = t;
    s.pending_flags = AG_TF_NEWLINE | AG_TF_PARA;
    while (s.p < s.end) {
        size_t n, n2;
        unsigned long cp = peek(&s, s.p, &n), nx;
        enum cls c = classify(cp);
        int rc = 0;

        switch (c) {
        case C_SPACE:
            s.pending_flags |= AG_TF_SPACE;
            s.p += n;
            continue;
        case C_NEWLINE:
            s.pending_flags |= AG_TF_SPACE | AG_TF_NEWLINE;
            if (++newlines >= 2)
                s.pending_flags |= AG_TF_PARA;
            s.p += n;
            continue;
        case C_ALPHA:
        case C_DIGIT:
            rc = scan_word(&s);
            break;
        case C_APOS:
            nx = peek(&s, s.p + n, &n2);
            if (prev_is_word(&s) && (nx == 's' || nx == 'S') &&
                !(s.p + n + n2 < s.end && classify(peek(&s, s.p + n + n2, &n2)) == C_ALPHA)) {
                rc = emit(&s, s.p, s.p + n + 1, "'s", 2, AG_TOK_WORD);
                s.p += n + 1;
            } else if (prev_is_word(&s) && nx && classify(nx) == C_ALPHA) {
                /* inner apostrophe (d'Ivoire, O'Brien): a joined ' token; names are
                 * tokenized the same way, so they still match */
                const char *start = s.p;
                s.p += n;
                s.pending_flags |= AG_TF_JOINED;
                rc = emit(&s, start, s.p, "'", 1, AG_TOK_PUNCT);
            } else {
                rc = emit(&s, s.p, s.p + n, "'", 1, AG_TOK_PUNCT);
                s.p += n;
            }
            break;
        case C_QUOTE:
            rc = emit(&s, s.p, s.p + n, "\"", 1, AG_TOK_PUNCT);
            s.p += n;
            break;
        case C_HYPHEN:
            nx = peek(&s, s.p + n, &n2);
            if (prev_is_word(&s) && n2 && (classify(nx) == C_ALPHA || classify(nx) == C_DIGIT)) {
                s.pending_flags |= AG_TF_JOINED;
                rc = emit(&s, s.p, s.p + n, "-", 1, AG_TOK_PUNCT);
            } else {
                rc = emit(&s, s.p, s.p + n, "--", 2, AG_TOK_PUNCT);
            }
            s.p += n;
            break;
        case C_DASH:
            rc = emit(&s, s.p, s.p + n, "--", 2, AG_TOK_PUNCT);
            s.p += n;
            break;
        case C_PUNCT:
            rc = emit(&s, s.p, s.p + n, s.p, n, AG_TOK_PUNCT);
            s.p += n;
            break;
        }
        if (rc != 0)
            return -1;
        if (c != C_SPACE && c != C_NEWLINE)
            newlines = 0;
    }
    return 0;
}

void ag_tokens_release(struct ag_tokens *t)
{
    ag_free(t->tok);
    ag_buf_release(&t->strings);
    memset(t, 0, sizeof(*t));
}
