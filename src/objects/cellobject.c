/* cellobject.c - cells (see cellobject.h); CPython's Objects/cellobject.c. */
#include "cellobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

RpObject *rp_cell_new(RpObject *value)
{
    RpCellObject *c = (RpCellObject *)rp_object_alloc(&RpCell_Type);
    if (c == NULL) {
        return NULL;
    }
    c->ob_ref = rp_xnewref(value);
    rp_gc_track(c);
    return (RpObject *)c;
}

int rp_cell_set(RpObject *c, RpObject *value)
{
    RP_XSETREF(((RpCellObject *)c)->ob_ref, rp_xnewref(value));
    return 0;
}

static void cell_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    RP_XDECREF(((RpCellObject *)self)->ob_ref);
    rp_object_free(self);
}

static int cell_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpCellObject *)self)->ob_ref);
    return 0;
}

static int cell_clear(RpObject *self)
{
    RP_CLEAR(((RpCellObject *)self)->ob_ref);
    return 0;
}

static RpObject *cell_repr(RpObject *self)
{
    RpObject *v = ((RpCellObject *)self)->ob_ref;
    if (v == NULL) {
        return rp_str_from_format("<cell at %p: empty>", (void *)self);
    }
    return rp_str_from_format("<cell at %p: %s object at %p>", (void *)self,
                              RP_TYPE(v)->tp_name, (void *)v);
}

static RpObject *cell_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_cell_check(a) || !rp_cell_check(b)) {
        return rp_notimplemented_new();
    }
    RpObject *va = ((RpCellObject *)a)->ob_ref, *vb = ((RpCellObject *)b)->ob_ref;
    if (va != NULL && vb != NULL) {
        return rp_object_richcompare(va, vb, op);
    }
    /* an empty cell is less than a full one */
    int ca = va != NULL, cb = vb != NULL, r = 0;
    switch (op) {
    case RP_LT: r = ca < cb; break;
    case RP_LE: r = ca <= cb; break;
    case RP_EQ: r = ca == cb; break;
    case RP_NE: r = ca != cb; break;
    case RP_GT: r = ca > cb; break;
    case RP_GE: r = ca >= cb; break;
    }
    return rp_bool_from_long(r);
}

static RpObject *cell_get_contents(RpObject *self, void *c)
{
    RpObject *v = ((RpCellObject *)self)->ob_ref;
    if (v == NULL) {
        return rp_err_set_string(&RpExc_ValueError, "Cell is empty");
    }
    return rp_newref(v);
}

static int cell_set_contents(RpObject *self, RpObject *value, void *c)
{
    return rp_cell_set(self, value);
}

static RpGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static RpObject *cell_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                          RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        return rp_err_set_string(&RpExc_TypeError, "cell() takes no keyword arguments");
    }
    if (nargs > 1) {
        return rp_err_format(&RpExc_TypeError, "cell expected at most 1 argument, got %zd",
                             (rp_ssize_t)nargs);
    }
    return rp_cell_new(nargs ? args[0] : NULL);
}

RpTypeObject RpCell_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(RpCellObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = cell_dealloc,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_repr = cell_repr,
    .tp_richcompare = cell_richcompare,
    .tp_getattro = rp_object_generic_getattr,
    .tp_getset = cell_getset,
    .tp_new = cell_new,
    .tp_free = rp_object_free,
};
