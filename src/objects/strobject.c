/* strobject.c - str: representation, creation, singletons, hashing,
 * comparison, the builder (RpStrWriter), printf-like formatting for C
 * code, and the type object with its core slots.
 *
 * Models CPython 3.11's Objects/unicodeobject.c (PEP 393 compact strings):
 *
 *   [RpStrObject 48 bytes][data]        ASCII   (all code points < 128)
 *   [RpCompactStrObject 72 bytes][data] latin-1, UCS-2, UCS-4
 *
 * data holds `length` code points of 1, 2 or 4 bytes (the narrowest width
 * that fits, so equal strings always have the same kind) and a final 0.
 * Every function that makes a string keeps that canonical form, and
 * returns the preallocated singletons for '' and one-character latin-1
 * strings, so `'abc'[0] is 'a'` and `'a' * 0 is ''` as in CPython.
 *
 * Methods are in strmethods.c, str.format in strformat.c, the % operator
 * in strpercent.c, encoders and decoders in codecs.c, the intern table in
 * core/intern.c, searching in strsearch.c.
 */
#include "strobject.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "bytesobject.h"
#include "exceptions.h"
#include "formatspec.h"
#include "intobject.h"
#include "noneobject.h"
#include "sliceobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "unicodetype.h"

_Static_assert(sizeof(RpStrObject) == 48, "PyASCIIObject is 48 bytes");
_Static_assert(sizeof(RpCompactStrObject) == 72, "PyCompactUnicodeObject is 72 bytes");
_Static_assert(sizeof(RpStrSubObject) == 80, "PyUnicodeObject is 80 bytes");

/* ======================================================================
 * The singletons: '' and the 256 one-character latin-1 strings.
 *
 * Statically allocated (never freed, not in the debug live list) and
 * marked interned-immortal; only their refcounts and cached hashes change.
 * The latin-1 ones carry their 2-byte UTF-8 form inline.
 * ====================================================================== */

typedef struct {
    RpStrObject s;
    uint8_t data[2];
} AsciiSingleton;

typedef struct {
    RpCompactStrObject s;
    uint8_t data[2];
    char utf8[3];
} Latin1Singleton;

/* CPython 3.11 gives its static objects (these singletons, small ints,
 * the deep-frozen constants) a refcount of 999999999
 * (_PyObject_IMMORTAL_INIT), so sys.getrefcount('a') is about 10**9 there;
 * refpy starts them at the same value. */
#define RP_STATIC_REFCNT 999999999
#define STR_HEAD(len) { RP_STATIC_REFCNT, &RpStr_Type }, (len), -1
#define ASCII_STATE { RP_STR_INTERNED_IMMORTAL, RP_STR_1BYTE, 1, 1 }
#define LATIN1_STATE { RP_STR_INTERNED_IMMORTAL, RP_STR_1BYTE, 1, 0 }

static AsciiSingleton str_empty = { { STR_HEAD(0), ASCII_STATE, NULL }, { 0, 0 } };

#define A1(c) { { STR_HEAD(1), ASCII_STATE, NULL }, { (c), 0 } }
#define A4(c) A1(c), A1((c) + 1), A1((c) + 2), A1((c) + 3)
#define A16(c) A4(c), A4((c) + 4), A4((c) + 8), A4((c) + 12)
#define A64(c) A16(c), A16((c) + 16), A16((c) + 32), A16((c) + 48)
static AsciiSingleton ascii_chars[128] = { A64(0), A64(64) };

#define L1(c)                                                                      \
    { { { STR_HEAD(1), LATIN1_STATE, latin1_chars[(c) - 128].utf8 }, 2, NULL, 0 }, \
      { (c), 0 },                                                                  \
      { (char)(0xc0 | ((c) >> 6)), (char)(0x80 | ((c) & 0x3f)), 0 } }
#define L4(c) L1(c), L1((c) + 1), L1((c) + 2), L1((c) + 3)
#define L16(c) L4(c), L4((c) + 4), L4((c) + 8), L4((c) + 12)
#define L64(c) L16(c), L16((c) + 16), L16((c) + 32), L16((c) + 48)
static Latin1Singleton latin1_chars[128] = { L64(128), L64(192) };

/* CPython 3.11 deep-freezes the code of its start-up modules, and the
 * identifier-like one-character constants in them ('a', '_', 'T' ...) are
 * separate static strings, interned before any program runs.  So there
 * the literal 'a' is that interned object, NOT the latin-1 singleton that
 * 'abc'[0] and chr(97) return: 'abc'[0] is 'a' is False, while 'abc'[1:2]
 * is 'abc'[1] is True, and 'g' (absent from those modules) is the
 * singleton.  The set, from python3 3.11.7:
 *   ''.join(chr(c) for c in range(256) if sys.intern(chr(c)) is not chr(c))
 */
#define FROZEN_CHARS "BCLST_abcdefhijklmnopqrstvwxy"
#define F1(c) A1(c)
static AsciiSingleton frozen_chars[29] = {
    F1('B'), F1('C'), F1('L'), F1('S'), F1('T'), F1('_'), F1('a'), F1('b'), F1('c'), F1('d'),
    F1('e'), F1('f'), F1('h'), F1('i'), F1('j'), F1('k'), F1('l'), F1('m'), F1('n'), F1('o'),
    F1('p'), F1('q'), F1('r'), F1('s'), F1('t'), F1('v'), F1('w'), F1('x'), F1('y')
};
_Static_assert(sizeof(FROZEN_CHARS) - 1 == 29, "frozen_chars");

/* The string the intern table holds for a one-character latin-1 text:
 * the deep-frozen constant for those characters, else the singleton. */
RpObject *rp_str_interned_char_borrow(uint32_t ch)
{
    const char *p = ch != 0 && ch < 128 ? strchr(FROZEN_CHARS, (int)ch) : NULL;
    if (p != NULL) {
        return (RpObject *)&frozen_chars[p - FROZEN_CHARS];
    }
    return rp_str_latin1_borrow(ch);
}

RpObject *rp_str_empty_borrow(void) { return (RpObject *)&str_empty; }

RpObject *rp_str_latin1_borrow(uint32_t ch)
{
    return ch < 128 ? (RpObject *)&ascii_chars[ch] : (RpObject *)&latin1_chars[ch - 128];
}

static inline RpObject *get_latin1(uint32_t ch) { return rp_newref(rp_str_latin1_borrow(ch)); }
static inline RpObject *get_empty(void) { return rp_newref(&str_empty); }

static inline int is_singleton(RpObject *o)
{
    return o == (RpObject *)&str_empty ||
           ((char *)o >= (char *)ascii_chars && (char *)o < (char *)(ascii_chars + 128)) ||
           ((char *)o >= (char *)latin1_chars && (char *)o < (char *)(latin1_chars + 128)) ||
           ((char *)o >= (char *)frozen_chars && (char *)o < (char *)(frozen_chars + 29));
}

/* ======================================================================
 * Raw helpers over the three kinds
 * ====================================================================== */

uint32_t rp_str_find_maxchar(int kind, const void *data, rp_ssize_t start, rp_ssize_t end)
{
    uint32_t m = 0;
    rp_ssize_t i;
    switch (kind) {
    case RP_STR_1BYTE: {
        const uint8_t *p = data;
        for (i = start; i < end; i++) {
            if (p[i] > m) {
                m = p[i];
            }
        }
        break;
    }
    case RP_STR_2BYTE: {
        const uint16_t *p = data;
        for (i = start; i < end; i++) {
            if (p[i] > m) {
                m = p[i];
            }
        }
        break;
    }
    default: {
        const uint32_t *p = data;
        for (i = start; i < end; i++) {
            if (p[i] > m) {
                m = p[i];
            }
        }
    }
    }
    return m;
}

