/* abstract_ops.c - the object protocol, part 2: numbers (binary operators
 * with reflected operands, in-place operators, unary operators, index /
 * int / float conversion), containers (len, items, membership) and
 * iteration.
 *
 * Models CPython 3.11's Objects/abstract.c.  A binary operator a + b:
 *   1. if type(b) is a proper subclass of type(a) and overrides the slot,
 *      b's slot goes first (so b.__radd__ wins over a.__add__)
 *   2. a's slot, then b's slot (each may answer NotImplemented)
 *   3. for + and *, the sequence slots (concatenation, repetition)
 *   4. TypeError "unsupported operand type(s) for +: 'int' and 'str'"
 * In-place operators try the in-place slot of a first, then fall back to
 * the binary operator.
 */
#include "abstract.h"

#include <string.h>

#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/genericaliasobject.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/methodobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "errors.h"

#include "../objects/iterobject.h"

#define NB_BINOP(t, off) (*(rp_binaryfunc *)((char *)(t) + (off)))
#define NB_TERNOP(t, off) (*(rp_ternaryfunc *)((char *)(t) + (off)))
#define OFF(f) offsetof(RpTypeObject, f)

/* ---- binary operators ------------------------------------------------------------ */

static RpObject *binary_op1(RpObject *v, RpObject *w, size_t off)
{
    RpTypeObject *tv = rp_type(v), *tw = rp_type(w);
    rp_binaryfunc slotv = NB_BINOP(tv, off);
    rp_binaryfunc slotw = NULL;
    if (tw != tv) {
        slotw = NB_BINOP(tw, off);
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    RpObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && rp_type_is_subtype(tw, tv)) {
            x = slotw(v, w);
            if (x != rp_NotImplemented) {
                return x;
            }
            rp_decref(x);
            slotw = NULL;
        }
        x = slotv(v, w);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    if (slotw != NULL) {
        x = slotw(v, w);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    return rp_notimplemented_new();
}

static RpObject *binop_type_error(RpObject *v, RpObject *w, const char *op)
{
    return rp_err_format(&RpExc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                         op, rp_type(v)->tp_name, rp_type(w)->tp_name);
}

static RpObject *binary_op(RpObject *v, RpObject *w, size_t off, const char *op)
{
    RpObject *r = binary_op1(v, w, off);
    if (r == rp_NotImplemented) {
        rp_decref(r);
        if (off == OFF(nb_rshift) && rp_cfunction_check(v) &&
            strcmp(((RpCFunctionObject *)v)->m_ml->ml_name, "print") == 0) {
            return rp_err_format(&RpExc_TypeError,
                                 "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'. "
                                 "Did you mean \"print(<message>, file=<output_stream>)\"?",
                                 op, rp_type(v)->tp_name, rp_type(w)->tp_name);
        }
        return binop_type_error(v, w, op);
    }
    return r;
}

static RpObject *ternary_op(RpObject *v, RpObject *w, RpObject *z, size_t off, const char *op)
{
    RpTypeObject *tv = rp_type(v), *tw = rp_type(w);
    rp_ternaryfunc slotv = NB_TERNOP(tv, off), slotw = NULL, slotz;
    if (tw != tv) {
        slotw = NB_TERNOP(tw, off);
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    RpObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && rp_type_is_subtype(tw, tv)) {
            x = slotw(v, w, z);
            if (x != rp_NotImplemented) {
                return x;
            }
            rp_decref(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    if (slotw != NULL) {
        x = slotw(v, w, z);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    slotz = NB_TERNOP(rp_type(z), off);
    if (slotz != NULL && slotz != slotv && slotz != slotw) {
        x = slotz(v, w, z);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    if (z == rp_None) {
        return rp_err_format(&RpExc_TypeError,
                             "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'", op,
                             tv->tp_name, tw->tp_name);
    }
    return rp_err_format(&RpExc_TypeError,
                         "unsupported operand type(s) for %.100s: '%.100s', '%.100s', '%.100s'", op,
                         tv->tp_name, tw->tp_name, rp_type(z)->tp_name);
}

#define BINARY_FUNC(func, slot, opname)                       \
    RpObject *func(RpObject *v, RpObject *w)                  \
    {                                                         \
        return binary_op(v, w, OFF(slot), opname);            \
    }

BINARY_FUNC(rp_number_or, nb_or, "|")
BINARY_FUNC(rp_number_xor, nb_xor, "^")
BINARY_FUNC(rp_number_and, nb_and, "&")
BINARY_FUNC(rp_number_lshift, nb_lshift, "<<")
BINARY_FUNC(rp_number_rshift, nb_rshift, ">>")
BINARY_FUNC(rp_number_subtract, nb_subtract, "-")
BINARY_FUNC(rp_number_divmod, nb_divmod, "divmod()")
BINARY_FUNC(rp_number_matrix_multiply, nb_matrix_multiply, "@")
BINARY_FUNC(rp_number_floor_divide, nb_floor_divide, "//")
BINARY_FUNC(rp_number_true_divide, nb_true_divide, "/")
BINARY_FUNC(rp_number_remainder, nb_remainder, "%")

RpObject *rp_number_add(RpObject *v, RpObject *w)
{
    RpObject *r = binary_op1(v, w, OFF(nb_add));
    if (r != rp_NotImplemented) {
        return r;
    }
    rp_decref(r);
    rp_binaryfunc concat = rp_type(v)->sq_concat;
    if (concat != NULL) {
        return concat(v, w);
    }
    return binop_type_error(v, w, "+");
}

static RpObject *sequence_repeat(rp_ssizeargfunc repeatfunc, RpObject *seq, RpObject *n)
{
    if (!rp_index_check(n)) {
        return rp_err_format(&RpExc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                             rp_type(n)->tp_name);
    }
    rp_ssize_t count = rp_number_as_ssize_t(n, &RpExc_OverflowError);
    if (count == -1 && rp_err_occurred()) {
        return NULL;
    }
    return repeatfunc(seq, count);
}

RpObject *rp_number_multiply(RpObject *v, RpObject *w)
{
    RpObject *r = binary_op1(v, w, OFF(nb_multiply));
    if (r != rp_NotImplemented) {
        return r;
    }
    rp_decref(r);
    rp_ssizeargfunc mv = rp_type(v)->sq_repeat, mw = rp_type(w)->sq_repeat;
    if (mv != NULL) {
        return sequence_repeat(mv, v, w);
    }
    if (mw != NULL) {
        return sequence_repeat(mw, w, v);
    }
    return binop_type_error(v, w, "*");
}

RpObject *rp_number_power(RpObject *v, RpObject *w, RpObject *z)
{
    return ternary_op(v, w, z ? z : rp_None, OFF(nb_power), "** or pow()");
}

/* ---- in-place operators ---------------------------------------------------------------- */

static RpObject *binary_iop1(RpObject *v, RpObject *w, size_t iop, size_t op)
{
    rp_binaryfunc slot = NB_BINOP(rp_type(v), iop);
    if (slot != NULL) {
        RpObject *x = slot(v, w);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    return binary_op1(v, w, op);
}

static RpObject *binary_iop(RpObject *v, RpObject *w, size_t iop, size_t op, const char *opname)
{
    RpObject *r = binary_iop1(v, w, iop, op);
    if (r == rp_NotImplemented) {
        rp_decref(r);
        return binop_type_error(v, w, opname);
    }
    return r;
}

#define INPLACE_FUNC(func, islot, slot, opname)                       \
    RpObject *func(RpObject *v, RpObject *w)                          \
    {                                                                 \
        return binary_iop(v, w, OFF(islot), OFF(slot), opname);       \
    }

INPLACE_FUNC(rp_number_inplace_or, nb_inplace_or, nb_or, "|=")
INPLACE_FUNC(rp_number_inplace_xor, nb_inplace_xor, nb_xor, "^=")
INPLACE_FUNC(rp_number_inplace_and, nb_inplace_and, nb_and, "&=")
INPLACE_FUNC(rp_number_inplace_lshift, nb_inplace_lshift, nb_lshift, "<<=")
INPLACE_FUNC(rp_number_inplace_rshift, nb_inplace_rshift, nb_rshift, ">>=")
INPLACE_FUNC(rp_number_inplace_subtract, nb_inplace_subtract, nb_subtract, "-=")
INPLACE_FUNC(rp_number_inplace_matrix_multiply, nb_inplace_matrix_multiply, nb_matrix_multiply, "@=")
INPLACE_FUNC(rp_number_inplace_floor_divide, nb_inplace_floor_divide, nb_floor_divide, "//=")
INPLACE_FUNC(rp_number_inplace_true_divide, nb_inplace_true_divide, nb_true_divide, "/=")
INPLACE_FUNC(rp_number_inplace_remainder, nb_inplace_remainder, nb_remainder, "%=")

RpObject *rp_number_inplace_add(RpObject *v, RpObject *w)
{
    RpObject *r = binary_iop1(v, w, OFF(nb_inplace_add), OFF(nb_add));
    if (r != rp_NotImplemented) {
        return r;
    }
    rp_decref(r);
    RpTypeObject *tv = rp_type(v);
    if (tv->sq_inplace_concat != NULL) {
        return tv->sq_inplace_concat(v, w);
    }
    if (tv->sq_concat != NULL) {
        return tv->sq_concat(v, w);
    }
    return binop_type_error(v, w, "+=");
}

RpObject *rp_number_inplace_multiply(RpObject *v, RpObject *w)
{
    RpObject *r = binary_iop1(v, w, OFF(nb_inplace_multiply), OFF(nb_multiply));
    if (r != rp_NotImplemented) {
        return r;
    }
    rp_decref(r);
    rp_ssizeargfunc f = rp_type(v)->sq_inplace_repeat;
    if (f == NULL) {
        f = rp_type(v)->sq_repeat;
    }
    if (f != NULL) {
        return sequence_repeat(f, v, w);
    }
    if (rp_type(w)->sq_repeat != NULL) {
        return sequence_repeat(rp_type(w)->sq_repeat, w, v);
    }
    return binop_type_error(v, w, "*=");
}

RpObject *rp_number_inplace_power(RpObject *v, RpObject *w, RpObject *z)
{
    if (z == NULL) {
        z = rp_None;
    }
    rp_ternaryfunc slot = rp_type(v)->nb_inplace_power;
    if (slot != NULL) {
        RpObject *x = slot(v, w, z);
        if (x != rp_NotImplemented) {
            return x;
        }
        rp_decref(x);
    }
    return ternary_op(v, w, z, OFF(nb_power), "**=");
}

RpObject *rp_number_binary_op(RpObject *a, RpObject *b, int nb_op)
{
    switch (nb_op) {
    case RP_NB_ADD: return rp_number_add(a, b);
    case RP_NB_AND: return rp_number_and(a, b);
    case RP_NB_FLOOR_DIVIDE: return rp_number_floor_divide(a, b);
    case RP_NB_LSHIFT: return rp_number_lshift(a, b);
    case RP_NB_MATRIX_MULTIPLY: return rp_number_matrix_multiply(a, b);
    case RP_NB_MULTIPLY: return rp_number_multiply(a, b);
    case RP_NB_REMAINDER: return rp_number_remainder(a, b);
    case RP_NB_OR: return rp_number_or(a, b);
    case RP_NB_POWER: return rp_number_power(a, b, rp_None);
    case RP_NB_RSHIFT: return rp_number_rshift(a, b);
    case RP_NB_SUBTRACT: return rp_number_subtract(a, b);
    case RP_NB_TRUE_DIVIDE: return rp_number_true_divide(a, b);
    case RP_NB_XOR: return rp_number_xor(a, b);
    case RP_NB_INPLACE_ADD: return rp_number_inplace_add(a, b);
    case RP_NB_INPLACE_AND: return rp_number_inplace_and(a, b);
    case RP_NB_INPLACE_FLOOR_DIVIDE: return rp_number_inplace_floor_divide(a, b);
    case RP_NB_INPLACE_LSHIFT: return rp_number_inplace_lshift(a, b);
    case RP_NB_INPLACE_MATRIX_MULTIPLY: return rp_number_inplace_matrix_multiply(a, b);
    case RP_NB_INPLACE_MULTIPLY: return rp_number_inplace_multiply(a, b);
    case RP_NB_INPLACE_REMAINDER: return rp_number_inplace_remainder(a, b);
    case RP_NB_INPLACE_OR: return rp_number_inplace_or(a, b);
    case RP_NB_INPLACE_POWER: return rp_number_inplace_power(a, b, rp_None);
    case RP_NB_INPLACE_RSHIFT: return rp_number_inplace_rshift(a, b);
    case RP_NB_INPLACE_SUBTRACT: return rp_number_inplace_subtract(a, b);
    case RP_NB_INPLACE_TRUE_DIVIDE: return rp_number_inplace_true_divide(a, b);
    case RP_NB_INPLACE_XOR: return rp_number_inplace_xor(a, b);
    }
    return rp_err_bad_internal_call(__FILE__, __LINE__);
}

const char *rp_number_op_symbol(int nb_op)
{
    static const char *const symbols[] = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="
    };
    if (nb_op < 0 || nb_op >= (int)(sizeof(symbols) / sizeof(symbols[0]))) {
        return "?";
    }
    return symbols[nb_op];
}

/* ---- unary operators ------------------------------------------------------------------------ */

#define UNARY_FUNC(func, slot, fmt)                                                 \
    RpObject *func(RpObject *o)                                                     \
    {                                                                               \
        rp_unaryfunc f = rp_type(o)->slot;                                          \
        if (f != NULL) {                                                            \
            return f(o);                                                            \
        }                                                                           \
        return rp_err_format(&RpExc_TypeError, fmt, rp_type(o)->tp_name);           \
    }

UNARY_FUNC(rp_number_negative, nb_negative, "bad operand type for unary -: '%.200s'")
UNARY_FUNC(rp_number_positive, nb_positive, "bad operand type for unary +: '%.200s'")
UNARY_FUNC(rp_number_invert, nb_invert, "bad operand type for unary ~: '%.200s'")
UNARY_FUNC(rp_number_absolute, nb_absolute, "bad operand type for abs(): '%.200s'")

/* ---- conversions ------------------------------------------------------------------------------- */

int rp_index_check(RpObject *o)
{
    return rp_type(o)->nb_index != NULL;
}

/* __index__ result, int or int subclass (CPython's _PyNumber_Index) */
static RpObject *number_index(RpObject *item)
{
    if (rp_int_check(item)) {
        return rp_newref(item);
    }
    rp_unaryfunc f = rp_type(item)->nb_index;
    if (f == NULL) {
        return rp_err_format(&RpExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                             rp_type(item)->tp_name);
    }
    RpObject *r = f(item);
    if (r == NULL || rp_int_check_exact(r)) {
        return r;
    }
    if (!rp_int_check(r)) {
        rp_err_format(&RpExc_TypeError, "__index__ returned non-int (type %.200s)",
                      rp_type(r)->tp_name);
        rp_decref(r);
        return NULL;
    }
    return r;
}

static RpObject *int_exact_copy(RpObject *o)
{
    if (rp_int_check_exact(o)) {
        return o;
    }
    RpObject *r = rp_int_add(o, rp_small_int_borrow(0));
    rp_decref(o);
    return r;
}

RpObject *rp_number_index(RpObject *o)
{
    RpObject *r = number_index(o);
    if (r == NULL) {
        return NULL;
    }
    return int_exact_copy(r);
}

rp_ssize_t rp_number_as_ssize_t(RpObject *item, RpTypeObject *exc)
{
    RpObject *value = number_index(item);
    if (value == NULL) {
        return -1;
    }
    int overflow;
    long r = rp_int_as_long_and_overflow(value, &overflow);
    rp_decref(value);
    if (overflow == 0) {
        return (rp_ssize_t)r;
    }
    if (exc == NULL) {
        return overflow < 0 ? RP_SSIZE_T_MIN : RP_SSIZE_T_MAX;
    }
    rp_err_format(exc, "cannot fit '%.200s' into an index-sized integer", rp_type(item)->tp_name);
    return -1;
}

static RpObject *long_from_text(RpObject *o)
{
    const char *s;
    rp_ssize_t len;
    if (rp_str_check(o)) {
        s = rp_str_as_utf8(o, &len);
        if (s == NULL) {
            return NULL;
        }
    } else if (rp_bytes_check(o)) {
        s = rp_bytes_data(o);
        len = rp_bytes_len(o);
    } else {
        s = ((RpByteArrayObject *)o)->ob_start;
        len = rp_size(o);
    }
    return rp_int_from_string(s, len, 10);
}

RpObject *rp_number_long(RpObject *o)
{
    if (rp_int_check_exact(o)) {
        return rp_newref(o);
    }
    RpTypeObject *tp = rp_type(o);
    if (tp->nb_int != NULL) {
        RpObject *r = tp->nb_int(o);
        if (r == NULL || rp_int_check_exact(r)) {
            return r;
        }
        if (!rp_int_check(r)) {
            rp_err_format(&RpExc_TypeError, "__int__ returned non-int (type %.200s)",
                          rp_type(r)->tp_name);
            rp_decref(r);
            return NULL;
        }
        return int_exact_copy(r);
    }
    if (tp->nb_index != NULL) {
        return rp_number_index(o);
    }
    RpObject *trunc = rp_object_lookup_special(o, rp_id(__trunc__));
    if (trunc != NULL) {
        RpObject *r = rp_call_noargs(trunc);
        rp_decref(trunc);
        if (r == NULL || rp_int_check_exact(r)) {
            return r;
        }
        if (rp_int_check(r)) {
            return int_exact_copy(r);
        }
        if (!rp_index_check(r)) {
            rp_err_format(&RpExc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                          rp_type(r)->tp_name);
            rp_decref(r);
            return NULL;
        }
        RpObject *i = rp_number_index(r);
        rp_decref(r);
        return i;
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    if (rp_str_check(o) || rp_bytes_check(o) || rp_bytearray_check(o)) {
        return long_from_text(o);
    }
    return rp_err_format(&RpExc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%.200s'",
                         tp->tp_name);
}

RpObject *rp_number_float(RpObject *o)
{
    if (rp_float_check_exact(o)) {
        return rp_newref(o);
    }
    RpTypeObject *tp = rp_type(o);
    if (tp->nb_float != NULL) {
        RpObject *r = tp->nb_float(o);
        if (r == NULL || rp_float_check_exact(r)) {
            return r;
        }
        if (!rp_float_check(r)) {
            rp_err_format(&RpExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                          tp->tp_name, rp_type(r)->tp_name);
            rp_decref(r);
            return NULL;
        }
        RpObject *f = rp_float_from_double(rp_float_value(r));
        rp_decref(r);
        return f;
    }
    if (tp->nb_index != NULL) {
        RpObject *i = rp_number_index(o);
        if (i == NULL) {
            return NULL;
        }
        double d = rp_int_as_double(i);
        rp_decref(i);
        if (d == -1.0 && rp_err_occurred()) {
            return NULL;
        }
        return rp_float_from_double(d);
    }
    if (rp_float_check(o)) {
        return rp_float_from_double(rp_float_value(o));
    }
    if (rp_str_check(o)) {
        rp_ssize_t len;
        const char *s = rp_str_as_utf8(o, &len);
        if (s == NULL) {
            return NULL;
        }
        return rp_float_from_string(s, len);
    }
    if (rp_bytes_check(o)) {
        return rp_float_from_string(rp_bytes_data(o), rp_bytes_len(o));
    }
    return rp_err_format(&RpExc_TypeError, "float() argument must be a string or a real number, not '%.200s'",
                         tp->tp_name);
}

/* ---- containers -------------------------------------------------------------------------------- */

rp_ssize_t rp_object_len(RpObject *o)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->sq_length != NULL) {
        return tp->sq_length(o);
    }
    if (tp->mp_length != NULL) {
        return tp->mp_length(o);
    }
    rp_err_format(&RpExc_TypeError, "object of type '%.200s' has no len()", tp->tp_name);
    return -1;
}

rp_ssize_t rp_object_length_hint(RpObject *o, rp_ssize_t dflt)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->sq_length != NULL || tp->mp_length != NULL) {
        rp_ssize_t n = rp_object_len(o);
        if (n >= 0) {
            return n;
        }
        if (!rp_err_matches(&RpExc_TypeError)) {
            return -1;
        }
        rp_err_clear();
    }
    RpObject *hint = rp_object_lookup_special(o, rp_id(__length_hint__));
    if (hint == NULL) {
        return rp_err_occurred() ? -1 : dflt;
    }
    RpObject *r = rp_call_noargs(hint);
    rp_decref(hint);
    if (r == NULL) {
        if (rp_err_matches(&RpExc_TypeError)) {
            rp_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == rp_NotImplemented) {
        rp_decref(r);
        return dflt;
    }
    if (!rp_int_check(r)) {
        rp_err_format(&RpExc_TypeError, "__length_hint__ must be an integer, not %.100s",
                      rp_type(r)->tp_name);
        rp_decref(r);
        return -1;
    }
    rp_ssize_t n = rp_int_as_ssize_t(r);
    rp_decref(r);
    if (n == -1 && rp_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        rp_err_set_string(&RpExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

static RpObject *type_error_obj(const char *fmt, RpObject *o)
{
    return rp_err_format(&RpExc_TypeError, fmt, rp_type(o)->tp_name);
}

RpObject *rp_object_getitem(RpObject *o, RpObject *key)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->mp_subscript != NULL) {
        return tp->mp_subscript(o, key);
    }
    if (tp->sq_item != NULL) {
        if (rp_index_check(key)) {
            rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
            if (i == -1 && rp_err_occurred()) {
                return NULL;
            }
            return rp_sequence_getitem(o, i);
        }
        return rp_err_format(&RpExc_TypeError, "sequence index must be integer, not '%.200s'",
                             rp_type(key)->tp_name);
    }
    if (rp_type_check(o)) {
        if ((RpTypeObject *)o == &RpType_Type) {
            /* type[int] is a types.GenericAlias, as in CPython */
            return rp_generic_alias_new(o, key);
        }
        RpObject *meth;
        if (rp_object_lookup_attr(o, rp_id(__class_getitem__), &meth) < 0) {
            return NULL;
        }
        if (meth != NULL) {
            RpObject *r = rp_call_one(meth, key);
            rp_decref(meth);
            return r;
        }
        return rp_err_format(&RpExc_TypeError, "type '%.200s' is not subscriptable",
                             ((RpTypeObject *)o)->tp_name);
    }
    return type_error_obj("'%.200s' object is not subscriptable", o);
}

int rp_object_setitem(RpObject *o, RpObject *key, RpObject *value)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->mp_ass_subscript != NULL) {
        return tp->mp_ass_subscript(o, key, value);
    }
    if (tp->sq_ass_item != NULL) {
        if (rp_index_check(key)) {
            rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
            if (i == -1 && rp_err_occurred()) {
                return -1;
            }
            if (i < 0 && tp->sq_length != NULL) {
                rp_ssize_t n = tp->sq_length(o);
                if (n < 0) {
                    return -1;
                }
                i += n;
            }
            return tp->sq_ass_item(o, i, value);
        }
        rp_err_format(&RpExc_TypeError, "sequence index must be integer, not '%.200s'",
                      rp_type(key)->tp_name);
        return -1;
    }
    type_error_obj("'%.200s' object does not support item assignment", o);
    return -1;
}

int rp_object_delitem(RpObject *o, RpObject *key)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->mp_ass_subscript != NULL) {
        return tp->mp_ass_subscript(o, key, NULL);
    }
    if (tp->sq_ass_item != NULL) {
        if (rp_index_check(key)) {
            rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
            if (i == -1 && rp_err_occurred()) {
                return -1;
            }
            if (i < 0 && tp->sq_length != NULL) {
                rp_ssize_t n = tp->sq_length(o);
                if (n < 0) {
                    return -1;
                }
                i += n;
            }
            return tp->sq_ass_item(o, i, NULL);
        }
        rp_err_format(&RpExc_TypeError, "sequence index must be integer, not '%.200s'",
                      rp_type(key)->tp_name);
        return -1;
    }
    type_error_obj("'%.200s' object doesn't support item deletion", o);
    return -1;
}

