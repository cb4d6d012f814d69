/* alloc.c: allocation wrappers with an opt-in failure injector (curl's torture mode). */
#include "util/alloc.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* 0: not read yet; -1: injector off; N > 0: fail the Nth allocation. */
static atomic_long fail_at;
static atomic_long calls;

static int should_fail(void)
{
    long at = atomic_load(&fail_at);

    if (at == 0) {
        const char *env = getenv("AG_FAIL_ALLOC_AT");
        char *end = NULL;
        long v = env ? strtol(env, &end, 10) : -1;
        at = (env && end && *end == '\0' && v > 0) ? v : -1;
        atomic_store(&fail_at, at);
    }
    if (at < 0)
        return 0;
    return atomic_fetch_add(&calls, 1) + 1 == at;
}

void *ag_malloc(size_t size)
{
    if (should_fail())
        return NULL;
    return malloc(size ? size : 1);
}

void *ag_calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void *ag_realloc(void *ptr, size_t size)
{
    if (should_fail())
        return NULL;
    return realloc(ptr, size ? size : 1);
}

void ag_free(void *ptr)
{
    free(ptr);
}

char *ag_strndup(const char *s, size_t len)
{
    char *copy;

    if (len == (size_t)-1)
        return NULL;
    copy = ag_malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

char *ag_strdup(const char *s)
{
    return ag_strndup(s, strlen(s));
}

int ag_grow(void **items, size_t *cap, size_t need, size_t item_size)
{
    size_t ncap = *cap ? *cap : 8;
    size_t bytes;
    void *p;

    if (need <= *cap)
        return 0;
    while (ncap < need) {
        if (__builtin_mul_overflow(ncap, (size_t)2, &ncap))
            return -1;
    }
    if (__builtin_mul_overflow(ncap, item_size, &bytes))
        return -1;
    p = ag_realloc(*items, bytes);
    if (!p)
        return -1;
    *items = p;
    *cap = ncap;
    return 0;
}
