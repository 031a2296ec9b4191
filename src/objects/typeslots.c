/* typeslots.c - the bridge between C slots and Python-level dunders.
 *
 * Models the slotdefs machinery of CPython 3.11's Objects/typeobject.c.
 *
 * One table, rp_slotdefs, pairs each dunder name with a slot of
 * RpTypeObject.  It is used both ways:
 *
 *   static types -> Python: rp_type_add_operators puts a slot wrapper
 *     (wrapper_descriptor) into tp_dict for each slot the type defines, so
 *     int.__add__ exists and calls int's nb_add through wrap_binaryfunc_l.
 *
 *   Python -> slots: a class defining __add__ gets nb_add = slot_nb_add,
 *     which calls the Python method (with CPython's reflected-operand
 *     rules).  rp_type_fixup_slots sets every slot of a new class from
 *     what its MRO holds: a slot wrapper of a built-in base gives that
 *     base's C function back directly (a list subclass keeps list's fast
 *     slots), a Python function gives the generic slot_* function, None
 *     for __hash__ gives "unhashable".  Assigning or deleting a dunder on a
 *     class later re-runs this for that name in the class and every
 *     subclass that does not define it itself (rp_type_update_slot).
 */
#include "typeobject.h"

#include <string.h>

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
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"

#include "iterobject.h"

/* ---- calling the dunders ------------------------------------------------------ */

/* Call the method `name` found on type(self) with self prepended.
 * *found = 0 (result NULL, no exception) when the type has none. */
static RpObject *call_method_found(RpObject *self, RpObject *func, RpObject *const *args,
                                   size_t nargs)
{
    RpTypeObject *ft = rp_type(func);
    if (ft->tp_flags & RP_TPFLAGS_METHOD_DESCRIPTOR) {
        return rp_call_prepend(func, self, args, nargs, NULL);
    }
    if (ft->tp_descr_get != NULL) {
        RpObject *bound = ft->tp_descr_get(func, self, (RpObject *)rp_type(self));
        if (bound == NULL) {
            return NULL;
        }
        RpObject *r = rp_call(bound, args, nargs, NULL);
        rp_decref(bound);
        return r;
    }
    return rp_call(func, args, nargs, NULL);
}

RpObject *rp_call_special(RpObject *self, RpObject *name, RpObject *const *args, size_t nargs,
                          int *found)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), name);
    if (func == NULL) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    rp_incref(func);
    RpObject *r = call_method_found(self, func, args, nargs);
    rp_decref(func);
    return r;
}

RpObject *rp_object_lookup_special(RpObject *self, RpObject *name)
{
    RpObject *res = rp_type_lookup_borrow(rp_type(self), name);
    if (res == NULL) {
        return NULL;
    }
    rp_descrgetfunc f = rp_type(res)->tp_descr_get;
    if (f == NULL) {
        return rp_newref(res);
    }
    return f(res, self, (RpObject *)rp_type(self));
}

/* vectorcall_method: the method must exist (AttributeError otherwise) */
static RpObject *call_method(RpObject *self, RpObject *name, RpObject *const *args, size_t nargs)
{
    int found;
    RpObject *r = rp_call_special(self, name, args, nargs, &found);
    if (!found) {
        rp_err_set_object(&RpExc_AttributeError, name);
    }
    return r;
}

/* vectorcall_maybe: NotImplemented when the method does not exist */
static RpObject *call_maybe(RpObject *self, RpObject *name, RpObject *const *args, size_t nargs)
{
    int found;
    RpObject *r = rp_call_special(self, name, args, nargs, &found);
    if (!found) {
        return rp_notimplemented_new();
    }
    return r;
}

#define ID(n) rp_id(n)
#define SLOT(type, off) (*(void **)((char *)(type) + (off)))

/* ---- slot functions for heap types ------------------------------------------------------ */

static RpObject *slot_tp_repr(RpObject *self)
{
    int found;
    RpObject *r = rp_call_special(self, ID(__repr__), NULL, 0, &found);
    if (!found) {
        return rp_object_default_repr(self);
    }
    return r;
}

static RpObject *slot_tp_str(RpObject *self)
{
    return call_method(self, ID(__str__), NULL, 0);
}

static rp_hash_t slot_tp_hash(RpObject *self)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), ID(__hash__));
    if (func == rp_None || func == NULL) {
        return rp_object_hash_not_implemented(self);
    }
    rp_incref(func);
    RpObject *res = call_method_found(self, func, NULL, 0);
    rp_decref(func);
    if (res == NULL) {
        return -1;
    }
    if (!rp_int_check(res)) {
        rp_decref(res);
        rp_err_set_string(&RpExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    rp_ssize_t h = rp_int_as_ssize_t(res);
    if (h == -1 && rp_err_occurred()) {
        /* too big: hash the int itself */
        rp_err_clear();
        h = RpLong_Type.tp_hash(res);
    } else if (h == -1) {
        h = -2;
    }
    rp_decref(res);
    return h;
}

static RpObject *slot_tp_call(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), ID(__call__));
    if (func == NULL) {
        return rp_err_format(&RpExc_TypeError, "'%.200s' object is not callable",
                             rp_type(self)->tp_name);
    }
    rp_incref(func);
    RpObject *r;
    RpTypeObject *ft = rp_type(func);
    if (ft->tp_flags & RP_TPFLAGS_METHOD_DESCRIPTOR) {
        r = rp_call_prepend(func, self, args, nargs, kwnames);
    } else if (ft->tp_descr_get != NULL) {
        RpObject *bound = ft->tp_descr_get(func, self, (RpObject *)rp_type(self));
        r = bound ? rp_call(bound, args, nargs, kwnames) : NULL;
        rp_xdecref(bound);
    } else {
        r = rp_call(func, args, nargs, kwnames);
    }
    rp_decref(func);
    return r;
}

/* call __getattribute__ / __getattr__ (a descriptor found on the type) */
static RpObject *call_attribute(RpObject *self, RpObject *attr, RpObject *name)
{
    return call_method_found(self, attr, &name, 1);
}

