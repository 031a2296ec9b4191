/* genericaliasobject.c - types.GenericAlias (list[int] and friends).
 *
 * Models CPython 3.11's Objects/genericaliasobject.c: the alias holds
 * __origin__ and __args__; __parameters__ are the type variables among
 * the arguments (objects with __typing_subst__, or the __parameters__ of
 * nested aliases), which alias[...] substitutes.  Attribute lookups other
 * than the alias's own go to the origin class.
 */
#include "genericaliasobject.h"

#include <stddef.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"
#include "typeobject.h"
#include "argcheck.h"
#include "weakrefobject.h"

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *origin;
    RpObject *args;            /* a tuple */
    RpObject *parameters;      /* a tuple, computed on first use */
    RpObject *weakreflist;
    char starred_unused;       /* CPython's `starred` and `vectorcall` fields: */
    void *vectorcall_unused;   /* here for the size (sys.getsizeof: 80) */
} GaObject;

#define GA(o) ((GaObject *)(o))

RpObject *rp_generic_alias_new(RpObject *origin, RpObject *args)
{
    RpObject *argtuple = rp_tuple_check(args) ? rp_newref(args) : rp_tuple_pack(1, args);
    if (argtuple == NULL) {
        return NULL;
    }
    GaObject *ga = (GaObject *)rp_object_alloc(&RpGenericAlias_Type);
    if (ga == NULL) {
        rp_decref(argtuple);
        return NULL;
    }
    ga->origin = rp_newref(origin);
    ga->args = argtuple;
    ga->parameters = NULL;
    ga->weakreflist = NULL;
    ga->starred_unused = 0;
    ga->vectorcall_unused = NULL;
    rp_gc_track(ga);
    return (RpObject *)ga;
}

RpObject *rp_generic_alias_class_getitem(RpObject *cls, RpObject *args)
{
    return rp_generic_alias_new(cls, args);
}

static void ga_dealloc(RpObject *o)
{
    GaObject *ga = GA(o);
    rp_gc_untrack(o);
    if (ga->weakreflist != NULL) {
        rp_weakref_clear_all(o);
    }
    rp_xdecref(ga->origin);
    rp_xdecref(ga->args);
    rp_xdecref(ga->parameters);
    rp_object_free(o);
}

static int ga_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    GaObject *ga = GA(o);
    RP_VISIT(ga->origin);
    RP_VISIT(ga->args);
    RP_VISIT(ga->parameters);
    return 0;
}

static int ga_clear(RpObject *o)
{
    GaObject *ga = GA(o);
    RP_CLEAR(ga->origin);
    RP_CLEAR(ga->args);
    RP_CLEAR(ga->parameters);
    return 0;
}

/* has attribute `name` (a C string)? 1, 0, -1 */
static int has_attr(RpObject *o, const char *name, RpObject **value)
{
    RpObject *n = rp_str_intern_cstr(name);
    if (n == NULL) {
        return -1;
    }
    RpObject *v = NULL;
    int r = rp_object_lookup_attr(o, n, &v);
    rp_decref(n);
    if (value != NULL) {
        *value = v;
    } else {
        rp_xdecref(v);
    }
    return r;
}

/* one argument as CPython prints it in list[...] */
static int repr_item(RpStrWriter *w, RpObject *p)
{
    RpObject *r = NULL, *qualname = NULL, *module = NULL;
    int k;
    if (p == rp_Ellipsis) {
        return rp_strwriter_write_ascii(w, "...", 3);
    }
    if ((k = has_attr(p, "__origin__", NULL)) < 0) {
        return -1;
    }
    if (k) {
        if ((k = has_attr(p, "__args__", NULL)) < 0) {
            return -1;
        }
        if (k) {
            goto use_repr;   /* looks like a GenericAlias */
        }
    }
    if (has_attr(p, "__qualname__", &qualname) < 0) {
        return -1;
    }
    if (qualname == NULL) {
        goto use_repr;
    }
    if (has_attr(p, "__module__", &module) < 0) {
        rp_decref(qualname);
        return -1;
    }
    if (module == NULL || module == rp_None) {
        rp_decref(qualname);
        rp_xdecref(module);
        goto use_repr;
    }
    if (rp_str_check(module) && rp_str_eq_cstr(module, "builtins")) {
        r = rp_object_str(qualname);
    } else {
        r = rp_str_from_format("%S.%S", module, qualname);
    }
    rp_decref(qualname);
    rp_decref(module);
    goto done;
use_repr:
    r = rp_object_repr(p);
done:
    if (r == NULL) {
        return -1;
    }
    int rc = rp_strwriter_write_str(w, r);
    rp_decref(r);
    return rc;
}

