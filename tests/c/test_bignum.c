/* test_bignum.c - unit tests of the int implementation (intobject.c,
 * longarith.c, longformat.c) and of float/int conversions.
 *
 *   - conversions with C numbers at the edges (LONG_MIN, 2**63, ...)
 *   - arithmetic identities on random values of every size, across the
 *     Karatsuba cutoff: (a+b)-b == a, q*b+r == a with floor signs,
 *     (a+b)**2 == a*a + 2*a*b + b*b, shifts vs powers of two, bitwise
 *     identities in two's complement, str/bytes round trips
 *   - values recorded from python3 (3.11.7): products, quotients, hashes,
 *     true division, modular powers, float reprs
 *   - small-int caching and refcounts of the results
 *
 * It starts the whole runtime (rp_initialize), so every type is ready and
 * error messages come from the real machinery.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/refcount.h"
#include "objects/boolobject.h"
#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/longint.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/pythonrun.h"

static int checks, failures;

#define CHECK(cond)                                                          \
    do {                                                                     \
        checks++;                                                            \
        if (!(cond)) {                                                       \
            failures++;                                                      \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);           \
        }                                                                    \
    } while (0)

/* ---- helpers ---- */

static RpObject *I(const char *s)
{
    RpObject *v = rp_int_from_string(s, (rp_ssize_t)strlen(s), 0);
    if (v == NULL) {
        printf("FAIL: cannot parse %s\n", s);
        rp_err_clear();
        failures++;
        return rp_int_from_long(0);
    }
    return v;
}

/* compare str(v) with s; consumes v */
static int str_is(RpObject *v, const char *s)
{
    if (v == NULL) {
        RpObject *e = rp_err_fetch();
        RpObject *r = e != NULL ? rp_object_repr(e) : NULL;
        printf("  exception: %s (wanted %s)\n", r ? rp_str_as_utf8(r, NULL) : "?", s);
        rp_xdecref(r);
        rp_xdecref(e);
        return 0;
    }
    RpObject *t = rp_object_str(v);
    rp_decref(v);
    if (t == NULL) {
        rp_err_clear();
        return 0;
    }
    const char *u = rp_str_as_utf8(t, NULL);
    int ok = strcmp(u, s) == 0;
    if (!ok) {
        printf("  got %.200s, wanted %.200s\n", u, s);
    }
    rp_decref(t);
    return ok;
}

/* did the last call raise `type` with message `msg`? clears it */
static int raised(RpTypeObject *type, const char *msg)
{
    RpObject *e = rp_err_fetch();
    if (e == NULL) {
        printf("  no exception (wanted %s)\n", msg);
        return 0;
    }
    int ok = rp_type(e) == type;
    RpObject *s = rp_object_str(e);
    if (s != NULL && strcmp(rp_str_as_utf8(s, NULL), msg) != 0) {
        printf("  message %s, wanted %s\n", rp_str_as_utf8(s, NULL), msg);
        ok = 0;
    }
    rp_xdecref(s);
    rp_decref(e);
    return ok;
}

static int eq(RpObject *a, RpObject *b)
{
    return rp_int_compare(a, b) == 0;
}

