/* abstract.c - the object protocol, part 1: repr/str/format/hash/truth,
 * rich comparison, attributes, calls, isinstance/issubclass.
 * (Numbers, sequences, mappings and iteration are in abstract_ops.c.)
 *
 * Models CPython 3.11's Objects/object.c and Objects/abstract.c: the same
 * dispatch order through the type slots, the same fallbacks and the same
 * error messages.
 */
#include "abstract.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/boolobject.h"
#include "../objects/descrobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/methodobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeinternal.h"
#include "../objects/typeobject.h"
#include "errors.h"

/* ---- repr, str, ascii, format ---------------------------------------------------- */

RpObject *rp_object_repr(RpObject *o)
{
    RpTypeObject *tp = rp_type(o);
    if (tp->tp_repr == NULL) {
        return rp_str_from_format("<%s object at %p>", tp->tp_name, (void *)o);
    }
    if (rp_enter_recursive_call(" while getting the repr of an object") < 0) {
        return NULL;
    }
    RpObject *res = tp->tp_repr(o);
    rp_leave_recursive_call();
    if (res == NULL) {
        return NULL;
    }
    if (!rp_str_check(res)) {
        rp_err_format(&RpExc_TypeError, "__repr__ returned non-string (type %.200s)",
                      rp_type(res)->tp_name);
        rp_decref(res);
        return NULL;
    }
    return res;
}

RpObject *rp_object_str(RpObject *o)
{
    if (rp_str_check_exact(o)) {
        return rp_newref(o);
    }
    RpTypeObject *tp = rp_type(o);
    if (tp->tp_str == NULL) {
        return rp_object_repr(o);
    }
    if (rp_enter_recursive_call(" while getting the str of an object") < 0) {
        return NULL;
    }
    RpObject *res = tp->tp_str(o);
    rp_leave_recursive_call();
    if (res == NULL) {
        return NULL;
    }
    if (!rp_str_check(res)) {
        rp_err_format(&RpExc_TypeError, "__str__ returned non-string (type %.200s)",
                      rp_type(res)->tp_name);
        rp_decref(res);
        return NULL;
    }
    return res;
}

RpObject *rp_object_ascii(RpObject *o)
{
    RpObject *repr = rp_object_repr(o);
    if (repr == NULL) {
        return NULL;
    }
    if (rp_str_is_ascii(repr)) {
        return repr;
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    rp_ssize_t n = rp_str_len(repr);
    static const char hex[] = "0123456789abcdef";
    for (rp_ssize_t i = 0; i < n; i++) {
        uint32_t ch = rp_str_read_char(repr, i);
        char buf[12];
        int len = 0;
        if (ch < 128) {
            buf[len++] = (char)ch;
        } else if (ch < 0x100) {
            buf[len++] = '\\';
            buf[len++] = 'x';
            buf[len++] = hex[(ch >> 4) & 15];
            buf[len++] = hex[ch & 15];
        } else if (ch < 0x10000) {
            buf[len++] = '\\';
            buf[len++] = 'u';
            for (int s = 12; s >= 0; s -= 4) {
                buf[len++] = hex[(ch >> s) & 15];
            }
        } else {
            buf[len++] = '\\';
            buf[len++] = 'U';
            for (int s = 28; s >= 0; s -= 4) {
                buf[len++] = hex[(ch >> s) & 15];
            }
        }
        if (rp_strwriter_write_ascii(&w, buf, len) < 0) {
            rp_strwriter_discard(&w);
            rp_decref(repr);
            return NULL;
        }
    }
    rp_decref(repr);
    return rp_strwriter_finish(&w);
}

RpObject *rp_object_format(RpObject *o, RpObject *spec)
{
    if (spec != NULL && !rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "Format specifier must be a string, not %.200s",
                             rp_type(spec)->tp_name);
    }
    int empty = spec == NULL || rp_str_len(spec) == 0;
    if (empty) {
        if (rp_str_check_exact(o)) {
            return rp_newref(o);
        }
        if (rp_int_check_exact(o)) {
            return rp_object_str(o);
        }
    }
    RpObject *meth = rp_object_lookup_special(o, rp_id(__format__));
    if (meth == NULL) {
        if (!rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError, "Type %.100s doesn't define __format__",
                          rp_type(o)->tp_name);
        }
        return NULL;
    }
    RpObject *s = spec ? spec : rp_str_empty_borrow();
    RpObject *res = rp_call_one(meth, s);
    rp_decref(meth);
    if (res != NULL && !rp_str_check(res)) {
        rp_err_format(&RpExc_TypeError, "__format__ must return a str, not %.200s",
                      rp_type(res)->tp_name);
        rp_decref(res);
        return NULL;
    }
    return res;
}