static RpObject *ga_repr(RpObject *o)
{
    GaObject *ga = GA(o);
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (repr_item(&w, ga->origin) < 0 || rp_strwriter_write_char(&w, '[') < 0) {
        goto error;
    }
    rp_ssize_t n = rp_tuple_len(ga->args);
    for (rp_ssize_t i = 0; i < n; i++) {
        if (i > 0 && rp_strwriter_write_ascii(&w, ", ", 2) < 0) {
            goto error;
        }
        RpObject *p = rp_tuple_get_borrow(ga->args, i);
        if (rp_list_check(p)) {
            /* Callable[[int], str]: the list's items */
            if (rp_strwriter_write_char(&w, '[') < 0) {
                goto error;
            }
            for (rp_ssize_t j = 0; j < rp_list_len(p); j++) {
                if ((j > 0 && rp_strwriter_write_ascii(&w, ", ", 2) < 0) ||
                    repr_item(&w, rp_list_get_borrow(p, j)) < 0) {
                    goto error;
                }
            }
            if (rp_strwriter_write_char(&w, ']') < 0) {
                goto error;
            }
        } else if (repr_item(&w, p) < 0) {
            goto error;
        }
    }
    if (n == 0 && rp_strwriter_write_ascii(&w, "()", 2) < 0) {
        goto error;
    }
    if (rp_strwriter_write_char(&w, ']') < 0) {
        goto error;
    }
    return rp_strwriter_finish(&w);
error:
    if (!rp_err_occurred()) {
        rp_err_nomemory();
    }
    rp_strwriter_discard(&w);
    return NULL;
}

/* add p to the parameters list unless present */
static int add_unique(RpObject *list, RpObject *p)
{
    for (rp_ssize_t i = 0; i < rp_list_len(list); i++) {
        if (rp_list_get_borrow(list, i) == p) {
            return 0;
        }
    }
    return rp_list_append(list, p);
}

/* the type variables among args (CPython's _Py_make_parameters) */
static RpObject *make_parameters(RpObject *args)
{
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(args); i++) {
        RpObject *t = rp_tuple_get_borrow(args, i);
        if (rp_type_check(t)) {
            continue;
        }
        int k = has_attr(t, "__typing_subst__", NULL);
        if (k < 0) {
            goto error;
        }
        if (k) {
            if (add_unique(list, t) < 0) {
                goto error;
            }
            continue;
        }
        RpObject *sub = NULL;
        if (has_attr(t, "__parameters__", &sub) < 0) {
            goto error;
        }
        if (sub != NULL && rp_tuple_check(sub)) {
            for (rp_ssize_t j = 0; j < rp_tuple_len(sub); j++) {
                if (add_unique(list, rp_tuple_get_borrow(sub, j)) < 0) {
                    rp_decref(sub);
                    goto error;
                }
            }
        }
        rp_xdecref(sub);
    }
    RpObject *t = rp_list_as_tuple(list);
    rp_decref(list);
    return t;
error:
    rp_decref(list);
    return NULL;
}

static int ensure_parameters(GaObject *ga)
{
    if (ga->parameters == NULL) {
        ga->parameters = make_parameters(ga->args);
        if (ga->parameters == NULL) {
            return -1;
        }
    }
    return 0;
}

/* the argument for type variable `param`: item i, through
 * param.__typing_subst__ when it has one */
static RpObject *subst_one(RpObject *param, RpObject *arg)
{
    RpObject *subst = NULL;
    if (has_attr(param, "__typing_subst__", &subst) < 0) {
        return NULL;
    }
    if (subst == NULL) {
        return rp_newref(arg);
    }
    RpObject *r = rp_call_one(subst, arg);
    rp_decref(subst);
    return r;
}

/* alias[item]: substitute the type variables (CPython's
 * _Py_subs_parameters, without variadic parameters) */
