/* match.c - the run-time side of the match statement (PEP 634):
 * MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS.
 * Models CPython 3.11's match_keys / match_class (ceval.c). */
#include "ceval.h"

#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/descrobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/rangeobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../objects/setobject.h"
#include "abstract.h"
#include "errors.h"

/* CPython uses the Py_TPFLAGS_MAPPING / SEQUENCE type flags, set for the
 * built-in containers and inherited by subclasses. */
int rp_match_is_mapping(RpObject *subject)
{
    RpTypeObject *t = RP_TYPE(subject);
    return rp_dict_check(subject) || rp_type_is_subtype(t, &RpDictProxy_Type);
}

int rp_match_is_sequence(RpObject *subject)
{
    RpTypeObject *t = RP_TYPE(subject);
    return rp_list_check(subject) || rp_tuple_check(subject) ||
           rp_type_is_subtype(t, &RpRange_Type);
}

RpObject *rp_match_keys(RpObject *map, RpObject *keys)
{
    rp_ssize_t nkeys = rp_tuple_len(keys);
    if (nkeys == 0) {
        return rp_newref(rp_tuple_empty_borrow());
    }
    RpObject *get = NULL, *seen = NULL, *dummy = NULL, *values = NULL;
    get = rp_object_getattr(map, rp_id(get));
    if (get == NULL) {
        goto fail;
    }
    seen = rp_set_new(NULL);
    if (seen == NULL) {
        goto fail;
    }
    dummy = rp_call_noargs((RpObject *)&RpBaseObject_Type);
    if (dummy == NULL) {
        goto fail;
    }
    values = rp_tuple_new(nkeys);
    if (values == NULL) {
        goto fail;
    }
    for (rp_ssize_t i = 0; i < nkeys; i++) {
        RpObject *key = rp_tuple_get_borrow(keys, i);
        int has = rp_set_contains(seen, key);
        if (has != 0 || rp_set_add(seen, key) < 0) {
            if (!rp_err_occurred()) {
                rp_err_format(&RpExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            }
            goto fail;
        }
        RpObject *value = rp_call_two(get, key, dummy);
        if (value == NULL) {
            goto fail;
        }
        if (value == dummy) {
            RP_DECREF(value);
            for (rp_ssize_t j = i; j < nkeys; j++) {
                rp_tuple_set_steal(values, j, rp_none_new());
            }
            RP_DECREF(values);
            values = rp_none_new();
            goto done;
        }
        rp_tuple_set_steal(values, i, value);
    }
done:
    RP_DECREF(get);
    RP_DECREF(seen);
    RP_DECREF(dummy);
    return values;
fail:
    if (values != NULL) {
        for (rp_ssize_t j = 0; j < nkeys; j++) {
            if (rp_tuple_items(values)[j] == NULL) {
                rp_tuple_set_steal(values, j, rp_none_new());
            }
        }
    }
    RP_XDECREF(get);
    RP_XDECREF(seen);
    RP_XDECREF(dummy);
    RP_XDECREF(values);
    return NULL;
}

static int match_self_type(RpTypeObject *t)
{
    static RpTypeObject *const types[] = {
        &RpBool_Type, &RpByteArray_Type, &RpBytes_Type, &RpDict_Type, &RpFloat_Type,
        &RpFrozenSet_Type, &RpLong_Type, &RpList_Type, &RpSet_Type, &RpStr_Type, &RpTuple_Type,
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (rp_type_is_subtype(t, types[i])) {
            return 1;
        }
    }
    return 0;
}

static RpObject *match_class_attr(RpObject *subject, RpObject *type, RpObject *name,
                                  RpObject *seen)
{
    int has = rp_set_contains(seen, name);
    if (has != 0 || rp_set_add(seen, name) < 0) {
        if (!rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          ((RpTypeObject *)type)->tp_name, name);
        }
        return NULL;
    }
    RpObject *attr = rp_object_getattr(subject, name);
    if (attr == NULL && rp_err_matches(&RpExc_AttributeError)) {
        rp_err_clear();
    }
    return attr;
}

RpObject *rp_match_class(RpObject *subject, RpObject *type, int nargs, RpObject *kwargs)
{
    if (!rp_type_check(type)) {
        return rp_err_set_string(&RpExc_TypeError, "called match pattern must be a type");
    }
    int inst = rp_object_is_instance(subject, type);
    if (inst <= 0) {
        return NULL;
    }
    RpObject *seen = rp_set_new(NULL);
    if (seen == NULL) {
        return NULL;
    }
    RpObject *attrs = rp_list_new(0);
    RpObject *match_args = NULL;
    if (attrs == NULL) {
        RP_DECREF(seen);
        return NULL;
    }
    if (nargs) {
        int match_self = 0;
        match_args = rp_object_getattr_str(type, "__match_args__");
        if (match_args != NULL) {
            if (!rp_tuple_check_exact(match_args)) {
                rp_err_format(&RpExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                              ((RpTypeObject *)type)->tp_name, RP_TYPE(match_args)->tp_name);
                goto fail;
            }
        }
        else if (rp_err_matches(&RpExc_AttributeError)) {
            rp_err_clear();
            match_args = rp_newref(rp_tuple_empty_borrow());
            match_self = match_self_type((RpTypeObject *)type);
        }
        else {
            goto fail;
        }
        rp_ssize_t allowed = match_self ? 1 : rp_tuple_len(match_args);
        if (allowed < nargs) {
            rp_err_format(&RpExc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                          ((RpTypeObject *)type)->tp_name, (int)allowed,
                          allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (match_self) {
            if (rp_list_append(attrs, subject) < 0) {
                goto fail;
            }
        }
        else {
            for (int i = 0; i < nargs; i++) {
                RpObject *name = rp_tuple_get_borrow(match_args, i);
                if (!rp_str_check_exact(name)) {
                    rp_err_format(&RpExc_TypeError,
                                  "__match_args__ elements must be strings (got %s)",
                                  RP_TYPE(name)->tp_name);
                    goto fail;
                }
                RpObject *attr = match_class_attr(subject, type, name, seen);
                if (attr == NULL) {
                    goto fail;
                }
                int r = rp_list_append(attrs, attr);
                RP_DECREF(attr);
                if (r < 0) {
                    goto fail;
                }
            }
        }
        RP_CLEAR(match_args);
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(kwargs); i++) {
        RpObject *name = rp_tuple_get_borrow(kwargs, i);
        RpObject *attr = match_class_attr(subject, type, name, seen);
        if (attr == NULL) {
            goto fail;
        }
        int r = rp_list_append(attrs, attr);
        RP_DECREF(attr);
        if (r < 0) {
            goto fail;
        }
    }
    RpObject *t = rp_list_as_tuple(attrs);
    RP_DECREF(attrs);
    RP_DECREF(seen);
    return t;
fail:
    RP_XDECREF(match_args);
    RP_DECREF(seen);
    RP_DECREF(attrs);
    return NULL;
}