void rp_str_copy_chars(void *dst, int dkind, rp_ssize_t dpos,
                       const void *src, int skind, rp_ssize_t spos, rp_ssize_t n)
{
    if (n <= 0) {
        return;
    }
    if (dkind == skind) {
        memcpy((char *)dst + dpos * dkind, (const char *)src + spos * skind, (size_t)(n * dkind));
        return;
    }
    rp_ssize_t i;
    if (skind == RP_STR_1BYTE) {
        const uint8_t *s = (const uint8_t *)src + spos;
        if (dkind == RP_STR_2BYTE) {
            uint16_t *d = (uint16_t *)dst + dpos;
            for (i = 0; i < n; i++) d[i] = s[i];
        } else {
            uint32_t *d = (uint32_t *)dst + dpos;
            for (i = 0; i < n; i++) d[i] = s[i];
        }
    } else if (skind == RP_STR_2BYTE) {
        const uint16_t *s = (const uint16_t *)src + spos;
        if (dkind == RP_STR_1BYTE) {
            uint8_t *d = (uint8_t *)dst + dpos;
            for (i = 0; i < n; i++) d[i] = (uint8_t)s[i];
        } else {
            uint32_t *d = (uint32_t *)dst + dpos;
            for (i = 0; i < n; i++) d[i] = s[i];
        }
    } else {
        const uint32_t *s = (const uint32_t *)src + spos;
        if (dkind == RP_STR_1BYTE) {
            uint8_t *d = (uint8_t *)dst + dpos;
            for (i = 0; i < n; i++) d[i] = (uint8_t)s[i];
        } else {
            uint16_t *d = (uint16_t *)dst + dpos;
            for (i = 0; i < n; i++) d[i] = (uint16_t)s[i];
        }
    }
}

void rp_str_fill(void *dst, int kind, rp_ssize_t pos, rp_ssize_t n, uint32_t ch)
{
    rp_ssize_t i;
    if (n <= 0) {
        return;
    }
    if (kind == RP_STR_1BYTE) {
        memset((uint8_t *)dst + pos, (int)ch, (size_t)n);
    } else if (kind == RP_STR_2BYTE) {
        uint16_t *d = (uint16_t *)dst + pos;
        for (i = 0; i < n; i++) d[i] = (uint16_t)ch;
    } else {
        uint32_t *d = (uint32_t *)dst + pos;
        for (i = 0; i < n; i++) d[i] = ch;
    }
}

void *rp_str_as_kind(RpObject *s, int kind, int *owned)
{
    int skind = rp_str_kind(s);
    if (skind == kind) {
        *owned = 0;
        return rp_str_data(s);
    }
    rp_ssize_t n = rp_str_len(s);
    void *buf = rp_mem_malloc((size_t)(n + 1) * (size_t)kind);
    if (buf == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    rp_str_copy_chars(buf, kind, 0, rp_str_data(s), skind, 0, n);
    rp_str_write(kind, buf, n, 0);
    *owned = 1;
    return buf;
}

/* ======================================================================
 * Creation
 * ====================================================================== */

static inline size_t str_alloc_size(rp_ssize_t len, uint32_t maxchar, int *kind, int *ascii)
{
    *ascii = maxchar < 128;
    *kind = rp_str_kind_for(maxchar);
    size_t header = *ascii ? sizeof(RpStrObject) : sizeof(RpCompactStrObject);
    return header + (size_t)(len + 1) * (size_t)*kind;
}

RpObject *rp_str_new(rp_ssize_t len, uint32_t maxchar)
{
    if (len == 0) {
        return get_empty();
    }
    if (maxchar > 0x10ffff) {
        return rp_err_set_string(&RpExc_SystemError, "invalid maximum character passed to rp_str_new");
    }
    if (len < 0 || len > (RP_SSIZE_T_MAX - (rp_ssize_t)sizeof(RpCompactStrObject)) / 4 - 1) {
        return rp_err_nomemory();
    }
    int kind, ascii;
    size_t size = str_alloc_size(len, maxchar, &kind, &ascii);
    RpObject *o = rp_object_alloc_size(&RpStr_Type, size);
    if (o == NULL) {
        return NULL;
    }
    RpStrObject *s = (RpStrObject *)o;
    s->length = len;
    s->hash = -1;
    memset(&s->state, 0, sizeof(s->state));
    s->state.interned = RP_STR_NOT_INTERNED;
    s->state.kind = (unsigned)kind;
    s->state.compact = 1;
    s->state.ascii = (unsigned)ascii;
    s->utf8 = NULL;
    if (!ascii) {
        RpCompactStrObject *c = (RpCompactStrObject *)o;
        c->utf8_length = 0;
        c->reserved1 = NULL;
        c->reserved2 = 0;
    }
    /* the data is uninitialised (the caller fills it); the terminator */
    rp_str_write(kind, rp_str_data(o), len, 0);
    return o;
}

RpObject *rp_str_from_kind_data_max(int kind, const void *data, rp_ssize_t len, uint32_t maxchar)
{
    if (len == 0) {
        return get_empty();
    }
    if (len == 1 && maxchar < 256) {
        return get_latin1(rp_str_read(kind, data, 0));
    }
    RpObject *s = rp_str_new(len, maxchar);
    if (s == NULL) {
        return NULL;
    }
    rp_str_copy_chars(rp_str_data(s), rp_str_kind(s), 0, data, kind, 0, len);
    return s;
}

RpObject *rp_str_from_kind_data(int kind, const void *data, rp_ssize_t len)
{
    if (len < 0) {
        return RP_BAD_INTERNAL_CALL();
    }
    return rp_str_from_kind_data_max(kind, data, len, rp_str_find_maxchar(kind, data, 0, len));
}

RpObject *rp_str_from_ucs4(const uint32_t *u, rp_ssize_t len)
{
    return rp_str_from_kind_data(RP_STR_4BYTE, u, len);
}

RpObject *rp_str_from_char(uint32_t ch)
{
    if (ch < 256) {
        return get_latin1(ch);
    }
    if (ch > 0x10ffff) {
        return rp_err_set_string(&RpExc_ValueError, "chr() arg not in range(0x110000)");
    }
    RpObject *s = rp_str_new(1, ch);
    if (s != NULL) {
        rp_str_write(rp_str_kind(s), rp_str_data(s), 0, ch);
    }
    return s;
}

RpObject *rp_str_from_utf8(const char *s, rp_ssize_t len)
{
    /* ASCII fast path */
    rp_ssize_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80) {
        i++;
    }
    if (i == len) {
        if (len == 0) {
            return get_empty();
        }
        if (len == 1) {
            return get_latin1((unsigned char)s[0]);
        }
        RpObject *r = rp_str_new(len, 127);
        if (r != NULL) {
            memcpy(rp_str_data(r), s, (size_t)len);
        }
        return r;
    }
    return rp_utf8_decode(s, len, RP_ERR_STRICT);
}

RpObject *rp_str_from_utf8_surrogatepass(const char *s, rp_ssize_t len)
{
    return rp_utf8_decode(s, len, RP_ERR_SURROGATEPASS);
}

RpObject *rp_str_from_cstr(const char *s)
{
    return rp_str_from_utf8(s, (rp_ssize_t)strlen(s));
}

RpObject *rp_str_sub(RpObject *s, rp_ssize_t start, rp_ssize_t end)
{
    rp_ssize_t len = rp_str_len(s);
    if (start < 0) {
        start = 0;
    }
    if (end > len) {
        end = len;
    }
    if (start >= end) {
        return get_empty();
    }
    if (start == 0 && end == len && rp_str_check_exact(s)) {
        return rp_newref(s);
    }
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    if (end - start == 1) {
        return rp_str_from_char(rp_str_read(kind, data, start));
    }
    uint32_t maxchar = rp_str_is_ascii(s) ? 127 : rp_str_find_maxchar(kind, data, start, end);
    return rp_str_from_kind_data_max(kind, (const char *)data + start * kind, end - start,
                                     maxchar);
}

