/* moduleobject.c - module objects.
 *
 * Models CPython 3.11's Objects/moduleobject.c: a module is a namespace
 * (md_dict) with a name.  Missing attributes try a module-level
 * __getattr__ (PEP 562) before "module 'x' has no attribute 'y'"; the
 * repr follows importlib's _module_repr:
 *   <module 'x' from '/path/x.py'>   <module 'sys' (built-in)>   <module 'x'>
 */
#include "moduleobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "dictobject.h"
#include "exceptions.h"
#include "methodobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"
#include "weakrefobject.h"
#include "typeobject.h"

#define MOD(o) ((RpModuleObject *)(o))

static int module_init_dict(RpObject *dict, RpObject *name, RpObject *doc)
{
    if (doc == NULL) {
        doc = rp_None;
    }
    if (rp_dict_set(dict, rp_id(__name__), name) < 0 ||
        rp_dict_set(dict, rp_id(__doc__), doc) < 0 ||
        rp_dict_set(dict, rp_id(__package__), rp_None) < 0 ||
        rp_dict_set(dict, rp_id(__loader__), rp_None) < 0 ||
        rp_dict_set(dict, rp_id(__spec__), rp_None) < 0) {
        return -1;
    }
    return 0;
}

static RpObject *module_alloc(RpTypeObject *type)
{
    RpModuleObject *m = (RpModuleObject *)rp_type_generic_alloc(type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->md_dict = rp_dict_new();
    if (m->md_dict == NULL) {
        rp_decref(m);
        return NULL;
    }
    rp_gc_track(m);
    return (RpObject *)m;
}

RpObject *rp_module_new_object(RpObject *name)
{
    RpObject *m = module_alloc(&RpModule_Type);
    if (m == NULL) {
        return NULL;
    }
    MOD(m)->md_name = rp_newref(name);
    if (module_init_dict(MOD(m)->md_dict, name, NULL) < 0) {
        rp_decref(m);
        return NULL;
    }
    return m;
}

RpObject *rp_module_new(const char *name)
{
    RpObject *n = rp_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    rp_str_intern_inplace(&n);
    RpObject *m = rp_module_new_object(n);
    rp_decref(n);
    if (m != NULL) {
        MOD(m)->md_origin = "built-in";
    }
    return m;
}

int rp_module_add_functions(RpObject *m, RpMethodDef *defs)
{
    for (; defs->ml_name != NULL; defs++) {
        RpObject *f = rp_cfunction_new(defs, m, MOD(m)->md_name);
        if (f == NULL) {
            return -1;
        }
        int r = rp_dict_set_cstr(MOD(m)->md_dict, defs->ml_name, f);
        rp_decref(f);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

int rp_module_add_steal(RpObject *m, const char *name, RpObject *value)
{
    if (value == NULL) {
        return -1;
    }
    int r = rp_dict_set_cstr(MOD(m)->md_dict, name, value);
    rp_decref(value);
    return r;
}

/* ---- the type ------------------------------------------------------------------ */

static RpObject *module_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    return module_alloc(type);
}

static int module_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    RpObject *name = NULL, *doc = NULL;
    if (nargs >= 1) {
        name = args[0];
    }
    if (nargs >= 2) {
        doc = args[1];
    }
    if (nargs > 2) {
        rp_err_format(&RpExc_TypeError, "module() takes at most 2 arguments (%zd given)",
                      (rp_ssize_t)nargs);
        return -1;
    }
    for (rp_ssize_t k = 0; kwnames != NULL && k < rp_tuple_len(kwnames); k++) {
        RpObject *kn = rp_tuple_get_borrow(kwnames, k);
        if (rp_str_eq_cstr(kn, "name") && name == NULL) {
            name = args[nargs + (size_t)k];
        } else if (rp_str_eq_cstr(kn, "doc") && doc == NULL) {
            doc = args[nargs + (size_t)k];
        } else {
            rp_err_format(&RpExc_TypeError, "module() got an unexpected keyword argument '%U'", kn);
            return -1;
        }
    }
    if (name == NULL) {
        rp_err_set_string(&RpExc_TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!rp_str_check(name)) {
        rp_err_format(&RpExc_TypeError, "module() argument 'name' must be str, not %.200s",
                      rp_type(name)->tp_name);
        return -1;
    }
    RP_XSETREF(MOD(self)->md_name, rp_newref(name));
    return module_init_dict(MOD(self)->md_dict, name, doc);
}

static void module_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    if (MOD(self)->md_weaklist != NULL) {
        rp_weakref_clear_all(self);
    }
    RP_CLEAR(MOD(self)->md_dict);
    RP_CLEAR(MOD(self)->md_name);
    rp_type(self)->tp_free(self);
}

static int module_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(MOD(self)->md_dict);
    return 0;
}

