/* static_types.c - ready every static type of static_types.def, in order.
 * (Kept apart from typeobject.c so that unit tests of the type system do
 * not have to link every type of the interpreter.) */
#include "typeobject.h"

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
