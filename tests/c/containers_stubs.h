/* containers_stubs.h - a minimal stand-in runtime for the container unit
 * tests (test_dict.c, test_containers.c).
 *
 * The containers need ints, strs, errors and the object protocol, which
 * other areas provide.  Until the whole interpreter links (and so that
 * these tests exercise the containers alone), this header defines small
 * WEAK versions of what the containers call: exact ints of up to two
 * 30-bit digits, ASCII strs, one current error, and richcompare/hash
 * dispatching through the slots.  A real definition in the library
 * always wins over these.
 */
#ifndef CONTAINERS_STUBS_H
#define CONTAINERS_STUBS_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/freelist.h"
#include "core/gc.h"
#include "core/refcount.h"
#include "core/runtime.h"
#include "objects/boolobject.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/noneobject.h"
#include "objects/strobject.h"
#include "objects/typeobject.h"
#include "vm/abstract.h"
#include "vm/errors.h"

#define WEAK __attribute__((weak))

/* ---- types ---- */
static void stub_free_dealloc(RpObject *o) { rp_object_free(o); }

WEAK RpTypeObject RpType_Type = { .tp_name = "type" };
WEAK RpTypeObject RpBaseObject_Type = { .tp_name = "object" };
WEAK RpTypeObject RpNone_Type = { .tp_name = "NoneType" };
WEAK RpTypeObject RpNotImplemented_Type = { .tp_name = "NotImplementedType" };
WEAK RpTypeObject RpFloat_Type = { .tp_name = "float" };
WEAK RpObject rp_None_struct = { 1 << 30, &RpNone_Type };
WEAK RpObject rp_NotImplemented_struct = { 1 << 30, &RpNotImplemented_Type };
WEAK RpTypeObject RpEllipsis_Type = { .tp_name = "ellipsis" };
WEAK RpObject rp_Ellipsis_struct = { 1 << 30, &RpEllipsis_Type };

#define RP_EXC(name, base, layout) WEAK RpTypeObject RpExc_##name = { .tp_name = #name };
#include "objects/exceptions.def"
#undef RP_EXC

/* ---- ints: up to two digits ---- */
static rp_hash_t stub_int_hash(RpObject *o);
static RpObject *stub_int_richcompare(RpObject *a, RpObject *b, int op);
WEAK RpTypeObject RpLong_Type = {
    .tp_name = "int",
    .tp_basicsize = offsetof(RpLongObject, ob_digit),
    .tp_itemsize = sizeof(rp_digit),
    .tp_flags = RP_TPFLAGS_LONG_SUBCLASS,
    .tp_dealloc = stub_free_dealloc,
    .tp_hash = stub_int_hash,
    .tp_richcompare = stub_int_richcompare,
    .tp_free = rp_object_free,
};
WEAK RpTypeObject RpBool_Type = {
    .tp_name = "bool",
    .tp_basicsize = offsetof(RpLongObject, ob_digit),
    .tp_itemsize = sizeof(rp_digit),
    .tp_flags = RP_TPFLAGS_LONG_SUBCLASS,
    .tp_hash = stub_int_hash,
    .tp_richcompare = stub_int_richcompare,
};
WEAK RpLongObject rp_small_ints[RP_NSMALLNEGINTS + RP_NSMALLPOSINTS];
WEAK RpLongObject rp_False_struct = { { { 1 << 30, &RpBool_Type }, 0 }, { 0 } };
WEAK RpLongObject rp_True_struct = { { { 1 << 30, &RpBool_Type }, 1 }, { 1 } };

static long stub_int_value(RpObject *o)
{
    RpLongObject *v = (RpLongObject *)o;
    rp_ssize_t n = v->ob_base.ob_size;
    long a = n == 0 ? 0 : (long)v->ob_digit[0];
    if (n == 2 || n == -2) {
        a |= (long)v->ob_digit[1] << 30;
    }
    return n < 0 ? -a : a;
}

