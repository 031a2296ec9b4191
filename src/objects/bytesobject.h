/* bytesobject.h - bytes (immutable) and bytearray (mutable).
 * bytes: 33-byte header + len (sys.getsizeof(b'') == 33); b'' and the 256
 * one-byte strings are singletons, as in CPython. */
#ifndef RP_BYTESOBJECT_H
#define RP_BYTESOBJECT_H

#include "../core/object.h"

typedef struct RpBytesObject {
    RP_OBJECT_VAR_HEAD;
    rp_hash_t ob_shash;           /* -1 until computed */
    char ob_sval[1];              /* len + 1 bytes, the last is 0 */
} RpBytesObject;

typedef struct RpByteArrayObject {
    RP_OBJECT_VAR_HEAD;
    rp_ssize_t ob_alloc;
    char *ob_bytes;
    char *ob_start;
    rp_ssize_t ob_exports;
} RpByteArrayObject;

extern RpTypeObject RpBytes_Type, RpByteArray_Type;

static inline int rp_bytes_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_BYTES_SUBCLASS) != 0;
}
static inline char *rp_bytes_data(RpObject *o) { return ((RpBytesObject *)o)->ob_sval; }
static inline rp_ssize_t rp_bytes_len(RpObject *o) { return ((RpVarObject *)o)->ob_size; }
int rp_bytearray_check(RpObject *o);

RpObject *rp_bytes_from_data(const char *data, rp_ssize_t len);
/* uninitialised data of len bytes (NUL at the end) */
RpObject *rp_bytes_new(rp_ssize_t len);
RpObject *rp_bytes_repr(RpObject *b);
RpObject *rp_bytearray_from_data(const char *data, rp_ssize_t len);
static inline char *rp_bytearray_data(RpObject *o) { return ((RpByteArrayObject *)o)->ob_start; }

/* A "bytes-like object": bytes, bytearray (or subclasses).  Returns 1 and
 * its data (valid while the object lives and is not resized), or 0 (no
 * exception set). */
int rp_bytes_like(RpObject *o, const char **data, rp_ssize_t *len);
/* The single-byte bytes singleton for c (borrowed), b'' for c < 0. */
RpObject *rp_bytes_char_borrow(int c);
/* bytes + bytes-like, bytes.join, bytes.decode from C */
RpObject *rp_bytes_concat(RpObject *a, RpObject *b);
/* bytearray growth (CPython's PyByteArray_Resize policy) */
int rp_bytearray_resize(RpObject *ba, rp_ssize_t size);

extern RpTypeObject RpBytesIter_Type, RpByteArrayIter_Type;

#endif