/* xorshift PRNG: reproducible random ints */
static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t next64(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* a random int of up to `digits` 30-bit digits, random sign; sometimes
 * with runs of all-ones or zero digits (carry and borrow paths) */
static RpObject *random_int(rp_ssize_t digits)
{
    rp_ssize_t n = 1 + (rp_ssize_t)(next64() % (uint64_t)digits);
    RpLongObject *v = rp_long_alloc(n);
    int style = (int)(next64() % 4);
    for (rp_ssize_t i = 0; i < n; i++) {
        uint64_t r = next64();
        rp_digit d = (rp_digit)(r & RP_LONG_MASK);
        if (style == 1 && (r >> 40) % 3 == 0) {
            d = RP_LONG_MASK;
        } else if (style == 2 && (r >> 40) % 3 == 0) {
            d = 0;
        }
        v->ob_digit[i] = d;
    }
    if (next64() & 1) {
        v->ob_base.ob_size = -n;
    }
    return rp_long_norm(v);
}

/* ---- tests ---- */

static void test_small_ints(void)
{
    for (long v = -5; v <= 256; v++) {
        RpObject *a = rp_int_from_long(v);
        CHECK(a == rp_small_int_borrow(v));
        rp_decref(a);
    }
    RpObject *a = rp_int_from_long(250), *b = rp_int_from_long(6);
    RpObject *c = rp_int_add(a, b);
    CHECK(c == rp_small_int_borrow(256));
    rp_decref(c);
    rp_decref(b);
    b = rp_int_from_long(7);
    c = rp_int_add(a, b);
    CHECK(c != NULL && c != rp_small_int_borrow(256) && rp_refcnt(c) == 1);
    rp_decref(c);
    rp_decref(b);
    rp_decref(a);
    RpObject *big = I("1267650600228229401496703205376");   /* 2**100 */
    RpObject *d = rp_int_sub(big, big);
    CHECK(d == rp_small_int_borrow(0));
    rp_decref(d);
    RpObject *s1 = rp_int_from_string("256", 3, 10), *s2 = rp_int_from_string("256", 3, 10);
    CHECK(s1 == s2);
    rp_decref(s1);
    rp_decref(s2);
    s1 = rp_int_from_string("257", 3, 10);
    s2 = rp_int_from_string("257", 3, 10);
    CHECK(s1 != s2 && eq(s1, s2));
    rp_decref(s1);
    rp_decref(s2);
    rp_decref(big);
}

static void test_c_conversions(void)
{
    long vals[] = {0, 1, -1, 255, 256, 257, -5, -6, (1L << 30) - 1, 1L << 30, -(1L << 30),
                   1L << 60, LONG_MAX, LONG_MIN, LONG_MIN + 1};
    for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
        RpObject *v = rp_int_from_long(vals[i]);
        int ovf;
        CHECK(rp_int_as_long(v) == vals[i]);
        CHECK(rp_int_as_long_and_overflow(v, &ovf) == vals[i] && ovf == 0);
        CHECK(rp_int_as_long_long(v) == vals[i]);
        char buf[32];
        snprintf(buf, sizeof(buf), "%ld", vals[i]);
        CHECK(str_is(rp_newref(v), buf));
        rp_decref(v);
    }
    RpObject *v = I("9223372036854775808");    /* 2**63 */
    int ovf;
    CHECK(rp_int_as_long_and_overflow(v, &ovf) == -1 && ovf == 1);
    CHECK(rp_int_as_long(v) == -1 && raised(&RpExc_OverflowError, "Python int too large to convert to C long"));
    CHECK(rp_int_as_unsigned_long_long(v) == 9223372036854775808ULL);
    CHECK(rp_int_as_size_t(v) == (size_t)1 << 63);
    rp_decref(v);
    v = I("-9223372036854775809");
    CHECK(rp_int_as_long_and_overflow(v, &ovf) == -1 && ovf == -1);
    CHECK(rp_int_as_unsigned_long_long(v) == (unsigned long long)-1 &&
          raised(&RpExc_OverflowError, "can't convert negative int to unsigned"));
    CHECK(rp_int_as_u64_mask(v) == 9223372036854775807ULL);
    rp_decref(v);
    v = rp_int_from_unsigned_long_long(ULLONG_MAX);
    CHECK(str_is(rp_newref(v), "18446744073709551615"));
    CHECK(rp_int_bit_length(v) == 64);
    rp_decref(v);
    v = rp_int_from_size_t(0);
    CHECK(v == rp_small_int_borrow(0));
    rp_decref(v);
}

