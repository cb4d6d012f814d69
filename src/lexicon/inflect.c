/* inflect.c: regular English morphology; irregular forms come from the lexicon's forms column. */
#include "lexicon/inflect.h"

#include <stdio.h>
#include <string.h>

#include "util/buf.h"

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int ends_with(const char *w, const char *suffix)
{
    size_t n = strlen(w), k = strlen(suffix);
    return n >= k && strcmp(w + n - k, suffix) == 0;
}

void ag_inflect_word(const char *word, enum ag_form form, char *out, size_t cap)
{
    size_t n = strlen(word);
    char last = n ? word[n - 1] : '\0';
    char prev = n > 1 ? word[n - 2] : '\0';

    switch (form) {
    case AG_FORM_S:
    case AG_FORM_NOUN:
        if (ends_with(word, "s") || ends_with(word, "x") || ends_with(word, "z") ||
            ends_with(word, "ch") || ends_with(word, "sh"))
            snprintf(out, cap, "%ses", word);
        else if (last == 'y' && n > 1 && !is_vowel(prev))
            snprintf(out, cap, "%.*sies", (int)(n - 1), word);
        else
            snprintf(out, cap, "%ss", word);
        return;
    case AG_FORM_ED:
        if (last == 'e')
            snprintf(out, cap, "%sd", word);
        else if (last == 'y' && n > 1 && !is_vowel(prev))
            snprintf(out, cap, "%.*sied", (int)(n - 1), word);
        else
            snprintf(out, cap, "%sed", word);
        return;
    case AG_FORM_ING:
        if (ends_with(word, "ie"))
            snprintf(out, cap, "%.*sying", (int)(n - 2), word);
        else if (last == 'e' && prev != 'e' && n > 2)
            snprintf(out, cap, "%.*sing", (int)(n - 1), word);
        else
            snprintf(out, cap, "%sing", word);
        return;
    default:
        snprintf(out, cap, "%s", word);
        return;
    }
}

/* Adds head + " " + rest, with every later word in singular and plural when plural_rest. */
static int add_variants(struct ag_phrase_table *pt, const char *head, const char *rest, uint8_t gap,
                        uint32_t payload, int plural_rest, struct ag_tokens *scratch)
{
    struct ag_buf text = AG_BUF_INIT;
    int rc;

    if (ag_buf_puts(&text, head) != 0 || (*rest && ag_buf_printf(&text, " %s", rest) != 0))
        return -1;
    rc = ag_phrases_add(pt, text.ptr, gap, payload, scratch);
    if (rc >= 0 && plural_rest && *rest) {
        /* plural of the last word only: "impose sanction" -> "impose sanctions" */
        const char *sp = strrchr(rest, ' ');
        const char *last = sp ? sp + 1 : rest;
        char plural[128];
        ag_inflect_word(last, AG_FORM_NOUN, plural, sizeof(plural));
        ag_buf_reset(&text);
        if (ag_buf_printf(&text, "%s %.*s%s", head, (int)(last - rest), rest, plural) != 0)
            rc = -1;
        else
            rc = ag_phrases_add(pt, text.ptr, gap, payload, scratch);
    }
    ag_buf_release(&text);
    return rc < 0 ? -1 : 0;
}

/* Splits forms "a|b|c" into up to max words. */
static size_t split_forms(const char *forms, char words[][64], size_t max)
{
    size_t n = 0;
    const char *p = forms;

    while (*p && n < max) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        snprintf(words[n++], 64, "%.*s", (int)len, p);
        p += len;
        if (*p == '|')
            p++;
    }
    return n;
}

int ag_inflect_add(struct ag_phrase_table *pt, const char *phrase, enum ag_pred_pos pos,
                   const char *forms, uint32_t pred, struct ag_tokens *scratch)
{
    char head[64], word[64], given[6][64];
    const char *sp = strchr(phrase, ' ');
    const char *rest = sp ? sp + 1 : "";
    size_t nforms = split_forms(forms, given, 6), i;
    uint8_t gap = *rest ? 2 : 0;

    snprintf(head, sizeof(head), "%.*s", (int)(sp ? (size_t)(sp - phrase) : strlen(phrase)),
             phrase);
    if (pos == AG_POS_VERB) {
        static const enum ag_form order[] = {AG_FORM_BASE, AG_FORM_S, AG_FORM_ED, AG_FORM_ING,
                                             AG_FORM_ED};
        if (nforms) {
            for (i = 0; i < nforms && i < 5; i++)
                if (add_variants(pt, given[i], rest, gap, pred << 3 | order[i], 1, scratch) != 0)
                    return -1;
            return 0;
        }
        for (i = 0; i < 4; i++) {
            ag_inflect_word(head, order[i], word, sizeof(word));
            if (add_variants(pt, word, rest, gap, pred << 3 | order[i], 1, scratch) != 0)
                return -1;
        }
        return 0;
    }
    if (pos == AG_POS_NOUN) {
        /* the last word carries the plural: "strategic partner" -> "strategic partners" */
        if (ag_phrases_add(pt, phrase, 0, pred << 3 | AG_FORM_NOUN, scratch) < 0)
            return -1;
        if (nforms) {
            for (i = 0; i < nforms; i++) {
                struct ag_buf text = AG_BUF_INIT;
                const char *lsp = strrchr(phrase, ' ');
                int rc = ag_buf_printf(&text, "%.*s%s", lsp ? (int)(lsp + 1 - phrase) : 0, phrase,
                                       given[i]);
                if (rc == 0)
                    rc = ag_phrases_add(pt, text.ptr, 0, pred << 3 | AG_FORM_NOUN, scratch);
                ag_buf_release(&text);
                if (rc < 0)
                    return -1;
            }
            return 0;
        }
        {
            const char *lsp = strrchr(phrase, ' ');
            const char *last = lsp ? lsp + 1 : phrase;
            struct ag_buf text = AG_BUF_INIT;
            int rc;
            ag_inflect_word(last, AG_FORM_NOUN, word, sizeof(word));
            rc = ag_buf_printf(&text, "%.*s%s", (int)(last - phrase), phrase, word);
            if (rc == 0)
                rc = ag_phrases_add(pt, text.ptr, 0, pred << 3 | AG_FORM_NOUN, scratch);
            ag_buf_release(&text);
            return rc < 0 ? -1 : 0;
        }
    }
    return ag_phrases_add(pt, phrase, 0, pred << 3 | AG_FORM_OTHER, scratch) < 0 ? -1 : 0;
}
