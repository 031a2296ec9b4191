/* ctypesmodule.c - a small `ctypes`: the C scalar types and raw memory
 * access, enough for the classic way of looking at an object's header:
 *
 *   ctypes.c_long.from_address(id(x)).value    x's reference count
 *   ctypes.cast(id(x), ctypes.py_object).value x itself
 *   ctypes.sizeof(ctypes.c_long)               8
 *
 * Objects sit at id(x) and start with the reference count, exactly as in
 * CPython, so these give the same answers.  As in CPython, reading or
 * writing through a bad address crashes the process: the module is a
 * sharp tool.  Foreign functions, structures and pointers are not provided.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "modsupport.h"

enum Kind { K_SIGNED, K_UNSIGNED, K_FLOAT, K_BOOL, K_CHAR, K_VOIDP, K_PYOBJ };

typedef struct CData {
    RP_OBJECT_HEAD;
    char *ptr;                 /* the memory viewed: storage, or an address */
    RpObject *keep;            /* py_object: the owned object (own storage) */
    union {
        char bytes[16];
        double align_d;
        long long align_ll;
        void *align_p;
    } storage;
} CData;

typedef struct SimpleInfo {
    RpTypeObject *type;
    const char *name;
    int size;
    int kind;
} SimpleInfo;

static RpTypeObject Simple_Types[16];
static const SimpleInfo simple_infos[] = {
    { &Simple_Types[0], "c_byte", 1, K_SIGNED },
    { &Simple_Types[1], "c_ubyte", 1, K_UNSIGNED },
    { &Simple_Types[2], "c_short", 2, K_SIGNED },
    { &Simple_Types[3], "c_ushort", 2, K_UNSIGNED },
    { &Simple_Types[4], "c_int", 4, K_SIGNED },
    { &Simple_Types[5], "c_uint", 4, K_UNSIGNED },
    { &Simple_Types[6], "c_long", 8, K_SIGNED },
    { &Simple_Types[7], "c_ulong", 8, K_UNSIGNED },
    { &Simple_Types[8], "c_longlong", 8, K_SIGNED },
    { &Simple_Types[9], "c_ulonglong", 8, K_UNSIGNED },
    { &Simple_Types[10], "c_float", 4, K_FLOAT },
    { &Simple_Types[11], "c_double", 8, K_FLOAT },
    { &Simple_Types[12], "c_bool", 1, K_BOOL },
    { &Simple_Types[13], "c_char", 1, K_CHAR },
    { &Simple_Types[14], "c_void_p", 8, K_VOIDP },
    { &Simple_Types[15], "py_object", 8, K_PYOBJ },
    { NULL, NULL, 0, 0 }
};

static const SimpleInfo *info_of_type(RpTypeObject *t)
{
    for (; t != NULL; t = t->tp_base) {
        for (const SimpleInfo *i = simple_infos; i->type != NULL; i++) {
            if (i->type == t) {
                return i;
            }
        }
    }
    return NULL;
}

static RpObject *get_value(CData *d, const SimpleInfo *info)
{
    const char *p = d->ptr;
    switch (info->kind) {
    case K_SIGNED: {
        long long v = 0;
        if (info->size == 1) { int8_t x; memcpy(&x, p, 1); v = x; }
        else if (info->size == 2) { int16_t x; memcpy(&x, p, 2); v = x; }
        else if (info->size == 4) { int32_t x; memcpy(&x, p, 4); v = x; }
        else { int64_t x; memcpy(&x, p, 8); v = x; }
        return rp_int_from_long_long(v);
    }
    case K_UNSIGNED: {
        unsigned long long v = 0;
        if (info->size == 1) { uint8_t x; memcpy(&x, p, 1); v = x; }
        else if (info->size == 2) { uint16_t x; memcpy(&x, p, 2); v = x; }
        else if (info->size == 4) { uint32_t x; memcpy(&x, p, 4); v = x; }
        else { uint64_t x; memcpy(&x, p, 8); v = x; }
        return rp_int_from_unsigned_long_long(v);
    }
    case K_FLOAT:
        if (info->size == 4) {
            float f;
            memcpy(&f, p, 4);
            return rp_float_from_double(f);
        } else {
            double f;
            memcpy(&f, p, 8);
            return rp_float_from_double(f);
        }
    case K_BOOL:
        return rp_bool_from_long(*p != 0);
    case K_CHAR:
        return rp_bytes_from_data(p, 1);
    case K_VOIDP: {
        uintptr_t a;
        memcpy(&a, p, sizeof(a));
        return a == 0 ? rp_none_new() : rp_int_from_unsigned_long_long(a);
    }
    default: {
        RpObject *o;
        memcpy(&o, p, sizeof(o));
        if (o == NULL) {
            return rp_err_set_string(&RpExc_ValueError, "PyObject is NULL");
        }
        return rp_newref(o);
    }
    }
}

