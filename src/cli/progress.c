/* progress.c: a one-line progress display, redrawn in place a few times a second. */
#include "cli/progress.h"

#include <time.h>
#include <unistd.h>

#define REFRESH_SECONDS 0.25

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_init(struct cli_progress *p, FILE *fp, int enabled, size_t files,
                       unsigned long long bytes)
{
    p->fp = enabled && fp && isatty(fileno(fp)) ? fp : NULL;
    p->files = files;
    p->bytes = bytes;
    p->start = p->fp ? now_seconds() : 0.0;
    p->last = p->start;
    p->shown = 0;
}

void cli_progress_update(struct cli_progress *p, size_t files_done, unsigned long long bytes_done)
{
    double t, elapsed, rate, mb = (double)bytes_done / 1e6;

    if (!p->fp)
        return;
    t = now_seconds();
    if (t - p->last < REFRESH_SECONDS)
        return;
    p->last = t;
    elapsed = t - p->start;
    rate = elapsed > 0 ? mb / elapsed : 0.0;
    fprintf(p->fp, "\r\033[K%zu/%zu files, %.1f/%.1f MB, %.1f MB/s", files_done, p->files, mb,
            (double)p->bytes / 1e6, rate);
    if (rate > 0 && p->bytes > bytes_done) {
        long left = (long)((double)(p->bytes - bytes_done) / 1e6 / rate + 0.5);
        fprintf(p->fp, ", %ld:%02ld left", left / 60, left % 60);
    }
    fflush(p->fp);
    p->shown = 1;
}

void cli_progress_clear(struct cli_progress *p)
{
    if (!p->fp || !p->shown)
        return;
    fputs("\r\033[K", p->fp);
    fflush(p->fp);
    p->shown = 0;
}
