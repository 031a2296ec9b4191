/* floatobject.c - the float type.
 *
 * Models CPython 3.11's Objects/floatobject.c.  A float is a C double in a
 * 24-byte object.  Dead floats go to a free list of 100 (LIFO), so a float
 * made right after another died gets the same address, as in CPython:
 * `id(1.5 + x) == id(2.5 + x)`.
 *
 * Mixed int/float arithmetic converts the int (OverflowError "int too
 * large to convert to float"); comparisons with ints are exact.  The
 * special cases of ** follow C99 Annex F as CPython does; a negative base
 * with a non-integer exponent gives a complex.
 */
#include "floatobject.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/freelist.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "bytesobject.h"
#include "complexobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "longint.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

_Static_assert(sizeof(RpFloatObject) == 24, "CPython's float size");

int rp_float_check(RpObject *o)
{
    return o->ob_type == &RpFloat_Type || rp_type_is_subtype(o->ob_type, &RpFloat_Type);
}

RpObject *rp_float_from_double(double v)
{
    RpFloatObject *f = (RpFloatObject *)rp_freelist_pop(&rp_runtime.freelists.float_,
                                                         &RpFloat_Type);
    if (f == NULL) {
        f = (RpFloatObject *)rp_object_alloc(&RpFloat_Type);
        if (f == NULL) {
            return NULL;
        }
    }
    f->ob_fval = v;
    return (RpObject *)f;
}

static void float_dealloc(RpObject *o)
{
    if (o->ob_type == &RpFloat_Type) {
        if (rp_freelist_push(&rp_runtime.freelists.float_, o)) {
            return;
        }
        rp_object_free(o);
        return;
    }
    RpTypeObject *t = o->ob_type;
    if (t->tp_free != NULL) {
        t->tp_free(o);
    } else {
        rp_object_free(o);
    }
}

/* ---- conversions ------------------------------------------------------------ */

/* obj.__float__ result checking (steals r) */
static RpObject *check_float_result(RpObject *o, RpObject *r)
{
    if (r == NULL) {
        return NULL;
    }
    if (!rp_float_check(r)) {
        rp_err_format(&RpExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                      rp_type(o)->tp_name, rp_type(r)->tp_name);
        rp_decref(r);
        return NULL;
    }
    if (!rp_float_check_exact(r)) {
        /* (CPython 3.11 also emits a DeprecationWarning here) */
        RpObject *f = rp_float_from_double(rp_float_value(r));
        rp_decref(r);
        return f;
    }
    return r;
}

double rp_float_as_double(RpObject *o)
{
    if (rp_float_check_exact(o) || rp_float_check(o)) {
        return rp_float_value(o);
    }
    RpTypeObject *t = rp_type(o);
    if (t->nb_float == NULL) {
        if (t->nb_index != NULL) {
            RpObject *i = rp_number_index(o);
            if (i == NULL) {
                return -1.0;
            }
            double v = rp_int_as_double(i);
            rp_decref(i);
            return v;
        }
        rp_err_format(&RpExc_TypeError, "must be real number, not %.50s", t->tp_name);
        return -1.0;
    }
    RpObject *r = check_float_result(o, t->nb_float(o));
    if (r == NULL) {
        return -1.0;
    }
    double v = rp_float_value(r);
    rp_decref(r);
    return v;
}

static RpObject *float_from_bytes_like(RpObject *x)
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
    double v = rp_float_parse_object(x, data, len);
    if (v == -1.0 && rp_err_occurred()) {
        return NULL;
    }
    return rp_float_from_double(v);
}

RpObject *rp_float_from_object(RpObject *x)
{
    if (rp_float_check_exact(x)) {
        return rp_newref(x);
    }
    RpTypeObject *t = rp_type(x);
    if (t->nb_float != NULL) {
        return check_float_result(x, t->nb_float(x));
    }
    if (t->nb_index != NULL) {
        RpObject *i = rp_number_index(x);
        if (i == NULL) {
            return NULL;
        }
        double v = rp_int_as_double(i);
        rp_decref(i);
        if (v == -1.0 && rp_err_occurred()) {
            return NULL;
        }
        return rp_float_from_double(v);
    }
    if (rp_float_check(x)) {
        return rp_float_from_double(rp_float_value(x));
    }
    if (rp_str_check(x)) {
        double v = rp_float_parse_str(x);
        if (v == -1.0 && rp_err_occurred()) {
            return NULL;
        }
        return rp_float_from_double(v);
    }
    if (rp_bytes_check(x) || rp_bytearray_check(x)) {
        return float_from_bytes_like(x);
    }
    return rp_err_format(&RpExc_TypeError,
                         "float() argument must be a string or a real number, not '%.200s'",
                         t->tp_name);
}

