/* splitmix.h: the deterministic random numbers of the benchmark generators (splitmix64). */
#ifndef AG_BENCH_SPLITMIX_H
#define AG_BENCH_SPLITMIX_H

static unsigned long long rng_state;

static unsigned long long rnd(void)
{
    unsigned long long z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

#endif
