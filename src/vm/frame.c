/* frame.c - interpreter frames and the data stack (frame.h).
 *
 * The data stack is a list of chunks.  A frame is pushed by bumping
 * ts->datastack_top; when it does not fit, a new chunk (at least twice
 * the previous one, at least big enough) is linked in.  Popping the first
 * frame of a chunk returns to the previous chunk; the emptied chunk is
 * kept as a spare (one spare at most) so that a call repeated at a chunk
 * boundary does not allocate each time.
 */
#include "frame.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/codeobject.h"
#include "../objects/frameobject.h"
#include "../objects/funcobject.h"
#include "errors.h"

#define RP_DATASTACK_CHUNK_SIZE (16 * 1024)   /* bytes, as CPython */

static RpStackChunk *chunk_new(size_t size, RpStackChunk *previous)
{
    RpStackChunk *c = rp_mem_malloc(size);
    if (c == NULL) {
        return NULL;
    }
    c->previous = previous;
    c->size = size;
    c->saved_top = NULL;
    return c;
}

RpIFrame *rp_datastack_push(RpThreadState *ts, RpCodeObject *co)
{
    size_t words = (size_t)rp_iframe_size_words(co);
    RpObject **top = ts->datastack_top;
    if (RP_LIKELY(top != NULL && top + words <= ts->datastack_limit)) {
        ts->datastack_top = top + words;
        return (RpIFrame *)top;
    }
    /* a new chunk */
    size_t need = sizeof(RpStackChunk) + words * sizeof(RpObject *);
    size_t size = RP_DATASTACK_CHUNK_SIZE;
    if (ts->datastack_chunk != NULL && ts->datastack_chunk->size * 2 > size) {
        size = ts->datastack_chunk->size * 2;
    }
    while (size < need) {
        size *= 2;
    }
    RpStackChunk *c = ts->datastack_spare;
    if (c != NULL && c->size >= need) {
        ts->datastack_spare = NULL;
        c->previous = ts->datastack_chunk;
        size = c->size;
    }
    else {
        c = chunk_new(size, ts->datastack_chunk);
    }
    if (c == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    c->saved_top = ts->datastack_top;
    ts->datastack_chunk = c;
    ts->datastack_limit = (RpObject **)((char *)c + size);
    RpObject **base = c->data;
    ts->datastack_top = base + words;
    return (RpIFrame *)base;
}

void rp_datastack_pop(RpThreadState *ts, RpIFrame *f)
{
    RpObject **base = (RpObject **)f;
    RpStackChunk *c = ts->datastack_chunk;
    if (RP_UNLIKELY(c != NULL && base == c->data)) {
        /* the first frame of its chunk: back to the previous chunk */
        ts->datastack_chunk = c->previous;
        ts->datastack_top = c->saved_top;
        if (c->previous != NULL) {
            ts->datastack_limit = (RpObject **)((char *)c->previous + c->previous->size);
        }
        else {
            ts->datastack_limit = NULL;
        }
        /* keep one spare chunk, so a call repeated across a chunk
           boundary does not allocate every time */
        if (ts->datastack_spare == NULL) {
            ts->datastack_spare = c;
        }
        else {
            rp_mem_free(c);
        }
        return;
    }
    ts->datastack_top = base;
}

void rp_datastack_fini(RpThreadState *ts)
{
    RpStackChunk *c = ts->datastack_chunk;
    while (c != NULL) {
        RpStackChunk *p = c->previous;
        rp_mem_free(c);
        c = p;
    }
    ts->datastack_chunk = NULL;
    ts->datastack_top = ts->datastack_limit = NULL;
    rp_mem_free(ts->datastack_spare);
    ts->datastack_spare = NULL;
}

/* ---- frames ------------------------------------------------------------- */

void rp_iframe_init(RpIFrame *f, RpObject *func, RpObject *locals)
{
    RpFunctionObject *fn = (RpFunctionObject *)func;
    RpCodeObject *co = (RpCodeObject *)fn->func_code;
    f->f_func = rp_newref(func);
    f->f_globals = fn->func_globals;
    f->f_builtins = fn->func_builtins;
    f->f_locals = rp_xnewref(locals);
    f->f_code = (RpCodeObject *)rp_newref(co);
    f->frame_obj = NULL;
    f->previous = NULL;
    f->prev_instr = co->co_code - 1;
    f->stacktop = co->co_nlocalsplus;
    f->owner = RP_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    f->is_init = 0;
    memset(f->localsplus, 0, sizeof(RpObject *) * (size_t)co->co_nlocalsplus);
}

void rp_iframe_clear(RpIFrame *f)
{
    if (f->frame_obj != NULL) {
        RpFrameObject *fo = f->frame_obj;
        f->frame_obj = NULL;
        if (rp_refcnt(fo) > 1) {
            /* the frame object outlives the call: it takes the frame */
            rp_frame_take_ownership(fo, f);
            RP_DECREF(fo);
            return;
        }
        RP_DECREF(fo);
    }
    for (int i = 0; i < f->stacktop; i++) {
        RP_XDECREF(f->localsplus[i]);
    }
    f->stacktop = 0;
    RP_CLEAR(f->f_locals);
    RP_CLEAR(f->f_func);
    RP_CLEAR(f->f_code);
}

void rp_iframe_copy(RpIFrame *src, RpIFrame *dst)
{
    size_t n = offsetof(RpIFrame, localsplus) + sizeof(RpObject *) * (size_t)src->stacktop;
    memcpy(dst, src, n);
    if (dst->frame_obj != NULL) {
        dst->frame_obj->f_frame = dst;
    }
    /* the source keeps no references */
    src->frame_obj = NULL;
    src->stacktop = 0;
    src->f_locals = NULL;
    src->f_func = NULL;
    src->f_code = NULL;
}

RpFrameObject *rp_iframe_get_frame_object(RpIFrame *f)
{
    if (f->frame_obj == NULL) {
        RpFrameObject *fo = rp_frame_new_for(f);
        if (fo == NULL) {
            return NULL;
        }
        f->frame_obj = fo;
    }
    return f->frame_obj;
}

int rp_iframe_get_lineno(RpIFrame *f)
{
    int lasti = rp_iframe_lasti(f);
    if (lasti < 0) {
        return f->f_code->co_firstlineno;
    }
    return rp_code_addr2line(f->f_code, lasti);
}

int rp_iframe_traverse(RpIFrame *f, rp_visitproc visit, void *arg)
{
    RP_VISIT(f->frame_obj);
    RP_VISIT(f->f_locals);
    RP_VISIT(f->f_func);
    RP_VISIT(f->f_code);
    for (int i = 0; i < f->stacktop; i++) {
        RP_VISIT(f->localsplus[i]);
    }
    return 0;
}
