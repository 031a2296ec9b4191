/* abstract.h - the object protocol: what any object can be asked to do.
 *
 * These functions dispatch through the type slots (object.h) with the
 * exact fallback rules of CPython 3.11 (Objects/abstract.c, object.c),
 * including the error messages.  Everything returns NEW references and
 * follows the NULL/-1 error convention.
 */
#ifndef RP_ABSTRACT_H
#define RP_ABSTRACT_H

#include "../core/object.h"

/* ---- basic ---------------------------------------------------------------- */
RpObject *rp_object_repr(RpObject *o);        /* repr(o) */
RpObject *rp_object_str(RpObject *o);         /* str(o) */
RpObject *rp_object_ascii(RpObject *o);       /* ascii(o) */
RpObject *rp_object_format(RpObject *o, RpObject *spec);  /* format(o, spec); spec may be NULL */
rp_hash_t rp_object_hash(RpObject *o);        /* hash(o); -1 on error */
/* "TypeError: unhashable type: 'list'"; returns -1 */
rp_hash_t rp_object_hash_not_implemented(RpObject *o);
int rp_object_is_true(RpObject *o);           /* bool(o): 1, 0 or -1 */
int rp_object_not(RpObject *o);
RpObject *rp_object_richcompare(RpObject *a, RpObject *b, int op);
/* As richcompare, converted to 1/0/-1.  For RP_EQ/RP_NE, identical
 * objects compare equal without calling anything (the identity shortcut
 * CPython uses in containers: `nan in [nan]` is True). */
int rp_object_richcompare_bool(RpObject *a, RpObject *b, int op);
RpObject *rp_object_type(RpObject *o);        /* type(o), new reference */
/* type(o).__name__ as a C string (borrowed from the type) */
const char *rp_object_type_name(RpObject *o);
RpObject *rp_object_dir(RpObject *o);         /* dir(o), a sorted list */

/* ---- attributes ------------------------------------------------------------ */
RpObject *rp_object_getattr(RpObject *o, RpObject *name);         /* name: str */
RpObject *rp_object_getattr_str(RpObject *o, const char *name);
/* Like getattr, but a missing attribute is not an error: returns 0 and sets
 * *result = NULL; 1 and *result = value when found; -1 on other errors. */
int rp_object_lookup_attr(RpObject *o, RpObject *name, RpObject **result);
int rp_object_setattr(RpObject *o, RpObject *name, RpObject *value);  /* value NULL: delete */
int rp_object_setattr_str(RpObject *o, const char *name, RpObject *value);
int rp_object_delattr(RpObject *o, RpObject *name);
int rp_object_hasattr(RpObject *o, RpObject *name);   /* errors swallowed as CPython's hasattr */
/* object.__getattribute__ / __setattr__: type lookup, data descriptors,
 * instance __dict__, non-data descriptors, with CPython's messages
 * ("'X' object has no attribute 'y'"). */
RpObject *rp_object_generic_getattr(RpObject *o, RpObject *name);
int rp_object_generic_setattr(RpObject *o, RpObject *name, RpObject *value);
/* The address of an instance's __dict__ slot, or NULL if it has none. */
RpObject **rp_object_dict_ptr(RpObject *o);

/* For the VM's LOAD_METHOD: look up name on o; if it is a plain function
 * found on the type (so a bound method would be made), return it in
 * *method and 1; otherwise the attribute value in *method and 0.
 * -1 on error. *method is a NEW reference. */
int rp_object_get_method(RpObject *o, RpObject *name, RpObject **method);

/* ---- calls ------------------------------------------------------------------ */
/* callable(*args[0:nargs], **dict(zip(kwnames, args[nargs:]))) */
RpObject *rp_call(RpObject *callable, RpObject *const *args, size_t nargs,
                  RpObject *kwnames);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL */
RpObject *rp_call_tuple_dict(RpObject *callable, RpObject *args, RpObject *kwargs);
RpObject *rp_call_noargs(RpObject *callable);
RpObject *rp_call_one(RpObject *callable, RpObject *arg);
RpObject *rp_call_two(RpObject *callable, RpObject *a, RpObject *b);
/* o.name(*args) */
RpObject *rp_call_method(RpObject *o, RpObject *name, RpObject *const *args, size_t nargs);
RpObject *rp_call_method_str(RpObject *o, const char *name, RpObject *const *args, size_t nargs);
int rp_callable_check(RpObject *o);

/* ---- containers --------------------------------------------------------------- */
rp_ssize_t rp_object_len(RpObject *o);        /* len(o); -1 on error */
/* len(o) if cheaply known, else `dflt` (operator.length_hint); -1 on error */
rp_ssize_t rp_object_length_hint(RpObject *o, rp_ssize_t dflt);
RpObject *rp_object_getitem(RpObject *o, RpObject *key);
int rp_object_setitem(RpObject *o, RpObject *key, RpObject *value);
int rp_object_delitem(RpObject *o, RpObject *key);
RpObject *rp_sequence_getitem(RpObject *o, rp_ssize_t i);    /* o[i], negative allowed */
int rp_sequence_contains(RpObject *seq, RpObject *item);      /* `item in seq`: 1/0/-1 */
RpObject *rp_sequence_tuple(RpObject *o);     /* tuple(o) */
RpObject *rp_sequence_list(RpObject *o);      /* list(o) */
/* For fast iteration over a list or tuple (borrowed items) or any iterable
 * materialised into a new tuple: returns a NEW reference to a list/tuple. */
