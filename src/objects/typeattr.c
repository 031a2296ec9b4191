/* typeattr.c - attribute lookup: the MRO walk and its method cache, the
 * generic instance attribute algorithm (object.__getattribute__ /
 * __setattr__), type.__getattribute__ / __setattr__, and the storage of
 * instance attributes without a dict object (managed dicts).
 *
 * Models CPython 3.11's _PyType_Lookup (Objects/typeobject.c) and
 * _PyObject_GenericGetAttrWithDict / SetAttrWithDict (Objects/object.c).
 *
 * The method cache: a type gets a version tag (a number never reused) the
 * first time it is looked up in; (tag, name) hashes to one entry of a
 * 4096-entry table holding the lookup result.  Any change to a type's
 * dict (rp_type_modified) drops the tag of that type and of every
 * subclass, so their old entries can never match again.  Invariant: a
 * type has a tag only if all its bases have one, so a type without a tag
 * has no subclass with one and rp_type_modified can stop there.
 *
 * Managed dicts (typeobject.h): the values array of an instance is indexed
 * by its type's shared keys.  Shared keys only grow (at most 30 names), so
 * an index found once stays right; a name that does not fit, or a
 * non-str name, makes the instance switch to a real dict.
 */
#include "typeobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "descrobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"

/* ---- version tags and the method cache ---------------------------------- */

#define MCACHE_MASK ((1u << RP_TYPE_CACHE_SIZE_EXP) - 1)

static inline unsigned mcache_hash(unsigned version, RpObject *name)
{
    return (version ^ (unsigned)((RpStrObject *)name)->hash) & MCACHE_MASK;
}

static int assign_version_tag(RpTypeObject *type)
{
    if (type->tp_version_tag != 0) {
        return 1;
    }
    if (!(type->tp_flags & RP_TPFLAGS_READY) || type->tp_mro == NULL) {
        return 0;
    }
    /* bases first (the invariant above) */
    RpObject *mro = type->tp_mro;
    rp_ssize_t n = rp_tuple_len(mro);
    for (rp_ssize_t i = 1; i < n; i++) {
        if (!assign_version_tag((RpTypeObject *)rp_tuple_get_borrow(mro, i))) {
            return 0;
        }
    }
    if (rp_runtime.next_version_tag == UINT32_MAX) {
        return 0;      /* out of tags: this type is simply not cached */
    }
    type->tp_version_tag = ++rp_runtime.next_version_tag;
    return 1;
}

void rp_type_modified(RpTypeObject *type)
{
    if (type->tp_version_tag == 0) {
        return;
    }
    RpObject *subs = type->tp_subclasses;
    if (subs != NULL) {
        rp_ssize_t pos = 0;
        RpObject *key, *value;
        while (rp_dict_next(subs, &pos, &key, &value)) {
            /* the value is an int holding the subclass's address; a
               subclass removes itself when it dies (typeobject.c) */
            RpTypeObject *sub = (RpTypeObject *)(uintptr_t)rp_int_as_ssize_t(value);
            rp_type_modified(sub);
        }
    }
    type->tp_version_tag = 0;
}

void rp_type_cache_clear(void)
{
    for (unsigned i = 0; i <= MCACHE_MASK; i++) {
        RpTypeCacheEntry *e = &rp_runtime.type_cache[i];
        e->version = 0;
        e->value = NULL;
        RP_CLEAR(e->name);
    }
}

static RpObject *find_name_in_mro(RpTypeObject *type, RpObject *name)
{
    rp_hash_t h = ((RpStrObject *)name)->hash;
    if (h == -1) {
        h = rp_str_hash(name);
    }
    RpObject *mro = type->tp_mro;
    if (mro == NULL) {
        /* not ready yet (during rp_type_ready): walk tp_base */
        for (RpTypeObject *t = type; t != NULL; t = t->tp_base) {
            if (t->tp_dict != NULL) {
                RpObject *r = rp_dict_get_known_hash_borrow(t->tp_dict, name, h);
                if (r != NULL) {
                    return r;
                }
            }
        }
        return NULL;
    }
    rp_ssize_t n = rp_tuple_len(mro);
    RpObject *const *items = rp_tuple_items(mro);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *d = ((RpTypeObject *)items[i])->tp_dict;
        RpObject *r = rp_dict_get_known_hash_borrow(d, name, h);
        if (r != NULL) {
            return r;
        }
    }
    return NULL;
}