static RpObject *ga_getitem(RpObject *self, RpObject *item)
{
    GaObject *ga = GA(self);
    if (ensure_parameters(ga) < 0) {
        return NULL;
    }
    rp_ssize_t nparams = rp_tuple_len(ga->parameters);
    if (nparams == 0) {
        return rp_err_format(&RpExc_TypeError, "%R is not a generic class", self);
    }
    RpObject *items = rp_tuple_check(item) ? rp_newref(item) : rp_tuple_pack(1, item);
    if (items == NULL) {
        return NULL;
    }
    rp_ssize_t nitems = rp_tuple_len(items);
    if (nitems != nparams) {
        rp_decref(items);
        return rp_err_format(&RpExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                             nitems > nparams ? "many" : "few", self, nitems, nparams);
    }
    rp_ssize_t nargs = rp_tuple_len(ga->args);
    RpObject *newargs = rp_tuple_new(nargs);
    if (newargs == NULL) {
        rp_decref(items);
        return NULL;
    }
    for (rp_ssize_t i = 0; i < nargs; i++) {
        RpObject *arg = rp_tuple_get_borrow(ga->args, i), *res = NULL;
        rp_ssize_t ip;
        for (ip = 0; ip < nparams; ip++) {
            if (rp_tuple_get_borrow(ga->parameters, ip) == arg) {
                break;
            }
        }
        if (ip < nparams) {
            res = subst_one(arg, rp_tuple_get_borrow(items, ip));
        } else if (rp_type_check(arg)) {
            res = rp_newref(arg);
        } else {
            /* a nested alias: substitute its own parameters */
            RpObject *sub = NULL;
            if (has_attr(arg, "__parameters__", &sub) < 0) {
                goto error;
            }
            if (sub != NULL && rp_tuple_check(sub) && rp_tuple_len(sub) > 0) {
                rp_ssize_t ns = rp_tuple_len(sub);
                RpObject *subargs = rp_tuple_new(ns);
                if (subargs == NULL) {
                    rp_decref(sub);
                    goto error;
                }
                for (rp_ssize_t j = 0; j < ns; j++) {
                    RpObject *p = rp_tuple_get_borrow(sub, j), *v = p;
                    for (rp_ssize_t k = 0; k < nparams; k++) {
                        if (rp_tuple_get_borrow(ga->parameters, k) == p) {
                            v = rp_tuple_get_borrow(items, k);
                            break;
                        }
                    }
                    rp_tuple_set_steal(subargs, j, rp_newref(v));
                }
                res = rp_object_getitem(arg, subargs);
                rp_decref(subargs);
            } else {
                res = rp_newref(arg);
            }
            rp_xdecref(sub);
        }
        if (res == NULL) {
            goto error;
        }
        rp_tuple_set_steal(newargs, i, res);
    }
    rp_decref(items);
    RpObject *r = rp_generic_alias_new(ga->origin, newargs);
    rp_decref(newargs);
    return r;
error:
    rp_decref(items);
    rp_decref(newargs);
    return NULL;
}

/* names the alias answers itself; everything else is the origin's */
static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static RpObject *ga_getattro(RpObject *self, RpObject *name)
{
    if (rp_str_check(name)) {
        for (const char *const *p = attr_exceptions;; p++) {
            if (*p == NULL) {
                return rp_object_getattr(GA(self)->origin, name);
            }
            if (rp_str_eq_cstr(name, *p)) {
                break;
            }
        }
    }
    return rp_object_generic_getattr(self, name);
}

