/* diag.h: error records (the public half is actorgraph/error.h). */
#ifndef AG_UTIL_DIAG_H
#define AG_UTIL_DIAG_H

#include "actorgraph/error.h"

#endif
