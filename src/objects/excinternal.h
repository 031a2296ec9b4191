/* excinternal.h - what exceptions.c and excgroup.c share. */
#ifndef RP_EXCINTERNAL_H
#define RP_EXCINTERNAL_H

#include "../core/object.h"

RpObject *rp_exc_base_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames);
int rp_exc_base_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);
int rp_exc_base_clear(RpObject *op);
int rp_exc_base_traverse(RpObject *op, rp_visitproc visit, void *arg);

/* excgroup.c: BaseExceptionGroup / ExceptionGroup */
RpObject *rp_excgroup_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames);
int rp_excgroup_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kw);
int rp_excgroup_clear(RpObject *self);
int rp_excgroup_traverse(RpObject *self, rp_visitproc visit, void *arg);
void rp_excgroup_dealloc(RpObject *self);
RpObject *rp_excgroup_str(RpObject *self);
extern RpMemberDef rp_excgroup_members[];
extern RpMethodDef rp_excgroup_methods[];

#endif