RpObject *rp_type_lookup_borrow(RpTypeObject *type, RpObject *name)
{
    unsigned v = type->tp_version_tag;
    if (RP_LIKELY(v != 0 && rp_str_check_exact(name))) {
        RpTypeCacheEntry *e = &rp_runtime.type_cache[mcache_hash(v, name)];
        if (e->version == v && e->name == name) {
            return e->value;
        }
    }
    if (!rp_str_check(name)) {
        return NULL;
    }
    if (((RpStrObject *)name)->hash == -1) {
        rp_str_hash(name);
    }
    /* a lookup must not leave an exception behind nor lose one set
       before it (str keys cannot fail; be safe with str subclasses) */
    RpObject *saved = rp_err_occurred() ? rp_err_fetch() : NULL;
    RpObject *res = find_name_in_mro(type, name);
    if (rp_err_occurred()) {
        rp_err_clear();
        res = NULL;
    }
    if (saved != NULL) {
        rp_err_restore(saved);
    }
    if (rp_str_check_exact(name) && rp_str_is_interned(name) && assign_version_tag(type)) {
        v = type->tp_version_tag;
        RpTypeCacheEntry *e = &rp_runtime.type_cache[mcache_hash(v, name)];
        e->version = v;
        e->value = res;
        rp_incref(name);
        RP_XSETREF(e->name, name);
    }
    return res;
}

/* ---- AttributeError helpers ---------------------------------------------- */

void rp_set_attribute_error_context(RpObject *obj, RpObject *name)
{
    RpObject *exc = rp_err_occurred();
    if (exc == NULL || !rp_object_type_check(exc, &RpExc_AttributeError)) {
        return;
    }
    RpAttributeErrorObject *ae = (RpAttributeErrorObject *)exc;
    if ((ae->name == NULL || ae->name == rp_None) && (ae->obj == NULL || ae->obj == rp_None)) {
        RP_XSETREF(ae->name, rp_newref(name));
        RP_XSETREF(ae->obj, rp_newref(obj));
    }
}

void rp_raise_no_attribute(RpObject *obj, RpObject *name)
{
    rp_err_format(&RpExc_AttributeError, "'%.50s' object has no attribute '%U'",
                  rp_type(obj)->tp_name, name);
    rp_set_attribute_error_context(obj, name);
}

/* ---- shared keys and instance values ------------------------------------- */

