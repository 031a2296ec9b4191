/* strobject.h - str: immutable Unicode text in CPython's compact forms.
 *
 * As in CPython 3.11 (PEP 393), the code points are stored right after the
 * header in the narrowest of three widths that fits the largest one:
 *   1 byte  (latin-1; "ascii" when all < 128), 2 bytes (UCS-2), 4 (UCS-4)
 * so indexing is O(1) and sys.getsizeof matches CPython:
 *   ASCII:     48-byte header + len + 1     (''  -> 49, 'ab' -> 51)
 *   otherwise: 72-byte header + (len + 1) * width   ('é' -> 74, '€' -> 76)
 * The data always ends with a 0 code point.
 *
 * Caches and sharing (the memory model): '' and every 1-character latin-1
 * string are preallocated singletons; identifier-like constants are
 * interned by the compiler (intern.c), and sys.intern interns any str.
 */
#ifndef RP_STROBJECT_H
#define RP_STROBJECT_H

#include <stdarg.h>
#include <stdint.h>

#include "../core/object.h"

enum { RP_STR_1BYTE = 1, RP_STR_2BYTE = 2, RP_STR_4BYTE = 4 };
/* state.interned: mortal interned strings are in the intern table without
 * the table holding a reference (CPython 3.11's SSTATE_INTERNED_MORTAL):
 * they die when unused and leave the table then.  The preallocated
 * singletons ('' and the 256 latin-1 characters) are "immortal" ones. */
enum { RP_STR_NOT_INTERNED = 0, RP_STR_INTERNED = 1, RP_STR_INTERNED_IMMORTAL = 2 };

typedef struct RpStrObject {
    RP_OBJECT_HEAD;
    rp_ssize_t length;           /* number of code points */
    rp_hash_t hash;              /* -1 until computed */
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3;   /* RP_STR_1BYTE/2BYTE/4BYTE */
        unsigned int compact : 1;/* always 1 in refpy */
        unsigned int ascii : 1;  /* all code points < 128 */
        unsigned int utf8_sized : 1; /* utf8 was made where CPython caches it
                                    (rp_str_as_utf8_cached): getsizeof counts it */
        unsigned int : 24;
    } state;
    char *utf8;                  /* CPython's wstr slot; refpy: for ASCII
                                    strings unused (the data is UTF-8),
                                    for others the cached UTF-8 form
                                    (rp_mem_malloc'd) or NULL */
} RpStrObject;                   /* 48 bytes, as PyASCIIObject */

typedef struct RpCompactStrObject {
    RpStrObject base;
    rp_ssize_t utf8_length;      /* bytes in utf8, valid when utf8 != NULL */
    void *reserved1;             /* keeps CPython's 72-byte header */
    rp_ssize_t reserved2;
} RpCompactStrObject;

/* Instances of str SUBCLASSES are not compact (state.compact == 0, as
 * CPython's "legacy" strings): the subclass may add fields after the
 * 80-byte base (str.__basicsize__ == 80, tp_itemsize 0, so a __dict__ is
 * a managed one and __weakref__ sits at offset 80), and the code points
 * live in a separate rp_mem block pointed to by `data`. */
typedef struct RpStrSubObject {
    RpCompactStrObject base;
    void *data;
} RpStrSubObject;                /* 80 bytes, as PyUnicodeObject */

extern RpTypeObject RpStr_Type;
extern RpTypeObject RpStrIter_Type, RpStrAsciiIter_Type;   /* str_iterator, str_ascii_iterator */

static inline int rp_str_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_UNICODE_SUBCLASS) != 0;
}
static inline int rp_str_check_exact(RpObject *o) { return o->ob_type == &RpStr_Type; }
static inline rp_ssize_t rp_str_len(RpObject *o) { return ((RpStrObject *)o)->length; }
static inline int rp_str_kind(RpObject *o) { return ((RpStrObject *)o)->state.kind; }
static inline int rp_str_is_ascii(RpObject *o) { return ((RpStrObject *)o)->state.ascii; }
static inline void *rp_str_data(RpObject *o)
{
    RpStrObject *s = (RpStrObject *)o;
    if (RP_LIKELY(s->state.compact)) {
        return s->state.ascii ? (void *)(s + 1) : (void *)((RpCompactStrObject *)o + 1);
    }
    return ((RpStrSubObject *)o)->data;
}
static inline uint32_t rp_str_read(int kind, const void *data, rp_ssize_t i)
{
    return kind == RP_STR_1BYTE ? ((const uint8_t *)data)[i]
         : kind == RP_STR_2BYTE ? ((const uint16_t *)data)[i]
         : ((const uint32_t *)data)[i];
}
static inline uint32_t rp_str_read_char(RpObject *o, rp_ssize_t i)
{
    return rp_str_read(rp_str_kind(o), rp_str_data(o), i);
}
static inline int rp_str_is_interned(RpObject *o) { return ((RpStrObject *)o)->state.interned != 0; }

