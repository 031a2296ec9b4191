/* unicodetype.h - character properties over all of Unicode (14.0, as
 * CPython 3.11): what str.isalpha/isdigit/isspace/... and the case
 * mappings of str.upper/lower/title/casefold are made of.
 *
 * The table (unicodetype_db.h) is generated from python3 by
 * tools/gen_unicodetype.py and committed.  Lookups are two array reads.
 * Usable from any area (the numbers engineer's int()/float() parsing uses
 * rp_unicode_todecimal and rp_unicode_isspace).
 */
#ifndef RP_UNICODETYPE_H
#define RP_UNICODETYPE_H

#include <stdint.h>

typedef struct RpUnicodeTypeRecord {
    uint16_t flags;      /* RP_UCD_* below */
    int8_t decimal;      /* 0..9 for decimal characters, else -1 */
    /* case mappings: the mapped code point minus this one, or, with
       RP_UCD_EXTENDED_CASE, (length << 24) | index into the extended
       table (all four mappings are then in that form) */
    int32_t upper, lower, title, fold;
} RpUnicodeTypeRecord;

enum {
    RP_UCD_ALPHA = 0x0001, RP_UCD_DECIMAL = 0x0002, RP_UCD_DIGIT = 0x0004,
    RP_UCD_NUMERIC = 0x0008, RP_UCD_SPACE = 0x0010, RP_UCD_LOWER = 0x0020,
    RP_UCD_UPPER = 0x0040, RP_UCD_TITLE = 0x0080, RP_UCD_PRINTABLE = 0x0100,
    RP_UCD_XID_START = 0x0200, RP_UCD_XID_CONTINUE = 0x0400,
    RP_UCD_CASED = 0x0800, RP_UCD_CASE_IGNORABLE = 0x1000,
    RP_UCD_LINEBREAK = 0x2000, RP_UCD_EXTENDED_CASE = 0x4000
};

/* the generated tables (unicodetype_db.h): a two-level index */
#define RP_UCD_SHIFT 7
extern const RpUnicodeTypeRecord rp_ucd_records[];
extern const uint16_t rp_ucd_index1[], rp_ucd_index2[];

static inline const RpUnicodeTypeRecord *rp_unicode_record(uint32_t ch)
{
    if (ch >= 0x110000) {
        return &rp_ucd_records[0];
    }
    unsigned block = rp_ucd_index1[ch >> RP_UCD_SHIFT];
    return &rp_ucd_records[rp_ucd_index2[(block << RP_UCD_SHIFT) +
                                         (ch & ((1u << RP_UCD_SHIFT) - 1))]];
}

static inline int rp_unicode_has(uint32_t ch, unsigned flag)
{
    return (rp_unicode_record(ch)->flags & flag) != 0;
}
static inline int rp_unicode_isalpha(uint32_t c) { return rp_unicode_has(c, RP_UCD_ALPHA); }
static inline int rp_unicode_isdecimal(uint32_t c) { return rp_unicode_has(c, RP_UCD_DECIMAL); }
static inline int rp_unicode_isdigit(uint32_t c) { return rp_unicode_has(c, RP_UCD_DIGIT); }
static inline int rp_unicode_isnumeric(uint32_t c) { return rp_unicode_has(c, RP_UCD_NUMERIC); }
static inline int rp_unicode_isalnum(uint32_t c)
{
    return rp_unicode_has(c, RP_UCD_ALPHA | RP_UCD_DECIMAL | RP_UCD_DIGIT | RP_UCD_NUMERIC);
}
static inline int rp_unicode_isspace(uint32_t c)
{
    if (c < 128) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }
    return rp_unicode_has(c, RP_UCD_SPACE);
}
static inline int rp_unicode_islower(uint32_t c) { return rp_unicode_has(c, RP_UCD_LOWER); }
static inline int rp_unicode_isupper(uint32_t c) { return rp_unicode_has(c, RP_UCD_UPPER); }
static inline int rp_unicode_istitle(uint32_t c) { return rp_unicode_has(c, RP_UCD_TITLE); }
static inline int rp_unicode_iscased(uint32_t c) { return rp_unicode_has(c, RP_UCD_CASED); }
static inline int rp_unicode_iscaseignorable(uint32_t c)
{
    return rp_unicode_has(c, RP_UCD_CASE_IGNORABLE);
}
static inline int rp_unicode_isprintable(uint32_t c) { return rp_unicode_has(c, RP_UCD_PRINTABLE); }
static inline int rp_unicode_isxidstart(uint32_t c) { return rp_unicode_has(c, RP_UCD_XID_START); }
static inline int rp_unicode_isxidcontinue(uint32_t c)
{
    return rp_unicode_has(c, RP_UCD_XID_CONTINUE);
}
static inline int rp_unicode_islinebreak(uint32_t c)
{
    return c < 128 ? (c >= 10 && c <= 13) || (c >= 28 && c <= 30)
                   : rp_unicode_has(c, RP_UCD_LINEBREAK);
}
/* 0..9 for a decimal digit of any script (int('٣') == 3), else -1 */
static inline int rp_unicode_todecimal(uint32_t c) { return rp_unicode_record(c)->decimal; }

/* Full case mappings (one code point may map to up to 3): writes to
 * out[0..3) and returns the count.  lower does NOT apply the final-sigma
 * rule (that needs context: str.lower does it). */
int rp_unicode_toupper_full(uint32_t c, uint32_t out[3]);
int rp_unicode_tolower_full(uint32_t c, uint32_t out[3]);
int rp_unicode_totitle_full(uint32_t c, uint32_t out[3]);
int rp_unicode_tofold_full(uint32_t c, uint32_t out[3]);

#endif
