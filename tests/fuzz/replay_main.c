/* replay_main.c: runs a fuzz target over files and directories of inputs without libFuzzer, so
 * gcc builds (make test, make asan, make valgrind) replay the committed corpora.
 * usage: fuzz_replay_<target> PATH...   prints "<n> inputs" and exits 0, or crashes. */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static long runs;

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int replay_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    unsigned char *data = NULL;
    size_t len = 0, cap = 0, n;
    unsigned char block[65536];

    if (!fp) {
        fprintf(stderr, "replay: cannot open '%s'\n", path);
        return -1;
    }
    while ((n = fread(block, 1, sizeof(block), fp)) > 0) {
        if (len + n > cap) {
            unsigned char *p;
            cap = (len + n) * 2;
            p = realloc(data, cap);
            if (!p) {
                free(data);
                fclose(fp);
                return -1;
            }
            data = p;
        }
        memcpy(data + len, block, n);
        len += n;
    }
    fclose(fp);
    /* a private copy of exactly len bytes, so overreads show under ASan and valgrind */
    {
        unsigned char *exact = malloc(len ? len : 1);
        if (!exact) {
            free(data);
            return -1;
        }
        if (len)
            memcpy(exact, data, len);
        free(data);
        LLVMFuzzerTestOneInput(exact, len);
        free(exact);
    }
    runs++;
    return 0;
}

static int replay(const char *path)
{
    struct stat st;
    DIR *d;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, i;
    int rc = 0;

    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: cannot read '%s'\n", path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return replay_file(path);
    d = opendir(path);
    if (!d)
        return -1;
    while ((e = readdir(d)) != NULL) {
        char **p;
        if (e->d_name[0] == '.')
            continue;
        p = realloc(names, (n + 1) * sizeof(*names));
        if (!p)
            break;
        names = p;
        {
            size_t size = strlen(path) + strlen(e->d_name) + 2;
            names[n] = malloc(size);
            if (!names[n])
                break;
            snprintf(names[n], size, "%s/%s", path, e->d_name);
        }
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(*names), compare_names);
    for (i = 0; i < n; i++) {
        if (rc == 0 && replay(names[i]) != 0)
            rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    int i, rc = 0;

    for (i = 1; i < argc; i++)
        if (replay(argv[i]) != 0)
            rc = 1;
    printf("%ld inputs\n", runs);
    return rc;
}
