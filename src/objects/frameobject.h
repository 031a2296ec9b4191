/* frameobject.h - frame objects: the Python-visible view of a frame.
 *
 * Models CPython 3.11's PyFrameObject.  Created lazily (tracebacks,
 * sys._getframe, locals() of a frame): until then a call has only its
 * interpreter frame (vm/frame.h).  While the call runs, f_frame points at
 * the interpreter frame on the data stack (or in a generator); when the
 * call ends and the frame object is still referenced, the interpreter
 * frame is copied into _f_frame_data and owned from then on.
 */
#ifndef RP_FRAMEOBJECT_H
#define RP_FRAMEOBJECT_H

#include "../core/object.h"
#include "../vm/frame.h"

typedef struct RpFrameObject {
    RP_OBJECT_VAR_HEAD;             /* ob_size: words of _f_frame_data */
    struct RpFrameObject *f_back;   /* strong; set when it takes ownership */
    RpIFrame *f_frame;              /* the interpreter frame */
    RpObject *f_trace;              /* strong or NULL */
    int f_lineno;                   /* only for a frame being traced */
    char f_trace_lines;
    char f_trace_opcodes;
    char f_fast_as_locals;
    RpObject *_f_frame_data[1];     /* the frame, once owned */
} RpFrameObject;

extern RpTypeObject RpFrame_Type;

static inline int rp_frame_check(RpObject *o) { return o->ob_type == &RpFrame_Type; }

/* A new frame object for an interpreter frame (does not set f->frame_obj). */
RpFrameObject *rp_frame_new_for(RpIFrame *f);
/* Called by rp_iframe_clear: copy the frame into the frame object. */
void rp_frame_take_ownership(RpFrameObject *fo, RpIFrame *f);
/* frame.f_back (NEW reference or NULL without exception) */
RpObject *rp_frame_get_back(RpFrameObject *fo);
int rp_frame_get_lineno(RpFrameObject *fo);
/* The locals mapping of a frame, updated from the fast locals (locals(),
 * frame.f_locals): a NEW reference, NULL on error. */
RpObject *rp_iframe_get_locals(RpIFrame *f);

#endif
