/* fuzz_util.c: scratch files for the fuzz targets (shared by libFuzzer and replay builds). */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];
static char path[400];

static void remove_dir(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char p[400];

    if (!d)
        return;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

const char *fuzz_tmpdir(void)
{
    if (!dir[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(dir, sizeof(dir), "%s/agfuzz.XXXXXX",
                 base && *base && strlen(base) < 40 ? base : "/tmp");
        if (!mkdtemp(dir)) {
            perror("mkdtemp");
            abort();
        }
        atexit(remove_dir);
    }
    return dir;
}

const char *fuzz_write_file(const char *name, const void *data, size_t size)
{
    FILE *fp;

    snprintf(path, sizeof(path), "%s/%s", fuzz_tmpdir(), name);
    fp = fopen(path, "wb");
    if (!fp)
        return NULL;
    if (size && fwrite(data, 1, size, fp) != size) {
        fclose(fp);
        return NULL;
    }
    if (fclose(fp) != 0)
        return NULL;
    return path;
}

enum ag_status fuzz_touch_relation(const struct ag_relation *r, void *ctx, struct ag_error *err)
{
    size_t *n = ctx;

    (void)err;
    *n += strlen(r->doc_id) + strlen(r->date) + strlen(r->source) + strlen(r->source_label) +
          strlen(r->source_country) + strlen(r->target) + strlen(r->target_label) +
          strlen(r->target_country) + strlen(r->cameo) + strlen(r->event) + strlen(r->trigger) +
          strlen(r->evidence);
    if (r->quad_class < 1 || r->quad_class > 4 || !*r->source || !*r->target)
        abort();
    return AG_OK;
}
