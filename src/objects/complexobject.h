/* complexobject.h - complex: two doubles (32 bytes, as CPython). */
#ifndef RP_COMPLEXOBJECT_H
#define RP_COMPLEXOBJECT_H

#include "../core/object.h"

typedef struct RpComplex {
    double real;
    double imag;
} RpComplex;

typedef struct RpComplexObject {
    RP_OBJECT_HEAD;
    RpComplex cval;
} RpComplexObject;

extern RpTypeObject RpComplex_Type;

int rp_complex_check(RpObject *o);      /* complex or a subclass */
static inline int rp_complex_check_exact(RpObject *o) { return o->ob_type == &RpComplex_Type; }
static inline RpComplex rp_complex_value(RpObject *o) { return ((RpComplexObject *)o)->cval; }

RpObject *rp_complex_from_doubles(double real, double imag);
RpObject *rp_complex_from_c(RpComplex c);
/* complex(s) for a str s; ValueError "complex() arg is a malformed string" */
RpObject *rp_complex_from_string(RpObject *s);
/* Arithmetic on C values, as CPython's _Py_c_*; quot and pow set errno
 * (EDOM: division by zero, ERANGE: overflow) */
RpComplex rp_c_sum(RpComplex a, RpComplex b);
RpComplex rp_c_diff(RpComplex a, RpComplex b);
RpComplex rp_c_prod(RpComplex a, RpComplex b);
RpComplex rp_c_quot(RpComplex a, RpComplex b);
RpComplex rp_c_pow(RpComplex a, RpComplex b);
double rp_c_abs(RpComplex a);

#endif
