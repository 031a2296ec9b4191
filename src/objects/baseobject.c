/* baseobject.c - `object`, the root of every class.
 *
 * Models the PyBaseObject_Type part of CPython 3.11's typeobject.c:
 * object.__new__/__init__ and their "takes no arguments" rules, the
 * default repr/str/hash/== (by identity), __class__ assignment with its
 * layout checks, and the pickling protocol copy.copy relies on
 * (__reduce_ex__, __reduce__, __getstate__).
 */
#include "typeobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "descrobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "listobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"

/* ---- creation ------------------------------------------------------------------ */

static int excess_args(size_t nargs, RpObject *kwnames)
{
    return nargs > 0 || (kwnames != NULL && rp_tuple_len(kwnames) > 0);
}

static RpObject *abstract_error(RpTypeObject *type)
{
    RpObject *am = rp_dict_get_borrow(type->tp_dict, rp_id(__abstractmethods__));
    if (am == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_object(&RpExc_AttributeError, rp_id(__abstractmethods__));
        }
        return NULL;
    }
    RpObject *sorted = rp_sequence_list(am);
    if (sorted == NULL) {
        return NULL;
    }
    if (rp_list_sort(sorted) < 0) {
        rp_decref(sorted);
        return NULL;
    }
    RpObject *sep = rp_str_from_cstr(", ");
    RpObject *joined = sep ? rp_str_join(sep, sorted) : NULL;
    rp_xdecref(sep);
    rp_ssize_t n = rp_list_len(sorted);
    rp_decref(sorted);
    if (joined == NULL) {
        return NULL;
    }
    rp_err_format(&RpExc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                  type->tp_name, n > 1 ? "s" : "", joined);
    rp_decref(joined);
    return NULL;
}

RpObject *rp_object_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                        RpObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != rp_object_new) {
            return rp_err_set_string(&RpExc_TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->tp_init == rp_object_init) {
            return rp_err_format(&RpExc_TypeError, "%.200s() takes no arguments", type->tp_name);
        }
    }
    if (RP_UNLIKELY(type->tp_flags & RP_TPFLAGS_IS_ABSTRACT)) {
        return abstract_error(type);
    }
    RpObject *o = rp_type_generic_alloc(type, 0);
    if (o != NULL && rp_type_is_gc(type)) {
        rp_gc_track(o);
    }
    return o;
}

RpObject *rp_type_generic_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    RpObject *o = rp_type_generic_alloc(type, 0);
    if (o != NULL && rp_type_is_gc(type)) {
        rp_gc_track(o);
    }
    return o;
}

int rp_object_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        RpTypeObject *type = rp_type(self);
        if (type->tp_init != rp_object_init) {
            rp_err_set_string(&RpExc_TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == rp_object_new) {
            rp_err_format(&RpExc_TypeError,
                          "%.200s.__init__() takes exactly one argument (the instance to initialize)",
                          type->tp_name);
            return -1;
        }
    }
    return 0;
}

void rp_object_generic_dealloc(RpObject *o)
{
    if (rp_object_is_gc(o)) {
        rp_gc_untrack(o);
    }
    rp_type(o)->tp_free(o);
}

/* ---- repr, str, hash, comparisons ---------------------------------------------------- */

RpObject *rp_object_default_repr(RpObject *self)
{
    RpTypeObject *type = rp_type(self);
    RpObject *mod = rp_type_module(type);
    if (mod == NULL) {
        rp_err_clear();
    } else if (!rp_str_check(mod)) {
        RP_CLEAR(mod);
    }
    RpObject *name = rp_type_qualname(type);
    if (name == NULL) {
        rp_xdecref(mod);
        return NULL;
    }
    RpObject *res;
    if (mod != NULL && !rp_str_eq_cstr(mod, "builtins")) {
        res = rp_str_from_format("<%U.%U object at %p>", mod, name, (void *)self);
    } else {
        res = rp_str_from_format("<%s object at %p>", type->tp_name, (void *)self);
    }
    rp_xdecref(mod);
    rp_decref(name);
    return res;
}

RpObject *rp_object_generic_str(RpObject *self)
{
    rp_unaryfunc f = rp_type(self)->tp_repr;
    if (f == NULL) {
        f = rp_object_default_repr;
    }
    return f(self);
}

rp_hash_t rp_object_generic_hash(RpObject *self)
{
    /* CPython's _Py_HashPointer: rotate right by 4 (alignment bits) */
    size_t y = (size_t)(uintptr_t)self;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    rp_hash_t x = (rp_hash_t)y;
    return x == -1 ? -2 : x;
}

