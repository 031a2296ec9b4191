/* weakrefobject.c - weakref.ref and weakref.proxy (see weakrefobject.h).
 *
 * Models CPython 3.11's Objects/weakrefobject.c and the handle_weakrefs()
 * step of Modules/gcmodule.c.
 *
 * List order on the referent: the shared callback-less ref first, then the
 * shared callback-less proxy, then the others with the newest first.  So
 * when the referent dies, callbacks run newest first, as in CPython.
 */
#include "weakrefobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

int rp_weakref_check(RpObject *o)
{
    RpTypeObject *t = rp_type(o);
    return t == &RpWeakref_RefType || t == &RpWeakref_ProxyType ||
           t == &RpWeakref_CallableProxyType || rp_type_is_subtype(t, &RpWeakref_RefType);
}

static int is_ref_exact(RpWeakReference *r) { return rp_type(r) == &RpWeakref_RefType; }
static int is_proxy(RpWeakReference *r)
{
    return rp_type(r) == &RpWeakref_ProxyType || rp_type(r) == &RpWeakref_CallableProxyType;
}

/* Unlink self from its referent's list and drop the callback.  The only
 * place that removes from the list. */
static void clear_weakref(RpWeakReference *self)
{
    RpObject *callback = self->wr_callback;
    if (self->wr_object != rp_None) {
        RpWeakReference **list = rp_weakref_listptr(self->wr_object);
        if (*list == self) {
            *list = self->wr_next;
        }
        self->wr_object = rp_None;
        if (self->wr_prev != NULL) {
            self->wr_prev->wr_next = self->wr_next;
        }
        if (self->wr_next != NULL) {
            self->wr_next->wr_prev = self->wr_prev;
        }
        self->wr_prev = NULL;
        self->wr_next = NULL;
    }
    if (callback != NULL) {
        self->wr_callback = NULL;
        rp_decref(callback);
    }
}

/* Clear the reference but keep the callback (the collector calls it
 * later, or the weakref's dealloc drops it). */
static void clear_ref_keep_callback(RpWeakReference *self)
{
    RpObject *callback = self->wr_callback;
    self->wr_callback = NULL;
    clear_weakref(self);
    self->wr_callback = callback;
}

/* ---- creation ---- */

static void get_basic_refs(RpWeakReference *head, RpWeakReference **refp,
                           RpWeakReference **proxyp)
{
    *refp = NULL;
    *proxyp = NULL;
    if (head != NULL && head->wr_callback == NULL) {
        if (is_ref_exact(head)) {
            *refp = head;
            head = head->wr_next;
        }
        if (head != NULL && head->wr_callback == NULL && is_proxy(head)) {
            *proxyp = head;
        }
    }
}

static void insert_after(RpWeakReference *newref, RpWeakReference *prev)
{
    newref->wr_prev = prev;
    newref->wr_next = prev->wr_next;
    if (prev->wr_next != NULL) {
        prev->wr_next->wr_prev = newref;
    }
    prev->wr_next = newref;
}

static void insert_head(RpWeakReference *newref, RpWeakReference **list)
{
    RpWeakReference *next = *list;
    newref->wr_prev = NULL;
    newref->wr_next = next;
    if (next != NULL) {
        next->wr_prev = newref;
    }
    *list = newref;
}

static RpObject *weakref_vectorcall(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames);

static RpWeakReference *alloc_weakref(RpTypeObject *type, RpObject *ob, RpObject *callback)
{
    RpWeakReference *r = (RpWeakReference *)rp_type_generic_alloc(type, 0);
    if (r == NULL) {
        return NULL;
    }
    r->hash = -1;
    r->wr_object = ob;
    r->wr_prev = r->wr_next = NULL;
    r->wr_callback = rp_xnewref(callback);
    r->vectorcall = weakref_vectorcall;
    return r;
}

static int check_weakrefable(RpObject *ob)
{
    if (!rp_type_supports_weakrefs(rp_type(ob))) {
        rp_err_format(&RpExc_TypeError, "cannot create weak reference to '%s' object",
                      rp_type(ob)->tp_name);
        return -1;
    }
    return 0;
}