static RpObject *float_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                           RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("float", kwnames) || !rp_arg_check_positional("float", nargs, 0, 1)) {
        return NULL;
    }
    RpObject *v = nargs == 0 ? rp_float_from_double(0.0) : rp_float_from_object(args[0]);
    if (v == NULL || type == &RpFloat_Type) {
        return v;
    }
    RpFloatObject *r = (RpFloatObject *)rp_type_generic_alloc(type, 0);
    if (r == NULL) {
        rp_decref(v);
        return NULL;
    }
    r->ob_fval = rp_float_value(v);
    rp_decref(v);
    if (rp_type_is_gc(type)) {
        rp_gc_track(r);
    }
    return (RpObject *)r;
}

/* ---- hashing ------------------------------------------------------------------ */

rp_hash_t rp_hash_double(RpObject *inst, double v)
{
    if (isnan(v)) {
        return rp_hash_pointer_value(inst);
    }
    if (isinf(v)) {
        return v > 0 ? RP_HASH_INF : -RP_HASH_INF;
    }
    if (v == 0.0) {
        return 0;
    }
    /* v = m * 2**e with m an integer of at most 53 bits: the hash is
       m * 2**e mod (2**61 - 1), and 2**61 == 1 there, so multiplying by
       2**e is a rotation by e mod 61 within 61 bits. */
    int e;
    double f = frexp(fabs(v), &e);
    uint64_t m = (uint64_t)ldexp(f, 53);
    e -= 53;
    int r = e % RP_HASH_BITS;
    if (r < 0) {
        r += RP_HASH_BITS;
    }
    uint64_t x = m % RP_HASH_MODULUS;
    if (r != 0) {
        x = ((x << r) & RP_HASH_MODULUS) | (x >> (RP_HASH_BITS - r));
    }
    rp_hash_t h = (rp_hash_t)x;
    if (v < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

rp_hash_t rp_float_hash(RpObject *o)
{
    return rp_hash_double(o, rp_float_value(o));
}

/* ---- repr --------------------------------------------------------------------- */

static RpObject *float_repr(RpObject *o)
{
    return rp_float_repr_double(rp_float_value(o));
}

/* ---- comparison ----------------------------------------------------------------- */

static RpObject *float_richcompare(RpObject *v, RpObject *w, int op)
{
    double i = rp_float_value(v);
    int c;   /* -1, 0, 1; 2 = unordered (nan) */
    if (rp_float_check(w)) {
        double j = rp_float_value(w);
        if (isnan(i) || isnan(j)) {
            c = 2;
        } else {
            c = i < j ? -1 : (i > j ? 1 : 0);
        }
    } else if (rp_int_check(w)) {
        if (isnan(i)) {
            c = 2;
        } else {
            c = -rp_int_compare_double(w, i);
        }
    } else {
        return rp_notimplemented_new();
    }
    int r;
    switch (op) {
    case RP_LT: r = c == -1; break;
    case RP_LE: r = c == -1 || c == 0; break;
    case RP_EQ: r = c == 0; break;
    case RP_NE: r = c != 0; break;
    case RP_GT: r = c == 1; break;
    default: r = c == 1 || c == 0; break;
    }
    return rp_bool_from_long(r);
}

/* ---- arithmetic ------------------------------------------------------------------- */

/* Convert an operand: 1 ok, 0 not a number we handle, -1 error */
static inline int to_double(RpObject *o, double *d)
{
    if (rp_float_check_exact(o)) {
        *d = rp_float_value(o);
        return 1;
    }
    if (rp_int_check(o)) {
        *d = rp_int_as_double(o);
        if (*d == -1.0 && rp_err_occurred()) {
            return -1;
        }
        return 1;
    }
    if (rp_float_check(o)) {
        *d = rp_float_value(o);
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                          \
    double x, y;                                          \
    do {                                                  \
        int ra_ = to_double((a), &x);                     \
        if (ra_ <= 0) {                                   \
            return ra_ < 0 ? NULL : rp_notimplemented_new(); \
        }                                                 \
        int rb_ = to_double((b), &y);                     \
        if (rb_ <= 0) {                                   \
            return rb_ < 0 ? NULL : rp_notimplemented_new(); \
        }                                                 \
    } while (0)

static RpObject *float_add(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return rp_float_from_double(x + y);
}

static RpObject *float_sub(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return rp_float_from_double(x - y);
}

static RpObject *float_mul(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return rp_float_from_double(x * y);
}

static RpObject *float_div(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "float division by zero");
    }
    return rp_float_from_double(x / y);
}

static RpObject *float_rem(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "float modulo");
    }
    double mod = fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
        }
    } else {
        mod = copysign(0.0, y);
    }
    return rp_float_from_double(mod);
}

