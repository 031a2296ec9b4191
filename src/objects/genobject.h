/* genobject.h - generators and coroutines.
 *
 * Models CPython 3.11's PyGenObject: the generator holds its interpreter
 * frame inline (gi_iframe); next()/send() link it into the thread's frame
 * chain and resume the eval loop on it.  sys.getsizeof(gen) matches
 * CPython's for the same frame size.
 */
#ifndef RP_GENOBJECT_H
#define RP_GENOBJECT_H

#include <stdint.h>

#include "../core/object.h"
#include "../vm/errors.h"
#include "../vm/frame.h"

enum {
    RP_FRAME_CREATED = -2,
    RP_FRAME_SUSPENDED = -1,
    RP_FRAME_EXECUTING = 0,
    RP_FRAME_COMPLETED = 1,
    RP_FRAME_CLEARED = 4
};

#define RP_GEN_HEAD(prefix)                 \
    RP_OBJECT_VAR_HEAD;                     \
    RpObject *prefix##_weakreflist;         \
    RpObject *prefix##_name;                \
    RpObject *prefix##_qualname;            \
    RpErrStackItem prefix##_exc_state;      \
    RpObject *prefix##_origin_or_finalizer; \
    char prefix##_hooks_inited;             \
    char prefix##_closed;                   \
    char prefix##_running_async;            \
    int8_t prefix##_frame_state;            \
    RpObject *prefix##_iframe[1]

typedef struct RpGenObject {
    RP_GEN_HEAD(gi);
} RpGenObject;

extern RpTypeObject RpGen_Type, RpCoro_Type, RpCoroWrapper_Type;

static inline int rp_gen_check(RpObject *o) { return o->ob_type == &RpGen_Type; }
static inline int rp_coro_check(RpObject *o) { return o->ob_type == &RpCoro_Type; }
static inline RpIFrame *rp_gen_iframe(RpGenObject *g) { return (RpIFrame *)g->gi_iframe; }
/* The generator owning a frame (the frame must be owned by one). */
static inline RpGenObject *rp_gen_from_iframe(RpIFrame *f)
{
    return (RpGenObject *)((char *)f - offsetof(RpGenObject, gi_iframe));
}

/* RETURN_GENERATOR: a new generator/coroutine for a frame's function
 * (its frame is copied in by the caller). */
RpGenObject *rp_gen_new_for_frame(RpIFrame *f);
/* Resume: send `arg` (NULL = next()); exc: an exception is set and is
 * thrown in; closing: called by close().  Returns 1 with *result the
 * yielded value, 0 with *result the return value (NEW reference), -1 on
 * error (CPython's gen_send_ex2 and its PYGEN_* results). */
int rp_gen_send_ex2(RpGenObject *gen, RpObject *arg, int exc, int closing, RpObject **result);
int rp_gen_send_ex(RpGenObject *gen, RpObject *arg, int exc, RpObject **result);
/* gen.close() */
RpObject *rp_gen_close(RpGenObject *gen);
/* gen.send(v) semantics for SEND/yield from: 1 yielded, 0 returned, -1 error. */
int rp_iter_send(RpObject *iter, RpObject *arg, RpObject **result);
/* The sub-iterator a generator delegates to (yield from), or NULL. */
RpObject *rp_gen_yf(RpGenObject *gen);

#endif