RpObject *rp_str_result_steal(RpObject *s)
{
    if (s != NULL && rp_str_len(s) == 1) {
        uint32_t ch = rp_str_read_char(s, 0);
        if (ch < 256) {
            rp_decref(s);
            return get_latin1(ch);
        }
    }
    return s;
}

RpObject *rp_str_substring(RpObject *s, rp_ssize_t start, rp_ssize_t end)
{
    return rp_str_sub(s, start, end);
}

RpObject *rp_str_exact_copy(RpObject *s)
{
    if (rp_str_check_exact(s)) {
        return rp_newref(s);
    }
    rp_ssize_t len = rp_str_len(s);
    return rp_str_from_kind_data_max(rp_str_kind(s), rp_str_data(s), len,
                                     rp_str_is_ascii(s) ? 127 : rp_str_kind_maxchar(s));
}

/* ======================================================================
 * Access: UTF-8, hashing, comparison
 * ====================================================================== */

const char *rp_str_as_utf8(RpObject *o, rp_ssize_t *len)
{
    RpStrObject *s = (RpStrObject *)o;
    if (s->state.ascii) {
        if (len) {
            *len = s->length;
        }
        return rp_str_data(o);
    }
    RpCompactStrObject *c = (RpCompactStrObject *)o;
    if (s->utf8 == NULL) {
        RpObject *b = rp_utf8_encode(o, RP_ERR_STRICT);
        if (b == NULL) {
            return NULL;
        }
        rp_ssize_t n = rp_bytes_len(b);
        char *buf = rp_mem_malloc((size_t)n + 1);
        if (buf == NULL) {
            rp_decref(b);
            rp_err_nomemory();
            return NULL;
        }
        memcpy(buf, rp_bytes_data(b), (size_t)n + 1);
        rp_decref(b);
        s->utf8 = buf;
        c->utf8_length = n;
    }
    if (len) {
        *len = c->utf8_length;
    }
    return s->utf8;
}

const char *rp_str_as_utf8_cached(RpObject *o, rp_ssize_t *len)
{
    const char *u = rp_str_as_utf8(o, len);
    if (u != NULL && !((RpStrObject *)o)->state.ascii) {
        ((RpStrObject *)o)->state.utf8_sized = 1;
    }
    return u;
}

/* A fast 64-bit hash of a byte string (our own mix of multiply-xorshift
 * steps; CPython's SipHash is randomized per process, so no program can
 * depend on the values).  Used for str (over the raw code units: equal
 * strings have equal kinds) and bytes, so hash('abc') == hash(b'abc') as
 * in CPython. */
rp_hash_t rp_hash_bytes(const void *p, size_t n)
{
    const uint8_t *s = p;
    if (n == 0) {
        return 0;
    }
    uint64_t h = 0x243f6a8885a308d3ULL ^ ((uint64_t)n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
        s += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        memcpy(&w, s, n);
        h = (h ^ w) * 0x94d049bb133111ebULL;
        h ^= h >> 29;
    }
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    rp_hash_t r = (rp_hash_t)h;
    return r == -1 ? -2 : r;
}

rp_hash_t rp_str_hash(RpObject *o)
{
    RpStrObject *s = (RpStrObject *)o;
    if (s->hash != -1) {
        return s->hash;
    }
    s->hash = rp_hash_bytes(rp_str_data(o), (size_t)s->length * s->state.kind);
    return s->hash;
}

static rp_hash_t str_hash_slot(RpObject *o) { return rp_str_hash(o); }

int rp_str_eq(RpObject *a, RpObject *b)
{
    if (a == b) {
        return 1;
    }
    RpStrObject *x = (RpStrObject *)a, *y = (RpStrObject *)b;
    if (x->length != y->length || x->state.kind != y->state.kind) {
        return 0;
    }
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        return 0;
    }
    return memcmp(rp_str_data(a), rp_str_data(b), (size_t)x->length * x->state.kind) == 0;
}

