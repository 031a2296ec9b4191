/* longarith.c - arithmetic on arbitrary-precision ints.
 *
 * Models CPython 3.11's Objects/longobject.c (the algorithms of Knuth,
 * TAOCP vol. 2, 4.3.1): schoolbook addition and subtraction, schoolbook
 * multiplication below KARATSUBA_CUTOFF digits and Karatsuba above it,
 * Knuth's algorithm D for division, left-to-right binary exponentiation,
 * and two's complement semantics for the bitwise operators on negative
 * numbers.
 *
 * The digit-level routines work on plain arrays ("magnitudes"); the signed
 * functions (rp_int_add ...) put signs around them.  Every result goes
 * through rp_long_norm, which strips leading zeros and returns the cached
 * small int for -5..256.  Values that fit in one digit take fast paths
 * that do no digit loops at all.
 *
 * Digit arithmetic is unsigned (uint32_t digits, uint64_t double digits)
 * so nothing here relies on signed overflow.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "intobject.h"
#include "longint.h"
#include "noneobject.h"
#include "tupleobject.h"

typedef rp_digit digit;
typedef rp_twodigits twodigits;

#define SHIFT RP_LONG_SHIFT
#define MASK  RP_LONG_MASK
#define BASE  ((twodigits)RP_LONG_BASE)

/* Karatsuba is used when both operands have more digits than this
 * (CPython's KARATSUBA_CUTOFF). */
#define KARATSUBA_CUTOFF 70

static inline int is_compact(RpObject *v)
{
    rp_ssize_t s = RP_SIZE(v);
    return s >= -1 && s <= 1;
}
static inline long compact_value(RpObject *v)
{
    return rp_int_compact_value((RpLongObject *)v);
}
/* Up to two digits (|v| < 2**60): the value as a long long. */
static inline int is_two_digits(RpObject *v)
{
    rp_ssize_t s = RP_SIZE(v);
    return s >= -2 && s <= 2;
}
static inline long long two_digits_value(RpObject *v)
{
    rp_ssize_t s = RP_SIZE(v);
    const digit *d = rp_long_digits(v);
    long long m = s == 0 ? 0 : (long long)d[0];
    if (s == 2 || s == -2) {
        m |= (long long)d[1] << SHIFT;
    }
    return s < 0 ? -m : m;
}
static inline RpObject *small_int(long v)
{
    return rp_newref(rp_small_int_borrow(v));
}

/* ====================================================================== */
/* Magnitudes                                                              */
/* ====================================================================== */