static int is_generic_getattribute(RpObject *descr)
{
    return rp_type(descr) == &RpWrapperDescr_Type &&
           ((RpWrapperDescrObject *)descr)->d_wrapped == (void *)rp_object_generic_getattr;
}

RpObject *rp_slot_tp_getattr_hook(RpObject *self, RpObject *name)
{
    RpTypeObject *tp = rp_type(self);
    RpObject *getattr = rp_type_lookup_borrow(tp, ID(__getattr__));
    RpObject *getattribute = rp_type_lookup_borrow(tp, ID(__getattribute__));
    RpObject *res;
    if (getattr == NULL) {
        /* only __getattribute__ is overridden */
        if (getattribute == NULL || is_generic_getattribute(getattribute)) {
            return rp_object_generic_getattr(self, name);
        }
        rp_incref(getattribute);
        res = call_attribute(self, getattribute, name);
        rp_decref(getattribute);
        return res;
    }
    rp_incref(getattr);
    if (getattribute == NULL || is_generic_getattribute(getattribute)) {
        res = rp_generic_getattr_impl(self, name, NULL, 1);
    } else {
        rp_incref(getattribute);
        res = call_attribute(self, getattribute, name);
        rp_decref(getattribute);
    }
    if (res == NULL && (!rp_err_occurred() || rp_err_matches(&RpExc_AttributeError))) {
        rp_err_clear();
        res = call_attribute(self, getattr, name);
    }
    rp_decref(getattr);
    return res;
}

static int slot_tp_setattro(RpObject *self, RpObject *name, RpObject *value)
{
    RpObject *r;
    if (value == NULL) {
        r = call_method(self, ID(__delattr__), &name, 1);
    } else {
        RpObject *args[2] = { name, value };
        r = call_method(self, ID(__setattr__), args, 2);
    }
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

static const int richcmp_ids[6] = {
    RP_ID___lt__, RP_ID___le__, RP_ID___eq__, RP_ID___ne__, RP_ID___gt__, RP_ID___ge__
};

static RpObject *slot_tp_richcompare(RpObject *self, RpObject *other, int op)
{
    return call_maybe(self, rp_ids[richcmp_ids[op]], &other, 1);
}

static RpObject *slot_tp_iter(RpObject *self)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), ID(__iter__));
    if (func == rp_None) {
        return rp_err_format(&RpExc_TypeError, "'%.200s' object is not iterable",
                             rp_type(self)->tp_name);
    }
    if (func != NULL) {
        rp_incref(func);
        RpObject *r = call_method_found(self, func, NULL, 0);
        rp_decref(func);
        return r;
    }
    if (rp_type_lookup_borrow(rp_type(self), ID(__getitem__)) == NULL) {
        return rp_err_format(&RpExc_TypeError, "'%.200s' object is not iterable",
                             rp_type(self)->tp_name);
    }
    return rp_seqiter_new(self);
}

/* May return NULL with StopIteration set: callers treat it as the end
 * (rp_iter_next clears it). */
static RpObject *slot_tp_iternext(RpObject *self)
{
    return call_method(self, ID(__next__), NULL, 0);
}

static RpObject *slot_tp_descr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpObject *get = rp_type_lookup_borrow(rp_type(self), ID(__get__));
    if (get == NULL) {
        /* __get__ was deleted: behave as a plain attribute */
        return rp_newref(self);
    }
    RpObject *args[2] = { obj ? obj : rp_None, type ? type : rp_None };
    rp_incref(get);
    RpObject *r = call_method_found(self, get, args, 2);
    rp_decref(get);
    return r;
}

static int slot_tp_descr_set(RpObject *self, RpObject *target, RpObject *value)
{
    RpObject *r;
    if (value == NULL) {
        r = call_method(self, ID(__delete__), &target, 1);
    } else {
        RpObject *args[2] = { target, value };
        r = call_method(self, ID(__set__), args, 2);
    }
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

int rp_slot_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), ID(__init__));
    if (func == NULL) {
        rp_err_set_object(&RpExc_AttributeError, ID(__init__));
        return -1;
    }
    rp_incref(func);
    RpObject *res;
    RpTypeObject *ft = rp_type(func);
    if (ft->tp_flags & RP_TPFLAGS_METHOD_DESCRIPTOR) {
        res = rp_call_prepend(func, self, args, nargs, kwnames);
    } else if (ft->tp_descr_get != NULL) {
        RpObject *bound = ft->tp_descr_get(func, self, (RpObject *)rp_type(self));
        res = bound ? rp_call(bound, args, nargs, kwnames) : NULL;
        rp_xdecref(bound);
    } else {
        res = rp_call(func, args, nargs, kwnames);
    }
    rp_decref(func);
    if (res == NULL) {
        return -1;
    }
    if (res != rp_None) {
        rp_err_format(&RpExc_TypeError, "__init__() should return None, not '%.200s'",
                      rp_type(res)->tp_name);
        rp_decref(res);
        return -1;
    }
    rp_decref(res);
    return 0;
}

RpObject *rp_slot_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                         RpObject *kwnames)
{
    RpObject *func = rp_object_getattr((RpObject *)type, ID(__new__));
    if (func == NULL) {
        return NULL;
    }
    RpObject *r = rp_call_prepend(func, (RpObject *)type, args, nargs, kwnames);
    rp_decref(func);
    return r;
}

static void slot_tp_finalize(RpObject *self)
{
    /* __del__ must not disturb an exception being raised */
    RpObject *saved = rp_err_fetch();
    RpObject *del = rp_type_lookup_borrow(rp_type(self), ID(__del__));
    if (del != NULL) {
        rp_incref(del);
        RpObject *r = call_method_found(self, del, NULL, 0);
        if (r == NULL) {
            rp_err_write_unraisable(del);
        } else {
            rp_decref(r);
        }
        rp_decref(del);
    }
    rp_err_restore(saved);
}

/* ---- numbers ------------------------------------------------------------------------------ */