/* ---- creation ---- */
/* A new string of `len` code points whose largest is <= maxchar, data
 * uninitialised (fill it through rp_str_data, then do not change it).
 * Returns the '' singleton for len 0. */
RpObject *rp_str_new(rp_ssize_t len, uint32_t maxchar);
/* Decode UTF-8 (strict: UnicodeDecodeError on invalid input). */
RpObject *rp_str_from_utf8(const char *s, rp_ssize_t len);
/* Decode UTF-8 that may hold surrogates (the compiler's string constants). */
RpObject *rp_str_from_utf8_surrogatepass(const char *s, rp_ssize_t len);
RpObject *rp_str_from_cstr(const char *s);              /* UTF-8, NUL-terminated */
RpObject *rp_str_from_kind_data(int kind, const void *data, rp_ssize_t len);
RpObject *rp_str_from_ucs4(const uint32_t *u, rp_ssize_t len);
RpObject *rp_str_from_char(uint32_t ch);                /* chr(ch); 1-char cache */
/* printf-like; the same formats as rp_err_format (errors.h) */
RpObject *rp_str_from_format(const char *fmt, ...);
RpObject *rp_str_from_vformat(const char *fmt, va_list ap);
/* A substring [start, end) (clamped by the caller); shares nothing. */
RpObject *rp_str_substring(RpObject *s, rp_ssize_t start, rp_ssize_t end);

/* ---- access ---- */
/* The UTF-8 form, valid as long as the string lives; NULL with
 * UnicodeEncodeError if it contains a lone surrogate. *len may be NULL. */
const char *rp_str_as_utf8(RpObject *s, rp_ssize_t *len);
/* The same, for the calls where CPython keeps the UTF-8 form in the string
 * (PyUnicode_AsUTF8AndSize: exec/eval/compile source, a class's name and
 * doc): from then on sys.getsizeof counts its bytes, as CPython's does. */
const char *rp_str_as_utf8_cached(RpObject *s, rp_ssize_t *len);
rp_hash_t rp_str_hash(RpObject *s);
/* 1 if equal, 0 if not (never fails) */
int rp_str_eq(RpObject *a, RpObject *b);
/* compare with an ASCII/UTF-8 C string: <0, 0, >0 */
int rp_str_compare_cstr(RpObject *s, const char *c);
int rp_str_eq_cstr(RpObject *s, const char *c);
/* codepoint-order comparison: <0, 0, >0 */
int rp_str_compare(RpObject *a, RpObject *b);

/* ---- operations used across the interpreter ---- */
RpObject *rp_str_concat(RpObject *a, RpObject *b);
RpObject *rp_str_join(RpObject *sep, RpObject *iterable);
/* sep.join(items[0:n]) for a C array (sep NULL = ''): the VM's
 * BUILD_STRING (CPython's _PyUnicode_JoinArray): one exact str is
 * returned itself, otherwise a new string; TypeError for a non-str. */
RpObject *rp_str_join_array(RpObject *sep, RpObject *const *items, rp_ssize_t n);
RpObject *rp_str_repr(RpObject *s);       /* repr(str), CPython's quoting */
int rp_str_is_identifier(RpObject *s);
/* Python-level str formatting: format(s, spec) and the % operator */
RpObject *rp_str_format_spec(RpObject *s, RpObject *spec);
RpObject *rp_str_percent_format(RpObject *fmt, RpObject *args);

/* ---- interning (intern.c) ---- */
/* Replace *p by the interned string equal to it (taking references
 * correctly): after this, equal interned strings are one object. */
