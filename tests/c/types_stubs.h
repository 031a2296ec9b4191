/* types_stubs.h - a small stand-in for what the type system uses from
 * other areas (str, int, float, bytes, the singletons, errors), so that
 * test_types.c exercises the real typeobject/typeslots/typeattr/descr/
 * exceptions/abstract code before the whole interpreter links.
 *
 * Every definition is WEAK: the real one wins as soon as it is in the
 * library.  strs are ASCII, ints fit in a long, errors are real exception
 * instances made by exceptions.c.
 */
#ifndef TYPES_STUBS_H
#define TYPES_STUBS_H

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
#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/noneobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/typeobject.h"
#include "vm/abstract.h"
#include "vm/errors.h"

#define WEAK __attribute__((weak))

static void stub_dealloc(RpObject *o) { rp_object_free(o); }

/* ---- singletons ---- */
static RpObject *stub_none_repr(RpObject *o) { (void)o; return rp_str_from_cstr("None"); }
static RpObject *stub_ni_repr(RpObject *o) { (void)o; return rp_str_from_cstr("NotImplemented"); }
static int stub_none_bool(RpObject *o) { (void)o; return 0; }
WEAK RpTypeObject RpNone_Type = { .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "NoneType", .tp_basicsize = sizeof(RpObject), .tp_repr = stub_none_repr,
    .nb_bool = stub_none_bool };
WEAK RpTypeObject RpNotImplemented_Type = { .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "NotImplementedType", .tp_basicsize = sizeof(RpObject), .tp_repr = stub_ni_repr };
WEAK RpTypeObject RpEllipsis_Type = { .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "ellipsis", .tp_basicsize = sizeof(RpObject) };
WEAK RpObject rp_None_struct = { 1 << 30, &RpNone_Type };
WEAK RpObject rp_NotImplemented_struct = { 1 << 30, &RpNotImplemented_Type };
WEAK RpObject rp_Ellipsis_struct = { 1 << 30, &RpEllipsis_Type };

/* ---- ints (values that fit in a long) ---- */
static long stub_int_value(RpObject *o)
{
    RpLongObject *v = (RpLongObject *)o;
    rp_ssize_t n = v->ob_base.ob_size, an = n < 0 ? -n : n;
    unsigned long a = 0;
    for (rp_ssize_t i = an - 1; i >= 0; i--) {
        a = (a << 30) | v->ob_digit[i];
    }
    return n < 0 ? -(long)a : (long)a;
}
static rp_hash_t stub_int_hash(RpObject *o)
{
    long v = stub_int_value(o);
    return v == -1 ? -2 : v;
}
static RpObject *stub_cmp(long a, long b, int op)
{
    int r = op == RP_LT ? a < b : op == RP_LE ? a <= b : op == RP_EQ ? a == b
          : op == RP_NE ? a != b : op == RP_GT ? a > b : a >= b;
    return rp_bool_from_long(r);
}
static RpObject *stub_int_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_int_check(a) || !rp_int_check(b)) {
        return rp_notimplemented_new();
    }
    return stub_cmp(stub_int_value(a), stub_int_value(b), op);
}
static RpObject *stub_int_repr(RpObject *o)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", stub_int_value(o));
    return rp_str_from_cstr(buf);
}
static RpObject *stub_int_add(RpObject *a, RpObject *b)
{
    if (!rp_int_check(a) || !rp_int_check(b)) {
        return rp_notimplemented_new();
    }
    return rp_int_from_long(stub_int_value(a) + stub_int_value(b));
}
static RpObject *stub_int_index(RpObject *o) { return rp_newref(o); }
static int stub_int_bool(RpObject *o) { return stub_int_value(o) != 0; }
WEAK RpTypeObject RpLong_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "int", .tp_basicsize = offsetof(RpLongObject, ob_digit),
    .tp_itemsize = sizeof(rp_digit), .tp_flags = RP_TPFLAGS_LONG_SUBCLASS | RP_TPFLAGS_BASETYPE,
    .tp_hash = stub_int_hash, .tp_richcompare = stub_int_richcompare, .tp_repr = stub_int_repr,
    .nb_add = stub_int_add, .nb_index = stub_int_index, .nb_bool = stub_int_bool,
    .tp_free = rp_object_free, .tp_dealloc = stub_dealloc,
};
WEAK RpTypeObject RpBool_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bool", .tp_basicsize = offsetof(RpLongObject, ob_digit),
    .tp_itemsize = sizeof(rp_digit), .tp_base = &RpLong_Type,
};
WEAK RpLongObject rp_small_ints[RP_NSMALLNEGINTS + RP_NSMALLPOSINTS];
WEAK RpLongObject rp_False_struct = { { { 1 << 30, &RpBool_Type }, 0 }, { 0 } };
WEAK RpLongObject rp_True_struct = { { { 1 << 30, &RpBool_Type }, 1 }, { 1 } };

