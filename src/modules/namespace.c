/* namespace.c - types.SimpleNamespace and ModuleSpec (see namespace.h).
 * Models CPython 3.11's Objects/namespaceobject.c. */
#include "namespace.h"

#include <stddef.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"

RpObject *rp_namespace_new(RpTypeObject *type, RpObject *kwds)
{
    RpObject *dict = kwds != NULL ? rp_dict_copy(kwds) : rp_dict_new();
    if (dict == NULL) {
        return NULL;
    }
    RpNamespaceObject *ns = (RpNamespaceObject *)rp_type_generic_alloc(type, 0);
    if (ns == NULL) {
        rp_decref(dict);
        return NULL;
    }
    ns->ns_dict = dict;
    rp_gc_track(ns);
    return (RpObject *)ns;
}

static RpObject *namespace_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    return rp_namespace_new(type, NULL);
}

static int namespace_init(RpObject *self, RpObject *const *args, size_t nargs,
                          RpObject *kwnames)
{
    if (nargs != 0) {
        rp_err_format(&RpExc_TypeError, "no positional arguments expected");
        return -1;
    }
    RpObject *d = rp_namespace_dict_borrow(self);
    rp_ssize_t nkw = kwnames ? rp_tuple_len(kwnames) : 0;
    for (rp_ssize_t i = 0; i < nkw; i++) {
        RpObject *key = rp_tuple_get_borrow(kwnames, i);
        if (!rp_str_check(key)) {
            rp_err_format(&RpExc_TypeError, "keywords must be strings");
            return -1;
        }
        if (rp_dict_set(d, key, args[nargs + (size_t)i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static void namespace_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    RP_CLEAR(((RpNamespaceObject *)self)->ns_dict);
    rp_type(self)->tp_free(self);
}

static int namespace_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpNamespaceObject *)self)->ns_dict);
    return 0;
}

static int namespace_clear(RpObject *self)
{
    RP_CLEAR(((RpNamespaceObject *)self)->ns_dict);
    return 0;
}

/* "namespace(a=1, b='x')": the items whose key is a str, in dict order */
static RpObject *namespace_repr(RpObject *self)
{
    const char *name = rp_type(self) == &RpNamespace_Type ? "namespace"
                                                        : rp_type_name(rp_type(self));
    if (rp_enter_recursive_call(" while getting the repr of an object") < 0) {
        return NULL;
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    RpObject *d = rp_namespace_dict_borrow(self);
    rp_ssize_t pos = 0;
    RpObject *key, *value;
    int first = 1;
    if (rp_strwriter_write_utf8(&w, name, (rp_ssize_t)strlen(name)) < 0 ||
        rp_strwriter_write_char(&w, '(') < 0) {
        goto error;
    }
    while (rp_dict_next(d, &pos, &key, &value)) {
        if (!rp_str_check(key)) {
            continue;
        }
        rp_incref(key);
        rp_incref(value);
        RpObject *r = rp_object_repr(value);
        int bad = r == NULL ||
                  (!first && rp_strwriter_write_ascii(&w, ", ", 2) < 0) ||
                  rp_strwriter_write_str(&w, key) < 0 ||
                  rp_strwriter_write_char(&w, '=') < 0 ||
                  rp_strwriter_write_str(&w, r) < 0;
        rp_xdecref(r);
        rp_decref(key);
        rp_decref(value);
        if (bad) {
            goto error;
        }
        first = 0;
    }
    if (rp_strwriter_write_char(&w, ')') < 0) {
        goto error;
    }
    rp_leave_recursive_call();
    return rp_strwriter_finish(&w);
error:
    rp_leave_recursive_call();
    rp_strwriter_discard(&w);
    return NULL;
}

static RpObject *namespace_richcompare(RpObject *a, RpObject *b, int op)
{
    if (rp_type_is_subtype(rp_type(a), &RpNamespace_Type) &&
        rp_type_is_subtype(rp_type(b), &RpNamespace_Type) && (op == RP_EQ || op == RP_NE)) {
        return rp_object_richcompare(rp_namespace_dict_borrow(a), rp_namespace_dict_borrow(b), op);
    }
    return rp_notimplemented_new();
}

static RpObject *namespace_reduce(RpObject *self, RpObject *unused)
{
    RpObject *args = rp_tuple_new(0);
    if (args == NULL) {
        return NULL;
    }
    RpObject *r = rp_tuple_pack(3, (RpObject *)rp_type(self), args, rp_namespace_dict_borrow(self));
    rp_decref(args);
    return r;
}

static RpMethodDef namespace_methods[] = {
    { "__reduce__", RP_CFUNC(namespace_reduce), RP_METH_NOARGS,
      "Return state information for pickling" },
    { NULL, NULL, 0, NULL }
};

static RpMemberDef namespace_members[] = {
    { "__dict__", RP_T_OBJECT, offsetof(RpNamespaceObject, ns_dict), RP_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

RpTypeObject RpNamespace_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(RpNamespaceObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = namespace_dealloc,
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_repr = namespace_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_setattro = rp_object_generic_setattr,
    .tp_richcompare = namespace_richcompare,
    .tp_new = namespace_new,
    .tp_init = namespace_init,
    .tp_free = rp_object_free,
    .tp_methods = namespace_methods,
    .tp_members = namespace_members,
    .tp_dictoffset = offsetof(RpNamespaceObject, ns_dict),
    .tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
};

/* ---- ModuleSpec ------------------------------------------------------------ */

/* a dict entry of the spec, borrowed, None when absent */
static RpObject *spec_get(RpObject *spec, const char *name)
{
    RpObject *v = rp_dict_get_cstr_borrow(rp_namespace_dict_borrow(spec), name);
    return v != NULL ? v : rp_None;
}

/* ModuleSpec(name='x', loader=None, origin='/p/x.py'[, submodule_search_locations=[...]]) */
static RpObject *spec_repr(RpObject *self)
{
    RpObject *name = spec_get(self, "name");
    RpObject *loader = spec_get(self, "loader");
    RpObject *origin = spec_get(self, "origin");
    RpObject *locs = spec_get(self, "submodule_search_locations");
    RpObject *head = rp_str_from_format("ModuleSpec(name=%R, loader=%R", name, loader);
    if (head == NULL) {
        return NULL;
    }
    RpObject *mid = origin == rp_None ? rp_str_from_format("%U", head)
                                      : rp_str_from_format("%U, origin=%R", head, origin);
    rp_decref(head);
    if (mid == NULL) {
        return NULL;
    }
    RpObject *r = locs == rp_None
        ? rp_str_from_format("%U)", mid)
        : rp_str_from_format("%U, submodule_search_locations=%S)", mid, locs);
    rp_decref(mid);
    return r;
}

RpTypeObject RpModuleSpec_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "_frozen_importlib.ModuleSpec",
    .tp_basicsize = sizeof(RpNamespaceObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = namespace_dealloc,
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_repr = spec_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_setattro = rp_object_generic_setattr,
    .tp_free = rp_object_free,
    .tp_members = namespace_members,
    .tp_dictoffset = offsetof(RpNamespaceObject, ns_dict),
    .tp_doc = "The specification for a module, used for loading.",
};

int rp_namespace_init_types(void)
{
    if (!(RpNamespace_Type.tp_flags & RP_TPFLAGS_READY) && rp_type_ready(&RpNamespace_Type) < 0) {
        return -1;
    }
    if (!(RpModuleSpec_Type.tp_flags & RP_TPFLAGS_READY) && rp_type_ready(&RpModuleSpec_Type) < 0) {
        return -1;
    }
    return 0;
}