/* floor division and modulo of doubles, as CPython's _float_div_mod */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static RpObject *float_divmod(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "float divmod()");
    }
    double fd, m;
    float_div_mod(x, y, &fd, &m);
    RpObject *q = rp_float_from_double(fd);
    RpObject *r = rp_float_from_double(m);
    if (q == NULL || r == NULL) {
        rp_xdecref(q);
        rp_xdecref(r);
        return NULL;
    }
    RpObject *t = rp_tuple_pack(2, q, r);
    rp_decref(q);
    rp_decref(r);
    return t;
}

static RpObject *float_floor_div(RpObject *a, RpObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "float floor division by zero");
    }
    double fd, m;
    float_div_mod(x, y, &fd, &m);
    return rp_float_from_double(fd);
}

static int is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* OverflowError(34, 'Numerical result out of range') as CPython's
 * PyErr_SetFromErrno(OverflowError) with ERANGE */
RpObject *rp_float_erange_error(void)
{
    RpObject *code = rp_int_from_long(ERANGE);
    RpObject *msg = rp_str_from_cstr("Numerical result out of range");
    if (code == NULL || msg == NULL) {
        rp_xdecref(code);
        rp_xdecref(msg);
        return NULL;
    }
    RpObject *args[2] = {code, msg};
    RpObject *exc = rp_exception_new(&RpExc_OverflowError, args, 2);
    rp_decref(code);
    rp_decref(msg);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
    return NULL;
}

static RpObject *float_pow(RpObject *v, RpObject *w, RpObject *z)
{
    if (z != NULL && z != rp_None) {
        return rp_err_set_string(&RpExc_TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers");
    }
    CONVERT_BOTH(v, w, iv, iw);
    if (iw == 0.0) {
        return rp_float_from_double(1.0);
    }
    if (isnan(iv)) {
        return rp_float_from_double(iv);
    }
    if (isnan(iw)) {
        return rp_float_from_double(iv == 1.0 ? 1.0 : iw);
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return rp_float_from_double(1.0);
        }
        if ((iw > 0.0) == (iv > 1.0)) {
            return rp_float_from_double(fabs(iw));
        }
        return rp_float_from_double(0.0);
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) {
            return rp_float_from_double(odd ? iv : fabs(iv));
        }
        return rp_float_from_double(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            return rp_err_set_string(&RpExc_ZeroDivisionError,
                                     "0.0 cannot be raised to a negative power");
        }
        return rp_float_from_double(odd ? iv : 0.0);
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* a negative number to a fractional power is complex */
            return RpComplex_Type.nb_power(v, w, z);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        return rp_float_from_double(negate ? -1.0 : 1.0);
    }
    errno = 0;
    double ix = pow(iv, iw);
    if (errno == 0 && isinf(ix)) {
        errno = ERANGE;
    } else if (errno == ERANGE && ix == 0.0) {
        errno = 0;
    }
    if (negate) {
        ix = -ix;
    }
    if (errno != 0) {
        if (errno == ERANGE) {
            return rp_float_erange_error();
        }
        return rp_err_set_string(&RpExc_ValueError, "math domain error");
    }
    return rp_float_from_double(ix);
}

static RpObject *float_neg(RpObject *v) { return rp_float_from_double(-rp_float_value(v)); }
static RpObject *float_abs(RpObject *v) { return rp_float_from_double(fabs(rp_float_value(v))); }
static int float_bool(RpObject *v) { return rp_float_value(v) != 0.0; }

static RpObject *float_float(RpObject *v)
{
    if (rp_float_check_exact(v)) {
        return rp_newref(v);
    }
    return rp_float_from_double(rp_float_value(v));
}

static RpObject *float_trunc(RpObject *v, RpObject *unused)
{
    (void)unused;
    return rp_int_from_double(rp_float_value(v));
}

static RpObject *float_nb_int(RpObject *v) { return float_trunc(v, NULL); }

static RpObject *float_floor(RpObject *v, RpObject *unused)
{
    (void)unused;
    return rp_int_from_double(floor(rp_float_value(v)));
}

