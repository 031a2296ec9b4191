/* structseq.c - named tuples made in C (see structseq.h).
 *
 * Layout, as CPython's: a tuple whose ob_size counts the fields in the
 * sequence; the hidden (attribute-only) fields are stored after them, and
 * tp_basicsize includes their room, so their number is known from the
 * type alone.  The counts are also in the type's dict (n_sequence_fields,
 * n_fields, n_unnamed_fields). */
#include "structseq.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"

/* fields stored after the visible ones (attributes only) */
static rp_ssize_t n_hidden(RpTypeObject *tp)
{
    return (tp->tp_basicsize - (rp_ssize_t)offsetof(RpTupleObject, ob_item)) /
           (rp_ssize_t)sizeof(RpObject *);
}

static rp_ssize_t n_total(RpObject *o)
{
    return rp_size(o) + n_hidden(rp_type(o));
}

RpObject *rp_structseq_new(RpTypeObject *type)
{
    RpObject *n = rp_dict_get_cstr_borrow(type->tp_dict, "n_sequence_fields");
    rp_ssize_t len = n != NULL ? rp_int_as_ssize_t(n) : 0;
    RpVarObject *o = rp_object_alloc_var(type, len);
    if (o == NULL) {
        return NULL;
    }
    memset(((RpTupleObject *)o)->ob_item, 0, (size_t)(len + n_hidden(type)) * sizeof(RpObject *));
    rp_gc_track(o);
    return (RpObject *)o;
}

void rp_structseq_set_steal(RpObject *seq, rp_ssize_t i, RpObject *v)
{
    ((RpTupleObject *)seq)->ob_item[i] = v;
}

static void structseq_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    for (rp_ssize_t i = n_total(self) - 1; i >= 0; i--) {
        RP_CLEAR(((RpTupleObject *)self)->ob_item[i]);
    }
    rp_type(self)->tp_free(self);
}

static int structseq_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    for (rp_ssize_t i = 0; i < n_total(self); i++) {
        RP_VISIT(((RpTupleObject *)self)->ob_item[i]);
    }
    return 0;
}

/* "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)" */
static RpObject *structseq_repr(RpObject *self)
{
    RpTypeObject *tp = rp_type(self);
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (rp_strwriter_write_utf8(&w, tp->tp_name, (rp_ssize_t)strlen(tp->tp_name)) < 0 ||
        rp_strwriter_write_char(&w, '(') < 0) {
        goto error;
    }
    for (rp_ssize_t i = 0; i < rp_size(self); i++) {
        const char *name = tp->tp_members[i].name;
        RpObject *r = rp_object_repr(((RpTupleObject *)self)->ob_item[i]);
        int bad = r == NULL ||
                  (i > 0 && rp_strwriter_write_ascii(&w, ", ", 2) < 0) ||
                  rp_strwriter_write_utf8(&w, name, (rp_ssize_t)strlen(name)) < 0 ||
                  rp_strwriter_write_char(&w, '=') < 0 ||
                  rp_strwriter_write_str(&w, r) < 0;
        rp_xdecref(r);
        if (bad) {
            goto error;
        }
    }
    if (rp_strwriter_write_char(&w, ')') < 0) {
        goto error;
    }
    return rp_strwriter_finish(&w);
error:
    rp_strwriter_discard(&w);
    return NULL;
}

static RpObject *structseq_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    /* type(seq)(iterable): from a sequence of exactly the visible fields
       (plus, optionally, the hidden ones) */
    if (nargs != 1 || (kwnames != NULL && rp_tuple_len(kwnames) != 0)) {
        return rp_err_format(&RpExc_TypeError, "%s() takes exactly one argument", type->tp_name);
    }
    RpObject *t = rp_sequence_tuple(args[0]);
    if (t == NULL) {
        return NULL;
    }
    RpObject *res = rp_structseq_new(type);
    if (res == NULL) {
        rp_decref(t);
        return NULL;
    }
    rp_ssize_t want = rp_size(res), total = n_total(res), len = rp_tuple_len(t);
    if (len < want || len > total) {
        rp_decref(t);
        rp_decref(res);
        if (want == total) {
            return rp_err_format(&RpExc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                                 type->tp_name, want, len);
        }
        return rp_err_format(&RpExc_TypeError,
                             "%s() takes an at least %zd-sequence (%zd-sequence given)",
                             type->tp_name, want, len);
    }
    for (rp_ssize_t i = 0; i < total; i++) {
        RpObject *v = i < len ? rp_tuple_get_borrow(t, i) : rp_None;
        rp_structseq_set_steal(res, i, rp_newref(v));
    }
    rp_decref(t);
    return res;
}