/* Insert a new weakref in the right place of ob's list. */
static void link_new(RpWeakReference *r, RpObject *ob)
{
    RpWeakReference **list = rp_weakref_listptr(ob);
    RpWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (r->wr_callback == NULL && is_ref_exact(r)) {
        insert_head(r, list);
    } else if (r->wr_callback == NULL && is_proxy(r)) {
        if (ref != NULL) {
            insert_after(r, ref);
        } else {
            insert_head(r, list);
        }
    } else {
        RpWeakReference *prev = proxy != NULL ? proxy : ref;
        if (prev != NULL) {
            insert_after(r, prev);
        } else {
            insert_head(r, list);
        }
    }
}

static RpObject *new_ref_of_type(RpTypeObject *type, RpObject *ob, RpObject *callback)
{
    if (check_weakrefable(ob) < 0) {
        return NULL;
    }
    if (callback == rp_None) {
        callback = NULL;
    }
    RpWeakReference **list = rp_weakref_listptr(ob);
    RpWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (type == &RpWeakref_RefType && callback == NULL && ref != NULL) {
        return rp_newref(ref);     /* the shared basic ref */
    }
    RpWeakReference *r = alloc_weakref(type, ob, callback);
    if (r == NULL) {
        return NULL;
    }
    link_new(r, ob);
    rp_gc_track(r);
    return (RpObject *)r;
}

RpObject *rp_weakref_new_ref(RpObject *ob, RpObject *callback)
{
    return new_ref_of_type(&RpWeakref_RefType, ob, callback);
}

RpObject *rp_weakref_new_proxy(RpObject *ob, RpObject *callback)
{
    if (check_weakrefable(ob) < 0) {
        return NULL;
    }
    if (callback == rp_None) {
        callback = NULL;
    }
    RpWeakReference **list = rp_weakref_listptr(ob);
    RpWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && proxy != NULL) {
        return rp_newref(proxy);
    }
    RpTypeObject *type = rp_callable_check(ob) ? &RpWeakref_CallableProxyType
                                               : &RpWeakref_ProxyType;
    RpWeakReference *r = alloc_weakref(type, ob, callback);
    if (r == NULL) {
        return NULL;
    }
    link_new(r, ob);
    rp_gc_track(r);
    return (RpObject *)r;
}

RpObject *rp_weakref_get_object_borrow(RpObject *ref)
{
    RpObject *o = ((RpWeakReference *)ref)->wr_object;
    /* an object being deallocated (refcount 0) counts as dead */
    if (o != rp_None && rp_refcnt(o) == 0) {
        return rp_None;
    }
    return o;
}

/* ---- clearing when the referent dies ---- */

static void handle_callback(RpWeakReference *ref, RpObject *callback)
{
    RpObject *res = rp_call_one(callback, (RpObject *)ref);
    if (res == NULL) {
        rp_err_write_unraisable(callback);
    } else {
        rp_decref(res);
    }
}

void rp_weakref_clear_all(RpObject *o)
{
    RpWeakReference **list = rp_weakref_listptr(o);
    if (*list == NULL) {
        return;
    }
    /* the callback-less basic ref and proxy go first, silently */
    if ((*list)->wr_callback == NULL) {
        clear_weakref(*list);
        if (*list != NULL && (*list)->wr_callback == NULL) {
            clear_weakref(*list);
        }
    }
    if (*list == NULL) {
        return;
    }
    RpObject *saved = rp_err_fetch();
    rp_ssize_t count = 0;
    for (RpWeakReference *w = *list; w != NULL; w = w->wr_next) {
        count++;
    }
    /* take (ref, callback) pairs out first, then call: a callback may
       create or drop weakrefs */
    RpObject *pairs = rp_tuple_new(count * 2);
    if (pairs == NULL) {
        /* out of memory: clear without callbacks */
        rp_err_clear();
        while (*list != NULL) {
            clear_weakref(*list);
        }
        rp_err_restore(saved);
        return;
    }
    RpWeakReference *cur = *list;
    for (rp_ssize_t i = 0; i < count; i++) {
        RpWeakReference *next = cur->wr_next;
        /* (ref, callback), or (None, None) for a weakref that is itself
           being deallocated or has no callback */
        if (rp_refcnt(cur) > 0 && cur->wr_callback != NULL) {
            rp_tuple_set_steal(pairs, i * 2, rp_newref(cur));
            rp_tuple_set_steal(pairs, i * 2 + 1, cur->wr_callback);   /* moves */
        } else {
            rp_xdecref(cur->wr_callback);
            rp_tuple_set_steal(pairs, i * 2, rp_newref(rp_None));
            rp_tuple_set_steal(pairs, i * 2 + 1, rp_newref(rp_None));
        }
        cur->wr_callback = NULL;
        clear_weakref(cur);
        cur = next;
    }
    for (rp_ssize_t i = 0; i < count; i++) {
        RpObject *cb = rp_tuple_get_borrow(pairs, i * 2 + 1);
        if (cb != rp_None) {
            handle_callback((RpWeakReference *)rp_tuple_get_borrow(pairs, i * 2), cb);
        }
    }
    rp_decref(pairs);
    rp_err_restore(saved);
}

