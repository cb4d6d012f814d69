/* outfile.h: write-to-temporary-then-rename output files, and their removal when the process is
 * interrupted (SIGINT, SIGTERM, SIGHUP): an interrupted run leaves the previous outputs and no
 * temporary files. */
#ifndef AG_UTIL_OUTFILE_H
#define AG_UTIL_OUTFILE_H

#include <stdio.h>

#include "actorgraph/error.h"

struct ag_outfile {
    char *path, *tmp;
    FILE *fp;
};

/* Opens PATH.tmp for writing and registers it for removal on a signal. AG_EIO, AG_ENOMEM.
 * On failure f holds nothing to release. */
enum ag_status ag_outfile_open(struct ag_outfile *f, const char *path, struct ag_error *err);
/* Flushes, closes (checked: a full disk fails here) and renames over PATH. On failure the
 * temporary is removed. AG_EIO. */
enum ag_status ag_outfile_commit(struct ag_outfile *f, struct ag_error *err);
/* Closes and removes the temporary; PATH is untouched. No-op on a released f. */
void ag_outfile_abort(struct ag_outfile *f);

/* Registers a temporary file written by other means (e.g. by a child process) for removal on a
 * signal. path is borrowed: it must stay valid until ag_outfile_untrack(path). Returns 0, or -1
 * when the registry is full (the file is then not removed on a signal). Async-signal-safe
 * registry (lock-free atomics), callable from any thread. */
int ag_outfile_track(const char *path);
/* Forgets path (the same pointer given to ag_outfile_track); no-op when it is not registered. */
void ag_outfile_untrack(const char *path);

/* Registers the process group of a running child (its leader's pid) to be killed by the
 * signal handler before temporaries are removed; 0 forgets it. Async-signal-safe. */
void ag_outfile_track_child(int pgid);

/* Installs the handler for SIGINT, SIGTERM and SIGHUP: it unlinks every registered temporary
 * (unlink only: async-signal-safe), restores the default action and re-raises the signal, so
 * the process ends as killed by it (exit status 128 + signal in shells). Call once, early in
 * main(). Returns 0, or -1 (errno set) when sigaction fails. */
int ag_outfile_install_signal_handlers(void);

#endif