static RpObject *float_ceil(RpObject *v, RpObject *unused)
{
    (void)unused;
    return rp_int_from_double(ceil(rp_float_value(v)));
}

/* ---- round -------------------------------------------------------------------- */

#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

/* round(x, n) with n < 0, exactly: |x| = m * 2**e; r = round-half-even of
 * |x| / 10**k; result r * 10**k correctly rounded. */
static RpObject *round_negative_ndigits(double x, int k)
{
    int e;
    double f = frexp(fabs(x), &e);
    RpObject *m = rp_int_from_double(ldexp(f, 53));
    e -= 53;
    RpObject *ten = rp_int_from_long(10), *kk = rp_int_from_long(k);
    RpObject *p = NULL, *num = NULL, *den = NULL, *r = NULL, *y = NULL;
    RpObject *result = NULL;
    if (m == NULL || ten == NULL || kk == NULL) {
        goto done;
    }
    p = rp_int_pow(ten, kk, NULL);
    if (p == NULL) {
        goto done;
    }
    if (e >= 0) {
        num = rp_long_lshift_int(m, e);
        den = rp_newref(p);
    } else {
        num = rp_newref(m);
        den = rp_long_lshift_int(p, -e);
    }
    if (num == NULL || den == NULL) {
        goto done;
    }
    r = rp_long_div_near(num, den);
    if (r == NULL) {
        goto done;
    }
    y = rp_int_mul(r, p);
    if (y == NULL) {
        goto done;
    }
    {
        double d = rp_int_as_double(y);
        if (d == -1.0 && rp_err_occurred()) {
            rp_err_clear();
            rp_err_set_string(&RpExc_OverflowError, "rounded value too large to represent");
            goto done;
        }
        result = rp_float_from_double(copysign(d, x));
    }
done:
    rp_xdecref(m);
    rp_xdecref(ten);
    rp_xdecref(kk);
    rp_xdecref(p);
    rp_xdecref(num);
    rp_xdecref(den);
    rp_xdecref(r);
    rp_xdecref(y);
    return result;
}

RpObject *rp_float_round_ndigits(double x, rp_ssize_t ndigits)
{
    if (!isfinite(x)) {
        return rp_float_from_double(x);
    }
    if (ndigits > NDIGITS_MAX) {
        return rp_float_from_double(x);
    }
    if (ndigits < NDIGITS_MIN) {
        return rp_float_from_double(0.0 * x);
    }
    if (x == 0.0) {
        return rp_float_from_double(x);
    }
    if (ndigits < 0) {
        return round_negative_ndigits(x, (int)-ndigits);
    }
    /* the C library's "%.nf" is correctly rounded (half to even on the
       exact binary value), which is what CPython gets from dtoa mode 3 */
    char small[128];
    size_t need = 330 + (size_t)ndigits + 8;
    char *buf = need <= sizeof(small) ? small : rp_mem_malloc(need);
    if (buf == NULL) {
        return rp_err_nomemory();
    }
    snprintf(buf, need, "%.*f", (int)ndigits, x);
    double r = strtod(buf, NULL);
    if (buf != small) {
        rp_mem_free(buf);
    }
    if (isinf(r)) {
        return rp_err_set_string(&RpExc_OverflowError, "rounded value too large to represent");
    }
    return rp_float_from_double(r);
}

static RpObject *float_round(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs > 1) {
        return rp_err_format(&RpExc_TypeError, "__round__ expected at most 1 argument, got %zd",
                             (rp_ssize_t)nargs);
    }
    double x = rp_float_value(self);
    if (nargs == 0 || args[0] == rp_None) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5) {
            rounded = 2.0 * round(x / 2.0);
        }
        return rp_int_from_double(rounded);
    }
    rp_ssize_t nd = rp_number_as_ssize_t(args[0], NULL);
    if (nd == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_float_round_ndigits(x, nd);
}

/* ---- methods ------------------------------------------------------------------- */

static RpObject *float_conjugate(RpObject *self, RpObject *unused)
{
    (void)unused;
    return float_float(self);
}

static RpObject *float_is_integer(RpObject *self, RpObject *unused)
{
    (void)unused;
    double x = rp_float_value(self);
    return rp_bool_from_long(isfinite(x) && floor(x) == x);
}