int rp_str_compare(RpObject *a, RpObject *b)
{
    if (a == b) {
        return 0;
    }
    rp_ssize_t la = rp_str_len(a), lb = rp_str_len(b);
    rp_ssize_t n = la < lb ? la : lb;
    int ka = rp_str_kind(a), kb = rp_str_kind(b);
    const void *da = rp_str_data(a), *db = rp_str_data(b);
    if (ka == RP_STR_1BYTE && kb == RP_STR_1BYTE) {
        int c = memcmp(da, db, (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    } else {
        for (rp_ssize_t i = 0; i < n; i++) {
            uint32_t ca = rp_str_read(ka, da, i), cb = rp_str_read(kb, db, i);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

/* decode one code point of (assumed valid) UTF-8 */
static uint32_t utf8_next(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    uint32_t c = *p++;
    if (c >= 0xf0) {
        c = ((c & 0x07) << 18) | ((uint32_t)(p[0] & 0x3f) << 12) |
            ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
        p += 3;
    } else if (c >= 0xe0) {
        c = ((c & 0x0f) << 12) | ((uint32_t)(p[0] & 0x3f) << 6) | (p[1] & 0x3f);
        p += 2;
    } else if (c >= 0xc0) {
        c = ((c & 0x1f) << 6) | (p[0] & 0x3f);
        p += 1;
    }
    *pp = p;
    return c;
}

int rp_str_compare_cstr(RpObject *s, const char *cs)
{
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    rp_ssize_t len = rp_str_len(s), i;
    const unsigned char *p = (const unsigned char *)cs;
    for (i = 0; i < len && *p; i++) {
        uint32_t a = rp_str_read(kind, data, i);
        uint32_t b = utf8_next(&p);
        if (a != b) {
            return a < b ? -1 : 1;
        }
    }
    if (i < len) {
        return 1;
    }
    return *p ? -1 : 0;
}

int rp_str_eq_cstr(RpObject *s, const char *cs)
{
    if (rp_str_is_ascii(s)) {
        size_t n = (size_t)rp_str_len(s);
        return strncmp(rp_str_data(s), cs, n) == 0 && cs[n] == '\0';
    }
    return rp_str_compare_cstr(s, cs) == 0;
}

RpObject *rp_str_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_str_check(a) || !rp_str_check(b)) {
        return rp_notimplemented_new();
    }
    int r;
    if (op == RP_EQ || op == RP_NE) {
        r = rp_str_eq(a, b);
        if (op == RP_NE) {
            r = !r;
        }
        return rp_bool_from_long(r);
    }
    int c = rp_str_compare(a, b);
    switch (op) {
    case RP_LT: r = c < 0; break;
    case RP_LE: r = c <= 0; break;
    case RP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rp_bool_from_long(r);
}

/* ======================================================================
 * The builder
 * ====================================================================== */

void rp_strwriter_init(RpStrWriter *w)
{
    w->buf = w->small;
    w->len = 0;
    w->cap = (rp_ssize_t)sizeof(w->small);
    w->kind = RP_STR_1BYTE;
    w->maxchar = 0;
    w->overallocate = 0;
    w->readonly = NULL;
}

static inline void writer_free_buf(RpStrWriter *w)
{
    if (w->buf != (void *)w->small) {
        rp_mem_free(w->buf);
    }
    w->buf = w->small;
    w->len = 0;
    w->cap = (rp_ssize_t)sizeof(w->small);
    w->kind = RP_STR_1BYTE;
}

/* Copy a kept readonly str into a real buffer before more is written. */
static int writer_materialize(RpStrWriter *w, rp_ssize_t extra)
{
    RpObject *ro = w->readonly;
    w->readonly = NULL;
    rp_ssize_t n = rp_str_len(ro);
    int kind = rp_str_kind(ro);
    rp_ssize_t cap = n + extra;
    if (cap < n + n / 4 + 8) {
        cap = n + n / 4 + 8;
    }
    void *buf;
    if ((size_t)cap * (size_t)kind <= sizeof(w->small)) {
        buf = w->small;
        cap = (rp_ssize_t)(sizeof(w->small) / (size_t)kind);
    } else if ((buf = rp_mem_malloc((size_t)cap * (size_t)kind)) == NULL) {
        w->readonly = ro;
        rp_err_nomemory();
        return -1;
    }
    memcpy(buf, rp_str_data(ro), (size_t)n * (size_t)kind);
    w->buf = buf;
    w->cap = cap;
    w->len = n;
    w->kind = kind;
    w->maxchar = rp_str_kind_maxchar(ro);
    rp_decref(ro);
    return 0;
}

/* Room for `extra` more characters, with max code point `maxchar`. */
static int writer_grow(RpStrWriter *w, rp_ssize_t extra, uint32_t maxchar)
{
    if (w->readonly != NULL && writer_materialize(w, extra) < 0) {
        return -1;
    }
    if (extra > RP_SSIZE_T_MAX / 4 - w->len) {
        rp_err_nomemory();
        return -1;
    }
    rp_ssize_t need = w->len + extra;
    int kind = rp_str_kind_for(maxchar > w->maxchar ? maxchar : w->maxchar);
    if (kind > w->kind) {
        rp_ssize_t cap = need > w->cap ? need + need / 4 + 8 : w->cap;
        void *buf = rp_mem_malloc((size_t)cap * (size_t)kind);
        if (buf == NULL) {
            rp_err_nomemory();
            return -1;
        }
        rp_str_copy_chars(buf, kind, 0, w->buf, w->kind, 0, w->len);
        if (w->buf != (void *)w->small) {
            rp_mem_free(w->buf);
        }
        w->buf = buf;
        w->cap = cap;
        w->kind = kind;
    } else if (need > w->cap) {
        rp_ssize_t cap = need + need / 4 + 8;
        void *buf;
        if (w->buf == (void *)w->small) {
            buf = rp_mem_malloc((size_t)cap * (size_t)w->kind);
            if (buf != NULL) {
                memcpy(buf, w->small, (size_t)w->len * (size_t)w->kind);
            }
        } else {
            buf = rp_mem_realloc(w->buf, (size_t)cap * (size_t)w->kind);
        }
        if (buf == NULL) {
            rp_err_nomemory();
            return -1;
        }
        w->buf = buf;
        w->cap = cap;
    }
    if (maxchar > w->maxchar) {
        w->maxchar = maxchar;
    }
    return 0;
}

int rp_strwriter_prepare(RpStrWriter *w, rp_ssize_t n, uint32_t maxchar)
{
    if (n <= 0) {
        return 0;
    }
    /* reserve only: maxchar is remembered as the writes happen */
    uint32_t keep = w->maxchar;
    if (writer_grow(w, n, maxchar) < 0) {
        return -1;
    }
    w->maxchar = keep;
    return 0;
}

static inline int writer_need(RpStrWriter *w, rp_ssize_t n, uint32_t maxchar)
{
    if (RP_LIKELY(w->readonly == NULL && w->len + n <= w->cap &&
                  rp_str_kind_for(maxchar) <= w->kind)) {
        if (maxchar > w->maxchar) {
            w->maxchar = maxchar;
        }
        return 0;
    }
    return writer_grow(w, n, maxchar);
}

int rp_strwriter_write_char(RpStrWriter *w, uint32_t ch)
{
    if (ch > 0x10ffff) {
        rp_err_set_string(&RpExc_ValueError, "character U+110000 is not in range [U+0000; U+10ffff]");
        return -1;
    }
    if (writer_need(w, 1, ch) < 0) {
        return -1;
    }
    rp_str_write(w->kind, w->buf, w->len++, ch);
    return 0;
}

int rp_strwriter_write_ascii(RpStrWriter *w, const char *s, rp_ssize_t len)
{
    if (len <= 0) {
        return 0;
    }
    if (writer_need(w, len, 127) < 0) {
        return -1;
    }
    if (w->kind == RP_STR_1BYTE) {
        memcpy((char *)w->buf + w->len, s, (size_t)len);
    } else {
        rp_str_copy_chars(w->buf, w->kind, w->len, s, RP_STR_1BYTE, 0, len);
    }
    w->len += len;
    return 0;
}

int rp_strwriter_write_utf8(RpStrWriter *w, const char *s, rp_ssize_t len)
{
    rp_ssize_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80) {
        i++;
    }
    if (i == len) {
        return rp_strwriter_write_ascii(w, s, len);
    }
    RpObject *t = rp_utf8_decode(s, len, RP_ERR_REPLACE);
    if (t == NULL) {
        return -1;
    }
    int r = rp_strwriter_write_substr(w, t, 0, rp_str_len(t));
    rp_decref(t);
    return r;
}

int rp_strwriter_write_substr(RpStrWriter *w, RpObject *s, rp_ssize_t start, rp_ssize_t end)
{
    if (end > rp_str_len(s)) {
        end = rp_str_len(s);
    }
    if (start >= end) {
        return 0;
    }
    if (start == 0 && end == rp_str_len(s)) {
        return rp_strwriter_write_str(w, s);
    }
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    uint32_t maxchar = rp_str_is_ascii(s) ? 127
                     : (kind > w->kind || (rp_str_kind_maxchar(s) > w->maxchar))
                       ? rp_str_find_maxchar(kind, data, start, end) : 0;
    if (writer_need(w, end - start, maxchar) < 0) {
        return -1;
    }
    rp_str_copy_chars(w->buf, w->kind, w->len, data, kind, start, end - start);
    w->len += end - start;
    return 0;
}

int rp_strwriter_write_str(RpStrWriter *w, RpObject *s)
{
    rp_ssize_t n = rp_str_len(s);
    if (n == 0) {
        return 0;
    }
    if (w->len == 0 && w->readonly == NULL && !w->overallocate && rp_str_check_exact(s)) {
        w->readonly = rp_newref(s);
        return 0;
    }
    if (writer_need(w, n, rp_str_kind_maxchar(s)) < 0) {
        return -1;
    }
    rp_str_copy_chars(w->buf, w->kind, w->len, rp_str_data(s), rp_str_kind(s), 0, n);
    w->len += n;
    return 0;
}

int rp_strwriter_write_fill(RpStrWriter *w, uint32_t ch, rp_ssize_t n)
{
    if (n <= 0) {
        return 0;
    }
    if (writer_need(w, n, ch) < 0) {
        return -1;
    }
    rp_str_fill(w->buf, w->kind, w->len, n, ch);
    w->len += n;
    return 0;
}

RpObject *rp_strwriter_finish(RpStrWriter *w)
{
    RpObject *r;
    if (w->readonly != NULL) {
        r = w->readonly;
        w->readonly = NULL;
        return r;
    }
    r = rp_str_from_kind_data_max(w->kind, w->buf, w->len, w->maxchar);
    writer_free_buf(w);
    return r;
}

/* As finish, but a 1-character result is a new object rather than the
 * latin-1 singleton: what CPython's replace(), upper() ... return (they
 * build with PyUnicode_New and skip unicode_result). */
RpObject *rp_strwriter_finish_fresh(RpStrWriter *w)
{
    if (w->readonly != NULL || w->len != 1) {
        return rp_strwriter_finish(w);
    }
    RpObject *r = rp_str_new(1, w->maxchar);
    if (r != NULL) {
        rp_str_write(rp_str_kind(r), rp_str_data(r), 0, rp_str_read(w->kind, w->buf, 0));
    }
    writer_free_buf(w);
    return r;
}

void rp_strwriter_discard(RpStrWriter *w)
{
    writer_free_buf(w);
    RP_CLEAR(w->readonly);
}

/* ======================================================================
 * printf-like formatting for C code (rp_err_format uses it)
 * ====================================================================== */

static int write_obj_limited(RpStrWriter *w, RpObject *s, rp_ssize_t width, rp_ssize_t prec)
{
    rp_ssize_t n = rp_str_len(s);
    if (prec >= 0 && n > prec) {
        n = prec;
    }
    if (width > n && rp_strwriter_write_fill(w, ' ', width - n) < 0) {
        return -1;
    }
    return rp_strwriter_write_substr(w, s, 0, n);
}

static int vformat(RpStrWriter *w, const char *fmt, va_list *ap)
{
    const char *f = fmt;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%') {
                f++;
            }
            if (rp_strwriter_write_utf8(w, start, f - start) < 0) {
                return -1;
            }
            continue;
        }
        const char *spec_start = f;
        f++;
        if (*f == '%') {
            if (rp_strwriter_write_char(w, '%') < 0) {
                return -1;
            }
            f++;
            continue;
        }
        int left = 0, zero = 0;
        while (*f == '-' || *f == '0') {
            if (*f == '-') left = 1; else zero = 1;
            f++;
        }
        rp_ssize_t width = -1, prec = -1;
        if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9') {
                width = width * 10 + (*f++ - '0');
            }
        }
        if (*f == '.') {
            f++;
            prec = 0;
            while (*f >= '0' && *f <= '9') {
                prec = prec * 10 + (*f++ - '0');
            }
        }
        int lng = 0, size_t_ = 0;
        if (*f == 'l') {
            lng = 1;
            f++;
            if (*f == 'l') {
                lng = 2;
                f++;
            }
        } else if (*f == 'z') {
            size_t_ = 1;
            f++;
        }
        char buf[64];
        char cfmt[48];
        int n;
        switch (*f) {
        case 'd': case 'i': case 'u': case 'x': {
            char conv = *f == 'i' ? 'd' : *f;
            /* build a C format with the same flags */
            snprintf(cfmt, sizeof(cfmt), "%%%s%s%s%c", left ? "-" : "", zero ? "0" : "",
                     lng == 2 ? "ll" : lng == 1 ? "l" : size_t_ ? "z" : "", conv);
            if (width >= 0 || prec >= 0) {
                /* width/precision for numbers: insert them */
                snprintf(cfmt, sizeof(cfmt), "%%%s%s%ld.%ld%s%c", left ? "-" : "",
                         zero ? "0" : "", (long)(width < 0 ? 0 : width), (long)(prec < 0 ? 1 : prec),
                         lng == 2 ? "ll" : lng == 1 ? "l" : size_t_ ? "z" : "", conv);
                if (prec < 0 && zero) {
                    snprintf(cfmt, sizeof(cfmt), "%%0%ld%s%c", (long)width,
                             lng == 2 ? "ll" : lng == 1 ? "l" : size_t_ ? "z" : "", conv);
                }
            }
            if (conv == 'd') {
                if (lng == 2) n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, long long));
                else if (lng == 1) n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, long));
                else if (size_t_) n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, rp_ssize_t));
                else n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, int));
            } else {
                if (lng == 2) n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, unsigned long long));
                else if (lng == 1) n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, unsigned long));
                else if (size_t_) n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, size_t));
                else n = snprintf(buf, sizeof(buf), cfmt, va_arg(*ap, unsigned int));
            }
            if (n < 0) {
                n = 0;
            }
            if (rp_strwriter_write_ascii(w, buf, n < (int)sizeof(buf) ? n : (int)sizeof(buf) - 1) < 0) {
                return -1;
            }
            break;
        }
        case 'c': {
            int ch = va_arg(*ap, int);
            if (ch < 0 || ch > 0x10ffff) {
                rp_err_set_string(&RpExc_OverflowError, "character argument not in range(0x110000)");
                return -1;
            }
            if (rp_strwriter_write_char(w, (uint32_t)ch) < 0) {
                return -1;
            }
            break;
        }
        case 'p': {
            void *p = va_arg(*ap, void *);
            n = snprintf(buf, sizeof(buf), "%p", p);
            if (n < 0) {
                n = 0;
            }
            if (buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) {
                buf[1] = 'x';
                if (rp_strwriter_write_ascii(w, buf, n) < 0) {
                    return -1;
                }
            } else if (rp_strwriter_write_ascii(w, "0x", 2) < 0 ||
                       rp_strwriter_write_ascii(w, buf, n) < 0) {
                return -1;
            }
            break;
        }
        case 's': {
            const char *s = va_arg(*ap, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            size_t len = strlen(s);
            if (prec >= 0 && (size_t)prec < len) {
                len = (size_t)prec;
            }
            RpObject *t = rp_utf8_decode(s, (rp_ssize_t)len, RP_ERR_REPLACE);
            if (t == NULL) {
                return -1;
            }
            int r = write_obj_limited(w, t, width, -1);
            rp_decref(t);
            if (r < 0) {
                return -1;
            }
            break;
        }
        case 'U': {
            RpObject *o = va_arg(*ap, RpObject *);
            if (write_obj_limited(w, o, width, prec) < 0) {
                return -1;
            }
            break;
        }
        case 'S': case 'R': case 'A': {
            RpObject *o = va_arg(*ap, RpObject *);
            RpObject *t = *f == 'S' ? rp_object_str(o) : *f == 'R' ? rp_object_repr(o)
                                                                    : rp_object_ascii(o);
            if (t == NULL) {
                return -1;
            }
            int r = write_obj_limited(w, t, width, prec);
            rp_decref(t);
            if (r < 0) {
                return -1;
            }
            break;
        }
        case 'T': {
            RpObject *o = va_arg(*ap, RpObject *);
            const char *name = rp_type_name(rp_type(o));
            RpObject *t = rp_str_from_cstr(name);
            if (t == NULL) {
                return -1;
            }
            int r = write_obj_limited(w, t, width, prec);
            rp_decref(t);
            if (r < 0) {
                return -1;
            }
            break;
        }
        case 'N': {
            RpObject *o = va_arg(*ap, RpObject *);
            RpObject *t = rp_type_fullname((RpTypeObject *)o);
            if (t == NULL) {
                return -1;
            }
            int r = write_obj_limited(w, t, width, prec);
            rp_decref(t);
            if (r < 0) {
                return -1;
            }
            break;
        }
        default:
            /* unknown: copy the rest of the format as is (CPython does) */
            if (rp_strwriter_write_utf8(w, spec_start, (rp_ssize_t)strlen(spec_start)) < 0) {
                return -1;
            }
            return 0;
        }
        f++;
    }
    return 0;
}

