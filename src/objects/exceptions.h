/* exceptions.h - the built-in exception classes and their instances. */
#ifndef RP_EXCEPTIONS_H
#define RP_EXCEPTIONS_H

#include "../core/object.h"

#define RP_EXC(name, base, layout) extern RpTypeObject RpExc_##name;
#include "exceptions.def"
#undef RP_EXC

/* Field names follow CPython's PyBaseExceptionObject & co. */
#define RP_EXCEPTION_HEAD        \
    RP_OBJECT_HEAD;              \
    RpObject *dict;              \
    RpObject *args;              \
    RpObject *notes;             \
    RpObject *traceback;         \
    RpObject *context;           \
    RpObject *cause;             \
    char suppress_context

typedef struct { RP_EXCEPTION_HEAD; } RpBaseExceptionObject;
typedef struct { RP_EXCEPTION_HEAD; RpObject *value; } RpStopIterationObject;
typedef struct { RP_EXCEPTION_HEAD; RpObject *code; } RpSystemExitObject;
typedef struct {
    RP_EXCEPTION_HEAD;
    RpObject *msg, *filename, *lineno, *offset, *end_lineno, *end_offset,
             *text, *print_file_and_line;
} RpSyntaxErrorObject;
typedef struct { RP_EXCEPTION_HEAD; RpObject *msg, *name, *path; } RpImportErrorObject;
typedef struct { RP_EXCEPTION_HEAD; RpObject *name; } RpNameErrorObject;
typedef struct { RP_EXCEPTION_HEAD; RpObject *obj, *name; } RpAttributeErrorObject;
typedef struct {
    RP_EXCEPTION_HEAD;
    RpObject *myerrno, *strerror, *filename, *filename2;
    rp_ssize_t written;
} RpOSErrorObject;
typedef struct {
    RP_EXCEPTION_HEAD;
    RpObject *encoding, *object;
    rp_ssize_t start, end;
    RpObject *reason;
} RpUnicodeErrorObject;
typedef struct { RP_EXCEPTION_HEAD; RpObject *msg, *excs; } RpBaseExceptionGroupObject;
/* ExceptionGroup is a heap type in CPython (PyErr_NewException), which gives
 * its instances a weak reference slot: 8 more bytes than BaseExceptionGroup */
typedef struct { RpBaseExceptionGroupObject base; RpObject *weakreflist; } RpExceptionGroupObject;

static inline int rp_exception_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_BASE_EXC_SUBCLASS) != 0;
}


/* Create an instance: type(*args). NEW reference, NULL on error. */
RpObject *rp_exception_new(RpTypeObject *type, RpObject *const *args, size_t nargs);
/* Accessors (borrowed, may be NULL) and setters (steal the value). */
RpObject *rp_exception_get_traceback_borrow(RpObject *exc);
void rp_exception_set_traceback(RpObject *exc, RpObject *tb);
RpObject *rp_exception_get_context_borrow(RpObject *exc);
void rp_exception_set_context_steal(RpObject *exc, RpObject *ctx);
RpObject *rp_exception_get_cause_borrow(RpObject *exc);
void rp_exception_set_cause_steal(RpObject *exc, RpObject *cause);

/* args (a tuple; borrowed, may be NULL) */
RpObject *rp_exception_get_args_borrow(RpObject *exc);

/* Register the exception classes in the builtins dict (-1 on error). */
int rp_exceptions_init(RpObject *builtins_dict);

#endif /* RP_EXCEPTIONS_H */
