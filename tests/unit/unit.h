/* unit.h: a tiny test harness. Each tests/unit/test_<module>.c defines
 *   const struct unit_test unit_tests_<module>[] = {{"name", fn}, ..., {NULL, NULL}};
 * and tests/unit/unit_main.c lists the suites. CHECK() records a failure with file:line and goes on. */
#ifndef AG_TESTS_UNIT_H
#define AG_TESTS_UNIT_H

#include <stddef.h>
#include <stdio.h>

struct unit_test {
    const char *name;
    void (*fn)(void);
};

extern int unit_failures; /* failures of the test being run */

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
            unit_failures++;                                                                       \
        }                                                                                          \
    } while (0)

#define CHECK_STR(a, b)                                                                            \
    do {                                                                                           \
        const char *ca_ = (a), *cb_ = (b);                                                         \
        if (!ca_ || !cb_ || strcmp(ca_, cb_) != 0) {                                               \
            fprintf(stderr, "%s:%d: check failed: %s == %s (\"%s\" vs \"%s\")\n", __FILE__,       \
                    __LINE__, #a, #b, ca_ ? ca_ : "(null)", cb_ ? cb_ : "(null)");                 \
            unit_failures++;                                                                       \
        }                                                                                          \
    } while (0)

/* Temporary files (unit_files.c): removes dir and all below it; makes a fresh /tmp directory
 * (0 or -1); writes dir/name, creating the directories in name (0 or -1). */
void unit_rm_tree(const char *dir);
int unit_make_tmpdir(char *dir, size_t cap);
int unit_write_file(const char *dir, const char *name, const char *text);

#endif