RpObject *rp_str_from_vformat(const char *fmt, va_list ap)
{
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    va_list copy;
    va_copy(copy, ap);
    int r = vformat(&w, fmt, &copy);
    va_end(copy);
    if (r < 0) {
        rp_strwriter_discard(&w);
        return NULL;
    }
    return rp_strwriter_finish(&w);
}

RpObject *rp_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *r = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

int rp_strwriter_write_format(RpStrWriter *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vformat(w, fmt, &ap);
    va_end(ap);
    return r;
}

/* ======================================================================
 * Operations: concatenation, repetition, indexing, containment
 * ====================================================================== */

RpObject *rp_str_concat(RpObject *a, RpObject *b)
{
    if (!rp_str_check(b)) {
        return rp_err_format(&RpExc_TypeError,
                             "can only concatenate str (not \"%.200s\") to str",
                             rp_type_name(rp_type(b)));
    }
    if (!rp_str_check(a)) {
        return rp_err_format(&RpExc_TypeError,
                             "can only concatenate str (not \"%.200s\") to str",
                             rp_type_name(rp_type(a)));
    }
    rp_ssize_t la = rp_str_len(a), lb = rp_str_len(b);
    if (la == 0) {
        return rp_str_exact_copy(b);
    }
    if (lb == 0) {
        return rp_str_exact_copy(a);
    }
    if (la > RP_SSIZE_T_MAX - lb) {
        return rp_err_set_string(&RpExc_OverflowError, "strings are too large to concat");
    }
    uint32_t ma = rp_str_kind_maxchar(a), mb = rp_str_kind_maxchar(b);
    RpObject *r = rp_str_new(la + lb, ma > mb ? ma : mb);
    if (r == NULL) {
        return NULL;
    }
    int kind = rp_str_kind(r);
    rp_str_copy_chars(rp_str_data(r), kind, 0, rp_str_data(a), rp_str_kind(a), 0, la);
    rp_str_copy_chars(rp_str_data(r), kind, la, rp_str_data(b), rp_str_kind(b), 0, lb);
    return r;
}

