/* complexobject.c - the complex type.
 *
 * Models CPython 3.11's Objects/complexobject.c: Smith's algorithm for
 * division, repeated squaring for small integer powers (|n| <= 100) and
 * polar form otherwise, repr "(1+2j)" / "2j" from the float repr digits,
 * comparison only for == and !=, and hash = hash(real) + 1000003 *
 * hash(imag).
 */
#include "complexobject.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "intobject.h"
#include "longint.h"
#include "noneobject.h"
#include "numargs.h"
#include "numformat.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

_Static_assert(sizeof(RpComplexObject) == 32, "CPython's complex size");

int rp_complex_check(RpObject *o)
{
    return o->ob_type == &RpComplex_Type || rp_type_is_subtype(o->ob_type, &RpComplex_Type);
}

static RpObject *complex_subtype_from_c(RpTypeObject *type, RpComplex c)
{
    RpComplexObject *o = (RpComplexObject *)(type == &RpComplex_Type
                                              ? rp_object_alloc(type)
                                              : rp_type_generic_alloc(type, 0));
    if (o == NULL) {
        return NULL;
    }
    o->cval = c;
    if (type != &RpComplex_Type && rp_type_is_gc(type)) {
        rp_gc_track(o);
    }
    return (RpObject *)o;
}

RpObject *rp_complex_from_c(RpComplex c) { return complex_subtype_from_c(&RpComplex_Type, c); }

RpObject *rp_complex_from_doubles(double real, double imag)
{
    RpComplex c = {real, imag};
    return rp_complex_from_c(c);
}

static void complex_dealloc(RpObject *o)
{
    RpTypeObject *t = o->ob_type;
    if (t->tp_free != NULL) {
        t->tp_free(o);
    } else {
        rp_object_free(o);
    }
}

/* ---- C arithmetic --------------------------------------------------------- */

static const RpComplex c_1 = {1.0, 0.0};

RpComplex rp_c_sum(RpComplex a, RpComplex b)
{
    RpComplex r = {a.real + b.real, a.imag + b.imag};
    return r;
}

RpComplex rp_c_diff(RpComplex a, RpComplex b)
{
    RpComplex r = {a.real - b.real, a.imag - b.imag};
    return r;
}

RpComplex rp_c_prod(RpComplex a, RpComplex b)
{
    RpComplex r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

RpComplex rp_c_quot(RpComplex a, RpComplex b)
{
    /* Smith's method: divide through by the larger component of b */
    RpComplex r;
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;   /* a NaN in b */
    }
    return r;
}

RpComplex rp_c_pow(RpComplex a, RpComplex b)
{
    RpComplex r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r = c_1;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) {
            errno = EDOM;
        }
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static RpComplex c_powu(RpComplex x, long n)
{
    RpComplex r = c_1, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = rp_c_prod(r, p);
        }
        mask <<= 1;
        p = rp_c_prod(p, p);
    }
    return r;
}

static RpComplex c_powi(RpComplex x, long n)
{
    if (n > 100 || n < -100) {
        RpComplex cn = {(double)n, 0.0};
        return rp_c_pow(x, cn);
    }
    if (n > 0) {
        return c_powu(x, n);
    }
    return rp_c_quot(c_1, c_powu(x, -n));
}

double rp_c_abs(RpComplex z)
{
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real)) {
            errno = 0;
            return fabs(z.real);
        }
        if (isinf(z.imag)) {
            errno = 0;
            return fabs(z.imag);
        }
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

/* ---- operand conversion ---------------------------------------------------- */