void rp_weakref_clear_no_callbacks(RpObject *o)
{
    RpWeakReference **list = rp_weakref_listptr(o);
    while (*list != NULL) {
        clear_ref_keep_callback(*list);
    }
}

rp_ssize_t rp_weakref_count(RpObject *o)
{
    if (!rp_type_supports_weakrefs(rp_type(o))) {
        return 0;
    }
    rp_ssize_t n = 0;
    for (RpWeakReference *w = *rp_weakref_listptr(o); w != NULL; w = w->wr_next) {
        n++;
    }
    return n;
}

RpObject *rp_weakref_list(RpObject *o)
{
    RpObject *l = rp_list_new(0);
    if (l == NULL || !rp_type_supports_weakrefs(rp_type(o))) {
        return l;
    }
    for (RpWeakReference *w = *rp_weakref_listptr(o); w != NULL; w = w->wr_next) {
        if (rp_list_append(l, (RpObject *)w) < 0) {
            rp_decref(l);
            return NULL;
        }
    }
    return l;
}

/* ---- the collector's step: clear weakrefs to garbage before finalizers ---- */

rp_ssize_t rp_weakref_gc_handle(RpGCHead *unreachable, RpGCHead *old)
{
    RpGCHead wrcb_to_call;
    rp_ssize_t num_freed = 0;
    rp_gc_list_init(&wrcb_to_call);

    /* Clear every weakref to an unreachable object.  Weakrefs that are
       themselves garbage are cleared and their callbacks never run; the
       callbacks of reachable weakrefs run after the whole pass. */
    RpGCHead *next;
    for (RpGCHead *g = rp_gc_next(unreachable); g != unreachable; g = next) {
        RpObject *op = rp_from_gc(g);
        next = rp_gc_next(g);
        if (rp_weakref_check(op)) {
            clear_ref_keep_callback((RpWeakReference *)op);
        }
        if (!rp_type_supports_weakrefs(rp_type(op))) {
            continue;
        }
        RpWeakReference **list = rp_weakref_listptr(op);
        for (RpWeakReference *wr = *list; wr != NULL; wr = *list) {
            clear_ref_keep_callback(wr);
            if (wr->wr_callback == NULL) {
                continue;
            }
            if (rp_gc_is_collecting(wr)) {
                continue;          /* the weakref is garbage too */
            }
            rp_incref(wr);
            rp_gc_list_move(rp_as_gc(wr), &wrcb_to_call);
        }
    }
    while (!rp_gc_list_is_empty(&wrcb_to_call)) {
        RpGCHead *g = rp_gc_next(&wrcb_to_call);
        RpWeakReference *wr = (RpWeakReference *)rp_from_gc(g);
        handle_callback(wr, wr->wr_callback);
        rp_decref(wr);
        if (rp_gc_next(&wrcb_to_call) == g) {
            rp_gc_list_move(g, old);     /* still alive */
        } else {
            num_freed++;
        }
    }
    return num_freed;
}

int rp_weakref_init(void)
{
    rp_runtime.gc.handle_weakrefs = rp_weakref_gc_handle;
    return 0;
}

/* ---- weakref.ref ---- */

static void weakref_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    clear_weakref((RpWeakReference *)self);
    rp_type(self)->tp_free(self);
}

static int weakref_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpWeakReference *)self)->wr_callback);
    return 0;
}

static int weakref_tp_clear(RpObject *self)
{
    clear_weakref((RpWeakReference *)self);
    return 0;
}