/* ---- hash and truth ---------------------------------------------------------------- */

rp_hash_t rp_object_hash_not_implemented(RpObject *o)
{
    rp_err_format(&RpExc_TypeError, "unhashable type: '%.200s'", rp_type(o)->tp_name);
    return -1;
}

rp_hash_t rp_object_hash(RpObject *o)
{
    RpTypeObject *tp = rp_type(o);
    if (RP_LIKELY(tp->tp_hash != NULL)) {
        return tp->tp_hash(o);
    }
    /* a type not readied yet inherits on the fly */
    if (!(tp->tp_flags & RP_TPFLAGS_READY)) {
        if (rp_type_ready(tp) < 0) {
            return -1;
        }
        if (tp->tp_hash != NULL) {
            return tp->tp_hash(o);
        }
    }
    return rp_object_hash_not_implemented(o);
}

int rp_object_is_true(RpObject *o)
{
    if (o == rp_True) {
        return 1;
    }
    if (o == rp_False || o == rp_None) {
        return 0;
    }
    RpTypeObject *tp = rp_type(o);
    rp_ssize_t res;
    if (tp->nb_bool != NULL) {
        return tp->nb_bool(o);
    }
    if (tp->mp_length != NULL) {
        res = tp->mp_length(o);
    } else if (tp->sq_length != NULL) {
        res = tp->sq_length(o);
    } else {
        return 1;
    }
    return res > 0 ? 1 : (int)res;
}

int rp_object_not(RpObject *o)
{
    int r = rp_object_is_true(o);
    return r < 0 ? r : r == 0;
}

/* ---- rich comparison ------------------------------------------------------------------ */

static const int swapped_op[] = { RP_GT, RP_GE, RP_EQ, RP_NE, RP_LT, RP_LE };
static const char *const opstrings[] = { "<", "<=", "==", "!=", ">", ">=" };

static RpObject *do_richcompare(RpObject *v, RpObject *w, int op)
{
    rp_richcmpfunc f;
    int checked_reverse = 0;
    RpTypeObject *tv = rp_type(v), *tw = rp_type(w);
    if (tv != tw && rp_type_is_subtype(tw, tv) && (f = tw->tp_richcompare) != NULL) {
        checked_reverse = 1;
        RpObject *res = f(w, v, swapped_op[op]);
        if (res != rp_NotImplemented) {
            return res;
        }
        rp_decref(res);
    }
    if ((f = tv->tp_richcompare) != NULL) {
        RpObject *res = f(v, w, op);
        if (res != rp_NotImplemented) {
            return res;
        }
        rp_decref(res);
    }
    if (!checked_reverse && (f = tw->tp_richcompare) != NULL) {
        RpObject *res = f(w, v, swapped_op[op]);
        if (res != rp_NotImplemented) {
            return res;
        }
        rp_decref(res);
    }
    switch (op) {
    case RP_EQ:
        return rp_bool_from_long(v == w);
    case RP_NE:
        return rp_bool_from_long(v != w);
    default:
        return rp_err_format(&RpExc_TypeError,
                             "'%s' not supported between instances of '%.100s' and '%.100s'",
                             opstrings[op], tv->tp_name, tw->tp_name);
    }
}

RpObject *rp_object_richcompare(RpObject *v, RpObject *w, int op)
{
    if (rp_enter_recursive_call(" in comparison") < 0) {
        return NULL;
    }
    RpObject *res = do_richcompare(v, w, op);
    rp_leave_recursive_call();
    return res;
}

