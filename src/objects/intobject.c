/* intobject.c - the int type: small ints, creation, conversion to and from
 * C numbers, comparison, hashing, int(x), and the methods of int.
 *
 * Models CPython 3.11's Objects/longobject.c.  The arithmetic is in
 * longarith.c, conversion to and from text in longformat.c.
 *
 * Layout (intobject.h): 30-bit digits in uint32_t, least significant
 * first; sign(ob_size) is the sign and |ob_size| the digit count.  Every
 * int is allocated with room for at least one digit, so zero occupies
 * 28 bytes as in CPython.  The values -5..256 are the static objects of
 * rp_small_ints: every operation whose result is in that range returns the
 * cached object (rp_long_norm does it), so `250 + 6 is 256`.
 */
#include "intobject.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "bytesobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "longint.h"
#include "noneobject.h"
#include "numargs.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

_Static_assert(sizeof(RpLongObject) == 32, "int header 24 + one digit, padded");
_Static_assert(offsetof(RpLongObject, ob_digit) == 24, "CPython's int layout");

/* ---- the small ints --------------------------------------------------- */

#define SMALL(v) { RP_STATIC_IMMORTAL_VAROBJECT_INIT(&RpLong_Type, (v) < 0 ? -1 : ((v) > 0 ? 1 : 0)), \
                   { (rp_digit)((v) < 0 ? -(v) : (v)) } }
#define SMALL10(b) SMALL((b) + 0), SMALL((b) + 1), SMALL((b) + 2), SMALL((b) + 3), \
    SMALL((b) + 4), SMALL((b) + 5), SMALL((b) + 6), SMALL((b) + 7), SMALL((b) + 8), SMALL((b) + 9)

RpLongObject rp_small_ints[RP_NSMALLNEGINTS + RP_NSMALLPOSINTS] = {
    SMALL(-5), SMALL(-4), SMALL(-3), SMALL(-2), SMALL(-1),
    SMALL10(0), SMALL10(10), SMALL10(20), SMALL10(30), SMALL10(40), SMALL10(50),
    SMALL10(60), SMALL10(70), SMALL10(80), SMALL10(90), SMALL10(100), SMALL10(110),
    SMALL10(120), SMALL10(130), SMALL10(140), SMALL10(150), SMALL10(160), SMALL10(170),
    SMALL10(180), SMALL10(190), SMALL10(200), SMALL10(210), SMALL10(220), SMALL10(230),
    SMALL10(240), SMALL(250), SMALL(251), SMALL(252), SMALL(253), SMALL(254),
    SMALL(255), SMALL(256),
};
_Static_assert(sizeof(rp_small_ints) / sizeof(rp_small_ints[0]) ==
               RP_NSMALLNEGINTS + RP_NSMALLPOSINTS, "small int table size");

/* sys.set_int_max_str_digits keeps the limit in rp_runtime (sysmodule.c
 * validates and sets it; 0 = no limit). */
int rp_int_get_max_str_digits(void)
{
    return rp_runtime.int_max_str_digits;
}

/* ---- allocation -------------------------------------------------------- */