/* 1: converted, 0: not a number we take, -1: error */
static int to_complex(RpObject *o, RpComplex *c)
{
    if (rp_complex_check(o)) {
        *c = rp_complex_value(o);
        return 1;
    }
    if (rp_int_check(o)) {
        c->real = rp_int_as_double(o);
        c->imag = 0.0;
        if (c->real == -1.0 && rp_err_occurred()) {
            return -1;
        }
        return 1;
    }
    if (rp_float_check(o)) {
        c->real = rp_float_value(o);
        c->imag = 0.0;
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(v, w, a, b)                                \
    RpComplex a, b;                                             \
    do {                                                        \
        int ra_ = to_complex((v), &a);                          \
        if (ra_ <= 0) {                                         \
            return ra_ < 0 ? NULL : rp_notimplemented_new();    \
        }                                                       \
        int rb_ = to_complex((w), &b);                          \
        if (rb_ <= 0) {                                         \
            return rb_ < 0 ? NULL : rp_notimplemented_new();    \
        }                                                       \
    } while (0)

static RpObject *complex_add(RpObject *v, RpObject *w)
{
    CONVERT_BOTH(v, w, a, b);
    return rp_complex_from_c(rp_c_sum(a, b));
}

static RpObject *complex_sub(RpObject *v, RpObject *w)
{
    CONVERT_BOTH(v, w, a, b);
    return rp_complex_from_c(rp_c_diff(a, b));
}

static RpObject *complex_mul(RpObject *v, RpObject *w)
{
    CONVERT_BOTH(v, w, a, b);
    return rp_complex_from_c(rp_c_prod(a, b));
}

static RpObject *complex_div(RpObject *v, RpObject *w)
{
    CONVERT_BOTH(v, w, a, b);
    errno = 0;
    RpComplex q = rp_c_quot(a, b);
    if (errno == EDOM) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "complex division by zero");
    }
    return rp_complex_from_c(q);
}

static RpObject *complex_pow(RpObject *v, RpObject *w, RpObject *z)
{
    CONVERT_BOTH(v, w, a, b);
    if (z != NULL && z != rp_None) {
        return rp_err_set_string(&RpExc_ValueError, "complex modulo");
    }
    errno = 0;
    RpComplex p;
    if (b.imag == 0.0 && fabs(b.real) < 4e18 && b.real == (double)(long)b.real) {
        p = c_powi(a, (long)b.real);
    } else {
        p = rp_c_pow(a, b);
    }
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) {
            errno = ERANGE;
        }
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        return rp_err_set_string(&RpExc_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (errno == ERANGE) {
        return rp_err_set_string(&RpExc_OverflowError, "complex exponentiation");
    }
    return rp_complex_from_c(p);
}

static RpObject *complex_neg(RpObject *v)
{
    RpComplex c = rp_complex_value(v);
    return rp_complex_from_doubles(-c.real, -c.imag);
}

static RpObject *complex_pos(RpObject *v)
{
    if (rp_complex_check_exact(v)) {
        return rp_newref(v);
    }
    return rp_complex_from_c(rp_complex_value(v));
}

static RpObject *complex_abs(RpObject *v)
{
    errno = 0;
    double r = rp_c_abs(rp_complex_value(v));
    if (errno == ERANGE) {
        return rp_err_set_string(&RpExc_OverflowError, "absolute value too large");
    }
    return rp_float_from_double(r);
}

static int complex_bool(RpObject *v)
{
    RpComplex c = rp_complex_value(v);
    return c.real != 0.0 || c.imag != 0.0;
}

/* ---- compare, hash, repr ------------------------------------------------------- */

static RpObject *complex_richcompare(RpObject *v, RpObject *w, int op)
{
    if (op != RP_EQ && op != RP_NE) {
        return rp_notimplemented_new();
    }
    RpComplex i = rp_complex_value(v);
    int equal;
    if (rp_int_check(w)) {
        if (i.imag == 0.0) {
            RpObject *j = rp_float_from_double(i.real);
            if (j == NULL) {
                return NULL;
            }
            RpObject *r = rp_object_richcompare(j, w, op);
            rp_decref(j);
            return r;
        }
        equal = 0;
    } else if (rp_float_check(w)) {
        equal = i.real == rp_float_value(w) && i.imag == 0.0;
    } else if (rp_complex_check(w)) {
        RpComplex j = rp_complex_value(w);
        equal = i.real == j.real && i.imag == j.imag;
    } else {
        return rp_notimplemented_new();
    }
    return rp_bool_from_long(equal == (op == RP_EQ));
}

static rp_hash_t complex_hash(RpObject *v)
{
    RpComplex c = rp_complex_value(v);
    uint64_t hr = (uint64_t)rp_hash_double(v, c.real);
    uint64_t hi = (uint64_t)rp_hash_double(v, c.imag);
    uint64_t x = hr + (uint64_t)RP_HASH_IMAG * hi;
    rp_hash_t h = (rp_hash_t)x;
    return h == -1 ? -2 : h;
}