static int method_is_overloaded(RpTypeObject *left, RpTypeObject *right, RpObject *name)
{
    RpObject *b = rp_type_lookup_borrow(right, name);
    if (b == NULL) {
        return 0;
    }
    RpObject *a = rp_type_lookup_borrow(left, name);
    return a != b;
}

/* CPython's SLOT1BINFULL: self.__op__(other), or other.__rop__(self) with
 * the subclass-first rule. */
static RpObject *binop_full(RpObject *self, RpObject *other, int off, void *testfunc,
                            RpObject *op, RpObject *rop)
{
    RpTypeObject *ts = rp_type(self), *to = rp_type(other);
    int do_other = ts != to && SLOT(to, off) == testfunc;
    if (SLOT(ts, off) == testfunc) {
        RpObject *r;
        if (do_other && rp_type_is_subtype(to, ts)) {
            if (method_is_overloaded(ts, to, rop)) {
                RpObject *args[1] = { self };
                r = call_maybe(other, rop, args, 1);
                if (r != rp_NotImplemented) {
                    return r;
                }
                rp_decref(r);
                do_other = 0;
            }
        }
        r = call_maybe(self, op, &other, 1);
        if (r != rp_NotImplemented || to == ts) {
            return r;
        }
        rp_decref(r);
    }
    if (do_other) {
        return call_maybe(other, rop, &self, 1);
    }
    return rp_notimplemented_new();
}

#define BINSLOT(fname, slotname, opid, ropid)                                          \
    static RpObject *fname(RpObject *self, RpObject *other)                            \
    {                                                                                  \
        return binop_full(self, other, offsetof(RpTypeObject, slotname), (void *)fname, \
                          ID(opid), ID(ropid));                                         \
    }

BINSLOT(slot_nb_add, nb_add, __add__, __radd__)
BINSLOT(slot_nb_subtract, nb_subtract, __sub__, __rsub__)
BINSLOT(slot_nb_multiply, nb_multiply, __mul__, __rmul__)
BINSLOT(slot_nb_remainder, nb_remainder, __mod__, __rmod__)
BINSLOT(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
BINSLOT(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
BINSLOT(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
BINSLOT(slot_nb_and, nb_and, __and__, __rand__)
BINSLOT(slot_nb_xor, nb_xor, __xor__, __rxor__)
BINSLOT(slot_nb_or, nb_or, __or__, __ror__)
BINSLOT(slot_nb_floor_divide, nb_floor_divide, __floordiv__, __rfloordiv__)
BINSLOT(slot_nb_true_divide, nb_true_divide, __truediv__, __rtruediv__)
BINSLOT(slot_nb_matrix_multiply, nb_matrix_multiply, __matmul__, __rmatmul__)

static RpObject *slot_nb_power(RpObject *self, RpObject *other, RpObject *modulus);

static RpObject *slot_nb_power_binary(RpObject *self, RpObject *other)
{
    /* as binop_full, testing nb_power against slot_nb_power */
    return binop_full(self, other, offsetof(RpTypeObject, nb_power), (void *)slot_nb_power,
                      ID(__pow__), ID(__rpow__));
}

static RpObject *slot_nb_power(RpObject *self, RpObject *other, RpObject *modulus)
{
    if (modulus == NULL || modulus == rp_None) {
        return slot_nb_power_binary(self, other);
    }
    /* three-argument pow() never tries __rpow__ */
    if (rp_type(self)->nb_power == slot_nb_power) {
        RpObject *args[2] = { other, modulus };
        return call_maybe(self, ID(__pow__), args, 2);
    }
    return rp_notimplemented_new();
}

#define UNSLOT(fname, opid)                          \
    static RpObject *fname(RpObject *self)           \
    {                                                \
        return call_method(self, ID(opid), NULL, 0); \
    }

UNSLOT(slot_nb_negative, __neg__)
UNSLOT(slot_nb_positive, __pos__)
UNSLOT(slot_nb_absolute, __abs__)
UNSLOT(slot_nb_invert, __invert__)
UNSLOT(slot_nb_int, __int__)
UNSLOT(slot_nb_float, __float__)
UNSLOT(slot_nb_index, __index__)

#define IBSLOT(fname, opid)                                  \
    static RpObject *fname(RpObject *self, RpObject *other)  \
    {                                                        \
        return call_method(self, ID(opid), &other, 1);       \
    }

IBSLOT(slot_nb_inplace_add, __iadd__)
IBSLOT(slot_nb_inplace_subtract, __isub__)
IBSLOT(slot_nb_inplace_multiply, __imul__)
IBSLOT(slot_nb_inplace_remainder, __imod__)
IBSLOT(slot_nb_inplace_lshift, __ilshift__)
IBSLOT(slot_nb_inplace_rshift, __irshift__)
IBSLOT(slot_nb_inplace_and, __iand__)
IBSLOT(slot_nb_inplace_xor, __ixor__)
IBSLOT(slot_nb_inplace_or, __ior__)
IBSLOT(slot_nb_inplace_floor_divide, __ifloordiv__)
IBSLOT(slot_nb_inplace_true_divide, __itruediv__)
IBSLOT(slot_nb_inplace_matrix_multiply, __imatmul__)

static RpObject *slot_nb_inplace_power(RpObject *self, RpObject *other, RpObject *modulus)
{
    return call_method(self, ID(__ipow__), &other, 1);
}

static int slot_nb_bool(RpObject *self)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), ID(__bool__));
    int using_len = 0;
    if (func == NULL) {
        func = rp_type_lookup_borrow(rp_type(self), ID(__len__));
        if (func == NULL) {
            return 1;
        }
        using_len = 1;
    }
    rp_incref(func);
    RpObject *r = call_method_found(self, func, NULL, 0);
    rp_decref(func);
    if (r == NULL) {
        return -1;
    }
    int res;
    if (using_len) {
        rp_ssize_t n = rp_number_as_ssize_t(r, &RpExc_OverflowError);
        if (n == -1 && rp_err_occurred()) {
            res = -1;
        } else if (n < 0) {
            rp_err_set_string(&RpExc_ValueError, "__len__() should return >= 0");
            res = -1;
        } else {
            res = n > 0;
        }
    } else if (rp_bool_check(r)) {
        res = r == rp_True;
    } else {
        rp_err_format(&RpExc_TypeError, "__bool__ should return bool, returned %s",
                      rp_type(r)->tp_name);
        res = -1;
    }
    rp_decref(r);
    return res;
}

