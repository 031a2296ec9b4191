/* floatobject.h - float: a C double, recycled through a free list of 100. */
#ifndef RP_FLOATOBJECT_H
#define RP_FLOATOBJECT_H

#include "../core/object.h"

typedef struct RpFloatObject {
    RP_OBJECT_HEAD;
    double ob_fval;
} RpFloatObject;

extern RpTypeObject RpFloat_Type;

static inline int rp_float_check_exact(RpObject *o) { return o->ob_type == &RpFloat_Type; }
int rp_float_check(RpObject *o);      /* float or a subclass */
static inline double rp_float_value(RpObject *o) { return ((RpFloatObject *)o)->ob_fval; }

RpObject *rp_float_from_double(double v);
/* float(s) rules: "3.14", " 1e3 ", "inf", "-nan", "1_0.5"; ValueError
 * "could not convert string to float: 'x'" on failure. */
RpObject *rp_float_from_string(const char *s, rp_ssize_t len);
/* float(o) for any object (__float__, __index__); -1.0 with an exception
 * set on error (check rp_err_occurred()). */
double rp_float_as_double(RpObject *o);
/* repr(float): the shortest string that round-trips ("0.1", "1e+16",
 * "inf", "nan"), written into buf (at least 32 bytes); returns length. */
int rp_float_repr_buf(double v, char *buf, size_t size);

/* ---- added by the numbers area ---- */
/* CPython's PyOS_double_to_string: code 'e' 'E' 'f' 'F' 'g' 'G' or 'r'
 * (repr: shortest round trip, precision ignored); returns an rp_mem_malloc'd
 * C string (free with rp_mem_free), NULL + MemoryError. *type (may be
 * NULL) gets RP_DTST_*.  Used by format(), %-formatting and repr. */
#define RP_DTSF_SIGN      0x01   /* always add the sign */
#define RP_DTSF_ADD_DOT_0 0x02   /* "1" -> "1.0" */
#define RP_DTSF_ALT       0x04   /* '#' alternate form */
#define RP_DTSF_NO_NEG_0  0x08   /* 'z': negative zero becomes zero */
#define RP_DTST_FINITE   0
#define RP_DTST_INFINITE 1
#define RP_DTST_NAN      2
char *rp_double_to_string(double v, char code, int precision, int flags, int *type);
/* repr(v) as a str */
RpObject *rp_float_repr_double(double v);
/* format(x, spec) for a float value v of object obj */
RpObject *rp_float_format(double v, RpObject *obj, RpObject *spec);
/* float(str) for a str object (Unicode digits and spaces allowed); -1.0
 * with ValueError "could not convert string to float: '...'" */
double rp_float_parse_str(RpObject *str);
/* float(s) for bytes-like or ASCII text s[0..len); `orig` is named in the
 * error message; -1.0 with ValueError set on failure */
double rp_float_parse_object(RpObject *orig, const char *s, rp_ssize_t len);
/* OverflowError(34, 'Numerical result out of range') as from errno */
RpObject *rp_float_erange_error(void);
/* Parse a float literal at s (no whitespace skipped), Python syntax with
 * underscores; *endp = where it stopped. 0, or -1 if there is no number
 * there (nothing set), -2 on memory failure (nothing set). */
int rp_parse_double(const char *s, const char *end, double *out, const char **endp);
/* float(x) for any object, as a new float (float.__new__ with one arg) */
RpObject *rp_float_from_object(RpObject *x);
rp_hash_t rp_float_hash(RpObject *o);
/* float.hex() and float.fromhex() */
RpObject *rp_float_hex(double x);
int rp_float_fromhex_cstr(const char *s, rp_ssize_t len, double *out);
/* round(x, ndigits), correctly rounded (ndigits as C integer) */
RpObject *rp_float_round_ndigits(double x, rp_ssize_t ndigits);
#endif
