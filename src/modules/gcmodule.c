/* gcmodule.c - the gc module: Python's window on the cycle collector.
 *
 * The collector itself is src/core/gc.c; this file is CPython 3.11's
 * Modules/gcmodule.c API over it: enable/disable, collect, thresholds and
 * counts, the objects a generation holds, referrers and referents,
 * freeze, statistics, the DEBUG_* flags, gc.garbage (filled under
 * DEBUG_SAVEALL through the collector's save_garbage hook) and
 * gc.callbacks (called with "start"/"stop" and an info dict through the
 * invoke_callbacks hook).
 */
#include "config.h"

#include <limits.h>

#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/boolobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "../vm/pythonrun.h"
#include "modsupport.h"

#define GCS (&rp_runtime.gc)

/* ---- hooks the collector calls -------------------------------------------------- */

/* DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed */
static int save_garbage(RpObject *o)
{
    if (GCS->garbage == NULL) {
        return 0;
    }
    if (rp_list_append(GCS->garbage, o) < 0) {
        rp_err_clear();
        return -1;
    }
    return 0;
}

/* gc.callbacks: cb(phase, {"generation": g, "collected": n, "uncollectable": u}) */
static void invoke_callbacks(const char *phase, int generation, rp_ssize_t collected,
                             rp_ssize_t uncollectable)
{
    RpObject *cbs = GCS->callbacks;
    if (cbs == NULL || rp_list_len(cbs) == 0) {
        return;
    }
    RpObject *saved = rp_err_fetch();
    RpObject *info = rp_dict_new();
    RpObject *ph = rp_str_from_cstr(phase);
    RpObject *g = rp_int_from_long(generation);
    RpObject *c = rp_int_from_ssize_t(collected);
    RpObject *u = rp_int_from_ssize_t(uncollectable);
    if (info == NULL || ph == NULL || g == NULL || c == NULL || u == NULL ||
        rp_dict_set_cstr(info, "generation", g) < 0 ||
        rp_dict_set_cstr(info, "collected", c) < 0 ||
        rp_dict_set_cstr(info, "uncollectable", u) < 0) {
        rp_err_write_unraisable(NULL);
    } else {
        rp_incref(cbs);
        for (rp_ssize_t i = 0; i < rp_list_len(cbs); i++) {
            RpObject *cb = rp_list_get_borrow(cbs, i);
            rp_incref(cb);
            RpObject *r = rp_call_two(cb, ph, info);
            if (r == NULL) {
                rp_err_write_unraisable(cb);
            } else {
                rp_decref(r);
            }
            rp_decref(cb);
        }
        rp_decref(cbs);
    }
    rp_xdecref(info);
    rp_xdecref(ph);
    rp_xdecref(g);
    rp_xdecref(c);
    rp_xdecref(u);
    rp_err_restore(saved);
}

/* the DEBUG_* lines go to sys.stderr (PySys_WriteStderr) */
static void debug_write(const char *text)
{
    RpObject *saved = rp_err_fetch();
    rp_write_stderr_cstr(text);
    rp_err_restore(saved);
}

void rp_gc_dump_shutdown_stats(void)
{
    if ((GCS->debug & RP_GC_DEBUG_SAVEALL) || GCS->garbage == NULL ||
        rp_list_len(GCS->garbage) == 0) {
        return;
    }
    /* CPython also issues a ResourceWarning here ("gc: N uncollectable
       objects at shutdown"), which the default filters ignore */
    if (GCS->debug & RP_GC_DEBUG_UNCOLLECTABLE) {
        RpObject *saved = rp_err_fetch();
        RpObject *r = rp_object_repr(GCS->garbage);
        if (r == NULL) {
            rp_err_write_unraisable(GCS->garbage);
        } else {
            RpObject *line = rp_str_from_format("      %U\n", r);
            if (line == NULL) {
                rp_err_write_unraisable(GCS->garbage);
            } else {
                rp_write_stderr(line);
                rp_decref(line);
            }
            rp_decref(r);
        }
        rp_err_restore(saved);
    }
}

/* ---- functions --------------------------------------------------------------------- */

static RpObject *gc_enable(RpObject *self, RpObject *unused)
{
    GCS->enabled = 1;
    return rp_none_new();
}

static RpObject *gc_disable(RpObject *self, RpObject *unused)
{
    GCS->enabled = 0;
    return rp_none_new();
}

static RpObject *gc_isenabled(RpObject *self, RpObject *unused)
{
    return rp_bool_from_long(GCS->enabled);
}