/* CPython 3.11 gives a struct sequence type the tuple's basicsize and keeps
 * the hidden fields past ob_size, so its size counts the visible fields
 * only (time.struct_time: 96 + 16) */
static RpObject *structseq_sizeof(RpObject *self, RpObject *unused)
{
    return rp_int_from_ssize_t((rp_ssize_t)offsetof(RpTupleObject, ob_item) +
                               rp_size(self) * (rp_ssize_t)sizeof(RpObject *));
}

static RpMethodDef structseq_methods[] = {
    {"__sizeof__", RP_CFUNC(structseq_sizeof), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

int rp_structseq_init_type(RpTypeObject *type, const RpStructSeqDesc *desc,
                           RpMemberDef *members, int allow_new)
{
    /* each field is a read-only member at its item's offset, as CPython's */
    int n = 0;
    while (desc->fields[n].name != NULL) {
        members[n].name = desc->fields[n].name;
        members[n].type = RP_T_OBJECT;
        members[n].offset = (rp_ssize_t)(offsetof(RpTupleObject, ob_item) +
                                         (size_t)n * sizeof(RpObject *));
        members[n].flags = RP_READONLY;
        members[n].doc = desc->fields[n].doc;
        n++;
    }
    memset(&members[n], 0, sizeof(members[n]));
    /* a visible field may share its name with a hidden one (os.stat_result's
       integer st_mtime and float st_mtime): the repr shows the visible
       value under the name, the attribute is the hidden field, as CPython
       (whose visible ones are unnamed) */
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            if (strcmp(members[i].name, members[j].name) == 0) {
                members[i].offset = members[j].offset;
            }
        }
    }

    RpTypeObject init = {
        .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
        .tp_name = desc->name,
        .tp_basicsize = (rp_ssize_t)offsetof(RpTupleObject, ob_item) +
                        (n - desc->n_in_sequence) * (rp_ssize_t)sizeof(RpObject *),
        .tp_itemsize = (rp_ssize_t)sizeof(RpObject *),
        .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_TUPLE_SUBCLASS,
        .tp_dealloc = structseq_dealloc,
        .tp_traverse = structseq_traverse,
        .tp_repr = structseq_repr,
        .tp_free = rp_object_free,
        .tp_members = members,
        .tp_methods = structseq_methods,
        .tp_base = &RpTuple_Type,
        .tp_doc = desc->doc,
        .tp_new = allow_new ? structseq_new : NULL,
    };
    *type = init;
    if (rp_type_ready(type) < 0) {
        return -1;
    }
    if (!allow_new) {
        type->tp_new = NULL;      /* "cannot create 'sys.flags' instances" */
        type->tp_init = NULL;
    }
    int nseq = desc->n_in_sequence;
    RpObject *vals[3] = { rp_int_from_long(nseq), rp_int_from_long(n), rp_int_from_long(0) };
    int rc = 0;
    if (vals[0] == NULL || vals[1] == NULL || vals[2] == NULL ||
        rp_dict_set_cstr(type->tp_dict, "n_sequence_fields", vals[0]) < 0 ||
        rp_dict_set_cstr(type->tp_dict, "n_fields", vals[1]) < 0 ||
        rp_dict_set_cstr(type->tp_dict, "n_unnamed_fields", vals[2]) < 0) {
        rc = -1;
    }
    for (int i = 0; i < 3; i++) {
        rp_xdecref(vals[i]);
    }
    rp_type_modified(type);
    return rc;
}
