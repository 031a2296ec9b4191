/* ceval.c - the evaluation loop (see ceval.h).
 *
 * Models CPython 3.11's _PyEval_EvalFrameDefault.  Dispatch is by
 * computed goto under GCC/Clang (one indirect jump per instruction, each
 * from its own place, which predicts well), or by a switch with
 * -DRP_USE_SWITCH.  Instruction bodies are short; the work is done by
 * named functions (rp_number_add, rp_object_getattr, rp_call ...) and by
 * the static helpers at the top of this file.
 *
 * Registers kept in C locals while a frame runs: the frame, next_instr,
 * stack_pointer, and the code's first instruction, constants and names.
 * frame->prev_instr is updated at each dispatch, so an error knows which
 * instruction raised it (tracebacks, exception table lookup).
 *
 * Reference counts are those of CPython: LOAD_* push new references, a
 * call borrows its arguments from the stack and then releases them, a
 * Python-to-Python call moves them into the new frame.
 */
#include "ceval.h"

#include <math.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/boolobject.h"
#include "../objects/cellobject.h"
#include "../objects/codeobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/frameobject.h"
#include "../objects/funcobject.h"
#include "../objects/genobject.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/methodobject.h"
#include "../objects/noneobject.h"
#include "../objects/sliceobject.h"
#include "../objects/strobject.h"
#include "../objects/traceback.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../objects/moduleobject.h"
#include "../objects/setobject.h"
#include "abstract.h"
#include "errors.h"
#include "import.h"
#include "opcodes.h"

#define NAME_ERROR_MSG "name '%.200s' is not defined"
#define UNBOUNDLOCAL_ERROR_MSG \
    "cannot access local variable '%s' where it is not associated with a value"
#define UNBOUNDFREE_ERROR_MSG \
    "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
#define CANNOT_CATCH_MSG \
    "catching classes that do not inherit from BaseException is not allowed"

/* ---- error helpers ----------------------------------------------------- */

static void format_exc_check_arg(RpTypeObject *exc, const char *fmt, RpObject *name)
{
    const char *s = rp_str_as_utf8(name, NULL);
    if (s == NULL) {
        return;
    }
    rp_err_format(exc, fmt, s);
    if (exc == &RpExc_NameError) {
        /* remember the name for the "Did you mean" suggestion */
        RpObject *e = rp_err_occurred();
        if (e != NULL && rp_type_is_subtype(RP_TYPE(e), &RpExc_NameError)) {
            RpNameErrorObject *ne = (RpNameErrorObject *)e;
            if (ne->name == NULL) {
                ne->name = rp_newref(name);
            }
        }
    }
}

static void format_exc_unbound(RpCodeObject *co, int oparg)
{
    if (rp_err_occurred()) {
        return;
    }
    RpObject *name = rp_tuple_get_borrow(co->co_localsplusnames, oparg);
    if (oparg < co->co_nlocalsplus - co->co_nfreevars) {
        format_exc_check_arg(&RpExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, name);
    }
    else {
        format_exc_check_arg(&RpExc_NameError, UNBOUNDFREE_ERROR_MSG, name);
    }
}

static int sequence_check(RpObject *o)
{
    return !rp_dict_check(o) && RP_TYPE(o)->sq_item != NULL;
}

static int exception_class_check(RpObject *o)
{
    return rp_type_check(o) &&
           (((RpTypeObject *)o)->tp_flags & RP_TPFLAGS_BASE_EXC_SUBCLASS) != 0;
}