static RpObject *gc_collect(RpObject *self, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    static const char *const kw[] = { "generation", NULL };
    static const RpArgParser parser = { "collect", kw };
    RpObject *a[1];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 0, 1, 0, a) < 0) {
        return NULL;
    }
    int gen = RP_GC_NUM_GENERATIONS - 1;
    if (a[0] != NULL) {
        gen = rp_arg_as_int(a[0]);
        if (gen == -1 && rp_err_occurred()) {
            return NULL;
        }
    }
    if (gen < 0 || gen >= RP_GC_NUM_GENERATIONS) {
        return rp_err_set_string(&RpExc_ValueError, "invalid generation");
    }
    rp_ssize_t n = rp_gc_collect(gen);
    if (n < 0) {
        return NULL;
    }
    return rp_int_from_ssize_t(n);
}

/* (a, b, c) of C ints */
static RpObject *int_tuple3(long a, long b, long c)
{
    RpObject *t = rp_tuple_new(3);
    if (t == NULL) {
        return NULL;
    }
    long v[3] = { a, b, c };
    for (int i = 0; i < 3; i++) {
        RpObject *o = rp_int_from_long(v[i]);
        if (o == NULL) {
            rp_decref(t);
            return NULL;
        }
        rp_tuple_set_steal(t, i, o);
    }
    return t;
}

static RpObject *gc_get_count(RpObject *self, RpObject *unused)
{
    return int_tuple3(GCS->generations[0].count, GCS->generations[1].count,
                      GCS->generations[2].count);
}

static RpObject *gc_get_threshold(RpObject *self, RpObject *unused)
{
    return int_tuple3(GCS->generations[0].threshold, GCS->generations[1].threshold,
                      GCS->generations[2].threshold);
}

static RpObject *gc_set_threshold(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs < 1) {
        return rp_err_format(&RpExc_TypeError, "set_threshold() takes at least 1 argument (%zd given)",
                             (rp_ssize_t)nargs);
    }
    if (nargs > 3) {
        return rp_err_format(&RpExc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)",
                             (rp_ssize_t)nargs);
    }
    int v[3];
    for (size_t i = 0; i < nargs; i++) {
        /* PyArg_ParseTuple's "i": a C long first, then the int range */
        RpObject *idx = rp_number_index(args[i]);
        if (idx == NULL) {
            return NULL;
        }
        int overflow = 0;
        long l = rp_int_as_long_and_overflow(idx, &overflow);
        rp_decref(idx);
        if (overflow) {
            return rp_err_set_string(&RpExc_OverflowError,
                                     "Python int too large to convert to C long");
        }
        if (l > INT_MAX) {
            return rp_err_set_string(&RpExc_OverflowError,
                                     "signed integer is greater than maximum");
        }
        if (l < INT_MIN) {
            return rp_err_set_string(&RpExc_OverflowError,
                                     "signed integer is less than minimum");
        }
        v[i] = (int)l;
    }
    for (size_t i = 0; i < nargs; i++) {
        GCS->generations[i].threshold = v[i];
    }
    return rp_none_new();
}

static RpObject *gc_set_debug(RpObject *self, RpObject *arg)
{
    int flags = rp_arg_as_int(arg);
    if (flags == -1 && rp_err_occurred()) {
        return NULL;
    }
    GCS->debug = flags;
    return rp_none_new();
}

static RpObject *gc_get_debug(RpObject *self, RpObject *unused)
{
    return rp_int_from_long(GCS->debug);
}

struct collect_arg {
    RpObject *list;
    RpObject *target;      /* get_referrers: one of the objects looked for */
    RpObject *const *objs;
    size_t nobjs;
    int found;
};

static int append_object(RpObject *o, void *arg)
{
    struct collect_arg *ca = arg;
    if (o == ca->list) {
        return 0;          /* not the result list itself */
    }
    return rp_list_append(ca->list, o) < 0 ? -1 : 0;
}