static RpObject *complex_repr(RpObject *v)
{
    RpComplex c = rp_complex_value(v);
    char *re = NULL, *im = NULL;
    const char *lead = "", *tail = "";
    if (c.real == 0.0 && copysign(1.0, c.real) == 1.0) {
        im = rp_double_to_string(c.imag, 'r', 0, 0, NULL);
    } else {
        re = rp_double_to_string(c.real, 'r', 0, 0, NULL);
        im = rp_double_to_string(c.imag, 'r', 0, RP_DTSF_SIGN, NULL);
        lead = "(";
        tail = ")";
    }
    RpObject *r = NULL;
    if (im != NULL && (re != NULL || *lead == '\0')) {
        char buf[128];
        int n = snprintf(buf, sizeof(buf), "%s%s%sj%s", lead, re != NULL ? re : "", im, tail);
        r = rp_numfmt_ascii(buf, (size_t)n);
    } else {
        rp_err_nomemory();
    }
    rp_mem_free(re);
    rp_mem_free(im);
    return r;
}

/* ---- format() -------------------------------------------------------------------- */

/* Lay out one part (without padding) into a malloc'd ASCII string. */
static char *format_part(double x, const RpFormatSpec *tmp, char type, int precision,
                         int flags, size_t *len)
{
    char *buf = rp_double_to_string(x, type, precision, flags, NULL);
    if (buf == NULL) {
        return NULL;
    }
    const char *s = buf;
    size_t n = strlen(buf);
    int sign_char = 0;
    if (*s == '-') {
        sign_char = '-';
        s++;
        n--;
    }
    size_t nd = 0;
    while (nd < n && s[nd] >= '0' && s[nd] <= '9') {
        nd++;
    }
    int has_decimal = nd < n && s[nd] == '.';
    RpObject *r = rp_numfmt_render(tmp, sign_char, "", s, n, (rp_ssize_t)nd, has_decimal,
                                   (rp_ssize_t)(n - nd - (has_decimal ? 1 : 0)), 0);
    rp_mem_free(buf);
    if (r == NULL) {
        return NULL;
    }
    rp_ssize_t l;
    const char *u = rp_str_as_utf8(r, &l);
    char *out = u != NULL ? rp_mem_malloc((size_t)l + 1) : NULL;
    if (out != NULL) {
        memcpy(out, u, (size_t)l + 1);
        *len = (size_t)l;
    } else if (u != NULL) {
        rp_err_nomemory();
    }
    rp_decref(r);
    return out;
}

static RpObject *complex_format(RpObject *v, RpObject *spec)
{
    if (!rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "__format__() argument must be str, not %.200s",
                             rp_type(spec)->tp_name);
    }
    if (rp_str_len(spec) == 0) {
        return rp_object_str(v);
    }
    RpFormatSpec f;
    if (rp_formatspec_parse(spec, v, 0, '>', &f) < 0) {
        return NULL;
    }
    uint32_t type = f.type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return rp_format_unknown_code(type, v);
    }
    if (f.fill_char == '0') {
        return rp_err_set_string(&RpExc_ValueError,
                                 "Zero padding is not allowed in complex format specifier");
    }
    if (f.align == '=') {
        return rp_err_set_string(&RpExc_ValueError,
                                 "'=' alignment flag is not allowed in complex format specifier");
    }
    RpComplex c = rp_complex_value(v);
    int flags = 0, default_precision = 6, skip_re = 0, add_parens = 0;
    if (f.alternate) {
        flags |= RP_DTSF_ALT;
    }
    if (f.no_neg_0) {
        flags |= RP_DTSF_NO_NEG_0;
    }
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (c.real == 0.0 && copysign(1.0, c.real) == 1.0) {
            skip_re = 1;
        } else {
            add_parens = 1;
        }
    }
    if (type == 'n') {
        type = 'g';
    }
    int precision;
    if (f.precision < 0) {
        precision = default_precision;
    } else {
        if (f.precision > 0x7fffffff) {
            return rp_err_set_string(&RpExc_ValueError, "precision too big");
        }
        precision = (int)f.precision;
        if (type == 'r') {
            type = 'g';
        }
    }
    RpFormatSpec tmp = f;
    tmp.fill_char = ' ';
    tmp.align = '<';
    tmp.width = -1;
    if (f.type == 'n') {
        tmp.thousands = 0;
    }
    size_t lre = 0, lim = 0;
    char *re = NULL;
    if (!skip_re) {
        re = format_part(c.real, &tmp, (char)type, precision, flags, &lre);
        if (re == NULL) {
            return NULL;
        }
        tmp.sign = '+';
    }
    char *im = format_part(c.imag, &tmp, (char)type, precision, flags, &lim);
    if (im == NULL) {
        rp_mem_free(re);
        return NULL;
    }
    size_t total = lre + lim + 1 + (add_parens ? 2 : 0);
    char *body = rp_mem_malloc(total + 1);
    RpObject *r = NULL;
    if (body != NULL) {
        char *p = body;
        if (add_parens) {
            *p++ = '(';
        }
        if (re != NULL) {
            memcpy(p, re, lre);
            p += lre;
        }
        memcpy(p, im, lim);
        p += lim;
        *p++ = 'j';
        if (add_parens) {
            *p++ = ')';
        }
        /* pad the whole as a "remainder" with the requested fill/align */
        RpFormatSpec pad = f;
        pad.sign = 0;
        pad.thousands = 0;
        r = rp_numfmt_render(&pad, 0, "", body, total, 0, 0, (rp_ssize_t)total, 0);
        rp_mem_free(body);
    } else {
        rp_err_nomemory();
    }
    rp_mem_free(re);
    rp_mem_free(im);
    return r;
}