static RpSharedKeys *shared_keys_new(void)
{
    RpSharedKeys *k = rp_mem_malloc(sizeof(RpSharedKeys));
    if (k == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    k->nkeys = 0;
    memset(k->index, -1, sizeof(k->index));
    memset(k->names, 0, sizeof(k->names));
    return k;
}

void rp_shared_keys_free(RpSharedKeys *keys)
{
    if (keys == NULL) {
        return;
    }
    for (int i = 0; i < keys->nkeys; i++) {
        RP_XDECREF(keys->names[i]);
    }
    rp_mem_free(keys);
}

#define KEYS_INDEX_MASK 63

rp_ssize_t rp_shared_keys_lookup(RpSharedKeys *keys, RpObject *name)
{
    if (keys == NULL || keys->nkeys == 0) {
        return -1;
    }
    rp_hash_t h = ((RpStrObject *)name)->hash;
    if (h == -1) {
        h = rp_str_hash(name);
    }
    size_t i = (size_t)h & KEYS_INDEX_MASK;
    for (;;) {
        int ix = keys->index[i];
        if (ix < 0) {
            return -1;
        }
        RpObject *k = keys->names[ix];
        if (k == name ||
            (((RpStrObject *)k)->hash == h && rp_str_eq(k, name))) {
            return ix;
        }
        i = (i + 1) & KEYS_INDEX_MASK;
    }
}

/* Add an (exact, interned) str; returns its index, or -1 when full. */
static rp_ssize_t shared_keys_insert(RpSharedKeys *keys, RpObject *name)
{
    if (keys->nkeys >= RP_SHARED_KEYS_MAX) {
        return -1;
    }
    rp_hash_t h = ((RpStrObject *)name)->hash;
    size_t i = (size_t)h & KEYS_INDEX_MASK;
    while (keys->index[i] >= 0) {
        i = (i + 1) & KEYS_INDEX_MASK;
    }
    int ix = keys->nkeys++;
    keys->index[i] = (int8_t)ix;
    keys->names[ix] = rp_newref(name);
    return ix;
}

static inline size_t values_bytes(int cap)
{
    return sizeof(RpInstValues) + (size_t)cap * sizeof(RpObject *);
}

/* Make sure values has room for index ix; returns the (maybe moved) array. */
static RpInstValues *values_reserve(RpObject *obj, rp_ssize_t ix)
{
    RpInstValues **vp = rp_managed_values_ptr(obj);
    RpInstValues *v = *vp;
    if (v != NULL && ix < v->capacity) {
        return v;
    }
    int cap = v ? v->capacity : 0;
    int newcap = cap < 4 ? 4 : cap * 2;
    while (newcap <= ix) {
        newcap *= 2;
    }
    if (newcap > RP_SHARED_KEYS_MAX) {
        newcap = RP_SHARED_KEYS_MAX;
    }
    RpInstValues *nv = rp_mem_realloc(v, values_bytes(newcap));
    if (nv == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    if (v == NULL) {
        nv->nord = 0;
    }
    for (int i = cap; i < newcap; i++) {
        nv->values[i] = NULL;
    }
    nv->capacity = (uint8_t)newcap;
    *vp = nv;
    return nv;
}

static void order_remove(RpInstValues *v, int ix)
{
    for (int i = 0; i < v->nord; i++) {
        if (v->order[i] == ix) {
            memmove(&v->order[i], &v->order[i + 1], (size_t)(v->nord - i - 1));
            v->nord--;
            return;
        }
    }
}

/* Build a dict from the values (in insertion order) and switch the
 * instance to it.  Returns the dict (borrowed) or NULL on error. */
static RpObject *materialize_dict(RpObject *obj)
{
    RpObject **dp = rp_managed_dict_ptr(obj);
    if (*dp != NULL) {
        return *dp;
    }
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    RpInstValues **vp = rp_managed_values_ptr(obj);
    RpInstValues *v = *vp;
    if (v != NULL) {
        RpSharedKeys *keys = rp_type(obj)->ht_cached_keys;
        for (int i = 0; i < v->nord; i++) {
            int ix = v->order[i];
            if (rp_dict_set(d, keys->names[ix], v->values[ix]) < 0) {
                rp_decref(d);
                return NULL;
            }
        }
        /* the dict holds the values now: drop the array's references */
        *vp = NULL;
        for (int i = 0; i < v->capacity; i++) {
            RP_XDECREF(v->values[i]);
        }
        rp_mem_free(v);
    }
    *dp = d;
    return d;
}

RpObject *rp_managed_dict_get(RpObject *obj)
{
    RpObject *d = materialize_dict(obj);
    return d ? rp_newref(d) : NULL;
}

void rp_managed_dict_clear(RpObject *obj)
{
    RpInstValues **vp = rp_managed_values_ptr(obj);
    RpInstValues *v = *vp;
    if (v != NULL) {
        /* clear one value at a time: a decref may run __del__ that looks
           at this object again */
        for (int i = 0; i < v->capacity; i++) {
            RP_CLEAR(v->values[i]);
        }
        v = *vp;
        *vp = NULL;
        rp_mem_free(v);
    }
    RP_CLEAR(*rp_managed_dict_ptr(obj));
}

int rp_managed_dict_traverse(RpObject *obj, rp_visitproc visit, void *arg)
{
    RpInstValues *v = *rp_managed_values_ptr(obj);
    if (v != NULL) {
        for (int i = 0; i < v->capacity; i++) {
            RP_VISIT(v->values[i]);
        }
    }
    RP_VISIT(*rp_managed_dict_ptr(obj));
    return 0;
}

/* Store (value != NULL) or delete an attribute in the values array.
 * Returns 0, -1 with an exception, or 1 when the name does not fit (the
 * caller then materializes the dict). */
static int values_store(RpObject *obj, RpObject *name, RpObject *value)
{
    RpTypeObject *tp = rp_type(obj);
    RpSharedKeys *keys = tp->ht_cached_keys;
    rp_ssize_t ix = rp_shared_keys_lookup(keys, name);
    if (ix < 0) {
        if (value == NULL) {
            return 1;   /* not present: the dict path reports it */
        }
        if (!rp_str_check_exact(name)) {
            return 1;
        }
        if (keys == NULL) {
            keys = shared_keys_new();
            if (keys == NULL) {
                return -1;
            }
            tp->ht_cached_keys = keys;
        }
        RpObject *iname = rp_newref(name);
        rp_str_intern_inplace(&iname);
        if (((RpStrObject *)iname)->hash == -1) {
            rp_str_hash(iname);
        }
        ix = shared_keys_insert(keys, iname);
        rp_decref(iname);
        if (ix < 0) {
            return 1;
        }
    }
    RpInstValues **vp = rp_managed_values_ptr(obj);
    if (value == NULL) {
        RpInstValues *v = *vp;
        if (v == NULL || ix >= v->capacity || v->values[ix] == NULL) {
            return 1;
        }
        RpObject *old = v->values[ix];
        v->values[ix] = NULL;
        order_remove(v, (int)ix);
        rp_decref(old);
        return 0;
    }
    RpInstValues *v = values_reserve(obj, ix);
    if (v == NULL) {
        return -1;
    }
    RpObject *old = v->values[ix];
    v->values[ix] = rp_newref(value);
    if (old == NULL) {
        v->order[v->nord++] = (uint8_t)ix;
    } else {
        rp_decref(old);
    }
    return 0;
}

/* ---- the instance dict pointer -------------------------------------------- */

/* tp_dictoffset: > 0 from the start, < 0 from the end of a variable-size
 * object (rounded to a pointer, as CPython's _PyObject_VAR_SIZE). */
static RpObject **offset_dict_ptr(RpObject *obj, RpTypeObject *tp)
{
    rp_ssize_t off = tp->tp_dictoffset;
    if (off == 0) {
        return NULL;
    }
    if (off < 0) {
        rp_ssize_t n = rp_size(obj);
        if (n < 0) {
            n = -n;
        }
        size_t size = (size_t)tp->tp_basicsize + (size_t)n * (size_t)tp->tp_itemsize;
        size = (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
        off += (rp_ssize_t)size;
    }
    return (RpObject **)((char *)obj + off);
}

RpObject **rp_object_dict_ptr(RpObject *obj)
{
    RpTypeObject *tp = rp_type(obj);
    if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        if (materialize_dict(obj) == NULL) {
            rp_err_clear();
            return NULL;
        }
        return rp_managed_dict_ptr(obj);
    }
    return offset_dict_ptr(obj, tp);
}

RpObject *rp_object_generic_get_dict(RpObject *obj, void *closure)
{
    RpTypeObject *tp = rp_type(obj);
    if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        return rp_managed_dict_get(obj);
    }
    RpObject **dp = offset_dict_ptr(obj, tp);
    if (dp == NULL) {
        return rp_err_set_string(&RpExc_AttributeError,
                                 "This object has no __dict__");
    }
    if (*dp == NULL) {
        *dp = rp_dict_new();
        if (*dp == NULL) {
            return NULL;
        }
    }
    return rp_newref(*dp);
}

int rp_object_generic_set_dict(RpObject *obj, RpObject *value, void *closure)
{
    RpTypeObject *tp = rp_type(obj);
    RpObject **dp;
    if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        if (value != NULL && !rp_dict_check(value)) {
            rp_err_format(&RpExc_TypeError,
                          "__dict__ must be set to a dictionary, not a '%.200s'",
                          rp_type(value)->tp_name);
            return -1;
        }
        /* drop the values array: the new dict replaces everything */
        RpInstValues **vp = rp_managed_values_ptr(obj);
        RpInstValues *v = *vp;
        *vp = NULL;
        if (v != NULL) {
            for (int i = 0; i < v->capacity; i++) {
                RP_XDECREF(v->values[i]);
            }
            rp_mem_free(v);
        }
        dp = rp_managed_dict_ptr(obj);
    } else {
        dp = offset_dict_ptr(obj, tp);
        if (dp == NULL) {
            rp_err_set_string(&RpExc_AttributeError, "This object has no __dict__");
            return -1;
        }
        if (value == NULL) {
            rp_err_set_string(&RpExc_TypeError, "cannot delete __dict__");
            return -1;
        }
        if (!rp_dict_check(value)) {
            rp_err_format(&RpExc_TypeError,
                          "__dict__ must be set to a dictionary, not a '%.200s'",
                          rp_type(value)->tp_name);
            return -1;
        }
    }
    rp_xincref(value);
    RP_XSETREF(*dp, value);
    return 0;
}