static RpObject *gc_get_objects(RpObject *self, RpObject *const *args, size_t nargs,
                                RpObject *kwnames)
{
    static const char *const kw[] = { "generation", NULL };
    static const RpArgParser parser = { "get_objects", kw };
    RpObject *a[1];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 0, 1, 0, a) < 0) {
        return NULL;
    }
    rp_ssize_t gen = -1;
    if (a[0] != NULL && a[0] != rp_None) {
        if (!rp_index_check(a[0])) {
            return rp_err_format(&RpExc_TypeError, "argument should be integer or None, not '%s'",
                                 rp_type(a[0])->tp_name);
        }
        gen = rp_number_as_ssize_t(a[0], &RpExc_OverflowError);
        if (gen == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (gen >= RP_GC_NUM_GENERATIONS) {
            return rp_err_format(&RpExc_ValueError,
                                 "generation parameter must be less than the number of available "
                                 "generations (%i)", RP_GC_NUM_GENERATIONS);
        }
        if (gen < -1) {
            return rp_err_set_string(&RpExc_ValueError, "generation parameter cannot be negative");
        }
    }
    struct collect_arg ca = { rp_list_new(0), NULL, NULL, 0, 0 };
    if (ca.list == NULL) {
        return NULL;
    }
    if (rp_gc_for_each((int)gen, append_object, &ca) != 0) {
        rp_decref(ca.list);
        return NULL;
    }
    return ca.list;
}

static int visit_find(RpObject *o, void *arg)
{
    struct collect_arg *ca = arg;
    for (size_t i = 0; i < ca->nobjs; i++) {
        if (o == ca->objs[i]) {
            ca->found = 1;
            return 1;
        }
    }
    return 0;
}

static int referrer_check(RpObject *o, void *arg)
{
    struct collect_arg *ca = arg;
    if (o == ca->list || rp_type(o)->tp_traverse == NULL) {
        return 0;
    }
    ca->found = 0;
    rp_type(o)->tp_traverse(o, visit_find, ca);
    if (ca->found && rp_list_append(ca->list, o) < 0) {
        return -1;
    }
    return 0;
}

static RpObject *gc_get_referrers(RpObject *self, RpObject *const *args, size_t nargs)
{
    struct collect_arg ca = { rp_list_new(0), NULL, args, nargs, 0 };
    if (ca.list == NULL) {
        return NULL;
    }
    if (rp_gc_for_each(-1, referrer_check, &ca) != 0) {
        rp_decref(ca.list);
        return NULL;
    }
    return ca.list;
}

static int visit_append(RpObject *o, void *arg)
{
    return rp_list_append((RpObject *)arg, o) < 0 ? -1 : 0;
}

static RpObject *gc_get_referents(RpObject *self, RpObject *const *args, size_t nargs)
{
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        RpObject *o = args[i];
        if (!rp_object_is_gc(o) || rp_type(o)->tp_traverse == NULL) {
            continue;
        }
        if (rp_type(o)->tp_traverse(o, visit_append, list) != 0) {
            rp_decref(list);
            return NULL;
        }
    }
    return list;
}

static RpObject *gc_is_tracked(RpObject *self, RpObject *o)
{
    return rp_bool_from_long(rp_object_is_gc(o) && rp_gc_is_tracked(o));
}

static RpObject *gc_is_finalized(RpObject *self, RpObject *o)
{
    return rp_bool_from_long(rp_object_is_gc(o) && rp_gc_is_finalized(o));
}

static RpObject *gc_freeze(RpObject *self, RpObject *unused)
{
    rp_gc_freeze();
    return rp_none_new();
}

static RpObject *gc_unfreeze(RpObject *self, RpObject *unused)
{
    rp_gc_unfreeze();
    return rp_none_new();
}

static RpObject *gc_get_freeze_count(RpObject *self, RpObject *unused)
{
    return rp_int_from_ssize_t(rp_gc_generation_size(RP_GC_NUM_GENERATIONS));
}

static RpObject *gc_get_stats(RpObject *self, RpObject *unused)
{
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (int i = 0; i < RP_GC_NUM_GENERATIONS; i++) {
        RpObject *d = rp_dict_new();
        RpObject *a = rp_int_from_ssize_t(GCS->stats[i].collections);
        RpObject *b = rp_int_from_ssize_t(GCS->stats[i].collected);
        RpObject *c = rp_int_from_ssize_t(GCS->stats[i].uncollectable);
        int bad = d == NULL || a == NULL || b == NULL || c == NULL ||
                  rp_dict_set_cstr(d, "collections", a) < 0 ||
                  rp_dict_set_cstr(d, "collected", b) < 0 ||
                  rp_dict_set_cstr(d, "uncollectable", c) < 0 ||
                  rp_list_append(list, d) < 0;
        rp_xdecref(a);
        rp_xdecref(b);
        rp_xdecref(c);
        rp_xdecref(d);
        if (bad) {
            rp_decref(list);
            return NULL;
        }
    }
    return list;
}

#define FAST RP_METH_FASTCALL
#define FASTKW (RP_METH_FASTCALL | RP_METH_KEYWORDS)