WEAK RpObject *rp_int_from_long(long v)
{
    if (v >= -RP_NSMALLNEGINTS && v < RP_NSMALLPOSINTS) {
        return rp_newref(rp_small_int_borrow(v));
    }
    unsigned long a = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    int nd = 0;
    rp_digit d[3];
    while (a) {
        d[nd++] = (rp_digit)(a & RP_LONG_MASK);
        a >>= 30;
    }
    RpLongObject *o = (RpLongObject *)rp_object_alloc_var(&RpLong_Type, nd);
    if (o == NULL) {
        return NULL;
    }
    memcpy(o->ob_digit, d, sizeof(rp_digit) * (size_t)nd);
    o->ob_base.ob_size = v < 0 ? -nd : nd;
    return (RpObject *)o;
}
WEAK RpObject *rp_int_from_ssize_t(rp_ssize_t v) { return rp_int_from_long((long)v); }
WEAK RpObject *rp_int_from_size_t(size_t v) { return rp_int_from_long((long)v); }
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
WEAK double rp_int_as_double(RpObject *o) { return (double)stub_int_value(o); }
WEAK RpObject *rp_int_add(RpObject *a, RpObject *b)
{
    return rp_int_from_long(stub_int_value(a) + stub_int_value(b));
}
WEAK RpObject *rp_int_from_long_long(long long v) { return rp_int_from_long((long)v); }
WEAK RpObject *rp_int_from_unsigned_long_long(unsigned long long v) { return rp_int_from_long((long)v); }
WEAK long long rp_int_as_long_long(RpObject *o) { return stub_int_value(o); }
WEAK int64_t rp_int_bit_length(RpObject *o)
{
    unsigned long a = (unsigned long)labs(stub_int_value(o));
    int64_t n = 0;
    while (a) {
        n++;
        a >>= 1;
    }
    return n;
}
WEAK RpObject *rp_int_to_string(RpObject *o, int base)
{
    char buf[80];
    long v = stub_int_value(o);
    if (base == 16) {
        snprintf(buf, sizeof buf, "%s0x%lx", v < 0 ? "-" : "", v < 0 ? -v : v);
    } else if (base == 8) {
        snprintf(buf, sizeof buf, "%s0o%lo", v < 0 ? "-" : "", v < 0 ? -v : v);
    } else {
        snprintf(buf, sizeof buf, "%ld", v);
    }
    return rp_str_from_cstr(buf);
}
WEAK RpObject *rp_int_from_string(const char *s, rp_ssize_t len, int base)
{
    (void)len;
    return rp_int_from_long(strtol(s, NULL, base));
}

/* ---- float, bytes: just enough ---- */
WEAK RpTypeObject RpFloat_Type = { .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "float", .tp_basicsize = sizeof(RpFloatObject), .tp_flags = RP_TPFLAGS_BASETYPE,
    .tp_dealloc = stub_dealloc };
WEAK RpObject *rp_float_from_double(double v)
{
    RpFloatObject *f = (RpFloatObject *)rp_object_alloc(&RpFloat_Type);
    if (f != NULL) {
        f->ob_fval = v;
    }
    return (RpObject *)f;
}
WEAK int rp_float_check(RpObject *o) { return rp_object_type_check(o, &RpFloat_Type); }
WEAK double rp_float_as_double(RpObject *o) { return rp_float_value(o); }
WEAK RpObject *rp_float_from_string(const char *s, rp_ssize_t len)
{
    (void)len;
    return rp_float_from_double(strtod(s, NULL));
}
WEAK RpTypeObject RpBytes_Type = { .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bytes", .tp_basicsize = offsetof(RpBytesObject, ob_sval) + 1, .tp_itemsize = 1,
    .tp_flags = RP_TPFLAGS_BYTES_SUBCLASS | RP_TPFLAGS_BASETYPE, .tp_dealloc = stub_dealloc };
