/* namespace.h - types.SimpleNamespace ("namespace(a=1, b=2)") and the
 * import system's ModuleSpec, which is a namespace with its own repr.
 *
 * A namespace is an object with a __dict__ and nothing else; sys.implementation
 * is one, and `types.SimpleNamespace` is its type. */
#ifndef RP_MODULES_NAMESPACE_H
#define RP_MODULES_NAMESPACE_H

#include "../core/object.h"

typedef struct RpNamespaceObject {
    RP_OBJECT_HEAD;
    RpObject *ns_dict;
} RpNamespaceObject;

extern RpTypeObject RpNamespace_Type;
extern RpTypeObject RpModuleSpec_Type;

/* A new namespace of `type` whose attributes are the items of `kwds` (a
 * dict, copied; may be NULL). */
RpObject *rp_namespace_new(RpTypeObject *type, RpObject *kwds);
/* ns.__dict__ (borrowed) */
static inline RpObject *rp_namespace_dict_borrow(RpObject *ns)
{
    return ((RpNamespaceObject *)ns)->ns_dict;
}
/* Ready both types (once, at start-up); 0 or -1. */
int rp_namespace_init_types(void);

#endif