int rp_object_richcompare_bool(RpObject *v, RpObject *w, int op)
{
    if (v == w) {
        if (op == RP_EQ) {
            return 1;
        }
        if (op == RP_NE) {
            return 0;
        }
    }
    RpObject *res = rp_object_richcompare(v, w, op);
    if (res == NULL) {
        return -1;
    }
    int ok = rp_bool_check(res) ? res == rp_True : rp_object_is_true(res);
    rp_decref(res);
    return ok;
}

RpObject *rp_object_type(RpObject *o)
{
    return rp_newref(rp_type(o));
}

const char *rp_object_type_name(RpObject *o)
{
    return rp_type_name(rp_type(o));
}

RpObject *rp_object_dir(RpObject *o)
{
    RpObject *dirfunc = rp_object_lookup_special(o, rp_id(__dir__));
    if (dirfunc == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_string(&RpExc_TypeError, "object does not provide __dir__");
        }
        return NULL;
    }
    RpObject *res = rp_call_noargs(dirfunc);
    rp_decref(dirfunc);
    if (res == NULL) {
        return NULL;
    }
    RpObject *list = rp_sequence_list(res);
    rp_decref(res);
    if (list == NULL) {
        return NULL;
    }
    if (rp_list_sort(list) < 0) {
        rp_decref(list);
        return NULL;
    }
    return list;
}

/* ---- attributes -------------------------------------------------------------------------- */

RpObject *rp_object_getattr(RpObject *o, RpObject *name)
{
    RpTypeObject *tp = rp_type(o);
    if (RP_UNLIKELY(!rp_str_check(name))) {
        return rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                             rp_type(name)->tp_name);
    }
    RpObject *res;
    if (tp->tp_getattro != NULL) {
        res = tp->tp_getattro(o, name);
    } else {
        rp_err_format(&RpExc_AttributeError, "'%.50s' object has no attribute '%U'", tp->tp_name,
                      name);
        res = NULL;
    }
    if (res == NULL) {
        rp_set_attribute_error_context(o, name);
    }
    return res;
}

RpObject *rp_object_getattr_str(RpObject *o, const char *name)
{
    RpObject *n = rp_str_intern_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    RpObject *r = rp_object_getattr(o, n);
    rp_decref(n);
    return r;
}

int rp_object_lookup_attr(RpObject *o, RpObject *name, RpObject **result)
{
    RpTypeObject *tp = rp_type(o);
    if (RP_UNLIKELY(!rp_str_check(name))) {
        *result = NULL;
        rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                      rp_type(name)->tp_name);
        return -1;
    }
    if (tp->tp_getattro == rp_object_generic_getattr) {
        *result = rp_generic_getattr_impl(o, name, NULL, 1);
        if (*result != NULL) {
            return 1;
        }
        return rp_err_occurred() ? -1 : 0;
    }
    if (tp->tp_getattro == NULL) {
        *result = NULL;
        return 0;
    }
    *result = tp->tp_getattro(o, name);
    if (*result != NULL) {
        return 1;
    }
    if (!rp_err_matches(&RpExc_AttributeError)) {
        return -1;
    }
    rp_err_clear();
    return 0;
}

int rp_object_setattr(RpObject *o, RpObject *name, RpObject *value)
{
    RpTypeObject *tp = rp_type(o);
    if (RP_UNLIKELY(!rp_str_check(name))) {
        rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                      rp_type(name)->tp_name);
        return -1;
    }
    if (tp->tp_setattro != NULL) {
        rp_incref(name);
        if (rp_str_check_exact(name) && !rp_str_is_interned(name)) {
            rp_str_intern_inplace(&name);
        }
        int r = tp->tp_setattro(o, name, value);
        rp_decref(name);
        return r;
    }
    if (tp->tp_getattro == NULL) {
        rp_err_format(&RpExc_TypeError, "'%.100s' object has no attributes (%s .%U)", tp->tp_name,
                      value == NULL ? "del" : "assign to", name);
    } else {
        rp_err_format(&RpExc_TypeError, "'%.100s' object has only read-only attributes (%s .%U)",
                      tp->tp_name, value == NULL ? "del" : "assign to", name);
    }
    return -1;
}

