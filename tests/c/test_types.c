/* test_types.c - unit tests of the type system: readying the static types,
 * classes made by type(name, bases, ns), instance attributes without a
 * dict (managed dicts, gc counts), __slots__, slots set from dunders and
 * updated on assignment, the object protocol's messages, exceptions.
 *
 * Methods are C functions wrapped as method descriptors (no VM needed);
 * what other areas provide is stubbed in types_stubs.h. */
#include "types_stubs.h"

#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/listobject.h"
#include "objects/methodobject.h"
#include "objects/moduleobject.h"
#include "objects/typeinternal.h"

static int failures, checks;
#define CHECK(cond)                                                                \
    do {                                                                           \
        checks++;                                                                  \
        if (!(cond)) {                                                             \
            failures++;                                                            \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                          \
    } while (0)

/* str(o) equals text (o is consumed; NULL o fails the check) */
static int str_is(RpObject *o, const char *text)
{
    if (o == NULL) {
        fprintf(stderr, "  (NULL: %s)\n", stub_err_text());
        rp_err_clear();
        return 0;
    }
    RpObject *s = rp_object_str(o);
    rp_decref(o);
    int ok = s != NULL && strcmp(stub_cstr(s), text) == 0;
    if (!ok) {
        fprintf(stderr, "  got '%s', want '%s'\n", s ? stub_cstr(s) : "?", text);
    }
    rp_xdecref(s);
    return ok;
}

static int repr_is(RpObject *o, const char *text)
{
    if (o == NULL) {
        fprintf(stderr, "  (NULL: %s)\n", stub_err_text());
        rp_err_clear();
        return 0;
    }
    RpObject *r = rp_object_repr(o);
    rp_decref(o);
    return str_is(r, text);
}

/* the current error is `text` ("TypeError: ..."); clears it */
static int error_is(const char *text)
{
    int ok = strcmp(stub_err_text(), text) == 0;
    if (!ok) {
        fprintf(stderr, "  error '%s', want '%s'\n", stub_err_text(), text);
    }
    rp_err_clear();
    return ok;
}

static RpObject *S(const char *s) { return rp_str_intern_cstr(s); }

static RpObject *make_class(const char *name, RpObject *bases, RpObject *ns)
{
    RpObject *n = S(name);
    RpObject *b = bases ? rp_newref(bases) : rp_tuple_new(0);
    RpObject *d = ns ? rp_newref(ns) : rp_dict_new();
    RpObject *args[3] = { n, b, d };
    RpObject *c = rp_call((RpObject *)&RpType_Type, args, 3, NULL);
    rp_decref(n);
    rp_decref(b);
    rp_decref(d);
    return c;
}

static void setattr_s(RpObject *o, const char *name, RpObject *v)
{
    RpObject *n = S(name);
    int r = rp_object_setattr(o, n, v);
    rp_decref(n);
    CHECK(r == 0);
}

static RpObject *getattr_s(RpObject *o, const char *name)
{
    RpObject *n = S(name);
    RpObject *r = rp_object_getattr(o, n);
    rp_decref(n);
    return r;
}

/* ---- C methods used as dunders ---- */
static RpObject *m_len3(RpObject *self, RpObject *unused) { return rp_int_from_long(3); }
static RpObject *m_repr(RpObject *self, RpObject *unused) { return rp_str_from_cstr("<my repr>"); }
static RpObject *m_add(RpObject *self, RpObject *other) { return rp_str_from_cstr("added"); }
static RpObject *m_radd(RpObject *self, RpObject *other) { return rp_str_from_cstr("radded"); }
static RpObject *m_eq_true(RpObject *self, RpObject *other) { return rp_bool_from_long(1); }
static RpObject *m_init_ret1(RpObject *self, RpObject *const *args, size_t nargs)
{
    return rp_int_from_long(1);
}
static RpObject *m_getattr(RpObject *self, RpObject *name)
{
    return rp_str_from_format("dyn_%U", name);
}
static RpObject *m_bool_int(RpObject *self, RpObject *u) { return rp_int_from_long(1); }

static int del_calls;
static RpObject *resurrected;
static RpObject *m_del(RpObject *self, RpObject *unused)
{
    del_calls++;
    if (del_calls == 2) {
        resurrected = rp_newref(self);   /* PEP 442: it lives on */
    }
    return rp_none_new();
}
static RpObject *f_getter(RpObject *mod, RpObject *obj) { return rp_str_from_cstr("got"); }
static RpMethodDef getter_def = {"getter", RP_CFUNC(f_getter), RP_METH_O, NULL};

static RpMethodDef defs[] = {
    {"__del__", RP_CFUNC(m_del), RP_METH_NOARGS, NULL},
    {"__len__", RP_CFUNC(m_len3), RP_METH_NOARGS, NULL},
    {"__repr__", RP_CFUNC(m_repr), RP_METH_NOARGS, NULL},
    {"__add__", RP_CFUNC(m_add), RP_METH_O, NULL},
    {"__radd__", RP_CFUNC(m_radd), RP_METH_O, NULL},
    {"__eq__", RP_CFUNC(m_eq_true), RP_METH_O, NULL},
    {"__init__", RP_CFUNC(m_init_ret1), RP_METH_FASTCALL, NULL},
    {"__getattr__", RP_CFUNC(m_getattr), RP_METH_O, NULL},
    {"__bool__", RP_CFUNC(m_bool_int), RP_METH_NOARGS, NULL},
    {NULL}
};

static RpObject *method(RpTypeObject *owner, const char *name)
{
    for (RpMethodDef *d = defs; d->ml_name; d++) {
        if (strcmp(d->ml_name, name) == 0) {
            return rp_descr_new_method(owner, d);
        }
    }
    return NULL;
}

static void set_method(RpObject *cls, const char *name)
{
    RpObject *m = method(&RpBaseObject_Type, name);
    setattr_s(cls, name, m);
    rp_decref(m);
}

/* ---- tests ---- */

static void test_static_types(void)
{
    CHECK(repr_is(rp_newref(&RpLong_Type), "<class 'int'>"));
    CHECK(repr_is(rp_newref(&RpType_Type), "<class 'type'>"));
    CHECK(repr_is(rp_newref(&RpExc_ValueError), "<class 'ValueError'>"));
    CHECK(str_is(getattr_s((RpObject *)&RpLong_Type, "__name__"), "int"));
    CHECK(str_is(getattr_s((RpObject *)&RpLong_Type, "__module__"), "builtins"));
    CHECK(repr_is(getattr_s((RpObject *)&RpBaseObject_Type, "__init__"),
                  "<slot wrapper '__init__' of 'object' objects>"));
    CHECK(repr_is(getattr_s((RpObject *)&RpList_Type, "append"),
                  "<method 'append' of 'list' objects>"));
    CHECK(repr_is(getattr_s((RpObject *)&RpList_Type, "__hash__"), "None"));
    CHECK(repr_is(getattr_s((RpObject *)&RpBool_Type, "__mro__"),
                  "(<class 'bool'>, <class 'int'>, <class 'object'>)"));
    CHECK(rp_type_is_subtype(&RpBool_Type, &RpLong_Type));
    CHECK(rp_type_is_subtype(&RpExc_FileNotFoundError, &RpExc_OSError));
    /* immutable */
    RpObject *one = rp_int_from_long(1);
    CHECK(rp_object_setattr((RpObject *)&RpLong_Type, rp_id(__doc__), one) < 0);
    CHECK(error_is("TypeError: cannot set '__doc__' attribute of immutable type 'int'"));
    rp_decref(one);
    /* method cache: the same answer twice, and tags assigned */
    RpObject *a1 = rp_type_lookup_borrow(&RpList_Type, rp_id(append));
    RpObject *a2 = rp_type_lookup_borrow(&RpList_Type, rp_id(append));
    CHECK(a1 != NULL && a1 == a2 && RpList_Type.tp_version_tag != 0);
}

static void test_class_basics(void)
{
    RpObject *ns = rp_dict_new();
    RpObject *three = rp_int_from_long(3);
    rp_dict_set_cstr(ns, "size", three);
    RpObject *mod = rp_str_from_cstr("__main__");
    rp_dict_set(ns, rp_id(__module__), mod);
    rp_decref(mod);
    RpObject *Cup = make_class("Cup", NULL, ns);
    rp_decref(ns);
    CHECK(Cup != NULL);
    if (Cup == NULL) {
        rp_err_clear();
        return;
    }
    CHECK(repr_is(rp_newref(Cup), "<class '__main__.Cup'>"));
    RpObject *c = rp_call(Cup, NULL, 0, NULL);
    CHECK(c != NULL && rp_type(c) == (RpTypeObject *)Cup);
    /* instance attributes live in the values array, no dict */
    setattr_s(c, "tea", three);
    CHECK(*rp_managed_dict_ptr(c) == NULL && *rp_managed_values_ptr(c) != NULL);
    RpObject *t = getattr_s(c, "tea");
    CHECK(t == three);
    rp_xdecref(t);
    RpObject *sz = getattr_s(c, "size");
    CHECK(sz == three);
    rp_xdecref(sz);
    CHECK(getattr_s(c, "nothing") == NULL);
    CHECK(error_is("AttributeError: 'Cup' object has no attribute 'nothing'"));
    RpObject *nm = S("tea");
    CHECK(rp_object_delattr(c, nm) == 0);
    CHECK(rp_object_delattr(c, nm) < 0);
    CHECK(error_is("AttributeError: 'Cup' object has no attribute 'tea'"));
    rp_decref(nm);
    /* __dict__ materialises */
    setattr_s(c, "b", three);
    RpObject *d = getattr_s(c, "__dict__");
    CHECK(d != NULL && rp_dict_check(d) && rp_dict_size(d) == 1);
    CHECK(*rp_managed_dict_ptr(c) == d && *rp_managed_values_ptr(c) == NULL);
    setattr_s(c, "z", three);
    CHECK(rp_dict_size(d) == 2);
    rp_xdecref(d);
    /* too many arguments */
    CHECK(rp_call(Cup, &three, 1, NULL) == NULL);
    CHECK(error_is("TypeError: Cup() takes no arguments"));
    /* size report: basicsize 24 (header + weakref) + pre-header 32 */
    CHECK(((RpTypeObject *)Cup)->tp_basicsize == 24);
    CHECK(rp_object_preheader_size(c) == 32);
    /* identity equality and pointer hash */
    CHECK(rp_object_richcompare_bool(c, c, RP_EQ) == 1);
    rp_hash_t h = rp_object_hash(c);
    CHECK(h == rp_object_generic_hash(c));
    rp_decref(c);
    rp_decref(three);
    rp_decref(Cup);
}

static void test_gc_counts(void)
{
    RpObject *Box = make_class("Box", NULL, NULL);
    rp_gc_collect(2);
    RpObject *a = rp_call(Box, NULL, 0, NULL), *b = rp_call(Box, NULL, 0, NULL);
    setattr_s(a, "other", b);
    setattr_s(b, "other", a);
    rp_decref(a);
    rp_decref(b);
    CHECK(rp_gc_collect(2) == 2);
    a = rp_call(Box, NULL, 0, NULL);
    b = rp_call(Box, NULL, 0, NULL);
    setattr_s(a, "other", b);
    setattr_s(b, "other", a);
    RpObject *da = getattr_s(a, "__dict__"), *db = getattr_s(b, "__dict__");
    rp_decref(da);
    rp_decref(db);
    rp_decref(a);
    rp_decref(b);
    CHECK(rp_gc_collect(2) == 4);
    rp_decref(Box);
}

static void test_mro_and_layout(void)
{
    RpObject *A = make_class("A", NULL, NULL);
    RpObject *bases = rp_tuple_pack(1, A);
    RpObject *B = make_class("B", bases, NULL);
    rp_decref(bases);
    bases = rp_tuple_pack(2, A, B);
    CHECK(make_class("C", bases, NULL) == NULL);
    CHECK(error_is("TypeError: Cannot create a consistent method resolution\n"
                   "order (MRO) for bases A, B"));
    rp_decref(bases);
    bases = rp_tuple_pack(2, A, A);
    CHECK(make_class("C", bases, NULL) == NULL);
    CHECK(error_is("TypeError: duplicate base class A"));
    rp_decref(bases);
    bases = rp_tuple_pack(2, (RpObject *)&RpLong_Type, (RpObject *)&RpList_Type);
    CHECK(make_class("C", bases, NULL) == NULL);
    CHECK(error_is("TypeError: multiple bases have instance lay-out conflict"));
    rp_decref(bases);
    bases = rp_tuple_pack(1, (RpObject *)&RpBool_Type);
    CHECK(make_class("C", bases, NULL) == NULL);
    CHECK(error_is("TypeError: type 'bool' is not an acceptable base type"));
    rp_decref(bases);
    /* subclasses registry and invalidation */
    RpObject *subs = rp_type_subclasses_list((RpTypeObject *)A);
    CHECK(subs != NULL && rp_list_len(subs) == 1 && rp_list_get_borrow(subs, 0) == B);
    rp_xdecref(subs);
    RpObject *x = rp_int_from_long(7);
    setattr_s(A, "attr", x);
    RpObject *got = getattr_s(B, "attr");
    CHECK(got == x);
    rp_xdecref(got);
    RpObject *y = rp_int_from_long(8);
    setattr_s(A, "attr", y);
    got = getattr_s(B, "attr");
    CHECK(got == y);
    rp_xdecref(got);
    rp_decref(x);
    rp_decref(y);
    rp_decref(B);
    rp_decref(A);
}

static void test_slots(void)
{
    RpObject *ns = rp_dict_new();
    RpObject *slots = rp_tuple_pack(2, S("y"), S("x"));
    rp_decref(rp_tuple_get_borrow(slots, 0));
    rp_decref(rp_tuple_get_borrow(slots, 1));
    rp_dict_set(ns, rp_id(__slots__), slots);
    rp_decref(slots);
    RpObject *P = make_class("P", NULL, ns);
    rp_decref(ns);
    CHECK(P != NULL && ((RpTypeObject *)P)->tp_basicsize == 32 &&
          !(((RpTypeObject *)P)->tp_flags & RP_TPFLAGS_MANAGED_DICT));
    RpObject *p = rp_call(P, NULL, 0, NULL);
    CHECK(getattr_s(p, "x") == NULL);
    CHECK(error_is("AttributeError: 'P' object has no attribute 'x'"));
    RpObject *v = rp_int_from_long(5);
    setattr_s(p, "x", v);
    RpObject *g = getattr_s(p, "x");
    CHECK(g == v);
    rp_xdecref(g);
    RpObject *z = S("z");
    CHECK(rp_object_setattr(p, z, v) < 0);
    CHECK(error_is("AttributeError: 'P' object has no attribute 'z'"));
    rp_decref(z);
    CHECK(repr_is(getattr_s(P, "x"), "<member 'x' of 'P' objects>"));
    rp_decref(v);
    rp_decref(p);
    rp_decref(P);
}

static void test_dunder_slots(void)
{
    RpObject *ns = rp_dict_new();
    RpObject *C = make_class("C", NULL, ns);
    rp_decref(ns);
    RpObject *c = rp_call(C, NULL, 0, NULL);
    CHECK(rp_object_len(c) < 0);
    CHECK(error_is("TypeError: object of type 'C' has no len()"));
    set_method(C, "__len__");
    CHECK(rp_object_len(c) == 3);
    set_method(C, "__repr__");
    CHECK(repr_is(rp_newref(c), "<my repr>"));
    CHECK(str_is(rp_newref(c), "<my repr>"));
    /* binary operators and reflection */
    RpObject *one = rp_int_from_long(1);
    CHECK(rp_number_add(c, one) == NULL);
    CHECK(error_is("TypeError: unsupported operand type(s) for +: 'C' and 'int'"));
    set_method(C, "__add__");
    set_method(C, "__radd__");
    CHECK(str_is(rp_number_add(c, one), "added"));
    CHECK(str_is(rp_number_add(one, c), "radded"));
    /* __eq__ without __hash__ */
    set_method(C, "__eq__");
    CHECK(rp_object_richcompare_bool(c, one, RP_EQ) == 1);
    /* deleting the dunder restores the default */
    RpObject *nm = S("__len__");
    CHECK(rp_object_delattr(C, nm) == 0);
    rp_decref(nm);
    CHECK(rp_object_len(c) < 0);
    CHECK(error_is("TypeError: object of type 'C' has no len()"));
    /* __init__ returning non-None */
    set_method(C, "__init__");
    CHECK(rp_call(C, NULL, 0, NULL) == NULL);
    CHECK(error_is("TypeError: __init__() should return None, not 'int'"));
    /* __getattr__ fallback */
    set_method(C, "__getattr__");
    CHECK(str_is(getattr_s(c, "foo"), "dyn_foo"));
    /* __bool__ must return bool */
    set_method(C, "__bool__");
    CHECK(rp_object_is_true(c) < 0);
    CHECK(error_is("TypeError: __bool__ should return bool, returned int"));
    /* class with __eq__ in its namespace is unhashable */
    ns = rp_dict_new();
    RpObject *eq = method(&RpBaseObject_Type, "__eq__");
    rp_dict_set(ns, rp_id(__eq__), eq);
    rp_decref(eq);
    RpObject *E = make_class("E", NULL, ns);
    rp_decref(ns);
    RpObject *e = rp_call(E, NULL, 0, NULL);
    CHECK(rp_object_hash(e) == -1);
    CHECK(error_is("TypeError: unhashable type: 'E'"));
    CHECK(repr_is(getattr_s(E, "__hash__"), "None"));
    rp_decref(e);
    rp_decref(E);
    rp_decref(one);
    rp_decref(c);
    rp_decref(C);
}

static void test_protocol_messages(void)
{
    RpObject *one = rp_int_from_long(1), *s = rp_str_from_cstr("abc");
    CHECK(rp_number_add(s, one) == NULL);
    CHECK(error_is("TypeError: can only concatenate str (not \"int\") to str"));
    CHECK(rp_object_richcompare(one, s, RP_LT) == NULL);
    CHECK(error_is("TypeError: '<' not supported between instances of 'int' and 'str'"));
    CHECK(rp_object_getitem(one, one) == NULL);
    CHECK(error_is("TypeError: 'int' object is not subscriptable"));
    CHECK(rp_call(one, NULL, 0, NULL) == NULL);
    CHECK(error_is("TypeError: 'int' object is not callable"));
    CHECK(rp_object_get_iter(one) == NULL);
    CHECK(error_is("TypeError: 'int' object is not iterable"));
    RpObject *t = rp_tuple_pack(1, one);
    CHECK(rp_object_setitem(t, one, one) < 0);
    CHECK(error_is("TypeError: 'tuple' object does not support item assignment"));
    CHECK(getattr_s(t, "append") == NULL);
    CHECK(error_is("AttributeError: 'tuple' object has no attribute 'append'"));
    CHECK(getattr_s(rp_None, "value") == NULL);
    CHECK(error_is("AttributeError: 'NoneType' object has no attribute 'value'"));
    RpObject *l = rp_list_new(0);
    CHECK(rp_object_hash(l) == -1);
    CHECK(error_is("TypeError: unhashable type: 'list'"));
    CHECK(rp_number_multiply(l, s) == NULL);
    CHECK(error_is("TypeError: can't multiply sequence by non-int of type 'str'"));
    /* identity shortcut */
    CHECK(rp_object_richcompare_bool(l, l, RP_EQ) == 1);
    /* isinstance with tuples */
    RpObject *types = rp_tuple_pack(2, (RpObject *)&RpStr_Type, (RpObject *)&RpLong_Type);
    CHECK(rp_object_is_instance(one, types) == 1);
    CHECK(rp_object_is_instance(l, types) == 0);
    CHECK(rp_object_is_instance(one, one) < 0);
    CHECK(error_is("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"));
    rp_decref(types);
    /* get_method gives the unbound descriptor */
    RpObject *m = NULL;
    CHECK(rp_object_get_method(l, rp_id(append), &m) == 1 && rp_type(m) == &RpMethodDescr_Type);
    rp_xdecref(m);
    /* int | str */
    RpObject *u = rp_number_or((RpObject *)&RpLong_Type, (RpObject *)&RpStr_Type);
    CHECK(repr_is(rp_xnewref(u), "int | str"));
    CHECK(u != NULL && rp_object_is_instance(s, u) == 1 && rp_object_is_instance(l, u) == 0);
    rp_xdecref(u);
    rp_decref(l);
    rp_decref(t);
    rp_decref(one);
    rp_decref(s);
}

static void test_exceptions(void)
{
    RpObject *x = rp_str_from_cstr("x");
    RpObject *e = rp_exception_new(&RpExc_ValueError, &x, 1);
    CHECK(repr_is(rp_newref(e), "ValueError('x')"));
    CHECK(str_is(rp_newref(e), "x"));
    rp_decref(e);
    e = rp_exception_new(&RpExc_KeyError, &x, 1);
    CHECK(str_is(rp_newref(e), "'x'"));
    rp_decref(e);
    RpObject *args[3] = { rp_int_from_long(2), rp_str_from_cstr("No such file"), rp_str_from_cstr("f.txt") };
    e = rp_exception_new(&RpExc_OSError, args, 3);
    CHECK(e != NULL && rp_type(e) == &RpExc_FileNotFoundError);
    CHECK(str_is(rp_xnewref(e), "[Errno 2] No such file: 'f.txt'"));
    CHECK(repr_is(rp_xnewref(e), "FileNotFoundError(2, 'No such file')"));
    rp_xdecref(e);
    for (int i = 0; i < 3; i++) {
        rp_decref(args[i]);
    }
    e = rp_exception_new(&RpExc_StopIteration, &x, 1);
    CHECK(getattr_s(e, "value") == x);
    rp_decref(x);
    rp_decref(e);
    /* a class deriving from Exception */
    RpObject *bases = rp_tuple_pack(1, (RpObject *)&RpExc_Exception);
    RpObject *MyErr = make_class("MyErr", bases, NULL);
    rp_decref(bases);
    RpObject *me = rp_call(MyErr, NULL, 0, NULL);
    CHECK(me != NULL && rp_exception_check(me));
    setattr_s(me, "code", rp_None);
    CHECK(repr_is(me, "MyErr()"));
    rp_decref(MyErr);
}

static void test_finalizer_and_class_assignment(void)
{
    RpObject *C = make_class("C", NULL, NULL);
    set_method(C, "__del__");
    CHECK(((RpTypeObject *)C)->tp_finalize != NULL);
    RpObject *c = rp_call(C, NULL, 0, NULL);
    rp_decref(c);
    CHECK(del_calls == 1);
    c = rp_call(C, NULL, 0, NULL);
    rp_decref(c);                      /* __del__ resurrects it */
    CHECK(del_calls == 2 && resurrected == c && rp_refcnt(c) == 1);
    RP_CLEAR(resurrected);             /* finalized already: no second __del__ */
    CHECK(del_calls == 2);
    /* __class__ assignment between compatible classes */
    RpObject *D = make_class("D", NULL, NULL);
    RpObject *o = rp_call(C, NULL, 0, NULL);
    RpObject *v = rp_int_from_long(4);
    setattr_s(o, "v", v);
    setattr_s(o, "__class__", D);
    CHECK(rp_type(o) == (RpTypeObject *)D);
    RpObject *g = getattr_s(o, "v");
    CHECK(g == v);
    rp_xdecref(g);
    RpObject *n = S("__class__");
    CHECK(rp_object_setattr(o, n, (RpObject *)&RpLong_Type) < 0);
    CHECK(error_is("TypeError: __class__ assignment only supported for mutable types or "
                   "ModuleType subclasses"));
    CHECK(rp_object_setattr(v, n, D) < 0);
    CHECK(error_is("TypeError: __class__ assignment only supported for mutable types or "
                   "ModuleType subclasses"));
    rp_decref(n);
    rp_decref(o);
    CHECK(del_calls == 2);             /* a D now: no __del__ */
    rp_decref(v);
    rp_decref(D);
    rp_decref(C);
}

static void test_descriptors(void)
{
    /* property from a C getter */
    RpObject *fget = rp_cfunction_new(&getter_def, NULL, NULL);
    RpObject *prop = rp_call_one((RpObject *)&RpProperty_Type, fget);
    RpObject *ns = rp_dict_new();
    rp_dict_set_cstr(ns, "p", prop);
    RpObject *C = make_class("C", NULL, ns);
    RpObject *c = rp_call(C, NULL, 0, NULL);
    CHECK(str_is(getattr_s(c, "p"), "got"));
    RpObject *n = S("p");
    CHECK(rp_object_setattr(c, n, rp_None) < 0);
    CHECK(error_is("AttributeError: property 'p' of 'C' object has no setter"));
    rp_decref(n);
    /* super(C2, obj) finds C's attribute */
    RpObject *bases = rp_tuple_pack(1, C);
    RpObject *C2 = make_class("C2", bases, NULL);
    RpObject *c2 = rp_call(C2, NULL, 0, NULL);
    RpObject *sargs[2] = { C2, c2 };
    RpObject *sup = rp_call((RpObject *)&RpSuper_Type, sargs, 2, NULL);
    CHECK(str_is(getattr_s(sup, "p"), "got"));
    CHECK(repr_is(sup, "<super: <class 'C2'>, <C2 object>>"));
    RpObject *bad[2] = { C2, rp_None };
    bad[1] = fget;
    CHECK(rp_call((RpObject *)&RpSuper_Type, bad, 2, NULL) == NULL);
    CHECK(error_is("TypeError: super(type, obj): obj must be an instance or subtype of type"));
    /* staticmethod / classmethod */
    RpObject *sm = rp_staticmethod_new(fget);
    CHECK(rp_type(sm) == &RpStaticMethod_Type);
    rp_decref(sm);
    rp_decref(c2);
    rp_decref(C2);
    rp_decref(bases);
    rp_decref(c);
    rp_decref(C);
    rp_decref(ns);
    rp_decref(prop);
    rp_decref(fget);
}

static void test_metaclass_and_propagation(void)
{
    /* class Meta(type): pass; class K(metaclass=Meta): pass */
    RpObject *bases = rp_tuple_pack(1, (RpObject *)&RpType_Type);
    RpObject *Meta = make_class("Meta", bases, NULL);
    rp_decref(bases);
    CHECK(Meta != NULL && rp_type_check(Meta));
    RpObject *n = S("K"), *b = rp_tuple_new(0), *d = rp_dict_new();
    RpObject *args[3] = { n, b, d };
    RpObject *K = rp_call(Meta, args, 3, NULL);
    CHECK(K != NULL && rp_type(K) == (RpTypeObject *)Meta && rp_refcnt(Meta) >= 2);
    rp_decref(n);
    rp_decref(b);
    rp_decref(d);
    RpObject *k = rp_call(K, NULL, 0, NULL);
    CHECK(k != NULL && rp_type(k) == (RpTypeObject *)K);
    rp_xdecref(k);
    rp_ssize_t meta_refs = rp_refcnt(Meta);
    rp_xdecref(K);
    rp_gc_collect(2);
    CHECK(rp_refcnt(Meta) == meta_refs - 1);
    /* a slot set on a base reaches subclasses that do not define it */
    RpObject *A = make_class("A", NULL, NULL);
    bases = rp_tuple_pack(1, A);
    RpObject *B = make_class("B", bases, NULL);
    rp_decref(bases);
    RpObject *bi = rp_call(B, NULL, 0, NULL);
    CHECK(rp_object_len(bi) < 0);
    rp_err_clear();
    set_method(A, "__len__");
    CHECK(rp_object_len(bi) == 3);
    set_method(B, "__repr__");
    set_method(A, "__repr__");
    CHECK(repr_is(rp_newref(bi), "<my repr>"));
    RpObject *nm = S("__len__");
    CHECK(rp_object_delattr(A, nm) == 0);
    CHECK(rp_object_len(bi) < 0);
    rp_err_clear();
    rp_decref(nm);
    /* a subclass's __eq__ alone makes it unhashable, the base stays hashable */
    RpObject *ai = rp_call(A, NULL, 0, NULL);
    CHECK(rp_object_hash(ai) != -1);
    set_method(B, "__eq__");
    CHECK(rp_object_hash(bi) != -1 || (rp_err_clear(), 1));
    rp_decref(ai);
    rp_decref(bi);
    rp_decref(B);
    rp_decref(A);
    rp_decref(Meta);
    rp_gc_collect(2);
}

static void test_modules(void)
{
    RpObject *m = rp_module_new("spam");
    CHECK(repr_is(rp_newref(m), "<module 'spam' (built-in)>"));
    CHECK(getattr_s(m, "eggs") == NULL);
    CHECK(error_is("AttributeError: module 'spam' has no attribute 'eggs'"));
    rp_decref(m);
}

int main(void)
{
    stub_init();
    if (rp_types_init() < 0 || rp_exceptions_init(NULL) < 0) {
        fprintf(stderr, "init failed: %s\n", stub_err_text());
        return 1;
    }
    test_static_types();
    test_class_basics();
    test_gc_counts();
    test_mro_and_layout();
    test_slots();
    test_dunder_slots();
    test_protocol_messages();
    test_exceptions();
    test_modules();
    test_finalizer_and_class_assignment();
    test_descriptors();
    test_metaclass_and_propagation();
    rp_err_clear();
    rp_gc_collect(2);
    printf("%s test_types: %d checks, %d failed\n", failures ? "FAIL" : "ok", checks, failures);
    return failures != 0;
}
