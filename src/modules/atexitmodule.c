/* atexitmodule.c - the atexit module: functions to run at interpreter exit.
 *
 * The callbacks live in rp_runtime.atexit_callbacks (a list of (func,
 * args, kwargs)); the driver calls rp_atexit_run() at shutdown, which calls
 * them last registered first.  A failing callback is reported as CPython
 * does ("Exception ignored in atexit callback: <function f ...>" and the
 * traceback) and the others still run.
 */
#include "config.h"

#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "modsupport.h"

static RpObject *callbacks(void)
{
    if (rp_runtime.atexit_callbacks == NULL) {
        rp_runtime.atexit_callbacks = rp_list_new(0);
    }
    return rp_runtime.atexit_callbacks;
}

static RpObject *atexit_register(RpObject *self, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames)
{
    if (nargs == 0) {
        return rp_err_set_string(&RpExc_TypeError, "register() takes at least 1 argument (0 given)");
    }
    if (!rp_callable_check(args[0])) {
        return rp_err_set_string(&RpExc_TypeError, "the first argument must be callable");
    }
    RpObject *list = callbacks();
    if (list == NULL) {
        return NULL;
    }
    RpObject *pos = rp_tuple_from_array(args + 1, (rp_ssize_t)nargs - 1);
    RpObject *kw = NULL;
    if (pos != NULL && rp_arg_nkw(kwnames) > 0) {
        kw = rp_dict_new();
        for (rp_ssize_t i = 0; kw != NULL && i < (rp_ssize_t)rp_arg_nkw(kwnames); i++) {
            if (rp_dict_set(kw, rp_tuple_get_borrow(kwnames, i), args[nargs + (size_t)i]) < 0) {
                RP_CLEAR(kw);
            }
        }
        if (kw == NULL) {
            RP_CLEAR(pos);
        }
    }
    RpObject *entry = pos != NULL ? rp_tuple_pack(3, args[0], pos, kw != NULL ? kw : rp_None) : NULL;
    rp_xdecref(pos);
    rp_xdecref(kw);
    if (entry == NULL || rp_list_append(list, entry) < 0) {
        rp_xdecref(entry);
        return NULL;
    }
    rp_decref(entry);
    return rp_newref(args[0]);
}

static RpObject *atexit_unregister(RpObject *self, RpObject *func)
{
    RpObject *list = callbacks();
    if (list == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = rp_list_len(list) - 1; i >= 0; i--) {
        RpObject *f = rp_tuple_get_borrow(rp_list_get_borrow(list, i), 0);
        int eq = rp_object_richcompare_bool(f, func, RP_EQ);
        if (eq < 0) {
            return NULL;
        }
        if (eq) {
            /* del list[i] */
            RpObject *idx = rp_int_from_ssize_t(i);
            int r = idx != NULL ? rp_object_delitem(list, idx) : -1;
            rp_xdecref(idx);
            if (r < 0) {
                return NULL;
            }
        }
    }
    return rp_none_new();
}

void rp_atexit_run(void)
{
    RpObject *list = rp_runtime.atexit_callbacks;
    if (list == NULL) {
        return;
    }
    RpObject *saved = rp_err_fetch();
    while (rp_list_len(list) > 0) {
        rp_ssize_t last = rp_list_len(list) - 1;
        RpObject *entry = rp_newref(rp_list_get_borrow(list, last));
        RpObject *idx = rp_int_from_ssize_t(last);
        if (idx == NULL || rp_object_delitem(list, idx) < 0) {
            rp_xdecref(idx);
            rp_decref(entry);
            rp_err_clear();
            break;
        }
        rp_decref(idx);
        RpObject *func = rp_tuple_get_borrow(entry, 0);
        RpObject *kw = rp_tuple_get_borrow(entry, 2);
        RpObject *r = rp_call_tuple_dict(func, rp_tuple_get_borrow(entry, 1),
                                         kw != rp_None ? kw : NULL);
        if (r == NULL) {
            rp_err_write_unraisable_msg("in atexit callback", func);
        } else {
            rp_decref(r);
        }
        rp_decref(entry);
    }
    rp_err_restore(saved);
}

static RpObject *atexit_run_exitfuncs(RpObject *self, RpObject *unused)
{
    rp_atexit_run();
    return rp_none_new();
}

static RpObject *atexit_clear(RpObject *self, RpObject *unused)
{
    RpObject *list = callbacks();
    if (list == NULL) {
        return NULL;
    }
    RpObject *fresh = rp_list_new(0);
    if (fresh == NULL) {
        return NULL;
    }
    RP_SETREF(rp_runtime.atexit_callbacks, fresh);
    return rp_none_new();
}

static RpObject *atexit_ncallbacks(RpObject *self, RpObject *unused)
{
    RpObject *list = callbacks();
    return list == NULL ? NULL : rp_int_from_ssize_t(rp_list_len(list));
}

static RpMethodDef atexit_methods[] = {
    { "register", RP_CFUNC(atexit_register), RP_METH_FASTCALL | RP_METH_KEYWORDS,
      "Register a function to be executed upon normal program termination\n\n"
      "    func - function to be called at exit\n"
      "    args - optional arguments to pass to func\n"
      "    kwargs - optional keyword arguments to pass to func\n\n"
      "    func is returned to facilitate usage as a decorator." },
    { "unregister", RP_CFUNC(atexit_unregister), RP_METH_O,
      "Unregister an exit function which was previously registered using\n"
      "atexit.register\n\n    func - function to be unregistered" },
    { "_run_exitfuncs", RP_CFUNC(atexit_run_exitfuncs), RP_METH_NOARGS,
      "Run all registered exit functions." },
    { "_clear", RP_CFUNC(atexit_clear), RP_METH_NOARGS,
      "Clear the list of previously registered exit functions." },
    { "_ncallbacks", RP_CFUNC(atexit_ncallbacks), RP_METH_NOARGS,
      "Return the number of registered exit functions." },
    { NULL, NULL, 0, NULL }
};

RpObject *rp_atexit_module_init(void)
{
    RpObject *m = rp_module_new("atexit");
    if (m == NULL) {
        return NULL;
    }
    RpObject *doc = rp_str_from_cstr("allow programmer to define multiple exit functions to be "
                                     "executed\nupon normal program termination.\n\nTwo public "
                                     "functions, register and unregister, are defined.\n");
    if (doc == NULL || rp_dict_set(rp_module_dict_borrow(m), rp_id(__doc__), doc) < 0 ||
        rp_module_add_functions(m, atexit_methods) < 0) {
        rp_xdecref(doc);
        rp_decref(m);
        return NULL;
    }
    rp_decref(doc);
    return m;
}
