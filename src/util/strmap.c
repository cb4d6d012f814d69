/* strmap.c: linear-probing hash map with FNV-1a; load factor kept under 1/2. */
#include "util/strmap.h"

#include <string.h>

#include "util/alloc.h"

unsigned long ag_hash_bytes(const char *s, size_t len)
{
    unsigned long h = 1469598103934665603UL;
    size_t i;

    for (i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211UL;
    }
    return h;
}

static struct ag_strmap_slot *find_slot(struct ag_strmap_slot *slots, size_t cap, const char *key,
                                        size_t klen, unsigned long h)
{
    size_t i = h & (cap - 1);

    for (;;) {
        struct ag_strmap_slot *s = &slots[i];
        if (!s->key || (s->hash == h && s->klen == klen && memcmp(s->key, key, klen) == 0))
            return s;
        i = (i + 1) & (cap - 1);
    }
}

int ag_strmap_get(const struct ag_strmap *m, const char *key, size_t klen, size_t *value)
{
    return ag_strmap_get_hashed(m, key, klen, ag_hash_bytes(key, klen), value);
}

int ag_strmap_get_hashed(const struct ag_strmap *m, const char *key, size_t klen,
                         unsigned long hash, size_t *value)
{
    const struct ag_strmap_slot *s;

    if (!m->cap)
        return 0;
    s = find_slot(m->slots, m->cap, key, klen, hash);
    if (!s->key)
        return 0;
    *value = s->value;
    return 1;
}

static int rehash(struct ag_strmap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64, i;
    struct ag_strmap_slot *ns = ag_calloc(ncap, sizeof(*ns));

    if (!ns)
        return -1;
    for (i = 0; i < m->cap; i++) {
        struct ag_strmap_slot *s = &m->slots[i];
        if (s->key)
            *find_slot(ns, ncap, s->key, s->klen, s->hash) = *s;
    }
    ag_free(m->slots);
    m->slots = ns;
    m->cap = ncap;
    return 0;
}

int ag_strmap_put(struct ag_strmap *m, const char *key, size_t klen, size_t value)
{
    unsigned long h = ag_hash_bytes(key, klen);
    struct ag_strmap_slot *s;

    if ((m->count + 1) * 2 > m->cap && rehash(m) != 0)
        return -1;
    s = find_slot(m->slots, m->cap, key, klen, h);
    if (!s->key) {
        s->key = ag_strndup(key, klen);
        if (!s->key)
            return -1;
        s->klen = klen;
        s->hash = h;
        m->count++;
    }
    s->value = value;
    return 0;
}

void ag_strmap_release(struct ag_strmap *m)
{
    size_t i;

    for (i = 0; i < m->cap; i++)
        ag_free(m->slots[i].key);
    ag_free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}