int rp_object_setattr_str(RpObject *o, const char *name, RpObject *value)
{
    RpObject *n = rp_str_intern_cstr(name);
    if (n == NULL) {
        return -1;
    }
    int r = rp_object_setattr(o, n, value);
    rp_decref(n);
    return r;
}

int rp_object_delattr(RpObject *o, RpObject *name)
{
    return rp_object_setattr(o, name, NULL);
}

int rp_object_hasattr(RpObject *o, RpObject *name)
{
    RpObject *r;
    int ok = rp_object_lookup_attr(o, name, &r);
    if (ok < 0) {
        rp_err_clear();
        return 0;
    }
    rp_xdecref(r);
    return ok;
}

int rp_object_get_method(RpObject *obj, RpObject *name, RpObject **method)
{
    RpTypeObject *tp = rp_type(obj);
    if (tp->tp_getattro != rp_object_generic_getattr || !rp_str_check(name)) {
        *method = rp_object_getattr(obj, name);
        return *method == NULL ? -1 : 0;
    }
    RpObject *descr = rp_type_lookup_borrow(tp, name);
    rp_descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr != NULL) {
        rp_incref(descr);
        if (rp_type(descr)->tp_flags & RP_TPFLAGS_METHOD_DESCRIPTOR) {
            meth_found = 1;
        } else {
            f = rp_type(descr)->tp_descr_get;
            if (f != NULL && rp_type(descr)->tp_descr_set != NULL) {
                *method = f(descr, obj, (RpObject *)tp);
                rp_decref(descr);
                return *method == NULL ? -1 : 0;
            }
        }
    }
    /* the instance's own attributes shadow non-data descriptors */
    RpObject *attr = NULL;
    if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        RpDictValues *v = *rp_managed_values_ptr(obj);
        if (v != NULL) {
            attr = rp_dictvalues_get_borrow(tp->ht_cached_keys, v, name);
        } else {
            RpObject *dict = *rp_managed_dict_ptr(obj);
            if (dict != NULL) {
                attr = rp_dict_get_borrow(dict, name);
            }
        }
    } else if (tp->tp_dictoffset != 0) {
        RpObject **dp = rp_object_dict_ptr(obj);
        if (dp != NULL && *dp != NULL) {
            attr = rp_dict_get_borrow(*dp, name);
        }
    }
    if (attr != NULL) {
        *method = rp_newref(attr);
        rp_xdecref(descr);
        return 0;
    }
    if (rp_err_occurred()) {
        rp_xdecref(descr);
        *method = NULL;
        return -1;
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f != NULL) {
        *method = f(descr, obj, (RpObject *)tp);
        rp_decref(descr);
        return *method == NULL ? -1 : 0;
    }
    if (descr != NULL) {
        *method = descr;
        return 0;
    }
    rp_raise_no_attribute(obj, name);
    *method = NULL;
    return -1;
}

/* ---- calls ------------------------------------------------------------------------------------ */

RpObject *rp_call(RpObject *callable, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    rp_vectorcallfunc f = rp_type(callable)->tp_call;
    if (RP_UNLIKELY(f == NULL)) {
        return rp_err_format(&RpExc_TypeError, "'%.200s' object is not callable",
                             rp_type(callable)->tp_name);
    }
    RpObject *res = f(callable, args, nargs, kwnames);
    return res;
}