RpLongObject *rp_long_alloc(rp_ssize_t n)
{
    if (RP_UNLIKELY(n > RP_LONG_MAX_DIGITS)) {
        rp_err_set_string(&RpExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    RpLongObject *v = (RpLongObject *)rp_object_alloc_var(&RpLong_Type, n > 0 ? n : 1);
    if (v != NULL) {
        v->ob_base.ob_size = n;
    }
    return v;
}

static inline int is_small_static(const RpObject *o)
{
    return (const RpLongObject *)o >= &rp_small_ints[0] &&
           (const RpLongObject *)o < &rp_small_ints[RP_NSMALLNEGINTS + RP_NSMALLPOSINTS];
}

RpObject *rp_long_norm(RpLongObject *v)
{
    rp_ssize_t s = v->ob_base.ob_size;
    rp_ssize_t n = s < 0 ? -s : s;
    while (n > 0 && v->ob_digit[n - 1] == 0) {
        n--;
    }
    if (n != (s < 0 ? -s : s)) {
        v->ob_base.ob_size = s < 0 ? -n : n;
    }
    if (n <= 1 && v->ob_base.ob_base.ob_type == &RpLong_Type) {
        long val = n == 0 ? 0 : (s < 0 ? -(long)v->ob_digit[0] : (long)v->ob_digit[0]);
        if (rp_long_is_small(val)) {
            rp_decref(v);
            return rp_newref(rp_small_int_borrow(val));
        }
    }
    return (RpObject *)v;
}

static void long_dealloc(RpObject *o)
{
    if (RP_UNLIKELY(is_small_static(o))) {
        /* a cached int lost its last reference: a refcounting bug in C
           code; keep the static object alive instead of freeing it */
        o->ob_refcnt = 1;
        return;
    }
    RpTypeObject *t = o->ob_type;
    if (t->tp_free != NULL) {
        t->tp_free(o);
    } else {
        rp_object_free(o);
    }
}

RpObject *rp_long_copy_exact(RpObject *v)
{
    if (rp_int_check_exact(v)) {
        return rp_newref(v);
    }
    rp_ssize_t n = rp_long_ndigits(v);
    RpLongObject *r = rp_long_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    memcpy(r->ob_digit, rp_long_digits(v), (size_t)n * sizeof(rp_digit));
    r->ob_base.ob_size = RP_SIZE(v);
    return rp_long_norm(r);
}

/* ---- from C numbers ---------------------------------------------------- */

static RpObject *from_u64(uint64_t u, int negative)
{
    if (u < (uint64_t)RP_LONG_BASE) {
        long v = negative ? -(long)u : (long)u;
        if (rp_long_is_small(v)) {
            return rp_newref(rp_small_int_borrow(v));
        }
        /* the common case, allocated without rp_object_alloc_var's
           checks and zeroing: every field is set here */
        RpLongObject *r = (RpLongObject *)rp_object_alloc_size(
            &RpLong_Type, offsetof(RpLongObject, ob_digit) + sizeof(rp_digit));
        if (r == NULL) {
            return NULL;
        }
        r->ob_digit[0] = (rp_digit)u;
        r->ob_base.ob_size = negative ? -1 : 1;
        return (RpObject *)r;
    }
    rp_ssize_t n = 0;
    for (uint64_t t = u; t != 0; t >>= RP_LONG_SHIFT) {
        n++;
    }
    /* (n <= 3: no size checks needed, every field is set below) */
    RpLongObject *r = (RpLongObject *)rp_object_alloc_size(
        &RpLong_Type, offsetof(RpLongObject, ob_digit) + (size_t)n * sizeof(rp_digit));
    if (r == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        r->ob_digit[i] = (rp_digit)(u & RP_LONG_MASK);
        u >>= RP_LONG_SHIFT;
    }
    r->ob_base.ob_size = negative ? -n : n;
    return (RpObject *)r;
}

RpObject *rp_int_from_long(long v)
{
    if (rp_long_is_small(v)) {
        return rp_newref(rp_small_int_borrow(v));
    }
    return v < 0 ? from_u64(0 - (uint64_t)v, 1) : from_u64((uint64_t)v, 0);
}

RpObject *rp_int_from_ssize_t(rp_ssize_t v) { return rp_int_from_long_long((long long)v); }
RpObject *rp_int_from_size_t(size_t v) { return from_u64((uint64_t)v, 0); }
RpObject *rp_int_from_long_long(long long v)
{
    if (rp_long_is_small((long)v)) {
        return rp_newref(rp_small_int_borrow((long)v));
    }
    return v < 0 ? from_u64(0 - (uint64_t)v, 1) : from_u64((uint64_t)v, 0);
}
RpObject *rp_int_from_unsigned_long_long(unsigned long long v) { return from_u64((uint64_t)v, 0); }

RpObject *rp_int_from_double(double v)
{
    if (isnan(v)) {
        return rp_err_set_string(&RpExc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(v)) {
        return rp_err_set_string(&RpExc_OverflowError, "cannot convert float infinity to integer");
    }
    if (v > -9.2e18 && v < 9.2e18) {
        return rp_int_from_long_long((long long)v);   /* truncates */
    }
    int neg = v < 0;
    int e;
    double frac = frexp(neg ? -v : v, &e);  /* |v| = frac * 2**e, e > 63 here */
    rp_ssize_t n = (e - 1) / RP_LONG_SHIFT + 1;
    RpLongObject *r = rp_long_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    frac = ldexp(frac, (e - 1) % RP_LONG_SHIFT + 1);
    for (rp_ssize_t i = n; --i >= 0;) {
        rp_digit bits = (rp_digit)frac;
        r->ob_digit[i] = bits;
        frac = frac - (double)bits;
        frac = ldexp(frac, RP_LONG_SHIFT);
    }
    if (neg) {
        r->ob_base.ob_size = -n;
    }
    return rp_long_norm(r);
}

/* ---- to C numbers ----------------------------------------------------- */

/* |v| as uint64 if it fits: returns 0 on success, -1 on overflow */
static int magnitude_u64(RpObject *v, uint64_t *out)
{
    rp_ssize_t n = rp_long_ndigits(v);
    const rp_digit *d = rp_long_digits(v);
    uint64_t x = 0;
    for (rp_ssize_t i = n; --i >= 0;) {
        if (x > (UINT64_MAX >> RP_LONG_SHIFT)) {
            return -1;
        }
        x = (x << RP_LONG_SHIFT) | d[i];
    }
    *out = x;
    return 0;
}

long rp_int_as_long_and_overflow(RpObject *o, int *overflow)
{
    *overflow = 0;
    rp_ssize_t s = RP_SIZE(o);
    if (s >= -1 && s <= 1) {
        return rp_int_compact_value((RpLongObject *)o);
    }
    uint64_t u;
    if (magnitude_u64(o, &u) < 0) {
        *overflow = s < 0 ? -1 : 1;
        return -1;
    }
    if (s > 0) {
        if (u > (uint64_t)LONG_MAX) {
            *overflow = 1;
            return -1;
        }
        return (long)u;
    }
    if (u > (uint64_t)LONG_MAX + 1) {
        *overflow = -1;
        return -1;
    }
    return u == (uint64_t)LONG_MAX + 1 ? LONG_MIN : -(long)u;
}

/* Get an int from o (an int, or anything with __index__): a NEW
 * reference, NULL on error */
static RpObject *as_index(RpObject *o)
{
    if (rp_int_check(o)) {
        return rp_newref(o);
    }
    return rp_number_index(o);
}

long rp_int_as_long(RpObject *o)
{
    RpObject *v = as_index(o);
    if (v == NULL) {
        return -1;
    }
    int overflow;
    long r = rp_int_as_long_and_overflow(v, &overflow);
    rp_decref(v);
    if (overflow) {
        rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return r;
}

rp_ssize_t rp_int_as_ssize_t(RpObject *o)
{
    if (!rp_int_check(o)) {
        rp_err_set_string(&RpExc_TypeError, "an integer is required");
        return -1;
    }
    int overflow;
    long r = rp_int_as_long_and_overflow(o, &overflow);
    if (overflow) {
        rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (rp_ssize_t)r;
}

long long rp_int_as_long_long(RpObject *o)
{
    RpObject *v = as_index(o);
    if (v == NULL) {
        return -1;
    }
    int overflow;
    long r = rp_int_as_long_and_overflow(v, &overflow);
    rp_decref(v);
    if (overflow) {
        rp_err_set_string(&RpExc_OverflowError, "int too big to convert");
        return -1;
    }
    return (long long)r;
}

unsigned long long rp_int_as_unsigned_long_long(RpObject *o)
{
    if (!rp_int_check(o)) {
        rp_err_set_string(&RpExc_TypeError, "an integer is required");
        return (unsigned long long)-1;
    }
    if (RP_SIZE(o) < 0) {
        rp_err_set_string(&RpExc_OverflowError, "can't convert negative int to unsigned");
        return (unsigned long long)-1;
    }
    uint64_t u;
    if (magnitude_u64(o, &u) < 0) {
        rp_err_set_string(&RpExc_OverflowError, "int too big to convert");
        return (unsigned long long)-1;
    }
    return u;
}

size_t rp_int_as_size_t(RpObject *o)
{
    if (!rp_int_check(o)) {
        rp_err_set_string(&RpExc_TypeError, "an integer is required");
        return (size_t)-1;
    }
    if (RP_SIZE(o) < 0) {
        rp_err_set_string(&RpExc_OverflowError, "can't convert negative value to size_t");
        return (size_t)-1;
    }
    uint64_t u;
    if (magnitude_u64(o, &u) < 0 || u > SIZE_MAX) {
        rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C size_t");
        return (size_t)-1;
    }
    return (size_t)u;
}

uint64_t rp_int_as_u64_mask(RpObject *o)
{
    rp_ssize_t n = rp_long_ndigits(o);
    const rp_digit *d = rp_long_digits(o);
    uint64_t x = 0;
    for (rp_ssize_t i = n; --i >= 0;) {
        x = (x << RP_LONG_SHIFT) | d[i];
    }
    return RP_SIZE(o) < 0 ? 0 - x : x;
}

int rp_int_sign(RpObject *o)
{
    rp_ssize_t s = RP_SIZE(o);
    return s < 0 ? -1 : s > 0;
}

int64_t rp_int_bit_length(RpObject *o)
{
    rp_ssize_t n = rp_long_ndigits(o);
    if (n == 0) {
        return 0;
    }
    rp_digit top = rp_long_digits(o)[n - 1];
    int b = 0;
    while (top != 0) {
        b++;
        top >>= 1;
    }
    return (int64_t)(n - 1) * RP_LONG_SHIFT + b;
}

int rp_long_is_zero(RpObject *v) { return RP_SIZE(v) == 0; }
int rp_long_is_odd(RpObject *v) { return RP_SIZE(v) != 0 && (rp_long_digits(v)[0] & 1); }

/* The top 55 bits of |v| (nbits > 55) and whether any lower bit is set. */
static uint64_t top_bits55(const rp_digit *d, rp_ssize_t n, int64_t nbits, int *sticky)
{
    rp_ssize_t i = n - 1;
    uint64_t acc = d[i];
    int accbits = (int)(nbits - (int64_t)RP_LONG_SHIFT * (n - 1));
    *sticky = 0;
    while (accbits < 55) {
        i--;
        int take = 55 - accbits;
        if (take > RP_LONG_SHIFT) {
            take = RP_LONG_SHIFT;
        }
        acc = (acc << take) | (d[i] >> (RP_LONG_SHIFT - take));
        accbits += take;
        if (take < RP_LONG_SHIFT && (d[i] & (((rp_digit)1 << (RP_LONG_SHIFT - take)) - 1))) {
            *sticky = 1;
        }
    }
    while (!*sticky && --i >= 0) {
        if (d[i] != 0) {
            *sticky = 1;
        }
    }
    return acc;
}

double rp_long_frexp(RpObject *v, int64_t *e)
{
    rp_ssize_t n = rp_long_ndigits(v);
    const rp_digit *d = rp_long_digits(v);
    if (n == 0) {
        *e = 0;
        return 0.0;
    }
    int64_t nbits = rp_int_bit_length(v);
    uint64_t x;
    if (nbits <= 55) {
        x = 0;
        for (rp_ssize_t i = n; --i >= 0;) {
            x = (x << RP_LONG_SHIFT) | d[i];
        }
        x <<= (55 - nbits);
    } else {
        int sticky;
        x = top_bits55(d, n, nbits, &sticky);
        /* round to 53 bits, half to even: the two low bits and sticky */
        unsigned low = (unsigned)(x & 3);
        if (low > 2 || (low == 2 && (sticky || (x & 4)))) {
            x += 4;
        }
        x &= ~(uint64_t)3;
    }
    *e = nbits;
    /* x < 2**55 with at most 53 significant bits (or exactly 2**55) */
    return ldexp((double)x, -55);
}

double rp_int_as_double(RpObject *o)
{
    if (!rp_int_check(o)) {
        rp_err_set_string(&RpExc_TypeError, "an integer is required");
        return -1.0;
    }
    rp_ssize_t s = RP_SIZE(o);
    if (s >= -1 && s <= 1) {
        return (double)rp_int_compact_value((RpLongObject *)o);
    }
    int64_t e;
    double m = rp_long_frexp(o, &e);
    if (e > DBL_MAX_EXP || (e == DBL_MAX_EXP && m == 1.0)) {
        rp_err_set_string(&RpExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    double r = ldexp(m, (int)e);
    return s < 0 ? -r : r;
}

/* ---- comparison --------------------------------------------------------- */

int rp_int_compare(RpObject *a, RpObject *b)
{
    rp_ssize_t sa = RP_SIZE(a), sb = RP_SIZE(b);
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    rp_ssize_t n = sa < 0 ? -sa : sa;
    const rp_digit *da = rp_long_digits(a), *db = rp_long_digits(b);
    rp_ssize_t i = n;
    while (--i >= 0 && da[i] == db[i]) {
    }
    if (i < 0) {
        return 0;
    }
    int r = da[i] < db[i] ? -1 : 1;
    return sa < 0 ? -r : r;
}

/* Exact comparison with a finite or infinite (not NaN) double. */
int rp_int_compare_double(RpObject *o, double d)
{
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    int si = rp_int_sign(o);
    int sd = d < 0 ? -1 : (d > 0 ? 1 : 0);
    if (si != sd) {
        return si < sd ? -1 : 1;
    }
    if (si == 0) {
        return 0;
    }
    int64_t nbits = rp_int_bit_length(o);
    if (nbits <= 53) {
        double v = rp_int_as_double(o);   /* exact */
        return v < d ? -1 : (v > d ? 1 : 0);
    }
    int e;
    frexp(d, &e);     /* |d| in [2**(e-1), 2**e) */
    if (nbits != e) {
        /* |o| in [2**(nbits-1), 2**nbits) */
        int r = nbits < e ? -1 : 1;
        return si < 0 ? -r : r;
    }
    /* same magnitude range (so |d| >= 2**53 is an integer): compare
       exactly as ints */
    RpObject *di = rp_int_from_double(d);
    if (di == NULL) {
        rp_err_clear();
        return 0;
    }
    int r = rp_int_compare(o, di);
    rp_decref(di);
    return r;
}

static RpObject *long_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_int_check(a) || !rp_int_check(b)) {
        return rp_notimplemented_new();
    }
    int c = a == b ? 0 : rp_int_compare(a, b);
    int r;
    switch (op) {
    case RP_LT: r = c < 0; break;
    case RP_LE: r = c <= 0; break;
    case RP_EQ: r = c == 0; break;
    case RP_NE: r = c != 0; break;
    case RP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rp_bool_from_long(r);
}

/* ---- hashing ------------------------------------------------------------ */

rp_hash_t rp_int_hash(RpObject *v)
{
    rp_ssize_t s = RP_SIZE(v);
    if (s >= -1 && s <= 1) {
        long x = rp_int_compact_value((RpLongObject *)v);
        return x == -1 ? -2 : x;
    }
    rp_ssize_t n = s < 0 ? -s : s;
    const rp_digit *d = rp_long_digits(v);
    uint64_t x = 0;
    for (rp_ssize_t i = n; --i >= 0;) {
        /* x = x * 2**30 mod (2**61 - 1): a rotation within 61 bits */
        x = ((x << RP_LONG_SHIFT) & RP_HASH_MODULUS) | (x >> (RP_HASH_BITS - RP_LONG_SHIFT));
        x += d[i];
        if (x >= RP_HASH_MODULUS) {
            x -= RP_HASH_MODULUS;
        }
    }
    rp_hash_t h = (rp_hash_t)x;
    if (s < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

/* ---- int(x) ---------------------------------------------------------- */

static RpObject *from_bytes_like(RpObject *x, int base)
{
    const char *data;
    rp_ssize_t len;
    if (rp_bytes_check(x)) {
        data = rp_bytes_data(x);
        len = rp_bytes_len(x);
    } else {
        RpByteArrayObject *ba = (RpByteArrayObject *)x;
        data = ba->ob_start != NULL ? ba->ob_start : "";
        len = ba->ob_base.ob_size;
    }
    return rp_long_from_bytes_literal(data, len, base, x);
}

/* Check that a slot result is an int; converts a subclass instance to an
 * exact int.  Steals r. */
static RpObject *require_int_result(RpObject *r, const char *what)
{
    if (r == NULL) {
        return NULL;
    }
    if (!rp_int_check(r)) {
        rp_err_format(&RpExc_TypeError, "%s returned non-int (type %.200s)", what,
                      rp_type(r)->tp_name);
        rp_decref(r);
        return NULL;
    }
    if (!rp_int_check_exact(r)) {
        RpObject *c = rp_long_copy_exact(r);
        rp_decref(r);
        return c;
    }
    return r;
}

RpObject *rp_int_from_object(RpObject *x)
{
    if (rp_int_check_exact(x)) {
        return rp_newref(x);
    }
    RpTypeObject *t = rp_type(x);
    if (t->nb_int != NULL) {
        return require_int_result(t->nb_int(x), "__int__");
    }
    if (t->nb_index != NULL) {
        return require_int_result(t->nb_index(x), "__index__");
    }
    int found = 0;
    RpObject *r = rp_call_special(x, rp_id(__trunc__), NULL, 0, &found);
    if (found) {
        /* (CPython 3.11 also warns that delegating to __trunc__ is
           deprecated) */
        if (r == NULL) {
            return NULL;
        }
        if (rp_int_check(r)) {
            return require_int_result(r, "__trunc__");
        }
        if (!rp_index_check(r)) {
            rp_err_format(&RpExc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                          rp_type(r)->tp_name);
            rp_decref(r);
            return NULL;
        }
        RpObject *i = rp_number_index(r);
        rp_decref(r);
        return require_int_result(i, "__index__");
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    if (rp_str_check(x)) {
        return rp_long_from_unicode(x, 10);
    }
    if (rp_bytes_check(x) || rp_bytearray_check(x)) {
        return from_bytes_like(x, 10);
    }
    return rp_err_format(&RpExc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%.200s'", rp_type(x)->tp_name);
}

static RpObject *long_new_exact(RpObject *x, RpObject *obase)
{
    if (x == NULL) {
        if (obase != NULL) {
            return rp_err_set_string(&RpExc_TypeError, "int() missing string argument");
        }
        return rp_newref(rp_small_int_borrow(0));
    }
    if (obase == NULL) {
        return rp_int_from_object(x);
    }
    rp_ssize_t base = rp_number_as_ssize_t(obase, NULL);
    if (base == -1 && rp_err_occurred()) {
        return NULL;
    }
    if ((base != 0 && base < 2) || base > 36) {
        return rp_err_set_string(&RpExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (rp_str_check(x)) {
        return rp_long_from_unicode(x, (int)base);
    }
    if (rp_bytes_check(x) || rp_bytearray_check(x)) {
        return from_bytes_like(x, (int)base);
    }
    return rp_err_set_string(&RpExc_TypeError, "int() can't convert non-string with explicit base");
}

/* An instance of a subclass of int holding the value of the exact int v
 * (consumed). */
static RpObject *long_subtype_from(RpTypeObject *type, RpObject *v)
{
    rp_ssize_t n = rp_long_ndigits(v);
    /* the type's allocator: a subclass instance may keep its __dict__
       pointer after the digits */
    RpLongObject *r = (RpLongObject *)rp_type_generic_alloc(type, n > 0 ? n : 1);
    if (r == NULL) {
        rp_decref(v);
        return NULL;
    }
    r->ob_base.ob_size = RP_SIZE(v);
    memcpy(r->ob_digit, rp_long_digits(v), (size_t)n * sizeof(rp_digit));
    rp_decref(v);
    if (rp_type_is_gc(type)) {
        rp_gc_track(r);
    }
    return (RpObject *)r;
}

static RpObject *long_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                          RpObject *kwnames)
{
    size_t nkw = kwnames != NULL ? (size_t)rp_tuple_len(kwnames) : 0;
    if (nargs + nkw > 2) {
        return rp_err_format(&RpExc_TypeError, "int() takes at most 2 arguments (%zd given)",
                             (rp_ssize_t)(nargs + nkw));
    }
    RpObject *x = nargs > 0 ? args[0] : NULL;
    RpObject *obase = nargs > 1 ? args[1] : NULL;
    for (size_t i = 0; i < nkw; i++) {
        RpObject *name = rp_tuple_get_borrow(kwnames, (rp_ssize_t)i);
        if (rp_str_eq_cstr(name, "base")) {
            if (obase != NULL) {
                return rp_err_set_string(&RpExc_TypeError,
                    "argument for int() given by name ('base') and position (2)");
            }
            obase = args[nargs + i];
        } else {
            return rp_err_format(&RpExc_TypeError,
                                 "'%U' is an invalid keyword argument for int()", name);
        }
    }
    RpObject *v = long_new_exact(x, obase);
    if (v == NULL || type == &RpLong_Type) {
        return v;
    }
    return long_subtype_from(type, v);
}

/* ---- methods ------------------------------------------------------------ */

/* int(self) as an exact int (int.conjugate, __trunc__, real, ...) */
static RpObject *long_long(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_long_copy_exact(self);
}

static RpObject *long_long_getter(RpObject *self, void *closure)
{
    (void)closure;
    return rp_long_copy_exact(self);
}

static RpObject *long_get0(RpObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return rp_newref(rp_small_int_borrow(0));
}

static RpObject *long_get1(RpObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return rp_newref(rp_small_int_borrow(1));
}

static RpObject *long_bit_length(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_int_from_long_long((long long)rp_int_bit_length(self));
}

static RpObject *long_bit_count(RpObject *self, RpObject *unused)
{
    (void)unused;
    rp_ssize_t n = rp_long_ndigits(self);
    const rp_digit *d = rp_long_digits(self);
    long long c = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        c += __builtin_popcount(d[i]);
    }
    return rp_int_from_long_long(c);
}

static RpObject *long_as_integer_ratio(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpObject *n = rp_long_copy_exact(self);
    if (n == NULL) {
        return NULL;
    }
    RpObject *t = rp_tuple_pack(2, n, rp_small_int_borrow(1));
    rp_decref(n);
    return t;
}

static RpObject *long_getnewargs(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpObject *n = rp_long_copy_exact(self);
    if (n == NULL) {
        return NULL;
    }
    RpObject *t = rp_tuple_pack(1, n);
    rp_decref(n);
    return t;
}

static RpObject *long_sizeof(RpObject *self, RpObject *unused)
{
    (void)unused;
    rp_ssize_t n = rp_long_ndigits(self);
    return rp_int_from_ssize_t((rp_ssize_t)offsetof(RpLongObject, ob_digit) +
                               (n > 0 ? n : 1) * (rp_ssize_t)sizeof(rp_digit));
}

static RpObject *long_round(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs > 1) {
        return rp_err_format(&RpExc_TypeError, "__round__ expected at most 1 argument, got %zd",
                             (rp_ssize_t)nargs);
    }
    if (nargs == 0) {
        return rp_long_copy_exact(self);
    }
    RpObject *nd = rp_number_index(args[0]);
    if (nd == NULL) {
        return NULL;
    }
    if (RP_SIZE(nd) >= 0) {
        rp_decref(nd);
        return rp_long_copy_exact(self);
    }
    /* round to a multiple of 10**-ndigits, ties to even */
    RpObject *k = rp_long_neg(nd);
    rp_decref(nd);
    if (k == NULL) {
        return NULL;
    }
    RpObject *ten = rp_int_from_long(10);
    RpObject *p = rp_long_pow(ten, k, NULL);
    rp_decref(ten);
    rp_decref(k);
    if (p == NULL) {
        return NULL;
    }
    RpObject *q = rp_long_div_near(self, p);
    if (q == NULL) {
        rp_decref(p);
        return NULL;
    }
    RpObject *r = rp_int_mul(q, p);
    rp_decref(q);
    rp_decref(p);
    return r;
}

/* The first argument checks of to_bytes/from_bytes */
static int parse_byteorder(RpObject *o, const char *fname, int *little)
{
    if (o == NULL) {
        *little = 0;
        return 0;
    }
    if (!rp_str_check(o)) {
        rp_err_format(&RpExc_TypeError, "%s() argument 'byteorder' must be str, not %.50s",
                      fname, rp_type(o)->tp_name);
        return -1;
    }
    if (rp_str_eq_cstr(o, "little")) {
        *little = 1;
    } else if (rp_str_eq_cstr(o, "big")) {
        *little = 0;
    } else {
        rp_err_set_string(&RpExc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

/* Write v (two's complement when is_signed) into n bytes. */
int rp_int_to_byte_array(RpObject *v, unsigned char *out, rp_ssize_t n, int little,
                         int is_signed)
{
    rp_ssize_t nd = rp_long_ndigits(v);
    const rp_digit *d = rp_long_digits(v);
    int neg = RP_SIZE(v) < 0;
    if (neg && !is_signed) {
        rp_err_set_string(&RpExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    int64_t nbits = rp_int_bit_length(v);
    int64_t room = (int64_t)n * 8;
    int fits;
    if (!is_signed || nbits == 0) {
        fits = nbits <= room;
    } else if (!neg) {
        fits = nbits <= room - 1;
    } else {
        fits = nbits <= room - 1;
        if (!fits && nbits == room) {
            /* -2**(room-1) fits: |v| a power of two */
            fits = (d[nd - 1] & (d[nd - 1] - 1)) == 0;
            for (rp_ssize_t i = 0; fits && i < nd - 1; i++) {
                fits = d[i] == 0;
            }
        }
    }
    if (!fits && n == 0 && neg && nd == 1 && d[0] == 1) {
        fits = 1;    /* CPython accepts -1 in zero signed bytes */
    }
    if (!fits) {
        rp_err_set_string(&RpExc_OverflowError, "int too big to convert");
        return -1;
    }
    /* the little-endian bytes of the two's complement form */
    uint64_t acc = 0;
    int accbits = 0;
    rp_digit carry = 1;        /* negation: ~x + 1 */
    rp_ssize_t i = 0;
    for (rp_ssize_t j = 0; j < n; j++) {
        while (accbits < 8) {
            rp_digit dig;
            if (i < nd) {
                dig = d[i++];
            } else {
                dig = 0;
            }
            if (neg) {
                dig = (dig ^ RP_LONG_MASK) + carry;
                carry = dig >> RP_LONG_SHIFT;
                dig &= RP_LONG_MASK;
            }
            acc |= (uint64_t)dig << accbits;
            accbits += RP_LONG_SHIFT;
        }
        out[little ? j : n - 1 - j] = (unsigned char)(acc & 0xff);
        acc >>= 8;
        accbits -= 8;
    }
    return 0;
}

RpObject *rp_int_from_byte_array(const unsigned char *data, rp_ssize_t n, int little,
                                 int is_signed)
{
    if (n == 0) {
        return rp_newref(rp_small_int_borrow(0));
    }
    unsigned char msb = little ? data[n - 1] : data[0];
    int neg = is_signed && (msb & 0x80);
    if (n > RP_LONG_MAX_DIGITS) {
        return rp_err_set_string(&RpExc_OverflowError, "byte array too long to convert to int");
    }
    rp_ssize_t nd = (rp_ssize_t)(((int64_t)n * 8 + RP_LONG_SHIFT - 1) / RP_LONG_SHIFT);
    RpLongObject *r = rp_long_alloc(nd);
    if (r == NULL) {
        return NULL;
    }
    uint64_t acc = 0;
    int accbits = 0;
    unsigned carry = 1;   /* negation of the two's complement: ~x + 1 */
    rp_ssize_t k = 0;
    for (rp_ssize_t j = 0; j < n; j++) {
        unsigned b = little ? data[j] : data[n - 1 - j];
        if (neg) {
            b = (b ^ 0xffu) + carry;
            carry = b >> 8;
            b &= 0xffu;
        }
        acc |= (uint64_t)b << accbits;
        accbits += 8;
        if (accbits >= RP_LONG_SHIFT) {
            r->ob_digit[k++] = (rp_digit)(acc & RP_LONG_MASK);
            acc >>= RP_LONG_SHIFT;
            accbits -= RP_LONG_SHIFT;
        }
    }
    if (accbits > 0 && k < nd) {
        r->ob_digit[k++] = (rp_digit)acc;
    }
    while (k < nd) {
        r->ob_digit[k++] = 0;
    }
    if (neg) {
        r->ob_base.ob_size = -nd;
    }
    return rp_long_norm(r);
}

static const char *const to_bytes_names[] = {"length", "byteorder", "signed"};
static const RpNumArgSpec to_bytes_spec = {"to_bytes", to_bytes_names, 3, 0, 2, 0};

static RpObject *long_to_bytes(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    RpObject *a[3];
    if (rp_numargs_parse(&to_bytes_spec, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    rp_ssize_t length = 1;
    if (a[0] != NULL) {
        length = rp_number_as_ssize_t(a[0], &RpExc_OverflowError);
        if (length == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (length < 0) {
            return rp_err_set_string(&RpExc_ValueError, "length argument must be non-negative");
        }
    }
    int little, is_signed = 0;
    if (parse_byteorder(a[1], "to_bytes", &little) < 0) {
        return NULL;
    }
    if (a[2] != NULL) {
        is_signed = rp_object_is_true(a[2]);
        if (is_signed < 0) {
            return NULL;
        }
    }
    RpObject *b = rp_bytes_new(length);
    if (b == NULL) {
        return NULL;
    }
    if (rp_int_to_byte_array(self, (unsigned char *)rp_bytes_data(b), length, little,
                             is_signed) < 0) {
        rp_decref(b);
        return NULL;
    }
    return b;
}

/* bytes(o) for from_bytes: a malloc'd copy of the bytes of o */
static unsigned char *bytes_of(RpObject *o, rp_ssize_t *len)
{
    if (rp_bytes_check(o)) {
        *len = rp_bytes_len(o);
        unsigned char *p = rp_mem_malloc((size_t)*len + 1);
        if (p == NULL) {
            rp_err_nomemory();
            return NULL;
        }
        memcpy(p, rp_bytes_data(o), (size_t)*len);
        return p;
    }
    if (rp_bytearray_check(o)) {
        RpByteArrayObject *ba = (RpByteArrayObject *)o;
        *len = ba->ob_base.ob_size;
        unsigned char *p = rp_mem_malloc((size_t)*len + 1);
        if (p == NULL) {
            rp_err_nomemory();
            return NULL;
        }
        if (*len > 0) {
            memcpy(p, ba->ob_start, (size_t)*len);
        }
        return p;
    }
    if (rp_str_check(o) || rp_int_check(o) || rp_float_check(o)) {
        rp_err_format(&RpExc_TypeError, "cannot convert '%.200s' object to bytes",
                      rp_type(o)->tp_name);
        return NULL;
    }
    RpObject *it = rp_object_get_iter(o);
    if (it == NULL) {
        if (rp_err_matches(&RpExc_TypeError)) {
            rp_err_clear();
            rp_err_format(&RpExc_TypeError, "cannot convert '%.200s' object to bytes",
                          rp_type(o)->tp_name);
        }
        return NULL;
    }
    rp_ssize_t cap = 16, n = 0;
    unsigned char *p = rp_mem_malloc((size_t)cap);
    if (p == NULL) {
        rp_decref(it);
        rp_err_nomemory();
        return NULL;
    }
    RpObject *item;
    while ((item = rp_iter_next(it)) != NULL) {
        rp_ssize_t v = rp_number_as_ssize_t(item, NULL);
        rp_decref(item);
        if (v == -1 && rp_err_occurred()) {
            goto fail;
        }
        if (v < 0 || v > 255) {
            rp_err_set_string(&RpExc_ValueError, "bytes must be in range(0, 256)");
            goto fail;
        }
        if (n == cap) {
            unsigned char *q = rp_mem_realloc(p, (size_t)cap * 2);
            if (q == NULL) {
                rp_err_nomemory();
                goto fail;
            }
            p = q;
            cap *= 2;
        }
        p[n++] = (unsigned char)v;
    }
    if (rp_err_occurred()) {
        goto fail;
    }
    rp_decref(it);
    *len = n;
    return p;
fail:
    rp_decref(it);
    rp_mem_free(p);
    return NULL;
}

static const char *const from_bytes_names[] = {"bytes", "byteorder", "signed"};
static const RpNumArgSpec from_bytes_spec = {"from_bytes", from_bytes_names, 3, 0, 2, 1};

static RpObject *long_from_bytes(RpObject *cls, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames)
{
    RpObject *a[3];
    if (rp_numargs_parse(&from_bytes_spec, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    int little, is_signed = 0;
    if (parse_byteorder(a[1], "from_bytes", &little) < 0) {
        return NULL;
    }
    if (a[2] != NULL) {
        is_signed = rp_object_is_true(a[2]);
        if (is_signed < 0) {
            return NULL;
        }
    }
    rp_ssize_t len;
    unsigned char *data = bytes_of(a[0], &len);
    if (data == NULL) {
        return NULL;
    }
    RpObject *v = rp_int_from_byte_array(data, len, little, is_signed);
    rp_mem_free(data);
    if (v == NULL || (RpTypeObject *)cls == &RpLong_Type) {
        return v;
    }
    RpObject *r = rp_call_one(cls, v);
    rp_decref(v);
    return r;
}

static RpObject *long_format_meth(RpObject *self, RpObject *spec)
{
    if (!rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "__format__() argument must be str, not %.200s",
                             rp_type(spec)->tp_name);
    }
    return rp_long_format_method(self, spec);
}

static RpMethodDef long_methods[] = {
    {"conjugate", RP_CFUNC(long_long), RP_METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", RP_CFUNC(long_bit_length), RP_METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", RP_CFUNC(long_bit_count), RP_METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", RP_CFUNC(long_to_bytes), RP_METH_FASTCALL | RP_METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {"from_bytes", RP_CFUNC(long_from_bytes), RP_METH_FASTCALL | RP_METH_KEYWORDS | RP_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", RP_CFUNC(long_as_integer_ratio), RP_METH_NOARGS, "Return integer ratio."},
    {"__trunc__", RP_CFUNC(long_long), RP_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", RP_CFUNC(long_long), RP_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", RP_CFUNC(long_long), RP_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", RP_CFUNC(long_round), RP_METH_FASTCALL, "Rounding an Integral returns itself."},
    {"__getnewargs__", RP_CFUNC(long_getnewargs), RP_METH_NOARGS, NULL},
    {"__format__", RP_CFUNC(long_format_meth), RP_METH_O, NULL},
    {"__sizeof__", RP_CFUNC(long_sizeof), RP_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL}
};

static RpGetSetDef long_getset[] = {
    {"real", long_long_getter, NULL, "the real part of a complex number", NULL},
    {"imag", long_get0, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", long_long_getter, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", long_get1, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

RpTypeObject RpLong_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "int",
    .tp_basicsize = offsetof(RpLongObject, ob_digit),
    .tp_itemsize = sizeof(rp_digit),
    .tp_flags = RP_TPFLAGS_BASETYPE | RP_TPFLAGS_LONG_SUBCLASS,
    .tp_dealloc = long_dealloc,
    .tp_repr = rp_long_repr,
    .tp_hash = rp_int_hash,
    .tp_getattro = rp_object_generic_getattr,
    .tp_richcompare = long_richcompare,
    .tp_new = long_new,
    .tp_free = rp_object_free,
    .nb_add = rp_long_nb_add,
    .nb_subtract = rp_long_nb_sub,
    .nb_multiply = rp_long_nb_mul,
    .nb_remainder = rp_long_nb_mod,
    .nb_divmod = rp_long_nb_divmod,
    .nb_power = rp_long_nb_pow,
    .nb_negative = rp_long_nb_neg,
    .nb_positive = rp_long_nb_pos,
    .nb_absolute = rp_long_nb_abs,
    .nb_bool = rp_long_nb_bool,
    .nb_invert = rp_long_nb_invert,
    .nb_lshift = rp_long_nb_lshift,
    .nb_rshift = rp_long_nb_rshift,
    .nb_and = rp_long_nb_and,
    .nb_xor = rp_long_nb_xor,
    .nb_or = rp_long_nb_or,
    .nb_int = rp_long_nb_int,
    .nb_float = rp_long_nb_float,
    .nb_floor_divide = rp_long_nb_floordiv,
    .nb_true_divide = rp_long_nb_truediv,
    .nb_index = rp_long_nb_int,
    .tp_methods = long_methods,
    .tp_getset = long_getset,
    .tp_doc = "int([x]) -> integer\n"
              "int(x, base=10) -> integer\n\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.  If x is a number, return x.__int__().  For floating point\n"
              "numbers, this truncates towards zero.\n\n"
              "If x is not a number or if base is given, then x must be a string,\n"
              "bytes, or bytearray instance representing an integer literal in the\n"
              "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
              "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
              "Base 0 means to interpret the base from the string as an integer literal.\n"
              ">>> int('0b100', base=0)\n"
              "4",
};
