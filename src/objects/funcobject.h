/* funcobject.h - Python functions (def, lambda, comprehensions).
 *
 * Models CPython 3.11's PyFunctionObject; the size is the same
 * (sys.getsizeof(f) == 152 with the GC head).
 */
#ifndef RP_FUNCOBJECT_H
#define RP_FUNCOBJECT_H

#include <stdint.h>

#include "../core/object.h"

typedef struct RpFunctionObject {
    RP_OBJECT_HEAD;
    RpObject *func_globals;       /* dict */
    RpObject *func_builtins;      /* dict */
    RpObject *func_name;          /* str */
    RpObject *func_qualname;      /* str */
    RpObject *func_code;          /* code */
    RpObject *func_defaults;      /* tuple or NULL */
    RpObject *func_kwdefaults;    /* dict or NULL */
    RpObject *func_closure;       /* tuple of cells or NULL */
    RpObject *func_doc;           /* str, None or other */
    RpObject *func_dict;          /* __dict__, NULL until used */
    RpObject *func_weakreflist;
    RpObject *func_module;        /* __module__ */
    RpObject *func_annotations;   /* dict, tuple (from the compiler) or NULL */
    rp_vectorcallfunc vectorcall;
    uint32_t func_version;
} RpFunctionObject;

extern RpTypeObject RpFunction_Type;

static inline int rp_function_check(RpObject *o) { return o->ob_type == &RpFunction_Type; }

/* A function for `code` running in `globals` (qualname NULL: the code's
 * co_qualname).  __module__ is globals['__name__'], __doc__ the code's
 * first constant when it is a str, the builtins come from
 * globals['__builtins__'] (or the interpreter's). */
RpObject *rp_function_new(RpObject *code, RpObject *globals, RpObject *qualname);
/* The builtins dict used by code running in `globals` (borrowed). */
RpObject *rp_builtins_from_globals_borrow(RpObject *globals);
/* The call slot: runs the function in a new frame. */
RpObject *rp_function_vectorcall(RpObject *func, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames);

#endif
