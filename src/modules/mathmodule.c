/* mathmodule.c - the math module.
 *
 * Models CPython 3.11's Modules/mathmodule.c.  Most functions are the C
 * library's, wrapped so that special values and errors come out as in
 * CPython: a NaN from a non-NaN argument is ValueError("math domain
 * error"); an infinity from a finite argument is OverflowError("math range
 * error") for functions that can overflow, ValueError otherwise.
 *
 * Where CPython does not use the C library, neither do we, so results are
 * the same to the last bit: gamma/lgamma (Lanczos' approximation with
 * Boost's N=13 parameters), hypot/dist (scaled, compensated sum of
 * squares with a differential correction of the square root), fsum
 * (Shewchuk's exact partials with round-half-even across partials),
 * log of huge ints (through frexp), and the integer functions (gcd, lcm,
 * factorial, comb, perm, isqrt) on arbitrary-precision ints.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/argcheck.h"
#include "../objects/boolobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/longint.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/numargs.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "config.h"
#include "mathspecial.h"

static const double PI = 3.141592653589793238462643383279502884197;

/* ---- argument conversion and error mapping ------------------------------ */

/* float(o) for a math argument: exact float and int fast paths */
static int as_double(RpObject *o, double *out)
{
    if (rp_float_check_exact(o)) {
        *out = rp_float_value(o);
        return 0;
    }
    if (rp_int_check_exact(o)) {
        *out = rp_int_as_double(o);
        return (*out == -1.0 && rp_err_occurred()) ? -1 : 0;
    }
    *out = rp_float_as_double(o);
    return (*out == -1.0 && rp_err_occurred()) ? -1 : 0;
}

static RpObject *domain_error(void)
{
    return rp_err_set_string(&RpExc_ValueError, "math domain error");
}

static RpObject *range_error(void)
{
    return rp_err_set_string(&RpExc_OverflowError, "math range error");
}

/* errno after a libm call: 1 = error raised, 0 = fine (underflow is) */
static int is_error(double x)
{
    if (errno == EDOM) {
        domain_error();
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(x) < 1.5) {
            return 0;    /* underflow to zero is not an error */
        }
        range_error();
        return 1;
    }
    rp_err_set_string(&RpExc_ValueError, "math domain error");
    return 1;
}

/* "NAME expected 2 arguments, got 1": 0, or -1 with TypeError set */
static int check_args(const char *name, size_t nargs, size_t n)
{
    return rp_arg_check_positional(name, nargs, n, n) ? 0 : -1;
}

/* one-argument functions (CPython's math_1) */
static RpObject *math_1(RpObject *arg, double (*func)(double), int can_overflow)
{
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x);
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error() : domain_error();
    }
    if (isfinite(r) && errno && is_error(r)) {
        return NULL;
    }
    return rp_float_from_double(r);
}