static RpObject *weakref_vectorcall(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        return rp_err_set_string(&RpExc_TypeError, "weakref() takes no keyword arguments");
    }
    if (nargs != 0) {
        return rp_err_format(&RpExc_TypeError, "weakref expected 0 arguments, got %zd",
                             (rp_ssize_t)nargs);
    }
    return rp_newref(rp_weakref_get_object_borrow(self));
}

static rp_hash_t weakref_hash(RpObject *self)
{
    RpWeakReference *r = (RpWeakReference *)self;
    if (r->hash != -1) {
        return r->hash;
    }
    RpObject *o = rp_weakref_get_object_borrow(self);
    if (o == rp_None) {
        rp_err_set_string(&RpExc_TypeError, "weak object has gone away");
        return -1;
    }
    rp_incref(o);
    r->hash = rp_object_hash(o);
    rp_decref(o);
    return r->hash;
}

static RpObject *weakref_repr(RpObject *self)
{
    RpObject *o = rp_weakref_get_object_borrow(self);
    if (o == rp_None) {
        return rp_str_from_format("<weakref at %p; dead>", (void *)self);
    }
    rp_incref(o);
    RpObject *name = NULL;
    if (rp_object_lookup_attr(o, rp_id(__name__), &name) < 0) {
        rp_err_clear();
        name = NULL;
    }
    RpObject *res;
    if (name == NULL || !rp_str_check(name)) {
        res = rp_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                                 rp_type(o)->tp_name, (void *)o);
    } else {
        res = rp_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                                 rp_type(o)->tp_name, (void *)o, name);
    }
    rp_xdecref(name);
    rp_decref(o);
    return res;
}

static RpObject *weakref_richcompare(RpObject *self, RpObject *other, int op)
{
    if ((op != RP_EQ && op != RP_NE) || !rp_weakref_check(self) || !rp_weakref_check(other)) {
        return rp_notimplemented_new();
    }
    RpObject *a = rp_weakref_get_object_borrow(self);
    RpObject *b = rp_weakref_get_object_borrow(other);
    if (a == rp_None || b == rp_None) {
        int res = (self == other);
        if (op == RP_NE) {
            res = !res;
        }
        return rp_bool_from_long(res);
    }
    rp_incref(a);
    rp_incref(b);
    RpObject *res = rp_object_richcompare(a, b, op);
    rp_decref(a);
    rp_decref(b);
    return res;
}

static int parse_ref_args(const char *who, RpObject *const *args, size_t nargs,
                          RpObject *kwnames, RpObject **ob, RpObject **callback)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        rp_err_format(&RpExc_TypeError, "%s() takes no keyword arguments", who);
        return -1;
    }
    if (nargs < 1) {
        rp_err_format(&RpExc_TypeError, "__new__ expected at least 1 argument, got %zd",
                      (rp_ssize_t)nargs);
        return -1;
    }
    if (nargs > 2) {
        rp_err_format(&RpExc_TypeError, "__new__ expected at most 2 arguments, got %zd",
                      (rp_ssize_t)nargs);
        return -1;
    }
    *ob = args[0];
    *callback = nargs > 1 ? args[1] : NULL;
    return 0;
}

static RpObject *weakref_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    RpObject *ob, *callback;
    if (parse_ref_args("ref", args, nargs, kwnames, &ob, &callback) < 0) {
        return NULL;
    }
    return new_ref_of_type(type, ob, callback);
}

static int weakref_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    /* the work is done by __new__; subclasses may take other arguments */
    return 0;
}

static RpObject *weakref_get_callback(RpObject *self, void *closure)
{
    RpObject *cb = ((RpWeakReference *)self)->wr_callback;
    return rp_newref(cb != NULL ? cb : rp_None);
}

