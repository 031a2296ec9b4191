/* unitables.h - the few Unicode properties the front end needs
 * (identifier characters, printability), as in CPython 3.11 (Unicode 14).
 * The tables are generated: see unitables.c. */
#ifndef RP_UNITABLES_H
#define RP_UNITABLES_H

#include <stdint.h>

int rp_unicode_is_xid_start(uint32_t c);     /* or '_' */
int rp_unicode_is_xid_continue(uint32_t c);
int rp_unicode_is_printable(uint32_t c);     /* str.isprintable() */

#include <stddef.h>
/* unicodedata.normalize("NFKC", s) on code points; a malloc'ed array of
   *outn code points, NULL on out of memory (unicode_nfkc.c) */
uint32_t *rp_unicode_nfkc(const uint32_t *in, size_t n, size_t *outn);

#endif
