/* moduleobject.h - module objects and the table of built-in modules. */
#ifndef RP_MODULEOBJECT_H
#define RP_MODULEOBJECT_H

#include "../core/object.h"

typedef struct RpModuleObject {
    RP_OBJECT_HEAD;
    RpObject *md_dict;
    const char *md_origin;      /* "built-in" for modules made in C (repr
                                   "<module 'sys' (built-in)>"), or NULL */
    void *md_state;             /* free for the module's C code */
    RpObject *md_weaklist;
    RpObject *md_name;          /* str */
} RpModuleObject;               /* 56 bytes, as PyModuleObject */

extern RpTypeObject RpModule_Type;

static inline int rp_module_check(RpObject *o) { return o->ob_type == &RpModule_Type; }
/* A module made in C (md_origin "built-in"): sets __name__, __doc__=None,
 * __package__, __loader__, __spec__ = None as CPython. */
RpObject *rp_module_new(const char *name);
/* module(name) as Python's types.ModuleType(name) does */
RpObject *rp_module_new_object(RpObject *name);
static inline RpObject *rp_module_dict_borrow(RpObject *m) { return ((RpModuleObject *)m)->md_dict; }
/* Add builtin functions (self is the module) */
int rp_module_add_functions(RpObject *m, RpMethodDef *defs);
/* m.name = value, stealing value (decref'd on failure too) */
int rp_module_add_steal(RpObject *m, const char *name, RpObject *value);

#endif
