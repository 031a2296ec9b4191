/* intobject.h - int: arbitrary precision, CPython 3.11's layout.
 *
 * The magnitude is stored in 30-bit digits (uint32_t), least significant
 * first; the sign is the sign of ob_size and |ob_size| is the number of
 * digits (0 for zero).  So sizes match CPython: sys.getsizeof(1) == 28,
 * sys.getsizeof(2**30) == 32.  Values -5..256 are preallocated and shared
 * (rp_int_from_long returns the cached object).
 */
#ifndef RP_INTOBJECT_H
#define RP_INTOBJECT_H

#include <stdint.h>

#include "../core/object.h"

#define RP_LONG_SHIFT 30
#define RP_LONG_BASE  ((uint32_t)1 << RP_LONG_SHIFT)
#define RP_LONG_MASK  ((uint32_t)(RP_LONG_BASE - 1))

typedef uint32_t rp_digit;
typedef uint64_t rp_twodigits;
typedef int64_t rp_stwodigits;

typedef struct RpLongObject {
    RP_OBJECT_VAR_HEAD;
    rp_digit ob_digit[1];
} RpLongObject;

extern RpTypeObject RpLong_Type;

#define RP_NSMALLNEGINTS 5
#define RP_NSMALLPOSINTS 257
/* the cache of small ints, -5..256 */
extern RpLongObject rp_small_ints[RP_NSMALLNEGINTS + RP_NSMALLPOSINTS];

static inline int rp_int_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_LONG_SUBCLASS) != 0;
}
static inline int rp_int_check_exact(RpObject *o) { return o->ob_type == &RpLong_Type; }

/* Fits in one digit (|v| < 2**30): the fast paths of the VM use this. */
static inline int rp_int_is_compact(const RpLongObject *v)
{
    return v->ob_base.ob_size >= -1 && v->ob_base.ob_size <= 1;
}
static inline long rp_int_compact_value(const RpLongObject *v)
{
    rp_ssize_t s = v->ob_base.ob_size;
    return s == 0 ? 0 : (s > 0 ? (long)v->ob_digit[0] : -(long)v->ob_digit[0]);
}
/* A borrowed small int (-5 <= v <= 256 only). */
static inline RpObject *rp_small_int_borrow(long v)
{
    return (RpObject *)&rp_small_ints[v + RP_NSMALLNEGINTS];
}

RpObject *rp_int_from_long(long v);
RpObject *rp_int_from_ssize_t(rp_ssize_t v);
RpObject *rp_int_from_size_t(size_t v);
RpObject *rp_int_from_long_long(long long v);
RpObject *rp_int_from_unsigned_long_long(unsigned long long v);
RpObject *rp_int_from_double(double v);   /* int(3.7); OverflowError/ValueError for inf/nan */
/* Parse as int(s, base) does (base 0: literal rules, prefixes, underscores;
 * whitespace stripped).  On failure raises ValueError with CPython's
 * message: "invalid literal for int() with base 10: 'chai'". */
RpObject *rp_int_from_string(const char *s, rp_ssize_t len, int base);
/* Convert, raising OverflowError ("Python int too large to convert to C
 * long") when out of range. */
long rp_int_as_long(RpObject *o);
rp_ssize_t rp_int_as_ssize_t(RpObject *o);
long long rp_int_as_long_long(RpObject *o);
/* Without raising: *overflow = -1/0/+1. o must be an int. */
long rp_int_as_long_and_overflow(RpObject *o, int *overflow);
double rp_int_as_double(RpObject *o);     /* OverflowError "int too large to convert to float" */
int rp_int_sign(RpObject *o);             /* -1, 0, 1 */
/* Number of bits in |v| (int.bit_length). */
int64_t rp_int_bit_length(RpObject *o);
/* str(v) in base 10, or with base 2/8/16 the "0b"/"0o"/"0x" form. */
RpObject *rp_int_to_string(RpObject *o, int base);
/* Exact comparison of an int with a double, for float/int comparisons */
int rp_int_compare_double(RpObject *o, double d);   /* -1, 0, 1 (nan: see floatobject) */

/* Arithmetic on ints (both operands must be ints); used by the VM's fast
 * paths and by bool. */
RpObject *rp_int_add(RpObject *a, RpObject *b);
RpObject *rp_int_sub(RpObject *a, RpObject *b);
RpObject *rp_int_mul(RpObject *a, RpObject *b);
RpObject *rp_int_floordiv(RpObject *a, RpObject *b);
RpObject *rp_int_mod(RpObject *a, RpObject *b);
int rp_int_compare(RpObject *a, RpObject *b);        /* -1, 0, 1 */

/* ---- added by the numbers area ---- */
/* sys.get_int_max_str_digits() (0 = no limit; sysmodule.c sets it) */
int rp_int_get_max_str_digits(void);
/* int(x) for one argument (PyNumber_Long): __int__, __index__, __trunc__,
 * str, bytes, bytearray; CPython's messages. */
RpObject *rp_int_from_object(RpObject *x);
rp_hash_t rp_int_hash(RpObject *o);
unsigned long long rp_int_as_unsigned_long_long(RpObject *o);
size_t rp_int_as_size_t(RpObject *o);
/* The low 64 bits of the two's complement form (no error). */
uint64_t rp_int_as_u64_mask(RpObject *o);
/* int.to_bytes / int.from_bytes on a C buffer */
int rp_int_to_byte_array(RpObject *v, unsigned char *out, rp_ssize_t n, int little,
                         int is_signed);
RpObject *rp_int_from_byte_array(const unsigned char *data, rp_ssize_t n, int little,
                                 int is_signed);
/* format(v, spec) for an int (spec a str) */
RpObject *rp_int_format(RpObject *v, RpObject *spec);
/* a / b as int/int true division (correctly rounded float) */
RpObject *rp_int_true_divide(RpObject *a, RpObject *b);
RpObject *rp_int_pow(RpObject *a, RpObject *b, RpObject *mod);   /* mod: NULL or None */
RpObject *rp_int_neg(RpObject *v);
RpObject *rp_int_and(RpObject *a, RpObject *b);
RpObject *rp_int_or(RpObject *a, RpObject *b);
RpObject *rp_int_xor(RpObject *a, RpObject *b);
RpObject *rp_int_lshift(RpObject *a, RpObject *b);
RpObject *rp_int_rshift(RpObject *a, RpObject *b);

#endif
