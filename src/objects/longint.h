/* longint.h - internals of the int implementation, shared by the files of
 * the numbers area (intobject.c, longarith.c, longformat.c, floatobject.c,
 * complexobject.c, mathmodule.c).  Not a contract for other areas: use
 * intobject.h.
 *
 * Vocabulary:
 *   digit      a 30-bit limb (rp_digit), least significant first
 *   magnitude  |v|: the digit array ob_digit[0 .. |ob_size|)
 *   normalised no leading (most significant) zero digit; zero has size 0
 * Every RpLongObject visible to Python is normalised, and a value in
 * -5..256 is always the cached small int.
 */
#ifndef RP_LONGINT_H
#define RP_LONGINT_H

#include <stdint.h>

#include "../core/object.h"
#include "intobject.h"

/* The largest digit count (CPython's MAX_LONG_DIGITS): past it,
 * OverflowError "too many digits in integer"; below it a huge request
 * fails in the allocator with MemoryError, as in CPython. */
#define RP_LONG_MAX_DIGITS ((RP_SSIZE_T_MAX - 24) / 4)

/* Hash modulus of numbers, as CPython's _PyHASH_MODULUS (2**61 - 1). */
#define RP_HASH_BITS 61
#define RP_HASH_MODULUS (((uint64_t)1 << RP_HASH_BITS) - 1)
#define RP_HASH_INF 314159
#define RP_HASH_IMAG 1000003

static inline rp_ssize_t rp_long_ndigits(const RpObject *v)
{
    rp_ssize_t s = ((const RpVarObject *)v)->ob_size;
    return s < 0 ? -s : s;
}
static inline rp_digit *rp_long_digits(RpObject *v) { return ((RpLongObject *)v)->ob_digit; }

/* A new exact int with room for n digits, ob_size = n (digits zeroed).
 * Raises OverflowError "too many digits in integer" past the limit. */
RpLongObject *rp_long_alloc(rp_ssize_t n);
/* Strip leading zero digits and replace a small value by the cached
 * object.  Steals v, returns the result (never fails). */
RpObject *rp_long_norm(RpLongObject *v);
/* A new exact int equal to v (which may be a subclass instance). */
RpObject *rp_long_copy_exact(RpObject *v);
/* Is v within the small-int cache range?  Return the cached object. */
static inline int rp_long_is_small(long v)
{
    return v >= -RP_NSMALLNEGINTS && v < RP_NSMALLPOSINTS;
}

/* |v| = m * 2**e with 0.5 <= m < 1 rounded correctly (half to even) to a
 * double; m == 0 for v == 0.  *e may exceed the double range. */
double rp_long_frexp(RpObject *v, int64_t *e);

/* Arithmetic used across the area (both operands ints; new references) */
RpObject *rp_long_neg(RpObject *v);
RpObject *rp_long_abs(RpObject *v);
RpObject *rp_long_lshift_int(RpObject *v, int64_t n);   /* n >= 0 */
RpObject *rp_long_rshift_int(RpObject *v, int64_t n);   /* n >= 0, floor */
RpObject *rp_long_and(RpObject *a, RpObject *b);
RpObject *rp_long_divmod(RpObject *a, RpObject *b, RpObject **mod);  /* floor; ZeroDivisionError */
RpObject *rp_long_true_divide(RpObject *a, RpObject *b);
/* Round a / b to the nearest int, ties to even (CPython's
 * _PyLong_DivmodNear quotient); b > 0 */
RpObject *rp_long_div_near(RpObject *a, RpObject *b);
RpObject *rp_long_gcd(RpObject *a, RpObject *b);        /* >= 0 */
RpObject *rp_long_pow(RpObject *a, RpObject *b, RpObject *m);  /* m may be None/NULL */
RpObject *rp_long_isqrt(RpObject *n);                   /* n >= 0 */
int rp_long_is_zero(RpObject *v);
int rp_long_is_odd(RpObject *v);

/* The int slots, for bool and the VM */
RpObject *rp_long_nb_add(RpObject *a, RpObject *b);
RpObject *rp_long_nb_sub(RpObject *a, RpObject *b);
RpObject *rp_long_nb_mul(RpObject *a, RpObject *b);
RpObject *rp_long_nb_and(RpObject *a, RpObject *b);
RpObject *rp_long_nb_or(RpObject *a, RpObject *b);
RpObject *rp_long_nb_xor(RpObject *a, RpObject *b);
RpObject *rp_long_nb_floordiv(RpObject *a, RpObject *b);
RpObject *rp_long_nb_mod(RpObject *a, RpObject *b);
RpObject *rp_long_nb_divmod(RpObject *a, RpObject *b);
RpObject *rp_long_nb_truediv(RpObject *a, RpObject *b);
RpObject *rp_long_nb_pow(RpObject *a, RpObject *b, RpObject *m);
RpObject *rp_long_nb_lshift(RpObject *a, RpObject *b);
RpObject *rp_long_nb_rshift(RpObject *a, RpObject *b);
RpObject *rp_long_nb_neg(RpObject *v);
RpObject *rp_long_nb_pos(RpObject *v);
RpObject *rp_long_nb_abs(RpObject *v);
RpObject *rp_long_nb_invert(RpObject *v);
int rp_long_nb_bool(RpObject *v);
RpObject *rp_long_nb_int(RpObject *v);
RpObject *rp_long_nb_float(RpObject *v);

/* longformat.c */
RpObject *rp_long_repr(RpObject *v);
RpObject *rp_long_format_method(RpObject *v, RpObject *spec);   /* int.__format__ */
/* Decimal digits of |v| without sign as a malloc'd (rp_mem) C string;
 * honours the max-str-digits limit when `limit` is set. */
char *rp_long_to_decimal_cstr(RpObject *v, int limit, rp_ssize_t *len);
/* Parse an int from a str object (int(s, base) semantics, Unicode digits
 * and spaces allowed); the message names the original object. */
RpObject *rp_long_from_unicode(RpObject *s, int base);
/* Same for bytes-like data; `orig` is used in the error message. */
RpObject *rp_long_from_bytes_literal(const char *s, rp_ssize_t len, int base, RpObject *orig);

/* Unicode helpers for parsing numbers from str: the decimal value of a
 * Unicode digit (Nd) or -1, and whether a code point is whitespace. */
int rp_num_unicode_decimal(uint32_t ch);
int rp_num_unicode_isspace(uint32_t ch);
/* str -> a malloc'd ASCII C string with Unicode digits mapped to '0'..'9',
 * spaces to ' ' and anything else non-ASCII to '?' (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII).  NULL + MemoryError. */
char *rp_num_transform_decimal_ascii(RpObject *s, rp_ssize_t *len);

/* The hash of a double, as CPython's _Py_HashDouble (inst: for NaN). */
rp_hash_t rp_hash_double(RpObject *inst, double v);
/* Pointer hash, as CPython's _Py_HashPointer. */
static inline rp_hash_t rp_hash_pointer_value(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    rp_hash_t h = (rp_hash_t)y;
    return h == -1 ? -2 : h;
}

#endif