static void stub_small_ints_init(void)
{
    for (long v = -RP_NSMALLNEGINTS; v < RP_NSMALLPOSINTS; v++) {
        RpLongObject *o = &rp_small_ints[v + RP_NSMALLNEGINTS];
        o->ob_base.ob_base.ob_refcnt = 1 << 30;
        o->ob_base.ob_base.ob_type = &RpLong_Type;
        o->ob_base.ob_size = v == 0 ? 0 : v < 0 ? -1 : 1;
        o->ob_digit[0] = (rp_digit)(v < 0 ? -v : v);
    }
}

WEAK RpObject *rp_int_from_long(long v)
{
    if (v >= -RP_NSMALLNEGINTS && v < RP_NSMALLPOSINTS) {
        return rp_newref(rp_small_int_borrow(v));
    }
    unsigned long a = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    int nd = a >> 30 ? 2 : 1;
    RpLongObject *o = (RpLongObject *)rp_object_alloc_var(&RpLong_Type, nd);
    if (o == NULL) {
        return NULL;
    }
    o->ob_digit[0] = (rp_digit)(a & RP_LONG_MASK);
    if (nd == 2) {
        o->ob_digit[1] = (rp_digit)(a >> 30);
    }
    o->ob_base.ob_size = v < 0 ? -nd : nd;
    return (RpObject *)o;
}
WEAK RpObject *rp_int_from_ssize_t(rp_ssize_t v) { return rp_int_from_long((long)v); }
WEAK rp_ssize_t rp_int_as_ssize_t(RpObject *o) { return stub_int_value(o); }
WEAK long rp_int_as_long(RpObject *o) { return stub_int_value(o); }
WEAK long rp_int_as_long_and_overflow(RpObject *o, int *overflow)
{
    *overflow = 0;
    return stub_int_value(o);
}
WEAK int rp_int_sign(RpObject *o)
{
    long v = stub_int_value(o);
    return v < 0 ? -1 : v > 0;
}
static rp_hash_t stub_int_hash(RpObject *o)
{
    long v = stub_int_value(o);
    return v == -1 ? -2 : v;
}
static RpObject *stub_bool(int b) { return rp_newref(b ? rp_True : rp_False); }
static RpObject *stub_cmp_result(long a, long b, int op)
{
    switch (op) {
    case RP_LT: return stub_bool(a < b);
    case RP_LE: return stub_bool(a <= b);
    case RP_EQ: return stub_bool(a == b);
    case RP_NE: return stub_bool(a != b);
    case RP_GT: return stub_bool(a > b);
    default: return stub_bool(a >= b);
    }
}
static RpObject *stub_int_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_int_check(a) || !rp_int_check(b)) {
        return rp_notimplemented_new();
    }
    return stub_cmp_result(stub_int_value(a), stub_int_value(b), op);
}
WEAK int rp_index_check(RpObject *o) { return rp_int_check(o); }
WEAK RpObject *rp_number_index(RpObject *o)
{
    if (rp_int_check(o)) {
        return rp_newref(o);
    }
    return rp_err_format(&RpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
}
WEAK rp_ssize_t rp_number_as_ssize_t(RpObject *o, RpTypeObject *exc)
{
    (void)exc;
    if (!rp_int_check(o)) {
        rp_number_index(o);
        return -1;
    }
    return stub_int_value(o);
}
WEAK RpObject *rp_number_add(RpObject *a, RpObject *b)
{
    return rp_int_from_long(stub_int_value(a) + stub_int_value(b));
}
WEAK RpObject *rp_number_subtract(RpObject *a, RpObject *b)
{
    return rp_int_from_long(stub_int_value(a) - stub_int_value(b));
}
WEAK RpObject *rp_number_negative(RpObject *a) { return rp_int_from_long(-stub_int_value(a)); }
WEAK RpObject *rp_number_floor_divide(RpObject *a, RpObject *b)
{
    long x = stub_int_value(a), y = stub_int_value(b), q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) {
        q--;
    }
    return rp_int_from_long(q);
}
WEAK RpObject *rp_number_remainder(RpObject *a, RpObject *b)
{
    long x = stub_int_value(a), y = stub_int_value(b), r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
        r += y;
    }
    return rp_int_from_long(r);
}
WEAK RpObject *rp_number_multiply(RpObject *a, RpObject *b)
{
    return rp_int_from_long(stub_int_value(a) * stub_int_value(b));
}

