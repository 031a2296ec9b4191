/* builtins_functions.c - the built-in functions that only compute:
 * len, abs, min, max, sum, sorted, iter, next, chr, ord, any, all, round,
 * divmod, pow, callable, getattr, setattr, hasattr, delattr, hash, id,
 * format, bin, oct, hex, repr, ascii, isinstance, issubclass, aiter, anext.
 *
 * The functions with state or frames (print, input, exec, eval, compile,
 * globals, locals, vars, dir, __build_class__, breakpoint, exit/quit,
 * copyright/credits/license/help; open) are in
 * builtinsmodule.c.  Messages and fast paths follow CPython 3.11's
 * Python/bltinmodule.c; no function keeps a reference to its arguments
 * after returning (refcounts stay exact).
 */
#include "builtins.h"

#include <limits.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/iterobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "../vm/import.h"
#include "modsupport.h"

/* ---- one-argument functions ------------------------------------------------- */

static RpObject *builtin_len(RpObject *self, RpObject *o)
{
    rp_ssize_t n = rp_object_len(o);
    return n < 0 ? NULL : rp_int_from_ssize_t(n);
}

static RpObject *builtin_abs(RpObject *self, RpObject *o)
{
    return rp_number_absolute(o);
}

static RpObject *builtin_id(RpObject *self, RpObject *o)
{
    return rp_int_from_unsigned_long_long((unsigned long long)(uintptr_t)o);
}

static RpObject *builtin_hash(RpObject *self, RpObject *o)
{
    rp_hash_t h = rp_object_hash(o);
    return h == -1 ? NULL : rp_int_from_ssize_t(h);
}

static RpObject *builtin_repr(RpObject *self, RpObject *o)
{
    return rp_object_repr(o);
}

static RpObject *builtin_ascii(RpObject *self, RpObject *o)
{
    return rp_object_ascii(o);
}

static RpObject *builtin_callable(RpObject *self, RpObject *o)
{
    return rp_bool_from_long(rp_callable_check(o));
}

static RpObject *int_to_base(RpObject *o, int base)
{
    RpObject *i = rp_number_index(o);
    if (i == NULL) {
        return NULL;
    }
    RpObject *r = rp_int_to_string(i, base);
    rp_decref(i);
    return r;
}

static RpObject *builtin_bin(RpObject *self, RpObject *o) { return int_to_base(o, 2); }
static RpObject *builtin_oct(RpObject *self, RpObject *o) { return int_to_base(o, 8); }
static RpObject *builtin_hex(RpObject *self, RpObject *o) { return int_to_base(o, 16); }