int rp_str_concat_inplace(RpObject **pleft, RpObject *right)
{
    RpObject *left = *pleft;
    if (!rp_str_check(right) || !rp_str_check(left)) {
        rp_str_concat(left, right);   /* raises the TypeError */
        RP_CLEAR(*pleft);
        return -1;
    }
    rp_ssize_t la = rp_str_len(left), lb = rp_str_len(right);
    if (lb == 0 && rp_str_check_exact(left)) {
        return 0;
    }
    RpStrObject *s = (RpStrObject *)left;
    /* Resize in place: we hold the only reference, it is an ordinary
       heap string whose kind can hold the right operand, and not a
       singleton or interned (the table knows its address and hash). */
    if (rp_refcnt(left) == 1 && rp_str_check_exact(left) && s->state.interned == 0 &&
        !is_singleton(left) && la > 0 && la <= RP_SSIZE_T_MAX / 4 - lb - 64 &&
        rp_str_kind_maxchar(right) <= rp_str_kind_maxchar(left)) {
        int kind = s->state.kind;
        size_t header = s->state.ascii ? sizeof(RpStrObject) : sizeof(RpCompactStrObject);
        size_t oldsize = header + (size_t)(la + 1) * (size_t)kind;
        size_t newsize = header + (size_t)(la + lb + 1) * (size_t)kind;
        if (!s->state.ascii && s->utf8 != NULL) {
            rp_mem_free(s->utf8);
            s->utf8 = NULL;
            s->state.utf8_sized = 0;
        }
        RpObject *n = rp_object_resize(left, oldsize, newsize);
        if (n == NULL) {
            RP_CLEAR(*pleft);
            return -1;
        }
        s = (RpStrObject *)n;
        rp_str_copy_chars(rp_str_data(n), kind, la, rp_str_data(right), rp_str_kind(right), 0, lb);
        rp_str_write(kind, rp_str_data(n), la + lb, 0);
        s->length = la + lb;
        s->hash = -1;
        *pleft = n;
        return 0;
    }
    RpObject *r = rp_str_concat(left, right);
    RP_SETREF(*pleft, r);
    return r == NULL ? -1 : 0;
}

RpObject *rp_str_repeat(RpObject *s, rp_ssize_t n)
{
    rp_ssize_t len = rp_str_len(s);
    if (n <= 0 || len == 0) {
        return get_empty();
    }
    if (n == 1) {
        return rp_str_exact_copy(s);
    }
    if (len > RP_SSIZE_T_MAX / n) {
        return rp_err_set_string(&RpExc_OverflowError, "repeated string is too long");
    }
    rp_ssize_t total = len * n;
    int kind = rp_str_kind(s);
    RpObject *r = rp_str_new(total, rp_str_kind_maxchar(s));
    if (r == NULL) {
        return NULL;
    }
    char *d = rp_str_data(r);
    const char *src = rp_str_data(s);
    if (len == 1) {
        rp_str_fill(d, kind, 0, total, rp_str_read(kind, src, 0));
        return r;
    }
    /* doubling copies */
    size_t unit = (size_t)len * (size_t)kind, done = unit, all = (size_t)total * (size_t)kind;
    memcpy(d, src, unit);
    while (done < all) {
        size_t c = done <= all - done ? done : all - done;
        memcpy(d + done, d, c);
        done += c;
    }
    return r;
}

static rp_ssize_t str_length(RpObject *s) { return rp_str_len(s); }

static RpObject *str_item(RpObject *s, rp_ssize_t i)
{
    if (i < 0 || i >= rp_str_len(s)) {
        return rp_err_set_string(&RpExc_IndexError, "string index out of range");
    }
    return rp_str_from_char(rp_str_read_char(s, i));
}

