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

#endif
