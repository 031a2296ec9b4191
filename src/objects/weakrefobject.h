/* weakrefobject.h - weak references: weakref.ref, weakref.proxy.
 *
 * A weak reference points at an object without owning a reference to it.
 * Every object that supports weak references has a list head at
 * tp_weaklistoffset; the weakrefs to it form a doubly linked list there.
 * When the object dies, its tp_dealloc calls rp_weakref_clear_all(): each
 * weakref is cleared (it now returns None) and the callbacks run, newest
 * first.  The cycle collector clears the weakrefs to unreachable objects
 * *before* any finalizer runs (rp_weakref_gc_handle, the collector's
 * handle_weakrefs hook), so a __del__ can never reach a half-destroyed
 * object through a weakref - as in CPython 3.11.
 *
 * Which types support them: instances of classes (the __weakref__ slot),
 * functions, types, sets, frozensets, modules, methods, generators ...
 * (their owners set tp_weaklistoffset and call rp_weakref_clear_all in
 * tp_dealloc when the list is not empty).  int, str, tuple, list, dict do
 * not: "cannot create weak reference to 'list' object".
 */
#ifndef RP_WEAKREFOBJECT_H
#define RP_WEAKREFOBJECT_H

#include "../core/gc.h"
#include "../core/object.h"

typedef struct RpWeakReference {
    RP_OBJECT_HEAD;
    RpObject *wr_object;      /* the referent, borrowed; None once dead */
    RpObject *wr_callback;    /* owned, or NULL */
    rp_hash_t hash;           /* the referent's hash, cached; -1 unknown */
    struct RpWeakReference *wr_prev, *wr_next;   /* the referent's list */
    rp_vectorcallfunc vectorcall;
} RpWeakReference;            /* 64 bytes: getsizeof(ref) == 80, as CPython */

extern RpTypeObject RpWeakref_RefType, RpWeakref_ProxyType, RpWeakref_CallableProxyType;

int rp_weakref_check(RpObject *o);          /* ref, proxy, or a subclass of ref */
static inline int rp_type_supports_weakrefs(const RpTypeObject *t)
{
    return t->tp_weaklistoffset > 0;
}
static inline RpWeakReference **rp_weakref_listptr(RpObject *o)
{
    return (RpWeakReference **)((char *)o + o->ob_type->tp_weaklistoffset);
}

/* weakref.ref(obj, callback) / weakref.proxy(obj, callback); callback may
 * be NULL or None.  A callback-less ref (or proxy) is shared: asking twice
 * gives the same object. */
RpObject *rp_weakref_new_ref(RpObject *obj, RpObject *callback);
RpObject *rp_weakref_new_proxy(RpObject *obj, RpObject *callback);
/* The referent (borrowed), or None when it is dead. */
RpObject *rp_weakref_get_object_borrow(RpObject *ref);

/* For tp_dealloc of types supporting weakrefs (refcount already 0):
 * clear every weakref to o and call the callbacks, newest first.  Errors
 * in callbacks are reported as unraisable; the current exception, if any,
 * is preserved. */
void rp_weakref_clear_all(RpObject *o);
/* Clear them without calling callbacks (for weakrefs made by a finalizer
 * during deallocation, as CPython's subtype_dealloc does). */
void rp_weakref_clear_no_callbacks(RpObject *o);
rp_ssize_t rp_weakref_count(RpObject *o);   /* weakref.getweakrefcount */
RpObject *rp_weakref_list(RpObject *o);     /* weakref.getweakrefs, a new list */

/* The collector's hook (RpGCState.handle_weakrefs); installed by
 * rp_weakref_init(). */
rp_ssize_t rp_weakref_gc_handle(RpGCHead *unreachable, RpGCHead *old);
int rp_weakref_init(void);

#endif