RpObject *rp_sequence_fast(RpObject *o, const char *errmsg);

/* ---- iteration ------------------------------------------------------------------ */
RpObject *rp_object_get_iter(RpObject *o);    /* iter(o) */
/* next(it): NEW reference; NULL with no exception set = exhausted;
 * NULL with an exception = error.  StopIteration raised by a Python
 * __next__ is swallowed into the "exhausted" result. */
RpObject *rp_iter_next(RpObject *it);
int rp_iter_check(RpObject *o);

/* ---- numbers -------------------------------------------------------------------- */
/* Binary operators, with CPython's reflected-operand and subclass rules and
 * messages ("unsupported operand type(s) for +: 'int' and 'str'",
 * "can only concatenate str (not \"int\") to str"). */
RpObject *rp_number_add(RpObject *a, RpObject *b);
RpObject *rp_number_subtract(RpObject *a, RpObject *b);
RpObject *rp_number_multiply(RpObject *a, RpObject *b);
RpObject *rp_number_matrix_multiply(RpObject *a, RpObject *b);
RpObject *rp_number_true_divide(RpObject *a, RpObject *b);
RpObject *rp_number_floor_divide(RpObject *a, RpObject *b);
RpObject *rp_number_remainder(RpObject *a, RpObject *b);
RpObject *rp_number_divmod(RpObject *a, RpObject *b);
RpObject *rp_number_power(RpObject *a, RpObject *b, RpObject *mod);  /* mod: None if absent */
RpObject *rp_number_lshift(RpObject *a, RpObject *b);
RpObject *rp_number_rshift(RpObject *a, RpObject *b);
RpObject *rp_number_and(RpObject *a, RpObject *b);
RpObject *rp_number_or(RpObject *a, RpObject *b);
RpObject *rp_number_xor(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_add(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_subtract(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_multiply(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_matrix_multiply(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_true_divide(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_floor_divide(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_remainder(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_power(RpObject *a, RpObject *b, RpObject *mod);
RpObject *rp_number_inplace_lshift(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_rshift(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_and(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_or(RpObject *a, RpObject *b);
RpObject *rp_number_inplace_xor(RpObject *a, RpObject *b);
RpObject *rp_number_negative(RpObject *o);
RpObject *rp_number_positive(RpObject *o);
RpObject *rp_number_absolute(RpObject *o);
RpObject *rp_number_invert(RpObject *o);

/* The BINARY_OP instruction's operator numbers (CPython 3.11's NB_*),
 * used by compile.c and ceval.c: rp_number_binary_op(a, b, RP_NB_ADD). */
enum {
    RP_NB_ADD = 0, RP_NB_AND, RP_NB_FLOOR_DIVIDE, RP_NB_LSHIFT,
    RP_NB_MATRIX_MULTIPLY, RP_NB_MULTIPLY, RP_NB_REMAINDER, RP_NB_OR,
    RP_NB_POWER, RP_NB_RSHIFT, RP_NB_SUBTRACT, RP_NB_TRUE_DIVIDE, RP_NB_XOR,
    RP_NB_INPLACE_ADD, RP_NB_INPLACE_AND, RP_NB_INPLACE_FLOOR_DIVIDE,
    RP_NB_INPLACE_LSHIFT, RP_NB_INPLACE_MATRIX_MULTIPLY,
    RP_NB_INPLACE_MULTIPLY, RP_NB_INPLACE_REMAINDER, RP_NB_INPLACE_OR,
    RP_NB_INPLACE_POWER, RP_NB_INPLACE_RSHIFT, RP_NB_INPLACE_SUBTRACT,
    RP_NB_INPLACE_TRUE_DIVIDE, RP_NB_INPLACE_XOR
};
RpObject *rp_number_binary_op(RpObject *a, RpObject *b, int nb_op);
/* "+", "+=", ... for messages */
const char *rp_number_op_symbol(int nb_op);

/* int(o) / float(o) / operator.index(o) */
RpObject *rp_number_long(RpObject *o);
RpObject *rp_number_float(RpObject *o);
RpObject *rp_number_index(RpObject *o);
int rp_index_check(RpObject *o);
/* operator.index(o) as a C integer; on overflow raise `exc` (e.g.
 * RpExc_IndexError) or clamp when exc is NULL.  -1 with exception set on
 * error (check rp_err_occurred() when -1 is a valid value). */
rp_ssize_t rp_number_as_ssize_t(RpObject *o, RpTypeObject *exc);

/* ---- classes ------------------------------------------------------------------------ */
int rp_object_is_instance(RpObject *inst, RpObject *cls);   /* isinstance: 1/0/-1 */
int rp_object_is_subclass(RpObject *derived, RpObject *cls);/* issubclass */

#endif /* RP_ABSTRACT_H */
