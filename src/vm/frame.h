/* frame.h - interpreter frames and the per-thread data stack.
 *
 * Models CPython 3.11's _PyInterpreterFrame (Include/internal/pycore_frame.h).
 *
 * A call of a Python function needs a frame: the function, its globals,
 * the code, the instruction pointer, and the "localsplus" array holding
 * the local variables, the cells, the free variables and then the value
 * stack.  Frames live in a contiguous per-thread data stack made of
 * chunks (RpStackChunk), so a call allocates nothing: it bumps a pointer.
 * A Python-to-Python call pushes a frame and continues in the same C
 * invocation of the eval loop; returning pops it.
 *
 * A frame *object* (frameobject.h, the Python-visible `frame`) is created
 * only when needed (a traceback, sys._getframe); it points at the
 * interpreter frame.  If the frame object outlives the call, the frame is
 * copied into it on exit ("take ownership"), so locals stay alive while a
 * traceback refers to the frame - as in CPython.
 *
 * A generator owns its frame (inside the generator object) and links it
 * into the thread's chain of frames while it runs.
 */
#ifndef RP_FRAME_H
#define RP_FRAME_H

#include <stdint.h>

#include "../core/object.h"
#include "../core/runtime.h"
#include "../objects/codeobject.h"
#include "opcodes.h"

struct RpFrameObject;

enum {
    RP_FRAME_OWNED_BY_THREAD = 0,
    RP_FRAME_OWNED_BY_GENERATOR = 1,
    RP_FRAME_OWNED_BY_FRAME_OBJECT = 2
};

typedef struct RpIFrame {
    RpObject *f_func;              /* strong: the function (always set) */
    RpObject *f_globals;           /* borrowed from f_func */
    RpObject *f_builtins;          /* borrowed from f_func */
    RpObject *f_locals;            /* strong: the locals mapping of module
                                      and class bodies and exec(), or NULL */
    RpCodeObject *f_code;          /* strong */
    struct RpFrameObject *frame_obj;  /* strong, NULL until needed */
    struct RpIFrame *previous;     /* the caller; NULL at the bottom */
    rp_codeunit *prev_instr;       /* the instruction executing or last
                                      executed; co_code - 1 before start */
    int stacktop;                  /* items of localsplus in use (locals +
                                      stack) while the frame is not running */
    uint8_t owner;                 /* RP_FRAME_OWNED_BY_* */
    uint8_t is_entry;              /* return to C when this frame returns */
    uint8_t is_init;               /* the __init__ of `C(...)` run by CALL's
                                      fast path: the new object waits on
                                      the caller's stack (ceval.c) */
    RpObject *localsplus[1];       /* locals, cells, frees, then the stack */
} RpIFrame;

/* words of the frame header (before localsplus) */
#define RP_IFRAME_HEADER_WORDS \
    ((int)((offsetof(RpIFrame, localsplus) + sizeof(RpObject *) - 1) / sizeof(RpObject *)))

static inline int rp_iframe_size_words(RpCodeObject *co)
{
    return RP_IFRAME_HEADER_WORDS + co->co_framesize;
}

static inline RpObject **rp_iframe_stackbase(RpIFrame *f)
{
    return f->localsplus + f->f_code->co_nlocalsplus;
}

/* The offset (in code units) of the last executed instruction. */
static inline int rp_iframe_lasti(RpIFrame *f)
{
    return (int)(f->prev_instr - f->f_code->co_code);
}

/* Has the frame started?  (Generators may be created but not run.) */
static inline int rp_iframe_is_incomplete(RpIFrame *f)
{
    (void)f;
    return 0;
}

/* ---- the data stack ------------------------------------------------------ */

typedef struct RpStackChunk {
    struct RpStackChunk *previous;
    size_t size;                   /* bytes, including this header */
    RpObject **saved_top;          /* the previous chunk's top when this one was pushed */
    RpObject *data[];
} RpStackChunk;

/* Push room for a frame of code `co` on the data stack; NULL with
 * MemoryError.  Only the header fields are left for the caller to set. */
RpIFrame *rp_datastack_push(RpThreadState *ts, RpCodeObject *co);
/* Pop the frame (which must be the top of the data stack). */
void rp_datastack_pop(RpThreadState *ts, RpIFrame *f);
void rp_datastack_fini(RpThreadState *ts);

/* Initialise a frame's header for `func` (increfs func and its code);
 * every localsplus slot NULL. `locals` (may be NULL) is increfed. */
void rp_iframe_init(RpIFrame *f, RpObject *func, RpObject *locals);

/* Release everything a thread-owned or generator-owned frame holds
 * (locals first to last, then f_locals, the function, the code).  If a
 * frame object still refers to it, the frame is copied into the frame
 * object instead (take ownership). */
void rp_iframe_clear(RpIFrame *f);

/* Copy a frame (for generators); the source is left without references. */
void rp_iframe_copy(RpIFrame *src, RpIFrame *dst);

/* The frame object of a frame, created on first use (borrowed). NULL on
 * MemoryError. */
struct RpFrameObject *rp_iframe_get_frame_object(RpIFrame *f);

/* The current line of a frame. */
int rp_iframe_get_lineno(RpIFrame *f);

/* tp_traverse helper for frames owned by generators and frame objects. */
int rp_iframe_traverse(RpIFrame *f, rp_visitproc visit, void *arg);

#endif