RpObject *rp_object_generic_richcompare(RpObject *self, RpObject *other, int op)
{
    switch (op) {
    case RP_EQ:
        /* identity; anything else is NotImplemented so the other side
           gets a chance (and `==` then falls back to identity anyway) */
        return rp_newref(self == other ? rp_True : rp_NotImplemented);
    case RP_NE: {
        /* by default, __ne__ inverts __eq__ */
        rp_richcmpfunc eq = rp_type(self)->tp_richcompare;
        if (eq == NULL) {
            return rp_notimplemented_new();
        }
        RpObject *r = eq(self, other, RP_EQ);
        if (r != NULL && r != rp_NotImplemented) {
            int ok = rp_object_is_true(r);
            rp_decref(r);
            if (ok < 0) {
                return NULL;
            }
            return rp_bool_from_long(!ok);
        }
        return r;
    }
    default:
        return rp_notimplemented_new();
    }
}

/* ---- __class__ ---------------------------------------------------------------------- */

static RpObject *object_get_class(RpObject *self, void *c)
{
    return rp_newref(rp_type(self));
}

static int compatible_with_tp_base(RpTypeObject *child)
{
    RpTypeObject *parent = child->tp_base;
    return parent != NULL &&
           child->tp_basicsize == parent->tp_basicsize &&
           child->tp_itemsize == parent->tp_itemsize &&
           child->tp_dictoffset == parent->tp_dictoffset &&
           child->tp_weaklistoffset == parent->tp_weaklistoffset &&
           (child->tp_flags & RP_TPFLAGS_HAVE_GC) == (parent->tp_flags & RP_TPFLAGS_HAVE_GC) &&
           (child->tp_flags & RP_TPFLAGS_MANAGED_DICT) == (parent->tp_flags & RP_TPFLAGS_MANAGED_DICT) &&
           (child->tp_dealloc == rp_subtype_dealloc || child->tp_dealloc == parent->tp_dealloc);
}

static int same_slots_added(RpTypeObject *a, RpTypeObject *b)
{
    RpTypeObject *base = a->tp_base;
    rp_ssize_t size = base->tp_basicsize;
    if (a->tp_dictoffset == size && b->tp_dictoffset == size) {
        size += (rp_ssize_t)sizeof(RpObject *);
    }
    if (a->tp_weaklistoffset == size && b->tp_weaklistoffset == size) {
        size += (rp_ssize_t)sizeof(RpObject *);
    }
    if (!(a->tp_flags & RP_TPFLAGS_HEAPTYPE) || !(b->tp_flags & RP_TPFLAGS_HEAPTYPE)) {
        return 0;
    }
    RpObject *sa = a->ht_slots, *sb = b->ht_slots;
    if (sa != NULL && sb != NULL) {
        if (rp_object_richcompare_bool(sa, sb, RP_EQ) != 1) {
            rp_err_clear();
            return 0;
        }
        size += (rp_ssize_t)sizeof(RpObject *) * rp_tuple_len(sa);
    } else if ((sa && rp_tuple_len(sa)) || (sb && rp_tuple_len(sb))) {
        return 0;
    }
    /* a weakref slot after the __slots__ members is laid out the other
       way round here; the sizes are what must agree */
    if (a->tp_weaklistoffset != b->tp_weaklistoffset) {
        return 0;
    }
    if (a->tp_weaklistoffset && a->tp_weaklistoffset != base->tp_weaklistoffset &&
        size != a->tp_basicsize) {
        size += (rp_ssize_t)sizeof(RpObject *);
    }
    return size == a->tp_basicsize && size == b->tp_basicsize &&
           (a->tp_flags & RP_TPFLAGS_MANAGED_DICT) == (b->tp_flags & RP_TPFLAGS_MANAGED_DICT);
}

static int compatible_for_assignment(RpTypeObject *oldto, RpTypeObject *newto, const char *attr)
{
    if (newto->tp_free != oldto->tp_free) {
        rp_err_format(&RpExc_TypeError, "%s assignment: '%s' deallocator differs from '%s'",
                      attr, newto->tp_name, oldto->tp_name);
        return 0;
    }
    RpTypeObject *newbase = newto, *oldbase = oldto;
    while (compatible_with_tp_base(newbase)) {
        newbase = newbase->tp_base;
    }
    while (compatible_with_tp_base(oldbase)) {
        oldbase = oldbase->tp_base;
    }
    if (newbase != oldbase &&
        (newbase->tp_base != oldbase->tp_base || !same_slots_added(newbase, oldbase))) {
        rp_err_format(&RpExc_TypeError, "%s assignment: '%s' object layout differs from '%s'",
                      attr, newto->tp_name, oldto->tp_name);
        return 0;
    }
    return 1;
}

