/* unicodetype.c - lookups in the generated character table. */
#include "unicodetype.h"

#include "unicodetype_db.h"

static int map_full(uint32_t c, const RpUnicodeTypeRecord *r, int32_t m, uint32_t out[3])
{
    if (r->flags & RP_UCD_EXTENDED_CASE) {
        int n = (int)((uint32_t)m >> 24);
        uint32_t index = (uint32_t)m & 0xffffff;
        for (int i = 0; i < n; i++) {
            out[i] = rp_ucd_extended_case[index + (uint32_t)i];
        }
        return n;
    }
    out[0] = (uint32_t)((int32_t)c + m);
    return 1;
}

int rp_unicode_toupper_full(uint32_t c, uint32_t out[3])
{
    const RpUnicodeTypeRecord *r = rp_unicode_record(c);
    return map_full(c, r, r->upper, out);
}

int rp_unicode_tolower_full(uint32_t c, uint32_t out[3])
{
    const RpUnicodeTypeRecord *r = rp_unicode_record(c);
    return map_full(c, r, r->lower, out);
}

int rp_unicode_totitle_full(uint32_t c, uint32_t out[3])
{
    const RpUnicodeTypeRecord *r = rp_unicode_record(c);
    return map_full(c, r, r->title, out);
}

int rp_unicode_tofold_full(uint32_t c, uint32_t out[3])
{
    const RpUnicodeTypeRecord *r = rp_unicode_record(c);
    return map_full(c, r, r->fold, out);
}