static RpGetSetDef weakref_getset[] = {
    { "__callback__", weakref_get_callback, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

RpTypeObject RpWeakref_RefType = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(RpWeakReference),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = weakref_dealloc,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_tp_clear,
    .tp_repr = weakref_repr,
    .tp_hash = weakref_hash,
    .tp_call = weakref_vectorcall,
    .tp_richcompare = weakref_richcompare,
    .tp_getset = weakref_getset,
    .tp_new = weakref_new,
    .tp_init = weakref_init,
    .tp_free = rp_object_free,
};

/* ---- weakref.proxy: forwards every operation to the referent ---- */

/* The live referent (NEW reference) or NULL with ReferenceError. */
static RpObject *proxy_target(RpObject *proxy)
{
    RpObject *o = rp_weakref_get_object_borrow(proxy);
    if (o == rp_None) {
        return rp_err_set_string(&RpExc_ReferenceError,
                                 "weakly-referenced object no longer exists");
    }
    return rp_newref(o);
}

/* Unwrap o if it is a proxy (NEW reference either way). */
static RpObject *unwrap(RpObject *o)
{
    if (rp_type(o) == &RpWeakref_ProxyType || rp_type(o) == &RpWeakref_CallableProxyType) {
        return proxy_target(o);
    }
    return rp_newref(o);
}

static RpObject *proxy_getattr(RpObject *self, RpObject *name)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return NULL;
    }
    RpObject *res = rp_object_getattr(o, name);
    rp_decref(o);
    return res;
}

static int proxy_setattr(RpObject *self, RpObject *name, RpObject *value)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return -1;
    }
    int res = rp_object_setattr(o, name, value);
    rp_decref(o);
    return res;
}

static RpObject *proxy_repr(RpObject *self)
{
    RpObject *o = rp_weakref_get_object_borrow(self);
    return rp_str_from_format("<weakproxy at %p; to '%s' at %p>", (void *)self,
                              rp_type(o)->tp_name, (void *)o);
}

#define PROXY_UNARY(fname, call)                     \
    static RpObject *fname(RpObject *self)           \
    {                                                \
        RpObject *o = proxy_target(self);            \
        if (o == NULL) {                             \
            return NULL;                             \
        }                                            \
        RpObject *res = call(o);                     \
        rp_decref(o);                                \
        return res;                                  \
    }

#define PROXY_BINARY(fname, call)                    \
    static RpObject *fname(RpObject *a, RpObject *b) \
    {                                                \
        RpObject *x = unwrap(a);                     \
        if (x == NULL) {                             \
            return NULL;                             \
        }                                            \
        RpObject *y = unwrap(b);                     \
        if (y == NULL) {                             \
            rp_decref(x);                            \
            return NULL;                             \
        }                                            \
        RpObject *res = call(x, y);                  \
        rp_decref(x);                                \
        rp_decref(y);                                \
        return res;                                  \
    }

PROXY_UNARY(proxy_str, rp_object_str)
PROXY_UNARY(proxy_iter, rp_object_get_iter)
PROXY_UNARY(proxy_neg, rp_number_negative)
PROXY_UNARY(proxy_pos, rp_number_positive)
PROXY_UNARY(proxy_abs, rp_number_absolute)
PROXY_UNARY(proxy_invert, rp_number_invert)
PROXY_UNARY(proxy_int, rp_number_long)
PROXY_UNARY(proxy_float, rp_number_float)
PROXY_UNARY(proxy_index, rp_number_index)
PROXY_BINARY(proxy_add, rp_number_add)
PROXY_BINARY(proxy_sub, rp_number_subtract)
PROXY_BINARY(proxy_mul, rp_number_multiply)
PROXY_BINARY(proxy_matmul, rp_number_matrix_multiply)
PROXY_BINARY(proxy_truediv, rp_number_true_divide)
PROXY_BINARY(proxy_floordiv, rp_number_floor_divide)
PROXY_BINARY(proxy_mod, rp_number_remainder)
PROXY_BINARY(proxy_divmod, rp_number_divmod)
PROXY_BINARY(proxy_lshift, rp_number_lshift)
PROXY_BINARY(proxy_rshift, rp_number_rshift)
PROXY_BINARY(proxy_and, rp_number_and)
PROXY_BINARY(proxy_or, rp_number_or)
PROXY_BINARY(proxy_xor, rp_number_xor)
PROXY_BINARY(proxy_iadd, rp_number_inplace_add)
PROXY_BINARY(proxy_isub, rp_number_inplace_subtract)
PROXY_BINARY(proxy_imul, rp_number_inplace_multiply)
PROXY_BINARY(proxy_getitem, rp_object_getitem)

static RpObject *proxy_pow(RpObject *a, RpObject *b, RpObject *c)
{
    RpObject *x = unwrap(a), *y = NULL, *z = NULL, *res = NULL;
    if (x != NULL && (y = unwrap(b)) != NULL && (z = unwrap(c)) != NULL) {
        res = rp_number_power(x, y, z);
    }
    rp_xdecref(x);
    rp_xdecref(y);
    rp_xdecref(z);
    return res;
}