static int module_clear(RpObject *self)
{
    RP_CLEAR(MOD(self)->md_dict);
    return 0;
}

/* getattr(spec, name) or NULL (errors cleared) */
static RpObject *attr_or_null(RpObject *o, const char *name)
{
    RpObject *r = rp_object_getattr_str(o, name);
    if (r == NULL) {
        rp_err_clear();
    }
    return r;
}

static RpObject *module_repr(RpObject *self)
{
    RpObject *dict = MOD(self)->md_dict;
    RpObject *spec = dict ? rp_dict_get_borrow(dict, rp_id(__spec__)) : NULL;
    if (spec != NULL && spec != rp_None) {
        rp_incref(spec);
        RpObject *name = attr_or_null(spec, "name");
        RpObject *origin = attr_or_null(spec, "origin");
        RpObject *res;
        RpObject *nm = (name && name != rp_None) ? name : NULL;
        if (origin == NULL || origin == rp_None) {
            RpObject *loader = attr_or_null(spec, "loader");
            if (loader == NULL || loader == rp_None) {
                res = nm ? rp_str_from_format("<module %R>", nm) : rp_str_from_format("<module '?'>");
            } else {
                res = nm ? rp_str_from_format("<module %R (%R)>", nm, loader)
                         : rp_str_from_format("<module '?' (%R)>", loader);
            }
            rp_xdecref(loader);
        } else {
            RpObject *hl = attr_or_null(spec, "has_location");
            int has_location = hl != NULL && rp_object_is_true(hl) == 1;
            rp_xdecref(hl);
            if (has_location) {
                res = nm ? rp_str_from_format("<module %R from %R>", nm, origin)
                         : rp_str_from_format("<module '?' from %R>", origin);
            } else {
                res = nm ? rp_str_from_format("<module %R (%S)>", nm, origin)
                         : rp_str_from_format("<module '?' (%S)>", origin);
            }
        }
        rp_xdecref(name);
        rp_xdecref(origin);
        rp_decref(spec);
        return res;
    }
    RpObject *name = attr_or_null(self, "__name__");
    if (name == NULL) {
        name = rp_str_from_cstr("?");
        if (name == NULL) {
            return NULL;
        }
    }
    RpObject *file = attr_or_null(self, "__file__");
    RpObject *res;
    if (file != NULL) {
        res = rp_str_from_format("<module %R from %R>", name, file);
        rp_decref(file);
    } else if (MOD(self)->md_origin != NULL) {
        res = rp_str_from_format("<module %R (%s)>", name, MOD(self)->md_origin);
    } else {
        RpObject *loader = dict ? rp_dict_get_borrow(dict, rp_id(__loader__)) : NULL;
        if (loader != NULL && loader != rp_None) {
            res = rp_str_from_format("<module %R (%R)>", name, loader);
        } else {
            res = rp_str_from_format("<module %R>", name);
        }
    }
    rp_decref(name);
    return res;
}