static RpObject *ga_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_generic_alias_check(a) || !rp_generic_alias_check(b) ||
        (op != RP_EQ && op != RP_NE)) {
        return rp_notimplemented_new();
    }
    int eq = rp_object_richcompare_bool(GA(a)->origin, GA(b)->origin, RP_EQ);
    if (eq < 0) {
        return NULL;
    }
    if (eq) {
        eq = rp_object_richcompare_bool(GA(a)->args, GA(b)->args, RP_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return rp_bool_from_long(op == RP_EQ ? eq : !eq);
}

static rp_hash_t ga_hash(RpObject *self)
{
    rp_hash_t h0 = rp_object_hash(GA(self)->origin);
    if (h0 == -1) {
        return -1;
    }
    rp_hash_t h1 = rp_object_hash(GA(self)->args);
    if (h1 == -1) {
        return -1;
    }
    return h0 ^ h1;
}

/* list[int](...) is list(...), which then remembers the alias */
static RpObject *ga_call(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    RpObject *obj = rp_call(GA(self)->origin, args, nargs, kwnames);
    if (obj == NULL) {
        return NULL;
    }
    RpObject *name = rp_str_intern_cstr("__orig_class__");
    if (name == NULL) {
        rp_decref(obj);
        return NULL;
    }
    if (rp_object_setattr(obj, name, self) < 0) {
        if (!rp_err_matches(&RpExc_AttributeError) && !rp_err_matches(&RpExc_TypeError)) {
            rp_decref(name);
            rp_decref(obj);
            return NULL;
        }
        rp_err_clear();
    }
    rp_decref(name);
    return obj;
}

static RpObject *ga_mro_entries(RpObject *self, RpObject *bases)
{
    (void)bases;
    return rp_tuple_pack(1, GA(self)->origin);
}

static RpObject *ga_instancecheck(RpObject *self, RpObject *inst)
{
    (void)self;
    (void)inst;
    return rp_err_set_string(&RpExc_TypeError,
                             "isinstance() argument 2 cannot be a parameterized generic");
}

static RpObject *ga_subclasscheck(RpObject *self, RpObject *cls)
{
    (void)self;
    (void)cls;
    return rp_err_set_string(&RpExc_TypeError,
                             "issubclass() argument 2 cannot be a parameterized generic");
}

static RpObject *ga_reduce(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpObject *args = rp_tuple_pack(2, GA(self)->origin, GA(self)->args);
    if (args == NULL) {
        return NULL;
    }
    RpObject *items[2] = { rp_newref(rp_type(self)), args };
    return rp_tuple_from_array_steal(items, 2);
}

static RpObject *ga_dir(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpObject *dir = rp_object_dir(GA(self)->origin);
    if (dir == NULL) {
        return NULL;
    }
    for (const char *const *p = attr_exceptions; *p != NULL; p++) {
        RpObject *name = rp_str_from_cstr(*p);
        if (name == NULL) {
            rp_decref(dir);
            return NULL;
        }
        int present = rp_sequence_contains(dir, name);
        if (present < 0 || (!present && rp_list_append(dir, name) < 0)) {
            rp_decref(name);
            rp_decref(dir);
            return NULL;
        }
        rp_decref(name);
    }
    return dir;
}

static RpObject *ga_parameters(RpObject *self, void *closure)
{
    (void)closure;
    if (ensure_parameters(GA(self)) < 0) {
        return NULL;
    }
    return rp_newref(GA(self)->parameters);
}

static RpObject *ga_origin(RpObject *self, void *closure)
{
    (void)closure;
    return rp_newref(GA(self)->origin);
}

static RpObject *ga_args(RpObject *self, void *closure)
{
    (void)closure;
    return rp_newref(GA(self)->args);
}

static RpObject *ga_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                           RpObject *kwnames)
{
    (void)type;
    if (!rp_arg_no_kwnames("GenericAlias", kwnames) ||
        !rp_arg_check_positional("GenericAlias", nargs, 2, 2)) {
        return NULL;
    }
    return rp_generic_alias_new(args[0], args[1]);
}

static RpMethodDef ga_methods[] = {
    { "__mro_entries__", RP_CFUNC(ga_mro_entries), RP_METH_O, NULL },
    { "__instancecheck__", RP_CFUNC(ga_instancecheck), RP_METH_O, NULL },
    { "__subclasscheck__", RP_CFUNC(ga_subclasscheck), RP_METH_O, NULL },
    { "__reduce__", RP_CFUNC(ga_reduce), RP_METH_NOARGS, NULL },
    { "__dir__", RP_CFUNC(ga_dir), RP_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL }
};

static RpGetSetDef ga_getset[] = {
    { "__origin__", ga_origin, NULL, "Type", NULL },
    { "__args__", ga_args, NULL, "Type arguments", NULL },
    { "__parameters__", ga_parameters, NULL, "Type variables in the GenericAlias.", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

RpTypeObject RpGenericAlias_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GaObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = ga_dealloc,
    .tp_traverse = ga_traverse,
    .tp_clear = ga_clear,
    .tp_repr = ga_repr,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_richcompare = ga_richcompare,
    .tp_weaklistoffset = offsetof(GaObject, weakreflist),
    .tp_new = ga_tp_new,
    .tp_free = rp_object_free,
    .nb_or = rp_union_or,   /* list[int] | None (types.UnionType) */
    .mp_subscript = ga_getitem,
    .tp_methods = ga_methods,
    .tp_getset = ga_getset,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
              "and t.__args__ is (int,).",
};