/* ---- object.__getattribute__ ----------------------------------------------- */

RpObject *rp_generic_getattr_impl(RpObject *obj, RpObject *name, RpObject *dict,
                                  int suppress)
{
    RpTypeObject *tp = rp_type(obj);
    if (RP_UNLIKELY(!rp_str_check(name))) {
        return rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                             rp_type(name)->tp_name);
    }
    RpObject *descr = rp_type_lookup_borrow(tp, name);
    RpObject *res = NULL;
    rp_descrgetfunc f = NULL;
    if (descr != NULL) {
        rp_incref(descr);
        f = rp_type(descr)->tp_descr_get;
        if (f != NULL && rp_type(descr)->tp_descr_set != NULL) {
            res = f(descr, obj, (RpObject *)tp);
            if (res == NULL && suppress && rp_err_matches(&RpExc_AttributeError)) {
                rp_err_clear();
            }
            goto done;
        }
    }
    if (dict == NULL) {
        if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
            dict = *rp_managed_dict_ptr(obj);
            if (dict == NULL) {
                RpInstValues *v = *rp_managed_values_ptr(obj);
                if (v != NULL) {
                    rp_ssize_t ix = rp_shared_keys_lookup(tp->ht_cached_keys, name);
                    if (ix >= 0 && ix < v->capacity && v->values[ix] != NULL) {
                        res = rp_newref(v->values[ix]);
                        goto done;
                    }
                }
            }
        } else if (tp->tp_dictoffset != 0) {
            RpObject **dp = offset_dict_ptr(obj, tp);
            dict = dp ? *dp : NULL;
        }
    }
    if (dict != NULL) {
        rp_incref(dict);
        res = rp_dict_get_borrow(dict, name);
        if (res != NULL) {
            rp_incref(res);
            rp_decref(dict);
            goto done;
        }
        rp_decref(dict);
        if (rp_err_occurred()) {
            goto done;
        }
    }
    if (f != NULL) {
        res = f(descr, obj, (RpObject *)tp);
        if (res == NULL && suppress && rp_err_matches(&RpExc_AttributeError)) {
            rp_err_clear();
        }
        goto done;
    }
    if (descr != NULL) {
        res = descr;
        descr = NULL;
        goto done;
    }
    if (!suppress) {
        rp_raise_no_attribute(obj, name);
    }