/* ---- sequences and mappings ---------------------------------------------------------------- */

static rp_ssize_t slot_sq_length(RpObject *self)
{
    RpObject *r = call_method(self, ID(__len__), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    rp_ssize_t n = rp_number_as_ssize_t(r, &RpExc_OverflowError);
    rp_decref(r);
    if (n == -1 && rp_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        rp_err_set_string(&RpExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static RpObject *slot_sq_item(RpObject *self, rp_ssize_t i)
{
    RpObject *ival = rp_int_from_ssize_t(i);
    if (ival == NULL) {
        return NULL;
    }
    RpObject *r = call_method(self, ID(__getitem__), &ival, 1);
    rp_decref(ival);
    return r;
}

static RpObject *slot_mp_subscript(RpObject *self, RpObject *key)
{
    return call_method(self, ID(__getitem__), &key, 1);
}

static int slot_mp_ass_subscript(RpObject *self, RpObject *key, RpObject *value)
{
    RpObject *r;
    if (value == NULL) {
        r = call_method(self, ID(__delitem__), &key, 1);
    } else {
        RpObject *args[2] = { key, value };
        r = call_method(self, ID(__setitem__), args, 2);
    }
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

static int slot_sq_ass_item(RpObject *self, rp_ssize_t i, RpObject *value)
{
    RpObject *ival = rp_int_from_ssize_t(i);
    if (ival == NULL) {
        return -1;
    }
    int r = slot_mp_ass_subscript(self, ival, value);
    rp_decref(ival);
    return r;
}

static int slot_sq_contains(RpObject *self, RpObject *value)
{
    RpObject *func = rp_type_lookup_borrow(rp_type(self), ID(__contains__));
    if (func == rp_None) {
        rp_err_format(&RpExc_TypeError, "'%.200s' object is not a container",
                      rp_type(self)->tp_name);
        return -1;
    }
    if (func == NULL) {
        /* deleted meanwhile: search by iteration */
        RpObject *it = rp_object_get_iter(self);
        if (it == NULL) {
            return -1;
        }
        for (;;) {
            RpObject *item = rp_iter_next(it);
            if (item == NULL) {
                rp_decref(it);
                return rp_err_occurred() ? -1 : 0;
            }
            int c = rp_object_richcompare_bool(item, value, RP_EQ);
            rp_decref(item);
            if (c != 0) {
                rp_decref(it);
                return c;
            }
        }
    }
    rp_incref(func);
    RpObject *r = call_method_found(self, func, &value, 1);
    rp_decref(func);
    if (r == NULL) {
        return -1;
    }
    int res = rp_object_is_true(r);
    rp_decref(r);
    return res;
}

/* ---- wrappers: calling a C slot from Python ---------------------------------------------------- */

static int check_num_args(size_t nargs, size_t n)
{
    if (nargs == n) {
        return 1;
    }
    rp_err_format(&RpExc_TypeError, "expected %d argument%s, got %zd", (int)n, n == 1 ? "" : "s",
                  (rp_ssize_t)nargs);
    return 0;
}

/* PyArg_UnpackTuple(args, "", min, max) messages */
static int unpack_check(size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        rp_err_format(&RpExc_TypeError, " expected %s%d argument%s, got %zd",
                      min == max ? "" : "at least ", (int)min, min == 1 ? "" : "s",
                      (rp_ssize_t)nargs);
        return 0;
    }
    if (nargs > max) {
        rp_err_format(&RpExc_TypeError, " expected %s%d argument%s, got %zd",
                      min == max ? "" : "at most ", (int)max, max == 1 ? "" : "s",
                      (rp_ssize_t)nargs);
        return 0;
    }
    return 1;
}

#define WRAP(name) static RpObject *name(RpObject *self, RpObject *const *args, size_t nargs, \
                                         RpObject *kwnames, void *wrapped)

WRAP(wrap_unaryfunc)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    return ((rp_unaryfunc)wrapped)(self);
}

WRAP(wrap_binaryfunc)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    return ((rp_binaryfunc)wrapped)(self, args[0]);
}

WRAP(wrap_binaryfunc_l)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    return ((rp_binaryfunc)wrapped)(self, args[0]);
}

WRAP(wrap_binaryfunc_r)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    return ((rp_binaryfunc)wrapped)(args[0], self);
}

WRAP(wrap_ternaryfunc)
{
    if (!unpack_check(nargs, 1, 2)) {
        return NULL;
    }
    return ((rp_ternaryfunc)wrapped)(self, args[0], nargs > 1 ? args[1] : rp_None);
}

WRAP(wrap_ternaryfunc_r)
{
    if (!unpack_check(nargs, 1, 2)) {
        return NULL;
    }
    return ((rp_ternaryfunc)wrapped)(args[0], self, nargs > 1 ? args[1] : rp_None);
}

WRAP(wrap_inquirypred)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    int r = ((rp_inquiry)wrapped)(self);
    if (r < 0) {
        return NULL;
    }
    return rp_bool_from_long(r);
}

WRAP(wrap_lenfunc)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    rp_ssize_t n = ((rp_lenfunc)wrapped)(self);
    if (n == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_int_from_ssize_t(n);
}

WRAP(wrap_indexargfunc)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    rp_ssize_t i = rp_number_as_ssize_t(args[0], &RpExc_OverflowError);
    if (i == -1 && rp_err_occurred()) {
        return NULL;
    }
    return ((rp_ssizeargfunc)wrapped)(self, i);
}