static int object_set_class(RpObject *self, RpObject *value, void *c)
{
    if (value == NULL) {
        rp_err_set_string(&RpExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!rp_type_check(value)) {
        rp_err_format(&RpExc_TypeError, "__class__ must be set to a class, not '%s' object",
                      rp_type(value)->tp_name);
        return -1;
    }
    RpTypeObject *newto = (RpTypeObject *)value;
    RpTypeObject *oldto = rp_type(self);
    int modules = rp_type_is_subtype(newto, &RpModule_Type) &&
                  rp_type_is_subtype(oldto, &RpModule_Type);
    if (!modules && (!(newto->tp_flags & RP_TPFLAGS_HEAPTYPE) ||
                     !(oldto->tp_flags & RP_TPFLAGS_HEAPTYPE))) {
        rp_err_set_string(&RpExc_TypeError,
                          "__class__ assignment only supported for mutable types "
                          "or ModuleType subclasses");
        return -1;
    }
    if (!compatible_for_assignment(oldto, newto, "__class__")) {
        return -1;
    }
    /* the attribute values are indexed by the old type's keys: make
       them a dict first */
    if (oldto->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        RpObject *d = rp_managed_dict_get(self);
        if (d == NULL) {
            return -1;
        }
        rp_decref(d);
    }
    if (newto->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        rp_incref(newto);
    }
    self->ob_type = newto;
    if (oldto->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        rp_decref(oldto);
    }
    return 0;
}

static RpGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL}
};

/* ---- pickling support (copy uses it) ----------------------------------------------------- */

/* The copyreg module, from sys.modules or imported through builtins.__import__. */
static RpObject *import_copyreg(void)
{
    RpObject *name = rp_str_intern_cstr("copyreg");
    if (name == NULL) {
        return NULL;
    }
    if (rp_runtime.modules != NULL) {
        RpObject *m = rp_dict_get_borrow(rp_runtime.modules, name);
        if (m != NULL) {
            rp_decref(name);
            return rp_newref(m);
        }
    }
    RpObject *imp = rp_runtime.builtins_dict
        ? rp_dict_get_borrow(rp_runtime.builtins_dict, rp_id(__import__)) : NULL;
    if (imp == NULL) {
        rp_decref(name);
        return rp_err_set_string(&RpExc_ImportError, "No module named 'copyreg'");
    }
    RpObject *m = rp_call_one(imp, name);
    rp_decref(name);
    return m;
}

static int instance_dict_empty(RpObject *obj)
{
    RpTypeObject *tp = rp_type(obj);
    if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        return rp_managed_dict_is_empty(obj);
    }
    if (tp->tp_dictoffset == 0) {
        return 1;
    }
    RpObject **dp = rp_object_dict_ptr(obj);
    return dp == NULL || *dp == NULL || rp_dict_size(*dp) == 0;
}

/* The __slots__ names of a class and its bases (copyreg._slotnames). */
static RpObject *slotnames(RpTypeObject *cls)
{
    RpObject *names = rp_list_new(0);
    if (names == NULL) {
        return NULL;
    }
    RpObject *mro = cls->tp_mro;
    for (rp_ssize_t i = 0; i < rp_tuple_len(mro); i++) {
        RpTypeObject *c = (RpTypeObject *)rp_tuple_get_borrow(mro, i);
        if (!(c->tp_flags & RP_TPFLAGS_HEAPTYPE) || c->ht_slots == NULL) {
            continue;
        }
        RpObject *slots = c->ht_slots;
        for (rp_ssize_t k = 0; k < rp_tuple_len(slots); k++) {
            if (rp_list_append(names, rp_tuple_get_borrow(slots, k)) < 0) {
                rp_decref(names);
                return NULL;
            }
        }
    }
    return names;
}