/* store a Python value as the C value (integers wrap around, as ctypes) */
static int set_value(CData *d, const SimpleInfo *info, RpObject *v)
{
    char *p = d->ptr;
    switch (info->kind) {
    case K_SIGNED:
    case K_UNSIGNED:
    case K_BOOL: {
        if (info->kind == K_BOOL) {
            int t = rp_object_is_true(v);
            if (t < 0) {
                return -1;
            }
            *p = (char)t;
            return 0;
        }
        if (!rp_int_check(v)) {
            rp_err_format(&RpExc_TypeError, "int expected instead of %s", rp_type(v)->tp_name);
            return -1;
        }
        /* the low 64 bits, two's complement, in two 32-bit halves */
        RpObject *m32 = rp_int_from_long(0xffffffffL);
        RpObject *c32 = rp_int_from_long(32);
        RpObject *lo = m32 != NULL ? rp_number_and(v, m32) : NULL;
        RpObject *sh = c32 != NULL && lo != NULL ? rp_number_rshift(v, c32) : NULL;
        RpObject *hi = sh != NULL ? rp_number_and(sh, m32) : NULL;
        unsigned long long u = 0;
        if (lo != NULL && hi != NULL) {
            u = ((unsigned long long)rp_int_as_long(hi) << 32) | (unsigned long long)rp_int_as_long(lo);
        }
        rp_xdecref(m32);
        rp_xdecref(c32);
        rp_xdecref(lo);
        rp_xdecref(sh);
        rp_xdecref(hi);
        if (rp_err_occurred()) {
            return -1;
        }
        if (info->size == 1) { uint8_t x = (uint8_t)u; memcpy(p, &x, 1); }
        else if (info->size == 2) { uint16_t x = (uint16_t)u; memcpy(p, &x, 2); }
        else if (info->size == 4) { uint32_t x = (uint32_t)u; memcpy(p, &x, 4); }
        else { memcpy(p, &u, 8); }
        return 0;
    }
    case K_FLOAT: {
        double f = rp_float_as_double(v);
        if (f == -1.0 && rp_err_occurred()) {
            return -1;
        }
        if (info->size == 4) {
            float x = (float)f;
            memcpy(p, &x, 4);
        } else {
            memcpy(p, &f, 8);
        }
        return 0;
    }
    case K_CHAR:
        if (rp_bytes_check(v) && rp_bytes_len(v) == 1) {
            *p = rp_bytes_data(v)[0];
            return 0;
        }
        if (rp_int_check(v)) {
            long c = rp_int_as_long(v);
            if (c < 0 || c > 255) {
                rp_err_set_string(&RpExc_TypeError, "one character bytes, bytearray or integer expected");
                return -1;
            }
            *p = (char)c;
            return 0;
        }
        rp_err_set_string(&RpExc_TypeError, "one character bytes, bytearray or integer expected");
        return -1;
    case K_VOIDP: {
        uintptr_t a = 0;
        if (v != rp_None) {
            if (!rp_int_check(v)) {
                rp_err_set_string(&RpExc_TypeError, "cannot be converted to pointer");
                return -1;
            }
            a = (uintptr_t)rp_int_as_long_long(v);
            if (rp_err_occurred()) {
                return -1;
            }
        }
        memcpy(p, &a, sizeof(a));
        return 0;
    }
    default:
        if (d->ptr == d->storage.bytes) {
            RP_XSETREF(d->keep, rp_newref(v));
        }
        memcpy(p, &v, sizeof(v));
        return 0;
    }
}

