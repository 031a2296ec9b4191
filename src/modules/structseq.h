/* structseq.h - named tuples made in C: sys.version_info, sys.flags,
 * sys.float_info, time.struct_time ... (CPython's PyStructSequence).
 *
 * Instances are tuples (the type's base is tuple), so indexing, slicing,
 * comparing with plain tuples and unpacking work; each field is also an
 * attribute.  Fields past n_in_sequence are attributes only (not part of
 * the tuple, as time.struct_time.tm_zone).  The repr is
 * "sys.version_info(major=3, minor=11, ...)". */
#ifndef RP_MODULES_STRUCTSEQ_H
#define RP_MODULES_STRUCTSEQ_H

#include "../core/object.h"

typedef struct RpStructSeqField {
    const char *name;
    const char *doc;
} RpStructSeqField;

typedef struct RpStructSeqDesc {
    const char *name;               /* "sys.version_info" */
    const char *doc;
    const RpStructSeqField *fields; /* ends with { NULL, NULL } */
    int n_in_sequence;
} RpStructSeqDesc;

/* Fill and ready the static type `type` (zero-initialised storage) from
 * desc.  `type` and `members` (room for the field count + 1 entries) must
 * live as long as the program.  Instances cannot be created from Python
 * unless `allow_new`. */
int rp_structseq_init_type(RpTypeObject *type, const RpStructSeqDesc *desc,
                           RpMemberDef *members, int allow_new);
/* A new instance with every field NULL (hidden ones included: index
 * n_in_sequence and up); fill each with
 * rp_structseq_set_steal before the object is used. */
RpObject *rp_structseq_new(RpTypeObject *type);
void rp_structseq_set_steal(RpObject *seq, rp_ssize_t i, RpObject *v);

#endif
