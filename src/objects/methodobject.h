/* methodobject.h - functions implemented in C, and bound methods.
 *
 *   builtin_function_or_method  RpCFunctionObject: an RpMethodDef + self
 *   method                      RpMethodObject: a Python function (or any
 *                               callable) bound to an instance (made by
 *                               function.__get__)
 */
#ifndef RP_METHODOBJECT_H
#define RP_METHODOBJECT_H

#include "../core/object.h"

typedef struct RpCFunctionObject {
    RP_OBJECT_HEAD;
    RpMethodDef *m_ml;
    RpObject *m_self;           /* the module, the bound instance, or NULL */
    RpObject *m_module;         /* __module__ (str) or NULL */
    RpObject *m_weakreflist;
    rp_vectorcallfunc vectorcall;
} RpCFunctionObject;

typedef struct RpMethodObject {
    RP_OBJECT_HEAD;
    RpObject *im_func;
    RpObject *im_self;
    RpObject *im_weakreflist;
    rp_vectorcallfunc vectorcall;
} RpMethodObject;

extern RpTypeObject RpCFunction_Type, RpMethod_Type;

static inline int rp_cfunction_check(RpObject *o) { return o->ob_type == &RpCFunction_Type; }
static inline int rp_method_check(RpObject *o) { return o->ob_type == &RpMethod_Type; }

RpObject *rp_cfunction_new(RpMethodDef *ml, RpObject *self, RpObject *module);
/* A bound method; NEW reference (increfs func and self). */
RpObject *rp_method_new(RpObject *func, RpObject *self);
/* Call an RpMethodDef with the vectorcall convention (checks arg counts
 * with CPython's messages: "f() takes no arguments (1 given)",
 * "f() takes exactly one argument (0 given)",
 * "f() takes no keyword arguments"). */
RpObject *rp_methoddef_call(RpMethodDef *ml, RpObject *self, RpObject *const *args,
                            size_t nargs, RpObject *kwnames);
/* Call `callable(self, *args)` with kwnames; no allocation for up to 8
 * arguments (used for bound methods and slot functions). */
RpObject *rp_call_prepend(RpObject *callable, RpObject *self, RpObject *const *args,
                          size_t nargs, RpObject *kwnames);

#endif