RpObject *rp_call_tuple_dict(RpObject *callable, RpObject *args, RpObject *kwargs)
{
    rp_ssize_t n = rp_tuple_len(args);
    rp_ssize_t nkw = (kwargs != NULL) ? rp_dict_size(kwargs) : 0;
    if (nkw == 0) {
        return rp_call(callable, rp_tuple_items(args), (size_t)n, NULL);
    }
    RpObject **stack = rp_mem_malloc(sizeof(RpObject *) * (size_t)(n + nkw));
    if (stack == NULL) {
        return rp_err_nomemory();
    }
    RpObject *kwnames = rp_tuple_new(nkw);
    if (kwnames == NULL) {
        rp_mem_free(stack);
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        stack[i] = rp_tuple_get_borrow(args, i);
    }
    rp_ssize_t pos = 0, i = 0;
    RpObject *key, *value;
    int bad = 0;
    while (rp_dict_next(kwargs, &pos, &key, &value)) {
        if (!rp_str_check(key)) {
            bad = 1;
        }
        rp_tuple_set_steal(kwnames, i, rp_newref(key));
        stack[n + i] = value;
        i++;
    }
    RpObject *res;
    if (bad) {
        res = rp_err_set_string(&RpExc_TypeError, "keywords must be strings");
    } else {
        /* the values are borrowed from the dict: keep it alive */
        rp_incref(kwargs);
        res = rp_call(callable, stack, (size_t)n, kwnames);
        rp_decref(kwargs);
    }
    rp_decref(kwnames);
    rp_mem_free(stack);
    return res;
}

RpObject *rp_call_noargs(RpObject *callable)
{
    return rp_call(callable, NULL, 0, NULL);
}

RpObject *rp_call_one(RpObject *callable, RpObject *arg)
{
    return rp_call(callable, &arg, 1, NULL);
}

RpObject *rp_call_two(RpObject *callable, RpObject *a, RpObject *b)
{
    RpObject *args[2] = { a, b };
    return rp_call(callable, args, 2, NULL);
}

RpObject *rp_call_method(RpObject *o, RpObject *name, RpObject *const *args, size_t nargs)
{
    RpObject *meth;
    int r = rp_object_get_method(o, name, &meth);
    if (r < 0) {
        return NULL;
    }
    RpObject *res = r ? rp_call_prepend(meth, o, args, nargs, NULL)
                      : rp_call(meth, args, nargs, NULL);
    rp_decref(meth);
    return res;
}

RpObject *rp_call_method_str(RpObject *o, const char *name, RpObject *const *args, size_t nargs)
{
    RpObject *n = rp_str_intern_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    RpObject *r = rp_call_method(o, n, args, nargs);
    rp_decref(n);
    return r;
}

int rp_callable_check(RpObject *o)
{
    return rp_type(o)->tp_call != NULL;
}

/* ---- isinstance / issubclass ----------------------------------------------------------------- */

static RpObject *abstract_get_bases(RpObject *cls)
{
    RpObject *bases;
    if (rp_object_lookup_attr(cls, rp_id(__bases__), &bases) < 0) {
        return NULL;
    }
    if (bases != NULL && !rp_tuple_check(bases)) {
        RP_CLEAR(bases);
    }
    return bases;
}

static int abstract_issubclass(RpObject *derived, RpObject *cls)
{
    for (;;) {
        if (derived == cls) {
            return 1;
        }
        RpObject *bases = abstract_get_bases(derived);
        if (bases == NULL) {
            return rp_err_occurred() ? -1 : 0;
        }
        rp_ssize_t n = rp_tuple_len(bases);
        if (n == 0) {
            rp_decref(bases);
            return 0;
        }
        if (n == 1) {
            derived = rp_tuple_get_borrow(bases, 0);
            rp_decref(bases);   /* the tuple's items live in the class */
            continue;
        }
        int r = 0;
        for (rp_ssize_t i = 0; i < n; i++) {
            r = abstract_issubclass(rp_tuple_get_borrow(bases, i), cls);
            if (r != 0) {
                break;
            }
        }
        rp_decref(bases);
        return r;
    }
}

static int check_class(RpObject *cls, const char *error)
{
    RpObject *bases = abstract_get_bases(cls);
    if (bases == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_string(&RpExc_TypeError, error);
        }
        return 0;
    }
    rp_decref(bases);
    return -1;
}