static void test_double_conversions(void)
{
    struct { const char *i; double d; } cases[] = {
        {"9007199254740993", 9007199254740992.0},          /* 2**53+1: ties to even */
        {"18014398509481987", 18014398509481988.0},        /* 2**54+3 */
        {"18446744073709551615", 18446744073709551616.0},
        {"0", 0.0}, {"-1", -1.0}, {"1073741824", 1073741824.0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        RpObject *v = I(cases[i].i);
        CHECK(rp_int_as_double(v) == cases[i].d);
        rp_decref(v);
    }
    RpObject *big = rp_long_lshift_int(rp_small_int_borrow(1), 1024);
    CHECK(rp_int_as_double(big) == -1.0 && raised(&RpExc_OverflowError, "int too large to convert to float"));
    RpObject *m = rp_long_lshift_int(rp_small_int_borrow(1), 970);
    RpObject *just = rp_int_sub(big, m);   /* 2**1024 - 2**970: a tie, rounds up to 2**1024 */
    CHECK(rp_int_as_double(just) == -1.0 && raised(&RpExc_OverflowError, "int too large to convert to float"));
    RpObject *m2 = rp_long_lshift_int(rp_small_int_borrow(1), 971);
    RpObject *ok = rp_int_sub(big, m2);    /* 2**1024 - 2**971: the largest double */
    CHECK(rp_int_as_double(ok) == 1.7976931348623157e308);
    rp_decref(big);
    rp_decref(m);
    rp_decref(m2);
    rp_decref(just);
    rp_decref(ok);
    double ds[] = {0.0, 1.0, -1.0, 3.99, -3.99, 1e20, -1e300, 4503599627370497.5, 1.7976931348623157e308};
    for (size_t i = 0; i < sizeof(ds) / sizeof(ds[0]); i++) {
        RpObject *v = rp_int_from_double(ds[i]);
        CHECK(v != NULL && rp_int_as_double(v) == trunc(ds[i]));
        rp_xdecref(v);
    }
    CHECK(rp_int_from_double(NAN) == NULL && raised(&RpExc_ValueError, "cannot convert float NaN to integer"));
    CHECK(rp_int_from_double(-INFINITY) == NULL &&
          raised(&RpExc_OverflowError, "cannot convert float infinity to integer"));
    /* exact comparisons with doubles */
    RpObject *p53 = I("9007199254740993");
    CHECK(rp_int_compare_double(p53, 9007199254740992.0) > 0);
    CHECK(rp_int_compare_double(p53, 9007199254740994.0) < 0);
    CHECK(rp_int_compare_double(p53, INFINITY) < 0 && rp_int_compare_double(p53, -INFINITY) > 0);
    rp_decref(p53);
    RpObject *s = rp_int_from_long(-3);
    CHECK(rp_int_compare_double(s, -2.5) < 0 && rp_int_compare_double(s, -3.0) == 0);
    rp_decref(s);
}

static void test_recorded(void)
{
    /* values printed by python3 3.11.7 */
    RpObject *a = I("0"), *b;
    rp_decref(a);
    RpObject *three = rp_int_from_long(3), *seven = rp_int_from_long(7), *five = rp_int_from_long(5);
    RpObject *e200 = rp_int_from_long(200), *e90 = rp_int_from_long(90), *e150 = rp_int_from_long(150);
    RpObject *t1 = rp_int_pow(three, e200, NULL), *t2 = rp_int_pow(seven, e90, NULL);
    a = rp_int_add(t1, t2);
    RpObject *t3 = rp_int_pow(five, e150, NULL), *eleven = rp_int_from_long(11);
    RpObject *nt3 = rp_int_neg(t3);
    b = rp_int_add(nt3, eleven);
    CHECK(str_is(rp_int_mul(a, b),
        "-186102237357476179404931917196584077599758270423244728122020234980431031396562562197908791026133416537232760497373242410920840728058108698234296691227969347378293219512653362839979145755938477408497500"));
    CHECK(str_is(rp_int_floordiv(a, b), "-1"));
    CHECK(str_is(rp_int_mod(a, b),
        "-700649231896794546585990022294726266010030299749684306511594499893266574780552830983802344814555851944364"));
    rp_decref(t1);
    rp_decref(t2);
    rp_decref(t3);
    rp_decref(nt3);
    rp_decref(eleven);
    rp_decref(a);
    rp_decref(b);
    rp_decref(e200);
    rp_decref(e90);
    rp_decref(e150);

    /* hashes */
    RpObject *h = rp_long_lshift_int(rp_small_int_borrow(1), 100);
    CHECK(rp_int_hash(h) == 549755813888);
    rp_decref(h);
    h = I("-1000000000000000000000000000000");
    CHECK(rp_int_hash(h) == -465258685558744706);
    rp_decref(h);
    h = I("12345678901234567890");
    CHECK(rp_int_hash(h) == 816463855166098135);
    rp_decref(h);
    h = I("2305843009213693951");    /* 2**61 - 1 */
    CHECK(rp_int_hash(h) == 0);
    rp_decref(h);
    h = rp_int_from_long(-1);
    CHECK(rp_int_hash(h) == -2);
    rp_decref(h);
    RpObject *f = rp_float_from_double(0.1);
    CHECK(rp_float_hash(f) == 230584300921369408);
    rp_decref(f);
    f = rp_float_from_double(1e100);
    CHECK(rp_float_hash(f) == 1822893315824342674);
    rp_decref(f);
    f = rp_float_from_double(-2.5);
    CHECK(rp_float_hash(f) == -1152921504606846978);
    rp_decref(f);
    f = rp_float_from_double(1e-300);
    CHECK(rp_float_hash(f) == 482449582752280463);
    rp_decref(f);

    /* true division */
    RpObject *x = I("1000000000000000000000000000000"), *y = rp_int_from_long(7);
    CHECK(str_is(rp_int_true_divide(x, y), "1.4285714285714285e+29"));
    rp_decref(x);
    rp_decref(y);
    x = rp_long_lshift_int(rp_small_int_borrow(1), 2000);
    RpObject *one = rp_int_from_long(1), *xx = rp_int_add(x, one);
    RpObject *k1000 = rp_int_from_long(1000);
    y = rp_int_pow(three, k1000, NULL);
    CHECK(str_is(rp_int_true_divide(xx, y), "8.68433580377441e+124"));
    CHECK(rp_int_true_divide(x, one) == NULL &&
          raised(&RpExc_OverflowError, "integer division result too large for a float"));
    CHECK(rp_int_true_divide(one, rp_small_int_borrow(0)) == NULL &&
          raised(&RpExc_ZeroDivisionError, "division by zero"));
    rp_decref(x);
    rp_decref(xx);
    rp_decref(y);
    rp_decref(k1000);
    rp_decref(three);

    /* modular powers */
    RpObject *m = I("10000000000000000000000000000000000000007");   /* 10**40 + 7 */
    RpObject *e = rp_int_from_long(100000);
    CHECK(str_is(rp_int_pow(rp_small_int_borrow(3), e, m), "7887609891946130918820517551590179844342"));
    rp_decref(m);
    rp_decref(e);
    m = I("1000000000000000000000000000057");
    RpObject *minus1 = rp_int_from_long(-1);
    CHECK(str_is(rp_int_pow(seven, minus1, m), "428571428571428571428571428596"));
    rp_decref(m);
    m = rp_int_from_long(4);
    RpObject *two = rp_int_from_long(2);
    CHECK(rp_int_pow(two, minus1, m) == NULL &&
          raised(&RpExc_ValueError, "base is not invertible for the given modulus"));
    CHECK(rp_int_pow(two, minus1, rp_small_int_borrow(0)) == NULL &&
          raised(&RpExc_ValueError, "pow() 3rd argument cannot be 0"));
    rp_decref(m);
    rp_decref(two);
    rp_decref(minus1);
    rp_decref(one);
    rp_decref(seven);
    rp_decref(five);

    /* a product far above the Karatsuba cutoff */
    RpObject *k3 = rp_int_from_long(3), *k7 = rp_int_from_long(7);
    RpObject *p1000 = rp_int_from_long(1000), *p700 = rp_int_from_long(700);
    RpObject *A = rp_int_pow(k3, p1000, NULL), *B = rp_int_pow(k7, p700, NULL);
    RpObject *AB = rp_int_mul(A, B);
    RpObject *mod = rp_int_from_long(1000000007);
    CHECK(str_is(rp_int_mod(AB, mod), "545803490"));
    RpObject *sh = rp_long_rshift_int(AB, 1234);
    RpObject *shs = rp_object_str(sh);
    CHECK(shs != NULL && strncmp(rp_str_as_utf8(shs, NULL), "1655267089193505354715926907407163391332", 40) == 0);
    rp_xdecref(shs);
    rp_decref(sh);
    RpObject *abs_ = rp_object_str(AB);
    CHECK(abs_ != NULL && rp_str_len(abs_) == 1069 &&
          strncmp(rp_str_as_utf8(abs_, NULL), "48964658470781363949585384138106603730323586558478438661205", 59) == 0);
    rp_xdecref(abs_);
    rp_decref(k3);
    rp_decref(k7);
    rp_decref(p1000);
    rp_decref(p700);
    rp_decref(A);
    rp_decref(B);
    rp_decref(AB);
    rp_decref(mod);

    /* float repr */
    char buf[40];
    struct { double d; const char *s; } reprs[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1e-5, "1e-05"}, {1.0, "1.0"}, {-0.0, "-0.0"},
        {123456789012345678.0, "1.2345678901234568e+17"}, {INFINITY, "inf"}, {-INFINITY, "-inf"},
        {NAN, "nan"}, {5e-324, "5e-324"}, {0.1 + 0.2, "0.30000000000000004"}, {1e15, "1000000000000000.0"},
        {1e-4, "0.0001"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {8.98846567431158e+307, "8.98846567431158e+307"}, {1.873927703884794e+286, "1.873927703884794e+286"},
    };
    for (size_t i = 0; i < sizeof(reprs) / sizeof(reprs[0]); i++) {
        rp_float_repr_buf(reprs[i].d, buf, sizeof(buf));
        if (strcmp(buf, reprs[i].s) != 0) {
            printf("  repr %s != %s\n", buf, reprs[i].s);
        }
        CHECK(strcmp(buf, reprs[i].s) == 0);
    }
}

static void test_errors(void)
{
    RpObject *one = rp_int_from_long(1), *zero = rp_int_from_long(0), *neg = rp_int_from_long(-1);
    CHECK(rp_int_floordiv(one, zero) == NULL &&
          raised(&RpExc_ZeroDivisionError, "integer division or modulo by zero"));
    CHECK(rp_int_mod(one, zero) == NULL && raised(&RpExc_ZeroDivisionError, "integer modulo by zero"));
    CHECK(rp_int_lshift(one, neg) == NULL && raised(&RpExc_ValueError, "negative shift count"));
    CHECK(rp_int_rshift(one, neg) == NULL && raised(&RpExc_ValueError, "negative shift count"));
    CHECK(rp_int_from_string("chai", 4, 10) == NULL &&
          raised(&RpExc_ValueError, "invalid literal for int() with base 10: 'chai'"));
    CHECK(rp_int_from_string("1__0", 4, 10) == NULL &&
          raised(&RpExc_ValueError, "invalid literal for int() with base 10: '1__0'"));
    CHECK(rp_int_from_string("010", 3, 0) == NULL &&
          raised(&RpExc_ValueError, "invalid literal for int() with base 0: '010'"));
    CHECK(str_is(rp_int_from_string(" -0x_1f ", 8, 0), "-31"));
    CHECK(str_is(rp_int_from_string("0_0", 3, 0), "0"));
    CHECK(str_is(rp_int_from_string("zZ", 2, 36), "1295"));
    rp_decref(one);
    rp_decref(zero);
    rp_decref(neg);
}

static void test_random_identities(void)
{
    static const rp_ssize_t sizes[] = {1, 2, 3, 8, 40, 75, 150, 300};
    for (size_t si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++) {
        for (int iter = 0; iter < 60; iter++) {
            RpObject *a = random_int(sizes[si]);
            RpObject *b = random_int(sizes[(si + (size_t)iter) % (sizeof(sizes) / sizeof(sizes[0]))]);
            /* (a + b) - b == a */
            RpObject *s = rp_int_add(a, b), *d = rp_int_sub(s, b);
            CHECK(eq(d, a));
            rp_decref(d);
            /* (a + b)**2 == a*a + 2*a*b + b*b (squaring vs general multiply) */
            RpObject *s2 = rp_int_mul(s, s), *aa = rp_int_mul(a, a), *bb = rp_int_mul(b, b);
            RpObject *ab = rp_int_mul(a, b), *ab2 = rp_int_add(ab, ab);
            RpObject *r1 = rp_int_add(aa, ab2), *r2 = rp_int_add(r1, bb);
            CHECK(eq(s2, r2));
            /* a*b == b*a */
            RpObject *ba = rp_int_mul(b, a);
            CHECK(eq(ab, ba));
            rp_decref(ba);
            rp_decref(s2);
            rp_decref(aa);
            rp_decref(bb);
            rp_decref(ab2);
            rp_decref(r1);
            rp_decref(r2);
            /* floor division: q*b + r == a, 0 <= |r| < |b|, sign(r) == sign(b) */
            if (rp_int_sign(b) != 0) {
                RpObject *r, *q = rp_long_divmod(a, b, &r);
                RpObject *qb = rp_int_mul(q, b), *back = rp_int_add(qb, r);
                CHECK(eq(back, a));
                CHECK(rp_int_sign(r) == 0 || rp_int_sign(r) == rp_int_sign(b));
                RpObject *absr = rp_long_abs(r), *absb = rp_long_abs(b);
                CHECK(rp_int_compare(absr, absb) < 0);
                /* (a*b) // b == a */
                RpObject *q2 = rp_int_floordiv(ab, b);
                CHECK(eq(q2, a));
                rp_decref(q2);
                rp_decref(absr);
                rp_decref(absb);
                rp_decref(q);
                rp_decref(r);
                rp_decref(qb);
                rp_decref(back);
            }
            rp_decref(ab);
            /* shifts: (a << k) >> k == a; a >> k == a // 2**k */
            int64_t k = (int64_t)(next64() % 200);
            RpObject *l = rp_long_lshift_int(a, k), *back = rp_long_rshift_int(l, k);
            CHECK(eq(back, a));
            RpObject *p2 = rp_long_lshift_int(rp_small_int_borrow(1), k);
            RpObject *fd = rp_int_floordiv(a, p2), *rs = rp_long_rshift_int(a, k);
            CHECK(eq(fd, rs));
            RpObject *mul = rp_int_mul(a, p2);
            CHECK(eq(mul, l));
            rp_decref(mul);
            rp_decref(l);
            rp_decref(back);
            rp_decref(p2);
            rp_decref(fd);
            rp_decref(rs);
            /* bitwise: (a ^ b) == (a | b) - (a & b); a & ~a == 0; ~a == -a - 1 */
            RpObject *x = rp_int_xor(a, b), *o = rp_int_or(a, b), *n = rp_int_and(a, b);
            RpObject *on = rp_int_sub(o, n);
            CHECK(eq(x, on));
            RpObject *inv = rp_long_nb_invert(a), *na = rp_int_neg(a);
            RpObject *na1 = rp_int_sub(na, rp_small_int_borrow(1));
            CHECK(eq(inv, na1));
            RpObject *z = rp_int_and(a, inv);
            CHECK(z == rp_small_int_borrow(0));
            rp_decref(x);
            rp_decref(o);
            rp_decref(n);
            rp_decref(on);
            rp_decref(inv);
            rp_decref(na);
            rp_decref(na1);
            rp_decref(z);
            /* str and hex round trips */
            RpObject *str = rp_object_str(a);
            rp_ssize_t len;
            const char *u = rp_str_as_utf8(str, &len);
            RpObject *parsed = rp_int_from_string(u, len, 10);
            CHECK(parsed != NULL && eq(parsed, a));
            rp_xdecref(parsed);
            rp_decref(str);
            RpObject *hx = rp_int_to_string(a, 16);
            u = rp_str_as_utf8(hx, &len);
            parsed = rp_int_from_string(u, len, 0);
            CHECK(parsed != NULL && eq(parsed, a));
            rp_xdecref(parsed);
            rp_decref(hx);
            /* bytes round trip */
            rp_ssize_t nbytes = (rp_ssize_t)(rp_int_bit_length(a) / 8 + 1);
            unsigned char buf[4096];
            if (nbytes <= (rp_ssize_t)sizeof(buf)) {
                CHECK(rp_int_to_byte_array(a, buf, nbytes, (int)(next64() & 1), 1) == 0);
            }
            /* hash agrees with the hash of an equal float when exact */
            if (rp_int_bit_length(a) <= 53) {
                RpObject *fa = rp_float_from_double(rp_int_as_double(a));
                CHECK(rp_float_hash(fa) == rp_int_hash(a));
                rp_decref(fa);
            }
            rp_decref(s);
            rp_decref(a);
            rp_decref(b);
        }
    }
}

static void test_bytes_roundtrip(void)
{
    for (int i = 0; i < 200; i++) {
        RpObject *a = random_int(20);
        int little = (int)(next64() & 1);
        rp_ssize_t n = (rp_ssize_t)(rp_int_bit_length(a) / 8 + 1 + (int64_t)(next64() % 3));
        unsigned char buf[128];
        CHECK(rp_int_to_byte_array(a, buf, n, little, 1) == 0);
        RpObject *b = rp_int_from_byte_array(buf, n, little, 1);
        CHECK(b != NULL && eq(a, b));
        rp_xdecref(b);
        rp_decref(a);
    }
    unsigned char buf[2];
    RpObject *v = rp_int_from_long(-129);
    CHECK(rp_int_to_byte_array(v, buf, 1, 0, 1) == -1 && raised(&RpExc_OverflowError, "int too big to convert"));
    CHECK(rp_int_to_byte_array(v, buf, 2, 0, 1) == 0 && buf[0] == 0xff && buf[1] == 0x7f);
    rp_decref(v);
    v = rp_int_from_long(-128);
    CHECK(rp_int_to_byte_array(v, buf, 1, 0, 1) == 0 && buf[0] == 0x80);
    rp_decref(v);
}

static void test_isqrt_gcd(void)
{
    for (int i = 0; i < 100; i++) {
        RpObject *a = random_int(12), *n = rp_long_abs(a);
        RpObject *r = rp_long_isqrt(n);
        RpObject *r2 = rp_int_mul(r, r), *r1 = rp_int_add(r, rp_small_int_borrow(1));
        RpObject *r12 = rp_int_mul(r1, r1);
        CHECK(rp_int_compare(r2, n) <= 0 && rp_int_compare(r12, n) > 0);
        RpObject *b = random_int(8), *g = rp_long_gcd(a, b);
        if (rp_int_sign(g) != 0) {
            RpObject *ma = rp_int_mod(a, g), *mb = rp_int_mod(b, g);
            CHECK(rp_int_sign(ma) == 0 && rp_int_sign(mb) == 0);
            rp_decref(ma);
            rp_decref(mb);
        }
        rp_decref(g);
        rp_decref(b);
        rp_decref(r);
        rp_decref(r2);
        rp_decref(r1);
        rp_decref(r12);
        rp_decref(n);
        rp_decref(a);
    }
}

static void test_refcounts(void)
{
    RpObject *a = rp_int_from_long(1000000);
    rp_ssize_t before = rp_refcnt(a);
    RpObject *c = rp_long_copy_exact(a);
    CHECK(c == a && rp_refcnt(a) == before + 1);
    rp_decref(c);
    RpObject *p = rp_long_nb_pos(a);
    CHECK(p == a);
    rp_decref(p);
    CHECK(rp_refcnt(a) == before);
    rp_decref(a);
}

int main(void)
{
    RpConfig cfg;
    memset(&cfg, 0, sizeof(cfg));
    char *argv[] = {(char *)"test_bignum", NULL};
    cfg.argc = 1;
    cfg.argv = argv;
    cfg.program = "test_bignum";
    if (rp_initialize(&cfg) < 0) {
        printf("FAIL: rp_initialize\n");
        return 1;
    }
    test_small_ints();
    test_c_conversions();
    test_double_conversions();
    test_recorded();
    test_errors();
    test_random_identities();
    test_bytes_roundtrip();
    test_isqrt_gcd();
    test_refcounts();
    printf("%s test_bignum: %d checks, %d failed\n", failures ? "FAIL" : "ok", checks, failures);
    return failures != 0;
}
