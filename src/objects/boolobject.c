/* boolobject.c - bool: a subclass of int with exactly two instances.
 *
 * Models CPython 3.11's Objects/boolobject.c.  True and False are static
 * ints (digit 1 / no digit) whose type is bool; everything but repr and
 * & | ^ is inherited from int, so True + True == 2 and True / 2 == 0.5.
 */
#include "boolobject.h"

#include <stddef.h>

#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "exceptions.h"
#include "longint.h"
#include "numformat.h"
#include "strobject.h"

RpLongObject rp_False_struct = {RP_STATIC_VAROBJECT_INIT(&RpBool_Type, 0), {0}};
RpLongObject rp_True_struct = {RP_STATIC_VAROBJECT_INIT(&RpBool_Type, 1), {1}};

static RpObject *bool_repr(RpObject *self)
{
    return self == rp_True ? rp_numfmt_ascii("True", 4) : rp_numfmt_ascii("False", 5);
}

static RpObject *bool_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                          RpObject *kwnames)
{
    (void)type;
    if (!rp_arg_no_kwnames("bool", kwnames) || !rp_arg_check_positional("bool", nargs, 0, 1)) {
        return NULL;
    }
    if (nargs == 0) {
        return rp_newref(rp_False);
    }
    int ok = rp_object_is_true(args[0]);
    if (ok < 0) {
        return NULL;
    }
    return rp_bool_from_long(ok);
}

static RpObject *bool_and(RpObject *a, RpObject *b)
{
    if (!rp_bool_check(a) || !rp_bool_check(b)) {
        return rp_long_nb_and(a, b);
    }
    return rp_bool_from_long((a == rp_True) & (b == rp_True));
}

static RpObject *bool_or(RpObject *a, RpObject *b)
{
    if (!rp_bool_check(a) || !rp_bool_check(b)) {
        return rp_long_nb_or(a, b);
    }
    return rp_bool_from_long((a == rp_True) | (b == rp_True));
}

static RpObject *bool_xor(RpObject *a, RpObject *b)
{
    if (!rp_bool_check(a) || !rp_bool_check(b)) {
        return rp_long_nb_xor(a, b);
    }
    return rp_bool_from_long((a == rp_True) ^ (b == rp_True));
}

static void bool_dealloc(RpObject *o)
{
    /* True and False are static: losing the last reference is a
       refcounting bug in C code; keep them alive */
    o->ob_refcnt = 1;
}

RpTypeObject RpBool_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bool",
    .tp_basicsize = offsetof(RpLongObject, ob_digit),
    .tp_itemsize = sizeof(rp_digit),
    .tp_flags = RP_TPFLAGS_LONG_SUBCLASS,
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_new = bool_new,
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
    .tp_base = &RpLong_Type,
    .tp_doc = "bool(x) -> bool\n\n"
              "Returns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
};