int rp_object_real_is_instance(RpObject *inst, RpObject *cls);
int rp_object_real_is_instance(RpObject *inst, RpObject *cls)
{
    int retval;
    if (rp_type_check(cls)) {
        retval = rp_object_type_check(inst, (RpTypeObject *)cls);
        if (retval == 0) {
            RpObject *icls;
            if (rp_object_lookup_attr(inst, rp_id(__class__), &icls) < 0) {
                return -1;
            }
            if (icls != NULL) {
                if (icls != (RpObject *)rp_type(inst) && rp_type_check(icls)) {
                    retval = rp_type_is_subtype((RpTypeObject *)icls, (RpTypeObject *)cls);
                }
                rp_decref(icls);
            }
        }
        return retval;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) {
        return -1;
    }
    RpObject *icls;
    if (rp_object_lookup_attr(inst, rp_id(__class__), &icls) < 0) {
        return -1;
    }
    if (icls == NULL) {
        return 0;
    }
    retval = abstract_issubclass(icls, cls);
    rp_decref(icls);
    return retval;
}

int rp_object_is_instance(RpObject *inst, RpObject *cls)
{
    if ((RpObject *)rp_type(inst) == cls) {
        return 1;
    }
    if (rp_type_check_exact(cls)) {
        return rp_object_real_is_instance(inst, cls);
    }
    if (rp_tuple_check(cls)) {
        if (rp_enter_recursive_call(" in __instancecheck__") < 0) {
            return -1;
        }
        int r = 0;
        for (rp_ssize_t i = 0; i < rp_tuple_len(cls); i++) {
            r = rp_object_is_instance(inst, rp_tuple_get_borrow(cls, i));
            if (r != 0) {
                break;
            }
        }
        rp_leave_recursive_call();
        return r;
    }
    RpObject *checker = rp_object_lookup_special(cls, rp_id(__instancecheck__));
    if (checker != NULL) {
        if (rp_enter_recursive_call(" in __instancecheck__") < 0) {
            rp_decref(checker);
            return -1;
        }
        RpObject *res = rp_call_one(checker, inst);
        rp_leave_recursive_call();
        rp_decref(checker);
        if (res == NULL) {
            return -1;
        }
        int ok = rp_object_is_true(res);
        rp_decref(res);
        return ok;
    }
    if (rp_err_occurred()) {
        return -1;
    }
    return rp_object_real_is_instance(inst, cls);
}

int rp_object_real_is_subclass(RpObject *derived, RpObject *cls);
int rp_object_real_is_subclass(RpObject *derived, RpObject *cls)
{
    if (rp_type_check(cls) && rp_type_check(derived)) {
        return rp_type_is_subtype((RpTypeObject *)derived, (RpTypeObject *)cls);
    }
    if (!check_class(derived, "issubclass() arg 1 must be a class")) {
        return -1;
    }
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) {
        return -1;
    }
    return abstract_issubclass(derived, cls);
}

int rp_object_is_subclass(RpObject *derived, RpObject *cls)
{
    if (rp_type_check_exact(cls)) {
        if (derived == cls) {
            return 1;
        }
        return rp_object_real_is_subclass(derived, cls);
    }
    if (rp_tuple_check(cls)) {
        if (rp_enter_recursive_call(" in __subclasscheck__") < 0) {
            return -1;
        }
        int r = 0;
        for (rp_ssize_t i = 0; i < rp_tuple_len(cls); i++) {
            r = rp_object_is_subclass(derived, rp_tuple_get_borrow(cls, i));
            if (r != 0) {
                break;
            }
        }
        rp_leave_recursive_call();
        return r;
    }
    RpObject *checker = rp_object_lookup_special(cls, rp_id(__subclasscheck__));
    if (checker != NULL) {
        if (rp_enter_recursive_call(" in __subclasscheck__") < 0) {
            rp_decref(checker);
            return -1;
        }
        RpObject *res = rp_call_one(checker, derived);
        rp_leave_recursive_call();
        rp_decref(checker);
        if (res == NULL) {
            return -1;
        }
        int ok = rp_object_is_true(res);
        rp_decref(res);
        return ok;
    }
    if (rp_err_occurred()) {
        return -1;
    }
    return rp_object_real_is_subclass(derived, cls);
}