static RpObject *object_getstate_default(RpObject *obj, int required)
{
    RpTypeObject *tp = rp_type(obj);
    if (required && tp->tp_itemsize) {
        return rp_err_format(&RpExc_TypeError, "cannot pickle %.200s objects", tp->tp_name);
    }
    RpObject *state;
    if (instance_dict_empty(obj)) {
        state = rp_none_new();
    } else {
        state = rp_object_generic_get_dict(obj, NULL);
        if (state == NULL) {
            return NULL;
        }
    }
    RpObject *names = slotnames(tp);
    if (names == NULL) {
        rp_decref(state);
        return NULL;
    }
    if (required) {
        rp_ssize_t basicsize = RpBaseObject_Type.tp_basicsize;
        if (tp->tp_weaklistoffset) {
            basicsize += (rp_ssize_t)sizeof(RpObject *);
        }
        if (tp->tp_dictoffset > 0) {
            basicsize += (rp_ssize_t)sizeof(RpObject *);
        }
        basicsize += (rp_ssize_t)sizeof(RpObject *) * rp_list_len(names);
        if (tp->tp_basicsize > basicsize) {
            rp_decref(names);
            rp_decref(state);
            return rp_err_format(&RpExc_TypeError, "cannot pickle '%.200s' object", tp->tp_name);
        }
    }
    if (rp_list_len(names) > 0) {
        RpObject *slots = rp_dict_new();
        if (slots == NULL) {
            goto error;
        }
        for (rp_ssize_t i = 0; i < rp_list_len(names); i++) {
            RpObject *nm = rp_list_get_borrow(names, i);
            RpObject *value;
            if (rp_object_lookup_attr(obj, nm, &value) < 0) {
                rp_decref(slots);
                goto error;
            }
            if (value != NULL) {
                int r = rp_dict_set(slots, nm, value);
                rp_decref(value);
                if (r < 0) {
                    rp_decref(slots);
                    goto error;
                }
            }
        }
        if (rp_dict_size(slots) > 0) {
            RpObject *pair = rp_tuple_pack(2, state, slots);
            rp_decref(state);
            state = pair;
        }
        rp_decref(slots);
        if (state == NULL) {
            rp_decref(names);
            return NULL;
        }
    }
    rp_decref(names);
    return state;
error:
    rp_decref(names);
    rp_decref(state);
    return NULL;
}

static RpObject *object___getstate__(RpObject *self, RpObject *unused)
{
    return object_getstate_default(self, 0);
}

static RpObject *object_getstate(RpObject *obj, int required)
{
    RpObject *getstate = rp_object_getattr(obj, rp_id(__getstate__));
    if (getstate == NULL) {
        return NULL;
    }
    RpObject *state;
    if (rp_cfunction_check(getstate) &&
        ((RpCFunctionObject *)getstate)->m_self == obj &&
        ((RpCFunctionObject *)getstate)->m_ml->ml_meth == RP_CFUNC(object___getstate__)) {
        state = object_getstate_default(obj, required);
    } else {
        state = rp_call_noargs(getstate);
    }
    rp_decref(getstate);
    return state;
}