static RpObject *builtin_chr(RpObject *self, RpObject *o)
{
    int v = rp_arg_as_int(o);
    if (v == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (v < 0 || v > 0x10ffff) {
        return rp_err_set_string(&RpExc_ValueError, "chr() arg not in range(0x110000)");
    }
    return rp_str_from_char((uint32_t)v);
}

static RpObject *builtin_ord(RpObject *self, RpObject *c)
{
    rp_ssize_t size;
    if (rp_bytes_check(c)) {
        size = rp_bytes_len(c);
        if (size == 1) {
            return rp_int_from_long((unsigned char)rp_bytes_data(c)[0]);
        }
    } else if (rp_str_check(c)) {
        size = rp_str_len(c);
        if (size == 1) {
            return rp_int_from_long((long)rp_str_read_char(c, 0));
        }
    } else if (rp_bytearray_check(c)) {
        RpByteArrayObject *ba = (RpByteArrayObject *)c;
        size = rp_size(c);
        if (size == 1) {
            return rp_int_from_long((unsigned char)ba->ob_start[0]);
        }
    } else {
        return rp_err_format(&RpExc_TypeError,
                             "ord() expected string of length 1, but %T found", c);
    }
    return rp_err_format(&RpExc_TypeError,
                         "ord() expected a character, but string of length %zd found", size);
}

/* any(iterable) / all(iterable) */
static RpObject *any_all(RpObject *iterable, int want)
{
    RpObject *it = rp_object_get_iter(iterable);
    if (it == NULL) {
        return NULL;
    }
    RpObject *item;
    while ((item = rp_iter_next(it)) != NULL) {
        int t = rp_object_is_true(item);
        rp_decref(item);
        if (t < 0) {
            rp_decref(it);
            return NULL;
        }
        if (t == want) {
            rp_decref(it);
            return rp_bool_from_long(want);
        }
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_bool_from_long(!want);
}

static RpObject *builtin_any(RpObject *self, RpObject *o) { return any_all(o, 1); }
static RpObject *builtin_all(RpObject *self, RpObject *o) { return any_all(o, 0); }

/* ---- two or more arguments ------------------------------------------------------ */

static RpObject *builtin_divmod(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("divmod", nargs, 2, 2)) {
        return NULL;
    }
    return rp_number_divmod(args[0], args[1]);
}

static RpObject *builtin_pow(RpObject *self, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    static const char *const kw[] = { "base", "exp", "mod", NULL };
    static const RpArgParser parser = { "pow", kw };
    RpObject *a[3];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 2, 3, 0, a) < 0) {
        return NULL;
    }
    return rp_number_power(a[0], a[1], a[2] != NULL ? a[2] : rp_None);
}

static int check_attr_name(RpObject *name)
{
    if (!rp_str_check(name)) {
        rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%T'", name);
        return 0;
    }
    return 1;
}

static RpObject *builtin_getattr(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("getattr", nargs, 2, 3)) {
        return NULL;
    }
    if (!check_attr_name(args[1])) {
        return NULL;
    }
    if (nargs == 2) {
        return rp_object_getattr(args[0], args[1]);
    }
    RpObject *r;
    int found = rp_object_lookup_attr(args[0], args[1], &r);
    if (found < 0) {
        return NULL;
    }
    return found ? r : rp_newref(args[2]);
}

static RpObject *builtin_setattr(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("setattr", nargs, 3, 3)) {
        return NULL;
    }
    if (!check_attr_name(args[1])) {
        return NULL;
    }
    if (rp_object_setattr(args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *builtin_delattr(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("delattr", nargs, 2, 2)) {
        return NULL;
    }
    if (!check_attr_name(args[1])) {
        return NULL;
    }
    if (rp_object_setattr(args[0], args[1], NULL) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *builtin_hasattr(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("hasattr", nargs, 2, 2)) {
        return NULL;
    }
    if (!check_attr_name(args[1])) {
        return NULL;
    }
    RpObject *v;
    int found = rp_object_lookup_attr(args[0], args[1], &v);
    if (found < 0) {
        return NULL;
    }
    rp_xdecref(v);
    return rp_bool_from_long(found);
}

static RpObject *builtin_isinstance(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("isinstance", nargs, 2, 2)) {
        return NULL;
    }
    int r = rp_object_is_instance(args[0], args[1]);
    return r < 0 ? NULL : rp_bool_from_long(r);
}

static RpObject *builtin_issubclass(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("issubclass", nargs, 2, 2)) {
        return NULL;
    }
    int r = rp_object_is_subclass(args[0], args[1]);
    return r < 0 ? NULL : rp_bool_from_long(r);
}

static RpObject *builtin_format(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("format", nargs, 1, 2)) {
        return NULL;
    }
    RpObject *spec = nargs > 1 ? args[1] : NULL;
    if (spec != NULL && !rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "format() argument 2 must be str, not %T", spec);
    }
    return rp_object_format(args[0], spec);
}