static rp_ssize_t mag_norm(const digit *a, rp_ssize_t n)
{
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

static int mag_cmp(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb)
{
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    rp_ssize_t i = na;
    while (--i >= 0 && a[i] == b[i]) {
    }
    if (i < 0) {
        return 0;
    }
    return a[i] < b[i] ? -1 : 1;
}

/* x[0..m) += y[0..n), n <= m; returns the carry out of x */
static digit v_iadd(digit *x, rp_ssize_t m, const digit *y, rp_ssize_t n)
{
    digit carry = 0;
    rp_ssize_t i;
    for (i = 0; i < n; i++) {
        carry += x[i] + y[i];
        x[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; carry && i < m; i++) {
        carry += x[i];
        x[i] = carry & MASK;
        carry >>= SHIFT;
    }
    return carry;
}

/* x[0..m) -= y[0..n), n <= m; returns the borrow out of x */
static digit v_isub(digit *x, rp_ssize_t m, const digit *y, rp_ssize_t n)
{
    digit borrow = 0;
    rp_ssize_t i;
    for (i = 0; i < n; i++) {
        borrow = x[i] - y[i] - borrow;
        x[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    for (; borrow && i < m; i++) {
        borrow = x[i] - borrow;
        x[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    return borrow;
}

/* |a| + |b| as a new non-negative int (not normalised) */
static RpLongObject *x_add(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb)
{
    if (na < nb) {
        const digit *t = a; a = b; b = t;
        rp_ssize_t tn = na; na = nb; nb = tn;
    }
    RpLongObject *z = rp_long_alloc(na + 1);
    if (z == NULL) {
        return NULL;
    }
    digit carry = 0;
    rp_ssize_t i;
    for (i = 0; i < nb; i++) {
        carry += a[i] + b[i];
        z->ob_digit[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        z->ob_digit[i] = carry & MASK;
        carry >>= SHIFT;
    }
    z->ob_digit[i] = carry;
    return z;
}

/* |a| - |b| as a new int with the right sign (not normalised) */
static RpLongObject *x_sub(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb)
{
    int sign = 1;
    int c = mag_cmp(a, na, b, nb);
    if (c == 0) {
        return rp_long_alloc(0);
    }
    if (c < 0) {
        const digit *t = a; a = b; b = t;
        rp_ssize_t tn = na; na = nb; nb = tn;
        sign = -1;
    }
    RpLongObject *z = rp_long_alloc(na);
    if (z == NULL) {
        return NULL;
    }
    digit borrow = 0;
    rp_ssize_t i;
    for (i = 0; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        z->ob_digit[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        z->ob_digit[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    if (sign < 0) {
        z->ob_base.ob_size = -z->ob_base.ob_size;
    }
    return z;
}

/* z[0..na+nb) = a * b, schoolbook; z must be zeroed */
static void x_mul_into(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb, digit *z)
{
    if (a == b && na == nb) {
        /* squaring: each cross product once, doubled */
        for (rp_ssize_t i = 0; i < na; i++) {
            twodigits f = a[i];
            digit *pz = z + 2 * i;
            twodigits carry = *pz + f * f;
            *pz++ = (digit)(carry & MASK);
            carry >>= SHIFT;
            f <<= 1;
            for (rp_ssize_t j = i + 1; j < na; j++) {
                carry += *pz + a[j] * f;
                *pz++ = (digit)(carry & MASK);
                carry >>= SHIFT;
            }
            while (carry) {
                carry += *pz;
                *pz++ = (digit)(carry & MASK);
                carry >>= SHIFT;
            }
        }
        return;
    }
    for (rp_ssize_t i = 0; i < na; i++) {
        twodigits f = a[i];
        twodigits carry = 0;
        digit *pz = z + i;
        if (f == 0) {
            continue;
        }
        for (rp_ssize_t j = 0; j < nb; j++) {
            carry += pz[j] + b[j] * f;
            pz[j] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        pz[nb] = (digit)carry;
    }
}

/* z[0..na+nb) = a * b (z zeroed), Karatsuba above the cutoff.
 * Returns 0, or -1 on memory failure (no exception set). */
static int k_mul_into(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb, digit *z)
{
    if (na < nb) {
        const digit *t = a; a = b; b = t;
        rp_ssize_t tn = na; na = nb; nb = tn;
    }
    /* now na >= nb */
    if (nb <= KARATSUBA_CUTOFF) {
        /* the outer loop over the shorter operand: long inner loops */
        x_mul_into(b, nb, a, na, z);
        return 0;
    }
    if (2 * nb <= na) {
        /* lopsided: multiply b by slices of a of b's size */
        digit *t = rp_mem_malloc((size_t)(2 * nb) * sizeof(digit));
        if (t == NULL) {
            return -1;
        }
        for (rp_ssize_t off = 0; off < na; off += nb) {
            rp_ssize_t chunk = na - off < nb ? na - off : nb;
            memset(t, 0, (size_t)(chunk + nb) * sizeof(digit));
            if (k_mul_into(a + off, chunk, b, nb, t) < 0) {
                rp_mem_free(t);
                return -1;
            }
            v_iadd(z + off, na + nb - off, t, chunk + nb);
        }
        rp_mem_free(t);
        return 0;
    }
    /* a = ah*B**s + al, b = bh*B**s + bl with nb > s */
    rp_ssize_t s = na / 2;
    const digit *al = a, *ah = a + s, *bl = b, *bh = b + s;
    rp_ssize_t nah = na - s, nbh = nb - s;
    /* ah*bh into z[2s..), al*bl into z[0..2s) (they do not overlap) */
    if (k_mul_into(ah, nah, bh, nbh, z + 2 * s) < 0 || k_mul_into(al, s, bl, s, z) < 0) {
        return -1;
    }
    /* (ah + al) * (bh + bl) */
    rp_ssize_t la = nah + 1;
    rp_ssize_t lb = (nbh > s ? nbh : s) + 1;
    digit *buf = rp_mem_calloc((size_t)(la + lb + la + lb), sizeof(digit));
    if (buf == NULL) {
        return -1;
    }
    digit *sa = buf, *sb = buf + la, *t3 = buf + la + lb;
    memcpy(sa, ah, (size_t)nah * sizeof(digit));
    v_iadd(sa, la, al, s);
    if (nbh >= s) {
        memcpy(sb, bh, (size_t)nbh * sizeof(digit));
        v_iadd(sb, lb, bl, s);
    } else {
        memcpy(sb, bl, (size_t)s * sizeof(digit));
        v_iadd(sb, lb, bh, nbh);
    }
    rp_ssize_t na3 = mag_norm(sa, la), nb3 = mag_norm(sb, lb);
    if (k_mul_into(sa, na3, sb, nb3, t3) < 0) {
        rp_mem_free(buf);
        return -1;
    }
    rp_ssize_t l3 = la + lb;
    /* t3 -= ah*bh + al*bl; then z += t3 * B**s */
    v_isub(t3, l3, z + 2 * s, na + nb - 2 * s);
    v_isub(t3, l3, z, 2 * s);
    l3 = mag_norm(t3, l3);
    v_iadd(z + s, na + nb - s, t3, l3);
    rp_mem_free(buf);
    return 0;
}

/* |a| * |b| as a new non-negative int (not normalised) */
static RpLongObject *mag_mul(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb)
{
    RpLongObject *z = rp_long_alloc(na + nb);
    if (z == NULL) {
        return NULL;
    }
    if (k_mul_into(a, na, b, nb, z->ob_digit) < 0) {
        rp_decref(z);
        return (RpLongObject *)rp_err_nomemory();
    }
    return z;
}

/* q[0..n) = a[0..n) / d, returns the remainder */
static digit divrem1(digit *q, const digit *a, rp_ssize_t n, digit d)
{
    twodigits rem = 0;
    for (rp_ssize_t i = n; --i >= 0;) {
        rem = (rem << SHIFT) | a[i];
        digit hi = (digit)(rem / d);
        q[i] = hi;
        rem -= (twodigits)hi * d;
    }
    return (digit)rem;
}

/* Shift a[0..n) left by s bits (0 <= s < SHIFT) into z; returns the carry */
static digit v_lshift(digit *z, const digit *a, rp_ssize_t n, int s)
{
    digit carry = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        twodigits acc = ((twodigits)a[i] << s) | carry;
        z[i] = (digit)(acc & MASK);
        carry = (digit)(acc >> SHIFT);
    }
    return carry;
}

/* Shift a[0..n) right by s bits (0 <= s < SHIFT) into z; returns the bits
 * shifted out */
static digit v_rshift(digit *z, const digit *a, rp_ssize_t n, int s)
{
    digit carry = 0;
    digit mask = ((digit)1 << s) - 1;
    for (rp_ssize_t i = n; --i >= 0;) {
        twodigits acc = ((twodigits)carry << SHIFT) | a[i];
        carry = (digit)(acc & mask);
        z[i] = (digit)(acc >> s);
    }
    return carry;
}

/* Truncated division of magnitudes: *pq = |a| / |b|, *pr = |a| % |b|, both
 * non-negative new ints (not normalised).  |b| != 0.  -1 on error. */
static int mag_divrem(const digit *a, rp_ssize_t na, const digit *b, rp_ssize_t nb,
                      RpLongObject **pq, RpLongObject **pr)
{
    *pq = *pr = NULL;
    if (mag_cmp(a, na, b, nb) < 0) {
        RpLongObject *q = rp_long_alloc(0);
        RpLongObject *r = rp_long_alloc(na);
        if (q == NULL || r == NULL) {
            rp_xdecref(q);
            rp_xdecref(r);
            return -1;
        }
        memcpy(r->ob_digit, a, (size_t)na * sizeof(digit));
        *pq = q;
        *pr = r;
        return 0;
    }
    if (nb == 1) {
        RpLongObject *q = rp_long_alloc(na);
        RpLongObject *r = rp_long_alloc(1);
        if (q == NULL || r == NULL) {
            rp_xdecref(q);
            rp_xdecref(r);
            return -1;
        }
        r->ob_digit[0] = divrem1(q->ob_digit, a, na, b[0]);
        *pq = q;
        *pr = r;
        return 0;
    }
    /* Knuth's algorithm D.  Normalise so that b's top digit has its top
     * bit set; the dividend gets one more digit. */
    RpLongObject *v = rp_long_alloc(na + 1);
    RpLongObject *w = rp_long_alloc(nb);
    RpLongObject *q = rp_long_alloc(na - nb + 1);
    if (v == NULL || w == NULL || q == NULL) {
        rp_xdecref(v);
        rp_xdecref(w);
        rp_xdecref(q);
        return -1;
    }
    int d = 0;
    for (digit top = b[nb - 1]; top < ((digit)1 << (SHIFT - 1)); top <<= 1) {
        d++;
    }
    digit *vd = v->ob_digit, *wd = w->ob_digit, *qd = q->ob_digit;
    v_lshift(wd, b, nb, d);
    vd[na] = v_lshift(vd, a, na, d);
    digit wm1 = wd[nb - 1], wm2 = wd[nb - 2];
    for (rp_ssize_t k = na - nb; k >= 0; k--) {
        digit *vk = vd + k;
        digit vtop = vk[nb];
        twodigits vv = ((twodigits)vtop << SHIFT) | vk[nb - 1];
        twodigits qh = vv / wm1;
        twodigits rh = vv - qh * wm1;
        if (qh >= BASE) {
            qh = BASE - 1;
            rh = vv - qh * wm1;
        }
        while (rh < BASE && (twodigits)wm2 * qh > ((rh << SHIFT) | vk[nb - 2])) {
            qh--;
            rh += wm1;
        }
        /* vk[0..nb] -= qh * w */
        int64_t zhi = 0;
        for (rp_ssize_t i = 0; i < nb; i++) {
            int64_t z = (int64_t)vk[i] + zhi - (int64_t)(qh * wd[i]);
            vk[i] = (digit)((uint64_t)z & MASK);
            /* floor division by BASE, valid for negative z too */
            zhi = (z - (int64_t)((uint64_t)z & MASK)) / (int64_t)BASE;
        }
        int64_t top = (int64_t)vtop + zhi;
        if (top < 0) {
            /* qh was one too large: add w back */
            digit carry = 0;
            for (rp_ssize_t i = 0; i < nb; i++) {
                carry += vk[i] + wd[i];
                vk[i] = carry & MASK;
                carry >>= SHIFT;
            }
            qh--;
        }
        vk[nb] = 0;
        qd[k] = (digit)qh;
    }
    /* remainder: the low nb digits of v, unnormalised */
    v_rshift(wd, vd, nb, d);
    rp_decref(v);
    *pq = q;
    *pr = w;
    return 0;
}

/* ====================================================================== */
/* Signed operations                                                       */
/* ====================================================================== */

static RpObject *finish_sign(RpLongObject *z, int negate)
{
    if (z == NULL) {
        return NULL;
    }
    if (negate) {
        z->ob_base.ob_size = -z->ob_base.ob_size;
    }
    return rp_long_norm(z);
}

RpObject *rp_int_add(RpObject *a, RpObject *b)
{
    if (is_compact(a) && is_compact(b)) {
        return rp_int_from_long(compact_value(a) + compact_value(b));
    }
    if (is_two_digits(a) && is_two_digits(b)) {
        /* |a + b| < 2**61: no overflow */
        return rp_int_from_long_long(two_digits_value(a) + two_digits_value(b));
    }
    rp_ssize_t na = rp_long_ndigits(a), nb = rp_long_ndigits(b);
    const digit *da = rp_long_digits(a), *db = rp_long_digits(b);
    if (RP_SIZE(a) < 0) {
        if (RP_SIZE(b) < 0) {
            return finish_sign(x_add(da, na, db, nb), 1);
        }
        return finish_sign(x_sub(db, nb, da, na), 0);
    }
    if (RP_SIZE(b) < 0) {
        return finish_sign(x_sub(da, na, db, nb), 0);
    }
    return finish_sign(x_add(da, na, db, nb), 0);
}

RpObject *rp_int_sub(RpObject *a, RpObject *b)
{
    if (is_compact(a) && is_compact(b)) {
        return rp_int_from_long(compact_value(a) - compact_value(b));
    }
    if (is_two_digits(a) && is_two_digits(b)) {
        return rp_int_from_long_long(two_digits_value(a) - two_digits_value(b));
    }
    rp_ssize_t na = rp_long_ndigits(a), nb = rp_long_ndigits(b);
    const digit *da = rp_long_digits(a), *db = rp_long_digits(b);
    if (RP_SIZE(a) < 0) {
        if (RP_SIZE(b) < 0) {
            return finish_sign(x_sub(db, nb, da, na), 0);
        }
        return finish_sign(x_add(da, na, db, nb), 1);
    }
    if (RP_SIZE(b) < 0) {
        return finish_sign(x_add(da, na, db, nb), 0);
    }
    return finish_sign(x_sub(da, na, db, nb), 0);
}

RpObject *rp_int_mul(RpObject *a, RpObject *b)
{
    if (is_compact(a) && is_compact(b)) {
        return rp_int_from_long_long((long long)compact_value(a) * compact_value(b));
    }
    RpLongObject *z = mag_mul(rp_long_digits(a), rp_long_ndigits(a),
                              rp_long_digits(b), rp_long_ndigits(b));
    return finish_sign(z, (RP_SIZE(a) < 0) != (RP_SIZE(b) < 0));
}

RpObject *rp_int_neg(RpObject *v)
{
    if (is_compact(v)) {
        return rp_int_from_long(-compact_value(v));
    }
    rp_ssize_t n = rp_long_ndigits(v);
    RpLongObject *z = rp_long_alloc(n);
    if (z == NULL) {
        return NULL;
    }
    memcpy(z->ob_digit, rp_long_digits(v), (size_t)n * sizeof(digit));
    z->ob_base.ob_size = -RP_SIZE(v);
    return rp_long_norm(z);
}

RpObject *rp_long_neg(RpObject *v) { return rp_int_neg(v); }

RpObject *rp_long_abs(RpObject *v)
{
    if (RP_SIZE(v) < 0) {
        return rp_int_neg(v);
    }
    return rp_long_copy_exact(v);
}

/* Floor division and modulo.  Either output may be NULL when not wanted. */
static int l_divmod(RpObject *a, RpObject *b, RpObject **pdiv, RpObject **pmod)
{
    if (RP_SIZE(b) == 0) {
        rp_err_set_string(&RpExc_ZeroDivisionError,
                          pdiv != NULL ? "integer division or modulo by zero"
                                       : "integer modulo by zero");
        return -1;
    }
    if (is_two_digits(a) && is_two_digits(b)) {
        /* |a|, |b| < 2**60: native division (the compact case included) */
        long long x = two_digits_value(a), y = two_digits_value(b);
        long long q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        if (pdiv != NULL) {
            *pdiv = rp_int_from_long_long(q);
            if (*pdiv == NULL) {
                return -1;
            }
        }
        if (pmod != NULL) {
            *pmod = rp_int_from_long_long(r);
            if (*pmod == NULL) {
                if (pdiv != NULL) {
                    RP_CLEAR(*pdiv);
                }
                return -1;
            }
        }
        return 0;
    }
    RpLongObject *q, *r;
    if (mag_divrem(rp_long_digits(a), rp_long_ndigits(a), rp_long_digits(b),
                   rp_long_ndigits(b), &q, &r) < 0) {
        return -1;
    }
    int qneg = (RP_SIZE(a) < 0) != (RP_SIZE(b) < 0);
    RpObject *qo = finish_sign(q, qneg);
    RpObject *ro = finish_sign(r, RP_SIZE(a) < 0);
    /* floor: if the remainder is non-zero with a sign other than b's,
       q -= 1 and r += b */
    if (RP_SIZE(ro) != 0 && ((RP_SIZE(ro) < 0) != (RP_SIZE(b) < 0))) {
        RpObject *t;
        if (pmod != NULL) {
            t = rp_int_add(ro, b);
            rp_decref(ro);
            ro = t;
            if (ro == NULL) {
                rp_decref(qo);
                return -1;
            }
        }
        if (pdiv != NULL) {
            RpObject *one = rp_small_int_borrow(1);
            t = rp_int_sub(qo, one);
            rp_decref(qo);
            qo = t;
            if (qo == NULL) {
                rp_decref(ro);
                return -1;
            }
        }
    }
    if (pdiv != NULL) {
        *pdiv = qo;
    } else {
        rp_decref(qo);
    }
    if (pmod != NULL) {
        *pmod = ro;
    } else {
        rp_decref(ro);
    }
    return 0;
}

RpObject *rp_int_floordiv(RpObject *a, RpObject *b)
{
    RpObject *q;
    if (l_divmod(a, b, &q, NULL) < 0) {
        return NULL;
    }
    return q;
}

RpObject *rp_int_mod(RpObject *a, RpObject *b)
{
    RpObject *r;
    if (l_divmod(a, b, NULL, &r) < 0) {
        return NULL;
    }
    return r;
}

RpObject *rp_long_divmod(RpObject *a, RpObject *b, RpObject **mod)
{
    RpObject *q;
    if (mod == NULL) {
        return rp_int_floordiv(a, b);
    }
    if (RP_SIZE(b) == 0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "integer division or modulo by zero");
    }
    if (l_divmod(a, b, &q, mod) < 0) {
        return NULL;
    }
    return q;
}

RpObject *rp_long_div_near(RpObject *a, RpObject *b)
{
    RpObject *q, *r;
    if (l_divmod(a, b, &q, &r) < 0) {
        return NULL;
    }
    /* b > 0 so 0 <= r < b: round up when 2r > b, or 2r == b and q odd */
    RpObject *r2 = rp_long_lshift_int(r, 1);
    rp_decref(r);
    if (r2 == NULL) {
        rp_decref(q);
        return NULL;
    }
    int c = rp_int_compare(r2, b);
    rp_decref(r2);
    if (c > 0 || (c == 0 && rp_long_is_odd(q))) {
        RpObject *t = rp_int_add(q, rp_small_int_borrow(1));
        rp_decref(q);
        return t;
    }
    return q;
}

/* ---- shifts -------------------------------------------------------------- */

RpObject *rp_long_lshift_int(RpObject *v, int64_t n)
{
    rp_ssize_t na = rp_long_ndigits(v);
    if (na == 0) {
        return small_int(0);
    }
    if (is_compact(v) && n < 32) {
        long long x = (long long)compact_value(v);
        return rp_int_from_long_long(x < 0 ? -(long long)((unsigned long long)(-x) << n)
                                           : (long long)((unsigned long long)x << n));
    }
    int64_t wordshift = n / SHIFT;
    int rem = (int)(n % SHIFT);
    if (wordshift > RP_LONG_MAX_DIGITS - na - 1) {
        return rp_err_set_string(&RpExc_OverflowError, "too many digits in integer");
    }
    RpLongObject *z = rp_long_alloc(na + (rp_ssize_t)wordshift + 1);
    if (z == NULL) {
        return NULL;
    }
    z->ob_digit[na + wordshift] = v_lshift(z->ob_digit + wordshift, rp_long_digits(v), na, rem);
    return finish_sign(z, RP_SIZE(v) < 0);
}

RpObject *rp_long_rshift_int(RpObject *v, int64_t n)
{
    rp_ssize_t na = rp_long_ndigits(v);
    int neg = RP_SIZE(v) < 0;
    if (is_compact(v)) {
        long x = compact_value(v);
        if (n >= 31) {
            return small_int(x < 0 ? -1 : 0);
        }
        /* floor division by 2**n without shifting a negative value */
        long p = 1L << n;
        long q = x / p;
        if (x % p != 0 && x < 0) {
            q--;
        }
        return rp_int_from_long(q);
    }
    int64_t wordshift = n / SHIFT;
    int rem = (int)(n % SHIFT);
    if (wordshift >= na) {
        return small_int(neg ? -1 : 0);
    }
    rp_ssize_t nz = na - (rp_ssize_t)wordshift;
    RpLongObject *z = rp_long_alloc(nz + 1);   /* + 1: room for a carry */
    if (z == NULL) {
        return NULL;
    }
    const digit *a = rp_long_digits(v);
    digit lost = v_rshift(z->ob_digit, a + wordshift, nz, rem);
    if (neg) {
        /* floor: round the magnitude up if any bit was shifted out */
        for (rp_ssize_t i = 0; !lost && i < wordshift; i++) {
            lost = a[i];
        }
        if (lost) {
            digit one = 1;
            v_iadd(z->ob_digit, nz + 1, &one, 1);
        }
        z->ob_base.ob_size = -(nz + 1);
    }
    return rp_long_norm(z);
}

/* the shift count as int64, or -1 with an error; *huge set when it does
 * not fit */
static int shift_count(RpObject *b, int64_t *n, int *huge)
{
    if (RP_SIZE(b) < 0) {
        rp_err_set_string(&RpExc_ValueError, "negative shift count");
        return -1;
    }
    int overflow;
    long v = rp_int_as_long_and_overflow(b, &overflow);
    *huge = overflow != 0;
    *n = *huge ? 0 : v;
    return 0;
}

RpObject *rp_int_lshift(RpObject *a, RpObject *b)
{
    int64_t n;
    int huge;
    if (shift_count(b, &n, &huge) < 0) {
        return NULL;
    }
    if (RP_SIZE(a) == 0) {
        return small_int(0);
    }
    if (huge) {
        /* beyond 2**63 bits: as CPython, MemoryError while the digit
           count is representable, OverflowError past MAX_LONG_DIGITS */
        RpObject *k = rp_int_from_long(SHIFT), *r;
        RpObject *w = k != NULL ? rp_long_divmod(b, k, &r) : NULL;
        rp_xdecref(k);
        if (w == NULL) {
            return NULL;
        }
        rp_decref(r);
        int ovf;
        long ws = rp_int_as_long_and_overflow(w, &ovf);
        rp_decref(w);
        if (ovf == 0 && ws < RP_LONG_MAX_DIGITS - rp_long_ndigits(a) - 1) {
            return rp_err_nomemory();
        }
        return rp_err_set_string(&RpExc_OverflowError, "too many digits in integer");
    }
    return rp_long_lshift_int(a, n);
}

RpObject *rp_int_rshift(RpObject *a, RpObject *b)
{
    int64_t n;
    int huge;
    if (shift_count(b, &n, &huge) < 0) {
        return NULL;
    }
    if (huge) {
        return small_int(RP_SIZE(a) < 0 ? -1 : 0);
    }
    return rp_long_rshift_int(a, n);
}

/* ---- bitwise ---------------------------------------------------------------- */

/* Fill t[0..n) with the two's complement digits of v (sign extended);
 * returns the sign-extension digit (0 or MASK). */
static digit twos_complement(RpObject *v, digit *t, rp_ssize_t n)
{
    rp_ssize_t nv = rp_long_ndigits(v);
    const digit *d = rp_long_digits(v);
    if (RP_SIZE(v) >= 0) {
        memcpy(t, d, (size_t)nv * sizeof(digit));
        memset(t + nv, 0, (size_t)(n - nv) * sizeof(digit));
        return 0;
    }
    digit carry = 1;
    for (rp_ssize_t i = 0; i < n; i++) {
        digit x = (i < nv ? d[i] : 0) ^ MASK;
        x += carry;
        carry = x >> SHIFT;
        t[i] = x & MASK;
    }
    return MASK;
}

static RpObject *long_bitwise(RpObject *a, char op, RpObject *b)
{
    if (is_compact(a) && is_compact(b)) {
        long x = compact_value(a), y = compact_value(b);
        return rp_int_from_long(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    rp_ssize_t n = rp_long_ndigits(a);
    if (rp_long_ndigits(b) > n) {
        n = rp_long_ndigits(b);
    }
    n += 1;
    digit *ta = rp_mem_malloc((size_t)(2 * n) * sizeof(digit));
    if (ta == NULL) {
        return rp_err_nomemory();
    }
    digit *tb = ta + n;
    digit sa = twos_complement(a, ta, n);
    digit sb = twos_complement(b, tb, n);
    digit sz = op == '&' ? (sa & sb) : op == '|' ? (sa | sb) : (sa ^ sb);
    RpLongObject *z = rp_long_alloc(n);
    if (z == NULL) {
        rp_mem_free(ta);
        return NULL;
    }
    digit *zd = z->ob_digit;
    for (rp_ssize_t i = 0; i < n; i++) {
        zd[i] = op == '&' ? (ta[i] & tb[i]) : op == '|' ? (ta[i] | tb[i]) : (ta[i] ^ tb[i]);
    }
    rp_mem_free(ta);
    if (sz) {
        /* negative: magnitude = ~z + 1 */
        digit carry = 1;
        for (rp_ssize_t i = 0; i < n; i++) {
            digit x = (zd[i] ^ MASK) + carry;
            carry = x >> SHIFT;
            zd[i] = x & MASK;
        }
        z->ob_base.ob_size = -n;
    }
    return rp_long_norm(z);
}

RpObject *rp_int_and(RpObject *a, RpObject *b) { return long_bitwise(a, '&', b); }
RpObject *rp_int_or(RpObject *a, RpObject *b) { return long_bitwise(a, '|', b); }
RpObject *rp_int_xor(RpObject *a, RpObject *b) { return long_bitwise(a, '^', b); }
RpObject *rp_long_and(RpObject *a, RpObject *b) { return long_bitwise(a, '&', b); }

static RpObject *long_invert(RpObject *v)
{
    /* ~v == -(v + 1) */
    if (is_compact(v)) {
        return rp_int_from_long(~compact_value(v));
    }
    RpObject *t = rp_int_add(v, rp_small_int_borrow(1));
    if (t == NULL) {
        return NULL;
    }
    RpObject *r = rp_int_neg(t);
    rp_decref(t);
    return r;
}

/* ---- true division ------------------------------------------------------- */

RpObject *rp_int_true_divide(RpObject *a, RpObject *b)
{
    if (RP_SIZE(b) == 0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "division by zero");
    }
    int negate = (RP_SIZE(a) < 0) != (RP_SIZE(b) < 0);
    int64_t abits = rp_int_bit_length(a), bbits = rp_int_bit_length(b);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        /* both exact as doubles: one correctly rounded IEEE division */
        double x = rp_int_as_double(a), y = rp_int_as_double(b);
        return rp_float_from_double(x / y);
    }
    if (RP_SIZE(a) == 0) {
        return rp_float_from_double(negate ? -0.0 : 0.0);
    }
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP) {
        goto overflow;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        return rp_float_from_double(negate ? -0.0 : 0.0);
    }
    /* Scale a by 2**-shift so the quotient has DBL_MANT_DIG + 2 or + 3
     * bits (fewer in the subnormal range), divide, then round once using
     * the remainder and any bits shifted out as the sticky bit. */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact = 0;
    RpObject *absa = rp_long_abs(a), *absb = NULL, *x = NULL, *q = NULL, *r = NULL;
    if (absa == NULL) {
        return NULL;
    }
    absb = rp_long_abs(b);
    if (absb == NULL) {
        goto error;
    }
    if (shift <= 0) {
        x = rp_long_lshift_int(absa, -shift);
    } else {
        x = rp_long_rshift_int(absa, shift);
        if (x != NULL) {
            /* any of the low `shift` bits of a set? */
            rp_ssize_t wd = (rp_ssize_t)(shift / SHIFT);
            int rb = (int)(shift % SHIFT);
            const digit *d = rp_long_digits(absa);
            for (rp_ssize_t i = 0; i < wd && !inexact; i++) {
                inexact = d[i] != 0;
            }
            if (!inexact && rb && (d[wd] & (((digit)1 << rb) - 1))) {
                inexact = 1;
            }
        }
    }
    if (x == NULL) {
        goto error;
    }
    if (l_divmod(x, absb, &q, &r) < 0) {
        goto error;
    }
    if (RP_SIZE(r) != 0) {
        inexact = 1;
    }
    {
        uint64_t qv = rp_int_as_u64_mask(q);
        int64_t qbits = rp_int_bit_length(q);
        int64_t keep = qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift;
        int extra = (int)(keep - DBL_MANT_DIG);    /* 2 or 3 */
        uint64_t half = (uint64_t)1 << (extra - 1);
        uint64_t low = qv & ((half << 1) - 1);
        if ((low & half) && ((low & (half - 1)) || inexact || (qv & (half << 1)))) {
            qv += half << 1;
        }
        qv &= ~((half << 1) - 1);
        double dx = (double)qv;    /* exact */
        rp_decref(absa);
        rp_decref(absb);
        rp_decref(x);
        rp_decref(q);
        rp_decref(r);
        if (shift > DBL_MAX_EXP) {
            goto overflow;
        }
        double res = ldexp(dx, (int)shift);
        if (isinf(res)) {
            goto overflow;
        }
        return rp_float_from_double(negate ? -res : res);
    }
error:
    rp_xdecref(absa);
    rp_xdecref(absb);
    rp_xdecref(x);
    rp_xdecref(q);
    rp_xdecref(r);
    return NULL;
overflow:
    return rp_err_set_string(&RpExc_OverflowError, "integer division result too large for a float");
}

RpObject *rp_long_true_divide(RpObject *a, RpObject *b) { return rp_int_true_divide(a, b); }

/* ---- power ---------------------------------------------------------------- */

/* Modular inverse of a modulo m (m > 1, 0 <= a < m); ValueError when none */
static RpObject *long_invmod(RpObject *a, RpObject *m)
{
    RpObject *b = rp_newref(m), *aa = rp_newref(a);
    RpObject *x0 = small_int(1), *x1 = small_int(0);
    /* invariant: aa == x0 * a (mod m), b == x1 * a (mod m) */
    while (RP_SIZE(b) != 0) {
        RpObject *r, *q = rp_long_divmod(aa, b, &r);
        if (q == NULL) {
            goto error;
        }
        RpObject *t = rp_int_mul(q, x1);
        rp_decref(q);
        if (t == NULL) {
            rp_decref(r);
            goto error;
        }
        RpObject *nx = rp_int_sub(x0, t);
        rp_decref(t);
        if (nx == NULL) {
            rp_decref(r);
            goto error;
        }
        rp_decref(x0);
        x0 = x1;
        x1 = nx;
        rp_decref(aa);
        aa = b;
        b = r;
    }
    if (!(RP_SIZE(aa) == 1 && rp_long_digits(aa)[0] == 1)) {
        rp_err_set_string(&RpExc_ValueError, "base is not invertible for the given modulus");
        goto error;
    }
    rp_decref(aa);
    rp_decref(b);
    rp_decref(x1);
    {
        RpObject *r = rp_int_mod(x0, m);
        rp_decref(x0);
        return r;
    }
error:
    rp_decref(aa);
    rp_decref(b);
    rp_decref(x0);
    rp_decref(x1);
    return NULL;
}

/* z = z * y (mod m when m != NULL); consumes z */
static RpObject *mulmod(RpObject *z, RpObject *y, RpObject *m)
{
    RpObject *t = rp_int_mul(z, y);
    rp_decref(z);
    if (t == NULL || m == NULL) {
        return t;
    }
    RpObject *r = rp_int_mod(t, m);
    rp_decref(t);
    return r;
}

RpObject *rp_int_pow(RpObject *a, RpObject *b, RpObject *m)
{
    if (m == rp_None) {
        m = NULL;
    }
    int negative_output = 0;
    RpObject *base = NULL, *mod = NULL, *exp = NULL, *z = NULL;
    if (m == NULL) {
        if (RP_SIZE(b) < 0) {
            /* a ** -n is a float */
            return RpFloat_Type.nb_power(a, b, rp_None);
        }
        /* fast path: small machine values */
        if (is_compact(a) && is_compact(b)) {
            long x = compact_value(a), n = compact_value(b);
            long long r = 1, p = x;
            int ok = 1;
            long e = n;
            while (e > 0 && ok) {
                if (e & 1) {
                    if (__builtin_mul_overflow(r, p, &r)) {
                        ok = 0;
                    }
                }
                e >>= 1;
                if (e > 0 && __builtin_mul_overflow(p, p, &p)) {
                    ok = 0;
                }
            }
            if (ok) {
                return rp_int_from_long_long(r);
            }
        }
        base = rp_newref(a);
        exp = rp_newref(b);
    } else {
        if (RP_SIZE(m) == 0) {
            return rp_err_set_string(&RpExc_ValueError, "pow() 3rd argument cannot be 0");
        }
        if (RP_SIZE(m) < 0) {
            negative_output = 1;
            mod = rp_int_neg(m);
        } else {
            mod = rp_long_copy_exact(m);
        }
        if (mod == NULL) {
            return NULL;
        }
        if (RP_SIZE(mod) == 1 && rp_long_digits(mod)[0] == 1) {
            rp_decref(mod);
            return small_int(0);
        }
        base = rp_int_mod(a, mod);
        if (base == NULL) {
            goto error;
        }
        if (RP_SIZE(b) < 0) {
            RpObject *inv = long_invmod(base, mod);
            if (inv == NULL) {
                goto error;
            }
            rp_decref(base);
            base = inv;
            exp = rp_int_neg(b);
        } else {
            exp = rp_newref(b);
        }
        if (exp == NULL) {
            goto error;
        }
    }
    /* left-to-right binary exponentiation */
    z = small_int(1);
    {
        int64_t nbits = rp_int_bit_length(exp);
        const digit *ed = rp_long_digits(exp);
        for (int64_t i = nbits - 1; i >= 0; i--) {
            z = mulmod(z, z, mod);
            if (z == NULL) {
                goto error;
            }
            if ((ed[i / SHIFT] >> (i % SHIFT)) & 1) {
                z = mulmod(z, base, mod);
                if (z == NULL) {
                    goto error;
                }
            }
        }
    }
    if (negative_output && RP_SIZE(z) != 0) {
        RpObject *t = rp_int_sub(z, mod);
        rp_decref(z);
        z = t;
    }
    rp_decref(base);
    rp_decref(exp);
    rp_xdecref(mod);
    return z;
error:
    rp_xdecref(base);
    rp_xdecref(exp);
    rp_xdecref(mod);
    rp_xdecref(z);
    return NULL;
}

RpObject *rp_long_pow(RpObject *a, RpObject *b, RpObject *m) { return rp_int_pow(a, b, m); }

/* ---- gcd and isqrt --------------------------------------------------------- */

static uint64_t gcd_u64(uint64_t x, uint64_t y)
{
    while (y != 0) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return x;
}

RpObject *rp_long_gcd(RpObject *a, RpObject *b)
{
    RpObject *x = rp_long_abs(a);
    if (x == NULL) {
        return NULL;
    }
    RpObject *y = rp_long_abs(b);
    if (y == NULL) {
        rp_decref(x);
        return NULL;
    }
    if (rp_int_compare(x, y) < 0) {
        RpObject *t = x; x = y; y = t;
    }
    /* Euclid on ints until both fit in 64 bits */
    while (RP_SIZE(y) != 0 && rp_long_ndigits(x) > 2) {
        RpObject *r = rp_int_mod(x, y);
        if (r == NULL) {
            rp_decref(x);
            rp_decref(y);
            return NULL;
        }
        rp_decref(x);
        x = y;
        y = r;
    }
    uint64_t g = gcd_u64(rp_int_as_u64_mask(x), rp_int_as_u64_mask(y));
    if (RP_SIZE(y) == 0) {
        rp_decref(y);
        return x;
    }
    rp_decref(x);
    rp_decref(y);
    return rp_int_from_unsigned_long_long(g);
}

static uint64_t isqrt_u64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > 0 && (r > UINT32_MAX || r * r > n)) {
        r--;
    }
    while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= n) {
        r++;
    }
    return r;
}

RpObject *rp_long_isqrt(RpObject *n)
{
    if (rp_long_ndigits(n) <= 2) {
        return rp_int_from_unsigned_long_long(isqrt_u64(rp_int_as_u64_mask(n)));
    }
    /* Newton's iteration from above: x = 2**ceil(bits/2) >= sqrt(n) */
    int64_t bits = rp_int_bit_length(n);
    RpObject *x = rp_long_lshift_int(rp_small_int_borrow(1), (bits + 1) / 2);
    if (x == NULL) {
        return NULL;
    }
    for (;;) {
        RpObject *q = rp_int_floordiv(n, x);
        if (q == NULL) {
            rp_decref(x);
            return NULL;
        }
        RpObject *s = rp_int_add(x, q);
        rp_decref(q);
        if (s == NULL) {
            rp_decref(x);
            return NULL;
        }
        RpObject *y = rp_long_rshift_int(s, 1);
        rp_decref(s);
        if (y == NULL) {
            rp_decref(x);
            return NULL;
        }
        if (rp_int_compare(y, x) >= 0) {
            rp_decref(y);
            return x;
        }
        rp_decref(x);
        x = y;
    }
}

/* ====================================================================== */
/* The number slots                                                        */
/* ====================================================================== */

#define BINOP_CHECK(a, b)                                   \
    do {                                                    \
        if (!rp_int_check(a) || !rp_int_check(b)) {         \
            return rp_notimplemented_new();                 \
        }                                                   \
    } while (0)

RpObject *rp_long_nb_add(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_add(a, b); }
RpObject *rp_long_nb_sub(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_sub(a, b); }
RpObject *rp_long_nb_mul(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_mul(a, b); }
RpObject *rp_long_nb_and(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return long_bitwise(a, '&', b); }
RpObject *rp_long_nb_or(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return long_bitwise(a, '|', b); }
RpObject *rp_long_nb_xor(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return long_bitwise(a, '^', b); }
RpObject *rp_long_nb_floordiv(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_floordiv(a, b); }
RpObject *rp_long_nb_mod(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_mod(a, b); }
RpObject *rp_long_nb_truediv(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_true_divide(a, b); }
RpObject *rp_long_nb_lshift(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_lshift(a, b); }
RpObject *rp_long_nb_rshift(RpObject *a, RpObject *b) { BINOP_CHECK(a, b); return rp_int_rshift(a, b); }

RpObject *rp_long_nb_divmod(RpObject *a, RpObject *b)
{
    BINOP_CHECK(a, b);
    RpObject *q, *r;
    if (RP_SIZE(b) == 0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "integer division or modulo by zero");
    }
    if (l_divmod(a, b, &q, &r) < 0) {
        return NULL;
    }
    RpObject *t = rp_tuple_new(2);
    if (t == NULL) {
        rp_decref(q);
        rp_decref(r);
        return NULL;
    }
    rp_tuple_set_steal(t, 0, q);
    rp_tuple_set_steal(t, 1, r);
    return t;
}

RpObject *rp_long_nb_pow(RpObject *a, RpObject *b, RpObject *m)
{
    BINOP_CHECK(a, b);
    if (m != NULL && m != rp_None && !rp_int_check(m)) {
        return rp_notimplemented_new();
    }
    return rp_int_pow(a, b, m);
}

RpObject *rp_long_nb_neg(RpObject *v) { return rp_int_neg(v); }
RpObject *rp_long_nb_pos(RpObject *v) { return rp_long_copy_exact(v); }
RpObject *rp_long_nb_abs(RpObject *v) { return rp_long_abs(v); }
RpObject *rp_long_nb_invert(RpObject *v) { return long_invert(v); }
int rp_long_nb_bool(RpObject *v) { return RP_SIZE(v) != 0; }
RpObject *rp_long_nb_int(RpObject *v) { return rp_long_copy_exact(v); }

RpObject *rp_long_nb_float(RpObject *v)
{
    double d = rp_int_as_double(v);
    if (d == -1.0 && rp_err_occurred()) {
        return NULL;
    }
    return rp_float_from_double(d);
}
