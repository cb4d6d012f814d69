/* emit.h: the open-write-commit frame every exporter shares. */
#ifndef AG_EXPORT_EMIT_H
#define AG_EXPORT_EMIT_H

#include <stdio.h>

#include "actorgraph/error.h"
#include "actorgraph/graph.h"

/* Writes g to fp; returns AG_OK or the failure (with err filled). */
typedef enum ag_status ag_graph_writer(const struct ag_graph *g, FILE *fp, struct ag_error *err);

/* Runs write on PATH.tmp, then checks the close and renames it over path; on any failure the
 * temporary is removed and path is left as it was. AG_EIO, AG_ENOMEM, or what write returns. */
enum ag_status ag_export_write(const struct ag_graph *g, const char *path, ag_graph_writer *write,
                               struct ag_error *err);

#endif