/* ---- strs: ASCII only ---- */
static void stub_str_dealloc(RpObject *o) { rp_object_free(o); }
static rp_hash_t stub_str_hash(RpObject *o);
static RpObject *stub_str_richcompare(RpObject *a, RpObject *b, int op);
WEAK RpTypeObject RpStr_Type = {
    .tp_name = "str",
    .tp_basicsize = sizeof(RpStrObject),
    .tp_flags = RP_TPFLAGS_UNICODE_SUBCLASS,
    .tp_dealloc = stub_str_dealloc,
    .tp_hash = stub_str_hash,
    .tp_richcompare = stub_str_richcompare,
    .tp_free = rp_object_free,
};

static RpObject *stub_str_new(const char *s, rp_ssize_t len)
{
    RpStrObject *o = (RpStrObject *)rp_object_alloc_size(&RpStr_Type, sizeof(RpStrObject) + (size_t)len + 1);
    if (o == NULL) {
        return NULL;
    }
    o->length = len;
    o->hash = -1;
    o->state.kind = RP_STR_1BYTE;
    o->state.compact = 1;
    o->state.ascii = 1;
    memcpy(o + 1, s, (size_t)len);
    ((char *)(o + 1))[len] = 0;
    return (RpObject *)o;
}
WEAK RpObject *rp_str_from_cstr(const char *s) { return stub_str_new(s, (rp_ssize_t)strlen(s)); }
WEAK RpObject *rp_str_intern_cstr(const char *s) { return rp_str_from_cstr(s); }
static const char *stub_cstr(RpObject *s) { return (const char *)rp_str_data(s); }
WEAK rp_hash_t rp_str_hash(RpObject *o)
{
    RpStrObject *s = (RpStrObject *)o;
    if (s->hash == -1) {
        uint64_t h = 1469598103934665603ull;
        for (rp_ssize_t i = 0; i < s->length; i++) {
            h = (h ^ (uint8_t)stub_cstr(o)[i]) * 1099511628211ull;
        }
        s->hash = (rp_hash_t)(h >> 1);
    }
    return s->hash;
}
static rp_hash_t stub_str_hash(RpObject *o) { return rp_str_hash(o); }
WEAK int rp_str_compare(RpObject *a, RpObject *b)
{
    rp_ssize_t la = rp_str_len(a), lb = rp_str_len(b);
    int c = memcmp(stub_cstr(a), stub_cstr(b), (size_t)(la < lb ? la : lb));
    return c != 0 ? c : (la < lb ? -1 : la > lb);
}
WEAK int rp_str_eq_cstr(RpObject *s, const char *c) { return strcmp(stub_cstr(s), c) == 0; }
static RpObject *stub_str_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_str_check(a) || !rp_str_check(b)) {
        return rp_notimplemented_new();
    }
    return stub_cmp_result(rp_str_compare(a, b), 0, op);
}
WEAK RpObject *rp_str_substring(RpObject *s, rp_ssize_t start, rp_ssize_t end)
{
    return stub_str_new(stub_cstr(s) + start, end - start);
}

/* the containers' reprs in these tests: ints and strs */
static void stub_repr_into(char *buf, size_t size, RpObject *o)
{
    if (rp_int_check(o)) {
        snprintf(buf, size, "%ld", stub_int_value(o));
    } else if (rp_str_check(o)) {
        snprintf(buf, size, "%s", stub_cstr(o));
    } else {
        snprintf(buf, size, "<%s>", o->ob_type->tp_name);
    }
}

static void stub_vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
    size_t n = 0;
    char item[200];
    for (const char *p = fmt; *p && n + 1 < size; p++) {
        if (*p != '%') {
            buf[n++] = *p;
            continue;
        }
        p++;
        item[0] = 0;
        if (*p == 'z') {
            p++;
            snprintf(item, sizeof(item), "%zd", va_arg(ap, rp_ssize_t));
        } else if (*p == 'd') {
            snprintf(item, sizeof(item), "%d", va_arg(ap, int));
        } else if (*p == 's') {
            snprintf(item, sizeof(item), "%s", va_arg(ap, const char *));
        } else if (*p == 'T') {
            snprintf(item, sizeof(item), "%s", va_arg(ap, RpObject *)->ob_type->tp_name);
        } else if (*p == 'R' || *p == 'S' || *p == 'U') {
            stub_repr_into(item, sizeof(item), va_arg(ap, RpObject *));
        } else if (*p == '%') {
            strcpy(item, "%");
        }
        for (char *q = item; *q && n + 1 < size; q++) {
            buf[n++] = *q;
        }
    }
    buf[n] = 0;
}