done:
    rp_xdecref(descr);
    return res;
}

RpObject *rp_object_generic_getattr(RpObject *obj, RpObject *name)
{
    return rp_generic_getattr_impl(obj, name, NULL, 0);
}

/* ---- object.__setattr__ ----------------------------------------------------- */

int rp_generic_setattr_impl(RpObject *obj, RpObject *name, RpObject *value, RpObject *dict)
{
    RpTypeObject *tp = rp_type(obj);
    if (RP_UNLIKELY(!rp_str_check(name))) {
        rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                      rp_type(name)->tp_name);
        return -1;
    }
    int res = -1;
    RpObject *descr = rp_type_lookup_borrow(tp, name);
    if (descr != NULL) {
        rp_incref(descr);
        rp_descrsetfunc f = rp_type(descr)->tp_descr_set;
        if (f != NULL) {
            res = f(descr, obj, value);
            goto done;
        }
    }
    if (dict == NULL) {
        RpObject **dp;
        if (tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
            dp = rp_managed_dict_ptr(obj);
            if (*dp == NULL) {
                int r = values_store(obj, name, value);
                if (r <= 0) {
                    res = r;
                    goto done;
                }
                if (value == NULL) {
                    /* a delete of a name that is not there */
                    rp_raise_no_attribute(obj, name);
                    rp_set_attribute_error_context(obj, name);
                    goto done;
                }
                if (materialize_dict(obj) == NULL) {
                    goto done;
                }
            }
        } else {
            dp = offset_dict_ptr(obj, tp);
            if (dp == NULL) {
                if (descr == NULL) {
                    rp_err_format(&RpExc_AttributeError,
                                  "'%.100s' object has no attribute '%U'", tp->tp_name, name);
                } else {
                    rp_err_format(&RpExc_AttributeError,
                                  "'%.50s' object attribute '%U' is read-only", tp->tp_name,
                                  name);
                }
                goto done;
            }
            if (*dp == NULL) {
                if (value == NULL) {
                    rp_err_format(&RpExc_AttributeError,
                                  "'%.100s' object has no attribute '%U'", tp->tp_name, name);
                    goto done;
                }
                *dp = rp_dict_new();
                if (*dp == NULL) {
                    goto done;
                }
            }
        }
        dict = *dp;
    }
    rp_incref(dict);
    if (value == NULL) {
        res = rp_dict_del(dict, name);
        if (res < 0 && rp_err_matches(&RpExc_KeyError)) {
            rp_err_clear();
            rp_err_format(&RpExc_AttributeError, "'%.100s' object has no attribute '%U'",
                          tp->tp_name, name);
        }
    } else {
        res = rp_dict_set(dict, name, value);
    }
    rp_decref(dict);
