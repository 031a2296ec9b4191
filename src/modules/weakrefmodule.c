/* weakrefmodule.c - the _weakref module: the C half of `weakref`
 * (lib/weakref.py builds WeakValueDictionary & co. on top of it). */
#include "../core/refcount.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/weakrefobject.h"
#include "../vm/errors.h"

static RpObject *wr_getweakrefcount(RpObject *mod, RpObject *obj)
{
    return rp_int_from_ssize_t(rp_weakref_count(obj));
}

static RpObject *wr_getweakrefs(RpObject *mod, RpObject *obj)
{
    return rp_weakref_list(obj);
}

static RpObject *wr_proxy(RpObject *mod, RpObject *const *args, size_t nargs)
{
    if (nargs < 1) {
        return rp_err_format(&RpExc_TypeError, "proxy expected at least 1 argument, got %zd",
                             (rp_ssize_t)nargs);
    }
    if (nargs > 2) {
        return rp_err_format(&RpExc_TypeError, "proxy expected at most 2 arguments, got %zd",
                             (rp_ssize_t)nargs);
    }
    return rp_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weakref */
static RpObject *wr_remove_dead(RpObject *mod, RpObject *const *args, size_t nargs)
{
    if (nargs != 2 || !rp_dict_check(args[0])) {
        return rp_err_set_string(&RpExc_TypeError,
                                 "_remove_dead_weakref() expects a dict and a key");
    }
    RpObject *v = rp_dict_get_borrow(args[0], args[1]);
    if (v == NULL) {
        if (rp_err_occurred()) {
            return NULL;
        }
        return rp_none_new();
    }
    if (rp_weakref_check(v) && rp_weakref_get_object_borrow(v) == rp_None) {
        if (rp_dict_del(args[0], args[1]) < 0) {
            return NULL;
        }
    }
    return rp_none_new();
}

static RpMethodDef weakref_methods[] = {
    { "getweakrefcount", RP_CFUNC(wr_getweakrefcount), RP_METH_O,
      "Return the number of weak references to 'object'." },
    { "getweakrefs", RP_CFUNC(wr_getweakrefs), RP_METH_O,
      "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", RP_CFUNC(wr_proxy), RP_METH_FASTCALL,
      "Create a proxy object that weakly references 'object'." },
    { "_remove_dead_weakref", RP_CFUNC(wr_remove_dead), RP_METH_FASTCALL,
      "Atomically delete key from dict if it points to a dead weakref." },
    { NULL, NULL, 0, NULL },
};

RpObject *rp_weakrefmodule_init(void)
{
    RpObject *m = rp_module_new("_weakref");
    if (m == NULL) {
        return NULL;
    }
    if (rp_module_add_functions(m, weakref_methods) < 0 ||
        rp_module_add_steal(m, "ref", rp_newref(&RpWeakref_RefType)) < 0 ||
        rp_module_add_steal(m, "ReferenceType", rp_newref(&RpWeakref_RefType)) < 0 ||
        rp_module_add_steal(m, "ProxyType", rp_newref(&RpWeakref_ProxyType)) < 0 ||
        rp_module_add_steal(m, "CallableProxyType",
                            rp_newref(&RpWeakref_CallableProxyType)) < 0) {
        rp_decref(m);
        return NULL;
    }
    return m;
}