static int check_except_type_valid(RpObject *right)
{
    if (rp_tuple_check(right)) {
        for (rp_ssize_t i = 0; i < rp_tuple_len(right); i++) {
            if (!exception_class_check(rp_tuple_get_borrow(right, i))) {
                rp_err_set_string(&RpExc_TypeError, CANNOT_CATCH_MSG);
                return -1;
            }
        }
    }
    else if (!exception_class_check(right)) {
        rp_err_set_string(&RpExc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    return 0;
}

/* RAISE_VARARGS (steals exc and cause).  Returns 1 for a bare `raise`
 * (re-raise: no new traceback entry), 0 otherwise; an exception is set. */
static int do_raise(RpObject *exc, RpObject *cause)
{
    RpObject *value = NULL;
    if (exc == NULL) {
        RpObject *handled = rp_err_get_handled();
        if (handled == NULL) {
            rp_err_set_string(&RpExc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        rp_err_restore(rp_newref(handled));
        return 1;
    }
    if (exception_class_check(exc)) {
        value = rp_call_noargs(exc);
        if (value == NULL) {
            goto raise_error;
        }
        if (!rp_exception_check(value)) {
            rp_err_format(&RpExc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %R",
                          exc, (RpObject *)RP_TYPE(value));
            goto raise_error;
        }
        RP_DECREF(exc);
    }
    else if (rp_exception_check(exc)) {
        value = exc;
    }
    else {
        RP_DECREF(exc);
        exc = NULL;
        rp_err_set_string(&RpExc_TypeError, "exceptions must derive from BaseException");
        goto raise_error;
    }
    exc = NULL;
    if (cause != NULL) {
        RpObject *fixed;
        if (exception_class_check(cause)) {
            fixed = rp_call_noargs(cause);
            if (fixed == NULL) {
                goto raise_error;
            }
            RP_DECREF(cause);
        }
        else if (rp_exception_check(cause)) {
            fixed = cause;
        }
        else if (cause == rp_None) {
            RP_DECREF(cause);
            fixed = NULL;
        }
        else {
            rp_err_set_string(&RpExc_TypeError,
                              "exception causes must derive from BaseException");
            goto raise_error;
        }
        cause = NULL;
        rp_exception_set_cause_steal(value, fixed);
        ((RpBaseExceptionObject *)value)->suppress_context = 1;
    }
    rp_err_set_raised_steal(value);
    return 0;
raise_error:
    RP_XDECREF(exc);
    RP_XDECREF(value);
    RP_XDECREF(cause);
    return 0;
}

/* ---- unpacking ---------------------------------------------------------- */

/* Unpack v into argcnt items (and, argcntafter >= 0, a list and
 * argcntafter more), storing them downwards from sp (the top of the new
 * items is sp[-1]).  0 on error. */
static int unpack_iterable(RpObject *v, int argcnt, int argcntafter, RpObject **sp)
{
    int i = 0;
    RpObject *it = rp_object_get_iter(v);
    RpObject *w, *l = NULL;
    if (it == NULL) {
        if (rp_err_matches(&RpExc_TypeError) && RP_TYPE(v)->tp_iter == NULL &&
            !sequence_check(v)) {
            rp_err_clear();
            rp_err_format(&RpExc_TypeError, "cannot unpack non-iterable %.200s object",
                          RP_TYPE(v)->tp_name);
        }
        return 0;
    }
    for (; i < argcnt; i++) {
        w = rp_iter_next(it);
        if (w == NULL) {
            if (!rp_err_occurred()) {
                if (argcntafter == -1) {
                    rp_err_format(&RpExc_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", argcnt, i);
                }
                else {
                    rp_err_format(&RpExc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  argcnt + argcntafter, i);
                }
            }
            goto error;
        }
        *--sp = w;
    }
    if (argcntafter == -1) {
        w = rp_iter_next(it);
        if (w == NULL) {
            if (rp_err_occurred()) {
                goto error;
            }
            RP_DECREF(it);
            return 1;
        }
        RP_DECREF(w);
        rp_err_format(&RpExc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto error;
    }
    l = rp_sequence_list(it);
    if (l == NULL) {
        goto error;
    }
    *--sp = l;
    i++;
    rp_ssize_t ll = rp_list_len(l);
    if (ll < argcntafter) {
        rp_err_format(&RpExc_ValueError,
                      "not enough values to unpack (expected at least %d, got %zd)",
                      argcnt + argcntafter, (rp_ssize_t)argcnt + ll);
        goto error;
    }
    for (int j = argcntafter; j > 0; j--, i++) {
        *--sp = rp_list_get_borrow(l, ll - j);
    }
    rp_set_size(l, ll - argcntafter);
    RP_DECREF(it);
    return 1;
error:
    for (; i > 0; i--, sp++) {
        RP_DECREF(*sp);
    }
    RP_XDECREF(it);
    return 0;
}

/* ---- globals -------------------------------------------------------------- */

/* ---- attribute caches ------------------------------------------------------
 *
 * LOAD_ATTR / LOAD_METHOD / STORE_ATTR remember, per instruction, how the
 * last lookup went (CPython 3.11's specialisations LOAD_ATTR_INSTANCE_VALUE,
 * LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE ...), keyed on the
 * owner type's tp_version_tag (which changes whenever the type or one of
 * its bases changes) and, where the absence of a name from the instance
 * matters, on the version of the class's shared keys.  Only types using
 * object's generic getattr/setattr are cached, so the result is exactly
 * what rp_object_getattr would give.  A miss takes the generic path and
 * then refills the entry. */
enum {
    RP_ATTR_EMPTY = 0,
    RP_ATTR_INSTANCE_VALUE,  /* a value in the instance's values[index] */
    RP_ATTR_DATA_DESCR,      /* a data descriptor of the class (property...) */
    RP_ATTR_CLASS_NODICT,    /* a class attribute; instances have no dict */
    RP_ATTR_CLASS_VALUES,    /* a class attribute not among the shared keys */
    RP_ATTR_MODULE,          /* a global of a module (module.dict_version) */
    RP_ATTR_METHOD_NODICT,   /* LOAD_METHOD: a method; instances have no dict */
    RP_ATTR_METHOD_VALUES,   /* LOAD_METHOD: a method not among the shared keys */
    RP_ATTR_STORE_VALUE,     /* STORE_ATTR into values[index] */
    RP_ATTR_STORE_DESCR,     /* STORE_ATTR through a data descriptor */
    RP_ATTR_NONE,            /* not cacheable for this type */
};

enum { ATTR_FILL_LOAD, ATTR_FILL_METHOD, ATTR_FILL_STORE };

/* A class attribute as seen through an instance: descr.__get__(obj, type)
 * or the plain value (NEW reference). */
static RpObject *class_attr_get(RpObject *descr, RpObject *obj)
{
    rp_descrgetfunc f = rp_type(descr)->tp_descr_get;
    if (f == NULL) {
        return rp_newref(descr);
    }
    rp_incref(descr);
    RpObject *res = f(descr, obj, (RpObject *)rp_type(obj));
    rp_decref(descr);
    return res;
}

/* The attribute from the cache (NEW reference), or NULL: with an exception
 * set when the cached way of getting it failed, else a miss. */
static RpObject *load_attr_cached(RpObject *owner, RpInlineCache *cache)
{
    RpTypeObject *tp = rp_type(owner);
    switch (cache->attr.kind) {
    case RP_ATTR_INSTANCE_VALUE:
        if (tp->tp_version_tag == cache->attr.type_version) {
            RpDictValues *values = *rp_managed_values_ptr(owner);
            if (values != NULL) {
                RpObject *res = rp_dictvalues_get_at_borrow(values, cache->attr.index);
                if (res != NULL) {
                    return rp_newref(res);
                }
            }
        }
        return NULL;
    case RP_ATTR_DATA_DESCR:
        if (tp->tp_version_tag == cache->attr.type_version) {
            return class_attr_get(cache->attr.descr, owner);
        }
        return NULL;
    case RP_ATTR_CLASS_NODICT:
    case RP_ATTR_METHOD_NODICT:
        if (tp->tp_version_tag == cache->attr.type_version) {
            return class_attr_get(cache->attr.descr, owner);
        }
        return NULL;
    case RP_ATTR_CLASS_VALUES:
    case RP_ATTR_METHOD_VALUES:
        if (tp->tp_version_tag == cache->attr.type_version &&
            *rp_managed_values_ptr(owner) != NULL &&
            rp_dictkeys_get_version(tp->ht_cached_keys) == cache->attr.keys_version) {
            return class_attr_get(cache->attr.descr, owner);
        }
        return NULL;
    case RP_ATTR_MODULE:
        if (tp == &RpModule_Type) {
            RpObject *d = rp_module_dict_borrow(owner);
            if (d != NULL && rp_dict_version(d) == cache->module.dict_version) {
                return rp_newref(cache->module.value);
            }
        }
        return NULL;
    default:
        return NULL;
    }
}

/* Record how `owner.name` is found (after a successful generic lookup). */
static void attr_cache_fill(RpInlineCache *cache, RpObject *owner, RpObject *name, int what)
{
    RpTypeObject *tp = rp_type(owner);
    if (RP_UNLIKELY(rp_err_occurred() != NULL)) {
        return;
    }
    cache->attr.kind = RP_ATTR_NONE;
    if (tp == &RpModule_Type) {
        RpObject *d = rp_module_dict_borrow(owner);
        if (what != ATTR_FILL_STORE && d != NULL && rp_dict_check_exact(d) &&
            rp_type_lookup_borrow(tp, name) == NULL) {
            RpObject *v = rp_dict_get_borrow(d, name);
            if (v != NULL) {
                cache->module.dict_version = rp_dict_version(d);
                cache->module.value = v;
                cache->module.kind = RP_ATTR_MODULE;
            }
            else {
                rp_err_clear();
            }
        }
        return;
    }
    if (what == ATTR_FILL_STORE ? tp->tp_setattro != rp_object_generic_setattr
                                : tp->tp_getattro != rp_object_generic_getattr) {
        return;
    }
    RpObject *descr = rp_type_lookup_borrow(tp, name);
    uint32_t version = tp->tp_version_tag;
    if (version == 0) {
        return;
    }
    int managed = (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) != 0;
    int nodict = !managed && tp->tp_dictoffset == 0;
    rp_descrsetfunc dset = descr != NULL ? rp_type(descr)->tp_descr_set : NULL;
    rp_descrgetfunc dget = descr != NULL ? rp_type(descr)->tp_descr_get : NULL;
    int kind = RP_ATTR_NONE;
    int32_t index = 0;
    uint32_t keys_version = 0;
    if (what == ATTR_FILL_STORE) {
        if (dset != NULL) {
            kind = RP_ATTR_STORE_DESCR;
        }
        else if (managed && *rp_managed_values_ptr(owner) != NULL) {
            rp_ssize_t ix = rp_dictkeys_lookup_str(tp->ht_cached_keys, name);
            if (ix >= 0) {
                kind = RP_ATTR_STORE_VALUE;
                index = (int32_t)ix;
            }
        }
    }
    else if (dset != NULL) {
        if (dget != NULL) {
            kind = RP_ATTR_DATA_DESCR;
        }
    }
    else if (managed) {
        rp_ssize_t ix = rp_dictkeys_lookup_str(tp->ht_cached_keys, name);
        if (ix >= 0) {
            kind = RP_ATTR_INSTANCE_VALUE;
            index = (int32_t)ix;
        }
        else if (descr != NULL) {
            keys_version = rp_dictkeys_get_version(tp->ht_cached_keys);
            if (keys_version != 0) {
                kind = what == ATTR_FILL_METHOD &&
                               (rp_type(descr)->tp_flags & RP_TPFLAGS_METHOD_DESCRIPTOR)
                           ? RP_ATTR_METHOD_VALUES
                           : RP_ATTR_CLASS_VALUES;
            }
        }
    }
    else if (nodict && descr != NULL) {
        kind = what == ATTR_FILL_METHOD &&
                       (rp_type(descr)->tp_flags & RP_TPFLAGS_METHOD_DESCRIPTOR)
                   ? RP_ATTR_METHOD_NODICT
                   : RP_ATTR_CLASS_NODICT;
    }
    cache->attr.type_version = version;
    cache->attr.keys_version = keys_version;
    cache->attr.index = index;
    cache->attr.descr = descr;
    cache->attr.kind = kind;
}

static RpObject *load_global_slow(RpIFrame *frame, RpObject *name, RpInlineCache *cache)
{
    RpObject *g = frame->f_globals, *b = frame->f_builtins;
    RpObject *v;
    if (rp_dict_check_exact(g) && rp_dict_check_exact(b)) {
        v = rp_dict_get_borrow(g, name);
        if (v == NULL) {
            if (rp_err_occurred()) {
                return NULL;
            }
            v = rp_dict_get_borrow(b, name);
            if (v == NULL) {
                if (!rp_err_occurred()) {
                    format_exc_check_arg(&RpExc_NameError, NAME_ERROR_MSG, name);
                }
                return NULL;
            }
        }
        cache->global.globals_version = ((RpDictObject *)g)->ma_version_tag;
        cache->global.builtins_version = ((RpDictObject *)b)->ma_version_tag;
        cache->global.value = v;
        return rp_newref(v);
    }
    v = rp_dict_get_borrow(g, name);
    if (v != NULL) {
        return rp_newref(v);
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    v = rp_object_getitem(b, name);
    if (v == NULL && rp_err_matches(&RpExc_KeyError)) {
        rp_err_clear();
        format_exc_check_arg(&RpExc_NameError, NAME_ERROR_MSG, name);
    }
    return v;
}

static RpObject *load_name(RpIFrame *frame, RpObject *name)
{
    RpObject *locals = frame->f_locals, *v;
    if (locals == NULL) {
        return rp_err_format(&RpExc_SystemError, "no locals when loading %R", name);
    }
    if (rp_dict_check_exact(locals)) {
        v = rp_dict_get_borrow(locals, name);
        if (v != NULL) {
            return rp_newref(v);
        }
        if (rp_err_occurred()) {
            return NULL;
        }
    }
    else {
        v = rp_object_getitem(locals, name);
        if (v != NULL) {
            return v;
        }
        if (!rp_err_matches(&RpExc_KeyError)) {
            return NULL;
        }
        rp_err_clear();
    }
    v = rp_dict_get_borrow(frame->f_globals, name);
    if (v != NULL) {
        return rp_newref(v);
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    RpObject *b = frame->f_builtins;
    if (rp_dict_check_exact(b)) {
        v = rp_dict_get_borrow(b, name);
        if (v == NULL) {
            if (!rp_err_occurred()) {
                format_exc_check_arg(&RpExc_NameError, NAME_ERROR_MSG, name);
            }
            return NULL;
        }
        return rp_newref(v);
    }
    v = rp_object_getitem(b, name);
    if (v == NULL && rp_err_matches(&RpExc_KeyError)) {
        rp_err_clear();
        format_exc_check_arg(&RpExc_NameError, NAME_ERROR_MSG, name);
    }
    return v;
}

static int store_name(RpIFrame *frame, RpObject *name, RpObject *v)
{
    RpObject *ns = frame->f_locals;
    if (ns == NULL) {
        rp_err_format(&RpExc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (rp_dict_check_exact(ns)) {
        return rp_dict_set(ns, name, v);
    }
    return rp_object_setitem(ns, name, v);
}

static int delete_name(RpIFrame *frame, RpObject *name)
{
    RpObject *ns = frame->f_locals;
    if (ns == NULL) {
        rp_err_format(&RpExc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    if (rp_object_delitem(ns, name) < 0) {
        if (rp_err_matches(&RpExc_KeyError)) {
            rp_err_clear();
            format_exc_check_arg(&RpExc_NameError, NAME_ERROR_MSG, name);
        }
        return -1;
    }
    return 0;
}

static RpObject *load_classderef(RpIFrame *frame, int oparg)
{
    RpObject *locals = frame->f_locals;
    RpObject *name = rp_tuple_get_borrow(frame->f_code->co_localsplusnames, oparg);
    RpObject *value = NULL;
    if (rp_dict_check_exact(locals)) {
        value = rp_dict_get_borrow(locals, name);
        if (value != NULL) {
            return rp_newref(value);
        }
        if (rp_err_occurred()) {
            return NULL;
        }
    }
    else {
        value = rp_object_getitem(locals, name);
        if (value != NULL) {
            return value;
        }
        if (!rp_err_matches(&RpExc_KeyError)) {
            return NULL;
        }
        rp_err_clear();
    }
    value = rp_cell_get_borrow(frame->localsplus[oparg]);
    if (value == NULL) {
        format_exc_unbound(frame->f_code, oparg);
        return NULL;
    }
    return rp_newref(value);
}

/* ---- displays and f-strings ------------------------------------------------ */

/* BUILD_STRING: always a new string (CPython's _PyUnicode_JoinArray),
 * except for a single exact str */
static RpObject *build_string(RpObject **items, int n)
{
    if (n == 1 && rp_str_check_exact(items[0])) {
        return rp_newref(items[0]);
    }
    rp_ssize_t total = 0;
    uint32_t maxchar = 0;
    for (int i = 0; i < n; i++) {
        RpObject *s = items[i];
        if (!rp_str_check(s)) {
            return rp_err_format(&RpExc_TypeError,
                                 "sequence item %d: expected str instance, %.80s found", i,
                                 RP_TYPE(s)->tp_name);
        }
        total += rp_str_len(s);
        uint32_t m = rp_str_is_ascii(s) ? 0x7F : rp_str_kind(s) == RP_STR_1BYTE ? 0xFF
                     : rp_str_kind(s) == RP_STR_2BYTE ? 0xFFFF : 0x10FFFF;
        if (m > maxchar) {
            maxchar = m;
        }
    }
    if (total == 0) {
        return rp_newref(rp_str_empty_borrow());
    }
    if (maxchar > 0xFFFF) {
        /* the exact maximum matters for the representation: find it */
        maxchar = 0;
        for (int i = 0; i < n; i++) {
            for (rp_ssize_t k = 0; k < rp_str_len(items[i]); k++) {
                uint32_t ch = rp_str_read_char(items[i], k);
                if (ch > maxchar) {
                    maxchar = ch;
                }
            }
        }
    }
    else if (maxchar == 0xFF || maxchar == 0xFFFF) {
        uint32_t real = 0;
        for (int i = 0; i < n; i++) {
            if (rp_str_is_ascii(items[i])) {
                continue;
            }
            for (rp_ssize_t k = 0; k < rp_str_len(items[i]); k++) {
                uint32_t ch = rp_str_read_char(items[i], k);
                if (ch > real) {
                    real = ch;
                }
            }
        }
        maxchar = real > 0x7F ? real : 0x7F;
    }
    RpObject *res = rp_str_new(total, maxchar);
    if (res == NULL) {
        return NULL;
    }
    int kind = rp_str_kind(res);
    void *data = rp_str_data(res);
    rp_ssize_t pos = 0;
    for (int i = 0; i < n; i++) {
        RpObject *s = items[i];
        rp_ssize_t len = rp_str_len(s);
        int sk = rp_str_kind(s);
        const void *sd = rp_str_data(s);
        if (sk == kind) {
            memcpy((char *)data + pos * kind, sd, (size_t)(len * kind));
        }
        else {
            for (rp_ssize_t k = 0; k < len; k++) {
                uint32_t ch = rp_str_read(sk, sd, k);
                if (kind == RP_STR_1BYTE) {
                    ((uint8_t *)data)[pos + k] = (uint8_t)ch;
                }
                else if (kind == RP_STR_2BYTE) {
                    ((uint16_t *)data)[pos + k] = (uint16_t)ch;
                }
                else {
                    ((uint32_t *)data)[pos + k] = ch;
                }
            }
        }
        pos += len;
    }
    return res;
}

static RpObject *format_value(RpObject *value, RpObject *fmt_spec, int conversion)
{
    RpObject *result;
    if (conversion != 0) {
        switch (conversion) {
        case 1: result = rp_object_str(value); break;
        case 2: result = rp_object_repr(value); break;
        default: result = rp_object_ascii(value); break;
        }
        RP_DECREF(value);
        if (result == NULL) {
            RP_XDECREF(fmt_spec);
            return NULL;
        }
        value = result;
    }
    if (rp_str_check_exact(value) && fmt_spec == NULL) {
        return value;
    }
    result = rp_object_format(value, fmt_spec);
    RP_DECREF(value);
    RP_XDECREF(fmt_spec);
    return result;
}

static RpObject *build_const_key_map(RpObject **values, RpObject *keys, int n)
{
    if (!rp_tuple_check_exact(keys) || rp_tuple_len(keys) != n) {
        return rp_err_set_string(&RpExc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
    }
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        if (rp_dict_set(d, rp_tuple_get_borrow(keys, i), values[i]) < 0) {
            RP_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static RpObject *build_map(RpObject **items, int n)
{
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        if (rp_dict_set(d, items[2 * i], items[2 * i + 1]) < 0) {
            RP_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static RpObject *build_set(RpObject **items, int n)
{
    RpObject *s = rp_set_new(NULL);
    if (s == NULL) {
        return NULL;
    }
    int err = 0;
    for (int i = 0; i < n; i++) {
        if (err == 0 && rp_set_add(s, items[i]) < 0) {
            err = 1;
        }
    }
    if (err) {
        RP_DECREF(s);
        return NULL;
    }
    return s;
}

/* SET_UPDATE is CPython's _PySet_Update: set_update_internal, whose merge
 * of a set or dict presizes the table (sys.getsizeof({*s}) shows it) */
static int set_update(RpObject *set, RpObject *iterable)
{
    return rp_set_update(set, iterable);
}

static int list_extend(RpObject *list, RpObject *iterable)
{
    if (rp_list_extend(list, iterable) < 0) {
        if (rp_err_matches(&RpExc_TypeError) && RP_TYPE(iterable)->tp_iter == NULL &&
            !sequence_check(iterable)) {
            rp_err_clear();
            rp_err_format(&RpExc_TypeError, "Value after * must be an iterable, not %.200s",
                          RP_TYPE(iterable)->tp_name);
        }
        return -1;
    }
    return 0;
}

static int dict_update(RpObject *dict, RpObject *update)
{
    if (rp_dict_merge(dict, update, 1) < 0) {
        if (rp_err_matches(&RpExc_AttributeError)) {
            rp_err_clear();
            rp_err_format(&RpExc_TypeError, "'%.200s' object is not a mapping",
                          RP_TYPE(update)->tp_name);
        }
        return -1;
    }
    return 0;
}

/* ---- with, print, class building ---------------------------------------------- */

static int before_with(RpObject *mgr, RpObject **exit_out, RpObject **res_out, int async)
{
    RpObject *enter = rp_object_lookup_special(mgr, async ? rp_id(__aenter__) : rp_id(__enter__));
    if (enter == NULL) {
        if (!rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError,
                          async ? "'%.200s' object does not support the asynchronous context manager protocol"
                                : "'%.200s' object does not support the context manager protocol",
                          RP_TYPE(mgr)->tp_name);
        }
        return -1;
    }
    RpObject *exit = rp_object_lookup_special(mgr, async ? rp_id(__aexit__) : rp_id(__exit__));
    if (exit == NULL) {
        if (!rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError,
                          async ? "'%.200s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                                : "'%.200s' object does not support the context manager protocol (missed __exit__ method)",
                          RP_TYPE(mgr)->tp_name);
        }
        RP_DECREF(enter);
        return -1;
    }
    *exit_out = exit;
    RpObject *res = rp_call_noargs(enter);
    RP_DECREF(enter);
    if (res == NULL) {
        return -1;
    }
    *res_out = res;
    return 0;
}

static RpObject *with_except_start(RpObject *exit_func, RpObject *val)
{
    RpObject *tb = rp_exception_get_traceback_borrow(val);
    RpObject *args[3] = { (RpObject *)RP_TYPE(val), val, tb ? tb : rp_None };
    return rp_call(exit_func, args, 3, NULL);
}

static int print_expr(RpObject *value)
{
    RpObject *hook = NULL;
    if (rp_runtime.sysmod != NULL) {
        hook = rp_dict_get_borrow(rp_module_dict_borrow(rp_runtime.sysmod), rp_id(displayhook));
    }
    if (hook == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_string(&RpExc_RuntimeError, "lost sys.displayhook");
        }
        return -1;
    }
    RpObject *res = rp_call_one(hook, value);
    if (res == NULL) {
        return -1;
    }
    RP_DECREF(res);
    return 0;
}

static RpObject *load_build_class(RpIFrame *frame)
{
    RpObject *b = frame->f_builtins;
    RpObject *bc;
    if (rp_dict_check_exact(b)) {
        bc = rp_dict_get_borrow(b, rp_id(__build_class__));
        if (bc == NULL) {
            if (!rp_err_occurred()) {
                rp_err_set_string(&RpExc_NameError, "__build_class__ not found");
            }
            return NULL;
        }
        return rp_newref(bc);
    }
    bc = rp_object_getitem(b, rp_id(__build_class__));
    if (bc == NULL && rp_err_matches(&RpExc_KeyError)) {
        rp_err_clear();
        rp_err_set_string(&RpExc_NameError, "__build_class__ not found");
    }
    return bc;
}

static int setup_annotations(RpIFrame *frame)
{
    RpObject *locals = frame->f_locals;
    if (locals == NULL) {
        rp_err_set_string(&RpExc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    if (rp_dict_check_exact(locals)) {
        RpObject *ann = rp_dict_get_borrow(locals, rp_id(__annotations__));
        if (ann != NULL) {
            return 0;
        }
        if (rp_err_occurred()) {
            return -1;
        }
        ann = rp_dict_new();
        if (ann == NULL) {
            return -1;
        }
        int r = rp_dict_set(locals, rp_id(__annotations__), ann);
        RP_DECREF(ann);
        return r;
    }
    RpObject *ann = rp_object_getitem(locals, rp_id(__annotations__));
    if (ann != NULL) {
        RP_DECREF(ann);
        return 0;
    }
    if (!rp_err_matches(&RpExc_KeyError)) {
        return -1;
    }
    rp_err_clear();
    ann = rp_dict_new();
    if (ann == NULL) {
        return -1;
    }
    int r = rp_object_setitem(locals, rp_id(__annotations__), ann);
    RP_DECREF(ann);
    return r;
}

static RpObject *make_function(RpIFrame *frame, RpObject *code, RpObject **stack_top, int oparg)
{
    /* stack below the code object (top first): closure, annotations,
       kwdefaults, defaults */
    RpFunctionObject *f = (RpFunctionObject *)rp_function_new(code, frame->f_globals, NULL);
    if (f == NULL) {
        return NULL;
    }
    RpObject **p = stack_top;
    if (oparg & 0x08) {
        f->func_closure = *--p;
    }
    if (oparg & 0x04) {
        f->func_annotations = *--p;
    }
    if (oparg & 0x02) {
        f->func_kwdefaults = *--p;
    }
    if (oparg & 0x01) {
        f->func_defaults = *--p;
    }
    return (RpObject *)f;
}

static RpObject *get_yield_from_iter(RpIFrame *frame, RpObject *iterable)
{
    if (rp_coro_check(iterable)) {
        if (!(frame->f_code->co_flags & (RP_CO_COROUTINE | RP_CO_ITERABLE_COROUTINE))) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return rp_newref(iterable);
    }
    if (rp_gen_check(iterable)) {
        return rp_newref(iterable);
    }
    return rp_object_get_iter(iterable);
}

static void format_awaitable_error(RpTypeObject *type, int oparg)
{
    if (type->tp_iter == NULL && !rp_err_occurred()) {
        return;
    }
    if (oparg == 1) {
        rp_err_format(&RpExc_TypeError,
                      "'async with' received an object from __aenter__ that does not implement __await__: %.100s",
                      type->tp_name);
    }
    else if (oparg == 2) {
        rp_err_format(&RpExc_TypeError,
                      "'async with' received an object from __aexit__ that does not implement __await__: %.100s",
                      type->tp_name);
    }
}

/* ---- the loop ---------------------------------------------------------------------- */

#ifdef RP_USE_SWITCH
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#else
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                       \
    do {                                                 \
        NEXTOPARG();                                     \
        goto *opcode_targets[opcode];                    \
    } while (0)
#endif

#define NEXTOPARG()                                      \
    do {                                                 \
        rp_codeunit word_ = *next_instr;                 \
        frame->prev_instr = next_instr++;                \
        opcode = RP_OPCODE(word_);                       \
        oparg = RP_OPARG(word_);                         \
    } while (0)

#define TOP()           (stack_pointer[-1])
#define SECOND()        (stack_pointer[-2])
#define THIRD()         (stack_pointer[-3])
#define PEEK(n)         (stack_pointer[-(n)])
#define SET_TOP(v)      (stack_pointer[-1] = (v))
#define SET_SECOND(v)   (stack_pointer[-2] = (v))
#define PUSH(v)         (*stack_pointer++ = (v))
#define POP()           (*--stack_pointer)
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define STACK_GROW(n)   (stack_pointer += (n))
#define GETLOCAL(i)     (frame->localsplus[(i)])
#define SETLOCAL(i, v)                                   \
    do {                                                 \
        RpObject *old_ = GETLOCAL(i);                    \
        GETLOCAL(i) = (v);                               \
        RP_XDECREF(old_);                                \
    } while (0)
#define JUMPTO(x)       (next_instr = first_instr + (x))
#define CACHE_INDEX()   RP_OPARG(*next_instr)
#define SKIP_CACHE()    (next_instr++)

#define SET_LOCALS_FROM_FRAME()                                       \
    do {                                                              \
        first_instr = frame->f_code->co_code;                         \
        next_instr = frame->prev_instr + 1;                           \
        stack_pointer = frame->localsplus + frame->stacktop;          \
        frame->stacktop = -1;                                         \
        consts = rp_tuple_items(frame->f_code->co_consts);            \
        names = rp_tuple_items(frame->f_code->co_names);              \
    } while (0)

#define SAVE_SP() (frame->stacktop = (int)(stack_pointer - frame->localsplus))

static inline RpIFrame *push_frame_for(RpThreadState *ts, RpFunctionObject *fn,
                                       RpCodeObject *co, RpObject **args, int n);

/* The frame of a call of a plain function (positional arguments only,
 * exactly as many as it has parameters, no *args, **kwargs or keyword-only
 * parameters) pushed without the general binding (rp_frame_bind_args), as
 * CPython's _PyFunction_Vectorcall fast path: the frame takes the
 * caller's references to the function and the `n` arguments.  NULL (no
 * exception) when the call does not qualify or the data stack chunk is
 * full: the caller then takes the general path. */
static inline RpIFrame *push_simple_frame(RpThreadState *ts, RpFunctionObject *fn,
                                          RpObject **args, int n)
{
    RpCodeObject *co = (RpCodeObject *)fn->func_code;
    if ((co->co_flags & (RP_CO_VARARGS | RP_CO_VARKEYWORDS | RP_CO_OPTIMIZED)) !=
            RP_CO_OPTIMIZED ||
        co->co_argcount != n || co->co_kwonlyargcount != 0) {
        return NULL;
    }
    return push_frame_for(ts, fn, co, args, n);
}

/* The frame push of push_simple_frame once the call qualifies. */
static inline RpIFrame *push_frame_for(RpThreadState *ts, RpFunctionObject *fn,
                                       RpCodeObject *co, RpObject **args, int n)
{
    RpObject **top = ts->datastack_top;
    size_t words = (size_t)rp_iframe_size_words(co);
    if (RP_UNLIKELY(top == NULL || top + words > ts->datastack_limit)) {
        return NULL;
    }
    ts->datastack_top = top + words;
    RpIFrame *f = (RpIFrame *)top;
    f->f_func = (RpObject *)fn;
    f->f_globals = fn->func_globals;
    f->f_builtins = fn->func_builtins;
    f->f_locals = NULL;
    f->f_code = (RpCodeObject *)rp_newref(co);
    f->frame_obj = NULL;
    f->previous = NULL;
    f->prev_instr = co->co_code - 1;
    f->stacktop = co->co_nlocalsplus;
    f->owner = RP_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    f->is_init = 0;
    int i = 0;
    for (; i < n; i++) {
        f->localsplus[i] = args[i];
    }
    for (; i < co->co_nlocalsplus; i++) {
        f->localsplus[i] = NULL;
    }
    return f;
}

/* `C(args...)` for a class using object.__new__ and a plain Python
 * __init__ taking exactly the positional arguments given: the object is
 * made here and __init__'s frame pushed, so that the call continues in
 * this eval loop instead of type_call -> tp_init -> a nested eval loop.
 * The stack [NULL, C, args...] becomes [C, obj, args...] while __init__
 * runs; its frame gets self = obj and the arguments (new references).
 * Each argument gets one more reference for as long as __init__ runs,
 * the one CPython's args tuple of type_call holds, so that
 * sys.getrefcount sees what it sees in CPython.  When the frame returns,
 * RETURN_VALUE checks the result is None and leaves obj in C's place;
 * when it unwinds, exit_unwind drops the extra references.  NULL with no exception when the
 * call does not qualify (the general path follows); NULL with an
 * exception if making the object failed. */
static int push_init_frame(RpThreadState *ts, RpObject **stack_pointer, int nargs,
                           RpIFrame **res)
{
    RpTypeObject *type = (RpTypeObject *)stack_pointer[-nargs - 1];
    if (type->tp_new != rp_object_new || type->tp_init != rp_slot_tp_init ||
        (type->tp_flags & RP_TPFLAGS_IS_ABSTRACT)) {
        return 0;
    }
    RpObject *init = rp_type_lookup_borrow(type, rp_id(__init__));
    if (init == NULL || RP_TYPE(init) != &RpFunction_Type) {
        return 0;
    }
    RpFunctionObject *fn = (RpFunctionObject *)init;
    RpCodeObject *co = (RpCodeObject *)fn->func_code;
    if ((co->co_flags & (RP_CO_VARARGS | RP_CO_VARKEYWORDS | RP_CO_OPTIMIZED | RP_CO_GENERATOR |
                         RP_CO_COROUTINE | RP_CO_ITERABLE_COROUTINE |
                         RP_CO_ASYNC_GENERATOR)) != RP_CO_OPTIMIZED ||
        co->co_argcount != nargs + 1 || co->co_kwonlyargcount != 0) {
        return 0;
    }
    RpObject **top = ts->datastack_top;
    if (RP_UNLIKELY(top == NULL || top + rp_iframe_size_words(co) > ts->datastack_limit)) {
        return 0;
    }
    RpObject **args = stack_pointer - nargs;
    RpObject *obj = rp_object_new(type, args, (size_t)nargs, NULL);
    if (obj == NULL) {
        return -1;
    }
    rp_incref(init);
    RpIFrame *f = push_frame_for(ts, fn, co, args, 0);
    f->is_init = 1;
    f->localsplus[0] = rp_newref(obj);
    for (int i = 0; i < nargs; i++) {
        rp_incref(args[i]);               /* "the args tuple's" */
        f->localsplus[1 + i] = rp_newref(args[i]);
    }
    /* [NULL, C, args...] -> [C, obj, args...] */
    RpObject **base = stack_pointer - nargs - 2;
    base[0] = (RpObject *)type;
    base[1] = obj;
    *res = f;
    return 1;
}

/* rp_frame_clear_and_pop, inline for the common case of a returning
 * frame no frame object refers to. */
static inline void pop_frame(RpThreadState *ts, RpIFrame *f)
{
    if (RP_UNLIKELY(f->frame_obj != NULL || f->f_locals != NULL)) {
        rp_frame_clear_and_pop(ts, f);
        return;
    }
    RpObject **lp = f->localsplus;
    for (int i = 0, n = f->stacktop; i < n; i++) {
        RP_XDECREF(lp[i]);
    }
    f->stacktop = 0;
    RpObject *func = f->f_func;
    RpCodeObject *co = f->f_code;
    f->f_func = NULL;
    f->f_code = NULL;
    RP_DECREF(func);
    RP_DECREF(co);
    RpStackChunk *c = ts->datastack_chunk;
    if (RP_LIKELY(c == NULL || (RpObject **)f != c->data)) {
        ts->datastack_top = (RpObject **)f;
    }
    else {
        rp_datastack_pop(ts, f);
    }
}

static int py_recursion_error(RpThreadState *ts)
{
    if (ts->recursion_headroom) {
        if (ts->recursion_depth > ts->recursion_limit + 50) {
            rp_err_set_string(&RpExc_RecursionError, "maximum recursion depth exceeded");
            return 1;
        }
        return 0;
    }
    ts->recursion_headroom++;
    rp_err_set_string(&RpExc_RecursionError, "maximum recursion depth exceeded");
    ts->recursion_headroom--;
    return 1;
}

/* compact int fast paths: |a|, |b| < 2**30, so the results fit in a long */
static inline int both_compact_ints(RpObject *a, RpObject *b)
{
    return RP_TYPE(a) == &RpLong_Type && RP_TYPE(b) == &RpLong_Type &&
           rp_int_is_compact((RpLongObject *)a) && rp_int_is_compact((RpLongObject *)b);
}

static inline long ival(RpObject *o) { return rp_int_compact_value((RpLongObject *)o); }

/* exact ints below 2**60 in magnitude (at most two 30-bit digits) */
static inline int both_two_digit_ints(RpObject *a, RpObject *b)
{
    return RP_TYPE(a) == &RpLong_Type && RP_TYPE(b) == &RpLong_Type &&
           RP_SIZE(a) >= -2 && RP_SIZE(a) <= 2 && RP_SIZE(b) >= -2 && RP_SIZE(b) <= 2;
}

static inline long long two_digit_value(RpObject *o)
{
    rp_ssize_t n = RP_SIZE(o);
    const rp_digit *d = ((RpLongObject *)o)->ob_digit;
    long long m = n == 0 ? 0 : (long long)d[0];
    if (n == 2 || n == -2) {
        m |= (long long)d[1] << RP_LONG_SHIFT;
    }
    return n < 0 ? -m : m;
}

static RpObject *binary_op_fast(RpObject *lhs, RpObject *rhs, int op)
{
    if (both_compact_ints(lhs, rhs)) {
        long a = ival(lhs), b = ival(rhs);
        switch (op) {
        case RP_NB_ADD: case RP_NB_INPLACE_ADD:
            return rp_int_from_long(a + b);
        case RP_NB_SUBTRACT: case RP_NB_INPLACE_SUBTRACT:
            return rp_int_from_long(a - b);
        case RP_NB_MULTIPLY: case RP_NB_INPLACE_MULTIPLY:
            return rp_int_from_long_long((long long)a * (long long)b);
        case RP_NB_AND: case RP_NB_INPLACE_AND:
            return rp_int_from_long(a & b);
        case RP_NB_OR: case RP_NB_INPLACE_OR:
            return rp_int_from_long(a | b);
        case RP_NB_XOR: case RP_NB_INPLACE_XOR:
            return rp_int_from_long(a ^ b);
        case RP_NB_FLOOR_DIVIDE: case RP_NB_INPLACE_FLOOR_DIVIDE:
            if (b != 0) {
                long q = a / b;
                if ((a % b != 0) && ((a < 0) != (b < 0))) {
                    q--;
                }
                return rp_int_from_long(q);
            }
            break;
        case RP_NB_REMAINDER: case RP_NB_INPLACE_REMAINDER:
            if (b != 0) {
                long r = a % b;
                if (r != 0 && ((r < 0) != (b < 0))) {
                    r += b;
                }
                return rp_int_from_long(r);
            }
            break;
        case RP_NB_RSHIFT: case RP_NB_INPLACE_RSHIFT:
            /* floor division by 2**b, as C's >> on a signed value (gcc,
               clang); a negative count raises: the general path */
            if (b >= 0) {
                return rp_int_from_long(b > 62 ? (a < 0 ? -1 : 0) : a >> b);
            }
            break;
        default:
            break;
        }
    }
    else if (both_two_digit_ints(lhs, rhs)) {
        /* below 2**60: a sum, difference or bitwise result fits in 64 bits */
        long long a = two_digit_value(lhs), b = two_digit_value(rhs);
        switch (op) {
        case RP_NB_ADD: case RP_NB_INPLACE_ADD:
            return rp_int_from_long_long(a + b);
        case RP_NB_SUBTRACT: case RP_NB_INPLACE_SUBTRACT:
            return rp_int_from_long_long(a - b);
        case RP_NB_AND: case RP_NB_INPLACE_AND:
            return rp_int_from_long_long(a & b);
        case RP_NB_OR: case RP_NB_INPLACE_OR:
            return rp_int_from_long_long(a | b);
        case RP_NB_XOR: case RP_NB_INPLACE_XOR:
            return rp_int_from_long_long(a ^ b);
        default:
            break;
        }
    }
    else if (RP_TYPE(lhs) == &RpFloat_Type && RP_TYPE(rhs) == &RpFloat_Type) {
        double a = rp_float_value(lhs), b = rp_float_value(rhs);
        switch (op) {
        case RP_NB_ADD: case RP_NB_INPLACE_ADD:
            return rp_float_from_double(a + b);
        case RP_NB_SUBTRACT: case RP_NB_INPLACE_SUBTRACT:
            return rp_float_from_double(a - b);
        case RP_NB_MULTIPLY: case RP_NB_INPLACE_MULTIPLY:
            return rp_float_from_double(a * b);
        case RP_NB_TRUE_DIVIDE: case RP_NB_INPLACE_TRUE_DIVIDE:
            if (b != 0.0) {
                return rp_float_from_double(a / b);
            }
            break;
        case RP_NB_POWER: case RP_NB_INPLACE_POWER:
            /* a positive finite base and a finite exponent: what
               float.__pow__ computes, unless the result overflows (an
               OverflowError, from the general path) */
            if (a > 0.0 && isfinite(a) && isfinite(b)) {
                double r = pow(a, b);
                if (isfinite(r)) {
                    return rp_float_from_double(r);
                }
            }
            break;
        default:
            break;
        }
    }
    return rp_number_binary_op(lhs, rhs, op);
}

/* l <op> r as 0 or 1 for two compact ints or two floats; -1 for other
 * operands (no exception). */
static inline int compare_jump_fast(RpObject *l, RpObject *r, int op)
{
    if (both_compact_ints(l, r)) {
        long a = ival(l), b = ival(r);
        switch (op) {
        case RP_LT: return a < b;
        case RP_LE: return a <= b;
        case RP_EQ: return a == b;
        case RP_NE: return a != b;
        case RP_GT: return a > b;
        case RP_GE: return a >= b;
        }
    }
    else if (RP_TYPE(l) == &RpFloat_Type && RP_TYPE(r) == &RpFloat_Type) {
        double a = rp_float_value(l), b = rp_float_value(r);
        switch (op) {
        case RP_LT: return a < b;
        case RP_LE: return a <= b;
        case RP_EQ: return a == b;
        case RP_NE: return a != b;
        case RP_GT: return a > b;
        case RP_GE: return a >= b;
        }
    }
    return -1;
}

static RpObject *compare_op_fast(RpObject *l, RpObject *r, int op)
{
    if (both_compact_ints(l, r)) {
        long a = ival(l), b = ival(r);
        int res = 0;
        switch (op) {
        case RP_LT: res = a < b; break;
        case RP_LE: res = a <= b; break;
        case RP_EQ: res = a == b; break;
        case RP_NE: res = a != b; break;
        case RP_GT: res = a > b; break;
        case RP_GE: res = a >= b; break;
        }
        return rp_bool_from_long(res);
    }
    if (RP_TYPE(l) == &RpFloat_Type && RP_TYPE(r) == &RpFloat_Type) {
        double a = rp_float_value(l), b = rp_float_value(r);
        int res = 0;
        switch (op) {
        case RP_LT: res = a < b; break;
        case RP_LE: res = a <= b; break;
        case RP_EQ: res = a == b; break;
        case RP_NE: res = a != b; break;
        case RP_GT: res = a > b; break;
        case RP_GE: res = a >= b; break;
        }
        return rp_bool_from_long(res);
    }
    if ((op == RP_EQ || op == RP_NE) && rp_str_check_exact(l) && rp_str_check_exact(r)) {
        int eq = l == r || rp_str_eq(l, r);
        return rp_bool_from_long(op == RP_EQ ? eq : !eq);
    }
    return rp_object_richcompare(l, r, op);
}

static RpObject *binary_subscr(RpObject *container, RpObject *sub)
{
    if (RP_TYPE(sub) == &RpLong_Type && rp_int_is_compact((RpLongObject *)sub)) {
        long i = ival(sub);
        if (rp_list_check_exact(container)) {
            rp_ssize_t n = rp_list_len(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return rp_newref(rp_list_get_borrow(container, i));
            }
        }
        else if (rp_tuple_check_exact(container)) {
            rp_ssize_t n = rp_tuple_len(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return rp_newref(rp_tuple_get_borrow(container, i));
            }
        }
    }
    else if (rp_dict_check_exact(container)) {
        RpObject *v = rp_dict_get_borrow(container, sub);
        if (v != NULL) {
            return rp_newref(v);
        }
        if (!rp_err_occurred()) {
            rp_err_set_key_error(sub);
        }
        return NULL;
    }
    return rp_object_getitem(container, sub);
}

/* CALL_FUNCTION_EX */
static RpObject *call_function_ex(RpObject *func, RpObject *callargs, RpObject *kwargs)
{
    RpObject *args = NULL, *kw = NULL, *res = NULL;
    if (kwargs != NULL && !rp_dict_check_exact(kwargs)) {
        kw = rp_dict_new();
        if (kw == NULL) {
            return NULL;
        }
        if (rp_dict_merge_unique(kw, kwargs) < 0) {
            rp_format_kwargs_error(func, kwargs);
            RP_DECREF(kw);
            return NULL;
        }
    }
    else {
        kw = rp_xnewref(kwargs);
    }
    if (!rp_tuple_check_exact(callargs)) {
        if (rp_check_args_iterable(func, callargs) < 0) {
            RP_XDECREF(kw);
            return NULL;
        }
        args = rp_sequence_tuple(callargs);
        if (args == NULL) {
            RP_XDECREF(kw);
            return NULL;
        }
    }
    else {
        args = rp_newref(callargs);
    }
    res = rp_call_tuple_dict(func, args, kw);
    RP_DECREF(args);
    RP_XDECREF(kw);
    return res;
}

static int exception_group_match(RpObject *exc_value, RpObject *match_type,
                                 RpObject **match, RpObject **rest);
static RpObject *prep_reraise_star(RpObject *orig, RpObject *excs);

RpObject *rp_eval_frame(RpThreadState *ts, RpIFrame *frame, int throwflag)
{
#ifndef RP_USE_SWITCH
    static void *const opcode_targets[RP_NUM_REAL_OPCODES] = {
#define RP_OP(name, kind, ncache, eff, jeff) [OP_##name] = &&TARGET_##name,
#define RP_PSEUDO(name, kind, ncache, eff, jeff)
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
    };
#endif
    rp_codeunit *next_instr, *first_instr;
    RpObject **stack_pointer;
    RpObject *const *consts;
    RpObject *const *names;
    RpObject *kwnames = NULL;     /* borrowed; set by KW_NAMES for the next CALL */
    int opcode, oparg;

    frame->previous = ts->frame;
    ts->frame = frame;

    if (RP_UNLIKELY((char *)__builtin_frame_address(0) < ts->c_stack_limit)) {
        ts->recursion_depth++;
        if (ts->recursion_headroom == 0) {
            ts->recursion_headroom++;
            rp_err_set_string(&RpExc_RecursionError, "maximum recursion depth exceeded");
            ts->recursion_headroom--;
        }
        else if (!rp_err_occurred()) {
            rp_err_set_string(&RpExc_RecursionError, "maximum recursion depth exceeded");
        }
        goto exit_unwind;
    }
    if (throwflag) {
        if (++ts->recursion_depth > ts->recursion_limit && py_recursion_error(ts)) {
            goto exit_unwind;
        }
        goto resume_with_error;
    }

start_frame:
    if (RP_UNLIKELY(++ts->recursion_depth > ts->recursion_limit) && py_recursion_error(ts)) {
        goto exit_unwind;
    }

    SET_LOCALS_FROM_FRAME();

#ifdef RP_USE_SWITCH
dispatch:
    NEXTOPARG();
    switch (opcode) {
#else
    DISPATCH();
#endif

    TARGET(CACHE) {
        rp_err_set_string(&RpExc_SystemError, "executed a CACHE unit");
        goto error;
    }

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(POP_TOP) {
        RpObject *v = POP();
        RP_DECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        RpObject *v = PEEK(oparg);
        PUSH(rp_newref(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        RpObject *top = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = top;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        RpObject *v = consts[oparg];
        PUSH(rp_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        RpObject *v = GETLOCAL(oparg);
        if (RP_UNLIKELY(v == NULL)) {
            goto unbound_local_error;
        }
        PUSH(rp_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_FAST__LOAD_FAST) {
        RpObject *a = GETLOCAL(oparg >> 12), *b = GETLOCAL(oparg & 0xFFF);
        if (RP_UNLIKELY(a == NULL)) {
            oparg >>= 12;
            goto unbound_local_error;
        }
        if (RP_UNLIKELY(b == NULL)) {
            oparg &= 0xFFF;
            goto unbound_local_error;
        }
        PUSH(rp_newref(a));
        PUSH(rp_newref(b));
        DISPATCH();
    }

    TARGET(LOAD_FAST__LOAD_CONST) {
        RpObject *a = GETLOCAL(oparg >> 12);
        if (RP_UNLIKELY(a == NULL)) {
            oparg >>= 12;
            goto unbound_local_error;
        }
        PUSH(rp_newref(a));
        PUSH(rp_newref(consts[oparg & 0xFFF]));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        RpObject *v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(STORE_FAST__LOAD_FAST) {
        RpObject *v = POP();
        SETLOCAL(oparg >> 12, v);
        RpObject *b = GETLOCAL(oparg & 0xFFF);
        if (RP_UNLIKELY(b == NULL)) {
            oparg &= 0xFFF;
            goto unbound_local_error;
        }
        PUSH(rp_newref(b));
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        RpObject *v = GETLOCAL(oparg);
        if (v == NULL) {
            goto unbound_local_error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        RpObject *v = load_name(frame, names[oparg]);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        RpObject *v = POP();
        int err = store_name(frame, names[oparg], v);
        RP_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        if (delete_name(frame, names[oparg]) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        RpObject *name = names[oparg >> 1];
        RpInlineCache *cache = &frame->f_code->co_caches[CACHE_INDEX()];
        RpObject *g = frame->f_globals, *b = frame->f_builtins, *v;
        if (RP_LIKELY(cache->global.value != NULL && rp_dict_check_exact(g) &&
                      rp_dict_check_exact(b) &&
                      cache->global.globals_version == ((RpDictObject *)g)->ma_version_tag &&
                      cache->global.builtins_version == ((RpDictObject *)b)->ma_version_tag)) {
            v = rp_newref(cache->global.value);
        }
        else {
            v = load_global_slow(frame, name, cache);
            if (v == NULL) {
                goto error;
            }
        }
        SKIP_CACHE();
        if (oparg & 1) {
            PUSH(NULL);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        RpObject *v = POP();
        int err = rp_dict_set(frame->f_globals, names[oparg], v);
        RP_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (rp_dict_del(frame->f_globals, names[oparg]) < 0) {
            if (rp_err_matches(&RpExc_KeyError)) {
                rp_err_clear();
                format_exc_check_arg(&RpExc_NameError, NAME_ERROR_MSG, names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        RpObject *initial = GETLOCAL(oparg);
        RpObject *cell = rp_cell_new(initial);
        if (cell == NULL) {
            goto error;
        }
        SETLOCAL(oparg, cell);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        RpObject *v = GETLOCAL(oparg);
        if (v == NULL) {
            goto unbound_local_error;
        }
        PUSH(rp_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        RpObject *v = rp_cell_get_borrow(GETLOCAL(oparg));
        if (v == NULL) {
            format_exc_unbound(frame->f_code, oparg);
            goto error;
        }
        PUSH(rp_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        RpObject *v = load_classderef(frame, oparg);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        RpObject *v = POP();
        RpCellObject *cell = (RpCellObject *)GETLOCAL(oparg);
        RpObject *old = cell->ob_ref;
        cell->ob_ref = v;
        RP_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        RpCellObject *cell = (RpCellObject *)GETLOCAL(oparg);
        RpObject *old = cell->ob_ref;
        if (old == NULL) {
            format_exc_unbound(frame->f_code, oparg);
            goto error;
        }
        cell->ob_ref = NULL;
        RP_DECREF(old);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        RpObject *closure = ((RpFunctionObject *)frame->f_func)->func_closure;
        int offset = frame->f_code->co_nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++) {
            frame->localsplus[offset + i] = rp_newref(rp_tuple_get_borrow(closure, i));
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        RpObject *owner = TOP();
        RpInlineCache *cache = &frame->f_code->co_caches[CACHE_INDEX()];
        RpObject *res = load_attr_cached(owner, cache);
        if (res == NULL) {
            if (rp_err_occurred()) {
                rp_set_attribute_error_context(owner, names[oparg]);
                goto error;
            }
            res = rp_object_getattr(owner, names[oparg]);
            if (res == NULL) {
                goto error;
            }
            attr_cache_fill(cache, owner, names[oparg], ATTR_FILL_LOAD);
        }
        SKIP_CACHE();
        SET_TOP(res);
        RP_DECREF(owner);
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        RpObject *obj = TOP();
        RpObject *meth = NULL;
        RpInlineCache *cache = &frame->f_code->co_caches[CACHE_INDEX()];
        int found;
        int kind = cache->attr.kind;
        if ((kind == RP_ATTR_METHOD_NODICT || kind == RP_ATTR_METHOD_VALUES) &&
            rp_type(obj)->tp_version_tag == cache->attr.type_version &&
            (kind == RP_ATTR_METHOD_NODICT ||
             (*rp_managed_values_ptr(obj) != NULL &&
              rp_dictkeys_get_version(rp_type(obj)->ht_cached_keys) ==
                  cache->attr.keys_version))) {
            /* [meth, self] */
            SKIP_CACHE();
            SET_TOP(rp_newref(cache->attr.descr));
            PUSH(obj);
            DISPATCH();
        }
        meth = load_attr_cached(obj, cache);
        if (meth != NULL) {
            found = 0;
        }
        else if (rp_err_occurred()) {
            goto error;
        }
        else {
            found = rp_object_get_method(obj, names[oparg], &meth);
            if (found < 0) {
                goto error;
            }
            attr_cache_fill(cache, obj, names[oparg], ATTR_FILL_METHOD);
        }
        SKIP_CACHE();
        if (found) {
            /* [meth, self] */
            SET_TOP(meth);
            PUSH(obj);
        }
        else {
            /* [NULL, attribute] */
            SET_TOP(NULL);
            RP_DECREF(obj);
            PUSH(meth);
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        RpObject *owner = TOP();
        RpObject *v = SECOND();
        RpInlineCache *cache = &frame->f_code->co_caches[CACHE_INDEX()];
        STACK_SHRINK(2);
        RpTypeObject *tp = rp_type(owner);
        int err;
        if (cache->attr.kind == RP_ATTR_STORE_VALUE &&
            tp->tp_version_tag == cache->attr.type_version &&
            *rp_managed_values_ptr(owner) != NULL) {
            rp_dictvalues_store_at(*rp_managed_values_ptr(owner), cache->attr.index, v);
            err = 0;
        }
        else if (cache->attr.kind == RP_ATTR_STORE_DESCR &&
                 tp->tp_version_tag == cache->attr.type_version) {
            RpObject *descr = rp_newref(cache->attr.descr);
            err = rp_type(descr)->tp_descr_set(descr, owner, v);
            RP_DECREF(descr);
        }
        else {
            err = rp_object_setattr(owner, names[oparg], v);
            if (err == 0) {
                attr_cache_fill(cache, owner, names[oparg], ATTR_FILL_STORE);
            }
        }
        RP_DECREF(v);
        RP_DECREF(owner);
        if (err < 0) {
            goto error;
        }
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        RpObject *owner = POP();
        int err = rp_object_setattr(owner, names[oparg], NULL);
        RP_DECREF(owner);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        RpObject *sub = POP();
        RpObject *container = TOP();
        RpObject *res = binary_subscr(container, sub);
        RP_DECREF(container);
        RP_DECREF(sub);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        RpObject *sub = TOP();
        RpObject *container = SECOND();
        RpObject *v = THIRD();
        STACK_SHRINK(3);
        int err;
        if (rp_list_check_exact(container) && RP_TYPE(sub) == &RpLong_Type &&
            rp_int_is_compact((RpLongObject *)sub)) {
            /* list[i] = v with 0 <= i < len (CPython's
               STORE_SUBSCR_LIST_INT; a negative or out-of-range index
               takes the general path for its error) */
            long i = ival(sub);
            if (i >= 0 && i < rp_list_len(container)) {
                RpObject **slot = &rp_list_items(container)[i];
                RpObject *old = *slot;
                *slot = v;    /* the stack's reference */
                RP_DECREF(old);
                RP_DECREF(container);
                RP_DECREF(sub);
                DISPATCH();
            }
            err = rp_object_setitem(container, sub, v);
        }
        else if (rp_dict_check_exact(container)) {
            err = rp_dict_set(container, sub, v);
        }
        else {
            err = rp_object_setitem(container, sub, v);
        }
        RP_DECREF(v);
        RP_DECREF(container);
        RP_DECREF(sub);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        RpObject *sub = TOP();
        RpObject *container = SECOND();
        STACK_SHRINK(2);
        int err = rp_object_delitem(container, sub);
        RP_DECREF(container);
        RP_DECREF(sub);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        RpObject *v = TOP();
        RpObject *res = rp_number_positive(v);
        RP_DECREF(v);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        RpObject *v = TOP();
        RpObject *res = rp_number_negative(v);
        RP_DECREF(v);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        RpObject *v = TOP();
        int t = rp_object_is_true(v);
        RP_DECREF(v);
        if (t < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(rp_newref(t ? rp_False : rp_True));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        RpObject *v = TOP();
        RpObject *res = rp_number_invert(v);
        RP_DECREF(v);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        RpObject *rhs = TOP();
        RpObject *lhs = SECOND();
        if ((oparg == RP_NB_INPLACE_ADD || oparg == RP_NB_ADD) && rp_str_check_exact(lhs) &&
            rp_str_check_exact(rhs)) {
            /* `s = s + t` / `s += t` into a local: extend s in place when
               nothing else refers to it (CPython 3.11's
               BINARY_OP_INPLACE_ADD_UNICODE), which keeps a loop of `+=`
               linear */
            rp_codeunit next = *next_instr;
            int nop = RP_OPCODE(next);
            int target = nop == OP_STORE_FAST ? RP_OPARG(next)
                         : nop == OP_STORE_FAST__LOAD_FAST ? (RP_OPARG(next) >> 12) : -1;
            if (target >= 0 && GETLOCAL(target) == lhs) {
                STACK_SHRINK(2);
                lhs->ob_refcnt--;          /* the stack's reference; the local keeps one */
                RP_REFTOTAL_ADD(-1);
                int err = rp_str_concat_inplace(&GETLOCAL(target), rhs);
                RP_DECREF(rhs);
                if (err < 0) {
                    goto error;
                }
                /* the store is done: skip it, or do only the load */
                next_instr++;
                if (nop == OP_STORE_FAST__LOAD_FAST) {
                    oparg = RP_OPARG(next) & 0xFFF;
                    RpObject *v = GETLOCAL(oparg);
                    if (v == NULL) {
                        goto unbound_local_error;
                    }
                    PUSH(rp_newref(v));
                }
                DISPATCH();
            }
            if ((nop == OP_STORE_NAME || nop == OP_STORE_GLOBAL) && lhs->ob_refcnt == 2) {
                /* the same at module level (CPython 3.10's
                   unicode_concatenate did it for STORE_NAME too): when the
                   namespace's reference is the only other one, rebind the
                   name to None for the duration of the append (the key
                   keeps its place in the dict) */
                RpObject *ns = nop == OP_STORE_GLOBAL ? frame->f_globals : frame->f_locals;
                RpObject *name = names[RP_OPARG(next)];
                if (ns != NULL && rp_dict_check_exact(ns) &&
                    rp_dict_get_borrow(ns, name) == lhs &&
                    rp_dict_set(ns, name, rp_None) == 0) {
                    STACK_SHRINK(2);
                    int err = rp_str_concat_inplace(&lhs, rhs);
                    RP_DECREF(rhs);
                    if (err < 0) {
                        goto error;
                    }
                    next_instr++;
                    err = rp_dict_set(ns, name, lhs);
                    RP_DECREF(lhs);
                    if (err < 0) {
                        goto error;
                    }
                    DISPATCH();
                }
                if (rp_err_occurred()) {
                    goto error;
                }
            }
        }
        STACK_SHRINK(1);
        RpObject *res = binary_op_fast(lhs, rhs, oparg);
        RP_DECREF(lhs);
        RP_DECREF(rhs);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        RpObject *right = TOP();
        RpObject *left = SECOND();
        rp_codeunit next = *next_instr;
        int nop = RP_OPCODE(next);
        if (nop == OP_POP_JUMP_IF_FALSE || nop == OP_POP_JUMP_IF_TRUE) {
            /* compare and branch in one go for two ints or two floats
               (CPython 3.11's COMPARE_OP_INT_JUMP / COMPARE_OP_FLOAT_JUMP):
               no bool is pushed, the jump instruction is consumed here */
            int res = compare_jump_fast(left, right, oparg);
            if (res >= 0) {
                STACK_SHRINK(2);
                RP_DECREF(left);
                RP_DECREF(right);
                frame->prev_instr = next_instr++;
                if (res == (nop == OP_POP_JUMP_IF_TRUE)) {
                    JUMPTO(RP_OPARG(next));
                }
                DISPATCH();
            }
        }
        STACK_SHRINK(1);
        RpObject *res = compare_op_fast(left, right, oparg);
        RP_DECREF(left);
        RP_DECREF(right);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(IS_OP) {
        RpObject *right = POP();
        RpObject *left = TOP();
        int res = (left == right) ^ oparg;
        RP_DECREF(left);
        RP_DECREF(right);
        SET_TOP(rp_newref(res ? rp_True : rp_False));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        RpObject *right = POP();
        RpObject *left = POP();
        int res = rp_sequence_contains(right, left);
        RP_DECREF(left);
        RP_DECREF(right);
        if (res < 0) {
            goto error;
        }
        PUSH(rp_newref((res ^ oparg) ? rp_True : rp_False));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        RpObject *t = rp_tuple_new(oparg);
        if (t == NULL) {
            goto error;
        }
        for (int i = oparg - 1; i >= 0; i--) {
            rp_tuple_set_steal(t, i, POP());
        }
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        RpObject *l = rp_list_new(oparg);
        if (l == NULL) {
            goto error;
        }
        for (int i = oparg - 1; i >= 0; i--) {
            rp_list_set_steal(l, i, POP());
        }
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        RpObject *s = build_set(stack_pointer - oparg, oparg);
        for (int i = 0; i < oparg; i++) {
            RpObject *item = POP();
            RP_DECREF(item);
        }
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        RpObject *d = build_map(stack_pointer - 2 * oparg, oparg);
        for (int i = 0; i < 2 * oparg; i++) {
            RpObject *item = POP();
            RP_DECREF(item);
        }
        if (d == NULL) {
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        RpObject *keys = TOP();
        RpObject *d = build_const_key_map(stack_pointer - 1 - oparg, keys, oparg);
        for (int i = 0; i <= oparg; i++) {
            RpObject *item = POP();
            RP_DECREF(item);
        }
        if (d == NULL) {
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        RpObject *s = build_string(stack_pointer - oparg, oparg);
        for (int i = 0; i < oparg; i++) {
            RpObject *item = POP();
            RP_DECREF(item);
        }
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        RpObject *step = oparg == 3 ? POP() : NULL;
        RpObject *stop = POP();
        RpObject *start = TOP();
        RpObject *slice = rp_slice_new(start, stop, step);
        RP_DECREF(start);
        RP_DECREF(stop);
        RP_XDECREF(step);
        SET_TOP(slice);
        if (slice == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        RpObject *v = POP();
        RpObject *list = PEEK(oparg);
        if (rp_list_append(list, v) < 0) {
            RP_DECREF(v);
            goto error;
        }
        RP_DECREF(v);
        DISPATCH();
    }

    TARGET(SET_ADD) {
        RpObject *v = POP();
        RpObject *set = PEEK(oparg);
        int err = rp_set_add(set, v);
        RP_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        RpObject *value = POP();
        RpObject *key = POP();
        RpObject *map = PEEK(oparg);
        int err = rp_dict_set(map, key, value);
        RP_DECREF(key);
        RP_DECREF(value);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        RpObject *iterable = POP();
        RpObject *list = PEEK(oparg);
        int err = list_extend(list, iterable);
        RP_DECREF(iterable);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        RpObject *iterable = POP();
        RpObject *set = PEEK(oparg);
        int err = set_update(set, iterable);
        RP_DECREF(iterable);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        RpObject *update = POP();
        RpObject *dict = PEEK(oparg);
        if (rp_dict_merge_unique(dict, update) < 0) {
            rp_format_kwargs_error(PEEK(2 + oparg), update);
            RP_DECREF(update);
            goto error;
        }
        RP_DECREF(update);
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        RpObject *update = POP();
        RpObject *dict = PEEK(oparg);
        int err = dict_update(dict, update);
        RP_DECREF(update);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        RpObject *list = TOP();
        RpObject *t = rp_list_as_tuple(list);
        RP_DECREF(list);
        SET_TOP(t);
        if (t == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        RpObject *seq = POP();
        if (rp_tuple_check_exact(seq) && rp_tuple_len(seq) == oparg) {
            RpObject **items = rp_tuple_items(seq);
            while (oparg--) {
                PUSH(rp_newref(items[oparg]));
            }
        }
        else if (rp_list_check_exact(seq) && rp_list_len(seq) == oparg) {
            RpObject **items = rp_list_items(seq);
            while (oparg--) {
                PUSH(rp_newref(items[oparg]));
            }
        }
        else if (unpack_iterable(seq, oparg, -1, stack_pointer + oparg)) {
            STACK_GROW(oparg);
        }
        else {
            RP_DECREF(seq);
            goto error;
        }
        RP_DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int totalargs = 1 + (oparg & 0xFF) + (oparg >> 8);
        RpObject *seq = POP();
        if (unpack_iterable(seq, oparg & 0xFF, oparg >> 8, stack_pointer + totalargs)) {
            stack_pointer += totalargs;
        }
        else {
            RP_DECREF(seq);
            goto error;
        }
        RP_DECREF(seq);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        RpObject *fmt_spec = (oparg & 4) ? POP() : NULL;
        RpObject *value = POP();
        RpObject *res = format_value(value, fmt_spec, oparg & 3);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        RpObject *cond = POP();
        if (cond == rp_False) {
            RP_DECREF(cond);
            JUMPTO(oparg);
        }
        else if (cond != rp_True) {
            int t = rp_object_is_true(cond);
            RP_DECREF(cond);
            if (t < 0) {
                goto error;
            }
            if (t == 0) {
                JUMPTO(oparg);
            }
        }
        else {
            RP_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        RpObject *cond = POP();
        if (cond == rp_True) {
            RP_DECREF(cond);
            JUMPTO(oparg);
        }
        else if (cond != rp_False) {
            int t = rp_object_is_true(cond);
            RP_DECREF(cond);
            if (t < 0) {
                goto error;
            }
            if (t) {
                JUMPTO(oparg);
            }
        }
        else {
            RP_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        RpObject *v = POP();
        if (v == rp_None) {
            JUMPTO(oparg);
        }
        RP_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        RpObject *v = POP();
        if (v != rp_None) {
            JUMPTO(oparg);
        }
        RP_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        RpObject *cond = TOP();
        int t;
        if (cond == rp_True) {
            t = 1;
        }
        else if (cond == rp_False) {
            t = 0;
        }
        else if ((t = rp_object_is_true(cond)) < 0) {
            goto error;
        }
        if (t) {
            STACK_SHRINK(1);
            RP_DECREF(cond);
        }
        else {
            JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        RpObject *cond = TOP();
        int t;
        if (cond == rp_True) {
            t = 1;
        }
        else if (cond == rp_False) {
            t = 0;
        }
        else if ((t = rp_object_is_true(cond)) < 0) {
            goto error;
        }
        if (!t) {
            STACK_SHRINK(1);
            RP_DECREF(cond);
        }
        else {
            JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        RpObject *iterable = TOP();
        RpObject *iter = rp_object_get_iter(iterable);
        RP_DECREF(iterable);
        SET_TOP(iter);
        if (iter == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        RpObject *iter = TOP();
        RpObject *next = RP_TYPE(iter)->tp_iternext(iter);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (rp_err_occurred()) {
            if (!rp_err_matches(&RpExc_StopIteration)) {
                goto error;
            }
            rp_err_clear();
        }
        STACK_SHRINK(1);
        RP_DECREF(iter);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        RpObject *retval = POP();
        SAVE_SP();
        ts->recursion_depth--;
        ts->frame = frame->previous;
        if (frame->is_entry) {
            return retval;
        }
        RpIFrame *prev = frame->previous;
        int init_nargs = frame->is_init ? frame->f_code->co_argcount - 1 : -1;
        pop_frame(ts, frame);
        frame = prev;
        SET_LOCALS_FROM_FRAME();
        if (RP_UNLIKELY(init_nargs >= 0)) {
            /* the end of `C(...)` (push_init_frame): [C, obj, args...] */
            for (int i = 1; i <= init_nargs; i++) {
                RP_DECREF(PEEK(i));      /* "the args tuple's" references */
            }
            if (retval != rp_None) {
                rp_err_format(&RpExc_TypeError, "__init__() should return None, not '%.200s'",
                              RP_TYPE(retval)->tp_name);
                RP_DECREF(retval);
                goto error;
            }
            RP_DECREF(retval);
            while (init_nargs-- > 0) {
                RpObject *a = POP();
                RP_DECREF(a);
            }
            RpObject *obj = POP();
            RP_DECREF(TOP());
            SET_TOP(obj);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL) {
        int is_meth = PEEK(oparg + 2) != NULL;
        RpObject *function = PEEK(oparg + 1);
        if (!is_meth && RP_TYPE(function) == &RpMethod_Type) {
            /* unpack a bound method: [func, self, args...] */
            RpObject *meth = ((RpMethodObject *)function)->im_func;
            RpObject *self = ((RpMethodObject *)function)->im_self;
            PEEK(oparg + 1) = rp_newref(self);
            PEEK(oparg + 2) = rp_newref(meth);
            RP_DECREF(function);
            is_meth = 1;
        }
        int total_args = oparg + is_meth;
        function = PEEK(total_args + 1);
        int positional = total_args - (kwnames ? (int)rp_tuple_len(kwnames) : 0);
        if (RP_TYPE(function) == &RpType_Type && !is_meth && kwnames == NULL) {
            RpIFrame *new_frame;
            int r = push_init_frame(ts, stack_pointer, total_args, &new_frame);
            if (r < 0) {
                goto error;
            }
            if (r > 0) {
                SAVE_SP();
                new_frame->previous = frame;
                frame = new_frame;
                ts->frame = frame;
                goto start_frame;
            }
        }
        if (RP_TYPE(function) == &RpFunction_Type) {
            RpFunctionObject *fn = (RpFunctionObject *)function;
            RpIFrame *new_frame;
            if (kwnames == NULL &&
                (new_frame = push_simple_frame(ts, fn, stack_pointer - total_args,
                                               total_args)) != NULL) {
                /* the frame took the function and the arguments */
                STACK_SHRINK(total_args + 2 - is_meth);
                SAVE_SP();
                new_frame->previous = frame;
                frame = new_frame;
                ts->frame = frame;
                goto start_frame;
            }
            RpObject *locals = (((RpCodeObject *)fn->func_code)->co_flags & RP_CO_OPTIMIZED)
                               ? NULL : fn->func_globals;
            STACK_SHRINK(total_args);
            new_frame = rp_frame_push_for_call(ts, fn, locals, stack_pointer,
                                               (size_t)positional, kwnames);
            kwnames = NULL;
            STACK_SHRINK(2 - is_meth);
            if (new_frame == NULL) {
                goto error;
            }
            SAVE_SP();
            new_frame->previous = frame;
            frame = new_frame;
            ts->frame = frame;
            goto start_frame;
        }
        RpObject *res = rp_call(function, stack_pointer - total_args, (size_t)positional, kwnames);
        kwnames = NULL;
        RP_DECREF(function);
        STACK_SHRINK(total_args);
        for (int i = 0; i < total_args; i++) {
            RP_DECREF(stack_pointer[i]);
        }
        STACK_SHRINK(2 - is_meth);
        PUSH(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        RpObject *kwargs = (oparg & 1) ? POP() : NULL;
        RpObject *callargs = POP();
        RpObject *func = TOP();
        RpObject *res = call_function_ex(func, callargs, kwargs);
        RP_DECREF(func);
        RP_DECREF(callargs);
        RP_XDECREF(kwargs);
        STACK_SHRINK(1);
        SET_TOP(res);   /* replaces the NULL */
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        RpObject *code = POP();
        int nextra = ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) +
                     ((oparg & 8) != 0);
        RpObject *func = make_function(frame, code, stack_pointer, oparg);
        RP_DECREF(code);
        if (func == NULL) {
            for (int i = 0; i < nextra; i++) {
                RpObject *v = POP();
                RP_DECREF(v);
            }
            goto error;
        }
        STACK_SHRINK(nextra);
        PUSH(func);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        RpObject *bc = load_build_class(frame);
        if (bc == NULL) {
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        RpObject *name = names[oparg];
        RpObject *fromlist = POP();
        RpObject *level = TOP();
        RpObject *res = rp_import_name_op(frame->f_builtins, frame->f_globals,
                                          frame->f_locals ? frame->f_locals : rp_None,
                                          name, fromlist, level);
        RP_DECREF(level);
        RP_DECREF(fromlist);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        RpObject *from = TOP();
        RpObject *res = rp_import_from(from, names[oparg]);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        RpObject *from = POP();
        RpObject *locals = frame->f_locals;
        int err;
        if (locals == NULL) {
            rp_err_set_string(&RpExc_SystemError, "no locals found during 'import *'");
            err = -1;
        }
        else {
            err = rp_import_star(from, locals);
        }
        RP_DECREF(from);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (setup_annotations(frame) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        RpObject *value = POP();
        int err = print_expr(value);
        RP_DECREF(value);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        RpObject *cause = NULL, *exc = NULL;
        switch (oparg) {
        case 2:
            cause = POP();
            /* fall through */
        case 1:
            exc = POP();
            /* fall through */
        case 0:
            if (do_raise(exc, cause)) {
                goto exception_unwind;
            }
            break;
        default:
            rp_err_set_string(&RpExc_SystemError, "bad RAISE_VARARGS oparg");
            break;
        }
        goto error;
    }

    TARGET(RERAISE) {
        if (oparg) {
            RpObject *lasti = PEEK(oparg + 1);
            if (rp_int_check(lasti)) {
                frame->prev_instr = first_instr + rp_int_as_long(lasti);
            }
            else {
                rp_err_set_string(&RpExc_SystemError, "lasti is not an int");
                goto error;
            }
        }
        RpObject *val = POP();
        rp_err_restore(val);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        RpObject *value = TOP();
        RpErrStackItem *exc_info = ts->exc_info;
        if (exc_info->exc_value != NULL) {
            SET_TOP(exc_info->exc_value);
        }
        else {
            SET_TOP(rp_none_new());
        }
        PUSH(rp_newref(value));
        exc_info->exc_value = value;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        RpErrStackItem *exc_info = ts->exc_info;
        RpObject *value = exc_info->exc_value;
        exc_info->exc_value = POP();
        RP_XDECREF(value);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        RpObject *right = POP();
        RpObject *left = TOP();
        if (check_except_type_valid(right) < 0) {
            RP_DECREF(right);
            goto error;
        }
        int res = rp_err_given_matches(left, right);
        RP_DECREF(right);
        PUSH(rp_newref(res ? rp_True : rp_False));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        RpObject *match_type = POP();
        if (check_except_type_valid(match_type) < 0) {
            RP_DECREF(match_type);
            goto error;
        }
        RpObject *match = NULL, *rest = NULL;
        int err = exception_group_match(TOP(), match_type, &match, &rest);
        RP_DECREF(match_type);
        if (err < 0) {
            goto error;
        }
        if (match == NULL || rest == NULL) {
            RP_XDECREF(match);
            RP_XDECREF(rest);
            goto error;
        }
        if (match == rp_None) {
            RP_DECREF(match);
            RP_DECREF(rest);
            PUSH(rp_none_new());
            DISPATCH();
        }
        /* [exc] -> [rest, match] and the match becomes sys.exc_info() */
        RpObject *exc = TOP();
        SET_TOP(rest);
        RP_DECREF(exc);
        PUSH(match);
        RP_XSETREF(ts->exc_info->exc_value, rp_newref(match));
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        RpObject *excs = POP();
        RpObject *orig = POP();
        RpObject *val = prep_reraise_star(orig, excs);
        RP_DECREF(excs);
        RP_DECREF(orig);
        if (val == NULL) {
            goto error;
        }
        PUSH(val);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(rp_newref(&RpExc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        RpObject *mgr = TOP();
        RpObject *exit = NULL, *res = NULL;
        if (before_with(mgr, &exit, &res, 0) < 0) {
            if (exit != NULL) {
                /* __enter__ failed: the manager is released, __exit__ too */
                SET_TOP(exit);
                RP_DECREF(mgr);
            }
            goto error;
        }
        SET_TOP(exit);
        RP_DECREF(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        RpObject *res = with_except_start(PEEK(4), TOP());
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        RpGenObject *gen = rp_gen_new_for_frame(frame);
        if (gen == NULL) {
            goto error;
        }
        SAVE_SP();
        RpIFrame *gen_frame = rp_gen_iframe(gen);
        rp_iframe_copy(frame, gen_frame);
        gen_frame->owner = RP_FRAME_OWNED_BY_GENERATOR;
        gen_frame->is_entry = 1;
        gen_frame->is_init = 0;
        gen_frame->previous = NULL;
        ts->recursion_depth--;
        ts->frame = frame->previous;
        if (!frame->is_entry) {
            RpIFrame *prev = frame->previous;
            rp_datastack_pop(ts, frame);
            frame = prev;
            SET_LOCALS_FROM_FRAME();
            PUSH((RpObject *)gen);
            DISPATCH();
        }
        return (RpObject *)gen;
    }

    TARGET(YIELD_VALUE) {
        RpObject *retval = POP();
        RpGenObject *gen = rp_gen_from_iframe(frame);
        gen->gi_frame_state = RP_FRAME_SUSPENDED;
        SAVE_SP();
        ts->recursion_depth--;
        ts->frame = frame->previous;
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        RpObject *iterable = TOP();
        RpObject *iter = get_yield_from_iter(frame, iterable);
        RP_DECREF(iterable);
        SET_TOP(iter);
        if (iter == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SEND) {
        RpObject *v = POP();
        RpObject *receiver = TOP();
        RpObject *retval = NULL;
        int status = rp_iter_send(receiver, v, &retval);
        RP_DECREF(v);
        if (status < 0) {
            goto error;
        }
        if (status == 0) {
            /* the sub-iterator returned: its value is the result */
            RP_DECREF(receiver);
            SET_TOP(retval);
            JUMPTO(oparg);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        RpObject *iterable = TOP();
        RpObject *iter = rp_coro_get_awaitable_iter(iterable);
        if (iter == NULL) {
            format_awaitable_error(RP_TYPE(iterable), oparg);
        }
        RP_DECREF(iterable);
        if (iter != NULL && rp_coro_check(iter)) {
            RpObject *yf = rp_gen_yf((RpGenObject *)iter);
            if (yf != NULL) {
                RP_DECREF(yf);
                RP_CLEAR(iter);
                rp_err_set_string(&RpExc_RuntimeError, "coroutine is being awaited already");
            }
        }
        SET_TOP(iter);
        if (iter == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_AITER) {
        RpObject *obj = TOP();
        RpTypeObject *type = RP_TYPE(obj);
        RpObject *meth = rp_object_lookup_special(obj, rp_id(__aiter__));
        if (meth == NULL) {
            if (!rp_err_occurred()) {
                rp_err_format(&RpExc_TypeError,
                              "'async for' requires an object with __aiter__ method, got %.100s",
                              type->tp_name);
            }
            goto error;
        }
        RpObject *iter = rp_call_noargs(meth);
        RP_DECREF(meth);
        RP_DECREF(obj);
        SET_TOP(iter);
        if (iter == NULL) {
            goto error;
        }
        if (rp_type_lookup_borrow(RP_TYPE(iter), rp_id(__anext__)) == NULL) {
            rp_err_format(&RpExc_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                          RP_TYPE(iter)->tp_name);
            SET_TOP(NULL);
            RP_DECREF(iter);
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        RpObject *aiter = TOP();
        RpObject *meth = rp_object_lookup_special(aiter, rp_id(__anext__));
        if (meth == NULL) {
            if (!rp_err_occurred()) {
                rp_err_format(&RpExc_TypeError,
                              "'async for' requires an iterator with __anext__ method, got %.100s",
                              RP_TYPE(aiter)->tp_name);
            }
            goto error;
        }
        RpObject *next_iter = rp_call_noargs(meth);
        RP_DECREF(meth);
        if (next_iter == NULL) {
            goto error;
        }
        RpObject *awaitable = rp_coro_get_awaitable_iter(next_iter);
        if (awaitable == NULL) {
            rp_err_format(&RpExc_TypeError,
                          "'async for' received an invalid object from __anext__: %.100s",
                          RP_TYPE(next_iter)->tp_name);
            RP_DECREF(next_iter);
            goto error;
        }
        RP_DECREF(next_iter);
        PUSH(awaitable);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        RpObject *val = POP();
        if (rp_type_is_subtype(RP_TYPE(val), &RpExc_StopAsyncIteration)) {
            RP_DECREF(val);
            RpObject *aiter = POP();
            RP_DECREF(aiter);
            DISPATCH();
        }
        rp_err_restore(val);
        goto exception_unwind;
    }

    TARGET(BEFORE_ASYNC_WITH) {
        RpObject *mgr = TOP();
        RpObject *exit = NULL, *res = NULL;
        if (before_with(mgr, &exit, &res, 1) < 0) {
            if (exit != NULL) {
                SET_TOP(exit);
                RP_DECREF(mgr);
            }
            goto error;
        }
        SET_TOP(exit);
        RP_DECREF(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP) {
        rp_err_set_string(&RpExc_SystemError, "asynchronous generators are not supported");
        goto error;
    }

    TARGET(GET_LEN) {
        rp_ssize_t n = rp_object_len(TOP());
        if (n < 0) {
            goto error;
        }
        RpObject *len = rp_int_from_ssize_t(n);
        if (len == NULL) {
            goto error;
        }
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        RpObject *subject = TOP();
        int m = rp_type_has_feature(RP_TYPE(subject), RP_TPFLAGS_DICT_SUBCLASS) ||
                rp_match_is_mapping(subject);
        PUSH(rp_newref(m ? rp_True : rp_False));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        RpObject *subject = TOP();
        int m = rp_match_is_sequence(subject);
        PUSH(rp_newref(m ? rp_True : rp_False));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        RpObject *keys = TOP();
        RpObject *subject = SECOND();
        RpObject *values = rp_match_keys(subject, keys);
        if (values == NULL) {
            goto error;
        }
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        RpObject *names_ = POP();
        RpObject *type = POP();
        RpObject *subject = TOP();
        RpObject *attrs = rp_match_class(subject, type, oparg, names_);
        RP_DECREF(names_);
        RP_DECREF(type);
        if (attrs != NULL) {
            SET_TOP(attrs);
        }
        else if (rp_err_occurred()) {
            goto error;
        }
        else {
            SET_TOP(rp_none_new());
        }
        RP_DECREF(subject);
        DISPATCH();
    }

#ifdef RP_USE_SWITCH
    default:
        rp_err_format(&RpExc_SystemError, "unknown opcode %d", opcode);
        goto error;
    }
#endif

unbound_local_error:
    format_exc_check_arg(&RpExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG,
                         rp_tuple_get_borrow(frame->f_code->co_localsplusnames, oparg));
    goto error;

error:
    kwnames = NULL;
    if (rp_err_occurred() == NULL) {
        rp_err_set_string(&RpExc_SystemError, "error return without exception set");
    }
    /* a traceback entry for this frame */
    if (rp_traceback_here(frame) < 0) {
        /* out of memory: the exception still propagates */
    }

exception_unwind: {
        int offset = (int)(next_instr - first_instr) - 1;
        RpExceptEntry h;
        if (!rp_code_find_handler(frame->f_code, offset, &h)) {
            /* no handler: leave the frame */
            RpObject **base = rp_iframe_stackbase(frame);
            while (stack_pointer > base) {
                RpObject *o = POP();
                RP_XDECREF(o);
            }
            SAVE_SP();
            goto exit_unwind;
        }
        int level = (int)(h.depth_lasti >> 1);
        RpObject **new_top = rp_iframe_stackbase(frame) + level;
        while (stack_pointer > new_top) {
            RpObject *v = POP();
            RP_XDECREF(v);
        }
        if (h.depth_lasti & 1) {
            RpObject *lasti = rp_int_from_long((long)(frame->prev_instr - first_instr));
            if (lasti == NULL) {
                goto exception_unwind;
            }
            PUSH(lasti);
        }
        RpObject *exc = rp_err_fetch();
        if (rp_exception_get_traceback_borrow(exc) == NULL) {
            rp_exception_set_traceback(exc, rp_none_new());
        }
        PUSH(exc);
        JUMPTO((int)h.target);
        DISPATCH();
    }

exit_unwind:
    ts->recursion_depth--;
    ts->frame = frame->previous;
    if (frame->is_entry) {
        return NULL;
    }
    {
        RpIFrame *prev = frame->previous;
        if (RP_UNLIKELY(frame->is_init)) {
            /* push_init_frame's extra references to the arguments */
            RpObject **sp = prev->localsplus + prev->stacktop;
            for (int i = 1; i < frame->f_code->co_argcount; i++) {
                RP_DECREF(sp[-i]);
            }
        }
        rp_frame_clear_and_pop(ts, frame);
        frame = prev;
        ts->frame = frame;
    }

resume_with_error:
    SET_LOCALS_FROM_FRAME();
    goto error;
}

/* ---- exception groups (except*) ------------------------------------------------ */

static int exception_group_match(RpObject *exc_value, RpObject *match_type,
                                 RpObject **match, RpObject **rest)
{
    if (exc_value == rp_None) {
        *match = rp_none_new();
        *rest = rp_none_new();
        return 0;
    }
    if (rp_err_given_matches(exc_value, match_type)) {
        /* the whole exception matches: wrap a naked one in a group */
        int is_eg = rp_type_is_subtype(RP_TYPE(exc_value), &RpExc_BaseExceptionGroup);
        if (is_eg) {
            *match = rp_newref(exc_value);
        }
        else {
            RpObject *excs = rp_tuple_pack(1, exc_value);
            RpObject *msg = rp_str_from_cstr("");
            RpObject *args[2] = { msg, excs };
            RpObject *wrapped = (excs && msg) ? rp_call(( RpObject *)&RpExc_BaseExceptionGroup, args, 2, NULL) : NULL;
            RP_XDECREF(excs);
            RP_XDECREF(msg);
            if (wrapped == NULL) {
                return -1;
            }
            RpObject *tb = rp_exception_get_traceback_borrow(exc_value);
            if (tb != NULL) {
                rp_exception_set_traceback(wrapped, rp_newref(tb));
            }
            *match = wrapped;
        }
        *rest = rp_none_new();
        return 0;
    }
    if (rp_type_is_subtype(RP_TYPE(exc_value), &RpExc_BaseExceptionGroup)) {
        RpObject *pair = rp_call_method_str(exc_value, "split", &match_type, 1);
        if (pair == NULL) {
            return -1;
        }
        if (!rp_tuple_check(pair) || rp_tuple_len(pair) != 2) {
            rp_err_format(&RpExc_TypeError,
                          "%.200s.split must return a 2-tuple, got %.200s",
                          RP_TYPE(exc_value)->tp_name, RP_TYPE(pair)->tp_name);
            RP_DECREF(pair);
            return -1;
        }
        *match = rp_newref(rp_tuple_get_borrow(pair, 0));
        *rest = rp_newref(rp_tuple_get_borrow(pair, 1));
        RP_DECREF(pair);
        return 0;
    }
    *match = rp_none_new();
    *rest = rp_none_new();
    return 0;
}

/* What remains to be raised after the except* clauses: the exceptions
 * raised in them plus the unhandled rest (simplified from CPython's
 * _PyExc_PrepReraiseStar: without keeping the original group's shape). */
static RpObject *prep_reraise_star(RpObject *orig, RpObject *excs)
{
    rp_ssize_t n = rp_list_len(excs);
    RpObject *raised = rp_list_new(0);
    if (raised == NULL) {
        return NULL;
    }
    RpObject *rest = NULL;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *e = rp_list_get_borrow(excs, i);
        if (e == rp_None) {
            continue;
        }
        if (i == n - 1) {
            rest = e;   /* the unhandled part of the original group */
            continue;
        }
        if (rp_list_append(raised, e) < 0) {
            RP_DECREF(raised);
            return NULL;
        }
    }
    if (rp_list_len(raised) == 0) {
        RP_DECREF(raised);
        return rp_newref(rest ? rest : rp_None);
    }
    if (rest != NULL && rp_list_append(raised, rest) < 0) {
        RP_DECREF(raised);
        return NULL;
    }
    if (rp_list_len(raised) == 1) {
        RpObject *only = rp_newref(rp_list_get_borrow(raised, 0));
        RP_DECREF(raised);
        return only;
    }
    RpObject *msg = rp_call_method_str(orig, "__str__", NULL, 0);
    RpObject *args[2] = { msg, raised };
    RpObject *eg = msg ? rp_call((RpObject *)&RpExc_BaseExceptionGroup, args, 2, NULL) : NULL;
    RP_XDECREF(msg);
    RP_DECREF(raised);
    return eg;
}

/* ---- the running frame --------------------------------------------------------- */

RpIFrame *rp_eval_current_frame(void)
{
    return rp_tstate()->frame;
}

RpObject *rp_eval_get_globals_borrow(void)
{
    RpIFrame *f = rp_tstate()->frame;
    return f ? f->f_globals : NULL;
}

RpObject *rp_eval_get_builtins_borrow(void)
{
    RpIFrame *f = rp_tstate()->frame;
    return f ? f->f_builtins : rp_runtime.builtins_dict;
}

RpObject *rp_eval_get_locals(void)
{
    RpIFrame *f = rp_tstate()->frame;
    if (f == NULL) {
        return rp_err_set_string(&RpExc_SystemError, "frame does not exist");
    }
    return rp_iframe_get_locals(f);
}

RpObject *rp_eval_get_frame(int depth)
{
    RpIFrame *f = rp_tstate()->frame;
    while (depth > 0 && f != NULL) {
        f = f->previous;
        depth--;
    }
    if (f == NULL) {
        return NULL;
    }
    RpFrameObject *fo = rp_iframe_get_frame_object(f);
    return fo ? rp_newref(fo) : NULL;
}

RpObject *rp_eval_class_body(RpObject *func, RpObject *ns)
{
    return rp_eval_vector((RpFunctionObject *)func, ns, NULL, 0, NULL);
}

int rp_eval_super_args(RpTypeObject **type_out, RpObject **obj_out)
{
    RpIFrame *f = rp_tstate()->frame;
    if (f == NULL) {
        rp_err_set_string(&RpExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    RpCodeObject *co = f->f_code;
    if (co->co_argcount == 0) {
        rp_err_set_string(&RpExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    RpObject *firstarg = f->localsplus[0];
    /* the first argument may have been turned into a cell */
    if (firstarg != NULL && (rp_code_localkind(co, 0) & RP_CO_FAST_CELL) &&
        rp_cell_check(firstarg) && rp_iframe_lasti(f) >= 0) {
        firstarg = rp_cell_get_borrow(firstarg);
    }
    if (firstarg == NULL) {
        rp_err_set_string(&RpExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; i++) {
        RpObject *name = rp_tuple_get_borrow(co->co_localsplusnames, i);
        if (rp_str_eq_cstr(name, "__class__")) {
            RpObject *cell = f->localsplus[i];
            if (cell == NULL || !rp_cell_check(cell)) {
                rp_err_set_string(&RpExc_RuntimeError, "super(): bad __class__ cell");
                return -1;
            }
            RpObject *type = rp_cell_get_borrow(cell);
            if (type == NULL) {
                rp_err_set_string(&RpExc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!rp_type_check(type)) {
                rp_err_format(&RpExc_RuntimeError, "super(): __class__ is not a type (%s)",
                              RP_TYPE(type)->tp_name);
                return -1;
            }
            *type_out = (RpTypeObject *)type;
            *obj_out = firstarg;
            return 0;
        }
    }
    rp_err_set_string(&RpExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}