static RpObject *reduce_newobj(RpObject *obj)
{
    RpTypeObject *tp = rp_type(obj);
    if (tp->tp_new == NULL) {
        return rp_err_format(&RpExc_TypeError, "cannot pickle '%.200s' object", tp->tp_name);
    }
    RpObject *args = NULL, *kwargs = NULL;
    /* __getnewargs_ex__ / __getnewargs__ */
    RpObject *nm = rp_str_intern_cstr("__getnewargs_ex__");
    if (nm == NULL) {
        return NULL;
    }
    RpObject *f = rp_object_lookup_special(obj, nm);
    rp_decref(nm);
    if (f != NULL) {
        RpObject *r = rp_call_noargs(f);
        rp_decref(f);
        if (r == NULL) {
            return NULL;
        }
        if (!rp_tuple_check(r) || rp_tuple_len(r) != 2) {
            rp_decref(r);
            return rp_err_set_string(&RpExc_TypeError,
                                     "__getnewargs_ex__ should return a tuple of length 2");
        }
        args = rp_newref(rp_tuple_get_borrow(r, 0));
        kwargs = rp_newref(rp_tuple_get_borrow(r, 1));
        rp_decref(r);
    } else if (rp_err_occurred()) {
        return NULL;
    } else {
        nm = rp_str_intern_cstr("__getnewargs__");
        if (nm == NULL) {
            return NULL;
        }
        f = rp_object_lookup_special(obj, nm);
        rp_decref(nm);
        if (f != NULL) {
            args = rp_call_noargs(f);
            rp_decref(f);
            if (args == NULL) {
                return NULL;
            }
            if (!rp_tuple_check(args)) {
                rp_err_format(&RpExc_TypeError, "__getnewargs__ should return a tuple, not '%.200s'",
                              rp_type(args)->tp_name);
                rp_decref(args);
                return NULL;
            }
        } else if (rp_err_occurred()) {
            return NULL;
        }
    }
    if (args == NULL) {
        args = rp_newref(rp_tuple_empty_borrow());
    }
    int hasargs = rp_tuple_len(args) > 0 || (kwargs != NULL && rp_dict_check(kwargs) &&
                                            rp_dict_size(kwargs) > 0);
    RpObject *copyreg = import_copyreg();
    RpObject *newobj = NULL, *newargs = NULL, *state = NULL, *res = NULL;
    RpObject *listitems = NULL, *dictitems = NULL;
    if (copyreg == NULL) {
        goto done;
    }
    if (kwargs == NULL || (rp_dict_check(kwargs) && rp_dict_size(kwargs) == 0)) {
        newobj = rp_object_getattr_str(copyreg, "__newobj__");
        if (newobj == NULL) {
            goto done;
        }
        rp_ssize_t n = rp_tuple_len(args);
        newargs = rp_tuple_new(n + 1);
        if (newargs == NULL) {
            goto done;
        }
        rp_tuple_set_steal(newargs, 0, rp_newref(tp));
        for (rp_ssize_t i = 0; i < n; i++) {
            rp_tuple_set_steal(newargs, i + 1, rp_newref(rp_tuple_get_borrow(args, i)));
        }
    } else {
        newobj = rp_object_getattr_str(copyreg, "__newobj_ex__");
        if (newobj == NULL) {
            goto done;
        }
        newargs = rp_tuple_pack(3, (RpObject *)tp, args, kwargs);
        if (newargs == NULL) {
            goto done;
        }
    }
    state = object_getstate(obj, !(hasargs || rp_list_check(obj) || rp_dict_check(obj)));
    if (state == NULL) {
        goto done;
    }
    if (rp_list_check(obj)) {
        listitems = rp_object_get_iter(obj);
    } else {
        listitems = rp_none_new();
    }
    if (listitems == NULL) {
        goto done;
    }
    if (rp_dict_check(obj)) {
        RpObject *items = rp_call_method(obj, rp_id(items), NULL, 0);
        if (items == NULL) {
            goto done;
        }
        dictitems = rp_object_get_iter(items);
        rp_decref(items);
    } else {
        dictitems = rp_none_new();
    }
    if (dictitems == NULL) {
        goto done;
    }
    res = rp_tuple_pack(5, newobj, newargs, state, listitems, dictitems);
done:
    rp_xdecref(copyreg);
    rp_xdecref(newobj);
    rp_xdecref(newargs);
    rp_xdecref(state);
    rp_xdecref(listitems);
    rp_xdecref(dictitems);
    rp_decref(args);
    rp_xdecref(kwargs);
    return res;
}

static RpObject *common_reduce(RpObject *self, int proto)
{
    if (proto >= 2) {
        return reduce_newobj(self);
    }
    RpObject *copyreg = import_copyreg();
    if (copyreg == NULL) {
        return NULL;
    }
    RpObject *f = rp_object_getattr_str(copyreg, "_reduce_ex");
    rp_decref(copyreg);
    if (f == NULL) {
        return NULL;
    }
    RpObject *p = rp_int_from_long(proto);
    RpObject *res = p ? rp_call_two(f, self, p) : NULL;
    rp_xdecref(p);
    rp_decref(f);
    return res;
}

static RpObject *object___reduce__(RpObject *self, RpObject *unused)
{
    return common_reduce(self, 0);
}

RpObject *rp_object_reduce_ex(RpObject *self, int protocol)
{
    /* a class overriding __reduce__ gets it called */
    RpObject *clsreduce = rp_type_lookup_borrow(rp_type(self), rp_id(__reduce__));
    RpObject *objreduce = rp_dict_get_borrow(RpBaseObject_Type.tp_dict, rp_id(__reduce__));
    if (clsreduce != NULL && clsreduce != objreduce) {
        RpObject *reduce = rp_object_getattr(self, rp_id(__reduce__));
        if (reduce == NULL) {
            return NULL;
        }
        RpObject *res = rp_call_noargs(reduce);
        rp_decref(reduce);
        return res;
    }
    return common_reduce(self, protocol);
}

