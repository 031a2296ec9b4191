/* codeobject.h - code objects: compiled bytecode and what it refers to.
 *
 * Models CPython 3.11's PyCodeObject.  The instructions are stored inline
 * after the header (co_code, ob_size code units of 32 bits: opcode in the
 * low 8 bits, argument in the high 24; see vm/opcodes.def).  Instructions
 * with an inline cache are followed by one CACHE unit holding an index
 * into co_caches, the code object's private table of cache entries (the
 * only part of a code object that changes after creation).
 *
 * Variables ("localsplus", as in 3.11): the frame keeps locals, cell
 * variables and free variables in one array.  co_localsplusnames gives
 * each slot's name and co_localspluskinds its kind (RP_CO_FAST_*); a
 * parameter that is also a cell has both LOCAL and CELL bits and only
 * one slot, exactly like CPython.
 *
 * Locations: co_linetable holds, for runs of code units, the source
 * range (line, end line, column, end column) - see codeobject.c for the
 * encoding; rp_code_addr2location() decodes it.  Exception handling is
 * zero-cost: co_exceptiontable lists protected ranges and their handlers
 * (RpExceptEntry), searched only when an exception is raised.
 */
#ifndef RP_CODEOBJECT_H
#define RP_CODEOBJECT_H

#include <stdint.h>

#include "../core/object.h"
#include "../vm/opcodes.h"

/* co_flags, as CPython's CO_* */
#define RP_CO_OPTIMIZED          0x0001
#define RP_CO_NEWLOCALS          0x0002
#define RP_CO_VARARGS            0x0004
#define RP_CO_VARKEYWORDS        0x0008
#define RP_CO_NESTED             0x0010
#define RP_CO_GENERATOR          0x0020
#define RP_CO_NOFREE             0x0040
#define RP_CO_COROUTINE          0x0080
#define RP_CO_ITERABLE_COROUTINE 0x0100
#define RP_CO_ASYNC_GENERATOR    0x0200
#define RP_CO_FUTURE_BARRY_AS_BDFL 0x400000
#define RP_CO_FUTURE_ANNOTATIONS 0x1000000

/* kinds of localsplus slots (CPython's CO_FAST_*) */
#define RP_CO_FAST_LOCAL 0x20
#define RP_CO_FAST_CELL  0x40
#define RP_CO_FAST_FREE  0x80

/* One inline cache entry (24 bytes). */
typedef union RpInlineCache {
    struct {                     /* LOAD_GLOBAL */
        uint64_t globals_version;
        uint64_t builtins_version;
        RpObject *value;         /* borrowed: valid while both versions hold */
    } global;
    struct {                     /* LOAD_ATTR / STORE_ATTR / LOAD_METHOD */
        uint32_t type_version;   /* the owner type's tp_version_tag */
        uint32_t keys_version;   /* its shared keys' version (some kinds) */
        int32_t kind;            /* RP_ATTR_* (ceval.c); 0: empty */
        int32_t index;           /* in the instance's values */
        RpObject *descr;         /* borrowed: valid while type_version holds */
    } attr;
    struct {                     /* the same for a module's attribute */
        uint64_t dict_version;   /* of the module's dict */
        int32_t kind;            /* at attr.kind's place */
        int32_t unused;
        RpObject *value;         /* borrowed: valid while dict_version holds */
    } module;
} RpInlineCache;

/* One row of the exception table: instructions [start, end) are
 * protected by the handler at `target`; on entry to the handler the value
 * stack is cut to `depth` items, then (if lasti) the offset of the
 * failing instruction is pushed, then the exception. */
typedef struct RpExceptEntry {
    uint32_t start, end, target;
    uint32_t depth_lasti;        /* depth << 1 | lasti */
} RpExceptEntry;

