/* methodobject.h - functions implemented in C, and bound methods.
 *
 *   builtin_function_or_method  RpCFunctionObject: an RpMethodDef + self
 *   method                      RpMethodObject: a Python function bound to
 *                               an instance (made by function.__get__)
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

RpObject *rp_cfunction_new(RpMethodDef *ml, RpObject *self, RpObject *module);
RpObject *rp_method_new(RpObject *func, RpObject *self);
/* Call an RpMethodDef with the vectorcall convention (checks arg counts:
 * "f() takes no arguments (1 given)", "f() takes exactly one argument"). */
RpObject *rp_methoddef_call(RpMethodDef *ml, RpObject *self, RpObject *const *args,
                            size_t nargs, RpObject *kwnames);

#endif