static RpObject *object___reduce_ex__(RpObject *self, RpObject *arg)
{
    if (!rp_int_check(arg)) {
        return rp_err_format(&RpExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                             rp_type(arg)->tp_name);
    }
    long proto = rp_int_as_long(arg);
    if (proto == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_object_reduce_ex(self, (int)proto);
}

/* ---- the other methods -------------------------------------------------------------------- */

static RpObject *object_subclasshook(RpObject *cls, RpObject *const *args, size_t nargs,
                                     RpObject *kwnames)
{
    return rp_notimplemented_new();
}

static RpObject *object_init_subclass(RpObject *cls, RpObject *unused)
{
    return rp_none_new();
}

static RpObject *object___format__(RpObject *self, RpObject *spec)
{
    if (!rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "__format__() argument must be str, not %.200s",
                             rp_type(spec)->tp_name);
    }
    if (rp_str_len(spec) > 0) {
        return rp_err_format(&RpExc_TypeError, "unsupported format string passed to %.200s.__format__",
                             rp_type(self)->tp_name);
    }
    return rp_object_str(self);
}

static RpObject *object___sizeof__(RpObject *self, RpObject *unused)
{
    RpTypeObject *tp = rp_type(self);
    rp_ssize_t res = 0;
    if (tp->tp_itemsize > 0) {
        rp_ssize_t n = rp_size(self);
        res = (n < 0 ? -n : n) * tp->tp_itemsize;
    }
    res += tp->tp_basicsize;
    return rp_int_from_ssize_t(res);
}

RpObject *rp_type_dir_list(RpObject *cls);

static RpObject *object___dir__(RpObject *self, RpObject *unused)
{
    RpObject *dict;
    if (rp_object_lookup_attr(self, rp_id(__dict__), &dict) < 0) {
        return NULL;
    }
    RpObject *d;
    if (dict == NULL || !rp_dict_check(dict)) {
        d = rp_dict_new();
    } else {
        d = rp_dict_copy(dict);
    }
    rp_xdecref(dict);
    if (d == NULL) {
        return NULL;
    }
    RpObject *cls;
    if (rp_object_lookup_attr(self, rp_id(__class__), &cls) < 0) {
        rp_decref(d);
        return NULL;
    }
    if (cls != NULL) {
        RpObject *names = rp_type_dir_list(cls);
        rp_decref(cls);
        if (names == NULL) {
            rp_decref(d);
            return NULL;
        }
        for (rp_ssize_t i = 0; i < rp_list_len(names); i++) {
            RpObject *k = rp_list_get_borrow(names, i);
            if (rp_dict_get_borrow(d, k) == NULL && rp_dict_set(d, k, rp_None) < 0) {
                rp_decref(names);
                rp_decref(d);
                return NULL;
            }
        }
        rp_decref(names);
    }
    RpObject *res = rp_dict_keys_list(d);
    rp_decref(d);
    return res;
}

static RpMethodDef object_methods[] = {
    {"__reduce_ex__", RP_CFUNC(object___reduce_ex__), RP_METH_O, "Helper for pickle."},
    {"__reduce__", RP_CFUNC(object___reduce__), RP_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", RP_CFUNC(object___getstate__), RP_METH_NOARGS, "Helper for pickle."},
    {"__subclasshook__", RP_CFUNC(object_subclasshook), RP_METH_CLASS | RP_METH_FASTCALL | RP_METH_KEYWORDS,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", RP_CFUNC(object_init_subclass), RP_METH_CLASS | RP_METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__format__", RP_CFUNC(object___format__), RP_METH_O, "Default object formatter."},
    {"__sizeof__", RP_CFUNC(object___sizeof__), RP_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", RP_CFUNC(object___dir__), RP_METH_NOARGS, "Default dir() implementation."},
    {NULL}
};

RpTypeObject RpBaseObject_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(RpObject),
    .tp_flags = RP_TPFLAGS_BASETYPE,
    .tp_dealloc = rp_object_generic_dealloc,
    .tp_repr = rp_object_default_repr,
    .tp_str = rp_object_generic_str,
    .tp_hash = rp_object_generic_hash,
    .tp_getattro = rp_object_generic_getattr,
    .tp_setattro = rp_object_generic_setattr,
    .tp_richcompare = rp_object_generic_richcompare,
    .tp_init = rp_object_init,
    .tp_new = rp_object_new,
    .tp_free = rp_object_free,
    .tp_methods = object_methods,
    .tp_getset = object_getsets,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
};