static rp_ssize_t getindex(RpObject *self, RpObject *arg)
{
    rp_ssize_t i = rp_number_as_ssize_t(arg, &RpExc_OverflowError);
    if (i == -1 && rp_err_occurred()) {
        return -1;
    }
    if (i < 0) {
        rp_lenfunc len = rp_type(self)->sq_length;
        if (len != NULL) {
            rp_ssize_t n = len(self);
            if (n < 0) {
                return -1;
            }
            i += n;
        }
    }
    return i;
}

WRAP(wrap_sq_item)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    rp_ssize_t i = getindex(self, args[0]);
    if (i == -1 && rp_err_occurred()) {
        return NULL;
    }
    return ((rp_ssizeargfunc)wrapped)(self, i);
}

WRAP(wrap_sq_setitem)
{
    if (!unpack_check(nargs, 2, 2)) {
        return NULL;
    }
    rp_ssize_t i = getindex(self, args[0]);
    if (i == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (((rp_ssizeobjargproc)wrapped)(self, i, args[1]) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_sq_delitem)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    rp_ssize_t i = getindex(self, args[0]);
    if (i == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (((rp_ssizeobjargproc)wrapped)(self, i, NULL) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_objobjproc)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    int r = ((rp_objobjproc)wrapped)(self, args[0]);
    if (r < 0) {
        return NULL;
    }
    return rp_bool_from_long(r);
}

WRAP(wrap_objobjargproc)
{
    if (!unpack_check(nargs, 2, 2)) {
        return NULL;
    }
    if (((rp_objobjargproc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_delitem)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    if (((rp_objobjargproc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    return rp_none_new();
}

/* Reject object.__setattr__(int, ...) and the like: calling a base's
 * setattro on an object whose own C type overrides it (the "Carlo Verre
 * hack"). */
static int hackcheck(RpObject *self, rp_setattrofunc func, const char *what)
{
    RpTypeObject *type = rp_type(self);
    RpObject *mro = type->tp_mro;
    if (mro == NULL) {
        return 1;
    }
    RpTypeObject *defining = type;
    for (rp_ssize_t i = rp_tuple_len(mro) - 1; i >= 0; i--) {
        RpTypeObject *base = (RpTypeObject *)rp_tuple_get_borrow(mro, i);
        if (base->tp_setattro == slot_tp_setattro) {
            continue;
        }
        if (base->tp_setattro == type->tp_setattro) {
            defining = base;
            break;
        }
    }
    for (RpTypeObject *base = defining; base != NULL; base = base->tp_base) {
        if (base->tp_setattro == func) {
            break;
        }
        if (base->tp_setattro != slot_tp_setattro) {
            rp_err_format(&RpExc_TypeError, "can't apply this %s to %s object", what,
                          type->tp_name);
            return 0;
        }
    }
    return 1;
}

WRAP(wrap_setattr)
{
    if (!unpack_check(nargs, 2, 2)) {
        return NULL;
    }
    if (!hackcheck(self, (rp_setattrofunc)wrapped, "__setattr__")) {
        return NULL;
    }
    if (((rp_setattrofunc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_delattr)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    if (!hackcheck(self, (rp_setattrofunc)wrapped, "__delattr__")) {
        return NULL;
    }
    if (((rp_setattrofunc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_hashfunc)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    rp_hash_t h = ((rp_hashfunc)wrapped)(self);
    if (h == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_int_from_ssize_t(h);
}

WRAP(wrap_call)
{
    return ((rp_vectorcallfunc)wrapped)(self, args, nargs, kwnames);
}

WRAP(wrap_init)
{
    if (((rp_initproc)wrapped)(self, args, nargs, kwnames) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_del)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    ((rp_destructor)wrapped)(self);
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_next)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    RpObject *r = ((rp_unaryfunc)wrapped)(self);
    if (r == NULL && !rp_err_occurred()) {
        rp_err_set_none(&RpExc_StopIteration);
    }
    return r;
}

WRAP(wrap_descr_get)
{
    if (!unpack_check(nargs, 1, 2)) {
        return NULL;
    }
    RpObject *obj = args[0], *type = nargs > 1 ? args[1] : NULL;
    if (obj == rp_None) {
        obj = NULL;
    }
    if (type == rp_None) {
        type = NULL;
    }
    if (type == NULL && obj == NULL) {
        return rp_err_set_string(&RpExc_TypeError, "__get__(None, None) is invalid");
    }
    return ((rp_descrgetfunc)wrapped)(self, obj, type);
}

WRAP(wrap_descr_set)
{
    if (!unpack_check(nargs, 2, 2)) {
        return NULL;
    }
    if (((rp_descrsetfunc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    return rp_none_new();
}

WRAP(wrap_descr_delete)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    if (((rp_descrsetfunc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    return rp_none_new();
}

#define RICHCMP_WRAPPER(name, op)                                        \
    WRAP(richcmp_##name)                                                 \
    {                                                                    \
        if (!check_num_args(nargs, 1)) {                                 \
            return NULL;                                                 \
        }                                                                \
        return ((rp_richcmpfunc)wrapped)(self, args[0], op);             \
    }

RICHCMP_WRAPPER(lt, RP_LT)
RICHCMP_WRAPPER(le, RP_LE)
RICHCMP_WRAPPER(eq, RP_EQ)
RICHCMP_WRAPPER(ne, RP_NE)
RICHCMP_WRAPPER(gt, RP_GT)
RICHCMP_WRAPPER(ge, RP_GE)

/* ---- the table ------------------------------------------------------------------------------------ */

#define OFF(f) ((int)offsetof(RpTypeObject, f))
#define TP(n, f, fn, wr, doc) { #n, RP_ID_##n, OFF(f), (void *)(fn), wr, doc, 0 }
#define TPKW(n, f, fn, wr, doc) { #n, RP_ID_##n, OFF(f), (void *)(fn), wr, doc, RP_SLOT_KEYWORDS }
#define BIN(n, f, fn, op) TP(n, f, fn, wrap_binaryfunc_l, "Return self" op "value.")
#define RBIN(n, f, fn, op) TP(n, f, fn, wrap_binaryfunc_r, "Return value" op "self.")
#define BINNI(n, f, fn, op) TP(n, f, fn, wrap_binaryfunc_l, "Return " op "(self, value).")
#define RBINNI(n, f, fn, op) TP(n, f, fn, wrap_binaryfunc_r, "Return " op "(value, self).")
#define UN(n, f, fn, doc) TP(n, f, fn, wrap_unaryfunc, doc)
#define IB(n, f, fn, op) TP(n, f, fn, wrap_binaryfunc, "Return self" op "value.")

const RpSlotDef rp_slotdefs[] = {
    TP(__repr__, tp_repr, slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    TP(__hash__, tp_hash, slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    TPKW(__call__, tp_call, slot_tp_call, wrap_call, "Call self as a function."),
    TP(__str__, tp_str, slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    TP(__getattribute__, tp_getattro, rp_slot_tp_getattr_hook, wrap_binaryfunc,
       "Return getattr(self, name)."),
    TP(__getattr__, tp_getattro, rp_slot_tp_getattr_hook, NULL, ""),
    TP(__setattr__, tp_setattro, slot_tp_setattro, wrap_setattr,
       "Implement setattr(self, name, value)."),
    TP(__delattr__, tp_setattro, slot_tp_setattro, wrap_delattr, "Implement delattr(self, name)."),
    TP(__lt__, tp_richcompare, slot_tp_richcompare, richcmp_lt, "Return self<value."),
    TP(__le__, tp_richcompare, slot_tp_richcompare, richcmp_le, "Return self<=value."),
    TP(__eq__, tp_richcompare, slot_tp_richcompare, richcmp_eq, "Return self==value."),
    TP(__ne__, tp_richcompare, slot_tp_richcompare, richcmp_ne, "Return self!=value."),
    TP(__gt__, tp_richcompare, slot_tp_richcompare, richcmp_gt, "Return self>value."),
    TP(__ge__, tp_richcompare, slot_tp_richcompare, richcmp_ge, "Return self>=value."),
    TP(__iter__, tp_iter, slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    TP(__next__, tp_iternext, slot_tp_iternext, wrap_next, "Implement next(self)."),
    TP(__get__, tp_descr_get, slot_tp_descr_get, wrap_descr_get,
       "Return an attribute of instance, which is of type owner."),
    TP(__set__, tp_descr_set, slot_tp_descr_set, wrap_descr_set,
       "Set an attribute of instance to value."),
    TP(__delete__, tp_descr_set, slot_tp_descr_set, wrap_descr_delete,
       "Delete an attribute of instance."),
    TPKW(__init__, tp_init, rp_slot_tp_init, wrap_init,
         "Initialize self.  See help(type(self)) for accurate signature."),
    TP(__new__, tp_new, rp_slot_tp_new, NULL,
       "Create and return new object.  See help(type) for accurate signature."),
    TP(__del__, tp_finalize, slot_tp_finalize, wrap_del, ""),

    BIN(__add__, nb_add, slot_nb_add, "+"),
    RBIN(__radd__, nb_add, slot_nb_add, "+"),
    BIN(__sub__, nb_subtract, slot_nb_subtract, "-"),
    RBIN(__rsub__, nb_subtract, slot_nb_subtract, "-"),
    BIN(__mul__, nb_multiply, slot_nb_multiply, "*"),
    RBIN(__rmul__, nb_multiply, slot_nb_multiply, "*"),
    BIN(__mod__, nb_remainder, slot_nb_remainder, "%"),
    RBIN(__rmod__, nb_remainder, slot_nb_remainder, "%"),
    BINNI(__divmod__, nb_divmod, slot_nb_divmod, "divmod"),
    RBINNI(__rdivmod__, nb_divmod, slot_nb_divmod, "divmod"),
    TP(__pow__, nb_power, slot_nb_power, wrap_ternaryfunc, "Return pow(self, value, mod)."),
    TP(__rpow__, nb_power, slot_nb_power, wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    UN(__neg__, nb_negative, slot_nb_negative, "-self"),
    UN(__pos__, nb_positive, slot_nb_positive, "+self"),
    UN(__abs__, nb_absolute, slot_nb_absolute, "abs(self)"),
    TP(__bool__, nb_bool, slot_nb_bool, wrap_inquirypred, "True if self else False"),
    UN(__invert__, nb_invert, slot_nb_invert, "~self"),
    BIN(__lshift__, nb_lshift, slot_nb_lshift, "<<"),
    RBIN(__rlshift__, nb_lshift, slot_nb_lshift, "<<"),
    BIN(__rshift__, nb_rshift, slot_nb_rshift, ">>"),
    RBIN(__rrshift__, nb_rshift, slot_nb_rshift, ">>"),
    BIN(__and__, nb_and, slot_nb_and, "&"),
    RBIN(__rand__, nb_and, slot_nb_and, "&"),
    BIN(__xor__, nb_xor, slot_nb_xor, "^"),
    RBIN(__rxor__, nb_xor, slot_nb_xor, "^"),
    BIN(__or__, nb_or, slot_nb_or, "|"),
    RBIN(__ror__, nb_or, slot_nb_or, "|"),
    UN(__int__, nb_int, slot_nb_int, "int(self)"),
    UN(__float__, nb_float, slot_nb_float, "float(self)"),
    IB(__iadd__, nb_inplace_add, slot_nb_inplace_add, "+="),
    IB(__isub__, nb_inplace_subtract, slot_nb_inplace_subtract, "-="),
    IB(__imul__, nb_inplace_multiply, slot_nb_inplace_multiply, "*="),
    IB(__imod__, nb_inplace_remainder, slot_nb_inplace_remainder, "%="),
    IB(__ipow__, nb_inplace_power, slot_nb_inplace_power, "**="),
    IB(__ilshift__, nb_inplace_lshift, slot_nb_inplace_lshift, "<<="),
    IB(__irshift__, nb_inplace_rshift, slot_nb_inplace_rshift, ">>="),
    IB(__iand__, nb_inplace_and, slot_nb_inplace_and, "&="),
    IB(__ixor__, nb_inplace_xor, slot_nb_inplace_xor, "^="),
    IB(__ior__, nb_inplace_or, slot_nb_inplace_or, "|="),
    BIN(__floordiv__, nb_floor_divide, slot_nb_floor_divide, "//"),
    RBIN(__rfloordiv__, nb_floor_divide, slot_nb_floor_divide, "//"),
    BIN(__truediv__, nb_true_divide, slot_nb_true_divide, "/"),
    RBIN(__rtruediv__, nb_true_divide, slot_nb_true_divide, "/"),
    IB(__ifloordiv__, nb_inplace_floor_divide, slot_nb_inplace_floor_divide, "//="),
    IB(__itruediv__, nb_inplace_true_divide, slot_nb_inplace_true_divide, "/="),
    UN(__index__, nb_index, slot_nb_index, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN(__matmul__, nb_matrix_multiply, slot_nb_matrix_multiply, "@"),
    RBIN(__rmatmul__, nb_matrix_multiply, slot_nb_matrix_multiply, "@"),
    IB(__imatmul__, nb_inplace_matrix_multiply, slot_nb_inplace_matrix_multiply, "@="),

    TP(__len__, mp_length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    TP(__getitem__, mp_subscript, slot_mp_subscript, wrap_binaryfunc, "Return self[key]."),
    TP(__setitem__, mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc,
       "Set self[key] to value."),
    TP(__delitem__, mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, "Delete self[key]."),

    TP(__len__, sq_length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    /* heap types defining __add__/__mul__ get nb_add/nb_multiply only */
    TP(__add__, sq_concat, NULL, wrap_binaryfunc, "Return self+value."),
    TP(__mul__, sq_repeat, NULL, wrap_indexargfunc, "Return self*value."),
    TP(__rmul__, sq_repeat, NULL, wrap_indexargfunc, "Return value*self."),
    TP(__getitem__, sq_item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    TP(__setitem__, sq_ass_item, slot_sq_ass_item, wrap_sq_setitem, "Set self[key] to value."),
    TP(__delitem__, sq_ass_item, slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    TP(__contains__, sq_contains, slot_sq_contains, wrap_objobjproc, "Return key in self."),
    TP(__iadd__, sq_inplace_concat, NULL, wrap_binaryfunc, "Implement self+=value."),
    TP(__imul__, sq_inplace_repeat, NULL, wrap_indexargfunc, "Implement self*=value."),
    { NULL, 0, 0, NULL, NULL, NULL, 0 }
};

const int rp_nslotdefs = (int)(sizeof(rp_slotdefs) / sizeof(rp_slotdefs[0])) - 1;

/* ---- static types: slot wrappers into tp_dict ---------------------------------------------------- */

static RpMethodDef tp_new_methoddef = {
    "__new__", RP_CFUNC(rp_tp_new_wrapper), RP_METH_FASTCALL | RP_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."
};

RpObject *rp_tp_new_wrapper(RpObject *self, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    RpTypeObject *type = (RpTypeObject *)self;
    if (nargs < 1) {
        return rp_err_format(&RpExc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
    }
    RpObject *arg0 = args[0];
    if (!rp_type_check(arg0)) {
        return rp_err_format(&RpExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             type->tp_name, rp_type(arg0)->tp_name);
    }
    RpTypeObject *subtype = (RpTypeObject *)arg0;
    if (!rp_type_is_subtype(subtype, type)) {
        return rp_err_format(&RpExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
    }
    /* the most derived base that is not a Python class must be the one
       whose __new__ this is: object.__new__(int) would skip int's */
    RpTypeObject *staticbase = subtype;
    while (staticbase != NULL && staticbase->tp_new == rp_slot_tp_new) {
        staticbase = staticbase->tp_base;
    }
    if (staticbase != NULL && staticbase->tp_new != type->tp_new) {
        return rp_err_format(&RpExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             type->tp_name, subtype->tp_name, staticbase->tp_name);
    }
    return type->tp_new(subtype, args + 1, nargs - 1, kwnames);
}

int rp_type_add_operators(RpTypeObject *type)
{
    RpObject *dict = type->tp_dict;
    if (type->tp_new != NULL && rp_dict_get_borrow(dict, ID(__new__)) == NULL) {
        RpObject *f = rp_cfunction_new(&tp_new_methoddef, (RpObject *)type, NULL);
        if (f == NULL) {
            return -1;
        }
        int r = rp_dict_set(dict, ID(__new__), f);
        rp_decref(f);
        if (r < 0) {
            return -1;
        }
    }
    for (const RpSlotDef *p = rp_slotdefs; p->name != NULL; p++) {
        if (p->wrapper == NULL) {
            continue;
        }
        void *ptr = SLOT(type, p->offset);
        if (ptr == NULL) {
            continue;
        }
        RpObject *name = rp_ids[p->name_id];
        if (rp_dict_get_borrow(dict, name) != NULL) {
            continue;
        }
        int r;
        if (ptr == (void *)rp_object_hash_not_implemented) {
            r = rp_dict_set(dict, name, rp_None);
        } else {
            RpObject *descr = rp_descr_new_wrapper(type, p, ptr);
            if (descr == NULL) {
                return -1;
            }
            r = rp_dict_set(dict, name, descr);
            rp_decref(descr);
        }
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- Python -> slots ------------------------------------------------------------------------------ */

int rp_is_slot_name(RpObject *name)
{
    if (!rp_str_check(name)) {
        return 0;
    }
    rp_ssize_t n = rp_str_len(name);
    if (n < 5 || rp_str_read_char(name, 0) != '_' || rp_str_read_char(name, 1) != '_' ||
        rp_str_read_char(name, n - 1) != '_' || rp_str_read_char(name, n - 2) != '_') {
        return 0;
    }
    for (const RpSlotDef *p = rp_slotdefs; p->name != NULL; p++) {
        if (rp_ids[p->name_id] == name || rp_str_eq(rp_ids[p->name_id], name)) {
            return 1;
        }
    }
    return 0;
}

/* The one slot of `type` among the slotdefs named `name` that is set, or
 * NULL when none or several are (CPython's resolve_slotdups). */
static void **resolve_slotdups(RpTypeObject *type, int name_id)
{
    void **res = NULL;
    for (const RpSlotDef *p = rp_slotdefs; p->name != NULL; p++) {
        if (p->name_id != name_id) {
            continue;
        }
        void **ptr = &SLOT(type, p->offset);
        if (*ptr == NULL) {
            continue;
        }
        if (res != NULL) {
            return NULL;
        }
        res = ptr;
    }
    return res;
}

/* Set one slot (all the slotdefs from `p` on with the same offset) from
 * what the MRO holds.  Returns the first slotdef after the group. */
static const RpSlotDef *update_one_slot(RpTypeObject *type, const RpSlotDef *p)
{
    int offset = p->offset;
    void **ptr = &SLOT(type, offset);
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    do {
        RpObject *descr = rp_type_lookup_borrow(type, rp_ids[p->name_id]);
        if (descr == NULL) {
            if (offset == (int)offsetof(RpTypeObject, tp_iternext)) {
                /* a type without __next__ keeps a NULL tp_iternext */
            }
            continue;
        }
        if (rp_type(descr) == &RpWrapperDescr_Type &&
            ((RpWrapperDescrObject *)descr)->d_base->name_id == p->name_id) {
            void **tptr = resolve_slotdups(type, p->name_id);
            if (tptr == NULL || tptr == ptr) {
                generic = p->function;
            }
            RpWrapperDescrObject *d = (RpWrapperDescrObject *)descr;
            if ((specific == NULL || specific == d->d_wrapped) &&
                d->d_base->wrapper == p->wrapper &&
                rp_type_is_subtype(type, d->d_common.d_type)) {
                specific = d->d_wrapped;
            } else {
                use_generic = 1;
            }
        } else if (rp_type(descr) == &RpMethodDescr_Type && p->wrapper != NULL &&
                   !(((RpDescrObject *)descr)->d_type->tp_flags & RP_TPFLAGS_HEAPTYPE) &&
                   SLOT(((RpDescrObject *)descr)->d_type, offset) != NULL &&
                   rp_type_is_subtype(type, ((RpDescrObject *)descr)->d_type) &&
                   rp_dict_get_borrow(((RpDescrObject *)descr)->d_type->tp_dict,
                                      rp_ids[p->name_id]) == descr) {
            /* a built-in's method standing for its own slot (list's
               __getitem__ method): keep that type's C slot, as the
               wrapper it replaced would give */
            void *f = SLOT(((RpDescrObject *)descr)->d_type, offset);
            void **tptr = resolve_slotdups(type, p->name_id);
            if (tptr == NULL || tptr == ptr) {
                generic = p->function;
            }
            if (specific == NULL || specific == f) {
                specific = f;
            } else {
                use_generic = 1;
            }
        } else if (rp_cfunction_check(descr) &&
                   ((RpCFunctionObject *)descr)->m_ml == &tp_new_methoddef &&
                   offset == (int)offsetof(RpTypeObject, tp_new)) {
            /* a built-in __new__: keep the inherited C tp_new */
            specific = (void *)type->tp_new;
        } else if (descr == rp_None && offset == (int)offsetof(RpTypeObject, tp_hash)) {
            specific = (void *)rp_object_hash_not_implemented;
        } else {
            use_generic = 1;
            generic = p->function;
        }
    } while ((++p)->name != NULL && p->offset == offset);

    if (specific != NULL && !use_generic) {
        *ptr = specific;
    } else {
        *ptr = generic;
    }
    return p;
}

static void fixup_finalize_flag(RpTypeObject *type)
{
    if (type->tp_finalize != NULL) {
        type->tp_flags |= RP_TPFLAGS_HAS_FINALIZE;
    } else {
        type->tp_flags &= ~RP_TPFLAGS_HAS_FINALIZE;
    }
}

void rp_type_fixup_slots(RpTypeObject *type)
{
    const RpSlotDef *p = rp_slotdefs;
    while (p->name != NULL) {
        p = update_one_slot(type, p);
    }
    fixup_finalize_flag(type);
}

static void update_slots_for(RpTypeObject *type, int offset)
{
    for (const RpSlotDef *p = rp_slotdefs; p->name != NULL; p++) {
        if (p->offset == offset) {
            update_one_slot(type, p);
            return;
        }
    }
}

static int update_subclasses(RpTypeObject *type, RpObject *name, const int *offsets, int n)
{
    for (int i = 0; i < n; i++) {
        update_slots_for(type, offsets[i]);
    }
    fixup_finalize_flag(type);
    RpObject *subs = rp_type_subclasses_list(type);
    if (subs == NULL) {
        return -1;
    }
    for (rp_ssize_t i = 0; i < rp_list_len(subs); i++) {
        RpTypeObject *sub = (RpTypeObject *)rp_list_get_borrow(subs, i);
        /* a subclass defining the name itself is not affected */
        if (sub->tp_dict != NULL && rp_dict_get_borrow(sub->tp_dict, name) != NULL) {
            continue;
        }
        if (update_subclasses(sub, name, offsets, n) < 0) {
            rp_decref(subs);
            return -1;
        }
    }
    rp_decref(subs);
    return 0;
}

int rp_type_update_slot(RpTypeObject *type, RpObject *name)
{
    int offsets[8];
    int n = 0;
    for (const RpSlotDef *p = rp_slotdefs; p->name != NULL; p++) {
        RpObject *pn = rp_ids[p->name_id];
        if (pn != name && !rp_str_eq(pn, name)) {
            continue;
        }
        int dup = 0;
        for (int i = 0; i < n; i++) {
            if (offsets[i] == p->offset) {
                dup = 1;
            }
        }
        if (!dup && n < 8) {
            offsets[n++] = p->offset;
        }
    }
    if (n == 0) {
        return 0;
    }
    return update_subclasses(type, name, offsets, n);
}