done:
    rp_xdecref(descr);
    return res;
}

int rp_object_generic_setattr(RpObject *obj, RpObject *name, RpObject *value)
{
    return rp_generic_setattr_impl(obj, name, value, NULL);
}

/* ---- type.__getattribute__ / __setattr__ -------------------------------------- */

RpObject *rp_type_getattro(RpObject *typeobj, RpObject *name)
{
    RpTypeObject *type = (RpTypeObject *)typeobj;
    RpTypeObject *metatype = rp_type(typeobj);
    if (RP_UNLIKELY(!rp_str_check(name))) {
        return rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                             rp_type(name)->tp_name);
    }
    /* data descriptors of the metatype first (__dict__, __name__, ...) */
    RpObject *meta_attr = rp_type_lookup_borrow(metatype, name);
    rp_descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        rp_incref(meta_attr);
        meta_get = rp_type(meta_attr)->tp_descr_get;
        if (meta_get != NULL && rp_type(meta_attr)->tp_descr_set != NULL) {
            RpObject *res = meta_get(meta_attr, typeobj, (RpObject *)metatype);
            rp_decref(meta_attr);
            return res;
        }
    }
    /* then the type's own MRO */
    RpObject *attr = rp_type_lookup_borrow(type, name);
    if (attr != NULL) {
        rp_incref(attr);
        rp_descrgetfunc local_get = rp_type(attr)->tp_descr_get;
        rp_xdecref(meta_attr);
        if (local_get != NULL) {
            RpObject *res = local_get(attr, NULL, typeobj);
            rp_decref(attr);
            return res;
        }
        return attr;
    }
    if (meta_get != NULL) {
        RpObject *res = meta_get(meta_attr, typeobj, (RpObject *)metatype);
        rp_decref(meta_attr);
        return res;
    }
    if (meta_attr != NULL) {
        return meta_attr;
    }
    rp_err_format(&RpExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                  type->tp_name, name);
    rp_set_attribute_error_context(typeobj, name);
    return NULL;
}

int rp_type_setattro(RpObject *typeobj, RpObject *name, RpObject *value)
{
    RpTypeObject *type = (RpTypeObject *)typeobj;
    if (!rp_str_check(name)) {
        rp_err_format(&RpExc_TypeError, "attribute name must be string, not '%.200s'",
                      rp_type(name)->tp_name);
        return -1;
    }
    if (type->tp_flags & RP_TPFLAGS_IMMUTABLETYPE) {
        rp_err_format(&RpExc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                      name, type->tp_name);
        return -1;
    }
    /* names in a type's dict are interned, so slot updates compare by
       pointer */
    RpObject *iname = rp_newref(name);
    if (rp_str_check_exact(iname)) {
        rp_str_intern_inplace(&iname);
    }
    int res = rp_generic_setattr_impl(typeobj, iname, value, type->tp_dict);
    if (res == 0) {
        rp_type_modified(type);
        if (rp_is_slot_name(iname)) {
            res = rp_type_update_slot(type, iname);
        }
    } else if (value == NULL && rp_err_matches(&RpExc_AttributeError)) {
        rp_err_clear();
        rp_err_format(&RpExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                      type->tp_name, name);
    }
    rp_decref(iname);
    return res;
}
