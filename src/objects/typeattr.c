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
 * by its type's shared keys (dictobject.h's managed dict API); a name that
 * does not fit, or a non-str name, makes the instance switch to a dict.
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

/* ---- instance values (managed dicts; the API is dictobject.c's) -------------- */

static inline RpDictKeys *cached_keys(RpObject *obj)
{
    return (RpDictKeys *)rp_type(obj)->ht_cached_keys;
}

/* The instance's dict (borrowed), made from its values if need be. */
static RpObject *materialize_dict(RpObject *obj)
{
    RpObject **dp = rp_managed_dict_ptr(obj);
    if (*dp != NULL && *rp_managed_values_ptr(obj) == NULL) {
        return *dp;
    }
    RpObject *d = rp_dict_materialize(cached_keys(obj), rp_managed_values_ptr(obj), dp);
    if (d == NULL) {
        return NULL;
    }
    rp_decref(d);   /* the instance holds it */
    return d;
}

RpObject *rp_managed_dict_get(RpObject *obj)
{
    RpObject *d = materialize_dict(obj);
    return d ? rp_newref(d) : NULL;
}

void rp_managed_dict_clear(RpObject *obj)
{
    RpDictValues **vp = rp_managed_values_ptr(obj);
    RpDictValues *v = *vp;
    if (v != NULL) {
        *vp = NULL;
        rp_dictvalues_free(cached_keys(obj), v);
    }
    RP_CLEAR(*rp_managed_dict_ptr(obj));
}

/* tp_clear: empty the values but keep the array (the object may live on) */
void rp_managed_dict_clear_values(RpObject *obj)
{
    RpDictValues *v = *rp_managed_values_ptr(obj);
    if (v != NULL) {
        rp_dictvalues_clear(cached_keys(obj), v);
    }
    RP_CLEAR(*rp_managed_dict_ptr(obj));
}

int rp_managed_dict_traverse(RpObject *obj, rp_visitproc visit, void *arg)
{
    RpDictValues *v = *rp_managed_values_ptr(obj);
    if (v != NULL) {
        int r = rp_dictvalues_traverse(cached_keys(obj), v, visit, arg);
        if (r) {
            return r;
        }
    }
    RP_VISIT(*rp_managed_dict_ptr(obj));
    return 0;
}

int rp_managed_dict_is_empty(RpObject *obj)
{
    RpObject *d = *rp_managed_dict_ptr(obj);
    RpDictValues *v = *rp_managed_values_ptr(obj);
    if (v != NULL) {
        return rp_dictvalues_is_empty(cached_keys(obj), v);
    }
    return d == NULL || rp_dict_size(d) == 0;
}

/* The attribute from the values (borrowed) or NULL; *in_values = 1 when
 * the instance keeps its attributes in values (no dict to look in). */
RpObject *rp_managed_values_get_borrow(RpObject *obj, RpObject *name)
{
    RpDictValues *v = *rp_managed_values_ptr(obj);
    return rp_dictvalues_get_borrow(cached_keys(obj), v, name);
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
        RpDictValues **vp = rp_managed_values_ptr(obj);
        RpDictValues *v = *vp;
        *vp = NULL;
        if (v != NULL) {
            rp_dictvalues_free(cached_keys(obj), v);
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
            RpDictValues *v = *rp_managed_values_ptr(obj);
            if (v != NULL) {
                res = rp_dictvalues_get_borrow(tp->ht_cached_keys, v, name);
                if (res != NULL) {
                    rp_incref(res);
                    goto done;
                }
            } else {
                dict = *rp_managed_dict_ptr(obj);
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
            RpDictValues **vp = rp_managed_values_ptr(obj);
            if (*vp != NULL) {
                int r = rp_dictvalues_store(tp->ht_cached_keys, vp, dp, name, value);
                if (r == 1) {
                    /* a delete of a name that is not there */
                    rp_err_format(&RpExc_AttributeError, "'%.100s' object has no attribute '%U'",
                                  tp->tp_name, name);
                    r = -1;
                }
                res = r;
                goto done;
            }
            if (*dp == NULL) {
                if (value == NULL) {
                    rp_err_format(&RpExc_AttributeError, "'%.100s' object has no attribute '%U'",
                                  tp->tp_name, name);
                    goto done;
                }
                *dp = rp_dict_new();
                if (*dp == NULL) {
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
