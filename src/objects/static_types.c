/* static_types.c - ready every static type of static_types.def, in order.
 * (Kept apart from typeobject.c so that unit tests of the type system do
 * not have to link every type of the interpreter.) */
#include "typeobject.h"

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "exceptions.h"
#include "typeinternal.h"

#define RP_STATIC_TYPE(t) extern RpTypeObject t;
#include "static_types.def"
#undef RP_STATIC_TYPE

int rp_types_init(void)
{
    /* the fast subclass checks (rp_int_check ...) rely on these flags;
       subclasses inherit them in rp_type_ready */
    RpLong_Type.tp_flags |= RP_TPFLAGS_LONG_SUBCLASS;
    RpList_Type.tp_flags |= RP_TPFLAGS_LIST_SUBCLASS;
    RpTuple_Type.tp_flags |= RP_TPFLAGS_TUPLE_SUBCLASS;
    RpBytes_Type.tp_flags |= RP_TPFLAGS_BYTES_SUBCLASS;
    RpStr_Type.tp_flags |= RP_TPFLAGS_UNICODE_SUBCLASS;
    RpDict_Type.tp_flags |= RP_TPFLAGS_DICT_SUBCLASS;
    RpType_Type.tp_flags |= RP_TPFLAGS_TYPE_SUBCLASS;
#define RP_STATIC_TYPE(t) if (rp_type_ready(&t) < 0) return -1;
#include "static_types.def"
#undef RP_STATIC_TYPE
    return 0;
}

/* Drop what readying gave the static types (their dicts, MROs, bases,
 * subclass registries) and the method cache, so that a debug build's
 * leak report at exit shows only real leaks.  Run last, after the final
 * collection: no Python code may run afterwards. */
static void type_fini(RpTypeObject *t)
{
    t->tp_version_tag = 0;
    RP_CLEAR(t->tp_dict);
    RP_CLEAR(t->tp_mro);
    RP_CLEAR(t->tp_bases);
    RP_CLEAR(t->tp_subclasses);
    t->tp_flags &= ~RP_TPFLAGS_READY;
}

void rp_types_fini(void)
{
    rp_type_cache_clear();
    /* every static type readied, the last first (subclasses before bases) */
    RpRuntime *rt = &rp_runtime;
    for (int i = rt->nstatic_types - 1; i >= 0; i--) {
        type_fini(rt->static_types[i]);
    }
    rp_mem_free(rt->static_types);
    rt->static_types = NULL;
    rt->nstatic_types = rt->static_types_cap = 0;
}