static RpObject *module_getattro(RpObject *self, RpObject *name)
{
    RpObject *attr = rp_generic_getattr_impl(self, name, NULL, 1);
    if (attr != NULL || rp_err_occurred()) {
        return attr;
    }
    RpObject *dict = MOD(self)->md_dict;
    if (dict != NULL) {
        RpObject *getattr = rp_dict_get_borrow(dict, rp_id(__getattr__));
        if (getattr != NULL) {
            rp_incref(getattr);
            RpObject *r = rp_call_one(getattr, name);
            rp_decref(getattr);
            return r;
        }
        RpObject *mod_name = rp_dict_get_borrow(dict, rp_id(__name__));
        if (mod_name != NULL && rp_str_check(mod_name)) {
            rp_err_format(&RpExc_AttributeError, "module '%U' has no attribute '%U'", mod_name,
                          name);
            rp_set_attribute_error_context(self, name);
            return NULL;
        }
    }
    rp_err_format(&RpExc_AttributeError, "module has no attribute '%U'", name);
    rp_set_attribute_error_context(self, name);
    return NULL;
}

static RpObject *module_dir(RpObject *self, RpObject *unused)
{
    RpObject *dict = rp_object_getattr(self, rp_id(__dict__));
    if (dict == NULL) {
        return NULL;
    }
    RpObject *res;
    if (!rp_dict_check(dict)) {
        res = rp_err_format(&RpExc_TypeError, "<module>.__dict__ is not a dictionary");
    } else {
        RpObject *dirfunc = rp_dict_get_borrow(dict, rp_id(__dir__));
        if (dirfunc != NULL) {
            res = rp_call_noargs(dirfunc);
        } else {
            res = rp_dict_keys_list(dict);
        }
    }
    rp_decref(dict);
    return res;
}

static RpObject *module_get_dict(RpObject *self, void *c)
{
    RpObject *d = MOD(self)->md_dict;
    return rp_newref(d ? d : rp_None);
}

static RpObject *module_get_annotations(RpObject *self, void *c)
{
    RpObject *dict = MOD(self)->md_dict;
    if (dict == NULL || !rp_dict_check(dict)) {
        return rp_err_set_string(&RpExc_TypeError, "<module>.__dict__ is not a dictionary");
    }
    RpObject *a = rp_dict_get_borrow(dict, rp_id(__annotations__));
    if (a != NULL) {
        return rp_newref(a);
    }
    a = rp_dict_new();
    if (a == NULL) {
        return NULL;
    }
    if (rp_dict_set(dict, rp_id(__annotations__), a) < 0) {
        rp_decref(a);
        return NULL;
    }
    return a;
}

static int module_set_annotations(RpObject *self, RpObject *value, void *c)
{
    RpObject *dict = MOD(self)->md_dict;
    if (dict == NULL || !rp_dict_check(dict)) {
        rp_err_set_string(&RpExc_TypeError, "<module>.__dict__ is not a dictionary");
        return -1;
    }
    if (value != NULL) {
        return rp_dict_set(dict, rp_id(__annotations__), value);
    }
    int r = rp_dict_del(dict, rp_id(__annotations__));
    if (r < 0 && rp_err_matches(&RpExc_KeyError)) {
        rp_err_clear();
        rp_err_set_string(&RpExc_AttributeError, "__annotations__");
    }
    return r;
}

static RpMethodDef module_methods[] = {
    {"__dir__", RP_CFUNC(module_dir), RP_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL}
};

static RpGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {"__annotations__", module_get_annotations, module_set_annotations, NULL, NULL},
    {NULL}
};

RpTypeObject RpModule_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(RpModuleObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = module_dealloc,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = rp_object_generic_setattr,
    .tp_new = module_new,
    .tp_init = module_init,
    .tp_methods = module_methods,
    .tp_getset = module_getsets,
    .tp_dictoffset = offsetof(RpModuleObject, md_dict),
    .tp_weaklistoffset = offsetof(RpModuleObject, md_weaklist),
    .tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};
