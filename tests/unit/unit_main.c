/* test_main.c: runs every unit suite, or the tests whose name contains argv[1]. */
#include <stdio.h>
#include <string.h>

#include "actorgraph/actorgraph.h"
#include "unit.h"

int unit_failures;

extern const struct unit_test unit_tests_util[], unit_tests_text[], unit_tests_lexicon[],
    unit_tests_extract[], unit_tests_io[], unit_tests_graph[], unit_tests_export[];

static const struct {
    const char *suite;
    const struct unit_test *tests;
} suites[] = {
    {"util", unit_tests_util},       {"text", unit_tests_text}, {"lexicon", unit_tests_lexicon},
    {"extract", unit_tests_extract}, {"io", unit_tests_io},     {"graph", unit_tests_graph},
    {"export", unit_tests_export},
};

int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0;
    size_t s;

    ag_init();
    for (s = 0; s < sizeof(suites) / sizeof(suites[0]); s++) {
        const struct unit_test *t;
        for (t = suites[s].tests; t->name; t++) {
            if (only && !strstr(t->name, only))
                continue;
            unit_failures = 0;
            t->fn();
            if (unit_failures) {
                failed++;
                printf("FAIL %s/%s\n", suites[s].suite, t->name);
            } else {
                passed++;
            }
        }
    }
    printf("unit: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
