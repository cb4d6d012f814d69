/* unit_files.c: temporary directories and files for the unit tests. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"

void unit_rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;

    if (d) {
        while ((e = readdir(d)) != NULL) {
            char path[1024];
            struct stat st;
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
            if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
                unit_rm_tree(path);
            else
                unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
}

int unit_make_tmpdir(char *dir, size_t cap)
{
    snprintf(dir, cap, "/tmp/ag-unit-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

int unit_write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    char *slash;
    FILE *fp;
    int rc;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    for (slash = strchr(path + strlen(dir) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0700);
        *slash = '/';
    }
    fp = fopen(path, "wb");
    if (!fp)
        return -1;
    rc = fputs(text, fp) < 0 ? -1 : 0;
    return fclose(fp) != 0 ? -1 : rc;
}