RpObject *rp_sequence_getitem(RpObject *o, rp_ssize_t i)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->sq_item != NULL) {
        if (i < 0 && tp->sq_length != NULL) {
            rp_ssize_t n = tp->sq_length(o);
            if (n < 0) {
                return NULL;
            }
            i += n;
        }
        return tp->sq_item(o, i);
    }
    if (tp->mp_subscript != NULL) {
        RpObject *k = rp_int_from_ssize_t(i);
        if (k == NULL) {
            return NULL;
        }
        RpObject *r = tp->mp_subscript(o, k);
        rp_decref(k);
        return r;
    }
    return type_error_obj("'%.200s' object does not support indexing", o);
}

int rp_sequence_contains(RpObject *seq, RpObject *item)
{
    rp_objobjproc f = rp_type(seq)->sq_contains;
    if (f != NULL) {
        return f(seq, item);
    }
    RpObject *it = rp_object_get_iter(seq);
    if (it == NULL) {
        if (rp_err_matches(&RpExc_TypeError)) {
            rp_err_clear();
            rp_err_format(&RpExc_TypeError, "argument of type '%.200s' is not iterable",
                          rp_type(seq)->tp_name);
        }
        return -1;
    }
    for (;;) {
        RpObject *x = rp_iter_next(it);
        if (x == NULL) {
            rp_decref(it);
            return rp_err_occurred() ? -1 : 0;
        }
        int c = rp_object_richcompare_bool(x, item, RP_EQ);
        rp_decref(x);
        if (c != 0) {
            rp_decref(it);
            return c;
        }
    }
}

