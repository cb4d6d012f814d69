/* actorgraph.h: the whole public API. */
#ifndef ACTORGRAPH_H
#define ACTORGRAPH_H

#include "actorgraph/doc.h"
#include "actorgraph/error.h"
#include "actorgraph/export.h"
#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/lexicon.h"

#define AG_VERSION "0.1.0"

/* Process-wide set-up: installs igraph's error, warning and attribute handlers. Call once. */
void ag_init(void);

#endif
