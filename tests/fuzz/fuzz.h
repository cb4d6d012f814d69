/* fuzz.h: the libFuzzer entry points, declared for gcc's -Wmissing-prototypes (the replay main
 * in replay_main.c calls the same functions, so make test runs the committed corpora). */
#ifndef AG_FUZZ_H
#define AG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "actorgraph/extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A private directory for the files a target writes, created once, removed at exit. */
const char *fuzz_tmpdir(void);
/* Writes data to dir/name; returns the path (static storage) or NULL. */
const char *fuzz_write_file(const char *name, const void *data, size_t size);

/* A relation callback that reads every string of r (an invalid pointer shows under ASan) and
 * aborts on impossible values; ctx is a size_t sum. */
enum ag_status fuzz_touch_relation(const struct ag_relation *r, void *ctx, struct ag_error *err);

#endif