WEAK RpObject *rp_str_from_format(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    stub_vformat(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    return rp_str_from_cstr(buf);
}

typedef struct { char *buf; rp_ssize_t len, cap; } StubWriter;
WEAK void rp_strwriter_init(RpStrWriter *w)
{
    memset(w, 0, sizeof(*w));
    w->buf = calloc(1, 4096);
    w->cap = 4096;
}
WEAK int rp_strwriter_write_ascii(RpStrWriter *w, const char *s, rp_ssize_t len)
{
    if (w->len + len + 1 > w->cap) {
        return -1;
    }
    memcpy((char *)w->buf + w->len, s, (size_t)len);
    w->len += len;
    return 0;
}
WEAK int rp_strwriter_write_char(RpStrWriter *w, uint32_t ch)
{
    char c = (char)ch;
    return rp_strwriter_write_ascii(w, &c, 1);
}
WEAK int rp_strwriter_write_str(RpStrWriter *w, RpObject *s)
{
    return rp_strwriter_write_ascii(w, stub_cstr(s), rp_str_len(s));
}
WEAK RpObject *rp_strwriter_finish(RpStrWriter *w)
{
    RpObject *s = stub_str_new(w->buf, w->len);
    free(w->buf);
    return s;
}
WEAK void rp_strwriter_discard(RpStrWriter *w) { free(w->buf); }
WEAK RpObject *rp_ids[RP_ID_COUNT];

/* ---- errors: one current error, its type and message ---- */
static RpObject stub_exc_struct = { 1 << 30, &RpExc_Exception };
static RpTypeObject *stub_err_type;
static RpTypeObject *stub_pending_type;
static char stub_err_msg[512];

WEAK RpObject *rp_err_set_string(RpTypeObject *type, const char *msg)
{
    stub_err_type = type;
    snprintf(stub_err_msg, sizeof(stub_err_msg), "%s", msg);
    rp_tstate()->curexc = &stub_exc_struct;
    return NULL;
}
WEAK RpObject *rp_err_format(RpTypeObject *type, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    stub_vformat(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    return rp_err_set_string(type, buf);
}
WEAK RpObject *rp_err_nomemory(void) { return rp_err_set_string(&RpExc_MemoryError, ""); }
WEAK int rp_check_c_stack(const char *where) { (void)where; return 0; }
WEAK RpObject *rp_err_bad_internal_call(const char *file, int line)
{
    (void)file;
    (void)line;
    return rp_err_set_string(&RpExc_SystemError, "bad internal call");
}
WEAK int rp_err_matches(RpTypeObject *type)
{
    return rp_tstate()->curexc != NULL && stub_err_type == type;
}
WEAK void rp_err_clear(void)
{
    rp_tstate()->curexc = NULL;
    stub_err_type = NULL;
    stub_err_msg[0] = 0;
}
WEAK RpObject *rp_exception_new(RpTypeObject *type, RpObject *const *args, size_t nargs)
{
    stub_pending_type = type;
    stub_err_msg[0] = 0;
    if (nargs == 1) {
        stub_repr_into(stub_err_msg, sizeof(stub_err_msg), args[0]);
    }
    return &stub_exc_struct;
}
WEAK void rp_err_set_raised_steal(RpObject *exc)
{
    rp_tstate()->curexc = exc;
    stub_err_type = stub_pending_type;
}

/* ---- the object protocol, through the slots ---- */
WEAK rp_hash_t rp_object_hash(RpObject *o)
{
    if (o->ob_type->tp_hash != NULL) {
        return o->ob_type->tp_hash(o);
    }
    return (rp_hash_t)((uintptr_t)o >> 4);
}
WEAK rp_hash_t rp_object_hash_not_implemented(RpObject *o)
{
    rp_err_format(&RpExc_TypeError, "unhashable type: '%T'", o);
    return -1;
}
WEAK RpObject *rp_object_richcompare(RpObject *a, RpObject *b, int op)
{
    static const int swapped[] = { RP_GT, RP_GE, RP_EQ, RP_NE, RP_LT, RP_LE };
    RpObject *r;
    if (a->ob_type->tp_richcompare != NULL) {
        r = a->ob_type->tp_richcompare(a, b, op);
        if (r != rp_NotImplemented) {
            return r;
        }
        rp_decref(r);
    }
    if (b->ob_type->tp_richcompare != NULL) {
        r = b->ob_type->tp_richcompare(b, a, swapped[op]);
        if (r != rp_NotImplemented) {
            return r;
        }
        rp_decref(r);
    }
    if (op == RP_EQ || op == RP_NE) {
        return stub_bool((a == b) == (op == RP_EQ));
    }
    return rp_err_set_string(&RpExc_TypeError, "not supported");
}
WEAK int rp_object_is_true(RpObject *o)
{
    if (o == rp_True) {
        return 1;
    }
    if (o == rp_False || o == rp_None) {
        return 0;
    }
    if (rp_int_check(o)) {
        return stub_int_value(o) != 0;
    }
    if (o->ob_type->nb_bool) {
        return o->ob_type->nb_bool(o);
    }
    if (o->ob_type->sq_length) {
        return o->ob_type->sq_length(o) != 0;
    }
    return 1;
}
WEAK int rp_object_not(RpObject *o)
{
    int r = rp_object_is_true(o);
    return r < 0 ? r : !r;
}
WEAK int rp_object_richcompare_bool(RpObject *a, RpObject *b, int op)
{
    if (a == b) {
        if (op == RP_EQ) {
            return 1;
        }
        if (op == RP_NE) {
            return 0;
        }
    }
    RpObject *r = rp_object_richcompare(a, b, op);
    if (r == NULL) {
        return -1;
    }
    int ok = rp_object_is_true(r);
    rp_decref(r);
    return ok;
}
WEAK RpObject *rp_object_repr(RpObject *o)
{
    if (o->ob_type->tp_repr != NULL) {
        return o->ob_type->tp_repr(o);
    }
    char buf[200];
    stub_repr_into(buf, sizeof(buf), o);
    return rp_str_from_cstr(buf);
}
WEAK RpObject *rp_object_get_iter(RpObject *o)
{
    if (o->ob_type->tp_iter == NULL) {
        return rp_err_format(&RpExc_TypeError, "'%T' object is not iterable", o);
    }
    return o->ob_type->tp_iter(o);
}
WEAK RpObject *rp_iter_next(RpObject *it) { return it->ob_type->tp_iternext(it); }
WEAK rp_ssize_t rp_object_len(RpObject *o)
{
    if (o->ob_type->sq_length) {
        return o->ob_type->sq_length(o);
    }
    if (o->ob_type->mp_length) {
        return o->ob_type->mp_length(o);
    }
    rp_err_format(&RpExc_TypeError, "object of type '%T' has no len()", o);
    return -1;
}
WEAK rp_ssize_t rp_object_length_hint(RpObject *o, rp_ssize_t dflt)
{
    if (o->ob_type->sq_length || o->ob_type->mp_length) {
        return rp_object_len(o);
    }
    return dflt;
}
WEAK RpObject *rp_object_getitem(RpObject *o, RpObject *key) { return o->ob_type->mp_subscript(o, key); }
WEAK int rp_object_setitem(RpObject *o, RpObject *key, RpObject *v)
{
    return o->ob_type->mp_ass_subscript(o, key, v);
}
WEAK int rp_sequence_contains(RpObject *seq, RpObject *item) { return seq->ob_type->sq_contains(seq, item); }
WEAK RpObject *rp_sequence_getitem(RpObject *o, rp_ssize_t i) { return o->ob_type->sq_item(o, i); }
WEAK RpObject *rp_call(RpObject *c, RpObject *const *args, size_t nargs, RpObject *kw)
{
    (void)args; (void)nargs; (void)kw;
    if (c->ob_type->tp_call) {
        return c->ob_type->tp_call(c, args, nargs, kw);
    }
    return rp_err_set_string(&RpExc_TypeError, "not callable in the unit test");
}
WEAK RpObject *rp_call_noargs(RpObject *c) { return rp_call(c, NULL, 0, NULL); }
WEAK RpObject *rp_call_one(RpObject *c, RpObject *a) { return rp_call(c, &a, 1, NULL); }
WEAK RpObject *rp_call_method(RpObject *o, RpObject *name, RpObject *const *args, size_t nargs)
{
    (void)o; (void)name; (void)args; (void)nargs;
    return rp_err_set_string(&RpExc_AttributeError, "no methods in the unit test");
}
WEAK RpObject *rp_call_special(RpObject *obj, RpObject *name, RpObject *const *args, size_t nargs,
                               int *found)
{
    (void)obj; (void)name; (void)args; (void)nargs;
    *found = 0;
    return NULL;
}
WEAK RpObject *rp_type_lookup_borrow(RpTypeObject *type, RpObject *name)
{
    (void)type; (void)name;
    return NULL;
}
WEAK int rp_object_lookup_attr(RpObject *o, RpObject *name, RpObject **result)
{
    (void)o; (void)name;
    *result = NULL;
    return 0;
}
WEAK RpObject *rp_object_str(RpObject *o) { return rp_object_repr(o); }
WEAK RpObject *rp_object_dir(RpObject *o)
{
    (void)o;
    return rp_err_set_string(&RpExc_TypeError, "no dir() in the unit test");
}
WEAK RpObject *rp_object_getattr(RpObject *o, RpObject *name)
{
    (void)o; (void)name;
    return rp_err_set_string(&RpExc_AttributeError, "no attributes in the unit test");
}
WEAK RpObject *rp_object_generic_getattr(RpObject *o, RpObject *name) { return rp_object_getattr(o, name); }
WEAK int rp_object_setattr(RpObject *o, RpObject *name, RpObject *v)
{
    (void)o; (void)name; (void)v;
    rp_err_set_string(&RpExc_AttributeError, "no attributes in the unit test");
    return -1;
}
WEAK RpObject *rp_type_generic_alloc(RpTypeObject *type, rp_ssize_t nitems)
{
    return (RpObject *)rp_object_alloc_var(type, nitems);
}
WEAK int rp_type_is_subtype(RpTypeObject *a, RpTypeObject *b)
{
    for (; a != NULL; a = a->tp_base) {
        if (a == b) {
            return 1;
        }
    }
    return 0;
}
WEAK const char *rp_type_name(RpTypeObject *type) { return type->tp_name; }
WEAK void rp_weakref_clear_all(RpObject *o) { (void)o; }
WEAK RpObject *rp_dictproxy_new(RpObject *mapping) { return rp_newref(mapping); }
WEAK RpObject *rp_union_or(RpObject *a, RpObject *b)
{
    (void)a; (void)b;
    return rp_notimplemented_new();
}

/* ---- the test harness ---- */
static int stub_failures, stub_checks;
#define CHECK(cond)                                                              \
    do {                                                                         \
        stub_checks++;                                                           \
        if (!(cond)) {                                                           \
            stub_failures++;                                                     \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                        \
    } while (0)
#define CHECK_EQ(a, b)                                                           \
    do {                                                                         \
        long long a_ = (long long)(a), b_ = (long long)(b);                      \
        stub_checks++;                                                           \
        if (a_ != b_) {                                                          \
            stub_failures++;                                                     \
            printf("FAIL %s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, a_, b_); \
        }                                                                        \
    } while (0)

static void stub_init(void)
{
    stub_small_ints_init();
    rp_freelists_init();
    rp_gc_init();
}

static RpObject *I(long v) { return rp_int_from_long(v); }
static RpObject *S(const char *s) { return rp_str_from_cstr(s); }

/* sys.getsizeof of a GC container: __sizeof__ + the 16-byte GC head */
#define GC_HEAD 16

#endif