typedef struct RpCodeObject {
    RP_OBJECT_VAR_HEAD;          /* ob_size: number of code units */
    RpObject *co_consts;         /* tuple */
    RpObject *co_names;          /* tuple of interned str */
    RpObject *co_localsplusnames;/* tuple of interned str */
    RpObject *co_localspluskinds;/* bytes, one RP_CO_FAST_* per slot */
    RpObject *co_filename;       /* str */
    RpObject *co_name;           /* str */
    RpObject *co_qualname;       /* str */
    RpObject *co_linetable;      /* bytes (see codeobject.c) */
    RpObject *co_exceptiontable; /* bytes: an array of RpExceptEntry */
    RpObject *co_weakreflist;
    int co_flags;
    int co_argcount;
    int co_posonlyargcount;
    int co_kwonlyargcount;
    int co_stacksize;
    int co_firstlineno;
    int co_nlocalsplus;          /* slots of locals + cells + frees */
    int co_nlocals;              /* slots with RP_CO_FAST_LOCAL */
    int co_ncellvars;            /* slots with RP_CO_FAST_CELL */
    int co_nfreevars;            /* slots with RP_CO_FAST_FREE */
    int co_framesize;            /* co_nlocalsplus + co_stacksize */
    int co_ncaches;
    RpInlineCache *co_caches;    /* rp_mem_malloc'd, co_ncaches entries */
    rp_codeunit co_code[1];
} RpCodeObject;

extern RpTypeObject RpCode_Type;

/* Offsets shown to Python (f_lasti, tb_lasti, co_lines) count CPython's
 * 2-byte code units, so that co_positions()[tb_lasti // 2] is the position
 * of the instruction (what the traceback module does). */
#define RP_CODEUNIT_PY_BYTES 2

static inline int rp_code_check(RpObject *o) { return o->ob_type == &RpCode_Type; }
static inline rp_codeunit *rp_code_units(RpCodeObject *co) { return co->co_code; }
static inline rp_ssize_t rp_code_len(RpCodeObject *co) { return co->ob_base.ob_size; }
static inline const RpExceptEntry *rp_code_except_entries(RpCodeObject *co, int *n);

/* Allocate a code object for `nunits` code units; every object field is
 * NULL and the ints 0.  The assembler fills it, then calls
 * rp_code_finish() which checks it, interns names and identifier-like
 * string constants, and allocates the caches.  NULL on MemoryError. */
RpCodeObject *rp_code_alloc(rp_ssize_t nunits);
int rp_code_finish(RpCodeObject *co);

/* The line of the instruction at unit `offset`, or -1 (no line). */
int rp_code_addr2line(RpCodeObject *co, int offset);
/* The source range of an instruction; each value -1 when unknown.
 * Columns are 0-based UTF-8 byte offsets, as CPython's co_positions(). */
void rp_code_addr2location(RpCodeObject *co, int offset, int *line, int *end_line,
                           int *col, int *end_col);
/* Find the handler of the instruction at `offset`: 1 and *entry filled,
 * or 0 if the instruction is not protected. */
int rp_code_find_handler(RpCodeObject *co, int offset, RpExceptEntry *entry);

/* co_varnames / co_cellvars / co_freevars as new tuples */
RpObject *rp_code_varnames(RpCodeObject *co);
RpObject *rp_code_cellvars(RpCodeObject *co);
RpObject *rp_code_freevars(RpCodeObject *co);

static inline unsigned char rp_code_localkind(RpCodeObject *co, int i);

/* ---- building the line table (used by the assembler) ---- */
typedef struct RpLineTableWriter {
    unsigned char *buf;
    size_t len, cap;
    int prev_line;
    int failed;
} RpLineTableWriter;
void rp_linetable_init(RpLineTableWriter *w, int firstlineno);
/* `n` code units with this location (line < 0: none). */
void rp_linetable_add(RpLineTableWriter *w, int n, int line, int end_line, int col,
                      int end_col);
/* The table as a bytes object (frees the buffer); NULL on MemoryError. */
RpObject *rp_linetable_finish(RpLineTableWriter *w);

/* inline definitions needing the bytes layout */
#include "bytesobject.h"
static inline const RpExceptEntry *rp_code_except_entries(RpCodeObject *co, int *n)
{
    *n = (int)(rp_bytes_len(co->co_exceptiontable) / (rp_ssize_t)sizeof(RpExceptEntry));
    return (const RpExceptEntry *)(void *)rp_bytes_data(co->co_exceptiontable);
}
static inline unsigned char rp_code_localkind(RpCodeObject *co, int i)
{
    return (unsigned char)rp_bytes_data(co->co_localspluskinds)[i];
}

#endif