/* two-argument functions (CPython's math_2) */
static RpObject *math_2(RpObject *const *args, size_t nargs, double (*func)(double, double),
                        const char *name, int can_overflow)
{
    if (check_args(name, nargs, 2) < 0) {
        return NULL;
    }
    double x, y;
    if (as_double(args[0], &x) < 0 || as_double(args[1], &y) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x, y);
    if (isnan(r)) {
        errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    } else if (isinf(r)) {
        errno = (isfinite(x) && isfinite(y)) ? (can_overflow ? ERANGE : EDOM) : 0;
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return rp_float_from_double(r);
}

/* ---- the one-argument functions ---------------------------------------------- */

#define FUNC1(name, func, can_overflow)                          \
    static RpObject *math_##name(RpObject *self, RpObject *arg)  \
    {                                                            \
        (void)self;                                              \
        return math_1(arg, func, can_overflow);                  \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(erf, erf, 0)
FUNC1(erfc, erfc, 0)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
/* gamma and lgamma report through errno only (CPython's math_1a) */
static RpObject *math_1a(RpObject *arg, double (*func)(double))
{
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x);
    if (errno && is_error(r)) {
        return NULL;
    }
    return rp_float_from_double(r);
}

static RpObject *math_gamma(RpObject *self, RpObject *arg)
{
    (void)self;
    return math_1a(arg, rp_m_tgamma);
}

static RpObject *math_lgamma(RpObject *self, RpObject *arg)
{
    (void)self;
    return math_1a(arg, rp_m_lgamma);
}
FUNC1(log1p, rp_m_log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

static RpObject *math_degrees(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    return rp_float_from_double(x * (180.0 / PI));
}

static RpObject *math_radians(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    return rp_float_from_double(x * (PI / 180.0));
}

static RpObject *math_isfinite(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    return rp_bool_from_long(isfinite(x));
}

static RpObject *math_isinf(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    return rp_bool_from_long(isinf(x));
}

static RpObject *math_isnan(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    return rp_bool_from_long(isnan(x));
}

/* math.floor / math.ceil: __floor__ / __ceil__ when the type has one */
static RpObject *floor_or_ceil(RpObject *arg, RpObject *name, double (*func)(double))
{
    if (rp_float_check_exact(arg)) {
        return rp_int_from_double(func(rp_float_value(arg)));
    }
    if (rp_int_check_exact(arg)) {
        return rp_newref(arg);
    }
    int found = 0;
    RpObject *r = rp_call_special(arg, name, NULL, 0, &found);
    if (found || r != NULL) {
        return r;
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    double x = rp_float_as_double(arg);
    if (x == -1.0 && rp_err_occurred()) {
        return NULL;
    }
    return rp_int_from_double(func(x));
}

static RpObject *math_floor(RpObject *self, RpObject *arg)
{
    (void)self;
    return floor_or_ceil(arg, rp_id(__floor__), floor);
}

static RpObject *math_ceil(RpObject *self, RpObject *arg)
{
    (void)self;
    return floor_or_ceil(arg, rp_id(__ceil__), ceil);
}

static RpObject *math_trunc(RpObject *self, RpObject *arg)
{
    (void)self;
    if (rp_float_check_exact(arg)) {
        return rp_int_from_double(rp_float_value(arg));
    }
    int found = 0;
    RpObject *r = rp_call_special(arg, rp_id(__trunc__), NULL, 0, &found);
    if (!found && r == NULL && !rp_err_occurred()) {
        rp_err_format(&RpExc_TypeError, "type %.100s doesn't define __trunc__ method",
                      rp_type(arg)->tp_name);
    }
    return r;
}

/* ---- logarithms ------------------------------------------------------------------ */

/* func(arg), for ints of any size too (log(2**10000) is fine).  An int
 * (subclasses too) is used by its value, never through __float__, and is
 * converted once: x > 0 here, so func(x) is finite (CPython's loghelper). */
static RpObject *loghelper(RpObject *arg, double (*func)(double))
{
    if (!rp_int_check(arg)) {
        return math_1(arg, func, 0);
    }
    if (rp_int_sign(arg) <= 0) {
        return domain_error();
    }
    double x = rp_int_as_double(arg);
    if (x == -1.0 && rp_err_occurred()) {
        if (!rp_err_matches(&RpExc_OverflowError)) {
            return NULL;
        }
        /* too big for a float: log(m * 2**e) = log(m) + e * log(2) */
        rp_err_clear();
        int64_t e;
        double m = rp_long_frexp(arg, &e);
        return rp_float_from_double(func(m) + func(2.0) * (double)e);
    }
    return rp_float_from_double(func(x));
}

static RpObject *math_log(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (nargs < 1 || nargs > 2) {
        return rp_err_set_string(&RpExc_TypeError, "math.log requires 1 to 2 arguments");
    }
    RpObject *num = loghelper(args[0], rp_m_log);
    if (num == NULL || nargs == 1) {
        return num;
    }
    RpObject *den = loghelper(args[1], rp_m_log);
    if (den == NULL) {
        rp_decref(num);
        return NULL;
    }
    RpObject *r = rp_number_true_divide(num, den);
    rp_decref(num);
    rp_decref(den);
    return r;
}

static RpObject *math_log2(RpObject *self, RpObject *arg)
{
    (void)self;
    return loghelper(arg, rp_m_log2);
}

static RpObject *math_log10(RpObject *self, RpObject *arg)
{
    (void)self;
    return loghelper(arg, rp_m_log10);
}

/* ---- two-argument functions ---------------------------------------------------------- */

static RpObject *math_atan2(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    return math_2(args, nargs, rp_m_atan2, "atan2", 0);
}

static RpObject *math_copysign(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    return math_2(args, nargs, copysign, "copysign", 0);
}

static RpObject *math_remainder(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    return math_2(args, nargs, rp_m_remainder, "remainder", 0);
}

static RpObject *math_fmod(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (check_args("fmod", nargs, 2) < 0) {
        return NULL;
    }
    double x, y;
    if (as_double(args[0], &x) < 0 || as_double(args[1], &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return rp_float_from_double(x);
    }
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r)) {
        errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return rp_float_from_double(r);
}

static RpObject *math_pow(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (check_args("pow", nargs, 2) < 0) {
        return NULL;
    }
    double x, y, r = 0.0;
    if (as_double(args[0], &x) < 0 || as_double(args[1], &y) < 0) {
        return NULL;
    }
    if (!isfinite(x) || !isfinite(y)) {
        errno = 0;
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) {
                r = odd_y ? x : fabs(x);
            } else if (y == 0.0) {
                r = 1.0;
            } else {
                r = odd_y ? copysign(0.0, x) : 0.0;
            }
        } else {
            if (fabs(x) == 1.0) {
                r = 1.0;
            } else if (y > 0.0 && fabs(x) > 1.0) {
                r = y;
            } else if (y < 0.0 && fabs(x) < 1.0) {
                r = -y;
            } else {
                r = 0.0;
            }
        }
    } else {
        errno = 0;
        r = pow(x, y);
        if (!isfinite(r)) {
            if (isnan(r)) {
                errno = EDOM;
            } else {
                errno = x == 0.0 ? EDOM : ERANGE;
            }
        }
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return rp_float_from_double(r);
}

static RpObject *math_ldexp(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (check_args("ldexp", nargs, 2) < 0) {
        return NULL;
    }
    double x, r;
    if (as_double(args[0], &x) < 0) {
        return NULL;
    }
    if (!rp_int_check(args[1])) {
        return rp_err_set_string(&RpExc_TypeError, "Expected an int as second argument to ldexp.");
    }
    int overflow;
    long e = rp_int_as_long_and_overflow(args[1], &overflow);
    if (overflow) {
        e = overflow < 0 ? LONG_MIN : LONG_MAX;
    }
    if (x == 0.0 || !isfinite(x)) {
        r = x;
        errno = 0;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0.0, x);
        errno = 0;
    } else {
        errno = 0;
        r = ldexp(x, (int)e);
        if (isinf(r)) {
            errno = ERANGE;
        }
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return rp_float_from_double(r);
}

static RpObject *pair_of_floats(double a, double b)
{
    RpObject *x = rp_float_from_double(a), *y = rp_float_from_double(b);
    RpObject *t = NULL;
    if (x != NULL && y != NULL) {
        t = rp_tuple_pack(2, x, y);
    }
    rp_xdecref(x);
    rp_xdecref(y);
    return t;
}

static RpObject *math_frexp(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    int e = 0;
    if (!(isnan(x) || isinf(x) || x == 0.0)) {
        x = frexp(x, &e);
    }
    RpObject *m = rp_float_from_double(x), *ei = rp_int_from_long(e);
    RpObject *t = NULL;
    if (m != NULL && ei != NULL) {
        t = rp_tuple_pack(2, m, ei);
    }
    rp_xdecref(m);
    rp_xdecref(ei);
    return t;
}

static RpObject *math_modf(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    if (isinf(x)) {
        return pair_of_floats(copysign(0.0, x), x);
    }
    if (isnan(x)) {
        return pair_of_floats(x, x);
    }
    double ip;
    double fp = modf(x, &ip);
    return pair_of_floats(fp, ip);
}

static RpObject *math_nextafter(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (check_args("nextafter", nargs, 2) < 0) {
        return NULL;
    }
    double x, y;
    if (as_double(args[0], &x) < 0 || as_double(args[1], &y) < 0) {
        return NULL;
    }
    return rp_float_from_double(nextafter(x, y));
}

static RpObject *math_ulp(RpObject *self, RpObject *arg)
{
    (void)self;
    double x;
    if (as_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return rp_float_from_double(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return rp_float_from_double(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return rp_float_from_double(x - x2);
    }
    return rp_float_from_double(x2 - x);
}

static const char *const isclose_names[] = {"a", "b", "rel_tol", "abs_tol"};
static const RpNumArgSpec isclose_spec = {"isclose", isclose_names, 4, 0, 2, 2};

static RpObject *math_isclose(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    (void)self;
    RpObject *a[4];
    if (rp_numargs_parse(&isclose_spec, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(a[0], &x) < 0 || as_double(a[1], &y) < 0) {
        return NULL;
    }
    if (a[2] != NULL && as_double(a[2], &rel_tol) < 0) {
        return NULL;
    }
    if (a[3] != NULL && as_double(a[3], &abs_tol) < 0) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return rp_err_set_string(&RpExc_ValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        return rp_bool_from_long(1);
    }
    if (isinf(x) || isinf(y)) {
        return rp_bool_from_long(0);
    }
    double diff = fabs(y - x);
    return rp_bool_from_long(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) ||
                             diff <= abs_tol);
}

/* ---- hypot and dist ---------------------------------------------------------------------- */

#define NUM_STACK_ELEMS 16

static RpObject *math_hypot(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    double stack[NUM_STACK_ELEMS] = {0};
    double *v = stack;
    if (nargs > NUM_STACK_ELEMS) {
        v = rp_mem_malloc(nargs * sizeof(double));
        if (v == NULL) {
            return rp_err_nomemory();
        }
    }
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0) {
            if (v != stack) {
                rp_mem_free(v);
            }
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = rp_m_vector_norm((rp_ssize_t)nargs, v, max, found_nan);
    if (v != stack) {
        rp_mem_free(v);
    }
    return rp_float_from_double(r);
}

static RpObject *math_dist(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (check_args("dist", nargs, 2) < 0) {
        return NULL;
    }
    RpObject *p = rp_tuple_check(args[0]) ? rp_newref(args[0]) : rp_sequence_tuple(args[0]);
    if (p == NULL) {
        return NULL;
    }
    RpObject *q = rp_tuple_check(args[1]) ? rp_newref(args[1]) : rp_sequence_tuple(args[1]);
    if (q == NULL) {
        rp_decref(p);
        return NULL;
    }
    RpObject *result = NULL;
    rp_ssize_t n = rp_tuple_len(p);
    double stack[NUM_STACK_ELEMS] = {0};
    double *v = stack;
    if (n != rp_tuple_len(q)) {
        rp_err_set_string(&RpExc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NUM_STACK_ELEMS) {
        v = rp_mem_malloc((size_t)n * sizeof(double));
        if (v == NULL) {
            rp_err_nomemory();
            goto done;
        }
    }
    double max = 0.0;
    int found_nan = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(rp_tuple_get_borrow(p, i), &px) < 0 ||
            as_double(rp_tuple_get_borrow(q, i), &qx) < 0) {
            goto done;
        }
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    result = rp_float_from_double(rp_m_vector_norm(n, v, max, found_nan));
done:
    if (v != stack) {
        rp_mem_free(v);
    }
    rp_decref(p);
    rp_decref(q);
    return result;
}

/* ---- fsum and prod -------------------------------------------------------------------------- */

static RpObject *math_fsum(RpObject *self, RpObject *seq)
{
    (void)self;
    RpObject *it = rp_object_get_iter(seq);
    if (it == NULL) {
        return NULL;
    }
    double stack[32] = {0};
    double *p = stack;
    rp_ssize_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    RpObject *item;
    while ((item = rp_iter_next(it)) != NULL) {
        double x;
        int bad = as_double(item, &x);
        rp_decref(item);
        if (bad < 0) {
            goto error;
        }
        double xsave = x;
        rp_ssize_t i = 0;
        for (rp_ssize_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double tmp = x;
                x = y;
                y = tmp;
            }
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an intermediate overflow, or an inf/nan in the input */
                if (isfinite(xsave)) {
                    rp_err_set_string(&RpExc_OverflowError, "intermediate overflow in fsum");
                    goto error;
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = rp_mem_malloc((size_t)cap * 2 * sizeof(double));
                    if (np == NULL) {
                        rp_err_nomemory();
                        goto error;
                    }
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != stack) {
                        rp_mem_free(p);
                    }
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (rp_err_occurred()) {
        goto error;
    }
    rp_decref(it);
    double hi = 0.0;
    if (special_sum != 0.0) {
        if (p != stack) {
            rp_mem_free(p);
        }
        if (isnan(inf_sum)) {
            return rp_err_set_string(&RpExc_ValueError, "-inf + inf in fsum");
        }
        return rp_float_from_double(special_sum);
    }
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        /* add the partials from the top while the sum stays exact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        /* round half to even across the remaining partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    if (p != stack) {
        rp_mem_free(p);
    }
    return rp_float_from_double(hi);
error:
    if (p != stack) {
        rp_mem_free(p);
    }
    rp_decref(it);
    return NULL;
}

static const char *const prod_names[] = {"", "start"};
static const RpNumArgSpec prod_spec = {"prod", prod_names, 2, 1, 1, 1};

static RpObject *math_prod(RpObject *self, RpObject *const *args, size_t nargs,
                           RpObject *kwnames)
{
    (void)self;
    RpObject *a[2];
    if (rp_numargs_parse(&prod_spec, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    RpObject *it = rp_object_get_iter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    RpObject *result = rp_newref(a[1] != NULL ? a[1] : rp_small_int_borrow(1));
    RpObject *item;
    while ((item = rp_iter_next(it)) != NULL) {
        RpObject *t = rp_number_multiply(result, item);
        rp_decref(item);
        rp_decref(result);
        result = t;
        if (result == NULL) {
            rp_decref(it);
            return NULL;
        }
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

/* ---- integer functions ------------------------------------------------------------------------ */

static RpObject *math_gcd(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (nargs == 0) {
        return rp_newref(rp_small_int_borrow(0));
    }
    RpObject *res = rp_number_index(args[0]);
    if (res == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        RpObject *r = rp_long_abs(res);
        rp_decref(res);
        return r;
    }
    for (size_t i = 1; i < nargs; i++) {
        RpObject *x = rp_number_index(args[i]);
        if (x == NULL) {
            rp_decref(res);
            return NULL;
        }
        if (res == rp_small_int_borrow(1)) {
            rp_decref(x);
            continue;
        }
        RpObject *g = rp_long_gcd(res, x);
        rp_decref(x);
        rp_decref(res);
        res = g;
        if (res == NULL) {
            return NULL;
        }
    }
    return res;
}

static RpObject *math_lcm(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (nargs == 0) {
        return rp_newref(rp_small_int_borrow(1));
    }
    RpObject *res = rp_number_index(args[0]);
    if (res == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        RpObject *r = rp_long_abs(res);
        rp_decref(res);
        return r;
    }
    for (size_t i = 1; i < nargs; i++) {
        RpObject *x = rp_number_index(args[i]);
        if (x == NULL) {
            rp_decref(res);
            return NULL;
        }
        if (res == rp_small_int_borrow(0)) {
            rp_decref(x);
            continue;
        }
        RpObject *r;
        if (rp_int_sign(res) == 0 || rp_int_sign(x) == 0) {
            r = rp_newref(rp_small_int_borrow(0));
        } else {
            r = NULL;
            RpObject *g = rp_long_gcd(res, x);
            RpObject *f = g != NULL ? rp_int_floordiv(res, g) : NULL;
            RpObject *ab = f != NULL ? rp_int_mul(f, x) : NULL;
            if (ab != NULL) {
                r = rp_long_abs(ab);
            }
            rp_xdecref(g);
            rp_xdecref(f);
            rp_xdecref(ab);
        }
        rp_decref(x);
        rp_decref(res);
        res = r;
        if (res == NULL) {
            return NULL;
        }
    }
    return res;
}

/* The product lo * (lo+1) * ... * (hi-1) by binary splitting */
static RpObject *range_product(unsigned long long lo, unsigned long long hi)
{
    if (hi - lo <= 8) {
        RpObject *r = rp_newref(rp_small_int_borrow(1));
        for (unsigned long long k = lo; k < hi; k++) {
            RpObject *f = rp_int_from_unsigned_long_long(k);
            if (f == NULL) {
                rp_decref(r);
                return NULL;
            }
            RpObject *t = rp_int_mul(r, f);
            rp_decref(f);
            rp_decref(r);
            r = t;
            if (r == NULL) {
                return NULL;
            }
        }
        return r;
    }
    unsigned long long mid = lo + (hi - lo) / 2;
    RpObject *a = range_product(lo, mid);
    if (a == NULL) {
        return NULL;
    }
    RpObject *b = range_product(mid, hi);
    if (b == NULL) {
        rp_decref(a);
        return NULL;
    }
    RpObject *r = rp_int_mul(a, b);
    rp_decref(a);
    rp_decref(b);
    return r;
}

static RpObject *math_factorial(RpObject *self, RpObject *arg)
{
    (void)self;
    RpObject *n = rp_number_index(arg);
    if (n == NULL) {
        return NULL;
    }
    int overflow;
    long x = rp_int_as_long_and_overflow(n, &overflow);
    rp_decref(n);
    if (overflow > 0) {
        return rp_err_format(&RpExc_OverflowError,
                             "factorial() argument should not exceed %ld", LONG_MAX);
    }
    if (overflow < 0 || x < 0) {
        return rp_err_set_string(&RpExc_ValueError, "factorial() not defined for negative values");
    }
    if (x < 21) {
        unsigned long long f = 1;
        for (long k = 2; k <= x; k++) {
            f *= (unsigned long long)k;
        }
        return rp_int_from_unsigned_long_long(f);
    }
    return range_product(1, (unsigned long long)x + 1);
}

/* n and k as non-negative ints for comb/perm; NEW references */
static int comb_perm_args(RpObject *on, RpObject *ok, RpObject **n, RpObject **k)
{
    *n = rp_number_index(on);
    if (*n == NULL) {
        return -1;
    }
    *k = rp_number_index(ok);
    if (*k == NULL) {
        rp_decref(*n);
        return -1;
    }
    if (rp_int_sign(*n) < 0) {
        rp_err_set_string(&RpExc_ValueError, "n must be a non-negative integer");
        goto fail;
    }
    if (rp_int_sign(*k) < 0) {
        rp_err_set_string(&RpExc_ValueError, "k must be a non-negative integer");
        goto fail;
    }
    return 0;
fail:
    rp_decref(*n);
    rp_decref(*k);
    return -1;
}

/* n * (n-1) * ... * (n-k+1), divided by k! when comb, by splitting the
 * factors in halves (CPython's perm_comb): perm(n, k) = perm(n, j) *
 * perm(n-j, k-j) and comb(n, k) = comb(n, j) * comb(n-j, k-j) / comb(k, j)
 * with j = k/2, so the big multiplications are between numbers of similar
 * size instead of k steps each as long as the result. */
/* perm/comb in machine arithmetic: 1 and *out, or 0 when it overflows
 * (comb: r * (n-k+i) / i is comb(n-k+i, i), exact at every step) */
static int small_perm_comb(unsigned long long n, unsigned long long k, int comb,
                           unsigned long long *out)
{
    unsigned long long r = 1;
    for (unsigned long long i = 1; i <= k; i++) {
        if (__builtin_mul_overflow(r, comb ? n - k + i : n - i + 1, &r)) {
            return 0;
        }
        if (comb) {
            r /= i;
        }
    }
    *out = r;
    return 1;
}

static RpObject *perm_comb(RpObject *n, unsigned long long k, int comb)
{
    if (k == 0) {
        return rp_newref(rp_small_int_borrow(1));
    }
    if (k == 1) {
        return rp_newref(n);
    }
    int overflow;
    long nv = rp_int_as_long_and_overflow(n, &overflow);
    unsigned long long small;
    if (!overflow && small_perm_comb((unsigned long long)nv, k, comb, &small)) {
        return rp_int_from_unsigned_long_long(small);
    }
    unsigned long long j = k / 2;
    RpObject *a = perm_comb(n, j, comb);
    if (a == NULL) {
        return NULL;
    }
    RpObject *jo = rp_int_from_unsigned_long_long(j);
    RpObject *nj = jo != NULL ? rp_int_sub(n, jo) : NULL;
    rp_xdecref(jo);
    RpObject *b = nj != NULL ? perm_comb(nj, k - j, comb) : NULL;
    rp_xdecref(nj);
    RpObject *r = b != NULL ? rp_int_mul(a, b) : NULL;
    rp_decref(a);
    rp_xdecref(b);
    if (r != NULL && comb) {
        RpObject *ko = rp_int_from_unsigned_long_long(k);
        RpObject *d = ko != NULL ? perm_comb(ko, j, 1) : NULL;
        rp_xdecref(ko);
        RpObject *q = d != NULL ? rp_int_floordiv(r, d) : NULL;
        rp_xdecref(d);
        rp_decref(r);
        r = q;
    }
    return r;
}

static RpObject *math_comb(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (check_args("comb", nargs, 2) < 0) {
        return NULL;
    }
    RpObject *n, *k, *r = NULL;
    if (comb_perm_args(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    /* k = min(k, n - k); 0 when k > n */
    RpObject *nk = rp_int_sub(n, k);
    if (nk == NULL) {
        goto done;
    }
    if (rp_int_sign(nk) < 0) {
        rp_decref(nk);
        r = rp_newref(rp_small_int_borrow(0));
        goto done;
    }
    if (rp_int_compare(nk, k) < 0) {
        rp_decref(k);
        k = nk;
    } else {
        rp_decref(nk);
    }
    int overflow;
    long kk = rp_int_as_long_and_overflow(k, &overflow);
    if (overflow) {
        rp_err_format(&RpExc_OverflowError, "min(n - k, k) must not exceed %lld", LLONG_MAX);
        goto done;
    }
    r = perm_comb(n, (unsigned long long)kk, 1);
done:
    rp_decref(n);
    rp_decref(k);
    return r;
}

static RpObject *math_perm(RpObject *self, RpObject *const *args, size_t nargs)
{
    (void)self;
    if (!rp_arg_check_positional("perm", nargs, 1, 2)) {
        return NULL;
    }
    if (nargs == 1 || args[1] == rp_None) {
        return math_factorial(self, args[0]);
    }
    RpObject *n, *k, *r = NULL;
    if (comb_perm_args(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    if (rp_int_compare(k, n) > 0) {
        r = rp_newref(rp_small_int_borrow(0));
        goto done;
    }
    int overflow;
    long kk = rp_int_as_long_and_overflow(k, &overflow);
    if (overflow) {
        rp_err_format(&RpExc_OverflowError, "k must not exceed %lld", LLONG_MAX);
        goto done;
    }
    r = perm_comb(n, (unsigned long long)kk, 0);
done:
    rp_decref(n);
    rp_decref(k);
    return r;
}

static RpObject *math_isqrt(RpObject *self, RpObject *arg)
{
    (void)self;
    RpObject *n = rp_number_index(arg);
    if (n == NULL) {
        return NULL;
    }
    if (rp_int_sign(n) < 0) {
        rp_decref(n);
        return rp_err_set_string(&RpExc_ValueError, "isqrt() argument must be nonnegative");
    }
    RpObject *r = rp_long_isqrt(n);
    rp_decref(n);
    return r;
}

/* ---- the module ---------------------------------------------------------------------------------- */

#define M1(name, doc) {#name, RP_CFUNC(math_##name), RP_METH_O, doc}
#define MF(name, doc) {#name, RP_CFUNC(math_##name), RP_METH_FASTCALL, doc}
#define MK(name, doc) {#name, RP_CFUNC(math_##name), RP_METH_FASTCALL | RP_METH_KEYWORDS, doc}

static RpMethodDef math_methods[] = {
    M1(acos, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
    M1(acosh, "Return the inverse hyperbolic cosine of x."),
    M1(asin, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    M1(asinh, "Return the inverse hyperbolic sine of x."),
    M1(atan, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    MF(atan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."),
    M1(atanh, "Return the inverse hyperbolic tangent of x."),
    M1(cbrt, "Return the cube root of x."),
    M1(ceil, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."),
    MF(comb, "Number of ways to choose k items from n items without repetition and without order."),
    MF(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M1(cos, "Return the cosine of x (measured in radians)."),
    M1(cosh, "Return the hyperbolic cosine of x."),
    M1(degrees, "Convert angle x from radians to degrees."),
    MF(dist, "Return the Euclidean distance between two points p and q."),
    M1(erf, "Error function at x."),
    M1(erfc, "Complementary error function at x."),
    M1(exp, "Return e raised to the power of x."),
    M1(exp2, "Return 2 raised to the power of x."),
    M1(expm1, "Return exp(x)-1."),
    M1(fabs, "Return the absolute value of the float x."),
    M1(factorial, "Find n!.\n\nRaise a ValueError if x is negative or non-integral."),
    M1(floor, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."),
    MF(fmod, "Return fmod(x, y), according to platform C."),
    M1(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    M1(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    M1(gamma, "Gamma function at x."),
    MF(gcd, "Greatest Common Divisor."),
    MF(hypot, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point."),
    MK(isclose, "Determine whether two floating point numbers are close in value."),
    M1(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M1(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M1(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    M1(isqrt, "Return the integer part of the square root of the input."),
    MF(lcm, "Least Common Multiple."),
    MF(ldexp, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."),
    M1(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    MF(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    M1(log10, "Return the base 10 logarithm of x."),
    M1(log1p, "Return the natural logarithm of 1+x (base e)."),
    M1(log2, "Return the base 2 logarithm of x."),
    M1(modf, "Return the fractional and integer parts of x."),
    MF(nextafter, "Return the next floating-point value after x towards y."),
    MF(perm, "Number of ways to choose k items from n items without repetition and with order."),
    MF(pow, "Return x**y (x to the power of y)."),
    MK(prod, "Calculate the product of all the elements in the input iterable."),
    M1(radians, "Convert angle x from degrees to radians."),
    MF(remainder, "Difference between x and the closest integer multiple of y."),
    M1(sin, "Return the sine of x (measured in radians)."),
    M1(sinh, "Return the hyperbolic sine of x."),
    M1(sqrt, "Return the square root of x."),
    M1(tan, "Return the tangent of x (measured in radians)."),
    M1(tanh, "Return the hyperbolic tangent of x."),
    M1(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    M1(ulp, "Return the value of the least significant bit of the float x."),
    {NULL, NULL, 0, NULL}
};

static const char math_doc[] =
    "This module provides access to the mathematical functions\n"
    "defined by the C standard.";

RpObject *rp_math_module_init(void)
{
    RpObject *m = rp_module_new("math");
    if (m == NULL) {
        return NULL;
    }
    RpObject *doc = rp_str_from_cstr(math_doc);
    if (doc == NULL || rp_module_add_steal(m, "__doc__", doc) < 0 ||
        rp_module_add_functions(m, math_methods) < 0 ||
        rp_module_add_steal(m, "pi", rp_float_from_double(PI)) < 0 ||
        rp_module_add_steal(m, "e", rp_float_from_double(2.718281828459045235360287471352662498)) < 0 ||
        rp_module_add_steal(m, "tau", rp_float_from_double(2.0 * PI)) < 0 ||
        rp_module_add_steal(m, "inf", rp_float_from_double(HUGE_VAL)) < 0 ||
        rp_module_add_steal(m, "nan", rp_float_from_double(NAN)) < 0) {
        rp_decref(m);
        return NULL;
    }
    return m;
}
