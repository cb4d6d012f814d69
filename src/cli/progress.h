/* progress.h: the progress line of extract on stderr (files and MB done, MB/s, time left). */
#ifndef AG_CLI_PROGRESS_H
#define AG_CLI_PROGRESS_H

#include <stdio.h>

struct cli_progress {
    FILE *fp;                 /* NULL: disabled */
    size_t files;             /* input files in total */
    unsigned long long bytes; /* their size in total */
    double start, last;       /* monotonic seconds: start, last refresh */
    int shown;                /* 1 while a line is on the terminal */
};

/* Starts a progress line on fp when enabled and fp is a terminal; otherwise every call below
 * does nothing. files and bytes are the totals (bytes may be 0 for standard input). */
void cli_progress_init(struct cli_progress *p, FILE *fp, int enabled, size_t files,
                       unsigned long long bytes);
/* Redraws the line when 0.25 s have passed since the last refresh. */
void cli_progress_update(struct cli_progress *p, size_t files_done, unsigned long long bytes_done);
/* Erases the line (before a message, and at the end); the next update draws it again. */
void cli_progress_clear(struct cli_progress *p);

#endif