static RpObject *builtin_round(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    static const char *const kw[] = { "number", "ndigits", NULL };
    static const RpArgParser parser = { "round", kw };
    RpObject *a[2];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 2, 0, a) < 0) {
        return NULL;
    }
    int found;
    RpObject *r;
    if (a[1] == NULL || a[1] == rp_None) {
        r = rp_call_special(a[0], rp_id(__round__), NULL, 0, &found);
    } else {
        r = rp_call_special(a[0], rp_id(__round__), &a[1], 1, &found);
    }
    if (r == NULL && !found && !rp_err_occurred()) {
        return rp_err_format(&RpExc_TypeError, "type %s doesn't define __round__ method",
                             rp_type(a[0])->tp_name);
    }
    return r;
}

/* ---- iteration ---------------------------------------------------------------------- */

static RpObject *builtin_iter(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("iter", nargs, 1, 2)) {
        return NULL;
    }
    if (nargs == 1) {
        return rp_object_get_iter(args[0]);
    }
    if (!rp_callable_check(args[0])) {
        return rp_err_set_string(&RpExc_TypeError, "iter(v, w): v must be callable");
    }
    return rp_calliter_new(args[0], args[1]);
}

static RpObject *builtin_next(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("next", nargs, 1, 2)) {
        return NULL;
    }
    RpObject *it = args[0];
    if (!rp_iter_check(it)) {
        return rp_err_format(&RpExc_TypeError, "'%s' object is not an iterator",
                             rp_type(it)->tp_name);
    }
    RpObject *res = rp_type(it)->tp_iternext(it);
    if (res != NULL) {
        return res;
    }
    if (nargs > 1) {
        if (rp_err_occurred()) {
            if (!rp_err_matches(&RpExc_StopIteration)) {
                return NULL;
            }
            rp_err_clear();
        }
        return rp_newref(args[1]);
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_err_set_none(&RpExc_StopIteration);
}

/* ---- async iteration ----------------------------------------------------------------- */

static RpObject *builtin_aiter(RpObject *self, RpObject *o)
{
    int found;
    RpObject *it = rp_call_special(o, rp_id(__aiter__), NULL, 0, &found);
    if (it == NULL) {
        if (!found && !rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError, "'%s' object is not an async iterable",
                          rp_type(o)->tp_name);
        }
        return NULL;
    }
    if (rp_type_lookup_borrow(rp_type(it), rp_id(__anext__)) == NULL) {
        rp_err_format(&RpExc_TypeError, "aiter() returned not an async iterator of type '%s'",
                      rp_type(it)->tp_name);
        rp_decref(it);
        return NULL;
    }
    return it;
}

/* anext(aiterator[, default]): the awaitable of aiterator.__anext__() */
static RpObject *builtin_anext(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("anext", nargs, 1, 2)) {
        return NULL;
    }
    if (rp_type_lookup_borrow(rp_type(args[0]), rp_id(__anext__)) == NULL) {
        return rp_err_format(&RpExc_TypeError, "'%s' object is not an async iterator",
                             rp_type(args[0])->tp_name);
    }
    int found;
    RpObject *awaitable = rp_call_special(args[0], rp_id(__anext__), NULL, 0, &found);
    if (awaitable == NULL || nargs == 1) {
        return awaitable;
    }
    /* with a default: an awaitable that turns StopAsyncIteration into the
       default (lib/_anext.py; CPython's anext_awaitable) */
    RpObject *mod = rp_import_module("_anext");
    RpObject *cls = mod != NULL ? rp_object_getattr_str(mod, "anext_awaitable") : NULL;
    RpObject *r = cls != NULL ? rp_call_two(cls, awaitable, args[1]) : NULL;
    rp_decref(awaitable);
    rp_xdecref(cls);
    rp_xdecref(mod);
    return r;
}

/* ---- min / max ----------------------------------------------------------------------- */

