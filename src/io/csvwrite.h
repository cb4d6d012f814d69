/* csvwrite.h: one CSV record through libcsv (every field quoted, \n line ends). */
#ifndef AG_IO_CSVWRITE_H
#define AG_IO_CSVWRITE_H

#include <stdio.h>

/* Writes fields[0..n) as one record; NULL fields are written empty. 0 or -1 (write error). */
int ag_csv_write_row(FILE *fp, const char *const *fields, size_t n);

#endif
