/* freelist.c - setting up and emptying the free lists (freelist.h). */
#include "freelist.h"

#include "alloc.h"
#include "refcount.h"
#include "runtime.h"

/* The types whose instances the lists hold.  Declared here rather than
 * included so that core/ does not depend on objects/. */
extern RpTypeObject RpFloat_Type, RpList_Type, RpDict_Type, RpTuple_Type;

void rp_freelists_init(void)
{
    RpFreeLists *f = &rp_runtime.freelists;
    f->float_.capacity = RP_FLOAT_MAXFREELIST;
    f->list.capacity = RP_LIST_MAXFREELIST;
    f->dict.capacity = RP_DICT_MAXFREELIST;
    f->dictkeys.capacity = RP_DICTKEYS_MAXFREELIST;
    for (int i = 1; i <= RP_TUPLE_MAXSAVESIZE; i++) {
        f->tuple[i].capacity = RP_TUPLE_MAXFREELIST;
    }
}

void rp_freelist_clear(RpFreeList *fl, RpTypeObject *type)
{
    void *p;
    while ((p = fl->head) != NULL) {
        fl->head = *(void **)p;
        fl->count--;
        /* revive then free, so the debug live list and events stay right */
        rp_object_freelist_revive((RpObject *)p, type);
        ((RpObject *)p)->ob_refcnt = 0;
        RP_REFTOTAL_ADD(-1);
        rp_object_free(p);
    }
}

void rp_freelists_clear_all(void)
{
    RpFreeLists *f = &rp_runtime.freelists;
    rp_freelist_clear(&f->float_, &RpFloat_Type);
    rp_freelist_clear(&f->list, &RpList_Type);
    rp_freelist_clear(&f->dict, &RpDict_Type);
    for (int i = 1; i <= RP_TUPLE_MAXSAVESIZE; i++) {
        rp_freelist_clear(&f->tuple[i], &RpTuple_Type);
    }
    /* dictkeys tables are not objects: dictobject.c empties that list */
}

/* sys._debugmallocstats(): the free lists, in the layout of CPython 3.11's
 * _PyObject_DebugTypeStats (dict, float, list, then tuples by length). */
static void freelist_stat(FILE *out, const char *name, int count, size_t size)
{
    char what[128], label[160];
    snprintf(what, sizeof(what), "%d %ss * %zu bytes each", count, name, size);
    snprintf(label, sizeof(label), "%48s ", what);
    rp_mem_print_stat(out, label, (size_t)count * size);
}

void rp_freelists_debug_stats(FILE *out)
{
    RpFreeLists *f = &rp_runtime.freelists;
    /* the sizes CPython prints: its structs without the GC head */
    freelist_stat(out, "free PyDictObject", f->dict.count, 48);
    freelist_stat(out, "free PyFloatObject", f->float_.count, 24);
    freelist_stat(out, "free PyListObject", f->list.count, 40);
    for (int n = 1; n <= RP_TUPLE_MAXSAVESIZE; n++) {
        char name[64];
        snprintf(name, sizeof(name), "free %d-sized PyTupleObject", n);
        freelist_stat(out, name, f->tuple[n].count, 24 + (size_t)n * sizeof(void *));
    }
}