static RpObject *float_as_integer_ratio(RpObject *self, RpObject *unused)
{
    (void)unused;
    double x = rp_float_value(self);
    if (isinf(x)) {
        return rp_err_set_string(&RpExc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x)) {
        return rp_err_set_string(&RpExc_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double f = frexp(x, &e);
    for (int i = 0; i < 300 && f != floor(f); i++) {
        f *= 2.0;
        e--;
    }
    RpObject *num = rp_int_from_double(f);
    if (num == NULL) {
        return NULL;
    }
    RpObject *den;
    if (e > 0) {
        RpObject *t = rp_long_lshift_int(num, e);
        rp_decref(num);
        num = t;
        den = rp_int_from_long(1);
    } else {
        den = rp_long_lshift_int(rp_small_int_borrow(1), -e);
    }
    if (num == NULL || den == NULL) {
        rp_xdecref(num);
        rp_xdecref(den);
        return NULL;
    }
    RpObject *t = rp_tuple_pack(2, num, den);
    rp_decref(num);
    rp_decref(den);
    return t;
}

static RpObject *float_hex_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_float_hex(rp_float_value(self));
}

static RpObject *float_fromhex(RpObject *cls, RpObject *arg)
{
    if (!rp_str_check(arg)) {
        return rp_err_bad_argument();
    }
    double v;
    int r;
    if (rp_str_is_ascii(arg)) {
        r = rp_float_fromhex_cstr((const char *)rp_str_data(arg), rp_str_len(arg), &v);
    } else {
        rp_ssize_t len;
        char *a = rp_num_transform_decimal_ascii(arg, &len);
        if (a == NULL) {
            return NULL;
        }
        r = rp_float_fromhex_cstr(a, len, &v);
        rp_mem_free(a);
    }
    if (r < 0) {
        return NULL;
    }
    RpObject *f = rp_float_from_double(v);
    if (f == NULL || (RpTypeObject *)cls == &RpFloat_Type) {
        return f;
    }
    RpObject *res = rp_call_one(cls, f);
    rp_decref(f);
    return res;
}

static RpObject *float_getnewargs(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpObject *f = rp_float_from_double(rp_float_value(self));
    if (f == NULL) {
        return NULL;
    }
    RpObject *t = rp_tuple_pack(1, f);
    rp_decref(f);
    return t;
}

static RpObject *float_getformat(RpObject *cls, RpObject *arg)
{
    (void)cls;
    if (!rp_str_check(arg)) {
        return rp_err_format(&RpExc_TypeError, "__getformat__() argument must be str, not %.50s",
                             rp_type(arg)->tp_name);
    }
    if (!rp_str_eq_cstr(arg, "double") && !rp_str_eq_cstr(arg, "float")) {
        return rp_err_set_string(&RpExc_ValueError,
                                 "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return rp_str_from_cstr("IEEE, little-endian");
}

static RpObject *float_format_meth(RpObject *self, RpObject *spec)
{
    if (!rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "__format__() argument must be str, not %.200s",
                             rp_type(spec)->tp_name);
    }
    return rp_float_format(rp_float_value(self), self, spec);
}

static RpObject *float_get_real(RpObject *self, void *closure)
{
    (void)closure;
    return float_float(self);
}

static RpObject *float_get_imag(RpObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return rp_float_from_double(0.0);
}

static RpMethodDef float_methods[] = {
    {"conjugate", RP_CFUNC(float_conjugate), RP_METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", RP_CFUNC(float_trunc), RP_METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", RP_CFUNC(float_floor), RP_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", RP_CFUNC(float_ceil), RP_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", RP_CFUNC(float_round), RP_METH_FASTCALL, "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", RP_CFUNC(float_as_integer_ratio), RP_METH_NOARGS, "Return integer ratio."},
    {"fromhex", RP_CFUNC(float_fromhex), RP_METH_O | RP_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", RP_CFUNC(float_hex_meth), RP_METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", RP_CFUNC(float_is_integer), RP_METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", RP_CFUNC(float_getnewargs), RP_METH_NOARGS, NULL},
    {"__getformat__", RP_CFUNC(float_getformat), RP_METH_O | RP_METH_CLASS, "You probably don't want to use this function."},
    {"__format__", RP_CFUNC(float_format_meth), RP_METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL}
};

static RpGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

RpTypeObject RpFloat_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(RpFloatObject),
    .tp_itemsize = 0,
    .tp_flags = RP_TPFLAGS_BASETYPE,
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_hash = rp_float_hash,
    .tp_getattro = rp_object_generic_getattr,
    .tp_richcompare = float_richcompare,
    .tp_new = float_new,
    .tp_free = rp_object_free,
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_nb_int,
    .nb_float = float_float,
    .nb_floor_divide = float_floor_div,
    .nb_true_divide = float_div,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
};