static RpObject *min_max(RpObject *const *args, size_t nargs, RpObject *kwnames, int op)
{
    const char *name = op == RP_LT ? "min" : "max";
    RpObject *keyfunc = NULL, *dflt = NULL;
    rp_ssize_t nkw = (rp_ssize_t)rp_arg_nkw(kwnames);
    for (rp_ssize_t i = 0; i < nkw; i++) {
        RpObject *k = rp_tuple_get_borrow(kwnames, i);
        RpObject *v = args[nargs + (size_t)i];
        if (!rp_str_check(k)) {
            return rp_err_set_string(&RpExc_TypeError, "keywords must be strings");
        }
        if (rp_str_eq_cstr(k, "key")) {
            keyfunc = v;
        } else if (rp_str_eq_cstr(k, "default")) {
            dflt = v;
        } else {
            return rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                                 k, name);
        }
    }
    if (nargs == 0) {
        return rp_err_format(&RpExc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    int positional = nargs > 1;
    if (positional && dflt != NULL) {
        return rp_err_format(&RpExc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments",
                             name);
    }
    if (keyfunc == rp_None) {
        keyfunc = NULL;
    }
    RpObject *it = NULL;
    if (!positional) {
        it = rp_object_get_iter(args[0]);
        if (it == NULL) {
            return NULL;
        }
    }
    RpObject *best_item = NULL, *best_val = NULL;
    size_t idx = 0;
    for (;;) {
        RpObject *item;
        if (positional) {
            if (idx >= nargs) {
                break;
            }
            item = rp_newref(args[idx++]);
        } else {
            item = rp_iter_next(it);
            if (item == NULL) {
                if (rp_err_occurred()) {
                    goto fail;
                }
                break;
            }
        }
        RpObject *val;
        if (keyfunc != NULL) {
            val = rp_call_one(keyfunc, item);
            if (val == NULL) {
                rp_decref(item);
                goto fail;
            }
        } else {
            val = rp_newref(item);
        }
        if (best_val == NULL) {
            best_item = item;
            best_val = val;
        } else {
            int cmp = rp_object_richcompare_bool(val, best_val, op);
            if (cmp < 0) {
                rp_decref(item);
                rp_decref(val);
                goto fail;
            }
            if (cmp > 0) {
                rp_decref(best_val);
                rp_decref(best_item);
                best_val = val;
                best_item = item;
            } else {
                rp_decref(item);
                rp_decref(val);
            }
        }
    }
    rp_xdecref(it);
    if (best_val == NULL) {
        if (dflt != NULL) {
            return rp_newref(dflt);
        }
        return rp_err_format(&RpExc_ValueError, "%s() arg is an empty sequence", name);
    }
    rp_decref(best_val);
    return best_item;
fail:
    rp_xdecref(it);
    rp_xdecref(best_val);
    rp_xdecref(best_item);
    return NULL;
}

static RpObject *builtin_min(RpObject *self, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    return min_max(args, nargs, kwnames, RP_LT);
}

static RpObject *builtin_max(RpObject *self, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    return min_max(args, nargs, kwnames, RP_GT);
}

/* ---- sum ---------------------------------------------------------------------------------- */

static RpObject *builtin_sum(RpObject *self, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    static const char *const kw[] = { "", "start", NULL };
    static const RpArgParser parser = { "sum", kw };
    RpObject *a[2];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 2, 0, a) < 0) {
        return NULL;
    }
    RpObject *result = a[1];
    if (result == NULL) {
        result = rp_newref(rp_small_int_borrow(0));
    } else {
        if (rp_str_check(result)) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (rp_bytes_check(result)) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (rp_bytearray_check(result)) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        rp_incref(result);
    }
    RpObject *it = rp_object_get_iter(a[0]);
    if (it == NULL) {
        rp_decref(result);
        return NULL;
    }
    RpObject *item;

    /* ints: add in a C long while nothing overflows */
    if (rp_int_check_exact(result)) {
        int overflow;
        long acc = rp_int_as_long_and_overflow(result, &overflow);
        if (!overflow) {
            RP_CLEAR(result);
        }
        while (result == NULL) {
            item = rp_iter_next(it);
            if (item == NULL) {
                rp_decref(it);
                return rp_err_occurred() ? NULL : rp_int_from_long(acc);
            }
            if (rp_int_check_exact(item) || rp_bool_check(item)) {
                long b = rp_int_as_long_and_overflow(item, &overflow);
                if (!overflow && (acc >= 0 ? b <= LONG_MAX - acc : b >= LONG_MIN - acc)) {
                    acc += b;
                    rp_decref(item);
                    continue;
                }
            }
            /* overflow or another type: go on with objects */
            result = rp_int_from_long(acc);
            if (result == NULL) {
                rp_decref(item);
                rp_decref(it);
                return NULL;
            }
            RpObject *tmp = rp_number_add(result, item);
            rp_decref(result);
            rp_decref(item);
            result = tmp;
            if (result == NULL) {
                rp_decref(it);
                return NULL;
            }
        }
    }

    /* floats: add in a C double */
    if (rp_float_check_exact(result)) {
        double acc = rp_float_value(result);
        RP_CLEAR(result);
        while (result == NULL) {
            item = rp_iter_next(it);
            if (item == NULL) {
                rp_decref(it);
                return rp_err_occurred() ? NULL : rp_float_from_double(acc);
            }
            if (rp_float_check_exact(item)) {
                acc += rp_float_value(item);
                rp_decref(item);
                continue;
            }
            if (rp_int_check(item)) {
                int overflow;
                long v = rp_int_as_long_and_overflow(item, &overflow);
                if (!overflow) {
                    acc += (double)v;
                    rp_decref(item);
                    continue;
                }
            }
            result = rp_float_from_double(acc);
            if (result == NULL) {
                rp_decref(item);
                rp_decref(it);
                return NULL;
            }
            RpObject *tmp = rp_number_add(result, item);
            rp_decref(result);
            rp_decref(item);
            result = tmp;
            if (result == NULL) {
                rp_decref(it);
                return NULL;
            }
        }
    }

    /* anything else: result = result + item (never in place: sum must
       not change its start argument) */
    while ((item = rp_iter_next(it)) != NULL) {
        RpObject *tmp = rp_number_add(result, item);
        rp_decref(result);
        rp_decref(item);
        result = tmp;
        if (result == NULL) {
            break;
        }
    }
    rp_decref(it);
    if (result != NULL && rp_err_occurred()) {
        RP_CLEAR(result);
    }
    return result;
}