static RpMethodDef gc_methods[] = {
    { "enable", RP_CFUNC(gc_enable), RP_METH_NOARGS, "Enable automatic garbage collection." },
    { "disable", RP_CFUNC(gc_disable), RP_METH_NOARGS, "Disable automatic garbage collection." },
    { "isenabled", RP_CFUNC(gc_isenabled), RP_METH_NOARGS, "Returns true if automatic garbage collection is enabled." },
    { "collect", RP_CFUNC(gc_collect), FASTKW, "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned." },
    { "get_count", RP_CFUNC(gc_get_count), RP_METH_NOARGS, "Return a three-tuple of the current collection counts." },
    { "get_threshold", RP_CFUNC(gc_get_threshold), RP_METH_NOARGS, "Return the current collection thresholds." },
    { "set_threshold", RP_CFUNC(gc_set_threshold), FAST, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n" },
    { "set_debug", RP_CFUNC(gc_set_debug), RP_METH_O, "Set the garbage collection debugging flags." },
    { "get_debug", RP_CFUNC(gc_get_debug), RP_METH_NOARGS, "Get the garbage collection debugging flags." },
    { "get_objects", RP_CFUNC(gc_get_objects), FASTKW, "Return a list of objects tracked by the collector (excluding the list returned)." },
    { "get_stats", RP_CFUNC(gc_get_stats), RP_METH_NOARGS, "Return a list of dictionaries containing per-generation statistics." },
    { "get_referrers", RP_CFUNC(gc_get_referrers), FAST, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs." },
    { "get_referents", RP_CFUNC(gc_get_referents), FAST, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs." },
    { "is_tracked", RP_CFUNC(gc_is_tracked), RP_METH_O, "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false." },
    { "is_finalized", RP_CFUNC(gc_is_finalized), RP_METH_O, "Returns true if the object has been already finalized by the GC." },
    { "freeze", RP_CFUNC(gc_freeze), RP_METH_NOARGS, "Freeze all current tracked objects and ignore them for future collections." },
    { "unfreeze", RP_CFUNC(gc_unfreeze), RP_METH_NOARGS, "Unfreeze all objects in the permanent generation." },
    { "get_freeze_count", RP_CFUNC(gc_get_freeze_count), RP_METH_NOARGS, "Return the number of objects in the permanent generation." },
    { NULL, NULL, 0, NULL }
};

static const char gc_doc[] =
    "This module provides access to the garbage collector for reference cycles.\n\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

RpObject *rp_gc_module_init(void)
{
    RpObject *m = rp_module_new("gc");
    if (m == NULL) {
        return NULL;
    }
    RpObject *d = rp_module_dict_borrow(m);
    RpObject *doc = rp_str_from_cstr(gc_doc);
    int bad = doc == NULL || rp_dict_set(d, rp_id(__doc__), doc) < 0;
    rp_xdecref(doc);
    if (bad || rp_module_add_functions(m, gc_methods) < 0) {
        rp_decref(m);
        return NULL;
    }
    /* gc.garbage and gc.callbacks live in the runtime (the collector's
       hooks use them); a re-imported module gets the same lists */
    if (GCS->garbage == NULL && (GCS->garbage = rp_list_new(0)) == NULL) {
        rp_decref(m);
        return NULL;
    }
    if (GCS->callbacks == NULL && (GCS->callbacks = rp_list_new(0)) == NULL) {
        rp_decref(m);
        return NULL;
    }
    GCS->save_garbage = save_garbage;
    GCS->invoke_callbacks = invoke_callbacks;
    GCS->debug_write = debug_write;
    struct { const char *name; long value; } consts[] = {
        { "DEBUG_STATS", RP_GC_DEBUG_STATS },
        { "DEBUG_COLLECTABLE", RP_GC_DEBUG_COLLECTABLE },
        { "DEBUG_UNCOLLECTABLE", RP_GC_DEBUG_UNCOLLECTABLE },
        { "DEBUG_SAVEALL", RP_GC_DEBUG_SAVEALL },
        { "DEBUG_LEAK", RP_GC_DEBUG_LEAK },
    };
    if (rp_dict_set_cstr(d, "garbage", GCS->garbage) < 0 ||
        rp_dict_set_cstr(d, "callbacks", GCS->callbacks) < 0) {
        rp_decref(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
        RpObject *v = rp_int_from_long(consts[i].value);
        if (v == NULL || rp_dict_set_cstr(d, consts[i].name, v) < 0) {
            rp_xdecref(v);
            rp_decref(m);
            return NULL;
        }
        rp_decref(v);
    }
    return m;
}
