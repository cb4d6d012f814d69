/* gen_relations.c: a large relations.csv for benchmarking `actorgraph analyze`.
 *
 * usage: gen_relations OUT_FILE ROWS ACTORS [SEED]
 *
 * Source and target actors follow a Zipf law (exponent 1, as news attention does: a few actors
 * take most mentions), never equal; 250 countries; ten CAMEO codes over the four quad classes;
 * dates in 2015-2025; one row in ten negated. Every field quoted, as extract writes them.
 * Deterministic for a seed. Exits 1 on an error. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splitmix.h"

static const struct {
    const char *code, *event, *trigger;
    int quad;
    double goldstein;
} codes[] = {
    {"010", "make statement", "said of", 1, 0.0},
    {"020", "make an appeal or request", "urged", 1, 3.0},
    {"036", "express intent to meet or negotiate", "offered talks to", 1, 4.0},
    {"042", "make a visit", "visited", 1, 1.9},
    {"061", "cooperate economically", "signed a trade deal with", 2, 6.4},
    {"070", "provide aid", "sent aid to", 2, 7.0},
    {"111", "criticize or denounce", "condemned", 3, -2.0},
    {"112", "accuse", "accused", 3, -2.0},
    {"163", "impose embargo, boycott, or sanctions", "imposed sanctions on", 4, -8.0},
    {"190", "use conventional military force", "struck", 4, -10.0},
};
#define NCODES (sizeof(codes) / sizeof(codes[0]))


static double uniform(void)
{
    return (double)(rnd() >> 11) / 9007199254740992.0;
}

/* Index i with probability cdf[i] - cdf[i - 1]. */
static size_t draw(const double *cdf, size_t n)
{
    double u = uniform() * cdf[n - 1];
    size_t lo = 0, hi = n - 1;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cdf[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int main(int argc, char **argv)
{
    unsigned long rows, actors, r, i;
    double *cdf, sum = 0;
    FILE *fp;

    if (argc < 4 || argc > 5) {
        fprintf(stderr, "usage: gen_relations OUT_FILE ROWS ACTORS [SEED]\n");
        return 2;
    }
    rows = strtoul(argv[2], NULL, 10);
    actors = strtoul(argv[3], NULL, 10);
    rng_state = argc == 5 ? strtoull(argv[4], NULL, 10) : 7;
    if (actors < 2) {
        fprintf(stderr, "gen_relations: need at least 2 actors\n");
        return 2;
    }
    cdf = malloc(actors * sizeof(*cdf));
    if (!cdf)
        return 1;
    for (i = 0; i < actors; i++)
        cdf[i] = (sum += 1.0 / (double)(i + 1));
    fp = fopen(argv[1], "wb");
    if (!fp) {
        perror(argv[1]);
        return 1;
    }
    setvbuf(fp, NULL, _IOFBF, 1 << 20);
    fputs("\"doc_id\",\"date\",\"sentence\",\"source\",\"source_label\",\"source_country\","
          "\"target\",\"target_label\",\"target_country\",\"cameo\",\"event\",\"quad_class\","
          "\"goldstein\",\"negated\",\"trigger\",\"evidence\"\n",
          fp);
    for (r = 0; r < rows; r++) {
        size_t s = draw(cdf, actors), t, c = (size_t)(rnd() % NCODES);
        do
            t = draw(cdf, actors);
        while (t == s);
        fprintf(fp,
                "\"d%07lu\",\"%04d-%02d-%02d\",\"%d\",\"ACT%05zu\",\"Actor %zu\",\"C%03zu\","
                "\"ACT%05zu\",\"Actor %zu\",\"C%03zu\",\"%s\",\"%s\",\"%d\",\"%.1f\",\"%d\","
                "\"%s\",\"Actor %zu %s Actor %zu on Tuesday, officials said.\"\n",
                r / 12, 2015 + (int)(rnd() % 11), 1 + (int)(rnd() % 12), 1 + (int)(rnd() % 28),
                1 + (int)(r % 12), s, s, s % 250, t, t, t % 250, codes[c].code, codes[c].event,
                codes[c].quad, codes[c].goldstein, rnd() % 10 == 0, codes[c].trigger, s,
                codes[c].trigger, t);
    }
    if (fclose(fp) != 0) {
        perror(argv[1]);
        return 1;
    }
    free(cdf);
    return 0;
}
