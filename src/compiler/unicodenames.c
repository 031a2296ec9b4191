/* unicodenames.c - \N{NAME} lookup for string literals.
 * TEMPORARY: only a handful of names; the full table is generated later. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

int rp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

int rp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp)
{
    static const struct { const char *n; uint32_t c; } tab[] = {
        {"EURO SIGN", 0x20AC}, {"BULLET", 0x2022}, {"EM DASH", 0x2014},
        {"NO-BREAK SPACE", 0xA0}, {"LATIN SMALL LETTER A", 0x61},
    };
    for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
        if (strlen(tab[i].n) == len && strncasecmp(tab[i].n, name, len) == 0) {
            *cp = tab[i].c;
            return 1;
        }
    return 0;
}