static RpObject *proxy_richcompare(RpObject *a, RpObject *b, int op)
{
    RpObject *x = unwrap(a);
    if (x == NULL) {
        return NULL;
    }
    RpObject *y = unwrap(b);
    if (y == NULL) {
        rp_decref(x);
        return NULL;
    }
    RpObject *res = rp_object_richcompare(x, y, op);
    rp_decref(x);
    rp_decref(y);
    return res;
}

static int proxy_bool(RpObject *self)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return -1;
    }
    int r = rp_object_is_true(o);
    rp_decref(o);
    return r;
}

static rp_ssize_t proxy_length(RpObject *self)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return -1;
    }
    rp_ssize_t n = rp_object_len(o);
    rp_decref(o);
    return n;
}

static int proxy_contains(RpObject *self, RpObject *item)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return -1;
    }
    int r = rp_sequence_contains(o, item);
    rp_decref(o);
    return r;
}

static int proxy_setitem(RpObject *self, RpObject *key, RpObject *value)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return -1;
    }
    int r = value == NULL ? rp_object_delitem(o, key) : rp_object_setitem(o, key, value);
    rp_decref(o);
    return r;
}

static RpObject *proxy_iternext(RpObject *self)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return NULL;
    }
    if (!rp_iter_check(o)) {
        rp_err_format(&RpExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                      rp_type(o)->tp_name);
        rp_decref(o);
        return NULL;
    }
    RpObject *res = rp_iter_next(o);
    rp_decref(o);
    return res;
}

static RpObject *proxy_call(RpObject *self, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    RpObject *o = proxy_target(self);
    if (o == NULL) {
        return NULL;
    }
    RpObject *res = rp_call(o, args, nargs, kwnames);
    rp_decref(o);
    return res;
}

static rp_hash_t proxy_hash(RpObject *self)
{
    return rp_object_hash_not_implemented(self);
}

#define PROXY_SLOTS                                                               \
    .tp_basicsize = sizeof(RpWeakReference),                                      \
    .tp_flags = RP_TPFLAGS_HAVE_GC,                                               \
    .tp_dealloc = weakref_dealloc,                                                \
    .tp_traverse = weakref_traverse,                                              \
    .tp_clear = weakref_tp_clear,                                                 \
    .tp_repr = proxy_repr,                                                        \
    .tp_str = proxy_str,                                                          \
    .tp_hash = proxy_hash,                                                        \
    .tp_getattro = proxy_getattr,                                                 \
    .tp_setattro = proxy_setattr,                                                 \
    .tp_richcompare = proxy_richcompare,                                          \
    .tp_iter = proxy_iter,                                                        \
    .tp_iternext = proxy_iternext,                                                \
    .tp_free = rp_object_free,                                                    \
    .nb_add = proxy_add, .nb_subtract = proxy_sub, .nb_multiply = proxy_mul,      \
    .nb_remainder = proxy_mod, .nb_divmod = proxy_divmod, .nb_power = proxy_pow,  \
    .nb_negative = proxy_neg, .nb_positive = proxy_pos, .nb_absolute = proxy_abs, \
    .nb_bool = proxy_bool, .nb_invert = proxy_invert, .nb_lshift = proxy_lshift,  \
    .nb_rshift = proxy_rshift, .nb_and = proxy_and, .nb_xor = proxy_xor,          \
    .nb_or = proxy_or, .nb_int = proxy_int, .nb_float = proxy_float,              \
    .nb_inplace_add = proxy_iadd, .nb_inplace_subtract = proxy_isub,              \
    .nb_inplace_multiply = proxy_imul, .nb_floor_divide = proxy_floordiv,         \
    .nb_true_divide = proxy_truediv, .nb_index = proxy_index,                     \
    .nb_matrix_multiply = proxy_matmul,                                           \
    .sq_contains = proxy_contains,                                                \
    .mp_length = proxy_length,                                                    \
    .mp_subscript = proxy_getitem,                                                \
    .mp_ass_subscript = proxy_setitem

RpTypeObject RpWeakref_ProxyType = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "weakref.ProxyType",
    PROXY_SLOTS,
};

RpTypeObject RpWeakref_CallableProxyType = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .tp_call = proxy_call,
};
