/* frozen.h - modules written in Python (lib/NAME.py), embedded in the binary
 * by tools/freeze.sh; the table ends with a { NULL } entry. */
#ifndef RP_FROZEN_H
#define RP_FROZEN_H

#include <stddef.h>

typedef struct RpFrozenModule {
    const char *name;
    const char *source;
    size_t size;
} RpFrozenModule;

extern const RpFrozenModule rp_frozen_modules[];

#endif