WEAK RpTypeObject RpByteArray_Type = { .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bytearray", .tp_basicsize = sizeof(RpByteArrayObject), .tp_flags = RP_TPFLAGS_BASETYPE };
WEAK RpObject *rp_bytes_from_data(const char *data, rp_ssize_t len)
{
    RpBytesObject *b = (RpBytesObject *)rp_object_alloc_var(&RpBytes_Type, len);
    if (b != NULL) {
        memcpy(b->ob_sval, data, (size_t)len);
        b->ob_sval[len] = 0;
        b->ob_shash = -1;
    }
    return (RpObject *)b;
}
WEAK int rp_bytearray_check(RpObject *o) { return rp_object_type_check(o, &RpByteArray_Type); }

/* ---- strs: ASCII ---- */
static const char *stub_cstr(RpObject *s) { return (const char *)rp_str_data(s); }
static rp_hash_t stub_str_hash(RpObject *o) { return rp_str_hash(o); }
static RpObject *stub_str_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_str_check(a) || !rp_str_check(b)) {
        return rp_notimplemented_new();
    }
    return stub_cmp(rp_str_compare(a, b), 0, op);
}
static RpObject *stub_str_repr(RpObject *o) { return rp_str_repr(o); }
static RpObject *stub_str_str(RpObject *o)
{
    return rp_str_check_exact(o) ? rp_newref(o) : rp_str_from_utf8(stub_cstr(o), rp_str_len(o));
}
static RpObject *stub_str_concat(RpObject *a, RpObject *b)
{
    if (!rp_str_check(b)) {
        return rp_err_format(&RpExc_TypeError, "can only concatenate str (not \"%s\") to str",
                             rp_type(b)->tp_name);
    }
    return rp_str_concat(a, b);
}
WEAK RpTypeObject RpStr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "str", .tp_basicsize = sizeof(RpStrObject),
    .tp_flags = RP_TPFLAGS_UNICODE_SUBCLASS | RP_TPFLAGS_BASETYPE,
    .tp_hash = stub_str_hash, .tp_richcompare = stub_str_richcompare, .tp_repr = stub_str_repr,
    .tp_str = stub_str_str, .sq_concat = stub_str_concat, .tp_free = rp_object_free,
    .tp_dealloc = stub_dealloc,
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
    o->state.interned = 0;
    o->utf8 = NULL;
    memcpy(o + 1, s, (size_t)len);
    ((char *)(o + 1))[len] = 0;
    return (RpObject *)o;
}
WEAK RpObject *rp_str_from_utf8(const char *s, rp_ssize_t len) { return stub_str_new(s, len); }
WEAK RpObject *rp_str_from_cstr(const char *s) { return stub_str_new(s, (rp_ssize_t)strlen(s)); }
WEAK const char *rp_str_as_utf8(RpObject *s, rp_ssize_t *len)
{
    if (len) {
        *len = rp_str_len(s);
    }
    return stub_cstr(s);
}
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
WEAK int rp_str_eq(RpObject *a, RpObject *b)
{
    return rp_str_len(a) == rp_str_len(b) && memcmp(stub_cstr(a), stub_cstr(b), (size_t)rp_str_len(a)) == 0;
}
WEAK int rp_str_compare(RpObject *a, RpObject *b)
{
    rp_ssize_t la = rp_str_len(a), lb = rp_str_len(b);
    int c = memcmp(stub_cstr(a), stub_cstr(b), (size_t)(la < lb ? la : lb));
    return c != 0 ? c : (la < lb ? -1 : la > lb);
}
WEAK int rp_str_eq_cstr(RpObject *s, const char *c) { return strcmp(stub_cstr(s), c) == 0; }
WEAK RpObject *rp_str_substring(RpObject *s, rp_ssize_t start, rp_ssize_t end)
{
    return stub_str_new(stub_cstr(s) + start, end - start);
}
WEAK RpObject *rp_str_concat(RpObject *a, RpObject *b)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s%s", stub_cstr(a), stub_cstr(b));
    return rp_str_from_cstr(buf);
}
WEAK int rp_str_is_identifier(RpObject *s)
{
    const char *p = stub_cstr(s);
    if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
        return 0;
    }
    for (; *p; p++) {
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9'))) {
            return 0;
        }
    }
    return 1;
}
WEAK RpObject *rp_str_repr(RpObject *s)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "'%s'", stub_cstr(s));
    return rp_str_from_cstr(buf);
}
static RpObject *stub_empty;
WEAK RpObject *rp_str_empty_borrow(void)
{
    if (stub_empty == NULL) {
        stub_empty = rp_str_from_cstr("");
    }
    return stub_empty;
}
WEAK RpObject *rp_str_join(RpObject *sep, RpObject *seq)
{
    char buf[1024] = "";
    rp_ssize_t n = rp_object_len(seq);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *x = rp_sequence_getitem(seq, i);
        if (i) {
            strcat(buf, stub_cstr(sep));
        }
        strcat(buf, stub_cstr(x));
        rp_decref(x);
    }
    return rp_str_from_cstr(buf);
}

