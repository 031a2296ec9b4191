/* call.c - calling Python functions: argument binding with CPython's
 * exact error messages, frames for calls, and the helpers of
 * CALL_FUNCTION_EX / DICT_MERGE.
 *
 * Models CPython 3.11's initialize_locals, missing_arguments,
 * too_many_positional, positional_only_passed_as_keyword (ceval.c) and
 * _PyEval_Vector.  (rp_call and friends, the generic calling protocol,
 * live with the object protocol in abstract.c.)
 */
#include "ceval.h"

#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/codeobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/funcobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "abstract.h"
#include "errors.h"

/* ---- error messages ------------------------------------------------------ */

static void format_missing(const char *kind, RpObject *names, RpObject *qualname)
{
    rp_ssize_t len = rp_list_len(names);
    RpObject *name_str;
    if (len == 1) {
        name_str = rp_newref(rp_list_get_borrow(names, 0));
    }
    else if (len == 2) {
        name_str = rp_str_from_format("%U and %U", rp_list_get_borrow(names, 0),
                                      rp_list_get_borrow(names, 1));
    }
    else {
        RpObject *tail = rp_str_from_format(", %U, and %U", rp_list_get_borrow(names, len - 2),
                                            rp_list_get_borrow(names, len - 1));
        if (tail == NULL) {
            return;
        }
        RpObject *head_list = rp_list_slice(names, 0, len - 2);
        RpObject *comma = rp_str_from_cstr(", ");
        RpObject *head = (head_list && comma) ? rp_str_join(comma, head_list) : NULL;
        RP_XDECREF(head_list);
        RP_XDECREF(comma);
        name_str = head ? rp_str_concat(head, tail) : NULL;
        RP_XDECREF(head);
        RP_DECREF(tail);
    }
    if (name_str == NULL) {
        return;
    }
    rp_err_format(&RpExc_TypeError, "%U() missing %d required %s argument%s: %U", qualname,
                  (int)len, kind, len == 1 ? "" : "s", name_str);
    RP_DECREF(name_str);
}

static void missing_arguments(RpCodeObject *co, rp_ssize_t missing, rp_ssize_t defcount,
                              RpObject **localsplus, RpObject *qualname)
{
    int positional = defcount != -1;
    const char *kind = positional ? "positional" : "keyword-only";
    rp_ssize_t start, end;
    if (positional) {
        start = 0;
        end = co->co_argcount - defcount;
    }
    else {
        start = co->co_argcount;
        end = start + co->co_kwonlyargcount;
    }
    RpObject *names = rp_list_new(0);
    if (names == NULL) {
        return;
    }
    for (rp_ssize_t i = start; i < end; i++) {
        if (localsplus[i] == NULL) {
            RpObject *name = rp_object_repr(rp_tuple_get_borrow(co->co_localsplusnames, i));
            if (name == NULL || rp_list_append(names, name) < 0) {
                RP_XDECREF(name);
                RP_DECREF(names);
                return;
            }
            RP_DECREF(name);
        }
    }
    (void)missing;
    format_missing(kind, names, qualname);
    RP_DECREF(names);
}

static void too_many_positional(RpCodeObject *co, rp_ssize_t given, RpObject *defaults,
                                RpObject **localsplus, RpObject *qualname)
{
    rp_ssize_t kwonly_given = 0;
    rp_ssize_t co_argcount = co->co_argcount;
    for (rp_ssize_t i = co_argcount; i < co_argcount + co->co_kwonlyargcount; i++) {
        if (localsplus[i] != NULL) {
            kwonly_given++;
        }
    }
    rp_ssize_t defcount = defaults == NULL ? 0 : rp_tuple_len(defaults);
    int plural;
    RpObject *sig;
    if (defcount) {
        plural = 1;
        sig = rp_str_from_format("from %zd to %zd", co_argcount - defcount, co_argcount);
    }
    else {
        plural = co_argcount != 1;
        sig = rp_str_from_format("%zd", co_argcount);
    }
    if (sig == NULL) {
        return;
    }
    RpObject *kwonly_sig;
    if (kwonly_given) {
        kwonly_sig = rp_str_from_format(" positional argument%s (and %zd keyword-only argument%s)",
                                        given != 1 ? "s" : "", kwonly_given,
                                        kwonly_given != 1 ? "s" : "");
    }
    else {
        kwonly_sig = rp_newref(rp_str_empty_borrow());
    }
    if (kwonly_sig == NULL) {
        RP_DECREF(sig);
        return;
    }
    rp_err_format(&RpExc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                  qualname, sig, plural ? "s" : "", given, kwonly_sig,
                  given == 1 && !kwonly_given ? "was" : "were");
    RP_DECREF(sig);
    RP_DECREF(kwonly_sig);
}