/* ---- complex() ----------------------------------------------------------------- */

static int is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int parse_complex_ascii(const char *s, rp_ssize_t len, double *px, double *py)
{
    const char *p = s, *end = s + len, *q;
    double x = 0.0, y = 0.0, z;
    int got_bracket = 0;
    while (p < end && is_space(*p)) {
        p++;
    }
    if (p < end && *p == '(') {
        got_bracket = 1;
        p++;
        while (p < end && is_space(*p)) {
            p++;
        }
    }
    int r = rp_parse_double(p, end, &z, &q);
    if (r == -2) {
        return -2;
    }
    if (r == 0 && q != p) {
        p = q;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            r = rp_parse_double(p, end, &y, &q);
            if (r == -2) {
                return -2;
            }
            if (r == 0 && q != p) {
                p = q;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (!(p < end && (*p == 'j' || *p == 'J'))) {
                return -1;
            }
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (p < end && (*p == '+' || *p == '-')) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        } else {
            y = 1.0;
        }
        if (!(p < end && (*p == 'j' || *p == 'J'))) {
            return -1;
        }
        p++;
    }
    while (p < end && is_space(*p)) {
        p++;
    }
    if (got_bracket) {
        if (!(p < end && *p == ')')) {
            return -1;
        }
        p++;
        while (p < end && is_space(*p)) {
            p++;
        }
    }
    if (p != end) {
        return -1;
    }
    *px = x;
    *py = y;
    return 0;
}

static RpObject *complex_subtype_from_string(RpTypeObject *type, RpObject *str)
{
    rp_ssize_t len;
    char *a = rp_num_transform_decimal_ascii(str, &len);
    if (a == NULL) {
        return NULL;
    }
    /* underscores: only between digits; removed before parsing */
    char prev = 0;
    rp_ssize_t k = 0;
    int bad = 0;
    for (rp_ssize_t i = 0; i < len; i++) {
        char c = a[i];
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) {
                bad = 1;
                break;
            }
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) {
                bad = 1;
                break;
            }
            a[k++] = c;
        }
        prev = c;
    }
    if (prev == '_') {
        bad = 1;
    }
    if (bad) {
        rp_mem_free(a);
        return rp_err_format(&RpExc_ValueError, "could not convert string to complex: %R", str);
    }
    double x, y;
    int r = parse_complex_ascii(a, k, &x, &y);
    rp_mem_free(a);
    if (r == -2) {
        return rp_err_nomemory();
    }
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "complex() arg is a malformed string");
    }
    RpComplex c = {x, y};
    return complex_subtype_from_c(type, c);
}

RpObject *rp_complex_from_string(RpObject *s)
{
    return complex_subtype_from_string(&RpComplex_Type, s);
}

/* obj.__complex__() if defined: a new complex; NULL with no exception when
 * there is no such method */
static RpObject *try_complex_special_method(RpObject *op)
{
    int found = 0;
    RpObject *r = rp_call_special(op, rp_id(__complex__), NULL, 0, &found);
    if (!found || r == NULL) {
        return r;
    }
    if (!rp_complex_check(r)) {
        rp_err_format(&RpExc_TypeError, "__complex__ returned non-complex (type %.200s)",
                      rp_type(r)->tp_name);
        rp_decref(r);
        return NULL;
    }
    return r;
}

static int is_number_like(RpObject *o)
{
    RpTypeObject *t = rp_type(o);
    return rp_complex_check(o) || t->nb_float != NULL || t->nb_index != NULL;
}

static const char *const complex_names[] = {"real", "imag"};
static const RpNumArgSpec complex_spec = {"complex", complex_names, 2, 0, 2, 0};