RpObject *rp_sequence_list(RpObject *o)
{
    RpObject *l = rp_list_new(0);
    if (l == NULL) {
        return NULL;
    }
    if (rp_list_extend(l, o) < 0) {
        rp_decref(l);
        return NULL;
    }
    return l;
}

RpObject *rp_sequence_tuple(RpObject *o)
{
    if (rp_tuple_check_exact(o)) {
        return rp_newref(o);
    }
    if (rp_list_check_exact(o)) {
        return rp_list_as_tuple(o);
    }
    RpObject *l = rp_sequence_list(o);
    if (l == NULL) {
        return NULL;
    }
    RpObject *t = rp_list_as_tuple(l);
    rp_decref(l);
    return t;
}

RpObject *rp_sequence_fast(RpObject *o, const char *errmsg)
{
    if (rp_list_check_exact(o) || rp_tuple_check_exact(o)) {
        return rp_newref(o);
    }
    RpObject *it = rp_object_get_iter(o);
    if (it == NULL) {
        if (rp_err_matches(&RpExc_TypeError)) {
            rp_err_clear();
            rp_err_set_string(&RpExc_TypeError, errmsg);
        }
        return NULL;
    }
    RpObject *l = rp_sequence_list(it);
    rp_decref(it);
    return l;
}

/* ---- iteration ------------------------------------------------------------------------------------ */

static int is_sequence(RpObject *o)
{
    if (rp_dict_check(o)) {
        return 0;
    }
    return rp_type(o)->sq_item != NULL;
}

RpObject *rp_object_get_iter(RpObject *o)
{
    rp_unaryfunc f = rp_type(o)->tp_iter;
    if (f == NULL) {
        if (is_sequence(o)) {
            return rp_seqiter_new(o);
        }
        return type_error_obj("'%.200s' object is not iterable", o);
    }
    RpObject *res = f(o);
    if (res != NULL && !rp_iter_check(res)) {
        rp_err_format(&RpExc_TypeError, "iter() returned non-iterator of type '%.100s'",
                      rp_type(res)->tp_name);
        rp_decref(res);
        return NULL;
    }
    return res;
}

int rp_iter_check(RpObject *o)
{
    return rp_type(o)->tp_iternext != NULL;
}

RpObject *rp_iter_next(RpObject *it)
{
    RpObject *r = rp_type(it)->tp_iternext(it);
    if (r == NULL && rp_err_occurred() && rp_err_matches(&RpExc_StopIteration)) {
        rp_err_clear();
    }
    return r;
}