/* interning: a small table of (cstr, object) */
static RpObject *stub_interned[512];
static int stub_ninterned;
WEAK void rp_str_intern_inplace(RpObject **p)
{
    RpObject *s = *p;
    if (!rp_str_check_exact(s) || rp_str_is_interned(s)) {
        return;
    }
    for (int i = 0; i < stub_ninterned; i++) {
        if (rp_str_eq(stub_interned[i], s)) {
            rp_incref(stub_interned[i]);
            rp_decref(s);
            *p = stub_interned[i];
            return;
        }
    }
    rp_str_hash(s);
    ((RpStrObject *)s)->state.interned = 1;
    stub_interned[stub_ninterned++] = rp_newref(s);
}
WEAK RpObject *rp_str_intern_cstr(const char *s)
{
    RpObject *o = rp_str_from_cstr(s);
    if (o != NULL) {
        rp_str_intern_inplace(&o);
    }
    return o;
}
WEAK RpObject *rp_ids[RP_ID_COUNT];
static void stub_ids_init(void)
{
#define RP_ID_INIT(n) rp_ids[RP_ID_##n] = rp_str_intern_cstr(#n);
    RP_ID_TABLE(RP_ID_INIT)
#undef RP_ID_INIT
}

/* formatting: %s %.Ns %d %ld %zd %p %c %U %S %R %% */
static void stub_vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
    size_t n = 0;
    char item[600];
    for (const char *p = fmt; *p && n + 1 < size; p++) {
        if (*p != '%') {
            buf[n++] = *p;
            continue;
        }
        p++;
        int prec = -1;
        if (*p == '.') {
            prec = (int)strtol(p + 1, (char **)&p, 10);
        }
        item[0] = 0;
        if (*p == 'z') {
            p++;
            snprintf(item, sizeof item, "%zd", va_arg(ap, rp_ssize_t));
        } else if (*p == 'l') {
            p++;
            snprintf(item, sizeof item, "%ld", va_arg(ap, long));
        } else if (*p == 'd') {
            snprintf(item, sizeof item, "%d", va_arg(ap, int));
        } else if (*p == 'c') {
            snprintf(item, sizeof item, "%c", va_arg(ap, int));
        } else if (*p == 'p') {
            snprintf(item, sizeof item, "%p", va_arg(ap, void *));
        } else if (*p == 's') {
            const char *s = va_arg(ap, const char *);
            snprintf(item, sizeof item, "%.*s", prec < 0 ? 500 : prec, s);
        } else if (*p == 'U' || *p == 'S' || *p == 'R') {
            RpObject *o = va_arg(ap, RpObject *);
            RpObject *s = *p == 'U' ? rp_newref(o) : *p == 'S' ? rp_object_str(o) : rp_object_repr(o);
            if (s != NULL) {
                snprintf(item, sizeof item, "%s", stub_cstr(s));
                rp_decref(s);
            } else {
                rp_err_clear();
                strcpy(item, "<?>");
            }
        } else if (*p == '%') {
            strcpy(item, "%");
        }
        for (char *q = item; *q && n + 1 < size; q++) {
            buf[n++] = *q;
        }
    }
    buf[n] = 0;
}
WEAK RpObject *rp_str_from_vformat(const char *fmt, va_list ap)
{
    char buf[1024];
    stub_vformat(buf, sizeof buf, fmt, ap);
    return rp_str_from_cstr(buf);
}
WEAK RpObject *rp_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *r = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}
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
WEAK int rp_strwriter_write_utf8(RpStrWriter *w, const char *s, rp_ssize_t len)
{
    return rp_strwriter_write_ascii(w, s, len);
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
WEAK int rp_strwriter_write_substr(RpStrWriter *w, RpObject *s, rp_ssize_t a, rp_ssize_t b)
{
    return rp_strwriter_write_ascii(w, stub_cstr(s) + a, b - a);
}
WEAK RpObject *rp_strwriter_finish(RpStrWriter *w)
{
    RpObject *s = stub_str_new(w->buf, w->len);
    free(w->buf);
    return s;
}
WEAK void rp_strwriter_discard(RpStrWriter *w) { free(w->buf); }

/* ---- errors: real exception instances ---- */
WEAK void rp_err_restore(RpObject *exc)
{
    RP_XSETREF(rp_tstate()->curexc, exc);
}
WEAK RpObject *rp_err_fetch(void)
{
    RpObject *e = rp_tstate()->curexc;
    rp_tstate()->curexc = NULL;
    return e;
}
WEAK void rp_err_clear(void) { RP_CLEAR(rp_tstate()->curexc); }
WEAK void rp_err_set_raised_steal(RpObject *exc) { rp_err_restore(exc); }
WEAK RpObject *rp_err_set_object(RpTypeObject *type, RpObject *value)
{
    RpObject *exc;
    if (value != NULL && rp_object_type_check(value, type)) {
        exc = rp_newref(value);
    } else {
        exc = rp_exception_new(type, value ? &value : NULL, value ? 1 : 0);
    }
    if (exc != NULL) {
        rp_err_restore(exc);
    }
    return NULL;
}
WEAK RpObject *rp_err_set_none(RpTypeObject *type) { return rp_err_set_object(type, NULL); }
WEAK RpObject *rp_err_set_string(RpTypeObject *type, const char *msg)
{
    RpObject *s = rp_str_from_cstr(msg);
    rp_err_set_object(type, s);
    rp_xdecref(s);
    return NULL;
}
WEAK RpObject *rp_err_vformat(RpTypeObject *type, const char *fmt, va_list ap)
{
    RpObject *s = rp_str_from_vformat(fmt, ap);
    rp_err_set_object(type, s);
    rp_xdecref(s);
    return NULL;
}
WEAK RpObject *rp_err_format(RpTypeObject *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}
WEAK int rp_err_given_matches(RpObject *exc, RpObject *type)
{
    if (rp_tuple_check(type)) {
        for (rp_ssize_t i = 0; i < rp_tuple_len(type); i++) {
            if (rp_err_given_matches(exc, rp_tuple_get_borrow(type, i))) {
                return 1;
            }
        }
        return 0;
    }
    return rp_type_check(type) && rp_object_type_check(exc, (RpTypeObject *)type);
}
WEAK int rp_err_matches(RpTypeObject *type)
{
    RpObject *e = rp_tstate()->curexc;
    return e != NULL && rp_object_type_check(e, type);
}
WEAK RpObject *rp_err_nomemory(void) { return rp_err_set_none(&RpExc_MemoryError); }
WEAK RpObject *rp_err_bad_internal_call(const char *file, int line)
{
    return rp_err_format(&RpExc_SystemError, "%s:%d: bad argument to internal function", file, line);
}
WEAK RpObject *rp_err_bad_argument(void)
{
    return rp_err_set_string(&RpExc_TypeError, "bad argument type for built-in operation");
}
static int stub_unraisable_count;
WEAK void rp_err_write_unraisable(RpObject *obj)
{
    (void)obj;
    stub_unraisable_count++;
    rp_err_clear();
}
WEAK void rp_err_write_unraisable_msg(const char *msg, RpObject *obj)
{
    (void)msg;
    rp_err_write_unraisable(obj);
}
WEAK int rp_enter_recursive_call(const char *where) { (void)where; return 0; }
WEAK int rp_check_c_stack(const char *where) { (void)where; return 0; }
WEAK void rp_leave_recursive_call(void) {}

/* the message of the current exception, for checks (static buffer) */
static const char *stub_err_text(void)
{
    static char buf[600];
    RpObject *e = rp_tstate()->curexc;
    if (e == NULL) {
        return "<no error>";
    }
    RpObject *s = rp_object_str(e);
    snprintf(buf, sizeof buf, "%s: %s", rp_type(e)->tp_name, s ? stub_cstr(s) : "?");
    rp_xdecref(s);
    return buf;
}

int rp_str_init(void) __attribute__((weak));

static void stub_init(void)
{
    rp_gc_init();
    rp_freelists_init();
    rp_tstate()->recursion_limit = 1000;
    rp_tstate()->c_stack_limit = NULL;
    for (long v = -RP_NSMALLNEGINTS; v < RP_NSMALLPOSINTS; v++) {
        RpLongObject *o = &rp_small_ints[v + RP_NSMALLNEGINTS];
        o->ob_base.ob_base.ob_refcnt = 1 << 30;
        o->ob_base.ob_base.ob_type = &RpLong_Type;
        o->ob_base.ob_size = v == 0 ? 0 : v < 0 ? -1 : 1;
        o->ob_digit[0] = (rp_digit)(v < 0 ? -v : v);
    }
    if (rp_str_init != NULL) {
        rp_str_init();        /* the real strings: singletons, rp_ids */
    } else {
        stub_ids_init();
    }
}

#endif