/* ---- sorted ----------------------------------------------------------------------------------- */

static RpObject *builtin_sorted(RpObject *self, RpObject *const *args, size_t nargs,
                                RpObject *kwnames)
{
    if (!rp_arg_check_positional("sorted", nargs, 1, 1)) {
        return NULL;
    }
    RpObject *list = rp_sequence_list(args[0]);
    if (list == NULL) {
        return NULL;
    }
    if (rp_arg_nkw(kwnames) == 0) {
        if (rp_list_sort(list) < 0) {
            rp_decref(list);
            return NULL;
        }
        return list;
    }
    RpObject *sort = rp_object_getattr_str(list, "sort");
    if (sort == NULL) {
        rp_decref(list);
        return NULL;
    }
    RpObject *r = rp_call(sort, args + 1, 0, kwnames);
    rp_decref(sort);
    if (r == NULL) {
        rp_decref(list);
        return NULL;
    }
    rp_decref(r);
    return list;
}

/* ---- the table ----------------------------------------------------------------------------------- */

#define FAST RP_METH_FASTCALL
#define FASTKW (RP_METH_FASTCALL | RP_METH_KEYWORDS)

RpMethodDef rp_builtin_functions_compute[] = {
    { "abs", RP_CFUNC(builtin_abs), RP_METH_O, "Return the absolute value of the argument." },
    { "aiter", RP_CFUNC(builtin_aiter), RP_METH_O,
      "Return an AsyncIterator for an AsyncIterable object." },
    { "anext", RP_CFUNC(builtin_anext), FAST,
      "Return the next item from the async iterator." },
    { "all", RP_CFUNC(builtin_all), RP_METH_O,
      "Return True if bool(x) is True for all values x in the iterable.\n\n"
      "If the iterable is empty, return True." },
    { "any", RP_CFUNC(builtin_any), RP_METH_O,
      "Return True if bool(x) is True for any x in the iterable.\n\n"
      "If the iterable is empty, return False." },
    { "ascii", RP_CFUNC(builtin_ascii), RP_METH_O,
      "Return an ASCII-only representation of an object." },
    { "bin", RP_CFUNC(builtin_bin), RP_METH_O,
      "Return the binary representation of an integer." },
    { "callable", RP_CFUNC(builtin_callable), RP_METH_O,
      "Return whether the object is callable (i.e., some kind of function)." },
    { "chr", RP_CFUNC(builtin_chr), RP_METH_O,
      "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff." },
    { "delattr", RP_CFUNC(builtin_delattr), FAST,
      "Deletes the named attribute from the given object." },
    { "divmod", RP_CFUNC(builtin_divmod), FAST,
      "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x." },
    { "format", RP_CFUNC(builtin_format), FAST,
      "Return value.__format__(format_spec)" },
    { "getattr", RP_CFUNC(builtin_getattr), FAST,
      "getattr(object, name[, default]) -> value\n\n"
      "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y." },
    { "hasattr", RP_CFUNC(builtin_hasattr), FAST,
      "Return whether the object has an attribute with the given name." },
    { "hash", RP_CFUNC(builtin_hash), RP_METH_O,
      "Return the hash value for the given object." },
    { "hex", RP_CFUNC(builtin_hex), RP_METH_O,
      "Return the hexadecimal representation of an integer." },
    { "id", RP_CFUNC(builtin_id), RP_METH_O,
      "Return the identity of an object.\n\n"
      "This is guaranteed to be unique among simultaneously existing objects.\n"
      "(CPython uses the object's memory address.)" },
    { "isinstance", RP_CFUNC(builtin_isinstance), FAST,
      "Return whether an object is an instance of a class or of a subclass thereof." },
    { "issubclass", RP_CFUNC(builtin_issubclass), FAST,
      "Return whether 'cls' is derived from another class or is the same class." },
    { "iter", RP_CFUNC(builtin_iter), FAST,
      "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\n"
      "Get an iterator from an object." },
    { "len", RP_CFUNC(builtin_len), RP_METH_O,
      "Return the number of items in a container." },
    { "max", RP_CFUNC(builtin_max), FASTKW,
      "max(iterable, *[, default=obj, key=func]) -> value\n"
      "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
      "With a single iterable argument, return its biggest item." },
    { "min", RP_CFUNC(builtin_min), FASTKW,
      "min(iterable, *[, default=obj, key=func]) -> value\n"
      "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
      "With a single iterable argument, return its smallest item." },
    { "next", RP_CFUNC(builtin_next), FAST,
      "next(iterator[, default])\n\n"
      "Return the next item from the iterator." },
    { "oct", RP_CFUNC(builtin_oct), RP_METH_O,
      "Return the octal representation of an integer." },
    { "ord", RP_CFUNC(builtin_ord), RP_METH_O,
      "Return the Unicode code point for a one-character string." },
    { "pow", RP_CFUNC(builtin_pow), FASTKW,
      "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments" },
    { "repr", RP_CFUNC(builtin_repr), RP_METH_O,
      "Return the canonical string representation of the object." },
    { "round", RP_CFUNC(builtin_round), FASTKW,
      "Round a number to a given precision in decimal digits." },
    { "setattr", RP_CFUNC(builtin_setattr), FAST,
      "Sets the named attribute on the given object to the specified value." },
    { "sorted", RP_CFUNC(builtin_sorted), FASTKW,
      "Return a new list containing all items from the iterable in ascending order." },
    { "sum", RP_CFUNC(builtin_sum), FASTKW,
      "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
    { NULL, NULL, 0, NULL }
};
