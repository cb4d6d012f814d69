/* alloc.h: every allocation goes through here so tests can fail the Nth one. */
#ifndef AG_UTIL_ALLOC_H
#define AG_UTIL_ALLOC_H

#include <stddef.h>

/* malloc/realloc/free; with AG_FAIL_ALLOC_AT=N in the environment the Nth call returns NULL. */
void *ag_malloc(size_t size);
void *ag_calloc(size_t n, size_t size);
void *ag_realloc(void *ptr, size_t size);
void ag_free(void *ptr);
/* NUL-terminated copy of len bytes of s, or NULL when out of memory. */
char *ag_strndup(const char *s, size_t len);
char *ag_strdup(const char *s);
/* Grows *items (of item_size each) to hold at least need; returns 0 or -1 (out of memory). */
int ag_grow(void **items, size_t *cap, size_t need, size_t item_size);

#endif