void rp_str_intern_inplace(RpObject **p);
/* A NEW reference to the interned string for a C string (for names used
 * from C: "__init__", "__dict__", ...). NULL on memory error. */
RpObject *rp_str_intern_cstr(const char *s);

/* The '' singleton (borrowed). */
RpObject *rp_str_empty_borrow(void);
/* The 1-character singleton for ch < 256 (borrowed): what 'abc'[0] and
 * chr(97) return. */
RpObject *rp_str_latin1_borrow(uint32_t ch);
/* The interned string for a 1-character latin-1 text (borrowed): for a
 * few ASCII letters a separate object, as CPython 3.11's deep-frozen
 * constants (so the literal 'a' is not 'abc'[0]; see strobject.c). */
RpObject *rp_str_interned_char_borrow(uint32_t ch);

/* Start-up and shutdown: the singletons and the rp_ids table (interned).
 * rp_str_fini drops rp_ids and empties the intern table, so that the
 * debug leak check sees no string left.  rp_str_init returns -1 on
 * memory error. */
int rp_str_init(void);
void rp_str_fini(void);

/* `*pleft += right` for the VM's BINARY_OP +=: when *pleft is an exact,
 * uninterned str whose only reference is the caller's (refcount 1), it is
 * resized in place (CPython's PyUnicode_Append trick that keeps `s += t`
 * in a loop linear); otherwise a new string replaces it.  On error *pleft
 * is released and set to NULL (-1 returned).  Steals nothing: *pleft's
 * reference is the one replaced. right must be a str (else TypeError
 * "can only concatenate str (not \"int\") to str"). */
int rp_str_concat_inplace(RpObject **pleft, RpObject *right);

/* The intern table (intern.c). */
/* sys.intern(s): a NEW reference to the interned string equal to s (s
 * itself when it becomes the interned one).  s must be a str (the caller
 * checks: "intern() argument must be str, not int"); a str subclass
 * instance gives TypeError "can't intern S", as CPython. */
RpObject *rp_str_intern(RpObject *s);
/* Called by str's tp_dealloc for a mortal interned string. */
void rp_intern_forget(RpObject *s);
/* The table's population (tests, sys._debugmallocstats). */
rp_ssize_t rp_intern_count(void);

/* ---- building strings piece by piece ---- */
typedef struct RpStrWriter {
    void *buf;             /* rp_mem_malloc'd, of `kind` width */
    rp_ssize_t len, cap;
    int kind;
    uint32_t maxchar;
    /* As CPython's _PyUnicodeWriter: while `overallocate` is 0 (the
       default), writing a whole exact str into an empty writer keeps a
       reference to it instead of copying, and finish returns it when
       nothing else was written.  Callers set overallocate = 1 until the
       last piece so that '%s%s' % (x, '') makes a new string while
       '%s' % x is x (both as CPython). */
    int overallocate;
    RpObject *readonly;    /* that str (owned), or NULL */
    /* the first 128 bytes of text need no allocation (buf points here
       until it grows): an RpStrWriter must not be copied */
    uint64_t small[16];
} RpStrWriter;
void rp_strwriter_init(RpStrWriter *w);
int rp_strwriter_write_char(RpStrWriter *w, uint32_t ch);           /* -1: MemoryError */
int rp_strwriter_write_ascii(RpStrWriter *w, const char *s, rp_ssize_t len);
int rp_strwriter_write_utf8(RpStrWriter *w, const char *s, rp_ssize_t len);
int rp_strwriter_write_str(RpStrWriter *w, RpObject *s);
int rp_strwriter_write_substr(RpStrWriter *w, RpObject *s, rp_ssize_t start, rp_ssize_t end);
/* n copies of ch */
int rp_strwriter_write_fill(RpStrWriter *w, uint32_t ch, rp_ssize_t n);
/* make room for n more characters up to maxchar (optional: speeds up
 * a known amount of writing) */
int rp_strwriter_prepare(RpStrWriter *w, rp_ssize_t n, uint32_t maxchar);
/* printf-like, as rp_str_from_format */
int rp_strwriter_write_format(RpStrWriter *w, const char *fmt, ...);
RpObject *rp_strwriter_finish(RpStrWriter *w);                       /* frees w's buffer */
void rp_strwriter_discard(RpStrWriter *w);