static CData *cdata_new(RpTypeObject *type, char *ptr)
{
    CData *d = (CData *)rp_object_alloc(type);
    if (d == NULL) {
        return NULL;
    }
    d->keep = NULL;
    memset(&d->storage, 0, sizeof(d->storage));
    d->ptr = ptr != NULL ? ptr : d->storage.bytes;
    return d;
}

static RpObject *simple_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    const SimpleInfo *info = info_of_type(type);
    if (info == NULL) {
        return rp_err_set_string(&RpExc_TypeError, "abstract class");
    }
    if (!rp_arg_no_kwnames(info->name, kwnames) || !rp_arg_check_positional(info->name, nargs, 0, 1)) {
        return NULL;
    }
    CData *d = cdata_new(type, NULL);
    if (d == NULL) {
        return NULL;
    }
    if (nargs == 1 && set_value(d, info, args[0]) < 0) {
        rp_decref(d);
        return NULL;
    }
    return (RpObject *)d;
}

static void simple_dealloc(RpObject *self)
{
    RP_CLEAR(((CData *)self)->keep);
    rp_object_free(self);
}

static RpObject *simple_get_value(RpObject *self, void *closure)
{
    const SimpleInfo *info = info_of_type(rp_type(self));
    return get_value((CData *)self, info);
}

static int simple_set_value(RpObject *self, RpObject *v, void *closure)
{
    if (v == NULL) {
        rp_err_set_string(&RpExc_TypeError, "can't delete attribute");
        return -1;
    }
    return set_value((CData *)self, info_of_type(rp_type(self)), v);
}

static RpObject *simple_repr(RpObject *self)
{
    const SimpleInfo *info = info_of_type(rp_type(self));
    if (info->kind == K_PYOBJ) {
        RpObject *o;
        memcpy(&o, ((CData *)self)->ptr, sizeof(o));
        if (o == NULL) {
            return rp_str_from_format("%s(<NULL>)", rp_type(self)->tp_name);
        }
        return rp_str_from_format("%s(%R)", rp_type(self)->tp_name, o);
    }
    RpObject *v = get_value((CData *)self, info);
    if (v == NULL) {
        return NULL;
    }
    RpObject *r = rp_str_from_format("%s(%R)", rp_type(self)->tp_name, v);
    rp_decref(v);
    return r;
}

/* T.from_address(address): a T viewing the memory at address */
static RpObject *simple_from_address(RpObject *cls, RpObject *addr)
{
    if (!rp_int_check(addr)) {
        return rp_err_set_string(&RpExc_TypeError, "integer expected");
    }
    unsigned long long a = (unsigned long long)rp_int_as_long_long(addr);
    if (rp_err_occurred()) {
        return NULL;
    }
    return (RpObject *)cdata_new((RpTypeObject *)cls, (char *)(uintptr_t)a);
}

static RpMethodDef simple_methods[] = {
    { "from_address", RP_CFUNC(simple_from_address), RP_METH_O | RP_METH_CLASS,
      "C.from_address(integer) -> C instance\naccess a C instance at the specified address" },
    { NULL, NULL, 0, NULL }
};

