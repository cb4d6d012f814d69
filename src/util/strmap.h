/* strmap.h: string -> size_t hash map (open addressing, owned key copies). */
#ifndef AG_UTIL_STRMAP_H
#define AG_UTIL_STRMAP_H

#include <stddef.h>

struct ag_strmap_slot {
    char *key; /* NULL: empty slot */
    size_t klen;
    size_t value;
    unsigned long hash;
};

struct ag_strmap {
    struct ag_strmap_slot *slots;
    size_t cap, count;
};

#define AG_STRMAP_INIT                                                                             \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }

unsigned long ag_hash_bytes(const char *s, size_t len);
/* Finds key; returns 1 and sets *value when present, 0 otherwise. */
int ag_strmap_get(const struct ag_strmap *m, const char *key, size_t klen, size_t *value);
/* Like ag_strmap_get with the key's ag_hash_bytes already computed. */
int ag_strmap_get_hashed(const struct ag_strmap *m, const char *key, size_t klen,
                         unsigned long hash, size_t *value);
/* Inserts or overwrites; returns 0 or -1 (out of memory). */
int ag_strmap_put(struct ag_strmap *m, const char *key, size_t klen, size_t value);
void ag_strmap_release(struct ag_strmap *m);

#endif