/* The well-known names, interned at start-up (intern.c).  Use them as
 * rp_id(__init__) — a borrowed str — to avoid making strings per call. */
#define RP_ID_TABLE(X) \
    X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__hash__) \
    X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__call__) X(__getattr__) X(__getattribute__) X(__setattr__) \
    X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__dict__) \
    X(__class__) X(__name__) X(__qualname__) X(__module__) X(__doc__) \
    X(__len__) X(__iter__) X(__next__) X(__getitem__) X(__setitem__) \
    X(__delitem__) X(__contains__) X(__bool__) X(__index__) X(__int__) \
    X(__float__) X(__format__) X(__copy__) X(__deepcopy__) X(__reduce__) \
    X(__reduce_ex__) X(__enter__) X(__exit__) X(__builtins__) X(__main__) \
    X(__mro__) X(__bases__) X(__slots__) X(__weakref__) X(__annotations__) \
    X(__file__) X(__all__) X(__import__) X(__spec__) X(__package__) \
    X(__loader__) X(__init_subclass__) X(__set_name__) X(__class_getitem__) \
    X(__missing__) X(__sizeof__) X(__instancecheck__) X(__subclasscheck__) \
    X(__length_hint__) X(__reversed__) X(__abs__) X(__neg__) X(__pos__) \
    X(__invert__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__prepare__) X(__classcell__) X(__orig_bases__) X(__mro_entries__) \
    X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) \
    X(__traceback__) X(__context__) X(__cause__) X(__notes__) \
    X(__dir__) X(__subclasses__) X(__fspath__) X(__complex__) \
    X(__bytes__) X(__getstate__) X(__setstate__) X(__newobj__) \
    X(__abstractmethods__) X(__isabstractmethod__) X(__wrapped__) \
    X(__self__) X(__func__) X(__defaults__) X(__kwdefaults__) X(__code__) \
    X(__closure__) X(__globals__) X(__path__) X(__cached__) X(__debug__) \
    X(__build_class__) X(__locals__) X(__match_args__) \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) \
    X(__mul__) X(__rmul__) X(__imul__) X(__mod__) X(__rmod__) X(__imod__) \
    X(__divmod__) X(__rdivmod__) X(__pow__) X(__rpow__) X(__ipow__) \
    X(__lshift__) X(__rlshift__) X(__ilshift__) X(__rshift__) X(__rrshift__) \
    X(__irshift__) X(__and__) X(__rand__) X(__iand__) X(__xor__) X(__rxor__) \
    X(__ixor__) X(__or__) X(__ror__) X(__ior__) X(__floordiv__) \
    X(__rfloordiv__) X(__ifloordiv__) X(__truediv__) X(__rtruediv__) \
    X(__itruediv__) X(__matmul__) X(__rmatmul__) X(__imatmul__) \
    X(__objclass__) X(__getnewargs__) X(__getnewargs_ex__) X(__newobj_ex__) \
    X(__text_signature__) \
    X(append) X(extend) X(keys) X(items) X(values) X(get) X(update) \
    X(copy) X(deepcopy) X(send) X(throw) X(close) X(write) X(flush) \
    X(read) X(readline) X(mro) X(args) X(name) X(obj) X(msg) X(code) \
    X(value) X(stdout) X(stderr) X(stdin) X(end) X(sep) X(file) X(key) \
    X(reverse) X(default) X(start) X(encoding) X(errors) X(builtins) \
    X(excepthook) X(displayhook) X(lineno) X(offset) X(text) X(filename) \
    X(end_lineno) X(end_offset) X(print_file_and_line) X(modules) \
    X(path) X(argv) X(little) X(big) X(strict) X(utf_8) X(tb_next) \
    X(tb_frame) X(tb_lineno) X(f_code) X(co_name) X(_fields)

enum {
#define RP_ID_ENUM(n) RP_ID_##n,
    RP_ID_TABLE(RP_ID_ENUM)
#undef RP_ID_ENUM
    RP_ID_COUNT
};
extern RpObject *rp_ids[RP_ID_COUNT];
#define rp_id(n) (rp_ids[RP_ID_##n])

#endif