/* 1 (error set) if some positional-only parameters were passed by name */
static int positional_only_passed_as_keyword(RpCodeObject *co, rp_ssize_t kwcount,
                                             RpObject *kwnames, RpObject *qualname)
{
    RpObject *posonly_names = rp_list_new(0);
    if (posonly_names == NULL) {
        return 1;
    }
    for (int k = 0; k < co->co_posonlyargcount; k++) {
        RpObject *posonly_name = rp_tuple_get_borrow(co->co_localsplusnames, k);
        for (rp_ssize_t k2 = 0; k2 < kwcount; k2++) {
            RpObject *kwname = rp_tuple_get_borrow(kwnames, k2);
            int match = kwname == posonly_name;
            if (!match) {
                match = rp_object_richcompare_bool(posonly_name, kwname, RP_EQ);
                if (match < 0) {
                    RP_DECREF(posonly_names);
                    return 1;
                }
            }
            if (match && rp_list_append(posonly_names, kwname) < 0) {
                RP_DECREF(posonly_names);
                return 1;
            }
        }
    }
    if (rp_list_len(posonly_names) > 0) {
        RpObject *comma = rp_str_from_cstr(", ");
        RpObject *error_names = comma ? rp_str_join(comma, posonly_names) : NULL;
        RP_XDECREF(comma);
        if (error_names != NULL) {
            rp_err_format(&RpExc_TypeError,
                          "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                          qualname, error_names);
            RP_DECREF(error_names);
        }
        RP_DECREF(posonly_names);
        return 1;
    }
    RP_DECREF(posonly_names);
    return 0;
}

/* ---- binding ----------------------------------------------------------------- */

int rp_frame_bind_args(RpThreadState *ts, RpIFrame *frame, RpFunctionObject *func,
                       RpObject *const *args, size_t argcount_, RpObject *kwnames)
{
    (void)ts;
    RpCodeObject *co = (RpCodeObject *)func->func_code;
    RpObject **localsplus = frame->localsplus;
    rp_ssize_t argcount = (rp_ssize_t)argcount_;
    const rp_ssize_t total_args = co->co_argcount + co->co_kwonlyargcount;
    rp_ssize_t kwcount = kwnames ? rp_tuple_len(kwnames) : 0;
    RpObject *kwdict = NULL;
    rp_ssize_t i, j, n;

    if (co->co_flags & RP_CO_VARKEYWORDS) {
        kwdict = rp_dict_new();
        if (kwdict == NULL) {
            goto fail_pre_positional;
        }
        i = total_args;
        if (co->co_flags & RP_CO_VARARGS) {
            i++;
        }
        localsplus[i] = kwdict;
    }

    /* positional arguments into locals */
    n = argcount > co->co_argcount ? co->co_argcount : argcount;
    for (j = 0; j < n; j++) {
        localsplus[j] = args[j];
    }

    /* the rest into *args */
    if (co->co_flags & RP_CO_VARARGS) {
        RpObject *u;
        if (argcount == n) {
            u = rp_newref(rp_tuple_empty_borrow());
        }
        else {
            u = rp_tuple_new(argcount - n);
            if (u != NULL) {
                for (j = n; j < argcount; j++) {
                    rp_tuple_set_steal(u, j - n, args[j]);
                }
            }
            else {
                for (j = n; j < argcount; j++) {
                    RP_DECREF(args[j]);
                }
            }
        }
        if (u == NULL) {
            goto fail_post_positional;
        }
        localsplus[total_args] = u;
    }
    else if (argcount > n) {
        /* too many: reported below */
        for (j = n; j < argcount; j++) {
            RP_DECREF(args[j]);
        }
    }

    /* keyword arguments */
    for (i = 0; i < kwcount; i++) {
        RpObject *keyword = rp_tuple_get_borrow(kwnames, i);
        RpObject *value = args[i + argcount];
        RpObject **varnames = rp_tuple_items(co->co_localsplusnames);
        if (!rp_str_check(keyword)) {
            rp_err_format(&RpExc_TypeError, "%U() keywords must be strings", func->func_qualname);
            goto kw_fail;
        }
        /* names are interned: pointer comparison almost always hits */
        for (j = co->co_posonlyargcount; j < total_args; j++) {
            if (varnames[j] == keyword) {
                goto kw_found;
            }
        }
        for (j = co->co_posonlyargcount; j < total_args; j++) {
            if (rp_str_eq(keyword, varnames[j])) {
                goto kw_found;
            }
        }
        if (kwdict == NULL) {
            if (co->co_posonlyargcount &&
                positional_only_passed_as_keyword(co, kwcount, kwnames, func->func_qualname)) {
                goto kw_fail;
            }
            rp_err_format(&RpExc_TypeError, "%U() got an unexpected keyword argument '%S'",
                          func->func_qualname, keyword);
            goto kw_fail;
        }
        if (rp_dict_set(kwdict, keyword, value) < 0) {
            goto kw_fail;
        }
        RP_DECREF(value);
        continue;
    kw_found:
        if (localsplus[j] != NULL) {
            rp_err_format(&RpExc_TypeError, "%U() got multiple values for argument '%S'",
                          func->func_qualname, keyword);
            goto kw_fail;
        }
        localsplus[j] = value;
        continue;
    kw_fail:
        for (; i < kwcount; i++) {
            RP_DECREF(args[i + argcount]);
        }
        return -1;
    }

    /* the number of positional arguments */
    if (argcount > co->co_argcount && !(co->co_flags & RP_CO_VARARGS)) {
        too_many_positional(co, argcount, func->func_defaults, localsplus, func->func_qualname);
        return -1;
    }

    /* defaults of missing positional arguments */
    if (argcount < co->co_argcount) {
        rp_ssize_t defcount = func->func_defaults == NULL ? 0 : rp_tuple_len(func->func_defaults);
        rp_ssize_t m = co->co_argcount - defcount;
        rp_ssize_t missing = 0;
        for (i = argcount; i < m; i++) {
            if (localsplus[i] == NULL) {
                missing++;
            }
        }
        if (missing) {
            missing_arguments(co, missing, defcount, localsplus, func->func_qualname);
            return -1;
        }
        i = n > m ? n - m : 0;
        if (defcount) {
            RpObject **defs = rp_tuple_items(func->func_defaults);
            for (; i < defcount; i++) {
                if (localsplus[m + i] == NULL) {
                    localsplus[m + i] = rp_newref(defs[i]);
                }
            }
        }
    }

    /* defaults of missing keyword-only arguments */
    if (co->co_kwonlyargcount > 0) {
        rp_ssize_t missing = 0;
        for (i = co->co_argcount; i < total_args; i++) {
            if (localsplus[i] != NULL) {
                continue;
            }
            RpObject *varname = rp_tuple_get_borrow(co->co_localsplusnames, i);
            if (func->func_kwdefaults != NULL) {
                RpObject *def = rp_dict_get_borrow(func->func_kwdefaults, varname);
                if (def != NULL) {
                    localsplus[i] = rp_newref(def);
                    continue;
                }
                if (rp_err_occurred()) {
                    return -1;
                }
            }
            missing++;
        }
        if (missing) {
            missing_arguments(co, missing, -1, localsplus, func->func_qualname);
            return -1;
        }
    }
    return 0;

fail_pre_positional:
    for (j = 0; j < argcount; j++) {
        RP_DECREF(args[j]);
    }
fail_post_positional:
    for (j = argcount; j < argcount + kwcount; j++) {
        RP_DECREF(args[j]);
    }
    return -1;
}

/* ---- frames for calls --------------------------------------------------------- */

RpIFrame *rp_frame_push_for_call(RpThreadState *ts, RpFunctionObject *func, RpObject *locals,
                                 RpObject *const *args, size_t argcount, RpObject *kwnames)
{
    RpCodeObject *co = (RpCodeObject *)func->func_code;
    RpIFrame *f = rp_datastack_push(ts, co);
    if (f == NULL) {
        size_t total = argcount + (kwnames ? (size_t)rp_tuple_len(kwnames) : 0);
        RP_DECREF(func);
        for (size_t i = 0; i < total; i++) {
            RP_DECREF(args[i]);
        }
        return NULL;
    }
    rp_iframe_init(f, (RpObject *)func, locals);
    RP_DECREF(func);   /* the frame's reference replaces the caller's */
    if (rp_frame_bind_args(ts, f, func, args, argcount, kwnames) < 0) {
        rp_frame_clear_and_pop(ts, f);
        return NULL;
    }
    return f;
}

void rp_frame_clear_and_pop(RpThreadState *ts, RpIFrame *frame)
{
    rp_iframe_clear(frame);
    rp_datastack_pop(ts, frame);
}

RpObject *rp_eval_vector(RpFunctionObject *func, RpObject *locals, RpObject *const *args,
                         size_t argcount, RpObject *kwnames)
{
    RpThreadState *ts = rp_tstate();
    size_t total = argcount + (kwnames ? (size_t)rp_tuple_len(kwnames) : 0);
    /* the frame takes references to the function and the arguments */
    RP_INCREF(func);
    for (size_t i = 0; i < total; i++) {
        RP_INCREF(args[i]);
    }
    RpIFrame *f = rp_frame_push_for_call(ts, func, locals, args, argcount, kwnames);
    if (f == NULL) {
        return NULL;
    }
    f->is_entry = 1;
    RpObject *res = rp_eval_frame(ts, f, 0);
    rp_frame_clear_and_pop(ts, f);
    return res;
}

RpObject *rp_eval_code(RpObject *code, RpObject *globals, RpObject *locals)
{
    RpObject *func = rp_function_new(code, globals, NULL);
    if (func == NULL) {
        return NULL;
    }
    RpObject *res = rp_eval_vector((RpFunctionObject *)func, locals, NULL, 0, NULL);
    RP_DECREF(func);
    return res;
}

/* ---- CALL_FUNCTION_EX helpers ----------------------------------------------------- */

RpObject *rp_object_function_str(RpObject *func)
{
    RpObject *qualname = NULL, *module = NULL, *result = NULL;
    if (rp_object_lookup_attr(func, rp_id(__qualname__), &qualname) <= 0) {
        if (rp_err_occurred()) {
            return NULL;
        }
        return rp_object_str(func);
    }
    if (rp_object_lookup_attr(func, rp_id(__module__), &module) < 0) {
        RP_DECREF(qualname);
        return NULL;
    }
    if (module != NULL && module != rp_None && rp_str_check(module) &&
        !rp_str_eq_cstr(module, "builtins")) {
        result = rp_str_from_format("%S.%S()", module, qualname);
    }
    else {
        result = rp_str_from_format("%S()", qualname);
    }
    RP_XDECREF(module);
    RP_DECREF(qualname);
    return result;
}

int rp_check_args_iterable(RpObject *func, RpObject *args)
{
    if (RP_TYPE(args)->tp_iter == NULL &&
        (rp_dict_check(args) || RP_TYPE(args)->sq_item == NULL)) {
        rp_err_clear();
        RpObject *funcstr = rp_object_function_str(func);
        if (funcstr != NULL) {
            rp_err_format(&RpExc_TypeError, "%U argument after * must be an iterable, not %.200s",
                          funcstr, RP_TYPE(args)->tp_name);
            RP_DECREF(funcstr);
        }
        return -1;
    }
    return 0;
}

void rp_format_kwargs_error(RpObject *func, RpObject *kwargs)
{
    if (rp_err_matches(&RpExc_AttributeError)) {
        rp_err_clear();
        RpObject *funcstr = rp_object_function_str(func);
        if (funcstr != NULL) {
            rp_err_format(&RpExc_TypeError, "%U argument after ** must be a mapping, not %.200s",
                          funcstr, RP_TYPE(kwargs)->tp_name);
            RP_DECREF(funcstr);
        }
    }
    else if (rp_err_matches(&RpExc_KeyError)) {
        RpObject *exc = rp_err_fetch();
        RpObject *args = ((RpBaseExceptionObject *)exc)->args;
        if (args != NULL && rp_tuple_check(args) && rp_tuple_len(args) == 1) {
            RpObject *funcstr = rp_object_function_str(func);
            if (funcstr != NULL) {
                rp_err_format(&RpExc_TypeError,
                              "%U got multiple values for keyword argument '%S'", funcstr,
                              rp_tuple_get_borrow(args, 0));
                RP_DECREF(funcstr);
            }
            RP_DECREF(exc);
        }
        else {
            rp_err_restore(exc);
        }
    }
}

int rp_dict_merge_unique(RpObject *d, RpObject *other)
{
    if (rp_dict_check(other)) {
        rp_ssize_t pos = 0;
        RpObject *k, *v;
        while (rp_dict_next(other, &pos, &k, &v)) {
            int has = rp_dict_contains(d, k);
            if (has < 0) {
                return -1;
            }
            if (has) {
                rp_err_set_key_error(k);
                return -1;
            }
            if (rp_dict_set(d, k, v) < 0) {
                return -1;
            }
        }
        return 0;
    }
    /* a mapping: keys(), then [] */
    RpObject *keys = rp_call_method(other, rp_id(keys), NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    RpObject *it = rp_object_get_iter(keys);
    RP_DECREF(keys);
    if (it == NULL) {
        return -1;
    }
    RpObject *k;
    while ((k = rp_iter_next(it)) != NULL) {
        int has = rp_dict_contains(d, k);
        if (has != 0) {
            if (has > 0) {
                rp_err_set_key_error(k);
            }
            RP_DECREF(k);
            RP_DECREF(it);
            return -1;
        }
        RpObject *v = rp_object_getitem(other, k);
        if (v == NULL || rp_dict_set(d, k, v) < 0) {
            RP_XDECREF(v);
            RP_DECREF(k);
            RP_DECREF(it);
            return -1;
        }
        RP_DECREF(v);
        RP_DECREF(k);
    }
    RP_DECREF(it);
    return rp_err_occurred() ? -1 : 0;
}