static RpGetSetDef simple_getset[] = {
    { "value", simple_get_value, simple_set_value, "current value", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

/* ---- module functions -------------------------------------------------------------- */

static RpObject *ctypes_sizeof(RpObject *self, RpObject *o)
{
    const SimpleInfo *info = rp_type_check(o) ? info_of_type((RpTypeObject *)o)
                                              : info_of_type(rp_type(o));
    if (info == NULL) {
        return rp_err_set_string(&RpExc_TypeError, "this type has no size");
    }
    return rp_int_from_long(info->size);
}

static RpObject *ctypes_addressof(RpObject *self, RpObject *o)
{
    if (info_of_type(rp_type(o)) == NULL) {
        return rp_err_set_string(&RpExc_TypeError, "invalid type");
    }
    return rp_int_from_unsigned_long_long((uintptr_t)((CData *)o)->ptr);
}

/* cast(obj, type): obj an address (int), None, or a ctypes instance whose
 * value is an address; the result views that address as `type` (for
 * py_object: the object living there) */
static RpObject *ctypes_cast(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("cast", nargs, 2, 2)) {
        return NULL;
    }
    RpObject *src = args[0];
    if (!rp_type_check(args[1]) || info_of_type((RpTypeObject *)args[1]) == NULL) {
        return rp_err_set_string(&RpExc_TypeError, "cast() argument 2 must be a pointer type");
    }
    uintptr_t a = 0;
    if (rp_int_check(src)) {
        a = (uintptr_t)rp_int_as_long_long(src);
        if (rp_err_occurred()) {
            return NULL;
        }
    } else if (src != rp_None) {
        const SimpleInfo *si = info_of_type(rp_type(src));
        if (si == NULL || (si->kind != K_VOIDP && si->kind != K_PYOBJ)) {
            return rp_err_set_string(&RpExc_TypeError, "wrong type");
        }
        memcpy(&a, ((CData *)src)->ptr, sizeof(a));
    }
    CData *d = cdata_new((RpTypeObject *)args[1], NULL);
    if (d == NULL) {
        return NULL;
    }
    memcpy(d->storage.bytes, &a, sizeof(a));
    return (RpObject *)d;
}

#define FAST RP_METH_FASTCALL

static RpMethodDef ctypes_methods[] = {
    { "sizeof", RP_CFUNC(ctypes_sizeof), RP_METH_O, "sizeof(C type) -> integer\nsizeof(C instance) -> integer\nReturn the size in bytes of a C instance" },
    { "addressof", RP_CFUNC(ctypes_addressof), RP_METH_O, "addressof(C instance) -> integer\nReturn the address of the C instance internal buffer" },
    { "cast", RP_CFUNC(ctypes_cast), FAST, "cast(address, type): view the memory at address as type" },
    { NULL, NULL, 0, NULL }
};

RpObject *rp_ctypes_module_init(void)
{
    RpObject *m = rp_module_new("ctypes");
    if (m == NULL) {
        return NULL;
    }
    if (rp_module_add_functions(m, ctypes_methods) < 0) {
        rp_decref(m);
        return NULL;
    }
    RpObject *d = rp_module_dict_borrow(m);
    for (const SimpleInfo *i = simple_infos; i->type != NULL; i++) {
        RpTypeObject *t = i->type;
        if (!(t->tp_flags & RP_TPFLAGS_READY)) {
            RpTypeObject init = {
                .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
                .tp_name = i->name,
                .tp_basicsize = sizeof(CData),
                .tp_flags = RP_TPFLAGS_BASETYPE,
                .tp_dealloc = simple_dealloc,
                .tp_repr = simple_repr,
                .tp_getattro = rp_object_generic_getattr,
                .tp_setattro = rp_object_generic_setattr,
                .tp_new = simple_new,
                .tp_free = rp_object_free,
                .tp_methods = simple_methods,
                .tp_getset = simple_getset,
            };
            *t = init;
            if (rp_type_ready(t) < 0) {
                rp_decref(m);
                return NULL;
            }
        }
        if (rp_dict_set_cstr(d, i->name, (RpObject *)t) < 0) {
            rp_decref(m);
            return NULL;
        }
    }
    /* the aliases of the fixed-size names */
    static const char *const aliases[][2] = {
        { "c_int8", "c_byte" }, { "c_uint8", "c_ubyte" }, { "c_int16", "c_short" },
        { "c_uint16", "c_ushort" }, { "c_int32", "c_int" }, { "c_uint32", "c_uint" },
        { "c_int64", "c_long" }, { "c_uint64", "c_ulong" }, { "c_ssize_t", "c_long" },
        { "c_size_t", "c_ulong" }, { NULL, NULL }
    };
    for (int k = 0; aliases[k][0] != NULL; k++) {
        RpObject *t = rp_dict_get_cstr_borrow(d, aliases[k][1]);
        if (t == NULL || rp_dict_set_cstr(d, aliases[k][0], t) < 0) {
            rp_decref(m);
            return NULL;
        }
    }
    return m;
}