RpObject *rp_str_getitem(RpObject *s, RpObject *key)
{
    if (rp_int_check_exact(key) && rp_int_is_compact((RpLongObject *)key)) {
        /* the common s[i] */
        rp_ssize_t i = rp_int_compact_value((RpLongObject *)key);
        if (i < 0) {
            i += rp_str_len(s);
        }
        return str_item(s, i);
    }
    if (rp_index_check(key)) {
        rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
        if (i == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += rp_str_len(s);
        }
        return str_item(s, i);
    }
    if (rp_slice_check(key)) {
        rp_ssize_t start, stop, step;
        if (rp_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        rp_ssize_t n = rp_slice_adjust_indices(rp_str_len(s), &start, &stop, step);
        if (n <= 0) {
            return get_empty();
        }
        if (step == 1) {
            return rp_str_sub(s, start, start + n);
        }
        int kind = rp_str_kind(s);
        const void *data = rp_str_data(s);
        /* an extended slice is always a new string (even of 1 character,
           as CPython's unicode_subscript) */
        uint32_t maxchar = 0;
        rp_ssize_t i, cur;
        if (rp_str_is_ascii(s)) {
            maxchar = 127;
        } else {
            for (i = 0, cur = start; i < n; i++, cur += step) {
                uint32_t c = rp_str_read(kind, data, cur);
                if (c > maxchar) {
                    maxchar = c;
                }
            }
        }
        RpObject *r = rp_str_new(n, maxchar);
        if (r == NULL) {
            return NULL;
        }
        int rkind = rp_str_kind(r);
        void *rd = rp_str_data(r);
        for (i = 0, cur = start; i < n; i++, cur += step) {
            rp_str_write(rkind, rd, i, rp_str_read(kind, data, cur));
        }
        return r;
    }
    return rp_err_format(&RpExc_TypeError, "string indices must be integers, not '%.200s'",
                         rp_type_name(rp_type(key)));
}

int rp_str_contains(RpObject *s, RpObject *sub)
{
    if (!rp_str_check(sub)) {
        rp_err_format(&RpExc_TypeError,
                      "'in <string>' requires string as left operand, not %.100s",
                      rp_type_name(rp_type(sub)));
        return -1;
    }
    rp_ssize_t r = rp_str_search(s, sub, 0, rp_str_len(s), RP_FAST_SEARCH, -1);
    if (r == -2) {
        return -1;
    }
    return r >= 0;
}

/* ======================================================================
 * repr
 * ====================================================================== */

static const char hexdigits[] = "0123456789abcdef";

static int write_escaped(RpStrWriter *w, uint32_t ch, int ascii_only, uint32_t quote)
{
    char buf[12];
    int n;
    if (ch == quote || ch == '\\') {
        buf[0] = '\\';
        buf[1] = (char)ch;
        n = 2;
    } else if (ch == '\t') {
        memcpy(buf, "\\t", 2), n = 2;
    } else if (ch == '\n') {
        memcpy(buf, "\\n", 2), n = 2;
    } else if (ch == '\r') {
        memcpy(buf, "\\r", 2), n = 2;
    } else if (ch < ' ' || ch == 0x7f) {
        buf[0] = '\\', buf[1] = 'x', buf[2] = hexdigits[(ch >> 4) & 0xf], buf[3] = hexdigits[ch & 0xf];
        n = 4;
    } else if (ch < 0x7f) {
        return rp_strwriter_write_char(w, ch);
    } else if (!ascii_only && rp_unicode_isprintable(ch)) {
        return rp_strwriter_write_char(w, ch);
    } else if (ch <= 0xff) {
        buf[0] = '\\', buf[1] = 'x', buf[2] = hexdigits[(ch >> 4) & 0xf], buf[3] = hexdigits[ch & 0xf];
        n = 4;
    } else if (ch <= 0xffff) {
        buf[0] = '\\', buf[1] = 'u';
        for (int i = 0; i < 4; i++) {
            buf[2 + i] = hexdigits[(ch >> (12 - 4 * i)) & 0xf];
        }
        n = 6;
    } else {
        buf[0] = '\\', buf[1] = 'U';
        for (int i = 0; i < 8; i++) {
            buf[2 + i] = hexdigits[(ch >> (28 - 4 * i)) & 0xf];
        }
        n = 10;
    }
    return rp_strwriter_write_ascii(w, buf, n);
}

/* the length of the escape for ch (1 when written as is) */
static inline int escaped_len(uint32_t ch, int ascii_only, uint32_t quote)
{
    if (ch == quote || ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
        return 2;
    }
    if (ch < ' ' || ch == 0x7f) {
        return 4;
    }
    if (ch < 0x7f || (!ascii_only && rp_unicode_isprintable(ch))) {
        return 1;
    }
    return ch <= 0xff ? 4 : ch <= 0xffff ? 6 : 10;
}

static RpObject *str_repr_impl(RpObject *s, int ascii_only)
{
    rp_ssize_t len = rp_str_len(s), i;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    /* quote choice: single quotes unless the text has ' and no " */
    int squote = 0, dquote = 0;
    for (i = 0; i < len; i++) {
        uint32_t c = rp_str_read(kind, data, i);
        if (c == '\'') {
            squote = 1;
        } else if (c == '"') {
            dquote = 1;
        }
    }
    uint32_t quote = (squote && !dquote) ? '"' : '\'';
    /* pass 1: the exact size and widest character of the result */
    rp_ssize_t total = 2;
    uint32_t maxchar = 127;
    for (i = 0; i < len; i++) {
        uint32_t c = rp_str_read(kind, data, i);
        int n = escaped_len(c, ascii_only, quote);
        if (n == 1 && c > maxchar) {
            maxchar = c;
        }
        if (total > RP_SSIZE_T_MAX - 10) {
            return rp_err_set_string(&RpExc_OverflowError, "string is too long to generate repr");
        }
        total += n;
    }
    RpObject *r = rp_str_new(total, maxchar);
    if (r == NULL) {
        return NULL;
    }
    /* pass 2 */
    int rkind = rp_str_kind(r);
    void *d = rp_str_data(r);
    rp_ssize_t o = 0;
#define PUT(ch) rp_str_write(rkind, d, o++, (ch))
    PUT(quote);
    for (i = 0; i < len; i++) {
        uint32_t ch = rp_str_read(kind, data, i);
        int n = escaped_len(ch, ascii_only, quote);
        if (n == 1) {
            PUT(ch);
        } else if (n == 2) {
            PUT('\\');
            PUT(ch == '\t' ? 't' : ch == '\n' ? 'n' : ch == '\r' ? 'r' : ch);
        } else {
            int digits = n - 2;
            PUT('\\');
            PUT(n == 4 ? 'x' : n == 6 ? 'u' : 'U');
            for (int k = digits - 1; k >= 0; k--) {
                PUT((uint32_t)hexdigits[(ch >> (4 * k)) & 0xf]);
            }
        }
    }
    PUT(quote);
#undef PUT
    return r;
}

RpObject *rp_str_repr(RpObject *s) { return str_repr_impl(s, 0); }
RpObject *rp_str_ascii_repr(RpObject *s) { return str_repr_impl(s, 1); }

RpObject *rp_str_ascii_escape(RpObject *s)
{
    if (rp_str_is_ascii(s)) {
        return rp_str_exact_copy(s);
    }
    rp_ssize_t len = rp_str_len(s);
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    for (rp_ssize_t i = 0; i < len; i++) {
        uint32_t c = rp_str_read(kind, data, i);
        int r = c < 128 ? rp_strwriter_write_char(&w, c) : write_escaped(&w, c, 1, 0);
        if (r < 0) {
            rp_strwriter_discard(&w);
            return NULL;
        }
    }
    return rp_strwriter_finish(&w);
}

static RpObject *str_str(RpObject *s) { return rp_str_exact_copy(s); }

/* ======================================================================
 * The iterators: str_ascii_iterator and str_iterator (3.11 has both)
 * ====================================================================== */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;        /* NULL when exhausted */
} RpStrIterObject;

RpTypeObject RpStrIter_Type, RpStrAsciiIter_Type;

RpObject *rp_str_iter_new(RpObject *s)
{
    RpTypeObject *t = rp_str_is_ascii(s) ? &RpStrAsciiIter_Type : &RpStrIter_Type;
    RpStrIterObject *it = (RpStrIterObject *)rp_object_alloc(t);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(s);
    rp_gc_track(it);
    return (RpObject *)it;
}

static RpObject *str_iter(RpObject *s) { return rp_str_iter_new(s); }

static void striter_dealloc(RpObject *o)
{
    RpStrIterObject *it = (RpStrIterObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(it->it_seq);
    rp_object_free(o);
}

static int striter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpStrIterObject *)o)->it_seq);
    return 0;
}

static RpObject *striter_next(RpObject *o)
{
    RpStrIterObject *it = (RpStrIterObject *)o;
    RpObject *s = it->it_seq;
    if (s == NULL) {
        return NULL;
    }
    if (it->it_index < rp_str_len(s)) {
        uint32_t c = rp_str_read_char(s, it->it_index++);
        return c < 256 ? get_latin1(c) : rp_str_from_char(c);
    }
    it->it_seq = NULL;
    rp_decref(s);
    return NULL;
}

static RpObject *striter_self(RpObject *o) { return rp_newref(o); }

static RpObject *striter_length_hint(RpObject *o, RpObject *unused)
{
    RpStrIterObject *it = (RpStrIterObject *)o;
    rp_ssize_t n = it->it_seq ? rp_str_len(it->it_seq) - it->it_index : 0;
    return rp_int_from_ssize_t(n < 0 ? 0 : n);
}