static RpObject *complex_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    if (nargs > 2) {
        return rp_err_format(&RpExc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                             (rp_ssize_t)nargs);
    }
    RpObject *a[2];
    if (rp_numargs_parse(&complex_spec, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    RpObject *r = a[0], *i = a[1];
    if (r == NULL) {
        r = rp_small_int_borrow(0);
    }
    if (rp_complex_check_exact(r) && i == NULL && type == &RpComplex_Type) {
        return rp_newref(r);
    }
    if (rp_str_check(r)) {
        if (i != NULL) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "complex() can't take second arg if first is a string");
        }
        return complex_subtype_from_string(type, r);
    }
    if (i != NULL && rp_str_check(i)) {
        return rp_err_set_string(&RpExc_TypeError, "complex() second arg can't be a string");
    }
    RpObject *own_r = try_complex_special_method(r);
    if (own_r != NULL) {
        r = own_r;
    } else if (rp_err_occurred()) {
        return NULL;
    }
    if (!is_number_like(r)) {
        rp_err_format(&RpExc_TypeError,
                      "complex() first argument must be a string or a number, not '%.200s'",
                      rp_type(r)->tp_name);
        rp_xdecref(own_r);
        return NULL;
    }
    if (i != NULL && !is_number_like(i)) {
        rp_err_format(&RpExc_TypeError,
                      "complex() second argument must be a number, not '%.200s'",
                      rp_type(i)->tp_name);
        rp_xdecref(own_r);
        return NULL;
    }
    RpComplex cr, ci = {0.0, 0.0};
    int cr_is_complex = 0, ci_is_complex = 0;
    if (rp_complex_check(r)) {
        cr = rp_complex_value(r);
        cr_is_complex = 1;
        rp_xdecref(own_r);
    } else {
        RpObject *tmp = rp_float_from_object(r);
        rp_xdecref(own_r);
        if (tmp == NULL) {
            return NULL;
        }
        cr.real = rp_float_value(tmp);
        cr.imag = 0.0;
        rp_decref(tmp);
    }
    if (i == NULL) {
        ci.real = cr.imag;
    } else if (rp_complex_check(i)) {
        ci = rp_complex_value(i);
        ci_is_complex = 1;
    } else {
        RpObject *tmp = rp_float_from_object(i);
        if (tmp == NULL) {
            return NULL;
        }
        ci.real = rp_float_value(tmp);
        rp_decref(tmp);
    }
    if (ci_is_complex) {
        cr.real -= ci.imag;
    }
    if (cr_is_complex && i != NULL) {
        ci.real += cr.imag;
    }
    RpComplex res = {cr.real, ci.real};
    return complex_subtype_from_c(type, res);
}

/* ---- methods ----------------------------------------------------------------------- */

static RpObject *complex_conjugate(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpComplex c = rp_complex_value(self);
    return rp_complex_from_doubles(c.real, -c.imag);
}

static RpObject *complex_getnewargs(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpComplex c = rp_complex_value(self);
    RpObject *re = rp_float_from_double(c.real), *im = rp_float_from_double(c.imag);
    if (re == NULL || im == NULL) {
        rp_xdecref(re);
        rp_xdecref(im);
        return NULL;
    }
    RpObject *t = rp_tuple_pack(2, re, im);
    rp_decref(re);
    rp_decref(im);
    return t;
}

static RpObject *complex_complex(RpObject *self, RpObject *unused)
{
    (void)unused;
    return complex_pos(self);
}

static RpMethodDef complex_methods[] = {
    {"conjugate", RP_CFUNC(complex_conjugate), RP_METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", RP_CFUNC(complex_complex), RP_METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", RP_CFUNC(complex_getnewargs), RP_METH_NOARGS, NULL},
    {"__format__", RP_CFUNC(complex_format), RP_METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL}
};

static RpMemberDef complex_members[] = {
    {"real", RP_T_DOUBLE, offsetof(RpComplexObject, cval.real), RP_READONLY, "the real part of a complex number"},
    {"imag", RP_T_DOUBLE, offsetof(RpComplexObject, cval.imag), RP_READONLY, "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL}
};

RpTypeObject RpComplex_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(RpComplexObject),
    .tp_itemsize = 0,
    .tp_flags = RP_TPFLAGS_BASETYPE,
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_hash = complex_hash,
    .tp_getattro = rp_object_generic_getattr,
    .tp_richcompare = complex_richcompare,
    .tp_new = complex_new,
    .tp_free = rp_object_free,
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
              "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};
