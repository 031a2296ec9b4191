/* moduleobject.h - module objects and the table of built-in modules. */
#ifndef RP_MODULEOBJECT_H
#define RP_MODULEOBJECT_H

#include "../core/object.h"

typedef struct RpModuleObject {
    RP_OBJECT_HEAD;
    RpObject *md_dict;
    RpObject *md_name;          /* str */
    RpObject *md_weaklist;
} RpModuleObject;

extern RpTypeObject RpModule_Type;

static inline int rp_module_check(RpObject *o) { return o->ob_type == &RpModule_Type; }
RpObject *rp_module_new(const char *name);      /* sets __name__, __doc__=None, ... */
RpObject *rp_module_new_object(RpObject *name);
static inline RpObject *rp_module_dict_borrow(RpObject *m) { return ((RpModuleObject *)m)->md_dict; }
/* Add builtin functions (self is the module) */
int rp_module_add_functions(RpObject *m, RpMethodDef *defs);
/* m.name = value, stealing value (decref'd on failure too) */
int rp_module_add_steal(RpObject *m, const char *name, RpObject *value);

#endif