static RpMethodDef striter_methods[] = {
    {"__length_hint__", RP_CFUNC(striter_length_hint), RP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpStrIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(RpStrIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = striter_dealloc,
    .tp_traverse = striter_traverse,
    .tp_iter = striter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = rp_object_free,
};

RpTypeObject RpStrAsciiIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(RpStrIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = striter_dealloc,
    .tp_traverse = striter_traverse,
    .tp_iter = striter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = rp_object_free,
};

/* ======================================================================
 * Number/sequence slots
 * ====================================================================== */

static RpObject *str_sq_concat(RpObject *a, RpObject *b) { return rp_str_concat(a, b); }
static RpObject *str_sq_repeat(RpObject *s, rp_ssize_t n) { return rp_str_repeat(s, n); }
static int str_sq_contains(RpObject *s, RpObject *sub) { return rp_str_contains(s, sub); }

/* ======================================================================
 * Creation from Python: str(object='', encoding='utf-8', errors='strict')
 * ====================================================================== */

static RpObject *decode_object(RpObject *obj, const char *encoding, const char *errors)
{
    const char *data;
    rp_ssize_t len;
    if (rp_bytes_check(obj)) {
        data = rp_bytes_data(obj);
        len = rp_bytes_len(obj);
    } else if (rp_bytearray_check(obj)) {
        data = ((RpByteArrayObject *)obj)->ob_start;
        len = rp_size(obj);
        if (data == NULL) {
            data = "";
        }
    } else if (rp_str_check(obj)) {
        return rp_err_set_string(&RpExc_TypeError, "decoding str is not supported");
    } else {
        return rp_err_format(&RpExc_TypeError,
                             "decoding to str: need a bytes-like object, %.80s found",
                             rp_type_name(rp_type(obj)));
    }
    return rp_str_decode(data, len, encoding ? encoding : "utf-8", errors ? errors : "strict");
}

static RpObject *str_new_exact(RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    RpObject *a[3] = {NULL, NULL, NULL};
    if (nargs == 1 && kwnames == NULL) {
        return rp_object_str(args[0]);
    }
    if (rp_strarg_unpack("str", args, nargs, kwnames, kwlist, 0, 0, 3, a) < 0) {
        return NULL;
    }
    const char *encoding = NULL, *errors = NULL;
    if (a[1] != NULL && (encoding = rp_strarg_cstr("str", "encoding", a[1])) == NULL) {
        return NULL;
    }
    if (a[2] != NULL && (errors = rp_strarg_cstr("str", "errors", a[2])) == NULL) {
        return NULL;
    }
    if (a[0] == NULL) {
        return get_empty();
    }
    if (encoding == NULL && errors == NULL) {
        return rp_object_str(a[0]);
    }
    return decode_object(a[0], encoding, errors);
}

/* An instance of a str subclass holding the text of the exact str u. */
static RpObject *str_subtype_new(RpTypeObject *type, RpObject *u)
{
    rp_ssize_t len = rp_str_len(u);
    int kind = rp_str_kind(u);
    void *data = rp_mem_malloc((size_t)(len + 1) * (size_t)kind);
    if (data == NULL) {
        return rp_err_nomemory();
    }
    memcpy(data, rp_str_data(u), (size_t)(len + 1) * (size_t)kind);
    RpObject *o = rp_type_generic_alloc(type, 0);
    if (o == NULL) {
        rp_mem_free(data);
        return NULL;
    }
    RpStrObject *s = (RpStrObject *)o;
    s->length = len;
    s->hash = ((RpStrObject *)u)->hash;
    memset(&s->state, 0, sizeof(s->state));
    s->state.interned = RP_STR_NOT_INTERNED;
    s->state.kind = (unsigned)kind;
    s->state.compact = 0;
    s->state.ascii = ((RpStrObject *)u)->state.ascii;
    s->utf8 = NULL;
    ((RpStrSubObject *)o)->data = data;
    if (rp_object_is_gc(o)) {
        rp_gc_track(o);
    }
    return o;
}

static RpObject *str_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    RpObject *u = str_new_exact(args, nargs, kwnames);
    if (u == NULL || type == &RpStr_Type) {
        return u;
    }
    RpObject *exact = rp_str_exact_copy(u);
    rp_decref(u);
    if (exact == NULL) {
        return NULL;
    }
    RpObject *r = str_subtype_new(type, exact);
    rp_decref(exact);
    return r;
}

/* ======================================================================
 * Deallocation
 * ====================================================================== */

static void str_dealloc(RpObject *o)
{
    RpStrObject *s = (RpStrObject *)o;
    if (s->state.interned == RP_STR_INTERNED) {
        rp_intern_forget(o);
    } else if (RP_UNLIKELY(s->state.interned == RP_STR_INTERNED_IMMORTAL)) {
        /* a singleton's last reference went away: a refcounting bug in
           C code; keep it alive rather than free static memory */
        o->ob_refcnt = RP_STATIC_REFCNT;
        return;
    }
    if (!s->state.ascii && s->utf8 != NULL) {
        rp_mem_free(s->utf8);
    }
    if (!s->state.compact) {
        rp_mem_free(((RpStrSubObject *)o)->data);
    }
    RpTypeObject *t = rp_type(o);
    if (t->tp_free != NULL) {
        t->tp_free(o);
    } else {
        rp_object_free(o);
    }
}

/* ======================================================================
 * A few methods that belong to the core: __sizeof__, __getnewargs__,
 * __format__ (the rest are in strmethods.c)
 * ====================================================================== */

RpObject *rp_str_sizeof_method(RpObject *self, RpObject *unused)
{
    RpStrObject *s = (RpStrObject *)self;
    size_t size;
    if (!s->state.compact) {
        size = sizeof(RpStrSubObject) + (size_t)(s->length + 1) * s->state.kind;
    } else if (s->state.ascii) {
        size = sizeof(RpStrObject) + (size_t)s->length + 1;
    } else {
        size = sizeof(RpCompactStrObject) + (size_t)(s->length + 1) * s->state.kind;
    }
    if (s->state.utf8_sized && s->utf8 != NULL) {
        size += (size_t)((RpCompactStrObject *)s)->utf8_length + 1;
    }
    return rp_int_from_size_t(size);
}

RpObject *rp_str_getnewargs_method(RpObject *self, RpObject *unused)
{
    RpObject *copy = rp_str_sub(self, 0, rp_str_len(self));
    if (copy == NULL) {
        return NULL;
    }
    if (!rp_str_check_exact(copy)) {
        RpObject *e = rp_str_exact_copy(copy);
        rp_decref(copy);
        if (e == NULL) {
            return NULL;
        }
        copy = e;
    }
    RpObject *t = rp_tuple_new(1);
    if (t == NULL) {
        rp_decref(copy);
        return NULL;
    }
    rp_tuple_set_steal(t, 0, copy);
    return t;
}

RpObject *rp_str_format_spec(RpObject *s, RpObject *spec) { return rp_format_str(s, spec); }

/* ======================================================================
 * The type
 * ====================================================================== */

RpTypeObject RpStr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "str",
    .tp_basicsize = sizeof(RpStrSubObject),
    .tp_itemsize = 0,
    .tp_flags = RP_TPFLAGS_BASETYPE | RP_TPFLAGS_UNICODE_SUBCLASS | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = str_dealloc,
    .tp_repr = rp_str_repr,
    .tp_str = str_str,
    .tp_hash = str_hash_slot,
    .tp_richcompare = rp_str_richcompare,
    .tp_iter = str_iter,
    .tp_new = str_tp_new,
    .tp_free = rp_object_free,
    .nb_remainder = rp_str_mod,
    .sq_length = str_length,
    .sq_concat = str_sq_concat,
    .sq_repeat = str_sq_repeat,
    .sq_item = str_item,
    .sq_contains = str_sq_contains,
    .mp_length = str_length,
    .mp_subscript = rp_str_getitem,
    .tp_methods = rp_str_methods,
    .tp_doc = "str(object='') -> str\n"
              "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object. If encoding or\n"
              "errors is specified, then the object must expose a data buffer\n"
              "that will be decoded using the given encoding and error handler.\n"
              "Otherwise, returns the result of object.__str__() (if defined)\n"
              "or repr(object).\n"
              "encoding defaults to sys.getdefaultencoding().\n"
              "errors defaults to 'strict'.",
};

/* ======================================================================
 * Start-up and shutdown
 * ====================================================================== */

int rp_intern_init(void);

int rp_str_init(void)
{
    /* the singletons of the deep-frozen characters are not the interned
       ones (sys.intern(chr(97)) is not chr(97) in CPython 3.11) */
    for (const char *p = FROZEN_CHARS; *p; p++) {
        ascii_chars[(unsigned char)*p].s.state.interned = RP_STR_NOT_INTERNED;
    }
    if (rp_intern_init() < 0) {
        return -1;
    }
#define RP_ID_INIT(n)                                          \
    if ((rp_ids[RP_ID_##n] = rp_str_intern_cstr(#n)) == NULL) { \
        return -1;                                             \
    }
    RP_ID_TABLE(RP_ID_INIT)
#undef RP_ID_INIT
    if (rp_err_occurred()) {
        return -1;
    }
    return 0;
}

void rp_intern_clear(void);

void rp_str_fini(void)
{
    for (int i = 0; i < RP_ID_COUNT; i++) {
        RP_CLEAR(rp_ids[i]);
    }
    rp_intern_clear();
}
